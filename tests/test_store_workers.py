"""The quiz workers' pool status in the store, on both backends: report, read what is fresh, forget; the
schema-3 → 4 migration; bad input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import BACKENDS, backend_url, make_small_bank, raw_execute

from netquiz.bank import bank_to_json
from netquiz.errors import StoreError
from netquiz.store import WorkerRecord, open_store
from netquiz.store.migrations import SCHEMA_VERSION


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request, tmp_path / "workers.sqlite3")


@pytest.fixture
def store(url: str):
    store = open_store(url)
    yield store
    store.close()


def test_report_then_read_replaces_the_row_of_that_worker(store) -> None:
    before = time.time()
    first = store.report_worker("laptop:8876/w0/", ready=1, target=3, expecting=3, live=1)
    assert first == WorkerRecord("laptop:8876/w0/", 1, 3, 3, 1, first.updated_at)
    assert abs(first.updated_at - before) < 5  # the database's clock, in epoch seconds
    store.report_worker("laptop:8877/w1/", ready=0, target=2, expecting=2, live=0)
    second = store.report_worker("laptop:8876/w0/", ready=3, target=3, expecting=3, live=3)
    rows = store.workers(within=30)
    assert [(w.worker, w.ready, w.target, w.expecting, w.live) for w in rows] == [
        ("laptop:8876/w0/", 3, 3, 3, 3), ("laptop:8877/w1/", 0, 2, 2, 0)]
    assert rows[0].updated_at >= first.updated_at and rows[0] == second


def test_another_process_sees_the_report(store, url: str) -> None:
    store.report_worker("hostb:8876/w2/", ready=5, target=5, expecting=5, live=6)
    other = open_store(url)
    try:
        assert [w.ready for w in other.workers()] == [5]
    finally:
        other.close()


def test_stale_rows_are_not_fresh_and_forget_removes_a_row(store, url: str) -> None:
    store.report_worker("old:8876/", ready=1, target=1, expecting=0, live=1)
    store.report_worker("new:8876/", ready=2, target=2, expecting=2, live=2)
    raw_execute(url, "UPDATE worker_status SET updated_at = updated_at - 60 WHERE worker = 'old:8876/'")
    assert [w.worker for w in store.workers(within=30)] == ["new:8876/"]
    assert [w.worker for w in store.workers(within=120)] == ["new:8876/", "old:8876/"]
    store.forget_worker("new:8876/")
    store.forget_worker("never-reported:1/")  # nothing there: no error
    assert store.workers(within=30) == []


def test_rows_older_than_a_day_are_pruned_by_the_next_report(store, url: str) -> None:
    store.report_worker("gone:8876/", ready=1, target=1, expecting=0, live=1)
    raw_execute(url, "UPDATE worker_status SET updated_at = updated_at - 90000")
    store.report_worker("here:8876/", ready=1, target=1, expecting=0, live=1)
    assert [w.worker for w in store.workers(within=10 ** 6)] == ["here:8876/"]


@pytest.mark.parametrize("worker, counts, message", [
    ("", (0, 0, 0, 0), "bad worker name"),
    ("   ", (0, 0, 0, 0), "bad worker name"),
    ("x" * 201, (0, 0, 0, 0), "bad worker name"),
    ("laptop:8876/", (-1, 3, 3, 0), "counts must be 0 or more"),
    ("laptop:8876/", (0, 3, 3, -2), "counts must be 0 or more"),
])
def test_bad_reports_are_refused_and_write_nothing(store, worker: str, counts, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.report_worker(worker, *counts)
    assert store.workers() == []


def test_a_closed_store_raises_store_error(url: str) -> None:
    store = open_store(url)
    store.close()
    with pytest.raises(StoreError):
        store.report_worker("laptop:8876/", 1, 1, 0, 1)


def test_a_version_3_database_gets_the_table_and_keeps_its_data(url: str) -> None:
    assert SCHEMA_VERSION >= 4
    store = open_store(url)
    store.open_session("OLD3", bank_to_json(make_small_bank()), "before the upgrade")
    store.close()
    raw_execute(url, "DROP TABLE worker_status")  # as netquiz with schema 3 left it
    raw_execute(url, "UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    store = open_store(url)
    try:
        assert store.get_session("old3").title == "before the upgrade"
        assert store.report_worker("laptop:8876/", 2, 2, 2, 2).ready == 2
        assert [w.worker for w in store.workers()] == ["laptop:8876/"]
    finally:
        store.close()
    again = open_store(url)  # opening a current database changes nothing
    try:
        assert [w.worker for w in again.workers()] == ["laptop:8876/"]
    finally:
        again.close()
