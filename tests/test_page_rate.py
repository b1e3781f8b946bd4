"""Page renders (kernel starts) per client address are rate-limited (issue 15): an open-and-close loop from
one address gets the localized "joining…" page (503) after a short burst, and others still join at their
usual speed."""

from __future__ import annotations

import statistics
import threading
import time

import pytest
from e2e import request

from netquiz.server.page_rate import PageRate

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
    assert statuses.count(503) >= 10
    assert busy_median <= 1.5 * quiet_median + 0.25, (quiet, busy)
    assert "opens pages too fast" in server.output()
