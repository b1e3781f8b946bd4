"""How long ``netquiz serve --workers W --expect N`` takes to report ready for N, run after run, and whether
SIGTERM then leaves any process of it behind (issue 15: kernels over TCP collided between workers and a
worker's pool never filled; a stopped server left kernels running).

Each run: a temp SQLite file with the seed session, the server on free ports, the time from start until
every worker logged "ready for …" (the sum is N), the time until the join URL was printed, then SIGTERM to
the netquiz process and a count of its former processes still alive 10 s later (by pid, not by log)::

    python bench/ready.py --expect 100 --workers 2 --runs 5 [--limit 180]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from e2e import free_port_block  # noqa: E402

BANK = ROOT / "data" / "banks" / "networking.hi.json"


def one_run(expect: int, workers: int, limit: float) -> tuple[float | None, float | None, int, int]:
    """(seconds to ready, seconds to the join URL, processes before stop, processes left after)."""
    tmp = Path(tempfile.mkdtemp(prefix="nqready"))
    db = f"sqlite:///{tmp / 'ready.sqlite3'}"
    subprocess.run([sys.executable, "-m", "netquiz", "session", "open", "--bank", str(BANK), "--code", "READY",
                    "--db", db], check=True, capture_output=True)
    port, log = free_port_block(tuple([0] + [10 + k for k in range(workers)])), tmp / "serve.log"
    started = time.monotonic()
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--workers",
                                 str(workers), "--expect", str(expect), "--db", db], stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    ready_s = url_s = None
    try:
        while time.monotonic() - started < limit and proc.poll() is None:
            text = log.read_text(errors="replace")
            if url_s is None and "participants join at:" in text:
                url_s = time.monotonic() - started
            counts = [int(n) for n in re.findall(r"ready for (\d+) participants", text)]
            if len(counts) >= workers and sum(counts) >= expect:
                ready_s = time.monotonic() - started
                break
            time.sleep(0.5)
        everything = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)
        time.sleep(10)
        left = [p for p in everything if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        return ready_s, url_s, len(everything), len(left)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--expect", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=float, default=180.0, help="seconds allowed to report ready")
    args = parser.parse_args()
    print(f"| run | ready for {args.expect} ({args.workers} workers) | join URL printed | processes | left 10 s "
          "after SIGTERM |\n|---|---|---|---|---|")
    failures = 0
    for run in range(1, args.runs + 1):
        ready_s, url_s, count, left = one_run(args.expect, args.workers, args.limit)
        failures += ready_s is None or left > 0
        ready = f"{ready_s:.0f} s" if ready_s is not None else f"not within {args.limit:.0f} s"
        shown = f"{url_s:.1f} s" if url_s is not None else "-"
        print(f"| {run} | {ready} | {shown} | {count} | {left} |", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
