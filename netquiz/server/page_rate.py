"""Page renders (each starts or takes a kernel) per client address over time (issue 15): an open-and-close
loop from one address used to start a hundred kernels in 45 s and slow everyone's join. A token bucket per
address: ``burst`` pages at once, then ``per_minute`` a minute; over it, the localized "joining…" page (503,
retries by itself). This machine's own address (loopback: a rehearsal, the tests) is not limited."""

from __future__ import annotations

import time

from .settings import PAGE_BURST, PAGES_PER_MINUTE


class PageRate:
    """Token buckets per address; ``per_minute`` 0 turns the limit off."""

    def __init__(self, per_minute: int = PAGES_PER_MINUTE, burst: int = PAGE_BURST) -> None:
        self.per_minute, self.burst = per_minute, max(1, burst)
        self._buckets: dict[str, tuple[float, float]] = {}  # address -> (tokens, at)

    def take(self, address: str, now: float | None = None) -> float:
        """0 if ``address`` may render a page now (one token taken), else the seconds until it may."""
        if self.per_minute <= 0 or address.startswith("127.") or address == "::1":
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
