"""``netquiz report --code CODE [--format csv|json] [--participants] [-o FILE]``: item analysis."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..bank import write_atomic
from ..errors import ExportError, StoreError
from ..export.csv_safe import frame_csv
from ..store import MEMORY, Store, is_postgres_url, open_store, sqlite_path

HELP = """\
csv (default): one row per question: question_id, section, kind, n (first answers), facility,
discrimination, stem. --participants: one row per participant: name, answered, score (number of
correct first answers), last_answer (UTC). json: {"session": {...}, "questions": [...],
"participants": [...]} with the same fields; undefined values are null (empty in csv).

Only first attempts count. Both indices are percentages, as in Moodle: facility = 100 × share of
first answers that are right (0..100); discrimination = 100 × Pearson correlation between the item
score and the rest-of-test score of the participants who answered it (-100..100; empty when
undefined, e.g. everyone right). The json session block adds Cronbach's alpha and its standard
error of measurement over the participants who answered every question."""


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``report``."""
    report = commands.add_parser("report", parents=[common], help="item analysis and scores of a session",
                                 description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("--code", required=True, help="session code (as printed by netquiz session open)")
    report.add_argument("--format", choices=("csv", "json", "html"), default="csv", dest="fmt",
                        help="csv (default), json, or html (the organiser's report with pictures; needs -o)")
    report.add_argument("--lang", choices=("hi", "en"), default=None, help="html: language of the headings")
    report.add_argument("--participants", action="store_true",
                        help="csv: one row per participant instead of per question (json has both)")
    report.add_argument("-o", "--output", help="write to this file instead of standard output")
    report.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Read the session from the store, compute the report, print or write it."""
    from ..analysis.tables import build_report

    if args.fmt == "html" and not args.output:
        raise ExportError("--format html writes a file: add -o FILE.html")
    store = open_store(_existing_db(args.db))
    try:
        text = html_report(store, args) if args.fmt == "html" else render(
            build_report(store, args.code), args.fmt, args.participants)
    finally:
        store.close()
    if args.output:
        try:
            write_atomic(Path(args.output), text)
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            raise ExportError(f"cannot write {args.output}: {reason} "
                              "(choose a writable file with -o)") from None
    else:
        sys.stdout.write(text)
    return 0


def html_report(store: Store, args: argparse.Namespace) -> str:
    """The organiser's report with pictures (:mod:`netquiz.analysis.report_html`)."""
    from ..analysis.report_html import report_html

    return report_html(store, args.code, args.lang)


def render(report: dict, fmt: str, participants: bool) -> str:
    """The report as csv (questions, or participants) or json text."""
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    import pandas as pd

    rows = report["participants"] if participants else report["questions"]
    columns = (["name", "answered", "score", "last_answer"] if participants else
               ["question_id", "section", "kind", "n", "facility", "discrimination", "stem"])
    return frame_csv(pd.DataFrame(rows, columns=columns))


def _existing_db(url: str) -> str:
    """Refuse a SQLite file that does not exist (a report would create an empty database)."""
    if is_postgres_url(url):
        return url
    path = sqlite_path(url)
    if path != MEMORY and not Path(path).is_file():
        raise StoreError(f"no database at {path}: pass the workshop's database with --db URL "
                         "(or set NETQUIZ_DB)")
    return url
