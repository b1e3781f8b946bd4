"""Live mode at room size: facilitator Start/Next → the question visible on 50 participants' screens.

One real participant server (``netquiz.server.voila.voila_command``, the ``netquiz serve`` defaults) on a temp SQLite
file with a live session on ``data/banks/networking.hi.json``. N protocol-level participants
(``bench/live_client.py``: GET the page, open the kernel websocket, set name/code and click Start through
widget messages, exactly what the page does) join and wait; each is one real Voilà kernel that polls the store
(``netquiz.ui.participant.live_view.POLL_S``). The facilitator's step runs in this process through
:class:`netquiz.live.round.LiveRound` (what the Present view's buttons call), then:

1. latency: facilitator Start/Next (state committed) → a websocket message with the question's stem received
   by each participant; p50/p95/max over every participant and question. Goal p95 ≤ 1 s.
   Between questions: Reveal (timed until every participant received the explanation), then --discuss
   seconds (default 3; in a workshop this is the discussion), then Next.
2. server CPU while the room waits on a question (nobody answers): user+sys of Voilà and all its kernels over
   a window, in cores. Goal ≤ 0.2 core. Printed beside the same window with the kernels idle on the
   self-paced join screen (no polling), as a floor.

Usage: python bench/live.py [--participants 50] [--questions 5] [--window 10]. Exit 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from live_client import Participant  # noqa: E402
from voila_servers import Server, cpu_delta, settle, start_server  # noqa: E402

from netquiz.bank import bank_to_json, load_bank  # noqa: E402
from netquiz.live import state as live  # noqa: E402
from netquiz.live.round import LiveRound  # noqa: E402
from netquiz.server.voila import QUIZ_NOTEBOOK, find_notebook, voila_env  # noqa: E402
from netquiz.store import open_store  # noqa: E402
from netquiz.ui.participant.live_view import POLL_S  # noqa: E402

BANK = ROOT / "data" / "banks" / "networking.hi.json"
CODE = "LIVEB"
GOALS = {"p95": 1.0, "cpu": 0.2}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def join_all(server: Server, count: int) -> list[Participant]:
    """Open pages one after another (each GET starts a kernel), join all; a few in flight at a time."""
    people = [Participant(server.url, f"Bench {k}") for k in range(count)]
    gate = asyncio.Semaphore(4)

    async def one(person: Participant) -> None:
        async with gate:
            await person.open()
            await person.join(CODE)
    await asyncio.gather(*(one(person) for person in people))
    return people


async def cpu_window(server: Server, seconds: float) -> float:
    """Cores used by the whole tree over ``seconds`` (the event loop keeps reading websockets meanwhile)."""
    before = server.cpu()
    await asyncio.sleep(seconds)
    return cpu_delta(before, server.cpu()) / seconds


async def seen_by_all(people: list[Participant], text: str, start: float, timeout: float) -> list[float]:
    """Seconds from ``start`` until each participant received ``text`` (inf: not within ``timeout``)."""
    deadline = start + timeout
    while any(p.seen_at(text) is None for p in people) and time.perf_counter() < deadline:
        await asyncio.sleep(0.01)
    return [(p.seen_at(text) or float("inf")) - start for p in people]


async def push(round_: LiveRound, people: list[Participant], stem: str, first: bool, timeout: float) -> list[float]:
    """Start/Next now; seconds until each participant got the stem."""
    for person in people:
        person.watch(stem)
    start = time.perf_counter()
    now = time.time()
    round_.apply(lambda s: live.start(s, now) if first else live.advance(s, now))
    return await seen_by_all(people, stem, start, timeout)


async def reveal(round_: LiveRound, people: list[Participant], explanation: str, timeout: float) -> list[float]:
    """Reveal now; seconds until each participant got the explanation (nobody answered: the key is shown)."""
    for person in people:
        person.watch(explanation)
    start = time.perf_counter()
    round_.apply(lambda s: live.reveal(s, time.time()))
    return await seen_by_all(people, explanation, start, timeout)


async def measure(args: argparse.Namespace, server: Server, db: str) -> dict[str, object]:
    people = await join_all(server, args.participants)
    store = open_store(db)
    round_ = LiveRound.load(store, CODE)
    await asyncio.sleep(2)
    waiting_cpu = await cpu_window(server, args.window)  # everyone on the waiting screen: polling
    latencies, reveals, open_cpu = [], [], []
    for k in range(args.questions):
        question = round_.bank.question(round_.state.queue[k])
        got = await push(round_, people, question.stem, k == 0, timeout=10)
        latencies += got
        await asyncio.sleep(1)
        open_cpu.append(await cpu_window(server, args.window))
        shown = await reveal(round_, people, question.explanation, timeout=10)
        reveals += shown
        print(f"question {k + 1}: shown p50 {statistics.median(got):.3f} s, max {max(got):.3f} s; "
              f"revealed p50 {statistics.median(shown):.3f} s, max {max(shown):.3f} s", file=sys.stderr)
        await asyncio.sleep(args.discuss)
    frames = statistics.mean(p.frames for p in people)
    for person in people:
        person.close()
    store.close()
    return {"latencies": latencies, "reveals": reveals, "waiting_cpu": waiting_cpu, "open_cpu": open_cpu,
            "frames": frames}


async def floor_cpu(server: Server, count: int, window: float) -> float:
    """The same number of kernels, pages open on the self-paced join screen (nothing polls): a floor."""
    people = [Participant(server.url, f"Floor {k}") for k in range(count)]
    gate = asyncio.Semaphore(4)

    async def one(person: Participant) -> None:
        async with gate:
            await person.open()
    await asyncio.gather(*(one(person) for person in people))
    await asyncio.sleep(2)
    cores = await cpu_window(server, window)
    for person in people:
        person.close()
    return cores


def report(args: argparse.Namespace, result: dict, floor: float) -> bool:
    latencies: list[float] = result["latencies"]  # type: ignore[assignment]
    p50, p95, worst = statistics.median(latencies), percentile(latencies, 0.95), max(latencies)
    open_cpu = statistics.median(result["open_cpu"])  # type: ignore[arg-type]
    waiting = float(result["waiting_cpu"])  # type: ignore[arg-type]
    cpu = max(open_cpu, waiting)
    print(f"live bench: {args.participants} protocol-level participants (one real Voilà kernel each), "
          f"{args.questions} questions, poll every {POLL_S} s, CPU windows of {args.window:.0f} s")
    print(f"{'figure':<52} {'value':>9} {'goal':>8}  result")
    reveals: list[float] = result["reveals"]  # type: ignore[assignment]
    rows = [("1 Start/Next → question received, p95 (s)", p95, GOALS["p95"]),
            ("  1a p50 (s)", p50, None), ("  1b max (s)", worst, None),
            ("  1c Reveal → feedback received, p95 (s)", percentile(reveals, 0.95), None),
            ("2 server CPU while the room waits (cores)", cpu, GOALS["cpu"]),
            ("  2a on the waiting screen, before question 1", waiting, None),
            ("  2b on an open question, nobody answering (median)", open_cpu, None),
            ("  2c floor: as many kernels, no polling (join screen)", floor, None),
            ("  2d waiting minus floor (cores)", cpu - floor, None),
            ("  2e per participant kernel (millicores)", 1000 * (cpu - floor) / args.participants, None),
            ("3 websocket messages per participant (whole run)", float(result["frames"]), None)]  # type: ignore[arg-type]
    met = True
    for label, value, goal in rows:
        ok = goal is None or value <= goal
        met &= ok
        print(f"{label:<52} {value:>9.3f} {'' if goal is None else '≤' + str(goal):>8}  "
              f"{'' if goal is None else ('met' if ok else 'MISSED')}")
    print(f"samples: {len(latencies)}; load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=50)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--window", type=float, default=10.0, help="seconds per CPU window (default 10)")
    parser.add_argument("--discuss", type=float, default=3.0,
                        help="seconds between the reveal reaching everyone and Next (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="netquiz-live-bench-") as tmp:
        db = f"sqlite:///{Path(tmp) / 'live.sqlite3'}"
        store = open_store(db)
        store.open_session(CODE, bank_to_json(load_bank(BANK)), "live bench", mode="live")
        store.close()
        env = voila_env(db)
        env.pop("NETQUIZ_LANG", None)
        server = start_server("netquiz", find_notebook(QUIZ_NOTEBOOK), ".netquiz-start", env, Path(tmp) / "v.log")
        try:
            settle([server])
            result = asyncio.run(measure(args, server, db))
            for ident in list(server.kernels()):
                server.shutdown(ident)
            settle([server])
            floor = asyncio.run(floor_cpu(server, args.participants, args.window))
        finally:
            server.stop()
    return 0 if report(args, result, floor) else 1


if __name__ == "__main__":
    sys.exit(main())
