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

from ..model import Section
from .blind import marked
from .claims import sentence_case
from .context import Candidate, Context
from .links import stems_of
from .options import Option, length_balance
from .practice import auxiliaries, least_cued, tip_section, wrong_tips
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
        said = stems_of(ctx, text) - auxiliaries(ctx)  # (the trouble's words, not the frame's "परेशानी")
        fair = wrong_tips(ctx, section, said)
        fair = [s for s in fair or [] if not speaks_of(ctx, s, said)]
        if len(fair) < MIN_WRONG:
            continue
        situation = f"{frame.format(name=name)} {ctx.story.pronominalize(told, name)}" if frame else told
        stem = ctx.say("situation_stem_tip", situation=situation)
        right = Option(section.title or "", ctx.say("trouble_right", source=sentence))
        question = least_cued(ctx, section_id, stem, right, fair, sentence, ctx.rng(section_id, FORM, index), said,
                              form=FORM, first_sets=lambda picked: lone_negation(ctx, picked))
        found.append(Candidate(question, WEIGHT + length_balance(list(question.options)), FORM))
    return found


MIN_WRONG = 2


def lone_negation(ctx: Context, picked: tuple[Section, ...]) -> int:
    """Lower first: beside a "don't" key, a set with another "don't" (a lone negated heading is the key's cue)."""
    return -min(1, sum(marked(s.title or "", ctx.article.lang) for s in picked))


def _slip(ctx: Context, heading: str) -> str | None:
    """What a "don't" heading warns against, said the other way round ("Promise shifts you cannot work", which
    :func:`.warned` does not take for a step to offer), else None."""
    found = warned(ctx, heading)
    if found is None and (not foreign_heading(ctx, heading) or english_headings(ctx)):
        found = heading_language(ctx, heading).unnegate(sentence_case(heading))
    return found


def speaks_of(ctx: Context, other: Section, said: frozenset[str]) -> bool:
    """True when a sentence of ``other`` holds half the trouble's words (two at least), common ones too: it may
    answer the same trouble ("… जिससे महीने के आखिर में किस्त के लिए किसी से उधार न मांगना पड़े" beside "महीने के
    आखिर में किस्त के पैसे कम पड़ जाते हैं"), a second key."""
    return any(2 * len(shared) >= len(said) and len(shared) >= 2
               for sentence in other.sentences if (shared := stems_of(ctx, sentence) & said))
