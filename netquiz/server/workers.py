"""``netquiz serve --workers N`` (N Voilà workers and nginx on this host), ``--worker-only`` (workers for a
proxy on another host) and ``--proxy-only`` (nginx in front of workers on other hosts); see
:mod:`netquiz.server.nginx` for the routing. Every worker runs the same guarded Voilà as ``netquiz serve``."""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from ..errors import NetquizError
from ..store import default_db_url, project_root
from .kernel_budget import default_total
from .nginx import (
    WORKER_PORT_OFFSET,
    Worker,
    check_nginx_config,
    check_ports_free,
    find_nginx,
    nginx_command,
    supervise,
    write_nginx_files,
)
from .settings import CULL_IDLE_S
from .voila import (
    PROXY_SECRET_ENV,
    QUIZ_NOTEBOOK,
    Budget,
    answers,
    find_notebook,
    join_urls,
    open_session_lines,
    voila_command,
    voila_env,
)


@dataclass(frozen=True)
class Pool:
    """Pre-heated kernels: ``size`` kept ready; ``expect`` participants to pre-heat for (0: none)."""

    size: int = 1
    expect: int = 0
    cull_idle_timeout: int = CULL_IDLE_S
    cull_connected: bool = False


def share(total: int, workers: int) -> int:
    """One worker's part of ``total`` (rounded up)."""
    return -(-total // workers) if total > 0 else 0


def worker_commands(workers: Sequence[Worker], bind: str, pool: Pool, budget: Budget,
                    out: TextIO) -> list[tuple[str, list[str]]]:
    """The Voilà command of each worker: own prefix and port, a share of the kernel cap and of the
    expected room, client addresses from nginx's X-Real-IP."""
    count = len(workers)
    total = budget.total or default_total()
    per_worker = replace(budget, total=max(2, total // count), trust_forwarded=True)
    expect = share(pool.expect, count)
    bound = max(0, per_worker.total - pool.size - 1)
    if expect > bound:
        print(f"note: pre-heating {bound} kernels per worker, not {expect}: memory allows "
              f"{per_worker.total} kernels per worker", file=out)
        expect = bound
    notebook = find_notebook(QUIZ_NOTEBOOK)
    commands = []
    for worker in workers:
        extra = [f"--Voila.base_url={worker.prefix}", "--NetquizVoila.redirect_root=True",
                 f"--NetquizVoila.expect={expect}", f"--NetquizVoila.base_pool_size={pool.size}"]
        command = voila_command(notebook, bind, worker.port, pool_size=max(pool.size, expect),
                                cull_idle_timeout=pool.cull_idle_timeout, cull_connected=pool.cull_connected,
                                budget=per_worker, extra_args=extra, report_pool=True)
        commands.append((f"worker {worker.index}", command))
    return commands


def proxy_secret() -> str:
    """The secret nginx shows the workers: ``$NETQUIZ_PROXY_SECRET`` (set it alike on every host of a
    two-host setup), else a new one for this run."""
    return os.environ.get(PROXY_SECRET_ENV, "").strip() or secrets.token_urlsafe(24)


def _nginx(host: str, port: int, workers: Sequence[Worker], run_dir: Path, secret: str) -> list[str]:
    nginx = find_nginx()
    if nginx is None:
        raise NetquizError("--workers needs nginx: install it (apt-get install nginx; bash dev.sh test does) "
                           "or serve with --workers 1")
    config = write_nginx_files(host, port, workers, run_dir, secret)
    check_nginx_config(nginx, config)
    return nginx_command(nginx, config)


def _run_dir(port: int, run_dir: Path | None) -> Path:
    return run_dir or project_root() / "var" / f"nginx-{port}"


def _all_workers_answer(port: int, workers: Sequence[Worker]) -> Callable[[], bool]:
    """True once every worker answers through nginx (a static file: no kernel is started), and so does the
    round-robin ``/`` (nginx stops counting a worker as down a few seconds after it failed at start)."""
    return lambda: (all(answers("127.0.0.1", port, f"{w.prefix}voila/static/voila.js") for w in workers)
                    and answers("127.0.0.1", port, "/"))


def _printer(lines: list[str], out: TextIO) -> Callable[[], None]:
    return lambda: print("\n".join(lines), file=out, flush=True)


def serve_workers(host: str, port: int, db: str, count: int, pool: Pool, budget: Budget,
                  out: TextIO = sys.stdout, run_dir: Path | None = None) -> int:
    """N workers on 127.0.0.1 (ports ``port + 10 + K``) and nginx on ``host:port``; prints the join URL."""
    db = db or default_db_url()
    workers = [Worker(k, "127.0.0.1", port + WORKER_PORT_OFFSET + k) for k in range(count)]
    check_ports_free([("nginx", host or "0.0.0.0", port), *((f"worker {w.index}", w.host, w.port) for w in workers)])
    secret, folder = proxy_secret(), _run_dir(port, run_dir)
    nginx = _nginx(host, port, workers, folder, secret)
    commands = worker_commands(workers, "127.0.0.1", pool, budget, out)
    lines = [f"participants join at: {url}" for url in join_urls(host, port)]
    lines.append(f"{count} workers behind nginx: " + ", ".join(f"{w.prefix} → {w.address}" for w in workers))
    lines += open_session_lines(db)
    if pool.expect > 0:
        lines.append(f"pre-heating for {pool.expect} participants over {count} workers: each worker logs \"ready\" "
                     "when its share is up; the facilitator's dashboard adds them up (\"ready for N participants\")")
    print(f"starting {count} workers and nginx: the join URL follows as soon as they answer", file=out, flush=True)
    try:  # the join URL is printed once every worker answers through nginx
        return supervise([*commands, ("nginx", nginx)], {**voila_env(db), PROXY_SECRET_ENV: secret},
                         _all_workers_answer(port, workers), _printer(lines, out))
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # this run's nginx files, cache and temp folders


def serve_worker_only(host: str, port: int, db: str, count: int, first: int, pool: Pool, budget: Budget,
                      out: TextIO = sys.stdout) -> int:
    """Workers ``first`` … ``first + count - 1`` listening on ``host`` (ports ``port`` …), no nginx."""
    db = db or default_db_url()
    workers = [Worker(first + k, host, port + k) for k in range(count)]
    check_ports_free([(f"worker {w.index}", host or "0.0.0.0", w.port) for w in workers])
    commands = worker_commands(workers, host, pool, budget, out)
    shown = host if host not in ("0.0.0.0", "::", "") else "THIS-HOST"
    print("workers ready for a proxy: on the proxy host run  netquiz serve --proxy-only " +
          " ".join(f"--worker {shown}:{w.port}" for w in workers) +
          f"   (after the workers of lower numbers; these are /w{first}/…)", file=out)
    out.flush()
    return supervise(commands, voila_env(db))


def serve_proxy(host: str, port: int, workers: Sequence[Worker], out: TextIO = sys.stdout,
                run_dir: Path | None = None) -> int:
    """nginx alone on ``host:port`` in front of workers on other hosts."""
    if not workers:
        raise NetquizError("--proxy-only needs the workers: --worker HOST:PORT for each, in order")
    folder = _run_dir(port, run_dir)
    command = _nginx(host, port, workers, folder, os.environ.get(PROXY_SECRET_ENV, "").strip())
    lines = [f"participants join at: {url}" for url in join_urls(host, port)]
    lines.append("nginx in front of: " + ", ".join(f"{w.prefix} → {w.address}" for w in workers))
    try:
        return supervise([("nginx", command)], {}, _all_workers_answer(port, workers[:1]), _printer(lines, out))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
