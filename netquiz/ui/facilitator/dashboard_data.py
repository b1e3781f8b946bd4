"""What the facilitator dashboard shows, as display-ready DataFrames.

The numbers come from :func:`netquiz.analysis.tables.dashboard_tables` (one read of the store per refresh),
so the dashboard and ``netquiz report`` always agree; this module only formats them for people:
"12 / 36" answered, where each participant is, when they were last seen, percentages rounded, hardest first.

Nothing shown depends on the clock alone (no "8 s ago"): when nobody answers, a refresh produces the
same values, ipywidgets sends nothing, and the server can cull the kernel of a closed dashboard tab
(it counts any kernel message as activity).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import pandas as pd

from ...analysis.tables import DashboardTables, dashboard_tables
from ...store.base import Store

PEOPLE_COLUMNS = ["name", "answered", "score", "where", "last seen"]
ITEM_COLUMNS = ["question", "section", "kind", "n", "facility %", "discrimination", "stem"]
CSV_COLUMNS = ["name", "question_id", "section", "attempt", "option", "correct", "answered_at"]
#: "where" for someone past every question or not yet at any: text keys the dashboard says in its language.
WHERE_KEYS = (FINISHED, JOINED) = ("w_finished", "w_joined")


@dataclass(frozen=True)
class View:
    """One refresh: the report's tables (``raw``) and the frames shown or downloaded."""

    raw: DashboardTables
    participants: pd.DataFrame
    items: pd.DataFrame
    responses: pd.DataFrame

    @property
    def latest(self) -> float:
        """When the latest answer was given (epoch seconds; NaN before the first)."""
        times = self.raw.responses["answered_at"]
        return float(times.max()) if len(times) else math.nan


def clock(epoch: float) -> str:
    """Local wall-clock time HH:MM:SS (empty when unknown)."""
    return "" if math.isnan(epoch) else time.strftime("%H:%M:%S", time.localtime(epoch))


def people_frame(raw: DashboardTables) -> pd.DataFrame:
    """name, answered (n / total), score, where (the section of the latest answer, else a :data:`WHERE_KEYS`
    key), last seen."""
    total, bank = len(raw.bank.questions), raw.bank
    rows = []
    for person in raw.participants.itertuples():
        if total and person.answered >= total:
            where = FINISHED
        elif person.last_section:
            where = bank.section_title(person.last_section)
        else:
            where = JOINED
        rows.append({"name": person.name, "answered": f"{person.answered} / {total}", "score": person.score,
                     "where": where, "last seen": clock(person.last_seen)})
    return pd.DataFrame(rows, columns=PEOPLE_COLUMNS)


def items_frame(raw: DashboardTables) -> pd.DataFrame:
    """Item analysis, hardest first (unanswered questions last); indices rounded for reading."""
    items = raw.items.sort_values(["facility", "question_id"], na_position="last", kind="stable")
    return pd.DataFrame({
        "question": items["question_id"], "section": items["section"], "kind": items["kind"],
        "n": items["n"], "facility %": items["facility"].round(0).astype("Int64"),
        "discrimination": items["discrimination"].round(0).astype("Int64"), "stem": items["stem"],
    }, columns=ITEM_COLUMNS)


def responses_csv_frame(raw: DashboardTables) -> pd.DataFrame:
    """Every answer (all attempts) for the download: option numbered from 1 in bank order, UTC time."""
    df = raw.responses
    when = pd.to_datetime(df["answered_at"], unit="s", utc=True).dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return pd.DataFrame({
        "name": df["name"], "question_id": df["question_id"], "section": df["section"],
        "attempt": df["attempt"], "option": df["option"] + 1, "correct": df["correct"],
        "answered_at": when,
    }, columns=CSV_COLUMNS)


def read_view(store: Store, code: str) -> View:
    """Read a session once (SessionError if the code is unknown) and format it."""
    raw = dashboard_tables(store, code)
    return View(raw=raw, participants=people_frame(raw), items=items_frame(raw),
                responses=responses_csv_frame(raw))
