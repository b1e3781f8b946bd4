"""``netquiz session open --follow-up CODE [--code NEW] [--title T]`` and ``--review-days N``.

A follow-up session gives each participant of session CODE her own set from her weakest sections
(:mod:`netquiz.quiz.follow_up`); she re-joins with her browser or her PIN and lands in it; a newcomer gets
the whole bank. ``--review-days`` is how long after closing a participant may still fetch her review.
"""

from __future__ import annotations

import argparse

from ..bank import bank_to_json
from ..errors import SessionError
from ..quiz.follow_up import EXTRA_ID, plan_follow_up
from ..store import open_follow_up_with_new_code, open_store
from ..store.base import SessionRecord, Store
from ..store.migrations import DEFAULT_REVIEW_DAYS


def add_arguments(opener: argparse.ArgumentParser) -> None:
    """The follow-up and review options of ``session open``."""
    opener.add_argument("--follow-up", dest="follow_up", default=None, metavar="CODE",
                        help="open a follow-up of session CODE: each participant gets her own set from her "
                             "weakest sections (no --bank needed)")
    opener.add_argument("--review-days", dest="review_days", type=int, default=DEFAULT_REVIEW_DAYS,
                        help=f"days after closing that participants may still fetch their review "
                             f"(default {DEFAULT_REVIEW_DAYS})")


def run_follow_up(args: argparse.Namespace) -> int:
    """Plan the sets, open the follow-up with them, print a summary and the code as the last line."""
    if args.mode != "self":
        raise SessionError("a follow-up runs self-paced (each participant has her own set): drop --mode live")
    store = open_store(args.db)
    try:
        origin = store.get_session(args.follow_up)
        plan = plan_follow_up(store, origin.code)
        title = args.title or f"{origin.title or origin.code} (follow-up)"
        record = _open(store, args.code, origin.code, bank_to_json(plan.bank), title, plan.sets)
        store.set_review_days(record.code, args.review_days)
    finally:
        store.close()
    sizes = [len(ids) for ids in plan.sets.values()]
    extra = sum(bool(EXTRA_ID.match(q.id)) for q in plan.bank.questions)
    print(f"opened follow-up session {record.code} of {origin.code}: {len(sizes)} participants with their own "
          f"sets ({min(sizes, default=0)}–{max(sizes, default=0)} questions; {extra} new questions generated); "
          "newcomers get the whole bank")
    print(f"participants re-join with this code (same browser, or name and PIN): {record.code}")
    print(record.code)
    return 0


def _open(store: Store, code: str | None, origin: str, bank_json: str, title: str,
          sets: dict[int, tuple[str, ...]]) -> SessionRecord:
    if code:
        return store.open_follow_up(code, origin, bank_json, title, sets)
    return open_follow_up_with_new_code(store, origin, bank_json, title, sets)
