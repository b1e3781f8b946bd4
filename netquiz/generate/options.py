"""Assemble options: pick distractors of similar length, shuffle with a seeded generator."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """An answer choice with the feedback shown when it is chosen; ``origin`` is ``article`` or ``stock``."""

    text: str
    feedback: str
    origin: str = "article"


def pick_parallel(right: Option, pool: list[Option], count: int, rng: random.Random,
                  marked: Callable[[str], bool], echo: Callable[[str], int] = lambda text: 0) -> list[Option]:
    """Up to ``count`` distractors parallel to ``right``: the article's own first, then those that echo the
    stem as much as the key does (``echo`` counts shared words), then the closest in length.

    An option with a negation/avoidance marker is allowed only when the key has one too.
    """
    key_echo = echo(right.text)
    allowed = [o for o in pool if marked(right.text) or not marked(o.text)]
    unique = list({o.text.strip(): o for o in allowed if o.text.strip() != right.text.strip()}.values())

    def rank(option: Option) -> tuple[int, int, int, float]:
        ratio = min(len(option.text), len(right.text)) / max(len(option.text), len(right.text), 1)
        tier = (option.origin != "article") + 2 * (ratio < 0.6)
        return tier, max(0, key_echo - echo(option.text)), abs(len(option.text) - len(right.text)), rng.random()

    return sorted(unique, key=rank)[:count]


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
