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
