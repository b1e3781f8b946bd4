"""Wish questions in a benefit listicle: she takes up the activity and hopes most for one benefit; what does the
article say she gains there? One key: the result under that heading; the others' results are its distractors."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.wish import wish_candidates

REMOTE = """# Working From Home: Is It Really Better?

More companies now let people work from home two or three days a week.

## No Daily Commute

Working from home saves the hours you used to spend on buses and in traffic.

## More Time with Family

Being at home makes it easier to look after an elderly parent.

## Deep Focus

A quiet room at home lets you work on difficult tasks in long, uninterrupted blocks.

## Wider Job Options

Remote work lets you work for companies in other cities without moving house.
"""


def _wishes(text: str, section_id: str) -> list:
    return [c.question for c in wish_candidates(build_context(parse_article(text), seed=0), section_id)]


def test_the_benefit_she_hopes_for_has_its_own_result_as_key() -> None:
    [question] = _wishes(REMOTE, "s2")
    key = question.options[question.answer]
    assert question.kind == "scenario" and question.form == "wish"
    assert "working from home" in question.stem and "more time with family" in question.stem
    assert key == "She can look after an elderly parent more easily."
    wrong = [o for i, o in enumerate(question.options) if i != question.answer]
    assert len(wrong) >= 2 and all(o.startswith("She ") for o in wrong)  # the other headings' results, of her
    assert any("buses" in o for o in wrong) or any("cities" in o for o in wrong)
    assert not any(w in question.stem.lower() for w in (" you ", " your "))


def test_no_wish_in_a_tip_article_nor_under_a_step_heading() -> None:
    tips = REMOTE.replace("## No Daily Commute", "## Skip the commute").replace("## More Time with Family",
                                                                              "## Plan time with family")
    tips = tips.replace("## Deep Focus", "## Block focus hours").replace("## Wider Job Options", "## Apply widely")
    assert all(_wishes(tips, s) == [] for s in ("s1", "s2", "s3", "s4"))
