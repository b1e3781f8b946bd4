"""The server's process tree, so that stopping ``netquiz serve``/``workshop`` stops every kernel it started.

Kernels run in sessions of their own (jupyter_client starts them so), so a signal to Voilà's process group
never reaches them, and a Voilà that stops before its kernels leaves them to ``init``. So the netquiz process
becomes a *child subreaper* (Linux ``prctl``): orphaned kernels of its servers are re-parented to it, and
:func:`stop_tree` finds and ends them by process, whatever the log says. Read from ``/proc`` (no psutil).
"""

from __future__ import annotations

import ctypes
import os
import signal
import time
from pathlib import Path

PR_SET_CHILD_SUBREAPER = 36


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


def stop_tree(wait_s: float = 10.0) -> int:
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
