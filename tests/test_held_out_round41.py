"""What round 41 changed before its own batches were measured: the wrong tips of a practice question may share a
thing (not her verb) with what she does, so that a reader who matches words is tempted by them too."""

from __future__ import annotations

from article_banks import article_path

from netquiz.article import read_article
from netquiz.generate.context import build_context
from netquiz.generate.practice import practice_candidates


def test_a_wrong_tip_may_name_the_thing_she_works_on():
    """"She adds a line to the booking slip …" under "Don't Post Client Photos Without Permission": "Don't Take a
    Booking Without an Advance" tempts one who skimmed (round 40's strict reader: "the booking-advance tip, which
    would tempt, is missing"); a tip that shares her verb would be a second key and stays out."""
    ctx = build_context(read_article(article_path(
        "running-a-small-photo-studio-7-mistakes-that-cost-you-customers.en.md")), seed=0)
    [slip] = [c.question for c in practice_candidates(ctx, "s6") if "booking slip" in c.question.stem]
    assert "Don't Take a Booking Without an Advance" in slip.options
    assert slip.options[slip.answer] == "Don't Post Client Photos Without Permission"
