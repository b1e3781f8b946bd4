"""``netquiz export BANK.json --format gift|moodle-xml|jupyterquiz|csv -o FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..bank import load_bank, write_atomic
from ..errors import ExportError
from ..export import FORMATS, export_bank


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``export``."""
    export = commands.add_parser("export", parents=[common], help="export a bank for other tools")
    export.add_argument("bank", help="bank JSON file (from netquiz generate)")
    export.add_argument("--format", required=True, choices=FORMATS, dest="fmt",
                        help="gift, moodle-xml (Moodle), jupyterquiz (display_quiz JSON), csv (spreadsheet)")
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Load the bank, export it, write the file atomically and say how many questions it holds."""
    output = Path(args.output)
    bank_path = Path(args.bank)
    if output.exists() and bank_path.exists() and output.resolve() == bank_path.resolve():
        raise ExportError(f"refusing to overwrite the bank {bank_path} with its export: choose another -o")
    bank = load_bank(bank_path)
    text = export_bank(bank, args.fmt)
    try:
        write_atomic(output, text)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise ExportError(f"cannot write {output}: {reason} (choose a writable file path with -o)") from None
    print(f"wrote {len(bank.questions)} questions ({args.fmt}) to {output}")
    return 0
