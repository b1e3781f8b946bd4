"""What round 35's development batch (aside323–324, read at 71b59f1) found misread, missing or ungrammatical."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.links import harmful
from netquiz.generate.recall import _names as names_in
from netquiz.generate.recall import true_false_candidates
from netquiz.language import en, en_story
from netquiz.language.hi_advice import imperative_to_infinitive
from netquiz.language.hi_topic import topic_frame

SEAFOOD = """# New at a seafood processing plant? 3 tips

Most of the work is peeling and grading prawns on long steel tables.

## 1. Don't ignore small cuts and prawn pricks

Prawn shells are sharp. Wash every cut with clean water and tell the supervisor. This way a small prick does not turn into a week off work and a week without wages.

## 2. Learn the exits on day one

On your first day, ask where the emergency exits and the meeting point are, so that you know where to go without thinking.

## 3. Keep your own record of hours and pay

Write your shift timings in a small notebook every day, so that your overtime is paid in full.
"""


def test_a_short_list_inside_a_leads_to_step_is_read() -> None:
    """"Knowing the connection, transfer and subsidy process in depth leads to …" (aside323, gas agency s7) was read
    as nothing: the list's commas stopped the step."""
    [found] = [c for c in en.find_causal("Knowing the connection, transfer and subsidy process in depth leads to "
                                         "better-paid billing jobs at bigger agencies.") if c.pattern == "instrument"]
    assert found.cause == "Knowing the connection, transfer and subsidy process in depth"
    assert found.effect == "you get better-paid billing jobs at bigger agencies"


def test_a_step_after_a_fronted_time_is_read_with_its_purpose() -> None:
    found = en.find_causal("On your first day, ask where the emergency exits are, so that you know where to go "
                           "without thinking.")
    assert [(c.cause, c.effect) for c in found if c.pattern == "purpose"] == [
        ("Ask where the emergency exits are", "you know where to go without thinking")]


def test_a_bad_thing_that_does_not_turn_into_a_worse_one_is_a_benefit() -> None:
    ctx = build_context(parse_article(SEAFOOD), 0)
    assert not harmful(ctx, "a small prick does not turn into a week off work and a week without wages")
    assert harmful(ctx, "your wages do not come on time")  # (a good thing that does not come stays a harm)


def test_a_pair_of_what_the_sentence_before_named_dangles() -> None:
    """"Ask her supervisor for a spare pair" (development items 51, 55, 57): a pair of what?"""
    assert en_story.dangling("Ask her supervisor for a spare pair on her first day")
    assert not en_story.dangling("Ask her supervisor for a spare pair of gloves")
    assert not en_story.dangling("Blackout curtains cost around ₹600 a pair")
    assert not en_story.dangling("Choose a set-up that fits your home")


def test_nouns_paired_after_a_preposition_keep_their_modifier() -> None:
    assert en_story.gerund_phrase("Pay attention to small cuts and prawn pricks") == \
        "paying attention to small cuts and prawn pricks"
    assert en_story.gerund_phrase("Talk to colleagues and share notes") == "talking to colleagues and sharing notes"
    assert en_story.gerund_phrase("Listen to customers and note complaints") == \
        "listening to customers and noting complaints"


def test_a_link_whose_result_is_a_thing_of_hers_is_no_by_statement() -> None:
    """"By asking for your ESI card …, your body stays warm" (development item 68) dangles."""
    ctx = build_context(parse_article(SEAFOOD), 0)
    statements = [c.question.stem for c in true_false_candidates(ctx, "s3")]
    assert any("“Writing your shift timings" in s and "means your overtime" in s for s in statements), \
        statements
    assert not any("By writing" in s for s in statements)


def test_a_kept_state_takes_the_oblique_participle() -> None:
    """"पशु चिकित्सक और दूसरी सखियों से जुड़ी रहना" (development item 2) → "जुड़े रहना"."""
    assert imperative_to_infinitive("पशु चिकित्सक और दूसरी सखियों से जुड़ी रहें") == \
        "पशु चिकित्सक और दूसरी सखियों से जुड़े रहना"
    assert imperative_to_infinitive("सही रहें") == "सही रहना"
    assert imperative_to_infinitive("लिखती रहें") == "लिखते रहना"


def test_a_title_asking_whether_she_has_become_one_sets_the_persona() -> None:
    """"पशु सखी बनी हैं? …" had no frame: the persona was never set up as a pashu sakhi (development item 2)."""
    assert topic_frame("पशु सखी बनी हैं? गाँव में भरोसा जीतने के लिए ये 7 बातें याद रखें") == \
        "{name} हाल ही में पशु सखी बनी है।"


def test_a_latin_name_opening_a_hindi_sentence_is_no_cloze_word() -> None:
    """"Jabalpur की Meena …" had offered "jabalpur" as a wrong answer (development item 37)."""
    text = ("# Courier से जुड़ने के 2 फ़ायदे\n\nJabalpur की Meena अचार बेचती हैं। Boredom को हम बुरा मानते हैं, पर "
            "boredom से ideas आते हैं।\n\n## 1. कम खर्च\n\nMeena का खर्च कम हुआ।\n\n## 2. कम भागदौड़\n\nअब "
            "courier office नहीं जाना पड़ता।\n")
    ctx = build_context(parse_article(text), 0)
    assert "jabalpur" in names_in(ctx)
    assert "boredom" not in names_in(ctx)


def test_a_burden_gone_in_a_benefit_section_is_its_which_benefit_moment() -> None:
    """"Courier office के चक्कर अब नहीं लगाने पड़ते" (development courier s2) had no "which benefit" question; one told
    of another ("अब फ़रहीन बताती है कि …"), a condition or a problem before is none."""
    text = ("# Courier aggregator से जुड़ने के 3 फ़ायदे\n\nघर से अचार बेचने वाली महिलाओं के लिए।\n\n"
            "## 1. घर बैठे Pickup\n\nCourier office के चक्कर अब नहीं लगाने पड़ते।\n\n"
            "## 2. कम Phone Calls\n\nफ़रहीन बताती है कि अब उसे दिन भर फ़ोन नहीं उठाने पड़ते।\n\n"
            "## 3. साफ़ हिसाब\n\nहर महीने का हिसाब dashboard पर मिलता है।\n")
    from netquiz.generate.benefit import _burden_gone, benefit_candidates
    ctx = build_context(parse_article(text), 0)
    assert _burden_gone(ctx, "Courier office के चक्कर अब नहीं लगाने पड़ते।")
    assert not _burden_gone(ctx, "फ़रहीन बताती है कि अब उसे दिन भर फ़ोन नहीं उठाने पड़ते।")
    assert any("चक्कर अब नहीं लगाने पड़ते" in c.question.stem and "अब Courier" not in c.question.stem
               for c in benefit_candidates(ctx, "s1"))


def test_what_she_would_suffer_without_the_topic_is_no_benefit_come_true() -> None:
    """"Without one, you wait at the back of the queue …" (held-out B43) was told as hers."""
    from netquiz.generate.benefit import LACKING
    assert LACKING.match("Without one, you wait at the back of the queue.")
    assert LACKING.match("इसके बिना हर बार लाइन में लगना पड़ता है।")
    assert not LACKING.match("With a contract, you no longer wait.")


def test_a_forms_name_or_a_list_of_things_is_no_instruction() -> None:
    """"Form 17C, the presiding officer's diary … can take more than an hour" (held-out B63, B69: "Forming 17C")."""
    assert en.advice("Form 17C, the presiding officer's diary and the various packets can take more than an hour "
                     "to complete.") is None
    assert en.advice("Paper, board and cloth all have a grain.") is None
    assert en.advice("Form a habit of checking the register.") == "Form a habit of checking the register"


def test_each_step_of_nothing_and_a_place_nobody_named_dangle() -> None:
    assert en_story.dangling("Wait for the agents to confirm each step")
    assert en_story.dangling("Facilities there can be basic.")
    assert not en_story.dangling("Write down each step of the process")


def test_a_step_after_a_place_it_is_taken_at_is_advice() -> None:
    assert en.advice("At the dispersal centre, match the serial numbers with your allotment sheet.") == \
        "Match the serial numbers with her allotment sheet"


def test_a_step_that_keeps_a_thing_as_it_should_be_tells_its_result() -> None:
    """"Regular cleaning keeps copies sharp …" (held-out aside326 s3) was unread; "Here are seven habits that keep
    your counter free of them" is no step."""
    [found] = en.find_causal("A light moisturiser keeps your skin soft through the winter.")
    assert (found.cause, found.effect) == ("A light moisturiser", "your skin stays soft through the winter")
    [copies] = en.find_causal("Regular cleaning keeps copies sharp and free of grey lines.")
    assert copies.effect == "copies stay sharp and free of grey lines"
    assert not en.find_causal("Here are seven habits that keeps your counter free of them.")


def test_a_hindi_step_pointed_to_after_how_often_is_the_headings() -> None:
    from netquiz.generate.claims import POINTED_STEP, THIN_STEP
    assert POINTED_STEP.match("हर महीने यह जाँच करने")
    assert POINTED_STEP.match("रोज़ का यह हिसाब रखने")
    assert THIN_STEP.match("एक साथ खरीदने")
    assert not THIN_STEP.match("तीन महीने की दवा एक साथ खरीदने")


def test_a_thin_hindi_step_is_told_by_the_instruction_it_stands_for() -> None:
    """"एक साथ खरीदने पर …" after "… तीन महीने की दवा एक साथ लें" had been told "वह एक साथ खरीदती है": buy what?"""
    text = ("# माता-पिता की दवाओं का मासिक बजट: 3 बातें\n\nघर के बुज़ुर्गों की दवाओं का खर्च हर महीने आता है।\n\n"
            "## 1. तीन महीने की दवा एक साथ लें\n\nहर हफ्ते थोड़ी-थोड़ी दवा खरीदने की जगह तीन महीने की दवा एक साथ लें। "
            "कई दुकानें थोक खरीद पर छूट देती हैं। एक साथ खरीदने पर दवा खत्म होने की भागदौड़ नहीं होती।\n\n"
            "## 2. जन औषधि केंद्र पर दाम मिलाएँ\n\nजन औषधि केंद्र पर दाम मिलाएँ। इससे हर महीने पैसे बचते हैं।\n\n"
            "## 3. दवाओं की सूची रखें\n\nफ्रिज पर दवाओं की सूची चिपकाएँ। इससे खुराक नहीं छूटती।\n")
    ctx = build_context(parse_article(text), 0)
    assert [r.causal.cause for r in ctx.readings["s1"]] == [
        "हर हफ्ते थोड़ी-थोड़ी दवा खरीदने की जगह तीन महीने की दवा एक साथ लें"]


def test_you_after_a_verb_that_is_never_a_noun_is_its_object() -> None:
    """"which repairs earn you money" had been told "earn she money" (held-out C46, C56, C64)."""
    assert en.rewrite("you see which repairs earn you money", "Meera")[0] == "Meera sees which repairs earn her money"
    assert en.rewrite("the work you do matters", "Meera")[0] == "the work Meera does matters"


def test_a_thing_taken_up_at_her_work_frames_a_benefit_article() -> None:
    """"Cloud Kitchen में Leak-Proof Packaging के 6 फायदे" had no frame (held-out aside327: four benefit sections, no
    "which benefit" question)."""
    assert topic_frame("Cloud Kitchen में Leak-Proof Packaging के 6 फायदे: कम Refund, बेहतर Rating") == \
        "{name} ने अपने cloud kitchen में leak-proof packaging अपनाना शुरू किया है।"
    assert topic_frame("दुकान पर UPI QR code के फायदे") == "{name} ने अपनी दुकान पर UPI QR code अपनाना शुरू किया है।"


def test_a_trouble_that_does_not_come_is_read_a_lack_is_not() -> None:
    from netquiz.language import hi
    [found] = hi.find_causal("Sealed packaging से spill की नौबत ही नहीं आती, तो बहस भी खत्म हो जाती है।")
    assert (found.cause, found.effect) == ("Sealed packaging", "spill की नौबत ही नहीं आती")
    assert not hi.find_causal("एक photo से customer का मन नहीं भरता।")


def test_a_when_clause_without_its_main_one_dangles() -> None:
    from netquiz.language import hi_story
    assert hi_story.dangling("कुछ समय बाद उसने पाया कि आठ dishes बनाने के बजाय जब आठ अलग रसोइयों से dishes आईं।")
    assert not hi_story.dangling("ऐसे किसी मौके के बारे में बताइए जब आपने काम में खुद पहल की हो।")
    assert not hi_story.dangling("वह तभी बोलती है जब ज़रूरत हो।")


def test_a_second_verb_of_her_own_after_and_is_told_of_her() -> None:
    """"She sets the pico machine … and run several sarees" (held-out D38)."""
    assert en.rewrite("You set the pico machine once for a fabric and a thread colour and run several sarees.",
                      "Suman")[0] == "Suman sets the pico machine once for a fabric and a thread colour and runs " \
                                     "several sarees."
    assert en.rewrite("You keep the colour and taste that buyers want.", "Suman")[0] == \
        "Suman keeps the colour and taste that buyers want."
    assert en.rewrite("You teach your team to start with the cleanest part and finish with the dirtiest.",
                      "Suman")[0] == "Suman teaches her team to start with the cleanest part and finish with the dirtiest."


def test_a_relative_clause_ended_by_a_subjunctive_leaves_the_steps_verbs_to_convert() -> None:
    """"… इस्तेमाल करना और अगले दिन न बेचें" (held-out D4) mixed an infinitive with an imperative."""
    from netquiz.language import hi
    assert hi.advice("शाम तक जो बच जाए, उसे अपनी रसोई में इस्तेमाल करें और अगले दिन न बेचें।") == \
        "शाम तक जो बच जाए, उसे अपनी रसोई में इस्तेमाल करना और अगले दिन न बेचना"


def test_a_result_after_a_step_under_a_run_in_label_is_that_steps() -> None:
    """"**उधार का हिसाब:** … हिसाब WhatsApp पर भेज दें। इससे बकाया याद दिलाने में झिझक नहीं होती …" under "हर बिक्री एक
    कॉपी में लिखें" had been keyed to the heading (held-out D13)."""
    text = ("# छत पर उगाई सब्ज़ियाँ पड़ोस में बेचना: 3 बातें\n\nछत की क्यारी से कमाई की शुरुआत।\n\n"
            "## 1. हर बिक्री एक कॉपी में लिखें\n\nतारीख़, सब्ज़ी और रकम लिखें, ताकि साफ़ दिखे कि कौन-सी क्यारी कमा रही है।\n\n"
            "**उधार का हिसाब:** पड़ोस में उधार के लिए मना करना मुश्किल होता है। महीने के आख़िर में हर घर को उसका हिसाब "
            "WhatsApp पर भेज दें। इससे बकाया याद दिलाने में झिझक नहीं होती।\n\n"
            "## 2. सुबह तोड़ें, उसी दिन पहुँचाएँ\n\nसुबह तोड़ें और उसी दिन पहुँचाएँ। इससे सब्ज़ी ताज़ा रहती है।\n\n"
            "## 3. पहले से सूची डालें\n\nWhatsApp पर पहले से सूची डालें। इससे शाम को सब्ज़ी नहीं बचती।\n")
    ctx = build_context(parse_article(text), 0)
    causes = {r.causal.effect: r.causal.cause for r in ctx.readings["s1"]}
    assert causes["बकाया याद दिलाने में झिझक नहीं होती"].startswith("महीने के आख़िर में हर घर को उसका हिसाब")


def test_a_cause_cut_after_its_own_verb_and_a_joint_is_no_step() -> None:
    """"Bargaining over ₹5 at every stop wastes time and creates bad feeling" had been told "By bargaining over ₹ 5 at
    every stop wastes time and, you create bad feeling" (held-out E48)."""
    assert not en.find_causal("Bargaining over ₹5 at every stop wastes time and creates bad feeling.")


def test_one_or_two_more_of_nothing_dangles_and_a_wish_loses_its_usually() -> None:
    """"She hopes to usually pick up one or two more on the way" (held-out E39)."""
    assert en_story.dangling("She hopes to pick up one or two more on the way.")
    assert not en_story.dangling("She adds one or two more chairs.")


def test_a_for_example_aside_inside_the_step_is_left_out() -> None:
    """"A specialisation in pre- and post-natal fitness, for example, leads to steady demand …" (held-out aside332 s4)
    was unread."""
    [found] = en.find_causal("A specialisation in pre- and post-natal fitness, for example, leads to steady demand "
                             "from new mothers.")
    assert (found.cause, found.effect) == ("A specialisation in pre- and post-natal fitness",
                                           "you get steady demand from new mothers")


def test_a_state_taken_up_and_a_contract_taken_are_told_as_they_are() -> None:
    """"has started knowing RBI's recovery rules" and "ने … contract लेना शुरू किया है" (held-out F32–F44, F19, F29)."""
    from netquiz.language.en_topic import topic_frame as en_frame
    assert en_frame("6 Benefits of Knowing RBI's Recovery Rules When You Work in a Loan Collections Call Centre") == \
        "{name} now knows RBI's recovery rules."
    assert en_frame("7 Benefits of Volunteering") == "{name} has started volunteering."
    assert topic_frame("School Canteen का Contract लेने के 6 फ़ायदे: Self-Help Group की महिलाओं के लिए") == \
        "{name} ने school canteen का contract लिया है।"


def test_a_list_of_the_things_one_gives_stays_inside_the_condition() -> None:
    """"When you give your name, the lender's name and the exact overdue amount, …" had been read as "Knowing the
    rules means the lender's name and the exact overdue amount" (held-out F35, F37, F46)."""
    [found] = en.find_causal("When you give your name, the lender's name and the exact overdue amount, and speak "
                             "without a single threat, most of them settle down within a minute or two.")
    assert found.effect == "most of them settle down within a minute or two"


def test_two_plural_nouns_joined_are_no_second_verb_to_put_in_the_past() -> None:
    """"got dates and amounted" (held-out F38)."""
    from netquiz.language.base import Causal
    told = en.achieved(Causal("s", "", "x", "you get dates and amounts the borrower can manage", "linked",
                              "imperative"), "Lata")
    assert told is not None and "dates and amounts" in told


def test_a_moment_heading_in_hinglish_is_no_benefit_to_illustrate() -> None:
    """"Contract लेने से पहले" had been the key of a "which benefit" item (held-out F29)."""
    text = ("# School Canteen का Contract लेने के 3 फायदे\n\nस्वयं सहायता समूह की महिलाओं के लिए।\n\n"
            "## 1. हर महीने पक्की Income\n\nSchool साल में दो सौ दिन खुलता है, इसलिए कमाई हर महीने आती है।\n\n"
            "## 2. Bulk खरीद से कम लागत\n\nहफ़्ते भर का सामान एक साथ खरीदने से लागत कम होती है।\n\n"
            "## 3. बैंक से Loan लेना आसान\n\nपक्की कमाई देखकर बैंक जल्दी loan देता है।\n\n"
            "## Contract लेने से पहले\n\nथोड़ी-सी तैयारी से school canteen आपके समूह की सबसे भरोसेमंद कमाई बन सकती है।\n")
    from netquiz.generate.benefit import benefit_candidates
    from netquiz.generate.listicle import benefit_headings
    ctx = build_context(parse_article(text), 0)
    assert "Contract लेने से पहले" not in [s.title for s in benefit_headings(ctx)]
    assert benefit_candidates(ctx, "s4") == []


def test_an_interview_answer_learns_a_state_it_does_not_start_it() -> None:
    """"I started knowing the rules" (held-out F33)."""
    mine, _ = en_story.interview_values("knowing the rules", "knowing the rules")
    assert mine["gerund"] == "learning the rules"
