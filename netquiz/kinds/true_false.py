"""True/false: a choice question whose two options keep their natural order (सही before गलत, True before False).

Checked, graded and exported like a single-answer choice (:mod:`netquiz.kinds.choice`), except that it has
exactly two options and they are never shuffled: "True" is always first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..model import Article, Question
from .choice import Choice


@dataclass(frozen=True)
class TrueFalse(Choice):
    """Two options in a fixed order."""

    def problems(self, question: Question, article: Article) -> list[str]:
        """A choice question's problems, and exactly two options."""
        problems = super().problems(question, article)
        if len(question.options) != 2:
            problems.append(f"a {self.name} question has exactly two options")
        return problems

    def option_order(self, question: Question, rng: random.Random) -> tuple[int, ...]:
        """The bank's order (``rng`` is not used, so the other questions' orders do not depend on it)."""
        return tuple(range(len(question.options)))


TRUE_FALSE = TrueFalse("true_false", one_per_sentence=True, blind_graded=True, fixed_options=True)
