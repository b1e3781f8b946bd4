"""A periodic call on the kernel's own asyncio loop: the dashboard's refresh and a live screen's poll.

Nothing here imports pandas or widgets, so the participant kernel can use it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


class LiveRefresh:
    """Run ``refresh`` every ``interval`` seconds as an asyncio task on the running event loop."""

    def __init__(self, refresh: Callable[[], object], interval: float = 3.0) -> None:
        self.refresh, self.interval = refresh, interval
        self.task: asyncio.Task | None = None
        self.ticks = 0

    @property
    def running(self) -> bool:
        """True while the task is scheduled."""
        return self.task is not None and not self.task.done()

    def start(self) -> bool:
        """Start refreshing; False (and nothing scheduled) when no event loop runs, e.g. in a script."""
        if self.running:
            return True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        self.task = loop.create_task(self._run())
        return True

    def stop(self) -> None:
        """Stop refreshing."""
        if self.task is not None:
            self.task.cancel()
            self.task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                self.refresh()
            except Exception:  # keep the loop alive: a bad read must not freeze the screen
                log.exception("periodic refresh failed")
            self.ticks += 1
