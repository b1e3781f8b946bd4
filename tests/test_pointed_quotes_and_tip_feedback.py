"""Round 26's development batch (aside237–238), read by a strict reader: quotes that name a thing of the sentence
before, a comparison whose side is a "कि" clause ahead, a wrong tip's feedback that quoted a premise, cloze wrong
words that were words of the blank's own part, and two English shapes read since ("saves you from <a thing>",
"gives the bank …")."""

from __future__ import annotations

import pytest

from netquiz.generate.practice import advising_sentence
from netquiz.generate.recall import _leans
from netquiz.language import en, hi_story
from netquiz.text import tokens
from tests.article_banks import bank_of, context_of

WAREHOUSE = "warehouse-mein-pehli-naukri-picking-packing-ke-7-tips.hi.md"
UPI = "upi-safety-for-small-shop-owners-7-tips-to-stop-payment-fraud.en.md"
TUITION = "home-tuition-mein-parents-ko-monthly-progress-report-bhejne-ke-6-fayde.hi.md"


def test_a_side_that_is_a_clause_ahead_makes_no_comparison() -> None:
    """"… marks से ज़्यादा इस भरोसे में होता है कि …": "इस भरोसे" is the कि clause the side would leave out."""
    assert hi_story.contrast_pairs("लेकिन parents के लिए tuition का असली हिसाब marks से ज़्यादा इस भरोसे में होता है कि "
                                   "बच्चा हर महीने कुछ नया सीख रहा है।") == []
    assert hi_story.contrast_pairs("बायोडाटा से ज़्यादा इस बातचीत पर ध्यान दें।") == [("बायोडाटा", "इस बातचीत")]  # (none
    # ahead: the pointer is the side's own, judged where the side is shown)


def test_the_tuition_bank_offers_no_garbled_belief() -> None:
    assert not any("इस भरोसे" in option for q in bank_of(TUITION).questions for option in q.options)


@pytest.mark.parametrize("name, sentence", [
    (WAREHOUSE, "इस आदत की बदौलत छह महीने में उसकी एक्युरेसी 99 प्रतिशत से ऊपर पहुँच गई।"),
    (WAREHOUSE, "हर महीने यह जाँच करने से किसी भी गड़बड़ी का पता जल्दी चल जाता है, और एजेंसी बदलने पर भी आपकी PF "
                "की रकम बीच में नहीं अटकती।"),
    (UPI, "Installing such an app gives the caller a live view of your phone, including every OTP that arrives."),
    (UPI, "Asking now saves you from a large deduction in your full and final settlement later."),
])
def test_a_quote_naming_what_the_sentence_before_named_leans(name: str, sentence: str) -> None:
    assert _leans(context_of(name), sentence)


@pytest.mark.parametrize("name, sentence", [
    (WAREHOUSE, "स्कूटी की battery आम तौर पर दो से तीन साल चलती है, लेकिन लापरवाही से यह एक साल में भी जवाब दे सकती है।"),
    (UPI, "Saving first and spending the rest works far better than saving whatever is left."),
    (UPI, "Link your QR code to a current account, or to a savings account used only for the shop."),
])
def test_a_quote_that_names_its_own_thing_stands(name: str, sentence: str) -> None:
    assert not _leans(context_of(name), sentence)


def test_no_quote_of_the_batch_opens_on_a_pointed_thing() -> None:
    quoted = [q.source for name in (WAREHOUSE, UPI) for q in bank_of(name).questions if q.kind == "attribution"]
    assert quoted and not any(s.startswith(("इस आदत", "Installing such")) or "यह जाँच" in s for s in quoted)


def test_a_wrong_tips_feedback_quotes_its_advice_not_its_premise() -> None:
    ctx = context_of(WAREHOUSE)
    pay_slip = next(s for s in ctx.article.headed_sections if (s.title or "").startswith("पे-स्लिप"))
    told = advising_sentence(ctx, pay_slip)
    assert told != pay_slip.sentences[0]  # ("कई वेयरहाउस में भर्ती स्टाफिंग एजेंसी के ज़रिए होती है": a premise)
    assert told == "पहली सैलरी आते ही पे-स्लिप ध्यान से पढ़ें।"


@pytest.mark.parametrize("name", [WAREHOUSE, UPI, TUITION])
def test_a_clozes_wrong_words_are_no_words_of_its_own_part(name: str) -> None:
    bank = bank_of(name)
    clozes = [q for q in bank.questions if q.kind == "cloze"]
    for q in clozes:
        own = set(tokens(bank.article.section(q.section).text))
        wrong = [o for i, o in enumerate(q.options) if i != q.answer]
        assert not [o for o in wrong if o.lower() in own], q.stem


def test_saves_you_from_a_thing_and_gives_the_bank_are_read() -> None:
    saved = en.find_causal("Asking early saves you from a large deduction in your final settlement.")
    assert [c.effect for c in saved] == ["you avoid a large deduction in your final settlement"]
    given = en.find_causal("Reporting within the first hour gives the bank the best chance to freeze the money.")
    assert [c.effect for c in given] == ["the bank has the best chance to freeze the money"]
