"""Normalisation, Devanagari-aware tokens and sentence splitting."""

import unicodedata

import pytest

from netquiz.text import compile_words, consonant_skeleton, is_devanagari, normalize, split_sentences, tokens


def test_normalize_strips_bom_zero_width_crlf_and_reads_pipe_as_danda():
    raw = "\ufeffपहला वाक्य|\r\nदूसरा\u200b वाक्य।\r\n"
    assert normalize(raw) == "पहला वाक्य।\nदूसरा वाक्य।\n"


def test_normalize_is_nfc():
    decomposed = "\u091c\u093c"  # ज + nukta: NFC keeps it decomposed (U+095B is a composition exclusion)
    composed = "\u095b"
    assert normalize(composed) == normalize(decomposed) == unicodedata.normalize("NFC", composed)


def test_tokens_keep_vowel_signs():
    assert tokens("आत्मविश्वास बढ़ता है।") == ["आत्मविश्वास", "बढ़ता", "है"]


def test_whole_word_pattern_matches_around_vowel_signs():
    pattern = compile_words("हैं")
    assert pattern.search("आप बात करती हैं।")
    assert not pattern.search("कहैंगे")


def test_sentences_split_on_danda_question_and_full_stop():
    assert split_sentences("पहला है। दूसरा क्यों? Third one. चौथा!") == ["पहला है।", "दूसरा क्यों?", "Third one.", "चौथा!"]


def test_danda_after_digit_ends_sentence_and_decimal_does_not():
    assert split_sentences("कुल 5। फिर 2.5 घंटे बचे।") == ["कुल 5।", "फिर 2.5 घंटे बचे।"]


def test_run_on_sentence_is_split_before_connective():
    text = "आपकी कम्युनिकेशन स्किल भी बढ़ती है इसके साथ आत्मविश्वास बढ़ता है।"
    assert split_sentences(text) == ["आपकी कम्युनिकेशन स्किल भी बढ़ती है", "इसके साथ आत्मविश्वास बढ़ता है।"]


def test_abbreviation_does_not_end_sentence():
    assert split_sentences("Talk to Dr. Rao today. Then rest.") == ["Talk to Dr. Rao today.", "Then rest."]


def test_language_detection():
    assert is_devanagari("नेटवर्किंग से फायदा")
    assert not is_devanagari("Networking helps your career")


def test_a_closing_quote_stays_with_its_sentence():
    from netquiz.text import split_sentences
    assert split_sentences('Say "I can\'t take this on." By offering a choice, you stay helpful.') == \
        ['Say "I can\'t take this on."', "By offering a choice, you stay helpful."]


def test_an_ellipsis_or_a_quotation_inside_a_sentence_does_not_end_it():
    from netquiz.text import split_sentences

    text = ('बात "आप हमेशा..." से शुरू न करें, बल्कि "मुझे लगा कि..." जैसे वाक्य से करें। अगला वाक्य।')
    assert len(split_sentences(text)) == 2
    assert split_sentences('Requests like "Can I be flexible?" are easy to refuse. Walk in.') == [
        'Requests like "Can I be flexible?" are easy to refuse.', "Walk in."]
    assert split_sentences('He said "Stop." Then he left.') == ['He said "Stop."', "Then he left."]


def test_a_dot_inside_a_word_or_a_time_of_day_does_not_end_the_sentence() -> None:
    from netquiz.text import split_sentences
    assert split_sentences("Picking the 5:45 a.m. flight shows care. We met at 6 p.m. Then we left.") == [
        "Picking the 5:45 a.m. flight shows care.", "We met at 6 p.m.", "Then we left."]
    assert split_sentences("पहले ही parivahan.gov.in पर आवेदन करें। फिर जाएँ।") == [
        "पहले ही parivahan.gov.in पर आवेदन करें।", "फिर जाएँ।"]


def test_a_number_or_a_count_is_no_noun_for_a_cloze():
    """reading111: "bought the 5th", "तीन", "किसने", "असल" were offered beside nouns in clozes."""
    from netquiz.generate.recall import _word_class
    assert _word_class("5th", "en") == "latin-OTHER" and _word_class("तीन", "hi") == "deva-OTHER"
    assert _word_class("किसने", "hi") == "deva-OTHER" and _word_class("असल", "hi") == "deva-OTHER"
    assert _word_class("फंड", "hi") == "deva-NOUN" and _word_class("budget", "en") == "latin-NOUN"


def test_an_oblique_infinitive_is_no_noun_for_a_cloze_a_month_is():
    """"जुटाने", "खरीदने" ("… के लिए") were offered beside nouns; "महीने", "सपने" end alike and are nouns."""
    from netquiz.generate.recall import _word_class
    assert _word_class("जुटाने", "hi") == "deva-OTHER" and _word_class("खरीदने", "hi") == "deva-OTHER"
    assert _word_class("सपने", "hi") == "deva-NOUN" and _word_class("कोने", "hi") == "deva-NOUN"


def test_a_quoted_question_before_a_verb_of_saying_ends_no_sentence():
    """reading115 item 103: '… फ़ोन करके "कहाँ पहुँची?" पूछने की ज़रूरत नहीं पड़ती' was cut at the inner "?"."""
    assert split_sentences('बार-बार फ़ोन करके "कहाँ पहुँची?" पूछने की ज़रूरत नहीं पड़ती। फिर वह सो जाती है।') == [
        'बार-बार फ़ोन करके "कहाँ पहुँची?" पूछने की ज़रूरत नहीं पड़ती।', "फिर वह सो जाती है।"]
    assert split_sentences('उसने पूछा, "ठीक है?" फिर वह चली गई।') == ['उसने पूछा, "ठीक है?"', "फिर वह चली गई।"]


@pytest.mark.parametrize(("devanagari", "latin"), [
    ("ऑनलाइन", "online"), ("सीडिंग", "seeding"), ("कार्ड", "card"), ("चार्जर", "charger"), ("बजट", "budget"),
    ("मैनेजर", "manager"), ("सर्टिफ़िकेट", "certificate"), ("सैलरी", "salary"),
])
def test_a_word_and_its_transliteration_share_a_consonant_skeleton(devanagari, latin):
    assert consonant_skeleton(devanagari) == consonant_skeleton(latin)


def test_different_words_do_not():
    assert consonant_skeleton("पानी") != consonant_skeleton("water")
    assert consonant_skeleton("रिपोर्ट") != consonant_skeleton("route")


@pytest.mark.parametrize("paragraph, sentences", [
    ("- बी.कॉम. के बाद अकाउंट्स या टैक्स से जुड़ी नौकरियाँ।", ["- बी.कॉम. के बाद अकाउंट्स या टैक्स से जुड़ी नौकरियाँ।"]),
    ("वह बी.ए. कर रही है। फिर वह आई।", ["वह बी.ए. कर रही है।", "फिर वह आई।"]),
    ("She has an M.Sc. in physics. Then she left.", ["She has an M.Sc. in physics.", "Then she left."]),
    ("नौकरी मिली. फिर वह आई.", ["नौकरी मिली.", "फिर वह आई."]),
])
def test_a_dotted_degree_ends_no_sentence(paragraph: str, sentences: list[str]) -> None:
    """reading155: "बी.कॉम." was split in three and "कॉम" offered as a cloze word; "M.Sc." cut a source."""
    assert split_sentences(paragraph) == sentences


def test_a_degree_before_its_subject_ends_no_sentence():
    """reading167 item 90: "to study B.Sc. Chemistry, she had been …" was cut after "B.Sc."."""
    assert split_sentences("She went to study B.Sc. Chemistry, she had been among the top. Then she left.") == [
        "She went to study B.Sc. Chemistry, she had been among the top.", "Then she left."]
