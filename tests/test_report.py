"""netquiz.analysis.tables and ``netquiz report`` on a real SQLite file filled through the store.

The session replays the hand-computed fixture of tests/test_stats.py (5 participants × 4 questions of
``make_small_bank()`` plus two right retries) and adds Gita, who joined but never answered.
"""

from __future__ import annotations

import csv
import io
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BACKENDS, backend_url, make_small_bank
from test_stats import (
    ALPHA,
    DISCRIMINATION,
    DISTRIBUTION,
    FACILITY,
    FIRST_CHOICES,
    IDS,
    KEY,
    NAMES,
    RETRIES,
    SCORES,
)

from netquiz.analysis.tables import build_report, dashboard_tables
from netquiz.bank import bank_to_json
from netquiz.cli import main
from netquiz.store import open_store

CODE = "AB12"


def play(store) -> None:
    """Session AB12 played as in the fixture (Gita joins last, never answers), plus an empty EMPTY1."""
    store.open_session(CODE, bank_to_json(make_small_bank()), "Networking")
    store.open_session("EMPTY1", bank_to_json(make_small_bank()))
    ids = {}
    for name in NAMES:
        ids[name] = store.join(CODE, name).id
        for qid, option in zip(IDS, FIRST_CHOICES[name], strict=True):
            store.record_response(ids[name], qid, 1, option, option == KEY[qid])
    for name, qid, option in RETRIES:
        store.record_response(ids[name], qid, 2, option, option == KEY[qid])
    store.join(CODE, "Gita")


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database (SQLite file, PostgreSQL) played by :func:`play`."""
    url = backend_url(request, tmp_path / "quiz.sqlite3")
    store = open_store(url)
    try:
        play(store)
    finally:
        store.close()
    return url


@pytest.fixture
def store(db: str):
    store = open_store(db)
    yield store
    store.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_responses_frame_joins_sections(store):
    df = dashboard_tables(store, "ab12").responses
    assert len(df) == 22 and set(df["section"]) == {"s1", "s2"}
    assert df.loc[df["question_id"] == "s2-cloze-1", "section"].eq("s2").all()
    assert df["attempt"].tolist().count(2) == 2


def test_dashboard_tables_match_the_hand_computation(store):
    tables = dashboard_tables(store, CODE)
    items = tables.items.set_index("question_id")
    assert items["facility"].to_dict() == pytest.approx(FACILITY)
    assert items["discrimination"].to_dict() == pytest.approx(DISCRIMINATION)
    assert tables.alpha == pytest.approx(ALPHA) and tables.complete == 5
    people = tables.participants.set_index("name")
    assert people["score"].to_dict() == {**SCORES, "Gita": 0}
    assert people.loc["Gita", "last_section"] is None and math.isnan(people.loc["Gita", "last_answer"])
    assert people.loc["Asha", "last_section"] == "s2"  # she answered s1, s1, s2, s2
    assert people.loc["Chand", "last_section"] == "s1"  # s1…s2, then the retry of a s1 question
    assert tables.leaderboard["name"].tolist()[:2] == ["Asha", "Bina"]
    dist = tables.distribution
    for qid, counts in DISTRIBUTION.items():
        assert dist.loc[dist["question_id"] == qid, "count"].tolist() == counts
    assert dist.loc[dist["correct"], "option"].tolist() == [KEY[q] for q in IDS]
    assert tables.mastery.set_index("section")["mastery"].to_dict() == pytest.approx({"s1": 70.0, "s2": 40.0})


def test_protocol_path_agrees_with_the_sqlite_query(store):
    memory = open_store("sqlite://:memory:")  # no file to query: dashboard_tables reads through the Store
    try:
        play(memory)
        via_store, via_sql = build_report(memory, CODE), build_report(store, CODE)
        assert via_store["questions"] == via_sql["questions"]
        assert [p["score"] for p in via_store["participants"]] == [p["score"] for p in via_sql["participants"]]
        assert dashboard_tables(memory, CODE).responses.drop(columns="answered_at").equals(
            dashboard_tables(store, CODE).responses.drop(columns="answered_at"))
    finally:
        memory.close()


def test_csv_one_row_per_question(db, capsys):
    status, out, err = run(capsys, "report", "--db", db, "--code", "ab12")
    assert status == 0 and err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["question_id"] for r in rows] == IDS
    assert list(rows[0])[:4] == ["question_id", "section", "kind", "n"]
    for row in rows:
        assert int(row["n"]) == 5
        assert float(row["facility"]) == pytest.approx(FACILITY[row["question_id"]])
        assert float(row["discrimination"]) == pytest.approx(DISCRIMINATION[row["question_id"]], abs=0.005)


def test_csv_participants(db, capsys):
    status, out, _ = run(capsys, "report", "--db", db, "--code", CODE, "--participants")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert {r["name"]: int(r["score"]) for r in rows} == {**SCORES, "Gita": 0}
    assert {r["name"]: int(r["answered"]) for r in rows} == {**dict.fromkeys(NAMES, 4), "Gita": 0}


def test_json_has_both_lists_and_nulls(db, capsys, tmp_path):
    out_file = tmp_path / "report.json"
    status, out, _ = run(capsys, "report", "--db", db, "--code", CODE, "--format", "json",
                         "-o", str(out_file))
    assert status == 0 and out == ""
    report = json.loads(out_file.read_text(encoding="utf-8"))
    assert [q["facility"] for q in report["questions"]] == [FACILITY[q] for q in IDS]
    assert report["questions"][0]["discrimination"] == round(DISCRIMINATION[IDS[0]], 2)
    assert report["participants"][-1] == {"name": "Gita", "answered": 0, "score": 0, "last_answer": None}
    assert report["session"]["alpha"] == round(ALPHA, 3)


def test_empty_session_gives_nulls(db, store, capsys):
    status, out, _ = run(capsys, "report", "--db", db, "--code", "EMPTY1", "--format", "json")
    report = json.loads(out)  # strict JSON: NaN would not parse as null
    assert status == 0 and report["participants"] == []
    assert {(q["n"], q["facility"], q["discrimination"]) for q in report["questions"]} == {(0, None, None)}
    assert report["session"]["alpha"] is None
    assert build_report(store, "EMPTY1")["session"]["responses"] == 0


def test_unknown_code_exits_2_with_one_line(db):
    result = subprocess.run([sys.executable, "-m", "netquiz", "report", "--db", db, "--code", "ZZ99"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "ZZ99" in result.stderr and "Traceback" not in result.stderr


def test_missing_database_is_not_created(tmp_path, capsys):
    missing = tmp_path / "none.sqlite3"
    status, out, err = run(capsys, "report", "--db", f"sqlite:///{missing}", "--code", CODE)
    assert status == 2 and out == "" and err.count("\n") == 1 and "--db" in err
    assert not missing.exists()


def test_unwritable_output_leaves_no_file(db, capsys, tmp_path):
    (tmp_path / "blocker").write_text("a file, not a directory")
    target = tmp_path / "blocker" / "report.csv"
    status, _, err = run(capsys, "report", "--db", db, "--code", CODE, "-o", str(target))
    assert status == 2 and err.startswith("netquiz: cannot write") and err.count("\n") == 1
    assert not target.exists()
