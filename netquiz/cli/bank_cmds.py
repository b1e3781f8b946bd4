"""``netquiz sections`` and ``netquiz generate``."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from ..article import read_article
from ..bank import save_bank


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``sections`` and ``generate``."""
    sections = commands.add_parser("sections", parents=[common], help="list an article's sections")
    sections.add_argument("article")
    sections.add_argument("--lang", choices=("hi", "en"))
    sections.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sections.add_argument("--situations-template", action="store_true",
                          help="print a file to fill in for `generate --situations`: one commented line per "
                               "headed section")
    sections.set_defaults(func=run_sections)

    generate = commands.add_parser("generate", parents=[common], help="generate a question bank")
    generate.add_argument("article")
    generate.add_argument("-o", "--output", required=True, help="bank JSON file to write")
    generate.add_argument("--seed", type=int, default=0, help="random seed (same seed, same bank)")
    generate.add_argument("--lang", choices=("hi", "en"))
    generate.add_argument("--voice", choices=("feminine", "masculine"), default="feminine",
                          help="gender of the interview answers' first person (default: feminine)")
    generate.add_argument("--situations", metavar="FILE",
                          help="your own situations, one per line (“s2: Meena …”): each makes a scenario "
                               "question whose options are the article's headings")
    generate.set_defaults(func=run_generate)


def run_sections(args: argparse.Namespace) -> int:
    """Print id, title and sentence count of each section."""
    article = read_article(args.article, lang=args.lang)
    if args.situations_template:
        from ..generate.situations import situations_template
        from ..texts import facilitator_lang

        print(situations_template(article, facilitator_lang()), end="")
        return 0
    rows = [{"id": s.id, "title": s.title, "sentences": len(s.sentences)} for s in article.sections]
    if args.json:
        print(json.dumps({"title": article.title, "lang": article.lang, "sections": rows},
                         ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"{row['id']:<4} {row['sentences']:>3}  {row['title'] or '(intro)'}")
    return 0


def run_generate(args: argparse.Namespace) -> int:
    """Generate a bank, write it atomically, print a per-section summary."""
    from ..generate import generate_with_notes
    from ..generate.blind import GUESSERS, blind_report
    from ..generate.coverage import REASONS, coverage_gaps, intro_gap
    from ..generate.situations import read_situations_file
    from ..texts import facilitator_lang

    article = read_article(args.article, lang=args.lang)
    situations = read_situations_file(args.situations, article) if args.situations else []
    live = sys.stderr.isatty()  # (in a log or a pipe, one line at the end instead of a line redrawn per section)
    bank, notes = generate_with_notes(article, seed=args.seed, voice=args.voice, situations=situations,
                                      progress=lambda done, total: print(f"\rsections {done}/{total}", end="",
                                                                         file=sys.stderr) if live else None)
    if live:
        print(file=sys.stderr)
    else:
        print(f"sections {len(article.sections)}/{len(article.sections)}", file=sys.stderr)
    save_bank(bank, args.output)
    per_section = Counter(q.section for q in bank.questions)
    for section in article.sections:
        kinds = Counter(q.kind for q in bank.questions if q.section == section.id)
        detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        print(f"{section.id:<4} {per_section[section.id]:>3} questions  {section.title or '(intro)'}  [{detail}]")
    for note in notes:
        print(note.message(facilitator_lang()), file=sys.stderr)
    intro = intro_gap(bank)
    gaps = coverage_gaps(bank)
    for gap in ([intro] if intro else []) + gaps:
        print(gap.message(facilitator_lang()), file=sys.stderr)
    unasked = [gap.section.id for gap in gaps if not gap.scenarios]
    if unasked:
        print(REASONS.get(facilitator_lang(), REASONS["en"])["situations"].format(id=unasked[0]), file=sys.stderr)
    report = blind_report(bank.questions, article.lang)
    best = max(GUESSERS, key=lambda name: report[name])
    print(f"blind guessing: best strategy '{best}' gets {report[best]:.2f} × chance "
          f"over {int(report['n'])} scenario/interview/true-false questions")
    print(f"wrote {len(bank.questions)} questions to {args.output}")
    return 0
