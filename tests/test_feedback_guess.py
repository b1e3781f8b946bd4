"""The feedback-reading guesser: it finds a template after a few questions, and not what is not there."""

import random

from netquiz.generate.feedback_guess import feedback_accuracy, feedback_ratio
from netquiz.model import Question


def _question(i, options, answer):
    return Question(f"q{i}", "s1", "scenario", "?", tuple(options), answer, ("",) * len(options), "", "")


def test_a_fixed_opener_in_every_key_is_learned():
    rng = random.Random(1)
    questions = []
    for i in range(15):
        words = [f"w{i}{j}" for j in range(4)]
        answer = rng.randrange(4)
        options = [f"मैंने खुद {w}" if j == answer else f"मैंने सोचा {w}" for j, w in enumerate(words)]
        questions.append(_question(i, options, answer))
    assert feedback_ratio(questions) > 3.0


def test_a_stock_distractor_that_is_never_right_is_learned():
    questions = [_question(i, [f"a{i}", f"b{i}", f"c{i}", "placement agency"], i % 3) for i in range(12)]
    assert feedback_accuracy(questions) > 0.3  # it skips the stock option: 1/3 instead of 1/4


def test_no_template_gives_chance():
    rng = random.Random(2)
    questions = [_question(i, [f"x{i}{j} y{rng.randrange(9)}" for j in range(4)], rng.randrange(4))
                 for i in range(40)]
    assert 0.7 < feedback_ratio(questions) < 1.3


def test_pooled_banks_with_repeated_ids_are_read_question_by_question():
    first = [_question(0, ["मैंने खुद a", "b", "c", "d"], 0)]
    second = [_question(0, ["x", "मैंने खुद y", "z", "w"], 1)]  # the same id, another question
    assert 0.6 < feedback_accuracy((first + second) * 6) <= 1.0  # the opener is learned across the pool


def test_headings_each_the_key_once_are_found_by_striking_out_the_used_ones():
    """reading164: seven situation items of one article, each keyed on its own section's heading, the options
    drawn from the same seven headings: a participant who strikes out the headings already used as keys gets
    about 2 × chance."""
    from netquiz.generate.feedback_guess import elimination_ratio

    headings = [f"heading {i}" for i in range(7)]
    rng = random.Random(3)
    questions = []
    for i, key in enumerate(headings):
        wrong = rng.sample([h for h in headings if h != key], 3)
        options = [key, *wrong]
        rng.shuffle(options)
        questions.append(_question(i, options, options.index(key)))
    assert elimination_ratio(questions) > 1.6
    seen = [_question(10 + i, [h, "x", "y", "z"], 0) for i, h in enumerate(headings)]  # each heading keyed before
    assert elimination_ratio(questions + seen, lambda q: q.id.startswith("q") and int(q.id[1:]) < 7) < 1.5  # (keys
    # that repeat blunt it)


def test_fresh_options_give_the_eliminator_chance():
    from netquiz.generate.feedback_guess import elimination_ratio

    rng = random.Random(4)
    questions = [_question(i, [f"o{i}{j}" for j in range(4)], rng.randrange(4)) for i in range(20)]
    assert 0.95 < elimination_ratio(questions) < 1.05


def test_true_false_statements_are_left_aside_by_the_eliminator():
    """"हाँ"/"नहीं" are every statement's options: striking out "हाँ" once seen as a key is no strategy."""
    from netquiz.generate.feedback_guess import elimination_accuracy

    statements = [Question(f"t{i}", "s1", "true_false", "?", ("हाँ", "नहीं"), i % 2, ("", ""), "", "")
                  for i in range(10)]
    assert elimination_accuracy(statements) == 0.0  # (nothing scored)
    fresh = [_question(i, [f"o{i}{j}" for j in range(4)], 0) for i in range(8)]
    assert elimination_accuracy(fresh + statements) == elimination_accuracy(fresh)
