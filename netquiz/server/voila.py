"""Run Voilà: the participant quiz (open, single notebook) and the facilitator dashboard (token).

Hardening of the participant server:

* single-notebook mode on ``quiz.ipynb``: no tree, no ``/voila/render``, no contents API; any other
  path is redirected to ``/voila/files/…``, where nothing is allow-listed (403);
* binds to 127.0.0.1 unless a host is given; no tracebacks are sent to browsers;
* kernels of closed tabs are culled (``MappingKernelManager.cull_*``), a small pool is pre-heated;
* Voilà reads config only from the notebook's own folder (never the caller's cwd or ``~/.jupyter``).

The facilitator server runs ``facilitator.ipynb`` on its own port and requires a token of 16+
characters (from ``NETQUIZ_FACILITATOR_TOKEN``, ``--token-file`` or made up), passed to Voilà in the
environment (``JUPYTER_TOKEN``) so it does not show in ``ps``.

Both servers run :mod:`netquiz.server.app` (Voilà plus a kernel budget, kernels bound to the page that
started them, slow and logged wrong tokens, a token-free address bar after login). This module builds
their :class:`~netquiz.server.processes.Plan` (:func:`participant_plan`, :func:`facilitator_plan`);
:func:`~netquiz.server.processes.run_plan` runs it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import NetquizError
from ..store import default_db_url
from . import settings as defaults
from .nginx import check_ports_free
from .processes import Child, Plan

TOKEN_VARIABLES = ("JUPYTER_TOKEN", "JUPYTER_TOKEN_FILE", "NETQUIZ_FACILITATOR_TOKEN")
PARTICIPANT_PORT = defaults.PARTICIPANT_PORT  # for netquiz.ui.facilitator.app's join URL
QUIZ_NOTEBOOK = "quiz.ipynb"
FACILITATOR_NOTEBOOK = "facilitator.ipynb"
REPO_NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
PROXY_SECRET_ENV = "NETQUIZ_PROXY_SECRET"  # nginx of `serve --workers` proves itself to the workers with it
NOTHING = ".^"  # matches no path (a character before the start); not "(?!)": traitlets reads "(" as a literal
# Voilà's page links Font Awesome from a CDN in <head>. On a workshop Wi-Fi without internet a hanging DNS
# lookup would hold the page back; this policy makes the browser skip any stylesheet or font from elsewhere
# at once (the quiz uses none) and keeps Jupyter's own frame-ancestors rule.
# Scripts: only this server's, Voilà's inline page config, and anywidget's modules (blob:/data: URLs made in
# the page); no plugins; no <base> elsewhere. Referrer-Policy: no address leaves the page in a Referer.
CONTENT_SECURITY_POLICY = ("frame-ancestors 'self'; style-src 'self' 'unsafe-inline' blob: data:; "
                           "font-src 'self' data:; script-src 'self' 'unsafe-inline' blob: data:; "
                           "object-src 'none'; base-uri 'self'")
SECURITY_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "Referrer-Policy": "no-referrer",
                    "X-Content-Type-Options": "nosniff"}
READY_PATH = "/voila/static/voila.js"  # a static file: asking it starts no kernel


def find_notebook(name: str) -> Path:
    """The notebook ``name`` in the repository's ``notebooks/`` (or shipped as package data)."""
    candidates = [REPO_NOTEBOOKS / name, Path(__file__).resolve().parents[1] / "notebooks" / name]
    for path in candidates:
        if path.is_file():
            return path
    raise NetquizError(f"notebook {name} not found (looked in {REPO_NOTEBOOKS}); run netquiz from a "
                       "checkout of the repository or reinstall it with: pip install -e .")


def absolute_db_url(url: str, base: Path | None = None) -> str:
    """Make a relative SQLite URL absolute (kernels run in the notebook's folder, not the cwd)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == "sqlite:///:memory:":
        return url
    path = Path(url[len(prefix):])
    if path.is_absolute():
        return url
    return prefix + str(((base or Path.cwd()) / path).resolve())


@dataclass(frozen=True)
class Budget:
    """Kernel caps of one server (see :mod:`netquiz.server.kernel_budget`): ``total`` 0 = sized from memory,
    ``per_address`` 0 = no per-address cap; ``trust_forwarded`` counts X-Real-IP/X-Forwarded-For, only on
    requests from one of ``trusted_proxies``."""

    total: int = 0
    per_address: int = defaults.KERNELS_PER_ADDRESS
    trust_forwarded: bool = False
    never_connected: float = defaults.NEVER_CONNECTED_S
    trusted_proxies: tuple[str, ...] = defaults.TRUSTED_PROXIES
    pages_per_minute: int = defaults.PAGES_PER_MINUTE

    def args(self) -> list[str]:
        return [f"--NetquizVoila.max_kernels={self.total}",
                f"--NetquizVoila.max_kernels_per_address={self.per_address}",
                f"--NetquizVoila.trust_forwarded={self.trust_forwarded}",
                f"--NetquizVoila.trusted_proxies={','.join(self.trusted_proxies)}",
                f"--NetquizVoila.pages_per_minute={self.pages_per_minute}",
                f"--NetquizVoila.never_connected_timeout={self.never_connected}"]


def voila_command(notebook: Path, host: str, port: int, *, require_token: bool = False,
                  pool_size: int = defaults.POOL_SIZE, cull_idle_timeout: int = defaults.CULL_IDLE_S,
                  cull_interval: int | None = None, cull_connected: bool = False, python: str = sys.executable,
                  budget: Budget | None = None, extra_args: Sequence[str] = (), report_pool: bool = False) -> list[str]:
    """The command line of Voilà with netquiz's guards (:mod:`netquiz.server.app`) for one notebook in
    single-notebook mode.

    ``require_token`` turns on token login; the token itself goes in the environment
    (see :func:`voila_env`). ``pool_size`` 0 disables pre-heated kernels. ``report_pool`` (the participant
    quiz): the server writes its pool's status to ``NETQUIZ_DB`` for the dashboard's "ready for N".
    """
    interval = cull_interval if cull_interval is not None else max(1, min(30, cull_idle_timeout // 3))
    command = [
        python, "-m", "netquiz.server.app", str(notebook),
        "--no-browser",
        f"--Voila.ip={host}",
        f"--port={port}",
        "--Voila.port_retries=0",
        f"--Voila.config_file_paths={notebook.parent}",
        "--show_tracebacks=False",
        "--strip_sources=True",
        f"--VoilaConfiguration.file_allowlist={NOTHING}",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle_timeout}",
        f"--MappingKernelManager.cull_interval={interval}",
        f"--MappingKernelManager.cull_connected={cull_connected}",
        "--MappingKernelManager.cull_busy=False",
        f"--VoilaExecutor.iopub_timeout={defaults.IOPUB_TIMEOUT_S}",
        "--Voila.tornado_settings=" + json.dumps({"headers": SECURITY_HEADERS}),
        "--KernelManager.transport=ipc",  # Unix sockets: no TCP ports to collide between workers, no warning
    ]
    if pool_size > 0:
        command += ["--preheat_kernel=True", f"--pool_size={pool_size}"]
    command += (budget or Budget()).args()
    if report_pool:
        command.append("--NetquizVoila.report_pool=True")
    command.append("--token" if require_token else "--Voila.token=")
    return command + list(extra_args)


def voila_env(db: str, token: str | None = None, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """Environment for Voilà and its kernels: absolute ``NETQUIZ_DB``; no token variable but ``JUPYTER_TOKEN``
    when given (the facilitator server; :mod:`netquiz.server.app` removes it once read, before any kernel)."""
    env = dict(os.environ if base is None else base)
    for name in TOKEN_VARIABLES:
        env.pop(name, None)
    env["NETQUIZ_DB"] = absolute_db_url(db)
    env.setdefault("PYTHONUNBUFFERED", "1")
    if token:
        env["JUPYTER_TOKEN"] = token
    return env


def lan_addresses() -> list[str]:
    """This machine's LAN address (the one a phone on the same Wi-Fi uses); empty if unknown."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))  # no packet is sent for UDP connect
            address = probe.getsockname()[0]
    except OSError:
        return []
    return [] if address.startswith("127.") else [address]


def join_urls(host: str, port: int) -> list[str]:
    """URLs people can open: the host itself, or every LAN address when bound to all interfaces."""
    if host in ("0.0.0.0", "", "::"):
        return [f"http://{ip}:{port}/" for ip in lan_addresses()] + [f"http://127.0.0.1:{port}/"]
    shown = f"[{host}]" if ":" in host else host
    return [f"http://{shown}:{port}/"]


def open_session_lines(db: str) -> list[str]:
    """One line per open session (code and title), or a hint how to open one."""
    from ..store import open_store

    store = open_store(db)
    try:
        sessions = store.list_sessions(open_only=True)
    finally:
        store.close()
    if not sessions:
        return ["no open session yet: open one with  netquiz session open --bank BANK.json"]
    return [f"session code: {s.code}" + (f"  ({s.title})" if s.title else "") for s in sessions]


def answers(host: str, port: int, path: str = READY_PATH, timeout: float = 2.0) -> bool:
    """True if an HTTP server on ``host:port`` answers ``path`` with 200 (or a redirect)."""
    import http.client

    probe = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    conn = http.client.HTTPConnection(probe, port, timeout=timeout)
    try:
        conn.request("GET", path)
        return conn.getresponse().status in (200, 301, 302)
    except OSError:
        return False
    finally:
        conn.close()


@dataclass(frozen=True)
class Pool:
    """Pre-heated kernels: ``size`` kept ready; ``expect`` participants to pre-heat for (0: none)."""

    size: int = defaults.POOL_SIZE
    expect: int = 0
    cull_idle_timeout: int = defaults.CULL_IDLE_S
    cull_connected: bool = False


def participant_plan(host: str, port: int, db: str, pool: Pool | None = None, budget: Budget | None = None) -> Plan:
    """The participant quiz as one Voilà process; its lines: the join URL(s). ``pool.expect``: pre-heat that
    many kernels (bounded by the kernel cap), shrinking to ``pool.size`` as participants arrive. Several
    workers: :mod:`netquiz.server.workers`."""
    check_ports_free([("participant quiz", host or "0.0.0.0", port)], hint="choose another --port")
    pool = pool or Pool()
    expect = pool.expect
    if expect > pool.size:
        from .kernel_budget import default_total

        expect = min(expect, max(0, ((budget or Budget()).total or default_total()) - pool.size - 1))
    extra = [f"--NetquizVoila.expect={expect}", f"--NetquizVoila.base_pool_size={pool.size}"]
    command = voila_command(find_notebook(QUIZ_NOTEBOOK), host, port, pool_size=max(pool.size, expect),
                            cull_idle_timeout=pool.cull_idle_timeout, cull_connected=pool.cull_connected,
                            budget=budget, extra_args=extra, report_pool=True)
    lines = [f"participants join at: {url}" for url in join_urls(host, port)]
    if expect > 0:
        kernels = max(pool.size, expect)
        lines.append(f"pre-heating {kernels} kernels: this console and the facilitator's dashboard say \"ready "
                     f"for {kernels} participants\" once they are up")
    return Plan([Child("quiz", command, voila_env(db or default_db_url()))], lambda: answers(host, port), lines)


def check_token(token: str) -> str:
    """The facilitator token, stripped; NetquizError if it is shorter than ``settings.MIN_TOKEN`` characters."""
    token = (token or "").strip()
    if len(token) < defaults.MIN_TOKEN:
        raise NetquizError(f"the facilitator token must be at least {defaults.MIN_TOKEN} characters long "
                           f"(got {len(token)}): set a longer NETQUIZ_FACILITATOR_TOKEN or --token-file")
    return token


def facilitator_plan(host: str, port: int, db: str, token: str, budget: Budget | None = None,
                     show_token: bool = True, join_url: str = "") -> Plan:
    """The facilitator dashboard on its own port; a token of 16+ characters is required to open it. Its
    line, the URL with the token, is printed once (``show_token``; else with a placeholder, for a token the
    facilitator set herself); after login the browser keeps a cookie and the address bar loses the token.
    ``join_url`` (unless ``NETQUIZ_JOIN_URL`` is set) is what its Join tab shows."""
    token = check_token(token)
    check_ports_free([("facilitator dashboard", host or "0.0.0.0", port)], hint="choose another --port")
    command = voila_command(find_notebook(FACILITATOR_NOTEBOOK), host, port, require_token=True,
                            pool_size=0, cull_idle_timeout=defaults.DASHBOARD_CULL_IDLE_S, budget=budget)
    env = voila_env(db or default_db_url(), token=token)
    if join_url and not env.get("NETQUIZ_JOIN_URL", "").strip():  # a tunnel or proxy address set by hand wins
        env["NETQUIZ_JOIN_URL"] = join_url
    shown = token if show_token else "<your token>"
    lines = [f"facilitator dashboard: {url}?token={shown}" for url in join_urls(host, port)]
    return Plan([Child("dashboard", command, env)], lambda: answers(host, port), lines)
