"""What a question kind is: the rules one kind of question follows, from the bank file to the export.

A :class:`Kind` says how a question of its kind is checked against the bank contract (:meth:`Kind.problems`),
which answers count as right (:meth:`Kind.grade`, :meth:`Kind.marks`), how its options are ordered for a
participant (:meth:`Kind.option_order`), what its options are (:attr:`Kind.fixed_options`,
:attr:`Kind.ranks_answers`), when two questions are alike (:attr:`Kind.one_per_sentence`), whether a blind
guesser is measured on it (:attr:`Kind.blind_graded`) and which export shape it has (:attr:`Kind.shape`: the
exporters in :mod:`netquiz.export` write one shape each, so a new kind of an existing shape needs no exporter
change).
The registry of all kinds is :mod:`netquiz.kinds`.
"""

from __future__ import annotations

import random
from typing import Protocol

from ..model import Article, Question

#: the export shapes the exporters know: one right option among several (Moodle ``multichoice`` with
#: ``single``, GIFT ``=``/``~``, jupyterquiz ``multiple_choice``)
SHAPES: tuple[str, ...] = ("single_choice",)


class Kind(Protocol):
    """One kind of question (``scenario``, ``true_false``…)."""

    @property
    def name(self) -> str:
        """The kind's name in the bank file (``question.kind``)."""
        ...

    @property
    def shape(self) -> str:
        """Its export shape, one of :data:`SHAPES`."""
        ...

    @property
    def fixed_options(self) -> bool:
        """The options are the kind's own fixed words (True/False), not written for the question: rules about
        how options are worded (their lengths, a blind guesser's per-question cues) do not apply to one item."""
        ...

    @property
    def ranks_answers(self) -> bool:
        """The options are answers of different strength, not right and wrong ones: the right one is the
        strongest, and the feedback of each other says what it lacks (a review lists those)."""
        ...

    @property
    def one_per_sentence(self) -> bool:
        """The source sentence is the whole question: two of this kind on one sentence are the same question
        to a participant (a follow-up never gives her the second)."""
        ...

    @property
    def blind_graded(self) -> bool:
        """A blind guesser (who reads the options, not the article) is measured on this kind: a question whose
        key a cue strategy finds is held back."""
        ...

    def problems(self, question: Question, article: Article) -> list[str]:
        """Contract violations of ``question`` (empty when it is valid)."""
        ...

    def is_option(self, question: Question, option: object) -> bool:
        """True when ``option`` is an answer a participant can give to ``question`` (an option index)."""
        ...

    def grade(self, question: Question, option: int) -> bool:
        """Whether ``option`` (an index into the bank's options, already checked) is right."""
        ...

    def marks(self, question: Question) -> tuple[bool, ...]:
        """Per option (bank order): is it a right answer? (for exports and the reveal)"""
        ...

    def option_order(self, question: Question, rng: random.Random) -> tuple[int, ...]:
        """The bank indexes of the options in the order a participant sees them (``rng`` is hers)."""
        ...
