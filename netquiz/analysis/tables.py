"""From the store to the facilitator's tables: the glue between :mod:`netquiz.store` and :mod:`netquiz.analysis.stats`.

:func:`dashboard_tables` is the one call per dashboard refresh: the session, then its participants
and all its responses in one read snapshot (:meth:`netquiz.store.base.Store.session_rows`: one SQL query for
the responses, plain named rows, on either backend), turned into numpy columns by name, then vectorised
pandas.
:func:`build_report` turns the same tables into the ``netquiz report`` rows, so the dashboard and
the CLI always agree.

    store = open_store("sqlite:///var/netquiz.sqlite3")
    tables = dashboard_tables(store, "AB12")
    tables.items[["question_id", "facility", "discrimination"]]
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from ..bank import bank_from_json
from ..kinds import kind_of
from ..model import Bank
from ..store.base import AnswerRow, PersonRow, SessionRecord, Store
from . import stats

RESPONSE_COLUMNS = ["participant", "name", "question_id", "section", "attempt", "option", "correct",
                    "answered_at"]
PARTICIPANT_COLUMNS = ["name", "answered", "score", "last_answer", "last_seen", "last_section"]
DISTRIBUTION_COLUMNS = ["question_id", "option", "text", "count", "correct"]
MASTERY_COLUMNS = ["section", "title", "responses", "correct", "mastery", "participants"]


@dataclass(frozen=True)
class DashboardTables:
    """Everything the facilitator dashboard shows, read at ``taken_at`` (epoch seconds).

    Indices are percentages (facility, mastery 0..100; discrimination −100..100); NaN = undefined.
    ``participants``: name, answered, score, last_answer, last_seen (epoch s, NaN = none),
    last_section (section id of the latest answer, None if none), in join order; ``leaderboard``: rank,
    name, score, answered; ``items``: :func:`netquiz.analysis.stats.item_analysis`; ``distribution``: one row per
    bank option, question_id, option (bank index, 0-based), text, count (first answers), correct;
    ``mastery``: sections that have questions, in article order; ``responses``: every attempt
    (:data:`RESPONSE_COLUMNS`); ``alpha``/``sem``: Cronbach's alpha and SEM over participants who
    answered every question (``complete`` of them).
    """

    session: SessionRecord
    bank: Bank
    taken_at: float
    participants: pd.DataFrame
    leaderboard: pd.DataFrame
    items: pd.DataFrame
    distribution: pd.DataFrame
    mastery: pd.DataFrame
    responses: pd.DataFrame
    alpha: float
    sem: float
    complete: int


@lru_cache(maxsize=16)
def _bank(bank_json: str, code: str) -> Bank:
    """Parse (and validate) a session's bank once per distinct text: it never changes in a session."""
    return bank_from_json(bank_json, source=f"session {code}")


def session_bank(store: Store, code: str) -> tuple[SessionRecord, Bank]:
    """The session (SessionError if the code is unknown) and its bank."""
    session = store.get_session(code)
    return session, _bank(session.bank_json, session.code)


def dashboard_tables(store: Store, code: str) -> DashboardTables:
    """Read a session once and compute every dashboard table (see :class:`DashboardTables`)."""
    session, bank = session_bank(store, code)
    taken_at = time.time()
    rows = _read_rows(store, session.code)
    df = _frame(rows, bank)
    firsts = stats.first_attempts(df)
    roster = pd.Series([p.name for p in rows.people], dtype=object,
                       index=pd.Index([p.id for p in rows.people], dtype="int64"))
    participants = _participants(df, roster, [p.last_seen for p in rows.people])
    matrix = stats.score_matrix(firsts, [q.id for q in bank.questions])
    return DashboardTables(
        session=session, bank=bank, taken_at=taken_at, participants=participants,
        leaderboard=stats.leaderboard(participants), items=stats.item_analysis(firsts, bank),
        distribution=_distribution(firsts, bank), mastery=_mastery(firsts, bank), responses=df,
        alpha=stats.cronbach_alpha(matrix), sem=stats.standard_error(matrix),
        complete=int(matrix.notna().all(axis=1).sum()) if len(bank.questions) else 0)


@dataclass(frozen=True)
class _Rows:
    """A session's raw rows: people in join order, responses in the order given."""

    people: list[PersonRow]
    responses: list[AnswerRow]


def _read_rows(store: Store, code: str) -> _Rows:
    """The rows of a session in one snapshot (the store's bulk read: plain rows, no record objects)."""
    people, responses = store.session_rows(code)
    return _Rows(people, responses)


def _frame(rows: _Rows, bank: Bank) -> pd.DataFrame:
    """The responses frame from raw rows, vectorised (names by participant id, sections by question)."""
    ids = [q.id for q in bank.questions]
    sections = list(dict.fromkeys(q.section for q in bank.questions))
    cols = dict(zip(AnswerRow._fields, zip(*rows.responses, strict=True), strict=True)) if rows.responses \
        else dict.fromkeys(AnswerRow._fields, ())
    question = pd.Index(ids).get_indexer(np.array(cols["question_id"], dtype=object))
    participant = np.array(cols["participant_id"], dtype=np.int64)
    person = pd.Index([p.id for p in rows.people], dtype="int64").get_indexer(participant)
    keep = (question >= 0) & (person >= 0)
    question = question[keep]
    section_of = np.array([sections.index(q.section) for q in bank.questions], dtype=np.int64)
    return pd.DataFrame({
        "participant": participant[keep],
        "name": np.array([p.name for p in rows.people], dtype=object)[person[keep]],
        "question_id": pd.Categorical.from_codes(question, categories=ids),
        "section": pd.Categorical.from_codes(section_of[question], categories=sections),
        "attempt": np.array(cols["attempt"], dtype=np.int64)[keep],
        "option": np.array(cols["option"], dtype=np.int64)[keep],
        "correct": np.array(cols["correct"], dtype=bool)[keep],
        "answered_at": np.array(cols["answered_at"], dtype=np.float64)[keep],
    }, columns=RESPONSE_COLUMNS)


def _participants(df: pd.DataFrame, roster: pd.Series, last_seen: list[float]) -> pd.DataFrame:
    """participant_scores for everyone who joined, plus last_seen and the section of the latest answer."""
    table = stats.participant_scores(df, roster)
    table["last_seen"] = pd.array(last_seen, dtype="float64")
    latest = df.groupby("participant", sort=False)["section"].last()
    table["last_section"] = latest.reindex(table.index).astype(object).where(lambda s: s.notna(), None)
    return table[PARTICIPANT_COLUMNS]


def _distribution(firsts: pd.DataFrame, bank: Bank) -> pd.DataFrame:
    """One row per bank option with the number of first answers that chose it; ``correct`` from its kind."""
    wide = stats.answer_distribution(firsts, {q.id: len(q.options) for q in bank.questions})
    grid = wide.to_numpy(dtype=float, na_value=0.0)
    rows = [(q.id, j, text, int(grid[i, j]), right)
            for i, q in enumerate(bank.questions)
            for j, (text, right) in enumerate(zip(q.options, kind_of(q.kind).marks(q), strict=True))]
    return pd.DataFrame(rows, columns=DISTRIBUTION_COLUMNS)


def _mastery(firsts: pd.DataFrame, bank: Bank) -> pd.DataFrame:
    """section_mastery for the sections that have questions, in article order, with their titles."""
    used = {q.section for q in bank.questions}
    sections = [s.id for s in bank.article.sections if s.id in used]
    table = stats.section_mastery(firsts, sections).reset_index()
    table.insert(1, "title", [bank.section_title(s) for s in sections])
    return table[MASTERY_COLUMNS]


def build_report(store: Store, code: str) -> dict[str, Any]:
    """``{"session": {...}, "questions": [...], "participants": [...]}`` for ``netquiz report``.

    questions: question_id, section, kind, n, facility (% right, 0..100), discrimination (−100..100),
    stem; participants: name, answered, score, last_answer (UTC ISO time); indices rounded to 2
    decimals, undefined values None.
    """
    tables = dashboard_tables(store, code)
    items = tables.items.round({"facility": 2, "discrimination": 2})
    people = tables.participants[["name", "answered", "score"]].assign(
        last_answer=[_iso(t) for t in tables.participants["last_answer"]])
    session = tables.session
    return {
        "session": {"code": session.code, "title": session.title, "open": session.is_open,
                    "participants": len(people), "responses": len(tables.responses),
                    "complete": tables.complete, "alpha": _number(tables.alpha, 3),
                    "sem": _number(tables.sem, 3)},
        "questions": records(items),
        "participants": records(people),
    }


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain dicts of Python values, NaN/NA as None (ready for ``json.dumps``)."""
    plain = frame.astype(object)
    return plain.where(plain.notna(), None).to_dict("records")


def _number(value: float, digits: int) -> float | None:
    return None if math.isnan(value) else round(value, digits)


def _iso(epoch: float) -> str | None:
    if math.isnan(epoch):
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
