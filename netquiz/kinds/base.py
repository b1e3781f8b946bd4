"""What a question kind is: the rules one kind of question follows, from the bank file to the export.

A :class:`Kind` says how a question of its kind is checked against the bank contract (:meth:`Kind.problems`),
which answers count as right (:meth:`Kind.grade`, :meth:`Kind.marks`), how its options are ordered for a
participant (:meth:`Kind.option_order`) and which export shape it has (:attr:`Kind.shape`: the exporters in
:mod:`netquiz.export` write one shape each, so a new kind of an existing shape needs no exporter change).
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
