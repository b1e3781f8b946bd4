"""English rewrites: you → persona (then she/her), first person, actions."""

import pytest

from netquiz.language import en

PERSONA = [
    ("If you talk to people, you will learn.", "If Meera talks to people, she will learn."),
    ("You are confident and your ideas are clear.", "Meera is confident and her ideas are clear."),
    ("People remember you.", "People remember Meera."),
    ("Your network grows when you share.", "Meera's network grows when she shares."),
    ("You often help others.", "Meera often helps others."),
    ("You can ask for help yourself.", "Meera can ask for help herself."),
    ("You're ready and you've prepared.", "Meera is ready and she has prepared."),
    ("When you go out, people greet you.", "When Meera goes out, people greet her."),
    ("A follow-up shows you can take a no.", "A follow-up shows Meera can take a no."),  # a modal: a subject
    ("This lets you have a record.", "This lets Meera have a record."),
]


@pytest.mark.parametrize("reader, persona", PERSONA)
def test_reader_to_persona(reader, persona):
    assert en.rewrite(reader, "Meera")[0] == persona


def test_first_person():
    assert en.rewrite("if you talk to people, your confidence grows", None)[0] == \
        "if I talk to people, my confidence grows"


def test_causal_readings():
    readings = en.find_causal("If you talk to people outside your team, you will hear about new jobs.")
    assert [(r.pattern, r.cause, r.effect) for r in readings] == [
        ("conditional", "you talk to people outside your team", "you will hear about new jobs")]
    correlative = en.find_causal("The more you speak with people, the more your confidence grows.")
    assert correlative[0].pattern == "correlative" and correlative[0].effect == "your confidence grows"


def test_action_situation_and_achieved():
    reading = en.find_causal("If you talk to people outside your team, you will hear about new jobs.")[0]
    assert en.action(reading) == "Talk to people outside her team"
    assert en.situation(reading, "Meera") == "Meera talks to people outside her team."
    assert en.achieved(reading, "Meera") == "Some time later, Meera heard about new jobs."


def test_reader_detection():
    assert en.addresses_reader("Your turn")
    assert not en.addresses_reader("Young people")


def test_person_and_tense_through_the_inflection_library():
    from netquiz.language.en import rewrite
    from netquiz.language.en_grammar import gerund, past, third_person

    assert rewrite("you’re more likely to be noticed", "Priya")[0] == "Priya is more likely to be noticed"
    assert rewrite("you open up to your colleagues", "Priya")[0] == "Priya opens up to her colleagues"
    assert rewrite("you set up a meeting and you follow up", "Priya")[0] == \
        "Priya sets up a meeting and she follows up"
    assert [third_person(v) for v in ("go", "try", "Teach", "can")] == ["goes", "tries", "Teaches", "can"]
    assert [past(v) for v in ("set", "grows", "plan", "is")] == ["set", "grew", "planned", "was"]
    assert [gerund(v) for v in ("get", "lie", "make")] == ["getting", "lying", "making"]


def test_the_generator_asks_the_language_registry_and_an_unknown_language_is_an_error():
    import pytest

    from netquiz.article import parse_article
    from netquiz.errors import ArticleError
    from netquiz.generate import generate_bank
    from netquiz.language import LANGUAGES, language
    from netquiz.model import Article

    assert set(LANGUAGES) == {"hi", "en"} and language("hi").sentence_end == "।"
    with pytest.raises(ArticleError, match="unknown language 'fr': netquiz knows en, hi"):
        parse_article("Un texte.\n", lang="fr")
    article = parse_article("Intro text.\n\nA heading\n\nTalk to people, and people remember you.\n")
    with pytest.raises(ArticleError, match="unknown language 'fr'"):
        generate_bank(Article(title=None, lang="fr", sha256=article.sha256, sections=article.sections))


def test_benefit_listicle_shapes_are_read():
    found = {c.cause: c.effect for s in ("A quiet room at home lets you work in long blocks.",
                                         "Being at home also makes it easier to look after a parent.",
                                         "Remote work leads to more choice, because the employer can be anywhere.",
                                         "With that time back, you can exercise.")
             for c in en.find_causal(s)}
    assert found == {"A quiet room at home": "you can work in long blocks",
                     "Being at home": "you can look after a parent more easily",
                     "Remote work": "you get more choice"}  # "that time" points back: no claim


# Issue 14, round 4: the shapes of the put-aside English articles that gave no scenario item.
def test_doing_so_with_any_verb_is_a_result_of_the_one_who_takes_the_step():
    assert en.linked_effect("Doing so turns a vague feeling into clear rules you can explain.") == \
        "you turn a vague feeling into clear rules you can explain"
    assert en.linked_effect("This is important.") is None  # no step done by anyone


def test_so_that_ties_an_instruction_to_its_purpose():
    [claim] = en.find_causal("Mute your work apps after a fixed hour and reply the next morning, so that "
                             "colleagues learn when they can really reach you.")
    assert (claim.pattern, claim.cause_kind) == ("purpose", "imperative")
    assert claim.cause.endswith("next morning") and claim.effect.startswith("colleagues learn")
    assert en.situation(claim, "Priya") == "Priya mutes her work apps after a fixed hour and replies the next morning."


def test_future_keeps_adverbs_before_the_verb_and_turns_doesnt_into_wont():
    assert en.future("she sees it before she forgets") == "she will see it before she forgets"
    assert en.future("she still has the energy") == "she will still have the energy"
    assert en.future("the habit doesn't depend on willpower") == "the habit won't depend on willpower"
    assert en.future("her time goes where it matters") == "her time will go where it matters"


def test_a_gerund_step_is_inflected_not_started():
    from netquiz.language.base import Causal
    step = Causal("x", "", "starting with a simple question", "you skip the first line", "gerund", "verbal")
    assert en.situation(step, "Priya") == "Priya starts with a simple question."
    assert en.action(step) == "Start with a simple question"


def test_wish_hopes_to_when_she_is_the_subject():
    from netquiz.language.base import Causal
    def wish(effect: str) -> str | None:
        return en.wish(Causal("x", "", "c", effect, "linked", "imperative"), "Priya")
    assert wish("you can test a new routine at home") == "Priya hopes to test a new routine at home."
    assert wish("you get fresh examples") == "Priya hopes to get fresh examples."
    assert wish("your manager notices you") == "Priya hopes that her manager notices her."


def test_it_is_named_from_the_instructions_object():
    from netquiz.language.en_story import name_them
    assert name_them("Keep the notebook in plain sight", "you see it before you forget") == \
        "you see the notebook before you forget"
    assert name_them("Keep the notebooks in plain sight", "you see it before you forget") == \
        "you see it before you forget"  # a plural object is no "it"


def test_coordinated_verbs_follow_the_persona_and_modals_stay_single():
    from netquiz.language.base import Causal
    step = Causal("x", "", "Create a simple document and add a line every time you finish a project, solve a "
                  "problem or receive a thank-you note", "e", "linked", "imperative")
    assert en.situation(step, "Fatima") == ("Fatima creates a simple document and adds a line every time she "
                                            "finishes a project, solves a problem or receives a thank-you note.")
    assert en.future("people will remember you") == "people will remember you"


def test_x_makes_you_is_a_benefit_claim():
    [claim] = en.find_causal("A weekly update makes you more visible to your manager.")
    assert claim.cause == "A weekly update" and claim.effect == "you become more visible to your manager"
    assert en.wish(claim, "Priya") == "Priya hopes to become more visible to her manager."


def test_numbers_stay_whole_in_a_rewrite():
    assert en.rewrite("rehearse your first 60 seconds within 24 hours", "Priya", True)[0] == \
        "rehearse her first 60 seconds within 24 hours"


def test_an_instruction_is_no_result():
    assert en.instruction("Keep the core to six or seven slides") and en.instruction('Say, "I will check."')
    assert not en.instruction("colleagues see the time is taken") and not en.instruction("you feel calmer")


def test_possessive_apostrophes_quotes_object_her_and_no_longer_survive_the_rewrites():
    from netquiz.language import en, en_story

    assert en.rewrite("you no longer miss what is shared in members' groups", None)[0] == \
        "I no longer miss what is shared in members' groups"
    assert en.rewrite('your reasons are "good enough."', "Pooja")[0] == 'Pooja\'s reasons are "good enough."'
    assert en_story.action_in("Spend time on work that matters to her outside the office", "first") == \
        "spend time on work that matters to me outside the office"
    assert en_story.action_in("Ask her manager for feedback", "first") == "ask my manager for feedback"
    assert en.future("she no longer misses the openings") == "she will no longer miss the openings"


def test_a_fronted_time_moves_after_the_step_and_contracted_verbs_agree_with_her():
    from netquiz.language import en
    from netquiz.language.base import Causal

    step = Causal("x", "", "After each talk, post a short summary.", "e", "linked", "imperative")
    assert en.situation(step, "Sneha") == "Sneha posts a short summary after each talk."
    assert en.action(step) == "Post a short summary after each talk"
    assert en.rewrite("you aren't scrambling", "Pooja")[0] == "Pooja isn't scrambling"
    assert en.linked_effect("Doing so means you aren't scrambling in October.") == "you aren't scrambling in October"
    assert hi_linked("यह आपको ग़लतफ़हमी से बचाने में मदद करेगा, ख़ासकर तब जब HR बदल जाए।") == \
        "आपको ग़लतफ़हमी से बचाने में मदद मिलती है"


def hi_linked(text: str) -> str | None:
    from netquiz.language import hi

    return hi.linked_effect(text)


def test_contractions_after_you_make_it_a_subject_and_doing_so_as_a_subject_is_no_link():
    from netquiz.language import en

    assert en.rewrite("a technicality you could've spotted", "Seema", True)[0] == "a technicality she could've spotted"
    assert en.linked_effect("Doing so before you apply saves you from getting turned down.") is None
    assert en.linked_effect("Doing so, you save an hour a week.") == "you save an hour a week"


def test_a_quoted_this_and_a_heading_that_names_the_articles_thing_lean_outside():
    from netquiz.article import parse_article
    from netquiz.generate.context import build_context
    from netquiz.generate.tips import heading_step

    article = parse_article("# Asking for an internal transfer\n\nIntro line here.\n\n## Get clear on why you want the "
                            "move\n\nWrite two lines. This gives you an answer ready.\n\n## Use the three-box method\n\n"
                            "Sort things into three boxes. By finishing the course first, you turn \"I'm keen on this\" "
                            "into proof.\n")
    ctx = build_context(article, 0)
    assert heading_step(ctx, article.section("s1")) is None
    assert heading_step(ctx, article.section("s2")) == "Use the three-box method"
    assert not [r for r in ctx.readings["s2"] if "keen" in r.causal.effect]


def test_this_gives_someone_else_something_is_their_result():
    from netquiz.language import en
    from netquiz.language.en_story import leans_on_context

    assert en.linked_effect("This gives your current manager one less reason to hold up your transfer.") == \
        "your current manager has one less reason to hold up your transfer"
    assert en.linked_effect("This gives other teams a reason to come to you.") == "other teams have a reason to come to you"
    assert not leans_on_context("your application doesn't quietly slip through the cracks")


def test_a_hope_is_told_ahead():
    from netquiz.language import en
    from netquiz.language.base import Causal

    def hope(effect: str) -> str | None:
        return en.wish(Causal("", "", "x", effect, "linked", "imperative"), "Rashmi")

    assert hope("you aren't scrambling to remember March's work") == \
        "Rashmi hopes that she won't be scrambling to remember March's work."
    assert hope("you no longer chase people on chat") == "Rashmi hopes that she will no longer chase people on chat."


def test_this_shows_you_have_and_a_generic_discussion_and_a_hindi_correlative_pair():
    from netquiz.language import en, hi_story
    from netquiz.language.en_story import leans_on_context

    assert en.linked_effect("This shows you've been listening.") == "people see that you've been listening"
    assert not leans_on_context("Ask questions that move the discussion forward")
    assert not hi_story.leans_on_context("जो समय पहले यूँ ही निकल जाता था, वही सीखने का समय बन जाता है")
    assert hi_story.leans_on_context("वही बात फिर से कहें")


def test_examples_tails_numbers_with_hyphens_you_both_and_a_perfect_hope():
    from netquiz.generate.claims import without_examples
    from netquiz.language import en
    from netquiz.language.base import Causal
    from netquiz.language.en_story import leans_on_context

    assert without_examples("Agree on a rhythm, for example one call a month") == "Agree on a rhythm"
    assert en.rewrite("Agree on one 45-minute call a month", "X", True)[0] == "Agree on one 45-minute call a month"
    assert leans_on_context("you both get a commitment that fits into busy weeks")
    assert en.wish(Causal("", "", "x", "you've broken the ice", "linked", "imperative"), "Pooja") == \
        "Pooja hopes to break the ice."


def test_an_enumerated_step_a_question_and_i_answer():
    from netquiz.generate.claims import without_examples
    from netquiz.language import en, en_story
    from netquiz.language.base import Causal

    assert en.advice("Second, set aside twenty minutes a day.") == "Set aside twenty minutes a day"
    assert en.advice("Have you checked with Rohan?") is None
    step = Causal("x", "", "Second, set aside twenty minutes a day.", "e", "linked", "imperative")
    assert en.situation(step, "Anita") == "Anita sets aside twenty minutes a day."
    assert en_story.action_in("pause before she answers", "first") == "pause before I answer"
    assert without_examples("Set aside twenty minutes a day, say right after lunch") == "Set aside twenty minutes a day"


def test_no_wish_from_a_conditional_result_and_no_link_for_you_both():
    from netquiz.language.base import Causal

    conditional = Causal("If your idea was turned down, a polite follow-up shows you can take a no.", "", "Follow up",
                         "if your idea was turned down, a polite follow-up shows you can take a no", "linked",
                         "imperative")
    assert en.wish(conditional, "Neha") is None
    assert en.linked_effect("This gives you both a commitment that fits into busy weeks.") is None
    assert en.linked_effect("This gives you a commitment that fits into busy weeks.") == \
        "you have a commitment that fits into busy weeks"


def test_a_result_told_afterwards_shifts_the_verb_of_its_when_clause():
    from netquiz.language import en_story
    from netquiz.language.base import Causal

    def told(effect: str) -> str | None:
        return en_story.first_person_result(Causal("x", "", "Tell your manager", effect, "linked", "imperative"), "f")

    assert told("you have a straight answer when the hiring manager asks") == \
        "I had a straight answer when the hiring manager asked"
    assert told("you have a record when the appraisal cycles start") == \
        "I had a record when the appraisal cycles start"  # "cycles" is the noun: its verb is "start"
    assert en.linked_effect("This gives you a straight answer.") == "you have a straight answer"  # ready, not got


def test_a_likelihood_is_wished_as_what_it_is_of():
    from netquiz.language.base import Causal

    likely = Causal("x", "", "Pick a cause", "you are far more likely to keep going when the work means something to "
                    "you personally", "linked", "imperative")
    assert en.wish(likely, "Pooja") == "Pooja hopes to keep going when the work means something to her personally."


def test_with_a_thing_of_yours_is_a_cause():
    [claim] = en.find_causal("With your own vehicle, your day no longer depends on the bus timetable.")
    assert claim.cause == "your own vehicle" and claim.effect.startswith("your day no longer depends")


def test_this_gives_your_manager_something_and_a_story_is_no_tips_result():
    from netquiz.article import parse_article
    from netquiz.generate.context import build_context

    assert en.linked_effect("This gives your manager something to forward to finance.") == \
        "your manager has something to forward to finance"
    article = parse_article("# Training\n\nIntro.\n\n## Tie the course to a problem\n\nPresent the course as a fix. "
                            "Nikita showed her team would save three hours. Her manager approved it the same "
                            "afternoon.\n\n## Ask early\n\nAsk in April.\n", lang="en")
    ctx = build_context(article, 0)
    assert not any(r.causal.effect.startswith("Her manager approved") for r in ctx.readings["s1"])


def test_english_mends_after_reading33() -> None:
    """"By bring a possible fix", "By protecting you energy", "actually will feel", "Each will need …"."""
    from netquiz.language import en_story
    assert en_story.oblique("Bring a possible fix") == "bringing a possible fix"
    assert en_story.action_in("Protect her energy, not just her hours", "second").startswith("protect your energy")
    assert en.future("the end of the day actually feels like an end") == "the end of the day will actually feel like an end"
    assert en_story.dangling("Each will need a different answer.") and not en_story.dangling("Each day brings news.")
    assert en.linked_effect("Doing so marks you as a calm colleague.") == "people see you as a calm colleague"
    assert en.advice("Then change the subject.") == "Change the subject"


def test_english_mends_after_reading37() -> None:
    """"what slowed she downs", "This takes ten minutes" read as "you minute and pays off"."""
    assert en.rewrite("Note what slowed you down", "Geeta", True)[0] == "Note what slowed her down"
    assert en.linked_effect("This takes ten minutes and pays off the next time.") is None
    assert en.linked_effect("This habit gives you concrete examples.") == "you have concrete examples"


def test_english_claims_after_reading35() -> None:
    """Plural "help"/"let", "X shows that you can …", "also helps you", and "it" after a verb of two objects."""
    from netquiz.language import en_story
    [tools] = en.find_causal("AI translation tools help you turn a Hindi note into a clear English summary.")
    assert tools.cause == "AI translation tools" and tools.effect.startswith("you will turn a Hindi note")
    shown = [c for c in en.find_causal("Going early also shows that you can be trusted with bad news.")]
    assert shown and shown[0].cause == "Going early" and shown[0].cause_kind == "verbal"
    assert shown[0].effect == "people see that you can be trusted with bad news"
    [talk] = en.find_causal("Talking it over with a trusted colleague also helps you see it from outside.")
    assert talk.cause == "Talking it over with a trusted colleague"
    assert en_story.name_them("Give the worry a limit", "you see it from outside") == "you see it from outside"
    assert en_story.name_them("Keep the notebook in plain sight", "you see it") == "you see the notebook"


def test_a_gift_to_someone_else_is_a_result() -> None:
    """"Early warning gives your manager options: …" → "your manager has options"."""
    [warning] = en.find_causal("Early warning gives your manager options: moving the date, cutting scope.")
    assert warning.cause == "Early warning" and warning.effect.startswith("your manager has options")
    [update] = en.find_causal("A weekly update gives colleagues a reason to trust you.")
    assert update.effect == "colleagues have a reason to trust you"


def test_no_instruction_opens_with_even_and_no_step_ends_on_one() -> None:
    """"Even the most regular help will be away" is no instruction; "Learn one" says not which."""
    from netquiz.language import en_story
    assert en.advice("Even the most regular help will be away sometimes.") is None
    assert en_story.dangling("Learn one") and not en_story.dangling("Learn one thing a day")


def test_a_gerund_step_that_does_good_is_a_claim() -> None:
    """"Writing the agreement down prevents the arguments" → "you prevent the arguments" (a closed list of verbs:
    "Writing for five minutes" has no verb in "minutes")."""
    [written] = en.find_causal("Writing the agreement down prevents the arguments three months later.")
    assert written.cause == "Writing the agreement down" and written.effect == "you prevent the arguments three months later"
    assert en.find_causal("Writing for five minutes before you log off helps.") == [] or all(
        "minute" not in c.effect.split()[1:2] for c in en.find_causal("Writing for five minutes before you log off helps."))
    assert not [c for c in en.find_causal("Fixing the gap protects you from blame.") if c.effect.startswith("you protect you")]


def test_a_wish_with_a_later_clause_keeps_its_head():
    """"She hopes that she removes the most common confusion after a meeting, where …" (reading47: unnatural)
    → "hopes to remove …"; a short head that would end on a preposition is no wish of its own."""
    from netquiz.language.base import Causal

    def wish(effect: str) -> str | None:
        return en.wish(Causal("x", "", "c", effect, "linked", "imperative"), "Priya")
    assert wish("you remove the most common confusion after a meeting, where three people each assume someone "
                "else is handling it") == "Priya hopes to remove the most common confusion after a meeting."
    assert wish("you break the ice") == "Priya hopes to break the ice."


def test_working_this_way_points_back():
    assert en.linked_effect("Working this way, your manager gets a predictable picture of your work.") == \
        "your manager gets a predictable picture of your work"


def test_a_step_that_forces_you_to_do_something_brings_it():
    [causal] = en.find_causal("Having to put a reaction into words forces you to examine it closely.")
    assert (causal.cause, causal.effect) == ("Having to put a reaction into words", "you examine it closely")


def test_an_adjective_before_a_plural_noun_and_its_verb_is_a_statement_not_a_step():
    """reading55: "Long explanations in front of an audience sound defensive" became "She longs explanations …"."""
    assert en.advice("Long explanations in front of an audience sound defensive, and listeners tune out.") is None
    assert en.advice("Clear boundaries help you keep something back.") is None
    assert en.advice("Open meetings with the agenda.") == "Open meetings with the agenda"


def test_a_noun_phrase_and_its_singular_verb_is_a_statement_not_a_step():
    """reading111 item 49: "Complete silence on two weekdays makes colleagues nervous" → "Geeta completes silence …"."""
    assert en.advice("Complete silence on two weekdays makes colleagues nervous.") is None
    assert en.advice("Clear space on your desk so that you can work.") == "Clear space on her desk so that she can work"


def test_a_run_in_label_and_its_sentence_are_no_step():
    """reading55: "By spelling out your availability: Promise to be reachable …, nobody worries …" (a true/false
    statement spliced from a bold run-in point and its sentence)."""
    text = "Spell out your availability: Promise to be reachable during core hours, so that nobody worries."
    assert all(":" not in c.cause for c in en.find_causal(text))


def test_a_promise_to_the_reader_a_condition_a_state_and_a_first_person_were() -> None:
    from netquiz.language import en_story
    from netquiz.language.base import Causal
    assert en.promised_effect("You will walk in with two or three things to talk about.") == \
        "You will walk in with two or three things to talk about"
    assert en.promised_effect("You will need a passport for this.") is None
    condition = Causal("x", "", "share your plan", "If a flight is delayed, your office can help you", "linked",
                       "imperative")
    assert en.outcome(condition, "Priya") is None  # (was "If a flight will be delayed")
    assert not en.find_causal("When you have only ever worked in one team, you see the company through a keyhole.")
    mine = Causal("x", "", "plan ahead", "you aren't scrambling to remember March's work", "linked", "imperative")
    assert "I wasn't scrambling" in (en_story.first_person_result(mine, "feminine") or "")
    definition = Causal("x", "", "read the file", "The first ten minutes of a meeting are when people decide",
                        "closing", "imperative")
    assert en_story.first_person_result(definition, "feminine") is None


def test_beliefs_told_as_conviction_or_as_what_is_often_assumed() -> None:
    from netquiz.language import hi
    assert en.common_belief("After five years in one role, many women start browsing job portals, convinced that "
                            "the only way to grow is to leave.") == "the only way to grow is to leave"
    assert en.common_belief("It is often assumed that mentors must be senior.") == "mentors must be senior"
    assert hi.common_belief("आम धारणा है कि घर वाले मुफ़्त में सिखा देंगे।") == "घर वाले मुफ़्त में सिखा देंगे"
    assert hi.common_belief("आम धारणा है कि जब पति सिखा सकते हैं, तो स्कूल क्यों।") is None  # half a condition


def test_a_time_of_day_and_a_web_address_stay_whole_when_told_of_her() -> None:
    assert en.rewrite("have your dinner around 8 p.m. and rest", "Priya", True)[0] == \
        "have her dinner around 8 p.m. and rest"
    assert en.rewrite("apply on parivahan.gov.in first", "Priya", True)[0] == "apply on parivahan.gov.in first"


def test_an_accented_word_stays_whole_and_an_easy_assumption_is_a_belief() -> None:
    assert en.rewrite("On a résumé, your work shows", "Priya", True)[0] == "On a résumé, her work shows"
    assert en.common_belief("It is easy to assume that the cell only handles complaints.") == \
        "the cell only handles complaints"


def test_every_step_of_a_pair_is_told_as_a_gerund_and_a_result_about_your_body_is_a_promise() -> None:
    from netquiz.language.en_story import gerund_phrase
    assert gerund_phrase("fix your sleep window and protect it") == "fixing your sleep window and protecting it"
    assert gerund_phrase("talk to people and colleagues") == "talking to people and colleagues"
    assert en.promised_effect("Your body settles into the new timing within two weeks.") == \
        "Your body settles into the new timing within two weeks"


def test_an_instruction_then_what_it_will_bring_after_a_semicolon_or_and() -> None:
    found = en.find_causal("Spend a few lunches with people in that team; they will tell you what the work is like.")
    assert [(c.cause, c.effect) for c in found] == [
        ("Spend a few lunches with people in that team", "they will tell you what the work is like")]


def test_keeping_a_thing_from_happening_is_told_as_its_not_happening():
    assert en.linked_effect("Doing so keeps the balance from growing while you are trying to shrink it.") == \
        "the balance does not grow while you are trying to shrink it"
    assert en.linked_effect("This keeps your files from piling up.") == "your files do not pile up"


def test_a_claim_about_another_woman_is_not_told_of_the_persona():
    """reading95 (a buddy for a new hire): "she walks in on Monday already knowing one face" told of the persona
    gave the buddy the new hire's first day; "the trust she is building" read as the persona's own trust."""
    from netquiz.language.base import Causal
    hers = Causal("", "", "Send a short welcome message before day one",
                  "she walks in on Monday already knowing one face", "linked", "imperative")
    assert en.wish(hers, "Anita") is None and en.outcome(hers, "Anita") is None
    assert en.achieved(hers, "Anita") is None
    building = Causal("", "", "staying in your lane", "you protect the trust she is building with her manager",
                      "gerund", "verbal")
    assert en.wish(building, "Anita") is None and en.situation(building, "Anita") is None
    mine = Causal("", "", "Send a short welcome message", "you get a calmer first week", "linked", "imperative")
    assert en.wish(mine, "Anita") == "Anita hopes to get a calmer first week."


@pytest.mark.parametrize("effect, told", [
    ("you have a promise you can actually keep", "Some time later, Neha had a promise she could actually keep."),
    ("you can actually keep your promise", "Some time later, Neha actually kept her promise."),  # was "actuallied"
    ("you will reply faster", "Some time later, Neha replied faster."),  # "reply" is a verb, not an adverb
])
def test_a_result_told_as_done_skips_an_adverb_and_backshifts_a_have(effect, told):
    from netquiz.language.base import Causal
    assert en.achieved(Causal("", "", "x", effect, "gerund", "verbal"), "Neha") == told


def test_either_way_leans_on_the_two_ways_before_it():
    """reading99 (job shadowing): "Either way, she stops wondering." told as a benefit come true: which two ways?"""
    from netquiz.language import en_story
    assert en_story.dangling("Either way, she stops wondering.")
    assert not en_story.dangling("She stops wondering what the next role is like.")


def test_a_verb_only_word_opens_an_instruction_and_doing_so_points_back():
    """reading99 (deadline extension): "Bring numbers, not feelings" read as no instruction ("numbers" taken for a
    verb), "Doing so gives your manager time …" left with "Doing so" as its step, "This keeps the focus on the
    plan" read as no result; a name that is a verb too ("Excel helps you …") stays no instruction."""
    from netquiz.article import parse_article
    from netquiz.generate.claims import read_claims
    from netquiz.language import language
    assert en.advice("Bring numbers, not feelings") == "Bring numbers, not feelings"
    assert en.advice("Excel helps you turn copy-paste work into something that runs in seconds.") is None
    assert en.linked_effect("This keeps the focus on the plan.") == "the focus stays on the plan"
    text = ("# Deadlines\n\nAn intro line.\n\n## Ask early\n\nRaise the issue the moment your estimate slips. Doing so "
            "gives your manager time to move other pieces.\n")
    [reading] = read_claims(language("en"), parse_article(text).headed_sections[0], "Deadlines")
    assert reading.causal.cause != "Doing so" and reading.causal.effect == "your manager has time to move other pieces"


def test_a_claim_about_another_woman_is_no_true_or_false_statement_about_you():
    """reading99 (online MBA): "Logging in from the office … saves her the 50-minute drive home" became "By logging
    in from the office on class evenings, you save her the 50-minute drive home."."""
    from netquiz.article import parse_article
    from netquiz.generate import generate_bank
    from netquiz.language.base import Causal
    assert en.names_another(Causal("", "", "Logging in from the office", "saves her the drive home", "gerund", "verbal"))
    assert not en.names_another(Causal("", "", "Logging in from the office", "you save the drive home", "gerund",
                                       "verbal"))
    text = ("# Online MBA\n\nAn intro line.\n\n## Log in from the office\n\nShalini logs in from the office on class "
            "evenings. Logging in from the office on class evenings saves her the 50-minute drive home.\n\n"
            "## Keep Sundays free\n\nKeep Sundays free. This gives you time to rest.\n\n## Ask HR early\n\nAsk HR "
            "early. This gives you a fee waiver.\n")
    stems = [q.stem for q in generate_bank(parse_article(text), seed=0).questions if q.kind == "true_false"]
    assert not any(" her " in stem for stem in stems), stems


@pytest.mark.parametrize("effect, told", [
    ("someone always knows where you are supposed to be", "Someone will always know where she is supposed to be."),
    ("you always get a seat", "She will always get a seat."),  # (was "She will alway gets a seat.")
    ("places with a steady crowd cook in small batches all day",  # ("small batches": a noun after an adjective)
     "Places with a steady crowd cook in small batches all day."),
])
def test_the_future_skips_adverbs_and_plural_nouns(effect, told):
    from netquiz.language.base import Causal
    assert en.outcome(Causal("", "", "x", effect, "closing", "imperative"), "Neha") == told


def test_examples_set_off_inside_a_result_leave_its_verb():
    """pehli-solo-trip s1: "the small mistakes every first-timer makes, like a missed bus …, turn into lessons" was cut
    at its examples to "the small mistakes every first-timer makes", a noun phrase."""
    from netquiz.generate.claims import _first_clause
    assert _first_clause("the small mistakes every first-timer makes, like a missed bus or a so-so guesthouse, turn "
                         "into lessons instead of disasters") == "the small mistakes every first-timer makes turn into lessons"


def test_a_tempting_step_keeps_its_number_whole():
    """reading107 item 5: "order a monitor on Amazon for ₹9,000 and submit the bill" was cut at the number's comma
    ("… for ₹ 9"), a wrong fact."""
    step = en.tempted_step("It is tempting to order a monitor on Amazon for ₹9,000 and submit the bill.")
    assert step is not None and step.endswith("9,000 and submit the bill")


def test_a_linking_verb_before_an_adjective_takes_the_future_itself():
    """reading115 client s6: "your own cash flow stays safe" became "… stays will safe"."""
    assert en.future("her own cash flow stays safe without burning a client") == \
        "her own cash flow will stay safe without burning a client"
    assert en.future("colleagues trust you more") == "colleagues will trust you more"
    assert en.linked_effect("Doing so keeps your own cash flow safe.") == "your own cash flow stays safe"


def test_say_so_leans_on_the_sentence_before():
    """reading115 client s6: "Say so in a calm, short message" was taken as the step "Doing so" points to."""
    from netquiz.language import en_story
    assert en_story.dangling("Say so in a calm, short message.")
    assert not en_story.dangling("Say no to the second project politely.")


def test_coordinated_gerunds_both_become_the_step_and_a_listed_thing_is_no_step():
    """reading115 items 17, 18: "By adding and validating the new account …" gave "Add and validating …", and the
    list item "Loan EMIs set up through NACH" was offered as a step."""
    [causal] = [c for c in en.find_causal("By adding and validating the new account before you file your return, "
                                          "you avoid a refund that fails.") if c.pattern in ("instrument", "gerund")]
    assert en.action(causal).startswith("Add and validate the new account")
    assert en.advice("Loan EMIs set up through NACH") is None
    assert en.advice("Keep receipts filed by month.") == "Keep receipts filed by month"


def test_keeps_you_from_is_what_you_avoid():
    """reading119 training s2: "Doing so keeps you from cramming everything …" was read as no result."""
    assert en.linked_effect("Doing so keeps you from cramming everything you know into one morning.") == \
        "you avoid cramming everything you know into one morning"


def test_asking_most_people_is_a_figure_of_speech_not_a_step():
    """reading139 items 137, 139: "Ask most people how they revise for an exam and they will describe the same
    routine" was read as a step and its result ("By asking most people how they revise …, you make yourself …")."""
    assert en.find_causal("Ask most people how they revise for an exam and they will describe the same routine.") \
        == []
    assert en.find_causal("Ask a colleague to review your draft and you will catch mistakes before the client does.")


def test_a_problem_gone_for_everyone_is_her_wish():
    """reading143 partnership s4: "That way, nothing falls through the cracks" made no wish, and the section no
    scenario question."""
    from netquiz.language.base import Causal

    causal = Causal("x", "", "Divide the day-to-day roles", "nothing falls through the cracks", "linked", "imperative")
    assert en.wish(causal, "Asha") == "Asha hopes that nothing falls through the cracks."


@pytest.mark.parametrize("sentence", [
    "Asking it this way gives you something you can actually work on, instead of a vague comment about fit.",
    "These conversations also tend to surface openings that are never advertised.",
])
def test_a_pointer_followed_by_no_verb_gives_no_linked_effect(sentence):
    """reading147 items 22, 23, 30: "she thi way gives her …", "she conversation also tend …" ("this",
    "conversations" taken for the pointer's verb and cut to a base form)."""
    told = en.linked_effect(sentence)
    assert told is None or not told.startswith("you thi") and "you conversation" not in told


def test_a_pointer_with_its_verb_still_links():
    assert en.linked_effect("Doing so builds trust with your team over months.") == \
        "you build trust with your team over months"


def test_a_quotation_keeps_its_own_you():
    """reading147 items 23, 27: "… struggles with "Tell me about a disagreement with her manager."" (the
    interviewer's "your" rewritten as the persona's)."""
    told, _ = en.rewrite('you always struggle with "Tell me about a disagreement with your manager."', "Asha", True)
    assert told == 'she always struggles with "Tell me about a disagreement with your manager."'
    assert en.rewrite("you ask your manager for feedback", "Asha")[0] == "Asha asks her manager for feedback"


def test_a_why_heading_s_doubt_is_no_part_of_its_step():
    assert en.why_step("Why reply to the rejection email at all?") == "Reply to the rejection email"


@pytest.mark.parametrize("present, told", [
    ("her application almost writes itself.", "her application will almost write itself."),  # (reading155)
    ("two minutes spent checking the company's website and its reviews protects her money.",
     "two minutes spent checking the company's website and its reviews will protect her money."),  # (not "its
    # will review")
])
def test_the_future_after_an_adverb_and_past_a_plural_noun(present: str, told: str) -> None:
    from netquiz.language.en import future

    assert future(present) == told


@pytest.mark.parametrize("cause, step", [
    ("have read the ad properly", "read the ad properly"),  # (reading155: "Have read the ad properly")
    ("have finished the draft", "finish the draft"),
    ("have a plan", "have a plan"),  # ("have" is her verb)
])
def test_a_perfect_is_told_as_the_step_it_names(cause: str, step: str) -> None:
    from netquiz.language.en import _done_as_step

    assert _done_as_step(cause) == step


def test_a_noun_with_what_you_can_do_with_it_is_no_step() -> None:
    """reading165 item 110: the benefit heading "Credit you can get on your own" was offered as a step."""
    assert en.advice("Credit you can get on your own") is None
    assert en.advice("Keep small change in a separate pouch") == "Keep small change in a separate pouch"


def test_better_ones_of_what_leans_outside() -> None:
    from netquiz.language import language

    assert language("en").story.dangling("Neha got better ones.")  # (reading165 item 117)


def test_a_purpose_ends_where_the_next_step_begins() -> None:
    """reading165 item 19: "She hopes that nothing surprises her, and if a visit is planned, make sure …"."""
    from netquiz.language.en import find_causal

    found = find_causal("Read the form so that nothing surprises you, and if a visit is planned, make sure someone "
                        "at home knows to expect it and keeps your ID proof handy.")
    assert [c.effect for c in found if c.pattern == "purpose"] == ["nothing surprises you"]


def test_a_circumstance_is_no_step():
    """reading185 items 1, 2, 5: "While you still have a job, a salary keeps coming in, so …" read with the
    circumstance as the step ("By whiling you still has a job, …", a key "While she still has a job, …")."""
    from netquiz.language import en

    assert en.find_causal("While you still have a job, a salary keeps coming in, so you don't have to grab the first "
                          "offer out of panic.") == []
    assert en.find_causal("By keeping a list, you save time.")  # (a step still reads)


def test_an_instruction_with_a_second_verb_is_not_a_broken_rewrite() -> None:
    """"Check the network list …, and call the helpline …" is the article's own instruction (reading191: the tip
    under "Confirm that the hospital is in your insurer's network" was named as one netquiz could not read); "She
    asks …, and write it down" is a rewrite that lost its subject."""
    from netquiz.language.en_story import broken

    assert not broken("Check the network list on the insurer's app or website, and call the helpline to confirm.")
    assert broken("She asks her manager for ten minutes, and write it down.")


def test_many_think_of_x_as_y_is_the_belief_x_is_y() -> None:
    """reading193 item (gold loan): "Her friend believes that of a gold loan as risk-free" came of "Many borrowers
    think of a gold loan as risk-free because …"."""
    assert en.common_belief('Many borrowers think of a gold loan as risk-free because "the gold is ours anyway".') \
        == 'a gold loan is risk-free because "the gold is ours anyway"'
    assert en.common_belief("Many women believe that good work speaks for itself.") == "good work speaks for itself"
