"""Claims read from the shapes real articles have: pointing-back words, problems that go away, beliefs."""

from dataclasses import replace

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.generate.context import build_context
from netquiz.generate.coverage import coverage_gaps
from netquiz.generate.links import harmful
from netquiz.generate.tips import heading_step, warned_steps
from netquiz.language import en, hi

TIPS_HI = """# मीटिंग के तरीके

परिचय का वाक्य है।

## 1. मीटिंग से पहले एजेंडा भेजें

सबको एक दिन पहले छोटा-सा ईमेल भेजें। इससे लोग अपने सवाल तैयार करके आते हैं और चर्चा भटकती नहीं।

## 2. फोन न देखें

बात करते समय मोबाइल देखना ठीक नहीं लगता। फोन को बैग में रख दें।

## 3. हर किसी को बोलने का मौका दें

कई लोग चुप रहते हैं। यह आपको नए सुझाव जुटाने में मदद करेगा।
"""


def _claims(text):
    article = parse_article(text)
    ctx = build_context(article, 0)
    return article, ctx


def _gaps(text: str) -> dict:
    """The bank's gaps of an article text, by section id."""
    from netquiz.generate import generate_bank

    return {g.section.id: g for g in coverage_gaps(generate_bank(parse_article(text)))}


def test_pointing_back_is_resolved_to_the_instruction_before_it():
    article, ctx = _claims(TIPS_HI)
    [claim] = [r for r in ctx.readings["s1"] if r.causal.pattern == "linked"]
    assert claim.causal.cause == "सबको एक दिन पहले छोटा-सा ईमेल भेजें।"
    assert claim.causal.effect.startswith("लोग अपने सवाल") and claim.step_from == "sentence"
    assert not harmful(ctx, claim.causal.effect)  # "चर्चा भटकती नहीं": a problem that goes away


def test_pointing_back_is_resolved_to_the_heading_when_no_instruction_precedes():
    article, ctx = _claims(TIPS_HI)
    [claim] = ctx.readings["s3"]
    assert claim.causal.cause == "हर किसी को बोलने का मौका दें" and claim.step_from == "heading"
    assert claim.causal.effect == "आपको नए सुझाव जुटाने में मदद मिलती है"
    assert claim.confidence < 1.0


def test_dont_headings_give_warned_steps_not_advice():
    article, ctx = _claims(TIPS_HI)
    assert heading_step(ctx, article.section("s2")) is None
    assert [step for step, _ in warned_steps(ctx)] == ["फोन देखना"]
    assert heading_step(ctx, article.section("s1")) == "मीटिंग से पहले एजेंडा भेजना"


def test_a_reported_belief_is_not_a_claim():
    article, ctx = _claims("परिचय है।\n\nताज़गी\n\nकई लोग सोचते हैं कि सुबह चलने से वे थक जाएंगे। "
                           "सैर से दिन भर ऊर्जा मिलती है।\n")
    assert all("सोचते" not in r.causal.sentence for r in ctx.readings["s1"])


def test_english_pointing_back_phrases():
    assert en.linked_effect("This gives you concrete examples for your review.") == \
        "you have concrete examples for your review"
    assert en.linked_effect("That way you fix small issues early.") == "you fix small issues early"
    assert en.linked_effect("Doing so keeps your manager informed.") == "your manager stays informed"
    assert en.linked_effect("This keeps your clients happy.") == "your clients stay happy"
    assert en.linked_effect("Doing so makes a difference.") is None  # no subject of its own
    assert en.future("her manager stays informed") == "her manager will stay informed"
    assert en.future("the team feels heard") == "the team will feel heard"
    assert hi.linked_effect("ऐसा करने से बाकी लोगों का समय बचता है।") == "बाकी लोगों का समय बचता है"


def test_a_bare_list_is_named_with_its_reason():
    from netquiz.generate import generate_bank

    article = parse_article("परिचय है।\n\nउपयोगी tools\n\n- समय के लिए Toggl\n- files के लिए Drive\n\n"
                            "दूसरा\n\nयह एक वाक्य है।\n")
    gaps = {g.section.id: g for g in coverage_gaps(generate_bank(article))}
    assert gaps["s1"].reason == "list" and "सूची" in gaps["s1"].message("hi")
    assert gaps["s2"].reason == "no_claim" and "could not read a step" in gaps["s2"].message("en")


def test_a_result_the_article_ties_to_the_same_step_anywhere_is_no_distractor():
    from netquiz.generate.links import supported

    article, ctx = _claims("परिचय है।\n\nपहला\n\nलोगों से बात करने से आत्मविश्वास बढ़ता है।\n\n"
                           "दूसरा\n\nनियमित पढ़ाई से ज्ञान बढ़ता है। लोगों से बात करने पर ज्ञान भी बढ़ता है।\n")
    assert supported(ctx, "लोगों से बात करना", "ज्ञान बढ़ता है")  # said in the second section too
    assert not supported(ctx, "नियमित पढ़ाई", "आत्मविश्वास बढ़ता है")


def test_the_articles_closing_words_are_no_result_of_the_last_tip():
    from netquiz.article import parse_article
    from netquiz.generate.context import build_context
    article = parse_article("Title\n\nAn intro line for the article.\n\n## Send a short follow-up\n\n"
                            "Write two lines the same day. Colleagues see that you close the loop.\n\n"
                            "Walk in with one clear message and honest answers, and the room will listen.\n")
    ctx = build_context(article, 0)
    effects = [r.causal.effect for r in ctx.readings["s1"]]
    assert effects and not any("Walk in" in e or "room will listen" in e for e in effects), effects


def test_an_option_that_points_outside_the_question_is_told_so():
    """reading123: "Rating पर उसी meeting में बहस न करें", "Meeting में ये चीज़ें साथ रखें" as options; the persona's
    own "वह" is no such pointer."""
    from netquiz.language import en_story, hi_story

    assert hi_story.option_leans("Rating पर उसी meeting में बहस न करें")
    assert hi_story.option_leans("Meeting में ये चीज़ें साथ रखें")
    assert hi_story.option_leans("फिर manager को एक छोटा नोट भेजना")
    assert not hi_story.option_leans("वह सेंटर ऑफ अट्रेक्शन बन सकती है।")
    assert not hi_story.option_leans("पहले हफ़्ते में अपने goals लिखित में तय कर लेना")
    assert en_story.option_leans("Ask what should move down the list")
    assert not en_story.option_leans("Offer a two-week trial")


def test_a_claim_that_leans_on_the_sentence_before_it_is_refused():
    from netquiz.language import en_story, hi_story

    assert en_story.leans_on_context("you address those concerns in writing")
    assert en_story.leans_on_context("you have a stronger case when you raise it again")
    assert en_story.leans_on_context("you get a chance to prove the arrangement works")
    assert not en_story.leans_on_context("your manager can picture the week without guessing")
    assert hi_story.leans_on_context("करियर की शुरुआत में ऐसी स्थिति और भारी लगती है")
    assert hi_story.leans_on_context("इन तरीकों को अपनाने")
    assert not hi_story.leans_on_context("panel आपको उस व्यक्ति के रूप में याद रखता है जिसने चर्चा को दिशा दी")
    assert not hi_story.leans_on_context("इस हफ़्ते एक नए व्यक्ति से मिलें")
    article = parse_article("Title\n\nAn intro line.\n\n## What if your manager says no?\n\n"
                            "Ask what concerns they have. If you address those concerns in writing, then you "
                            "have a stronger case when you raise it again.\n")
    assert build_context(article, 0).readings["s1"] == []


def test_a_clause_inside_the_sentence_is_no_condition_and_a_benefit_heading_no_step():
    found = en.find_causal("Spell out when you will be reachable, so that your manager can plan.")
    assert not [c for c in found if c.pattern == "conditional"]
    assert [c for c in en.find_causal("When you ask early, you get better answers.") if c.pattern == "conditional"]
    assert en.advice("Room for growth outside office hours") is None
    assert en.advice("Work with a mentor") == "Work with a mentor"


def test_past_tense_after_an_adverb_and_a_hindi_relative_clause_is_no_step():
    from netquiz.language.en_story import _past_clause

    assert _past_clause("I often skip the worst traffic") == "I often skipped the worst traffic"
    assert _past_clause("I no longer arrive tired") == "I no longer arrived tired"
    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## 1. बातें लिखित में रखें\n\n"
                            "जिस सहकर्मी के साथ खटपट होती हो, उसके साथ ज़बानी वादों पर भरोसा न करें। "
                            "हर चर्चा के बाद छोटा ईमेल भेजें।\n")
    from netquiz.generate.tips import section_steps

    steps = [step for step, _ in section_steps(build_context(article, 0), article.section("s1"))]
    assert steps and not any(step.startswith("जिस") for step in steps), steps


def test_a_section_whose_claim_leans_outside_it_is_named_with_the_words():
    from netquiz.generate import generate_bank

    article = parse_article("Title\n\nAn intro line.\n\n## Offer a trial period\n\nSuggest four weeks first. "
                            "It also gives you a chance to prove the arrangement works.\n")
    gaps = {g.section.id: g for g in coverage_gaps(generate_bank(article))}
    assert gaps["s1"].reason == "leans" and "the arrangement" in gaps["s1"].message("en")
    assert "the arrangement" in gaps["s1"].message("hi")


def test_doing_so_tells_you_and_a_wish_without_its_frequency_adverb():
    from netquiz.language.base import Causal

    assert en.linked_effect("Doing so tells you what is already allowed.") == "you learn what is already allowed"
    assert en.wish(Causal("", "", "x", "you often skip the worst traffic", "gerund", "verbal"), "Pooja") == \
        "Pooja hopes to skip the worst traffic."
    assert "no longer" in en.wish(Causal("", "", "x", "you no longer arrive tired", "gerund", "verbal"), "Pooja")


def test_a_question_heading_is_no_step():
    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## कब मैनेजर से बात करें?\n\nसमय पर बात करें।\n")
    assert heading_step(build_context(article, 0), article.section("s1")) is None


def test_shapes_read_in_the_aside7_and_aside8_articles():
    from netquiz.language import en_story

    assert en.find_causal("When you're active in an association, you no longer miss the openings.") == []
    assert en.advice("After each talk, post a short summary on LinkedIn.") == "Post a short summary on LinkedIn"
    assert en.advice("Pick one role with a clear deliverable.") == "Pick one role with a clear deliverable"
    assert en.advice("Research shows that people remember stories.") is None
    assert en_story.leans_on_context("you're matched before the cohort fills up")
    assert en_story.leans_on_context("Write down the answer and follow up by email")
    assert not en_story.leans_on_context("you get fewer surprises at the annual review")
    assert not en_story.leans_on_context("colleagues see that you close the loop")
    assert hi.linked_effect("नतीजा यह कि असली पहले दिन सुबह की भागदौड़ नहीं होती।") == \
        "असली पहले दिन सुबह की भागदौड़ नहीं होती"
    long_cause = hi.find_causal("हफ़्ते में तीन दिन ऑफिस और दो दिन घर से काम करने से आपको और बच्चे, दोनों को नई "
                                "दिनचर्या की आदत धीरे-धीरे पड़ती है।")
    assert [c.effect for c in long_cause if c.pattern == "gerund"] == [
        "आपको और बच्चे, दोनों को नई दिनचर्या की आदत धीरे-धीरे पड़ती है"]
    assert [c.cause for c in hi.find_causal("साथियों के साथ नियमित बातचीत से नए विचार आते हैं।")] == [
        "साथियों के साथ नियमित बातचीत"]
    assert hi.find_causal("आंकड़ा ज़ोर से बोलकर देखने से घबराहट कम होती है।")[0].cause != "आंकड़ा ज़ोर"


def test_a_hindi_cloze_offers_only_words_the_article_uses_as_nouns():
    from netquiz.generate.recall import word_class

    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## पहला\n\nकरियर की शुरुआत में बात उलझी हुई लगती है। "
                            "गुस्सा आना स्वाभाविक है।\n")
    ctx = build_context(article, 0)
    assert word_class(ctx, "करियर") == "deva-NOUN"
    assert word_class(ctx, "उलझी") != "deva-NOUN" and word_class(ctx, "आना") != "deva-NOUN"


def test_a_warning_told_as_cause_and_result_is_no_step_to_recommend():
    from netquiz.generate.scenario import advised

    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## सैलरी की बात कब करें?\n\nसही समय आख़िरी राउंड है। "
                            "पहले ही इंटरव्यू में पैसों पर अड़ जाने से ध्यान आपके काम से हटकर रकम पर चला जाता है। "
                            "ऐसे में एक आँकड़े के बजाय रेंज बताएं, ताकि आगे बातचीत की गुंजाइश बनी रहे।\n")
    ctx = build_context(article, 0)
    warning = [r for r in ctx.readings["s1"] if "अड़ जाने" in r.causal.cause]
    assert warning and not advised(ctx, warning[0])


def test_a_noun_the_title_or_heading_names_is_no_outside_reference():
    from netquiz.language import en_story

    assert en_story.leans_on_context("you tag the association")
    article = parse_article("# Why join a professional association?\n\nIntro line here.\n\n## Visibility\n\n"
                            "After each talk, post a short summary and tag the association. That way, people who "
                            "missed it still see what you spoke about.\n")
    assert not en_story.leans_on_context("tag the association", frozenset({"association"}))
    assert build_context(article, 0).readings["s1"], "the association is the article's own topic"


def test_a_warning_in_the_body_is_no_wish_nor_an_application_key():
    from netquiz.generate import generate_bank

    article = parse_article("# ईमेल\n\nपरिचय का वाक्य है।\n\n## 1. CC का सोच-समझकर इस्तेमाल करें\n\nसिर्फ़ ज़रूरी लोगों को "
                            "CC करें। हर मेल में पूरी टीम को CC करने से लोगों का इनबॉक्स भर जाता है और ज़रूरी मेल दब "
                            "जाते हैं।\n\n## 2. सब्जेक्ट लाइन साफ़ रखें\n\nइससे पढ़ने वाला तुरंत समझ लेता है।\n")
    bank = generate_bank(article)
    assert not any("इनबॉक्स भर" in q.stem for q in bank.questions if q.kind == "scenario")
    assert not any("इनबॉक्स भर" in q.options[q.answer] for q in bank.questions if q.kind == "scenario")


def test_an_english_benefit_heading_over_a_hindi_body_makes_its_gerunds_advice():
    from netquiz.generate.scenario import advised, benefit_article

    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## A gradual start for you and your baby\n\nकई कंपनियाँ यह "
                            "विकल्प देती हैं, इसलिए HR से यह ज़रूर पूछें। हफ़्ते में तीन दिन ऑफिस और दो दिन घर से काम "
                            "करने से नई दिनचर्या की आदत धीरे-धीरे पड़ती है।\n\n## Call your manager early\n\nमैनेजर को "
                            "फ़ोन करें।\n\n## Do a trial run\n\nदो दिन पहले से तैयारी करें।\n")
    ctx = build_context(article, 0)
    gradual = [r for r in ctx.readings["s1"] if "काम करने" in r.causal.cause]
    assert gradual and advised(ctx, gradual[0])
    assert not benefit_article(ctx)  # two of three English headings are instructions


def test_a_problem_that_goes_away_restates_the_advice():
    from netquiz.generate.scenario import advised

    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## Call your manager early\n\nमैनेजर के साथ एक कॉल रखें। "
                            "पहले से बात कर लेने से जॉइनिंग के दिन कोई खींचतान नहीं होती।\n")
    ctx = build_context(article, 0)
    assert ctx.readings["s1"] and advised(ctx, ctx.readings["s1"][0])


def test_a_section_whose_only_claim_is_a_warning_is_named_so():
    from netquiz.generate import generate_bank

    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## सैलरी की बात कब करें?\n\nसही समय आख़िरी राउंड है। "
                            "पहले ही इंटरव्यू में पैसों पर अड़ जाने से ध्यान आपके काम से हटकर रकम पर चला जाता है। "
                            "ऐसे में एक आँकड़े के बजाय रेंज बताएं।\n\n## दूसरा\n\nयह एक वाक्य है।\n")
    gaps = {g.section.id: g for g in coverage_gaps(generate_bank(article))}
    assert gaps["s1"].reason == "warning" and "अड़ जाने" in gaps["s1"].message("hi")


def test_aside11_12_readings_a_complaint_that_shrinks_is_a_benefit_food_is_no_eating_and_a_step_after_so():
    from netquiz.generate.links import goes_away, harmful
    from netquiz.generate.tips import section_steps

    article = parse_article("# लेख\n\nपरिचय का वाक्य है।\n\n## Make your bedroom dark\n\nठंडे कमरे में नींद गहरी आती है, "
                            "इसलिए गर्मियों में AC 24 डिग्री पर रखें। हल्के खाने से सुस्ती कम होती है। रोज़ एक ही समय पर "
                            "सोने से बार-बार आँख खुलने की शिकायत घटती है।\n")
    ctx = build_context(article, 0)
    assert not harmful(ctx, "बार-बार आँख खुलने की शिकायत घटती है") and goes_away(ctx, "सुस्ती कम होती है")
    assert goes_away(ctx, "chips का सहारा नहीं लेना पड़ता")
    assert not any(r.causal.cause == "हल्के खाने" for r in ctx.readings["s1"])
    assert [step for step, _ in section_steps(ctx, article.section("s1"))] == [
        "Make her bedroom dark", "गर्मियों में AC 24 डिग्री पर रखना"]  # (every heading is English: a step too)
    assert hi.wish(hi.find_causal("बैग में power bank रखें, ताकि फोन रास्ते में बंद न हो।")[0], "प्रिया") == \
        "प्रिया चाहती है कि फोन रास्ते में बंद न हो।"
    assert not en_story_leans("seniors appreciate someone who pins down the vague parts of a plan")


def en_story_leans(text: str) -> bool:
    from netquiz.language.en_story import leans_on_context

    return leans_on_context(text)


def test_aside13_14_reading_the_task_the_trade_off_the_checklist_and_vahan_lean_outside():
    from netquiz.language import en_story, hi_story

    assert en_story.leans_on_context("you get room to think about whether you can take the task on")
    assert en_story.leans_on_context("your manager makes the trade-off with full information")
    assert en_story.leans_on_context("nobody is surprised when the checklist isn't ready")
    assert not en_story.leans_on_context("Use the three-box method")
    assert hi_story.leans_on_context("शाम को वहाँ से उठते ही ऑफिस खत्म होने का एहसास आता है")
    assert not hi_story.leans_on_context("जहाँ नेटवर्क मिलता है, वहाँ काम करें")


POINTER_NOUNS = """# घर और दफ़्तर

परिचय का वाक्य है।

## इमरजेंसी की तैयारी

फ्रिज के पास एक कागज़ पर डॉक्टर का नंबर और दवाइयों की लिस्ट चिपका दें। पड़ोस के दो लोगों के नंबर भी इसमें लिख दें। इस तैयारी से मीटिंग के बीच घर से फोन आने पर घबराहट कम होती है।
"""
POINTER_NOUNS_EN = """# Notes at work

An introduction.

## Weekly notes

Write three lines about your week every Friday. This small habit gives you a record to point back to at review time.
"""


def test_a_pointer_with_a_noun_points_back_to_the_instruction_that_does_not_lean():
    """"इस तैयारी से …" / "This small habit gives you …" name the step before them; the step before that one is
    taken when the nearer one leans on it ("… भी इसमें लिख दें")."""
    article, ctx = _claims(POINTER_NOUNS)
    [claim] = [r for r in ctx.readings["s1"] if r.causal.pattern == "linked"]
    assert claim.causal.cause.startswith("फ्रिज के पास एक कागज़ पर")
    assert claim.causal.effect == "मीटिंग के बीच घर से फोन आने पर घबराहट कम होती है"
    article, ctx = _claims(POINTER_NOUNS_EN)
    [claim] = [r for r in ctx.readings["s1"] if r.causal.pattern == "linked"]
    assert claim.causal.cause.startswith("Write three lines") and claim.causal.effect.startswith("you have a record")
    assert en.linked_effect("Those are the moments when people form an impression.") is None  # no noun: a verb
    assert hi.linked_effect("इस बात से सब सहमत हैं।") is None  # agreeing with, not a result


CUT_CLAUSE = """# Saying no at work

An introduction.

## Follow up in writing

After any talk about your workload, send a two-line message that sums up what you agreed. This gives you a record to point back to, so that nobody's surprised when the checklist isn't ready on Wednesday.

## Ask what should move

Ask your manager which task should wait. That way, your manager makes the trade-off with full information.
"""


def test_a_result_whose_later_clause_leans_is_told_without_it():
    article, ctx = _claims(CUT_CLAUSE)
    [claim] = ctx.readings["s1"]
    assert claim.causal.effect == "you have a record to point back to, so that nobody's surprised"
    assert ctx.readings["s2"] == []  # "the trade-off" is in the result's only clause: refused, and named
    [gap] = [g for g in coverage_gaps(generate_bank(article)) if g.section.id == "s2"]
    assert gap.reason == "leans" and "trade-off" in gap.detail


def test_a_bad_thing_that_grows_is_a_harm_and_a_spoiling_that_stops_a_benefit():
    article, ctx = _claims(TIPS_HI)
    assert harmful(ctx, "पेट भारी रहता है और acidity बढ़ती है")
    assert not harmful(ctx, "शरीर की घड़ी बार-बार नहीं बिगड़ती")
    assert not harmful(ctx, "रात के आखिरी घंटों की सुस्ती कम होती है")


CLANG_ONLY = """# Working with your manager

An introduction.

## Tell your manager early

Tell your manager before you apply for a new role. This turns your manager into an ally.

## Plan a clean handover

Write a one-page note on your open work. This gives your team a smooth week after you leave.

## Follow up, then be patient

Follow up with HR every two weeks. That way your application doesn't slip through the cracks.

## Read the policy first

Read the internal mobility policy before you ask. This gives you the rules in black and white.
"""


def test_a_section_whose_questions_all_repeat_a_word_of_the_goal_is_named_with_the_word():
    bank = generate_bank(parse_article(CLANG_ONLY))
    gaps = {g.section.id: g for g in coverage_gaps(bank)}
    assert "s1" in gaps and gaps["s1"].reason == "clang" and gaps["s1"].detail == "manager"
    assert "“manager”" in gaps["s1"].message("en") and "“manager”" in gaps["s1"].message("hi")


def test_a_purpose_whose_future_agrees_with_an_unknown_noun_is_not_told():
    from netquiz.language import hi as hi_rules
    from netquiz.language.base import Causal

    sleep = Causal("…", "", "रोज़ एक ही समय पर सोएँ", "शरीर को सात घंटे की नींद मिल सके", "purpose", "imperative")
    assert hi_rules.outcome(sleep, "नेहा") is None  # not "नींद मिल सकेगा"
    finish = Causal("…", "", "लिस्ट बनाएं", "आप काम समय पर पूरा कर सकें", "purpose", "imperative")
    assert hi_rules.outcome(finish, "नेहा") == "वह काम समय पर पूरा कर सकेगी।"  # she is the subject


ENGLISH_HEADINGS = """# Night Shift में काम करती हैं?

परिचय का वाक्य है।

## Make your bedroom dark and cool

ठंडे कमरे में नींद गहरी आती है, इसलिए गर्मियों में AC 24 डिग्री पर रखें।

## Eat your main meal before the shift

हल्का खाना खाने से रात की सुस्ती कम होती है।

## Plan a safe ride home

घर पहुँचने तक फोन चार्ज रखें, ताकि रास्ते में फोन बंद न हो।
"""


def test_english_headings_over_a_hindi_body_are_steps_when_every_heading_is_english():
    article, ctx = _claims(ENGLISH_HEADINGS)
    assert [heading_step(ctx, s) for s in article.headed_sections] == [
        "Make her bedroom dark and cool", "Eat her main meal before the shift", "Plan a safe ride home"]
    mixed, mixed_ctx = _claims(ENGLISH_HEADINGS.replace("## Plan a safe ride home", "## घर लौटने की योजना बनाएं"))
    assert heading_step(mixed_ctx, mixed.headed_sections[0]) is None  # one Hindi heading: an English one stands out
    for question in generate_bank(article).questions:
        if question.kind == "scenario":  # never an English heading among Hindi steps, nor the reverse
            from netquiz.text import is_devanagari
            assert len({is_devanagari(o) for o in question.options}) == 1, question.options


def test_a_wish_agrees_with_its_own_subject_and_a_story_keeps_its_not():
    from netquiz.language import en_story
    from netquiz.language import hi as hi_rules
    from netquiz.language.base import Causal

    def wish(effect: str) -> str | None:
        return hi_rules.wish(Causal("…", "", "हिसाब देखें", effect, "linked", "imperative"), "पूजा")

    assert wish("फ़िज़ूलखर्ची महीना खत्म होने से पहले ही पकड़ में आ जाती है") == \
        "पूजा चाहती है कि फ़िज़ूलखर्ची महीना खत्म होने से पहले ही पकड़ में आ जाए।"  # "में" is no plural noun
    assert wish("उसकी बातें सबको याद रहती हैं") == "पूजा चाहती है कि उसकी बातें सबको याद रहें।"

    def told(effect: str) -> str | None:
        return en_story.first_person_result(Causal("x", "", "Post", effect, "linked", "imperative"), "f")

    assert told("the people who couldn't attend still see what you spoke about") != \
        "the people who attended still see what I spoke about"  # never the "not" dropped
    assert told("you don't miss a beat") == "I didn't miss a beat"


def test_a_burden_that_goes_away_is_a_goal_wished_with_na():
    from netquiz.generate.scenario import no_goal

    article, ctx = _claims("""# अप्रेज़ल की तैयारी

परिचय का वाक्य है।

## पूरे साल का हिसाब लिखती रहें

हर शुक्रवार शाम दस मिनट निकालें और एक नोट में लिखें कि इस हफ्ते आपने क्या पूरा किया। ऐसा करने से appraisal के समय आपको अपनी याददाश्त के भरोसे नहीं बैठना पड़ता।
""")
    [claim] = ctx.readings["s1"]
    assert not no_goal(ctx, claim)
    assert ctx.lang.wish(claim.causal, "प्रिया") == \
        "प्रिया चाहती है कि appraisal के समय उसे अपनी याददाश्त के भरोसे न बैठना पड़े।"
    from netquiz.language import hi_story
    assert hi_story.leans_on_context("Meeting में ये चीज़ें साथ रखें")  # the list below names them


def test_a_leaning_instruction_gives_the_pointer_to_the_heading():
    article, ctx = _claims(ENGLISH_HEADINGS.replace(
        "## Plan a safe ride home\n", "## Learn names, not just faces\n\nपहले हफ्ते में बहुत से लोगों से मिलना होता है। "
        "रात को सोने से पहले यह सूची एक बार पढ़ लें। इससे दूसरे हफ्ते में किसी से दोबारा नाम पूछने की झिझक नहीं रहती।\n\n"
        "## Plan a safe ride home\n"))
    [claim] = [r for r in ctx.readings["s3"] if r.causal.pattern == "linked"]
    assert claim.causal.cause == "Learn names, not just faces" and claim.step_from == "heading"


def test_a_cloze_blanks_no_name_and_no_verb_use_and_offers_no_name():
    from netquiz.generate.recall import _names, cloze_candidates

    text = ("# Asking for a training budget\n\nMost women wait to be nominated. Priya Nair asked instead.\n\n"
            "## Find out what exists\n\nRead the learning policy before you ask. The policy often names an annual "
            "allowance for every employee in Chennai.\n\n## Tie the course to a problem\n\nShow the dashboard the "
            "team will get from the course. A new dashboard saves the team a day each month.\n\n## Ask in writing\n\n"
            "Send a short email with the cost of the course. Your manager can forward the email to finance.\n")
    article, ctx = _claims(text)
    assert {"nair", "chennai", "priya"} <= _names(ctx)
    options = [o for s in article.sections for c in cloze_candidates(ctx, s.id) for o in c.question.options]
    assert options and not {"nair", "chennai", "priya", "wait"} & {o.lower() for o in options}


def test_a_dash_list_of_examples_is_cut_from_a_step():
    from netquiz.generate.claims import without_examples

    assert without_examples("Add two lines on what the team will gain — a new dashboard, a faster process, one "
                            "less vendor to pay.") == "Add two lines on what the team will gain"


def test_a_body_step_that_leans_is_no_option():
    from netquiz.generate.tips import section_steps

    article, ctx = _claims("""# वापसी

परिचय का वाक्य है।

## अपना जवाब पहले से तैयार रखें

गैप के बारे में तीन वाक्य लिखें। इस जवाब को आईने के सामने चार-पाँच बार बोलकर देखें। इससे इंटरव्यू में आवाज़ नहीं काँपती।
""")
    steps = [step for step, _ in section_steps(ctx, article.section("s1"))]
    assert steps and not any("इस जवाब" in step for step in steps)


def test_instead_a_step_with_its_example_and_a_need_that_shrinks():
    article, ctx = _claims("""# करियर ब्रेक के बाद वापसी

परिचय का वाक्य है।

## गैप को छिपाने की कोशिश न करें

कई महिलाएँ बीच के सालों को खाली छोड़ देती हैं। इसके बजाय resume में एक सीधी-सी लाइन जोड़ें: "2020–2024: Career break"। ऐसा करने से इंटरव्यू में सफ़ाई देने की ज़रूरत कम हो जाती है।
""")
    [claim] = ctx.readings["s1"]
    assert ctx.lang.action(claim.causal) == "resume में एक सीधी-सी लाइन जोड़ना"
    from netquiz.generate.links import harmful
    assert not harmful(ctx, claim.causal.effect)  # a need that shrinks is a benefit
    assert en.linked_effect("You then walk into the new role fresh.") == "you walk into the new role fresh"
    assert en.linked_effect("It also saves you from asking twice.") == "you avoid asking twice"


def test_a_benefit_section_that_tells_what_the_topic_brings_is_named_for_that() -> None:
    from netquiz.generate import generate_bank

    body = "".join(f"## {title}\n\n{text}\n\n" for title, text in [
        ("बेहतर नींद", "Phone से दूर बिताया एक दिन body clock को वापस पटरी पर लाता है। Phone की रोशनी नींद टालती है।"),
        ("ज़्यादा focus", "हर phone notification ध्यान तोड़ता है। बिना phone का दिन लंबा ध्यान सिखाता है।"),
        ("परिवार के साथ समय", "Phone अलमारी में हो तो शाम बच्चों के साथ बीतती है। Phone के बिना बातें लंबी चलती हैं।"),
        ("शौक़ के लिए समय", "Phone की screen time report बताती है कि घंटे कहाँ जाते हैं। वही घंटे बागवानी में लगते हैं।"),
    ])
    article = parse_article("Digital detox के फ़ायदे\n\nहफ़्ते में एक दिन phone से दूरी।\n\n" + body)
    gaps = {g.section.id: g for g in coverage_gaps(generate_bank(article))}
    assert gaps and all(g.reason == "topic" for g in gaps.values()), {k: g.reason for k, g in gaps.items()}
    assert "विषय" in next(iter(gaps.values())).message("hi")


def test_a_section_with_its_scenario_but_one_question_is_named_for_the_missing_second() -> None:
    from netquiz.generate import generate_bank
    from netquiz.model import Bank

    bank = generate_bank(parse_article(ENGLISH_TIPS))
    section = next(q.section for q in bank.questions if q.kind == "scenario")
    only = next(q for q in bank.questions if q.section == section and q.kind == "scenario")
    trimmed = Bank(bank.article, tuple(q for q in bank.questions if q.section != section) + (only,), bank.voice)
    gap = next(g for g in coverage_gaps(trimmed) if g.section.id == section)
    assert gap.reason == "one_question" and gap.scenarios == 1
    assert "second question" in gap.message("en") and "दूसरा" in gap.message("hi")


ENGLISH_TIPS = """# How to Read More Books This Year

Most of us buy more books than we finish.

## Carry a book everywhere

Keep a paperback in your bag or an e-book app on your phone. Queues and waiting rooms become reading time.

## Join a book club

Sign up for a monthly meeting at your local library. Knowing others will ask what you thought keeps you going.

## Replace one screen habit

Swap the last twenty minutes of scrolling before bed for a novel. Your sleep improves as well.

## Don't finish books you dislike

Give a book fifty pages and then decide. Life is too short for a dull book.
"""


def test_mends_after_reading31_and_33() -> None:
    """A quoted time ("इस महीने") points nowhere; a cut result keeps its verb; "दोनों" after a long "और" list names
    its two."""
    from netquiz.generate.claims import POINTING, _ends_on_verb
    from netquiz.language import hi_story, language
    assert not POINTING.search("इस महीने बजट नहीं है") and POINTING.search("इस बात से")
    assert not POINTING.search("this week") and POINTING.search("I'm interested in this")
    assert not _ends_on_verb(language("hi"), "झंझट") and _ends_on_verb(language("hi"), "रहते")
    assert _ends_on_verb(language("en"), "anything")
    assert not hi_story._both_unnamed("पैरों का दर्द और बार-बार कपड़े ठीक करने की झंझट, दोनों नहीं रहते")
    assert hi_story._both_unnamed("अस्पताल का पता, दोनों का ब्लड ग्रुप")


def test_a_heading_is_no_key_for_what_the_body_ties_to_its_own_instruction() -> None:
    """"घर के पास का डे-केयर चुनें, ताकि रोज़ की भागदौड़ कम हो" under "खोज जल्दी शुरू करें": the heading does not bring
    that result (readers judged such a key indefensible)."""
    from netquiz.article import parse_article
    from netquiz.generate.context import build_context
    from netquiz.generate.scenario import _own_step
    from netquiz.generate.tips import heading_step
    text = """# डे-केयर कैसे चुनें

बच्चे के लिए डे-केयर चुनना आसान नहीं।

## 1. खोज जल्दी शुरू करें

जॉइनिंग से दो महीने पहले खोज शुरू करें, ताकि आपके पास तुलना का समय रहे। घर या ऑफ़िस के पास का डे-केयर चुनें, ताकि \
बच्चे को छोड़ने में रोज़ की भागदौड़ कम हो।

## 2. दो बार जाकर देखें

एक बार बताकर और एक बार बिना बताए जाएं, ताकि आपको असली माहौल दिखे।

## 3. फ़ीस का पूरा हिसाब पूछें

फ़ीस के साथ पूछें कि उसमें खाना और दवा शामिल है या नहीं, ताकि बाद में कोई नया खर्च न जुड़े।
"""
    ctx = build_context(parse_article(text), seed=0)
    section = ctx.article.section("s1")
    key = heading_step(ctx, section)
    assert key is not None
    own = {r.causal.effect: _own_step(ctx, r, key) for r in ctx.readings["s1"] if r.causal.pattern == "purpose"}
    assert any(own[e] for e in own if "भागदौड़" in e) and not any(own[e] for e in own if "तुलना" in e)


def test_a_gap_quotes_the_sentence_to_start_a_question_by_hand():
    """A belief the section corrects first, never a list item; a bare list gets no sentence to start from."""
    gaps = _gaps("परिचय है।\n\nउपयोगी tools\n\n- समय के लिए Toggl नाम का app\n- files के लिए Drive\n\n"
                 "दूसरा\n\nयह एक छोटा वाक्य है। बहुत-सी महिलाएं मानती हैं कि सैलरी पर बात करना बदतमीज़ी है, पर "
                 "ऐसा नहीं है।\n")
    assert gaps["s1"].hint == "" and "start from" not in gaps["s1"].message("en")
    assert gaps["s2"].hint.startswith("बहुत-सी महिलाएं मानती हैं कि सैलरी पर बात करना")
    assert "इस वाक्य से शुरू करें: “बहुत-सी" in gaps["s2"].message("hi")


def test_a_section_whose_result_sentence_was_not_read_is_named_with_that_sentence():
    """reading127: "netquiz read no step with a result here" was unfair where the section says "That way …" or
    "… stops you from …": the reason quotes the sentence and says what stopped netquiz."""
    gaps = _gaps("Intro line here.\n\n## Use a simple three-part structure\n\nOpen, tell one story, close. "
                 "Sticking to this shape stops you from wandering, which makes speeches run long.\n\n"
                 "## Keep it short\n\nThe audience is waiting for the cake.\n\n"
                 "## End with a wish\n\nWish them something tied to their plans.\n")
    assert gaps["s1"].reason == "unread_shape"
    assert "“Sticking to this shape stops you from wandering" in gaps["s1"].message("en")
    assert "words netquiz does not read yet" in gaps["s1"].message("en") and "start from" not in gaps["s1"].message("en")
    hindi = _gaps("परिचय की एक पंक्ति।\n\n## रोज़ अभ्यास करें\n\nरोज़ पंद्रह मिनट अभ्यास की आदत रखें।\n\n"
                  "## Job tests\n\nभर्ती में टाइपिंग टेस्ट होता है। इसलिए रफ़्तार वाले उम्मीदवार आगे रहते हैं।\n\n"
                  "## घर जल्दी\n\nकाम जल्दी निपटता है।\n")
    assert hindi["s2"].reason.startswith("unread") and "“इसलिए रफ़्तार" in hindi["s2"].message("hi")
    main = _gaps("परिचय की एक पंक्ति।\n\n## साथियों को साथ लें\n\nबुज़ुर्ग आगंतुकों को भी इससे आसानी होती है। टीम के "
                 "छह लोगों ने ईमेल का जवाब देकर समर्थन किया, जिससे माँग पूरी टीम की बन गई।\n\n## रोज़ अभ्यास करें\n\n"
                 "रोज़ पंद्रह मिनट अभ्यास की आदत रखें।\n\n## घर जल्दी\n\nकाम जल्दी निपटता है।\n")
    assert "“टीम के छह लोगों" in main["s1"].message("hi"), main["s1"].message("hi")  # (the claim, not the remark)


def test_a_step_without_a_result_is_named_so():
    """"Pay on time, every month" with no sentence saying what it brings: not "its claims were found"."""
    gaps = _gaps("Intro line here.\n\n## Pay on time, every month\n\nYour help has rent and fees to pay.\n\n"
                 "## Give her a weekly off\n\nA fixed weekly off keeps her healthy.\n\n"
                 "## Keep a backup plan\n\nAsk a neighbour's help to step in.\n")
    assert gaps["s1"].reason == "no_result" and "ties a result to that step" in gaps["s1"].message("en")
    assert "netquiz read no sentence here" in gaps["s1"].message("en")  # (netquiz's reading, not the section's
    assert "उस कदम से कोई नतीजा जोड़े" in gaps["s1"].message("hi")  # fault: it may say so in another shape)


def test_a_problem_solved_is_a_benefit_not_a_harm():
    """"समय पर बात कर लेने से उलझन शुरुआत में ही सुलझ जाती है" was read as a warning (reading41)."""
    from netquiz.generate.links import goes_away
    from netquiz.generate.scenario import harm

    article, ctx = _claims("परिचय है।\n\nपहला\n\nसमय पर बात कर लेने से उलझन शुरुआत में ही सुलझ जाती है।\n\n"
                           "दूसरा\n\nरोज़ टहलने से नींद गहरी आती है।\n")
    [reading] = ctx.readings["s1"]
    assert goes_away(ctx, reading.causal.effect) and not harm(ctx, reading)


def test_a_section_whose_claims_lean_reads_its_statement_to_the_reader_as_the_headings_result():
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    text = ("# Returning to Work\n\nIntro.\n\n## Refresh your skills before you apply\n\n"
            "Take a short online course in the tools your field uses today. "
            "Even a free certificate shows an interviewer that your knowledge is current. "
            "Her manager approved it the same afternoon.\n")  # (the story's end: no closing reason is read)
    section = parse_article(text).headed_sections[0]
    found = read_claims(language("en"), section, "Returning to Work")
    assert [(r.causal.cause, r.causal.effect, r.causal.pattern) for r in found] == [
        ("Refresh your skills before you apply",
         "Even a free certificate shows an interviewer that your knowledge is current", "section")]
    quoted = text.replace("Even a free certificate shows", 'A line like "I kept learning" shows')
    assert read_claims(language("en"), parse_article(quoted).headed_sections[0], "Returning to Work") == []


def test_an_introduction_with_no_question_is_named_with_its_reason():
    from netquiz.generate.coverage import intro_gap
    text = ("# Reading More\n\nMost people think that reading needs long free evenings. We read more than we think.\n\n"
            "## Carry a book everywhere\n\nKeep a paperback in your bag.\n")
    bank = generate_bank(parse_article(text))
    gap = intro_gap(bank)
    assert gap is not None and gap.section.id == "s0" and gap.reason == "intro_belief"
    assert "Introduction" in gap.message("en") and "परिचय" in gap.message("hi")
    assert "reading needs long free evenings" in gap.message("en")  # the sentence to write one from
    asked = bank.article.sections[0]
    from dataclasses import replace

    from netquiz.model import Question
    covered = replace(bank, questions=(*bank.questions, Question(
        "s0-x", asked.id, "cloze", "x", ("a", "b", "c"), 0, ("", "", ""), "", asked.sentences[0])))
    assert intro_gap(covered) is None  # a question drawn from it: nothing to name


def test_a_promise_after_an_instruction_is_that_steps_result():
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    text = ("# Trips\n\nIntro.\n\n## Read the client's file before you book anything\n\n"
            "Spend an hour with the notes from the previous visit. "
            "You will walk in with two or three specific things to talk about.\n")
    section = parse_article(text).headed_sections[0]
    found = [(r.causal.cause, r.causal.effect) for r in read_claims(language("en"), section, "Trips")]
    assert ("Read the client's file before you book anything",  # (the instruction leans: "the previous visit")
            "You will walk in with two or three specific things to talk about") in found


def test_a_result_under_an_english_tip_over_a_hindi_body_is_advised_not_a_warning():
    from netquiz.generate.scenario import advised
    text = ("# नए शहर का पहला महीना\n\nपहला महीना सबसे मुश्किल होता है।\n\n## Say Yes to One Invitation Every Week\n\n"
            "हर बार मना कर देना आसान है। हफ्ते में एक बार बाहर निकलने से धीरे-धीरे नए दोस्त मिलने लगते हैं।\n\n"
            "## Keep All Your Papers Ready\n\nकिराये का एग्रीमेंट तैयार रखें।\n\n## Learn the Bus Routes\n\nरूट देख लें।\n")
    ctx = build_context(parse_article(text), seed=0)
    section = ctx.article.headed_sections[0]
    found = [r for r in ctx.readings[section.id] if "बाहर निकलने" in r.causal.cause]
    assert found and advised(ctx, found[0])


def test_a_story_sentence_is_no_result_of_the_tip_before_it():
    """"Kavya printed the hall map and circled them …" closes a tip's paragraph: someone's story, not what the
    reader gets (the closing reading passes over a sentence that names one of the article's women)."""
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    text = ("# Trade fairs\n\nAn intro line.\n\n## Shortlist your stalls\n\nGo through the exhibitor list and mark 15 "
            "stalls in three groups. Kavya printed the hall map and circled them in three colours.\n")
    section = parse_article(text).headed_sections[0]
    assert not any("Kavya" in r.causal.effect for r in read_claims(language("en"), section, "Trade fairs"))
    told = text.replace("Kavya printed the hall map and circled them in three colours",
                        "You spend the first hour at the stalls that matter to you")
    found = [r.causal.effect for r in read_claims(language("en"), parse_article(told).headed_sections[0])]
    assert found == ["You spend the first hour at the stalls that matter to you"]


def test_the_step_advised_instead_of_a_dont_keeps_its_pointing_result():
    """reading95 pay-slip s5: under "Don't Accuse, Describe", "बस तथ्य रखें …। इस तरह पेरोल टीम बचाव की मुद्रा में नहीं
    आती …": the result is read without its "इस तरह" (it leaned on nothing but the step just read)."""
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    text = ("# पे-स्लिप\n\nपरिचय की एक पंक्ति।\n\n## Don't Accuse, Describe\n\nसंदेश में आरोप वाली भाषा न लिखें। "
            "संदेश में सिर्फ़ तथ्य और दस्तावेज़ रखें। इस तरह पेरोल टीम बचाव की मुद्रा में नहीं आती और सीधे सुधार पर काम "
            "करती है।\n")
    [reading] = read_claims(language("hi"), parse_article(text).headed_sections[0])
    assert reading.causal.cause == "संदेश में सिर्फ़ तथ्य और दस्तावेज़ रखें।"
    assert reading.causal.effect == "पेरोल टीम बचाव की मुद्रा में नहीं आती और सीधे सुधार पर काम करती है"


def test_a_belief_check_names_both_sides_whole():
    """reading99 item 80: "Most deadlines have a core that matters more than the rest" gave the friend's advice
    "focus on the rest" ("the rest" of what? "a core that matters": a clause cut from its sentence)."""
    from netquiz.generate.scenario import belief_candidates
    text = ("# Deadlines\n\nAn intro line.\n\n## Offer a partial delivery\n\nMost deadlines have a core that matters "
            "more than the rest. Send the core on the original date.\n\n## Ask early\n\nAsk early.\n\n## Be brief\n\n"
            "Be brief.\n")
    article = parse_article(text)
    assert belief_candidates(build_context(article, 0), "s1") == []


def test_a_statement_whose_subject_is_another_step_is_no_result_of_the_heading():
    """reading99 deadline s8: "Delivering on the agreed day, or a day early, builds the credibility …" was read as
    the result of "Meet the new date, or beat it", cut to "Delivering on the agreed day", and grafted onto other
    steps in true/false items ("By asking …, delivering on the agreed day.")."""
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    text = ("# Deadlines\n\nAn intro line.\n\n## Meet the new date\n\nPeople remember how you handled it. "
            "Delivering on the agreed day, or a day early, builds the credibility you will need next time.\n")
    found = read_claims(language("en"), parse_article(text).headed_sections[0], "Deadlines")
    assert not any(r.causal.effect.startswith("Delivering") for r in found)


def test_an_example_closing_a_tip_section_is_no_result():
    """reading147 item 27: "You may find, for example, that you always struggle with …" read as the heading's
    result, and wished for ("She hopes that she may find, for example, that she always struggles …")."""
    from netquiz.article import parse_article
    from netquiz.generate.context import build_context

    text = ("# How to handle a job rejection\n\nA rejection stings.\n\n## Review the interview while it is fresh\n\n"
            "Write down every question you were asked the same evening. You may find, for example, that you always "
            "struggle with one kind of question.\n\n## Keep several applications moving\n\nApply to three roles a "
            "week. One rejection then matters less.\n\n## Talk to someone who has been there\n\nCall a senior. "
            "They have seen worse.\n")
    ctx = build_context(parse_article(text, "en"), 0)
    assert not any("for example" in r.causal.effect for rs in ctx.readings.values() for r in rs)


def test_a_closing_result_told_with_it_leaves_its_it_out():
    """reading183 item 25: "With it, a dirty toilet is something you can deal with" under "Carry a small hygiene
    kit" became "By carrying a small hygiene kit, with a small hygiene kit, a dirty toilet …"."""
    text = ("# Staying well at work\n\nMany women skip the toilet at work.\n\n## Carry a small hygiene kit\n\n"
            "Keep a pouch with wipes and a small soap in your bag. With it, a dirty toilet is something you can deal "
            "with rather than avoid.\n\n## Drink water through the day\n\nSip a little every hour. Your body keeps "
            "up with the heat that way.\n")
    ctx = build_context(parse_article(text, "en"), 0)
    [reading] = [r for r in ctx.readings["s1"] if "dirty toilet" in r.causal.effect]
    assert reading.causal.effect.startswith("a dirty toilet") and "With" not in reading.causal.effect


def test_what_may_happen_to_her_is_no_result_of_the_tip():
    """reading185: "You may have a good week and then fall apart …" under "Expect uneven days" became a wish ("She
    hopes to may have a good week and then fall apart …") and a true statement of the tip's result."""
    text = ("# Grief at work\n\nGrief does not keep office hours.\n\n## Expect uneven days\n\nGrief rarely moves in a "
            "straight line. You may have a good week and then fall apart over a song in a taxi or a birthday reminder "
            "on your phone.\n\n## Hold off on big decisions\n\nPut major changes on hold for a few months. That way "
            "you decide with a clear head.\n")
    article = parse_article(text, "en")
    ctx = build_context(article, 0)
    assert not any("fall apart" in r.causal.effect for r in ctx.readings["s1"])
    assert not any("may have" in q.stem for q in generate_bank(article).questions if q.kind != "attribution")
    assert en.wish(replace(ctx.readings["s2"][0].causal, effect="you may have a good week"), "Anita") is None


def test_how_long_a_thing_takes_or_a_span_of_time_is_no_wish():
    """reading189 items 63 and 69 (dengue): "स्नेहा चाहती है कि पूरा मच्छर बनने में लगभग एक हफ़्ता लगे", "… चाहती है
    कि बुख़ार उतरने के बाद के दो-तीन दिन सबसे नाज़ुक हों": facts of the world read as her wish; and "दोपहर बारह से
    तीन बजे के बीच …" read as "X brings Y" (a span of time)."""
    from netquiz.language.base import Causal

    def wish(rules, effect: str) -> str | None:  # type: ignore[no-untyped-def]
        return rules.wish(Causal("…", "", "x", effect, "closing", "imperative"), "Reena")

    assert wish(hi, "पूरा मच्छर बनने में लगभग एक हफ़्ता लगता है") is None
    assert wish(hi, "बुख़ार उतरने के बाद के दो-तीन दिन सबसे नाज़ुक होते हैं") is None
    assert wish(hi, "चार रोटियां सेंकने में पांच मिनट से ज़्यादा नहीं लगते") is not None  # time saved: a result
    assert wish(en, "you find that an egg takes about a week to become a mosquito") is None
    assert wish(en, "you see that the two days after the fever are the most delicate") is None
    assert wish(en, "you spend less time on the morning rush") is not None
    assert not [c for c in hi.find_causal("दोपहर बारह से तीन बजे के बीच धूप सबसे तेज़ होती है।") if c.cause == "दोपहर बारह"]
    assert hi.find_causal("टीम की मीटिंग में शामिल होने से नए लोगों से पहचान बढ़ती है।")


def test_the_scene_before_a_tip_and_a_plural_pointer_are_no_results() -> None:
    """reading193 (gold loan): "The counter staff will often offer you the full amount." comes before the body's
    instruction "Take only what you need." and sets the scene, it is no result of the heading's step (item 117);
    "These papers settle most disputes within minutes" has a plural pointer and a noun after it, no "you dispute"
    (item 123)."""
    article = parse_article("""# Taking a gold loan

Gold loans are quick.

## Borrow less than the maximum you are offered

RBI limits how much a lender can give you against your gold. The counter staff will often offer you the full amount. \
Take only what you need. A smaller loan leaves a cushion, so that a fall in gold prices does not push the lender to \
ask you for extra gold at short notice.

## Keep every paper in one place

Store the loan agreement, the pledge receipt and every repayment receipt together. These papers settle most \
disputes within minutes.
""")
    ctx = build_context(article, 0)
    effects = [r.causal.effect for r in ctx.readings.get("s1", [])]
    assert not any("counter staff" in e for e in effects)
    assert en.linked_effect("These papers settle most disputes within minutes.") is None
    assert en.linked_effect("This habit builds trust with your manager.") == "you build trust with your manager"


def _read(text: str, section_id: str) -> list[tuple[str, str]]:
    """(step, result) of every claim read in one section of an article text."""
    from netquiz.generate.claims import read_claims
    from netquiz.language import language

    article = parse_article(text)
    return [(r.causal.cause, r.causal.effect) for r in
            read_claims(language(article.lang), article.section(section_id), article.title or "")]


def test_a_harm_after_a_warning_and_a_reminder_are_no_result_of_the_heading() -> None:
    """reading197 (an unseen batch): "… गंदे पोखर में न छोड़ें। इससे थनैला … का खतरा बढ़ जाता है" was wished for
    under "भैंस को रोज़ नहलाएं", and "याद रखें, erase करने के बाद location दिखनी बंद हो जाती है" keyed as the result
    of locking the phone; a gain after a warning that is part of the method stays the heading's."""
    article = ("# गर्मी में पशु\n\nपरिचय का वाक्य है।\n\n## भैंस को रोज़ नहलाएं\n\nदोपहर में भैंस को ठंडे पानी से "
               "नहलाएं। भैंस को गंदे पोखर या नाले के पानी में न छोड़ें। इससे थनैला और त्वचा के रोगों का खतरा बढ़ जाता "
               "है।\n\n## फोन को lock करें\n\nFind My Device खोलकर phone को lock करें। याद रखें, erase करने के बाद "
               "location दिखनी बंद हो जाती है।\n\n## फ़ोन देखने का समय तय करें\n\nहर दो घंटे बाद दस मिनट फ़ोन देखें। "
               "बाक़ी समय फ़ोन की तरफ़ हाथ न बढ़ाएँ। इस तरीक़े से मन में यह बेचैनी नहीं रहती कि कुछ छूट रहा है।\n")
    assert not any("थनैला" in effect for _, effect in _read(article, "s1"))
    assert not any("याद रखें" in effect or "location" in effect for _, effect in _read(article, "s2"))
    assert any("बेचैनी" in effect for _, effect in _read(article, "s3"))


def test_a_statement_about_people_of_a_kind_is_no_result() -> None:
    """"One who changes the subject is telling you something too" under "Ask to see the van's papers" is no result
    of asking (reading197 item 27 keyed it, "… is telling she something too")."""
    article = ("# School vans\n\nIntro sentence here.\n\n## Ask to see the van's papers\n\nAsk the operator for the "
               "registration certificate and the insurance papers. A good operator shows them at once. One who "
               "changes the subject is telling you something too.\n")
    assert not any("changes the subject" in effect for _, effect in _read(article, "s1"))
    assert en.rewrite("One who changes the subject is telling you something", "Fatima", True)[0] == \
        "One who changes the subject is telling her something"


def test_what_she_gets_or_what_befalls_her_is_no_step_she_takes() -> None:
    """"भरपूर पानी मिलने से …", "phone खोने पर …": no action ("वह भरपूर पानी मिलती है", reading197 item 7); meeting
    people ("लोगों से मिलने से") is one."""
    from netquiz.language.base import Causal

    for cause in ("भरपूर पानी मिलने", "phone खोने", "डे-केयर की सुविधा मिलने"):
        assert hi.action(Causal("", "", cause, "पाचन ठीक रहता है", "gerund", "verbal")) is None, cause
    assert hi.action(Causal("", "", "लोगों से मिलने", "नए मौके मिलते हैं", "gerund", "verbal")) == "लोगों से मिलना"


def test_a_gerund_with_these_points_back_to_the_instruction_before() -> None:
    """"Writing these down before you apply means you …", "Taking these roles lets you …": the instruction before is
    the step (26 such sentences of the test articles were read as nothing)."""
    article = ("# Job hunting\n\nIntro sentence here.\n\n## Know your questions\n\nList three things you must know "
               "about the job. Writing these down before you apply means you go into the first phone call with your "
               "questions ready.\n")
    assert ("List three things you must know about the job.",
            "you go into the first phone call with your questions ready") in _read(article, "s1")
    assert hi.rejected_step("कक्षा में पूरा समय ख़ुद बोलने के बजाय बीच-बीच में बच्चों से पढ़वाएँ, ताकि गले को आराम "
                            "मिले।") == "कक्षा में पूरा समय ख़ुद बोलना"


def test_a_quote_that_points_back_is_not_shown_alone() -> None:
    """reading197: "ऐसी छत को बदलना …" (which roof?), "यानी यह कागज़ …", "Instead she bought …", "हां, बशर्ते …" read
    as dangling quotes; "कुर्सी की ऊँचाई ऐसी रखें कि …" tells what it points to, and stands."""
    from netquiz.generate.recall import _leans

    hi_ctx = build_context(parse_article(TIPS_HI), 0)
    en_ctx = build_context(parse_article("# T\n\nIntro here.\n\n## Keep going\n\nKeep going every day.\n"), 0)
    for sentence in ("ऐसी छत को बदलना मुमकिन न हो, तो उस पर पुआल बिछा दें।", "यानी यह कागज़ पूरी ज़िंदगी काम आता है।",
                     "हां, बशर्ते वह आपकी अगली नौकरी से जुड़ा हो।", "— कई हफ़्तों की गलतफ़हमी बचा सकता है।"):
        assert _leans(hi_ctx, sentence), sentence
    for sentence in ("कुर्सी की ऊँचाई ऐसी रखें कि दोनों पैर ज़मीन पर पूरे टिके रहें।",
                     "एक दिन ऐसा आता है जब manager नई ज़िम्मेदारी देते हैं।"):
        assert not _leans(hi_ctx, sentence), sentence
    assert _leans(en_ctx, "Instead she bought a term plan for her family.")
    assert not _leans(en_ctx, "A term plan gives far more cover for the same premium.")


def test_a_result_after_an_added_instruction_is_that_steps_not_the_headings():
    text = ("# गर्मी में पशुओं की देखभाल\n\nपरिचय का वाक्य है।\n\n## 1. चारे का समय बदलें\n\n"
            "दाना सुबह-शाम के ठंडे समय में दें। हरे चारे में पानी ज़्यादा होता है। "
            "साथ ही रोज़ 50 ग्राम मिनरल मिक्सचर और नमक देना न भूलें। "
            "इससे पसीने के साथ शरीर से निकले लवणों की भरपाई होती रहती है।\n\n"
            "## 2. छाया में बांधें\n\nपशु को पेड़ की छाया में बांधें। इससे शरीर का तापमान काबू में रहता है।\n\n"
            "## 3. पानी पिलाएं\n\nदिन में तीन बार ताज़ा पानी पिलाएं। इससे दूध की मात्रा बनी रहती है।\n")
    article, ctx = _claims(text)
    salts = [r for r in ctx.readings["s1"] if "लवणों" in r.causal.effect]
    assert [r.causal.cause for r in salts] == ["रोज़ 50 ग्राम मिनरल मिक्सचर और नमक दें"]  # (the added step,
    # "don't forget" said as the step; never the heading's "चारे का समय बदलें")
    assert salts[0].step_from == "sentence"
    leaning = text.replace("साथ ही रोज़ 50 ग्राम", "साथ ही इसमें रोज़ 50 ग्राम")
    article, ctx = _claims(leaning)  # (an added step that cannot be told alone: no claim, not the heading's)
    assert not [r for r in ctx.readings["s1"] if "लवणों" in r.causal.effect]


def test_an_added_english_instruction_takes_its_result():
    def readings(cover: str) -> list[tuple[str, str]]:
        text = ("# Saving on school costs\n\nIntro sentence here.\n\n## Buy books second-hand\n\n"
                f"Ask the senior class for last year's books. Also, {cover}. "
                "This way, the pages stay clean for the next child.\n\n## Share a van\n\nSplit the van with two "
                "neighbours. This way, each family pays a third of the fare.\n\n## Pack lunch\n\nCook one extra "
                "portion at night. That way, you skip the canteen bill.\n")
        article, ctx = _claims(text)
        return [(r.causal.cause, r.step_from) for r in ctx.readings["s1"]]

    assert readings("cover the books with old calendars") == [("cover the books with old calendars.", "sentence")]
    assert readings("cover them with old calendars") == []  # (not "Buy books second-hand": the pages stay clean
    # for the covering, which cannot be told alone)


def test_a_result_that_says_it_of_a_thing_the_sentence_before_named_is_no_claim():
    text = ("# फोन खो जाए तो क्या करें\n\nपरिचय का वाक्य है।\n\n## 1. IMEI block करें\n\n"
            "Portal पर फोन का IMEI नंबर block करें। इससे चोर के लिए उसे आगे बेचना मुश्किल हो जाता है।\n\n"
            "## 2. रसीद संभालें\n\nबिल की फोटो लें। इससे claim और उसके सबूत एक ही जगह मिलते हैं।\n\n"
            "## 3. SIM बंद करवाएं\n\nसबसे पहले SIM block करवाएं। इससे OTP किसी और के हाथ नहीं लगते।\n")
    article, ctx = _claims(text)
    assert not [r for r in ctx.readings["s1"] if "बेचना" in r.causal.effect]  # (whose "उसे"? the phone's)
    assert [r for r in ctx.readings["s2"] if "सबूत" in r.causal.effect]  # ("claim और उसके सबूत": named before it)
    from netquiz.language import en_story, hi_story
    assert hi_story.names_a_third("चोर के लिए उसे आगे बेचना मुश्किल हो जाता है")
    assert not hi_story.names_a_third("अगर बच्चा रोए, तो उसे गोद में लें")
    assert not en_story.names_a_third("It keeps the pages clean")  # (English "it": dangling() reads it)


def test_a_mishap_is_no_step():
    from netquiz.generate.tips import failing

    article, ctx = _claims(TIPS_HI)
    assert failing(ctx, "घर पर अकेले गिर जाने या अचानक चक्कर आने")  # (what befalls her: "… पर बुज़ुर्ग किसी को बुला भी
    # नहीं पाते" is the harm of no step; r22-dev item 39 showed it as the day-care's benefit come true)
    assert failing(ctx, "phone खोने") and not failing(ctx, "दरवाज़ा खोलने") and not failing(ctx, "सबको ईमेल भेजने")


def test_most_of_them_is_left_out_of_a_result_told_of_her():
    text = ("# गर्मी में पशुओं की देखभाल\n\nपरिचय का वाक्य है।\n\n## 1. इलाज जल्दी कराएं\n\n"
            "जल्दी इलाज मिलने से ज़्यादातर पशु एक-दो दिन में ठीक हो जाते हैं।\n\n## 2. छाया में बांधें\n\n"
            "पशु को पेड़ की छाया में बांधें। इससे शरीर का तापमान काबू में रहता है।\n\n## 3. पानी पिलाएं\n\n"
            "दिन में तीन बार ताज़ा पानी पिलाएं। इससे दूध की मात्रा बनी रहती है।\n")
    article, ctx = _claims(text)
    assert [r.causal.effect for r in ctx.readings["s1"]] == ["पशु एक-दो दिन में ठीक हो जाते हैं"]


def test_a_step_that_tells_you_something_is_read_as_what_you_know():
    from netquiz.language import en as english

    [claim] = english.find_causal("Checking the papers tells you the van has been inspected and is insured.")
    assert (claim.cause, claim.effect) == ("Checking the papers", "you know the van has been inspected and is insured")
    assert not english.find_causal("A single mark sheet tells you little about your patterns.")


def test_a_result_that_only_seems_so_is_no_claim_and_more_than_the_hours_is_no_ranking():
    from netquiz.language import hi_story

    text = ("# पूरा वेतन\n\nपरिचय का वाक्य है।\n\n## 1. नई दर देखें\n\n"
            "पुरानी अधिसूचना देखकर हिसाब लगाने से आपका वेतन ठीक लग सकता है, जबकि असल में वह नई दर से कम हो।\n\n"
            "## 2. Pay slip मांगें\n\nPay slip ज़रूर मांगें। इससे साफ दिखता है कि कितना पैसा कटा।\n\n"
            "## 3. कागज़ रखें\n\nहाज़िरी का रिकॉर्ड रखें। इससे शिकायत मज़बूत होती है।\n")
    article, ctx = _claims(text)
    assert not [r for r in ctx.readings["s1"] if "ठीक लग" in r.causal.effect]  # (a trap: it only seems right)
    assert hi_story.contrast_pairs("तय घंटों से ज़्यादा काम करवाने पर overtime का भुगतान दोगुना होता है।") == []
    assert hi_story.contrast_pairs("इंटरव्यू में बायोडाटा से ज़्यादा बातचीत के कौशल पर ध्यान दिया जाता है")  # (a weighing)
