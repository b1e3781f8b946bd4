"""Habit questions: what the article says many women do, the slip its tip corrects, told as what one persona
does; which tip would help her most? (QUESTIONS.md's diagnosis, with a problem the article itself describes.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from netquiz.article import read_article
from netquiz.generate import generate_bank
from netquiz.language import en_habit, hi_habit


@pytest.mark.parametrize(("sentence", "told"), [
    ("टारगेट जल्दी पूरा करने के चक्कर में बहुत-सी महिलाएँ दोपहर का खाना टाल देती हैं और सोचती हैं कि घर जाकर खा लेंगी।",
     "टारगेट जल्दी पूरा करने के चक्कर में रीना दोपहर का खाना टाल देती है और सोचती है कि घर जाकर खा लेगी।"),
    ("ज़्यादातर महिलाएँ घर की परेशानी ऑफिस में तब तक नहीं बतातीं, जब तक हालात हाथ से न निकल जाएँ।",
     "रीना घर की परेशानी ऑफिस में तब तक नहीं बताती, जब तक हालात हाथ से न निकल जाएँ।"),
    ("कई महिलाएँ फ़ोन इसलिए बार-बार देखती हैं कि कहीं घर से कोई ज़रूरी ख़बर न छूट जाए।",
     "रीना फ़ोन इसलिए बार-बार देखती है कि कहीं घर से कोई ज़रूरी ख़बर न छूट जाए।"),
])
def test_a_hindi_habit_of_many_women_is_told_of_the_persona(sentence: str, told: str) -> None:
    assert hi_habit.common_habit(sentence, "रीना") == told


@pytest.mark.parametrize("sentence", [
    "बहुत-सी महिलाएं मानती हैं कि थकान तो घर और दफ़्तर, दोनों संभालने की क़ीमत है।",  # (a belief: the myth form's)
    "कई महिलाएँ बताती हैं कि यह स्ट्रेच करने के बाद उन्हें सिरदर्द भी कम होता है।",  # (a report)
    "ज़्यादातर लोग तीसरे महीने तक अपना रूटीन, चाय की पसंदीदा दुकान और दो-तीन दोस्त पा लेते हैं।",  # (no slip)
    "कई लोग उस slide को जल्दी से आगे बढ़ा देते हैं, लेकिन senior लोग वहीं सवाल पूछते हैं।",  # ("उस slide": which?)
    "आप अक्सर दोपहर का खाना टाल देती हैं।",  # (the reader, not many women)
])
def test_no_habit_from_a_belief_a_report_an_outcome_or_a_pointing_sentence(sentence: str) -> None:
    assert hi_habit.common_habit(sentence, "रीना") is None


def test_an_english_habit_is_told_in_the_third_person() -> None:
    assert en_habit.common_habit("Many freelancers quote a single price for the whole job and regret it later.",
                                 "Neha") == "Neha quotes a single price for the whole job and regrets it later."
    assert en_habit.common_habit("Most of us wait years for a chance to lead a team.", "Neha") == \
        "Neha waits years for a chance to lead a team."
    assert en_habit.common_habit("Many women think tiredness is the price of a busy job.", "Neha") is None
    assert en_habit.common_habit("Many people get a warning before the pain.", "Neha") is None


ARTICLES = Path(__file__).parent / "articles"


@pytest.mark.parametrize(("path", "key"), [
    ("aside17/career-break-ke-baad-vapsi.hi.md", "गैप को छिपाने की कोशिश न करें"),
    ("aside18/akele-business-trip-suraksha.hi.md", "Don't Lock Yourself In After Sunset"),
])
def test_a_tip_articles_habit_asks_which_tip_helps_her_with_the_tip_it_is_told_under_as_key(path: str,
                                                                                             key: str) -> None:
    bank = generate_bank(read_article(ARTICLES / path), seed=0)
    habits = [q for q in bank.questions if q.form == "habit"]
    assert habits, "the article's 'many women …' slip makes a habit question"
    question = habits[0]
    assert question.options[question.answer] == key
    assert "कई महिलाएँ" not in question.stem and "लेख की कौन-सी सलाह उसके सबसे ज़्यादा काम आएगी?" in question.stem
    assert len(set(question.options)) == 4 and question.source in question.feedback[question.answer]
