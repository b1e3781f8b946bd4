"""How many Voilà kernels a room may hold, and whose each kernel is: pure bookkeeping, no tornado.

Every page load of the quiz starts (or takes from the pool) one kernel of ~56 MB. Without a budget a
reload loop fills the laptop's memory. :class:`KernelBudget` answers, per page request:

* ``admit(address, live)``: None (go ahead) or why not: ``"total"`` (``live`` kernels, pool included,
  have reached ``total``) or ``"address"`` (this client address holds ``per_address`` kernels; 0 = no
  per-address cap, for a room behind one NAT);
* ``assigned(kernel, user, address)`` once the page has its kernel; ``connected(kernel)`` when its
  websocket opens; ``owns(kernel, user)`` for every later kernel request (a kernel answers only the
  browser whose page started it);
* ``stale(now)``: kernels whose page never opened the websocket within ``never_connected_s`` (to shut down);
* ``should_log(address, now)``: log a refusal once per address per minute.

Usage::

    budget = KernelBudget(total=default_total(), per_address=20)
    if (why := budget.admit("10.0.0.7", live=len(kernel_ids))) is None:
        budget.claim("10.0.0.7") ... budget.assigned(kernel_id, user, "10.0.0.7")
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from .settings import KERNELS_PER_ADDRESS, NEVER_CONNECTED_S

KERNEL_BYTES = 60 * 1024 * 1024  # measured ~56 MiB RSS per quiz kernel, rounded up
MEMORY_SHARE = 0.8
LOG_EVERY_S = 60.0


def available_memory(meminfo: str = "/proc/meminfo") -> int | None:
    """Bytes of memory available for new processes (Linux ``MemAvailable``), None if unknown."""
    try:
        with open(meminfo, encoding="ascii") as lines:
            for line in lines:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def default_total(available: int | None = None, kernel_bytes: int = KERNEL_BYTES) -> int:
    """The default cap on live kernels: 80 % of available memory / one kernel's RSS (at least 4;
    200 when the memory is unknown)."""
    available = available_memory() if available is None else available
    if available is None:
        return 200
    return max(4, int(available * MEMORY_SHARE // kernel_bytes))


@dataclass
class Owner:
    """Who a kernel belongs to: the page's user id (a signed cookie), its address, when it was handed out."""

    user: str
    address: str
    since: float
    connected: bool = False


@dataclass
class KernelBudget:
    """Caps and ownership of the kernels of one Voilà server (see the module docstring)."""

    total: int
    per_address: int = KERNELS_PER_ADDRESS
    never_connected_s: float = NEVER_CONNECTED_S
    owners: dict[str, Owner] = field(default_factory=dict)
    pending: Counter[str] = field(default_factory=Counter)
    _logged: dict[str, float] = field(default_factory=dict)

    def held(self, address: str) -> int:
        """Kernels handed to pages from ``address`` and still alive, plus its requests in flight."""
        return sum(o.address == address for o in self.owners.values()) + self.pending[address]

    def admit(self, address: str, live: int) -> str | None:
        """None if a new page may get a kernel, else ``"total"`` or ``"address"``."""
        if live + sum(self.pending.values()) >= self.total:
            return "total"
        if self.per_address > 0 and self.held(address) >= self.per_address:
            return "address"
        return None

    def claim(self, address: str) -> None:
        """A request from ``address`` was admitted and is getting its kernel."""
        self.pending[address] += 1

    def release(self, address: str) -> None:
        """The request's kernel is known (or the request ended without one)."""
        if self.pending[address] > 0:
            self.pending[address] -= 1
        if self.pending[address] == 0:
            del self.pending[address]

    def assigned(self, kernel_id: str, user: str, address: str, now: float | None = None) -> None:
        """Kernel ``kernel_id`` now serves the page of ``user`` from ``address``."""
        self.owners[kernel_id] = Owner(user, address, time.monotonic() if now is None else now)

    def owns(self, kernel_id: str, user: str | None) -> bool:
        """True if ``user`` is the one whose page started this kernel."""
        owner = self.owners.get(kernel_id)
        return owner is not None and user is not None and owner.user == user

    def connected(self, kernel_id: str) -> None:
        """The page opened the kernel's websocket."""
        if kernel_id in self.owners:
            self.owners[kernel_id].connected = True

    def stale(self, now: float | None = None) -> list[str]:
        """Kernels handed out at least ``never_connected_s`` ago whose websocket never connected."""
        now = time.monotonic() if now is None else now
        return [k for k, o in self.owners.items() if not o.connected and now - o.since >= self.never_connected_s]

    def forget(self, live: set[str]) -> None:
        """Drop the owners of kernels that no longer exist."""
        for kernel_id in [k for k in self.owners if k not in live]:
            del self.owners[kernel_id]

    def should_log(self, address: str, now: float | None = None) -> bool:
        """True at most once per address per minute."""
        now = time.monotonic() if now is None else now
        if now - self._logged.get(address, -LOG_EVERY_S) < LOG_EVERY_S:
            return False
        self._logged[address] = now
        return True
