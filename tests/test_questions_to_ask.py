"""An article of questions to ask ("7 Questions to Ask Before You Say Yes", "client से पूछें ये 7 सवाल"): a result
a part ties to asking its question is her wish; the options are the article's questions to ask, quoted as written."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.asked import _of_asking, asked_candidates, asking_article
from netquiz.generate.context import build_context
from tests.article_banks import bank_of, context_of

CALL_CENTRE = "got-a-call-centre-job-offer-7-questions-to-ask-before-you-say-yes.en.md"
CATERING = "pehla-bada-catering-order-lene-se-pehle-client-se-poochhein-ye-7-sawal.hi.md"
TUITION = "ghar-par-tuition-shuru-karne-se-pehle-khud-se-poochhein-ye-6-sawal.hi.md"
STARTUP = "startup-mein-naukri-lene-se-pehle.hi.md"


def _asked(name: str) -> list:
    return [q for q in bank_of(name).questions if "questions should she ask" in q.stem or "कौन-सा सवाल पूछना" in q.stem]


def test_a_result_told_by_a_pointer_asks_which_question_brings_it() -> None:
    asked = _asked(CALL_CENTRE)
    assert len(asked) >= 2
    bank = bank_of(CALL_CENTRE)
    for q in asked:
        assert q.options[q.answer] == bank.article.section(q.section).title
        assert all(option.endswith("?") for option in q.options)
    assert any("hopes to plan for the first six weeks" in q.stem for q in asked)  # ("Knowing this lets you plan …",
    assert any("hopes to avoid a large deduction" in q.stem for q in asked)  # "Asking now saves you …": no other form)


def test_only_the_asking_or_a_pointer_to_its_answer_is_the_questions_step() -> None:
    """A result of another step the part tells ("हो सके तो … venue देख आएं। इससे …") is no result of asking (round
    26's strict reader refused 7 of 10 items of the first version, keyed to the question when the visit brings it)."""
    ctx = context_of(CATERING)
    assert _of_asking(ctx, "पहले से पूछ लेने")
    assert not _of_asking(ctx, "हो सके तो function से पहले एक बार venue देख आएं।")
    assert _of_asking(context_of(CALL_CENTRE), "Knowing this") and _of_asking(context_of(CALL_CENTRE), "Asking now")
    assert not _asked(CATERING)


def test_a_wrong_question_with_no_reason_of_its_own_quotes_nothing() -> None:
    feedback = [f for q in _asked(CALL_CENTRE) for i, f in enumerate(q.feedback) if i != q.answer]
    assert any(f.endswith("another reason.") for f in feedback)
    assert all("“" not in f or "”" in f for f in feedback) and not any(f.endswith(":”") for f in feedback)
    assert all(" has got a call centre job offer. She hopes " in q.stem for q in _asked(CALL_CENTRE))  # (the title's
    # setting: "the first six weeks" of the job)


def test_no_harm_is_a_wish_and_no_why_heading_is_a_question_to_ask() -> None:
    assert not any("भटके" in q.stem for q in _asked(TUITION))  # ("… बिठाने से बच्चों का ध्यान बार-बार भटकता है")
    assert not any("क्यों" in option for q in _asked(STARTUP) for option in q.options)


def test_an_article_whose_title_asks_no_questions_gets_none() -> None:
    text = ("# Seven things to know about night shifts\n\nIntro line about the shifts and the people on them.\n\n"
            + "".join(f"## Is shift {n} paid?\n\nKnowing this lets you plan your month well ahead of time.\n\n"
                      for n in range(1, 5)))
    article = parse_article(text)
    ctx = build_context(article, 0)
    assert not asking_article(ctx)
    assert not any(asked_candidates(ctx, s.id) for s in article.headed_sections)
    asking = build_context(parse_article(text.replace("Seven things to know", "Four questions to ask")), 0)
    assert asking_article(asking)  # (the same parts under a title that promises questions to ask)
    assert any(asked_candidates(asking, s.id) for s in asking.article.headed_sections)
