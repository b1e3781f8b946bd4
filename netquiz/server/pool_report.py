"""A quiz worker tells the database how ready its pre-heated kernels are, so the facilitator's dashboard (another
process, maybe another host) can say "ready for N participants".

:func:`pool_status` counts, on the worker's event loop, the kernels of Voilà's pre-heat pool that are ready
(started, and the quiz already rendered in them: a page that takes one opens at once), the pool's target
and the participants still expected (``netquiz serve --expect``). :class:`PoolReporter` writes that to the
store from a thread of its own, so a slow or locked database never holds up the worker's event loop; a
write still running when the next one is due is skipped, not queued. Only the server process imports
this module (:mod:`netquiz.server.app`)::

    reporter = PoolReporter(worker_name(8876, "/w0/"), "sqlite:///var/netquiz.sqlite3")
    reporter.submit(pool_status(kernel_manager, expecting=40))   # every REPORT_EVERY_S seconds
    reporter.close()                                             # removes the row: stopped, not stale
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from ..errors import NetquizError
from ..store import Store, open_store

REPORT_EVERY_S = 5.0  # the dashboard calls a worker gone after 30 s without a report
CLOSE_WAIT_S = 3.0
log = logging.getLogger("netquiz.server.voila")


@dataclass(frozen=True)
class PoolStatus:
    """One worker's pool: ``ready`` kernels, the pool's ``target``, participants ``expecting``, ``live`` kernels."""

    ready: int
    target: int
    expecting: int
    live: int

    @property
    def full(self) -> bool:
        """True once every kernel the pool aims for is ready."""
        return self.ready >= self.target


def _ready(item: Any) -> bool:
    """A pool entry (Voilà's task that starts a kernel and renders the quiz in it) that is done, without error."""
    if not item.done() or item.cancelled() or item.exception() is not None:
        return False
    content = item.result()
    render = content.get("task") if isinstance(content, dict) else None
    return render is not None and render.done() and not render.cancelled() and render.exception() is None


def pool_status(manager: Any, expecting: int) -> PoolStatus:
    """Count Voilà's pre-heat pool (``_pools``, ``kernel_pools_config``); a manager without pre-heating has
    target 0. Call it on the event loop that runs the pool's tasks."""
    live = len(manager.list_kernel_ids())
    pools = getattr(manager, "_pools", None)
    if not isinstance(pools, dict):  # pre-heating is off
        return PoolStatus(0, 0, max(0, expecting), live)
    ready = sum(_ready(item) for pool in pools.values() for item in list(pool))
    config = getattr(manager, "kernel_pools_config", None)
    default = config.get("default") if isinstance(config, dict) else None
    target = int(default.get("pool_size", 0)) if isinstance(default, dict) else 0
    return PoolStatus(ready, max(0, target), max(0, expecting), live)


def worker_name(port: int, base_url: str = "/", host: str | None = None) -> str:
    """This worker's name in the store: ``host:port/prefix`` (the prefix tells apart workers behind one proxy
    on several hosts)."""
    return f"{host or socket.gethostname()}:{port}{base_url or '/'}"


class PoolReporter:
    """Writes one worker's :class:`PoolStatus` to the store from its own thread (see the module docstring)."""

    def __init__(self, worker: str, db_url: str, opener: Callable[[str], Store] = open_store) -> None:
        self.worker, self.db_url, self._open = worker, db_url, opener
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="netquiz-pool-report")
        self._pending: Future[None] | None = None
        self._store: Store | None = None  # opened, used and closed only in the reporter's thread
        self._failing = False

    def submit(self, status: PoolStatus) -> bool:
        """Write ``status`` in the background; False (skipped) while the previous write is still running."""
        if self._pending is not None and not self._pending.done():
            return False
        self._pending = self._executor.submit(self._write, status)
        return True

    def _write(self, status: PoolStatus) -> None:
        try:
            if self._store is None:
                self._store = self._open(self.db_url)
            self._store.report_worker(self.worker, status.ready, status.target, status.expecting, status.live)
        except NetquizError as exc:
            if not self._failing:
                log.warning("netquiz: cannot report the pool of %s to the database (the dashboard will not "
                            "say 'ready'): %s", self.worker, exc)
            self._failing = True
            return
        if self._failing:
            log.warning("netquiz: reporting the pool of %s to the database again", self.worker)
        self._failing = False

    def _forget(self) -> None:
        try:
            if self._store is None:
                self._store = self._open(self.db_url)
            self._store.forget_worker(self.worker)
        except NetquizError as exc:
            log.warning("netquiz: could not remove %s from the database (it goes stale in 30 s): %s",
                        self.worker, exc)
        finally:
            if self._store is not None:
                self._store.close()
                self._store = None

    def close(self, wait: float = CLOSE_WAIT_S) -> None:
        """Remove this worker's row (waits at most ``wait`` seconds) and stop the thread."""
        done = self._executor.submit(self._forget)
        try:
            done.result(timeout=wait)
        except FutureTimeout:
            log.warning("netquiz: the database did not answer within %.0f s while %s stopped", wait, self.worker)
        self._executor.shutdown(wait=False)
