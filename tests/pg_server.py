"""A throw-away PostgreSQL server for tests: Debian's binaries, a temp dir, a free loopback port.

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user (``runuser``);
otherwise as the current user. :func:`start` returns None with the reason when it cannot start (no
binaries, no ``postgres`` user, initdb failed); callers skip with that reason.

Usage::

    server, why = start()
    url = server.new_database()   # postgresql://netquiz@127.0.0.1:PORT/t1 (trust auth, loopback only)
    server.stop()
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

USER = "netquiz"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/N/bin`` with initdb, else the one initdb on PATH is in."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


@dataclass
class PgServer:
    """A running throw-away cluster."""

    bindir: Path
    root: Path
    port: int
    as_user: list[str]
    _names: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def admin_url(self) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new empty database's URL (one per test keeps tests apart)."""
        import psycopg

        name = f"t{next(self._names)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=timeout)

    def stop(self) -> None:
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> tuple[PgServer | None, str]:
    """Start a cluster; (server, "") or (None, why it could not start)."""
    bindir = bin_dir()
    if bindir is None:
        return None, "PostgreSQL is not installed (no initdb): apt-get install postgresql (dev.sh test does)"
    as_user: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="netquiz-pg-"))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            return None, "running as root and there is no 'postgres' user to run PostgreSQL as"
        os.chown(root, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    os.chmod(root, 0o700)
    server = PgServer(bindir, root, free_port(), as_user)
    init = server.run(str(bindir / "initdb"), "-D", str(root / "data"), "-U", USER, "--auth=trust",
                      "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        return None, f"initdb failed: {init.stderr.strip()[-300:]}"
    options = (f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
    started = server.run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-o", options, "-l",
                         str(root / "server.log"), "-w", "-t", "60", "start", timeout=90)
    if started.returncode != 0:
        log = (root / "server.log").read_text(errors="replace")[-500:] if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        return None, f"pg_ctl start failed: {started.stderr.strip()[-300:]} {log}"
    return server, ""
