"""Another participant's join while one address runs an open-and-close loop (issue 15, "kernel churn").

Starts ``netquiz serve --workers 1 --trust-forwarded --pool-size P`` (default page rate, no per-address
kernel cap) on a temp SQLite file with the seed session. Client addresses come in ``X-Real-IP`` from
127.0.0.1, the trusted proxy, so one machine can play several addresses. Blocks alternate, ``--rounds``
times: *quiet* (``--joins`` participants, each from its own address, one every ``--gap`` s) and *churn*
(the same while a separate process opens the quiz page from 203.0.113.66 and closes it — Voilà's
shutdown POST, as a closed tab — as fast as the server answers, ignoring Retry-After). A join is the
load client's (``bench/load_client.py``): page GET (static files included) → kernel websocket → the join
form usable. Before each block the pool is let refill. Prints quiet median and p95, churn median and p95,
the ratio churn p95 / quiet median (goal ≤ 1.5) and what the loop got; exit status 1 when the goal is
missed. ``--before REV`` serves an older git revision instead (``bench/baseline.py``), for comparison::

    python bench/churn.py [--rounds 2 --joins 15 --gap 2 --pool-size 4] [--before a57f9e7]
"""

from __future__ import annotations

import argparse
import asyncio
import http.cookiejar
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

from baseline import Revision, extract  # noqa: E402
from e2e import free_port  # noqa: E402
from load import BANK, Server, env_of, pct, settle  # noqa: E402
from load_client import Participant, _join, leave  # noqa: E402

CODE = "CHURN"
LOOP_ADDRESS = "203.0.113.66"
KERNEL_ID = re.compile(rb'"kernelId":\s*"([0-9a-f-]{36})"')


class From(Participant):
    """A load-client participant whose requests name ``address`` (X-Real-IP, from the trusted proxy)."""

    def __init__(self, url: str, address: str) -> None:
        super().__init__(url, address, CODE, [], (0.0, 0.0), 0, timeout=120.0)
        self.address = address

    async def _get(self, url: str, method: str = "GET", headers: dict[str, str] | None = None) -> object:
        return await super()._get(url, method, {"X-Real-IP": self.address, **(headers or {})})


async def one_join(url: str, address: str) -> float:
    """Seconds from the page GET to the join form, for a newcomer from ``address``; then it leaves."""
    person = From(url, address)
    started = time.monotonic()
    try:
        await person.open_page()
        await person.connect()
        await _join(person, "churn-" + address)
        return time.monotonic() - started
    finally:
        await leave(person)


def block(url: str, first: int, joins: int, gap: float) -> list[float]:
    """``joins`` newcomers, one every ``gap`` s, each from its own address."""
    async def run() -> list[float]:
        seconds = []
        for i in range(joins):
            seconds.append(await one_join(url, f"198.51.100.{first + i}"))
            await asyncio.sleep(gap)
        return seconds

    return asyncio.run(run())


def loop_forever(port: int) -> None:
    """The open-and-close loop (run in its own process): GET the page, POST its kernel's shutdown."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    pages = refused = 0
    while True:
        request = urllib.request.Request(f"http://127.0.0.1:{port}/", headers={"X-Real-IP": LOOP_ADDRESS})
        try:
            with opener.open(request, timeout=60) as response:
                body = response.read()
        except urllib.error.HTTPError as refusal:
            refused += 1
            refusal.read()
            continue
        pages += 1
        found = KERNEL_ID.search(body)
        xsrf = next((c.value or "" for c in jar if c.name == "_xsrf"), "")
        if found and xsrf:
            shutdown = urllib.request.Request(f"http://127.0.0.1:{port}/voila/api/shutdown/{found.group(1).decode()}",
                                              data=b"", method="POST",
                                              headers={"X-Real-IP": LOOP_ADDRESS, "X-XSRFToken": xsrf})
            try:
                opener.open(shutdown, timeout=60).read()
            except urllib.error.HTTPError:
                pass
        print(f"pages {pages} refused {refused}", flush=True)


def start(args: argparse.Namespace, tmp: Path, revision: Revision | None) -> Server:
    db = f"sqlite:///{tmp / 'churn.sqlite3'}"
    where = {"env": env_of(revision), "cwd": revision.root if revision is not None else None}
    subprocess.run([sys.executable, "-m", "netquiz", "session", "open", "--bank", str(BANK), "--code", CODE,
                    "--db", db], check=True, capture_output=True, **where)
    port = free_port()
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--workers", "1", "--db", db,
               "--pool-size", str(args.pool_size), "--trust-forwarded", "--max-kernels-per-address", "0"]
    with (tmp / "serve.log").open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, **where)
    server = Server(proc, port, f"http://127.0.0.1:{port}/")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{server.url}voila/static/voila.js", timeout=5).read()
            return server
        except OSError:
            time.sleep(0.5)
    server.stop()
    raise SystemExit(f"server did not start: {(tmp / 'serve.log').read_text()[-2000:]}")


def churn_block(args: argparse.Namespace, server: Server, first: int, tmp: Path,
                round_: int) -> tuple[list[float], str]:
    """A block of joins while the loop runs (started ``--warmup`` s before the first join)."""
    log = tmp / f"loop-{round_}.log"
    with log.open("w") as out:
        looper = subprocess.Popen([sys.executable, __file__, "--loop", str(server.port)], stdout=out,
                                  stderr=subprocess.STDOUT)
    try:
        time.sleep(args.warmup)
        seconds = block(server.url, first, args.joins, args.gap)
    finally:
        looper.terminate()
        looper.wait(30)
    lines = log.read_text().strip().splitlines()
    return seconds, (lines[-1] if lines else "pages 0 refused 0")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--joins", type=int, default=15, help="joins per block (default 15)")
    parser.add_argument("--gap", type=float, default=2.0, help="seconds between joins (default 2)")
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds of loop before the first join")
    parser.add_argument("--pool-size", type=int, default=4)
    parser.add_argument("--before", default="", help="serve this older git revision instead of the checkout")
    parser.add_argument("--loop", type=int, default=0, help=argparse.SUPPRESS)  # the loop process itself
    args = parser.parse_args()
    if args.loop:
        loop_forever(args.loop)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="netquiz-churn-"))
    revision = extract(ROOT, args.before, tmp / "before") if args.before else None
    server = start(args, tmp, revision)
    quiet: list[float] = []
    churn: list[float] = []
    loops = []
    try:
        for round_ in range(args.rounds):
            settle(server, args.pool_size, timeout=120)
            quiet += block(server.url, 1 + 2 * round_ * args.joins, args.joins, args.gap)
            settle(server, args.pool_size, timeout=120)
            seconds, got = churn_block(args, server, 1 + (2 * round_ + 1) * args.joins, tmp, round_)
            churn += seconds
            loops.append(got)
    finally:
        server.stop()
    log = (tmp / "serve.log").read_text(errors="replace")
    ratio = pct(churn, .95) / statistics.median(quiet)
    served = f"revision {revision.commit[:7]}" if revision is not None else "this checkout"
    print(f"churn bench ({served}): pool {args.pool_size}, {args.rounds} rounds × {args.joins} joins per block, "
          f"one every {args.gap:g} s; loop from {LOOP_ADDRESS}: {'; '.join(loops)}")
    print(f"quiet join: median {statistics.median(quiet):.3f} s, p95 {pct(quiet, .95):.3f} s")
    print(f"churn join: median {statistics.median(churn):.3f} s, p95 {pct(churn, .95):.3f} s, "
          f"max {max(churn):.3f} s")
    print(f"ratio churn p95 / quiet median: {ratio:.2f} (goal ≤ 1.5: {'met' if ratio <= 1.5 else 'MISSED'})")
    print(f"quiet: {' '.join(f'{s:.2f}' for s in quiet)}\nchurn: {' '.join(f'{s:.2f}' for s in churn)}")
    share = "logged" if f"{LOOP_ADDRESS} is over its share of pre-heated kernels" in log else "NOT logged"
    print(f"the loop's address over its share of pre-heated kernels: {share}; server log {tmp / 'serve.log'}")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
