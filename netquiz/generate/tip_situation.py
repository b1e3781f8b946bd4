"""The question both a trouble (``trouble.py``) and an occasion (``occasion.py``) make of a situation told of the
persona: which of the article's tips would help most in it? The options are the article's instruction headings as
written, the key the heading the situation is told under; a tip whose body tells the same situation is no wrong
answer (a second key), and the wrong tips are chosen so that no blind cue marks the key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..language import known_languages, language
from ..model import Section
from ..text import compile_nfc, tokens
from .blind import marked
from .context import Candidate, Context
from .links import stems_of
from .options import Option, length_balance
from .practice import auxiliaries, least_cued, wrong_tips

MIN_WRONG = 2


def situation_question(ctx: Context, section: Section, index: int, form: str, name: str, told: str, what: str,
                       sentence: str, right_key: str, frame: str | None, weight: float) -> Candidate | None:
    """The question for the situation ``told`` of the persona ``name`` (``what``: the article's words for it, whose
    words no heading may share), after ``frame`` where there is one; None where two wrong tips are not left."""
    if numbers(what) & numbers(section.title or ""):
        return None  # ("पाँच कार्यदिवस तक जवाब नहीं आता" under "Follow Up After Five Working Days": matched by its number)
    said = stems_of(ctx, what) - auxiliaries(ctx)
    fair = [s for s in wrong_tips(ctx, section, said) or [] if not speaks_of(ctx, s, said)]
    if len(fair) < MIN_WRONG:
        return None
    situation = f"{frame.format(name=name)} {ctx.story.pronominalize(told, name)}" if frame else told
    stem = ctx.say("situation_stem_tip", situation=situation)
    right = Option(section.title or "", ctx.say(right_key, source=sentence))
    question = least_cued(ctx, section.id, stem, right, fair, sentence, ctx.rng(section.id, form, index), said,
                          form=form, first_sets=lambda picked: lone_negation(ctx, picked))
    return Candidate(question, weight + length_balance(list(question.options)), form)


def numbers(text: str) -> frozenset[int]:
    """The numbers ``text`` names, in digits of any script or in words of any language ("पाँच", "Five", "5")."""
    found = set()
    for token in tokens(NO_COUNT.sub(" ", text)):
        if token.isdigit():
            found.add(int("".join(str(unicodedata.digit(ch)) for ch in token)))
        found.update(_number_words().get(token, ()))
    return frozenset(found)


NO_COUNT = compile_nfc(r"(?<!\S)एक (?:साथ|ही|तरह|तरफ़|तरफ|ओर)(?!\S)|\b(?:at once|one another|one by one)\b",
                       re.IGNORECASE)
# ("पूरा Syllabus एक साथ Revise करने की झंझट नहीं रहती": together, no count of one; round 42's batch C)


@lru_cache(maxsize=1)
def _number_words() -> dict[str, frozenset[int]]:
    """Every known language's words for numbers (the lexicons' ``number_names``: a heading in English may stand over
    a Hindi body), word → the numbers it names."""
    found: dict[str, set[int]] = {}
    for code in known_languages():
        for entry in language(code).lexicon.number_names:
            value, word = entry.split(" ", 1)
            found.setdefault(word.lower(), set()).add(int(value))
    return {word: frozenset(values) for word, values in found.items()}


def lone_negation(ctx: Context, picked: tuple[Section, ...]) -> int:
    """Lower first: beside a "don't" key, a set with another "don't" (a lone negated heading is the key's cue)."""
    return -min(1, sum(marked(s.title or "", ctx.article.lang) for s in picked))


def speaks_of(ctx: Context, other: Section, said: frozenset[str]) -> bool:
    """True when a sentence of ``other`` holds half the situation's words (two at least), common ones too: it may
    answer the same situation ("… जिससे महीने के आखिर में किस्त के लिए किसी से उधार न मांगना पड़े" beside "महीने के
    आखिर में किस्त के पैसे कम पड़ जाते हैं"), a second key."""
    return any(2 * len(shared) >= len(said) and len(shared) >= 2
               for sentence in other.sentences if (shared := stems_of(ctx, sentence) & said))
