"""A room arriving at once: N protocol-level participants (``bench/load_client.py``) against ``netquiz serve``.

Starts its own server on 127.0.0.1 (``--workers W``, on a temp SQLite file, ``--db URL``, or ``--pg`` for a
throw-away PostgreSQL from ``tests/pg_server.py``), opens a session on the seed bank, records once with
Chromium which static files the page loads lazily, then lets N participants arrive evenly over ``--over``
seconds; each opens the page (static files included), joins, answers ``--questions`` questions (0: all)
with ``--think`` seconds between actions, and leaves as a closed tab does. Prints one table row:

    finished, blank/failed pages, busy pages seen, join p50/p95 (GET → join form usable), feedback p95
    (submit → feedback), answers lost/duplicated (client's acknowledged answers vs the database), server
    CPU-s per participant (Voilà workers + kernels + nginx), peak RSS of the server tree, kernels left
    ``--linger`` s after everyone left (the pool's own included, shown as "pool").

``--vanish``: everyone leaves as a phone that sleeps or loses Wi-Fi (no unload, no shutdown request: the
socket just drops); with ``--linger 150`` the last column shows what culling left after 150 s.
``--before REV``: serve an older git revision of netquiz instead (extracted with ``git archive``, its own
CLI and server), to compare the server CPU per participant with this checkout in the same conditions.

Loopback only; every wait is bounded (``--timeout``), and it stops by itself. Usage::

    python bench/load.py --participants 25,50,100 --workers 2 [--pg | --db URL] [--questions 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

from baseline import Revision, extract  # noqa: E402
from load_client import Participant, Result, check_loopback, play  # noqa: E402
from tornado.httpclient import AsyncHTTPClient  # noqa: E402

from netquiz.store import open_store  # noqa: E402

BANK = ROOT / "data" / "banks" / "networking.hi.json"
CODE = "LOAD1"


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    url: str

    def tree(self) -> list[psutil.Process]:
        try:
            root = psutil.Process(self.proc.pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def _total(self, of: Callable[[psutil.Process], float]) -> float:
        """``of(process)`` summed over the tree, skipping processes that are gone."""
        total = 0.0
        for proc in self.tree():
            try:
                total += of(proc)
            except psutil.Error:
                continue
        return total

    def cpu(self) -> float:
        """CPU seconds of the tree, kernels already stopped included (their parent's children times)."""
        return self._total(lambda p: sum(p.cpu_times()[:4]))

    def rss(self) -> int:
        return int(self._total(lambda p: p.memory_info().rss))

    def kernels(self) -> int:
        return int(self._total(lambda p: p.status() != psutil.STATUS_ZOMBIE
                               and "ipykernel" in " ".join(p.cmdline())))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def env_of(revision: Revision | None) -> dict[str, str]:
    """This process's environment, with an older revision first on the path if one is served."""
    return revision.env(dict(os.environ)) if revision is not None else dict(os.environ)


def netquiz(revision: Revision | None, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "netquiz", *args], check=True, capture_output=True, timeout=120,
                   env=env_of(revision), cwd=revision.root if revision is not None else None)


def start_server(args: argparse.Namespace, db: str, log: Path, revision: Revision | None = None) -> Server:
    port = args.port
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--workers", str(args.workers),
               "--db", db, "--pool-size", str(args.pool_size), "--max-kernels-per-address", "0",
               "--expect", str(args.expect)]
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                env=env_of(revision), cwd=revision.root if revision is not None else None)
    server = Server(proc, port, f"http://127.0.0.1:{port}/")
    ready = "/w0/voila/static/voila.js" if args.workers > 1 else "/voila/static/voila.js"
    deadline = time.monotonic() + 120
    import urllib.request

    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {log.read_text()[-2000:]}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{ready}", timeout=5)
            return server
        except OSError:
            time.sleep(0.5)
    server.stop()
    raise SystemExit("server did not start")


def settle(server: Server, expected_kernels: int, timeout: float = 300) -> None:
    """Wait until the pool is filled and the CPU is quiet."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = server.cpu()
        time.sleep(2)
        if server.kernels() >= expected_kernels and server.cpu() - before < 0.3:
            return


def record_static(url: str) -> list[str]:
    """The static files a real Chromium loads lazily for the page (paths after the worker's prefix)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return []
    seen: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        page.on("request", lambda r: seen.append(r.url))
        page.goto(url)
        page.wait_for_selector(".netquiz-join", timeout=120_000)
        kernel = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', page.content()).group(1)
        base = re.search(r'"baseUrl":\s*"([^"]*)"', page.content()).group(1)
        xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_xsrf")
        origin = "/".join(page.url.split("/")[:3])
        page.request.post(f"{origin}{base}voila/api/shutdown/{kernel}", headers={"X-XSRFToken": xsrf})
        browser.close()  # its kernel is shut down above, as the page's unload handler would
    paths = []
    for full in seen:
        path = full.split("://", 1)[1].split("/", 1)[1] if "://" in full else full
        for marker in ("voila/static/", "voila/labextensions/"):
            if marker in path and path.split(marker)[1].split("?")[0].split("/")[-1] not in ("voila.js",):
                paths.append(marker + path.split(marker, 1)[1])
    return list(dict.fromkeys(p for p in paths if "remoteEntry" not in p))


async def crowd(args: argparse.Namespace, url: str, count: int, static: list[str]) -> list[Result]:
    AsyncHTTPClient.configure(None, max_clients=max(64, count * 6))
    think = tuple(float(x) for x in args.think.split(","))
    people = [Participant(url, f"P{i:03d} भागीदार", CODE, static, think, args.questions, vanish=args.vanish)
              for i in range(count)]

    async def arrive(index: int, person: Participant) -> Result:
        await asyncio.sleep(index * args.over / count)
        return await play(person, f"load-token-{index:04d}-{os.getpid()}")

    tasks = [asyncio.create_task(arrive(i, p)) for i, p in enumerate(people)]
    done, pending = await asyncio.wait(tasks, timeout=args.timeout)
    for task in pending:
        task.cancel()
    results = []
    for person, task in zip(people, tasks, strict=True):
        if task in done and not task.cancelled() and task.exception() is None:
            results.append(task.result())
        else:
            person.result.failure = person.result.failure or "timeout: the run's --timeout ran out"
            results.append(person.result)
    return results


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def db_check(db: str, results: list[Result]) -> tuple[int, int]:
    """(answers lost, answers duplicated): the client's acknowledged answers against the stored rows."""
    store = open_store(db)
    try:
        rows = store.responses(CODE)
        people = store.participants(CODE)
    finally:
        store.close()
    stored: dict[str, int] = {}
    for row in rows:
        stored[row.participant_name] = stored.get(row.participant_name, 0) + 1
    lost = sum(max(0, r.answered - stored.get(r.name, 0)) for r in results)
    keys = [(r.participant_id, r.question_id, r.attempt) for r in rows]
    extra_people = len(people) - len({p.name.split(" (")[0] for p in people})
    duplicated = (len(keys) - len(set(keys))) + sum(max(0, stored.get(r.name, 0) - r.answered - 1)
                                                    for r in results) + extra_people
    return lost, duplicated


def run_one(args: argparse.Namespace, count: int, db: str, tmp: Path, revision: Revision | None = None) -> str:
    netquiz(revision, "session", "open", "--bank", str(BANK), "--code", CODE, "--db", db)
    server = start_server(args, db, tmp / f"serve-{count}.log", revision)
    try:
        pool = args.workers * max(args.pool_size, 0)
        settle(server, pool)
        static = record_static(server.url) if args.static else []
        settle(server, pool)
        cpu0, peak, client0 = server.cpu(), server.rss(), time.process_time()

        async def sampled() -> list[Result]:
            nonlocal peak
            task = asyncio.create_task(crowd(args, server.url, count, static))
            while not task.done():
                peak = max(peak, server.rss())
                await asyncio.sleep(1)
            return task.result()

        results = asyncio.run(sampled())
        client_cpu = time.process_time() - client0
        time.sleep(args.linger)
        left, cpu = server.kernels(), server.cpu() - cpu0
    finally:
        server.stop()
    lost, dup = db_check(db, results)
    joins = [r.joined_s for r in results if r.joined_s is not None]
    feedback = [f for r in results for f in r.feedback_s]
    failed = [r for r in results if r.failure]
    blank = sum(r.failure.startswith("blank") for r in failed)
    if failed and args.verbose:
        for r in failed[:5]:
            print(f"  {r.name}: {r.failure}", file=sys.stderr)
    backend = "postgresql" if db.startswith("postgres") else "sqlite"
    if revision is not None:
        backend += f", revision {revision.commit[:7]}"
    if args.vanish:
        backend += ", tabs vanish"
    return (f"| {count} | {args.workers} | {backend} | {sum(r.finished for r in results)} | {blank} / "
            f"{len(failed) - blank} | {sum(r.busy_pages for r in results)} | {pct(joins, .5):.2f} / "
            f"{pct(joins, .95):.2f} s | {pct(feedback, .95):.2f} s | {lost} / {dup} | {cpu / count:.2f} s "
            f"(client {client_cpu / count:.2f} s) | {peak / 2**20:.0f} MiB | {left} (pool {pool}) |")


HEADER = ("| participants in {over:.0f} s | workers | database | finished | blank / failed pages | busy pages "
          "| join p50 / p95 | feedback p95 | answers lost / duplicated | server CPU per participant "
          "| peak RSS | kernels left {linger:.0f} s after |\n|---|---|---|---|---|---|---|---|---|---|---|---|")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", default="25", help="comma-separated room sizes, e.g. 25,50,100")
    parser.add_argument("--over", type=float, default=60.0, help="arrival window in seconds (default 60)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", default="", help="database URL (default: a temp SQLite file per room size)")
    parser.add_argument("--pg", action="store_true", help="start a throw-away PostgreSQL and use it")
    parser.add_argument("--questions", type=int, default=10, help="questions each answers (0: the whole quiz)")
    parser.add_argument("--think", default="1,3", help="seconds between actions: MIN,MAX (default 1,3)")
    parser.add_argument("--pool-size", type=int, default=1)
    parser.add_argument("--expect", type=int, default=0)
    parser.add_argument("--port", type=int, default=18966)
    parser.add_argument("--linger", type=float, default=30.0, help="seconds after the last leaves (default 30)")
    parser.add_argument("--timeout", type=float, default=900.0, help="the crowd's time limit in seconds")
    parser.add_argument("--no-static", dest="static", action="store_false",
                        help="skip the lazily loaded static files (no Chromium needed)")
    parser.add_argument("--vanish", action="store_true",
                        help="leave without unload or shutdown request (a phone asleep); try --linger 150")
    parser.add_argument("--before", default="", help="serve this older git revision instead of the checkout")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    check_loopback(f"http://127.0.0.1:{args.port}/")
    pg = None
    if args.pg:
        import pg_server

        pg, why = pg_server.start()
        if pg is None:
            raise SystemExit(f"cannot start PostgreSQL: {why}")
    print(HEADER.format(over=args.over, linger=args.linger), flush=True)
    try:
        tmp = tempfile.mkdtemp(prefix="netquiz-load-")  # kept: the servers' logs and SQLite files
        revision = extract(ROOT, args.before, Path(tmp) / "before") if args.before else None
        for count in [int(n) for n in args.participants.split(",")]:
            db = args.db or (pg.new_database() if pg else f"sqlite:///{tmp}/load-{count}.sqlite3")
            print(run_one(args, count, db, Path(tmp), revision), flush=True)
        print(f"server logs: {tmp}", file=sys.stderr)
    finally:
        if pg is not None:
            pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
