"""Wish questions for a benefit listicle: she takes up the article's activity and hopes above all for one of its
benefits (the section's heading, "Less back pain", "बेहतर नींद"); what does the article say she gains there?

A benefit listicle has one step, its topic, and a benefit per section: "which step?" has one answer for every
section, and "what does the step bring?" has every section's result as a key. Anchored to the benefit she hopes
for, the question has one: the result the article gives under that heading. The distractors are the results it
gives under the other headings (true of the activity, but for another benefit), told of her the same way, so that
only a reader who knows which result the article gives for which benefit can tell them apart; never one whose
words are akin to the heading or the key (a second key).
"""

from __future__ import annotations

import re

from ..language.base import Causal
from ..language.en_topic import running_case
from ..model import Section
from ..text import has_devanagari
from .claims import known_words
from .context import Candidate, Context, Reading
from .links import akin, overlaps, stems_of
from .listicle import how_heading
from .options import Option
from .scenario import assemble, benefit_article, benefit_heading, harm, told_of, topic_benefit, topic_frame
from .tips import closing_heading

WEIGHT_BONUS = -0.5  # after the article's own steps, where a section has any


def wish_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per result the section's body gives the topic, under a benefit heading of a benefit
    listicle whose title says what its reader does (the stem needs the activity)."""
    section = ctx.article.section(section_id)
    frame = topic_frame(ctx)
    if not frame or not section.title or not benefit_article(ctx) or closing_heading(ctx, section) \
            or not benefit_heading(ctx, section) or has_devanagari(section.title) != _hindi_body(ctx):
        return []  # (an English heading over a Hindi body would stand in a Hindi stem in English)
    found = []
    for index, reading in enumerate(topic_results(ctx, section)):
        candidate = _wish(ctx, reading, index, frame)
        if candidate is not None:
            found.append(candidate)
    return found


def topic_results(ctx: Context, section: Section) -> list[Reading]:
    """What the activity brings, as the section tells it: its claims about the activity, then the body's
    statements about the reader ("That way, you spend less of the next morning fixing …", "You no longer sit
    down to dinner still replying to emails", "आपको … नहीं पड़ता") read as the activity's results (under a
    benefit heading every sentence says what the activity brings); memoised per bank."""
    key = ("topic_results", section.id)
    if key not in ctx.memo:
        found = [r for r in ctx.readings[section.id] if _of_the_topic(ctx, r)]
        taken = {r.causal.sentence for r in found}
        for sentence in section.sentences:
            effect = None if sentence in taken else _reader_statement(ctx, sentence)
            if effect:
                causal = Causal(sentence, "", ctx.article.title or "", effect, "instrument", "noun")
                found.append(Reading(section, causal, confidence=STATEMENT_CONFIDENCE))
        ctx.memo[key] = found
    return list(ctx.memo[key])


STATEMENT_CONFIDENCE = 0.5


def _reader_statement(ctx: Context, sentence: str) -> str | None:
    """The clause a sentence says about the reader, told as a result: a pointing-back sentence's ("That way,
    you …"), or a statement whose subject is the reader after at most a short fronted phrase ("Over a shared
    meal, you hear …"); never an instruction, a question, a condition, a lead-in to a list, nor a clause that
    leans on another sentence."""
    text = sentence.strip().rstrip(":")  # ("… you hear things that rarely come up in meetings:" and its list)
    if text.endswith("?") or text.startswith(("-", "*", "•")) or CONDITION.search(text):
        return None
    linked = ctx.lang.linked_effect(text)  # (what "इससे …", "That way, …" follows is the activity here)
    effect = linked or _reader_clause(ctx, text)
    if not effect or not (linked or READER.match(effect)):
        return None
    effect = REASON_TAIL.sub("", effect)  # ("… बहसें कम हो जाती हैं, क्योंकि …": the result, not its reason)
    for told in (effect, effect.split(", ", 1)[0]):  # (whole, else before its first comma: "…, rather than …")
        told = told.rstrip(".।!")
        if MIN_WORDS <= len(told.split()) <= MAX_WORDS and ":" not in told and not ctx.story.dangling(told) \
                and not ctx.story.leans_on_context(told, known_words(ctx.article.title or "")) \
                and not ctx.lang.instruction(told):
            return told
    return None


MIN_WORDS, MAX_WORDS = 4, 24
REASON_TAIL = re.compile(r",?\s+(?:क्योंकि|because|since)\s.*$", re.IGNORECASE)
# "one bad week made she feels alone": a "you" after a verb was its object, rewritten as a subject
OBJECT_SHE = re.compile(r"\b(?:made|make|makes|let|lets|help|helps|helped|keep|keeps|kept|tell|tells|told|ask|asks|"
                        r"asked|want|wants|wanted)\s+she\b")
READER = re.compile(r"^(?:you|your|आप|आपको|आपका|आपकी|आपके)\s", re.IGNORECASE)
CONDITION = re.compile(r"^(?:if|when|whenever|unless|अगर|जब|यदि)\b", re.IGNORECASE)
READER_CLAUSE = re.compile(r"^(?:[^,]{3,40},\s+)?(?P<effect>(?:you|आप|आपको|आपका|आपकी|आपके)\s.+)$", re.IGNORECASE)
OBLIGED = re.compile(r"^you\s+(?:should|must|need|have to|ought)\b|चाहिए", re.IGNORECASE)


def _reader_clause(ctx: Context, text: str) -> str | None:
    match = READER_CLAUSE.match(text)
    if match is None or OBLIGED.search(match["effect"]):
        return None  # ("You should …", "आपको … चाहिए": advice, no result)
    return match["effect"]


def _hindi_body(ctx: Context) -> bool:
    return ctx.article.lang == "hi"


def _wish(ctx: Context, reading: Reading, index: int, frame: str) -> Candidate | None:
    section = reading.section
    if not _of_the_topic(ctx, reading) or harm(ctx, reading, of_step=False):
        return None
    name = ctx.persona(section.id, index, "wish")
    key = ctx.lang.outcome(reading.causal, name)
    benefit = _benefit_phrase(ctx, section.title or "")
    if how_heading(ctx, section.title or ""):
        return None  # ("What she hopes for most is getting started": the article's last steps, no benefit)
    if not key or not benefit or ctx.story.dangling(key) or ctx.lang.step_as_subject(key) or OBJECT_SHE.search(key) \
            or ctx.lang.addresses_reader(benefit) or ctx.story.dangling(benefit):
        return None
    heading, result = stems_of(ctx, section.title or ""), stems_of(ctx, reading.causal.effect)
    pool = []
    for other in ctx.article.headed_sections:
        if other.id == section.id or not benefit_heading(ctx, other) \
                or akin(stems_of(ctx, other.title or ""), heading | result):
            continue
        for theirs in topic_results(ctx, other)[:2]:
            text = told_of(ctx, "outcome", theirs)
            if text and not OBJECT_SHE.search(text) and not harm(ctx, theirs, of_step=False) \
                    and not akin(stems_of(ctx, theirs.causal.effect), heading) \
                    and not overlaps(stems_of(ctx, theirs.causal.effect), result):  # (one shared "वक़्त" is no
                # second key; half the words are)
                pool.append(Option(text, ctx.say("wish_other", title=ctx.title(other.id),
                                                 other=theirs.causal.sentence), group=other.id))
                break  # (one result per heading: two from one section would be two of a kind)
    stem = ctx.say("wish_stem", frame=frame.format(name=name), benefit=benefit)
    candidate = assemble(ctx, reading, index, "wish", stem, key, pool, told=benefit, frame=frame.format(name=name))
    if candidate is None:
        return None
    return Candidate(candidate.question, candidate.score + WEIGHT_BONUS, candidate.stem_kind)


def _of_the_topic(ctx: Context, reading: Reading) -> bool:
    """True when the reading's step is the article's activity: told as a thing ("Remote work leads to …") or
    in the title's own words ("रोज़ सुबह टहलने से …" under "रोज़ सुबह टहलने के 6 फायदे")."""
    return topic_benefit(ctx, reading) or \
        len(stems_of(ctx, reading.causal.cause) - stems_of(ctx, ctx.article.title or "")) <= 1


def _benefit_phrase(ctx: Context, title: str) -> str:
    """The heading as words inside a sentence about the persona: its number and end mark dropped, English
    title case lowered as running text has it (``running_case``: "Less Back Pain" → "less back pain", "AI",
    "Excel" kept), "your" told as hers."""
    text = NUMBER.sub("", title).strip().rstrip(".:!")
    if not has_devanagari(text):
        body = " ".join(s.text for s in ctx.article.sections)
        text = " ".join(running_case(word, body) for word in text.split())
    return ctx.story.persona_phrase(text)


NUMBER = re.compile(r"^\s*\d+[.)]\s*")
