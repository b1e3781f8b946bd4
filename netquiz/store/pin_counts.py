"""Wrong-PIN counts that every host sees: kept in the database (issue 15, two-host setups).

The per-session, per-participant and per-address limits of :mod:`netquiz.store.pin_throttle` are counted
here, in the store's ``meta`` table (one row per counted key, ``pins:<key>``, holding the times of the
wrong PINs still inside the window), so two hosts on one PostgreSQL share them. No schema change: ``meta``
is the store's own key/value table. Every call runs inside the join's serialized write transaction
(:meth:`netquiz.store.sql.SqlStore.join`), so two hosts counting at once cannot lose a count, and a wrong PIN
is committed with its count. Each write keeps only the times still inside the window; the rows stay few
(one per session, participant and address that ever had a wrong PIN).

Usage (``conn`` is the join's transaction)::

    wait = over_limit(conn, [("session-AB12", 60, 60.0)], now)   # seconds to wait, or 0
    count(conn, [("session-AB12", 60, 60.0)], now)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

PREFIX = "pins:"
Limit = tuple[str, int, float]  # (key, most in the window, window in seconds)


def _times(conn: Any, key: str, window: float, now: float) -> list[float]:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (PREFIX + key,)).fetchone()
    times = []
    for part in (row[0] if row else "").split():
        try:
            at = float(part)
        except ValueError:
            continue
        if at > now - window:
            times.append(at)
    return times


def over_limit(conn: Any, limits: Iterable[Limit], now: float) -> tuple[str, int] | None:
    """(the first limit's key that is reached, seconds until it frees), or None; nothing is counted."""
    for key, most, window in limits:
        times = _times(conn, key, window, now)
        if len(times) >= most:
            return key, int(times[-most] + window - now) + 1
    return None


def count(conn: Any, limits: Iterable[Limit], now: float) -> None:
    """One wrong PIN now, under every limit (older times outside the window are dropped)."""
    for key, _most, window in limits:
        times = [*_times(conn, key, window, now), now]
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                     "excluded.value", (PREFIX + key, " ".join(f"{t:.3f}" for t in times)))
