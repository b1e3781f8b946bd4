"""What round 44 changed after reading its development batches: a list's numbers are no words, the people she serves
take no step of hers, a later instruction's "otherwise" is its own harm, what befalls a thing is no result, and the
rewrites the readers found broken (future tense, gerunds, a colon, quoted words, a denied half)."""

from __future__ import annotations

from pathlib import Path

from netquiz.article import parse_article, read_article
from netquiz.generate import claims
from netquiz.generate.consequence import _later_steps, harms
from netquiz.generate.context import build_context
from netquiz.generate.scenario import scenario_candidates
from netquiz.language import language
from netquiz.language.en import future, linked_effect
from netquiz.language.en_story import gerund_phrase, name_them
from netquiz.language.hi_pronouns import to_persona
from netquiz.language.hi_story import denied_claim
from netquiz.text import without_quoted

ROOT = Path(__file__).resolve().parent


def _claims(text: str, lang: str) -> list[tuple[str, str]]:
    article = parse_article(text, lang=lang)
    known = language(lang)
    return [(r.causal.cause, r.causal.effect) for section in article.headed_sections
            for r in claims.all_claims(known, section, "")]


def test_a_body_list_number_is_no_word_of_its_item():
    """Batch A, items 5, 9, 10, 11: "3. फिर ड्रेनेज सेल …" as an option, a stem and a quote, the number and all."""
    article = parse_article("# छत\n\nपरिचय का वाक्य।\n\n## क्यारी बनाएं\n\nकाम इसी क्रम में करवाएं:\n\n"
                            "1. पहले वाटरप्रूफिंग की कोटिंग करवाएं।\n2. उसके ऊपर मोटी प्लास्टिक शीट बिछाएं।\n")
    assert article.sections[1].sentences[1:] == ("पहले वाटरप्रूफिंग की कोटिंग करवाएं।",
                                                 "उसके ऊपर मोटी प्लास्टिक शीट बिछाएं।")


FISH = """# Selling Fish

Intro line here about fish.

## 1. Don't Use an Unstamped Weighing Scale

A cheap digital scale without a legal metrology stamp can be off by 50 to 100 grams. Customers who check the weight at home will notice, and one complaint in a housing society's WhatsApp group can cost you ten households in a day. Using an unverified scale for trade can also lead to a fine. Get your scale verified and stamped every year.
"""


def test_customers_who_check_take_no_step_of_hers_and_can_also_lead_to_is_read_whole():
    """Batch A, items 29, 30: "check the weight at home" keyed as her step; "By using … for trade can, you get a
    fine"."""
    found = _claims(FISH, "en")
    assert ("Using an unverified scale for trade", "you get a fine") in found
    assert not any(cause.lower().startswith("check the weight") for cause, _ in found)


def test_future_of_nobody_and_everyone():
    """Batch B, items 49, 59: "Nobody waits will while she hunts for coins"."""
    assert future("nobody waits while you hunt for coins") == "nobody will wait while you hunt for coins"
    assert future("everyone knows when their turn will come") == "everyone will know when their turn will come"
    assert future("no one feels invisible") == "no one will feel invisible"


def test_a_second_step_after_or_and_its_object_is_a_gerund_too():
    """Batch B, item 68: "Training a family member or hire a college student …"; infinitives after "to" stay."""
    assert gerund_phrase("Train a family member or hire a college student part-time") == \
        "training a family member or hiring a college student part-time"
    assert gerund_phrase("Use the gap to rest, sort out childcare or finish a course") == \
        "using the gap to rest, sort out childcare or finish a course"


def test_this_way_with_a_plural_subject_is_read():
    """Batch E: every "This way, students …" of the hostel-warden article was refused."""
    assert linked_effect("This way, students start to see the rules as protection.") == \
        "students start to see the rules as protection"
    assert linked_effect("This way, gets you more time.") is None


def test_a_thing_that_helps_you_is_no_step_and_it_of_a_record_of_cases_stays_it():
    """Batch C, items 7, 8, 10, 12: "She words of mouth helps her fill …"; "describe a simple record clearly"."""
    found = _claims("# T\n\nIntro text here.\n\n## Referrals\n\nWord of mouth helps you fill your slots without "
                    "advertising, so you no longer depend only on the clinic to send you patients.\n", "en")
    assert not any(cause.startswith("Word of mouth helps") for cause, _ in found)
    assert name_them("Keep a simple record of every case you handle", "you can describe it clearly later") == \
        "you can describe it clearly later"
    assert name_them("Keep the notebook in plain sight", "you see it") == "you see the notebook"


NAILS = """# नेल आर्ट स्टूडियो

नेल आर्ट स्टूडियो में सफ़ाई सबसे ज़रूरी है।

## 2. धातु के औज़ारों को सिर्फ़ पोंछकर दोबारा न चलाएं

क्यूटिकल पुशर, निपर और कैंची को टिशू से पोंछ देना सफ़ाई नहीं है। पहले इन्हें साबुन के पानी और ब्रश से धोएं, फिर डिसइन्फेक्टेंट में पूरे समय तक डुबोकर रखें। सफ़ाई के बाद औज़ार बंद डिब्बे या पाउच में रखें, नहीं तो खुली ट्रे में धूल और हाथ लगने से सारी मेहनत बेकार हो जाती है।

## 3. Test से ठीक पहले नए जूते न खरीदें

नए जूतों में पैर को ढलने में समय लगता है। Running shoes कम से कम एक महीना पहले खरीद लें और उन्हीं में practice करें। Test वाले दिन डिब्बे से निकले नए जूते पहनकर ground पर न उतरें, वरना पहले ही round में छाले पड़ सकते हैं।
"""


def test_a_later_instructions_otherwise_is_its_own_harm_not_the_warned_moves():
    """Batch D, item 19: the open tray's dust keyed as the harm of only wiping the tools; a warning told again
    keeps its harm ("… न उतरें, वरना … छाले पड़ सकते हैं")."""
    ctx = build_context(parse_article(NAILS), seed=0)
    tray = next(sentence for harm, sentence in harms(ctx, ctx.article.sections[1]) if "खुली ट्रे" in harm)
    assert _later_steps(ctx, ctx.article.sections[1], tray)  # (its own step's harm: a wrong answer elsewhere only)
    blisters = next(sentence for harm, sentence in harms(ctx, ctx.article.sections[2]) if "छाले" in harm)
    assert not _later_steps(ctx, ctx.article.sections[2], blisters)


ROOF = ROOT / "articles" / "aside469" / "chhat-par-kitchen-garden-seelan-aur-risaav-se-bachav.hi.md"


def test_what_befalls_a_thing_is_no_wish():
    """Batch A, item 17: "वह चाहती है कि छत का बीच वाला हिस्सा सबसे ज़्यादा झुके"."""
    ctx = build_context(read_article(ROOF), seed=0)
    stems = [c.question.stem for c in scenario_candidates(ctx, "s7")]
    assert stems and not any("झुके" in stem for stem in stems)


def test_a_colon_ends_a_clause_for_the_verb_and_quoted_words_stay_as_said():
    """Batch D, item 12: "वह साफ़ लिख देती हैं:"; batch E, items 17, 18: a customer's "आपने तो कहा था" told "उसने"."""
    assert to_persona("Form में आप साफ़ लिख देती हैं: 500 ग्राम का Jar 220 रुपये।", "गीता", True).text == \
        "Form में वह साफ़ लिख देती है: 500 ग्राम का Jar 220 रुपये।"
    told = to_persona('ऐसा करने से बाद में "आपने तो कहा था…" वाली बहस नहीं होती।', "शालिनी", True).text
    assert '"आपने तो कहा था…"' in told
    assert without_quoted('वह चाहती है कि "आपने तो कहा था…" वाली बहस न हो।') == "वह चाहती है कि  वाली बहस न हो।"


def test_a_denied_half_shares_its_postposition_once():
    """Batch E, item 15: "… घूमने की जगह को लेकर लेकर होते हैं"."""
    assert denied_claim("छोटी agency में सबसे ज़्यादा झगड़े घूमने की जगह को लेकर नहीं, बल्कि पैसों को लेकर होते हैं।") \
        == "छोटी agency में सबसे ज़्यादा झगड़े घूमने की जगह को लेकर होते हैं"


def test_a_quote_that_points_to_a_thing_left_out_is_no_attribution_quote():
    """Batches B, D, E: "The extra ₹1,000 …" (over what?), "If the others are …", "उस साल …", "… उसमें फफूंद …",
    "Group tour में यह और भी ज़रूरी है" quoted alone."""
    from netquiz.generate.recall import _leans
    for text, lang, sentence in (
            (FISH, "en", "The extra ₹1,000 or so is nothing next to the price of a new set."),
            (FISH, "en", "If the others are near the end of their life, replace the whole set at once."),
            (NAILS, "hi", "बार-बार Jar खोलने, नमी लगने और गर्मी की वजह से उसमें फफूंद लग जाती है।"),
            (NAILS, "hi", "Group tour में यह और भी ज़रूरी है, जहाँ एक परिवार की देरी से पूरी bus की booking रुक सकती है।")):
        assert _leans(build_context(parse_article(text, lang=lang), seed=0), sentence), sentence
    assert not _leans(build_context(parse_article(FISH, lang="en"), seed=0),
                      "Get your scale verified and stamped every year.")


def test_after_the_second_reading_a_second_clause_goes_into_the_future_and_then_without_when_dangles():
    """Batch B2, items 49, 59: "Every order will be clear and everyone knows …"; "she saves will time" (a pronoun
    read as a plural subject); batch C2, item 28: "नए ग्राहक उसे तब ढूंढ लें" (then when?)."""
    from netquiz.language.hi_story import dangling
    assert future("every order is clear and everyone knows when their turn will come") == \
        "every order will be clear and everyone will know when their turn will come"
    assert future("she saves time and customers trust her") == "she will save time and customers will trust her"
    assert dangling("वह चाहती है कि नए ग्राहक उसे तब ढूंढ लें।")
    assert not dangling("पति-पत्नी की शिफ़्ट अलग हो, तब भी घर चले।")
    assert not dangling("तब से वह रोज़ आती है।")


def test_them_after_a_verb_in_s_has_no_antecedent_and_recording_both_leans():
    """Batch D2, items 35, 51: "… will follow them when nobody is watching", "Recording both closes the gap …"."""
    from netquiz.generate.recall import _leans
    from netquiz.language.en_story import dangling
    assert dangling("The supervisor wants to know you will follow them when nobody is watching.")
    assert not dangling("Keep the rules and follow them.")
    assert _leans(build_context(parse_article(FISH, lang="en"), seed=0),
                  "Recording both closes the gap through which material usually leaves.")


RECORDS = ROOT / "articles" / "aside470" / "medical-records-assistant-interview-at-a-hospital.en.md"


def test_a_short_sample_answer_does_not_open_on_a_scene_it_cut():
    """Batch A2, items 41, 42: keys told from "I explained the rule politely and gave him the form." and "The
    register showed it had gone …", which rule, him, register the item never says."""
    from netquiz.generate.sample_answer import sample_answer_candidates
    ctx = build_context(read_article(RECORDS), seed=0)
    keys = [c.question.options[c.question.answer] for sid in ("s3", "s4") for c in sample_answer_candidates(ctx, sid)]
    assert not any(key.startswith(("I explained the rule", "The register showed")) for key in keys)


def test_a_benefit_that_came_true_follows_what_she_started():
    """Batch C2, items 2, 7: "Sunita is taking on home-visit patients …. Some time later, she built …"."""
    from netquiz.language.en_topic import begun_frame
    assert begun_frame("{name} is taking on home-visit patients.") == "{name} started taking on home-visit patients."
    assert begun_frame("{name} is starting a tailoring business.") == "{name} started a tailoring business."
    assert begun_frame("{name} is joining a dairy cooperative.") == "{name} joined a dairy cooperative."
    assert begun_frame("{name} is packing staff at a cloud kitchen.") == "{name} is packing staff at a cloud kitchen."
    assert begun_frame("{name} has started keeping a journal.") == "{name} has started keeping a journal."


def test_sentence_case_keeps_names_capitalised():
    """Batch C2, items 17, 22, 28: "Get listed on google maps" as a key and a wrong answer."""
    from netquiz.generate.claims import sentence_case
    assert sentence_case("Get Listed on Google Maps") == "Get listed on Google Maps"
    assert sentence_case("Take Bulk Orders on Monday Mornings") == "Take bulk orders on Monday mornings"
    assert sentence_case("Start with One Drawer") == "Start with one drawer"


def test_after_the_put_aside_reading():
    """Put-aside G43: a result granted with "तो" and denied after "पर" is no claim of the step; G30: a present-tense
    clause after the wished one; F17, F19: "lets the helper pour tea and clears cups"; F3, F4: "and sugars"."""
    from netquiz.language.base import Causal
    from netquiz.language.en import _coordinated
    from netquiz.language.hi import wish
    found = _claims("# पढ़ाई\n\nपरिचय का वाक्य।\n\n## अक्षर रटवाने की जगह क्या करें?\n\nअ से ज्ञ तक पूरी वर्णमाला रटवाने से बच्चे "
                    "अक्षर पहचान तो लेते हैं, पर उन्हें जोड़कर शब्द नहीं पढ़ पाते।\n", "hi")
    assert not any("रटवाने" in cause for cause, _ in found)
    effect = ("दिहाड़ी पर जाने वाले परिवार पहले से तय कर पाते हैं कि किस दिन कौन राशन लेने आएगा, और किसी को काम का पूरा दिन "
              "छोड़कर लाइन में नहीं खड़ा होना पड़ता")
    assert wish(Causal("x", "", "संदेश डालें", effect, "linked", "imperative"), "शालिनी") == \
        "शालिनी चाहती है कि दिहाड़ी पर जाने वाले परिवार पहले से तय कर पाएं कि किस दिन कौन राशन लेने आएगा।"
    told = language("en").rules.situation(Causal("x", "", "Let the helper pour tea and clear cups while you take "
                                                 "orders", "", "imperative", "imperative"), "Meera")
    assert told == "Meera lets the helper pour tea and clear cups while she takes orders."
    assert gerund_phrase("Let the helper pour tea and clear cups") == "letting the helper pour tea and clear cups"
    assert _coordinated("Meera boils water with tea leaves, crushed ginger and sugar in advance") == \
        "Meera boils water with tea leaves, crushed ginger and sugar in advance"
    assert _coordinated("Meera notes the time, checks the bill and sign a copy") == \
        "Meera notes the time, checks the bill and signs a copy"
