"""Trouble questions: a "don't" section tells what goes wrong for one who does what it warns against; told as a
woman's trouble without the slip, which of the article's tips would help her most?"""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.generate.context import build_context
from netquiz.generate.links import stems_of
from netquiz.generate.tip_situation import speaks_of
from netquiz.generate.trouble import trouble_candidates
from netquiz.generate.trouble_reading import _points, bad
from netquiz.language import language
from netquiz.language.hi_pronouns import to_persona

HINDI = """# सिलाई का काम घर से चलाने के 5 ज़रूरी सुझाव

घर से सिलाई का काम करने वाली बहुत-सी महिलाएं हुनर में पक्की होती हैं, पर काम का इंतज़ाम उन्हें थका देता है।

## 1. ग्राहक का नाप ज़बानी याद न रखें

दिन भर में चार-पाँच ग्राहक आते हैं और हर किसी के नाप अलग होते हैं। नतीजा यह होता है कि कुर्ते की लंबाई और बाँह \
की चौड़ाई आपस में गड़बड़ हो जाती हैं और कपड़ा दोबारा खोलना पड़ता है। हर ग्राहक के लिए एक रजिस्टर में अलग पन्ना बनाएं।

## 2. डिलीवरी की तारीख़ अंदाज़े से न बताएं

त्योहारों से पहले हर कोई जल्दी चाहता है। रोज़ की क्षमता देखकर ही तारीख़ तय करें। इससे ग्राहक का भरोसा बढ़ता है \
और वह अगली बार भी आपके पास आती है।

## 3. हर महीने नई डिज़ाइन सीखें

Youtube पर हर हफ़्ते नए डिज़ाइन आते हैं। एक नया गला या बाँह बनाना सीखने से ग्राहकों को कुछ नया मिलता है।

## 4. मशीन की सफ़ाई टालें नहीं

धागे और कपड़े के रेशे मशीन के नीचे जमते रहते हैं। हर शनिवार मशीन खोलकर ब्रश से साफ़ करें और तेल डालें।

## 5. पुराने ग्राहकों को त्योहार पर संदेश भेजें

दिवाली और ईद से पहले पुराने ग्राहकों को अपने नए डिज़ाइन की फ़ोटो भेजें। कई ग्राहक यहीं से नया ऑर्डर देती हैं।
"""

ENGLISH = """# Five Habits for Your First Month as a Cashier

The first month at a billing counter is mostly about habits.

## Don't Count the Cash Only at Closing

The drawer changes hands several times a day. As a result, a shortfall turns up at night and nobody can say \
which shift it came from. Count the drawer at every change of shift and sign the sheet.

## Don't Hand Out Change Before the Payment Clears

A customer may show a payment screen that never went through. Wait for the sound box or the bank message first.

## Keep Small Notes Ready

Ask the manager for a bundle of tens and twenties before the rush. Queues move faster when change is at hand.

## Learn the Return Rules by Heart

Customers ask about returns at the counter. Knowing the rules lets you answer without calling the supervisor.
"""


def _troubles(text: str) -> list:
    return [q for q in generate_bank(parse_article(text), seed=0).questions if q.form == "trouble"]


def test_what_goes_wrong_before_the_remedy_becomes_her_trouble_and_the_dont_heading_the_key() -> None:
    for text, told, slip in ((HINDI, "कुर्ते की लंबाई और बाँह की चौड़ाई आपस में गड़बड़ हो जाती हैं", "ज़बानी"),
                             (ENGLISH, "a shortfall turns up at night", "closing")):
        article = parse_article(text)
        found = _troubles(text)
        assert len(found) == 1, text[:20]
        question = found[0]
        section = article.section(question.section)
        assert told in question.stem and slip not in question.stem.lower()  # (the trouble, not the slip)
        assert question.options[question.answer] == section.title
        assert set(question.options) <= {s.title for s in article.headed_sections}
        assert question.source in section.sentences and told in question.source


def test_what_the_remedy_brings_is_no_trouble() -> None:
    """Under "डिलीवरी की तारीख़ अंदाज़े से न बताएं" the "इससे …" after the instruction is its benefit."""
    text = HINDI.replace("इससे ग्राहक का भरोसा बढ़ता है", "इससे शुरू में ग्राहकों से थोड़ी बहस बढ़ती है")
    ctx = build_context(parse_article(text), seed=0)
    dates = next(s for s in ctx.article.headed_sections if "डिलीवरी" in (s.title or ""))
    assert bad(ctx, "शुरू में ग्राहकों से थोड़ी बहस बढ़ती है")  # (bad, but the remedy's own cost: after it)
    assert trouble_candidates(ctx, dates.id) == []


def test_a_trouble_that_another_tip_speaks_of_is_no_wrong_answer() -> None:
    """A wrong tip whose body answers the same trouble would be a second key: it is not offered (or, where its
    words are rare, the question is refused)."""
    text = HINDI.replace("कई ग्राहक यहीं से नया ऑर्डर देती हैं।",
                         "इससे कुर्ते की लंबाई और बाँह की चौड़ाई आपस में गड़बड़ नहीं होतीं।")
    ctx = build_context(parse_article(text), seed=0)
    greetings = next(s for s in ctx.article.headed_sections if "संदेश" in (s.title or ""))
    said = stems_of(ctx, "कुर्ते की लंबाई और बाँह की चौड़ाई आपस में गड़बड़ हो जाती हैं")
    assert speaks_of(ctx, greetings, said)
    assert not speaks_of(ctx, next(s for s in ctx.article.headed_sections if "मशीन" in (s.title or "")), said)
    assert all("पुराने ग्राहकों को त्योहार पर संदेश भेजें" not in q.options for q in _troubles(text))


def test_bad_counts_the_turns_of_a_problem() -> None:
    ctx = build_context(parse_article(HINDI), seed=0)
    assert bad(ctx, "बोलने का डर कम नहीं होता")  # a reduction denied
    assert not bad(ctx, "किसी एक पर पूरा बोझ नहीं पड़ता")  # a problem gone: a benefit
    assert bad(ctx, "महीने के आखिर में किस्त के पैसे कम पड़ जाते हैं")  # a loss
    assert not bad(ctx, "ग्राहकों को कुछ नया मिलता है")  # nothing bad named


def test_a_trouble_is_told_of_her() -> None:
    hi, en = language("hi").rules, language("en").rules
    assert hi.trouble("कई लोगों को दो-तीन दिन तक सिरदर्द रहता है", "सीमा") \
        == "सीमा की परेशानी यह है कि उसे दो-तीन दिन तक सिरदर्द रहता है।"
    assert hi.trouble("आपका Aadhaar किसी अनजान के हाथ में चला जाता है", "सीमा") \
        == "सीमा की परेशानी यह है कि उसका Aadhaar किसी अनजान के हाथ में चला जाता है।"
    assert hi.trouble("बड़ा खर्च", "सीमा") is None  # no clause of its own
    assert en.trouble("your customers' payments go to the wrong account", "Rina") \
        == "Rina's problem is that her customers' payments go to the wrong account."
    assert en.trouble("many people freeze at the counter", "Rina") is None


def test_a_clause_whose_verb_agrees_with_its_experiencer_is_not_hers() -> None:
    told = to_persona("आप कोई अहम बात चूक सकती हैं और साथियों को लगता है कि आपका ध्यान कहीं और है", "सीमा", True)
    assert told.text == "वह कोई अहम बात चूक सकती है और साथियों को लगता है कि उसका ध्यान कहीं और है"


def test_a_trouble_that_points_outside_itself_or_names_no_one_of_hers_is_refused() -> None:
    ctx = build_context(parse_article(HINDI), seed=0)
    assert _points(ctx, "यह गर्मी वहीं अटकी रहती है")
    assert _points(ctx, "KYC update जैसे calls इसी काम के लिए होते हैं")
    assert not _points(ctx, "हर sentence से पहले दिमाग rules check करने लगता है और बात वहीं रुक जाती है")
    english = build_context(parse_article(ENGLISH), seed=0)
    assert _points(english, "the cheaper one usually makes up that gap by packing in more children")
    assert _points(english, "four months later he moved to another team")
    assert not _points(english, "one late arrival can cost you the meeting that actually mattered")
    en = language("en").rules
    assert en.trouble("a few months of restraint spare you a week in bed", "Rina") is None  # (no "spare she")
    assert en.trouble("asking her to come early can upset her whole day", "Rina") is None  # (the slip itself)


CRITICISM = """# Handling Criticism in a Meeting

Being criticised in front of colleagues stings.

## Take a Breath Before You Speak

A pause of two seconds keeps your voice steady.

## Ask for Specifics, Calmly

Ask which part of the report they mean. You then answer the real point.

## Don't Hit Back at the Critic

It turns a disagreement about work into a contest, and everyone watching starts picking sides. Keep your reply \
about the work.

## Don't Explain Everything on the Spot

It sounds defensive, and listeners tune out after the first few sentences. Offer one line and move on.
"""


def test_what_follows_the_slip_in_a_second_clause_is_her_trouble() -> None:
    found = {q.options[q.answer]: q.stem for q in _troubles(CRITICISM)}
    assert "listeners tune out after the first few sentences" in found["Don't Explain Everything on the Spot"]
    assert "everyone watching starts picking sides" in found["Don't Hit Back at the Critic"]
    assert not any("defensive" in stem or "contest" in stem for stem in found.values())  # (the first clause: the slip's)


def test_a_risk_is_no_trouble_and_a_second_cause_is_left_out() -> None:
    text = HINDI.replace("धागे और कपड़े के रेशे मशीन के नीचे जमते रहते हैं।",
                         "धागे और कपड़े के रेशे मशीन के नीचे जमते रहते हैं। इससे मशीन के खराब होने का खतरा बढ़ता है।")
    assert not any("खतरा" in q.stem for q in _troubles(text))
    text = HINDI.replace("कपड़ा दोबारा खोलना पड़ता है।", "कपड़ा दोबारा खोलना पड़ता है, और देर तक बैठे रहने से कमर दर्द "
                                                          "अलग होता है।")
    found = _troubles(text)
    assert found and all("कमर दर्द" not in q.stem for q in found)
