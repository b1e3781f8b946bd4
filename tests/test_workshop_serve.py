"""``netquiz workshop`` and a standalone ``netquiz serve`` from the command line: a quiet console (only the
README's lines; the servers' logs in the run's file under ``$NETQUIZ_LOG_DIR``), the join URL once the
servers answer, and Ctrl-C stops everything, kernels included. (The supervisor itself: tests/test_processes.py.)"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from conftest import make_small_bank
from e2e import fetch, free_port, free_port_block, free_ports, open_session

from netquiz.bank import save_bank
from netquiz.server.nginx import find_nginx
from netquiz.store import project_root


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _start(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[bytes], Path]:
    """``netquiz ARGS`` with its console in a file, its log folder in ``tmp_path``, not verbose."""
    console = tmp_path / "console.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("NETQUIZ_JOIN_URL", "NETQUIZ_LANG", "NETQUIZ_VERBOSE")}
    env["NETQUIZ_LOG_DIR"] = str(tmp_path / "log")
    with console.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "netquiz", *args], stdout=out, stderr=subprocess.STDOUT,
                                env=env, start_new_session=True)
    return proc, console


def _wait_for_line(console: Path, start: str, proc: subprocess.Popen[bytes], timeout: float = 180) -> list[str]:
    deadline = time.monotonic() + timeout
    while not any(line.startswith(start) for line in console.read_text().splitlines()):
        assert proc.poll() is None and time.monotonic() < deadline, console.read_text()
        time.sleep(0.2)
    return console.read_text().splitlines()


def _stop_and_check(proc: subprocess.Popen[bytes], ports: tuple[int, ...]) -> None:
    """Ctrl-C (SIGINT to netquiz alone): exit 0, every port closed, every process it started gone."""
    everything = psutil.Process(proc.pid).children(recursive=True)
    assert any("ipykernel" in " ".join(p.cmdline()) for p in everything)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 0
    assert not any(_listening(port) for port in ports)
    time.sleep(1)
    left = [p for p in everything if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert left == [], [p.cmdline() for p in left]  # every kernel of every server, checked by process


def _log_of(lines: list[str], tmp_path: Path) -> str:
    """The run's log file, named once on the console."""
    named = [line for line in lines if line.startswith("log: ")]
    assert len(named) == 1 and Path(named[0][5:]).parent == tmp_path / "log", lines
    return Path(named[0][5:]).read_text()


@pytest.mark.slow
def test_workshop_starts_both_servers_prints_only_the_readme_lines_and_ctrl_c_stops_both(tmp_path: Path) -> None:
    bank = tmp_path / "bank.json"
    save_bank(make_small_bank(), bank)
    quiz, dashboard = free_ports(2)
    proc, console = _start(tmp_path, "workshop", "--bank", str(bank), "--mode", "live", "--port", str(quiz),
                           "--dashboard-port", str(dashboard), "--db", f"sqlite:///{tmp_path / 'w.sqlite3'}")
    try:
        _wait_for_line(console, "press Ctrl-C", proc)
        assert fetch(quiz, "/")[0] == 200  # a participant's page (and its kernel): kernel lines would show
        time.sleep(3)
        lines = console.read_text().splitlines()
        if "Using pre-heated kernel" not in _log_of(lines, tmp_path):  # (the first visitor may come before the
            time.sleep(5)  # pool is warm, on a busy machine: a fresh kernel then; the next one gets a warm one)
            assert fetch(quiz, "/")[0] == 200
            time.sleep(3)
            lines = console.read_text().splitlines()
        code = next(line.split()[-1] for line in lines if line.startswith("SESSION CODE: "))
        assert lines[0].startswith(f"opened live session {code}: पहला खंड")
        assert lines[1].startswith("log: ")
        assert lines[2:] == [f"participants join at: http://127.0.0.1:{quiz}/", f"SESSION CODE: {code}",
                             lines[4], "press Ctrl-C to stop both servers"]  # nothing else
        assert re.fullmatch(rf"facilitator dashboard: http://127\.0\.0\.1:{dashboard}/\?token=\S{{16,}}", lines[4])
        _stop_and_check(proc, (quiz, dashboard))
        log = _log_of(lines, tmp_path)
        for server, line in (("quiz", "Kernel started"), ("dashboard", "Voilà is running at"),
                             ("quiz", "Using pre-heated kernel"), ("quiz", "Kernel shutdown")):
            assert re.search(rf"^\S+ {server} \| .*{line}", log, re.M), (server, line, log[-3000:])
        assert "netquiz | participants join at:" in log
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
def test_standalone_serve_is_as_quiet_and_keeps_voila_in_the_log(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.sqlite3'}"
    open_session(tmp_path, make_small_bank(), "QUIET1", db)
    port = free_port()
    proc, console = _start(tmp_path, "serve", "--port", str(port), "--workers", "1", "--db", db)
    try:
        _wait_for_line(console, "session code:", proc)
        assert fetch(port, "/")[0] == 200
        time.sleep(3)
        lines = console.read_text().splitlines()
        assert lines == [lines[0], "starting the quiz server: the join URL follows as soon as it answers",
                         f"participants join at: http://127.0.0.1:{port}/", "session code: QUIET1  (पहला खंड)"]
        _stop_and_check(proc, (port,))
        log = _log_of(lines, tmp_path)
        assert "quiz | [NetquizVoila] Kernel started" in log and "quiz | [NetquizVoila] Kernel shutdown" in log
        assert console.read_text().splitlines() == lines  # stopping printed nothing either
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
def test_workshop_with_workers_expect_and_caps_runs_the_room_as_serve_does(tmp_path: Path) -> None:
    if find_nginx() is None:
        pytest.skip("nginx is not installed (bash dev.sh test installs it)")
    bank = tmp_path / "bank.json"
    save_bank(make_small_bank(), bank)
    quiz, dashboard = free_port_block(), free_port()
    proc, console = _start(tmp_path, "workshop", "--bank", str(bank), "--port", str(quiz), "--dashboard-port",
                           str(dashboard), "--workers", "2", "--expect", "2", "--max-kernels-per-address", "5",
                           "--db", f"sqlite:///{tmp_path / 'w.sqlite3'}")
    try:
        lines = _wait_for_line(console, "press Ctrl-C", proc)
        assert f"participants join at: http://127.0.0.1:{quiz}/" in lines
        assert any(line.startswith("2 workers behind nginx: /w0/") for line in lines)
        assert fetch(quiz, "/")[0] == 200  # through nginx to a worker's page
        commands = [" ".join(p.cmdline()) for p in psutil.Process(proc.pid).children(recursive=True)]
        workers = [c for c in commands if "--NetquizVoila.redirect_root=True" in c]
        assert len(workers) == 2 and all("--NetquizVoila.max_kernels_per_address=5" in c for c in workers)
        assert all("--NetquizVoila.expect=1" in c for c in workers)  # --expect 2 shared by 2 workers
        assert any(c.startswith("nginx: master") for c in commands) and (project_root() / "var" / f"nginx-{quiz}").is_dir()
        _stop_and_check(proc, (quiz, dashboard))
        assert not (project_root() / "var" / f"nginx-{quiz}").exists()
        assert "worker 0 | " in _log_of(lines, tmp_path)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.parametrize("args", [["--workers", "1"], ["--facilitator"]])
def test_serve_names_a_busy_port_before_it_starts_or_prints_anything(tmp_path: Path, args: list[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "netquiz", "serve", "--port", str(port), *args, "--db",
                               f"sqlite:///{tmp_path / 'x.sqlite3'}"], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "NETQUIZ_LOG_DIR": str(tmp_path / "log")})
    assert done.returncode == 2 and done.stdout == "" and not (tmp_path / "log").exists()
    assert done.stderr.startswith(f"netquiz: port {port} (") and len(done.stderr.splitlines()) == 1, done.stderr
