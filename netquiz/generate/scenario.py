"""Scenario questions: a named persona in a situation from the section; what follows / what to do."""

from __future__ import annotations

from dataclasses import replace

from ..language.base import Causal
from .context import Candidate, Context, Reading
from .keywords import content_tokens, stem
from .options import Option, length_balance, pick_distractors, shuffle

PATTERN_WEIGHT = {"conditional": 3.0, "correlative": 3.0, "chain": 2.5, "gerund": 1.0, "because": 2.0,
                  "purpose": 2.0, "instrument": 1.5, "imperative": 1.5, "linked": 2.5}


def scenario_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """Outcome and action scenarios for every cause → effect reading of the section."""
    found = []
    for index, reading in enumerate(ctx.readings[section_id]):
        for maker in (_outcome_question, _action_question):
            candidate = maker(ctx, reading, index)
            if candidate is not None:
                found.append(candidate)
    section = ctx.article.section(section_id)
    if section.title:
        for index, sentence in enumerate(section.sentences):
            candidate = _advice_question(ctx, section_id, sentence, index)
            if candidate is not None:
                found.append(candidate)
    return found


def _advice_question(ctx: Context, section_id: str, sentence: str, index: int) -> Candidate | None:
    """An imperative of the section ("बात करें") → which of these should the persona do?"""
    right_text = ctx.lang.advice(sentence)
    if not right_text:
        return None
    causal = Causal(sentence, "", sentence, "", "imperative", "imperative")
    reading = Reading(ctx.article.section(section_id), causal)
    right, first = _right_and_opposite(ctx, right_text, ctx.lang.avoid(right_text), "avoid_own", sentence)
    pool = _wrong_actions(ctx, reading, right_text)
    name = ctx.persona(section_id, index, "advice")
    stem = ctx.say("advice_stem", name=name, title=ctx.title(section_id))
    candidate = _assemble(ctx, reading, 100 + index, "advice", stem, right, first, pool)
    return None if candidate is None else replace(candidate, score=candidate.score - 1.0)


def _other_readings(ctx: Context, reading: Reading) -> list[Reading]:
    """Readings whose flipped effect the article contradicts for this situation too.

    In an article where every benefit follows from one activity, another section's effect is only a
    safe (flipped) distractor when both causes share that activity: a content word or the topic.
    """
    mine = _cause_stems(ctx, reading)
    return [r for readings in ctx.readings.values() for r in readings
            if r is not reading and not ctx.lang.is_passive(r.causal.effect) and mine & _cause_stems(ctx, r)]


def _cause_stems(ctx: Context, reading: Reading) -> set[str]:
    cause = reading.causal.cause
    stems = {stem(t) for t in content_tokens(cause, ctx.article.lang)}
    return stems | ({"<topic>"} if ctx.topic and ctx.topic in cause else set())


def _outcome_question(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    lang, name = ctx.lang, ctx.persona(reading.section.id, index, "outcome")
    situation, right_text = lang.situation(reading.causal, name), lang.outcome(reading.causal, name)
    if not situation or not right_text:
        return None
    source = reading.causal.sentence
    right, first = _right_and_opposite(ctx, right_text, lang.flip(right_text), "flip_own", source)
    pool = []
    for other in _other_readings(ctx, reading):
        other_outcome = lang.outcome(other.causal, name)
        flipped = lang.flip(other_outcome) if other_outcome and other_outcome != right_text else None
        if flipped:
            pool.append(Option(flipped, ctx.say("flip_other", title=ctx.title(other.section.id),
                                                  source=other.causal.sentence)))
    pool.append(Option(ctx.say("no_difference"), ctx.say("no_difference_feedback", source=source)))
    stem = ctx.say("outcome_stem", situation=situation)
    return _assemble(ctx, reading, index, "outcome", stem, right, first, pool)


def _action_question(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    lang, name = ctx.lang, ctx.persona(reading.section.id, index, "action")
    if lang.is_passive(reading.causal.effect):
        return None
    wish, right_text = lang.wish(reading.causal, name), lang.action(reading.causal)
    if not wish or not right_text:
        return None
    source = reading.causal.sentence
    right, first = _right_and_opposite(ctx, right_text, lang.avoid(right_text), "avoid_own", source)
    pool = _wrong_actions(ctx, reading, right_text)
    stem = ctx.say("action_stem", wish=wish)
    return _assemble(ctx, reading, index, "action", stem, right, first, pool)


def _right_and_opposite(ctx: Context, right_text: str, opposite: str | None, key: str,
                        source: str) -> tuple[Option, list[Option]]:
    """The right option and, when there is one, its opposite as the first distractor."""
    right = Option(right_text, ctx.say("right_source", source=source))
    return right, ([Option(opposite, ctx.say(key, source=source))] if opposite else [])


def _wrong_actions(ctx: Context, reading: Reading, right_text: str) -> list[Option]:
    """Actions the article argues against: its contrast claims, ignoring the topic, avoiding its advice."""
    pool = [Option(ctx.say("against_action", claim=claim.text), ctx.say("against_claim", source=claim.source))
            for claim in ctx.claims]
    pool.append(Option(ctx.say("passive_action"), ctx.say("passive_action_feedback", source=reading.causal.sentence)))
    if ctx.topic:
        pool.append(Option(ctx.say("avoid_topic_action", topic=ctx.topic), ctx.say("avoid_topic", topic=ctx.topic)))
    for other in _other_readings(ctx, reading):
        other_action = ctx.lang.action(other.causal)
        avoided = ctx.lang.avoid(other_action) if other_action and other_action != right_text else None
        if avoided:
            pool.append(Option(avoided, ctx.say("avoid_other", title=ctx.title(other.section.id))))
    return pool


def _assemble(ctx: Context, reading: Reading, index: int, stem_kind: str, stem: str, right: Option,
              first: list[Option], pool: list[Option]) -> Candidate | None:
    rng = ctx.rng(reading.section.id, "scenario", index, stem_kind)
    distractors = pick_distractors(right, pool, 3, rng, first=first)
    if len(distractors) < 2:
        return None
    options, answer = shuffle(right, distractors, rng)
    source = reading.causal.sentence
    question = ctx.question(reading.section.id, "scenario", stem, [(o.text, o.feedback) for o in options],
                            answer, source)
    balance = length_balance(list(question.options))
    score = PATTERN_WEIGHT.get(reading.causal.pattern, 1.0) + balance + 0.5 * (len(options) == 4)
    score -= max(0, len(stem.split()) - 45) * 0.05
    if stem_kind == "outcome" and reading.causal.cause_kind == "noun":
        score -= 1.0  # "she networks regularly" is a generic situation: prefer the specific wish
    return Candidate(question, score, stem_kind)


def follow_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """Last resort for a headed section with no cause → effect reading or advice: the persona follows
    the section's advice; the outcome is one of its claims, the distractors its flip and "no difference"."""
    section = ctx.article.section(section_id)
    if not section.title:
        return []
    found = []
    for index, sentence in enumerate(section.sentences):
        if not 4 <= len(sentence.split()) <= 30:
            continue
        name = ctx.persona(section_id, index, "follow")
        claim = ctx.lang.claim_for_persona(sentence, name)
        flipped = ctx.lang.flip(claim) if claim else None
        if not claim or not flipped or flipped == claim:
            continue
        reading = Reading(section, Causal(sentence, "", "", claim, "follow", "follow"))
        right, first = _right_and_opposite(ctx, claim, flipped, "flip_own", sentence)
        pool = [Option(ctx.say("no_difference"), ctx.say("no_difference_feedback", source=sentence))]
        stem = ctx.say("follow_stem", name=name, title=ctx.title(section_id))
        candidate = _assemble(ctx, reading, 200 + index, "follow", stem, right, first, pool)
        if candidate is not None:
            found.append(replace(candidate, score=candidate.score - 2.0))
    return found
