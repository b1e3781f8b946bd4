"""Generation throughput on synthetic corpora made by recombining sections of the bundled articles.

Prints sections per second for 100 and 1,000 articles, the time ratio (goal: ≤ 12× for 10× the input),
and each run's cost as a ratio to a floor measured in the same run: parsing the same corpus only.

The goal "≥ 500 sections/s" was set on this machine when the generator of ``--baseline`` (the one before
issue 7) ran at 841 sections/s. The machine is shared and its speed drifts, so the baseline generator is
timed again in the same run, on the same corpus (its code is taken from git into a temporary folder and run
in a subprocess), and the goal is judged on the throughput scaled to that machine speed:
``rate × 841 / baseline rate ≥ 500``.
Usage: python bench/generate.py [--small 100] [--large 1000] [--baseline REV]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
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


BASELINE_REV = "c73a0fb"  # main before issue 7 (the generator with polarity flips)
BASELINE_RATE_WHEN_SET = 841.0  # its sections/s when the 500 sections/s goal was set
BASELINE_SCRIPT = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from netquiz.article import parse_article
from netquiz.generate import generate_bank
texts = json.load(open(sys.argv[2], encoding="utf-8"))
runs = []
for _ in range(int(sys.argv[3])):
    start, sections = time.process_time(), 0
    for text in texts:
        article = parse_article(text)
        sections += len(article.sections)
        generate_bank(article)
    runs.append((time.process_time() - start, sections))
runs.sort()
print(json.dumps(runs[len(runs) // 2]))
"""


def baseline_rate(texts: list[str], rev: str, repeats: int) -> float | None:
    """Sections/s of the generator at git revision ``rev`` on ``texts`` (None when git cannot give it)."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "netquiz"], capture_output=True,
                                 check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        corpus_file = Path(tmp) / "corpus.json"
        corpus_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", BASELINE_SCRIPT, tmp, str(corpus_file), str(repeats)],
                             capture_output=True, text=True, check=True, cwd=tmp).stdout
    seconds, sections = json.loads(out)
    return sections / seconds


def median_run(texts: list[str], generate: bool, repeats: int) -> tuple[float, int]:
    runs = [timed(texts, generate) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), runs[0][1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline", default=BASELINE_REV, help="git revision of the baseline generator")
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
    base = baseline_rate(corpus(args.large), args.baseline, args.repeats)
    if base is None:
        print(f"throughput {rate:.0f} sections/s (goal ≥ 500: {'met' if rate >= 500 else 'MISSED'}; "
              f"no baseline: git revision {args.baseline} not available)")
        return 0
    if args.baseline != BASELINE_REV:  # (another revision's rate says nothing of the machine when the goal was set)
        print(f"baseline generator ({args.baseline}) in this run: {base:.0f} sections/s; this generator / baseline: "
              f"{rate / base:.2f} (the goal is judged against {BASELINE_REV}: run without --baseline)")
        return 0
    scaled = rate * BASELINE_RATE_WHEN_SET / base
    print(f"baseline generator ({args.baseline}) in this run: {base:.0f} sections/s "
          f"({BASELINE_RATE_WHEN_SET:.0f} when the goal was set); this generator / baseline: {rate / base:.2f}")
    print(f"throughput {rate:.0f} sections/s, {scaled:.0f} scaled to the machine speed when the goal was set "
          f"(goal ≥ 500: {'met' if scaled >= 500 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
