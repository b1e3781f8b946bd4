"""Generation gates: references that point outside the question, stacked blind cues, the stock filter."""

import json

import pytest

from netquiz.article import parse_article
from netquiz.errors import NetquizError
from netquiz.generate import stock
from netquiz.generate.context import build_context
from netquiz.generate.gates import gate_problems
from netquiz.model import Question

TEXT = ("नौकरी के लिए तैयारी ज़रूरी है।\n\nलोगों से मिलें\n\nअगर आप लोगों से बात करती हैं, तो आपको नया अवसर मिलेगा।"
        " ऐसे में आप आगे बढ़ सकती हैं।\n")


@pytest.fixture
def ctx():
    return build_context(parse_article(TEXT), 0)


def question(ctx, stem, options, answer=0, kind="scenario"):
    source = ctx.article.sections[1].sentences[0]
    return Question("s1-x", "s1", kind, stem, tuple(options), answer, tuple("ठीक" for _ in options), "", source)


def test_a_dangling_reference_is_refused(ctx):
    q = question(ctx, "यह बात लेख के किस हिस्से में कही गई है? “ऐसे में आप आगे बढ़ सकती हैं।”",
                 ["लोगों से मिलें", "परिचय", "तैयारी"], kind="attribution")
    assert any("reference" in p for p in gate_problems(ctx, q))


def test_stacked_cues_are_refused_and_parallel_options_pass(ctx):
    stem = "मीरा एक बैंक में काम करती है। वह लोगों से बात करती है। लेख के अनुसार, उसके इस कदम का नतीजा क्या होगा?"
    cued = question(ctx, stem, ["उसे नया अवसर मिलेगा।", "उसे नया अवसर नहीं मिलेगा।", "कोई फर्क नहीं पड़ेगा।",
                                "उसका काम नहीं रुकेगा।"])
    assert any("without reading" in p for p in gate_problems(ctx, cued))
    fair = question(ctx, stem, ["उसे नया अवसर मिलेगा।", "उसकी तनख्वाह बढ़ जाएगी।", "उसे बोनस मिल जाएगा।",
                                "उसे प्रमोशन मिल जाएगा।"])
    assert not [p for p in gate_problems(ctx, fair) if "without reading" in p]


def test_stock_entries_sharing_a_word_with_the_article_are_left_out(tmp_path, monkeypatch):
    (tmp_path / "hi.json").write_text(json.dumps({"actions": ["लोगों से बात करना", "देर तक रुकना"],
                                                  "outcomes": [], "interview_frames": ["{name} का इंटरव्यू है।"]}),
                                      encoding="utf-8")
    monkeypatch.setenv("NETQUIZ_DISTRACTORS", str(tmp_path))
    chosen = stock.stock_for(parse_article(TEXT))
    assert chosen.actions == ("देर तक रुकना",) and chosen.interview_frames == ("{name} का इंटरव्यू है।",)


def test_a_broken_stock_file_says_what_to_do(tmp_path, monkeypatch):
    (tmp_path / "hi.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("NETQUIZ_DISTRACTORS", str(tmp_path))
    with pytest.raises(NetquizError, match="distractor list"):
        stock.load_stock("hi")


def test_a_missing_stock_file_gives_empty_lists(tmp_path, monkeypatch):
    monkeypatch.setenv("NETQUIZ_DISTRACTORS", str(tmp_path / "nowhere"))
    assert stock.load_stock("en") == stock.Stock()


def test_results_of_one_word_family_are_not_distractors_for_each_other():
    from netquiz.generate.links import akin

    assert akin(frozenset({"भरोसा"}), frozenset({"भरोसेमंद", "सहकर्मी"}))
    assert akin(frozenset({"visible"}), frozenset({"visibility"}))
    assert not akin(frozenset({"ऊर्जा"}), frozenset({"थकान"}))
    assert not akin(frozenset({"काम"}), frozenset({"कामना"}))  # short words are not a family


def test_quoted_headings_may_differ_more_in_length_when_the_key_is_neither_longest_nor_shortest(ctx):
    from dataclasses import replace
    stem = "मीरा हर रविवार पंद्रह मिनट निकालकर पूरे हफ़्ते के ख़र्च देखती है। वह लेख की किस सलाह पर अमल कर रही है?"
    options = ["हर महीने की पहली तारीख़ को पूरे परिवार के साथ बैठकर बजट बनाएँ", "ख़र्च लिखते रहें", "बचत को अलग खाते में रखें"]
    middle = replace(question(ctx, stem, options, answer=2), form="practice")
    longest = replace(middle, answer=0)
    assert not any("length" in p for p in gate_problems(ctx, middle))
    assert any("length" in p for p in gate_problems(ctx, longest))
    assert any("length" in p for p in gate_problems(ctx, replace(middle, form="diagnosis")))
