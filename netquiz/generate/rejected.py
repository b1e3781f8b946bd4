"""Wrong steps from the key's own section: what the article advises against in favour of its step ("उस समय
बहस करने की बजाय शांति से पूछें …" → "उस समय बहस करना", "… instead of trying to cram a whole Sunday" → "Try
to cram a whole Sunday"). The common move a skimmer makes for the same goal, and wrong per the article: the
distractors readers missed among other sections' steps, which serve other goals and are ruled out by sense."""

from __future__ import annotations

from ..model import Section
from .claims import known_words
from .context import Context
from .options import Option
from .ruled_out import ruled_out_moves, turns_key_round
from .tips import failing


def rejected_options(ctx: Context, section: Section, key: str = "") -> list[Option]:
    """The steps the section advises against beside its own, and the other moves it rules out (its warnings and
    "don't" heading turned round, the steps it says one is tempted to take: :mod:`.ruled_out`), as options with the
    article's words as their feedback; never one that turns ``key`` round (a pair one picks between)."""
    memo = ("rejected", section.id)
    if memo not in ctx.memo:
        known = known_words(ctx.article.title or "", section.title or "")
        found = []
        for sentence in section.sentences:
            step = ctx.lang.rejected_step(sentence)
            if step and not ctx.story.dangling(step) and not ctx.story.leans_on_context(step, known):
                found.append(Option(step, ctx.say("advice_warned", title=ctx.title(section.id), other=sentence),
                                    group=f"instead-{section.id}"))
        steps = {o.text for o in found}
        found += [Option(move.text, ctx.say("advice_warned", title=ctx.title(section.id), other=move.sentence),
                         group=f"instead-{section.id}")
                  for move in ruled_out_moves(ctx) if move.section == section.id and move.text not in steps
                  and not failing(ctx, move.text)]  # (a slip, "Say yes to everything", is nobody's step to pick)
        ctx.memo[memo] = found
    return [o for o in ctx.memo[memo] if not key or not turns_key_round(ctx, o.text, key)]
