"""The one supervisor of ``netquiz serve``/``workshop`` (:mod:`netquiz.server.processes`) with real child
processes, and the console that keeps only a facilitator's lines (:mod:`netquiz.server.console`).

The supervisor runs in a driver process of its own (it makes its process a child subreaper and stops every
descendant: never the test process, which holds other tests' servers)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from netquiz.server.console import Console, for_facilitator, open_console, wants_verbose

# A "server": starts a "kernel" in a session of its own (as jupyter_client does), logs like Voilà, says it
# answers (the ready file), then runs until stopped, or exits with 3 ("fail").
SERVER = """
import pathlib, subprocess, sys, time
kernel = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
pathlib.Path(sys.argv[1]).write_text(str(kernel.pid))
print("[NetquizVoila] Kernel started: 1234", flush=True)
print("[NetquizVoila] WARNING | netquiz: quiz full (total cap) for 10.0.0.7", flush=True)
print("Traceback (most recent call last):", flush=True)
print("KeyError: 'x'", flush=True)
pathlib.Path(sys.argv[2]).touch()
if sys.argv[3] == "fail":
    sys.exit(3)
time.sleep(600)
"""
OTHER = "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(600)"
DRIVER = """
import os, sys
from pathlib import Path
from netquiz.server.console import Console
from netquiz.server.processes import Child, supervise
tmp, mode, server, other = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
env = dict(os.environ)
children = [Child("quiz", [sys.executable, "-c", server, str(tmp / "kernel.pid"), str(tmp / "ready"), mode], env),
            Child("other", [sys.executable, "-c", other, str(tmp / "other.pid")], env)]
console = Console(sys.stdout, tmp / "run.log")
status = supervise(children, console, lambda: (tmp / "ready").exists(), ["participants join at: X"])
console.close()
print(f"status {status}", flush=True)
"""


def _drive(tmp: Path, mode: str) -> tuple[subprocess.Popen[bytes], Path]:
    out = tmp / "console.txt"
    with out.open("wb") as sink:
        proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(tmp), mode, SERVER, OTHER], stdout=sink,
                                stderr=subprocess.STDOUT, start_new_session=True)
    return proc, out


def _wait_for(path: Path, text: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while text not in (path.read_text() if path.exists() else ""):
        assert time.monotonic() < deadline and proc.poll() is None, path.read_text() if path.exists() else ""
        time.sleep(0.05)


@pytest.fixture(autouse=True)
def _no_leftovers(tmp_path: Path):
    """Whatever a failed assertion left running (the "kernel" and "other" of a driver) is killed."""
    yield
    for name in ("kernel.pid", "other.pid"):
        try:
            os.kill(int((tmp_path / name).read_text()), signal.SIGKILL)
        except (OSError, ValueError):
            pass


def _gone(pid_file: Path) -> bool:
    pid = int(pid_file.read_text())
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_every_child_and_their_orphans(tmp_path: Path, stop_signal: int) -> None:
    proc, out = _drive(tmp_path, "stay")
    try:
        _wait_for(out, "participants join at: X", proc)  # said once the children answer
        _wait_for(tmp_path / "other.pid", "", proc)
        os.kill(proc.pid, stop_signal)  # the driver only, as a terminal or a service manager would
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert sorted(out.read_text().splitlines()) == sorted([
        "quiz: quiz full (total cap) for 10.0.0.7", "participants join at: X", "status 0"])
    assert _gone(tmp_path / "kernel.pid") and _gone(tmp_path / "other.pid")  # the orphaned "kernel" too
    log = (tmp_path / "run.log").read_text()
    for line in ("quiz | [NetquizVoila] Kernel started: 1234", "quiz | Traceback (most recent call last):",
                 "quiz | KeyError: 'x'", "quiz | [NetquizVoila] WARNING | netquiz: quiz full",
                 "netquiz | participants join at: X"):
        assert line in log, log


def test_a_child_that_stops_stops_the_others_and_shows_its_last_lines(tmp_path: Path) -> None:
    proc, out = _drive(tmp_path, "fail")
    try:
        assert proc.wait(timeout=90) == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    console = out.read_text().splitlines()
    assert console[-1] == "status 3", console
    assert f"netquiz: quiz stopped (exit 3): stopping the others (see {tmp_path / 'run.log'})" in console
    assert "  quiz: KeyError: 'x'" in console and "  quiz: Traceback (most recent call last):" in console
    assert _gone(tmp_path / "kernel.pid") and _gone(tmp_path / "other.pid")


@pytest.mark.parametrize(("line", "shown"), [
    ("[NetquizVoila] WARNING | netquiz: wrong facilitator token from 1.2.3.4 (GET /)",
     "wrong facilitator token from 1.2.3.4 (GET /)"),
    ("netquiz: 10.0.0.7 opens pages too fast (kernel starts): the busy page for 6 s\n",
     "10.0.0.7 opens pages too fast (kernel starts): the busy page for 6 s"),  # Python's last-resort handler
    ("[NetquizVoila] netquiz: ready for 40 participants (40 kernels pre-heated)",
     "ready for 40 participants (40 kernels pre-heated)"),
    ("[NetquizVoila] netquiz: at most 311 kernels in total, 20 per address; 2 page renders at once", None),
    ("[NetquizVoila] netquiz: shutting down kernel k: its page never connected within 60 s", None),
    ("[NetquizVoila] Culling idle kernel 3f2a (idle for 91 s)", None),
    ("[W 2026-12-04 06:00:00.000 ServerApp] WebSocket ping timeout after 90000 ms.", None),
    ("[NetquizVoila] ERROR | Uncaught exception GET /voila/render", None),
    ("KeyError: 'netquiz: x'", None),
    ("2026/12/04 06:00:00 [emerg] 12#12: bind() to 0.0.0.0:8866 failed (98: Address already in use)", None),
])
def test_only_netquiz_warnings_and_ready_reach_the_facilitator(line: str, shown: str | None) -> None:
    assert for_facilitator(line) == shown


def test_console_keeps_the_rest_in_the_log_and_verbose_shows_everything(tmp_path: Path, monkeypatch) -> None:
    out = io.StringIO()
    monkeypatch.setenv("NETQUIZ_LOG_DIR", str(tmp_path / "logs"))
    console = open_console("serve", False, out)
    console.server_line("worker 0", "[NetquizVoila] Kernel started: 1\n")
    console.server_line("worker 0", "[NetquizVoila] WARNING | netquiz: quiz full (total cap) for 10.0.0.7\n")
    console.close()
    console.server_line("worker 0", "a straggler after the run ended\n")  # neither on the console nor logged
    assert console.log_path is not None and console.log_path.parent == tmp_path / "logs"
    assert out.getvalue().splitlines() == [f"log: {console.log_path}", "worker 0: quiz full (total cap) for 10.0.0.7"]
    assert "worker 0 | [NetquizVoila] Kernel started: 1" in console.log_path.read_text()
    assert "straggler" not in console.log_path.read_text()
    assert console.log_path.stat().st_mode & 0o077 == 0  # it holds the dashboard URL: the owner's only
    loud = io.StringIO()
    verbose = Console(loud)
    verbose.server_line("quiz", "[NetquizVoila] Kernel started: 1\n")
    assert loud.getvalue() == "[quiz] [NetquizVoila] Kernel started: 1\n" and verbose.log_path is None
    assert wants_verbose(False, {"NETQUIZ_VERBOSE": "1"}) and not wants_verbose(False, {"NETQUIZ_VERBOSE": "0"})
    assert wants_verbose(True, {}) and not wants_verbose(False, {})
