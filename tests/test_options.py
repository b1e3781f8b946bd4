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
