"""A participant's question order and option orders: seeded, so a re-join sees the same quiz.

The seed comes from the session code and the participant's name key, so the order differs between
people (neighbours do not see the same first question) but is stable for one person across kernel
restarts. ``true_false`` options keep their natural order (सही before गलत, True before False).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from ..model import Bank

FIXED_OPTION_KINDS = frozenset({"true_false"})


def participant_seed(code: str, name_key: str) -> int:
    """A stable 64-bit seed from the (upper-case) session code and the participant's name key."""
    digest = hashlib.sha256(f"{code}\0{name_key}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass(frozen=True)
class Order:
    """Question ids in the order this participant sees them, and per question the display→bank option map."""

    questions: tuple[str, ...]
    options: dict[str, tuple[int, ...]]

    def to_bank(self, question_id: str, display_index: int) -> int:
        """The bank index of the option shown at ``display_index``."""
        return self.options[question_id][display_index]

    def to_display(self, question_id: str, bank_index: int) -> int:
        """Where the bank option ``bank_index`` is shown."""
        return self.options[question_id].index(bank_index)

    def display(self, question_id: str, values: tuple[str, ...]) -> tuple[str, ...]:
        """Per-option values (options, feedback) rearranged into display order."""
        return tuple(values[i] for i in self.options[question_id])


def make_order(bank: Bank, seed: int) -> Order:
    """Shuffle the questions and (except true/false) each question's options with ``random.Random(seed)``."""
    rng = random.Random(seed)
    ids = [q.id for q in bank.questions]
    rng.shuffle(ids)
    options: dict[str, tuple[int, ...]] = {}
    for question in bank.questions:
        indexes = list(range(len(question.options)))
        if question.kind not in FIXED_OPTION_KINDS:
            rng.shuffle(indexes)
        options[question.id] = tuple(indexes)
    return Order(tuple(ids), options)
