"""Story questions: the article tells of a woman who followed one of its tips; told of another woman, which tip?"""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.generate.context import build_context
from netquiz.generate.story import story_candidates
from netquiz.language.en_anecdote import retold as retold_en
from netquiz.language.hi_anecdote import retold as retold_hi

ENGLISH = """# How to Read More Books This Year

Most of us buy more books than we finish.

## Carry a book everywhere

Keep a paperback in your bag or an e-book app on your phone. Queues and waiting rooms become reading time.

## Set a page goal, not a book goal

A book a week sounds good and fails by Wednesday. Ritu, a pharmacist in Lucknow, read twenty pages on every \
lunch break and finished fourteen novels in a year.

## Join a book club

Sign up for a monthly meeting at your local library. Knowing others will ask what you thought keeps you going.

## Replace one screen habit

Swap the last twenty minutes of scrolling before bed for a novel. Your sleep improves as well.
"""

HINDI = """# ज़्यादा किताबें पढ़ने के आसान तरीके

हम में से ज़्यादातर लोग किताबें खरीदते ज़्यादा हैं और पढ़ते कम हैं।

## किताब हमेशा साथ रखें

बैग में एक छोटी किताब या फ़ोन में ई-बुक ऐप रखें। कतार और इंतज़ार का समय पढ़ने का समय बन जाता है।

## रोज़ के पन्नों का लक्ष्य तय करें

हफ़्ते में एक किताब का लक्ष्य बुधवार तक टूट जाता है। लखनऊ की फ़ार्मासिस्ट रुचि ने हर लंच ब्रेक में बीस \
मिनट पढ़ना शुरू किया और साल भर में चौदह उपन्यास पूरे कर लिए।

## किसी बुक क्लब से जुड़ें

अपनी लाइब्रेरी की महीने वाली बैठक में नाम लिखवाएँ। दूसरों के सवालों की वजह से पढ़ाई चलती रहती है।

## सोने से पहले स्क्रीन की जगह किताब लें

रात के आख़िरी बीस मिनट फ़ोन की जगह उपन्यास को दें। इससे नींद भी बेहतर होती है।
"""


def test_a_named_woman_is_retold_as_the_persona_without_her_role() -> None:
    assert retold_en("Ritu, an accountant in Jaipur, joined a community choir that practises twice a week.",
                     "Deepa") == ("Deepa joined a community choir that practises twice a week.", True)
    assert retold_en("When Kavya, a junior analyst in Pune, automated her transfer, she saved more.", "Deepa") \
        == ("When Deepa automated her transfer, she saved more.", True)
    assert retold_en("Anita, a teacher in Pune, goes to the gym every Sunday.", "Deepa") \
        == ("Deepa goes to the gym every Sunday.", False)
    assert retold_en("Meera, a nurse in Kochi, says her notes changed how colleagues saw her.", "Deepa") is None
    assert retold_en("Reading twenty pages a day adds up.", "Deepa") is None
    assert retold_hi("भोपाल की bank officer रुचि ने अपने पति के साथ एक chart बनाया।", "मीरा") \
        == ("मीरा ने अपने पति के साथ एक chart बनाया।", True)
    assert retold_hi("Gurgaon की HR professional नेहा हर Sunday सुबह pottery studio जाती है।", "मीरा") \
        == ("मीरा हर Sunday सुबह pottery studio जाती है।", False)
    assert retold_hi("लखनऊ की बैंक कर्मचारी सुरभि बताती हैं कि दफ़्तर ही उनका सहारा था।", "मीरा") is None
    assert retold_hi("दिल्ली की एक कंपनी ने नया नियम बनाया।", "मीरा") is None  # no woman's name


def test_the_story_becomes_a_question_whose_key_is_the_tip_it_is_told_under() -> None:
    for text, told in ((ENGLISH, "read twenty pages on every lunch break"), (HINDI, "हर लंच ब्रेक में बीस मिनट")):
        article = parse_article(text)
        headings = {s.title for s in article.headed_sections}
        found = [q for q in generate_bank(article, seed=0).questions if q.form == "story"]
        assert len(found) == 1, text[:20]
        question = found[0]
        assert told in question.stem and "Ritu" not in question.stem and "रुचि" not in question.stem
        assert set(question.options) <= headings
        assert question.options[question.answer] == article.section(question.section).title
        assert question.source in article.section(question.section).sentences


def test_a_story_that_points_back_or_shows_a_slip_is_refused() -> None:
    for replaced in ("Ritu, a pharmacist in Lucknow, did exactly this and finished fourteen novels in a year.",
                     "Ritu, a pharmacist in Lucknow, had not finished a novel in four years."):
        text = ENGLISH.replace("Ritu, a pharmacist in Lucknow, read twenty pages on every lunch break and finished "
                               "fourteen novels in a year.", replaced)
        ctx = build_context(parse_article(text), seed=0)
        goal = next(s for s in ctx.article.headed_sections if s.title and s.title.startswith("Set a page goal"))
        assert not story_candidates(ctx, goal.id), replaced


def test_a_clash_told_with_respect_is_no_action_to_retell() -> None:
    assert retold_hi("सुधा हर बात फ़ोन पर तय करने की आदी थीं, जबकि अर्जुन चाहते थे कि सब कुछ चैट पर आए।", "मीरा") is None
    assert retold_en("Sudha, a manager in Pune, settled everything by phone, while her boss wanted it in chat.",
                     "Deepa") is None
