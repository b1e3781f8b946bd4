"""What round 31's held-out readings (aside289–290, read at 5c67664) and round 32's development batch
(aside291–292) found misread or missing, each shape told the way it should be."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.links import echo
from netquiz.generate.scenario import told_of
from netquiz.language import en, hi
from netquiz.language.base import Causal
from netquiz.language.en_story import dangling, gerund_phrase
from netquiz.language.hi_advice import rejected_step as hi_rejected
from netquiz.language.hi_verbs import word_roots


def _hi(effect: str) -> Causal:
    return Causal("x", "", "X करने", effect, "this", "verbal")


def test_who_asks_her_is_named() -> None:
    sentence = 'When a worried patient asks, "By evening, na?", it is tempting to say yes.'
    assert en.asked_question(sentence) == "By evening, na?"
    assert en.asker(sentence) == "a worried patient"
    assert en.asker('Your manager may ask "Can you stay late today?" at five.') == "her manager"
    assert en.asker('Someone asks: "Can you start tomorrow?"') is None  # (nobody to name: "She is asked")
    assert hi.asker('HR अक्सर पूछ लेता है, "आपकी अपेक्षित CTC कितनी है?"') is None


def test_a_list_of_things_is_no_list_of_steps() -> None:
    assert gerund_phrase("Check the name, age and test list twice before printing labels") == \
        "checking the name, age and test list twice before printing labels"  # (not "aging and testing")
    assert gerund_phrase("Note the time, check the bill and sign a copy") == \
        "noting the time, checking the bill and signing a copy"


def test_two_causes_compared_are_no_result_and_here_points_outside() -> None:
    found = en.find_causal('A real example from your own life leads to a better impression than a general line.')
    assert all("than a general line" not in c.effect or c.pattern != "leads" for c in found)
    assert [c.effect for c in en.find_causal("A real example leads to a better impression.")] == \
        ["you get a better impression"]
    assert dangling("With clear answers here, you avoid worrying every night about the last bus.")
    assert not dangling("With clear answers, you avoid worrying every night about the last bus.")
    assert dangling("Check that figure against her best one of the year")
    assert not dangling("Check that the door is locked")


def test_a_hindi_result_keeps_one_tense_and_its_own_clause() -> None:
    effect = "आपका माल उन दुकानों तक भी पहुँचता है जो साफ़-सफ़ाई को लेकर सख़्त हैं, और ये दुकानें अक्सर बेहतर दाम देती हैं"
    assert hi.outcome(_hi(effect), "प्रिया") == "उसका माल उन दुकानों तक पहुँचेगा जो साफ़-सफ़ाई को लेकर सख़्त हैं।"
    assert hi.wish(_hi(effect), "प्रिया") == "प्रिया चाहती है कि उसका माल उन दुकानों तक पहुँचे जो साफ़-सफ़ाई को लेकर सख़्त हैं।"
    both = "हिसाब पर कोई बहस नहीं होती और भुगतान जल्दी मिलता है"  # (the payment comes to her, the dispute is nobody's)
    assert hi.wish(_hi(both), "प्रिया") == "प्रिया चाहती है कि हिसाब पर कोई बहस न हो और उसे भुगतान जल्दी मिले।"
    assert hi.outcome(_hi("भुगतान जल्दी मिलता है"), "प्रिया") == "उसे भुगतान जल्दी मिलेगा।"


def test_a_relative_clause_with_a_clause_of_its_own_is_not_told() -> None:
    effect = "आप वही खर्च करती हैं जो वापस मिलना है, और लौटकर किसी bill के reject होने का झटका नहीं लगता"
    told = hi.wish(_hi(effect), "अंजलि")
    assert told is None or "नहीं लगता" not in told


def test_a_verb_and_its_noun_share_a_root() -> None:
    assert word_roots("दुकानदार को हर बार गिनना न पड़े") & word_roots("गिनती के बंडलों में रखना") == {"गिन"}
    assert not word_roots("अपना काम")  # ("अपना": her own, no verb)


ROOTED = """# कागज़ के लिफ़ाफ़े बनाने के टिप्स

घर से लिफ़ाफ़े बनाने का काम छोटी पूँजी से शुरू होता है।

## 1. गिनती के बंडल दें

गिनती के बंडल देने से दुकानदार को हर बार गिनना नहीं पड़ता।

## 2. साँचे बनवाएँ

साँचे से काम करने से सारे लिफ़ाफ़े एक नाप के बनते हैं।

## 3. सही कागज़ चुनें

सही कागज़ चुनने से बैग रास्ते में नहीं फटता।
"""


def test_a_wish_that_names_the_keys_verb_echoes_it() -> None:
    ctx = build_context(parse_article(ROOTED, lang="hi"), 0)
    assert echo(ctx, "सीमा चाहती है कि दुकानदार को हर बार गिनना न पड़े।", "गिनती के बंडल देना",
                ["साँचे से काम करना", "सही कागज़ चुनना"])
    assert not echo(ctx, "सीमा चाहती है कि सारे लिफ़ाफ़े एक नाप के बनें।", "गिनती के बंडल देना",
                    ["साँचे से काम करना", "सही कागज़ चुनना"])


def test_no_told_result_names_a_woman_of_the_articles_story() -> None:
    text = """# दवा दुकान पर पहली नौकरी

सीमा ने पहले महीने में एक पर्ची गलत पढ़ी थी।

## 1. पर्ची दो बार मिलाएँ

पर्ची और स्ट्रिप को दो बार मिलाने से वही गलती पकड़ में आ जाती है जो सीमा से हुई थी।

## 2. खुराक समझाएँ

दवा देते समय लेने का तरीका समझाने से खुराक छूटने की गलती कम होती है।

## 3. फ्रिज का तापमान लिखें

रोज़ फ्रिज का तापमान लिखने से इंसुलिन खराब नहीं होता।
"""
    ctx = build_context(parse_article(text, lang="hi"), 0)
    assert told_of(ctx, "outcome", ctx.readings["s1"][0]) is None  # ("… जो सीमा से हुई थी": her story, untold)
    assert told_of(ctx, "outcome", ctx.readings["s2"][0])  # (another step's result stands)


def test_a_step_refused_for_another_is_a_lure() -> None:
    assert hi_rejected("जब कोई कपड़ा तय दिन तक तैयार न हो पाए तो ग्राहक के आने का इंतज़ार न करें, बल्कि एक दिन पहले ही "
                       "फोन करके नई तारीख बता दें।") == "ग्राहक के आने का इंतज़ार करना"
    assert hi_rejected("पीएफ सिर्फ एक बचत खाता नहीं, बल्कि रिटायरमेंट की सबसे भरोसेमंद पूँजी है।") is None
    assert en.rejected_step("Wear a mask, not a dupatta.") == "Wear a dupatta"
    assert en.rejected_step("Pay the supplier by UPI, not in cash.") == "Pay the supplier in cash"
    assert en.rejected_step("These are signs that need a proper check-up, not just exercise.") is None
