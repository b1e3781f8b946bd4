"""What ``netquiz serve`` and ``netquiz workshop`` print: one line per event a facilitator can act on.

The console gets netquiz's own lines (opened session, join URL, code, dashboard URL, how to stop, a server
that stopped, errors) and, from the servers' output, only netquiz's warnings (``WARNING | netquiz: …``: a
wrong facilitator token, the quiz is full, an address opening pages too fast) and "ready for N
participants". Everything else — Voilà's, Jupyter's and tornado's logs, websocket-ping warnings, "Culling
idle kernel", tracebacks, nginx — goes to one log file per run under ``var/log/`` (or
``$NETQUIZ_LOG_DIR``), named once on the console. ``--verbose`` (or ``NETQUIZ_VERBOSE=1``) shows the
servers' whole output on the console instead, and writes no log file.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from ..store import project_root
from .settings import LOG_DIR, LOG_DIR_ENV, VERBOSE_ENV

# "[Voila] WARNING | netquiz: …" (a traitlets logger), "netquiz: …" (Python's last-resort handler: WARNING
# and above only), "[Voila] netquiz: …" (INFO: only "ready for N participants" is for the facilitator)
OWN_LINE = re.compile(r"^(?P<tag>\[[^\]]*\](?P<level> (?:WARNING|ERROR|CRITICAL) \|)? )?netquiz: (?P<message>.+)$")


def for_facilitator(line: str) -> str | None:
    """The message of a server's output line a facilitator can act on, else None (it goes to the log only)."""
    found = OWN_LINE.match(line.strip())
    if found is None:
        return None
    message = found["message"]
    if found["level"] or not found["tag"] or message.startswith("ready for "):
        return message
    return None


def wants_verbose(flag: bool, env: Mapping[str, str] = os.environ) -> bool:
    """``--verbose`` or ``NETQUIZ_VERBOSE`` set to anything but empty/0/no/false."""
    return flag or env.get(VERBOSE_ENV, "").strip().lower() not in ("", "0", "no", "false")


def log_folder(env: Mapping[str, str] = os.environ) -> Path:
    """``$NETQUIZ_LOG_DIR``, else the project's ``var/log/``."""
    chosen = env.get(LOG_DIR_ENV, "").strip()
    return Path(chosen) if chosen else project_root() / LOG_DIR


def shown_path(path: Path) -> str:
    """``path`` relative to the current folder where it lies below it (``var/log/…``), else absolute."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())


class Console:
    """The facilitator's console and the run's log file (none when ``verbose``). Thread-safe: each
    server's output is read by a thread of its own."""

    def __init__(self, out: TextIO | None = None, log_path: Path | None = None) -> None:
        self.out = out or sys.stdout
        self.log_path = log_path
        self._log: TextIO | None = None
        self._closed = False
        self._lock = threading.Lock()
        if log_path is not None:
            log_path.parent.mkdir(parents=True, exist_ok=True)  # the owner's only: it holds the dashboard URL
            self._log = open(os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a", encoding="utf-8")

    @property
    def verbose(self) -> bool:
        return self.log_path is None

    def say(self, *lines: str) -> None:
        """Lines for the facilitator (also kept in the log)."""
        with self._lock:
            for line in lines:
                self.out.write(line + "\n")
                self._write_log("netquiz", line)
            self.out.flush()

    def server_line(self, name: str, line: str) -> None:
        """One line of a server's output: the whole line (``[name] line``) on a verbose console, else into
        the log and, when a facilitator can act on it, ``name: message`` on the console."""
        line = line.rstrip("\n")
        with self._lock:
            if self._closed:  # a straggler after the run ended
                return
            if self.verbose:
                self.out.write(f"[{name}] {line}\n")
                self.out.flush()
                return
            self._write_log(name, line)
            message = for_facilitator(line)
            if message is not None:
                self.out.write(f"{name}: {message}\n")
                self.out.flush()

    def _write_log(self, name: str, line: str) -> None:
        if self._log is not None:
            self._log.write(f"{time.strftime('%H:%M:%S')} {name} | {line}\n")
            self._log.flush()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._log is not None:
                self._log.close()
                self._log = None


def open_console(command: str, verbose: bool, out: TextIO | None = None, first: Sequence[str] = ()) -> Console:
    """The console of one run of ``netquiz COMMAND``; it says the ``first`` lines, then, unless verbose,
    names its new log file once."""
    if wants_verbose(verbose):
        console = Console(out)
        console.say(*first)
        return console
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = log_folder() / f"{command}-{stamp}-{os.getpid()}.log"
    console = Console(out, path)
    console.say(*first, f"log: {shown_path(path)}")
    return console
