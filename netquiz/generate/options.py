"""Assemble options: pick distractors of similar length, shuffle with a seeded generator."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """An answer choice with the feedback shown when it is chosen."""

    text: str
    feedback: str


def pick_distractors(right: Option, pool: list[Option], count: int, rng: random.Random,
                     first: list[Option] | None = None) -> list[Option]:
    """Up to ``count`` distractors: ``first`` ones, then the closest in length to the right option."""
    chosen: list[Option] = []
    seen = {right.text.strip()}
    for option in (first or []):
        if option.text.strip() not in seen and len(chosen) < count:
            chosen.append(option)
            seen.add(option.text.strip())
    ranked = sorted(pool, key=lambda o: (abs(len(o.text) - len(right.text)), rng.random()))
    for option in ranked:
        if len(chosen) >= count:
            break
        if option.text.strip() not in seen:
            chosen.append(option)
            seen.add(option.text.strip())
    return chosen


def shuffle(right: Option, distractors: list[Option], rng: random.Random) -> tuple[list[Option], int]:
    """All options in a seeded random order and the index of the right one."""
    options = [right, *distractors]
    rng.shuffle(options)
    return options, options.index(right)


def length_balance(texts: list[str]) -> float:
    """Shortest option length over the longest (1.0 = all equal)."""
    lengths = [len(t) for t in texts]
    longest = max(lengths, default=0)
    return min(lengths) / longest if longest else 0.0
