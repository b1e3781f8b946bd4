"""What the facilitator dashboard shows, as DataFrames: read once from the store per refresh.

:func:`read_snapshot` does the only I/O; :func:`build_tables` is pure. Scores and facility count
first attempts only (a retry of a missed question does not raise the score), as in ``netquiz report``.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from ..bank import bank_from_json
from ..model import Bank
from ..store.base import ParticipantRecord, ResponseRecord, SessionRecord, Store


@dataclass(frozen=True)
class Snapshot:
    """One consistent read of a session: its bank, participants and responses."""

    session: SessionRecord
    bank: Bank
    participants: tuple[ParticipantRecord, ...]
    responses: tuple[ResponseRecord, ...]
    taken_at: float


@dataclass(frozen=True)
class Tables:
    """The dashboard's tables (see :func:`build_tables` for their columns)."""

    participants: pd.DataFrame
    leaderboard: pd.DataFrame
    items: pd.DataFrame
    distribution: pd.DataFrame
    mastery: pd.DataFrame
    responses: pd.DataFrame


def read_snapshot(store: Store, code: str) -> Snapshot:
    """Read a session's state (SessionError if the code is unknown)."""
    session = store.get_session(code)
    bank = bank_from_json(session.bank_json, source=f"session {session.code}")
    return Snapshot(session, bank, tuple(store.participants(session.code)),
                    tuple(store.responses(session.code)), time.time())


def ago(seconds: float) -> str:
    """A short 'how long ago' for the participants table."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def first_attempts(snapshot: Snapshot) -> list[ResponseRecord]:
    """First answers to questions that are in the bank."""
    known = {q.id for q in snapshot.bank.questions}
    return [r for r in snapshot.responses if r.attempt == 1 and r.question_id in known]


def participants_frame(snapshot: Snapshot) -> pd.DataFrame:
    """name, answered, score, where (section of the last answer), last seen."""
    bank, total = snapshot.bank, len(snapshot.bank.questions)
    firsts = first_attempts(snapshot)
    answered = Counter(r.participant_id for r in firsts)
    score = Counter(r.participant_id for r in firsts if r.correct)
    last: dict[int, str] = {r.participant_id: r.question_id for r in snapshot.responses}
    rows = []
    for p in snapshot.participants:
        if answered[p.id] >= total:
            where = "finished"
        elif p.id in last and last[p.id] in {q.id for q in bank.questions}:
            where = bank.section_title(bank.question(last[p.id]).section)
        else:
            where = "joined, no answer yet"
        rows.append({"name": p.name, "answered": f"{answered[p.id]} / {total}", "score": score[p.id],
                     "where": where, "last seen": ago(snapshot.taken_at - p.last_seen)})
    return pd.DataFrame(rows, columns=["name", "answered", "score", "where", "last seen"])


def leaderboard_frame(snapshot: Snapshot) -> pd.DataFrame:
    """rank, name, score, answered: best score first, then fewer answers, then name."""
    firsts = first_attempts(snapshot)
    answered = Counter(r.participant_id for r in firsts)
    score = Counter(r.participant_id for r in firsts if r.correct)
    people = sorted(snapshot.participants, key=lambda p: (-score[p.id], answered[p.id], p.name.casefold()))
    rows = [{"rank": i, "name": p.name, "score": score[p.id], "answered": answered[p.id]}
            for i, p in enumerate(people, start=1)]
    return pd.DataFrame(rows, columns=["rank", "name", "score", "answered"])


def items_frame(snapshot: Snapshot) -> pd.DataFrame:
    """Per question: n, facility (share correct) and discrimination (upper minus lower third)."""
    firsts = first_attempts(snapshot)
    totals = Counter(r.participant_id for r in firsts if r.correct)
    ranked = sorted({r.participant_id for r in firsts}, key=lambda pid: totals[pid])
    third = len(ranked) // 3
    lower, upper = set(ranked[:third]), set(ranked[len(ranked) - third:]) if third else set()
    by_question: dict[str, list[ResponseRecord]] = defaultdict(list)
    for r in firsts:
        by_question[r.question_id].append(r)
    rows = []
    for q in snapshot.bank.questions:
        answers = by_question[q.id]
        n = len(answers)
        rows.append({"question": q.id, "section": q.section, "kind": q.kind, "stem": q.stem, "n": n,
                     "facility": round(sum(r.correct for r in answers) / n, 2) if n else None,
                     "discrimination": _discrimination(answers, upper, lower)})
    columns = ["question", "section", "kind", "stem", "n", "facility", "discrimination"]
    return pd.DataFrame(rows, columns=columns)


def _discrimination(answers: list[ResponseRecord], upper: set[int], lower: set[int]) -> float | None:
    """Facility among the top third minus facility among the bottom third (None if too few)."""
    top = [r.correct for r in answers if r.participant_id in upper]
    bottom = [r.correct for r in answers if r.participant_id in lower]
    if not top or not bottom:
        return None
    return round(sum(top) / len(top) - sum(bottom) / len(bottom), 2)


def distribution_frame(snapshot: Snapshot) -> pd.DataFrame:
    """Per question and option: how many first answers chose it, and whether it is the right one."""
    counts = Counter((r.question_id, r.option) for r in first_attempts(snapshot))
    rows = [{"question": q.id, "option": i + 1, "text": text, "count": counts[(q.id, i)],
             "correct": i == q.answer}
            for q in snapshot.bank.questions for i, text in enumerate(q.options)]
    return pd.DataFrame(rows, columns=["question", "option", "text", "count", "correct"])


def mastery_frame(snapshot: Snapshot) -> pd.DataFrame:
    """Per section with questions: answers, correct, mastery (share of first answers correct)."""
    bank = snapshot.bank
    section_of = {q.id: q.section for q in bank.questions}
    answers, correct = Counter(), Counter()
    for r in first_attempts(snapshot):
        answers[section_of[r.question_id]] += 1
        correct[section_of[r.question_id]] += r.correct
    rows = [{"section": s.id, "title": bank.section_title(s.id), "answers": answers[s.id],
             "correct": correct[s.id],
             "mastery": round(correct[s.id] / answers[s.id], 2) if answers[s.id] else None}
            for s in bank.article.sections if s.id in section_of.values()]
    return pd.DataFrame(rows, columns=["section", "title", "answers", "correct", "mastery"])


def responses_frame(snapshot: Snapshot) -> pd.DataFrame:
    """Every response (all attempts) for the CSV download."""
    rows = [{"name": r.participant_name, "question": r.question_id, "attempt": r.attempt,
             "option": r.option + 1, "correct": r.correct,
             "answered_at": pd.Timestamp(r.answered_at, unit="s", tz="UTC").isoformat()}
            for r in snapshot.responses]
    return pd.DataFrame(rows, columns=["name", "question", "attempt", "option", "correct", "answered_at"])


def build_tables(snapshot: Snapshot) -> Tables:
    """All dashboard tables from one snapshot."""
    return Tables(participants_frame(snapshot), leaderboard_frame(snapshot), items_frame(snapshot),
                  distribution_frame(snapshot), mastery_frame(snapshot), responses_frame(snapshot))
