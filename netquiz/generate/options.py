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
    group: str = ""  # the section an article option comes from: one distractor per section at most


def pick_parallel(right: Option, pool: list[Option], count: int, rng: random.Random,
                  marked: Callable[[str], bool], echo: Callable[[str], int] = lambda text: 0,
                  near: Callable[[Option], int] = lambda option: 0,
                  lure: Callable[[str], bool] = lambda text: False) -> list[Option]:
    """Up to ``count`` distractors parallel to ``right``: the article's own first, then those that echo the
    stem as much as the key does (``echo`` counts shared words), then those nearest the question's topic
    (``near``: a step whose section talks of the same things tempts a skimmer), then the closest in length.
    Where the key is no ``lure`` (it shares no word with the situation told), the best-ranked option that is one
    goes first: a wrong answer that repeats the situation's words draws one who matches words, and the key is
    no longer the one option the wording points to (readers' "good" items of round 25: "'verification' lures to
    the Verify heading; the key shares no word with the quote"). One at most: every wrong answer an echo would
    teach "skip the echo".

    An option with a negation/avoidance marker is allowed only when the key has one too.
    """
    key_echo, key_text = echo(right.text), right.text.strip()
    allowed = [o for o in pool if beside_key(right.text, o.text, marked)]
    unique = list({o.text.strip(): o for o in allowed if o.text.strip() != key_text}.values())

    def rank(option: Option) -> tuple[int, int, int, int, float]:
        ratio = min(len(option.text), len(right.text)) / max(len(option.text), len(right.text), 1)
        tier = (option.origin != "article") + 2 * (ratio < 0.6)
        closeness = abs(len(option.text) - len(right.text)) // 8  # lengths within 8 characters look alike
        return tier, max(0, key_echo - echo(option.text)), -near(option), closeness, rng.random()

    ranks = {id(o): rank(o) for o in unique}  # (once each: the seeded tie-breaks are drawn in the pool's order)
    ranked = sorted(unique, key=lambda o: ranks[id(o)])
    if ranked and not lure(right.text):
        best_tier = ranks[id(ranked[0])][0]
        drawn = next((o for o in ranked if ranks[id(o)][0] == best_tier and lure(o.text)), None)
        if drawn is not None:
            others = [drawn, *(o for o in ranked if not lure(o.text))]
            if len({o.group or o.text for o in others}) >= count:  # (a second lure only where the pool has no other)
                ranked = others
    first = rng.randrange(count + 1)  # the key's place by length is left to chance, not to the pool
    sets: list[list[Option]] = []
    for shift in range(count + 1):  # the first fill that does not make the key stand out, else the first
        sets.append(_fill(right, ranked, count, (first + shift) % (count + 1)))
        if not centrality(right.text, [o.text for o in sets[-1]]):
            return sets[-1]
    return sets[0]


def beside_key(key: str, text: str, marked: Callable[[str], bool]) -> bool:
    """True when ``text`` may stand beside ``key``: no negation/avoidance marker unless the key has one too (a lone
    marked option tells a reader to skip it). Every place that picks or swaps a wrong answer asks this."""
    return not marked(text) or marked(key)


def _fill(right: Option, ranked: list[Option], count: int, shorter_wanted: int) -> list[Option]:
    """The best-ranked distractors with ``shorter_wanted`` of them shorter than the key (where the pool
    allows), at most one per source section."""
    chosen: list[Option] = []
    taken: set[int] = set()  # (by identity: the ranked options are unique by text, so none equals another)
    groups: set[str] = set()
    bags = [_bag(right.text)]  # (the words of the key and of each chosen option: no option says another's again)
    shorter_chosen = 0  # how many of ``chosen`` are shorter than the key (counted as they come)
    for strict in (True, False):
        for option in ranked:
            if len(chosen) == count:
                return chosen
            if id(option) in taken or (option.group and option.group in groups):
                continue  # two results of one section go together: a reader who knows one rules out both
            if any(_bag(option.text) <= bag or bag <= _bag(option.text) for bag in bags):
                continue  # ("हर class का level पहले समझना" beside "पहले दो हफ्ते हर Class का Level समझना": one step
                # twice, a heading and its body's words; round 34's held-out C28, C35)
            shorter = len(option.text) < len(right.text)
            room = shorter_wanted - shorter_chosen if shorter else \
                (count - shorter_wanted) - (len(chosen) - shorter_chosen)
            if strict and room <= 0:
                continue
            chosen.append(option)
            bags.append(_bag(option.text))
            taken.add(id(option))
            groups.add(option.group)
            shorter_chosen += shorter
    return chosen


def _bag(text: str) -> frozenset[str]:
    """The option's words, lower case, without punctuation."""
    return frozenset(word.strip(".,;:!?।\"“”‘’'()") for word in text.lower().split()) - {""}


def centrality(key: str, distractors: list[str]) -> int:
    """1 when the key is the one option most like the others or least like them (a convergence or
    odd-one-out cue a test-wise reader could use), else 0."""
    bags = [set(key.lower().split())] + [set(d.lower().split()) for d in distractors]
    if len(bags) < 3:
        return 0
    overlap: dict[tuple[int, int], float] = {}  # (each pair's once, the same both ways; none for two empty bags)
    for i, a in enumerate(bags):
        for j in range(i + 1, len(bags)):
            shared = len(a & bags[j])
            if union := len(a) + len(bags[j]) - shared:
                overlap[i, j] = overlap[j, i] = shared / union
    means = [sum(overlap[i, j] for j in range(len(bags)) if (i, j) in overlap) / (len(bags) - 1)
             for i in range(len(bags))]
    others = means[1:]
    return int(means[0] > max(others) + 0.03 or means[0] < min(others) - 0.03)


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
