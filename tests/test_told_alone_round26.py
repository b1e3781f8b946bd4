"""Round 26's held-out batch (aside239–240), read by a strict reader at 3d3ab89: what its refusals mended. A purpose
told of her after a time phrase agrees with her ("महीने भर बाद वह … सुन सकेगी", not "सकेंगे"); "Clear hours lead
customers …, so that …" is no instruction; a friend's belief opens in lower case and a belief the article only
denies is not called a common mistake; a quote that names a woman by a pronoun alone, or whose run-in label opens a
pointer, leans; "… क्यों रखें?" asks why of an instruction, its step."""

from __future__ import annotations

import pytest

from netquiz.generate.recall import _leans
from netquiz.language import en, hi, hi_advice
from netquiz.language.base import Causal
from netquiz.language.en_story import _someone_unnamed
from tests.article_banks import bank_of, context_of

RETURNSHIP = "7-benefits-of-joining-a-returnship-after-a-career-break.en.md"
BUDGET = "sanyukt-parivar-mein-ghar-ka-budget-kaise-sambhalein.hi.md"


def test_a_purpose_after_a_time_phrase_agrees_with_her() -> None:
    told = hi.outcome(Causal("", "", "हर हफ्ते की recording संभालकर रखें",
                             "महीने भर बाद आप अपनी progress खुद सुन सकें", "purpose", "imperative"), "अंजलि")
    assert told == "महीने भर बाद वह अपनी progress खुद सुन सकेगी।"


def test_an_adjective_and_its_noun_before_their_verb_are_no_instruction() -> None:
    assert en.find_causal("Clear hours lead customers to plan their visits, so that you get long, quiet stretches "
                          "at the machine.") == []
    assert en.find_causal("Mute your apps after a fixed hour, so that colleagues learn when you are free.")


def test_a_denied_belief_opens_in_lower_case_and_is_no_common_mistake() -> None:
    myths = [q for q in bank_of(RETURNSHIP).questions if q.form == "myth"]
    assert myths
    for q in myths:
        assert "believes that A " not in q.stem
    denied = [q for q in myths if "a returnship is a permanent job" in q.stem]
    assert denied and not any("common mistake" in f for q in denied for f in q.feedback)


@pytest.mark.parametrize("quote, leans", [
    ("Weekly check-ins with her help you settle into the office faster than you would alone.", True),
    ("Offering ₹50 off her next order for each new customer she sends gives her a reason to remember.", True),
    ("When she gets stuck, the urge is to grab the phone.", True),
    ("Farah described the week her first shipment report had a wrong figure.", False),
    ("A customer who sees her own purchases listed line by line rarely disputes the bill.", False),
    ("For a team lead, this is often the first time she hears about the strain.", False),
])
def test_a_woman_named_only_by_a_pronoun_leans(quote: str, leans: bool) -> None:
    assert _someone_unnamed(quote) is leans


def test_a_run_in_label_that_opens_a_pointer_leans_but_one_that_names_it_does_not() -> None:
    assert _leans(context_of(RETURNSHIP), "In practice: this gives the household time to settle a new arrangement "
                                          "for childcare, instead of everything changing overnight.")
    assert _leans(context_of(BUDGET), "याद रखें: यह परिवार से अलग होने की बात नहीं है।")
    assert not _leans(context_of(BUDGET), "स्टांप ड्यूटी: यह राज्य के हिसाब से अलग होती है और आमतौर पर ज़्यादा होती है।")


def test_why_of_an_instruction_is_its_step() -> None:
    assert hi_advice.why_step("बड़े खर्चों के लिए अलग फंड क्यों रखें?") == "बड़े खर्चों के लिए अलग फंड रखें"
    assert hi_advice.why_step("ESOP को salary का हिस्सा क्यों न मानें?") is None


def test_the_titles_own_thing_and_a_noun_before_her_need_no_sentence_before() -> None:
    assert not _leans(context_of("sukanya-samriddhi-khata-ke-fayde.hi.md"),
                      "इस खाते में साल भर में कम से कम 250 रुपये और ज़्यादा से ज़्यादा डेढ़ लाख रुपये जमा किए जा सकते हैं।")
    assert not _someone_unnamed("When a customer collects her order and is clearly pleased, ask her directly.")


def test_each_language_names_what_a_quote_points_back_with() -> None:
    from netquiz.language import en_story, hi_story

    assert hi_story.quote_pointer("इस आदत की बदौलत छह महीने में उसकी एक्युरेसी 99 प्रतिशत से ऊपर पहुँच गई।") == "आदत"
    assert hi_story.quote_pointer("इस साल से सबको अपना हिस्सा समय पर देना है।") is None
    assert en_story.quote_pointer("Installing such an app gives the caller a live view of your phone.") == "app"
    assert en_story.quote_pointer("Asking now saves you from a large deduction.") == ""
    assert en_story.quote_pointer("Link your QR code to a current account used only for the shop.") is None
