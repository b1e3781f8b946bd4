"""The SQLite store: one file in WAL mode, every write its own ``BEGIN IMMEDIATE`` transaction.

Many Voilà kernels (one per participant, each its own process) write to the same file; WAL lets
readers run beside the single writer, and ``busy_timeout`` makes a writer wait its turn instead of
failing. A response is committed (and synced, ``synchronous=FULL``) before :meth:`record_response`
returns. ``sqlite3.Error`` never leaves this module: it becomes :class:`StoreError`. The verbs are
:class:`netquiz.store.sql.SqlStore`'s; the DDL is in :mod:`netquiz.store.migrations.sqlite`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .live_sql import LiveSql
from .migrations import SCHEMA_VERSION
from .migrations import sqlite as sqlite_migrations
from .sql import SqlStore, version_of
from .takeaway_sql import TakeawaySql
from .worker_sql import WorkerSql

BUSY_TIMEOUT_S = 10.0
FILE_MODE = 0o600  # names and resume PINs: the owner only; SQLite gives -wal and -shm the file's own mode
__all__ = ["BUSY_TIMEOUT_S", "FILE_MODE", "SCHEMA_VERSION", "SqliteStore"]


def private_file(path: Path) -> None:
    """Create the database file readable by its owner only (before SQLite creates it with the umask's
    0644), and tighten an existing one and its -wal/-shm files we own."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE))
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if part.exists() and part.stat().st_uid == os.getuid() and part.stat().st_mode & 0o077:
                part.chmod(FILE_MODE)
        except OSError:  # another user's file, or gone meanwhile: SQLite reports what matters
            pass


class SqliteStore(LiveSql, WorkerSql, TakeawaySql, SqlStore):
    """The :class:`netquiz.store.base.Store` on a SQLite file (or ``:memory:``); live mode in :class:`LiveSql`,
    the quiz workers' pool status in :class:`WorkerSql`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._open()

    # -- connection and transactions -------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        where = "an in-memory database" if self.path == ":memory:" else self.path
        try:
            if self.path != ":memory:":
                private_file(Path(self.path))
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database {where}: {exc}; check that the --db path "
                             "is a writable SQLite file") from None
        return conn

    def _fail(self, exc: sqlite3.Error) -> StoreError:
        if "locked" in str(exc) or "busy" in str(exc):
            return StoreError(f"the database {self.path} stayed busy for {BUSY_TIMEOUT_S:.0f} s: "
                              "try again (too many writers, or a stuck process holds it)")
        return StoreError(f"database error ({self.path}): {exc}")

    @contextmanager
    def _write(self, serial: bool = False) -> Iterator[sqlite3.Connection]:
        """One committed write transaction (SQLite serializes every write, so ``serial`` changes nothing);
        sqlite3 errors become StoreError."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._fail(exc) from None
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise self._fail(exc) from None
            raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._conn
        except sqlite3.Error as exc:
            raise self._fail(exc) from None

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads inside one (deferred) transaction: they all see the same state of the file."""
        with self._read() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    def _ensure_schema(self) -> None:
        if self._schema_version() == SCHEMA_VERSION:
            return
        with self._write() as conn:
            version = self._schema_version()
            if version is None or version < SCHEMA_VERSION:
                sqlite_migrations.migrate(conn, version or 0)
            elif version > SCHEMA_VERSION:
                raise StoreError(f"the database {self.path} has schema version {version}, newer than "
                                 f"this netquiz understands ({SCHEMA_VERSION}): upgrade netquiz or use "
                                 "another --db")

    def _schema_version(self) -> int | None:
        with self._read() as conn:
            meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
            if meta is None:
                return None
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return version_of(row, self.path)

    def close(self) -> None:
        """Release the connection (idempotent)."""
        self._conn.close()
