"""Tip headings round 28's development batch showed unread (aside245–246): an English tip listicle over a Hindi body
whose headings compare within themselves ("Follow the Same Order in Every Room"), name a step and the one it
replaces ("Lift with Your Knees, Not Your Back"), point to a capitalised plural of their own ("Report Problems
Instead of Hiding Them") or tell a step as a warning ("Don't Skip the ₹20 Insurance"); and body sentences misread as
instructions ("Cash hidden in a steel dabba … rarely stays there", "… as if they were meetings" cut at "if")."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.practice import body_instructions, instruction_heading, tip_headings
from netquiz.language import en, en_story

HOTEL = """# होटल हाउसकीपिंग की नई नौकरी: पहले महीने के 4 टिप्स

होटल में पहला महीना सबसे भारी लगता है।

## Follow the Same Order in Every Room

हर कमरे को एक तय क्रम में साफ़ करें। ऐसा करने से कोई काम छूटता नहीं।

## Lift with Your Knees, Not Your Back

भारी गद्दे के लिए किसी साथी को बुलाएं। इससे कमर दर्द पीछा नहीं करता।

## Report Problems Instead of Hiding Them

टूटा नल दिखे तो सुपरवाइज़र को उसी समय बताएं। समय पर बताने से चीज़ जल्दी ठीक हो जाती है।

## Don't Skip the Gloves

केमिकल वाले काम से पहले दस्ताने पहन लें। इससे हाथों की त्वचा नहीं फटती।
"""


def test_english_tip_headings_over_a_hindi_body_are_all_read_as_tips() -> None:
    ctx = build_context(parse_article(HOTEL), seed=0)
    assert [s.title for s in tip_headings(ctx)] == [s.title for s in ctx.article.headed_sections]


def test_the_same_within_the_heading_points_nowhere_else() -> None:
    assert not en_story.points_back("Follow the Same Order in Every Room")
    assert en_story.points_back("Do the same")  # (the same as what?)
    assert en_story.points_back("Reply on the same day")


def test_a_step_and_the_one_it_replaces_is_advice_not_a_benefit_noun() -> None:
    assert en.advice("Lift with Your Knees, Not Your Back")
    assert en.advice("Lift with your knees") is None  # ("Lift" as a benefit noun, "A lift with …", stays one)


def test_a_capitalised_plural_is_the_antecedent_of_them() -> None:
    assert not en_story.dangling("Report Problems Instead of Hiding Them")
    assert en_story.dangling("Report Them Early")


def test_a_step_told_as_a_warning_is_an_instruction_heading() -> None:
    article = parse_article("# Saving From Your Wages\n\nSmall sums add up.\n\n## Don't Skip the ₹20 Insurance\n\n"
                            "Ask your bank branch to enrol you. It takes one form.\n\n## A Final Word\n\nStart small.\n")
    ctx = build_context(article, seed=0)
    assert instruction_heading(ctx, "Don't Skip the ₹20 Insurance")
    assert not instruction_heading(ctx, "A Final Word")


def test_a_thing_and_where_it_was_put_is_no_instruction() -> None:
    assert en.advice("Cash hidden in a steel dabba or under the mattress rarely stays there.") is None
    assert en.advice("Money kept at home gets spent.") is None
    assert en.advice("Keep your savings in the bank.")


def test_as_if_does_not_end_an_instruction() -> None:
    text = """# Coming Back After Sick Leave: 3 Tips

Returning is hard.

## Don't Jump Straight Back to Full Speed

Put two short breaks into your calendar as if they were meetings, so that other meetings cannot swallow them.

## Talk to Your Manager Early

Send a short note a week before you return. This way your first day has a plan.

## Keep Your Follow-up Appointments

Book the next check-up before you leave the clinic. That way it is never pushed to next month.
"""
    ctx = build_context(parse_article(text), seed=0)
    section = ctx.article.headed_sections[0]
    clauses = [clause for clause, _ in body_instructions(ctx, section)]
    assert clauses and clauses[0].endswith("as if they were meetings")


def test_a_list_of_quoted_questions_is_one_sentence() -> None:
    from netquiz.text import split_sentences

    text = ('Common ones include "How would you handle an angry patient?", "What would you do?" and "Tell me about '
            'a time." Say what you did.')
    assert split_sentences(text)[0].startswith("Common ones include")
    assert len(split_sentences(text)) == 2


def test_a_piece_of_her_answer_in_her_words_is_no_quote_of_its_own() -> None:
    from netquiz.text import inside_quotations, split_sentences

    text = ('Interviewers want a real example. Rukhsana answered: "A customer shouted because his phone was late. '
            'I apologised, checked with the technician, gave him an exact time. He came back." The doctor hired her.')
    sentences = split_sentences(text)
    spoken = inside_quotations(sentences)
    assert [s for s in sentences if s not in spoken] == ["Interviewers want a real example.", "The doctor hired her."]
    assert not inside_quotations(['She asked "why?" twice.', 'A stray " mark.', "Nothing closes it."])


def test_a_clause_opener_and_its_subject_are_not_the_thing_weighed() -> None:
    from netquiz.language.hi_story import contrast_pairs

    assert contrast_pairs("नई अटेंडेंट मानती हैं कि बस तेज़ी चाहिए, जबकि होटल तेज़ी से ज़्यादा भरोसे को देखते हैं।") == []
    assert contrast_pairs("आपके बायोडाटा से अधिक आपके बातचीत के कौशल पर ध्यान दिया जाता है।") == \
        [("बायोडाटा", "बातचीत के कौशल")]


def test_if_possible_opens_an_instruction() -> None:
    assert en.advice("If possible, visit the clinic once as a visitor.")
    assert en.advice("If the clinic is busy, visit it later.") is None
