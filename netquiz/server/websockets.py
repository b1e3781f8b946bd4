"""Kernel websockets per kernel and per client address (issue 15): each opens about 4 ZMQ sockets, and a
worker process has about a thousand, so one page opening hundreds of websockets to its own kernel used to
leave every newcomer without a kernel connection.

* at most :data:`~netquiz.server.settings.WEBSOCKETS_PER_KERNEL` per kernel: a newer one replaces the oldest
  (a reload, a second tab), whose ZMQ channels close at once;
* at most ``per_address`` at once from one client address (a refusal, 429, is logged once a minute);
* one websocket of a kernel being set up at a time (a second one meanwhile: 429): only open ones are
  replaced, so no replaced websocket leaves half-made ZMQ channels behind.

Both are decided in the websocket handler's ``pre_get``, before any ZMQ channel of the new one is opened.
:func:`raise_open_files_limit` lifts the worker's soft open-files limit to the hard one.
"""

from __future__ import annotations

import logging
import resource
import time
from typing import Any

from .settings import WEBSOCKETS_PER_KERNEL

log = logging.getLogger("netquiz.server.voila")
OPENING_GRACE_S = 60.0  # a handler admitted but not open yet counts this long at most


class SocketRegistry:
    """The live kernel websockets, oldest first, with their kernel and client address."""

    def __init__(self, per_kernel: int = WEBSOCKETS_PER_KERNEL, per_address: int = 0) -> None:
        self.per_kernel, self.per_address = per_kernel, per_address
        self._sockets: list[tuple[Any, str, str, float]] = []  # handler, kernel id, address, admitted at

    def admit(self, handler: Any, kernel_id: str, address: str, now: float | None = None) -> list[Any]:
        """Admit ``handler``; returns the older websockets of the same kernel it replaces (to close).
        Raises :class:`LookupError` if ``address`` is at its cap, or if another websocket of this kernel is
        still being set up (replacing one mid-setup would leave its transient ZMQ channels open for up to a
        minute); nothing is admitted then."""
        now = time.monotonic() if now is None else now
        self._prune(now)
        same_kernel = [entry[0] for entry in self._sockets if entry[1] == kernel_id]
        if any(not getattr(other, "_netquiz_open", False) for other in same_kernel):
            raise LookupError(kernel_id)  # one is still being set up (ZMQ channels, nudge): one at a time
        replaced = same_kernel[:max(0, len(same_kernel) - self.per_kernel + 1)]
        from_address = [entry for entry in self._sockets if entry[2] == address and entry[0] not in replaced]
        if self.per_address and len(from_address) >= self.per_address:
            raise LookupError(address)
        self._sockets = [entry for entry in self._sockets if entry[0] not in replaced]
        self._sockets.append((handler, kernel_id, address, now))
        return replaced

    def remove(self, handler: Any) -> None:
        self._sockets = [entry for entry in self._sockets if entry[0] is not handler]

    def count(self, kernel_id: str | None = None, address: str | None = None) -> int:
        return sum(1 for _, k, a, _t in self._sockets
                   if (kernel_id is None or k == kernel_id) and (address is None or a == address))

    def _prune(self, now: float) -> None:
        """Forget closed websockets and handlers that never opened within the grace period."""
        self._sockets = [entry for entry in self._sockets if _alive(entry[0], now - entry[3])]


def _alive(handler: Any, age: float) -> bool:
    connection = getattr(handler, "ws_connection", None)
    if connection is None:
        return age < OPENING_GRACE_S and not getattr(handler, "_netquiz_closed", False)
    return not connection.is_closing()


def evict(handler: Any) -> None:
    """Close a replaced (open) websocket now: its ZMQ channels first, then the websocket itself."""
    handler._netquiz_closed = True
    connection, handler.connection = getattr(handler, "connection", None), None
    if connection is not None:
        try:
            connection.disconnect()
        except Exception:  # half set up: nothing more to free
            log.debug("disconnect of a replaced websocket failed", exc_info=True)
    try:
        handler.close(4000, "replaced by a newer connection")
    except Exception:
        log.debug("close of a replaced websocket failed", exc_info=True)


def raise_open_files_limit() -> tuple[int, int]:
    """Soft RLIMIT_NOFILE up to the hard limit; returns (soft, hard) after."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY:
        hard = max(soft, 1 << 20)
    if soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            log.warning("netquiz: could not raise the open-files limit from %d to %d", soft, hard)
    return soft, hard
