"""netquiz.analysis.stats against values worked out by hand on a 5 participants × 4 items fixture.

First-answer score matrix (1 right, 0 wrong), question ids and keys of ``make_small_bank()``::

              q1 s1-scenario-1  q2 s1-true_false-1  q3 s2-scenario-1  q4 s2-cloze-1   total
    p1 Asha         1                  1                  1                1            4
    p2 Bina         1                  1                  1                0            3
    p3 Chand        1                  0                  1                0            2
    p4 Devi         0                  1                  0                0            1
    p5 Esha         1                  0                  0                0            1

Plus two retries (attempt 2, both right) that the first-attempt rule must ignore.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from conftest import make_small_bank

from netquiz.analysis.stats import (
    answer_distribution,
    cronbach_alpha,
    discrimination,
    facility,
    first_attempts,
    item_analysis,
    leaderboard,
    participant_scores,
    score_matrix,
    section_mastery,
    standard_error,
)

Q1, Q2, Q3, Q4 = "s1-scenario-1", "s1-true_false-1", "s2-scenario-1", "s2-cloze-1"
IDS = [Q1, Q2, Q3, Q4]
SECTION = {Q1: "s1", Q2: "s1", Q3: "s2", Q4: "s2"}
KEY = {Q1: 0, Q2: 0, Q3: 1, Q4: 2}
N_OPTIONS = {Q1: 3, Q2: 2, Q3: 3, Q4: 3}
NAMES = ["Asha", "Bina", "Chand", "Devi", "Esha"]
# Options chosen on the first attempt (bank indexes), one list per participant in Q1..Q4 order;
# right = option equals KEY, which gives the matrix in the module docstring.
FIRST_CHOICES = {"Asha": [0, 0, 1, 2], "Bina": [0, 0, 1, 0], "Chand": [0, 1, 1, 1],
                 "Devi": [2, 0, 0, 0], "Esha": [0, 1, 2, 0]}
RETRIES = [("Devi", Q1, 0), ("Chand", Q2, 0)]  # attempt 2, both right

# --- the hand computation -------------------------------------------------------------------------
# Facility F = 100 × right / answered: q1 4/5, q2 3/5, q3 3/5, q4 1/5.
FACILITY = {Q1: 80.0, Q2: 60.0, Q3: 60.0, Q4: 20.0}
# Discrimination 100 × r(x, y), x = item score, y = total − item, n = 5:
#   r = (nΣxy − ΣxΣy) / sqrt((nΣx² − (Σx)²)(nΣy² − (Σy)²))
# q1: x=[1,1,1,0,1] y=[3,2,1,1,0]: Σx=4 Σy=7 Σxy=6 Σx²=4 Σy²=15 → (30−28)/sqrt((20−16)(75−49)) = 2/√104
# q2: x=[1,1,0,1,0] y=[3,2,2,0,1]: Σx=3 Σy=8 Σxy=5 Σx²=3 Σy²=18 → (25−24)/sqrt((15−9)(90−64))  = 1/√156
# q3: x=[1,1,1,0,0] y=[3,2,1,1,1]: Σx=3 Σy=8 Σxy=6 Σx²=3 Σy²=16 → (30−24)/sqrt((15−9)(80−64))  = 6/√96
# q4: x=[1,0,0,0,0] y=[3,3,2,1,1]: Σx=1 Σy=10 Σxy=3 Σx²=1 Σy²=24 → (15−10)/sqrt((5−1)(120−100)) = 5/√80
DISCRIMINATION = {Q1: 100 * 2 / math.sqrt(104), Q2: 100 * 1 / math.sqrt(156),
                  Q3: 100 * 6 / math.sqrt(96), Q4: 100 * 5 / math.sqrt(80)}
# Cronbach's alpha, sample variances: a 0/1 item with p right of 5 has s² = (p − p²/5)/4:
#   q1 (4−3.2)/4 = 0.2, q2 (3−1.8)/4 = 0.3, q3 0.3, q4 (1−0.2)/4 = 0.2 → Σ s_i² = 1.0
#   totals [4,3,2,1,1], mean 2.2, squared deviations 3.24+0.64+0.04+1.44+1.44 = 6.8 → s_T² = 6.8/4 = 1.7
#   α = 4/3 × (1 − 1.0/1.7) = 2.8/5.1;  SEM = √1.7 × √(1 − α) = √(1.7 × 2.3/5.1)
ALPHA = 2.8 / 5.1
SEM = math.sqrt(1.7 * 2.3 / 5.1)
# Section mastery: s1 = q1+q2 = 4+3 = 7 right of 10 → 70 %; s2 = q3+q4 = 3+1 = 4 of 10 → 40 %.
# Answer counts per bank option (first answers): q1 [4,0,1], q2 [3,2], q3 [1,3,1], q4 [3,1,1].
DISTRIBUTION = {Q1: [4, 0, 1], Q2: [3, 2], Q3: [1, 3, 1], Q4: [3, 1, 1]}
SCORES = {"Asha": 4, "Bina": 3, "Chand": 2, "Devi": 1, "Esha": 1}


def fixture_rows() -> list[dict]:
    """The fixture as response rows: first attempts at t = 100 + 10·p + i, then the retries at t = 500+."""
    rows = []
    for p, name in enumerate(NAMES, start=1):
        for i, (qid, option) in enumerate(zip(IDS, FIRST_CHOICES[name], strict=True)):
            rows.append({"participant": p, "name": name, "question_id": qid, "section": SECTION[qid],
                         "attempt": 1, "option": option, "correct": option == KEY[qid],
                         "answered_at": 100.0 + 10 * p + i})
    for j, (name, qid, option) in enumerate(RETRIES):
        rows.append({"participant": NAMES.index(name) + 1, "name": name, "question_id": qid,
                     "section": SECTION[qid], "attempt": 2, "option": option,
                     "correct": option == KEY[qid], "answered_at": 500.0 + j})
    return rows


@pytest.fixture
def df() -> pd.DataFrame:
    return pd.DataFrame(fixture_rows())


def test_first_attempts_drops_retries(df):
    assert len(df) == 22
    assert len(first_attempts(df)) == 20
    assert (first_attempts(df)["attempt"] == 1).all()


def test_score_matrix(df):
    matrix = score_matrix(df, IDS)
    assert matrix.sum(axis=1).tolist() == [4, 3, 2, 1, 1]
    assert matrix[Q1].tolist() == [1, 1, 1, 0, 1]  # Devi's right retry of q1 does not count


def test_facility_by_hand(df):
    assert facility(df, IDS).to_dict() == pytest.approx(FACILITY)


def test_discrimination_by_hand(df):
    assert discrimination(df, IDS).to_dict() == pytest.approx(DISCRIMINATION)
    assert DISCRIMINATION[Q1] == pytest.approx(19.6116, abs=1e-4)  # the arithmetic itself, as a number


def test_discrimination_counts_only_participants_who_answered(df):
    # Fatima answers q1 only, right: q1 now has x=[1,1,1,0,1,1], y=[3,2,1,1,0,0], n=6:
    # Σx=5 Σy=7 Σxy=6 Σx²=5 Σy²=15 → (36−35)/sqrt((30−25)(90−49)) = 1/√205; q2..q4 are unchanged.
    extra = pd.DataFrame([{"participant": 6, "name": "Fatima", "question_id": Q1, "section": "s1",
                           "attempt": 1, "option": 0, "correct": True, "answered_at": 600.0}])
    both = pd.concat([df, extra], ignore_index=True)
    got = discrimination(both, IDS)
    assert got[Q1] == pytest.approx(100 / math.sqrt(205))
    assert got[[Q2, Q3, Q4]].to_dict() == pytest.approx({q: DISCRIMINATION[q] for q in (Q2, Q3, Q4)})
    assert facility(both, IDS)[Q1] == pytest.approx(500 / 6)
    assert cronbach_alpha(score_matrix(both, IDS)) == pytest.approx(ALPHA)  # complete cases only


def test_discrimination_undefined_is_nan(df):
    one = df[df["participant"] == 1]
    assert discrimination(one, IDS).isna().all()  # one participant: no correlation
    all_right = df[df["question_id"] == Q1].assign(correct=True)
    assert math.isnan(discrimination(pd.concat([all_right, df[df["question_id"] != Q1]]), IDS)[Q1])
    assert math.isnan(discrimination(df.iloc[:0], IDS)[Q1])  # no answers at all


def test_retries_alone_do_not_count(df):
    retries_only = df[df["attempt"] == 2]
    assert facility(retries_only, IDS).isna().all()
    assert participant_scores(retries_only)["score"].tolist() == [0, 0]


def test_cronbach_alpha_and_sem_by_hand(df):
    matrix = score_matrix(df, IDS)
    assert cronbach_alpha(matrix) == pytest.approx(ALPHA)
    assert cronbach_alpha(matrix) == pytest.approx(0.549, abs=1e-3)
    assert standard_error(matrix) == pytest.approx(SEM)


def test_reliability_undefined(df):
    assert math.isnan(cronbach_alpha(score_matrix(df[df["participant"] == 1], IDS)))  # one person
    assert math.isnan(cronbach_alpha(score_matrix(df, [Q1])))  # one item
    assert math.isnan(standard_error(score_matrix(df.assign(correct=True), IDS)))  # no variance
    assert math.isnan(cronbach_alpha(score_matrix(df, IDS + ["unanswered"])))  # nobody complete


def test_section_mastery_by_hand(df):
    table = section_mastery(df, ["s0", "s1", "s2"])
    assert table.loc["s1"].to_dict() == {"responses": 10, "correct": 7, "mastery": 70.0, "participants": 5}
    assert table.loc["s2", "mastery"] == pytest.approx(40.0)
    assert table.loc["s0", "responses"] == 0 and math.isnan(table.loc["s0", "mastery"])


def test_answer_distribution_by_hand(df):
    table = answer_distribution(df, N_OPTIONS)
    assert list(table.index) == IDS and list(table.columns) == [0, 1, 2]
    for qid, counts in DISTRIBUTION.items():
        assert table.loc[qid].dropna().tolist() == counts
    assert pd.isna(table.loc[Q2, 2])  # the true/false question has no third option


def test_participant_scores_and_roster(df):
    roster = pd.Series(NAMES + ["Gita"], index=[1, 2, 3, 4, 5, 7])
    table = participant_scores(df, roster)
    assert dict(zip(table["name"], table["score"], strict=True)) == {**SCORES, "Gita": 0}
    assert table["answered"].tolist() == [4, 4, 4, 4, 4, 0]
    assert table.loc[4, "last_answer"] == 500.0  # Devi's retry at t=500 is her last answer
    assert table.loc[1, "last_answer"] == 113.0 and math.isnan(table.loc[7, "last_answer"])


def test_leaderboard_ties_share_rank(df):
    board = leaderboard(participant_scores(df))
    assert board["name"].tolist() == ["Asha", "Bina", "Chand", "Devi", "Esha"]
    assert board["rank"].tolist() == [1, 2, 3, 4, 4]
    assert leaderboard(participant_scores(df.iloc[:0])).empty


def test_item_analysis_rows_follow_the_bank(df):
    table = item_analysis(df, make_small_bank())
    assert table["question_id"].tolist() == IDS
    assert table["n"].tolist() == [5, 5, 5, 5]
    assert table["kind"].tolist() == ["scenario", "true_false", "scenario", "cloze"]
    got = dict(zip(table["question_id"], table["discrimination"], strict=True))
    assert got == pytest.approx(DISCRIMINATION)
    assert table["stem"].iloc[0] == make_small_bank().questions[0].stem
