"""Benefit questions: a benefit has come true for the persona; which of the article's benefits is it?"""

from __future__ import annotations

import re

from .context import Candidate, Context
from .keywords import content_tokens, stem
from .options import Option, shuffle
from .scenario import benefit_article, topic_frame
from .tips import closing_heading


def _distinctive_stems(ctx: Context, text: str) -> set[str]:
    """Stems of the text's content words that are not verbs and occur in at most half the sections."""
    analyse = getattr(ctx.lang, "analyse", None)
    limit = max(1, len(ctx.article.sections) // 2)
    found = set()
    for token in content_tokens(text, ctx.article.lang):
        if ctx.spread.get(stem(token), 0) <= limit and not (analyse and analyse(token)):
            found.add(stem(token))
    return found


def _overlaps(ctx: Context, text: str, title: str) -> bool:
    return bool(_distinctive_stems(ctx, text) & _distinctive_stems(ctx, title))


LATER = re.compile(r"^(?:Some time later,\s+|कुछ समय बाद\s+)")


def _told(ctx: Context, achieved: str, name: str) -> str:
    """The benefit after what the persona did: the article's title told of her ("Seema has started keeping a
    journal. Some time later, she …"); without one, the benefit alone ("Suman closed the day …": "some time
    later" than nothing dangles)."""
    frame = topic_frame(ctx)
    if frame:
        return f"{frame.format(name=name)} {ctx.story.pronominalize(achieved, name)}"
    rest = LATER.sub("", achieved)
    return rest[:1].upper() + rest[1:]


def benefit_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per reading whose effect can be told as already achieved, in an article of benefits."""
    headed = [s for s in ctx.article.headed_sections if not closing_heading(ctx, s)]
    section = ctx.article.section(section_id)
    if len(headed) < 3 or section not in headed or not benefit_article(ctx):
        return []  # (among a tip article's headings, steps, "which benefit?" has no benefit to name: readers
        # judged all eleven such items of two unseen readings unacceptable)
    found = []
    for index, reading in enumerate(ctx.readings[section_id]):
        name = ctx.persona(section_id, index, "benefit")
        achieved = ctx.lang.achieved(reading.causal, name)
        if not achieved:
            continue
        title, source = ctx.title(section_id), reading.causal.sentence
        others = [s for s in headed if s.id != section_id and not _overlaps(ctx, achieved, s.title or "")]
        rng = ctx.rng(section_id, "benefit", index)
        rng.shuffle(others)
        if len(others) < 2:
            continue
        right = Option(title, ctx.say("benefit_right", title=title, source=source))
        wrong = [Option(s.title or "", ctx.say("benefit_wrong", title=s.title or "", source=source))
                 for s in others[:3]]
        options, answer = shuffle(right, wrong, rng)
        question = ctx.question(section_id, "benefit", ctx.say("benefit_stem", achieved=_told(ctx, achieved, name)),
                                [(o.text, o.feedback) for o in options], answer, source)
        found.append(Candidate(question, 2.0 + 0.2 * len(options) - 0.02 * len(achieved.split())))
    return found
