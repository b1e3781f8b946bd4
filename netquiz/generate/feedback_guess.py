"""A guesser that reads the feedback: it learns, question by question, which words went with the key.

It goes through the questions in a shuffled order. On each it scores every option by the weights of its words
among those that differ between the options (words all options share tell nothing), picks the best (ties
split evenly), then sees the key and learns: +1 for each differing word of the key, −1/(n−1) for each of a
distractor's. Averaged over several orders. A bank where it beats chance by much has a template a participant
learns from the feedback (a fixed opener in every key, stock distractors that are never right).

    >>> from netquiz.model import Question
    >>> qs = [Question(f"q{i}", "s1", "scenario", "?", (f"a{i} surely", f"b{i}", f"c{i}", f"d{i}"), 0,
    ...                ("", "", "", ""), "", "") for i in range(12)]
    >>> round(feedback_accuracy(qs, orders=5), 2) > 0.8
    True
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence

from ..kinds import kind_of
from ..model import Question
from ..text import tokens

ORDERS = 20


def _bags(question: Question) -> list[frozenset[str]]:
    bags = [frozenset(t.lower() for t in tokens(o)) for o in question.options]
    shared = frozenset.intersection(*bags) if bags else frozenset()
    return [b - shared for b in bags]


def _pick(weights: dict[str, float], bags: list[frozenset[str]]) -> list[float]:
    scores = [sum(weights.get(w, 0.0) for w in bag) for bag in bags]
    top = max(scores)
    best = [s >= top - 1e-9 for s in scores]
    return [1 / sum(best) if b else 0.0 for b in best]


def _learn(weights: dict[str, float], bags: list[frozenset[str]], answer: int) -> None:
    others = len(bags) - 1 or 1
    for index, bag in enumerate(bags):
        for word in bag:
            weights[word] += 1.0 if index == answer else -1.0 / others


def feedback_accuracy(questions: Sequence[Question], orders: int = ORDERS, seed: int = 0) -> float:
    """Mean probability of picking the key, over ``orders`` shuffled passes through ``questions``."""
    if not questions:
        return 0.0
    bags = [_bags(q) for q in questions]  # by position: ids repeat when banks are pooled
    total = 0.0
    for order in range(orders):
        sequence = list(range(len(questions)))
        random.Random(f"{seed}/{order}").shuffle(sequence)
        weights: dict[str, float] = defaultdict(float)
        for index in sequence:
            total += _pick(weights, bags[index])[questions[index].answer]
            _learn(weights, bags[index], questions[index].answer)
    return total / (orders * len(questions))


def feedback_ratio(questions: Sequence[Question], orders: int = ORDERS) -> float:
    """:func:`feedback_accuracy` as a multiple of chance (the mean of 1/options)."""
    if not questions:
        return 0.0
    base = sum(1 / len(q.options) for q in questions) / len(questions)
    return feedback_accuracy(questions, orders) / base


def elimination_accuracy(questions: Sequence[Question], graded: Callable[[Question], bool] = lambda q: True,
                         orders: int = ORDERS, seed: int = 0) -> float:
    """Mean probability of picking the key for a guesser who rules out every option that was the key of a
    question seen before (a heading used up: a participant who meets each heading as the key once learns to
    strike out the ones she has seen), over ``orders`` shuffled passes through all ``questions``; only the
    ``graded`` ones are scored (the rest are seen). Ties, and a question whose options were all keys before,
    split evenly. Kinds with fixed options (true/false: "हाँ"/"नहीं" are every statement's) are left aside."""
    questions = [q for q in questions if not kind_of(q.kind).fixed_options]
    scored = [i for i, q in enumerate(questions) if graded(q)]
    if not scored:
        return 0.0
    total = 0.0
    for order in range(orders):
        sequence = list(range(len(questions)))
        random.Random(f"{seed}/{order}").shuffle(sequence)
        used: set[str] = set()
        for index in sequence:
            question = questions[index]
            if graded(question):
                fresh = [o.strip().lower() not in used for o in question.options]
                picks = fresh if any(fresh) else [True] * len(fresh)
                total += picks[question.answer] / sum(picks)
            used.add(question.options[question.answer].strip().lower())
    return total / (orders * len(scored))


def elimination_ratio(questions: Sequence[Question], graded: Callable[[Question], bool] = lambda q: True,
                      orders: int = ORDERS) -> float:
    """:func:`elimination_accuracy` as a multiple of chance over the ``graded`` questions."""
    scored = [q for q in questions if graded(q) and not kind_of(q.kind).fixed_options]
    if not scored:
        return 0.0
    base = sum(1 / len(q.options) for q in scored) / len(scored)
    return elimination_accuracy(questions, graded, orders) / base


def heading_ratio(questions: Sequence[Question], headings: Collection[str]) -> float:
    """A participant who has read the article and picks only among the options that are its ``headings`` (the
    rest, wrong answers the facilitator wrote herself, are never the key when the key is a heading: round 23's
    reader A2 "learns that within a few items"); where no option is a heading, a blind guess. Its accuracy over
    ``questions`` as a multiple of chance (1.0 when every option is a heading, or none is).

        >>> from netquiz.model import Question
        >>> q = Question("q", "s1", "scenario", "?", ("Keep a list", "sell on credit", "Ask first", "lend cash"), 0,
        ...              ("", "", "", ""), "", "")
        >>> heading_ratio([q], {"keep a list", "ask first"})
        2.0
    """
    if not questions:
        return 0.0
    named = {h.strip().lower() for h in headings}
    total = 0.0
    for question in questions:
        picks = [o.strip().lower() in named for o in question.options]
        picks = picks if any(picks) else [True] * len(picks)
        total += picks[question.answer] / sum(picks)
    base = sum(1 / len(q.options) for q in questions) / len(questions)
    return (total / len(questions)) / base
