"""Page renders (kernel starts) per client address are rate-limited (issue 15): an open-and-close loop from
one address gets the localized "joining…" page (503) after a short burst, and others still join at their
usual speed."""

from __future__ import annotations

import asyncio
import statistics
import threading
import time

import pytest
from e2e import request

from netquiz.server.page_rate import HOLD_AT_ONCE, PageRate, PreheatedShare
from netquiz.server.settings import PREHEATED_BURST

CODE = "RATE1"


def test_bucket_allows_a_burst_then_the_rate() -> None:
    rate = PageRate(per_minute=10, burst=5)
    assert [rate.take("198.51.100.1", now=0.0) for _ in range(5)] == [0.0] * 5
    wait = rate.take("198.51.100.1", now=0.0)
    assert 5.9 < wait <= 6.0  # one page every 6 s from here
    assert rate.take("198.51.100.2", now=0.0) == 0.0  # another address has its own bucket
    assert rate.take("198.51.100.1", now=6.1) == 0.0 and rate.take("198.51.100.1", now=6.2) > 0
    assert rate.take("198.51.100.1", now=1000.0) == 0.0  # no lock: it refills
    assert all(rate.take("127.0.0.1", now=0.0) == 0.0 for _ in range(50))  # this machine: not limited
    assert PageRate(per_minute=0).take("198.51.100.1") == 0.0


def test_preheated_share_gives_a_burst_then_one_a_minute() -> None:
    share = PreheatedShare(per_minute=1, burst=2)
    assert [share.granted("198.51.100.1", now=0.0) for _ in range(4)] == [True, True, False, False]
    assert share.granted("198.51.100.2", now=0.0)  # another address: its own share
    assert not share.granted("198.51.100.1", now=30.0) and share.granted("198.51.100.1", now=61.0)
    assert all(share.granted("127.0.0.1", now=0.0) for _ in range(10))  # this machine: no share
    assert all(PreheatedShare(per_minute=0).granted("198.51.100.1", now=0.0) for _ in range(10))


def test_a_refused_page_is_held_a_moment_a_few_at_once() -> None:
    rate = PageRate(per_minute=10, burst=5, hold_s=0.3)

    async def timed() -> float:
        started = time.monotonic()
        await rate.hold("203.0.113.5")
        return time.monotonic() - started

    async def crowd() -> list[float]:
        return list(await asyncio.gather(*(timed() for _ in range(HOLD_AT_ONCE + 3))))

    waits = asyncio.run(crowd())
    assert sum(w >= 0.25 for w in waits) == HOLD_AT_ONCE and sum(w < 0.1 for w in waits) == 3, waits
    assert not rate.held  # nothing left counted


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from conftest import make_small_bank
    from e2e import serve_one_worker

    running = serve_one_worker(tmp_path_factory.mktemp("rate"), make_small_bank(), CODE, "--pool-size", "4",
                               "--trust-forwarded", "--max-kernels-per-address", "0", "--never-connected", "5")
    yield running
    running.stop()


def page_seconds(port: int, address: str) -> tuple[int, float]:
    started = time.monotonic()
    status, body, _ = request(port, "/", {"X-Real-IP": address})
    return status, time.monotonic() - started


@pytest.mark.slow
def test_an_open_and_close_loop_is_slowed_and_others_join_as_fast(server) -> None:
    quiet = []
    for i in range(5):
        status, seconds = page_seconds(server.port, f"192.0.2.{10 + i}")
        assert status == 200
        quiet.append(seconds)
        time.sleep(1)
    statuses, stop = [], threading.Event()

    def loop() -> None:
        while not stop.is_set():
            status, body, response = request(server.port, "/", {"X-Real-IP": "203.0.113.66"})
            statuses.append(status)
            if status == 503:
                assert b"netquiz-joining" in body and "जुड़ रहे हैं".encode() in body and b"Joining" in body
                assert int(response.getheader("Retry-After")) >= 1

    looper = threading.Thread(target=loop)
    looper.start()
    busy = []
    try:
        time.sleep(10)  # the loop's burst has taken its pages; the pool has refilled: the loop's steady state
        for i in range(5):
            status, seconds = page_seconds(server.port, f"192.0.2.{30 + i}")
            assert status == 200
            busy.append(seconds)
            time.sleep(1)
    finally:
        stop.set()
        looper.join()
    started = statuses.count(200)
    quiet_median, busy_median = statistics.median(quiet), statistics.median(busy)
    print(f"\nloop from one address: {len(statuses)} requests, {started} pages (kernels), "
          f"{statuses.count(503)} refused; another participant's page: quiet median {quiet_median:.2f} s, "
          f"during the loop {busy_median:.2f} s ({', '.join(f'{b:.2f}' for b in busy)})")
    assert started <= 5 + 4  # the burst, plus one every 6 s (22 s of loop)
    assert statuses.count(503) >= 5
    assert len(statuses) <= 60  # each refusal held about 1 s: a request a second, not thousands as before
    assert busy_median <= 1.5 * quiet_median + 0.25, (quiet, busy)
    assert "opens pages too fast" in server.output()


POOL = 3


@pytest.fixture(scope="module")
def pool_server(tmp_path_factory):
    from conftest import make_small_bank
    from e2e import serve_one_worker

    running = serve_one_worker(tmp_path_factory.mktemp("share"), make_small_bank(), CODE, "--pool-size", str(POOL),
                               "--trust-forwarded", "--max-kernels-per-address", "0")
    yield running
    running.stop()


def kernel_niceness(pid: int) -> dict[str, int]:
    """The live kernels under ``pid`` by id (from their connection files' names, ``kernel-<id>.json``), with
    their niceness."""
    import re

    from e2e import kernel_processes

    found = {}
    for proc in kernel_processes(pid):
        match = re.search(r"kernel-([0-9a-f-]{36})\.json", " ".join(proc.cmdline()))
        if match:
            found[match.group(1)] = proc.nice()
    return found


def kernel_ids(pid: int) -> set[str]:
    return set(kernel_niceness(pid))


def page_kernel(port: int, address: str) -> tuple[int, str | None]:
    """(status, the kernel id the page got) for a quiz page opened from ``address``."""
    import re

    status, body, _ = request(port, "/", {"X-Real-IP": address})
    match = re.search(rb'"kernelId":\s*"([0-9a-f-]{36})"', body)
    return status, match.group(1).decode() if match else None


@pytest.mark.slow
def test_one_address_cannot_drain_the_pool(pool_server) -> None:
    """A burst of pages from one address takes at most its share of the pre-heated kernels; the rest start
    their own, and the next newcomer from another address still gets a pre-heated kernel that was ready."""
    deadline = time.monotonic() + 120
    while len(kernel_ids(pool_server.proc.pid)) < POOL and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(3)  # the pool's pages are rendered
    pool = kernel_ids(pool_server.proc.pid)
    assert len(pool) == POOL, pool
    taken = [page_kernel(pool_server.port, "203.0.113.77") for _ in range(5)]  # the page rate's burst
    assert [status for status, _ in taken] == [200] * 5, taken
    from_pool = [kernel for _, kernel in taken if kernel in pool]
    assert len(from_pool) == PREHEATED_BURST, (taken, pool)
    status, newcomer = page_kernel(pool_server.port, "192.0.2.99")
    assert status == 200 and newcomer in pool - set(from_pool), (newcomer, pool, taken)
    niceness = kernel_niceness(pool_server.proc.pid)
    own = [kernel for _, kernel in taken if kernel not in pool]
    assert all(niceness[kernel] >= 10 for kernel in own), niceness  # the loop's own kernels yield the CPU
    assert niceness[newcomer] < 10
    assert "203.0.113.77 is over its share of pre-heated kernels" in pool_server.output()
