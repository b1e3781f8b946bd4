"""The live round as a pure state machine: a frozen :class:`LiveState` and transition functions.

No widgets, no database, no clock of its own: every transition takes ``now`` (epoch seconds) and returns a
new state, so the facilitator's Present view, the store and the tests share one definition of the round::

    state = plan(bank, section="s1", duration=30)      # waiting: participants see the waiting screen
    state = start(state, now)                           # question 1 open, deadline now + 30 s
    state = reveal(state, now)                          # answers closed; split, key, feedback shown
    state = advance(state, now)                         # question 2 open (or finished after the last)
    accepting(state, now)                               # may an answer still count?

Phases: ``waiting`` (before the first question) → ``open`` (answers accepted until ``deadline``; ``None`` =
the clock was stopped, no limit) → ``revealed`` → ``open`` … → ``finished``. :func:`skip` drops the current
question without revealing it. The state travels through the store as JSON (:func:`to_json`/:func:`from_json`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from ..errors import SessionError
from ..model import Bank

DEFAULT_DURATION = 30
MIN_DURATION, MAX_DURATION = 5, 600
LEADERBOARD_EVERY = 3
PHASES = ("waiting", "open", "revealed", "finished")


@dataclass(frozen=True)
class LiveState:
    """Where the live round is: the planned question ids, the current position and its clock."""

    queue: tuple[str, ...]
    index: int = -1                  # position in ``queue``; -1 before the first question
    phase: str = "waiting"
    opened_at: float | None = None
    deadline: float | None = None    # None while open = no time limit (clock stopped)
    duration: int = DEFAULT_DURATION
    done: tuple[str, ...] = ()       # revealed questions, in order
    skipped: tuple[str, ...] = ()
    leaderboard_every: int = LEADERBOARD_EVERY

    @property
    def question_id(self) -> str | None:
        """The question on the projector (None while waiting or finished)."""
        if self.phase in ("open", "revealed") and 0 <= self.index < len(self.queue):
            return self.queue[self.index]
        return None

    @property
    def remaining(self) -> int:
        """Questions after the current one."""
        return max(0, len(self.queue) - self.index - 1)

    @property
    def leaderboard_due(self) -> bool:
        """Show the short leaderboard now: after every few revealed questions, and at the end."""
        if self.phase == "finished":
            return bool(self.done)
        return (self.phase == "revealed" and self.leaderboard_every > 0
                and len(self.done) % self.leaderboard_every == 0)


def select(bank: Bank, section: str | None = None, kind: str | None = None) -> tuple[str, ...]:
    """Question ids by section in article order (bank order within a section), optionally only one section
    and/or kind."""
    rank = {s.id: i for i, s in enumerate(bank.article.sections)}
    ordered = sorted(bank.questions, key=lambda q: rank.get(q.section, len(rank)))
    return tuple(q.id for q in ordered
                 if (section is None or q.section == section) and (kind is None or q.kind == kind))


def plan(bank: Bank, section: str | None = None, kind: str | None = None,
         duration: int = DEFAULT_DURATION) -> LiveState:
    """A new round in the waiting phase (SessionError if the filter leaves no question)."""
    queue = select(bank, section, kind)
    if not queue:
        raise SessionError("no question matches this section and kind: choose another filter")
    return LiveState(queue=queue, duration=_duration(duration))


def replan(state: LiveState, bank: Bank, section: str | None = None, kind: str | None = None) -> LiveState:
    """Change which questions come next; the ones already shown keep their place."""
    shown = state.queue[:state.index + 1]
    rest = tuple(q for q in select(bank, section, kind) if q not in shown)
    if not rest and state.phase == "waiting":
        raise SessionError("no question matches this section and kind: choose another filter")
    phase = "revealed" if state.phase == "finished" and state.done else state.phase
    return replace(state, queue=shown + rest, phase=phase)


def _duration(seconds: int) -> int:
    if not MIN_DURATION <= int(seconds) <= MAX_DURATION:
        raise SessionError(f"the time limit must be {MIN_DURATION}–{MAX_DURATION} seconds, not {seconds}")
    return int(seconds)


def _open_at(state: LiveState, index: int, now: float) -> LiveState:
    if index >= len(state.queue):
        return replace(state, index=len(state.queue), phase="finished", opened_at=None, deadline=None)
    return replace(state, index=index, phase="open", opened_at=now, deadline=now + state.duration)


def start(state: LiveState, now: float) -> LiveState:
    """Waiting → the first question, open with a fresh countdown."""
    if state.phase != "waiting":
        raise SessionError("the round has already started: use Next")
    return _open_at(state, 0, now)


def reveal(state: LiveState, now: float) -> LiveState:
    """Open → revealed: answers stop counting; the split, key and feedback may be shown."""
    if state.phase != "open":
        raise SessionError("there is no open question to reveal")
    question = state.queue[state.index]
    deadline = now if state.deadline is None else min(state.deadline, now)
    return replace(state, phase="revealed", deadline=deadline, done=state.done + (question,))


def advance(state: LiveState, now: float) -> LiveState:
    """Revealed → the next question open (or finished after the last one)."""
    if state.phase != "revealed":
        raise SessionError("reveal the current question first (or skip it)")
    return _open_at(state, state.index + 1, now)


def skip(state: LiveState, now: float) -> LiveState:
    """Drop the current (open) question unrevealed, or the next one while waiting/revealed; go on."""
    if state.phase == "finished":
        raise SessionError("the round is over: nothing to skip")
    if state.phase == "open":
        return _open_at(replace(state, skipped=state.skipped + (state.queue[state.index],)), state.index + 1, now)
    position = state.index + 1
    if position >= len(state.queue):
        raise SessionError("there is no next question to skip")
    queue = state.queue[:position] + state.queue[position + 1:]
    return replace(state, queue=queue, skipped=state.skipped + (state.queue[position],))


def stop_clock(state: LiveState) -> LiveState:
    """No time limit for the open question: answers count until Reveal."""
    if state.phase != "open":
        raise SessionError("there is no running countdown to stop")
    return replace(state, deadline=None)


def set_duration(state: LiveState, seconds: int, now: float | None = None) -> LiveState:
    """Change the time limit of the next questions; with ``now`` also restart the open question's clock."""
    state = replace(state, duration=_duration(seconds))
    if now is not None and state.phase == "open":
        state = replace(state, deadline=now + state.duration)
    return state


def accepting(state: LiveState, now: float) -> bool:
    """True while an answer to the current question still counts."""
    return state.phase == "open" and (state.deadline is None or now <= state.deadline)


def seconds_left(state: LiveState, now: float) -> int | None:
    """Whole seconds until the deadline (0 when passed), None without a running countdown."""
    if state.phase != "open" or state.deadline is None:
        return None
    return max(0, int(state.deadline - now + 0.999))


def to_json(state: LiveState) -> str:
    """The state as compact JSON for the store."""
    return json.dumps(asdict(state), ensure_ascii=False, separators=(",", ":"))


def from_json(text: str) -> LiveState:
    """The inverse of :func:`to_json` (SessionError on a damaged row)."""
    try:
        data = json.loads(text)
        for key in ("queue", "done", "skipped"):
            data[key] = tuple(data.get(key, ()))
        state = LiveState(**data)
    except (TypeError, ValueError) as exc:
        raise SessionError(f"the stored live state is damaged ({exc}): start the round again") from None
    if state.phase not in PHASES:
        raise SessionError(f"the stored live state has an unknown phase {state.phase!r}")
    return state
