"""A follow-up quiz: each participant's own set of questions she has not seen, from her weakest sections.

:func:`plan_follow_up` reads a session's answers and returns the follow-up bank (the session's bank plus
questions generated with other seeds where her weakest sections run short; their ids start ``g<seed>-``)
and, per participant who answered, her set: up to :data:`SET_SIZE` questions she has not seen (nor one
alike, see :func:`_fingerprints`), from her weakest section, then the next weakest,
with at least :data:`WEAK_SHARE` of them from her two weakest. The store enrols her
(:meth:`netquiz.store.base.Store.open_follow_up`);
:func:`bank_for` narrows the bank to her set whenever her quiz is loaded, and to the original questions for
a newcomer::

    plan = plan_follow_up(store, "K7QM4X")
    store.open_follow_up("K7QM4Y", "K7QM4X", bank_to_json(plan.bank), title, plan.sets)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..bank import bank_from_json, question_problems
from ..kinds import kind_of
from ..model import Bank, Question
from ..store.base import Store

SET_SIZE = 8
WEAKEST = 2
WEAK_SHARE = 0.8
EXTRA_SEEDS = range(1, 5)
EXTRA_ID = re.compile(r"^g\d+-")


@dataclass(frozen=True)
class SectionScore:
    """Her first attempts in one section: right of answered."""

    section: str
    right: int
    answered: int

    @property
    def fraction(self) -> float:
        return self.right / self.answered if self.answered else 1.0


@dataclass(frozen=True)
class FollowUpPlan:
    """The follow-up bank and each origin participant's set (participant id → question ids)."""

    bank: Bank
    sets: dict[int, tuple[str, ...]]
    weakest: dict[int, tuple[str, ...]]


def section_scores(bank: Bank, first: dict[str, bool]) -> list[SectionScore]:
    """Per section she answered (article order): right and answered first attempts."""
    scores = []
    for section in bank.article.sections:
        ids = [q.id for q in bank.questions if q.section == section.id and q.id in first]
        if ids:
            scores.append(SectionScore(section.id, sum(first[q] for q in ids), len(ids)))
    return scores


def weakest_sections(bank: Bank, first: dict[str, bool]) -> tuple[str, ...]:
    """Her sections from weakest to strongest: lowest share right, then most missed, then article order."""
    scores = section_scores(bank, first)
    order = {s.section: i for i, s in enumerate(scores)}
    ranked = sorted(scores, key=lambda s: (s.fraction, -(s.answered - s.right), order[s.section]))
    return tuple(s.section for s in ranked)


def _fingerprints(question: Question) -> set[tuple[str, ...]]:
    """What makes two questions the same to her: the stem; the kind, sentence and right answer; for kinds
    whose sentence is the whole story (:attr:`~netquiz.kinds.base.Kind.one_per_sentence`), the kind and sentence."""
    right = " ".join(question.options[question.answer].split())
    marks = {(" ".join(question.stem.split()),), (question.kind, question.source, right)}
    return marks | ({(question.kind, question.source)} if kind_of(question.kind).one_per_sentence else set())


def choose_set(pool: Bank, seen: Iterable[str], ranked: tuple[str, ...], size: int = SET_SIZE) -> tuple[str, ...]:
    """Up to ``size`` questions of ``pool`` she has not seen (nor one alike), weakest section first."""
    seen_ids = set(seen)
    known: set[tuple[str, ...]] = set()
    for question in pool.questions:
        if question.id in seen_ids:
            known |= _fingerprints(question)
    chosen: list[str] = []
    for section in ranked:
        for question in pool.questions:
            if len(chosen) == size:
                return tuple(chosen)
            if question.section == section and question.id not in seen_ids and not _fingerprints(question) & known:
                chosen.append(question.id)
                known |= _fingerprints(question)
    return tuple(chosen)


def reserve(bank: Bank, seed: int) -> list[Question]:
    """Questions the generator makes for the bank's article with ``seed`` that pass its gates (and, for
    the kinds a blind guesser attacks, no cue strategy finds), every candidate and not only the best few
    the bank kept; ids ``g<seed>-<section>-<kind>-<n>``."""
    from ..generate import MAKERS, clear_caches
    from ..generate.blind import cue_strategies
    from ..generate.context import build_context
    from ..generate.gates import gate_problems

    clear_caches()  # participant kernels never get here: only planning a follow-up loads the generator
    ctx = build_context(bank.article, seed, bank.voice or "feminine")
    found: list[Question] = []
    for section in bank.article.sections:
        for maker in MAKERS.values():  # each maker makes one kind
            ranked = sorted(maker(ctx, section.id), key=lambda c: -c.score)
            good = [c.question for c in ranked if not gate_problems(ctx, c.question) and not (
                kind_of(c.question.kind).blind_graded and len(cue_strategies(c.question, bank.article.lang)) > 1)]
            found.extend(replace(q, id=f"g{seed}-{section.id}-{q.kind}-{n}") for n, q in enumerate(good, start=1))
    return found


def extend_bank(bank: Bank, seed: int) -> Bank:
    """The bank plus the reserve questions of ``seed`` that are not alike any already in it."""
    known = set().union(*(_fingerprints(q) for q in bank.questions))
    extra: list[Question] = []
    for question in reserve(bank, seed):
        if question_problems(question, bank.article):
            continue  # the bank contract holds for the follow-up bank too
        if not _fingerprints(question) & known and question.id not in {q.id for q in extra}:
            extra.append(question)
            known |= _fingerprints(question)
    return replace(bank, questions=bank.questions + tuple(extra))


def fit_share(ranked_set: tuple[str, ...], weak_count: int, share: float = WEAK_SHARE) -> tuple[str, ...]:
    """Cut a set (weak sections' questions first) so that at least ``share`` of it stays in the weak
    sections; a set with none there keeps what it has (better practice than nothing)."""
    if weak_count == 0:
        return ranked_set
    most = max(weak_count, int(weak_count / share + 1e-9))
    return ranked_set[:most]


def plan_follow_up(store: Store, code: str, size: int = SET_SIZE) -> FollowUpPlan:
    """The follow-up bank and sets for everyone who answered in session ``code``. The bank grows with the
    generator's reserve for other seeds until every participant's two weakest sections hold ``size``
    unseen questions (or the seeds run out). Her set: unseen questions of her weakest sections first,
    then of the next weakest only while at least :data:`WEAK_SHARE` stays in her two weakest."""
    record = store.get_session(code)
    pool = bank_from_json(record.bank_json, source=f"session {record.code}", validate=False)
    people = _answers_by_participant(store, record.code)
    ranked = {pid: weakest_sections(pool, first) for pid, (first, _) in people.items()}
    for seed in EXTRA_SEEDS:
        if all(len(choose_set(pool, seen, ranked[pid][:WEAKEST], size)) >= size
               for pid, (_, seen) in people.items()):
            break
        pool = extend_bank(pool, seed)
    sets = {}
    for pid, (_, seen) in people.items():
        weak = len(choose_set(pool, seen, ranked[pid][:WEAKEST], size))
        sets[pid] = fit_share(choose_set(pool, seen, ranked[pid], size), weak)
    return FollowUpPlan(pool, {pid: ids for pid, ids in sets.items() if ids},
                        {pid: ranked[pid][:WEAKEST] for pid in sets})


def _answers_by_participant(store: Store, code: str) -> dict[int, tuple[dict[str, bool], set[str]]]:
    """Per participant who answered: first attempts (question → right) and every question answered."""
    people: dict[int, tuple[dict[str, bool], set[str]]] = {}
    for response in store.responses(code):
        first, seen = people.setdefault(response.participant_id, ({}, set()))
        seen.add(response.question_id)
        if response.attempt == 1:
            first[response.question_id] = response.correct
    return people


def bank_for(store: Store, participant_id: int, bank: Bank) -> Bank:
    """The questions this participant gets: her follow-up set if she has one, else the bank without the
    questions generated for others' sets (a newcomer gets the whole original bank)."""
    chosen = store.question_set(participant_id)
    if chosen is not None:
        by_id = {q.id: q for q in bank.questions}
        return replace(bank, questions=tuple(by_id[q] for q in chosen.question_ids if q in by_id))
    return original_questions(bank)


def original_questions(bank: Bank) -> Bank:
    """The bank without the questions generated for follow-up sets (itself when it has none)."""
    if any(EXTRA_ID.match(q.id) for q in bank.questions):
        return replace(bank, questions=tuple(q for q in bank.questions if not EXTRA_ID.match(q.id)))
    return bank
