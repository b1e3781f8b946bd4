"""The article-blind guessers: each strategy finds the key when its cue is there, and only then."""

import pytest

from netquiz.generate.blind import blind_hits, blind_report, cue_strategies
from netquiz.model import Question


def mcq(options, answer=0, stem="मीरा लोगों से बात करती है। लेख के अनुसार नतीजा क्या होगा?", kind="scenario"):
    return Question("q", "s1", kind, stem, tuple(options), answer, tuple("x" for _ in options), "", "")


def test_negation_and_opposite_pair_find_the_only_affirmative_key():
    q = mcq(["उसे नया अवसर मिलेगा।", "उसे नया अवसर नहीं मिलेगा।", "इससे कोई फर्क नहीं पड़ेगा।",
             "लोगों से बात करने से बचना"])
    hits = blind_hits(q, "hi")
    assert hits["negation"] == 1.0 and hits["opposite_pair"] == 1.0
    assert set(cue_strategies(q, "hi")) >= {"negation", "opposite_pair"}


def test_antonym_pair_counts_as_opposite():
    q = mcq(["उसका आत्मविश्वास बढ़ता जाएगा।", "उसका आत्मविश्वास घटता जाएगा।", "उसे नया अवसर मिलेगा।",
             "उसकी तनख्वाह बढ़ जाएगी।"])
    assert blind_hits(q, "hi")["opposite_pair"] == 1.0


def test_parallel_options_give_chance_or_less():
    q = mcq(["उसे बड़े प्रोजेक्ट का काम मिलेगा।", "उसका आत्मविश्वास बढ़ता जाएगा।", "वह सेंटर ऑफ अट्रेक्शन बन सकती है।",
             "उसकी तनख्वाह बढ़ जाएगी।"], answer=0)
    hits = blind_hits(q, "hi")
    assert hits["negation"] == 0.25 and hits["opposite_pair"] == 0.25
    assert cue_strategies(q, "hi") == []


def test_longest_and_stem_echo():
    q = mcq(["She will meet people.", "She will hear about many new openings across the company.",
             "Her pay rises.", "She gets a desk."], answer=1, stem="Meera talks to people. What follows?")
    assert blind_hits(q, "en")["longest"] == 1.0
    echo = mcq(["She talks to people more.", "Her pay rises a lot.", "She gets a desk soon.", "She moves home."],
               answer=0, stem="Meera talks to people. What follows?")
    assert blind_hits(echo, "en")["stem_overlap"] == 1.0


def test_convergence_finds_the_key_every_distractor_varies_and_a_grid_defeats_it():
    star = mcq(["I started it and so I won.", "I started it but luck won it.", "We started it and so I won.",
                "I once started something else and it won."], answer=0)
    assert blind_hits(star, "en")["convergence"] == 1.0
    grid = mcq(["I myself started it, so soon it grew.", "I myself started it, by luck it grew.",
                "Our team started it, so soon it grew.", "Our team started it, by luck it grew."], answer=0)
    hits = blind_hits(grid, "en")
    assert hits["convergence"] == 0.25 and hits["odd_one_out"] == 0.25


def test_true_false_by_negation_and_the_report():
    false = mcq(["सही", "गलत"], answer=1, kind="true_false", stem="सही या गलत? “इससे अवसर नहीं मिलता।”")
    true = mcq(["सही", "गलत"], answer=0, kind="true_false", stem="सही या गलत? “इससे अवसर मिलता है।”")
    assert blind_hits(false, "hi")["negation"] == 1.0 and blind_hits(true, "hi")["negation"] == 1.0
    report = blind_report([false, true], "hi")
    assert report["chance"] == pytest.approx(0.5) and report["negation"] == pytest.approx(2.0)
    assert blind_report([], "hi")["n"] == 0


def test_the_stem_overlap_reader_sees_a_word_written_in_the_other_script():
    """reading143 items 84, 86: "आधार सीडिंग", "ऑनलाइन आवेदन के बाद" in a Hindi stem, the key an English heading
    that says "seeded", "online submission": the key is matched by sound, not by reading."""
    from netquiz.generate.blind import stem_overlap
    from netquiz.model import Question

    question = Question(id="q", section="s1", kind="scenario", answer=1,
                        stem="लता ऑनलाइन आवेदन के बाद कॉलेज में कागज़ जमा करती है। वह लेख की किस सलाह पर अमल कर रही है?",
                        options=("Keep copies of every document", "Don't stop at the online submission",
                                 "Apply before the deadline", "Ask your teacher for a letter"),
                        feedback=("", "", "", ""), explanation="", source="x")
    assert stem_overlap(question, "hi")[1] == 1.0


def test_the_back_benches_are_a_place_not_falling_behind() -> None:
    """"पीछे बैठे बच्चों का ध्यान भी आप पर बना रहता है" is a gain (the back benches keep attending), not a loss:
    reading191 found "Walk Around the Room While You Teach" named as a section whose only claim warns."""
    from netquiz.generate.blind import marked

    assert not marked("पीछे बैठे बच्चों का ध्यान भी आप पर बना रहता है", "hi", polarity=True)
    assert not marked("पीछे की बेंचें एक अलग दुनिया बन जाती हैं", "hi", polarity=True)
    assert marked("बच्चा पढ़ाई में पीछे रह जाता है", "hi", polarity=True)
    assert marked("काम पीछे छूट जाता है", "hi", polarity=True)
