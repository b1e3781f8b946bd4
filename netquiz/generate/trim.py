"""The bank-level blind check: leave out the questions a blind strategy finds for sure while that strategy
beats chance by more than ``BAR`` over the bank (QUESTIONS.md: "must not beat chance by more than 1.3 ×").

A section's choice (``netquiz.generate._choose``) already prefers questions no strategy finds; on a small bank
the few it had to keep can still add up (one cued item of three is 2 × chance). Those are left out here, from
interview items first, then scenarios from the sections that keep most of them; a section left without a
scenario is then named by :mod:`.coverage` ("built, but each failed a quality check"). True/false statements
stay: a balanced bank of them gives the negation reader half, and leaving out the ones it gets right would
tilt the bank towards "false".
"""

from __future__ import annotations

from collections import Counter

from ..kinds import kind_of
from ..model import Question
from .blind import GRADED_KINDS, STRATEGIES, blind_hits, chance

BAR = 1.3
SURE = 0.9  # a strategy "finds" the key when it picks it with at least this probability
# Cues that tell the key by its words (a negation only distractors carry, the stem's words in the key): a
# section's last scenario goes too. A key that is merely the longest of four headings stays (the section
# would lose one of its two scenarios for a shape a reader rarely trusts); the report then says so.
TELLING = ("negation", "opposite_pair", "stem_overlap")
HALF = 0.5  # an interview item (no section needs one) goes on an even chance too
MIN_PER_SECTION = 2  # an article's sample answer goes only from a section that keeps two questions without it
KEEP = 2  # a section keeps its two scenario questions (the bar is two per section) against a shape cue


def worst_strategy(questions: list[Question], lang: str) -> tuple[str, float]:
    """The blind strategy with the highest accuracy over the graded questions, as a multiple of chance."""
    graded = [q for q in questions if q.kind in GRADED_KINDS]
    if not graded:
        return "", 0.0
    base = sum(chance(q) for q in graded) / len(graded)
    totals = Counter({name: 0.0 for name in STRATEGIES})
    for question in graded:
        totals.update(blind_hits(question, lang))
    name, total = max(totals.items(), key=lambda item: (item[1], item[0]))
    return name, (total / len(graded)) / base


def trim_cued(questions: list[Question], lang: str, bar: float = BAR) -> list[Question]:
    """``questions`` without the fewest cued ones that bring every strategy to ``bar`` × chance or below."""
    kept = list(questions)
    while True:
        name, ratio = worst_strategy(kept, lang)
        if ratio <= bar:
            return kept
        scenarios = Counter(q.section for q in kept if q.kind == "scenario")
        asked = Counter(q.section for q in kept)
        cued = [q for q in kept if q.kind in GRADED_KINDS and not kind_of(q.kind).fixed_options
                and (q.form != "sample" or asked[q.section] > MIN_PER_SECTION)  # (a section keeps its two)
                and q.form != "situation"  # (the facilitator's own: she is told of its cue instead)
                and blind_hits(q, lang)[name] >= (SURE if q.kind == "scenario" else HALF)
                and (q.kind != "scenario" or scenarios[q.section] > KEEP or name in TELLING)]
        if not cued:
            return kept
        drop = max(cued, key=lambda q: (q.kind != "scenario", scenarios[q.section], q.id))  # interview first
        kept = [q for q in kept if q is not drop]
