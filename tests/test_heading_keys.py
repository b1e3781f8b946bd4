"""Round 24: in her questions with wrong answers of her own, the key is always a heading and hers never are
(round 23's strict reader A2: "a participant learns that within a few items"). A guesser who picks only among
the article's headings measures it, and she is told which parts shown there have no label."""

from __future__ import annotations

from pathlib import Path

from netquiz.article import read_article
from netquiz.generate import generate_with_notes
from netquiz.generate.feedback_guess import heading_ratio
from netquiz.generate.situation_notes import Situation
from netquiz.model import Question

ARTICLES = Path(__file__).resolve().parent / "articles"
RTI = "rti-aavedan-kaise-likhen-7-tips.hi.md"
LINES = (("s1", "सुधा ने बिजली विभाग की जगह नगर निगम को अर्ज़ी भेज दी और दो महीने से जवाब नहीं आया।",
          "अर्ज़ी में पूरी कहानी लिखना"),
         ("s3", "कमला एक ही अर्ज़ी में राशन कार्ड, पेंशन और गली की सड़क के बारे में पूछना चाहती है।",
          "सब सवाल एक लंबे पैराग्राफ़ में लिखना"),
         ("s6", "रीता के पास अर्ज़ी भेजने का कोई सबूत नहीं है और अब अपील करनी है।", "दफ़्तर में जाकर ज़ुबानी पूछना"))


def _question(options: tuple[str, ...], answer: int) -> Question:
    return Question("q", "s1", "scenario", "?", options, answer, ("",) * len(options), "", "")


def test_the_heading_guesser_gains_only_where_some_options_are_no_headings():
    heads = {"Keep a list", "Ask first", "Sell for cash"}
    mixed = _question(("Keep a list", "lend to everyone", "Ask first", "Sell for cash"), 0)
    assert heading_ratio([mixed], heads) == 4 / 3
    every = _question(("Keep a list", "Ask first", "Sell for cash"), 1)
    assert heading_ratio([every], heads) == 1.0
    labelled = _question(("keeping a written list", "lend to everyone", "asking before", "sell on credit"), 0)
    assert heading_ratio([labelled], heads) == 1.0  # (no option a heading: a blind guess)
    keyed_label = _question(("keeping a written list", "lend to everyone", "Ask first", "Sell for cash"), 0)
    assert heading_ratio([keyed_label], heads) == 0.0


def _notes(situations: list[Situation]) -> list:
    article = read_article(next(ARTICLES.rglob(RTI)))
    return [n for n in generate_with_notes(article, 0, situations=situations)[1] if n.reason == "heading_keys"]


def test_she_is_told_which_parts_to_label_when_her_own_wrong_answers_are_never_the_key():
    own = [Situation(sid, text, wrong=("s4", "s7"), own_wrong=(wrong,)) for sid, text, wrong in LINES]
    notes = _notes(own)
    assert len(notes) == 1, notes
    parts = notes[0].parts.split(", ")
    assert {"s1", "s3", "s6"} <= set(parts), parts  # (the keys' own parts at least)
    assert float(notes[0].detail) > 1.3
    assert "label" in notes[0].message("en") and "s1" in notes[0].message("en")
    assert "लेबल लगाएँ" in notes[0].message("hi") and "{" not in notes[0].message("hi")

    one = own[:1] + [Situation(sid, text, wrong=("s4", "s7")) for sid, text, _ in LINES[1:]]
    assert not _notes(one)  # (one such question teaches no template)

    labels = [Situation(sid, f"हिस्सा {sid} की बात", label=True) for sid in parts]
    assert not _notes(own + labels)  # (every part shown labelled: the key is no heading)


def test_a_named_sentence_that_points_back_is_quoted_with_the_one_it_points_to():
    """Round 24's reader B (item 47): she named "ऐसा करने से पुराने ग्राहक …", and the key's quote jumped to it from
    the corner's advice, dropping "पर पूरी दुकान को एक साथ उलट-पुलट न करें" it points to; sentences next to each
    other are joined by a space, a gap only by "…"."""
    from netquiz.generate.situation_quotes import named_passage, quoted_run
    from netquiz.language import language

    article = read_article(next(ARTICLES.rglob("dukaan-mein-saman-sajane-ke-7-tarike.hi.md")))
    section = article.section("s7")
    corner = next(s for s in section.sentences if "मौसमी कोना" in s)
    pointer = next(s for s in section.sentences if s.startswith("ऐसा करने से"))
    passage, source = named_passage(section, (corner, pointer), language("hi").rules.linked_effect)
    assert source == corner and any("उलट-पुलट न करें" in s for s in passage), passage
    told = quoted_run(section, passage)
    assert "न करें। ऐसा करने से" in told and told.count(" … ") == 1, told
