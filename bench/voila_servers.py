"""Voilà servers for the participant benchmark: start with the `netquiz serve` command line, watch the
process tree (CPU, kernels), let it settle, stop the whole process group."""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from netquiz.server.voila import voila_command

POOL_SIZE, CULL_IDLE = 1, 600  # the `netquiz serve` defaults, for both servers


@dataclass
class Server:
    """A Voilà server in its own process group, with helpers over its process tree."""

    name: str
    proc: subprocess.Popen[bytes]
    port: int
    ready: str  # CSS selector of the interactive control after page open

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def tree(self) -> list[psutil.Process]:
        root = psutil.Process(self.proc.pid)
        return [root, *root.children(recursive=True)]

    def kernels(self) -> dict[str, psutil.Process]:
        """Kernel id → process, for the ipykernel_launcher children."""
        found = {}
        for proc in self.tree()[1:]:
            try:
                match = re.search(r"kernel-([0-9a-f-]{36})\.json", " ".join(proc.cmdline()))
            except psutil.Error:
                continue
            if match:
                found[match.group(1)] = proc
        return found

    def cpu(self) -> dict[tuple[int, float], float]:
        """user+sys CPU seconds of every process in the tree, keyed by (pid, start time)."""
        seconds = {}
        for proc in self.tree():
            try:
                times = proc.cpu_times()
                seconds[(proc.pid, proc.create_time())] = times.user + times.system
            except psutil.Error:
                continue
        return seconds

    def shutdown(self, kernel_id: str, cookies: list[dict]) -> None:
        """Stop a used kernel through Voilà's own endpoint, so kernels do not pile up between runs, as the
        page's tab-close does: with that browser's cookies (``context.cookies()``; netquiz lets only the
        browser that started a kernel stop it) and its ``_xsrf`` token."""
        jar = {cookie["name"]: cookie["value"] for cookie in cookies}
        jar.setdefault("_xsrf", "netquizbench")  # double-submit XSRF where the page set none
        headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in jar.items()),
                   "X-XSRFToken": jar["_xsrf"]}
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("POST", f"/voila/api/shutdown/{kernel_id}", body=b"", headers=headers)
            status = conn.getresponse().status
        finally:
            conn.close()
        if status != 204:
            print(f"warning: {self.name}: shutting down kernel {kernel_id} gave HTTP {status}", file=sys.stderr)

    def stop(self) -> None:
        """Stop the whole process group (Voilà and its kernels)."""
        for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.proc.pid, sig)
                self.proc.wait(timeout=wait)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                continue


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(name: str, notebook: Path, ready: str, env: dict[str, str], log: Path,
                 command_of: Callable[[Path, int], list[str]] | None = None) -> Server:
    """Start Voilà on ``notebook`` (serve defaults) and wait until it answers a static file.

    ``command_of(notebook, port)`` gives the command line (default: this checkout's ``voila_command``)."""
    port = free_port()
    command = (command_of(notebook, port) if command_of is not None else
               voila_command(notebook, "127.0.0.1", port, pool_size=POOL_SIZE, cull_idle_timeout=CULL_IDLE,
                             python=sys.executable))
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    server = Server(name, proc, port, ready)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            conn.request("GET", "/voila/static/voila.js")  # does not start a kernel
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
        finally:
            conn.close()
    server.stop()
    raise RuntimeError(f"{name} server did not start:\n{log.read_text(errors='replace')[-2000:]}")


def settle(servers: list[Server], timeout: float = 90) -> None:
    """Wait until every pool is refilled and the trees are idle (< 3 % of a core over 1 s)."""
    deadline = time.monotonic() + timeout
    time.sleep(1.5)  # Voilà waits 1 s (fill_delay) before refilling a pool
    while time.monotonic() < deadline:
        before = [server.cpu() for server in servers]
        time.sleep(1.0)
        busy = sum(cpu_delta(b, server.cpu()) for b, server in zip(before, servers, strict=True))
        if busy < 0.03 and all(len(server.kernels()) >= POOL_SIZE for server in servers):
            return
    print(f"warning: servers still busy after {timeout:.0f} s", file=sys.stderr)


def cpu_delta(before: dict[tuple[int, float], float], after: dict[tuple[int, float], float],
              only: int | None = None) -> float:
    """CPU seconds spent between two snapshots (processes started in between count from zero)."""
    return sum(seconds - before.get(key, 0.0) for key, seconds in after.items()
               if only is None or key[0] == only)
