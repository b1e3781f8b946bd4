"""``netquiz workshop``: the README's one-command start on the seed article."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from ..bank import load_bank

SEED_ARTICLE = Path("data/articles/networking.hi.txt")
SEED_BANK = Path("data/banks/networking.hi.json")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``workshop``."""
    workshop = commands.add_parser("workshop", parents=[common], help="start a workshop on an article")
    workshop.add_argument("--article", default=str(SEED_ARTICLE))
    workshop.add_argument("--bank", default=None, help="bank JSON (default: generated from --article)")
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


def run_workshop(args: argparse.Namespace) -> int:
    """For now: make sure the bank exists and print its summary."""
    path = ensure_bank(Path(args.article), Path(args.bank) if args.bank else None)
    bank = load_bank(path)
    counts = Counter(q.section for q in bank.questions)
    for section in bank.article.sections:
        print(f"{section.id:<4} {counts[section.id]:>3} questions  {section.title or '(intro)'}")
    print(f"bank: {path} ({len(bank.questions)} questions)")
    return 0
