"""What people take home, in the store (portable SQL on SQLite and PostgreSQL): review retention,
follow-up sessions with each participant's own question set, and finding a participant by name and PIN
for fetching her review after the session closed.

A follow-up (:meth:`TakeawaySql.open_follow_up`) enrols the participants of the session it follows in one
transaction: same name, same resume PIN, same browser tokens, and a row in ``question_sets``. So she
re-joins the usual way (her browser's token resumes her; on another device her name asks for her PIN) and
lands in her set; a newcomer's name is free, she joins as usual and gets the whole bank::

    store.open_follow_up("FUP1", "K7QM4X", bank_json, "Networking (follow-up)", {12: ("s3-cloze-1", …)})
    store.question_set(participant_id)   # → QuestionSet(…, origin_id=12, question_ids=(…))
"""

from __future__ import annotations

import hmac
import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ..errors import PinLocked, PinRefused, SessionError
from .base import ParticipantRecord, QuestionSet, SessionRecord
from .identity import MAX_PIN_FAILURES, PARTICIPANT_COLUMNS, participant_row
from .keys import name_key, normalize_code, normalize_name


class TakeawaySql:
    """Mixed into both backends before :class:`netquiz.store.sql.SqlStore` (uses its transactions and
    :meth:`get_session`)."""

    _write: Callable[..., AbstractContextManager[Any]]
    _read: Callable[[], AbstractContextManager[Any]]
    get_session: Callable[[str], SessionRecord]

    def set_review_days(self, code: str, days: int) -> SessionRecord:
        """How many days after closing a participant may still fetch her review."""
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3650:
            raise SessionError(f"review days must be a whole number from 0 to 3650, not {days!r}")
        code = normalize_code(code)
        self.get_session(code)
        with self._write() as conn:
            conn.execute("UPDATE sessions SET review_days=? WHERE code=?", (days, code))
        return self.get_session(code)

    def open_follow_up(self, code: str, origin_code: str, bank_json: str, title: str | None,
                       sets: dict[int, tuple[str, ...]]) -> SessionRecord:
        """Open the follow-up and enrol the origin's participants with their sets (one transaction)."""
        origin, code = self.get_session(origin_code), normalize_code(code)
        with self._write(serial=True) as conn:
            added = conn.execute("INSERT INTO sessions(code, title, bank_json, created_at, mode, follow_up_of) "
                                 "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING code",
                                 (code, title, bank_json, time.time(), "self", origin.code)).fetchone()
            if added is None:
                raise SessionError(f"a session with code {code} already exists: choose another code")
            for origin_id, question_ids in sets.items():
                _enrol(conn, code, origin.code, origin_id, question_ids)
        return self.get_session(code)

    def question_set(self, participant_id: int) -> QuestionSet | None:
        """A follow-up participant's own set; None for everyone else (the whole bank)."""
        with self._read() as conn:
            row = conn.execute("SELECT participant_id, origin_id, question_ids FROM question_sets "
                               "WHERE participant_id=?", (participant_id,)).fetchone()
        return None if row is None else _question_set(row)

    def question_sets(self, code: str) -> list[QuestionSet]:
        """Every question set of session ``code``, in join order."""
        with self._read() as conn:
            rows = conn.execute("SELECT q.participant_id, q.origin_id, q.question_ids FROM question_sets q "
                                "JOIN participants p ON p.id = q.participant_id WHERE p.session_code=? "
                                "ORDER BY p.joined_at, p.id", (normalize_code(code),)).fetchall()
        return [_question_set(row) for row in rows]

    def review_participant(self, code: str, name: str, pin: str) -> ParticipantRecord:
        """The participant ``name`` of ``code`` when ``pin`` is hers; a wrong PIN counts (as when joining)."""
        code = normalize_code(code)
        self.get_session(code)
        with self._write(serial=True) as conn:
            row = conn.execute("SELECT id, name, pin, pin_failures FROM participants WHERE session_code=? "
                               "AND name_key=?", (code, name_key(normalize_name(name)))).fetchone()
            if row is None:
                raise SessionError(f"no participant {name!r} in session {code}", key="err_review_none")
            participant_id, taken_name, right_pin, failures = row
            if failures >= MAX_PIN_FAILURES:
                raise PinLocked(f"too many wrong PINs for {taken_name}: ask the facilitator")
            if not (pin or "").strip() or not hmac.compare_digest(pin.strip().encode(), right_pin.encode()):
                conn.execute("UPDATE participants SET pin_failures = pin_failures + 1 WHERE id=?",
                             (participant_id,))
                refused: PinRefused | None = PinRefused(f"wrong resume PIN for {taken_name}")
            else:
                refused = None
                conn.execute("UPDATE participants SET pin_failures = 0 WHERE id=?", (participant_id,))
                person = participant_row(conn, participant_id)
        if refused is not None:
            raise refused  # the failure count is committed
        return person


def _question_set(row: tuple[Any, ...]) -> QuestionSet:
    return QuestionSet(int(row[0]), int(row[1]), tuple(json.loads(row[2])))


def _enrol(conn: Any, code: str, origin_code: str, origin_id: int, question_ids: tuple[str, ...]) -> None:
    """Copy one origin participant (name, PIN, browser tokens) into the follow-up with her question set."""
    row = conn.execute(f"SELECT {PARTICIPANT_COLUMNS}, name_key FROM participants WHERE id=? AND session_code=?",
                       (origin_id, origin_code)).fetchone()
    if row is None:
        raise SessionError(f"participant {origin_id} is not in session {origin_code}")
    origin, key = ParticipantRecord(*row[:6]), row[6]
    now = time.time()
    new_id = int(conn.execute(
        "INSERT INTO participants(session_code, name, name_key, joined_at, last_seen, pin) VALUES (?,?,?,?,?,?) "
        "RETURNING id", (code, origin.name, key, now, now, origin.pin)).fetchone()[0])
    conn.execute("INSERT INTO participant_tokens(token_hash, participant_id, created_at) "
                 "SELECT token_hash, ?, ? FROM participant_tokens WHERE participant_id=?", (new_id, now, origin_id))
    conn.execute("INSERT INTO question_sets(participant_id, origin_id, question_ids) VALUES (?,?,?)",
                 (new_id, origin_id, json.dumps(list(question_ids))))
