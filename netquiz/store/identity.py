"""Who a participant is, in SQL: resume tokens, taken names, resume PINs, rename and merge.

Functions take an open connection inside the caller's write transaction (see
:class:`netquiz.store.sql.SqlStore`; identity writes are serialized on every backend), so that two
people joining with one name at the same time cannot both get it. The SQL is portable: it runs on
SQLite and (placeholders translated) on PostgreSQL. Rules (:meth:`netquiz.store.base.Store.join`):

1. a token already bound to a participant of the session resumes that participant;
2. a free name makes a new participant (with a new 4-digit PIN) and binds the token to it;
3. a taken name with the right PIN resumes that participant on this device (the token is bound too);
   wrong PINs are bounded per page, address, session and participant with growing waits
   (:mod:`netquiz.store.pin_throttle`; all but the page's counted in this transaction, so every host sees
   them); no lock is permanent, and none stops her own browsers (token);
4. a taken name without a PIN: NameTaken, unless ``as_new``: then a new participant "Name (2)".
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

from ..errors import NameTaken, PinRefused, SessionError
from .base import ParticipantRecord, unknown_participant
from .keys import name_key, name_keys, new_pin, normalize_name, normalize_pin
from .pin_throttle import pin_throttle

MAX_PIN_FAILURES = 10  # no longer a lock (issue 15): see netquiz.store.pin_throttle
PARTICIPANT_COLUMNS = "id, session_code, name, joined_at, last_seen, pin"


def token_hash(token: str) -> str:
    """What the store keeps of a resume token (never the token itself)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def participant_row(conn: Any, participant_id: int) -> ParticipantRecord:
    """The participant with this id (SessionError if there is none)."""
    row = conn.execute(f"SELECT {PARTICIPANT_COLUMNS} FROM participants WHERE id=?", (participant_id,)).fetchone()
    if row is None:
        raise unknown_participant(participant_id)
    return ParticipantRecord(*row)


def by_token(conn: Any, token: str, code: str | None) -> ParticipantRecord | None:
    """The participant this token belongs to in session ``code`` (or in any open session, the one seen
    last); None if the token is unknown there."""
    where, params = ("p.session_code=?", (token_hash(token), code)) if code else ("s.closed_at IS NULL",
                                                                                  (token_hash(token),))
    row = conn.execute(
        f"SELECT p.id FROM participant_tokens t JOIN participants p ON p.id = t.participant_id "
        f"JOIN sessions s ON s.code = p.session_code WHERE t.token_hash=? AND {where} "
        "ORDER BY p.last_seen DESC, p.id DESC LIMIT 1", params).fetchone()
    return None if row is None else participant_row(conn, row[0])


def bind(conn: Any, participant_id: int, token: str | None) -> None:
    """Remember that this browser's token belongs to the participant."""
    if token:
        conn.execute("INSERT INTO participant_tokens(token_hash, participant_id, created_at) "
                     "VALUES (?,?,?) ON CONFLICT DO NOTHING", (token_hash(token), participant_id, time.time()))


def insert(conn: Any, code: str, display: str, token: str | None) -> ParticipantRecord:
    """A new participant named ``display``, or "display (2)", "(3)"… if that name is taken."""
    name, number = display, 1
    while conn.execute("SELECT 1 FROM participants WHERE session_code=? AND name_key IN (?,?)",
                       (code, *name_keys(name))).fetchone():
        number += 1
        name = f"{display} ({number})"
    now = time.time()
    participant_id = int(conn.execute(
        "INSERT INTO participants(session_code, name, name_key, joined_at, last_seen, pin) "
        "VALUES (?,?,?,?,?,?) RETURNING id", (code, name, name_key(name), now, now, new_pin())).fetchone()[0])
    bind(conn, participant_id, token)
    return participant_row(conn, participant_id)


def join(conn: Any, code: str, name: str, token: str | None, pin: str | None,
         as_new: bool) -> ParticipantRecord | PinRefused:
    """Rules 1–4 above; a wrong PIN is *returned* so that the caller commits the failure count first."""
    if token and (mine := by_token(conn, token, code)) is not None:
        touch(conn, mine.id)
        return participant_row(conn, mine.id)
    display = normalize_name(name)
    taken = conn.execute("SELECT id, name, pin, pin_failures FROM participants WHERE session_code=? AND "
                         "name_key IN (?,?) ORDER BY id LIMIT 1", (code, *name_keys(display))).fetchone()
    if taken is None:
        return insert(conn, code, display, token)
    participant_id, taken_name, right_pin, _failures = taken
    if pin:
        throttle = pin_throttle()
        throttle.check(code, participant_id, conn=conn)  # PinLocked for a while; nothing counted
        if not hmac.compare_digest(normalize_pin(pin).encode(), right_pin.encode()):
            conn.execute("UPDATE participants SET pin_failures = pin_failures + 1 WHERE id=?", (participant_id,))
            throttle.failed(code, participant_id, conn=conn)  # committed with the join's transaction
            return PinRefused(f"wrong resume PIN for {taken_name}")
        conn.execute("UPDATE participants SET pin_failures = 0 WHERE id=?", (participant_id,))
        bind(conn, participant_id, token)
        touch(conn, participant_id)
        return participant_row(conn, participant_id)
    if as_new:
        return insert(conn, code, display, token)
    raise NameTaken(f"the name {taken_name} is already taken in session {code}", name=taken_name)


def touch(conn: Any, participant_id: int) -> None:
    """Record that the participant was seen now (SessionError if unknown)."""
    if conn.execute("UPDATE participants SET last_seen=? WHERE id=?", (time.time(), participant_id)).rowcount == 0:
        raise unknown_participant(participant_id)


def rename(conn: Any, participant_id: int, name: str) -> ParticipantRecord:
    """Give a participant another display name (SessionError if another participant has that name)."""
    person = participant_row(conn, participant_id)
    display = normalize_name(name)
    clash = conn.execute("SELECT name FROM participants WHERE session_code=? AND name_key IN (?,?) AND id<>?",
                         (person.session_code, *name_keys(display), participant_id)).fetchone()
    if clash:
        raise SessionError(f"{clash[0]} is already a participant of session {person.session_code}: "
                           "merge the two instead, or choose another name")
    conn.execute("UPDATE participants SET name=?, name_key=? WHERE id=?", (display, name_key(display), participant_id))
    return participant_row(conn, participant_id)


def merge(conn: Any, keep_id: int, drop_id: int, row_lock: str = "") -> ParticipantRecord:
    """Fold participant ``drop_id`` into ``keep_id`` (same session): answers ``keep`` lacks and all browser
    tokens move over (``keep``'s answer wins where both answered), then ``drop`` is deleted. ``row_lock``
    (`` FOR UPDATE`` on PostgreSQL) holds both rows, so an answer being recorded for either waits."""
    conn.execute(f"SELECT id FROM participants WHERE id IN (?,?) ORDER BY id{row_lock}", (keep_id, drop_id))
    keep, drop = participant_row(conn, keep_id), participant_row(conn, drop_id)
    if keep.id == drop.id or keep.session_code != drop.session_code:
        raise SessionError("merge needs two different participants of the same session")
    conn.execute("UPDATE responses SET participant_id=? WHERE participant_id=? AND NOT EXISTS (SELECT 1 FROM "
                 "responses k WHERE k.participant_id=? AND k.question_id=responses.question_id AND "
                 "k.attempt=responses.attempt)", (keep.id, drop.id, keep.id))
    conn.execute("UPDATE participant_tokens SET participant_id=? WHERE participant_id=? AND NOT EXISTS (SELECT 1 "
                 "FROM participant_tokens k WHERE k.participant_id=? AND k.token_hash=participant_tokens.token_hash)",
                 (keep.id, drop.id, keep.id))
    conn.execute("UPDATE participants SET last_seen=?, joined_at=?, pin_failures=0 WHERE id=?",
                 (max(keep.last_seen, drop.last_seen), min(keep.joined_at, drop.joined_at), keep.id))
    conn.execute("DELETE FROM participants WHERE id=?", (drop.id,))
    return participant_row(conn, keep.id)
