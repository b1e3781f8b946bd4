"""The facilitator's handle on a live round: load the state from the store, apply a transition, save it.

The Present view, the benchmark and the tests drive a round through this one class; the transitions
themselves are the pure functions of :mod:`netquiz.live.state`::

    round_ = LiveRound.load(store, "AB12")            # a new waiting round if none was saved
    round_.apply(lambda s: live.start(s, time.time()))
    round_.split("s1-scenario-1")                     # answers per option (bank order)
    round_.leaderboard(5)                             # [(name, right answers), ...] over revealed questions
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..bank import bank_from_json
from ..errors import SessionError
from ..model import Bank
from ..store.base import Store
from . import state as live


@dataclass
class LiveRound:
    """One session's live round and the store it lives in."""

    store: Store
    code: str
    bank: Bank
    state: live.LiveState
    version: int = 0

    @classmethod
    def load(cls, store: Store, code: str) -> LiveRound:
        """The saved round of session ``code`` (SessionError unless it runs in live mode)."""
        record = store.get_session(code)
        if record.mode != "live":
            raise SessionError(f"session {record.code} is self-paced: open a session with mode live "
                               "to present questions")
        bank = bank_from_json(record.bank_json, source=f"session {record.code}", validate=False)
        saved = store.get_live(record.code)
        if saved is None:
            return cls(store, record.code, bank, live.plan(bank))
        return cls(store, record.code, bank, live.from_json(saved.state_json), saved.version)

    def reload(self) -> bool:
        """Re-read the state if another tab changed it; True when it did."""
        if self.store.live_version(self.code) == self.version:
            return False
        saved = self.store.get_live(self.code)
        if saved is not None:
            self.state, self.version = live.from_json(saved.state_json), saved.version
        return True

    def apply(self, transition: Callable[[live.LiveState], live.LiveState]) -> live.LiveState:
        """Apply a pure transition and save the result (SessionError when refused or stale)."""
        state = transition(self.state)
        try:
            record = self.store.put_live(self.code, state.question_id, state.phase, state.deadline,
                                         live.to_json(state), expected_version=self.version)
        except SessionError:
            self.reload()
            raise
        self.state, self.version = state, record.version
        return state

    def split(self, question_id: str) -> tuple[int, ...]:
        """How many answered each option (bank order)."""
        question = self.bank.question(question_id)
        counts = Counter(answer.option for answer in self.store.live_answers(self.code, question_id))
        return tuple(counts.get(i, 0) for i in range(len(question.options)))

    def answer_count(self, question_id: str) -> int:
        """How many answered this question so far."""
        return len(self.store.live_answers(self.code, question_id))

    def leaderboard(self, size: int = 5) -> list[tuple[str, int]]:
        """The top ``size`` participants by right answers to revealed questions (ties by join order)."""
        revealed = set(self.state.done)
        right: Counter[int] = Counter()
        for response in self.store.responses(self.code):
            if response.attempt == 1 and response.correct and response.question_id in revealed:
                right[response.participant_id] += 1
        people = self.store.participants(self.code)
        ranked = sorted(people, key=lambda p: -right[p.id])
        return [(p.name, right[p.id]) for p in ranked[:size]]
