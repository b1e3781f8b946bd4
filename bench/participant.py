"""Participant path against a bare Voilà floor, both served in the same run with the same settings.

Two servers are started with ``netquiz.serve.voila_command`` (single-notebook mode, the ``netquiz
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

from voila_servers import CULL_IDLE, POOL_SIZE, Server, cpu_delta, settle, start_server  # noqa: E402

from netquiz.serve import QUIZ_NOTEBOOK, find_notebook, voila_env  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BANK = ROOT / "data" / "banks" / "networking.hi.json"
BARE = ROOT / "bench" / "bare" / "bare.ipynb"
CODE = "BENCH1"
TIMEOUT_MS = 60_000
FEEDBACK = ".netquiz-feedback.netquiz-correct, .netquiz-feedback.netquiz-incorrect"
OPENS = 3  # page opens per server and run for figure 1 (their median is the run's value)
GOALS = {"open": 1.10, "answer": 1.5, "rss": 1.15, "cpu": 1.2}


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
        context.close()
        if ident:
            server.shutdown(ident)
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


def join_once(browser, server: Server, name: str, frames: dict[str, int]) -> str:
    """One join (bare: open + one click) in a fresh context; returns the kernel id."""
    context = browser.new_context()
    context.on("page", lambda page: page.on("websocket", lambda ws: count_frames(ws, server.name, frames)))
    try:
        page, _ = open_page(context, server)
        if server.name == "netquiz":
            join(page, name)
        else:
            bare_clicks(page, 1)
        return kernel_id(page)
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
    idents: dict[str, list[str]] = {server.name: [] for server in servers}
    for k in range(joins):
        for server in servers:
            idents[server.name].append(join_once(browser, server, f"Bench join {run}-{k}", frames))
    settle(servers)  # the pool refills belong to the joins' cost
    for server in servers:
        after, mine = server.cpu(), samples[server.name]
        mine.cpu.append(cpu_delta(before[server.name], after))
        mine.add("cpu_server", cpu_delta(before[server.name], after, only=server.proc.pid))
        mine.add("frames", frames[server.name] / joins)
        for ident in idents[server.name]:
            server.shutdown(ident)


# ---- driver ------------------------------------------------------------------------------------
def open_session(db: str, env: dict[str, str]) -> None:
    """Open the bench session on the committed bank with the real CLI."""
    done = subprocess.run([sys.executable, "-m", "netquiz", "session", "open", "--bank", str(BANK),
                           "--code", CODE, "--db", db], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"netquiz session open failed: {done.stderr.strip()}")


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
    samples = {server.name: Samples() for server in servers}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for server in servers:  # warm-up, not counted: browser and OS caches
                visit(browser, server, use_quiz(server, Samples(), "Bench warm-up", 2))
            for run in range(args.runs):
                order = servers if run % 2 == 0 else servers[::-1]
                interact_run(browser, order, samples, run, args)
                joins_run(browser, order, samples, run, args.joins)
                print(f"run {run + 1}/{args.runs} done", file=sys.stderr, flush=True)
            browser.close()
    finally:
        for server in servers:
            server.stop()
    return samples


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


def report(samples: dict[str, Samples], args: argparse.Namespace) -> bool:
    """Print the results table and details; True when every goal is met."""
    quiz, bare = samples["netquiz"], samples["bare"]
    print(f"participant bench: median of {args.runs} runs; both servers: netquiz.serve.voila_command, "
          f"pool_size={POOL_SIZE} (preheat), cull_idle_timeout={CULL_IDLE}s; {args.questions} questions "
          f"per quiz, {args.joins} joins" + ("; QUICK: not for the record" if args.quick else ""))
    print(f"{'figure':<44} {'unit':>4} {'netquiz':>9} {'floor':>9} {'ratio':>6} {'goal':>6}  result")
    met = True
    for label, unit, ours, floor, goal in rows(quiz, bare, args.joins):
        ratio = ours / floor
        met &= goal is None or ratio <= goal
        verdict = "" if goal is None else ("met" if ratio <= goal else "MISSED")
        print(f"{label:<44} {unit:>4} {ours:>9.3f} {floor:>9.3f} {ratio:>6.2f} "
              f"{'' if goal is None else '≤' + str(goal):>6}  {verdict}")
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
