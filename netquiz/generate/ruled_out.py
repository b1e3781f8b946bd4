"""Moves the article rules out, told as steps she might take: wrong answers netquiz suggests for the brackets of a
facilitator's line (``s3 (s5, "…"): …``).

Her own wrong answers were the one tool that moved the readers' *good* count (round 21: a blind judge preferred
them in 34 of 35 questions, the key a giveaway once against 31 times), but a facilitator writing lines in one pass
wrote three in 82 lines. The article's own warnings, turned round, are the moves a participant who skimmed it makes
("Don't sign up for ten hours a week in your first month" → "Sign up for ten hours a week in your first month"),
and the steps it advises against in favour of its own ("बहस करने की बजाय …" → "बहस करना"): wrong per the article,
whose sentence their feedback quotes; its "don't" headings turned round and the steps it says one is tempted to
take too. netquiz offers those of her part and those nearest her line or her part's words; she chooses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import known_words, sentence_case
from .context import Context
from .links import stems_of
from .situation_notes import Situation

MIN_WORDS = 3  # a shorter one says too little to tempt ("देर करना")
MAX_WORDS = 14  # a longer move is no option to compare on a phone
MOST = 3  # suggestions told per line
MIN_NEAR = 2  # words of her line (or of her part) a move of another part must share (one, "पाठ", made one move
# every line's)
MIN_PAIRED = 2  # words of the key a wrong answer repeats to read as the key turned round


@dataclass(frozen=True)
class RuledOut:
    """A move the article rules out: ``text`` as a step, ``sentence`` the article's that rules it out."""

    text: str
    sentence: str
    section: str
    heading: bool = False  # a "don't" heading turned round (never shown beside that heading itself)


def ruled_out_moves(ctx: Context) -> list[RuledOut]:
    """Every move the article rules out, in the article's order (memoised per bank)."""
    key = ("ruled_out",)
    if key not in ctx.memo:
        found: list[RuledOut] = []
        title = ctx.article.title or ""
        for section in ctx.article.headed_sections:
            known = known_words(title, section.title or "")
            warned = ctx.language.turned_round(sentence_case(section.title or ""))  # ("\"क्यों\" वाले सवाल न
            # पूछें" → "… पूछना"; "Explain Everything on the Spot" in sentence case, as the other steps are)
            for sentence, move in [*([(section.title or "", warned)] if warned else []),
                                   *((s, ctx.language.turned_round(s) or ctx.lang.tempted_step(s)
                                      or ctx.lang.rejected_step(s)) for s in section.sentences)]:
                if move and MIN_WORDS <= len(move.split()) <= MAX_WORDS and not _leans(ctx, move, known) \
                        and move not in {m.text for m in found}:
                    found.append(RuledOut(move, sentence, section.id, heading=sentence == section.title))
        ctx.memo[key] = found
    moves: list[RuledOut] = ctx.memo[key]
    return moves


# "Push further than that": than what? (the language's ``move_pointers``, "उससे लड़ना", "keep it", are the rest)
POINTED = re.compile(r"\b(?:than|like|beyond|after|before|about|with) (?:that|this|it|them)\b", re.IGNORECASE)


def _leans(ctx: Context, move: str, known: frozenset[str]) -> bool:
    """True for a move that leans on its sentence: a pointing word ("उससे लड़ना", "भी", "… जहाँ बैठना", "keep it"),
    or one the language's story reads as leaning."""
    pointers = ctx.language.lexicon.any_of("pointing_words", "leaning_words", "relative_words", "third_persons",
                                           "move_pointers", "remainder_words")  # ("बाक़ी समय …": the rest of what?)
    return bool(pointers.search(move) or POINTED.search(move)) \
        or ctx.story.dangling(move) or ctx.story.leans_on_context(move, known)


def turns_key_round(ctx: Context, text: str, key: str) -> bool:
    """True for a wrong answer that repeats most of the key's words (two at least): the key turned round
    ("ट्यूबलाइट में फोटो खींचना" beside "दिन की रोशनी में फोटो खींचना"), a pair a participant picks between."""
    own, shared = stems_of(ctx, text), stems_of(ctx, text) & stems_of(ctx, key)
    return len(shared) >= MIN_PAIRED and 2 * len(shared) >= len(own)


def suggested_wrong(ctx: Context, situation: Situation, key: str, shown: tuple[str, ...] = ()) -> list[RuledOut]:
    """The moves to suggest as wrong answers for her line (``key``: the right answer as shown; ``shown``: the
    question's options): those of her own section first, then those sharing most of her words; never one that
    repeats most of the key's words (the key turned round, which a participant picks between), a "don't" heading
    turned round beside that heading, nor one she wrote already."""
    title = stems_of(ctx, ctx.article.title or "")
    said = stems_of(ctx, situation.text) - title
    topic = stems_of(ctx, ctx.article.section(situation.section).text) - title  # (her part's words: a good line
    # avoids the article's wording, so a move on the key's topic shares them, not hers)
    scored = []
    for index, move in enumerate(ruled_out_moves(ctx)):
        if move.text in situation.own_wrong or turns_key_round(ctx, move.text, key) \
                or move.heading and (move.section == situation.section or ctx.title(move.section) in shown
                                     or move.sentence in shown):
            continue  # (a "don't" heading turned round beside that heading is a pair one picks between)
        own = stems_of(ctx, move.text)
        near, on_topic = len(said & (own | stems_of(ctx, move.sentence))), len(topic & own)
        if move.section == situation.section or near >= MIN_NEAR or on_topic >= MIN_NEAR:
            scored.append((move.section != situation.section, -(near + on_topic), index, move))
    return [m for *_, m in sorted(scored)[:MOST]]
