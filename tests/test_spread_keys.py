"""Wrong answers that were no keys before (generate/spread.py): a participant who strikes out every option she has
seen as a key gains less where a scenario question's worn wrong answers are swapped for fresh ones of its pool."""

from __future__ import annotations

from pathlib import Path

import pytest

import netquiz.generate as generate
from netquiz.article import read_article
from netquiz.generate.blind import GRADED_KINDS
from netquiz.generate.feedback_guess import elimination_ratio
from netquiz.generate.spread import keyed_counts
from netquiz.model import Bank

MONEY = Path(__file__).resolve().parent / "articles" / "money.hi.txt"


def _ratio(bank: Bank) -> float:
    return elimination_ratio(bank.questions, lambda q: q.kind in GRADED_KINDS)


def test_swapped_wrong_answers_lower_the_eliminating_reader(monkeypatch: pytest.MonkeyPatch):
    article = read_article(MONEY)
    spread = generate.generate_bank(article, seed=0)
    monkeypatch.setattr(generate, "spread_keys", lambda ctx, questions: questions)
    kept = generate.generate_bank(article, seed=0)
    assert _ratio(spread) < _ratio(kept) - 0.2, (_ratio(spread), _ratio(kept))
    before = {q.id: q for q in kept.questions}
    changed = [q for q in spread.questions if q.id in before and q.options != before[q.id].options]
    assert changed
    keyed = keyed_counts(spread.questions)
    for question in changed:
        old = before[question.id]
        assert question.stem == old.stem and question.options[question.answer] == old.options[old.answer]
        assert len(question.options) == len(old.options)
        wrong = [o for i, o in enumerate(question.options) if i != question.answer]
        old_wrong = [o for i, o in enumerate(old.options) if i != old.answer]
        worn = sum(keyed[o.strip().lower()] for o in wrong)
        assert worn < sum(keyed[o.strip().lower()] for o in old_wrong), (wrong, old_wrong)
