"""Generation throughput on synthetic corpora made by recombining sections of the bundled articles.

Prints sections per second for 100 and 1,000 articles, the time ratio (goal: ≤ 12× for 10× the input),
and each run's cost as a ratio to a floor measured in the same run: parsing the same corpus only.
Usage: python bench/generate.py [--small 100] [--large 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netquiz.article import parse_article, read_article  # noqa: E402
from netquiz.generate import generate_bank  # noqa: E402

SOURCES = [ROOT / "data/articles/networking.hi.txt", *sorted((ROOT / "tests/articles").glob("*.hi.*"))]


def corpus(count: int, seed: int = 1) -> list[str]:
    """``count`` Hindi articles, each an intro and 3–5 headed sections drawn from the bundled articles."""
    pieces = [s for path in SOURCES for s in read_article(path).sections]
    intros = [s for s in pieces if s.title is None]
    headed = [s for s in pieces if s.title]
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        parts = [rng.choice(intros).text]
        for section in rng.sample(headed, rng.randint(3, 5)):
            parts.append(f"{section.title}\n\n{section.text}")
        articles.append("\n\n".join(parts) + "\n")
    return articles


def timed(texts: list[str], generate: bool) -> tuple[float, int]:
    """CPU seconds of this process to parse (and generate from) every text, and the number of sections.

    CPU time rather than wall time: this machine is shared, and other processes' load would otherwise
    decide the figure (generation is single-threaded and does no I/O, so the two agree on an idle machine).
    """
    start, sections = time.process_time(), 0
    for text in texts:
        article = parse_article(text)
        sections += len(article.sections)
        if generate:
            generate_bank(article)
    return time.process_time() - start, sections


def median_run(texts: list[str], generate: bool, repeats: int) -> tuple[float, int]:
    runs = [timed(texts, generate) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), runs[0][1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rows = []
    for count in (args.small, args.large):
        texts = corpus(count)
        floor, _ = median_run(texts, False, args.repeats)
        seconds, sections = median_run(texts, True, args.repeats)
        rows.append((count, sections, seconds, floor))
        print(f"{count:>5} articles {sections:>6} sections  generate {seconds:7.2f} CPU-s  "
              f"{sections / seconds:7.0f} sections/s  parse-only floor {floor:6.3f} s  "
              f"generate/floor {seconds / floor:6.1f}×")
    (small_n, _, small_t, _), (large_n, _, large_t, _) = rows
    ratio = large_t / small_t
    scale = large_n / small_n
    print(f"time ratio {large_n}/{small_n} articles: {ratio:.2f}× for {scale:.0f}× the input "
          f"(goal ≤ {1.2 * scale:.0f}×: {'met' if ratio <= 1.2 * scale else 'MISSED'})")
    rate = rows[1][1] / large_t
    print(f"throughput {rate:.0f} sections/s (goal ≥ 500: {'met' if rate >= 500 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
