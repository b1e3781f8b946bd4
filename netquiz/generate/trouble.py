"""Trouble questions for tip articles: under a "don't" heading the article tells what goes wrong for one who does
what it warns against ("नतीजा यह होता है कि महीने के आखिर में किस्त के पैसे कम पड़ जाते हैं", "Tenses के rules रटने
से बोलने का डर कम नहीं होता, …"); told as a woman's trouble, without the slip that brings it, which of the
article's tips would help her most?

The diagnosis a coach makes: from what goes wrong back to the habit behind it. The options are the article's
instruction headings as written (as in a practice question, ``practice.py``), the key the "don't" heading the
trouble is told under. The trouble is what the section says comes of the slip (``trouble_reading.py``), so only a
reader of the section knows which tip it belongs to: refused where it shares a word with its own heading or another
tip's (a reader would match the word); a tip whose body tells the same trouble is no wrong answer (a second key).
A "don't" section had no scenario question before this form (its warned step is no step to recommend).
"""

from __future__ import annotations

from .claims import sentence_case
from .context import Candidate, Context
from .practice import tip_section
from .tip_situation import situation_question
from .tips import english_headings, foreign_heading, heading_language, warned
from .trouble_reading import troubles

FORM = "trouble"
WEIGHT = 2.6  # (as a story: the situation is the article's own, told without the heading's words)


def trouble_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per trouble of a "don't" tip section that can be told of the persona, after ``frame`` (what
    the title says its reader is doing, with a ``{name}`` slot) where there is one."""
    section = ctx.article.section(section_id)
    slip = _slip(ctx, section.title or "")
    if slip is None or not tip_section(ctx, section):
        return []
    found = []
    for index, (text, sentence) in enumerate(troubles(ctx, section, slip)):
        name = ctx.persona(section_id, index, FORM)
        told = ctx.lang.trouble(text, name)
        if told is None or ctx.story.dangling(told) or ctx.story.points_back(told):
            continue
        candidate = situation_question(ctx, section, index, FORM, name, told, text, sentence, "trouble_right", frame,
                                       WEIGHT)  # (the trouble's words, not the frame's "परेशानी", checked against
        if candidate is not None:  # the headings)
            found.append(candidate)
    return found


def _slip(ctx: Context, heading: str) -> str | None:
    """What a "don't" heading warns against, said the other way round ("Promise shifts you cannot work", which
    :func:`.warned` does not take for a step to offer), else None."""
    found = warned(ctx, heading)
    if found is None and (not foreign_heading(ctx, heading) or english_headings(ctx)):
        found = heading_language(ctx, heading).unnegate(sentence_case(heading))
    return found
