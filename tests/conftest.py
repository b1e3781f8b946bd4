"""Shared fixtures: the seed article and a small hand-made bank that does not depend on the generator."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from netquiz.article import parse_article, read_article
from netquiz.model import Article, Bank, Question

ROOT = Path(__file__).resolve().parent.parent
# `netquiz serve`/`workshop` started by tests keep their run logs out of the checkout's var/log/
os.environ.setdefault("NETQUIZ_LOG_DIR", tempfile.mkdtemp(prefix="netquiz-test-logs-"))
SEED_ARTICLE = ROOT / "data" / "articles" / "networking.hi.txt"

SMALL_ARTICLE_TEXT = """परिचय का वाक्य है। यह दूसरा वाक्य है।
पहला खंड

अगर आप लोगों से बात करती हैं, तो आपको नया अवसर मिलेगा। यह एक और वाक्य है।
दूसरा खंड

जितना अधिक आप बोलती हैं, उतना ही आत्मविश्वास बढ़ता है। यह अंतिम वाक्य है।
"""


@pytest.fixture
def seed_article() -> Article:
    """The seed article, parsed."""
    return read_article(SEED_ARTICLE)


def make_small_bank() -> Bank:
    """Four questions over two sections; answers at different indexes."""
    article = parse_article(SMALL_ARTICLE_TEXT)
    s1, s2 = article.sections[1], article.sections[2]
    questions = (
        Question(id="s1-scenario-1", section="s1", kind="scenario",
                 stem="मीरा लोगों से बात करती है। आगे क्या होगा?",
                 options=("उसे नया अवसर मिलेगा।", "उसे नया अवसर नहीं मिलेगा।", "कुछ नहीं बदलेगा।"),
                 answer=0, feedback=("सही: लेख यही कहता है।", "गलत: लेख कहता है अवसर मिलेगा।", "गलत: बदलेगा।"),
                 explanation="बात करने से अवसर मिलता है।", source=s1.sentences[0]),
        Question(id="s1-true_false-1", section="s1", kind="true_false",
                 stem="सही या गलत: बात करने से नया अवसर मिलता है।",
                 options=("सही", "गलत"), answer=0, feedback=("सही है।", "लेख के अनुसार यह सही है।"),
                 explanation="लेख यही कहता है।", source=s1.sentences[0]),
        Question(id="s2-scenario-1", section="s2", kind="scenario",
                 stem="सीमा ज़्यादा बोलती है। आगे क्या होगा?",
                 options=("उसका आत्मविश्वास घटेगा।", "उसका आत्मविश्वास बढ़ेगा।", "उसकी नौकरी जाएगी।"),
                 answer=1, feedback=("गलत: बढ़ता है।", "सही: लेख यही कहता है।", "गलत: लेख ऐसा नहीं कहता।"),
                 explanation="जितना अधिक बोलेंगी उतना आत्मविश्वास बढ़ेगा।", source=s2.sentences[0]),
        Question(id="s2-cloze-1", section="s2", kind="cloze",
                 stem="जितना अधिक आप बोलती हैं, उतना ही ____ बढ़ता है।",
                 options=("अवसर", "खंड", "आत्मविश्वास"), answer=2,
                 feedback=("गलत।", "गलत।", "सही।"), explanation="मूल वाक्य देखें।", source=s2.sentences[0]),
    )
    return Bank(article=article, questions=questions)


@pytest.fixture
def small_bank() -> Bank:
    """A small valid bank independent of the generator."""
    return make_small_bank()


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL server for the whole test run (see ``tests/pg_server.py``); the tests that
    use it are skipped, with the reason, only where it cannot start."""
    import pg_server

    server, why = pg_server.start()
    if server is None:
        pytest.skip(f"PostgreSQL tests skipped: {why}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return postgres_server.new_database()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]  # PostgreSQL starts a server


def backend_url(request: pytest.FixtureRequest, sqlite_file: Path) -> str:
    """For a fixture parametrized over :data:`BACKENDS`: a SQLite URL for ``sqlite_file``, or a new
    PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{sqlite_file}"
    return request.getfixturevalue("postgres_url")


def raw_execute(url: str, sql: str) -> None:
    """Run one statement on a SQLite or PostgreSQL database outside netquiz (to age a row, rewind a schema)."""
    if url.startswith("sqlite:///"):
        import sqlite3

        raw = sqlite3.connect(url[len("sqlite:///"):])
        try:
            raw.execute(sql)
            raw.commit()
        finally:
            raw.close()
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as raw:
        raw.execute(sql)



SERVER_WORDS = ("voila", "netquiz.server.app", "nginx", "initdb", "pg_ctl", "postgres")
_fast_test: list[str] = []  # the node id of the running test while it is neither e2e nor slow


def _guarded_popen_init(self, args, *rest, **kwargs):  # type: ignore[no-untyped-def]
    line = args if isinstance(args, str) else " ".join(map(str, args))
    if _fast_test and any(word in line for word in SERVER_WORDS):
        raise AssertionError(f"{_fast_test[0]} starts a server ({line[:80]}): mark it slow")
    _real_popen_init(self, args, *rest, **kwargs)


_real_popen_init = subprocess.Popen.__init__
subprocess.Popen.__init__ = _guarded_popen_init  # type: ignore[method-assign]


SERVER_FIXTURES = {"postgres_server", "postgres_url", "server", "capped"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a server fixture (PostgreSQL, ``netquiz serve`` in tests/test_serve.py) are ``slow``."""
    for item in items:
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def _guard(item: pytest.Item):  # type: ignore[no-untyped-def]
    fast = not (item.get_closest_marker("slow") or item.get_closest_marker("e2e"))
    if fast:
        _fast_test.append(item.nodeid)
    try:
        yield
    finally:
        _fast_test.clear()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item):  # type: ignore[no-untyped-def]
    """A test that is neither ``e2e`` nor ``slow`` may not start a server (Voilà, nginx, PostgreSQL), its
    fixtures included, so that ``pytest -m "not e2e and not slow"`` stays a quick unit run: mark such a test
    ``slow``. (A server started by a ``netquiz serve`` subprocess is not seen here: mark those by hand.) Teardown
    is not guarded: the last test of a run tears down the session's servers."""
    yield from _guard(item)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):  # type: ignore[no-untyped-def]
    yield from _guard(item)
