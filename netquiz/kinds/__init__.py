"""The registry of question kinds: every rule that depends on a question's ``kind`` is looked up here.

Bank validation (:mod:`netquiz.bank`), grading (self-paced :mod:`netquiz.quiz.session` and live
:mod:`netquiz.live.participant`), the option order (:mod:`netquiz.quiz.order`, the handout), the exporters
(:mod:`netquiz.export`), the review's weaker answers (:mod:`netquiz.quiz.review`), the follow-up's "alike"
(:mod:`netquiz.quiz.follow_up`) and the author's blind column dispatch through :func:`kind_of`; none of them
compares ``kind`` strings (a filter on a kind the facilitator chose is not a rule). A new kind is a
:class:`~netquiz.kinds.base.Kind` in a module here plus its name in :data:`netquiz.model.KINDS` (the bank
contract's list, which must equal :data:`REGISTRY`'s keys)::

    from netquiz.kinds import kind_of, grade
    kind_of("true_false").option_order(question, rng)   # (0, 1): never shuffled
    grade(question, 2)                                  # True/False; SessionError(err_choose) if 2 is no option
"""

from __future__ import annotations

from ..errors import SessionError
from ..model import KINDS, Question
from .base import SHAPES, Kind
from .choice import ATTRIBUTION, BENEFIT, CLOZE, INTERVIEW, SCENARIO
from .true_false import TRUE_FALSE

REGISTRY: dict[str, Kind] = {kind.name: kind for kind in (SCENARIO, BENEFIT, INTERVIEW, CLOZE, ATTRIBUTION,
                                                          TRUE_FALSE)}
if tuple(REGISTRY) != KINDS:
    raise ImportError(f"netquiz.model.KINDS {KINDS} and the kinds registry {tuple(REGISTRY)} differ")

__all__ = ["KINDS", "REGISTRY", "SHAPES", "Kind", "check_option", "grade", "kind_of"]


def kind_of(name: str) -> Kind:
    """The kind called ``name`` (KeyError for an unknown one; bank validation reports those)."""
    return REGISTRY[name]


def check_option(question: Question, option: object) -> int:
    """``option`` if it is an answer ``question`` accepts, else SessionError (key ``err_choose``)."""
    if not kind_of(question.kind).is_option(question, option):
        raise SessionError(f"choose one of the options 1–{len(question.options)}", key="err_choose")
    assert isinstance(option, int)
    return option


def grade(question: Question, option: object) -> bool:
    """Whether ``option`` (bank order) answers ``question`` right: the one place an answer is graded, for
    self-paced and live mode alike. SessionError (``err_choose``) when ``option`` is no answer to it."""
    return kind_of(question.kind).grade(question, check_option(question, option))
