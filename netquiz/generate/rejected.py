"""Wrong steps from the key's own section: what the article advises against in favour of its step ("उस समय
बहस करने की बजाय शांति से पूछें …" → "उस समय बहस करना", "… instead of trying to cram a whole Sunday" → "Try
to cram a whole Sunday"). The common move a skimmer makes for the same goal, and wrong per the article: the
distractors readers missed among other sections' steps, which serve other goals and are ruled out by sense."""

from __future__ import annotations

from ..model import Section
from .claims import known_words
from .context import Context
from .options import Option
from .tips import failing, heading_rejected, warned


def _advises_instead(ctx: Context, section: Section) -> bool:
    """True when a "don't" section's body advises a step of its own ("Instead, follow the work instruction sheet
    …"): its warned step ("Race the operator next to her") is then the move a skimmer makes for the same goal, the
    wrong answer beside the key (a slip, "Skip the wrist strap check", is no plan and never offered)."""
    return any(ctx.lang.advice(sentence) for sentence in section.sentences)


def rejected_options(ctx: Context, section: Section) -> list[Option]:
    """The steps the section advises against beside its own, as options with the article's words as their
    feedback (memoised per bank)."""
    key = ("rejected", section.id)
    if key not in ctx.memo:
        known = known_words(ctx.known_title, section.title or "")
        found = []
        steps = [(sentence, ctx.lang.rejected_step(sentence)) for sentence in section.sentences]
        warned_step = warned(ctx, section.title or "") if _advises_instead(ctx, section) else None
        for sentence, step in [(section.title or "", heading_rejected(ctx, section)),
                               (section.title or "", warned_step), *steps]:
            if step and not ctx.story.dangling(step) and not ctx.story.leans_on_context(step, known) \
                    and not failing(ctx, step):  # ("बात टालना", a slip: never offered as a move one plans)
                found.append(Option(step, ctx.say("advice_warned", title=ctx.title(section.id), other=sentence),
                                    group=f"instead-{section.id}"))
        ctx.memo[key] = found
    return list(ctx.memo[key])
