"""``netquiz handout BANK.json [--key] [--lang hi|en] -o FILE.html [--pdf]``: printable paper handouts."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..bank import load_bank, write_atomic
from ..errors import ExportError
from ..export.handout import handout_html
from ..export.print_page import html_to_pdf


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``handout``."""
    handout = commands.add_parser("handout", parents=[common],
                                  help="a printable question sheet (no key) or, with --key, the answer key")
    handout.add_argument("bank", help="bank JSON file (from netquiz generate)")
    handout.add_argument("--key", action="store_true",
                         help="the answer key with explanations and sources instead of the question sheet")
    handout.add_argument("--lang", choices=("hi", "en"), default=None,
                         help="language of the headings (default: the article's)")
    handout.add_argument("-o", "--output", required=True, help="HTML file to write")
    handout.add_argument("--pdf", action="store_true",
                         help="also write FILE.pdf next to it (needs WeasyPrint; the HTML is written anyway)")
    handout.set_defaults(func=run_handout)


def run_handout(args: argparse.Namespace) -> int:
    """Load the bank, write the sheet or key atomically (and the PDF when asked and possible)."""
    output, bank_path = Path(args.output), Path(args.bank)
    if output.exists() and bank_path.exists() and output.resolve() == bank_path.resolve():
        raise ExportError(f"refusing to overwrite the bank {bank_path} with a handout: choose another -o")
    bank = load_bank(bank_path)
    document = handout_html(bank, key=args.key, lang=args.lang)
    write_file(output, document)
    kind = "answer key" if args.key else "question sheet"
    print(f"wrote the {kind} of {len(bank.questions)} questions to {output}")
    if args.pdf:
        write_pdf(output, document)
    return 0


def write_file(output: Path, content: str) -> None:
    """Write atomically; an OSError becomes one actionable line."""
    try:
        write_atomic(output, content)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise ExportError(f"cannot write {output}: {reason} (choose a writable file path with -o)") from None


def write_pdf(output: Path, document: str) -> None:
    """FILE.pdf beside the HTML through WeasyPrint, or a note that it is not installed."""
    pdf = html_to_pdf(document)
    if pdf is None:
        print("no PDF: WeasyPrint is not installed (pip install weasyprint); print the HTML from a browser")
        return
    target = output.with_suffix(".pdf")
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc.__class__.__name__}") from None
    print(f"wrote {target}")
