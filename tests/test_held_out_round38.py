"""What round 38 found unread in round 37's held-out articles (aside365–368) before its own batches were written."""

from __future__ import annotations

from article_banks import article_path

from netquiz.article import parse_article, read_article
from netquiz.generate.context import build_context
from netquiz.generate.recall import _agreement_clash, _person, plural, word_class
from netquiz.generate.scenario import scenario_candidates
from netquiz.language import en, en_story
from netquiz.language.base import Causal

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
