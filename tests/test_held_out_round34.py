"""What round 34's development batch (aside311–312, read at b011820 plus the common-sense guesser) found misread or
missing, and the fields of meaning that let a wrong answer tempt one who picks by common sense."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.blind import blind_hits, blind_report, common_sense
from netquiz.generate.context import build_context
from netquiz.generate.listicle import heading_link_candidates
from netquiz.generate.options import Option
from netquiz.generate.scenario import _diagnosis, _near, _unechoed, harm, scenario_candidates
from netquiz.language.hi_shown import shown
from netquiz.language.hi_topic import _started
from netquiz.language.senses import fields_of
from netquiz.model import Question

BALLOONS = """# बर्थडे पार्टी के लिए बैलून डेकोरेशन का काम: शुरुआत में ध्यान रखें ये 5 बातें

छोटे शहरों में भी अब बच्चों का जन्मदिन सजावट के बिना नहीं मनता। घर से यह काम शुरू करने वाली महिलाओं के लिए कुछ बातें।

## 1. बुकिंग के समय कमरे का नाप और फोटो मंगवाएं

ग्राहक से कमरे की लंबाई-चौड़ाई और दीवार की एक फोटो व्हाट्सऐप पर मंगवा लें। इससे आप पहले ही तय कर पाती हैं कि आर्च कितना बड़ा बनेगा और कितने गुब्बारे लगेंगे।

## 2. एडवांस लिए बिना तारीख पक्की न करें

बुकिंग के समय कुल रकम का आधा एडवांस लें और उसकी रसीद भेज दें। ऐसा करने से ग्राहक भी बुकिंग को गंभीरता से लेता है और आपके पैसे सामान में फंसे नहीं रहते।

## 3. इलेक्ट्रिक पंप और एक सहायक साथ रखें

हाथ वाले पंप से 200 गुब्बारे फुलाने में ही डेढ़-दो घंटे निकल जाते हैं। बड़े ऑर्डर पर किसी भरोसेमंद सहायक को साथ ले जाएं। इससे आम बर्थडे सेटअप एक घंटे में पूरा हो जाता है और आप एक ही शाम में दो घरों की बुकिंग ले सकती हैं।

## 4. रेट कार्ड में तीन पैकेज तय करें

हर ग्राहक के लिए अलग रेट बताने के बजाय तीन पैकेज बना लें, जिनमें गुब्बारों की गिनती साफ लिखी हो। इससे मोलभाव कम होता है और ग्राहक खुद अपनी जेब के हिसाब से पैकेज चुन लेता है।

## 5. हर पार्टी के बाद फोटो ज़रूर बनाएं

सजावट पूरी होते ही सेटअप की दो-तीन फोटो बना लें और मोहल्ले के ग्रुप में डालें। ऐसा करने से नए ग्राहक खुद फोन करके पूछते हैं।
"""


def test_time_lost_with_another_kind_of_the_headings_thing_is_a_harm_nobody_wishes() -> None:
    """"हाथ वाले पंप से … डेढ़-दो घंटे निकल जाते हैं" under "इलेक्ट्रिक पंप … रखें" had made a persona wish that the
    hours go (development item 13): the cause shares "पंप" with the heading, but time lost is a harm whatever it
    shares."""
    ctx = build_context(parse_article(BALLOONS), 0)
    [pump] = [r for r in ctx.readings["s3"] if "हाथ वाले पंप" in r.causal.cause]
    assert harm(ctx, pump)
    assert _diagnosis(ctx, pump, 0) is None
    [helper] = [r for r in ctx.readings["s3"] if "सहायक" in r.causal.cause]
    assert not harm(ctx, helper)  # (the hour saved stays a benefit)


def test_a_wish_is_told_by_its_first_clause_where_only_a_later_one_echoes_the_key() -> None:
    ctx = build_context(parse_article(BALLOONS), 0)
    wish = "नेहा चाहती है कि मोलभाव कम हो और ग्राहक खुद अपनी जेब के हिसाब से पैकेज चुन ले।"
    assert _unechoed(ctx, wish, "रेट कार्ड में तीन पैकेज तय करना") == "नेहा चाहती है कि मोलभाव कम हो।"
    assert _unechoed(ctx, wish, "हर पार्टी के बाद फोटो बनाना") == wish  # (no echo: whole)
    premise = "नेहा चाहती है कि कुपोषण अक्सर चुपचाप शुरू हो और वज़न की कॉपी ही उसे सबसे पहले पकड़े।"
    assert _unechoed(ctx, premise, "हर महीने वज़न की कॉपी भरवाना") == premise  # (a fact of how things go: no wish)
    assert any("मोलभाव कम हो।" in c.question.stem and "पैकेज चुन" not in c.question.stem
               for c in scenario_candidates(ctx, "s4"))


def test_an_act_done_once_is_told_done_in_the_title_frame() -> None:
    """"… studio खोलना शुरू किया है" (has started opening) was read as a slip in all three "which benefit" items."""
    assert _started("घर के पास छोटा nail art studio खोलना") == "{name} ने घर के पास छोटा nail art studio खोला है।"
    assert _started("अपनी दुकान खोलना") == "{name} ने अपनी दुकान खोली है।"
    assert _started("घर से मसाला पैक करना") == "{name} ने घर से मसाला पैक करना शुरू किया है।"  # (a habit: begun)


def test_a_change_told_as_a_habit_has_come_about_after_now() -> None:
    assert shown("घर और काम के बीच रोज़ की खींचतान काफी हद तक खत्म हो जाती है।", "सीमा") == \
        "अब घर और काम के बीच रोज़ की खींचतान काफी हद तक खत्म हो गई है।"
    assert shown("महीनों तक भरे पड़े मर्तबानों की चिंता नहीं रहती।", "सीमा") == \
        "अब महीनों तक भरे पड़े मर्तबानों की चिंता नहीं रहती।"  # (a state: as it is)


NAILS = """# घर के पास छोटा nail art studio खोलने के 5 फायदे

कई महिलाएं घर के एक कमरे से यह काम कर रही हैं। इसके कुछ फायदे हैं।

## 1. कम लागत में शुरुआत

Studio के सामान पर 40 से 60 हज़ार रुपये लगते हैं। बड़े loan की ज़रूरत नहीं पड़ती।

## 2. अपने समय पर काम

Appointment अपने हिसाब से रखने से बच्चों के स्कूल का समय नहीं छूटता।

## 3. Instagram से मुफ्त Promotion

हर design की photo डालने से नई customers खुद message करती हैं।

## 4. त्योहारों पर ज़्यादा बुकिंग

करवा चौथ से पहले हफ्ते भर की बुकिंग एक साथ आती है।

## 5. नई Skills के साथ बढ़ता Rate

हर नई technique सीखने से आप per appointment ज़्यादा charge कर सकती हैं। अच्छे brand का product और साफ-सुथरे औज़ार ही इस्तेमाल करें, ताकि customer के नाखूनों में infection या allergy न हो।
"""


def test_a_steps_own_purpose_of_another_field_is_not_tied_to_the_benefit_heading() -> None:
    """Development item 32: "… साफ-सुथरे औज़ार ही इस्तेमाल करती है" keyed to "नई Skills के साथ बढ़ता Rate", which the
    article ties to no infection (safety), not to the rate (money)."""
    ctx = build_context(parse_article(NAILS), 0)
    made = heading_link_candidates(ctx, "s5")
    assert not any("औज़ार" in c.question.stem for c in made)
    assert fields_of("customer के नाखूनों में infection या allergy न हो", "hi") == {"safety", "customers"}
    assert fields_of("नई Skills के साथ बढ़ता Rate", "hi") == {"money", "learning"}


def test_fields_of_meaning_read_both_scripts_and_either_nukta() -> None:
    assert fields_of("ताजा सब्ज़ी", "hi") == fields_of("ताज़ा सब्जी", "hi") == {"freshness"}
    assert fields_of("Fees का पूरा Package पहले तय करना", "hi") == {"money"}  # (English words in a Hindi text)
    assert fields_of("She hopes to avoid awkward bargaining", "en") == {"money"}
    assert fields_of("Reply to every message", "en") == frozenset()  # ("message" is no mess)
    assert fields_of("anything", "xx") == frozenset()  # (a language without a senses file has none)


def _question(stem: str, options: tuple[str, ...], answer: int = 0) -> Question:
    return Question("q", "s1", "scenario", stem, options, answer, ("",) * len(options), "", "", form="diagnosis")


def test_the_common_sense_guesser_finds_a_key_alone_in_the_wishs_field() -> None:
    alone = _question("Suman hopes to avoid awkward bargaining on the day. Which step should she take?",
                      ("Fix her rates per drape", "Turn up early", "Keep the photos honest", "Carry a full kit"))
    assert common_sense(alone, "en")[0] == 1.0
    lured = _question(alone.stem, ("Fix her rates per drape", "Take an advance payment", "Turn up early",
                                   "Keep the photos honest"))
    assert common_sense(lured, "en")[0] == 0.5
    assert blind_hits(alone, "en")["common_sense"] == 1.0  # (a strategy of the blind report: a gate as the others)
    assert blind_report([alone, lured], "en")["common_sense"] == (1.0 + 0.5) / 2 / 0.25


def test_a_wrong_step_of_the_wishs_field_ranks_nearer() -> None:
    ctx = build_context(parse_article(BALLOONS), 0)
    near = _near(ctx, "नेहा चाहती है कि मोलभाव कम हो।")
    money = Option("बुकिंग के समय आधा एडवांस लेना", "", group="s2")
    other = Option("हर पार्टी के बाद फोटो बनाना", "", group="s5")
    assert near(money) > near(other)


DIALYSIS = """# New as a Dialysis Technician Trainee? 4 Tips for Your First Months

Dialysis units are opening in more district hospitals every year, and most of them are short of technicians.

## 1. Weigh every patient before and after, and write it down

The fluid removed in a session is set from the difference between today's weight and the patient's dry weight. Check that the scale reads zero before each patient. Do this every single session, so that the doctor's fluid target is based on a true figure.

## 2. Watch the first hour of the session closely

A sudden drop in blood pressure is one of the most common problems during dialysis. Check BP at the start and then every 30 minutes. That way you catch a fall early, when raising the legs is enough.

## 3. Talk to your patients, and listen

Learn their names and ask how the last few days went. That way you hear about a missed meal or a swollen leg before the session starts.

## 4. Label each dialyser clearly

Write the patient's name on each dialyser and check the label aloud with a colleague before use. This way no patient is ever connected to someone else's dialyser.
"""


def test_a_bad_thing_found_in_time_is_a_benefit_not_a_loss() -> None:
    """"That way you catch a fall early" and "you hear about a missed meal … before the session" were refused as
    wrong answers of every application question (read as losses); "you catch a cold" stays one."""
    from netquiz.generate.links import harmful
    ctx = build_context(parse_article(DIALYSIS), 0)
    assert not harmful(ctx, "you catch a fall early")
    assert not harmful(ctx, "you hear about a missed meal or a swollen leg before the session starts")
    assert harmful(ctx, "you catch a cold and fall ill")


def test_do_this_how_often_points_to_the_instruction_before() -> None:
    """"Do this every single session, so that …" names how often, its step the instruction before (or the heading);
    "Do it on the same laptop …" is a step of its own and stays unresolved; "write it down" after "Weigh" has its
    antecedent."""
    from netquiz.generate.claims import POINTED_STEP
    from netquiz.language.en_story import dangling
    assert POINTED_STEP.match("Do this every single session")
    assert not POINTED_STEP.match("Do it on the same laptop and the same browser you'll use")
    assert not dangling("Weigh every patient before and after, and write it down")
    assert dangling("Ask the florist to share it with you")
    ctx = build_context(parse_article(DIALYSIS), 0)
    assert any("fluid target" in r.causal.effect and "Do this" not in r.causal.cause for r in ctx.readings["s1"])


def test_one_doer_who_takes_a_step_tells_its_result() -> None:
    """"A call-taker who types fast can keep talking to a frightened caller …" (development s3 had no claim): the
    step and what comes of it, as "Agents who keep good scores … can move into …" was read; not one of the people she
    serves ("A customer who …")."""
    from netquiz.language import language
    rules = language("en").rules
    [causal] = rules.find_causal("A call-taker who types fast can keep talking to a frightened caller while "
                                 "entering the details.")
    assert (causal.cause, causal.effect) == ("Type fast", "you can keep talking to a frightened caller while "
                                                          "entering the details")
    assert rules.find_causal("A customer who gives a clear landmark can get the ambulance sooner.") == []


def test_held_out_b_grammar_of_told_results() -> None:
    """Round 34's held-out batch B (aside313–314, read at 2b54b5b): "Proper labels make will shop …" (B33), "… bar
    will were actually costing …" (B42), "she planned household expenses, pay an EMI or save …" (B56)."""
    from netquiz.language.base import Causal
    from netquiz.language.en import achieved, future
    assert future("Proper labels make shops far more willing to stock your soap.") == \
        "Proper labels will make shops far more willing to stock your soap."
    assert "will were" not in future("Many makers find that their bar was actually costing them ₹85.")
    assert future("She has an opening line nobody else is sending.").startswith("She will have")
    planned = Causal("x", "", "A predictable income", "you can plan household expenses, pay an EMI or save "
                     "regularly in a recurring deposit", "helps", "noun")
    assert achieved(planned, "Suman") == "Some time later, Suman planned household expenses, paid an EMI or saved " \
                                         "regularly in a recurring deposit."


def test_held_out_b_what_is_no_step_or_no_result() -> None:
    """"Over time, people recognise you, …" is no step of hers (B60 "She peoples recognise her"); "Pick one and …"
    leans on the methods before (B33, B34); "Many makers find that …" is no result of the step (B42); a list's item
    with no verb is no claim (B10 "सुमन दबाती है"); "अपने आप" is no part of a wish (B25)."""
    from netquiz.generate.claims import FINDING, read_claims
    from netquiz.language import hi, language
    from netquiz.language.hi_patterns import find_causal
    rules = language("en").rules
    assert rules.advice("Over time, people recognise you, trust you and call you before the office.") is None
    assert rules.advice("Over time, ask for feedback.") == "Ask for feedback"
    assert language("en").story.dangling("She picks one and makes at least ten test batches")
    assert FINDING.match('Many makers find that their "cheap" bar was actually costing them ₹85 to make.')
    fish = parse_article("# मछली की दुकान के 3 फायदे\n\nपरिचय।\n\n## 1. ग्राहकों का बढ़ता भरोसा\n\nताज़ी मछली की निशानियां:"
                         "\n\n- दबाने पर वापस उभर आने वाला सख्त मांस\n- चमकदार आंखें\n\n## 2. कम खर्च\n\nखर्च कम होता है।\n\n"
                         "## 3. नए ग्राहक\n\nनए ग्राहक आते हैं।\n")
    assert not any("दबाने" in r.causal.cause for r in read_claims(language("hi"), fish.section("s1")))
    [news] = find_causal("रोज़ अखबार पढ़ने से current affairs अपने आप मज़बूत होते हैं।")
    assert hi.wish(news, "पूजा") == "पूजा चाहती है कि current affairs मज़बूत हों।"


METER = """# Working as an Electricity Meter Reader: 4 Benefits for Women

Electricity boards hire meter readers through contractors in most towns.

## 1. Flexible Working Hours

Meter reading is organised around a monthly cycle rather than a fixed shift. With this arrangement, you can plan your rounds around school timings or housework, starting early one day.

## 2. A Steady Monthly Income

A predictable income helps you plan household expenses or save regularly in a recurring deposit.

## 3. Daily Exercise Without a Gym

Most beats involve eight to twelve kilometres of walking. The walking helps you stay active without paying for a gym or finding separate time for exercise.

## 4. Respect in Your Locality

A reader visits the same few hundred households every month. This familiarity helps you solve small problems quickly.
"""


def test_held_out_b_benefit_sections_get_a_which_benefit_question() -> None:
    """aside314's s1 ("With this arrangement, you can …") and s5 ("… stay active without paying for a gym …" under
    "Daily Exercise Without a Gym") and aside313's s2 ("… भागना भी नहीं पड़ता") had no question: the job's
    arrangement the stem names, the gain without the heading's words, a trouble gone with its "also"."""
    from netquiz.generate.benefit import benefit_candidates
    ctx = build_context(parse_article(METER), 0)
    [flexible] = benefit_candidates(ctx, "s1")
    assert "can plan her rounds around school timings" in flexible.question.stem
    assert "this arrangement" not in flexible.question.stem
    [active] = benefit_candidates(ctx, "s3")
    assert "stayed active." in active.question.stem and "gym" not in active.question.stem
    assert shown("बर्फ वाले के इंतज़ार में दुकान छोड़कर भागना भी नहीं पड़ता।", "सीमा") == \
        "अब बर्फ वाले के इंतज़ार में दुकान छोड़कर भागना नहीं पड़ता।"


def test_a_counter_items_key_quotes_the_advice_after_the_temptation() -> None:
    from netquiz.generate.counter import counter_candidates
    soap = ("# Selling Handmade Soap: 4 Tips\n\nMany women start small.\n\n## 1. Start with a small range\n\nIt is "
            "tempting to launch with fifteen fragrances. Begin with three or four instead, for example a neem bar. "
            "A small range keeps your stock low.\n\n## 2. Sell where people can touch the soap\n\nBook a table at "
            "weekend markets. Buyers who touch a bar buy it.\n\n## 3. Get your labels in order\n\nPrint the weight "
            "and the oils on every wrapper. Shops stock soap with proper labels.\n\n## 4. Learn one method first\n\n"
            "Make ten test batches before you sell. You learn how your soap behaves in the heat.\n")
    ctx = build_context(parse_article(soap), 0)
    [made] = counter_candidates(ctx, "s1")
    right = made.question.feedback[made.question.answer]
    assert "It is tempting to launch with fifteen fragrances. Begin with three or four instead" in right


def test_held_out_c_fixes() -> None:
    """Round 34's held-out batch C (aside315–316, read at a8fe4ce): "Rashmi asks three questions first" (which? C71,
    C72); one step twice among the options (C28, C35); "hopes to get cloudy oil that smells sour" (C50); "रीना जब
    ग्राहक … मांगने लगती है" (a condition told as her step, C3); "When a Tenant's Rent Is Late" offered as a benefit
    (C69, C73); "… so it protects I during audits" (a rule's doing told as my result)."""
    import random

    from netquiz.generate.options import pick_parallel
    from netquiz.generate.practice import THEN_AFTER
    from netquiz.generate.scenario import benefit_heading
    from netquiz.language.base import Causal
    from netquiz.language.en_story import dangling, first_person_result
    assert dangling("Rashmi asks three questions first.")
    assert not dangling("Ask two or three sensible questions at the end")
    right = Option("Annual Day की तैयारी जल्दी शुरू करना", "")
    pool = [Option("पहले दो हफ्ते हर Class का Level समझना", "", group="s1"),
            Option("हर class का level पहले समझना", "", group="s1b"),
            Option("अपना Riyaz जारी रखना", "", group="s5"), Option("Costumes का पूरा Record रखना", "", group="s6")]
    picked = [o.text.lower() for o in pick_parallel(right, pool, 3, random.Random(0), lambda text: False)]
    assert not ("पहले दो हफ्ते हर class का level समझना" in picked and "हर class का level पहले समझना" in picked)
    oil = build_context(parse_article("# Starting a Small Oil Unit: 3 Tips\n\nIntro.\n\n## Dry the seed properly\n\n"
                                      "Spread the seed in the sun for a day. Damp seed leads to cloudy oil that smells "
                                      "sour within a few weeks.\n\n## Sell the cake too\n\nSell the cake to dairy "
                                      "farmers.\n\n## Press in small batches\n\nPress ten kilos at a time.\n"), 0)
    [damp] = [r for r in oil.readings["s1"] if "Damp" in r.causal.cause]
    assert harm(oil, damp)
    assert THEN_AFTER.match(", तभी नया प्रोडक्ट जोड़ें।")
    article = parse_article("# Your First Weeks at a Property Office: 4 Moments\n\nIntro.\n\n## When a Tenant's Rent "
                            "Is Late\n\nCall the tenant politely.\n\n## When Your First Deal Closes\n\nAsk for your "
                            "share.\n\n## When You Fix a Site Visit\n\nShare your location.\n\n## When the Documents "
                            "Come In\n\nFile them.\n")
    ctx = build_context(article, 0)
    assert not any(benefit_heading(ctx, s) for s in article.headed_sections)
    rule = Causal("x", "", "Match two identifiers", "Patient-safety guidelines ask for exactly this check, so it "
                  "protects you during audits", "linked", "imperative")
    assert first_person_result(rule, "f") is None


def test_a_result_after_a_list_of_examples_points_to_the_instruction_before_it() -> None:
    """aside318 s1: "Spend your first few quiet afternoons learning what suits which age. For example: - … This gives
    you …" had no claim (the sentence before the result is a list's item); an instruction that announces the list
    ("Be clear about things that often get added later, for example:") is still no step told alone."""
    from netquiz.generate.claims import _before_list
    from netquiz.language import language
    text = ("# New at a Toy Shop: 3 Tips\n\nIntro.\n\n## 1. Learn to read the age label on every box\n\nEvery box "
            "carries an age grade. Spend your first few quiet afternoons learning what suits which age. For example:"
            "\n\n- 0 to 18 months: rattles\n- 2 to 4 years: blocks\n\nThis gives you a quick, confident answer for "
            "every buyer.\n\n## 2. Be clear about extras\n\nBe clear about things that often get added later, for "
            "example:\n\n- ironing\n- cooking\n\nThis way you avoid a fresh discussion about pay.\n\n## 3. Count the "
            "pieces\n\nCount them at the counter.\n")
    article = parse_article(text)
    en = language("en")
    s1, s2 = article.section("s1"), article.section("s2")
    assert s1.sentences[_before_list(en, s1, len(s1.sentences) - 1) - 1].startswith("Spend your first")
    assert _before_list(en, s2, len(s2.sentences) - 1) == len(s2.sentences) - 1


def test_held_out_d_a_when_clause_and_a_relative_clause_are_no_step_and_no_result() -> None:
    """Round 34's held-out batch D (aside317–318, read at 581cc48): "धीरे-धीरे जब ऑर्डर बढ़ना" offered as a step (D5, D6,
    D17), "… जो पैसा बुटीक दे" as a wish and a result (D2, D7)."""
    from netquiz.generate.claims import _without_main
    from netquiz.language import language
    from netquiz.language.base import Causal
    rules = language("hi").rules
    assert rules.advice("धीरे-धीरे जब ऑर्डर बढ़ें") is None
    assert rules.advice("जब भी समय मिले, पानी पिएं") == "जब भी समय मिले, पानी पीना"
    sentence = ("ठेकेदार के लिए काम करने पर एक लहंगे की कढ़ाई का जो पैसा बुटीक देता है, उसका बड़ा हिस्सा बीच में ही कट "
                "जाता है।")
    cut = Causal(sentence, "", "ठेकेदार के लिए काम करने", "एक लहंगे की कढ़ाई का जो पैसा बुटीक देता है", "gerund", "noun")
    assert _without_main(cut)
    whole = Causal("रोज़ टहलने से नींद अच्छी आती है।", "", "रोज़ टहलने", "नींद अच्छी आती है", "gerund", "noun")
    assert not _without_main(whole)


def test_a_claim_after_a_run_in_label_is_read_and_quoted_whole() -> None:
    """aside317 s5 ("**मेले और प्रदर्शनियां:** … स्टॉल लगाने से ग्राहक … देख पाते हैं") read no claim."""
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    article = parse_article("# गुड़िया बनाने का काम: 3 सवाल\n\nपरिचय।\n\n## 1. ग्राहक कहां मिलेंगे?\n\n**मेले और प्रदर्शनियां:** "
                            "दिवाली मेले में स्टॉल लगाने से ग्राहक गुड़िया को हाथ में लेकर देख पाते हैं।\n\n## 2. दाम\n\n"
                            "दाम लिखें।\n\n## 3. कागज़\n\nकागज़ रखें।\n")
    [claim] = read_claims(language("hi"), article.section("s1"))
    assert claim.causal.cause == "दिवाली मेले में स्टॉल लगाने"
    assert claim.causal.sentence.startswith("मेले और प्रदर्शनियां:")


def test_held_out_e_english_wishes_and_steps() -> None:
    """Round 34's held-out batch E (aside319–320, read at 9280acb): the cake article's tip sections had no scenario
    question: "This way a last-minute cancellation doesn't leave you with …" (a trouble spared her), "A week before
    the date comes round the next year, send …" (a fronted time); "Turn up early, leave every client …, and your
    phone will …" told its two steps without "and"."""
    import netquiz.language.en as en
    from netquiz.language.base import Causal
    spared = Causal("x", "", "Ask for half the price", "a last-minute cancellation doesn't leave you with a three-kilo "
                    "cake and a loss you cannot recover", "linked", "imperative")
    assert en.wish(spared, "Meera") == "Meera hopes that a last-minute cancellation won't leave her with a three-kilo " \
                                       "cake and a loss she cannot recover."
    assert en.advice("A week before the date comes round the next year, send a short message with two design "
                     "ideas.") == "Send a short message with two design ideas"
    both = Causal("x", "", "Turn up early, leave every client looking exactly as promised", "your phone will keep "
                  "ringing", "imperative", "imperative")
    assert en.situation(both, "Kavita") == "Kavita turns up early and leaves every client looking exactly as promised."
    listed = Causal("x", "", "Buy rice, dal and oil", "x", "imperative", "imperative")
    assert en.situation(listed, "Kavita") == "Kavita buys rice, dal and oil."


def test_a_bare_passive_verb_is_no_result() -> None:
    """E20, E27: "घास काटने की मशीन बाद में, दूसरा या तीसरा कॉन्ट्रैक्ट मिलने पर खरीदी जा सकती है" told "उसने पाया कि खरीदी
    गई" and offered "खरीदी जा सकती है।" (the subject left before the comma)."""
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    article = parse_article("# गार्डन सर्विस के 3 फायदे\n\nपरिचय।\n\n## 1. कम लागत में शुरुआत\n\nघास काटने की मशीन बाद में, "
                            "दूसरा या तीसरा कॉन्ट्रैक्ट मिलने पर खरीदी जा सकती है। आसपास की सोसाइटियाँ चुनने से किराया "
                            "बचता है।\n\n## 2. तय आमदनी\n\nहर महीने पैसा आता है।\n\n## 3. रोज़गार\n\nटीम बनती है।\n")
    effects = [r.causal.effect for r in read_claims(language("hi"), article.section("s1"))]
    assert "खरीदी जा सकती है" not in effects and any("किराया" in e for e in effects)


def test_a_verb_parallel_to_an_infinitive_stays_bare() -> None:
    """F64: "teaches her team to start with the cleanest part and finishes with the dirtiest"."""
    import netquiz.language.en as en
    assert en._coordinated("Meera teaches her team to start with the cleanest area and finish with the dirtiest") \
        == "Meera teaches her team to start with the cleanest area and finish with the dirtiest"
    assert en._coordinated("Meera answers what she has been trained to answer and pass the rest") == \
        "Meera answers what she has been trained to answer and passes the rest"
    assert en._coordinated("Meera goes to the office and call her mother") == \
        "Meera goes to the office and calls her mother"


def test_a_note_whose_result_fits_another_benefit_is_not_tied_to_its_heading() -> None:
    """F17 (after the last reading): "किसी self-help group से जुड़ने पर … कच्चा माल थोक में सस्ता मिल जाता है" under
    "दूसरी महिलाओं के लिए रोज़गार" was keyed to that heading; its result is money, as "घर बैठे पक्की कमाई" is."""
    text = ("# घर पर मेहंदी कोन बनाने के 5 फायदे\n\nपरिचय।\n\n## 1. घर बैठे पक्की कमाई\n\nहर महीने कमाई होती है।\n\n"
            "## 2. अपना Brand, अपनी पहचान\n\nपैकेट पर नाम छापें।\n\n## 3. कम Investment में शुरुआत\n\nथोड़े पैसे लगते हैं।\n\n"
            "## 4. अपने समय पर काम\n\nकाम घर पर होता है।\n\n## 5. दूसरी महिलाओं के लिए रोज़गार\n\nकाम बढ़ने पर पड़ोस की "
            "महिलाओं को काम मिलता है। किसी self-help group से जुड़ने पर कच्चा माल थोक में सस्ता मिल जाता है।\n")
    ctx = build_context(parse_article(text), 0)
    assert not any("self-help" in c.question.stem for c in heading_link_candidates(ctx, "s5"))
