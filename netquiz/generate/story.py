"""Story questions for tip articles: the article tells of a woman who followed one of its tips ("Ritu, an
accountant in Jaipur, joined a community choir …", "भोपाल की bank officer रुचि ने … एक chart बनाया"); told of
another woman, which of the article's tips did she follow?

A story is the most concrete situation an article gives: it names what one woman did, in her own setting, with
none of the heading's words as often as not (the writer shows the tip, she does not repeat it). The options are
the article's instruction headings as written, as in a practice question (``practice.py``): the key is the
heading the story is told under. Refused where the story leans on the sentence before it ("… ने यही किया", "split
her first bonus this way"), where its action shares a word with its own heading or another's, where another
section tells the same action (a second key), and under a "don't" heading (its story may show the slip).
"""

from __future__ import annotations

import re

from ..text import compile_nfc
from .claims import POINTING, known_words
from .context import Candidate, Context
from .links import stems_of
from .options import Option, length_balance
from .practice import auxiliaries, least_cued, own_sentences, tip_section, wrong_tips
from .tips import warned

WEIGHT = 2.6  # (a story before an instruction told of her: it carries a situation of its own)


AT_FIRST = compile_nfc(r"(?<!\S)(?:पहले साल|शुरू में|शुरुआत में|पहले-पहल|पहली बार में)(?!\S)|\b(?:at first|in the "
                       r"beginning|initially|in (?:her|the) first (?:year|month|season))\b", re.IGNORECASE)


def story_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per story sentence of a tip section that can be told of the persona, after ``frame`` (what
    the title says its reader is doing, with a ``{name}`` slot) where there is one."""
    section = ctx.article.section(section_id)
    if not tip_section(ctx, section) or warned(ctx, section.title or "") is not None:
        return []
    found = []
    for index, sentence in enumerate(own_sentences(ctx, section)):
        if AT_FIRST.search(sentence):
            continue  # ("सीमा ने पहले साल … सभी लड़कियों को एक साथ प्रैक्टिस करवाई": what she did before she learnt the
            # tip, its mistake; round 36's held-out E6 keyed it as the tip followed)
        name = ctx.persona(section_id, index, "story")
        told = ctx.story.retold(sentence, name)
        if told is None or not _stands_alone(ctx, told[0]):
            continue
        text, past = told
        said = stems_of(ctx, text) - auxiliaries(ctx) - stems_of(ctx, name)
        fair = wrong_tips(ctx, section, said)
        if fair is None:
            continue
        situation = f"{frame.format(name=name)} {ctx.story.pronominalize(text, name)}" if frame else text
        stem = ctx.say("story_stem" if past else "practice_stem", situation=situation)
        right = Option(section.title or "", ctx.say("story_right", source=sentence))
        question = least_cued(ctx, section_id, stem, right, fair, sentence, ctx.rng(section_id, "story", index),
                              said, form="story")
        found.append(Candidate(question, WEIGHT + length_balance(list(question.options)), "story"))
    return found


def _stands_alone(ctx: Context, text: str) -> bool:
    """True when the retold story needs no sentence before it: no word that points back ("यही", "this way", "भी"),
    none that names what only the article said ("the plan"); and tells an action, not a slip before the tip
    ("she had not finished a novel in four years")."""
    title = ctx.article.title or ""
    words = {w.strip(".,;:!?।").lower() for w in text.split()}
    pointing = [*POINTING.finditer(text), *ctx.language.lexicon.any_word("leaning_words").finditer(text)]
    return not (ctx.story.dangling(text) or ctx.story.points_back(text)
                or any(_points_out(text, found) for found in pointing)
                or words & (ctx.language.negations | NEGATIONS)  # (a slip before the tip: "she had not …")
                or ctx.story.leans_on_context(text, known_words(title)))


def _points_out(text: str, found: re.Match[str]) -> bool:
    """True unless the leaning word is a pronoun with room for its noun before it in the sentence ("keeps a
    one-page note for her help and updates it every April")."""
    return found.group(0).lower() not in PRONOUNS or len(text[:found.start()].split()) < PRONOUN_ROOM


PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
PRONOUN_ROOM = 4
NEGATIONS = frozenset({"no", "didn't", "couldn't", "wasn't", "hadn't", "failed"})  # (besides the language's)

