"""What round 29's first held-out reading (aside255–256, /work/r29/genB) found misread, each shape told the way it
should be: "चाहिए" is no subjunctive (item 27 read "laptop चाहिता है"), a bad thing that sets in is a harm, not a wish
(item 33: "वह चाहती है कि आँखें सूखें और कलाई में खिंचाव आए"), a comparison's subject is not one of its sides (item 16:
"बस कमाई speed पर ध्यान दो"), and a step one is tempted to take is told whole (item 58: "… the biggest inc")."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.links import harmful
from netquiz.language.en import tempted_step
from netquiz.language.hi import _indicative
from netquiz.language.hi_story import contrast_pairs


def test_a_need_is_told_as_it_is() -> None:
    assert _indicative("घर में किसी बच्चे को पढ़ाई के लिए आपका laptop चाहिए") == \
        "घर में किसी बच्चे को पढ़ाई के लिए आपका laptop चाहिए"


ARTICLE = """# घर से Data Entry का काम: 2 तरीके

बहुत सी महिलाएँ घर से data entry करती हैं।

## 1. Take a Break Every Hour

लगातार screen देखने से आँखें सूखती हैं और कलाई में खिंचाव आता है।

## 2. Keep a Daily Work Log

रोज़ लिखें कि कितने records किए।
"""


def test_a_bad_thing_that_sets_in_is_a_harm_and_less_of_it_or_a_cost_met_is_not() -> None:
    ctx = build_context(parse_article(ARTICLE), 0)
    assert harmful(ctx, "आँखें सूखती हैं और कलाई में खिंचाव आता है")
    assert harmful(ctx, "तीसरे-चौथे दिन तक थकान और दर्द लौट आते हैं")
    assert not harmful(ctx, "शिकायत कम आती है")
    assert not harmful(ctx, "कपड़े और धागे का खर्च client के पैसे से निकल आता है")
    assert not harmful(ctx, "नींद जल्दी आती है")


def test_the_subject_of_a_comparison_is_not_a_side() -> None:
    assert contrast_pairs("लेकिन असल में कमाई speed से कहीं ज़्यादा सही entries पर टिकी होती है।") == \
        [("speed", "सही entries")]


def test_a_tempting_step_is_told_whole_or_not_at_all() -> None:
    assert tempted_step("It is tempting to steer every customer towards the phone with the highest margin or the "
                        "biggest incentive.") == \
        "Steer every customer towards the phone with the highest margin or the biggest incentive"
    assert tempted_step("It is tempting to " + "keep adding one more small thing to the list " * 4 + "today.") is None


def test_a_named_womans_habit_before_a_pointer_is_the_step_it_points_to() -> None:
    from netquiz.generate.claims import _instruction_before
    article = parse_article(PICKLE)
    ctx = build_context(article, 0)
    section = article.sections[1]
    index = next(i for i, s in enumerate(section.sentences) if s.startswith("इससे"))
    assert _instruction_before(ctx.language, section, index) is None


PICKLE = """# छोटे Batch में अचार बनाने के 2 फायदे

रेखा घर से अचार बेचती हैं।

## 1. Orders के हिसाब से Planning

Diwali से पहले orders आएँ तो batch बढ़ा लें। रेखा हर batch से पहले अपने WhatsApp group पर pre-order की सूचना डालती \
हैं। इससे अंदाज़े पर माल बनाने की बजाय पक्के orders पर काम होता है।

## 2. कम बर्बादी

बचे हुए stock को फेंकने की नौबत कम आती है।
"""


def test_a_step_with_a_condition_inside_makes_no_statement_and_a_conditional_result_is_no_closing_reason() -> None:
    from netquiz.generate.claims import opens_on_condition
    from netquiz.generate.recall import EMBEDDED
    from netquiz.language import language
    assert EMBEDDED.search("अगर PIN code आधा कटा हुआ है, तो अंदाज़े से अंक न भरने")
    assert opens_on_condition(language("hi"), "अगर महीने के आखिर में कंपनी कम भुगतान करे, तो आप batch नंबर के साथ अपनी बात रख सकती हैं।")


def test_those_who_take_a_step_are_no_subject_of_the_headings_result() -> None:
    from netquiz.generate.claims import GENERAL_SUBJECT
    assert GENERAL_SUBJECT.match("Candidates who raise safety unprompted come across as people who can be trusted.")
    assert not GENERAL_SUBJECT.match("Clear answers mean you are never left waiting alone.")
    assert not GENERAL_SUBJECT.match("Colleagues remember who recognised them.")


def test_a_benefit_heading_and_a_sum_of_facts_are_no_instructions() -> None:
    from netquiz.language.en import advice
    assert advice("Low Investment, Low Risk") is None
    assert advice("Add thyroid checks and yearly health packages, and the number of samples drawn every day keeps "
                  "rising.") is None
    assert advice("Add a line about your notice period to the email.") is not None
    assert advice("Slow down your breathing before you start.") is not None
