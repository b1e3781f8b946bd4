"""Page renders (each starts or takes a kernel) per client address over time (issue 15): an open-and-close
loop from one address used to start a hundred kernels in 45 s and slow everyone's join. A token bucket per
address: ``burst`` pages at once, then ``per_minute`` a minute; over it, the localized "joining…" page (503,
retries by itself). This machine's own address (loopback: a rehearsal, the tests) is not limited.

The pre-heated kernels are the room's: a second, slower bucket per address (:class:`PreheatedShare`) hands
an address ``burst`` of them at once and then ``per_minute`` a minute; its other pages start their own kernel
(a slower page for that address only). A loop that stays under the page rate can then no longer empty the
pool that the next newcomer's join waits on.

A refused page is held a moment before its answer (:meth:`PageRate.hold`): a script that ignores Retry-After
then makes about one request a second instead of a thousand (each answered by the server's one thread)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

from .settings import PAGE_BURST, PAGES_PER_MINUTE, PREHEATED_BURST, PREHEATED_PER_MINUTE

HOLD_S = 1.0  # a refused page waits this long before its answer ...
HOLD_AT_ONCE = 4  # ... at most this many of one address at once (the rest are answered at once)


def is_loopback(address: str) -> bool:
    """This machine's own address: never limited."""
    return address.startswith("127.") or address == "::1"


class TokenBuckets:
    """One token bucket per address: ``burst`` at once, refilled at ``per_minute``; 0 turns it off."""

    def __init__(self, per_minute: int, burst: int) -> None:
        self.per_minute, self.burst = per_minute, max(1, burst)
        self._buckets: dict[str, tuple[float, float]] = {}  # address -> (tokens, at)

    def take(self, address: str, now: float | None = None) -> float:
        """0 if ``address`` may go ahead now (one token taken), else the seconds until it may."""
        if self.per_minute <= 0 or is_loopback(address):
            return 0.0
        now = time.monotonic() if now is None else now
        rate = self.per_minute / 60.0
        tokens, at = self._buckets.get(address, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - at) * rate)
        if tokens >= 1.0:
            self._buckets[address] = (tokens - 1.0, now)
            return 0.0
        self._buckets[address] = (tokens, now)
        if len(self._buckets) > 10_000:  # forget full buckets (they are the default anyway)
            self._buckets = {a: b for a, b in self._buckets.items() if b[0] < self.burst}
        return (1.0 - tokens) / rate


class PageRate(TokenBuckets):
    """Page renders per address (see the module docstring)."""

    def __init__(self, per_minute: int = PAGES_PER_MINUTE, burst: int = PAGE_BURST, hold_s: float = HOLD_S) -> None:
        super().__init__(per_minute, burst)
        self.hold_s = hold_s
        self.held: Counter[str] = Counter()

    async def hold(self, address: str) -> None:
        """Wait ``hold_s`` before a refused page of ``address`` is answered (no wait beyond
        :data:`HOLD_AT_ONCE` held at once: a held request keeps a connection open)."""
        if self.held[address] >= HOLD_AT_ONCE:
            return
        self.held[address] += 1
        try:
            await asyncio.sleep(self.hold_s)
        finally:
            self.held[address] -= 1
            if self.held[address] <= 0:
                del self.held[address]


class PreheatedShare(TokenBuckets):
    """Pre-heated kernels per address: :meth:`granted` tells whether this page may take one from the pool."""

    def __init__(self, per_minute: int = PREHEATED_PER_MINUTE, burst: int = PREHEATED_BURST) -> None:
        super().__init__(per_minute, burst)

    def granted(self, address: str, now: float | None = None) -> bool:
        """True (and one of the address's share used) if its page may take a pre-heated kernel."""
        return self.take(address, now) == 0.0
