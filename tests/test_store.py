"""The store on both backends (a SQLite file and a real PostgreSQL server): schema, verbs (happy and error
cases) and concurrent writers. Tests that look inside the SQLite file itself run on SQLite only."""

from __future__ import annotations

import multiprocessing
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import BACKENDS, make_small_bank

from netquiz.bank import bank_to_json
from netquiz.errors import NameRefused, NameTaken, PinRefused, SessionError, StoreError
from netquiz.store import Store, open_store, sqlite_path
from netquiz.store.identity import MAX_PIN_FAILURES
from netquiz.store.sqlite import SCHEMA_VERSION, SqliteStore

BANK_JSON = bank_to_json(make_small_bank())
QUESTION_IDS = [q.id for q in make_small_bank().questions]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "sub" / "quiz.sqlite3"


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, db: Path) -> str:
    """A fresh database of each backend (PostgreSQL: a new database on the test server)."""
    if request.param == "sqlite":
        return f"sqlite:///{db}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(url: str):
    store = open_store(url)
    yield store
    store.close()


@pytest.fixture
def sqlite_store(db: Path):
    store = open_store(f"sqlite:///{db}")
    yield store
    store.close()


# -- URLs and opening ----------------------------------------------------------------------------

def test_urls_relative_absolute_and_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert sqlite_path("sqlite:///var/x.sqlite3") == "var/x.sqlite3"
    assert sqlite_path("sqlite:////srv/x.sqlite3") == "/srv/x.sqlite3"
    assert sqlite_path("sqlite://:memory:") == ":memory:"
    open_store("sqlite:///var/rel.sqlite3").close()
    assert (tmp_path / "var" / "rel.sqlite3").is_file()
    memory = open_store("sqlite://:memory:")
    memory.open_session("MEM1", BANK_JSON)
    assert [s.code for s in memory.list_sessions()] == ["MEM1"]
    memory.close()


def test_unsupported_urls_raise_store_error() -> None:
    with pytest.raises(StoreError, match=r"sqlite:///relative.*postgresql://"):
        open_store("mysql://host/db")
    with pytest.raises(StoreError, match=r"postgresql://u:\*\*\*@host/db is a PostgreSQL URL"):
        sqlite_path("postgresql://u:secret@host/db")


def test_unreachable_postgres_is_a_store_error_without_the_password() -> None:
    port = __import__("pg_server").free_port()  # nothing listens there
    with pytest.raises(StoreError, match="cannot open the database") as error:
        open_store(f"postgresql://someone:secret@127.0.0.1:{port}/nope")
    assert "secret" not in str(error.value) and "***" in str(error.value)


def test_schema_created_version_recorded_and_wal_on(sqlite_store: SqliteStore, db: Path) -> None:
    store = sqlite_store
    raw = sqlite3.connect(db)
    try:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"meta", "sessions", "participants", "responses"} <= tables
        version = raw.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        assert version == (str(SCHEMA_VERSION),) == ("5",)
        assert {"participant_tokens", "live_state", "worker_status", "question_sets"} <= tables
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_reopen_keeps_data(store: Store, url: str) -> None:
    store.open_session("KEEP1", BANK_JSON, "kept")
    again = open_store(url)
    try:
        assert again.get_session("keep1").title == "kept"
    finally:
        again.close()


def test_postgres_schema_version_recorded(postgres_url: str) -> None:
    import psycopg

    open_store(postgres_url).close()
    with psycopg.connect(postgres_url) as raw:
        tables = {r[0] for r in raw.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")}
        assert {"meta", "sessions", "participants", "responses", "participant_tokens"} <= tables
        assert raw.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (str(SCHEMA_VERSION),)
        raw.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="schema version 99, newer"):
        open_store(postgres_url)


def test_both_backends_have_the_same_versions() -> None:
    from netquiz.store.migrations import SCHEMA_VERSION as version
    from netquiz.store.migrations import postgres as pg_schema
    from netquiz.store.migrations import sqlite as schema

    assert sorted(pg_schema.STEPS) == sorted(schema.STEPS) == list(range(1, version + 1))


def _tables_and_columns(url: str) -> dict[str, list[str]]:
    """Every table of the database and its columns (in order), read outside netquiz."""
    if url.startswith("sqlite:///"):
        raw = sqlite3.connect(url[len("sqlite:///"):])
        try:
            names = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            return {t: [r[1] for r in raw.execute(f"PRAGMA table_info({t})")] for t in names}
        finally:
            raw.close()
    import psycopg

    with psycopg.connect(url) as pg:
        rows = pg.execute("SELECT table_name, column_name FROM information_schema.columns "
                          "WHERE table_schema='public' ORDER BY table_name, ordinal_position").fetchall()
    found: dict[str, list[str]] = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    return found


def test_both_backends_build_the_same_tables_and_columns(db: Path, postgres_url: str) -> None:
    for url in (f"sqlite:///{db}", postgres_url):
        open_store(url).close()
    sqlite_tables, pg_tables = _tables_and_columns(f"sqlite:///{db}"), _tables_and_columns(postgres_url)
    pg_tables["sessions"].remove("seq")  # PostgreSQL's insertion order (SQLite: the rowid)
    assert sqlite_tables == pg_tables
    assert {"meta", "sessions", "participants", "responses", "participant_tokens", "live_state",
            "worker_status", "question_sets"} == set(sqlite_tables)


def test_a_version_1_postgres_database_is_migrated_like_sqlite(postgres_url: str) -> None:
    import psycopg

    from netquiz.store.migrations import postgres as pg_schema

    with psycopg.connect(postgres_url) as raw:
        for statement in pg_schema.STEPS[1]:
            raw.execute(statement)
        raw.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        raw.execute("INSERT INTO sessions(code, bank_json, created_at) VALUES ('OLD1', %s, 1.0)", (BANK_JSON,))
        raw.execute("INSERT INTO participants(session_code, name, name_key, joined_at, last_seen) "
                    "VALUES ('OLD1', 'Ｍeera', 'ｍeera', 1.0, 1.0)")
    store = open_store(postgres_url)
    try:
        (person,) = store.participants("OLD1")
        assert re.fullmatch(r"\d{4}", person.pin) and store.get_session("OLD1").mode == "self"
        with pytest.raises(NameTaken):
            store.join("OLD1", "meera")  # the key was recomputed with today's rules
    finally:
        store.close()


def test_newer_schema_version_refused(sqlite_store: SqliteStore, db: Path) -> None:
    sqlite_store.close()
    raw = sqlite3.connect(db)
    raw.execute(f"UPDATE meta SET value='{SCHEMA_VERSION + 1}' WHERE key='schema_version'")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1}, newer"):
        open_store(f"sqlite:///{db}")


@pytest.mark.parametrize("kind", ["parent_is_file", "path_is_dir", "not_a_database"])
def test_unopenable_path_raises_store_error(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "thing"
    if kind == "parent_is_file":
        target.write_text("x")
        target = target / "db.sqlite3"
    elif kind == "path_is_dir":
        target.mkdir()
    else:
        target.write_bytes(b"this is not sqlite at all, just text" * 40)
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(f"sqlite:///{target}")


# -- sessions ----------------------------------------------------------------------------------------

def test_open_get_list_close(store: Store) -> None:
    first = store.open_session("ab12", BANK_JSON, "First")
    assert first.code == "AB12" and first.is_open and first.bank_json == BANK_JSON
    store.open_session("CD34", BANK_JSON)
    assert [s.code for s in store.list_sessions()] == ["CD34", "AB12"]
    closed = store.close_session("ab12")
    assert not closed.is_open and closed.closed_at is not None
    assert store.close_session("AB12").closed_at == closed.closed_at
    assert [s.code for s in store.list_sessions(open_only=True)] == ["CD34"]
    assert store.get_session(" Ab12 ").title == "First"


def test_session_errors(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    with pytest.raises(SessionError, match="already exists"):
        store.open_session("ab12", BANK_JSON)
    for bad in ("A1", "ABCDEFGHIJKLM", "AB-12", "", "अबक"):
        with pytest.raises(SessionError, match="3–12 letters or digits"):
            store.open_session(bad, BANK_JSON)
    with pytest.raises(SessionError, match="no session with code ZZZ9"):
        store.get_session("zzz9")
    with pytest.raises(SessionError, match="no session"):
        store.close_session("ZZZ9")
    with pytest.raises(SessionError, match="no session"):
        store.participants("ZZZ9")
    with pytest.raises(SessionError, match="no session"):
        store.responses("ZZZ9")


# -- participants and responses --------------------------------------------------------------------

def test_join_by_token_resumes_and_a_taken_name_is_a_new_participant(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    meera = store.join("ab12", "  Meera   Devi ", token="tok-a")
    assert meera.name == "Meera Devi" and meera.session_code == "AB12" and re.fullmatch(r"\d{4}", meera.pin)
    again = store.join("AB12", "anything", token="tok-a")  # the same browser: resumes whatever is typed
    assert again.id == meera.id and again.joined_at == meera.joined_at and again.last_seen >= meera.last_seen
    with pytest.raises(NameTaken) as taken:
        store.join("AB12", "MEERA devi", token="tok-b")  # another browser, no PIN
    assert taken.value.values == {"name": "Meera Devi"} and taken.value.key == "name_taken"
    second = store.join("AB12", "meera devi", token="tok-b", as_new=True)
    third = store.join("AB12", "Meera Devi", as_new=True)
    assert (second.name, third.name) == ("meera devi (2)", "Meera Devi (3)")
    assert len({meera.id, second.id, third.id}) == 3
    assert store.join("AB12", "x", token="tok-b").id == second.id
    assert store.find_token("tok-b").id == second.id and store.find_token("tok-b", "ab12").id == second.id
    assert store.find_token("nope") is None and store.find_token("") is None
    assert [p.name for p in store.participants("ab12")] == ["Meera Devi", "meera devi (2)", "Meera Devi (3)"]


def test_pin_resumes_on_another_device_and_wrong_pins_never_lock_for_good(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    priya = store.join("AB12", "Priya", token="phone")
    wrong = "0000" if priya.pin != "0000" else "1111"
    with pytest.raises(PinRefused):
        store.join("AB12", "priya", token="laptop", pin=wrong)
    laptop = store.join("AB12", "PRIYA", token="laptop", pin=priya.pin)
    assert laptop.id == priya.id and store.find_token("laptop").id == priya.id
    for _ in range(MAX_PIN_FAILURES):  # the rate limits live in the quiz server's kernels (test_pin_throttle)
        with pytest.raises(PinRefused):
            store.join("AB12", "Priya", token="thief", pin=wrong)
    assert store.find_token("thief") is None
    assert store.join("AB12", "Priya", token="tablet", pin=priya.pin).id == priya.id  # no lock (issue 15)
    assert store.join("AB12", "Priya", token="phone").id == priya.id  # her own browsers still work


def test_name_variants_are_one_name(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    variants = {"Priya": ["PRIYA", " priya ", "Ｐｒｉｙａ", "Рriya", "Pri\u200bya", "Pri\u00adya", "Pri\u200dya"],
                "\u0958मर": ["\u0915\u093cमर"], "\u0929ीना": ["\u0928\u093cीना"], "प्रिया": ["प्\u200cरिया"]}
    for name, others in variants.items():
        store.join("AB12", name, token=name)
        for other in others:
            with pytest.raises(NameTaken):
                store.join("AB12", other, token="other")
    for bad in ["Pri\u202eya", "Pri\x07ya", "a\u2066b", "\u200b"]:
        with pytest.raises(NameRefused):
            store.join("AB12", bad)


def test_rename_and_merge(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    first = store.join("AB12", "Priya", token="phone")
    second = store.join("AB12", "Priya", token="laptop", as_new=True)
    store.record_response(first.id, QUESTION_IDS[0], 1, 0, True)
    store.record_response(second.id, QUESTION_IDS[0], 1, 1, False)
    store.record_response(second.id, QUESTION_IDS[1], 1, 0, True)
    with pytest.raises(SessionError, match="already a participant"):
        store.rename(second.id, "priya")
    assert store.rename(second.id, "Priya Sharma").name == "Priya Sharma"
    merged = store.merge(first.id, second.id)
    assert merged.id == first.id and [p.id for p in store.participants("AB12")] == [first.id]
    answers = {(r.question_id, r.option) for r in store.responses("AB12")}
    assert answers == {(QUESTION_IDS[0], 0), (QUESTION_IDS[1], 0)}  # hers wins where both answered
    assert store.find_token("laptop").id == first.id
    with pytest.raises(SessionError):
        store.merge(first.id, first.id)
    with pytest.raises(SessionError, match="unknown participant"):
        store.rename(999, "x")


def test_version_1_file_is_migrated(db: Path) -> None:
    from netquiz.store.migrations.sqlite import V1

    db.parent.mkdir(parents=True)
    raw = sqlite3.connect(db)
    for statement in V1:
        raw.execute(statement)
    raw.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    raw.execute("INSERT INTO sessions(code, bank_json, created_at) VALUES ('OLD1', ?, 1.0)", (BANK_JSON,))
    raw.execute("INSERT INTO participants(session_code, name, name_key, joined_at, last_seen) "
                "VALUES ('OLD1', 'Ｍeera', 'ｍeera', 1.0, 1.0)")
    raw.execute("INSERT INTO responses(participant_id, question_id, attempt, option, correct, answered_at) "
                "VALUES (1, ?, 1, 0, 1, 2.0)", (QUESTION_IDS[0],))
    raw.commit()
    raw.close()
    store = open_store(f"sqlite:///{db}")
    try:
        (person,) = store.participants("OLD1")
        assert re.fullmatch(r"\d{4}", person.pin) and len(store.responses("OLD1")) == 1
        with pytest.raises(NameTaken):
            store.join("OLD1", "meera")  # the key was recomputed with today's rules
        assert store.join("OLD1", "meera", pin=person.pin, token="t").id == person.id
    finally:
        store.close()


def test_join_errors(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    with pytest.raises(SessionError, match="enter your name"):
        store.join("AB12", "   ")
    with pytest.raises(SessionError, match="too long"):
        store.join("AB12", "x" * 61)
    with pytest.raises(SessionError, match="no session"):
        store.join("NOPE1", "Meera")
    store.close_session("AB12")
    with pytest.raises(SessionError, match="closed"):
        store.join("AB12", "Meera")


def test_record_and_read_responses(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    meera, sita = store.join("AB12", "Meera"), store.join("AB12", "Sita")
    first = store.record_response(meera.id, "q1", 1, 2, False)
    assert (first.participant_name, first.correct, first.option) == ("Meera", False, 2)
    store.record_response(sita.id, "q1", 1, 0, True)
    store.record_response(meera.id, "q1", 2, 0, True)
    all_rows = store.responses("ab12")
    assert [(r.participant_name, r.attempt, r.correct) for r in all_rows] == [
        ("Meera", 1, False), ("Sita", 1, True), ("Meera", 2, True)]
    assert [r.attempt for r in store.responses("AB12", meera.id)] == [1, 2]
    store.touch(sita.id)


def test_session_rows_are_named_rows_in_one_snapshot(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    meera, sita = store.join("AB12", "Meera"), store.join("AB12", "Sita")
    store.record_response(sita.id, "q1", 1, 2, True)
    store.record_response(meera.id, "q1", 1, 0, False)
    people, answers = store.session_rows("ab12")
    assert [(p.id, p.name) for p in people] == [(meera.id, "Meera"), (sita.id, "Sita")]
    assert all(isinstance(p.last_seen, float) for p in people)
    assert [(a.participant_id, a.question_id, a.attempt, a.option, bool(a.correct)) for a in answers] == [
        (sita.id, "q1", 1, 2, True), (meera.id, "q1", 1, 0, False)]
    with pytest.raises(SessionError) as unknown:
        store.session_rows("NOPE1")
    assert unknown.value.key == "err_code_unknown"


def test_the_protocol_names_every_verb_of_both_backends() -> None:
    from netquiz.store.postgres import PostgresStore

    def verbs(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_") and callable(getattr(cls, name))}

    assert verbs(SqliteStore) == verbs(PostgresStore) == verbs(Store)


def test_response_errors(store: Store) -> None:
    store.open_session("AB12", BANK_JSON)
    meera = store.join("AB12", "Meera")
    store.record_response(meera.id, "q1", 1, 0, True)
    with pytest.raises(SessionError, match="already answered"):
        store.record_response(meera.id, "q1", 1, 1, False)
    with pytest.raises(SessionError, match="unknown participant"):
        store.record_response(9999, "q1", 1, 0, True)
    with pytest.raises(SessionError, match="unknown participant"):
        store.touch(9999)
    with pytest.raises(SessionError, match="bad answer"):
        store.record_response(meera.id, "q2", 0, 0, True)
    store.close_session("AB12")
    with pytest.raises(SessionError, match="closed") as closed:
        store.record_response(meera.id, "q2", 1, 0, True)
    assert closed.value.key == "err_closed"
    assert len(store.responses("AB12")) == 1


def test_postgres_reopens_a_dropped_connection(postgres_url: str) -> None:
    import psycopg

    store = open_store(postgres_url)
    try:
        store.open_session("AB12", BANK_JSON)
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'netquiz'")
        with pytest.raises(StoreError, match="lost the connection"):
            store.get_session("AB12")  # the call in flight fails cleanly…
        assert store.get_session("AB12").code == "AB12"  # …and the next one reconnects
    finally:
        store.close()


def test_closed_connection_raises_store_error(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError):
        store.list_sessions()


# -- concurrency: one process per participant, like one Voilà kernel each ---------------------------

def _same_name(url: str, token: str, start, results) -> None:  # runs in a child process
    store = open_store(url)
    try:
        start.wait(30)
        results.put(store.join("RUSH1", "Priya", token=token).name)
    except NameTaken:
        results.put("taken")
    except Exception as exc:
        results.put(f"{type(exc).__name__}: {exc}")
    finally:
        store.close()


@pytest.mark.slow
def test_one_name_joined_at_once_from_many_processes_goes_to_one(store: Store, url: str) -> None:
    store.open_session("RUSH1", BANK_JSON)
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_same_name, args=(url, f"tok-{i}", start, results)) for i in range(6)]
    for proc in procs:
        proc.start()
    start.set()
    outcomes = sorted(results.get(timeout=120) for _ in procs)
    for proc in procs:
        proc.join(30)
    assert outcomes == ["Priya"] + ["taken"] * 5
    assert [p.name for p in store.participants("RUSH1")] == ["Priya"]


WRITERS = 20


def _writer(url: str, name: str, start, results) -> None:  # runs in a child process
    store = open_store(url)
    try:
        start.wait(30)
        participant = store.join("RUSH1", name)
        for index, question_id in enumerate(QUESTION_IDS):
            store.record_response(participant.id, question_id, 1, index % 2, index % 2 == 0)
        try:
            store.record_response(participant.id, QUESTION_IDS[0], 1, 0, True)
            results.put((name, "duplicate accepted"))
        except SessionError:
            results.put((name, "ok"))
    except Exception as exc:  # reported to the parent, which fails the test
        results.put((name, f"{type(exc).__name__}: {exc}"))
    finally:
        store.close()


@pytest.mark.slow
def test_concurrent_writers_in_processes_lose_nothing(store: Store, url: str) -> None:
    store.open_session("RUSH1", BANK_JSON)
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(url, f"writer {i}", start, results)) for i in range(WRITERS)]
    for proc in procs:
        proc.start()
    start.set()
    outcomes = dict(results.get(timeout=120) for _ in procs)
    for proc in procs:
        proc.join(30)
    assert outcomes == {f"writer {i}": "ok" for i in range(WRITERS)}
    rows = store.responses("RUSH1")
    assert len(rows) == WRITERS * len(QUESTION_IDS)
    assert len({(r.participant_name, r.question_id, r.attempt) for r in rows}) == len(rows)
    assert len(store.participants("RUSH1")) == WRITERS
