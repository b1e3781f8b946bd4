"""Round 29's development batch (aside253–254, /work/r29/dev/gen): shapes real articles use that were unread or
misread — "Agents who keep … can move into …", "Interviewers notice candidates who ask …", "X makes you sound …",
"रेट लिखे होने से …" (a step done), "Having these terms written down leads to …" (pointing back), and the readings the
strict reader refused: a comparison read as a result, a story's "पता चला", a process "साफ होने" told as her step,
"तैयार न हो पाए" told "न हो पाता है", and quotes that lean ("इसके लिए", "यहीं", "Many also …", "In a mess, it …")."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import claims
from netquiz.generate.context import build_context
from netquiz.language.en import find_causal as en_causal
from netquiz.language.en_story import dangling, leans_on_context
from netquiz.language.hi import _indicative
from netquiz.language.hi_patterns import find_causal as hi_causal
from netquiz.language.lexicon import lexicon


def _pairs(found: list) -> list[tuple[str, str]]:
    return [(c.cause, c.effect) for c in found]


def test_people_who_take_a_step_and_what_they_can_do() -> None:
    assert _pairs(en_causal("Agents who keep good quality scores for six months to a year can move into roles such "
                            "as quality analyst or team leader.")) == [
        ("Keep good quality scores for six months to a year",
         "you can move into roles such as quality analyst or team leader")]
    assert _pairs(en_causal("Women who build professional networks tend to move ahead faster.")) == [
        ("Build professional networks", "you move ahead faster")]


def test_people_noticed_for_a_step() -> None:
    assert _pairs(en_causal("Interviewers also notice candidates who ask one or two sensible questions at the end, "
                            "such as how long the training lasts.")) == [
        ("Ask one or two sensible questions at the end", "interviewers notice you")]
    assert en_causal("Interviewers notice candidates who ask questions at the end.")[0].pattern == "doers"


def test_habits_states_and_clauses_of_others_are_no_step() -> None:
    for text in ("People who come in to collect a parcel often pick up something small while you find their package.",
                 "Women who are comfortable in their mother tongue can apply for such roles.",
                 "Women who step away for a few years often say the hardest part of coming back is explaining what "
                 "they can still do."):
        assert en_causal(text) == [], text


def test_makes_you_sound_and_an_example_between_step_and_verb() -> None:
    assert _pairs(en_causal("Practising aloud every day for a week, for example by explaining a bank procedure to a "
                            "family member, makes you sound far more confident in the voice round.")) == [
        ("Practising aloud every day for a week", "you sound far more confident in the voice round")]


def test_a_step_done_told_as_a_participle_is_a_step_and_a_clear_process_is_not() -> None:
    found = hi_causal("रेट लिखे होने से ग्राहक खुद अंदाज़ा लगा लेता है, जिससे काउंटर पर बहस में समय नहीं जाता।")
    assert found and found[0].cause == "रेट लिखे होने"
    assert hi_causal("Process पहले से साफ होने से घबराहट कम होती है और छोटी दिक्कत बड़ी नहीं बनती।") == []
    assert hi_causal("इमरजेंसी फंड होने से आप बेफ़िक्र रहती हैं।") == []


def test_a_comparison_with_a_figure_and_a_storys_discovery_are_no_result() -> None:
    assert hi_causal("कई दुकानें इसके लिए सामान्य रेट से 30 से 50 प्रतिशत तक ज़्यादा लेती हैं।") == []
    assert hi_causal("रुखसाना को पहले महीने की salary आने पर पता चला कि late delivery पर penalty कटती है।") == []


def test_a_denied_subjunctive_with_a_light_verb_is_told_denied() -> None:
    assert _indicative("कोई कपड़ा तय दिन तक तैयार न हो पाए") == "कोई कपड़ा तय दिन तक तैयार नहीं हो पाता"
    assert _indicative("काम पूरा न कर पाएं") == "काम पूरा नहीं कर पाते"
    assert _indicative("ग्राहक नाराज़ हो जाए") == "ग्राहक नाराज़ हो जाता है"


def test_quotes_that_lean_on_the_sentence_before() -> None:
    pointers = lexicon("hi").any_word("quote_pointers")
    for text in ("कई दुकानें इसके लिए सामान्य रेट से ज़्यादा लेती हैं।", "सबसे ज़्यादा confusion यहीं होता है।",
                 "बदले में अच्छे performance से team leader बनना आम है।"):
        assert pointers.search(text), text
    assert not pointers.search("खाता खोलने के लिए किसी दफ़्तर के चक्कर नहीं काटने पड़ते।")
    assert dangling("Many also expect a typing speed of around 25 words per minute.")
    assert dangling("In a mess, it leads to food running short one day and piling up the next.")
    assert not dangling("Many companies expect a typing speed of around 25 words per minute.")
    assert not dangling("In a mess, it is easy to waste food.")
    assert leans_on_context("you sound far more confident in this round")
    assert not leans_on_context("you sound far more confident in the voice round")


COOK = """# New Cook at a Hostel Mess? 3 Tips

Cooking for sixty is not cooking for five.

## 1. Get your hours and weekly off in writing

Mess cooks often end up working from 5.30 in the morning till 10 at night. Before your first month ends, agree with the \
owner on your working hours and your weekly off. Having these terms written down leads to fewer arguments later.

## 2. Keep your own stock register

Note what comes in, and check the big items every Sunday.

## 3. Check the meal count every day

Residents go home on weekends.
"""


def test_a_step_pointed_to_with_these_is_the_heading_step() -> None:
    article = parse_article(COOK)
    section = article.sections[1]
    ctx = build_context(article, 0)
    found = [(r.causal.cause, r.causal.effect) for r in claims.read_claims(ctx.language, section, article.title or "")]
    assert found == [("Get your hours and weekly off in writing", "you get fewer arguments later")]


def test_the_verbs_adverb_and_a_comparing_too_are_not_the_steps_nor_the_results() -> None:
    assert _pairs(en_causal("Returning to work often leads to better care at home too, because a rested caregiver "
                            "makes steadier decisions.")) == [("Returning to work", "you get better care at home")]


def test_a_step_with_examples_after_a_leading_phrase_is_a_step_other_tips_can_offer() -> None:
    article = parse_article(INTERVIEW)
    ctx = build_context(article, 0)
    from netquiz.generate.tips import section_steps
    assert "Use a real example from a shop counter" in [step for step, _ in section_steps(ctx, article.sections[1])]


INTERVIEW = """# Getting Hired for a Support Job: 2 Questions Answered

Many women now work in support.

## 1. How should you prepare for the interview?

Expect questions like "Tell me about a time you dealt with an upset person." For the last one, use a real example from \
a shop counter, a college event or even a family situation.

## 2. What salary can you expect?

Entry-level roles usually pay ₹12,000 to ₹18,000 a month.
"""
