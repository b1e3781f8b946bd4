"""What round 41 changed before its own batches were measured: the wrong tips of a practice question may share a
thing (not her verb) with what she does, so that a reader who matches words is tempted by them too."""

from __future__ import annotations

from article_banks import article_path

from netquiz.article import read_article
from netquiz.generate.consequence import consequence_candidates, harms
from netquiz.generate.context import build_context
from netquiz.generate.practice import practice_candidates
from netquiz.generate.sample_answer import sample_answer_candidates
from netquiz.generate.scenario import topic_frame
from netquiz.language import en, en_story, hi_advice, hi_story, hi_topic


def test_a_wrong_tip_may_name_the_thing_she_works_on():
    """"She adds a line to the booking slip …" under "Don't Post Client Photos Without Permission": "Don't Take a
    Booking Without an Advance" tempts one who skimmed (round 40's strict reader: "the booking-advance tip, which
    would tempt, is missing"); a tip that shares her verb would be a second key and stays out."""
    ctx = build_context(read_article(article_path(
        "running-a-small-photo-studio-7-mistakes-that-cost-you-customers.en.md")), seed=0)
    [slip] = [c.question for c in practice_candidates(ctx, "s6") if "booking slip" in c.question.stem]
    assert "Don't Take a Booking Without an Advance" in slip.options
    assert slip.options[slip.answer] == "Don't Post Client Photos Without Permission"


def test_what_leads_to_is_told_with_its_own_subject():
    """"leads to clients feeling cheated" is what clients feel, "leads to losing half a working day" what she loses:
    round 41's batch A told "you get losing …" and read no harm in "But a sudden jump …, without a word to anyone,
    leads to …"."""
    told = {c.cause: c.effect for s in (
        "Copying its rate card leads to some services being priced below what they cost you.",
        "But a sudden jump across the whole rate card, without a word to anyone, leads to clients feeling cheated.",
        "Charging your parlour rate for these leads to losing half a working day for the fee of one service.",
        "Knowing the process in depth leads to better-paid billing jobs at bigger agencies.",
        "A written routine leads to calmer days.") for c in en.find_causal(s)}
    assert told["Copying its rate card"] == "some services are priced below what they cost you"
    assert told["a sudden jump across the whole rate card"] == "clients feel cheated"
    assert told["Charging your parlour rate for these"] == "you lose half a working day for the fee of one service"
    assert told["Knowing the process in depth"] == "you get better-paid billing jobs at bigger agencies"
    assert told["A written routine"] == "you get calmer days"


def test_a_harm_opened_with_you_will_end_up_is_told_whole():
    """"You will end up fully booked on a Saturday and still short of money …" before the remedy of "Don't Price Your
    Time at Zero" is what comes of the warned move; the parlour article's seven "don't" sections had no scenario."""
    ctx = build_context(read_article(article_path(
        "setting-prices-at-your-beauty-parlour-7-mistakes-that-eat-your-profit.en.md")), seed=0)
    [(harm, _)] = harms(ctx, ctx.article.section("s3"))
    assert harm.startswith("You will end up fully booked")
    made = [c.question for sid in ("s1", "s3", "s5") for c in consequence_candidates(ctx, sid)]
    assert len(made) == 3
    assert "She will end up fully booked on a Saturday and still short of money at the end of the month." in \
        made[1].options[made[1].answer]


def test_a_title_about_looking_after_something_frames_her_as_doing_so():
    """"नवजात बछिया की देखभाल: …" frames "गीता नवजात बछिया की देखभाल कर रही है।", so that "वह … उसे टाट की बोरी
    ओढ़ाती है" has its calf (round 41's batch A, items 5 and 8); not the job beside the care."""
    assert hi_topic.topic_frame("नवजात बछिया की देखभाल: पहले तीन महीनों में अपनाएं ये 7 आसान उपाय") == \
        "{name} नवजात बछिया की देखभाल कर रही है।"
    assert hi_topic.topic_frame("नौकरी और बुज़ुर्ग माता-पिता की देखभाल") is None


def test_at_that_very_moment_is_at_once():
    """"इससे ग़लत bin में रखा माल उसी समय पकड़ में आ जाता है": the time of the step, told as "तुरंत" so that the result
    stands alone (round 41's batch B lost the SKU section to "उसी समय")."""
    ctx = build_context(read_article(article_path(
        "warehouse-mein-stock-count-ki-duty-ginti-sahi-rakhne-ke-7-tips.hi.md")), seed=0)
    assert [r.causal.effect for r in ctx.readings["s4"]] == ["ग़लत bin में रखा माल तुरंत पकड़ में आ जाता है"]


def test_people_who_hesitate_take_no_step():
    """"People hesitate to spend money on a brand they have never heard of, so …": who, not a step (round 41's batch
    B read it as the tasting section's step)."""
    assert en.find_causal("People hesitate to spend money on a brand they have never heard of, so a taste does more "
                          "selling than any description.") == []
    assert en.find_causal("Keep some cash change too, so you don't lose a sale when someone's network drops.")


def test_an_answer_cut_to_a_sentence_about_a_man_it_never_names_is_told_whole():
    """"I took him aside, …" beside "I am a very patient person …" left out the man the story's first sentence named
    (round 41's batch A, item 39): the sample answers are then told whole, without the warned one."""
    ctx = build_context(read_article(article_path(
        "interviewing-for-a-patient-care-coordinator-job-at-a-hospital.en.md")), seed=0)
    [made] = [c.question for c in sample_answer_candidates(ctx, "s1")]
    assert made.options[made.answer].startswith("At the pharmacy where I worked, a man was shouting")
    assert en_story.dangling("I took him aside, listened without interrupting, and called two nearby branches.")
    assert not en_story.dangling("Ritika's brother now books his flights the same week.")


def test_a_flower_markets_harms_are_read_whole():
    """"देर से पहुंचने का नुकसान यह है कि आपके हिस्से वही फूल आते हैं जिन्हें बाकी खरीदार छोड़ गए": "बाकी" inside the
    relative clause names the others than the one its own clause names; "आपकी लागत बढ़ जाती है, जबकि …" is the harm
    without what it is set against (round 41's batch D: four "न करें" sections without a scenario)."""
    ctx = build_context(read_article(article_path("phool-mandi-se-thok-mein-phool-kharidte-samay-galtiyan.hi.md")),
                        seed=0)
    assert [h for h, _ in harms(ctx, ctx.article.section("s1"))] == ["आपके हिस्से वही फूल आते हैं जिन्हें बाकी खरीदार छोड़ गए"]
    assert [h for h, _ in harms(ctx, ctx.article.section("s3"))] == ["आपकी लागत बढ़ जाती है"]
    assert hi_story.points_back("बाकी लोग भी यही करते हैं")


def test_an_unquoted_question_heading_over_a_sample_answer_is_the_interviewers():
    """"आपको electronics के बारे में कितना पता है?" over its "अच्छा जवाब", and "मैं उनसे पूछूंगी …" whose customers the
    question names: round 41's batch D made one interview item of six sample answers."""
    ctx = build_context(read_article(article_path("electronics-showroom-sales-executive-interview-6-sawal.hi.md")),
                        seed=0)
    made = {sid: [c.question for c in sample_answer_candidates(ctx, sid)] for sid in ("s1", "s2", "s3", "s4", "s5")}
    assert all(len(found) == 1 for found in made.values())
    assert "आपको electronics के बारे में कितना पता है?" in made["s2"][0].stem
    assert made["s3"][0].options[made["s3"][0].answer].startswith("मैं उनसे पूछूंगी")


def test_the_opening_womans_place_is_not_told_twice():
    """"इंदौर के एक कॉलेज के गर्ल्स हॉस्टल की वार्डन गीता ने गर्ल्स हॉस्टल में … लगाया है" (round 41's batch D, items
    52, 58): where the title's frame names her place, the intro's setting is left out."""
    ctx = build_context(read_article(article_path("girls-hostel-mein-biometric-attendance-ke-6-fayde.hi.md")), seed=0)
    frame = topic_frame(ctx)
    assert frame is not None and frame.count("हॉस्टल") == 1


def test_a_pointers_second_verb_and_an_or_step_are_told_of_the_reader():
    """"Doing so cuts down the interest you pay and gives you a cushion …" and "Ask for a receipt or make sure …":
    round 41's batch D told "you cut down … and gives you …" and "By asking for a receipt or make sure …"."""
    assert en.linked_effect("Doing so cuts down the interest you pay and gives you a cushion for a slow month.") == \
        "you cut down the interest you pay and get a cushion for a slow month"
    assert en_story.gerund_phrase("Ask for a receipt or make sure the payment shows in your loan card") == \
        "asking for a receipt or making sure the payment shows in your loan card"
    assert en_story.gerund_phrase("Buy a pen or pencil") == "buying a pen or pencil"


def test_a_question_her_peers_ask_is_not_put_to_her():
    """"Most first-time borrowers ask, "How much can I get?"": her own question (round 41's batch D, item 20 told
    "She is asked: "How much can I get?"")."""
    assert en.asked_question('Most first-time borrowers ask, "How much can I get?"') is None
    assert en.asked_question('The interviewer will ask, "Why should I hire you?"') == "Why should I hire you?"


def test_what_a_thing_will_do_after_a_donts_remedy_is_its_harm():
    """"A stalled engine will leave you stuck in rising water …" after the remedy of "Don't Drive Into Water …", and
    "Worn tyres will turn an ordinary brake … into a skid[, with …]": round 41's batch E read no harm in seven "don't"
    sections; the harm is told "will leave her stuck", not "will leave she", nor "will will turn"."""
    ctx = build_context(read_article(article_path("driving-a-school-van-in-the-monsoon-7-mistakes.en.md")), seed=0)
    told = {sid: [h for h, _ in harms(ctx, ctx.article.section(sid))] for sid in ("s1", "s2")}
    assert told == {"s1": ["Worn tyres will turn an ordinary brake on a wet road into a skid"],
                    "s2": ["A stalled engine will leave you stuck in rising water with a van full of frightened children"]}
    options = [o for c in consequence_candidates(ctx, "s4") for o in c.question.options]
    assert "A stalled engine will leave her stuck in rising water with a van full of frightened children." in options
    assert not any("will will" in o for o in options)


def test_each_part_of_a_named_whole_and_a_bank_sms_are_told_as_written():
    """"Find two alternative routes for each part of your trip …" names the whole after "of" (round 41's batch E had
    no practice item in the van article); "and bank SMS" is a thing, not her second verb."""
    ctx = build_context(read_article(article_path("driving-a-school-van-in-the-monsoon-7-mistakes.en.md")), seed=0)
    assert [c.question for c in practice_candidates(ctx, "s2")]
    from netquiz.language.base import Causal
    told = en.situation(Causal("x", "", "Confirm every payment on your own phone and bank SMS before you hand over the "
                                        "goods", "", "imperative", "imperative"), "Meena")
    assert told == "Meena confirms every payment on her own phone and bank SMS before she hands over the goods."


def test_by_these_points_back_to_the_step_unless_it_is_with_whom():
    """"इनसे उड़ने वाले कीड़े … खत्म हो जाते हैं" after "पीले स्टिकी ट्रैप लटकाएं" is the traps' result (round 41's batch E);
    "इनसे अच्छे संबंध रखने से …" is with whom, no result of the step before."""
    assert hi_advice.linked_effect("इनसे उड़ने वाले कीड़े बिना किसी दवा के चिपककर खत्म हो जाते हैं।") == \
        "उड़ने वाले कीड़े बिना किसी दवा के चिपककर खत्म हो जाते हैं"
    assert hi_advice.linked_effect("इनसे अच्छे संबंध रखने से season में orders लगातार मिलते रहते हैं।") is None


def test_a_benefit_told_with_no_longer_stays_in_the_present():
    """"you no longer lose the sunshine on days when the house is locked": round 41's batch B told "Lata no longer
    lost … when the house is locked", two tenses in one situation."""
    from netquiz.language.base import Causal
    told = en.achieved(Causal("x", "", "Net metering", "you no longer lose the sunshine on days when the house is "
                                                        "locked", "instrument", "noun"), "Lata")
    assert told == "Some time later, Lata no longer loses the sunshine on days when the house is locked."


def test_the_put_aside_grammar_breaks_are_mended():
    """Read after the last measured commit (round 41's put-aside batch H): "Salon towels are small …" had been told
    "Salon will towel are …", "Colour from one towel can stain …" read as the step "Colour", and "…, which makes it easier
    to offer them steady, full-day wages" cut as an aside, leaving "… through the day full-day wages"."""
    assert en.future("Salon towels are small and light once dry") == "Salon towels will be small and light once dry"
    assert en.future("her savings grow") == "her savings will grow"
    assert en.advice("Colour from one towel can stain a customer's white shirt.") is None
    assert en.advice("Keep a list so that the team can see it.")
    told = [c.effect for c in en.find_causal("A second brand keeps your team busy through the day, which makes it easier "
                                             "to offer them steady, full-day wages.")]
    assert told and not any(t.endswith("the day full-day wages") for t in told)
    assert [c.effect for c in en.find_causal("Writing the handover note means the next agent, who is often you a week "
                                             "later, starts where you stopped.")] == ["the next agent starts where you stopped"]


def test_the_put_aside_hindi_grammar_breaks_are_mended():
    """Read after the last measured commit (round 41's put-aside batch H): "अख़बार की चार-पाँच तहें" had been told "…
    चार-पाँच तहती है", and the "कि" clause of what she tells the tourists lost its own verb ("… कि आरामदायक जूते और टोपी
    लाना")."""
    assert hi_advice.advice("ढक्कन के नीचे अख़बार की चार-पाँच तहें या टाट का टुकड़ा रखें।") == \
        "ढक्कन के नीचे अख़बार की चार-पाँच तहें या टाट का टुकड़ा रखना"
    assert hi_advice.advice("Booking के समय ही पर्यटकों को बता दें कि आरामदायक जूते और टोपी लाएँ।") == \
        "Booking के समय ही पर्यटकों को बता देना कि आरामदायक जूते और टोपी लाएँ"
    assert hi_advice.advice("मैनेजर से कहें कि आज काम नहीं हो पाएगा और उसे जाने को कहें।") == \
        "मैनेजर से कहना कि आज काम नहीं हो पाएगा और उसे जाने को कहना"
