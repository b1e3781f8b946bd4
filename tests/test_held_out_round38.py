"""What round 38 found unread in round 37's held-out articles (aside365–368) before its own batches were written."""

from __future__ import annotations

from article_banks import article_path, bank_of

from netquiz.article import parse_article, read_article
from netquiz.generate.context import build_context
from netquiz.generate.links import harmful
from netquiz.generate.recall import _agreement_clash, _person, plural, word_class
from netquiz.generate.rejected import rejected_options
from netquiz.generate.scenario import _loses, no_goal, scenario_candidates
from netquiz.language import en, en_story, hi
from netquiz.language.base import Causal
from netquiz.language.en_story import gerund_phrase

GYM = "new-trainer-at-a-womens-gym-7-mistakes-to-avoid-in-your-first-six-months.en.md"


def test_another_womans_pronouns_are_told_as_the_woman_they_point_to():
    step = Causal("That way she feels progress.", "", "start each member at a weight she can control",
                  "she feels progress", "linked", "imperative")
    named = en.other_named(step, "Instead, start each member at a weight she can control.")
    assert named.cause == "start each member at a weight the member can control"
    assert named.effect == "the member feels progress"
    asked = Causal("", "", "ask how her week has been", "she comes back", "linked", "imperative")
    assert en.other_named(asked, "Speak to every member.").cause == "ask how the member's week has been"
    corrected = Causal("", "", "correct her quietly", "the correction lands", "linked", "imperative")
    assert en.other_named(corrected, "Calling out embarrasses most beginners.") is corrected  # no woman named
    assert en.other_named(corrected, "Walk over to the member.").cause == "correct the member quietly"
    own = Causal("", "", "show the movement yourself", "she copies it herself", "linked", "imperative")
    assert en.other_named(own, "Each member watches.") is own  # "herself": whose?


def test_one_persons_verb_goes_into_the_future():
    assert en.future("the member feels progress without the soreness") == \
        "the member will feel progress without the soreness"
    assert en.future("no one feels invisible") == "no one will feel invisible"
    assert en.future("the customer has a record") == "the customer will have a record"


def test_the_gym_article_asks_of_what_it_advises_instead():
    """aside368 (round 37's held-out I): "Instead, start each member with basic movements at a weight she can
    control … That way she feels progress …" named the member as "she" and was told of nobody; and "no one feels
    invisible" read as a loss."""
    article = read_article(article_path(GYM))
    ctx = build_context(article, 0, "feminine")
    stems = [c.question.stem for c in scenario_candidates(ctx, "s2")]
    assert any("a weight the member can control" in stem for stem in stems)
    keys = [c.question.options[c.question.answer] for c in scenario_candidates(ctx, "s5")]
    assert "No one will feel invisible." in keys


def test_cloze_options_agree_with_the_blank():
    """Round 37's held-out I: "भुगतान का ____" offered "सुविधा" (feminine after "का"), "a ____ in accounts" offered
    "people", "a ____ at a gym" (trainer) offered "weight" and "delivery", "comes ____" (back) nouns."""
    text = ("# दुकान के फायदे\n\nदुकान से कमाई होती है।\n\n## भुगतान\n\nआप भुगतान का रिकॉर्ड रखती हैं। UPI की सुविधा भी "
            "मिलती है। पुरानी नमी से नुकसान होता है। पुराने ग्राहक लौटते हैं।\n")
    ctx = build_context(parse_article(text, "hi"), 0, "feminine")
    assert _agreement_clash(ctx, "सुविधा", "का")
    assert not _agreement_clash(ctx, "रिकॉर्ड", "का")
    assert _agreement_clash(ctx, "नमी", "पुराने")
    assert not _agreement_clash(ctx, "ग्राहक", "पुराने")
    assert not _agreement_clash(ctx, "दुकान", "का")  # (no evidence either way)
    english = build_context(read_article(article_path(GYM)), 0, "feminine")
    assert _person(english, "trainer") and _person(english, "members") and not _person(english, "weight")
    assert plural("people") and not plural("background")
    assert word_class(english, "back").endswith("OTHER")


JUICE = "running-a-sugarcane-juice-stall-7-mistakes-to-avoid.en.md"


def test_the_juice_stall_reads_what_it_advises_instead():
    """Round 38's held-out A (aside369): "Offer a small range instead: - … - … That way …" under a "Don't" heading
    ties the result to the lead of the list; "the rollers" that two sections name is the stall's own thing; "The
    evening's glasses will taste …" is no lost future; "the stall stays clean" goes into the future as one."""
    article = read_article(article_path(JUICE))
    ctx = build_context(article, 0, "feminine")
    assert any(r.causal.cause == "Offer a small range" for r in ctx.readings["s5"])
    assert any("rinses the rollers" in c.question.stem for c in scenario_candidates(ctx, "s3"))
    assert not en_story.dangling("The evening's glasses will taste as fresh as the morning's.")
    assert en_story.dangling("She delivers will go.")
    assert en.future("the stall stays clean") == "the stall will stay clean"
    assert en.advice("Offer a small range instead:") == "Offer a small range"


def test_a_lists_last_thing_is_no_verb():
    assert en._coordinated("she talks about meals, protein from dal, eggs, paneer or curd, and water") == \
        "she talks about meals, protein from dal, eggs, paneer or curd, and water"
    assert en._coordinated("she checks the list, calls her manager and wait") == \
        "she checks the list, calls her manager and waits"


INSURANCE = "gaay-bhains-ka-insurance-claim-atke-nahin-7-tips.hi.md"


def test_the_insurance_article_reads_its_remedies():
    """Round 38's held-out A (aside369): "एक Photo पूरे शरीर की हो ताकि … पहचाने जा सकें" is no step (its "-ें" is the
    purpose's); "पहचान पर सवाल नहीं उठता" is a problem that goes away; "Premium भी थोड़ा कम पड़ता है" a cost that
    shrinks, no loss; "नया" shared by the step and its result gives nothing away."""
    assert hi.advice("एक Photo पूरे शरीर की हो ताकि रंग और निशान पहचाने जा सकें।") is None
    ctx = build_context(read_article(article_path(INSURANCE)), 0, "feminine")
    keys = [c.question.options[c.question.answer] for c in scenario_candidates(ctx, "s4")]
    assert any("पहचान पर सवाल नहीं उठेगा" in key for key in keys)
    renewal = ctx.readings["s7"][0]
    assert not no_goal(ctx, renewal)
    assert _loses(ctx, "पैसे कम पड़ते हैं") and not _loses(ctx, "premium भी थोड़ा कम पड़ता है")


def test_steps_offered_instead_and_answers_to_nothing():
    assert gerund_phrase("buy ice from a supplier, or chill the cane in a box") == \
        "buying ice from a supplier, or chilling the cane in a box"
    assert en_story.dangling("She hopes to have an honest answer.")  # (to what?)
    assert not en_story.dangling("She will have an honest answer for the inspector.")


CROCHET = "crochet-ke-khilaune-aur-bags-instagram-par-bechne-ke-7-tips.hi.md"


def test_the_crochet_article_reads_its_hindi_steps():
    """Round 38's held-out B (aside371): "… photo तो सब डालते हैं, आप … दिखाएं" is a step after what everyone does; the
    lead "… reels काफ़ी हैं, जैसे:" of a list of examples is no step; "अगर काम 5 दिन का है, तो … बताएं, ताकि …" is a
    step and its aim after a condition; "…, और फिर ₹800 का दाम उन्हें ज़्यादा नहीं लगता" joins a second result; "घाटे
    का पता नहीं चलता" is a loss that does not come."""
    assert hi.advice("तैयार खिलौने की photo तो सब डालते हैं, आप बनाने की प्रक्रिया भी दिखाएं।") == \
        "बनाने की प्रक्रिया दिखाना"
    assert hi.advice("पैसे तो सब बचाते हैं, पर निवेश कम लोग करते हैं।") is None
    aimed = hi.find_causal("अगर काम 5 दिन का है, तो customer को 10 से 12 दिन बताएं, ताकि delivery समय पर हो।")
    assert [(c.setting, c.cause, c.pattern) for c in aimed] == \
        [("अगर काम 5 दिन का है, तो", "customer को 10 से 12 दिन बताएं", "purpose")]
    ctx = build_context(read_article(article_path(CROCHET)), 0, "feminine")
    keys = [c.question.options[c.question.answer] for c in scenario_candidates(ctx, "s2")]
    assert "बनाने की प्रक्रिया दिखाना" in keys
    assert any(c.question.stem.startswith(("स्नेहा अपना दाम", "आरती चाहती है कि हर order"))
               or "अपना दाम खुद जोड़" in c.question.stem for c in scenario_candidates(ctx, "s3"))


ASSEMBLY = "new-on-a-mobile-phone-assembly-line-7-mistakes-to-avoid.en.md"


def test_a_dont_sections_warned_step_tempts_beside_what_it_advises_instead():
    """Round 38's held-out C (aside373): readers found every distractor of a diagnosis "about other things"; the move
    a "don't" section warns against, when its body advises another ("Instead, follow the work instruction sheet
    …"), is the skimmer's move for the same goal: "Race the operator next to her". A slip ("Skip …", "Hide …",
    "Treat training as a box to tick") is nobody's plan and is never offered."""
    ctx = build_context(read_article(article_path(ASSEMBLY)), 0, "feminine")
    section = ctx.article.section
    assert "Race the operator next to her" in [o.text for o in rejected_options(ctx, section("s2"))]
    assert not rejected_options(ctx, section("s3"))  # "Hide a mistake"
    assert not rejected_options(ctx, section("s7"))  # "Treat training as a box to tick"
    options = [o for c in scenario_candidates(ctx, "s2") for o in c.question.options]
    assert "Race the operator next to her" in options


def test_round_38_held_out_d_wording():
    """Round 38's held-out D (aside375–376): "getting ready for her first job comes with a service bond" (a title that
    is a sentence), "in front of your instead", "अब यानी loan …", "She hopes to have a clear trail" (of what?), and
    "Doing so keeps contaminated instruments from ever crossing paths with …" unread."""
    from netquiz.language.en_story import action_in
    from netquiz.language.en_topic import _part_frame
    from netquiz.language.hi_shown import shown

    assert _part_frame("Your First Job Comes With a Service Bond", "") == "{name}'s first job comes with a service bond."
    assert action_in("Let them verify the originals in front of her instead", "second") == \
        "let them verify the originals in front of you instead"
    assert action_in("Spend her first week learning every service", "second") == \
        "spend your first week learning every service"
    assert shown("यानी loan या EMI की टेंशन नहीं रहती।", "मीरा") == "अब loan या EMI की टेंशन नहीं रहती।"
    assert en_story.dangling("Anjali hopes to have a clear trail.")
    assert en.linked_effect("Doing so keeps contaminated instruments from ever crossing paths with sterile packs.") == \
        "contaminated instruments do not cross paths with sterile packs"


TAILOR = "applying-for-a-tailors-job-at-a-boutique-how-to-answer-the-interview-questions.en.md"
CASHIER = "retail-cashier-job-interview-how-to-answer-common-questions.en.md"


def test_an_articles_sample_answers_make_interview_items():
    """Round 38's held-out E (aside378): an article of interviewers' questions with sample answers made no interview
    item. Now the question quoted in the heading (or the body), its sample answer the key, the other questions'
    sample answers (an answer to a different question) and an answer the section warns against ("Don't say
    "…"") the wrong ones; the blind trim never takes one from a section it would leave with one question."""
    from netquiz.generate.sample_answer import _asked, _warned_answers, sample_answer_candidates

    ctx = build_context(read_article(article_path(TAILOR)), 0, "feminine")
    question, answer = _asked(ctx, ctx.article.section("s1")) or ("", "")
    assert question == "What can you stitch?" and answer.startswith("Mostly blouses, over a thousand")
    assert len(answer.split()) <= 60
    made = sample_answer_candidates(ctx, "s2")[0].question
    assert made.kind == "interview" and made.form == "sample" and len(made.options) == 4
    assert made.options[made.answer].startswith("Two years ago a client came back")
    assert made.source in ctx.article.section("s2").sentences
    assert _asked(ctx, ctx.article.section("s6")) is None  # (no sample answer)
    cashier = build_context(read_article(article_path(CASHIER)), 0, "feminine")
    assert _asked(cashier, cashier.article.section("s3"))[0] == \
        "What would you do if your cash was ₹300 short at closing?"  # (quoted in the body)
    warned = build_context(parse_article('# Tailor interview\n\nIntro.\n\n## How to answer "Why us?"\n\nDon\'t say '
                                         '"I need any job at all". Say what you want to learn.\n\n**Sample answer:** '
                                         '"I want to learn hand embroidery from your team."\n', "en"), 0, "feminine")
    assert [a for a, _ in _warned_answers(warned, warned.article.section("s1"))] == ["I need any job at all."]
    bank = bank_of(TAILOR)
    assert sum(q.form == "sample" for q in bank.questions) >= 2
    assert all(sum(q.section == s.id for q in bank.questions) >= 2 for s in bank.article.headed_sections
               if any(q.section == s.id and q.form == "sample" for q in bank.questions))


def test_round_38_held_out_f_wording():
    """Round 38's held-out F (aside379–380): "Exhaust hoods, fans and open windows make …" is no step; "A few changes
    to your routine can keep you healthy" has no modal in its step; "… को बैंक Loan मिलना" is nobody's act to start."""
    from netquiz.language.hi_topic import _started

    assert en.advice("Exhaust hoods, fans and open windows make a bigger difference than any drink.") is None
    assert en.advice("Check the hoods, fans and windows and clean them.") is not None
    assert [(c.cause, c.effect) for c in en.find_causal("A few changes to your routine can keep you healthy.")] == \
        [("A few changes to your routine", "you stay healthy")]
    assert _started("स्वयं सहायता समूह को बैंक Loan मिलना") is None
    assert _started("रोज़ सुबह टहलना") == "{name} ने रोज़ सुबह टहलना शुरू किया है।"


def test_round_38_held_out_g_wording():
    """Round 38's held-out G (aside381–382): "the question palette" (a list's first item, cut from "… are already
    familiar") is no result; "नौ घंटे screen देखने … से … दर्द आम बात है" is a harm; "she weaved" is "she wove"."""
    from netquiz.language.en_grammar import past

    assert not en.ends_on_verb("the question palette") and en.ends_on_verb("your speed builds on correct habits")
    ctx = build_context(read_article(article_path(
        "your-first-computer-based-exam-at-a-test-centre-what-should-you-know-before-exam-day.en.md")), 0, "feminine")
    assert all(r.causal.effect != "the question palette" for r in ctx.readings["s1"])
    chat = build_context(read_article(article_path(
        "chat-support-ki-pehli-job-non-voice-process-mein-pehle-mahine-ke-7-tips.hi.md")), 0, "feminine")
    assert harmful(chat, "शाम तक आंखों में जलन और कलाई में दर्द आम बात है")
    assert past("weave") == "wove"


def test_a_long_sample_answer_keeps_how_it_ended():
    """Round 38's held-out H (aside384): a sample answer too long to tell whole (over 75 words since round 43) is told
    by its first and last sentences (the situation, then how it ended or why), and its later sentences may point to
    its first ("In that year …")."""
    from netquiz.generate.sample_answer import _short, sample_answer_candidates

    answer = ("During my college holidays I helped my aunt collect money for her self-help group. I went to each "
              "house, wrote the amounts in the register and tallied it with her every evening. I liked that the work "
              "was with people, not only with files, and the group never had a short count that season, not once in "
              "all those months of visits. On market days I also kept the small cash box and counted it twice before "
              "handing it over. That is why I want a field role.")
    assert _short(answer, "en") == ("During my college holidays I helped my aunt collect money for her self-help group. "
                              "That is why I want a field role.")
    ctx = build_context(read_article(article_path(
        "interviewing-for-a-field-officer-job-at-a-microfinance-company.en.md")), 0, "feminine")
    made = sample_answer_candidates(ctx, "s6")
    assert made and made[0].question.options[made[0].question.answer].endswith("during the wedding season.")


def test_round_38_held_out_i_and_j_wording():
    """Round 38's last held-out batches (aside385–388): "her next visit" after "The manager wants … the guest's
    preference" is the guest's, not the manager's; "… as well", "… instead" end no step; "… apply this" dangles."""
    mention = Causal("", "", "mention that you record the guest's preference",
                     "people see that you are already thinking about her next visit", "linked", "imperative")
    assert en.other_named(mention, "The manager wants to hear that you adjust. Mention that you record the guest's "
                                   "preference.").effect.endswith("about the guest's next visit")
    assert en.advice("Sit in on one or two demo classes as well.") == "Sit in on one or two demo classes"
    assert en.advice("Share what the institute really offers instead.") == "Share what the institute really offers"
    assert en_story.dangling("She checks how her state and her institute apply this.")
    assert not en_story.dangling("She checks the list.")


def test_one_rule_tells_her_from_her_possessive():
    """Review: `en._as_named` and `en_story.action_in` each had their own list of the words after which "her" is the
    woman; one rule now (`en_grammar.her_object_before`), and the cases only one list knew are right in both ("send
    the saree to you a day before", "walk you through", "greet the client as someone …")."""
    from netquiz.language.en_story import action_in

    assert action_in("Ask the client to send the saree to her a day before", "second") == \
        "ask the client to send the saree to you a day before"
    assert action_in("Let each person walk her through what they do", "second") == \
        "let each person walk you through what they do"
    assert action_in("Spend her first week learning", "second") == "spend your first week learning"
    greet = Causal("", "", "write down each client's name", "you greet her as someone who remembers her",
                   "linked", "imperative")
    assert en.other_named(greet, "Write down each client's name.").effect == \
        "you greet the client as someone who remembers the client"
