"""Single-answer choice: ``options`` with exactly one right one, ``answer`` its index, ``feedback`` one per option.

The kinds ``scenario``, ``benefit``, ``interview``, ``cloze`` and ``attribution`` are choice questions; they
differ in how they are generated (:mod:`netquiz.generate`), not in how they are checked, graded or exported.
A ``scenario`` stem also must not address the reader (it tells of a third person). Options are shuffled per
participant.

The language rules (:mod:`netquiz.language`) are imported only when a bank is validated, so a participant
kernel that only grades stays light.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..model import Article, Question
from ..text import without_quoted


@dataclass(frozen=True)
class Choice:
    """A single-answer choice kind; ``third_person`` refuses a stem that addresses the reader. The other flags
    are the :class:`~netquiz.kinds.base.Kind` properties of the same names."""

    name: str
    third_person: bool = False
    ranks_answers: bool = False
    one_per_sentence: bool = False
    blind_graded: bool = False
    fixed_options: bool = False
    shape: str = "single_choice"

    def problems(self, question: Question, article: Article) -> list[str]:
        """Options (two or more, unique, non-empty), a valid answer index, one feedback per option, a
        stem, a verbatim source sentence of the question's section."""
        problems = option_problems(question)
        if not question.stem.strip():
            problems.append("empty stem")
        problems += source_problems(question, article)
        if self.third_person and _addresses_reader(question.stem, article.lang):
            problems.append(f"{self.name} stem addresses the reader (second person)")
        return problems

    def is_option(self, question: Question, option: object) -> bool:
        """True for an ``int`` (not a bool) that indexes one of the options."""
        return isinstance(option, int) and not isinstance(option, bool) and 0 <= option < len(question.options)

    def grade(self, question: Question, option: int) -> bool:
        """Right when ``option`` is the answer."""
        return option == question.answer

    def marks(self, question: Question) -> tuple[bool, ...]:
        """Only the answer is right."""
        return tuple(index == question.answer for index in range(len(question.options)))

    def option_order(self, question: Question, rng: random.Random) -> tuple[int, ...]:
        """The options shuffled with ``rng``."""
        indexes = list(range(len(question.options)))
        rng.shuffle(indexes)
        return tuple(indexes)


def _addresses_reader(text: str, lang: str) -> bool:
    """True when ``text`` outside its quoted words (“…”) addresses the reader: the words someone says to the woman of
    the stem ("She is asked: “Why do you want to work with us?”") speak to her, not to the participant."""
    from ..language import addresses_reader  # the language rules load only when a bank is validated

    return addresses_reader(without_quoted(text), lang)


def option_problems(question: Question) -> list[str]:
    """What is wrong with a choice question's options, answer and feedback."""
    problems = []
    if len(question.options) < 2:
        problems.append("fewer than two options")
    if len(set(question.options)) != len(question.options):
        problems.append("options are not unique")
    if any(not str(o).strip() for o in question.options):
        problems.append("an option is empty")
    if isinstance(question.answer, bool) or not isinstance(question.answer, int) \
            or not 0 <= question.answer < len(question.options):
        problems.append(f"answer {question.answer!r} is not a valid option index")
    if len(question.feedback) != len(question.options):
        problems.append("feedback must have one entry per option")
    return problems


def source_problems(question: Question, article: Article) -> list[str]:
    """The question's section must exist and its ``source`` be a verbatim sentence of it."""
    try:
        section = article.section(question.section)
    except KeyError:
        return [f"unknown section {question.section!r}"]
    if not question.source or question.source not in section.text:
        return ["source is not a verbatim sentence of its section"]
    return []


SCENARIO = Choice("scenario", third_person=True, blind_graded=True)
BENEFIT = Choice("benefit")
INTERVIEW = Choice("interview", ranks_answers=True, one_per_sentence=True, blind_graded=True)
CLOZE = Choice("cloze")
ATTRIBUTION = Choice("attribution", one_per_sentence=True)
