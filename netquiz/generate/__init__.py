"""Question generation: article → bank, pure and deterministic for a seed.

Every maker proposes more candidates than needed; gates reject bad ones; the best-scored are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..model import Article, Bank, Question
from .benefit import benefit_candidates
from .context import Candidate, Context, build_context
from .gates import gate_problems
from .interview import interview_candidates
from .recall import attribution_candidates, cloze_candidates, true_false_candidates
from .scenario import follow_candidates, scenario_candidates

__all__ = ["generate_bank", "KIND_LIMITS"]

KIND_LIMITS = {"scenario": 3, "benefit": 1, "interview": 1, "cloze": 1, "attribution": 1, "true_false": 1}
MAKERS: dict[str, Callable[[Context, str], list[Candidate]]] = {
    "scenario": scenario_candidates,
    "benefit": benefit_candidates,
    "interview": interview_candidates,
    "cloze": cloze_candidates,
    "attribution": attribution_candidates,
    "true_false": true_false_candidates,
}


def generate_bank(article: Article, seed: int = 0,
                  progress: Callable[[int, int], None] | None = None) -> Bank:
    """Generate a bank for ``article``; the same article and seed give the same bank."""
    ctx = build_context(article, seed)
    questions: list[Question] = []
    for done, section in enumerate(article.sections, start=1):
        questions.extend(section_questions(ctx, section.id))
        if progress:
            progress(done, len(article.sections))
    return Bank(article=article, questions=tuple(questions))


def section_questions(ctx: Context, section_id: str) -> list[Question]:
    """The kept questions of one section, numbered ``<section>-<kind>-<n>``."""
    kept: list[Question] = []
    for kind, maker in MAKERS.items():
        used = {q.source for q in kept}
        passing = [replace(c, score=c.score - 1.0 * (c.question.source in used and kind != "scenario"))
                   for c in maker(ctx, section_id) if not gate_problems(ctx, c.question)]
        chosen = _select(passing, KIND_LIMITS[kind])
        if kind == "scenario" and not chosen:
            fallback = [c for c in follow_candidates(ctx, section_id) if not gate_problems(ctx, c.question)]
            chosen = _select(fallback, 1)
        kept.extend(replace(c.question, id=f"{section_id}-{kind}-{n}") for n, c in enumerate(chosen, start=1))
    return kept


def _select(candidates: list[Candidate], limit: int) -> list[Candidate]:
    """Best-scored first, one per stem, alternating stem kinds (outcome/action) where both exist."""
    ranked = sorted(candidates, key=lambda c: -c.score)
    chosen: list[Candidate] = []
    stems: set[str] = set()
    sources_by_kind: set[tuple[str, str]] = set()
    for pass_number in (0, 1):
        for candidate in ranked:
            if len(chosen) >= limit:
                break
            key = (candidate.question.source, candidate.stem_kind)
            if _situation(candidate) in stems or (pass_number == 0 and key in sources_by_kind):
                continue
            if pass_number == 0 and any(c.stem_kind == candidate.stem_kind for c in chosen) and \
                    len({c.stem_kind for c in ranked}) > len({c.stem_kind for c in chosen}):
                continue
            chosen.append(candidate)
            stems.add(_situation(candidate))
            sources_by_kind.add(key)
    return chosen


def _situation(candidate: Candidate) -> str:
    """The stem with its first word (the persona's name) dropped, to catch same-situation twins."""
    return " ".join(candidate.question.stem.split()[1:])
