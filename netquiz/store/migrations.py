"""Schema migrations of the SQLite store: additive steps, each idempotent, applied in one transaction.

A new database is created at version 1 (``sqlite.SCHEMA``) and then migrated like an old one, so there is one
path to the current schema. Every step checks before it changes (a column or table that is already there is
left alone), so a database touched by another branch's migration of the same number still comes out right.

* 2 — live mode: ``sessions.mode`` (``self``/``live``, default ``self``) and the ``live_state`` table (one row
  per live session; ``version`` grows with every change so participant kernels poll one indexed row).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 2

LIVE_STATE = """CREATE TABLE IF NOT EXISTS live_state (
    session_code TEXT PRIMARY KEY REFERENCES sessions(code) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    question_id TEXT,
    phase TEXT NOT NULL,
    deadline REAL,
    state_json TEXT NOT NULL,
    updated_at REAL NOT NULL)"""


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The column names of ``table``."""
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _to_2(conn: sqlite3.Connection) -> None:
    if "mode" not in columns(conn, "sessions"):
        conn.execute("ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'self' "
                     "CHECK (mode IN ('self', 'live'))")
    conn.execute(LIVE_STATE)


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _to_2}


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database at ``version`` to :data:`SCHEMA_VERSION` (inside the caller's write transaction)."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        STEPS[target](conn)
    if version < SCHEMA_VERSION:
        conn.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))
