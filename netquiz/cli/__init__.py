"""The ``netquiz`` command line: one module per command group, errors become exit 2 + one line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import NetquizError
from . import bank_cmds, export_cmd, handout_cmd, report_cmd, serve_cmd, session_cmds, workshop_cmd

COMMAND_MODULES = (bank_cmds, export_cmd, handout_cmd, session_cmds, report_cmd, serve_cmd, workshop_cmd)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"netquiz: {message} (see: netquiz {self.prog.split()[-1]} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The full parser; every command takes ``--db``."""
    parser = _Parser(prog="netquiz", description="Scenario quizzes from an article, run as a Voilà workshop.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None,
                        help="database URL (default: $NETQUIZ_DB or the project's var/netquiz.sqlite3)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status."""
    args = build_parser().parse_args(argv)
    if getattr(args, "db", None) is None:
        from ..store import default_db_url

        args.db = default_db_url()
    try:
        return int(args.func(args) or 0)
    except NetquizError as exc:
        print(f"netquiz: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
