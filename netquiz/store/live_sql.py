"""Live-mode verbs of the stores (SQLite and PostgreSQL, portable SQL): the round's state row and answers
checked against it.

The facilitator's kernel writes the state (:meth:`LiveSql.put_live`); every participant kernel polls
:meth:`LiveSql.live_version` (one primary-key read) a few times a second and reads the whole row only when the
version moved. An answer is accepted in the same write transaction that checks the row: the question must be
the one on the projector, answers must be open, and the deadline not passed (a small grace covers the trip).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ..errors import LiveAnswerRefused, SessionError
from .base import LiveAnswer, LiveRecord, ResponseRecord, closed_session, unknown_participant, unknown_session
from .keys import normalize_code

GRACE_S = 0.5  # an answer sent in the last instant still counts: the network takes a moment
LIVE_COLUMNS = "session_code, version, question_id, phase, deadline, state_json, updated_at"


class LiveSql:
    """Mixed into both backends before :class:`netquiz.store.sql.SqlStore` (uses their transactions, whose
    connections take ``?`` placeholders)."""

    _write: Callable[..., AbstractContextManager[Any]]
    _read: Callable[[], AbstractContextManager[Any]]

    def live_version(self, code: str) -> int:
        """The live state's version (0 before the first change): one indexed read, for polling."""
        with self._read() as conn:
            row = conn.execute("SELECT version FROM live_state WHERE session_code=?", (code,)).fetchone()
        return int(row[0]) if row else 0

    def get_live(self, code: str) -> LiveRecord | None:
        """The live state of a session (None before the facilitator saved one)."""
        with self._read() as conn:
            row = conn.execute(f"SELECT {LIVE_COLUMNS} FROM live_state WHERE session_code=?",
                               (normalize_code(code),)).fetchone()
        return LiveRecord(*row) if row else None

    def put_live(self, code: str, question_id: str | None, phase: str, deadline: float | None,
                 state_json: str, expected_version: int | None = None) -> LiveRecord:
        """Save the live state (version + 1); SessionError if ``expected_version`` is stale (two
        facilitator tabs) or the session is unknown."""
        code, now = normalize_code(code), time.time()
        with self._write() as conn:
            if not conn.execute("SELECT 1 FROM sessions WHERE code=?", (code,)).fetchone():
                raise unknown_session(code)
            row = conn.execute("SELECT version FROM live_state WHERE session_code=?", (code,)).fetchone()
            version = int(row[0]) if row else 0
            if expected_version is not None and expected_version != version:
                raise SessionError("the live round was changed elsewhere (another facilitator tab?): "
                                   "it now shows the latest state")
            conn.execute(f"INSERT INTO live_state({LIVE_COLUMNS}) VALUES (?,?,?,?,?,?,?) "
                         "ON CONFLICT (session_code) DO UPDATE SET version = excluded.version, "
                         "question_id = excluded.question_id, phase = excluded.phase, deadline = excluded.deadline, "
                         "state_json = excluded.state_json, updated_at = excluded.updated_at",
                         (code, version + 1, question_id, phase, deadline, state_json, now))
        return LiveRecord(code, version + 1, question_id, phase, deadline, state_json, now)

    def record_live_response(self, participant_id: int, question_id: str, option: int,
                             correct: bool) -> ResponseRecord:
        """Commit a live answer (attempt 1) while ``question_id`` is open and before its deadline."""
        if option < 0:
            raise SessionError(f"bad answer: option {option} must be 0 or more", key="err_choose")
        now = time.time()
        with self._write() as conn:
            name, code = self._live_check(conn, participant_id, question_id, now)
            added = conn.execute(
                "INSERT INTO responses(participant_id, question_id, attempt, option, correct, answered_at) "
                "VALUES (?,?,1,?,?,?) ON CONFLICT DO NOTHING RETURNING id",
                (participant_id, question_id, option, int(bool(correct)), now)).fetchone()
            if added is None:
                raise LiveAnswerRefused("you already answered this question", "answered")
            new_id = added[0]
            conn.execute("UPDATE participants SET last_seen=? WHERE id=?", (now, participant_id))
        return ResponseRecord(int(new_id or 0), participant_id, name, question_id, 1, option, bool(correct), now)

    @staticmethod
    def _live_check(conn: Any, participant_id: int, question_id: str,
                    now: float) -> tuple[str, str]:
        row = conn.execute(
            "SELECT p.name, s.code, s.closed_at, l.question_id, l.phase, l.deadline FROM participants p "
            "JOIN sessions s ON s.code = p.session_code LEFT JOIN live_state l ON l.session_code = s.code "
            "WHERE p.id=?", (participant_id,)).fetchone()
        if row is None:
            raise unknown_participant(participant_id)
        name, code, closed_at, current, phase, deadline = row
        if closed_at is not None:
            raise closed_session(code)
        if current != question_id or phase != "open":
            raise LiveAnswerRefused("this question is no longer open for answers", "not_current")
        if deadline is not None and now > deadline + GRACE_S:
            raise LiveAnswerRefused("the time for this question is up", "late")
        return name, code

    def live_answers(self, code: str, question_id: str) -> list[LiveAnswer]:
        """First answers to one question (participant id, bank option, correct), in answer order."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT r.participant_id, r.option, r.correct FROM responses r JOIN participants p "
                "ON p.id = r.participant_id WHERE p.session_code=? AND r.question_id=? AND r.attempt=1 "
                "ORDER BY r.id", (normalize_code(code), question_id)).fetchall()
        return [LiveAnswer(int(pid), int(option), bool(correct)) for pid, option, correct in rows]


__all__ = ["GRACE_S", "LiveSql"]
