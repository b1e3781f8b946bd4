"""Wrong answers that were not keys before: a bank where each step is the key of one question and a wrong answer
of several teaches a participant to strike out every option she has seen as a key (the eliminating reader of
:mod:`.feedback_guess`: 44 of 128 test banks with six graded questions or more above 1.3 × chance, round 25).

A scenario question remembers the pool its wrong answers came from (:func:`remember`); once the bank is
assembled, :func:`spread_keys` swaps a wrong answer that is the key of more questions than the key itself (less
one: this question) for one of the pool that is not, where the question still passes every gate. The key, the
stem and the section's questions stay; only wrong answers change, each still the article's own and wrong per the
article (the pool held only those)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..kinds import kind_of
from ..model import Question
from .blind import GRADED_KINDS, cue_strategies, marked
from .context import Context
from .gates import gate_problems
from .options import Option, beside_key, length_balance, shuffle


@dataclass(frozen=True)
class Spare:
    """What a scenario question was built from: its key, its wrong answers and the rest of their pool, each with
    how near it is to the question's goal (a tempting wrong answer first)."""

    right: Option
    chosen: tuple[Option, ...]
    pool: tuple[tuple[Option, int], ...]
    seed: tuple[object, ...]


def remember(ctx: Context, question: Question, right: Option, chosen: Sequence[Option],
             pool: Sequence[Option], near: Callable[[Option], int], *seed: object) -> None:
    """Keep the pool of ``question``'s wrong answers for :func:`spread_keys` (its own article's options only)."""
    texts = {o.text.strip().lower() for o in (right, *chosen)}
    spare = tuple((o, near(o)) for o in pool if o.origin == "article" and o.text.strip().lower() not in texts)
    ctx.memo[("spare", question.section, question.stem, question.options)] = Spare(right, tuple(chosen), spare, seed)


def _said(text: str) -> str:
    return text.strip().lower()


def keyed_counts(questions: Sequence[Question]) -> Counter[str]:
    """How many questions of the bank have each text as their key (options that are the same words every time,
    true/false, left aside)."""
    return Counter(_said(q.options[q.answer]) for q in questions if not kind_of(q.kind).fixed_options)


def spread_keys(ctx: Context, questions: list[Question]) -> list[Question]:
    """``questions`` with each remembered scenario question's worn wrong answers (keys of more questions than its
    own key, less one) swapped for fresh ones of its pool, where one passes; the rest as they are."""
    keyed = keyed_counts(questions)
    return [_spread(ctx, q, keyed) if q.kind in GRADED_KINDS else q for q in questions]


def _spread(ctx: Context, question: Question, keyed: Counter[str]) -> Question:
    spare: Spare | None = ctx.memo.get(("spare", question.section, question.stem, question.options))
    if spare is None:
        return question
    allowed = keyed[_said(spare.right.text)] - 1  # (the other questions its key answers)
    worn = [o for o in spare.chosen if keyed[_said(o.text)] > allowed]
    if not worn:
        return question
    kept = [o for o in spare.chosen if o not in worn]
    fresh = sorted((pair for pair in spare.pool if keyed[_said(pair[0].text)] <= allowed),
                   key=lambda pair: (-pair[1], abs(len(pair[0].text) - len(spare.right.text))))
    for option, _ in fresh:
        if len(kept) == len(spare.chosen):
            break
        taken = {o.group for o in kept if o.group} | {_said(o.text) for o in kept}
        if (option.group and option.group in taken) or _said(option.text) in taken:
            continue
        if length_balance([spare.right.text, *(o.text for o in kept), option.text]) < BALANCE:
            continue
        if not beside_key(spare.right.text, option.text, lambda text: marked(text, ctx.article.lang)):
            continue  # (a negation beside a key without one tells the key; round 41 found "… की उलझन नहीं रहेगी" swapped
            # in beside "खाना जल्दी बनेगा …")
        kept.append(option)
    for option in worn:  # (a worn one where no fresh one fits)
        if len(kept) < len(spare.chosen):
            kept.append(option)
    if set(kept) == set(spare.chosen):
        return question
    options, answer = shuffle(spare.right, kept, ctx.rng(*spare.seed, "spread"))
    swapped = replace(question, options=tuple(o.text for o in options), feedback=tuple(o.feedback for o in options),
                      answer=answer)
    if gate_problems(ctx, swapped) or cue_strategies(swapped, ctx.article.lang):
        return question
    return swapped


BALANCE = 0.5  # the shortest option at least half the longest: a fresh one much shorter or longer is a cue of its own
