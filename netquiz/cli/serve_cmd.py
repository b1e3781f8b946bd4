"""``netquiz serve``: run the participant quiz (or, with --facilitator, the dashboard) with Voilà; the room's
options (:func:`add_room_options`) are shared with ``netquiz workshop``."""

from __future__ import annotations

import argparse
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NetquizError
from ..server import settings as defaults  # constants only: the CLI still starts without Voilà's modules

if TYPE_CHECKING:
    from ..server.processes import Plan
    from ..server.voila import Budget, Pool

TOKEN_ENV = "NETQUIZ_FACILITATOR_TOKEN"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``serve`` to the parser."""
    parser = commands.add_parser(
        "serve", parents=[common], help="serve the participant quiz with Voilà; prints the join URL",
        description="Serve the participant quiz (notebooks/quiz.ipynb) with Voilà in single-notebook mode. "
                    "Use --host 0.0.0.0 to let phones on the same network join.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None,
                        help=f"port (default: {defaults.PARTICIPANT_PORT}; {defaults.FACILITATOR_PORT} with "
                             "--facilitator)")
    add_room_options(parser)
    worker_port = defaults.PARTICIPANT_PORT + defaults.WORKER_PORT_OFFSET
    parser.add_argument("--worker-only", action="store_true",
                        help="several hosts: run --workers N workers on --host/--port (default port "
                             f"{worker_port}) for an nginx on another host; no nginx here")
    parser.add_argument("--first-worker", type=_non_negative, default=0, metavar="K",
                        help="with --worker-only: number of this host's first worker (prefix /wK/)")
    parser.add_argument("--proxy-only", action="store_true",
                        help="several hosts: run only nginx on --host/--port in front of --worker HOST:PORT …")
    parser.add_argument("--worker", action="append", default=[], metavar="HOST:PORT",
                        help="with --proxy-only: a worker's address, in worker order (repeat)")
    parser.add_argument("--facilitator", action="store_true",
                        help="serve the facilitator dashboard instead (token required)")
    parser.add_argument("--token-file", default=None, metavar="PATH",
                        help="facilitator token from this file (default: $NETQUIZ_FACILITATOR_TOKEN, else a "
                             "random one, printed); 16 characters at least")
    parser.add_argument("--token", default=None, help=argparse.SUPPRESS)  # refused: argv shows in ps
    parser.set_defaults(func=run)


def add_room_options(parser: argparse.ArgumentParser, workers: int | None = None) -> None:
    """The participant server's options, shared by ``serve`` and ``workshop`` (defaults from
    :mod:`netquiz.server.settings`; ``workers`` overrides the default worker count), and ``--verbose``."""
    cull = defaults.CULL_IDLE_S
    parser.add_argument("--pool-size", type=_non_negative, default=defaults.POOL_SIZE,
                        help=f"pre-heated kernels kept ready (default: {defaults.POOL_SIZE}; 0 turns pre-heating off)")
    parser.add_argument("--cull-idle", type=_non_negative, default=cull, metavar="SECONDS",
                        help=f"stop kernels idle this long after their tab is gone, e.g. a phone that slept or "
                             f"lost Wi-Fi without closing it (default: {cull}; checked every {cull // 3} s)")
    parser.add_argument("--cull-connected", action="store_true",
                        help="also stop idle kernels whose tab is still open (saves memory; an idle "
                             "participant then has to reload and re-join)")
    _add_caps(parser)
    shown = workers or "the number of cores; 1 without nginx"
    parser.add_argument("--workers", type=_positive, default=workers or defaults.WORKERS or None, metavar="N",
                        help=f"Voilà worker processes behind nginx (default: {shown}); each page and its websocket "
                             "stay on one worker")
    parser.add_argument("--expect", type=_non_negative, default=0, metavar="N",
                        help="participants expected: pre-heat up to N kernels before they arrive (bounded by "
                             "memory); the pool shrinks back to --pool-size as they join")
    parser.add_argument("--verbose", action="store_true",
                        help=f"show the servers' whole log here (also ${defaults.VERBOSE_ENV}=1); by default "
                             "only what you can act on is shown, the rest goes to a file under var/log/")


def _add_caps(parser: argparse.ArgumentParser) -> None:
    """The kernel and page caps (:class:`netquiz.server.voila.Budget`)."""
    parser.add_argument("--max-kernels", type=_non_negative, default=0, metavar="N",
                        help="live kernels (open tabs) in total, pool included; more get a 'quiz is full, "
                             "try again in a minute' page (default 0: 80%% of available memory / 60 MB)")
    parser.add_argument("--max-kernels-per-address", type=_non_negative, default=defaults.KERNELS_PER_ADDRESS,
                        metavar="N", help=f"live kernels per client address (default {defaults.KERNELS_PER_ADDRESS};"
                                          " 0 turns it off, e.g. for a room behind one NAT or a tunnel)")
    parser.add_argument("--pages-per-minute", type=_non_negative, default=defaults.PAGES_PER_MINUTE, metavar="N",
                        help="quiz pages (each starts a kernel) per client address a minute, after a burst of "
                             f"{defaults.PAGE_BURST}; more get the 'joining…' page that retries (default "
                             f"{defaults.PAGES_PER_MINUTE}; 0 turns it off, e.g. for a room behind one NAT)")
    parser.add_argument("--trust-forwarded", action="store_true",
                        help="behind a reverse proxy: count the client address from X-Real-IP / "
                             "X-Forwarded-For, but only on requests from a --trusted-proxy address")
    parser.add_argument("--trusted-proxy", nargs="+", default=None, metavar="ADDR",
                        help="the reverse proxy's own address(es): only its requests may name the client in "
                             "X-Real-IP / X-Forwarded-For (default: " + " ".join(defaults.TRUSTED_PROXIES) +
                             ", the local nginx of --workers)")
    parser.add_argument("--never-connected", type=_non_negative, default=int(defaults.NEVER_CONNECTED_S),
                        metavar="SECONDS", help="stop a kernel whose page never opened its connection within "
                                                f"this time (default: {int(defaults.NEVER_CONNECTED_S)})")


def budget_of(args: argparse.Namespace) -> Budget:
    """The kernel caps given by :func:`add_room_options`."""
    from ..server.voila import Budget

    proxies = tuple(args.trusted_proxy) if args.trusted_proxy else defaults.TRUSTED_PROXIES
    return Budget(args.max_kernels, args.max_kernels_per_address, args.trust_forwarded,
                  max(1, args.never_connected), trusted_proxies=check_addresses(proxies),
                  pages_per_minute=args.pages_per_minute)


def pool_of(args: argparse.Namespace) -> Pool:
    """The pre-heated pool given by :func:`add_room_options`."""
    from ..server.voila import Pool

    return Pool(args.pool_size, args.expect, args.cull_idle, args.cull_connected)


def room_of(args: argparse.Namespace, host: str, port: int) -> Plan:
    """The participant quiz on ``host:port`` as ``serve`` and ``workshop`` run it: one Voilà, or
    ``--workers N`` behind nginx."""
    from ..server.workers import room_plan, worker_count

    return room_plan(host, port, args.db, worker_count(args.workers), pool_of(args), budget_of(args))


def check_addresses(addresses: tuple[str, ...]) -> tuple[str, ...]:
    """The addresses, each a valid IPv4/IPv6 address (NetquizError naming the first that is not)."""
    import ipaddress

    for address in addresses:
        try:
            ipaddress.ip_address(address)
        except ValueError:
            raise NetquizError(f"bad --trusted-proxy {address!r}: give the proxy's IP address, e.g. "
                               "192.168.1.20") from None
    return addresses


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return number


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return number


def facilitator_token(token_file: str | None, env: Mapping[str, str] = os.environ) -> tuple[str, bool]:
    """The token from ``--token-file``, else ``$NETQUIZ_FACILITATOR_TOKEN``, else a new random one; and
    whether it was made up here (then it is printed once)."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise NetquizError(f"cannot read the token file {token_file}: {getattr(exc, 'strerror', None) or exc}"
                               " (give a readable UTF-8 file with --token-file)") from None
    else:
        token = env.get(TOKEN_ENV, "").strip()
        if not token:
            return secrets.token_urlsafe(24), True
    from ..server.voila import check_token

    return check_token(token), False


def run(args: argparse.Namespace) -> int:
    """Run the chosen server(s) until stopped (Ctrl-C, SIGTERM) or one of them stops."""
    from ..server.console import open_console
    from ..server.processes import run_plan

    if args.token is not None:
        raise NetquizError(f"--token would show in ps and shell history: set {TOKEN_ENV} or use --token-file")
    default_port = defaults.FACILITATOR_PORT if args.facilitator else defaults.PARTICIPANT_PORT
    port = check_port(default_port if args.port is None else args.port)
    if args.facilitator:
        from ..server.voila import facilitator_plan

        token, made_up = facilitator_token(args.token_file)
        plan = facilitator_plan(args.host, port, args.db, token, budget_of(args), show_token=made_up)
    elif args.token_file:
        raise NetquizError("--token-file is only for --facilitator; the participant quiz is open to the room")
    else:
        plan = _room_plan(args, port)
    return run_plan(plan, open_console("serve", args.verbose))


def check_port(port: int) -> int:
    """``port``, or NetquizError if it is not a TCP port number."""
    if not 0 < port < 65536:
        raise NetquizError(f"bad port {port}: use a number from 1 to 65535")
    return port


def _room_plan(args: argparse.Namespace, port: int) -> Plan:
    """The participant side: one Voilà, N workers behind nginx, workers only, or the proxy only."""
    from ..server.nginx import parse_worker
    from ..server.voila import open_session_lines
    from ..server.workers import proxy_plan, worker_count, worker_only_plan

    if args.proxy_only:
        return proxy_plan(args.host, port, [parse_worker(spec, k) for k, spec in enumerate(args.worker)])
    if args.worker_only:
        worker_port = args.port if args.port is not None else defaults.PARTICIPANT_PORT + defaults.WORKER_PORT_OFFSET
        return worker_only_plan(args.host, worker_port, args.db, args.workers or 1, args.first_worker,
                                pool_of(args), budget_of(args))
    args.workers = worker_count(args.workers)
    plan = room_of(args, args.host, port)
    plan.lines += open_session_lines(args.db)
    starting = f"{args.workers} workers and nginx" if args.workers > 1 else "the quiz server"
    plan.notes.insert(0, f"starting {starting}: the join URL follows as soon as "
                         f"{'they answer' if args.workers > 1 else 'it answers'}")
    return plan
