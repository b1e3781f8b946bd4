"""Picking distractors: parallel in length, the article's own first, the nearest to the question's topic."""

from __future__ import annotations

import random

from netquiz.generate.options import Option, pick_parallel


def test_distractors_from_sections_nearer_the_question_come_first() -> None:
    right = Option("Follow up, then be patient", "right")
    pool = [Option(text, "wrong", group=group) for text, group in (
        ("Read the mobility policy first", "s1"), ("Talk to the team she wants", "s2"),
        ("Plan a clean handover early", "s3"), ("Tell her manager beforehand", "s4"),
        ("Keep a notebook of her wins", "s5"))]
    near = {"s3": 2, "s4": 1, "s5": 1}
    for seed in range(5):
        chosen = pick_parallel(right, pool, 3, random.Random(seed), lambda text: False,
                               near=lambda option: near.get(option.group, 0))
        assert {o.group for o in chosen} == {"s3", "s4", "s5"}
        plain = pick_parallel(right, pool, 3, random.Random(seed), lambda text: False)
        assert len(plain) == 3 and all(o.origin == "article" for o in plain)


def test_an_article_distractor_comes_before_a_near_stock_one() -> None:
    right = Option("Follow up, then be patient", "right")
    pool = [Option("Register with an agency", "stock", origin="stock", group="x"),
            *(Option(f"Article step number {n}", "wrong", group=f"s{n}") for n in range(3))]
    chosen = pick_parallel(right, pool, 3, random.Random(0), lambda text: False,
                           near=lambda option: 5 if option.origin == "stock" else 0)
    assert all(o.origin == "article" for o in chosen)


def test_one_wrong_answer_that_repeats_the_situations_words_goes_first() -> None:
    """Where the key shares no word with the situation told, one option that does is drawn (a lure for one who
    matches words), never two (every echo a wrong answer would teach "skip the echo")."""
    right = Option("Find out why the meeting is happening", "right")
    pool = [Option(text, "wrong", group=f"s{i}") for i, text in enumerate([
        "Follow up with a short note", "Give her manager credit where it is due", "Say where she wants to grow",
        "Prepare three things she wants them to know", "Prepare her answers the evening before"])]
    lure = lambda text: "Prepare" in text  # noqa: E731
    for seed in range(20):
        chosen = pick_parallel(right, pool, 3, random.Random(seed), lambda text: False, lure=lure)
        assert sum(lure(o.text) for o in chosen) == 1
        plain = pick_parallel(right, pool, 3, random.Random(seed), lambda text: False)
        assert len(plain) == 3
    keyed = Option("Prepare the right material", "right")  # (a key that repeats them draws no lure first)
    assert all(sum(lure(o.text) for o in pick_parallel(keyed, pool[:3], 3, random.Random(s), lambda text: False,
                                                     lure=lure)) == 0 for s in range(5))
