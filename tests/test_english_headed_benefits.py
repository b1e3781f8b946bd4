"""A Hinglish benefit listicle under English noun-phrase headings ("Fees on Time", "No Surprises at Result Time"):
the headings are benefits, read by the English rules, and a benefit come true asks which of them it is; a result
the reader "can manage" ("दिखा पाते हैं") is told as done with its modal ("दिखा पाए"), never as a transitive past
without "ने"."""

from __future__ import annotations

from netquiz.generate.listicle import benefit_headings
from netquiz.language.hi import _regroup
from tests.article_banks import bank_of, context_of

TUITION = "home-tuition-mein-parents-ko-monthly-progress-report-bhejne-ke-6-fayde.hi.md"


def test_english_headings_over_a_hindi_body_are_benefits() -> None:
    titles = [s.title for s in benefit_headings(context_of(TUITION))]
    assert "Fees on Time" in titles and "No Surprises at Result Time" in titles
    assert "Getting Started" not in titles  # (the article's last steps name no benefit)


def test_a_benefit_come_true_asks_which_english_heading_it_is() -> None:
    asked = [q for q in bank_of(TUITION).questions if q.kind == "benefit"]
    assert asked
    for q in asked:
        assert all(option.isascii() for option in q.options) and "लेख के किस हिस्से" in q.stem


def test_managed_to_keeps_its_modal_when_told_as_done() -> None:
    assert _regroup("parents दूसरों को ठोस चीज़ दिखा पाते हैं", "perfective") == "parents दूसरों को ठोस चीज़ दिखा पाए"
    assert _regroup("वह समय पर काम पूरा कर पाती है", "perfective") == "वह समय पर काम पूरा कर पाई"
    assert _regroup("आप सेंटर ऑफ अट्रेक्शन बन सकती हैं", "perfective") == "आप सेंटर ऑफ अट्रेक्शन बनीं"  # (आप: plural)
