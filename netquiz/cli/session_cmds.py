"""``netquiz session open|close|list``: run workshop sessions in the store named by ``--db``."""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..bank import bank_to_json, load_bank
from ..errors import BankError
from ..model import Bank
from ..store import open_store, open_with_new_code
from ..store.base import MODES, Store
from ..store.migrations import DEFAULT_REVIEW_DAYS
from . import follow_up_cmd


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``session`` with its ``open``, ``close`` and ``list`` verbs."""
    session = commands.add_parser("session", help="open, close or list workshop sessions")
    verbs = session.add_subparsers(dest="verb", required=True, parser_class=type(session))
    opener = verbs.add_parser("open", parents=[common], help="open a session on a bank; prints its code last")
    opener.add_argument("--bank", default=None, help="bank JSON (from netquiz generate); required unless --follow-up")
    opener.add_argument("--code", default=None,
                        help="3–12 letters or digits (default: a new 6-character code)")
    opener.add_argument("--title", default=None,
                        help="shown to the facilitator (default: the article's title or first heading)")
    opener.add_argument("--mode", choices=MODES, default="self",
                        help="self: everyone at her own pace (default); live: the facilitator presents "
                             "one question at a time")
    follow_up_cmd.add_arguments(opener)
    opener.set_defaults(func=run_open)
    closer = verbs.add_parser("close", parents=[common], help="close a session: no new joins or answers")
    closer.add_argument("--code", required=True)
    closer.set_defaults(func=run_close)
    lister = verbs.add_parser("list", parents=[common], help="list sessions, newest first")
    lister.add_argument("--open", action="store_true", help="only open sessions")
    lister.set_defaults(func=run_list)


@contextmanager
def store_for(args: argparse.Namespace) -> Iterator[Store]:
    """The store named by ``--db``, closed afterwards."""
    store = open_store(args.db)
    try:
        yield store
    finally:
        store.close()


def run_open(args: argparse.Namespace) -> int:
    """Load and check the bank, store it with a new session, print the code as the last line."""
    if args.follow_up:
        return follow_up_cmd.run_follow_up(args)
    if not args.bank:
        raise BankError("session open needs --bank BANK.json (or --follow-up CODE)")
    bank = load_bank(args.bank)
    if not bank.questions:
        raise BankError(f"bank {args.bank} has no questions: regenerate it with netquiz generate")
    title = args.title or default_title(bank, Path(args.bank))
    with store_for(args) as store:
        if args.code:
            record = store.open_session(args.code, bank_to_json(bank), title, args.mode)
        else:
            record = open_with_new_code(store, bank_to_json(bank), title, args.mode)
        if args.review_days != DEFAULT_REVIEW_DAYS:
            record = store.set_review_days(record.code, args.review_days)
    sections = len({q.section for q in bank.questions})
    print(f"opened {args.mode} session {record.code}: {title} ({len(bank.questions)} questions in {sections} "
          "sections)")
    print("participants join with this code: serve the quiz with  netquiz serve")
    print(f"close it with  netquiz session close --code {record.code}")
    print(record.code)
    return 0


def default_title(bank: Bank, path: Path) -> str:
    """The article's title, else its first heading, else the bank file's name."""
    if bank.article.title:
        return bank.article.title
    return next((s.title for s in bank.article.sections if s.title), None) or path.stem


def run_close(args: argparse.Namespace) -> int:
    """Close a session and say how many took part."""
    with store_for(args) as store:
        record = store.close_session(args.code)
        people, answers = len(store.participants(record.code)), len(store.responses(record.code))
    print(f"closed session {record.code}: {people} participants, {answers} answers "
          f"(report: netquiz report --code {record.code})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """One line per session: code, state, participants, opened, title."""
    with store_for(args) as store:
        rows = [(s, len(store.participants(s.code))) for s in store.list_sessions(open_only=args.open)]
    if not rows:
        print("no sessions yet: open one with  netquiz session open --bank BANK.json")
        return 0
    print(f"{'code':<12}  {'state':<6}  {'people':>6}  {'opened':<16}  title")
    for record, people in rows:
        state = "open" if record.is_open else "closed"
        opened = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created_at))
        print(f"{record.code:<12}  {state:<6}  {people:>6}  {opened:<16}  {record.title or ''}")
    return 0
