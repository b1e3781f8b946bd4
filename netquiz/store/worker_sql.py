"""The quiz workers' pool status in the store (SQLite and PostgreSQL, portable SQL): the one channel between
the Voilà worker processes, possibly on several hosts, and the facilitator's dashboard.

Every few seconds each quiz worker replaces its own row (:meth:`WorkerSql.report_worker`); the dashboard
reads the rows written in the last half minute (:meth:`WorkerSql.workers`). Times are the *database's* clock
(:attr:`NOW`), so a laptop whose clock is a minute off still counts as fresh. A worker that stops deletes its
row (:meth:`WorkerSql.forget_worker`); one that crashed simply goes stale, and rows older than a day are
pruned by the next report::

    store.report_worker("laptop:8876/w0/", ready=20, target=20, expecting=20, live=21)
    [w.ready for w in store.workers(within=30)]     # → [20]
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ..errors import StoreError
from .base import WorkerRecord

PRUNE_AFTER_S = 24 * 3600.0
WORKER_COLUMNS = "worker, ready, target, expecting, live, updated_at"
MAX_WORKER_NAME = 200


class WorkerSql:
    """Mixed into both backends before :class:`netquiz.store.sql.SqlStore` (uses their transactions, whose
    connections take ``?`` placeholders, and their :attr:`NOW`)."""

    #: the database's clock in epoch seconds, as an SQL expression (SQLite here; PostgreSQL overrides it)
    NOW = "((julianday('now') - 2440587.5) * 86400.0)"
    _write: Callable[..., AbstractContextManager[Any]]
    _read: Callable[[], AbstractContextManager[Any]]

    def report_worker(self, worker: str, ready: int, target: int, expecting: int, live: int) -> WorkerRecord:
        """Replace ``worker``'s status (one committed transaction); StoreError for an empty or overlong name
        or a negative count."""
        worker = (worker or "").strip()
        if not worker or len(worker) > MAX_WORKER_NAME:
            raise StoreError(f"bad worker name {worker!r}: give host:port (1 to {MAX_WORKER_NAME} characters)")
        counts = {"ready": ready, "target": target, "expecting": expecting, "live": live}
        if any(int(value) < 0 for value in counts.values()):
            raise StoreError(f"bad pool status of {worker}: counts must be 0 or more, got {counts}")
        with self._write() as conn:
            row = conn.execute(
                f"INSERT INTO worker_status({WORKER_COLUMNS}) VALUES (?,?,?,?,?,{self.NOW}) "
                "ON CONFLICT (worker) DO UPDATE SET ready = excluded.ready, target = excluded.target, "
                "expecting = excluded.expecting, live = excluded.live, updated_at = excluded.updated_at "
                "RETURNING updated_at", (worker, int(ready), int(target), int(expecting), int(live))).fetchone()
            conn.execute(f"DELETE FROM worker_status WHERE updated_at < {self.NOW} - ?", (PRUNE_AFTER_S,))
        return WorkerRecord(worker, int(ready), int(target), int(expecting), int(live), float(row[0]))

    def workers(self, within: float = 30.0) -> list[WorkerRecord]:
        """Workers whose last report is at most ``within`` seconds old (database clock), by name."""
        with self._read() as conn:
            rows = conn.execute(f"SELECT {WORKER_COLUMNS} FROM worker_status WHERE updated_at >= {self.NOW} - ? "
                                "ORDER BY worker", (float(within),)).fetchall()
        return [WorkerRecord(str(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4]), float(r[5])) for r in rows]

    def forget_worker(self, worker: str) -> None:
        """Remove ``worker``'s status (nothing happens if there is none)."""
        with self._write() as conn:
            conn.execute("DELETE FROM worker_status WHERE worker=?", (worker,))


__all__ = ["PRUNE_AFTER_S", "WorkerSql"]
