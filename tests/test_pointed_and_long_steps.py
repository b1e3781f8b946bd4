"""Round 25's development batch (aside231–232): a step told by a pointer after a time word ("पहले यह काम निपटा लेने
से …") or by "इसी नंबर से …" is the heading's; a long step is told by its first part beside short headings; "Writing
early means …" is read; "Keep the following in one folder" leans on a list the question does not hold."""

from __future__ import annotations

from article_banks import bank_of, context_of

from netquiz.generate.scenario import first_step
from netquiz.language.en import find_causal
from netquiz.language.en_story import dangling
from netquiz.language.hi_advice import advice
from netquiz.language.hi_story import dangling as hi_dangling

AADHAAR = "aadhaar-mein-pata-badalwana-hai-in-7-baaton-ka-rakhein-dhyan.hi.md"


def test_a_pointed_step_after_a_time_word_is_the_headings():
    steps = [(r.causal.cause, r.causal.effect) for r in context_of(AADHAAR).readings["s1"]]
    assert any(cause.startswith("पहले देख लें") and "घर बैठे" in effect for cause, effect in steps), steps


def test_a_thing_named_by_isi_is_the_headings():
    steps = [(r.causal.cause, r.causal.effect) for r in context_of(AADHAAR).readings["s6"]]
    assert any("URN" in cause and "स्टेज" in effect for cause, effect in steps), steps
    assert not any("फीस" in effect for _, effect in steps), steps  # (the fee was read as its result before)
    keys = [q.options[q.answer] for q in bank_of(AADHAAR).questions if q.section == "s6" and q.kind == "scenario"]
    assert keys and all("URN" in key for key in keys), keys


def test_a_long_step_is_told_by_its_first_part():
    long = "पूरा पन्ना, अच्छी रोशनी में और सीधा स्कैन करना, और अपलोड से पहले एक बार ज़ूम करके पढ़ लेना"
    assert first_step(long) == "पूरा पन्ना, अच्छी रोशनी में और सीधा स्कैन करना"
    assert first_step("URN नंबर संभालकर रखना") == "URN नंबर संभालकर रखना"  # (short: as it is)
    assert first_step("Walk to each bed with the incoming nurse, and then read the chart aloud to her slowly") == \
        "Walk to each bed with the incoming nurse"
    whole = "लॉगिन करना, या बहुत दूर के किसी केंद्र पर जाकर अपने सामने काम करवाना"
    assert first_step(whole) == whole  # (a first part of two words says too little)


def test_a_gerund_that_means_and_a_list_that_follows():
    read = find_causal("Writing early means the handover is a matter of reading and explaining.")
    assert [(c.cause, c.effect) for c in read] == [("Writing early", "the handover is a matter of reading and explaining")]
    assert not find_causal("Nothing means anything here.")
    assert dangling("Keep the following in one folder")
    assert not dangling("Keep the papers in one folder")


def test_times_and_pointers_that_lean_on_the_sentence_before():
    assert dangling("She washes her feet with soap as soon as she reaches.")
    assert not dangling("She washes her feet as soon as she reaches home.")
    assert dangling("She sees a doctor within a day or two and asks about a preventive dose.")
    assert not dangling("Send a short follow-up within 24 hours")  # (a heading's own time: after the talk)
    assert dangling("Doing this twice a day protects you.")
    assert hi_dangling("इस दौरान गाय को बैठने न दें") and not hi_dangling("यात्रा के दौरान पानी पिएँ")


def test_everything_is_no_count_before_a_plural_noun():
    assert advice("परिवार को सब कुछ बताएं और नज़दीकी police station से बात करें") == \
        "परिवार को सब कुछ बताना और नज़दीकी police station से बात करना"
    assert advice("कुछ तस्वीरें लें") == "कुछ तस्वीरें लेना"


def test_a_quote_that_names_a_thing_time_or_comparison_of_the_sentence_before():
    from netquiz.generate.recall import POINTED_THING

    for leaning in ("Over time, this predictable credit lets her plan.", "Nine days later, she had a fever.",
                    "A chit fund looks far less exciting.", "इस मौसम की नई घास से दस्त हो सकते हैं।"):
        assert POINTED_THING.search(leaning), leaning
    for alone in ("Plan this quarter's budget early.", "It costs far more than a personal loan.",
                  "This gives you a record."):  # (an opening "This" is the dangling check's)
        assert not POINTED_THING.search(alone), alone


def test_a_title_about_what_to_know_before_a_step_frames_her_about_to_take_it():
    from netquiz.language.hi_topic import topic_frame

    assert topic_frame("Data Entry Job के नाम पर ठगी: Work From Home Offer लेने से पहले ये 7 बातें जान लें") == \
        "{name} work from home offer लेने वाली है।"
    assert topic_frame("बच्चे का स्कूल बदलने से पहले 6 सवाल") == "{name} बच्चे का स्कूल बदलने वाली है।"
    assert topic_frame("घर पर ट्यूशन शुरू करने से पहले खुद से पूछें ये सवाल") is None  # (ये: which?)


def test_english_saves_keeps_away_and_protects():
    from netquiz.language.en import future, linked_effect

    assert [(c.cause, c.effect) for c in find_causal("A small kit saves you from getting soaked or stranded.")] == \
        [("A small kit", "you avoid getting soaked or stranded")]
    assert [(c.cause, c.effect) for c in find_causal("Drinking enough water also keeps urinary infections away.")] \
        == [("Drinking enough water", "you keep urinary infections away")]
    assert not find_causal("Night shifts keep many women away from hospital jobs.")  # (people kept away: a harm)
    assert linked_effect("Doing this twice a day protects you during the hours of highest risk.") == \
        "you stay protected during the hours of highest risk"
    assert not future("Closed shoes, your own water and a little planning go a long way.").startswith("Closed will")
