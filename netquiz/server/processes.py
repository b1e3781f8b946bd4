"""The one supervisor of ``netquiz serve`` and ``netquiz workshop``: their servers (Voilà workers, nginx, the
quiz and the dashboard) run as children of the netquiz process, and stopping it stops every kernel they started.

:func:`supervise` starts each :class:`Child` in a session of its own (Ctrl-C in the terminal reaches only
netquiz), passes its output line by line to the :class:`~netquiz.server.console.Console`, prints the join
lines once the servers answer, and on SIGTERM/SIGINT/SIGHUP, or when one child stops, stops them all.

Kernels run in sessions of their own (jupyter_client starts them so), so a signal to Voilà's process group
never reaches them, and a Voilà that stops before its kernels leaves them to ``init``. So the netquiz process
becomes a *child subreaper* (Linux ``prctl``): orphaned kernels of its servers are re-parented to it, and
:func:`stop_tree` finds and ends them by process, whatever the log says. Read from ``/proc`` (no psutil).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .console import Console, shown_path
from .settings import READY_POLL_S, READY_WAIT_S, STOP_WAIT_S

PR_SET_CHILD_SUBREAPER = 36
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
TAIL_LINES = 8  # a child that stops on its own: its last lines go to the console


def become_subreaper() -> bool:
    """Make this process the reaper of its orphaned descendants (Linux); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _parents() -> dict[int, int]:
    """pid → parent pid of every process (from /proc/PID/stat)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        if fields and fields[0] != "Z":
            parents[int(entry.name)] = int(fields[1])
    return parents


def descendants(pid: int | None = None) -> list[int]:
    """The live (not zombie) descendants of ``pid`` (default: this process), nearest first."""
    root = os.getpid() if pid is None else pid
    children: dict[int, list[int]] = {}
    for child, parent in _parents().items():
        children.setdefault(parent, []).append(child)
    found, queue = [], list(children.get(root, []))
    while queue:
        current = queue.pop(0)
        found.append(current)
        queue += children.get(current, [])
    return found


def _signal_all(pids: list[int], sig: int) -> None:
    for pid in pids:
        try:
            os.kill(pid, sig)
        except (ProcessLookupError, PermissionError):
            pass


def reap() -> None:
    """Collect exited children (this process is their reaper) so none stays a zombie."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def stop_tree(wait_s: float = STOP_WAIT_S) -> int:
    """SIGTERM every descendant of this process, SIGKILL what is left after ``wait_s``; returns how many
    had to be killed."""
    _signal_all(descendants(), signal.SIGTERM)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        reap()
        if not descendants():
            return 0
        time.sleep(0.2)
    left = descendants()
    _signal_all(left, signal.SIGKILL)
    time.sleep(0.2)
    reap()
    return len(left)


@dataclass(frozen=True)
class Child:
    """One server process: its name (console and log), command line and environment."""

    name: str
    command: Sequence[str]
    env: Mapping[str, str]


@dataclass
class Plan:
    """What one ``netquiz serve``/``workshop`` runs: its children, the test that they answer, the lines to
    print then (join URL, code, …), notes to print at once, and folders to remove once they stopped."""

    children: list[Child]
    ready: Callable[[], bool] = lambda: True
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)

    def __add__(self, other: Plan) -> Plan:
        """Both plans in one run: ready once both are."""
        return Plan([*self.children, *other.children], lambda: self.ready() and other.ready(),
                    [*self.lines, *other.lines], [*self.notes, *other.notes], [*self.folders, *other.folders])


def run_plan(plan: Plan, console: Console) -> int:
    """Print the notes, :func:`supervise` the children (the lines once they answer), then remove the
    plan's folders (a run's nginx files) and close the log."""
    try:
        if plan.notes:
            console.say(*plan.notes)
        return supervise(plan.children, console, plan.ready, plan.lines)
    finally:
        for folder in plan.folders:
            shutil.rmtree(folder, ignore_errors=True)
        console.close()


class _Running:
    """A started child, its output read line by line into the console by a thread of its own."""

    def __init__(self, child: Child, console: Console) -> None:
        self.name, self.console = child.name, console
        self.tail: deque[str] = deque(maxlen=TAIL_LINES)
        self.proc = subprocess.Popen(list(child.command), env=dict(child.env), stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
                                     start_new_session=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.tail.append(line.rstrip("\n"))
            self.console.server_line(self.name, line)

    def signal_group(self, sig: int) -> None:
        try:
            os.killpg(self.proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass


def supervise(children: Sequence[Child], console: Console, ready: Callable[[], bool] | None = None,
              ready_lines: Sequence[str] = ()) -> int:
    """Run every child until one stops or SIGTERM/SIGINT/SIGHUP arrives; then stop the others and every
    process they left behind (kernels included). ``ready_lines`` go to the console once, when ``ready()``
    is first true (at once without it). Returns the first stopped child's status (at least 1), 0 after a
    signal."""
    become_subreaper()  # kernels that outlive their server are re-parented here and stopped below
    signalled: list[int] = []  # the handler only appends: an Event or a lock there could deadlock
    previous = {sig: signal.signal(sig, lambda sig, _frame: signalled.append(sig)) for sig in STOP_SIGNALS}
    stopping = threading.Event()  # for the thread that waits to print the join lines
    running: list[_Running] = []
    try:
        for child in children:
            running.append(_Running(child, console))
        if ready_lines:
            threading.Thread(target=_say_when_ready, args=(ready or (lambda: True), ready_lines, console,
                                                            stopping), daemon=True).start()
        return _wait(running, signalled, console)
    finally:
        stopping.set()
        _stop(running)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _say_when_ready(ready: Callable[[], bool], lines: Sequence[str], console: Console,
                    stopping: threading.Event) -> None:
    deadline = time.monotonic() + READY_WAIT_S
    while not stopping.is_set():
        if ready():
            console.say(*lines)
            return
        if time.monotonic() > deadline:
            console.say(f"netquiz: the servers did not answer within {READY_WAIT_S:.0f} s" + _see_log(console))
            return
        stopping.wait(READY_POLL_S)


def _see_log(console: Console) -> str:
    return f" (see {shown_path(console.log_path)})" if console.log_path is not None else ""


def _wait(running: list[_Running], signalled: list[int], console: Console) -> int:
    """Until a signal (0) or a child stops by itself (its status, at least 1; its last lines are shown)."""
    while not signalled:
        ended = next((child for child in running if child.proc.poll() is not None), None)
        if ended is None:
            time.sleep(0.5)
            continue
        ended.reader.join(timeout=0.5)  # its last lines (no EOF while its orphaned kernels hold the pipe)
        console.say(f"netquiz: {ended.name} stopped (exit {ended.proc.returncode}): stopping the others"
                    + _see_log(console))
        if not console.verbose:
            console.say(*(f"  {ended.name}: {line}" for line in ended.tail if line.strip()))
        return ended.proc.returncode or 1
    return 0


def _stop(running: list[_Running]) -> None:
    """SIGTERM each child's process group, SIGKILL what is left after a while, then every descendant."""
    for child in running:
        if child.proc.poll() is None:
            child.signal_group(signal.SIGTERM)
    deadline = time.monotonic() + STOP_WAIT_S
    for child in running:
        try:
            child.proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.signal_group(signal.SIGKILL)
            child.proc.wait()
    stop_tree(STOP_WAIT_S)  # kernels run in sessions of their own: a process-group signal misses them
    for child in running:
        child.reader.join(timeout=2)
