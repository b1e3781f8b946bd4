"""Per headed section (questions/scenario questions) and the blind report, the feedback and eliminating readers
included, for the seed and every test article (tests/articles/aside/ is never read), and the feedback reader over
the interview items of all the banks and of three (the seed, speaking, networking.en: most interview items) taken
together.

Usage: python bench/coverage.py [--seed 0] [--seeds 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netquiz.article import read_article  # noqa: E402
from netquiz.generate import generate_bank  # noqa: E402
from netquiz.generate.blind import STRATEGIES, blind_report  # noqa: E402
from netquiz.generate.feedback_guess import feedback_ratio  # noqa: E402

THREE = ("networking.hi.txt", "speaking.hi.md", "networking.en.md")  # the seed and the two with most interview items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seeds", type=int, default=1, help="also pool the interview items over this many seeds")
    parser.add_argument("--put-aside", action="store_true",
                        help="also the put-aside articles (tests/articles/aside*/), once they have been read")
    args = parser.parse_args()
    seed = args.seed
    paths = [ROOT / "data/articles/networking.hi.txt",
             *sorted(p for p in (ROOT / "tests/articles").iterdir() if p.is_file())]
    if args.put_aside:
        paths += sorted((ROOT / "tests/articles").glob("aside*/*.*"))
    interviews, three = [], []
    for path in paths:
        article = read_article(path)
        bank = generate_bank(article, seed=seed)
        cells = [f"{s.id}:{sum(q.section == s.id for q in bank.questions)}/"
                 f"{sum(q.section == s.id and q.kind == 'scenario' for q in bank.questions)}" for s in article.sections]
        report = blind_report(bank.questions, article.lang)
        best = max(STRATEGIES, key=lambda name: report[name])
        mine = [q for q in bank.questions if q.kind == "interview"]
        interviews += mine
        three += mine if path.name in THREE else []
        name = path.name[:24]
        print(f"{name:24} {' '.join(cells)} | best {best} {report[best]:.2f} feedback {report['feedback']:.2f} "
              f"elimination {report['elimination']:.2f} n={int(report['n'])}")
    print(f"feedback reader, interview items of all {len(paths)} banks: {feedback_ratio(interviews):.2f} × chance "
          f"(n={len(interviews)}); of {', '.join(THREE)}: {feedback_ratio(three):.2f} × chance (n={len(three)})")
    if args.seeds > 1:  # one seed's 20 items are noisy: the same over other seeds, with more orders
        ratios = []
        for other in range(seed, seed + args.seeds):
            pooled = [q for path in paths for q in generate_bank(read_article(path), seed=other).questions
                      if q.kind == "interview"]
            ratios.append(feedback_ratio(pooled, orders=200))
        print(f"feedback reader, interview items of all banks, seeds {seed}–{seed + args.seeds - 1}: "
              f"{', '.join(f'{r:.2f}' for r in ratios)}; mean {sum(ratios) / len(ratios):.2f} × chance")
    return 0


if __name__ == "__main__":
    sys.exit(main())
