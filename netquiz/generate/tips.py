"""Tip questions: which step does the article suggest? For sections whose advice is tied to no result.

The key is the section's own step (its imperative heading, or an instruction in its body). Distractors are,
first, steps the article warns against (its "… न करें" / "Don't …" headings, said the other way round: what a
half-reader would remember), then the stock advice the article never gives; each stock entry at most once per
bank (see :func:`netquiz.generate.section_questions`).
"""

from __future__ import annotations

from ..language.base import Causal
from ..model import Section
from .claims import Reading
from .context import Candidate, Context
from .options import Option

# A stock or warned-against distractor serves at most this often per bank; a reader who sees it fail twice
# may learn to skip it, so the article's own claims come first (pick_parallel ranks them ahead of stock).
MAX_STOCK_USES = 2


def heading_step(ctx: Context, section: Section) -> str | None:
    """The heading as the persona's action when it is a positive instruction ("एजेंडा भेजें" → "एजेंडा भेजना")."""
    if not section.title or warned(ctx, section.title) is not None:
        return None
    return ctx.lang.advice(section.title)


def warned(ctx: Context, heading: str) -> str | None:
    """A "don't" heading said the other way round, as an action ("फोन न देखें" → "फोन देखना"), else None."""
    positive = ctx.language.unnegate(heading)
    return ctx.lang.advice(positive) if positive else None


def warned_steps(ctx: Context) -> list[tuple[str, Section]]:
    """Every step the article warns against, with its section (memoised per bank)."""
    if "warned" not in ctx.memo:
        found = []
        for section in ctx.article.headed_sections:
            step = warned(ctx, section.title or "")
            if step and not ctx.story.dangling(step):
                found.append((step, section))
        ctx.memo["warned"] = found
    return list(ctx.memo["warned"])


def section_steps(ctx: Context, section: Section) -> list[tuple[str, str]]:
    """(step, source sentence) pairs of the section: its heading (sourced by its first sentence), then its
    body's instructions (memoised per bank)."""
    key = ("steps", section.id)
    if key not in ctx.memo:
        ctx.memo[key] = _section_steps(ctx, section)
    return list(ctx.memo[key])


def _section_steps(ctx: Context, section: Section) -> list[tuple[str, str]]:
    steps = []
    head = heading_step(ctx, section)
    if head and section.sentences:
        steps.append((head, section.sentences[0]))
    for sentence in section.sentences:
        key = ctx.lang.advice(sentence)
        if key and not ctx.story.dangling(key) and len(key.split()) <= 16:
            steps.append((key.split(", ")[0], sentence))
    return steps


def tip_pool(ctx: Context, section: Section, source: str) -> list[Option]:
    """Distractors for a tip: warned-against steps first, then stock advice."""
    pool = [Option(step, ctx.say("advice_warned", title=ctx.title(other.id), other=other.sentences[0]),
                   group=f"warned-{other.id}") for step, other in warned_steps(ctx)
            if fresh(ctx, [step])]
    pool += [Option(t, ctx.say("advice_stock", source=source), "stock") for t in fresh(ctx, ctx.stock.actions)
             if at_work(ctx, section.id)]
    return pool


def at_work(ctx: Context, section_id: str) -> bool:
    """True when the section's claim is set at work (it, the title or the intro names one of the stock's
    ``frame_when`` words), so a workplace frame and career stock fit it; true when the list is empty."""
    key = ("at_work", section_id)
    if key not in ctx.memo:
        ctx.memo[key] = _at_work(ctx, section_id)
    return bool(ctx.memo[key])


def _at_work(ctx: Context, section_id: str) -> bool:
    words = ctx.stock.frame_when
    intro = ctx.article.sections[0]
    text = " ".join((ctx.article.section(section_id).text, ctx.article.title or "",
                     "" if intro.title else intro.text)).lower()
    return not words or any(w in text for w in words)


def fresh(ctx: Context, texts: tuple[str, ...] | list[str], limit: int = MAX_STOCK_USES) -> list[str]:
    """The stock entries that have not yet served ``limit`` times in this bank (see ``MAX_STOCK_USES``)."""
    uses = ctx.memo.get("stock_uses", {})
    return [t for t in texts if uses.get(t, 0) < limit]


def tip_reading(section: Section, step_sentence: str) -> Reading:
    """A claim with a step and no stated result (the reading a tip question is built on)."""
    return Reading(section, Causal(step_sentence, "", step_sentence, "", "imperative", "imperative"),
                   confidence=0.5)


__all__ = ["Candidate", "at_work", "fresh", "heading_step", "section_steps", "tip_pool", "tip_reading", "warned_steps"]
