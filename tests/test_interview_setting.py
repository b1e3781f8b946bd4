"""An interviewer asks about work: a section about home and family gets no interview item."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.interview import interview_candidates
from netquiz.generate.tips import home_section

ARTICLE = """# नौकरी और घर की ज़िम्मेदारियाँ

नौकरी करने वाली महिलाओं पर ऑफिस और घर दोनों का बोझ रहता है।

## ऑफिस में हफ्ते की योजना बनाएं

सोमवार सुबह मैनेजर के साथ हफ्ते के काम तय करें। इससे ऑफिस में आखिरी मिनट की भागदौड़ कम होती है।

## भाई-बहनों के साथ कैलेंडर शेयर करें

माता-पिता की दवाइयों और डॉक्टर की तारीखों का एक कैलेंडर भाई-बहनों के साथ शेयर करें। इससे सबके पास एक ही जानकारी रहती है।

## टीम के साथ काम बाँटें

टीम मीटिंग में हर सहकर्मी को एक काम दें। इससे सारा बोझ एक ही इंसान पर नहीं पड़ता।
"""


def test_a_family_section_is_home_and_gets_no_interview_item() -> None:
    ctx = build_context(parse_article(ARTICLE), 0)
    assert [home_section(ctx, s.id) for s in ctx.article.headed_sections] == [False, True, False]
    assert interview_candidates(ctx, "s2") == []
    assert interview_candidates(ctx, "s1") or interview_candidates(ctx, "s3")


def test_a_step_taken_once_is_asked_no_habit_question() -> None:
    article = parse_article("""# Moving up at work

Many women wait to be tapped on the shoulder.

## Ask for the promotion conversation directly

Tell your manager you are aiming for the next level. Asking for the promotion conversation directly gives you a clear plan for the next six months at work.

## Send your manager a short weekly update

Every Friday, email your manager three lines. This keeps your manager informed without extra meetings at work.
""", lang="en")
    found = [c.question for seed in range(12) for section in article.headed_sections
             for c in interview_candidates(build_context(article, seed), section.id)]
    once = [q for q in found if "asking for the promotion conversation" in q.options[q.answer].lower()]
    assert len(once) >= 6
    for question in once:
        assert len(question.options) == 4 and "habit" not in question.stem.lower()


def test_both_of_whom_leans_unless_the_two_are_named() -> None:
    from netquiz.language import hi_story

    assert hi_story.leans_on_context("पास के अस्पताल का पता, दोनों का ब्लड ग्रुप और दवाइयों की लिस्ट चिपका दें")
    assert not hi_story.leans_on_context("आपको और बच्चे, दोनों को नई दिनचर्या की आदत पड़ती है")
    assert not hi_story.leans_on_context("माता-पिता दोनों की दवाइयाँ एक डिब्बे में रखें")
