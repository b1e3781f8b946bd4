"""Bounds on resume-PIN guessing (issue 15): wrong PINs counted per page, per client address, per session
and per targeted participant over a sliding window, with a growing wait after each wrong PIN.

No lock is permanent and none touches the owner's own browsers (her resume token never asks for a PIN) or
the facilitator's tools (rename, merge, reading the PIN): every limit ends with its window. The per-session,
per-address and per-participant counts are in the database (:mod:`netquiz.store.pin_counts`, in the join's
transaction), so every host of a two-host setup sees them. The per-page counts (and the growing wait) are
small files in a private folder that the quiz server and its kernels share on this host
(``$JUPYTER_RUNTIME_DIR/netquiz-pins-<hash of NETQUIZ_DB>``, mode 0700): a page lives on one host. The
server writes which address each page's kernel belongs to (:func:`record_owner`); a kernel finds its page
by its own kernel id (if the folder cannot be made, a kernel counts in memory for its own page). Outside a
kernel (the CLI, the facilitator's tools run in-process, tests) nothing is throttled.

Usage (what :meth:`netquiz.store.sql.SqlStore.join` does)::

    throttle = pin_throttle()
    throttle.check(code, participant_id, conn=conn)   # PinLocked("… try again in N s") when over a limit
    …wrong PIN…  throttle.failed(code, participant_id, conn=conn); time.sleep(throttle.delay())

Without ``conn`` every count stays on this host (in the folder).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import PinLocked
from . import pin_counts

WINDOW_S = 60.0
PER_PAGE = 5  # wrong PINs a minute from one page (one kernel)
PER_ADDRESS = 20  # … from one client address, all its pages together
PER_SESSION = 60  # … against one session, from everywhere
PER_TARGET = 5  # … against one participant, per TARGET_WINDOW_S
TARGET_WINDOW_S = 600.0
FIRST_DELAY_S, MAX_DELAY_S = 0.5, 8.0


def shared_dir(db_url: str | None = None) -> Path | None:
    """The folder this host's quiz server and kernels share for one database (None if it cannot be made)."""
    db_url = db_url if db_url is not None else os.environ.get("NETQUIZ_DB", "")
    if not db_url:
        return None
    try:
        from jupyter_core.paths import jupyter_runtime_dir

        folder = Path(jupyter_runtime_dir()) / f"netquiz-pins-{hashlib.sha256(db_url.encode()).hexdigest()[:16]}"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder
    except (ImportError, OSError):
        return None


def record_owner(folder: Path | None, kernel_id: str, address: str) -> None:
    """The server: the page of ``kernel_id`` came from ``address``."""
    if folder is not None:
        try:
            (folder / f"owner-{kernel_id}").write_text(address, encoding="utf-8")
        except OSError:
            pass


def forget_owner(folder: Path | None, kernel_id: str) -> None:
    if folder is not None:
        (folder / f"owner-{kernel_id}").unlink(missing_ok=True)


def current_kernel_id() -> str | None:
    """This process's kernel id, if it is a Jupyter kernel (from its connection file's name)."""
    if "ipykernel" not in sys.modules:
        return None
    try:
        from ipykernel.kernelapp import IPKernelApp

        if not IPKernelApp.initialized():
            return None
        name = Path(IPKernelApp.instance().connection_file).stem
    except Exception:  # no kernel app, or not a standard one
        return None
    return name[len("kernel-"):] if name.startswith("kernel-") else None


@dataclass
class Limit:
    key: str
    most: int
    window: float


class PinThrottle:
    """Sliding-window counts of wrong PINs in ``folder`` (or in memory when ``folder`` is None)."""

    def __init__(self, folder: Path | None, page: str, address: str | None, active: bool = True) -> None:
        self.folder, self.page, self.address, self.active = folder, page, address, active
        self._memory: dict[str, list[float]] = {}

    def _page_limit(self) -> Limit:
        return Limit(f"page-{self.page}", PER_PAGE, WINDOW_S)

    def _shared_limits(self, code: str, participant_id: int | None) -> list[Limit]:
        """The limits every host counts alike: session, address, participant."""
        limits = [Limit(f"session-{code}", PER_SESSION, WINDOW_S)]
        if self.address:
            digest = hashlib.sha256(self.address.encode()).hexdigest()[:24]
            limits.append(Limit(f"address-{digest}", PER_ADDRESS, WINDOW_S))
        if participant_id is not None:
            limits.append(Limit(f"target-{code}-{participant_id}", PER_TARGET, TARGET_WINDOW_S))
        return limits

    def check(self, code: str, participant_id: int | None = None, now: float | None = None,
              conn: Any = None) -> None:
        """PinLocked (saying how long to wait) if any limit is reached; nothing is counted. With ``conn`` (the
        join's transaction) the shared limits are read from the database."""
        if not self.active:
            return
        now = time.time() if now is None else now
        shared = self._shared_limits(code, participant_id)
        local = [self._page_limit(), *([] if conn is not None else shared)]
        for limit in local:
            times = self._times(limit, now)
            if len(times) >= limit.most:
                _locked(limit.key, int(times[0] + limit.window - now) + 1)
        if conn is not None and (over := pin_counts.over_limit(conn, _tuples(shared), now)) is not None:
            _locked(*over)

    def failed(self, code: str, participant_id: int | None = None, now: float | None = None,
               conn: Any = None) -> None:
        """Count one wrong PIN under every limit (the shared ones in the database with ``conn``)."""
        if not self.active:
            return
        now = time.time() if now is None else now
        shared = self._shared_limits(code, participant_id)
        for limit in [self._page_limit(), *([] if conn is not None else shared)]:
            self._times(limit, now, add=True)
        if conn is not None:
            pin_counts.count(conn, _tuples(shared), now)

    def delay(self, now: float | None = None) -> float:
        """The wait before a wrong PIN is answered: doubles with the page's wrong PINs this minute."""
        if not self.active:
            return 0.0
        count = len(self._times(self._page_limit(), time.time() if now is None else now))
        return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** max(0, count - 1)) if count else 0.0

    def _times(self, limit: Limit, now: float, add: bool = False) -> list[float]:
        """The counted times within the window (pruned), plus ``now`` if ``add``."""
        if self.folder is None:
            times = [t for t in self._memory.get(limit.key, []) if t > now - limit.window] + ([now] if add else [])
            self._memory[limit.key] = times
            return times
        path = self.folder / limit.key
        try:
            with open(path, "a+", encoding="ascii") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                handle.seek(0)
                times = [float(x) for x in handle.read().split() if _number(x) and float(x) > now - limit.window]
                if add:
                    times.append(now)
                    handle.seek(0)
                    handle.truncate()
                    handle.write("".join(f"{t:.3f}\n" for t in times))
                return times
        except OSError:
            self.folder = None  # the folder went away: count in the process from now on
            return self._times(limit, now, add)


def _locked(key: str, wait: int) -> None:
    raise PinLocked(f"too many wrong PINs ({key.split('-')[0]}): try again in {wait} s", wait=wait)


def _tuples(limits: list[Limit]) -> list[pin_counts.Limit]:
    return [(limit.key, limit.most, limit.window) for limit in limits]


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


_THROTTLE: PinThrottle | None = None


def pin_throttle() -> PinThrottle:
    """This process's throttle: in a quiz kernel, its page and the page's address (from the server)."""
    global _THROTTLE
    if _THROTTLE is None:
        kernel_id = current_kernel_id()
        folder = shared_dir() if kernel_id is not None else None
        _THROTTLE = PinThrottle(folder, kernel_id or f"process-{os.getpid()}", None, active=kernel_id is not None)
    if _THROTTLE.active and _THROTTLE.address is None and _THROTTLE.folder is not None:
        try:  # a pre-heated kernel learns its page's address once the server has served the page
            _THROTTLE.address = (_THROTTLE.folder / f"owner-{_THROTTLE.page}").read_text(encoding="utf-8").strip()
        except OSError:
            pass
    return _THROTTLE
