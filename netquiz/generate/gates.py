"""Quality gates a candidate must pass before it enters the bank."""

from __future__ import annotations

import re

from ..bank import question_problems
from ..kinds import kind_of
from ..model import Question
from ..text import without_quoted
from .context import Context
from .options import length_balance
from .quality import cue_problems
from .sample_answer import first_sentence

MIN_LENGTH_BALANCE = 0.3


def _least_balance(question: Question) -> float:
    """The least length balance the options may have: lower for the article's headings quoted as written (a
    practice question) when the key is neither the longest nor the shortest, so its length tells nothing."""
    lengths = [len(option) for option in question.options]
    middle = min(lengths) < lengths[question.answer] < max(lengths)
    quoted = question.form in ("practice", "story", "trouble", "occasion")
    return MIN_HEADING_BALANCE if quoted and middle else MIN_LENGTH_BALANCE


MIN_HEADING_BALANCE = 0.2


def gate_problems(ctx: Context, question: Question) -> list[str]:
    """Why a question may not enter the bank (empty when it passes)."""
    problems = list(question_problems(question, ctx.article))
    if question.source not in ctx.article.section(question.section).sentences:
        problems.append("source is not a whole sentence of its section")
    if question.source in ctx.closing:
        problems.append("source is in the article's closing words, not in its last section")
    if len(question.options) < 3 and not kind_of(question.kind).fixed_options:
        problems.append("fewer than three options")
    if not kind_of(question.kind).fixed_options and length_balance(list(question.options)) < _least_balance(question):
        problems.append("options differ too much in length")
    if question.kind in ("scenario", "benefit"):
        problems.extend(_persona_problems(ctx, question))
    if names_key(question):
        problems.append("the stem contains the key's text (it is on screen before the answer)")
    if any(text.count('"') % 2 for text in (question.stem, *question.options)):
        problems.append("an unpaired quotation mark (a quotation cut in two)")
    if any("{" in text or "}" in text for text in (question.stem, *question.options)):
        problems.append("unfilled template")
    if any(ctx.story.dangling(text) for text in _readable_parts(question)) or \
            any(ctx.story.points_back(text) for text in _standalone_parts(question)):
        problems.append("a reference (ऐसे में, इससे, वे, this, they…) points outside the question")
    problems.extend(cue_problems(question, ctx.article.lang))
    return problems


def names_key(question: Question) -> bool:
    """True when the stem holds the key option's text ("… को नई नौकरी के मौके मिले" over the section title
    "नई नौकरी के मौके"): a reader matches it without the article (issue 15's answer-leak rule)."""
    key = question.options[question.answer].strip().rstrip(".।")
    return not kind_of(question.kind).fixed_options and len(key.split()) >= 2 and key.lower() in question.stem.lower()


def _readable_parts(question: Question) -> list[str]:
    """The stem's sentences outside quotes, each quoted passage, and the options (what a reader resolves)."""
    quoted = [part.split("”")[0] for part in question.stem.split("“")[1:]]
    if question.kind in ("cloze", "attribution"):
        return quoted  # their options are terms and titles
    if question.kind == "benefit":
        return [question.stem, *quoted]  # (its options are the article's headings as written: "Skills That Open the
        # Next Door" names no door of a sentence before; round 32's held-out aside294 lost its question to it)
    return [question.stem, *quoted, *_options_read(question)]


def _options_read(question: Question) -> list[str]:
    """The options as a reader resolves them: an article's sample answer by its first sentence (its later ones may
    point to it: "… for a year. In that year the cash never fell short")."""
    if question.form != "sample":
        return list(question.options)
    return [first_sentence(option) for option in question.options]


def _standalone_parts(question: Question) -> list[str]:
    """What the generator wrote (the stem outside quotes, the options of the told kinds): it must not lean
    on a sentence before it ("उतनी ही एकाग्रता", "the habit")."""
    if question.kind in ("cloze", "attribution"):
        return []
    if question.kind == "benefit":
        return [without_quoted(question.stem)]
    return [without_quoted(question.stem), *_options_read(question)]


def _persona_problems(ctx: Context, question: Question) -> list[str]:
    problems = []
    if ctx.lang.addresses_reader(without_quoted(question.stem)):  # (what someone says to her, quoted, speaks to her)
        problems.append("stem addresses the reader")
    if question.kind == "scenario" and question.form not in QUOTED_TIPS \
            and any(ctx.lang.addresses_reader(o) for o in question.options):  # (the article's own tips, quoted,
        # speak to its reader: "Know your rights …")
        problems.append("an option addresses the reader")
    if question.form == "situation":
        return problems  # (the facilitator names her own woman: any name, told once)
    words = set(re.findall(r"[^\s,।.?!:;\"“”'’]+", question.stem))
    names = [n for n in _personas(ctx) if n in words]  # as words: "नेहा" is in "स्नेहा"
    if len(names) != 1:
        problems.append("stem must name exactly one persona")
    elif ctx.lang.pronoun_before_name(question.stem, names[0]):
        problems.append("pronoun before the persona's first mention")
    return problems


# the forms whose options are the article's tip headings as written (generate/practice.py, story.py, counter.py,
# trouble.py, occasion.py)
QUOTED_TIPS = ("practice", "counter", "story", "situation", "trouble", "occasion")


def _personas(ctx: Context) -> tuple[str, ...]:
    from .context import PERSONAS

    return PERSONAS[ctx.article.lang]
