"""Occasion questions: the article names a moment and says what to do then; told as the persona's moment, which of
the article's tips would help her most? (generate/occasion.py)"""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.language import en, hi

ENGLISH = """# Saving From a Domestic Worker's Wages: 4 Tips

Most domestic workers are paid in cash on different dates by different employers.

## Open a Bank Account in Your Own Name

Open a zero-balance account under the Jan Dhan scheme. The money then reaches you before anyone else can ask for it.

## Don't Borrow from the Local Moneylender

A moneylender's loan usually carries interest of 5 to 10 percent a month. When you need money urgently, ask a \
long-time employer for an advance that is cut from your salary in small instalments.

## Save on Pay Day, Not at the End of the Month

Move a fixed amount aside the same day the salary comes in. By saving first, you spend what is left.

## Put Festival Bonuses Aside

Put the Diwali bonus straight into your deposit. Women who do this often save more from bonuses than from pay.
"""

HINDI = """# होम लोन की EMI संभालने के 4 तरीके

EMI की तारीख़ छूट जाए तो जुर्माना और क्रेडिट स्कोर दोनों पर असर पड़ता है।

## EMI की तारीख़ सोच-समझकर चुनें

बैंक महीने की कई तारीख़ों में से एक चुनने देता है। अगर आपकी सैलरी 1 तारीख को आती है, तो 5 तारीख चुनें।

## अलग खाते में EMI का पैसा रखें

EMI के लिए एक अलग बचत खाता खोलें। इससे घर खर्च और किस्त का पैसा आपस में नहीं मिलता।

## हर साल एक बार prepayment करें

बोनस मिलने पर उसका एक हिस्सा मूलधन चुकाने में लगाएं। इससे ब्याज का बोझ कम होता है।

## बीमा न छोड़ें

लोन के साथ एक टर्म बीमा लें। इससे परिवार पर कर्ज़ का बोझ नहीं आता।
"""


def _occasions(text: str) -> list:
    return [q for q in generate_bank(parse_article(text), seed=0).questions if q.form == "occasion"]


def test_the_moment_is_told_as_hers_and_its_heading_is_the_key() -> None:
    for text, moment, heading in ((ENGLISH, "needs money urgently", "Don't Borrow from the Local Moneylender"),
                                  (HINDI, "की सैलरी 1 तारीख को आती है", "EMI की तारीख़ सोच-समझकर चुनें")):
        found = _occasions(text)
        assert len(found) == 1, text[:20]
        question = found[0]
        assert moment in question.stem and "you" not in question.stem.split() and "आपकी" not in question.stem
        assert question.options[question.answer] == heading
        assert set(question.options) <= {s.title for s in parse_article(text).headed_sections}
        assert question.source in parse_article(text).section(question.section).sentences


def test_a_moment_that_names_the_heading_s_words_is_refused() -> None:
    """"When you want to borrow money urgently" under "Don't Borrow …": a reader would match the word, not place
    the moment."""
    text = ENGLISH.replace("When you need money urgently", "When you want to borrow money urgently")
    assert _occasions(text) == []


def test_moments_read_and_refused() -> None:
    assert en.occasion("If possible, visit the clinic once.") is None or \
        en.occasion_told(en.occasion("If possible, visit the clinic once.")[0], "Meena") is None  # (no moment)
    assert en.occasion("When you need money urgently, ask an employer for an advance.") == \
        ("you need money urgently", "ask an employer for an advance")
    assert en.occasion_told("a new task lands on your desk at 6 pm", "Meena") == \
        "A new task lands on Meena's desk at 6 pm."
    assert en.occasion_told("a point is unclear", "Meena") is None  # (nothing of hers)
    assert en.occasion("When the bus is late, the day is lost.") is None  # (no step)
    assert hi.occasion_told("आप थकी हों", "मीना") is None  # (a subjunctive: no moment told as it is)
    assert hi.occasion("अगर आपकी सैलरी 1 तारीख को आती है, तो 5 तारीख चुनें।") == \
        ("आपकी सैलरी 1 तारीख को आती है", "5 तारीख चुनें")


def test_leave_granted_or_a_thing_named_before_is_no_moment() -> None:
    text = ENGLISH.replace("When you need money urgently", "If your employer allows it")
    assert _occasions(text) == []
    text = ENGLISH.replace("When you need money urgently", "If you don't already have one")
    assert _occasions(text) == []


def test_a_hindi_moment_in_the_subjunctive_is_told_as_a_plain_statement() -> None:
    from netquiz.language.hi import _indicative

    assert _indicative("नेटवर्क चला जाए") == "नेटवर्क चला जाता है"
    assert _indicative("पाँच कार्यदिवस तक जवाब न आए") == "पाँच कार्यदिवस तक जवाब नहीं आता"
    assert _indicative("कमर में खिंचाव महसूस हो") == "कमर में खिंचाव महसूस होता है"
    assert _indicative("मीना को ज़रूरत हो") == "मीना को ज़रूरत है"
    assert _indicative("आप तो") is None
    assert hi.occasion("पेंशन वाले दिन नेटवर्क चला जाए तो दूसरी कंपनी का सिम लगाएँ।") == \
        ("पेंशन वाले दिन नेटवर्क चला जाए", "दूसरी कंपनी का सिम लगाएँ")
    assert hi.occasion_told("पेंशन वाले दिन नेटवर्क चला जाए", "मीना") is None  # (not hers, and no frame)
    assert hi.occasion_told("पेंशन वाले दिन नेटवर्क चला जाए", "मीना", framed=True) == \
        "पेंशन वाले दिन नेटवर्क चला जाता है।"
    assert hi.occasion("अपना पासवर्ड किसी को न दें; ज़रूरत हो तो नया बना लें।") is None or \
        ";" not in hi.occasion("अपना पासवर्ड किसी को न दें; ज़रूरत हो तो नया बना लें।")[0]


def test_an_english_moment_not_hers_needs_the_frame() -> None:
    assert en.occasion_told("an invoice is more than thirty days late", "Meena") is None
    assert en.occasion_told("an invoice is more than thirty days late", "Meena", framed=True) == \
        "An invoice is more than thirty days late."


ASKED = """# Reading a Job Ad Before You Apply: 4 Tips

A job ad tells you more than the title.

## Read the Whole Ad Twice, Not Just the Title

Read it once for the duties and once for the conditions. Most people stop at the title and miss the shift timings.

## Don't Skip the "About Us" Paragraph

Those few lines feed directly into a better answer when the interviewer asks, "Why do you want to work with us?"

## Circle the Words the Ad Keeps Repeating

Software screens many CVs first. Use the ad's own words for the skills you really have.

## Notice What the Ad Leaves Out

An ad silent on salary or timings is a reason to ask before the screening call.
"""


def test_a_question_someone_puts_to_her_is_her_moment() -> None:
    found = _occasions(ASKED)
    assert len(found) == 1
    question = found[0]
    assert "The interviewer asks Kavita: “Why do you want to work with us?”" in question.stem  # (who asks, named)
    assert question.options[question.answer] == 'Don\'t Skip the "About Us" Paragraph'


def test_only_a_question_put_to_her_is_asked_of_her() -> None:
    assert en.asked_question('When the panel asks, "What would you improve in our store?", give one idea.') == \
        "What would you improve in our store?"
    assert en.asked_question('Ask first: "Would you be comfortable speaking about my work?"') is None  # (hers to ask)
    assert hi.asked_question('HR अक्सर पहली कॉल में ही पूछ लेता है, "आपकी अपेक्षित CTC कितनी है?"') == \
        "आपकी अपेक्षित CTC कितनी है?"
    assert hi.asked_question('बीच में उनसे सीधे पूछें, "आप इस बारे में क्या सोचती हैं?"') is None


def test_quoted_words_to_her_do_not_address_the_participant() -> None:
    from netquiz.kinds.choice import _addresses_reader

    assert not _addresses_reader("Deepa is asked: “Why do you want to work with us?” Which tip helps?", "en")
    assert _addresses_reader("What would you do? “Fine,” she says.", "en")


def test_a_number_the_moment_shares_with_its_heading_in_another_script_tells_the_key() -> None:
    from netquiz.generate.tip_situation import numbers

    assert numbers("पाँच कार्यदिवस तक जवाब नहीं आता") == numbers("Follow Up After Five Working Days") == {5}
    assert numbers("१० मिनट पहले") == {10}
    assert not numbers("Plan a safe way home")
    english = (HINDI.replace("## EMI की तारीख़ सोच-समझकर चुनें", "## Pick Your EMI Date With Care")
               .replace("## अलग खाते में EMI का पैसा रखें", "## Keep the EMI Money in a Separate Account")
               .replace("## हर साल एक बार prepayment करें", "## Prepay Once Every Year")
               .replace("## बीमा न छोड़ें", "## Don't Skip the Insurance"))
    assert len(_occasions(english)) == 1  # (the moment, "मीना की सैलरी 1 तारीख को आती है", names no number of a heading)
    text = english.replace("## Pick Your EMI Date With Care", "## Pick a Date Five Days After Payday").replace(
        "अगर आपकी सैलरी 1 तारीख को आती है, तो 5 तारीख चुनें", "अगर आपकी सैलरी हर महीने पाँच तारीख को आती है, तो दस तारीख चुनें")
    assert _occasions(text) == []
