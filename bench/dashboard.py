"""Dashboard refresh cost for 10, 100 and 1,000 participants × 30 questions, on a real SQLite file.

A fake 30-question bank over 5 sections; one temporary SQLite database per size (joins through the
store; the N×30 first answers, plus right retries of about half the misses, bulk-inserted in one
transaction to keep the fill short). Timed: ``netquiz.analysis.tables.dashboard_tables(store, code)``, the one
call the dashboard makes per refresh (the store reads and every table: participants, leaderboard, item
analysis, answer distribution, section mastery, reliability) — median of --repeats runs after a warm-up
call, the sizes interleaved round by round so that load from other processes hits every size alike.
Floor, measured the same way: the refresh's one responses query, fetched, nothing computed. RSS: a
fresh subprocess per size (so each RSS is that size's alone) opens the store and refreshes 3 times.

Prints one row per size and the ratio time(1000)/time(10) against the goal "< 10×" (100× the data).
Usage: python bench/dashboard.py [--sizes 10 100 1000] [--repeats 7]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netquiz.article import parse_article  # noqa: E402
from netquiz.bank import bank_to_json, validate_bank  # noqa: E402
from netquiz.model import KINDS, Bank, Question  # noqa: E402

CODE = "BENCH1"
SECTIONS, PER_SECTION = 5, 6


def fake_bank() -> Bank:
    """30 valid questions (6 per section, every kind, 2–4 options) on a 5-section English article."""
    text = "\n".join(f"Topic {k}\n\nPeople in topic {k} meet often. Meetings in topic {k} build trust.\n"
                     for k in range(1, SECTIONS + 1))
    article = parse_article(text)
    questions = []
    for section in article.sections:
        for j in range(PER_SECTION):
            kind = KINDS[j % len(KINDS)]
            n = 2 if kind == "true_false" else 4
            questions.append(Question(
                id=f"{section.id}-{kind}-{j + 1}", section=section.id, kind=kind,
                stem=f"Meera is in {section.title.lower()}, case {j + 1}. What follows?",
                options=tuple(f"Outcome {o + 1} of {section.id}/{j + 1}" for o in range(n)),
                answer=(j + len(questions)) % n, feedback=tuple(f"Feedback {o + 1}" for o in range(n)),
                explanation="See the section.", source=section.sentences[j % len(section.sentences)]))
    bank = Bank(article=article, questions=tuple(questions))
    validate_bank(bank)
    return bank


def fill(url: str, path: str, bank: Bank, participants: int, seed: int = 7) -> int:
    """Open the session, join ``participants`` through the store, bulk-insert their answers; return rows."""
    from netquiz.store import open_store

    store = open_store(url)
    try:
        store.open_session(CODE, bank_to_json(bank), "Bench")
        ids = [store.join(CODE, f"Participant {i:04d}").id for i in range(participants)]
    finally:
        store.close()
    rng, rows, now = random.Random(seed), [], time.time()
    difficulty = [rng.gauss(0, 1) for _ in bank.questions]
    for pid in ids:
        ability = rng.gauss(0.5, 1)
        for q, b in zip(bank.questions, difficulty, strict=True):
            right = rng.random() < 1 / (1 + math.exp(b - ability))
            wrong = [o for o in range(len(q.options)) if o != q.answer]
            rows.append((pid, q.id, 1, q.answer if right else rng.choice(wrong), int(right), now))
            if not right and rng.random() < 0.5:
                rows.append((pid, q.id, 2, q.answer, 1, now))
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO responses(participant_id, question_id, attempt, option, correct, "
                         "answered_at) VALUES (?,?,?,?,?,?)", rows)
    return len(rows)


def interleaved(calls: dict[int, Callable[[], object]], repeats: int) -> dict[int, list[float]]:
    """Wall times of each call, ``repeats`` rounds of one call per size, so load drift hits all sizes."""
    times: dict[int, list[float]] = {size: [] for size in calls}
    for _ in range(repeats):
        for size, call in calls.items():
            start = time.perf_counter()
            call()
            times[size].append(time.perf_counter() - start)
    return times


def rss_child(path: str, participants: int) -> dict:
    """In a fresh process: RSS after imports and opening the store, then after three refreshes."""
    import psutil

    from netquiz.analysis.tables import dashboard_tables
    from netquiz.store import open_store

    store = open_store(f"sqlite:///{path}")
    before = psutil.Process().memory_info().rss
    for _ in range(3):
        tables = dashboard_tables(store, CODE)
    assert len(tables.participants) == participants
    store.close()
    rss = psutil.Process().memory_info().rss
    return {"rss": rss, "growth": rss - before}


def sql_floor(path: str) -> None:
    """The unavoidable I/O: the one responses query, fetched (what the refresh reads, nothing computed)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(RESPONSES_SQL, (CODE,)).fetchall()
    finally:
        conn.close()


RESPONSES_SQL = ("SELECT r.participant_id, r.question_id, r.attempt, r.option, r.correct, r.answered_at "
                 "FROM participants p JOIN responses r ON r.participant_id = p.id "
                 "WHERE p.session_code = ? ORDER BY r.id")


def measure(sizes: list[int], repeats: int, tmp: str) -> list[dict]:
    """Fill one database per size, time refreshes interleaved, then RSS per size in a subprocess."""
    from netquiz.analysis.tables import dashboard_tables
    from netquiz.store import open_store

    bank, paths, rows = fake_bank(), {}, {}
    for size in sizes:
        paths[size] = str(Path(tmp) / f"bench-{size}.sqlite3")
        rows[size] = fill(f"sqlite:///{paths[size]}", paths[size], bank, size)
    stores = {size: open_store(f"sqlite:///{paths[size]}") for size in sizes}
    try:
        interleaved({n: (lambda s=stores[n]: dashboard_tables(s, CODE)) for n in sizes}, 1)  # warm-up
        refresh = interleaved({n: (lambda s=stores[n]: dashboard_tables(s, CODE)) for n in sizes}, repeats)
        floor = interleaved({n: (lambda p=paths[n]: sql_floor(p)) for n in sizes}, repeats)
    finally:
        for store in stores.values():
            store.close()
    results = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--rss", paths[size], str(size)],
                             check=True, capture_output=True, text=True).stdout
        results.append({"participants": size, "responses": rows[size],
                        "refresh": statistics.median(refresh[size]), "floor": statistics.median(floor[size]),
                        **json.loads(out.strip().splitlines()[-1])})
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--rss", nargs=2, metavar=("DB", "PARTICIPANTS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss:
        print(json.dumps(rss_child(args.rss[0], int(args.rss[1]))))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        results = measure(args.sizes, args.repeats, tmp)
    print(f"dashboard_tables refresh, 30 questions: median of {args.repeats} interleaved runs after a warm-up "
          "round; RSS from one subprocess per size after 3 refreshes")
    print(f"{'participants':>12} {'responses':>9} {'refresh ms':>10} {'SQL floor ms':>12} "
          f"{'refresh/floor':>13} {'RSS MiB':>8} {'RSS growth MiB':>14}")
    for r in results:
        print(f"{r['participants']:>12} {r['responses']:>9} {r['refresh'] * 1e3:>10.1f} "
              f"{r['floor'] * 1e3:>12.1f} {r['refresh'] / r['floor']:>12.1f}× {r['rss'] / 2**20:>8.1f} "
              f"{r['growth'] / 2**20:>14.1f}")
    small, large = results[0], results[-1]
    ratio = large["refresh"] / small["refresh"]
    scale = large["participants"] / small["participants"]
    print(f"time({large['participants']})/time({small['participants']}) = {ratio:.2f}× for {scale:.0f}× the "
          f"data (goal < 10×: {'met' if ratio < 10 else 'MISSED'})")
    return 0 if ratio < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
