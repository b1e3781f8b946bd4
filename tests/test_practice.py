"""Practice questions: the persona does what a tip's body says; which of the article's tips is she following?"""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.generate.context import build_context
from netquiz.generate.practice import body_instructions, practice_candidates, tip_headings

ENGLISH = """# How to Read More Books This Year

Most of us buy more books than we finish.

## Carry a book everywhere

Keep a paperback in your bag or an e-book app on your phone. Queues and waiting rooms become reading time.

## Set a page goal, not a book goal

A book a week sounds good and fails by Wednesday. Aim for twenty pages a day, which adds up to a book a fortnight.

## Join a book club

Sign up for a monthly meeting at your local library. Knowing others will ask what you thought keeps you going.

## Replace one screen habit

Swap the last twenty minutes of scrolling before bed for a novel. Your sleep improves as well.

## Don't finish books you dislike

Give a book fifty pages and then decide. Life is too short for a dull book.
"""


def _practice(text: str) -> list:
    bank = generate_bank(parse_article(text), seed=0)
    return [q for q in bank.questions if q.form == "practice"]


def test_the_key_is_the_tip_over_the_action_and_the_options_are_the_articles_tips_as_written() -> None:
    article = parse_article(ENGLISH)
    headings = {s.title for s in article.headed_sections}
    found = _practice(ENGLISH)
    assert found
    for question in found:
        assert set(question.options) <= headings
        assert question.options[question.answer] == article.section(question.section).title
        assert "Which of the article's tips is she following?" in question.stem
        assert "you" not in question.stem.lower().split()
    stems = " ".join(q.stem for q in found)
    assert "keeps a paperback in her bag" in stems  # "Keep a paperback in your bag …", told of her


def test_an_action_that_repeats_its_own_heading_or_leans_on_a_sentence_before_is_refused() -> None:
    text = ENGLISH.replace("Sign up for a monthly meeting at your local library.",
                           "Join a club that meets every month at your local library. Ask them what they read.")
    ctx = build_context(parse_article(text), seed=0)
    club = next(s for s in ctx.article.headed_sections if s.title == "Join a book club")
    clauses = [clause for clause, _ in body_instructions(ctx, club)]
    assert "Ask them what they read" not in clauses  # "them": who?
    assert not practice_candidates(ctx, club.id)  # "Join a club …" under "Join a book club": told by the word


def test_an_action_another_tip_tells_too_has_two_keys_and_is_refused() -> None:
    text = ENGLISH.replace("Life is too short for a dull book.",
                           "Life is too short for a dull book. Keep a paperback in your bag for the next one.")
    ctx = build_context(parse_article(text), seed=0)
    carry = next(s for s in ctx.article.headed_sections if s.title == "Carry a book everywhere")
    assert not any("paperback" in c.question.stem for c in practice_candidates(ctx, carry.id))


def test_headings_that_are_no_tips_make_no_practice_question() -> None:
    text = "\n".join(line.replace("## Carry a book everywhere", "## Why reading matters")
                     .replace("## Join a book club", "## A calmer evening")
                     .replace("## Replace one screen habit", "## Does screen time count?")
                     for line in ENGLISH.splitlines())
    ctx = build_context(parse_article(text), seed=0)
    assert len(tip_headings(ctx)) == 2  # a benefit, a question: no tips; two tips leave one wrong answer
    assert not any(practice_candidates(ctx, s.id) for s in ctx.article.headed_sections)


HINDI = """परीक्षा की तैयारी के आसान तरीके

परीक्षा से पहले हर कोई घबराता है।

## पढ़ाई की समय-सारणी बनाएं

हर दिन के लिए विषय और घंटे कागज़ पर लिख लें। इससे कोई विषय छूटता नहीं।

## पढ़ने के बाद किताब बंद करके दोहराएं

हर अध्याय के बाद मुख्य बातें बिना देखे एक कॉपी में लिखें। इससे याद पक्की होती है।

## सहेलियों के साथ मिलकर दोहराएं

हफ़्ते में एक बार दो-तीन सहेलियों के साथ बैठकर एक-दूसरे से सवाल पूछें। इससे कमज़ोर हिस्से सामने आते हैं।

## रात भर जागकर न पढ़ें

सात-आठ घंटे की नींद ज़रूर लें। नींद में ही दिमाग़ पढ़ी हुई बातें सहेजता है।
"""


def test_hindi_a_dont_tip_is_the_key_for_the_step_its_body_gives_instead() -> None:
    found = _practice(HINDI)
    sleep = [q for q in found if "नींद" in q.stem]
    assert sleep, [q.stem for q in found]
    question = sleep[0]
    assert question.options[question.answer] == "रात भर जागकर न पढ़ें"
    assert "सात-आठ घंटे की नींद ज़रूर लेती है" in question.stem
    assert question.stem.endswith("वह लेख की किस सलाह पर अमल कर रही है?")


def test_an_action_cut_before_its_list_or_told_in_too_few_words_is_refused() -> None:
    text = (ENGLISH.replace("Keep a paperback in your bag or an e-book app on your phone.",
                            "Write a reading list with the title, the author, the page count and the shop.")
            .replace("Sign up for a monthly meeting at your local library.",
                     "Own the whole task: pick, buy and bring the book to each meeting."))
    ctx = build_context(parse_article(text), seed=0)
    clauses = [clause for s in ctx.article.headed_sections for clause, _ in body_instructions(ctx, s)]
    assert not any(c.startswith(("Write a reading list", "Own the whole task")) for c in clauses), clauses
    assert "Aim for twenty pages a day" not in clauses  # four content words: "a page goal" of what?
    assert "Swap the last twenty minutes of scrolling before bed for a novel" in clauses


def test_without_a_setting_from_the_title_the_stem_opens_with_her_action() -> None:
    found = _practice(HINDI)  # "परीक्षा की तैयारी के आसान तरीके" tells no step of hers
    assert found and not any("लेख की सलाहें" in q.stem or "“" in q.stem for q in found)  # (no "she reads the article")
    assert all(q.stem.split()[1] not in ("ने", "को") for q in found)


def test_the_closing_paragraph_after_the_last_tip_is_no_part_of_it() -> None:
    from netquiz.generate.context import closing_sentences

    text = ENGLISH + "\nReading is a habit, not a talent. Start tonight: put one book beside your bed.\n"
    article = parse_article(text)
    closing = closing_sentences(article)
    assert "Start tonight: put one book beside your bed." in closing
    assert "Give a book fifty pages and then decide." not in closing  # the last tip's own paragraph
    bank = generate_bank(article, seed=0)
    assert not any(q.source in closing for q in bank.questions)


def test_a_friend_advises_what_a_tip_argues_against_and_the_tip_is_the_key() -> None:
    from netquiz.generate.counter import counter_candidates

    text = ENGLISH.replace("Sign up for a monthly meeting at your local library.",
                           "It is tempting to read alone on the sofa every Sunday afternoon. Sign up for a monthly "
                           "meeting at your local library instead.")
    ctx = build_context(parse_article(text), seed=0)
    club = next(s for s in ctx.article.headed_sections if s.title == "Join a book club")
    [candidate] = counter_candidates(ctx, club.id)
    question = candidate.question
    assert question.form == "counter" and question.options[question.answer] == "Join a book club"
    assert "Her friend advises her to read alone on the sofa every Sunday afternoon." in question.stem
    assert set(question.options) <= {s.title for s in ctx.article.headed_sections}


def test_a_why_heading_names_the_step_its_section_argues_for() -> None:
    from netquiz.language import en, hi

    assert hi.why_step("पुराने प्रश्नपत्र हल करना क्यों ज़रूरी है?") == "पुराने प्रश्नपत्र हल करें"
    assert hi.why_step("बार-बार आराम से सोना क्यों ज़रूरी है?") == "बार-बार आराम से सोएं"
    assert hi.why_step("शिकायत में देर न करना क्यों ज़रूरी है?") is None  # a "don't"
    assert hi.why_step("प्रोबेशन पीरियड क्यों ज़रूरी है?") is None  # a thing, no step
    assert en.why_step("Why look at returnship programmes?") == "Look at returnship programmes"
    assert en.why_step("Why does a rehearsal matter so much?") is None
    ctx = build_context(parse_article(
        "# परीक्षा की तैयारी\n\nपरिचय है।\n\n## पुराने प्रश्नपत्र हल करना क्यों ज़रूरी है?\n\nपरीक्षा से पहले हर छात्रा "
        "घबराती है। इससे प्रश्नों के ढंग का अंदाज़ा हो जाता है।\n\n## रोज़ दोहराएं\n\nहर शाम नोट्स पढ़ें।\n"), seed=0)
    [claim] = ctx.readings["s1"]  # "इससे …" points back to the step the heading argues for
    assert claim.causal.cause == "पुराने प्रश्नपत्र हल करें" and claim.step_from == "heading"


def test_a_told_result_whose_second_verb_lost_its_subject_is_no_option() -> None:
    from netquiz.language import en_story

    assert en_story.dangling("She will see where she loses time and teaches her when to let go.")
    assert not en_story.dangling("She will see where she loses time and she will move on.")


def test_reading27_29_shapes_a_time_before_a_step_a_pair_of_imperatives_an_accent_and_a_back_at_title() -> None:
    from netquiz.language import hi, language
    from netquiz.text import tokens

    assert hi.find_causal("सोने से आधा घंटा पहले फ़ोन को दूसरे कमरे में चार्जिंग पर लगा देना") == []  # a time
    assert hi.find_causal("रोज़ टहलने से नींद अच्छी आती है")  # a cause
    assert hi.advice("हर घंटे कुछ मिनट चलें-फिरें") == "हर घंटे कुछ मिनट चलना-फिरना"
    assert tokens("किस café में") == ["किस", "café", "में"]
    assert language("en").topic_frame("Back at Your Desk After Sick Leave? 7 Mistakes to Avoid", "") is None


def test_an_action_on_each_part_of_something_left_out_is_refused_but_not_a_time() -> None:
    ctx = build_context(parse_article(ENGLISH), seed=0)
    from netquiz.generate.practice import each_part
    assert each_part(ctx, "Priya reads each clause carefully.")  # of what? the agreement her heading named
    assert not each_part(ctx, "Priya reads twenty pages every day.")  # a time
    assert not each_part(ctx, "Priya writes each slide's headline as a full sentence.")
    assert not each_part(ctx, "Priya marks every book she finishes in a list of books.")  # the title's word
    hindi = build_context(parse_article("# किराये का घर\n\nपरिचय।\n\n## एग्रीमेंट पढ़ें\n\nहर शर्त पढ़ें।\n"), seed=0)
    assert each_part(hindi, "रीना हर शर्त ध्यान से पढ़ती है।")
    assert not each_part(hindi, "रीना हर रविवार 15 मिनट निकालती है।")
    assert not each_part(hindi, "रीना हर नया skill अगले हफ़्ते आज़माती है।")


def test_an_aside_between_dashes_is_left_out_and_their_with_its_plural_before_it_stays() -> None:
    text = ENGLISH.replace(
        "Sign up for a monthly meeting at your local library.",
        "Pick a fixed evening — say, the first Friday of the month — and a group where everyone brings their "
        "current book.")
    ctx = build_context(parse_article(text), seed=0)
    club = next(s for s in ctx.article.headed_sections if s.title == "Join a book club")
    clauses = [clause for clause, _ in body_instructions(ctx, club)]
    assert "Pick a fixed evening and a group where everyone brings their current book" in clauses


def test_a_headings_capital_is_lowered_inside_the_persona_s_action_where_the_article_writes_it_so() -> None:
    from netquiz.generate.scenario import lowered_inside
    text = "# गुस्से वाले customer\n\nहर customer अलग है।\n\n## Customer का नाम लें\n\nनाम लेकर बात करें।\n"
    ctx = build_context(parse_article(text), seed=0)
    told = "रीना दुकान पर है। वह Customer का नाम लेकर बात करती है।"
    assert lowered_inside(ctx, told, "रीना") == "रीना दुकान पर है। वह customer का नाम लेकर बात करती है।"


def test_a_condition_before_then_is_no_instruction() -> None:
    text = ("# सही पोस्चर\n\nपरिचय।\n\n## पैर ज़मीन पर रखें\n\nपैर हवा में लटकते रहें, तो जांघों पर दबाव पड़ता है।\n\n"
            "## स्क्रीन ऊपर रखें\n\nलैपटॉप को किताबों पर रखें।\n\n## हर घंटे उठें\n\nपाँच मिनट टहलें।\n")
    ctx = build_context(parse_article(text), seed=0)
    feet = ctx.article.headed_sections[0]
    assert not body_instructions(ctx, feet)  # (was "वह पैर हवा में लटकते रहती है")


def test_a_how_to_heading_is_no_step_to_offer():
    """reading111 items 8, 9: "शुरुआत कहाँ से करना" (from the heading "शुरुआत कहाँ से करें") offered as a step."""
    from netquiz.article import parse_article
    from netquiz.generate.context import build_context
    from netquiz.generate.tips import heading_step
    text = ("# सेशन\n\nपरिचय की एक पंक्ति।\n\n## एजेंडा पहले भेजें\n\nएजेंडा भेजें।\n\n## शुरुआत कहाँ से करें\n\n"
            "छोटे से शुरू करें।\n")
    article = parse_article(text)
    ctx = build_context(article, 0)
    assert heading_step(ctx, article.section("s1")) == "एजेंडा पहले भेजना"
    assert heading_step(ctx, article.section("s2")) is None
