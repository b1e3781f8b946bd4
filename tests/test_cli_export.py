"""``netquiz export``: every format's happy path and every bad input (exit 2, one line, no file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from netquiz.bank import bank_to_dict, bank_to_json
from netquiz.cli import main
from netquiz.model import Bank

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def bank_file(tmp_path: Path, small_bank: Bank) -> Path:
    path = tmp_path / "bank.json"
    path.write_text(bank_to_json(small_bank), encoding="utf-8")
    return path


def stems_in(path: Path, fmt: str) -> list[str]:
    """Question stems read back from an exported file by each format's own reader (no netquiz code)."""
    raw = path.read_bytes()
    if fmt == "gift":
        text = raw.decode("utf-8")
        blocks = [b for b in text.strip().split("\n\n") if b.startswith("::")]
        return [b.split("::", 2)[2].split("{", 1)[0].removeprefix("[plain]").replace("\\:", ":")
                for b in blocks]
    if fmt == "moodle-xml":
        root = ET.fromstring(raw)
        return [q.findtext("questiontext/text") for q in root.findall("question[@type='multichoice']")]
    if fmt == "jupyterquiz":
        return [entry["question"] for entry in json.loads(raw)]
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(pd.read_csv(path, encoding="utf-8-sig", dtype=str)["stem"])


def leftovers(directory: Path, keep: set[str]) -> list[str]:
    """Files in ``directory`` other than ``keep`` (e.g. temporary files an aborted write left)."""
    return sorted(p.name for p in directory.iterdir() if p.name not in keep)


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml", "jupyterquiz", "csv"])
def test_export_writes_every_question(fmt: str, bank_file: Path, small_bank: Bank, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sub" / f"quiz.{fmt}"
    assert main(["export", str(bank_file), "--format", fmt, "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"wrote {len(small_bank.questions)} questions ({fmt}) to {out}\n"
    assert captured.err == ""
    assert stems_in(out, fmt) == [q.stem for q in small_bank.questions]
    assert leftovers(out.parent, {out.name}) == []


def test_export_runs_as_a_module(bank_file: Path, small_bank: Bank, tmp_path: Path) -> None:
    out = tmp_path / "quiz.gift"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "netquiz", "export", str(bank_file), "--format", "gift",
                             "-o", str(out)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert f"wrote {len(small_bank.questions)} questions (gift) to {out}" in result.stdout
    assert stems_in(out, "gift") == [q.stem for q in small_bank.questions]


def assert_one_line_error(err: str, *words: str) -> None:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("netquiz: ") and "Traceback" not in err
    for word in words:
        assert word in err


def _bad_bank(tmp_path: Path, small_bank: Bank, case: str) -> Path:
    path = tmp_path / "in.json"
    if case == "missing":
        return path
    if case == "not-json":
        path.write_text("{ this is not json", encoding="utf-8")
    elif case == "binary":
        path.write_bytes(b"\xff\xfe\x00\x01binary")
    elif case == "empty":
        path.write_bytes(b"")
    elif case == "wrong-schema":
        path.write_text(json.dumps({**bank_to_dict(small_bank), "schema": "other/9"}), encoding="utf-8")
    elif case == "no-questions-key":
        data = bank_to_dict(small_bank)
        del data["questions"]
        path.write_text(json.dumps(data), encoding="utf-8")
    elif case == "bad-answer":
        data = bank_to_dict(small_bank)
        data["questions"][0]["answer"] = 99
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("case, words", [
    ("missing", ["bank not found"]), ("not-json", ["not JSON"]), ("binary", ["not JSON"]),
    ("empty", ["not JSON"]), ("wrong-schema", ["schema"]), ("no-questions-key", ["questions"]),
    ("bad-answer", ["answer"]),
])
@pytest.mark.parametrize("fmt", ["gift", "csv"])
def test_bad_bank_exits_2_without_output(case: str, words: list[str], fmt: str, tmp_path: Path,
                                         small_bank: Bank, capsys: pytest.CaptureFixture[str]) -> None:
    bank = _bad_bank(tmp_path, small_bank, case)
    out = tmp_path / "out" / "quiz.txt"
    assert main(["export", str(bank), "--format", fmt, "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, str(bank), *words)
    assert captured.out == ""
    assert not out.exists() and not out.parent.exists()


def test_existing_output_is_untouched_when_the_bank_is_bad(tmp_path: Path, capsys) -> None:
    out = tmp_path / "quiz.gift"
    out.write_text("previous export\n", encoding="utf-8")
    assert main(["export", str(tmp_path / "missing.json"), "--format", "gift", "-o", str(out)]) == 2
    assert_one_line_error(capsys.readouterr().err, "bank not found")
    assert out.read_text(encoding="utf-8") == "previous export\n"


@pytest.mark.parametrize("argv_tail", [["--format", "pdf"], ["--format", "GIFT"], []])
def test_unknown_or_missing_format_is_a_usage_error(argv_tail: list[str], bank_file: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quiz.out"
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(bank_file), *argv_tail, "-o", str(out)])
    assert exit_info.value.code == 2
    assert_one_line_error(capsys.readouterr().err, "--format")
    assert not out.exists()


def test_output_under_a_file_exits_2(bank_file: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "quiz.gift"
    assert main(["export", str(bank_file), "--format", "gift", "-o", str(out)]) == 2
    assert_one_line_error(capsys.readouterr().err, "cannot write", str(out), "-o")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_output_that_is_a_directory_exits_2_and_leaves_no_temp_file(bank_file: Path, tmp_path: Path,
                                                                   capsys) -> None:
    out = tmp_path / "outdir"
    out.mkdir()
    assert main(["export", str(bank_file), "--format", "moodle-xml", "-o", str(out)]) == 2
    assert_one_line_error(capsys.readouterr().err, "cannot write", str(out))
    assert out.is_dir() and list(out.iterdir()) == []
    assert leftovers(tmp_path, {"bank.json", "outdir"}) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_directory_exits_2(bank_file: Path, tmp_path: Path, capsys) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert main(["export", str(bank_file), "--format", "csv", "-o", str(locked / "q.csv")]) == 2
        assert_one_line_error(capsys.readouterr().err, "cannot write")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_refuses_to_overwrite_the_bank_with_its_export(bank_file: Path, capsys) -> None:
    before = bank_file.read_bytes()
    assert main(["export", str(bank_file), "--format", "gift", "-o", str(bank_file)]) == 2
    assert_one_line_error(capsys.readouterr().err, "overwrite")
    assert bank_file.read_bytes() == before


def test_usage_error_from_a_subprocess_has_no_traceback(bank_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "netquiz", "export", str(tmp_path / "nope.json"),
                             "--format", "gift", "-o", str(out)], capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert_one_line_error(result.stderr, "bank not found")
    assert not out.exists()
