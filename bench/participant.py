"""Participant path against a bare Voilà floor, both served in the same run with the same settings.

Two servers are started with ``netquiz.server.voila.voila_command`` (single-notebook mode, the ``netquiz
serve`` defaults: pool of 1 pre-heated kernel, culling after 600 s idle): ``notebooks/quiz.ipynb`` on
a temp SQLite file with a session opened by the CLI on ``data/banks/networking.hi.json``, and
``bench/bare/bare.ipynb`` (one ipywidgets Button that prints into an Output). Headless Chromium
(Playwright) drives both; each run does the same steps on each server, the order alternating per
run; before every page open the process trees settle (pool refilled, CPU idle), and used kernels are
stopped through Voilà's shutdown endpoint so they do not pile up.

1. page open → join form interactive (``.netquiz-start`` visible and enabled after ``#loading`` is
   detached) vs page open → ``.bare-button`` the same; a run's value is the median of 3 opens.
   Goal ≤ 1.10.
2. option click + submit → ``.netquiz-feedback.netquiz-correct|incorrect`` visible (median over the
   run's questions) vs bare click → its line in the Output. Goal ≤ 1.5.
3. kernel RSS after a whole quiz (summary shown) vs the bare kernel after as many clicks. Goal ≤ 1.15.
4. CPU seconds (user+sys from psutil: Voilà server + all its kernels, incl. the pool refills) for 10
   sequential joins (open, join form, name+code, start, ``.netquiz-question``) vs 10 bare opens + one
   click each; the two servers alternate join by join inside one window. Goal ≤ 1.2.

Figures 5 and 6 compare this checkout with an older revision of netquiz (``--before``, default the last
one that rebuilt the question screen for every question), extracted with ``git archive`` and served
by a third Voilà server with its own command line, SQLite file and session, in the same run:

5. websocket frames (both directions) per answered question, over a whole quiz. Goal ≤ 1/3.
6. CPU seconds (Voilà server + all its kernels) of one participant-quiz: page open, join, every
   question answered, tab closed, kernel stopped and the pool refilled. Goal ≤ 1/2. Details: 6a the
   visit without the answering (the same work in both revisions: a kernel started, a page rendered),
   6b the answering alone (first question shown → summary shown).

Each figure: median over --runs runs (default 5). Usage: python bench/participant.py [--runs N] [--quick]
Exit status 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baseline import Revision, extract  # noqa: E402
from voila_servers import CULL_IDLE, POOL_SIZE, Server, cpu_delta, settle, start_server  # noqa: E402

from netquiz.server.voila import QUIZ_NOTEBOOK, find_notebook, voila_env  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BANK = ROOT / "data" / "banks" / "networking.hi.json"
BARE = ROOT / "bench" / "bare" / "bare.ipynb"
CODE = "BENCH1"
TIMEOUT_MS = 60_000
FEEDBACK = ".netquiz-feedback.netquiz-correct, .netquiz-feedback.netquiz-incorrect"
OPENS = 3  # page opens per server and run for figure 1 (their median is the run's value)
GOALS = {"open": 1.10, "answer": 1.5, "rss": 1.15, "cpu": 1.2, "frames": 1 / 3, "quiz_cpu": 1 / 2}
BEFORE = "d9893c2"  # the last revision that built new widgets for every question screen


# ---- browser steps -----------------------------------------------------------------------------
def open_page(context, server: Server):
    """Open the page in ``context``; return (page, seconds until ``server.ready`` is usable)."""
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(server.url, wait_until="commit")
    page.wait_for_selector("#loading", state="detached")
    page.wait_for_selector(f"{server.ready}:not([disabled])", state="visible")
    return page, time.perf_counter() - start


def kernel_id(page) -> str:
    """The kernel id Voilà wrote into the page's config."""
    match = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', page.content())
    if not match:
        raise RuntimeError("no kernelId in the Voilà page")
    return match.group(1)


def join(page, name: str) -> None:
    page.fill(".netquiz-name input", name)
    page.fill(".netquiz-code input", CODE)
    page.click(".netquiz-start")
    page.wait_for_selector(".netquiz-question, .netquiz-error")
    if page.locator(".netquiz-error").count():
        raise RuntimeError(f"join failed: {page.inner_text('.netquiz-error')}")


@dataclass
class Answers:
    """Per-question wall times of one quiz run (seconds)."""

    total: list[float] = field(default_factory=list)   # option click → feedback visible
    select: list[float] = field(default_factory=list)  # option + submit clicks dispatched (browser side)
    submit: list[float] = field(default_factory=list)  # submit clicked → feedback visible
    next: list[float] = field(default_factory=list)    # next click → next question or summary


def answer_all(page, limit: int) -> Answers:
    """Answer up to ``limit`` questions (option k mod n), timing each; ends on the summary if reached."""
    times = Answers()
    for k in range(limit):
        options = page.locator(".netquiz-question .netquiz-option")
        start = time.perf_counter()
        options.nth(k % options.count()).click()
        page.click(".netquiz-submit")  # as a participant does: submit is enabled from the start
        clicked = time.perf_counter()
        page.wait_for_selector(FEEDBACK)
        done = time.perf_counter()
        assert page.locator(".netquiz-option.netquiz-selected").count() == 1
        page.click(".netquiz-next")
        page.wait_for_selector(".netquiz-submit, .netquiz-summary")
        times.total.append(done - start)
        times.select.append(clicked - start)
        times.submit.append(done - clicked)
        times.next.append(time.perf_counter() - done)
        if page.locator(".netquiz-summary").count():
            break
    return times


def bare_clicks(page, count: int) -> list[float]:
    """Click the bare button ``count`` times; seconds until each click's line is in the Output."""
    times = []
    for k in range(1, count + 1):
        start = time.perf_counter()
        page.click(".bare-button")
        page.locator(".bare-output", has_text=re.compile(rf"clicked {k}\b")).wait_for()
        times.append(time.perf_counter() - start)
    return times


# ---- one run -----------------------------------------------------------------------------------
@dataclass
class Samples:
    """One value per run for each figure, plus detail values (also one per run)."""

    open: list[float] = field(default_factory=list)
    answer: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    answer_frames: list[float] = field(default_factory=list)  # figure 5: frames per answered question
    quiz_cpu: list[float] = field(default_factory=list)  # figure 6: CPU s of one participant-quiz
    details: dict[str, list[float]] = field(default_factory=dict)

    def add(self, key: str, value: float) -> None:
        self.details.setdefault(key, []).append(value)

    def median(self, key: str) -> float:
        return statistics.median(getattr(self, key) if hasattr(self, key) else self.details[key])


def libs_loaded(pid: int) -> dict[str, bool]:
    """Whether pandas / numpy files are mapped into the process (/proc/PID/maps)."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    return {lib: f"/site-packages/{lib}/" in maps for lib in ("pandas", "numpy")}


def visit(browser, server: Server, action: Callable[[object, str], None] | None = None) -> float:
    """Settle, open the page in a fresh context, run ``action(page, kernel_id)``, close, stop the kernel.

    Returns the open time (figure 1)."""
    settle([server])
    context, ident = browser.new_context(viewport={"width": 1024, "height": 900}, locale="hi-IN"), ""
    try:
        page, seconds = open_page(context, server)
        ident = kernel_id(page)
        if action is not None:
            action(page, ident)
    finally:
        cookies = context.cookies()
        context.close()
        if ident:
            server.shutdown(ident, cookies)
    return seconds


def use_quiz(server: Server, samples: Samples, name: str, questions: int) -> Callable[[object, str], None]:
    """Figures 2 and 3 on one page: answer the quiz (bare: click as often), then the kernel's RSS."""
    def action(page, ident: str) -> None:
        if server.name == "netquiz":
            join(page, name)
            times = answer_all(page, questions)
            samples.answer.append(statistics.median(times.total))
            for key in ("select", "submit", "next"):
                samples.add(key, statistics.median(getattr(times, key)))
        else:
            samples.answer.append(statistics.median(bare_clicks(page, questions)))
        kernel = server.kernels()[ident]
        samples.rss.append(kernel.memory_info().rss)
        for lib, loaded in libs_loaded(kernel.pid).items():
            samples.add(lib, float(loaded))
    return action


def interact_run(browser, servers: list[Server], samples: dict[str, Samples], run: int,
                 args: argparse.Namespace) -> None:
    """Figures 1–3 for one run: OPENS page opens per server (one of them answers the whole quiz)."""
    opens: dict[str, list[float]] = {server.name: [] for server in servers}
    for k in range(OPENS):
        for server in servers:
            action = use_quiz(server, samples[server.name], f"Bench {run}", args.questions) if k == 0 else None
            opens[server.name].append(visit(browser, server, action))
    for name, values in opens.items():
        samples[name].open.append(statistics.median(values))


def join_once(browser, server: Server, name: str, frames: dict[str, int]) -> tuple[str, list[dict]]:
    """One join (bare: open + one click) in a fresh context; returns the kernel id and the browser's
    cookies (only the page's own browser may stop its kernel)."""
    context = browser.new_context()
    context.on("page", lambda page: page.on("websocket", lambda ws: count_frames(ws, server.name, frames)))
    try:
        page, _ = open_page(context, server)
        if server.name == "netquiz":
            join(page, name)
        else:
            bare_clicks(page, 1)
        return kernel_id(page), context.cookies()
    finally:
        context.close()


def count_frames(socket, name: str, frames: dict[str, int]) -> None:
    def bump(_payload: object) -> None:
        frames[name] += 1
    socket.on("framesent", bump)
    socket.on("framereceived", bump)


def joins_run(browser, servers: list[Server], samples: dict[str, Samples], run: int, joins: int) -> None:
    """Figure 4: both trees' CPU over ``joins`` joins on each server, alternating join by join."""
    settle(servers)
    before = {server.name: server.cpu() for server in servers}
    frames = {server.name: 0 for server in servers}
    idents: dict[str, list[tuple[str, list[dict]]]] = {server.name: [] for server in servers}
    for k in range(joins):
        for server in servers:
            idents[server.name].append(join_once(browser, server, f"Bench join {run}-{k}", frames))
    settle(servers)  # the pool refills belong to the joins' cost
    for server in servers:
        after, mine = server.cpu(), samples[server.name]
        mine.cpu.append(cpu_delta(before[server.name], after))
        mine.add("cpu_server", cpu_delta(before[server.name], after, only=server.proc.pid))
        mine.add("frames", frames[server.name] / joins)
        for ident, cookies in idents[server.name]:
            server.shutdown(ident, cookies)


def quiz_cost(browser, server: Server, everyone: list[Server], samples: Samples, name: str,
              questions: int) -> None:
    """Figures 5 and 6 for one participant-quiz on ``server``: frames while answering; CPU from page
    open to the refilled pool after her kernel is stopped, split into the answering (6b: first
    question shown → summary shown) and the rest of the visit (6a)."""
    settle(everyone)
    cpu = [server.cpu()]
    counter = {"on": False, "frames": 0}
    context, ident, answered = browser.new_context(viewport={"width": 1024, "height": 900}), "", 0

    def bump(_payload: object) -> None:
        counter["frames"] += counter["on"]

    context.on("page", lambda page: page.on("websocket", lambda ws: (ws.on("framesent", bump),
                                                                      ws.on("framereceived", bump))))
    try:
        page, _ = open_page(context, server)
        ident = kernel_id(page)
        join(page, name)
        settle(everyone)  # the pool refill that her page open set off belongs to the visit, not the answering
        cpu.append(server.cpu())
        counter["on"] = True
        answered = len(answer_all(page, questions).total)
        counter["on"] = False
        cpu.append(server.cpu())
    finally:
        cookies = context.cookies()
        context.close()
        if ident:
            server.shutdown(ident, cookies)
    settle(everyone)
    cpu.append(server.cpu())
    # Summed segment by segment: her kernel is gone by the last snapshot, and a process counts only in
    # the segments it is alive at the end of (cpu_delta), so one delta from first to last would drop it.
    visit, answering = cpu_delta(cpu[0], cpu[1]) + cpu_delta(cpu[2], cpu[3]), cpu_delta(cpu[1], cpu[2])
    samples.answer_frames.append(counter["frames"] / max(answered, 1))
    samples.quiz_cpu.append(visit + answering)
    samples.add("quiz_answering", answering)
    samples.add("quiz_visit", visit)


def cost_run(browser, pair: list[Server], everyone: list[Server], samples: dict[str, Samples], run: int,
             questions: int) -> None:
    """Figures 5 and 6 for one run: one whole quiz on each of the pair (this checkout, the old one)."""
    for server in pair:
        quiz_cost(browser, server, everyone, samples[server.name], f"Bench cost {run}", questions)


# ---- driver ------------------------------------------------------------------------------------
def open_session(db: str, env: dict[str, str], revision: Revision | None = None) -> None:
    """Open the bench session on the committed bank with the real CLI (of ``revision`` if given)."""
    args = ["session", "open", "--bank", str(BANK), "--code", CODE, "--db", db]
    if revision is not None:
        done = revision.cli(args, env)
    else:
        done = subprocess.run([sys.executable, "-m", "netquiz", *args], capture_output=True, text=True,
                              env=env, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"netquiz session open failed: {done.stderr.strip()}")


def start_before(rev: str, tmp: Path) -> Server:
    """The older revision's quiz, on its own SQLite file and session."""
    revision = extract(ROOT, rev, tmp / "before")
    db = f"sqlite:///{tmp / 'before.sqlite3'}"
    env = voila_env(db)
    env.pop("NETQUIZ_LANG", None)
    open_session(db, env, revision)
    notebook = revision.root / "notebooks" / "quiz.ipynb"
    return start_server("before", notebook, ".netquiz-start", revision.env(env), tmp / "before.log",
                        lambda nb, port: revision.voila_command(nb, port, POOL_SIZE, CULL_IDLE, env))


def measure(args: argparse.Namespace, tmp: Path) -> dict[str, Samples]:
    """Start both servers, warm the browser up on each, then alternate the runs between them."""
    from playwright.sync_api import sync_playwright

    db = f"sqlite:///{tmp / 'netquiz.sqlite3'}"
    env = voila_env(db)
    env.pop("NETQUIZ_LANG", None)
    open_session(db, env)
    servers = [start_server("netquiz", find_notebook(QUIZ_NOTEBOOK), ".netquiz-start", env,
                            tmp / "netquiz.log"),
               start_server("bare", BARE, ".bare-button", env, tmp / "bare.log")]
    if not args.no_before:
        servers.append(start_before(args.before, tmp))
    samples = {server.name: Samples() for server in servers}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for server in servers:  # warm-up, not counted: browser and OS caches
                if server.name == "before":
                    visit(browser, server, lambda page, _ident: (join(page, "Bench warm-up"), answer_all(page, 2)))
                else:
                    visit(browser, server, use_quiz(server, Samples(), "Bench warm-up", 2))
            for run in range(args.runs):
                pair = servers[:2] if run % 2 == 0 else servers[1::-1]
                if not args.cost_only:
                    interact_run(browser, pair, samples, run, args)
                    joins_run(browser, pair, samples, run, args.joins)
                if not args.no_before:
                    ours, old = servers[0], servers[2]
                    cost_run(browser, [ours, old] if run % 2 == 0 else [old, ours], servers, samples, run,
                             args.questions)
                print(f"run {run + 1}/{args.runs} done", file=sys.stderr, flush=True)
            browser.close()
    finally:
        for server in servers:
            server.stop()
    return samples


def cost_rows(quiz: Samples, old: Samples) -> list[tuple[str, str, float, float, float | None]]:
    """Figures 5 and 6: this checkout against the older revision."""
    return [
        ("5 websocket frames per answered question", "n", quiz.median("answer_frames"),
         old.median("answer_frames"), GOALS["frames"]),
        ("6 CPU of one participant-quiz (server+kernels)", "s", quiz.median("quiz_cpu"), old.median("quiz_cpu"),
         GOALS["quiz_cpu"]),
        ("  6a open, join, leave, pool refilled", "s", quiz.median("quiz_visit"), old.median("quiz_visit"), None),
        ("  6b answering: first question → summary", "s", quiz.median("quiz_answering"),
         old.median("quiz_answering"), None),
    ]


def rows(quiz: Samples, bare: Samples, joins: int) -> list[tuple[str, str, float, float, float | None]]:
    """(label, unit, netquiz, floor, goal) per line of the table; goal None marks a detail line."""
    click, mib = bare.median("answer"), 2**20
    server = quiz.median("cpu_server"), bare.median("cpu_server")
    return [
        ("1 open → join form interactive", "s", quiz.median("open"), bare.median("open"), GOALS["open"]),
        ("2 option + submit → feedback", "s", quiz.median("answer"), click, GOALS["answer"]),
        ("  2a option + submit clicks dispatched", "s", quiz.median("select"), click, None),
        ("  2b submit clicked → feedback (vs click)", "s", quiz.median("submit"), click, None),
        ("  2c next click → next question (vs click)", "s", quiz.median("next"), click, None),
        ("3 kernel RSS after the quiz", "MiB", quiz.median("rss") / mib, bare.median("rss") / mib, GOALS["rss"]),
        (f"4 CPU of {joins} joins (server + kernels)", "s", quiz.median("cpu"), bare.median("cpu"), GOALS["cpu"]),
        ("  4a Voilà server process alone", "s", server[0], server[1], None),
        ("  4b kernels alone", "s", quiz.median("cpu") - server[0], bare.median("cpu") - server[1], None),
        ("  4c websocket frames per join", "n", quiz.median("frames"), bare.median("frames"), None),
    ]


def print_rows(lines: list[tuple[str, str, float, float, float | None]]) -> bool:
    """Print table lines; True when every goal among them is met."""
    met = True
    for label, unit, ours, floor, goal in lines:
        ratio = ours / floor
        met &= goal is None or ratio <= goal
        verdict = "" if goal is None else ("met" if ratio <= goal else "MISSED")
        shown = "" if goal is None else "≤" + (f"{goal:.2f}" if goal < 1 else str(goal))
        print(f"{label:<48} {unit:>4} {ours:>9.3f} {floor:>9.3f} {ratio:>6.2f} {shown:>6}  {verdict}")
    return met


def report(samples: dict[str, Samples], args: argparse.Namespace) -> bool:
    """Print the results table and details; True when every goal is met."""
    quiz, bare = samples["netquiz"], samples["bare"]
    print(f"participant bench: median of {args.runs} runs; both servers: netquiz.server.voila.voila_command, "
          f"pool_size={POOL_SIZE} (preheat), cull_idle_timeout={CULL_IDLE}s; {args.questions} questions "
          f"per quiz, {args.joins} joins" + ("; QUICK: not for the record" if args.quick else ""))
    print(f"{'figure':<48} {'unit':>4} {'netquiz':>9} {'floor':>9} {'ratio':>6} {'goal':>6}  result")
    if args.cost_only:
        met = True
    else:
        met = print_rows(rows(quiz, bare, args.joins))
    if "before" in samples:
        old = samples["before"]
        print(f"against revision {args.before} served in the same run ('floor' = that revision):")
        met &= print_rows(cost_rows(quiz, old))
        print(f"per run frames: netquiz {[round(v, 1) for v in quiz.answer_frames]} "
              f"before {[round(v, 1) for v in old.answer_frames]}")
        print(f"per run quiz_cpu: netquiz {[round(v, 2) for v in quiz.quiz_cpu]} "
              f"before {[round(v, 2) for v in old.quiz_cpu]}")
    if args.cost_only:
        return met
    yes = {True: "yes", False: "no"}
    print(f"pandas mapped in the participant kernel (/proc/PID/maps): {yes[any(quiz.details['pandas'])]}; "
          f"numpy: {yes[any(quiz.details['numpy'])]} (bare kernel: pandas {yes[any(bare.details['pandas'])]}, "
          f"numpy {yes[any(bare.details['numpy'])]})")
    for key in ("open", "answer", "rss", "cpu"):
        print(f"per run {key}: netquiz {[round(v, 3) for v in getattr(quiz, key)]} "
              f"bare {[round(v, 3) for v in getattr(bare, key)]}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--before", default=BEFORE,
                        help=f"older git revision for figures 5 and 6 (default {BEFORE})")
    parser.add_argument("--no-before", action="store_true", help="skip figures 5 and 6")
    parser.add_argument("--cost-only", action="store_true", help="only figures 5 and 6")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 3 runs, 3 joins, 8 questions (not a whole quiz)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    bank_questions = len(json.loads(BANK.read_text(encoding="utf-8"))["questions"])
    args.joins, args.questions = (3, 8) if args.quick else (10, bank_questions)
    if args.quick and "--runs" not in sys.argv:
        args.runs = 3
    with tempfile.TemporaryDirectory(prefix="netquiz-bench-") as tmp:
        samples = measure(args, Path(tmp))
    return 0 if report(samples, args) else 1


if __name__ == "__main__":
    sys.exit(main())
