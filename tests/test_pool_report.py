"""A quiz worker's pool report: counting Voilà's pre-heat pool, writing it from a thread of its own, and a real
``netquiz serve --expect 3`` that reports "ready for 3" through the database."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from e2e import free_port, kernel_processes, start_server

from netquiz.errors import StoreError
from netquiz.server.pool_report import PoolReporter, PoolStatus, pool_status, worker_name
from netquiz.server.readiness import readiness
from netquiz.store import open_store
from netquiz.ui.facilitator.dashboard import Dashboard


class FakeManager:
    """What pool_status reads of Voilà's VoilaKernelManager."""

    def __init__(self, pool: list, size: int, kernels: int) -> None:
        self._pools = {"quiz.ipynb": pool}
        self.kernel_pools_config = {"default": {"pool_size": size}}
        self.kernels = [f"k{i}" for i in range(kernels)]

    def list_kernel_ids(self) -> list[str]:
        return self.kernels


def test_pool_status_counts_only_kernels_whose_quiz_is_rendered() -> None:
    async def scenario() -> PoolStatus:
        loop = asyncio.get_running_loop()

        def entry(started: bool, rendered: bool | None = None, failed: bool = False) -> asyncio.Future:
            outer = loop.create_future()
            if failed:
                outer.set_exception(RuntimeError("kernel died"))
            elif started:
                render = loop.create_future()
                if rendered:
                    render.set_result(([], None))
                elif rendered is False:
                    render.set_exception(RuntimeError("cell failed"))
                outer.set_result({"kernel_id": "k", "task": render})
            return outer

        pool = [entry(True, True), entry(True, True), entry(True, None), entry(False), entry(True, False),
                entry(False, failed=True)]
        return pool_status(FakeManager(pool, size=6, kernels=5), expecting=6)

    status = asyncio.run(scenario())
    assert status == PoolStatus(ready=2, target=6, expecting=6, live=5) and not status.full
    assert PoolStatus(3, 3, 3, 3).full and PoolStatus(1, 0, 0, 1).full


def test_pool_status_without_pre_heating() -> None:
    manager = SimpleNamespace(list_kernel_ids=lambda: ["k1", "k2"])
    assert pool_status(manager, expecting=0) == PoolStatus(0, 0, 0, 2)


def test_worker_name_tells_apart_hosts_ports_and_prefixes() -> None:
    assert worker_name(8876, "/w0/", host="laptop") == "laptop:8876/w0/"
    assert worker_name(8866, "", host="laptop") == "laptop:8866/"
    assert worker_name(8866).endswith(":8866/")


def test_reporter_writes_skips_while_busy_and_removes_its_row_on_close(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'report.sqlite3'}"
    gate = threading.Event()

    def slow_open(db: str):
        gate.wait(10)
        return open_store(db)

    reporter = PoolReporter("laptop:8876/w0/", url, opener=slow_open)
    assert reporter.submit(PoolStatus(1, 3, 3, 1))
    assert not reporter.submit(PoolStatus(2, 3, 3, 2))  # the first write still waits for the database
    gate.set()
    reporter._pending.result(10)
    assert reporter.submit(PoolStatus(3, 3, 3, 3))
    reporter._pending.result(10)
    reader = open_store(url)
    try:
        (row,) = reader.workers()
        assert (row.worker, row.ready, row.target, row.expecting, row.live) == ("laptop:8876/w0/", 3, 3, 3, 3)
        reporter.close()
        assert reader.workers() == []
    finally:
        reader.close()


def test_reporter_logs_a_failing_database_once_and_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    calls = []

    def broken(db: str):
        calls.append(db)
        raise StoreError("cannot open the database nowhere")

    reporter = PoolReporter("laptop:8876/", "sqlite:///nowhere", opener=broken)
    with caplog.at_level(logging.WARNING, logger="netquiz.server.voila"):
        for _ in range(3):
            assert reporter.submit(PoolStatus(1, 1, 0, 1))
            reporter._pending.result(10)
        reporter.close()
    assert len(calls) == 4  # every tick tries again; the close tries to remove the row
    warnings = [r.getMessage() for r in caplog.records]
    assert sum("cannot report the pool" in m for m in warnings) == 1
    assert any("could not remove laptop:8876/" in m for m in warnings)


# ---- a real server -----------------------------------------------------------------------------
@pytest.mark.slow
def test_serve_expect_3_reports_ready_for_3_through_the_database(tmp_path: Path) -> None:
    """``netquiz serve --expect 3``: the worker's row says 3 kernels ready (each one running, its quiz
    rendered), the dashboard built on the same database says "Ready for 3 participants", the console says
    so once, and the row is gone when the server stops."""
    db = f"sqlite:///{tmp_path / 'ready.sqlite3'}"
    port = free_port()
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--db", db, "--workers", "1",
               "--pool-size", "1", "--expect", "3"]
    server = start_server(command, port, tmp_path / "serve.log")
    store = open_store(db)
    try:
        deadline, rows = time.monotonic() + 120, []
        while time.monotonic() < deadline:
            rows = store.workers()
            if rows and rows[0].ready == 3:
                break
            time.sleep(0.5)
        assert [(r.worker, r.ready, r.target, r.expecting) for r in rows] == [
            (worker_name(port), 3, 3, 3)], server.output()
        assert len(kernel_processes(server.proc.pid)) >= 3 and rows[0].live >= 3
        assert readiness(rows).state == "ready"
        board = Dashboard(store)
        board.refresh()
        assert board.ready.value == "<span class='netquiz-ready-ready'>Ready for 3 participants</span>"
        deadline = time.monotonic() + 10
        while "ready for 3 participants" not in server.output() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert server.output().count("netquiz: ready for 3 participants (3 kernels pre-heated)") == 1
        assert 'pre-heating 3 kernels: this console and the facilitator\'s dashboard say "ready for 3' in server.output()
    finally:
        server.stop()
    try:
        assert store.workers() == []  # the stopping worker removed its row: "not running" at once
    finally:
        store.close()
