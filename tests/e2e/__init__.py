"""Helpers to run real netquiz/Voilà servers in tests (used by tests/e2e and tests/test_serve.py)."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from netquiz.bank import save_bank
from netquiz.model import Bank

READY_PATH = "/voila/static/voila.js"  # a static file: polling it does not start a kernel


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def free_ports(count: int) -> list[int]:
    """``count`` distinct TCP ports free a moment ago on 127.0.0.1: every probe stays bound until all are
    found, so two calls in a row cannot hand out the same port (two ``free_port()`` calls can)."""
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [probe.getsockname()[1] for probe in probes]
    finally:
        for probe in probes:
            probe.close()


def free_port_block(offsets: tuple[int, ...] = (0, 10, 11)) -> int:
    """A port P below the ephemeral range (where kernels pick theirs) with P + each offset free: for
    ``netquiz serve --workers 2`` (nginx on P, workers on P + 10 and P + 11)."""
    import random

    for _ in range(200):
        port = random.randrange(20000, 32000)
        try:
            for offset in offsets:
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", port + offset))
        except OSError:
            continue
        return port
    raise RuntimeError("no free block of ports")


def netquiz(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real CLI (``python -m netquiz``) and capture its output."""
    return subprocess.run([sys.executable, "-m", "netquiz", *args], capture_output=True, text=True,
                          env=env, check=False, timeout=120)


def open_session(tmp: Path, bank: Bank, code: str, db: str) -> None:
    """Save ``bank`` under ``tmp`` and open a session on it with the CLI."""
    bank_path = tmp / f"{code.lower()}.bank.json"
    save_bank(bank, bank_path)
    done = netquiz("session", "open", "--bank", str(bank_path), "--code", code, "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].upper() == code.upper()


@dataclass
class Server:
    """A running server process (its own process group) and its log file."""

    proc: subprocess.Popen[bytes]
    port: int
    log: Path
    db: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def output_with(self, text: str, timeout: float = 15.0) -> str:
        """The output once it has ``text`` (printed once the server answers, a moment after it does)."""
        deadline = time.monotonic() + timeout
        while text not in self.output() and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.output()

    def stop(self) -> None:
        """Stop the whole process group (Voilà and its kernels)."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        try:  # kernels may outlive Voilà for a moment
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def start_server(command: list[str], port: int, log: Path, env: dict[str, str] | None = None,
                 timeout: float = 90, ready_path: str = READY_PATH) -> Server:
    """Start ``command`` in a new process group and wait until it answers on ``port``. ``netquiz serve`` and
    ``workshop`` run verbose (``NETQUIZ_VERBOSE=1``, unless ``env`` says otherwise): their whole log is in
    ``log``, for the tests that read the servers' lines."""
    env = dict(os.environ if env is None else env)
    env.setdefault("NETQUIZ_VERBOSE", "1")
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    server = Server(proc, port, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{server.output()}")
        try:
            if fetch(port, ready_path, follow=False)[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"server did not answer within {timeout}s:\n{server.output()}")


def fetch(port: int, path: str, follow: bool = True, host: str = "127.0.0.1") -> tuple[int, bytes, str]:
    """GET ``path`` exactly as written (no normalisation); returns (status, body, final path)."""
    for _ in range(5):
        conn = http.client.HTTPConnection(host, port, timeout=60)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
        finally:
            conn.close()
        location = response.getheader("Location")
        if not (follow and response.status in (301, 302, 303, 307, 308) and location):
            return response.status, body, path
        path = location.split(f":{port}", 1)[-1] if location.startswith("http") else location
    return response.status, body, path


def request(port: int, path: str, headers: dict[str, str] | None = None,
            method: str = "GET", body: str | None = None) -> tuple[int, bytes, http.client.HTTPResponse]:
    """One request, no redirects followed; returns (status, body, response) for headers and cookies."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    return response.status, body, response


def cookies_of(response: http.client.HTTPResponse) -> str:
    """The response's Set-Cookie values as one Cookie request header."""
    return "; ".join(value.split(";", 1)[0] for value in response.msg.get_all("Set-Cookie") or [])


def start_two_workers(tmp: Path, bank: Bank, code: str, db: str, ready_worker: int = 1) -> Server:
    """``netquiz serve --workers 2`` (behind nginx) on ``db`` with an open session ``code`` of ``bank``."""
    open_session(tmp, bank, code, db)
    port = free_port_block()
    env = {**os.environ, "NETQUIZ_DB": db}
    env.pop("NETQUIZ_LANG", None)
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--workers", "2", "--pool-size", "1"]
    server = start_server(command, port, tmp / "serve.log", env=env, ready_path=f"/w{ready_worker}/voila/static/voila.js")
    server.db = db
    return server



def wait_for_pools(db: str, workers: int, timeout_s: float = 180.0) -> None:
    """Wait until ``workers`` quiz workers report a pre-heated kernel ready (their pool reports reach the
    database every few seconds): before that, a slow worker's page is the joining page and its visitor goes
    on to the other worker, which a test of the routing must not mistake for nginx's choice."""
    from netquiz.store import open_store

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        store = open_store(db)
        try:
            ready = [w for w in store.workers(within=15.0) if w.ready >= 1]
        finally:
            store.close()
        if len(ready) >= workers:
            return
        time.sleep(1.0)
    raise AssertionError(f"fewer than {workers} workers reported a ready kernel within {timeout_s:.0f} s")


def serve_one_worker(tmp: Path, bank: Bank, code: str, *args: str) -> Server:
    """``netquiz serve --workers 1 ARGS…`` on a new SQLite file in ``tmp`` with an open session ``code`` of
    ``bank`` (nginx in front where it is installed)."""
    db = f"sqlite:///{tmp / 'serve.sqlite3'}"
    open_session(tmp, bank, code, db)
    port = free_port()
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--db", db, "--workers", "1", *args]
    return start_server(command, port, tmp / "serve.log")


def kernel_processes(pid: int) -> list:
    """The live kernel processes under process ``pid`` (zombies of stopped kernels not counted)."""
    import psutil

    found = []
    for proc in psutil.Process(pid).children(recursive=True):
        try:
            if proc.status() != psutil.STATUS_ZOMBIE and "ipykernel" in " ".join(proc.cmdline()):
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
    return found
