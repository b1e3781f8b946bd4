"""The PostgreSQL store (``postgresql://user:password@host:5432/dbname``) through psycopg 3.

Same verbs as SQLite (:class:`netquiz.store.sql.SqlStore`) and the same guarantees:

* every write is one transaction, committed before the verb returns (a response before its feedback);
* joins, renames and merges are serialized (a transaction-scoped advisory lock), so two people joining
  with one name at the same time cannot both get it; an answer holds its participant's row and its
  session's row, so two tabs answer one after the other and a session cannot close under an answer;
* a waiting writer gives up after :data:`LOCK_TIMEOUT_S` with a StoreError (SQLite's busy timeout);
* the schema and its versions are SQLite's (:mod:`netquiz.store.migrations`, DDL in
  :mod:`netquiz.store.migrations.postgres`); the first process to connect creates or upgrades it under an
  advisory lock, the others wait.

psycopg is imported only here, so a participant kernel on SQLite never loads it. ``psycopg.Error``
never leaves this module: it becomes :class:`StoreError`; a dropped connection is reopened once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import StoreError
from .live_sql import LiveSql
from .migrations import SCHEMA_VERSION
from .migrations import postgres as pg_migrations
from .sql import SqlStore, version_of
from .takeaway_sql import TakeawaySql
from .worker_sql import WorkerSql

CONNECT_TIMEOUT_S = 10
LOCK_TIMEOUT_S = 10.0
SCHEMA_LOCK = 0x6E71_0001  # advisory lock ids ("nq" + n)
SERIAL_LOCK = 0x6E71_0002


def is_postgres_url(url: str) -> bool:
    """True for ``postgresql://``, ``postgres://`` (and ``postgresql+psycopg://``) URLs."""
    return url.strip().lower().startswith(("postgresql://", "postgres://", "postgresql+"))


def safe_url(url: str) -> str:
    """The URL with its password replaced by ``***`` (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


@lru_cache(maxsize=256)
def _placeholders(sql: str) -> str:
    """The portable SQL's ``?`` placeholders as psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


class _Connection:
    """A psycopg connection that takes ``?`` placeholders, like sqlite3's."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self._conn.execute(_placeholders(sql), params)


class PostgresStore(LiveSql, WorkerSql, TakeawaySql, SqlStore):
    """The :class:`netquiz.store.base.Store` on a PostgreSQL database."""

    RESPONSE_LOCK = " FOR NO KEY UPDATE OF p FOR SHARE OF s"
    ROW_LOCK = " FOR UPDATE"
    SESSION_TIEBREAK = "seq"
    NOW = "extract(epoch FROM now())::double precision"

    def __init__(self, url: str) -> None:
        self.url = url.strip()
        if self.url.lower().startswith("postgresql+"):  # SQLAlchemy-style postgresql+psycopg://
            self.url = "postgresql://" + self.url.split("://", 1)[1]
        self.where = safe_url(self.url)
        self._closed = False
        self._open()

    # -- connection and transactions -------------------------------------------------------------

    def _connect(self) -> Any:
        try:
            import psycopg
        except ImportError:
            raise StoreError("a postgresql:// database needs psycopg: pip install 'psycopg[binary]'") from None
        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                   application_name="netquiz",
                                   options=f"-c lock_timeout={int(LOCK_TIMEOUT_S * 1000)}")
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the database {self.where}: {str(exc).strip()}; check the --db URL "
                             "(user, password, host, port, database) and that the server is running") from None

    def _live(self) -> Any:
        """The connection, reopened once if the server dropped it."""
        if self._closed:
            raise StoreError(f"the store for {self.where} is closed")
        if self._conn.closed or self._conn.broken:
            self._conn = self._connect()
        return self._conn

    def _fail(self, exc: Exception) -> StoreError:
        import psycopg

        if isinstance(exc, psycopg.errors.LockNotAvailable):
            return StoreError(f"the database {self.where} stayed busy for {LOCK_TIMEOUT_S:.0f} s: try again "
                              "(too many writers, or a stuck process holds a lock)")
        if isinstance(exc, psycopg.OperationalError):
            return StoreError(f"lost the connection to the database {self.where}: {str(exc).strip()}")
        return StoreError(f"database error ({self.where}): {str(exc).strip()}")

    @contextmanager
    def _guard(self) -> Iterator[Any]:
        import psycopg

        try:
            yield self._live()
        except psycopg.Error as exc:
            raise self._fail(exc) from None

    @contextmanager
    def _write(self, serial: bool = False) -> Iterator[_Connection]:
        """One committed transaction (rolled back on any exception); ``serial`` waits for the other
        serial writers (joins, renames, merges) of every process."""
        with self._guard() as conn, conn.transaction():
            if serial:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (SERIAL_LOCK,))
            yield _Connection(conn)

    @contextmanager
    def _read(self) -> Iterator[_Connection]:
        with self._guard() as conn:
            yield _Connection(conn)

    @contextmanager
    def _snapshot(self) -> Iterator[_Connection]:
        with self._guard() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield _Connection(conn)

    def _ensure_schema(self) -> None:
        with self._read() as conn:
            if self._schema_version(conn) == SCHEMA_VERSION:
                return
        with self._write() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
            version = self._schema_version(conn)
            if version is not None and version > SCHEMA_VERSION:
                raise StoreError(f"the database {self.where} has schema version {version}, newer than this "
                                 f"netquiz understands ({SCHEMA_VERSION}): upgrade netquiz or use another --db")
            if version != SCHEMA_VERSION:
                pg_migrations.migrate(conn, version or 0)

    def _schema_version(self, conn: _Connection) -> int | None:
        if conn.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
            return None
        return version_of(conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone(), self.where)

    def close(self) -> None:
        """Release the connection (idempotent)."""
        self._closed = True
        self._conn.close()
