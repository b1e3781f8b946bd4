"""The store's verbs in portable SQL, shared by the SQLite and PostgreSQL backends.

A backend (:class:`netquiz.store.sqlite.SqliteStore`, :class:`netquiz.store.postgres.PostgresStore`)
supplies the connection and three transaction shapes; the verbs here are written once against them:

* ``_write(serial=False)``: one committed write transaction. ``serial=True`` (joins, renames, merges)
  also waits for every other serial write, so two people joining with one name cannot both get it
  (SQLite serializes every write anyway with ``BEGIN IMMEDIATE``; PostgreSQL takes an advisory lock);
* ``_read()``: plain reads; ``_snapshot()``: several reads that see one consistent state.

Each yields a connection-like object with ``execute(sql, params)`` (``?`` placeholders) returning a
cursor with ``fetchone``/``fetchall``/``rowcount``. Backend-specific SQL is limited to the class
attributes :attr:`SqlStore.RESPONSE_LOCK`, :attr:`SqlStore.ROW_LOCK`, :attr:`SqlStore.SESSION_TIEBREAK` and
:attr:`netquiz.store.worker_sql.WorkerSql.NOW` (the database's clock).
Database errors never leave a backend: they become :class:`netquiz.errors.StoreError`.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from typing import Any

from ..errors import AnswerRefused, PinRefused, SessionError, StoreError
from . import identity
from .base import (
    MODES,
    AnswerRow,
    ParticipantRecord,
    PersonRow,
    ResponseRecord,
    SessionRecord,
    closed_session,
    unknown_participant,
    unknown_session,
)
from .keys import normalize_code
from .pin_throttle import pin_throttle

RESPONSE_COLUMNS = ("SELECT r.id, r.participant_id, p.name, r.question_id, r.attempt, r.option, r.correct, "
                    "r.answered_at FROM responses r JOIN participants p ON p.id = r.participant_id")
SESSION_COLUMNS = "code, title, bank_json, created_at, closed_at, mode, review_days, follow_up_of"


def version_of(row: tuple[Any, ...] | None, where: str) -> int | None:
    """The schema version stored in ``meta`` (None when there is none); StoreError when it is not a number."""
    if row is None:
        return None
    try:
        return int(row[0])
    except ValueError:
        raise StoreError(f"the database {where} has a bad schema_version {row[0]!r}") from None


class SqlStore:
    """The :class:`netquiz.store.base.Store` verbs over a backend's connection (see the module docstring)."""

    #: appended to the response's participant/session lookup: holds the participant row (two tabs answer
    #: one after the other) and keeps the session from closing until the answer is committed
    RESPONSE_LOCK = ""
    #: appended to a row lookup that the transaction will change or delete (a merge)
    ROW_LOCK = ""
    #: second sort key of sessions created in the same instant (insertion order)
    SESSION_TIEBREAK = "rowid"

    def _connect(self) -> Any:
        raise NotImplementedError

    def _ensure_schema(self) -> None:
        raise NotImplementedError

    def _open(self) -> None:
        """Connect and bring the schema up to date; the connection is closed again if that fails."""
        self._conn = self._connect()
        try:
            self._ensure_schema()
        except BaseException:
            self._conn.close()
            raise

    def _write(self, serial: bool = False) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _snapshot(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    # -- sessions --------------------------------------------------------------------------------

    def open_session(self, code: str, bank_json: str, title: str | None = None,
                     mode: str = "self") -> SessionRecord:
        """Create a session (SessionError if the code exists); ``mode`` is ``self`` or ``live``."""
        code = normalize_code(code)
        if mode not in MODES:
            raise SessionError(f"unknown session mode {mode!r}: use self or live")
        now = time.time()
        with self._write() as conn:
            added = conn.execute("INSERT INTO sessions(code, title, bank_json, created_at, mode) VALUES (?,?,?,?,?) "
                                 "ON CONFLICT DO NOTHING RETURNING code",
                                 (code, title, bank_json, now, mode)).fetchone()
            if added is None:
                raise SessionError(f"a session with code {code} already exists: choose another code")
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
            rows = conn.execute(f"SELECT {SESSION_COLUMNS} FROM sessions{where} "
                                f"ORDER BY created_at DESC, {self.SESSION_TIEBREAK} DESC").fetchall()
        return [SessionRecord(*row) for row in rows]

    @staticmethod
    def _session_row(conn: Any, code: str) -> SessionRecord:
        row = conn.execute(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE code=?", (code,)).fetchone()
        if row is None:
            raise unknown_session(code)
        return SessionRecord(*row)

    # -- participants ----------------------------------------------------------------------------

    def join(self, code: str, name: str, token: str | None = None, pin: str | None = None,
             as_new: bool = False) -> ParticipantRecord:
        """Join an open session: resume by token, new participant for a free name, resume by PIN, or
        (``as_new``) a new "Name (2)"; NameTaken/PinRefused otherwise (see :mod:`netquiz.store.identity`)."""
        code = normalize_code(code)
        with self._write(serial=True) as conn:
            if not self._session_row(conn, code).is_open:
                raise closed_session(code)
            outcome = identity.join(conn, code, name, token, pin, as_new)
        if isinstance(outcome, PinRefused):
            time.sleep(pin_throttle().delay())  # a growing wait for this page, outside the transaction
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
        with self._write(serial=True) as conn:
            return identity.rename(conn, participant_id, name)

    def merge(self, keep_id: int, drop_id: int) -> ParticipantRecord:
        """Fold participant ``drop_id`` (answers, browsers) into ``keep_id`` of the same session."""
        with self._write(serial=True) as conn:
            return identity.merge(conn, keep_id, drop_id, self.ROW_LOCK)

    def touch(self, participant_id: int) -> None:
        """Record that the participant was seen now."""
        with self._write() as conn:
            identity.touch(conn, participant_id)

    def participants(self, code: str) -> list[ParticipantRecord]:
        """Participants of a session in join order (SessionError if the code is unknown)."""
        with self._read() as conn:
            code = self._session_row(conn, normalize_code(code)).code
            rows = conn.execute(f"SELECT {identity.PARTICIPANT_COLUMNS} FROM participants "
                                "WHERE session_code=? ORDER BY joined_at, id", (code,)).fetchall()
        return [ParticipantRecord(*row) for row in rows]

    # -- responses -------------------------------------------------------------------------------

    def record_response(self, participant_id: int, question_id: str, attempt: int, option: int,
                        correct: bool) -> ResponseRecord:
        """Commit one answer (SessionError if the session is closed or it was already given)."""
        if attempt < 1 or option < 0:
            raise SessionError(f"bad answer: attempt {attempt} and option {option} must be 1+ and 0+",
                               key="err_choose")
        now = time.time()
        with self._write() as conn:
            row = conn.execute("SELECT p.name, s.code, s.closed_at FROM participants p JOIN sessions s "
                               f"ON s.code = p.session_code WHERE p.id=?{self.RESPONSE_LOCK}",
                               (participant_id,)).fetchone()
            if row is None:
                raise unknown_participant(participant_id)
            if row[2] is not None:
                raise closed_session(row[1])
            added = conn.execute(
                "INSERT INTO responses(participant_id, question_id, attempt, option, correct, answered_at) "
                "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING id",
                (participant_id, question_id, attempt, option, int(bool(correct)), now)).fetchone()
            if added is None:
                raise AnswerRefused(f"question {question_id} was already answered (attempt {attempt})",
                                    key="err_answered")
            conn.execute("UPDATE participants SET last_seen=? WHERE id=?", (now, participant_id))
        return ResponseRecord(int(added[0]), participant_id, row[0], question_id, attempt, option,
                              bool(correct), now)

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

    def session_rows(self, code: str) -> tuple[list[PersonRow], list[AnswerRow]]:
        """Bulk read for analysis, in one snapshot: participants in join order and responses in answer
        order, as named rows (:class:`netquiz.store.base.PersonRow`, :class:`netquiz.store.base.AnswerRow`)."""
        code = normalize_code(code)
        with self._snapshot() as conn:
            self._session_row(conn, code)
            people = conn.execute("SELECT id, name, last_seen FROM participants WHERE session_code = ? "
                                  "ORDER BY joined_at, id", (code,)).fetchall()
            responses = conn.execute(
                "SELECT r.participant_id, r.question_id, r.attempt, r.option, r.correct, r.answered_at "
                "FROM participants p JOIN responses r ON r.participant_id = p.id "
                "WHERE p.session_code = ? ORDER BY r.id", (code,)).fetchall()
        return [PersonRow._make(p) for p in people], [AnswerRow._make(r) for r in responses]

