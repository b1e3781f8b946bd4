"""``netquiz session open|close|list`` and ``netquiz workshop`` on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BACKENDS, backend_url, make_small_bank
from e2e import free_port

from netquiz.bank import bank_to_json, save_bank
from netquiz.cli import main
from netquiz.store import open_store
from netquiz.store.keys import CODE_ALPHABET


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request, tmp_path / "cli.sqlite3")


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    path = tmp_path / "small.bank.json"
    save_bank(make_small_bank(), path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out.splitlines(), err.splitlines()


def stored(db: str, code: str):
    store = open_store(db)
    try:
        return store.get_session(code), len(store.participants(code))
    finally:
        store.close()


def test_open_prints_a_readable_code_last(capsys, db: str, bank_path: Path) -> None:
    status, out, err = run(capsys, "session", "open", "--bank", str(bank_path), "--db", db)
    assert status == 0 and err == []
    code = out[-1]
    assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
    record, _ = stored(db, code)
    assert record.is_open and record.bank_json == bank_to_json(make_small_bank())
    assert record.title == "पहला खंड"  # no article title: the first heading (issue 10)


def test_open_with_custom_code_and_title(capsys, db: str, bank_path: Path) -> None:
    status, out, _ = run(capsys, "session", "open", "--bank", str(bank_path), "--code", "ws2024",
                         "--title", "Pune workshop", "--db", db)
    assert status == 0 and out[-1] == "WS2024"
    assert stored(db, "ws2024")[0].title == "Pune workshop"
    status, _, err = run(capsys, "session", "open", "--bank", str(bank_path), "--code", "WS2024", "--db", db)
    assert status == 2 and len(err) == 1 and "already exists" in err[0]


@pytest.mark.parametrize("code", ["ab", "with-dash", "x" * 13])
def test_open_invalid_code(capsys, db: str, bank_path: Path, code: str) -> None:
    status, out, err = run(capsys, "session", "open", "--bank", str(bank_path), "--code", code, "--db", db)
    assert status == 2 and out == [] and len(err) == 1 and "3–12 letters or digits" in err[0]


def test_open_bad_banks(capsys, db: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    empty = tmp_path / "empty.json"
    data = json.loads(bank_to_json(make_small_bank()))
    data["questions"] = []
    empty.write_text(json.dumps(data), encoding="utf-8")
    for path, words in ((broken, "not JSON"), (empty, "no questions")):
        status, out, err = run(capsys, "session", "open", "--bank", str(path), "--db", db)
        assert status == 2 and out == [] and len(err) == 1 and words in err[0]


def test_missing_bank_is_one_line_without_traceback(tmp_path: Path, db: str) -> None:
    done = subprocess.run([sys.executable, "-m", "netquiz", "session", "open", "--bank",
                           str(tmp_path / "nope.json"), "--db", db],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "bank not found" in done.stderr and "Traceback" not in done.stderr


def test_close_and_list(capsys, db: str, bank_path: Path) -> None:
    assert run(capsys, "session", "list", "--db", db)[1] == [
        "no sessions yet: open one with  netquiz session open --bank BANK.json"]
    for code in ("ONE1", "TWO2"):
        run(capsys, "session", "open", "--bank", str(bank_path), "--code", code, "--db", db)
    store = open_store(db)
    store.join("ONE1", "Meera")
    store.close()
    status, out, _ = run(capsys, "session", "close", "--code", "one1", "--db", db)
    assert status == 0 and "closed session ONE1: 1 participants" in out[0]
    assert not stored(db, "ONE1")[0].is_open
    status, out, _ = run(capsys, "session", "list", "--db", db)
    rows = {line.split()[0]: line.split()[1:3] for line in out[1:]}
    assert status == 0 and rows == {"ONE1": ["closed", "1"], "TWO2": ["open", "0"]}
    _, out, _ = run(capsys, "session", "list", "--open", "--db", db)
    assert [line.split()[0] for line in out[1:]] == ["TWO2"]


def test_close_errors(capsys, db: str) -> None:
    status, _, err = run(capsys, "session", "close", "--code", "ZZZ9", "--db", db)
    assert status == 2 and len(err) == 1 and "no session with code ZZZ9" in err[0]
    with pytest.raises(SystemExit) as exited:
        main(["session", "close", "--db", db])
    assert exited.value.code == 2


def test_db_from_environment_and_bad_url(capsys, monkeypatch, db: str, bank_path: Path) -> None:
    monkeypatch.setenv("NETQUIZ_DB", db)
    code = run(capsys, "session", "open", "--bank", str(bank_path))[1][-1]
    assert stored(db, code)[0].is_open
    status, _, err = run(capsys, "session", "list", "--db", "mysql://host/db")
    assert status == 2 and len(err) == 1 and "sqlite:///" in err[0]


def test_workshop_opens_then_reuses_a_session(capsys, db: str, bank_path: Path) -> None:
    argv = ["workshop", "--bank", str(bank_path), "--no-serve", "--db", db]
    status, out, _ = run(capsys, *argv)
    code = next(line.split()[-1] for line in out if line.startswith("SESSION CODE:"))
    assert status == 0 and stored(db, code)[0].is_open
    status, out, _ = run(capsys, *argv)
    assert status == 0 and f"SESSION CODE: {code}" in out
    assert any(line.startswith(f"reusing open self session {code}:") for line in out)
    run(capsys, "session", "close", "--code", code, "--db", db)
    _, out, _ = run(capsys, *argv)
    assert f"SESSION CODE: {code}" not in out


def test_workshop_errors(capsys, db: str, bank_path: Path) -> None:
    run(capsys, "session", "open", "--bank", str(bank_path), "--code", "OLD1", "--db", db)
    run(capsys, "session", "close", "--code", "OLD1", "--db", db)
    status, _, err = run(capsys, "workshop", "--bank", str(bank_path), "--code", "old1", "--no-serve",
                         "--db", db)
    assert status == 2 and len(err) == 1 and "OLD1 is closed" in err[0]
    status, _, err = run(capsys, "workshop", "--bank", "missing.json", "--no-serve", "--db", db)
    assert status == 2 and "bank not found" in err[0]


def test_workshop_hands_over_to_both_servers(capsys, monkeypatch, tmp_path: Path, db: str, bank_path: Path) -> None:
    import netquiz.server.workshop

    calls = []
    monkeypatch.setenv("NETQUIZ_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("NETQUIZ_VERBOSE", raising=False)
    monkeypatch.setattr(netquiz.server.workshop, "run_plan", lambda plan, console: calls.append((plan, console)) or 0)
    status, out, _ = run(capsys, "workshop", "--bank", str(bank_path), "--code", "LIVE1", "--port", "9999",
                         "--mode", "live", "--expect", "3", "--max-kernels-per-address", "4", "--db", db)
    plan, console = calls[0]
    assert status == 0 and [child.name for child in plan.children] == ["quiz", "dashboard"]
    quiz, dashboard = plan.children
    for arg in ("--port=9999", "--Voila.ip=127.0.0.1", "--NetquizVoila.expect=3",
                "--NetquizVoila.max_kernels_per_address=4"):  # the room exactly as `netquiz serve` builds it
        assert arg in quiz.command
    assert "--port=8867" in dashboard.command and len(dashboard.env["JUPYTER_TOKEN"]) >= 16
    assert dashboard.env["NETQUIZ_JOIN_URL"] == "http://127.0.0.1:9999/" and "JUPYTER_TOKEN" not in quiz.env
    assert plan.lines[0] == "participants join at: http://127.0.0.1:9999/" and "SESSION CODE: LIVE1" in plan.lines
    assert out[0].startswith("opened live session LIVE1") and out[1] == f"log: {console.log_path.resolve()}"
    assert console.log_path.parent == tmp_path / "log" and len(out) == 2  # the rest once the servers answer
    assert stored(db, "LIVE1")[0].mode == "live" and stored(db, "LIVE1")[0].title == "पहला खंड"
    status, _, err = run(capsys, "workshop", "--bank", str(bank_path), "--code", "LIVE1", "--no-serve",
                         "--db", db)
    assert status == 2 and "runs in live mode" in err[0]
    status, _, err = run(capsys, "workshop", "--bank", str(bank_path), "--port", "8867", "--db", db)
    assert status == 2 and "must differ" in err[0]


def test_session_open_mode_and_default_title(capsys, db: str, bank_path: Path) -> None:
    status, out, _ = run(capsys, "session", "open", "--bank", str(bank_path), "--mode", "live", "--db", db)
    record = stored(db, out[-1])[0]
    assert status == 0 and record.mode == "live" and record.title == "पहला खंड"
    assert out[0].startswith("opened live session")
    with pytest.raises(SystemExit) as exited:
        main(["session", "open", "--bank", str(bank_path), "--mode", "kahoot", "--db", db])
    assert exited.value.code == 2


def test_workshop_never_prints_a_database_password(capsys, bank_path: Path, postgres_server) -> None:
    url = postgres_server.new_database().replace("netquiz@", "netquiz:s3cret-pw@")
    status, out, _ = run(capsys, "workshop", "--bank", str(bank_path), "--no-serve", "--db", url)
    assert status == 0 and "s3cret-pw" not in "\n".join(out) and "netquiz:***@" in "\n".join(out)


def test_workshop_names_a_busy_port_before_opening_a_session(capsys, db: str, bank_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        for flag, other in (("--port", "--dashboard-port"), ("--dashboard-port", "--port")):
            status, out, err = run(capsys, "workshop", "--bank", str(bank_path), flag, str(port), other,
                                   str(free_port()), "--db", db)  # not port + 1: a busy machine's TIME_WAITs
            assert status == 2 and not out and len(err) == 1  # one line, nothing printed before it
            assert f"port {port}" in err[0] and err[0].endswith(flag)
    store = open_store(db)
    try:
        assert store.list_sessions() == []  # nothing was opened
    finally:
        store.close()
