"""``netquiz serve --workers 2`` from start to stop (issue 15): the join URL is printed only once the workers
answer, and from then on no participant gets a 502; headers name no version; SIGTERM (or SIGINT) stops every
process the server started, kernels included (checked by process), and removes its var/nginx-PORT folder; the
console shows only netquiz's own lines, the workers' logs are in the run's log file (issue 16)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from conftest import make_small_bank
from e2e import free_port_block, open_session, request

from netquiz.server.nginx import find_nginx
from netquiz.store import project_root

CODE = "LIFE1"
QUIET_CONSOLE = ("log: ", "starting 2 workers and nginx", "participants join at:", "2 workers behind nginx:",
                 "session code: LIFE1", "pre-heating for 4 participants", "worker 0: ready for 2 participants",
                 "worker 1: ready for 2 participants")  # netquiz's own lines and the workers' "ready"


def descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def wait_for_line(log: Path, text: str, proc: subprocess.Popen, timeout: float = 180) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()
        if text in log.read_text(errors="replace"):
            return time.monotonic()
        time.sleep(0.05)
    raise AssertionError(f"{text!r} not printed within {timeout} s:\n{log.read_text()}")


@pytest.mark.slow
@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_workers_start_answer_and_stop_without_leftovers(tmp_path, stop_signal) -> None:
    if find_nginx() is None:
        pytest.skip("nginx is not installed (bash dev.sh test installs it)")
    db = f"sqlite:///{tmp_path / 'life.sqlite3'}"
    open_session(tmp_path, make_small_bank(), CODE, db)
    port = free_port_block()
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "NETQUIZ_VERBOSE"}
    env["NETQUIZ_LOG_DIR"] = str(tmp_path / "logs")  # the console is quiet: the servers' lines go there
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--workers", "2",
                                 "--expect", "4", "--db", db], stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, env=env)
    try:
        early = []  # before the URL is printed: nginx is up, the workers may not be
        while "participants join at:" not in log.read_text(errors="replace") and proc.poll() is None:
            try:
                status, body, response = request(port, "/")
            except OSError:
                time.sleep(0.05)
                continue
            early.append(status)
            if status != 302:
                assert status == 503 and b"netquiz-joining" in body and "जुड़ रहे हैं".encode() in body, status
                assert response.getheader("Retry-After") == "4"
        wait_for_line(log, "participants join at:", proc)
        statuses = []
        deadline = time.monotonic() + 8  # the first seconds after the URL is printed: never a 502
        while time.monotonic() < deadline:
            status, body, response = request(port, "/")
            statuses.append(status)
            assert b"Bad Gateway" not in body and b"nginx" not in body
            assert status == 302 or (status == 503 and b"netquiz-joining" in body), status
        assert statuses.count(302) >= 0.99 * len(statuses), (statuses.count(503), len(statuses))
        for path in ("/", "/w0/voila/static/voila.js", "/nothing-here"):
            server = request(port, path)[2].getheader("Server") or ""
            assert server in ("", "nginx") and "/" not in server, server  # no version anywhere
        status, body, _ = request(port, "/w0/")
        assert status == 200 and b"widget-view+json" in body  # a page, and so its kernel
        time.sleep(2)
        started = [p for p in descendants(proc.pid) if "ipykernel" in " ".join(p.cmdline())]
        everything = descendants(proc.pid)
        assert len(started) >= 3, [p.cmdline() for p in everything]
        assert (project_root() / "var" / f"nginx-{port}").is_dir()
        os.kill(proc.pid, stop_signal)  # the netquiz process only, as a terminal or a service manager would
        assert proc.wait(timeout=60) == 0
        time.sleep(1)
        left = [p for p in everything if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        assert left == [], [(p.pid, p.cmdline()) for p in left]
        assert not (project_root() / "var" / f"nginx-{port}").exists()
        console = log.read_text().splitlines()
        assert not [line for line in console if not line.startswith(QUIET_CONSOLE)], console
        logs = list((tmp_path / "logs").iterdir())
        assert len(logs) == 1 and console[0] == f"log: {logs[0]}"
        assert "worker 0 | [NetquizVoila] Kernel started" in logs[0].read_text()
        print(f"\n{signal.Signals(stop_signal).name}: {len(everything)} processes ({len(started)} kernels) "
              f"all stopped; before the join URL {early.count(503)} joining pages, no 502; "
              f"{len(statuses)} requests after it, none 502 ({statuses.count(503)} joining pages)")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
