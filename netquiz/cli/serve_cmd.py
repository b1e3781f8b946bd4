"""``netquiz serve``: run the participant quiz (or, with --facilitator, the dashboard) with Voilà."""

from __future__ import annotations

import argparse
import secrets

from ..errors import NetquizError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``serve`` to the parser."""
    parser = commands.add_parser(
        "serve", parents=[common], help="serve the participant quiz with Voilà; prints the join URL",
        description="Serve the participant quiz (notebooks/quiz.ipynb) with Voilà in single-notebook mode. "
                    "Use --host 0.0.0.0 to let phones on the same network join.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None,
                        help="port (default: 8866; 8867 with --facilitator)")
    parser.add_argument("--pool-size", type=_non_negative, default=1,
                        help="pre-heated kernels kept ready (default: 1; 0 turns pre-heating off)")
    parser.add_argument("--cull-idle", type=_non_negative, default=600, metavar="SECONDS",
                        help="stop kernels idle this long after their tab is gone (default: 600)")
    parser.add_argument("--cull-connected", action="store_true",
                        help="also stop idle kernels whose tab is still open (saves memory; an idle "
                             "participant then has to reload and re-join)")
    parser.add_argument("--facilitator", action="store_true",
                        help="serve the facilitator dashboard instead (token required)")
    parser.add_argument("--token", default=None,
                        help="facilitator token (default: a random one, printed)")
    parser.set_defaults(func=run)


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return number


def run(args: argparse.Namespace) -> int:
    """Run the chosen server until it stops."""
    from .. import serve

    default_port = serve.FACILITATOR_PORT if args.facilitator else serve.PARTICIPANT_PORT
    port = default_port if args.port is None else args.port
    if not 0 < port < 65536:
        raise NetquizError(f"bad port {port}: use a number from 1 to 65535")
    if args.facilitator:
        token = args.token or secrets.token_urlsafe(16)
        return serve.serve_facilitator(args.host, port, args.db, token)
    if args.token:
        raise NetquizError("--token is only for --facilitator; the participant quiz is open to the room")
    return serve.serve_participant(args.host, port, args.db, pool_size=args.pool_size,
                                   cull_idle_timeout=args.cull_idle, cull_connected=args.cull_connected)
