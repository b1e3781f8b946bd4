"""The SQLite schema and its migrations, by version.

Version 1: sessions, participants (one per name), responses. Version 2 (additive): a participant is a
resume token, not a name: ``participants.pin`` (4-digit resume PIN) and ``pin_failures``, and
``participant_tokens`` (sha256 of each browser's token → participant). Migrating a version-1 file gives
every participant a PIN and recomputes name keys with the current :func:`netquiz.store.keys.name_key`.
Version 3 (additive): live mode: ``sessions.mode`` (``self``/``live``, default ``self``) and the
``live_state`` table (one row per live session; ``version`` grows with every change so participant kernels
poll one indexed row). Version 4 (additive): ``worker_status``, one row per quiz server process (Voilà
worker) about its pre-heated kernels, rewritten every few seconds, so the facilitator's dashboard on any host
can say "ready for N" (see :mod:`netquiz.store.worker_sql`). Version 5 (additive): what people take home:
``sessions.review_days`` (a participant may fetch her review this many days after the session closed,
default 7), ``sessions.follow_up_of`` (the session a follow-up continues) and ``question_sets`` (a
follow-up participant's own questions and the participant she continues; see
:mod:`netquiz.store.takeaway_sql`).

A new database is created at version 1 and migrated like an old one, so there is one path to the current
schema; each step checks before it changes (a column or table already there is left alone).
"""

from __future__ import annotations

import sqlite3

from ..keys import name_key, new_pin

SCHEMA_VERSION = 5
DEFAULT_REVIEW_DAYS = 7
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
V2: tuple[str, ...] = (
    "ALTER TABLE participants ADD COLUMN pin TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE participants ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0",
    """CREATE TABLE IF NOT EXISTS participant_tokens (
        token_hash TEXT NOT NULL,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        created_at REAL NOT NULL,
        PRIMARY KEY (token_hash, participant_id))""",
)


LIVE_STATE = """CREATE TABLE IF NOT EXISTS live_state (
    session_code TEXT PRIMARY KEY REFERENCES sessions(code) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    question_id TEXT,
    phase TEXT NOT NULL,
    deadline REAL,
    state_json TEXT NOT NULL,
    updated_at REAL NOT NULL)"""


WORKER_STATUS = """CREATE TABLE IF NOT EXISTS worker_status (
    worker TEXT PRIMARY KEY,
    ready INTEGER NOT NULL CHECK (ready >= 0),
    target INTEGER NOT NULL CHECK (target >= 0),
    expecting INTEGER NOT NULL CHECK (expecting >= 0),
    live INTEGER NOT NULL CHECK (live >= 0),
    updated_at REAL NOT NULL)"""


QUESTION_SETS = """CREATE TABLE IF NOT EXISTS question_sets (
    participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
    origin_id INTEGER NOT NULL,
    question_ids TEXT NOT NULL)"""


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The column names of ``table``."""
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def create(conn: sqlite3.Connection) -> None:
    """Create the current schema in an empty database (inside the caller's transaction)."""
    for statement in V1:
        conn.execute(statement)
    migrate(conn, 1)


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database at ``version`` up to :data:`SCHEMA_VERSION` (inside the caller's transaction)."""
    if version < 2:
        _to_2(conn)
    if version < 3:
        _to_3(conn)
    if version < 4:
        conn.execute(WORKER_STATUS)
    if version < 5:
        _to_5(conn)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def _to_5(conn: sqlite3.Connection) -> None:
    have = columns(conn, "sessions")
    if "review_days" not in have:
        conn.execute(f"ALTER TABLE sessions ADD COLUMN review_days INTEGER NOT NULL DEFAULT {DEFAULT_REVIEW_DAYS} "
                     "CHECK (review_days >= 0)")
    if "follow_up_of" not in have:
        conn.execute("ALTER TABLE sessions ADD COLUMN follow_up_of TEXT")
    conn.execute(QUESTION_SETS)


def _to_3(conn: sqlite3.Connection) -> None:
    if "mode" not in columns(conn, "sessions"):
        conn.execute("ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'self' "
                     "CHECK (mode IN ('self', 'live'))")
    conn.execute(LIVE_STATE)


def _to_2(conn: sqlite3.Connection) -> None:
    if "pin" in columns(conn, "participants"):
        return
    for statement in V2:
        conn.execute(statement)
    rows = conn.execute("SELECT id, session_code, name FROM participants ORDER BY id").fetchall()
    for participant_id, code, name in rows:
        conn.execute("UPDATE participants SET pin=? WHERE id=?", (new_pin(), participant_id))
        try:
            key = name_key(name)
        except ValueError:
            continue  # a name today's rules refuse keeps its old key
        clash = conn.execute("SELECT 1 FROM participants WHERE session_code=? AND name_key=? AND id<>?",
                             (code, key, participant_id)).fetchone()
        if clash is None:
            conn.execute("UPDATE participants SET name_key=? WHERE id=?", (key, participant_id))
