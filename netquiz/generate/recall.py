"""Recall questions: cloze (fill the key term), attribution (which section), true/false (polarity flip)."""

from __future__ import annotations

import re

from ..text import compile_words
from .context import Candidate, Context
from .keywords import content_tokens, stem
from .options import Option, shuffle


def _terms(ctx: Context, section_id: str, limit: int = 8) -> list[str]:
    terms = []
    for term, _ in ctx.keywords[section_id]:
        if len(term) >= 3 and not _is_verb(ctx, term) and term != ctx.topic:
            terms.append(term)
        if len(terms) >= limit:
            break
    return terms


def _is_verb(ctx: Context, term: str) -> bool:
    analyse = getattr(ctx.lang, "analyse", None)
    return bool(analyse and analyse(term))


def cloze_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """Blank a distinctive term of the section in one of its sentences."""
    section = ctx.article.section(section_id)
    others = [(term, s.id) for s in ctx.article.sections if s.id != section_id for term in _terms(ctx, s.id, 3)]
    found = []
    for rank, term in enumerate(_terms(ctx, section_id)):
        pattern = compile_words(re.escape(term), re.IGNORECASE)
        for source in section.sentences:
            if len(pattern.findall(source)) != 1 or not 6 <= len(source.split()) <= 40:
                continue
            wrong_terms = [(t, sid) for t, sid in others if stem(t) != stem(term) and not compile_words(
                re.escape(t), re.IGNORECASE).search(source)]
            rng = ctx.rng(section_id, "cloze", term)
            rng.shuffle(wrong_terms)
            unique = list(dict.fromkeys(wrong_terms))[:3]
            if len(unique) < 2:
                continue
            right = Option(term, ctx.say("cloze_right", source=source))
            wrong = [Option(t, ctx.say("cloze_wrong", term=t, title=ctx.title(sid), source=source))
                     for t, sid in unique]
            options, answer = shuffle(right, wrong, rng)
            blanked = pattern.sub(ctx.say("blank"), source, count=1)
            question = ctx.question(section_id, "cloze", ctx.say("cloze_stem", blanked=blanked),
                                    [(o.text, o.feedback) for o in options], answer, source)
            found.append(Candidate(question, 2.0 - 0.2 * rank))
            break
    return found


def _best_section(ctx: Context, sentence: str) -> str | None:
    words = {stem(t) for t in content_tokens(sentence, ctx.article.lang)}
    scores = {s.id: sum(w for t, w in ctx.keywords[s.id] if stem(t) in words) for s in ctx.article.headed_sections}
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if len(ranked) < 2 or ranked[0][1] <= 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


def attribution_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """A sentence whose words clearly belong to its own section → which section is it from?"""
    section = ctx.article.section(section_id)
    headed = list(ctx.article.headed_sections)
    if not section.title or len(headed) < 3:
        return []
    found = []
    for index, source in enumerate(section.sentences):
        if _best_section(ctx, source) != section_id or len(source.split()) < 6:
            continue
        rng = ctx.rng(section_id, "attribution", index)
        others = [s for s in headed if s.id != section_id]
        rng.shuffle(others)
        title = ctx.title(section_id)
        right = Option(title, ctx.say("attribution_right", title=title))
        wrong = [Option(s.title or "", ctx.say("attribution_wrong", title=title, other=s.title or ""))
                 for s in others[:3]]
        options, answer = shuffle(right, wrong, rng)
        question = ctx.question(section_id, "attribution", ctx.say("attribution_stem", sentence=source),
                                [(o.text, o.feedback) for o in options], answer, source)
        found.append(Candidate(question, 1.0 + 0.01 * min(len(source.split()), 30)))
    return found


def true_false_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """A claim from the section, either as written or made false by a polarity flip."""
    section = ctx.article.section(section_id)
    causal = {r.causal.sentence for r in ctx.readings[section_id]}
    found = []
    for index, source in enumerate(section.sentences):
        flipped = ctx.lang.flip(source)
        if not flipped or len(source.split()) > 40 or len(source.split()) < 5:
            continue
        rng = ctx.rng(section_id, "true_false", index)
        is_true = rng.random() < 0.5
        claim = source if is_true else flipped
        true_text, false_text = ctx.say("true"), ctx.say("false")
        if is_true:
            feedback = (ctx.say("tf_true_right", source=source), ctx.say("tf_true_wrong", source=source))
        else:
            feedback = (ctx.say("tf_false_wrong", source=source), ctx.say("tf_false_right", source=source))
        question = ctx.question(section_id, "true_false", ctx.say("true_false_stem", claim=claim),
                                list(zip((true_text, false_text), feedback, strict=True)), 0 if is_true else 1, source)
        found.append(Candidate(question, 1.0 + (source in causal)))
    return found
