"""``netquiz workshop``: the README's one-command start: bank, session, then the participant server (the same
room as ``netquiz serve``, with its options: ``--workers``, ``--expect``, the caps) and the facilitator
dashboard together (see :mod:`netquiz.server.workshop`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..bank import bank_to_json, load_bank
from ..errors import BankError, NetquizError, SessionError
from ..model import Bank
from ..server import settings as defaults
from ..store import default_db_url, open_with_new_code, safe_url
from ..store.base import MODES, SessionRecord, Store
from .serve_cmd import add_room_options, check_port
from .session_cmds import default_title, store_for

SEED_ARTICLE = Path("data/articles/networking.hi.txt")
SEED_BANK = Path("data/banks/networking.hi.json")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``workshop``."""
    workshop = commands.add_parser("workshop", parents=[common], help="start a workshop on an article")
    workshop.add_argument("--article", default=str(SEED_ARTICLE))
    workshop.add_argument("--bank", default=None, help="bank JSON (default: generated from --article)")
    workshop.add_argument("--code", default=None, help="session code (default: reuse or make one up)")
    workshop.add_argument("--title", default=None,
                          help="session title (default: the article's title or first heading)")
    workshop.add_argument("--mode", choices=MODES, default="self",
                          help="self: everyone at her own pace (default); live: you present one question at a time")
    workshop.add_argument("--host", default="127.0.0.1",
                          help="address to serve on (0.0.0.0 lets phones on the same network join)")
    workshop.add_argument("--port", type=int, default=defaults.PARTICIPANT_PORT,
                          help=f"participant server port (default: {defaults.PARTICIPANT_PORT})")
    workshop.add_argument("--dashboard-port", type=int, default=defaults.FACILITATOR_PORT,
                          help=f"facilitator dashboard port, on 127.0.0.1 only (default: {defaults.FACILITATOR_PORT})")
    add_room_options(workshop, workers=1)  # one Voilà, as a rehearsal needs; --workers N for a large room
    workshop.add_argument("--no-serve", action="store_true", help="open the session but do not start Voilà")
    workshop.set_defaults(func=run_workshop)


def ensure_bank(article: Path, bank: Path | None) -> Path:
    """Return a bank path for the article, generating ``var/banks/<name>.json`` if needed."""
    if bank is not None:
        return bank
    if article == SEED_ARTICLE and SEED_BANK.is_file():
        return SEED_BANK
    target = Path("var/banks") / (article.stem + ".json")
    if not target.is_file():
        from ..article import read_article
        from ..bank import save_bank
        from ..generate import generate_bank

        save_bank(generate_bank(read_article(article)), target)
    return target


def ensure_session(store: Store, bank: Bank, code: str | None, title: str | None,
                   mode: str = "self") -> tuple[SessionRecord, bool]:
    """An open session on this bank and mode: the given code, else the newest open one on the same bank and
    mode, else new. Returns the session and whether it was reused.
    """
    bank_json = bank_to_json(bank)
    if code:
        try:
            record = store.get_session(code)
        except SessionError:
            return store.open_session(code, bank_json, title, mode), False
        if record.is_open and record.bank_json == bank_json and record.mode == mode:
            return record, True
        state = ("is closed" if not record.is_open else "runs another bank" if record.bank_json != bank_json
                 else f"runs in {record.mode} mode")
        raise SessionError(f"session {record.code} {state}: choose another --code, or omit --code")
    for record in store.list_sessions(open_only=True):
        if record.bank_json == bank_json and record.mode == mode:
            return record, True
    return open_with_new_code(store, bank_json, title, mode), False


def check_workshop_ports(host: str, port: int, dashboard_port: int, workers: int = 1) -> None:
    """NetquizError naming the busy port (and the option that moves it) before anything is opened or printed;
    with several workers, their ports (``--port`` + 10 + K) too."""
    from ..server.nginx import check_ports_free

    wanted = [("participant quiz", host, port, "--port"),
              ("facilitator dashboard", "127.0.0.1", dashboard_port, "--dashboard-port")]
    if workers > 1:
        wanted += [(f"worker {k}", "127.0.0.1", port + defaults.WORKER_PORT_OFFSET + k, "--port")
                   for k in range(workers)]
    for what, where, number, flag in wanted:
        try:
            check_ports_free([(what, where, number)])
        except NetquizError:
            raise NetquizError(f"port {number} ({what}) is already in use on {where}: stop what uses it or "
                               f"choose another {flag}") from None


def run_workshop(args: argparse.Namespace) -> int:
    """Make sure the bank and an open session exist, then serve the quiz and the dashboard together."""
    for port in (args.port, args.dashboard_port):
        check_port(port)
    if args.port == args.dashboard_port:
        raise NetquizError("--port and --dashboard-port must differ")
    if not args.no_serve:
        from ..server.workers import worker_count

        args.workers = worker_count(args.workers)
        check_workshop_ports(args.host, args.port, args.dashboard_port, args.workers)  # before a session is opened
    path = ensure_bank(Path(args.article), Path(args.bank) if args.bank else None)
    bank = load_bank(path)
    if not bank.questions:
        raise BankError(f"bank {path} has no questions: regenerate it with netquiz generate")
    title = args.title or default_title(bank, path)
    with store_for(args) as store:
        record, reused = ensure_session(store, bank, args.code, title, args.mode)
    opened = (f"{'reusing open' if reused else 'opened'} {record.mode} session {record.code}: {record.title or ''} "
              f"({len(bank.questions)} questions; database {safe_url(args.db)})")
    if args.no_serve:
        print(opened)
        print(f"SESSION CODE: {record.code}")
        return _how_to_serve(record.code, args.db)
    return _serve(args, record.code, opened)


def _serve(args: argparse.Namespace, code: str, opened: str) -> int:
    """The room (as ``netquiz serve`` builds it) and the dashboard, until Ctrl-C."""
    from ..server import workshop
    from ..server.console import open_console
    from ..server.voila import join_urls
    from .serve_cmd import facilitator_token, room_of

    token, _ = facilitator_token(None)  # $NETQUIZ_FACILITATOR_TOKEN (16+ characters) or a new random one
    room = room_of(args, args.host, args.port)
    console = open_console("workshop", args.verbose, first=[opened])
    return workshop.serve_workshop(room, join_urls(args.host, args.port)[0], args.dashboard_port, args.db, token,
                                   code, console)


def _how_to_serve(code: str, db: str) -> int:
    db_arg = "" if db == default_db_url() else f" --db {safe_url(db)}"
    print(f"serve the quiz with:  netquiz serve{db_arg}   (participants enter the code above)")
    print(f"close the session with:  netquiz session close --code {code}{db_arg}")
    return 0
