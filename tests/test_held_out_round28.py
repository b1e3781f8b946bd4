"""What round 28's held-out reading (aside247–248, /work/r28/genC) refused or left unread, each shape told the way it
should be: a woman's words over several sentences read as the article's advice (item 10), "से कहीं ज़्यादा मुश्किल" read
as a result, "Describe what you actually do: …" taken for the step a result points back to (item 57), and troubles
told after "मुश्किल यह है कि …" or with a later clause's "यह बात"."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.language.hi_patterns import find_causal

BANK_MITRA = """# बैंक मित्र का काम: शुरुआती महीनों में ये गलतियाँ न करें

सुनीता ने तीन साल पहले यह काम शुरू किया था। वह बताती हैं, "पहले महीने मुझे लगा कि मशीन चलाना सीख लिया तो सब आ गया। \
असल में लोगों का भरोसा जीतना मशीन चलाने से कहीं ज़्यादा मुश्किल निकला।"

## 1. नकद का हिसाब अगले दिन पर न टालें

दिन भर में पचास-साठ लेन-देन होते हैं। मुश्किल यह है कि आज का सौ रुपये का फर्क कल तक याद नहीं रहता, और हफ्ते भर में \
छोटे फर्क बड़ी उलझन बन जाते हैं। काम बंद करने से पहले हाथ का नकद गिनें और रजिस्टर में लिख लें।

## 2. कमीशन के लालच में ज़बरदस्ती बीमा न बेचें

बैंक मित्र को बीमा योजनाओं में नाम जुड़वाने पर कमीशन मिलता है। नतीजा: साल भर बाद खाते से प्रीमियम कटता है, ग्राहक को \
लगता है कि उसके साथ धोखा हुआ, और यह बात पूरा मोहल्ला जान जाता है। योजना बेचने के बजाय उसे ठीक से समझाएँ।

## 3. हर लेन-देन की पर्ची ज़रूर दें

पर्ची हाथ में देकर रकम एक बार ज़ोर से पढ़कर सुना दें, ताकि ग्राहक घर जाकर भी देख सके कि कितना जमा हुआ।

## 4. बैठने का समय और जगह तय रखें

हर दिन एक ही समय पर एक ही जगह बैठने से लोगों को पता रहता है कि आप कब और कहाँ मिलेंगी।
"""

LAB = """# Interviewing for a Lab Technician Job: 3 Tips

The interview is usually short.

## Revise the Everyday Basics

Be ready to explain which tube goes with which test. This way you won't stumble on the questions asked most often.

## Show How You Calm Anxious Patients

Expect a question about a frightened child. Describe what you actually do: explain each step and keep the patient \
seated. This tells the panel you put the patient's comfort ahead of finishing quickly.

## Carry Your Documents in One Neat File

Keep your certificate and mark sheets in order. A complete file saves HR time.
"""


def test_her_words_over_several_sentences_are_no_claim_of_the_article() -> None:
    ctx = build_context(parse_article(BANK_MITRA), seed=0)
    assert not any("भरोसा जीतना" in r.causal.cause for r in ctx.readings[ctx.article.sections[0].id])


def test_harder_than_is_a_comparison_not_a_result() -> None:
    assert not find_causal("असल में लोगों का भरोसा जीतना मशीन चलाने से कहीं ज़्यादा मुश्किल निकला।")
    assert find_causal("हर दिन एक ही जगह बैठने से लोगों को पता रहता है कि आप कहाँ मिलेंगी।")


def test_an_instruction_that_asks_what_comes_after_its_colon_is_not_the_step() -> None:
    ctx = build_context(parse_article(LAB), seed=0)
    calm = next(s for s in ctx.article.headed_sections if "Calm" in (s.title or ""))
    causes = [r.causal.cause for r in ctx.readings[calm.id]]
    assert causes and not any("Describe what you actually do" in c for c in causes)


def test_troubles_told_after_a_problem_opener_and_with_a_later_pointer() -> None:
    from netquiz.generate.trouble import _slip
    from netquiz.generate.trouble_reading import troubles

    ctx = build_context(parse_article(BANK_MITRA), seed=0)
    cash, insurance = ctx.article.headed_sections[0], ctx.article.headed_sections[1]
    told = [t for t, _ in troubles(ctx, cash, _slip(ctx, cash.title or "") or "")]
    assert told and told[0].startswith("आज का सौ रुपये का फर्क")
    told = [t for t, _ in troubles(ctx, insurance, _slip(ctx, insurance.title or "") or "")]
    assert told and "यह बात पूरा मोहल्ला" in told[0]


def test_a_wrong_tips_feedback_quotes_no_lead_in_without_its_list() -> None:
    from netquiz.generate.practice import advising_sentence

    text = """# Using Education Reimbursement at Work: 3 Tips

Many companies pay for courses.

## Read the Policy Before You Choose a Course

Look for three things in particular:

- the yearly cap
- the courses it covers

Ask HR which courses were approved last year.

## Share What You Learn

Run a short session for your team after the course.

## Plan Your Study Time Honestly

Block two evenings a week in your calendar.
"""
    ctx = build_context(parse_article(text), seed=0)
    policy = ctx.article.headed_sections[0]
    assert advising_sentence(ctx, policy) == "Ask HR which courses were approved last year."


def test_what_round_28s_second_held_out_reading_refused() -> None:
    """Items 2, 23, 60 and 69 of /work/r28/genD, and item 42 of /work/r28/genC2."""
    from netquiz.generate.recall import _leans
    from netquiz.language import en, hi
    from netquiz.language.base import Causal

    wish = hi.wish(Causal("s", "", "x", "आप ऐसी जगह पर पैसा लगाने से बच जाती हैं जहाँ दोपहर के बाद कोई रुकता ही नहीं",
                          "linked", "imperative"), "स्नेहा")
    assert wish is None or "बच जाएं" not in wish  # (a plural verb beside "वह")
    text = """# मेहंदी का साइड बिज़नेस: 3 टिप्स

शादी के सीज़न में काम बहुत होता है।

## बुकिंग के साथ एडवांस लें

बिना एडवांस के बुकिंग पक्की मान लेने पर आखिरी दिन ग्राहक "किसी और से करवा लिया" कह दे, तो वह पूरा दिन खाली चला जाता है।

## हर हाथ का समय नोट करें

हर हाथ पर लगा समय घड़ी देखकर नोट करें। इससे आपको अपनी असली रफ़्तार का अंदाज़ा होता है।

## दाम पहले से तय रखें

एक रेट कार्ड बनाकर रखें। इससे मोलभाव में आपका नुकसान नहीं होता।
"""
    ctx = build_context(parse_article(text), seed=0)
    assert not any("कह दे" in r.causal.effect for s in ctx.article.headed_sections for r in ctx.readings[s.id])
    ctx = build_context(parse_article(LAB), seed=0)
    assert _leans(ctx, "For the last one, give a real example with what happened and how it ended.")
    assert _leans(ctx, '"Every manager I have worked with started out at a counter," she says.')
    assert en.achieved(Causal("s", "", "adding one service", "you become the shop people think of first",
                              "gerund", "gerund"), "Sunita") is None


def test_a_wrong_tips_feedback_quotes_no_temptation_it_argues_against() -> None:
    from netquiz.generate.practice import advising_sentence

    text = """# चाय की स्टॉल शुरू करने के 3 टिप्स

चाय का काम जगह से चलता है।

## Keep the Menu Short

शुरुआत में सब कुछ रखने का मन करता है: चाय, कॉफ़ी, पोहा, समोसा। पहले महीने सिर्फ़ तीन चीज़ें रखें।

## Choose the Spot First

दुकान के लिए पहले जगह चुनें। इससे ग्राहक अपने आप आते हैं।

## Buy Milk Twice a Day

दूध दो बार में खरीदें। इससे दूध खराब नहीं होता।
"""
    ctx = build_context(parse_article(text), seed=0)
    assert advising_sentence(ctx, ctx.article.headed_sections[0]) == "पहले महीने सिर्फ़ तीन चीज़ें रखें।"


def test_knowing_bad_news_is_no_harm() -> None:
    from netquiz.generate.scenario import _known_clause, harm

    text = """# Chai Stall शुरू करने के 3 Tips

Chai का काम जगह से चलता है।

## Know Your Cost per Cup

हर शाम एक notebook में खर्च और बिक्री लिखने से आपको साफ दिखता है कि दूध के दाम बढ़ने पर margin कितना घटा।

## Choose the Spot First

दुकान के लिए पहले जगह चुनें। इससे ग्राहक अपने आप आते हैं।

## Buy Milk Twice a Day

दूध दो बार में खरीदें। इससे दूध खराब नहीं होता।
"""
    ctx = build_context(parse_article(text), seed=0)
    cost = ctx.article.headed_sections[0]
    assert _known_clause(ctx, "आपको साफ दिखता है कि margin कितना घटा") == "आपको साफ दिखता है"
    assert _known_clause(ctx, "इतना बढ़ जाता है कि नुकसान होता है") == "इतना बढ़ जाता है कि नुकसान होता है"
    assert ctx.readings[cost.id] and not any(harm(ctx, r) for r in ctx.readings[cost.id])


def test_the_step_a_dont_advises_instead_is_read_without_its_pointer() -> None:
    text = """# बैंक मित्र का काम: 3 बातें

गाँव में बैंक मित्र बैंक को लोगों तक लाती है।

## ग्राहक का PIN खुद न पूछें

कई बुज़ुर्ग ग्राहक अपना PIN बैंक मित्र को बता देते हैं। इसके बजाय डिवाइस ग्राहक की ओर घुमाएँ और उन्हें खुद नंबर डालने दें। \
ऐसा करने से किसी विवाद में आपकी ईमानदारी पर सवाल नहीं उठता।

## हर लेन-देन की पर्ची दें

पर्ची हाथ में देकर रकम ज़ोर से पढ़कर सुना दें।

## बैठने का समय तय रखें

हर दिन एक ही समय पर बैठने से लोगों को पता रहता है कि आप कब मिलेंगी।
"""
    ctx = build_context(parse_article(text), seed=0)
    pin = ctx.article.headed_sections[0]
    causes = [r.causal.cause for r in ctx.readings[pin.id]]
    assert causes and causes[0].startswith("डिवाइस ग्राहक की ओर घुमाएँ")


def test_a_result_of_a_step_added_to_the_headings_is_not_keyed_to_the_heading() -> None:
    """Item 17 of /work/r28/genE (key-wrong): "… सीख लें। इससे …" after "साथ ही" is the added step's result."""
    from netquiz.generate import generate_bank

    text = """# फोटोकॉपी की दुकान: 3 ज़रूरी टिप्स

फोटोकॉपी मशीन इस दुकान की रीढ़ है।

## मशीन का सालाना मेंटेनेंस कॉन्ट्रैक्ट करवाएं

किसी भरोसेमंद डीलर से AMC करवाएं। ऐसा करने से मशीन सीज़न के बीच कई दिन बंद नहीं रहती। साथ ही पेपर जाम निकालना और \
टोनर बदलना खुद सीख लें। इससे हर छोटी दिक्कत के लिए मैकेनिक का इंतज़ार नहीं करना पड़ता।

## रेट लिस्ट बड़े अक्षरों में लगाएं

काउंटर के पीछे रेट लिस्ट लगाएं। इससे हर ग्राहक के साथ मोलभाव नहीं करना पड़ता।

## सीज़न से पहले स्टॉक भरें

परीक्षा से एक महीना पहले थोक में पेपर खरीदें। इससे सीज़न में सामान खत्म नहीं होता।
"""
    bank = generate_bank(parse_article(text), seed=0)
    for question in bank.questions:
        if question.kind == "scenario" and "मैकेनिक" in question.stem:
            assert "AMC" not in question.options[question.answer] and "मेंटेनेंस" not in question.options[question.answer]
    ctx = build_context(parse_article(text), seed=0)
    first = ctx.article.headed_sections[0]
    assert any(r.causal.cause.startswith("पेपर जाम") and "मैकेनिक" in r.causal.effect for r in ctx.readings[first.id])


def test_a_list_item_makes_no_statement_nor_blank() -> None:
    """Items 9 and 11 of /work/r28/genE: "… साथ रखने से तुरंत call करने के लिए helpline नंबर।" (a list item grafted)."""
    from netquiz.generate import generate_bank

    text = """# Recovery Agent की Job: 3 सवाल

यह job field में होती है।

## Field में safety का क्या इंतज़ाम है?

Interview में पूछें कि company ने safety के लिए क्या व्यवस्था रखी है, जैसे:

- तुरंत call करने के लिए helpline नंबर
- रात में visit न करने का नियम

इन नियमों पर चलने से किसी शिकायत की हालत में आपकी job सुरक्षित रहती है।

## Salary कितनी है?

Offer letter में fixed salary लिखवाएँ। इससे हर महीने एक पक्की रकम आती है।

## DRA certificate क्यों ज़रूरी है?

Certificate पहले ले लें। इससे bank की बड़ी agencies में काम मिलता है।
"""
    bank = generate_bank(parse_article(text), seed=0)
    for question in bank.questions:
        assert "helpline नंबर।" not in question.stem and "नंबर”" not in question.stem
        assert not (question.kind == "cloze" and question.stem.rstrip("”").endswith(":"))
