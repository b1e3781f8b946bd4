"""Follow-up sets on the seed bank: share of each set from her two weakest sections, and repeats.

Simulates a room on ``data/banks/networking.hi.json`` (a real SQLite file): each participant is weak in
two random sections (right 30 % of the time there, 90 % elsewhere) and answers every question once; then
plans the follow-up (:func:`netquiz.quiz.follow_up.plan_follow_up`) and, for every participant who missed
a question, counts her set's questions from her two weakest sections and any question she already
answered (or one alike). Goal: ≥ 80 % pooled from the two weakest, no repeat. Exit 1 when missed::

    python bench/follow_up.py [--people 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netquiz.bank import bank_to_json, load_bank  # noqa: E402
from netquiz.quiz.follow_up import _fingerprints, plan_follow_up  # noqa: E402
from netquiz.store import open_store  # noqa: E402


def simulate(store, bank, people: int, rng: random.Random) -> None:
    """Open ORIG and let ``people`` participants answer every question once."""
    store.open_session("ORIG", bank_to_json(bank))
    sections = sorted({q.section for q in bank.questions})
    for number in range(people):
        person = store.join("ORIG", f"P{number}")
        weak = set(rng.sample(sections, 2))
        for question in bank.questions:
            right = rng.random() < (0.3 if question.section in weak else 0.9)
            option = question.answer if right else (question.answer + 1) % len(question.options)
            store.record_response(person.id, question.id, 1, option, right)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    bank = load_bank(ROOT / "data" / "banks" / "networking.hi.json")
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.sqlite3")
        simulate(store, bank, args.people, random.Random(args.seed))
        started = time.perf_counter()
        plan = plan_follow_up(store, "ORIG")
        elapsed = time.perf_counter() - started
        answered: dict[int, set[str]] = {}
        missed: set[int] = set()
        for response in store.responses("ORIG"):
            answered.setdefault(response.participant_id, set()).add(response.question_id)
            if not response.correct:
                missed.add(response.participant_id)
        store.close()
    by_id = {q.id: q for q in plan.bank.questions}
    in_weak = total = repeats = exhausted = 0
    shares, sizes = [], []
    for pid in sorted(missed):
        chosen = plan.sets.get(pid, ())
        seen_marks = set().union(*(_fingerprints(by_id[q]) for q in answered[pid]))
        repeats += sum(q in answered[pid] or bool(_fingerprints(by_id[q]) & seen_marks) for q in chosen)
        weak = sum(by_id[q].section in plan.weakest[pid] for q in chosen)
        exhausted += weak == 0
        in_weak, total = in_weak + weak, total + len(chosen)
        sizes.append(len(chosen))
        shares.append(weak / len(chosen) if chosen else 0.0)
    pooled = in_weak / total if total else 0.0
    print(f"participants who missed a question: {len(missed)}; bank {len(bank.questions)} → follow-up bank "
          f"{len(plan.bank.questions)} questions; planned in {elapsed:.2f} s")
    print(f"set size: mean {statistics.mean(sizes):.1f}, min {min(sizes)}, max {max(sizes)}")
    print(f"from her two weakest sections: pooled {100 * pooled:.1f} % ({in_weak}/{total}); per participant "
          f"median {100 * statistics.median(shares):.0f} %, min {100 * min(shares):.0f} %; "
          f"{sum(s >= 0.8 for s in shares)}/{len(shares)} participants at ≥ 80 %")
    print(f"participants whose two weakest sections hold nothing she has not seen (the article's limit): "
          f"{exhausted}")
    print(f"repeats of a question she answered (or one alike): {repeats}")
    return 0 if pooled >= 0.8 and repeats == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
