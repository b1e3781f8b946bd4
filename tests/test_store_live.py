"""Live mode in the SQLite store: the migration from schema 1, session modes, the state row, checked answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import BACKENDS, backend_url, make_small_bank

from netquiz.bank import bank_to_json
from netquiz.errors import LiveAnswerRefused, SessionError
from netquiz.live import state as live
from netquiz.live.round import LiveRound
from netquiz.store import open_store, open_with_new_code
from netquiz.store.migrations import SCHEMA_VERSION
from netquiz.store.migrations.sqlite import V1 as SCHEMA

BANK_JSON = bank_to_json(make_small_bank())


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh store on each backend (SQLite file, PostgreSQL database)."""
    store = open_store(backend_url(request, tmp_path / "live.sqlite3"))
    yield store
    store.close()


def test_schema_1_database_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    for statement in SCHEMA:
        raw.execute(statement)
    raw.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    raw.execute("INSERT INTO sessions(code, title, bank_json, created_at) VALUES ('OLD1', 't', ?, 1.0)",
                (BANK_JSON,))
    raw.commit()
    raw.close()
    store = open_store(f"sqlite:///{path}")
    try:
        assert store.get_session("old1").mode == "self"
        assert store.live_version("OLD1") == 0 and store.get_live("OLD1") is None
        assert store.open_session("NEW1", BANK_JSON, "n", mode="live").mode == "live"
    finally:
        store.close()
    again = sqlite3.connect(path)
    assert again.execute("SELECT value FROM meta").fetchone() == (str(SCHEMA_VERSION),)
    again.close()
    open_store(f"sqlite:///{path}").close()  # opening a current database changes nothing


def test_modes_are_stored_and_checked(store) -> None:
    assert store.open_session("SELF1", BANK_JSON).mode == "self"
    record = open_with_new_code(store, BANK_JSON, "x", mode="live")
    assert store.get_session(record.code).mode == "live"
    assert {s.code: s.mode for s in store.list_sessions()}[record.code] == "live"
    with pytest.raises(SessionError, match="unknown session mode"):
        store.open_session("BAD1", BANK_JSON, mode="kahoot")


def test_put_live_versions_and_stale_writers(store) -> None:
    store.open_session("LIVE1", BANK_JSON, mode="live")
    first = store.put_live("live1", None, "waiting", None, "{}")
    assert first.version == 1 and store.live_version("LIVE1") == 1
    second = store.put_live("LIVE1", "q1", "open", 50.0, '{"x":1}', expected_version=1)
    assert store.get_live("LIVE1") == second and second.version == 2
    with pytest.raises(SessionError, match="changed elsewhere"):
        store.put_live("LIVE1", "q1", "revealed", 50.0, "{}", expected_version=1)
    with pytest.raises(SessionError, match="no session"):
        store.put_live("NOPE1", None, "waiting", None, "{}")


def test_live_answers_only_while_open_and_in_time(store, monkeypatch) -> None:
    store.open_session("LIVE2", BANK_JSON, mode="live")
    round_ = LiveRound.load(store, "LIVE2")
    asha, ravi = store.join("LIVE2", "Asha"), store.join("LIVE2", "Ravi")
    with pytest.raises(LiveAnswerRefused) as refused:
        store.record_live_response(asha.id, "s1-scenario-1", 0, True)  # not started
    assert refused.value.reason == "not_current"
    now = 1_000.0
    monkeypatch.setattr("netquiz.store.live_sql.time.time", lambda: now)
    round_.apply(lambda s: live.start(s, now))
    store.record_live_response(asha.id, "s1-scenario-1", 0, True)
    with pytest.raises(LiveAnswerRefused) as twice:
        store.record_live_response(asha.id, "s1-scenario-1", 1, False)
    assert twice.value.reason == "answered"
    with pytest.raises(LiveAnswerRefused):
        store.record_live_response(ravi.id, "s2-cloze-1", 0, False)  # not the current question
    now = 1_000.0 + live.DEFAULT_DURATION + 1
    with pytest.raises(LiveAnswerRefused) as late:
        store.record_live_response(ravi.id, "s1-scenario-1", 1, False)
    assert late.value.reason == "late"
    assert round_.split("s1-scenario-1") == (1, 0, 0) and round_.answer_count("s1-scenario-1") == 1
    assert store.live_answers("live2", "s1-scenario-1") == [(asha.id, 0, True)]
    assert store.live_answers("LIVE2", "s1-scenario-1")[0].participant_id == asha.id
    assert {refused.value.key, twice.value.key, late.value.key} == {"err_not_current", "err_answered", "err_late"}
    round_.apply(lambda s: live.reveal(s, now))
    assert round_.leaderboard() == [("Asha", 1), ("Ravi", 0)]
    store.close_session("LIVE2")
    with pytest.raises(SessionError, match="closed") as closed:
        store.record_live_response(ravi.id, "s1-scenario-1", 1, False)
    assert not isinstance(closed.value, LiveAnswerRefused) and closed.value.key == "err_closed"
    with pytest.raises(SessionError) as unknown:
        store.record_live_response(9999, "s1-scenario-1", 1, False)
    assert unknown.value.key == "err_rejoin"


def test_live_round_load_refuses_self_paced_and_reloads(store) -> None:
    store.open_session("SELF2", BANK_JSON)
    with pytest.raises(SessionError, match="self-paced"):
        LiveRound.load(store, "SELF2")
    store.open_session("LIVE3", BANK_JSON, mode="live")
    one, two = LiveRound.load(store, "LIVE3"), LiveRound.load(store, "LIVE3")
    one.apply(lambda s: live.start(s, 5.0))
    with pytest.raises(SessionError, match="changed elsewhere"):
        two.apply(lambda s: live.start(s, 6.0))
    assert two.state.phase == "open" and not two.reload()
