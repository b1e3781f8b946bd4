"""A participant's question order and option orders: seeded, so a re-join sees the same quiz.

The seed comes from the session code and the participant's id in the store (``"#<id>"``: not her name, which
she may change or share), so the order differs between people (neighbours do not see the same first
question) but is stable for one person across kernel restarts, re-joins and devices. Each question's
options are ordered by its kind (:meth:`netquiz.kinds.base.Kind.option_order`: ``true_false`` keeps its
natural order, सही before गलत, True before False).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Bank


def participant_seed(code: str, participant: str) -> int:
    """A stable 64-bit seed from the (upper-case) session code and the participant (``"#<id>"``)."""
    digest = hashlib.sha256(f"{code}\0{participant}".encode()).digest()
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
    """Shuffle the questions with ``random.Random(seed)``, then order each question's options as its kind
    says (:meth:`netquiz.kinds.base.Kind.option_order`: choice kinds shuffle with the same generator)."""
    rng = random.Random(seed)
    ids = [q.id for q in bank.questions]
    rng.shuffle(ids)
    options = {question.id: kind_of(question.kind).option_order(question, rng) for question in bank.questions}
    return Order(tuple(ids), options)
