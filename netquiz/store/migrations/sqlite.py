"""The SQLite schema by version (:mod:`netquiz.store.migrations` explains the shape and the versions).

SQLite specifics: ids are ``INTEGER PRIMARY KEY`` (rowid), times ``REAL`` epoch seconds, booleans
``INTEGER`` 0/1, insertion order of sessions is the rowid. ``ALTER TABLE … ADD COLUMN`` has no
``IF NOT EXISTS`` here, so those steps look at the table first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from . import DEFAULT_REVIEW_DAYS, SCHEMA_VERSION, Step, pins_and_name_keys
from . import migrate as _migrate

__all__ = ["SCHEMA_VERSION", "STEPS", "V1", "add_column", "columns", "migrate"]


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The column names of ``table``."""
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def add_column(table: str, column: str, definition: str) -> Callable[[sqlite3.Connection], None]:
    """A step that adds ``column`` to ``table`` unless it is there already."""
    def step(conn: sqlite3.Connection) -> None:
        if column not in columns(conn, table):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
    return step


V1: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS sessions (
        code TEXT PRIMARY KEY CHECK (code = upper(code) AND length(code) BETWEEN 3 AND 12),
        title TEXT,
        bank_json TEXT NOT NULL,
        created_at REAL NOT NULL,
        closed_at REAL)""",
    """CREATE TABLE IF NOT EXISTS participants (
        id INTEGER PRIMARY KEY,
        session_code TEXT NOT NULL REFERENCES sessions(code) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        joined_at REAL NOT NULL,
        last_seen REAL NOT NULL,
        UNIQUE (session_code, name_key))""",
    """CREATE TABLE IF NOT EXISTS responses (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        attempt INTEGER NOT NULL CHECK (attempt >= 1),
        option INTEGER NOT NULL CHECK (option >= 0),
        correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
        answered_at REAL NOT NULL,
        UNIQUE (participant_id, question_id, attempt))""",
)

STEPS: dict[int, tuple[Step, ...]] = {
    1: V1,
    2: (
        add_column("participants", "pin", "TEXT NOT NULL DEFAULT ''"),
        add_column("participants", "pin_failures", "INTEGER NOT NULL DEFAULT 0"),
        """CREATE TABLE IF NOT EXISTS participant_tokens (
            token_hash TEXT NOT NULL,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            created_at REAL NOT NULL,
            PRIMARY KEY (token_hash, participant_id))""",
        pins_and_name_keys,
    ),
    3: (
        add_column("sessions", "mode", "TEXT NOT NULL DEFAULT 'self' CHECK (mode IN ('self', 'live'))"),
        """CREATE TABLE IF NOT EXISTS live_state (
            session_code TEXT PRIMARY KEY REFERENCES sessions(code) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            question_id TEXT,
            phase TEXT NOT NULL,
            deadline REAL,
            state_json TEXT NOT NULL,
            updated_at REAL NOT NULL)""",
    ),
    4: (
        """CREATE TABLE IF NOT EXISTS worker_status (
            worker TEXT PRIMARY KEY,
            ready INTEGER NOT NULL CHECK (ready >= 0),
            target INTEGER NOT NULL CHECK (target >= 0),
            expecting INTEGER NOT NULL CHECK (expecting >= 0),
            live INTEGER NOT NULL CHECK (live >= 0),
            updated_at REAL NOT NULL)""",
    ),
    5: (  # what people take home (issue 18): review retention, follow-up sessions and their question sets
        add_column("sessions", "review_days",
                   f"INTEGER NOT NULL DEFAULT {DEFAULT_REVIEW_DAYS} CHECK (review_days >= 0)"),
        add_column("sessions", "follow_up_of", "TEXT"),
        """CREATE TABLE IF NOT EXISTS question_sets (
            participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
            origin_id INTEGER NOT NULL,
            question_ids TEXT NOT NULL)""",
    ),
}
if max(STEPS) != SCHEMA_VERSION:
    raise ImportError(f"sqlite STEPS end at {max(STEPS)}, SCHEMA_VERSION is {SCHEMA_VERSION}")


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database at ``version`` (0: empty) to :data:`SCHEMA_VERSION` (inside the caller's transaction)."""
    _migrate(conn, STEPS, version)
