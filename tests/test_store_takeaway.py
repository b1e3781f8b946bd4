"""Schema 5 on both backends: review retention, follow-up sessions (enrolment, sets) and the review PIN."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import BACKENDS, backend_url, make_small_bank, raw_execute

from netquiz.bank import bank_to_json
from netquiz.errors import PinLocked, PinRefused, SessionError
from netquiz.store import open_store
from netquiz.store.identity import MAX_PIN_FAILURES
from netquiz.store.migrations.sqlite import SCHEMA_VERSION

BANK_JSON = bank_to_json(make_small_bank())


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request, tmp_path / "t.sqlite3")


@pytest.fixture
def store(url: str):
    store = open_store(url)
    yield store
    store.close()


def test_schema_is_version_5_with_default_review_days(store) -> None:
    assert SCHEMA_VERSION == 5
    record = store.open_session("AB12", BANK_JSON)
    assert record.review_days == 7 and record.follow_up_of is None
    assert store.get_session("ab12").review_days == 7
    assert store.set_review_days("AB12", 2).review_days == 2
    with pytest.raises(SessionError):
        store.set_review_days("AB12", -1)


def test_review_window_follows_closing(store) -> None:
    store.open_session("AB12", BANK_JSON)
    store.set_review_days("AB12", 1)
    closed = store.close_session("AB12")
    assert closed.review_open(closed.closed_at + 3600)
    assert not closed.review_open(closed.closed_at + 86400 + 1)


def test_follow_up_enrols_name_pin_tokens_and_set(store) -> None:
    store.open_session("ORIG", BANK_JSON)
    asha = store.join("ORIG", "Asha", token="tok-asha")
    store.join("ORIG", "Ravi", token="tok-ravi")
    store.close_session("ORIG")
    record = store.open_follow_up("FUP1", "ORIG", BANK_JSON, "again", {asha.id: ("s2-cloze-1", "s1-scenario-1")})
    assert record.follow_up_of == "ORIG" and record.is_open and record.mode == "self"
    again = store.find_token("tok-asha")  # her browser resumes her in the open follow-up
    assert again is not None and again.session_code == "FUP1" and again.pin == asha.pin
    chosen = store.question_set(again.id)
    assert chosen.origin_id == asha.id and chosen.question_ids == ("s2-cloze-1", "s1-scenario-1")
    assert store.find_token("tok-ravi") is None  # not enrolled: joins as a newcomer
    by_pin = store.join("FUP1", "asha", pin=asha.pin, token="other-phone")
    assert by_pin.id == again.id
    newcomer = store.join("FUP1", "Meera")
    assert store.question_set(newcomer.id) is None
    assert [s.participant_id for s in store.question_sets("FUP1")] == [again.id]


def test_follow_up_is_all_or_nothing(store) -> None:
    store.open_session("ORIG", BANK_JSON)
    with pytest.raises(SessionError):
        store.open_follow_up("FUP1", "ORIG", BANK_JSON, None, {999999: ("s1-scenario-1",)})
    with pytest.raises(SessionError):
        store.get_session("FUP1")  # the code stays free
    with pytest.raises(SessionError):
        store.open_follow_up("ORIG", "ORIG", BANK_JSON, None, {})


def test_review_participant_by_pin_counts_failures(store) -> None:
    store.open_session("AB12", BANK_JSON)
    asha = store.join("AB12", "Asha")
    store.close_session("AB12")
    assert store.review_participant("AB12", "asha", asha.pin).id == asha.id
    wrong = "0000" if asha.pin != "0000" else "1111"
    with pytest.raises(SessionError):
        store.review_participant("AB12", "nobody", asha.pin)
    for _ in range(MAX_PIN_FAILURES):
        with pytest.raises(PinRefused):
            store.review_participant("AB12", "Asha", wrong)
    with pytest.raises(PinLocked):
        store.review_participant("AB12", "Asha", asha.pin)


def test_a_version_4_database_migrates(url: str) -> None:
    store = open_store(url)
    store.open_session("OLD1", BANK_JSON, "before the upgrade")
    store.close()
    raw_execute(url, "DROP TABLE question_sets")  # as netquiz with schema 4 left it
    raw_execute(url, "ALTER TABLE sessions DROP COLUMN review_days")
    raw_execute(url, "ALTER TABLE sessions DROP COLUMN follow_up_of")
    raw_execute(url, "UPDATE meta SET value='4' WHERE key='schema_version'")
    store = open_store(url)
    try:
        record = store.get_session("OLD1")
        assert record.title == "before the upgrade" and time.time() > record.created_at
        assert record.review_days == 7 and record.follow_up_of is None
        assert store.question_sets("OLD1") == []
    finally:
        store.close()
