"""The participant side of ``netquiz serve`` and ``netquiz workshop``: one Voilà (:func:`room_plan` with one
worker), N Voilà workers and nginx on this host (``--workers N``), ``--worker-only`` (workers for a proxy on
another host) and ``--proxy-only`` (nginx in front of workers on other hosts); see :mod:`netquiz.server.nginx`
for the routing. Every worker runs the same guarded Voilà as ``netquiz serve``. Each function returns a
:class:`~netquiz.server.processes.Plan` for :func:`~netquiz.server.processes.run_plan`."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

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
    write_nginx_files,
)
from .processes import Child, Plan
from .settings import WORKERS, usable_cores
from .voila import (
    PROXY_SECRET_ENV,
    QUIZ_NOTEBOOK,
    Budget,
    Pool,
    answers,
    find_notebook,
    join_urls,
    participant_plan,
    voila_command,
    voila_env,
)


def worker_count(explicit: int | None = None) -> int:
    """``--workers``, else :data:`~netquiz.server.settings.WORKERS` if set, else one per core where nginx is
    installed, else 1."""
    if explicit:
        return explicit
    if WORKERS:
        return WORKERS
    return usable_cores() if find_nginx() else 1


def share(total: int, workers: int) -> int:
    """One worker's part of ``total`` (rounded up)."""
    return -(-total // workers) if total > 0 else 0


def worker_commands(workers: Sequence[Worker], bind: str, pool: Pool, budget: Budget,
                    notes: list[str]) -> list[tuple[str, list[str]]]:
    """The Voilà command of each worker: own prefix and port, a share of the kernel cap and of the
    expected room, client addresses from nginx's X-Real-IP. A bound pre-heat is added to ``notes``."""
    count = len(workers)
    total = budget.total or default_total()
    per_worker = replace(budget, total=max(2, total // count), trust_forwarded=True)
    expect = share(pool.expect, count)
    bound = max(0, per_worker.total - pool.size - 1)
    if expect > bound:
        notes.append(f"note: pre-heating {bound} kernels per worker, not {expect}: memory allows "
                     f"{per_worker.total} kernels per worker")
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


def room_plan(host: str, port: int, db: str, count: int, pool: Pool, budget: Budget) -> Plan:
    """The participant quiz on ``host:port``: one Voilà (``count`` 1), else ``count`` workers behind nginx."""
    if count > 1:
        return workers_plan(host, port, db, count, pool, budget)
    return participant_plan(host, port, db, pool, budget)


def workers_plan(host: str, port: int, db: str, count: int, pool: Pool, budget: Budget,
                 run_dir: Path | None = None) -> Plan:
    """N workers on 127.0.0.1 (ports ``port + 10 + K``) and nginx on ``host:port``; the join URL once every
    worker answers through nginx; this run's nginx folder is removed after."""
    db = db or default_db_url()
    workers = [Worker(k, "127.0.0.1", port + WORKER_PORT_OFFSET + k) for k in range(count)]
    check_ports_free([("nginx", host or "0.0.0.0", port), *((f"worker {w.index}", w.host, w.port) for w in workers)])
    secret, folder = proxy_secret(), _run_dir(port, run_dir)
    nginx = _nginx(host, port, workers, folder, secret)
    notes: list[str] = []
    commands = worker_commands(workers, "127.0.0.1", pool, budget, notes)
    env = {**voila_env(db), PROXY_SECRET_ENV: secret}
    lines = [f"participants join at: {url}" for url in join_urls(host, port)]
    lines.append(f"{count} workers behind nginx: " + ", ".join(f"{w.prefix} → {w.address}" for w in workers))
    if pool.expect > 0:
        lines.append(f"pre-heating for {pool.expect} participants over {count} workers: each worker logs \"ready\" "
                     "when its share is up; the facilitator's dashboard adds them up (\"ready for N participants\")")
    children = [*(Child(name, command, env) for name, command in commands), Child("nginx", nginx, env)]
    return Plan(children, _all_workers_answer(port, workers), lines, notes, [folder])


def worker_only_plan(host: str, port: int, db: str, count: int, first: int, pool: Pool, budget: Budget) -> Plan:
    """Workers ``first`` … ``first + count - 1`` listening on ``host`` (ports ``port`` …), no nginx."""
    db = db or default_db_url()
    workers = [Worker(first + k, host, port + k) for k in range(count)]
    check_ports_free([(f"worker {w.index}", host or "0.0.0.0", w.port) for w in workers])
    notes: list[str] = []
    commands = worker_commands(workers, host, pool, budget, notes)
    shown = host if host not in ("0.0.0.0", "::", "") else "THIS-HOST"
    notes.append("workers ready for a proxy: on the proxy host run  netquiz serve --proxy-only " +
                 " ".join(f"--worker {shown}:{w.port}" for w in workers) +
                 f"   (after the workers of lower numbers; these are /w{first}/…)")
    env = voila_env(db)
    return Plan([Child(name, command, env) for name, command in commands], notes=notes)


def proxy_plan(host: str, port: int, workers: Sequence[Worker], run_dir: Path | None = None) -> Plan:
    """nginx alone on ``host:port`` in front of workers on other hosts."""
    if not workers:
        raise NetquizError("--proxy-only needs the workers: --worker HOST:PORT for each, in order")
    folder = _run_dir(port, run_dir)
    command = _nginx(host, port, workers, folder, os.environ.get(PROXY_SECRET_ENV, "").strip())
    lines = [f"participants join at: {url}" for url in join_urls(host, port)]
    lines.append("nginx in front of: " + ", ".join(f"{w.prefix} → {w.address}" for w in workers))
    return Plan([Child("nginx", command, {})], _all_workers_answer(port, workers[:1]), lines, folders=[folder])
