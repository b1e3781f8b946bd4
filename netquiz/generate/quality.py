"""Ranking and gating by cue: how much better than chance would a blind guesser do on a question?"""

from __future__ import annotations

from ..model import Question
from .blind import blind_hits

CERTAIN = 0.99


def cue_problems(question: Question, lang: str) -> list[str]:
    """Why a question gives its key away: two blind strategies find its key with certainty (cues that
    stack, e.g. the only affirmative option that is also the longest). One certain strategy alone is
    what chance gives a quarter of the time; the ranking penalty keeps those few."""
    if question.kind not in ("scenario", "interview"):
        return []
    sure = [name for name, hit in blind_hits(question, lang).items() if hit >= CERTAIN]
    return [f"the key can be found without reading ({', '.join(sure)})"] if len(sure) >= 2 else []
