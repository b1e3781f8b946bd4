"""Item analysis of a quiz session in pure pandas: facility, discrimination, reliability, mastery, scores.

The input is a *responses frame*, one row per answer (every attempt), with columns::

    participant   participant id (or name)          question_id   the bank's question id
    section       the question's section id         attempt       1 = first try, 2… = retries of a miss
    option        the BANK's option index chosen    correct       bool
    name, answered_at                                (optional; used by participant_scores)

Every statistic counts FIRST attempts only (:func:`first_attempts`): a retry of a missed question never
raises a score or an index. Indices are percentages, as in Moodle's statistics report: facility and
mastery 0..100, discrimination −100..100. An undefined value is NaN (``null`` in JSON, empty in CSV).

>>> df = pd.DataFrame({"participant": [1, 1, 2], "question_id": ["q1", "q2", "q1"], "section": "s1",
...                    "attempt": 1, "option": [0, 1, 2], "correct": [True, False, False]})
>>> facility(df).to_dict()
{'q1': 50.0, 'q2': 0.0}
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from ..model import Bank

__all__ = ["answer_distribution", "cronbach_alpha", "discrimination", "facility", "first_attempts",
           "item_analysis", "leaderboard", "participant_scores", "score_matrix", "section_mastery",
           "standard_error"]

ITEM_COLUMNS = ["question_id", "section", "kind", "n", "facility", "discrimination", "stem"]


def first_attempts(df: pd.DataFrame) -> pd.DataFrame:
    """The rows with ``attempt == 1``: each participant's first answer to each question.

    A question a participant has only retries for (the store never produces that: a retry follows a
    missed first answer) counts as unanswered.
    """
    first = df["attempt"].to_numpy() == 1
    return df if first.all() else df[first]


def score_matrix(df: pd.DataFrame, question_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Participant × question matrix of first-answer scores: 1.0 right, 0.0 wrong, NaN unanswered.

    Rows in order of first appearance; columns follow ``question_ids`` when given (a question nobody
    answered is an all-NaN column, answers to other questions are left out), else first appearance.
    """
    firsts = first_attempts(df)
    codes, people = pd.factorize(firsts["participant"])
    ids = pd.Index(pd.unique(firsts["question_id"]) if question_ids is None else list(question_ids))
    columns = ids.get_indexer(firsts["question_id"])
    keep = columns >= 0
    scores = np.full((len(people), len(ids)), np.nan)
    scores[codes[keep], columns[keep]] = firsts["correct"].to_numpy(dtype=float)[keep]
    return pd.DataFrame(scores, index=pd.Index(people, name="participant"),
                        columns=pd.Index(ids, name="question_id"))


def facility(df: pd.DataFrame, question_ids: Sequence[str] | None = None) -> pd.Series:
    """Facility index per question, in percent (Moodle's F).

    ``F_i = 100 × (Σ_p x_pi) / n_i`` where ``x_pi`` is 1 if participant p's first answer to i is right,
    else 0, and ``n_i`` the number of participants who answered i. NaN when nobody answered.
    """
    firsts = first_attempts(df)
    result = firsts["correct"].astype(float).groupby(firsts["question_id"], observed=True).mean() * 100.0
    return _in_order(result, question_ids).rename("facility")


def discrimination(df: pd.DataFrame, question_ids: Sequence[str] | None = None) -> pd.Series:
    """Discrimination index per question: 100 × Pearson r(item score, rest-of-test score) (Moodle's DI).

    Over the participants P_i who answered item i (first attempts): ``x_p`` = their 0/1 score on i and
    ``y_p`` = their number of correct first answers on the OTHER items they answered (an unanswered
    item adds nothing). ``r = (n Σxy − Σx Σy) / sqrt((n Σx² − (Σx)²)(n Σy² − (Σy)²))`` with n = |P_i|.
    NaN when undefined: fewer than two participants, or x or y has zero variance (everyone right).
    """
    matrix = score_matrix(df, question_ids)
    return pd.Series(_rest_correlation(matrix.to_numpy()) * 100.0, index=matrix.columns,
                     name="discrimination")


def _rest_correlation(scores: np.ndarray) -> np.ndarray:
    """Column-wise r(item, total − item) over the rows that answered the item (NaN = unanswered)."""
    answered = ~np.isnan(scores)
    x = np.where(answered, scores, 0.0)
    rest = np.where(answered, x.sum(axis=1, keepdims=True) - x, 0.0)
    n = answered.sum(axis=0).astype(float)
    sx, sy = x.sum(axis=0), rest.sum(axis=0)
    cov = n * (x * rest).sum(axis=0) - sx * sy
    var = (n * (x * x).sum(axis=0) - sx**2) * (n * (rest * rest).sum(axis=0) - sy**2)
    defined = (n >= 2) & (var > 0)
    out = np.full(scores.shape[1], np.nan)
    np.divide(cov, np.sqrt(var, where=defined, out=np.ones_like(var)), out=out, where=defined)
    return out


def cronbach_alpha(matrix: pd.DataFrame) -> float:
    """Cronbach's alpha of a :func:`score_matrix`: ``α = k / (k − 1) × (1 − Σ_i s_i² / s_T²)``.

    Over COMPLETE CASES, the participants who answered every item (rows without NaN): one still
    part-way through would otherwise look like one who got the rest wrong. k = number of items,
    ``s_i²`` the sample variance (ddof 1) of item i's scores, ``s_T²`` that of the total scores.
    NaN when k < 2, fewer than two complete cases, or ``s_T² = 0``.
    """
    complete = matrix.dropna()
    k, rows = complete.shape[1], complete.shape[0]
    if k < 2 or rows < 2:
        return math.nan
    total_var = float(complete.sum(axis=1).var(ddof=1))
    if total_var == 0:
        return math.nan
    item_var = float(complete.var(axis=0, ddof=1).sum())
    return k / (k - 1) * (1 - item_var / total_var)


def standard_error(matrix: pd.DataFrame) -> float:
    """Standard error of measurement in score points: ``SEM = s_T × sqrt(1 − α)``.

    ``s_T`` is the sample standard deviation of the complete cases' total scores; NaN when α is.
    """
    alpha = cronbach_alpha(matrix)
    if math.isnan(alpha):
        return math.nan
    return float(matrix.dropna().sum(axis=1).std(ddof=1)) * math.sqrt(1 - alpha)


def section_mastery(df: pd.DataFrame, sections: Sequence[str] | None = None) -> pd.DataFrame:
    """Per section: ``responses`` (first answers), ``correct``, ``mastery`` = 100 × correct / responses
    (NaN when none), ``participants`` (distinct participants who answered there)."""
    firsts = first_attempts(df)
    grouped = firsts.groupby("section", observed=True)
    table = pd.DataFrame({"responses": grouped.size(), "correct": grouped["correct"].sum(),
                          "participants": grouped["participant"].nunique()})
    if sections is not None:
        table = table.reindex(list(sections), fill_value=0)
    table = table.astype(int)
    table["mastery"] = (100.0 * table["correct"] / table["responses"]).where(table["responses"] > 0)
    table.index.name = "section"
    return table[["responses", "correct", "mastery", "participants"]]


def answer_distribution(df: pd.DataFrame, n_options: Mapping[str, int]) -> pd.DataFrame:
    """Question × option counts of first answers (rows in ``n_options`` order, columns 0..max−1).

    Options are the bank's option indexes (as stored), not display order. A cell for an option the
    question does not have is <NA>; answers with an out-of-range option are dropped.
    """
    ids, width = list(n_options), max(n_options.values(), default=0)
    firsts = first_attempts(df)
    counts = (firsts.groupby(["question_id", "option"], observed=True).size().unstack(fill_value=0)
              .reindex(index=ids, columns=range(width), fill_value=0).astype("Int64"))
    have = np.array([n_options[q] for q in ids], dtype=int).reshape(-1, 1)
    counts = counts.mask(np.arange(width).reshape(1, -1) >= have)
    counts.index.name, counts.columns.name = "question_id", "option"
    return counts


def participant_scores(df: pd.DataFrame, roster: pd.Series | None = None) -> pd.DataFrame:
    """Per participant: ``name``, ``answered`` (questions with a first answer), ``score`` (correct first
    answers), ``last_answer`` (latest ``answered_at`` over all attempts, NaN if none).

    ``roster`` (participant → name, e.g. everyone who joined, in join order) sets the rows and their
    order, so people without answers appear with 0; without it, rows follow first appearance in ``df``.
    """
    firsts = first_attempts(df)
    by_first = firsts.groupby("participant", sort=False)["correct"]
    by_all = df.groupby("participant", sort=False)
    index = roster.index if roster is not None else pd.Index(df["participant"].unique(), name="participant")
    if roster is not None:
        names = roster
    elif "name" in df:
        names = by_all["name"].first()
    else:
        names = pd.Series(index.astype(str), index=index)
    table = pd.DataFrame({
        "name": names.reindex(index),
        "answered": by_first.size().reindex(index, fill_value=0).astype(int),
        "score": by_first.sum().reindex(index, fill_value=0).astype(int),
        "last_answer": (by_all["answered_at"].max() if "answered_at" in df else pd.Series(dtype=float))
        .reindex(index).astype(float),
    }, index=index)
    table.index.name = "participant"
    return table


def leaderboard(scores: pd.DataFrame) -> pd.DataFrame:
    """``rank, name, score, answered`` from :func:`participant_scores`: highest score first, then fewer
    answers (same score in fewer tries is better), then name; equal scores share a rank (1, 2, 2, 4)."""
    if scores.empty:
        return pd.DataFrame(columns=["rank", "name", "score", "answered"])
    order = scores.assign(_key=scores["name"].astype(str).str.casefold())
    order = order.sort_values(["score", "answered", "_key"], ascending=[False, True, True], kind="stable")
    rank = order["score"].rank(method="min", ascending=False).astype(int)
    return pd.DataFrame({"rank": rank, "name": order["name"], "score": order["score"],
                         "answered": order["answered"]}).reset_index(drop=True)


def item_analysis(df: pd.DataFrame, bank: Bank) -> pd.DataFrame:
    """One row per bank question, in bank order: ``question_id, section, kind, n`` (first answers),
    ``facility`` (%), ``discrimination`` (−100..100) and ``stem``."""
    ids = [q.id for q in bank.questions]
    firsts = first_attempts(df)
    table = pd.DataFrame({
        "question_id": ids,
        "section": [q.section for q in bank.questions],
        "kind": [q.kind for q in bank.questions],
        "n": firsts.groupby("question_id", observed=True).size().reindex(ids, fill_value=0).to_numpy(int),
        "facility": facility(firsts, ids).to_numpy(),
        "discrimination": discrimination(firsts, ids).to_numpy(),
        "stem": [q.stem for q in bank.questions],
    })
    return table[ITEM_COLUMNS]


def _in_order(series: pd.Series, ids: Sequence[str] | None) -> pd.Series:
    """Reindex to ``ids`` (NaN for missing) when given."""
    if ids is None:
        return series
    out = series.reindex(list(ids))
    out.index.name = "question_id"
    return out
