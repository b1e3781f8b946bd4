"""The store interface: sessions, participants and responses behind one small protocol.

Implementations: :mod:`netquiz.store.sqlite` (the default: one file) and :mod:`netquiz.store.postgres` (many
hosts), both built on the portable SQL of :mod:`netquiz.store.sql` (with :mod:`~netquiz.store.live_sql` and
:mod:`~netquiz.store.worker_sql`). Open one with :func:`netquiz.store.open_store` from a URL
(``sqlite:///var/netquiz.sqlite3``, ``postgresql://…``).
Codes are matched case-insensitively (stored upper-case). A participant is a resume token kept by
her browser, not a name: a name only says whether it is *taken* (matched by
:func:`netquiz.store.keys.name_key`); see :mod:`netquiz.store.identity` for the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Protocol

from ..errors import SessionError

MODES: tuple[str, ...] = ("self", "live")


def unknown_session(code: str) -> SessionError:
    """What every store raises for a code it does not know (key ``err_code_unknown``)."""
    return SessionError(f"no session with code {code}: check the code shown by the facilitator",
                        key="err_code_unknown")


def closed_session(code: str) -> SessionError:
    """What every store raises for a join or an answer (self-paced or live) after the session closed."""
    return SessionError(f"session {code} is closed: it no longer accepts participants or answers",
                        key="err_closed")


def unknown_participant(participant_id: int) -> SessionError:
    """What every store raises for a participant id it does not know (merged away, or another database)."""
    return SessionError(f"unknown participant {participant_id}: join the session again", key="err_rejoin")


@dataclass(frozen=True)
class SessionRecord:
    """A workshop session: its code, title, the bank JSON it runs, when it was opened/closed, and its
    mode: ``self`` (everyone at her own pace) or ``live`` (the facilitator pushes one question at a time)."""

    code: str
    title: str | None
    bank_json: str
    created_at: float
    closed_at: float | None
    mode: str = "self"
    review_days: int = 7
    follow_up_of: str | None = None

    @property
    def is_open(self) -> bool:
        """True while the session accepts joins and answers."""
        return self.closed_at is None

    def review_open(self, now: float) -> bool:
        """True while a participant may fetch her review: the session is open, or closed less than
        ``review_days`` days before ``now``."""
        return self.closed_at is None or now < self.closed_at + self.review_days * 86400.0


@dataclass(frozen=True)
class QuestionSet:
    """A follow-up participant's own questions (bank ids, in order) and the participant of the session
    followed up (``origin_id``) whose weakest sections they come from."""

    participant_id: int
    origin_id: int
    question_ids: tuple[str, ...]


@dataclass(frozen=True)
class LiveRecord:
    """The stored state of a live round: ``version`` grows by one with every change (cheap to poll);
    ``question_id``, ``phase`` and ``deadline`` are the columns an answer is checked against, ``state_json``
    the whole :class:`netquiz.live.state.LiveState`."""

    session_code: str
    version: int
    question_id: str | None
    phase: str
    deadline: float | None
    state_json: str
    updated_at: float


@dataclass(frozen=True)
class WorkerRecord:
    """What one quiz server process (a Voilà worker, ``host:port/prefix``) last said about its pre-heated
    kernels: ``ready`` now (started, quiz already rendered), the pool's ``target``, participants it still
    ``expecting`` (``netquiz serve --expect``; 0 without it or once they arrived), ``live`` kernels in all.
    ``updated_at`` is the database's clock (epoch seconds), so hosts with skewed clocks still agree."""

    worker: str
    ready: int
    target: int
    expecting: int
    live: int
    updated_at: float


@dataclass(frozen=True)
class ParticipantRecord:
    """A participant of one session; ``pin`` is her 4-digit resume PIN (for another device)."""

    id: int
    session_code: str
    name: str
    joined_at: float
    last_seen: float
    pin: str = ""


@dataclass(frozen=True)
class ResponseRecord:
    """One answer: ``attempt`` is 1 for the first try, 2… for retries of missed questions."""

    id: int
    participant_id: int
    participant_name: str
    question_id: str
    attempt: int
    option: int
    correct: bool
    answered_at: float


class PersonRow(NamedTuple):
    """A participant as :meth:`Store.session_rows` gives it (a plain row, cheap in bulk)."""

    id: int
    name: str
    last_seen: float


class AnswerRow(NamedTuple):
    """A response as :meth:`Store.session_rows` gives it; ``correct`` is 0 or 1."""

    participant_id: int
    question_id: str
    attempt: int
    option: int
    correct: int
    answered_at: float


class LiveAnswer(NamedTuple):
    """A first answer to a live question (:meth:`Store.live_answers`); ``option`` in bank order."""

    participant_id: int
    option: int
    correct: bool


class Store(Protocol):
    """What every store offers. Errors are :class:`netquiz.errors.StoreError`/``SessionError``."""

    def open_session(self, code: str, bank_json: str, title: str | None = None,
                     mode: str = "self") -> SessionRecord:
        """Create a session (SessionError if the code exists); mode ``self`` or ``live``."""
        ...

    def close_session(self, code: str) -> SessionRecord:
        """Close a session: no joins or answers after this."""
        ...

    def get_session(self, code: str) -> SessionRecord:
        """The session with this code (SessionError if unknown)."""
        ...

    def list_sessions(self, open_only: bool = False) -> list[SessionRecord]:
        """All sessions, newest first."""
        ...

    def join(self, code: str, name: str, token: str | None = None, pin: str | None = None,
             as_new: bool = False) -> ParticipantRecord:
        """Join an open session: resume by browser token; a free name is a new participant; a taken name
        needs the resume PIN (PinRefused) or ``as_new`` ("Name (2)"), else NameTaken."""
        ...

    def find_token(self, token: str, code: str | None = None) -> ParticipantRecord | None:
        """The participant a browser token belongs to (in ``code``, or the open session seen last)."""
        ...

    def rename(self, participant_id: int, name: str) -> ParticipantRecord:
        """Give a participant another display name (SessionError if another one has it)."""
        ...

    def merge(self, keep_id: int, drop_id: int) -> ParticipantRecord:
        """Fold one participant (answers, browser tokens) into another of the same session."""
        ...

    def touch(self, participant_id: int) -> None:
        """Record that the participant was seen now."""
        ...

    def record_response(
        self, participant_id: int, question_id: str, attempt: int, option: int, correct: bool
    ) -> ResponseRecord:
        """Commit one answer (SessionError if the session is closed or it was already given)."""
        ...

    def participants(self, code: str) -> list[ParticipantRecord]:
        """Participants of a session in join order."""
        ...

    def responses(self, code: str, participant_id: int | None = None) -> list[ResponseRecord]:
        """Responses of a session (or one participant), in the order they were given."""
        ...

    def session_rows(self, code: str) -> tuple[list[PersonRow], list[AnswerRow]]:
        """Plain named rows for analysis in one snapshot: participants in join order, responses in answer
        order (SessionError if the code is unknown)."""
        ...

    def live_version(self, code: str) -> int:
        """The live state's version (0 before the first change): one indexed read, for polling."""
        ...

    def get_live(self, code: str) -> LiveRecord | None:
        """The live state of a session (None before the facilitator saved one)."""
        ...

    def put_live(self, code: str, question_id: str | None, phase: str, deadline: float | None,
                 state_json: str, expected_version: int | None = None) -> LiveRecord:
        """Save the live state (version + 1); SessionError if ``expected_version`` is stale."""
        ...

    def record_live_response(self, participant_id: int, question_id: str, option: int,
                             correct: bool) -> ResponseRecord:
        """Commit a live answer (attempt 1) only while that question is open and before its deadline
        (:class:`netquiz.errors.LiveAnswerRefused` otherwise; SessionError ``err_closed`` once the session
        is closed)."""
        ...

    def live_answers(self, code: str, question_id: str) -> list[LiveAnswer]:
        """First answers to one question, in answer order (for the projector's split and count)."""
        ...

    def report_worker(self, worker: str, ready: int, target: int, expecting: int, live: int) -> WorkerRecord:
        """Write (replace) a quiz worker's pool status, stamped with the database's clock."""
        ...

    def workers(self, within: float = 30.0) -> list[WorkerRecord]:
        """Workers that reported within the last ``within`` seconds (database clock), by name."""
        ...

    def forget_worker(self, worker: str) -> None:
        """Remove a worker's status (it is stopping)."""
        ...

    def set_review_days(self, code: str, days: int) -> SessionRecord:
        """How many days after closing a participant may still fetch her review (SessionError if < 0)."""
        ...

    def open_follow_up(self, code: str, origin_code: str, bank_json: str, title: str | None,
                       sets: dict[int, tuple[str, ...]]) -> SessionRecord:
        """Open a self-paced follow-up of ``origin_code`` in one transaction: every participant named in
        ``sets`` (origin id → question ids) is enrolled with her name, PIN and browser tokens, so she
        re-joins into her own set; anyone else joins as usual and gets the whole bank."""
        ...

    def question_set(self, participant_id: int) -> QuestionSet | None:
        """A follow-up participant's own set (None: the whole bank)."""
        ...

    def question_sets(self, code: str) -> list[QuestionSet]:
        """Every question set of a session."""
        ...

    def review_participant(self, code: str, name: str, pin: str) -> ParticipantRecord:
        """The participant named ``name`` in ``code`` if ``pin`` is hers (open or closed session): for
        fetching a review from another device. PinRefused (counted) / PinLocked / SessionError otherwise."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
