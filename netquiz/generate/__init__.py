"""Question generation: article → bank, pure and deterministic for a seed.

Every maker proposes more candidates than needed; gates reject bad ones (grammar leftovers, dangling
references, cues a blind guesser would use); the best-scored are kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..kinds import kind_of
from ..language import en_story, hi_advice, hi_story
from ..model import VOICES, Article, Bank, Question
from ..text import is_devanagari
from . import blind, claims, keywords, links
from .benefit import benefit_candidates
from .blind import cue_strategies
from .context import Candidate, Context, build_context
from .gates import gate_problems
from .interview import interview_candidates
from .personas import distinct_personas
from .recall import attribution_candidates, cloze_candidates, true_false_candidates
from .scenario import TOPIC_KEY, scenario_candidates
from .situations import (
    Situation,
    SituationNote,
    SituationResult,
    elimination_note,
    heading_note,
    own_wrong_note,
    situation_questions,
)
from .spread import spread_keys
from .tips import MAX_STOCK_USES, warned_steps
from .trim import TELLING, trim_cued

__all__ = ["generate_bank", "KIND_LIMITS", "VOICES"]

KIND_LIMITS = {"scenario": 3, "benefit": 1, "interview": 1, "cloze": 1, "attribution": 1, "true_false": 1}
MAKERS: dict[str, Callable[[Context, str], list[Candidate]]] = {
    "scenario": scenario_candidates,
    "benefit": benefit_candidates,
    "interview": interview_candidates,
    "cloze": cloze_candidates,
    "attribution": attribution_candidates,
    "true_false": true_false_candidates,
}


def generate_bank(article: Article, seed: int = 0, progress: Callable[[int, int], None] | None = None,
                  voice: str = "feminine", situations: Sequence[Situation] = ()) -> Bank:
    """Generate a bank for ``article``; the same article, seed, voice and situations give the same bank.

    ``situations`` (the facilitator's, :mod:`.situations`) each make a scenario question that goes first in its
    section and is kept as built: no blind trim and no persona renaming touch it (she is told of its checks)."""
    return generate_with_notes(article, seed, progress, voice, situations)[0]


def generate_with_notes(article: Article, seed: int = 0, progress: Callable[[int, int], None] | None = None,
                        voice: str = "feminine",
                        situations: Sequence[Situation] = ()) -> tuple[Bank, list[SituationNote]]:
    """:func:`generate_bank` and the notes on her situations (what each line made, the checks it did not pass,
    and the eliminating reader over the whole bank), built once."""
    if voice not in VOICES:
        raise ValueError(f"voice must be one of {', '.join(VOICES)}")
    clear_caches()
    ctx = build_context(article, seed, voice)
    statements = {s.id: true_false_candidates(ctx, s.id) for s in article.sections}  # gated when chosen
    asked: dict[str, list[Question]] = {}
    for done, section in enumerate(article.sections, start=1):
        asked[section.id] = section_questions(ctx, section.id, [k for k in MAKERS if k not in LAST_RESORT])
        if progress:
            progress(done, len(article.sections))
    fresh = _fresh_statements(statements, asked)
    plan = plan_truths(fresh)
    per_section: dict[str, list[Question]] = {}
    for section in article.sections:
        kept = asked[section.id] + _ask(ctx, section.id, "true_false",
                                        [c for c in fresh[section.id] if c.truth == plan.get(section.id)], [])
        if len(kept) < 2:  # a second "which part says this" of another sentence before any blank (round 17's
            kept += _second(ctx, section.id, "attribution", kept)  # readers: 84 of 104 acceptable, clozes 6 of 81)
        if len(kept) < 2:  # a blank only where the section needs a second question (readers of round 16 found
            kept += section_questions(ctx, section.id, ["cloze"], None, kept)[:2 - len(kept)]  # nine clozes in ten
            # answerable without the article: the article's own nouns rarely make a wrong word that makes sense)
        if len(kept) < 2:  # (a section with too few sentences asks one twice rather than too little: once)
            wanted = [c for c in statements[section.id] if c.truth == plan.get(section.id, c.truth)]
            missing = [k for k in MAKERS if k in QUOTING and all(q.kind != k for q in kept)]
            kept += section_questions(ctx, section.id, missing, wanted, kept, once=False)[:2 - len(kept)]
        per_section[section.id] = _without_echoes(ctx, kept)
    written = situation_questions(ctx, situations) if situations else SituationResult()
    questions = [q for section in article.sections
                 for q in [*(w for w in written.questions if w.section == section.id), *per_section[section.id]]]
    questions = spread_keys(ctx, balance_truths(questions))  # (wrong answers that were no keys before)
    questions = distinct_personas(trim_cued(questions, article.lang), article.lang, ctx.all_text)
    bank = Bank(article=article, questions=tuple(questions), voice=voice)
    told = [elimination_note(bank.questions), own_wrong_note(situations),
            heading_note(article, bank.questions, situations)] if situations else []
    return bank, written.notes + [note for note in told if note is not None]


def _without_echoes(ctx: Context, kept: list[Question], keep: int = 3) -> list[Question]:
    """The section's questions without a "which part says this" whose quote shares a word with its own heading
    alone (matched, not placed: readers never judged one good), while more than ``keep`` remain (the seed's bar of
    three; round 37: 13 of the 290 such items of the test articles left, 247 had the bar been two)."""
    title = links.stems_of(ctx, ctx.article.title or "")
    for question in [q for q in kept if q.kind == "attribution"]:
        if len(kept) <= keep:
            break
        wrong = [o for i, o in enumerate(question.options) if i != question.answer]
        if links.echo(ctx, question.source, question.options[question.answer], wrong, title):
            kept = [q for q in kept if q is not question]
    return kept


def balance_truths(questions: list[Question], keep: int = 2) -> list[Question]:
    """Leave out statements of the commoner truth while they outnumber the other by more than one (a bank
    whose statements are mostly true teaches "answer yes", mostly false "answer no"), from the sections
    with the most questions, and only where the section keeps more than ``keep`` questions."""
    def surplus() -> tuple[int, int]:
        truths = [q.answer == 0 for q in questions if kind_of(q.kind).fixed_options]
        more = sum(truths) - (len(truths) - sum(truths))
        return abs(more) - 1, 0 if more > 0 else 1  # (how many too many, the answer index that has them)

    per_section = Counter(q.section for q in questions)
    for section, count in per_section.most_common():
        extra, answer = surplus()
        if extra <= 0:
            break
        statement = next((q for q in questions if q.section == section and kind_of(q.kind).fixed_options
                          and q.answer == answer), None)
        if statement is not None and count > keep:
            questions = [q for q in questions if q is not statement]
    return questions


def clear_caches() -> None:
    """Forget the word and cue caches, which live for one bank (so memory stays bounded and every bank
    is timed alike)."""
    for cached in (blind._words, blind.marked, blind._content, blind.blind_hits, blind.likeness, blind.sounded,
                   links._stems, links.akin, links.families, links.overlaps,
                   keywords.content_tokens,
                   en_story.contrast_pairs, en_story.swap_contrast, hi_story.contrast_pairs, hi_story.swap_contrast,
                   en_story.dangling, hi_story.dangling,
                   hi_advice.advice, hi_advice.imperative_word, claims._cached_claims, claims._standings,
                   claims._cached_heading_instruction, claims.known_words,
                   is_devanagari, _told):
        cached.cache_clear()


QUOTING = frozenset({"cloze", "attribution", "true_false"})
LAST_RESORT = frozenset({"true_false", "cloze"})  # (kinds asked after the others: statements planned bank-wide, a
# blank only where a section has fewer than two questions)  # kinds that show their source sentence (or its claim)


def section_questions(ctx: Context, section_id: str, kinds: list[str], statements: list[Candidate] | None = None,
                      kept: list[Question] | None = None, once: bool = True) -> list[Question]:
    """The section's questions of ``kinds`` (in that order), numbered ``<section>-<kind>-<n>``, beside ``kept``.

    ``statements`` are the true/false candidates to choose from (all of the section's when None). With ``once``
    a cloze, attribution or true/false question takes a sentence no other question of the section was made from
    (a false statement: none a cloze or attribution printed): the attribution quoting the sentence a cloze blanks
    shows its key, a true "X से Y" beside "she wants Y: which step?" tells both, and the feedback of one (its
    source sentence) answers the other.
    """
    asked = list(kept or [])
    for kind in kinds:
        found = statements if kind == "true_false" and statements is not None else _made(ctx, kind, section_id)
        if once and kind in QUOTING:
            found = [c for c in found if not _shown_twice(c, asked)]
        asked.extend(_ask(ctx, section_id, kind, found, asked))
    return asked[len(kept or []):]


def _second(ctx: Context, section_id: str, kind: str, kept: list[Question]) -> list[Question]:
    """One more question of ``kind`` for a section short of two, from a sentence no question of it was made from,
    numbered after the section's others of that kind."""
    found = [c for c in _made(ctx, kind, section_id) if not _shown_twice(c, kept)]
    chosen = _choose(ctx, found, 1)
    number = 1 + sum(q.kind == kind for q in kept)
    return [replace(c.question, id=f"{section_id}-{kind}-{number}") for c in chosen]


def _made(ctx: Context, kind: str, section_id: str) -> list[Candidate]:
    """The candidates of one kind for one section, made once per bank (a thin section is asked twice)."""
    key = f"made|{kind}|{section_id}"
    if key not in ctx.memo:
        ctx.memo[key] = MAKERS[kind](ctx, section_id)
    return list(ctx.memo[key])


def _ask(ctx: Context, section_id: str, kind: str, found: list[Candidate], asked: list[Question]) -> list[Question]:
    """The chosen questions of one kind, numbered; a sentence already asked costs a candidate a point."""
    used = {q.source for q in asked}
    ranked = [replace(c, score=c.score - 1.0) if c.question.source in used and kind != "scenario" else c
              for c in found]
    chosen = _choose(ctx, ranked, KIND_LIMITS[kind])
    return [replace(c.question, id=f"{section_id}-{kind}-{n}") for n, c in enumerate(chosen, start=1)]


def _fresh_statements(statements: dict[str, list[Candidate]],
                      asked: dict[str, list[Question]]) -> dict[str, list[Candidate]]:
    """Per section, the statements that ``_shown_twice`` lets through; a true one of a sentence a scenario was
    made from comes back (alone) only while the bank would otherwise have two false statements more than true
    ones (then "answer no" would pay more than a repeated sentence costs)."""
    fresh = {sid: [c for c in found if not _shown_twice(c, asked[sid])] for sid, found in statements.items()}
    plan = plan_truths(fresh)
    surplus = sum(t == "false" for t in plan.values()) - sum(t == "true" for t in plan.values())
    for sid, found in statements.items():
        if surplus <= 1:
            break
        back = [c for c in found if c.truth == "true" and not _quoted(c, asked[sid])]
        if plan.get(sid) == "false" and back and not any(c.truth == "true" for c in fresh[sid]):
            fresh[sid] = back
            surplus -= 2
    return fresh


def _shown_twice(candidate: Candidate, asked: list[Question]) -> bool:
    """True when ``candidate`` would quote (or state) a sentence a question of ``asked`` was made from. A false
    statement tells a claim the sentence does not make: it may share a sentence with a scenario (whose feedback
    quotes it), not with a cloze or attribution (which print it)."""
    if candidate.truth == "false":
        return _quoted(candidate, asked)
    return any(q.source == candidate.question.source for q in asked)


def _quoted(candidate: Candidate, asked: list[Question]) -> bool:
    return any(q.source == candidate.question.source and q.kind in QUOTING for q in asked)


def _choose(ctx: Context, ranked: list[Candidate], limit: int) -> list[Candidate]:
    """Up to ``limit`` candidates that pass the gates, first among those no blind strategy finds for sure;
    only when those run out, ones that a single strategy finds (as chance alone does a quarter of the time).
    A stock or warned-against distractor serves at most ``MAX_STOCK_USES`` times per bank (else a reader
    learns to skip it); the count is kept as each candidate is chosen."""
    if "stock_uses" not in ctx.memo:  # (made once: a setdefault would make a Counter per call)
        ctx.memo["stock_uses"] = Counter()
    uses: Counter[str] = ctx.memo["stock_uses"]

    def passes(c: Candidate) -> bool:  # (memoised per bank: a section's second pass asks again)
        key = ("passes", c.question)
        if key not in ctx.memo:
            ctx.memo[key] = not gate_problems(ctx, c.question)
        return bool(ctx.memo[key])

    def fresh(c: Candidate) -> bool:
        return not reused(ctx, c.question) and not (c.stem_kind == TOPIC_KEY and uses[TOPIC_KEY])

    def telling(c: Candidate) -> bool:  # the key told by its words (the stem's, a negation): never kept (a
        # true/false statement is asked either way: the bank balances its truths instead)
        return not kind_of(c.question.kind).fixed_options and \
            bool(set(cue_strategies(c.question, ctx.article.lang)) & set(TELLING))

    def record(c: Candidate) -> None:
        uses.update(_stock_options(ctx, c.question) | ({TOPIC_KEY} if c.stem_kind == TOPIC_KEY else set()))

    if not ranked or not kind_of(ranked[0].question.kind).blind_graded:
        return _select(ranked, limit, passes, fresh, record)
    chosen = _select(ranked, limit, lambda c: passes(c) and not cue_strategies(c.question, ctx.article.lang),
                     fresh, record)
    if len(chosen) < limit:
        taken = {_situation(c) for c in chosen} | {_keyed(c) for c in chosen}  # the same twice, clean and cued
        rest = [c for c in ranked if all(c is not k for k in chosen) and not {_situation(c), _keyed(c)} & taken]
        chosen += _select(rest, limit - len(chosen), lambda c: passes(c) and not telling(c), fresh, record)
    return chosen


def reused(ctx: Context, question: Question) -> bool:
    """True when a stock or warned-against distractor of ``question`` has served its turns in this bank."""
    uses = ctx.memo.get("stock_uses", Counter())
    return any(uses[o] >= MAX_STOCK_USES for o in _stock_options(ctx, question))


def _stock_options(ctx: Context, question: Question) -> set[str]:
    if "stock_texts" not in ctx.memo:
        ctx.memo["stock_texts"] = frozenset(ctx.stock.actions) | frozenset(ctx.stock.outcomes) | \
            frozenset(step for step, _ in warned_steps(ctx))
    texts = ctx.memo["stock_texts"]
    return {o for i, o in enumerate(question.options) if i != question.answer and o in texts}


def plan_truths(statements: dict[str, list[Candidate]]) -> dict[str, str]:
    """Per section, keep a true or a false statement so that the bank has about as many of each.

    Sections that can only give one kind are fixed first; the others then even out the count, so
    "always answer true" (or "false when it has a negation") is no better than a coin.
    """
    plan: dict[str, str] = {}
    counts = {"true": 0, "false": 0}
    flexible = []
    for section_id, found in statements.items():
        truths = {c.truth for c in found}
        if len(truths) == 1:
            plan[section_id] = truths.pop()
            counts[plan[section_id]] += 1
        elif truths:
            flexible.append(section_id)
    for section_id in flexible:
        plan[section_id] = "false" if counts["false"] <= counts["true"] else "true"
        counts[plan[section_id]] += 1
    return plan


def _select(candidates: list[Candidate], limit: int,
            passes: Callable[[Candidate], bool] = lambda c: True,
            fresh: Callable[[Candidate], bool] = lambda c: True,
            record: Callable[[Candidate], None] = lambda c: None) -> list[Candidate]:
    """Best-scored first, one per stem, alternating stem kinds (forms) where several exist; a candidate
    is gated (``passes``, remembered) only when it would be chosen, so the gates run on few candidates;
    ``fresh`` is asked anew each time (it depends on what was chosen so far) and ``record`` told of each
    choice."""
    ranked = sorted(candidates, key=lambda c: -c.score)
    told: dict[int, tuple[str, str, str]] = {}  # (once: three passes ask; made as a candidate is reached, for
    # the choice is most often made before the last candidates are)
    kinds = len({c.stem_kind for c in ranked})
    verdicts: dict[int, bool] = {}
    chosen: list[Candidate] = []
    stems: set[str] = set()
    sources_by_kind: set[tuple[str, str]] = set()
    for pass_number in (0, 1, 2):
        for candidate in ranked:
            if len(chosen) >= limit:
                break
            key = (candidate.question.source, candidate.stem_kind)
            tells = told.get(id(candidate))
            if tells is None:
                tells = told[id(candidate)] = _told(candidate.question)
            if any(t in stems for t in tells) \
                    or (pass_number == 0 and key in sources_by_kind) \
                    or ((pass_number < 2 or len(chosen) >= 2) and any(_mirrors(candidate, c) for c in chosen)):
                continue  # (a mirrored pair only as a section's second question, where nothing else is left)
            if pass_number == 0 and any(c.stem_kind == candidate.stem_kind for c in chosen) and \
                    kinds > len({c.stem_kind for c in chosen}):
                continue
            if id(candidate) not in verdicts:
                verdicts[id(candidate)] = passes(candidate)
            if not verdicts[id(candidate)] or not fresh(candidate):
                continue
            chosen.append(candidate)
            record(candidate)
            stems.update(tells)
            sources_by_kind.add(key)
    return chosen


@lru_cache(maxsize=8192)
def _told(question: Question) -> tuple[str, str, str]:
    """What :func:`_select` tells a question apart by: its situation, its key, its option set (cached per bank: a
    section's candidates are ranked again for every pass)."""
    candidate = Candidate(question, 0.0)
    return _situation(candidate), _keyed(candidate), _option_set(candidate)


def _mirrors(one: Candidate, other: Candidate) -> bool:
    """True for two questions of one sentence where one's stem tells the other's key (a diagnosis "she wants
    <result>; which step?" beside an application "she takes <step>; what follows?": each answers the other)."""
    a, b = one.question, other.question
    if a.source != b.source or a.kind != b.kind:
        return False
    return _told_in(a.options[a.answer], b.stem) or _told_in(b.options[b.answer], a.stem)


def _told_in(key: str, stem: str) -> bool:
    """True when most of the key's longer words stand in the stem."""
    words = {w for w in re.findall(r"[\w\u0900-\u097F]+", key.lower()) if len(w) > 3}
    told = set(re.findall(r"[\w\u0900-\u097F]+", stem.lower()))
    return bool(words) and 5 * len(words & told) >= 3 * len(words)


def _keyed(candidate: Candidate) -> str:
    """The source and the key: two questions that share them ask the same thing in other frames."""
    question = candidate.question
    return f"{question.kind}|{question.source}|{question.options[question.answer]}"


def _option_set(candidate: Candidate) -> str:
    """The four options and the key, in any order: two questions of a section with the same choice and the same
    answer ask one thing twice (two wishes of one step)."""
    question = candidate.question
    return f"{question.kind}|{'|'.join(sorted(question.options))}|{question.options[question.answer]}"


SENTENCE_END = re.compile(r"(?<=[।.?!])\s+")


def _situation(candidate: Candidate) -> str:
    """The stem without its persona (her name and a frame sentence before the situation), with the key, to
    catch same-situation twins told in other frames (one step may ask for two results the article ties to it:
    "she networks" → "contacts grow", and → "someone helps in need"; one wish never asks twice)."""
    question = candidate.question
    sentences = [s for s in SENTENCE_END.split(question.stem) if s]
    kept = sentences[1:] if len(sentences) >= 3 else sentences
    told = " ".join(" ".join(kept).split()[1:])
    return f"{told}|{question.options[question.answer]}" if question.form == "application" else told
