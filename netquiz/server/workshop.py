"""``netquiz workshop``'s servers: the participant quiz and the facilitator dashboard, started together.

Both Voilà processes run in their own process groups (Ctrl-C in the terminal reaches only netquiz, which
then stops both, kernels included). Their output passes through :func:`quiet` so the terminal shows what a
facilitator can act on — the URLs, the code, errors — and not Voilà's start-up chatter or warnings nobody
can do anything about (trust, unencrypted local kernels, a traitlets deprecation). The dashboard is told
the participant server's real address in ``NETQUIZ_JOIN_URL``, so its Join tab shows that address.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from .processes import become_subreaper, stop_tree
from .settings import STOP_WAIT_S
from .voila import (
    FACILITATOR_NOTEBOOK,
    QUIZ_NOTEBOOK,
    announce_when_ready,
    answers,
    find_notebook,
    join_urls,
    voila_command,
    voila_env,
)

NOISE = tuple(re.compile(p) for p in (
    r"DeprecationWarning: --tornado_settings", r"^\s*warn\($", r"is not trusted",
    r"running over TCP without encryption", r"^\[Voila\] (?!.*(WARNING|ERROR|CRITICAL))", r"^http://\S+/?$",
))
QUIET_ARGS = ("--Voila.log_level=WARN",)


def is_noise(line: str) -> bool:
    """True for Voilà/kernel lines a facilitator cannot act on."""
    return any(pattern.search(line) for pattern in NOISE)


def quiet(lines: Iterable[str], out: TextIO, prefix: str) -> None:
    """Copy ``lines`` to ``out`` without the noise (errors and tracebacks pass)."""
    for line in lines:
        if line.strip() and not is_noise(line):
            out.write(f"{prefix}{line}" if line.endswith("\n") else f"{prefix}{line}\n")
            out.flush()


@dataclass
class Child:
    """One Voilà server in its own process group, its output filtered by a thread."""

    name: str
    proc: subprocess.Popen[str]

    def stop(self) -> None:
        """SIGTERM the group (Voilà and its kernels), SIGKILL what is left after a while."""
        for sig, wait in ((signal.SIGTERM, STOP_WAIT_S), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.proc.wait(timeout=wait)
                os.killpg(self.proc.pid, signal.SIGKILL)  # kernels may outlive Voilà for a moment
            except subprocess.TimeoutExpired:
                continue
            except ProcessLookupError:
                pass
            return


def start_child(name: str, command: Sequence[str], env: Mapping[str, str], out: TextIO) -> Child:
    """Start one server with its output piped through :func:`quiet`."""
    proc = subprocess.Popen(list(command), env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, encoding="utf-8", errors="replace", start_new_session=True)
    assert proc.stdout is not None
    threading.Thread(target=quiet, args=(proc.stdout, out, f"[{name}] "), daemon=True).start()
    return Child(name, proc)


def quiet_env(base: Mapping[str, str]) -> dict[str, str]:
    """The environment plus Python's own DeprecationWarnings silenced (Voilà's argument parsing)."""
    env = dict(base)
    env["PYTHONWARNINGS"] = "ignore::DeprecationWarning"
    return env


def serve_workshop(host: str, port: int, facilitator_port: int, db: str, token: str, code: str,
                   pool_size: int = 1, out: TextIO = sys.stdout) -> int:
    """Start both servers, print join URL, code and dashboard URL, wait; Ctrl-C/SIGTERM stops both."""
    urls = join_urls(host, port)
    join_env = quiet_env(voila_env(db))
    facilitator_env = quiet_env(voila_env(db, token=token))
    if not facilitator_env.get("NETQUIZ_JOIN_URL", "").strip():  # a tunnel or proxy address set by hand wins
        facilitator_env["NETQUIZ_JOIN_URL"] = urls[0]
    participant = voila_command(find_notebook(QUIZ_NOTEBOOK), host, port, pool_size=pool_size,
                                extra_args=QUIET_ARGS, report_pool=True)
    dashboard = voila_command(find_notebook(FACILITATOR_NOTEBOOK), "127.0.0.1", facilitator_port,
                              require_token=True, pool_size=0, cull_idle_timeout=3600, extra_args=QUIET_ARGS)
    become_subreaper()  # kernels that outlive their server are stopped with the workshop
    children = [start_child("quiz", participant, join_env, out),
                start_child("dashboard", dashboard, facilitator_env, out)]
    lines = [*(f"participants join at: {url}" for url in urls), f"SESSION CODE: {code}",
             f"facilitator dashboard: http://127.0.0.1:{facilitator_port}/?token={token}",
             "press Ctrl-C to stop both servers"]

    def ready() -> bool:
        return answers(host, port) and answers("127.0.0.1", facilitator_port)

    def stopped() -> object:
        return next((child.proc.poll() for child in children if child.proc.poll() is not None), None)

    threading.Thread(target=announce_when_ready, args=((host, port), lambda: _when(ready, lines, out), stopped),
                     daemon=True).start()
    return _wait(children)


def _when(ready: object, lines: list[str], out: TextIO) -> None:
    """Print ``lines`` once both servers answer (the quiz answered already)."""
    deadline = time.monotonic() + 120
    while not ready() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.3)
    print("\n".join(lines), file=out, flush=True)


def _wait(children: list[Child]) -> int:
    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    status = 0
    try:
        while all(child.proc.poll() is None for child in children):
            time.sleep(0.5)
        failed = [child for child in children if child.proc.poll() not in (None, 0)]
        for child in failed:
            print(f"netquiz: the {child.name} server stopped (exit {child.proc.returncode}); stopping the other",
                  file=sys.stderr)
        status = 1 if failed else 0
    except KeyboardInterrupt:
        status = 0
    finally:
        for child in children:
            child.stop()
        stop_tree(STOP_WAIT_S)  # kernels run in sessions of their own: a process-group signal misses them
        signal.signal(signal.SIGTERM, previous)
    return status
