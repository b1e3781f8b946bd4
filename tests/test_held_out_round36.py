"""What round 36's development batch (aside335–336, read at 9e79322) found misread, missing or ungrammatical."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.generate.context import build_context
from netquiz.generate.rejected import rejected_options
from netquiz.generate.tips import heading_step
from netquiz.language import en, hi

UNIFORMS = """# Stitching school uniforms in bulk? 4 tips

Every year small tailoring units take on their biggest jobs of the year: school uniforms.

## 1. Measure Real Children Instead of Trusting a Printed Size Chart

Ask the school for one morning to measure 15 to 20 children from each class. This way, you stop guessing and the returns from parents stay low.

## 2. Buy All the Fabric From One Dye Lot

Order the full quantity from a single lot. This way, the shades of every shirt match when the children stand in a row.

## 3. Label and Pack Each Size Separately

Put a printed size tag inside every collar. This way, the distribution day goes quickly.

## 4. Keep a Written Order

Write down quantities per size, fabric and price per piece. This way, a school that changes its mind pays for what it asked.
"""

GOATS = """# बकरी बेचते समय पूरा दाम कैसे पाएं

त्योहार के मौसम में बकरी की मांग बढ़ जाती है।

## 1. अंदाज़े की जगह वज़न से दाम तय करें

बेचने से पहले जानवर को कांटे पर तौलवा लें। इससे आपको पता रहेगा कि आपके बकरे की कीमत कितनी बनती है।

## 2. बिचौलिये की जगह सीधे खरीदार तक पहुंचें

गांव के होटल और मीट की दुकानों से सीधे बात करें। इससे कमीशन की रकम आपके पास रहती है।

## 3. टीके और दवा का रिकॉर्ड संभालकर रखें

हर टीके की तारीख एक कॉपी में लिखें। इससे खरीदार का भरोसा बढ़ता है।
"""


def test_a_heading_set_against_another_move_keeps_its_own_step() -> None:
    """"Measure Real Children Instead of Trusting a Printed Size Chart" (aside336, uniforms s1) was the key with its
    own wrong answer in it, found by its words; the move it sets aside is a wrong answer of the same goal."""
    assert en.contrast_kept("Measure real children instead of trusting a printed size chart") == "Measure real children"
    assert en.rejected_step("Sort the order by size rather than by class") == "Sort the order by class"
    assert en.contrast_kept("Sort the order by size rather than by class") == "Sort the order by size"
    assert en.contrast_kept("Keep a written order") is None
    assert en.contrast_kept("Practise out loud, not just in your head") is None  # ("not just": both, no contrast)
    assert hi.rejected_step("बिचौलिये की जगह सीधे खरीदार तक पहुंचें") == "बिचौलिये तक पहुंचना"
    assert hi.contrast_kept("अंदाज़े की जगह वज़न से दाम तय करना") == "वज़न से दाम तय करना"
    assert hi.contrast_kept("उस समय बहस करने की बजाय शांति से पूछें") == "शांति से पूछना"
    assert hi.contrast_kept("बैठने की जगह पर पानी रखें") is None  # (a place, no move set aside)


def test_the_set_aside_move_is_offered_beside_the_kept_step() -> None:
    for text, sid, kept, rejected in ((UNIFORMS, "s1", "Measure real children", "Trust a printed size chart"),
                                      (GOATS, "s2", "सीधे खरीदार तक पहुंचना", "बिचौलिये तक पहुंचना")):
        article = parse_article(text)
        ctx = build_context(article, 0, "feminine")
        section = article.section(sid)
        assert heading_step(ctx, section) == kept
        assert rejected in [o.text for o in rejected_options(ctx, section)]
        bank = generate_bank(article, seed=0)
        [asked] = [q for q in bank.questions if q.kind == "scenario" and q.form == "diagnosis" and q.section == sid]
        assert asked.options[asked.answer] == kept and rejected in asked.options


def test_a_moment_whose_instruction_sets_the_heading_aside_is_no_occasion() -> None:
    """"If the school distributes by roll number, ask for the list and pack child-wise instead of size-wise" under
    "Label and Pack Each Size Separately" (aside336, uniforms s6): the occasion item keyed the heading the moment
    departs from (round 36's development item 66)."""
    from netquiz.generate.occasion import moments

    text = UNIFORMS.replace("Put a printed size tag inside every collar.", "Put a printed size tag inside every "
                            "collar. If the school distributes by roll number, ask for the list and pack child-wise "
                            "instead of size-wise. When a parent asks for a bigger size, give her the tagged bundle.")
    article = parse_article(text)
    ctx = build_context(article, 0, "feminine")
    said = [sentence for _, sentence, _ in moments(ctx, article.section("s3"))]
    assert not any("roll number" in sentence for sentence in said)
    assert any("bigger size" in sentence for sentence in said)


def test_a_benefit_moment_keeps_the_other_benefits_whose_headings_share_only_the_title_words() -> None:
    """"… has gotten a D.Pharm after working at a chemist's counter. She can spot a duplicate medicine …" (aside336,
    D.Pharm s3) had no "which benefit" question: the frame's "counter" and "working" ruled out "Jobs Beyond the
    Retail Counter" and "Better Pay for Work You Already Know" as wrong answers; and "gotten" is not Indian English."""
    from netquiz.language.en_topic import topic_frame as en_frame

    article = parse_article(DPHARM)
    bank = generate_bank(article, seed=0)
    [asked] = [q for q in bank.questions if q.kind == "benefit" and q.section == "s3"]
    assert "Jobs Beyond the Retail Counter" in asked.options or "Better Pay for Work You Already Know" in asked.options
    assert en_frame("6 Benefits of Getting a D.Pharm After Working at a Chemist's Counter", "") == \
        "{name} has got a D.Pharm after working at a chemist's counter."


DPHARM = """# 6 Benefits of Getting a D.Pharm After Working at a Chemist's Counter

Farzana spent four years behind the counter of a busy medical store in Lucknow.

## 1. A Registration in Your Own Name

A D.Pharm lets you apply for registration with your State Pharmacy Council. You can carry it from one job to another.

## 2. Better Pay for Work You Already Know

Registered pharmacists in small towns are commonly paid ₹15,000 to ₹25,000 a month.

## 3. Fewer Doubts at the Counter

The course covers pharmacology, drug interactions and dosage. With that grounding, you can spot a duplicate medicine or a child's dose that looks too high.

## 4. Jobs Beyond the Retail Counter

Hospital pharmacies and government dispensaries hire D.Pharm holders for fixed hours and job security.

## 5. More Trust From Customers and Doctors

Many older women prefer to ask a woman pharmacist about medicines for their children.
"""


def test_a_connective_is_stripped_only_as_a_whole_word() -> None:
    """"तोड़ने से पहले हाथ साबुन से धोएँ" (aside337, mushrooms s4) was told "ड़ने से पहले …": the leading "तो" was
    stripped from inside a word (so was "तोहफों" → "हफों" in a test article's true/false item)."""
    from netquiz.language.hi_patterns import strip_discourse

    assert hi.advice("तोड़ने से पहले हाथ साबुन से धोएँ") == "तोड़ने से पहले हाथ साबुन से धोना"
    assert strip_discourse("औरतें आगे आती हैं") == "औरतें आगे आती हैं"
    assert strip_discourse("तो, पहले पूछें") == "पहले पूछें"
    assert strip_discourse("यही वजह है कि") == ""


def test_held_out_b_wording() -> None:
    """Held-out B (aside337–338, read at 76b98bc): "one device that only you uses, with …" (B54, the comma hid the
    verb); "Ask for five or ten sample pages, time herself" (B52, steps listed with commas cut after the second)."""
    from netquiz.generate.scenario import first_step
    from netquiz.language.en_story import action_in

    assert action_in("Keep client work on one device that only she uses, with a screen lock", "second") == \
        "keep client work on one device that only you use, with a screen lock"
    assert first_step("Ask for five or ten sample pages, time herself, and then quote per page or per record") == \
        "Ask for five or ten sample pages"
    assert first_step("Keep client work on one device that only she uses, with a screen lock, and a separate folder "
                      "for each client") == "Keep client work on one device that only she uses, with a screen lock"


def test_a_distractor_is_told_with_the_result_its_own_sentence_points_back_to() -> None:
    """"Before accepting, check how many records you can honestly finish. Charging a little extra for same-day work
    is common and fair." (aside338, data entry s7): the feedback quoted the second as the first's benefit (B52, B64)."""
    from netquiz.generate.scenario import _result_of

    text = """# Data entry from home: 3 don'ts

Small businesses hand out typing work.

## 1. Don't say yes to every rush job

Before accepting, check how many records you can honestly finish with your current work. Charging a little extra for same-day work makes you more money. Doing so also filters out the clients who call every job urgent.

## 2. Don't keep client files on the family phone

Keep client work on one device with a screen lock. Doing so protects your clients' data from children playing games.

## 3. Don't delete files the day you deliver

Keep your working file for a month. This way, you can fix a complaint in minutes.
"""
    article = parse_article(text)
    ctx = build_context(article, 0, "feminine")
    section = article.section("s1")
    assert "Charging" not in _result_of(ctx, section, section.sentences[0])


def test_a_quote_whose_pronoun_points_back_is_not_quoted_alone() -> None:
    """"पंचायत की बैठकों में उसकी राय पूछी जाती है …" (B6: whose?), "इस समय Shed का तापमान कम होता है …" (B19: which
    time?) were quoted alone; a pronoun whose thing the sentence itself names stays quotable."""
    from netquiz.generate.recall import _leans

    ctx = build_context(parse_article(GOATS), 0, "feminine")
    assert _leans(ctx, "पंचायत की बैठकों में उसकी राय पूछी जाती है और महिलाएँ अपनी उलझनें लेकर आती हैं।")
    assert _leans(ctx, "इस समय Shed का तापमान कम होता है और Mushroom में नमी बनी रहती है।")
    assert not _leans(ctx, "Topic मिलते ही जो पहले बोलता है, panel का ध्यान सबसे पहले उसी पर जाता है।")
    assert not _leans(ctx, "अपने काम से जुड़ा subject चुनना सबसे आसान रहता है, क्योंकि उसकी तैयारी में कम समय लगता है।")
    assert not _leans(ctx, "दस्तावेज़ पर आपका नाम उसी तरह लिखा होना चाहिए जैसा आधार में है।")


def test_held_out_b_hindi_readings() -> None:
    """"कई गाँवों से सबसे पास की बैंक शाखा दस से पंद्रह किलोमीटर दूर होती है" is how far, no cause (B8 told it as a
    benefit come true); "इसकी बदौलत …", "इन सेवाओं के बल पर …" point back to what was said before; "गाँव वालों के
    लिए बैंक का चक्कर ख़त्म" names a benefit (a burden gone), however long."""
    from netquiz.generate.listicle import _short

    assert not [c for c in hi.find_causal("कई गाँवों से सबसे पास की बैंक शाखा दस से पंद्रह किलोमीटर दूर होती है।")
                if c.pattern == "instrument"]
    assert hi.linked_effect("इसकी बदौलत महिलाओं को रोज़ शहर जाने की ज़रूरत नहीं पड़ती।") == \
        "महिलाओं को रोज़ शहर जाने की ज़रूरत नहीं पड़ती"
    assert hi.linked_effect("इन सेवाओं के बल पर वही ग्राहक कई काम करवा लेता है।") == "वही ग्राहक कई काम करवा लेता है"
    assert _short("गाँव वालों के लिए बैंक का चक्कर ख़त्म") and not _short("घर के पास काम और बच्चों के पास रहना")


def test_an_example_between_a_gerund_and_its_result_is_left_out() -> None:
    """"By practising on the roads you will actually use, such as the route to your office …, you build confidence
    …" read the example as the result; "Paying in two instalments, half at the start and half midway, keeps the school
    interested …" was not read (held-out aside338, driving school s4, s6)."""
    [by] = [c for c in en.find_causal("By practising on the roads you will actually use, such as the route to your "
                                      "office or your child's school, you build confidence exactly where you need it.")]
    assert by.effect == "you build confidence exactly where you need it"
    [paying] = en.find_causal("Paying in two instalments, half at the start and half midway, keeps the school "
                              "interested in finishing your course properly.")
    assert paying.cause == "Paying in two instalments"
    assert paying.effect == "the school stays interested in finishing your course properly"


def test_a_result_after_a_list_and_its_lead_in_is_the_instruction_s_before_them() -> None:
    """"Ask for a written order …, and take an advance …. Many tailors keep a simple rule: - … This protects you when a
    school changes its mind" (aside336, uniforms s7) was unread: the lead-in has six words, and "protects you when"
    was no result."""
    assert en.linked_effect("This protects you when a school changes its mind halfway through.") == \
        "you stay protected when a school changes its mind halfway through"
    text = UNIFORMS.replace("Write down quantities per size, fabric and price per piece. This way, a school that "
                            "changes its mind pays for what it asked.",
                            "Ask for a written order that lists quantities per size and price per piece. Many tailors "
                            "keep a simple rule:\n\n- no fabric purchase without the advance;\n- final payment on the "
                            "delivery day.\n\nThis protects you when a school changes its mind halfway through.")
    ctx = build_context(parse_article(text), 0, "feminine")
    [reading] = ctx.readings["s4"]
    assert reading.causal.cause.startswith("Ask for a written order")


def test_held_out_c_readings() -> None:
    """Held-out C (aside339–340, read at c8a1e52): "…, so that customers get the same taste …" and "…, so that what
    you sell is always fresh, and keep …" were read as nothing (millet s4, s7); "ऐसा करने से … गला नहीं बैठता" after
    the steps of an English heading kept its pointer in the result (voice s7)."""
    [recipe] = en.find_causal("Keep your recipe the same every time, so that customers get the same taste and texture "
                              "with every pack.")
    assert recipe.effect == "customers get the same taste and texture with every pack"
    [batches] = en.find_causal("Grind five to ten kilos at a time, so that what you sell is always fresh, and keep the "
                               "grain, not the flour, in stock.")
    assert batches.effect == "what you sell is always fresh"
    assert not en.find_causal("Eat slowly, so much depends on it.")
    text = """# Voice Process की Night Shift: 3 Tips

रात की shift में आवाज़ और ध्यान दोनों थकते हैं।

## 1. Rest Your Voice Before Work

नौ घंटे लगातार बोलना गले के लिए आसान नहीं है। काम से पहले फोन पर लंबी बातें न करें, और बीच में गुनगुना पानी पिएं। Break में किसी को आवाज़ देकर न बुलाएं। ऐसा करने से सुबह के आखिरी घंटों में भी गला नहीं बैठता।

## 2. Listen to Your Own Recorded Calls

हफ़्ते में दो calls खुद सुनें। इससे आपको अपनी आदतें सुनाई देती हैं।

## 3. Eat Your Main Meal Before Midnight

रात का खाना 12 बजे तक खा लें। इससे सुबह नींद के झोंके कम आते हैं।
"""
    ctx = build_context(parse_article(text), 0, "feminine")
    effects = [r.causal.effect for r in ctx.readings["s1"]]
    assert effects and not any(effect.startswith("ऐसा करने से") for effect in effects)


def test_a_burden_that_stopped_is_a_benefit_moment() -> None:
    """"You no longer spend your mornings answering the same question ten times." (aside342, van s1) was read as a
    harm, and "the same question" as pointing back: the section had no "which benefit" question."""
    from netquiz.language.en_story import POINTS_BACK

    assert not POINTS_BACK.search("She no longer spends her mornings answering the same question ten times")
    assert POINTS_BACK.search("She asks the same question")
    text = """# 4 Benefits of Hiring a Woman Attendant for Your School Van

Meena runs two school vans in Indore.

## 1. Fewer Anxious Calls From Parents

Parents have one person who can answer. You no longer spend your mornings answering the same question ten times.

## 2. Quicker Stops

The driver stays at the wheel while the attendant walks each child to the gate.

## 3. Easier School Tie-Ups

A verified attendant makes the school's safety checklist easy to clear.

## 4. Calmer Children on the Route

An attendant sits with the children and settles arguments.
"""
    bank = generate_bank(parse_article(text), seed=0)
    assert any(q.kind == "benefit" and q.section == "s1" and "no longer" in q.stem for q in bank.questions)


def test_a_belief_said_as_an_equation_is_a_myth_to_check() -> None:
    """"कई किसान सोचते हैं कि बड़ा पंप यानी ज़्यादा पानी। असल में पंप उतना ही पानी दे सकता है …" (aside341, solar s2):
    a belief without a verb was no belief; the section had no question of its own."""
    from netquiz.generate.myth import myth_candidates

    assert hi.common_belief("कई किसान सोचते हैं कि बड़ा पंप यानी ज़्यादा पानी।") == "बड़ा पंप यानी ज़्यादा पानी"
    text = GOATS.replace("## 1. अंदाज़े की जगह वज़न से दाम तय करें\n\n", "## 1. अंदाज़े की जगह वज़न से दाम तय करें\n\n"
                         "कई किसान सोचते हैं कि बड़ा बकरा यानी ज़्यादा मुनाफ़ा। असल में खरीदार जीवित वज़न के हिसाब से ही "
                         "दाम देता है। ")
    ctx = build_context(parse_article(text), 0, "feminine")
    assert any("बड़ा बकरा यानी ज़्यादा मुनाफ़ा" in c.question.stem for c in myth_candidates(ctx, "s1"))


def test_held_out_e_readings() -> None:
    """Held-out E (aside343–344, read at e6fa2c2): "… ask for UPI payment before you pack. Regular customers you know
    well can get a little more flexibility. This way you protect your margin" keyed the exception (E31, E33); "buying a
    second SIM and install …" (E21: "install" has a second lemma); "such groups" and "By then …", "Meanwhile, …" were
    quoted alone (E22, E38, E54); "हर हॉस्टल इसका जवाब …" was a result (the answer to what?)."""
    from netquiz.generate.claims import pronoun_back
    from netquiz.generate.recall import _leans
    from netquiz.language import language
    from netquiz.language.en_story import gerund_phrase

    text = """# Selling homemade pickles on WhatsApp: 3 tips

Home cooks now sell pickles to neighbours and colleagues.

## 1. Don't Dispatch Before Payment for New Customers

Cash on delivery sounds friendly, but a returned parcel costs you the shipping both ways. For first-time buyers, ask for UPI payment before you pack the order. Regular customers you know well can get a little more flexibility. This way you protect your margin.

## 2. Use a Broadcast List

Many people leave such groups within a day, and some report them as spam. A broadcast list sends your message as a private chat.

## 3. Ask for a Voice Note

Send a short message two weeks after delivery. By then the customer has actually eaten from the jar.
"""
    article = parse_article(text)
    ctx = build_context(article, 0, "feminine")
    from netquiz.generate.claims import all_claims

    claimed = all_claims(ctx.language, article.section("s1"), ctx.known_title)
    [reading] = [r for r in claimed if "margin" in r.causal.effect]
    assert reading.causal.cause.startswith("For first-time buyers, ask for UPI payment")
    assert not [r for r in claimed if "flexibility" in r.causal.effect]
    assert gerund_phrase("buy a second SIM and install the app") == "buying a second SIM and installing the app"
    assert _leans(ctx, "Many people leave such groups within a day, and some report them as spam.")
    assert _leans(ctx, "By then the customer has actually eaten from the jar.")
    assert not _leans(ctx, "Choose such colours as suit the room.")
    assert pronoun_back(language("hi"), "हर हॉस्टल इसका जवाब हाँ में ही देगा")
    assert not pronoun_back(language("hi"), "हर product को उसकी अपनी bottle में रखें")


def test_what_she_did_at_first_is_no_tip_she_followed() -> None:
    """"सीमा ने पहले साल 9 से 17 साल तक की सभी लड़कियों को एक साथ प्रैक्टिस करवाई।" under "उम्र के हिसाब से अलग बैच
    बनाएं" (aside343) was keyed as the tip she followed (held-out E6): it is the mistake before it."""
    from netquiz.generate.story import AT_FIRST

    assert AT_FIRST.search("सीमा ने पहले साल 9 से 17 साल तक की सभी लड़कियों को एक साथ प्रैक्टिस करवाई।")
    assert AT_FIRST.search("At first, Meena took every order on the phone.")
    assert not AT_FIRST.search("सीमा हर बैच को उम्र के हिसाब से बाँटती है।")


def test_a_form_field_in_a_list_is_no_instruction() -> None:
    """"- Pickle and jar size (250 g, 500 g or 1 kg)" in an order format (aside343, pickles s3) was told as her habit,
    "She pickles and jars size …" (held-out E25)."""
    from netquiz.generate.practice import body_instructions

    text = """# Selling pickles on WhatsApp: 3 tips

Home cooks sell pickles to neighbours.

## 1. Share a Fixed Order Format

Pin a simple format in your catalogue and ask customers to copy it:

- Name and phone number
- Pickle and jar size (250 g, 500 g or 1 kg)
- Check the date on every jar

This gives you every detail in one message.

## 2. Take Pre-Orders

Announce the mango batch a week early. This way, you buy only as much as is booked.

## 3. Follow Up

Send a short message two weeks after delivery. This gives you honest feedback.
"""
    article = parse_article(text)
    ctx = build_context(article, 0, "feminine")
    told = [sentence for _, sentence in body_instructions(ctx, article.section("s1"))]
    assert not any(sentence.startswith("Pickle and jar size") for sentence in told)
    assert all("jars size" not in q.stem for q in generate_bank(article, seed=0).questions)


def test_held_out_e_options() -> None:
    """Held-out E49: "Scoring lets you build this network quietly" was told as a moment come true (which network?).
    (E28, a worn wrong answer put back beside a fresh one of its own section, stays: keeping the two apart in
    generate/spread.py raised the eliminating reader on money.hi.txt from 1.65 to 1.82 × chance.)"""
    from netquiz.generate.benefit import benefit_candidates

    text = """# 4 Benefits of Training as a Cricket Scorer

Meenakshi scores matches for her district association.

## 1. Extra Income on Weekends

Scorers are paid per match by the association. Scoring lets you earn steadily through the season.

## 2. A Place Inside the Game

You sit closest to the play, with the umpires. Scoring lets you stay part of the sport you love.

## 3. Connections in the Cricket World

Over a season you work alongside umpires and coaches. Scoring lets you build this network quietly, one match at a time.

## 4. Confidence With Numbers

Every over is a small sum. Scoring lets you do quick arithmetic without a calculator.
"""
    article = parse_article(text)
    ctx = build_context(article, 0, "feminine")
    assert not any("this network" in c.question.stem for c in benefit_candidates(ctx, "s3"))
    for question in generate_bank(article, seed=0).questions:
        assert len(set(question.options)) == len(question.options)


def test_this_as_a_thing_leans_on_the_sentence_before() -> None:
    """"Be clear about this from day one" was offered as a step and told as her habit (held-out D52, D64, D66: about
    what?); "which step should she take for that?" and "this week" point nowhere."""
    from netquiz.language.en_story import leans_on_context

    assert leans_on_context("Be clear about this from day one")
    assert leans_on_context("Think about this carefully")
    assert not leans_on_context("Talk about this week's orders with the team")
    assert not leans_on_context("Which step should she take for that?")


def test_held_out_f_quotes() -> None:
    """Held-out F (aside345–346, read at e3daa66): "Check that she holds a recognised degree" (F47: who?) and "An
    advance covers her cost" (F26) were quoted alone; an interviewer's question "सवारियाँ महिला conductor से कैसा बर्ताव
    करती हैं?" was asked as a true statement (F60)."""
    from netquiz.generate.claims import pronoun_back
    from netquiz.language import language

    english = language("en")
    assert pronoun_back(english, "Check that she holds a recognised degree and has worked with older adults.")
    assert pronoun_back(english, "An advance covers her cost of saplings.")
    assert not pronoun_back(english, "Ask your mother what she needs.")
    assert not pronoun_back(english, "Farzana cleared her third exam.")
    text = GOATS.replace("हर टीके की तारीख एक कॉपी में लिखें।", "हर टीके की तारीख एक कॉपी में लिखें। खरीदार पशु सखी से "
                         "कैसा बर्ताव करते हैं?")
    ctx = build_context(parse_article(text), 0, "feminine")
    assert not [r for r in ctx.readings["s3"] if r.causal.sentence.endswith("?")]


def test_held_out_d_dont_sections() -> None:
    """Held-out D's "don't" sections (aside341, clinic s2, s3) made no claim: "यह दो मिनट का काम है, पर इसकी बदौलत …"
    (a remark, then the result), and "हर patient के बाद gloves बदलें; एक ही gloves पहनकर दो patients को न छुएं। ऐसा करने
    से …" (a step, then the slip it rules out: the result is the step's)."""
    assert hi.linked_effect("यह दो मिनट का काम है, पर इसकी बदौलत गलत दवा देने का खतरा लगभग खत्म हो जाता है।") == \
        "गलत दवा देने का खतरा लगभग खत्म हो जाता है"
    text = GOATS.replace("हर टीके की तारीख एक कॉपी में लिखें। इससे खरीदार का भरोसा बढ़ता है।",
                         "हर टीके की तारीख एक कॉपी में लिखें; पुरानी पर्चियाँ न फेंकें। ऐसा करने से खरीदार का भरोसा बढ़ता है।")
    ctx = build_context(parse_article(text), 0, "feminine")
    assert [r.causal.cause for r in ctx.readings["s3"]] == ["हर टीके की तारीख एक कॉपी में लिखें।"]


def test_a_sentence_that_ends_on_instead_is_not_quoted_alone() -> None:
    """"Offer local species that suit the soil and the rainfall instead." (held-out F23: instead of what?)."""
    from netquiz.generate.recall import _leans

    ctx = build_context(parse_article(UNIFORMS), 0, "feminine")
    assert _leans(ctx, "Offer local species that suit the soil and the rainfall instead.")
    assert not _leans(ctx, "Offer local species that suit the soil and the rainfall of your district.")


def test_the_verb_of_an_embedded_clause_keeps_its_tense() -> None:
    """"she spotted who is starting to struggle to rise from a chair or climbed a step" (held-out F37): "climb" is the
    embedded clause's verb, not a second one of hers."""
    from netquiz.language.en import _backshift

    assert " ".join(_backshift("spot who is starting to struggle to rise from a chair or climb a step".split())) == \
        "spot who is starting to struggle to rise from a chair or climb a step"
    assert " ".join(_backshift("stepped back from the details and see the larger picture".split())) == \
        "stepped back from the details and saw the larger picture"


def test_at_the_bottom_of_nothing_leans() -> None:
    """"She puts her nursery's name and phone number at the bottom." (held-out F30: the bottom of what?)."""
    from netquiz.language.en_story import LEANS_BACK

    assert LEANS_BACK.search("She puts her nursery's name and phone number at the bottom")
    assert not LEANS_BACK.search("She puts her name at the bottom of every care sheet")


def test_a_moment_too_short_to_name_a_thing_is_no_benefit_come_true() -> None:
    """"Some time later, she bought more." (held-out G11: more what?)."""
    from netquiz.generate.benefit import benefit_candidates

    text = """# 4 Benefits of Selling at a Second Weekly Haat

Rekha sells bangles at two haats.

## 1. Better Rates From Your Wholesaler

Bigger orders get a better per-dozen rate. A second haat lets you buy more.

## 2. Steadier Cash Through the Week

A second haat lets you pay the school fee without borrowing from a neighbour.

## 3. Less Stock Lying in the Box

A second haat lets you sell the designs that did not move at the first one.

## 4. Quick Feedback on What Sells

Two crowds in a week show you which colours sell before the festival season.
"""
    ctx = build_context(parse_article(text), 0, "feminine")
    assert not any("bought more" in c.question.stem for c in benefit_candidates(ctx, "s1"))
    assert any("school fee" in c.question.stem for c in benefit_candidates(ctx, "s2"))
