"""Moves the article rules out, suggested as wrong answers for a facilitator's line (``generate/ruled_out.py``)."""

from __future__ import annotations

from pathlib import Path

from netquiz.article import parse_article, read_article
from netquiz.generate.context import build_context
from netquiz.generate.ruled_out import ruled_out_moves, suggested_wrong
from netquiz.generate.situation_notes import Situation
from netquiz.generate.situations import situation_questions
from netquiz.language import hi, language

HINDI = """# सिलाई का काम घर से

परिचय का वाक्य है।

## 1. रेट पहले तय करें

आस-पास के दर्ज़ियों और बुटीक के रेट पता करें, पर सबसे सस्ते से मुक़ाबला करने की होड़ में न पड़ें। इससे आपकी मेहनत का सही दाम मिलता है।

## 2. कपड़ा नाप से काटें

कपड़ा काटने से पहले नाप दो बार मिलाएं। अंदाज़े से काटने के बजाय टेप से नाप लेकर निशान लगाएं। इससे कपड़ा बर्बाद नहीं होता।

## 3. ग्राहक से रसीद पर दस्तख़त लें

Stamp हमेशा अपने पास रखें, counter पर खुला न छोड़ें। मन भारी लगने पर किसी से बात करने में भी न हिचकिचाएँ। इसलिए किसी को इसके लिए पैसे न दें।
"""

ENGLISH = """# Volunteering at a professional association

Intro sentence here.

## Start small

Don't sign up for ten hours a week in your first month. Pick one event and see it through.

## Say no to some requests

Set aside a fixed slot, instead of saying yes to every request. This keeps the work from eating your weekends.

## Keep a record

Never skip the minutes. They become your proof of work.
"""


def _ctx(text: str):
    return build_context(parse_article(text), 0)


def test_a_warning_turned_round_drops_only_its_main_verbs_negation() -> None:
    turned_round = language("hi").turned_round
    assert turned_round("भैंस को गंदे पोखर या नाले के पानी में न छोड़ें।") == "भैंस को गंदे पोखर या नाले के पानी में छोड़ना"
    assert turned_round("आस-पास के रेट पता करें, पर सबसे सस्ते से मुक़ाबला करने की होड़ में न पड़ें।") \
        == "सबसे सस्ते से मुक़ाबला करने की होड़ में पड़ना"  # (the clause after "पर", not the advice before it)
    assert turned_round("Stamp हमेशा अपने पास रखें, counter पर खुला न छोड़ें।") == "counter पर खुला छोड़ना"
    assert turned_round("जब तक पक्का न हो, तब तक नाम न बताएं।") is None  # (a second negation: no move)
    assert turned_round("फॉलो-अप करना न भूलें।") is None  # (a positive step said so)
    assert turned_round("कपड़ा काटने से पहले नाप दो बार मिलाएं।") is None
    turned_round = language("en").turned_round
    assert turned_round("Don't sign up for ten hours a week in your first month.") \
        == "Sign up for ten hours a week in your first month"
    assert turned_round("Never skip the minutes.") is None  # (a positive step said so)


def test_the_moves_are_warnings_and_rejected_steps_that_stand_alone() -> None:
    moves = {m.text: m for m in ruled_out_moves(_ctx(HINDI))}
    assert set(moves) == {"सबसे सस्ते से मुक़ाबला करने की होड़ में पड़ना", "अंदाज़े से काटना", "counter पर खुला छोड़ना"} \
        or set(moves) == {"सबसे सस्ते से मुक़ाबला करने की होड़ में पड़ना", "counter पर खुला छोड़ना"}
    assert moves["counter पर खुला छोड़ना"].section == "s3"  # (not "… बात करने में भी हिचकिचाना", a positive step,
    # nor "किसी को इसके लिए पैसे देना", which points outside itself)
    english = [m.text for m in ruled_out_moves(_ctx(ENGLISH))]
    assert english == ["Sign up for ten hours a week in your first month", "Say yes to every request"]


def test_a_place_is_no_step_rejected_in_favour_of_another() -> None:
    assert hi.rejected_step("उस समय बहस करने की बजाय शांति से पूछें कि क्या हुआ।") == "उस समय बहस करना"
    assert hi.rejected_step("अपने रास्ते का वह हिस्सा पहचान लें जहाँ बैठने की जगह और नेटवर्क दोनों मिलते हैं, और "
                            "छोटे काम वहीं निपटाएं।") is None
    assert hi.rejected_step("टॉयलेट सीट के पास और नहाने की जगह पर हैंडल लगवाएं।") is None


def test_suggestions_are_her_sections_then_those_sharing_her_words_never_the_key_turned_round() -> None:
    ctx = _ctx(ENGLISH)
    line = Situation("s1", "Asha joined the association in June and wants to help with every event in her first month.")
    assert [m.text for m in suggested_wrong(ctx, line, "Start small")] == \
        ["Sign up for ten hours a week in your first month"]
    far = Situation("s3", "Nobody remembers what Lata did for the fair last year.")
    assert suggested_wrong(ctx, far, "Keep a record") == []  # (no move of hers, none sharing two of her words)
    turned = Situation("s1", "Asha wants to help with ten hours a week.")
    assert suggested_wrong(ctx, turned, "Sign up for ten hours a week, not more") == []
    written = Situation("s1", line.text, own_wrong=("Sign up for ten hours a week in your first month",))
    assert suggested_wrong(ctx, written, "Start small") == []


def test_her_line_is_told_the_moves_the_article_rules_out() -> None:
    article = read_article(next(Path(__file__).parent.glob("articles/aside207/garmi-*.hi.md")))
    ctx = build_context(article, 0)
    line = Situation("s4", "रेखा की भैंस की काली चमड़ी दोपहर में तपने लगती है और शाम को वह सुस्त पड़ी रहती है।")
    notes = situation_questions(ctx, [line]).notes
    [note] = [n for n in notes if n.reason == "suggest_wrong"]
    assert "भैंस को गंदे पोखर या नाले के पानी में छोड़ना" in note.detail
    assert "“" in note.message("hi") and "कोष्ठक" in note.message("hi") and "brackets" in note.message("en")
    own = Situation(line.section, line.text, own_wrong=("भैंस को दोपहर में ठंडे पानी से नहलाना", "पानी कम पिलाना"))
    assert not [n for n in situation_questions(ctx, [own]).notes if n.reason == "suggest_wrong"]


def test_a_warning_before_its_reason_is_the_clause_turned_round() -> None:
    turned_round = language("en").turned_round
    assert turned_round("Don't go two sizes up, though: oversized shoes are uncomfortable and wear out faster.") \
        == "Go two sizes up"  # (the warning before the colon; its reason after it)
    moves = [m.text for m in ruled_out_moves(_ctx(ENGLISH.replace(
        "Pick one event and see it through.", "Pick one event. Don't push further than that.")))]
    assert "Push further than that" not in moves  # (than what?)


def test_her_own_wrong_answers_beside_a_benefit_name_are_told_so() -> None:
    article = read_article(next(Path(__file__).parent.glob("articles/aside211/benefits-of-cutting-back-on-salt.en.md")))
    ctx = build_context(article, 0)
    line = Situation("s7", "Kavya's two boys finish a family pack of namkeen every three days, and she wants "
                           "something else to keep in the snack tin.", wrong=("s6", "s3"),
                     own_wrong=("Plain Bakery Biscuits",))
    notes = situation_questions(ctx, [line]).notes
    [note] = [n for n in notes if n.reason == "own_kind"]
    assert note.detail == "Smaller Grocery Bills" and "two kinds of option" in note.message("en")
    assert "दो तरह के विकल्प" in note.message("hi")
    tips = read_article(next(Path(__file__).parent.glob("articles/aside207/garmi-*.hi.md")))
    own = Situation("s4", "रेखा की भैंस की काली चमड़ी दोपहर में तपने लगती है।", own_wrong=("पानी कम पिलाना", "दोपहर में चराना"))
    assert not [n for n in situation_questions(build_context(tips, 0), [own]).notes if n.reason == "own_kind"]


def test_a_dont_heading_turned_round_is_a_move_never_shown_beside_that_heading() -> None:
    text = ENGLISH.replace("## Keep a record\n\nNever skip the minutes.", "## Don't badmouth your current team\n\n"
                           "Word travels fast between teams. Never skip the minutes.")
    ctx = _ctx(text)
    moves = {m.text: m for m in ruled_out_moves(ctx)}
    assert moves["Badmouth your current team"].heading and moves["Badmouth your current team"].section == "s3"
    line = Situation("s2", "Asha is tired of her current team and says so to every colleague at the fair.")
    assert "Badmouth your current team" in [m.text for m in suggested_wrong(ctx, line, "Say no to some requests")]
    beside = suggested_wrong(ctx, line, "Say no to some requests", ("Say no to some requests",
                                                                     "Don't badmouth your current team"))
    assert "Badmouth your current team" not in [m.text for m in beside]  # (the pair one picks between)
