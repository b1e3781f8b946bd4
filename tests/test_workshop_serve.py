"""``netquiz workshop``: both servers from one command, a quiet terminal, Ctrl-C stops both."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import make_small_bank
from e2e import fetch, free_port

from netquiz.bank import save_bank
from netquiz.server.workshop import is_noise, quiet

NOISY = """/x/traitlets.py:4066: DeprecationWarning: --tornado_settings={"headers": {}} for dict-traits is deprecated
  warn(
[Voila] Using /tmp to store connection files
[Voila] Voilà is running at:
http://127.0.0.1:8866/
[Voila] WARNING | Notebook quiz.ipynb is not trusted
[IPKernelApp] WARNING | Kernel is running over TCP without encryption. All communication is plain text.
[Voila] ERROR | Uncaught exception GET /voila/render
Traceback (most recent call last):
OSError: [Errno 98] Address already in use
"""


def test_quiet_keeps_errors_and_drops_the_chatter() -> None:
    out = io.StringIO()
    quiet(NOISY.splitlines(keepends=True), out, "[quiz] ")
    assert out.getvalue().splitlines() == ["[quiz] [Voila] ERROR | Uncaught exception GET /voila/render",
                                           "[quiz] Traceback (most recent call last):",
                                           "[quiz] OSError: [Errno 98] Address already in use"]
    assert is_noise("[Voila] Kernel started: 1234") and not is_noise("[Voila] WARNING | port in use")


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.slow
def test_workshop_starts_both_servers_prints_three_things_and_ctrl_c_stops_both(tmp_path: Path) -> None:
    bank = tmp_path / "bank.json"
    save_bank(make_small_bank(), bank)
    quiz, dashboard = free_port(), free_port()
    log = tmp_path / "workshop.log"
    env = {k: v for k, v in os.environ.items() if k not in ("NETQUIZ_JOIN_URL", "NETQUIZ_LANG")}
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "netquiz", "workshop", "--bank", str(bank), "--mode", "live",
                                 "--port", str(quiz), "--dashboard-port", str(dashboard),
                                 "--db", f"sqlite:///{tmp_path / 'w.sqlite3'}"],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 90
        while not (_listening(quiz) and _listening(dashboard)) and time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            time.sleep(0.3)
        assert fetch(quiz, "/")[0] == 200  # a page (and its kernel), so kernel warnings would show
        time.sleep(3)
        lines = log.read_text().splitlines()
        token_line = next(line for line in lines if line.startswith("facilitator dashboard: "))
        assert f"http://127.0.0.1:{dashboard}/?token=" in token_line
        assert f"participants join at: http://127.0.0.1:{quiz}/" in lines
        code = next(line.split()[-1] for line in lines if line.startswith("SESSION CODE: "))
        assert lines[0].startswith(f"opened live session {code}: पहला खंड")
        assert len(lines) == 5, lines  # opened…, join URL, code, dashboard URL, how to stop: nothing else
        import psutil

        everything = psutil.Process(proc.pid).children(recursive=True)
        assert any("ipykernel" in " ".join(p.cmdline()) for p in everything)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert not _listening(quiz) and not _listening(dashboard)
        time.sleep(1)
        left = [p for p in everything if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        assert left == [], [p.cmdline() for p in left]  # every kernel of both servers, checked by process
    finally:
        if proc.poll() is None:
            proc.kill()
