"""The SQLite store: one file in WAL mode, every write its own ``BEGIN IMMEDIATE`` transaction.

Many Voilà kernels (one per participant, each its own process) write to the same file; WAL lets
readers run beside the single writer, and ``busy_timeout`` makes a writer wait its turn instead of
failing. A response is committed (and synced, ``synchronous=FULL``) before :meth:`record_response`
returns. ``sqlite3.Error`` never leaves this module: it becomes :class:`StoreError`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import AnswerRefused, PinRefused, SessionError, StoreError
from . import identity, schema
from .base import MODES, ParticipantRecord, ResponseRecord, SessionRecord
from .keys import normalize_code
from .live_sql import LiveSql
from .schema import SCHEMA_VERSION

SESSION_COLUMNS = "code, title, bank_json, created_at, closed_at, mode"
BUSY_TIMEOUT_S = 10.0
RESPONSE_COLUMNS = ("SELECT r.id, r.participant_id, p.name, r.question_id, r.attempt, r.option, r.correct, "
                    "r.answered_at FROM responses r JOIN participants p ON p.id = r.participant_id")


def _unknown(code: str) -> SessionError:
    return SessionError(f"no session with code {code}: check the code shown by the facilitator",
                        key="err_code_unknown")


def _closed(code: str) -> SessionError:
    return SessionError(f"session {code} is closed: it no longer accepts participants or answers",
                        key="err_closed")


class SqliteStore(LiveSql):
    """The :class:`netquiz.store.base.Store` on a SQLite file (or ``:memory:``); live mode in :class:`LiveSql`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._conn = self._connect()
        try:
            self._ensure_schema()
        except BaseException:
            self._conn.close()
            raise

    # -- connection and transactions -------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        where = "an in-memory database" if self.path == ":memory:" else self.path
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
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
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed write transaction; sqlite3 errors become StoreError."""
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

    def _ensure_schema(self) -> None:
        if self._schema_version() == SCHEMA_VERSION:
            return
        with self._write() as conn:
            version = self._schema_version()
            if version is None:
                schema.create(conn)
            elif version < SCHEMA_VERSION:
                schema.migrate(conn, version)
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
        if row is None:
            return None
        try:
            return int(row[0])
        except ValueError:
            raise StoreError(f"the database {self.path} has a bad schema_version {row[0]!r}") from None

    def close(self) -> None:
        """Release the connection (idempotent)."""
        self._conn.close()

    # -- sessions --------------------------------------------------------------------------------

    def open_session(self, code: str, bank_json: str, title: str | None = None,
                     mode: str = "self") -> SessionRecord:
        """Create a session (SessionError if the code exists); ``mode`` is ``self`` or ``live``."""
        code = normalize_code(code)
        if mode not in MODES:
            raise SessionError(f"unknown session mode {mode!r}: use self or live")
        now = time.time()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM sessions WHERE code=?", (code,)).fetchone():
                raise SessionError(f"a session with code {code} already exists: choose another code")
            conn.execute("INSERT INTO sessions(code, title, bank_json, created_at, mode) VALUES (?,?,?,?,?)",
                         (code, title, bank_json, now, mode))
        return SessionRecord(code, title, bank_json, now, None, mode)

    def close_session(self, code: str) -> SessionRecord:
        """Close a session: no joins or answers after this (closing twice keeps the first time)."""
        code = normalize_code(code)
        with self._write() as conn:
            self._session_row(conn, code)
            conn.execute("UPDATE sessions SET closed_at=? WHERE code=? AND closed_at IS NULL",
                         (time.time(), code))
            return self._session_row(conn, code)

    def get_session(self, code: str) -> SessionRecord:
        """The session with this code (SessionError if unknown)."""
        with self._read() as conn:
            return self._session_row(conn, normalize_code(code))

    def list_sessions(self, open_only: bool = False) -> list[SessionRecord]:
        """All sessions (or only open ones), newest first."""
        where = " WHERE closed_at IS NULL" if open_only else ""
        with self._read() as conn:
            rows = conn.execute(f"SELECT {SESSION_COLUMNS} FROM sessions"
                                f"{where} ORDER BY created_at DESC, rowid DESC").fetchall()
        return [SessionRecord(*row) for row in rows]

    @staticmethod
    def _session_row(conn: sqlite3.Connection, code: str) -> SessionRecord:
        row = conn.execute(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE code=?", (code,)).fetchone()
        if row is None:
            raise _unknown(code)
        return SessionRecord(*row)

    # -- participants and responses ------------------------------------------------------------

    def join(self, code: str, name: str, token: str | None = None, pin: str | None = None,
             as_new: bool = False) -> ParticipantRecord:
        """Join an open session: resume by token, new participant for a free name, resume by PIN, or
        (``as_new``) a new "Name (2)"; NameTaken/PinRefused otherwise (see :mod:`netquiz.store.identity`)."""
        code = normalize_code(code)
        with self._write() as conn:
            if not self._session_row(conn, code).is_open:
                raise _closed(code)
            outcome = identity.join(conn, code, name, token, pin, as_new)
        if isinstance(outcome, PinRefused):
            raise outcome  # the failure count is committed
        return outcome

    def find_token(self, token: str, code: str | None = None) -> ParticipantRecord | None:
        """The participant this browser token belongs to in session ``code`` (default: the one seen last
        among open sessions); None if none."""
        if not token:
            return None
        with self._read() as conn:
            return identity.by_token(conn, token, normalize_code(code) if code else None)

    def rename(self, participant_id: int, name: str) -> ParticipantRecord:
        """Give a participant another display name (SessionError if it is another participant's)."""
        with self._write() as conn:
            return identity.rename(conn, participant_id, name)

    def merge(self, keep_id: int, drop_id: int) -> ParticipantRecord:
        """Fold participant ``drop_id`` (answers, browsers) into ``keep_id`` of the same session."""
        with self._write() as conn:
            return identity.merge(conn, keep_id, drop_id)

    def touch(self, participant_id: int) -> None:
        """Record that the participant was seen now."""
        with self._write() as conn:
            identity.touch(conn, participant_id)

    def record_response(self, participant_id: int, question_id: str, attempt: int, option: int,
                        correct: bool) -> ResponseRecord:
        """Commit one answer (SessionError if the session is closed or it was already given)."""
        if attempt < 1 or option < 0:
            raise SessionError(f"bad answer: attempt {attempt} and option {option} must be 1+ and 0+")
        now = time.time()
        with self._write() as conn:
            row = conn.execute("SELECT p.name, s.code, s.closed_at FROM participants p JOIN sessions s "
                               "ON s.code = p.session_code WHERE p.id=?", (participant_id,)).fetchone()
            if row is None:
                raise SessionError(f"unknown participant {participant_id}: join the session again")
            if row[2] is not None:
                raise _closed(row[1])
            try:
                new_id = conn.execute(
                    "INSERT INTO responses(participant_id, question_id, attempt, option, correct, "
                    "answered_at) VALUES (?,?,?,?,?,?)",
                    (participant_id, question_id, attempt, option, int(bool(correct)), now)).lastrowid
            except sqlite3.IntegrityError:
                raise AnswerRefused(f"question {question_id} was already answered "
                                    f"(attempt {attempt})", key="err_answered") from None
            conn.execute("UPDATE participants SET last_seen=? WHERE id=?", (now, participant_id))
        return ResponseRecord(int(new_id or 0), participant_id, row[0], question_id, attempt, option,
                              bool(correct), now)

    def participants(self, code: str) -> list[ParticipantRecord]:
        """Participants of a session in join order (SessionError if the code is unknown)."""
        with self._read() as conn:
            code = self._session_row(conn, normalize_code(code)).code
            rows = conn.execute(f"SELECT {identity.PARTICIPANT_COLUMNS} FROM participants "
                                "WHERE session_code=? ORDER BY joined_at, id", (code,)).fetchall()
        return [ParticipantRecord(*row) for row in rows]

    def responses(self, code: str, participant_id: int | None = None) -> list[ResponseRecord]:
        """Responses of a session (or one participant of it), in the order they were given."""
        code = normalize_code(code)
        sql = RESPONSE_COLUMNS + " WHERE p.session_code=?"
        params: tuple[str | int, ...] = (code,)
        if participant_id is not None:
            sql, params = sql + " AND r.participant_id=?", (code, participant_id)
        with self._read() as conn:
            self._session_row(conn, code)
            rows = conn.execute(sql + " ORDER BY r.id", params).fetchall()
        return [ResponseRecord(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]) for r in rows]

    def session_rows(self, code: str) -> tuple[list[tuple[int, str, float]],
                                               list[tuple[int, str, int, int, int, float]]]:
        """Bulk read for analysis, in one snapshot: participants (id, name, last_seen) in join order and
        responses (participant_id, question_id, attempt, option, correct, answered_at) in answer order."""
        code = normalize_code(code)
        with self._read() as conn:
            conn.execute("BEGIN")
            try:
                self._session_row(conn, code)
                people = conn.execute("SELECT id, name, last_seen FROM participants WHERE session_code = ? "
                                      "ORDER BY joined_at, id", (code,)).fetchall()
                responses = conn.execute(
                    "SELECT r.participant_id, r.question_id, r.attempt, r.option, r.correct, r.answered_at "
                    "FROM participants p JOIN responses r ON r.participant_id = p.id "
                    "WHERE p.session_code = ? ORDER BY r.id", (code,)).fetchall()
            finally:
                conn.execute("COMMIT")
        return people, responses
