"""A workshop with ``--workers 2`` on PostgreSQL in real browsers: participants land on both workers behind
nginx, answer, and a reload resumes each where she was, on her worker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netquiz.server.nginx import find_nginx
from netquiz.store import open_store

from . import start_two_workers, wait_for_pools
from .conftest import choose_and_submit, current_question, e2e_bank, join, open_quiz

pytestmark = pytest.mark.e2e
CODE = "PGW2"


@pytest.fixture(scope="module")
def pg_workshop(tmp_path_factory: pytest.TempPathFactory, postgres_server) -> Iterator[tuple[int, str]]:
    if find_nginx() is None:
        pytest.skip("nginx is not installed (bash dev.sh test installs it)")
    db = postgres_server.new_database()
    server = start_two_workers(tmp_path_factory.mktemp("pg-workers"), e2e_bank(), CODE, db)
    wait_for_pools(db, 2)
    try:
        yield server.port, db
    finally:
        server.stop()


def test_two_workers_on_postgres_serve_resume_and_record_everything(browser, pg_workshop) -> None:
    port, db = pg_workshop
    bank = e2e_bank()
    contexts, answered = [], {}
    try:
        # nginx sends each request for / to the next worker; a browser's own extra requests there (favicon)
        # move that turn too, so newcomers arrive until both workers have served one (four at most)
        for name in ("Asha", "Bina", "Chitra", "Devi"):
            if len(answered) >= 2 and {worker for worker, _ in answered.values()} == {"/w0/", "/w1/"}:
                break
            context = browser.new_context(viewport={"width": 1024, "height": 900}, locale="hi-IN")
            context.set_default_timeout(60_000)
            contexts.append(context)
            page = context.new_page()
            open_quiz(page, f"http://127.0.0.1:{port}/")
            worker = page.url.split(f":{port}", 1)[1]
            join(page, name, CODE)
            question = current_question(page, bank)
            choose_and_submit(page, question, question.answer)
            answered[name] = (worker, question.id)
            page.reload()  # the same browser: resumes at her next question, on the same worker
            page.wait_for_selector(".netquiz-question")
            assert current_question(page, bank).id != question.id
            assert page.url.split(f":{port}", 1)[1] == worker
        assert {worker for worker, _ in answered.values()} == {"/w0/", "/w1/"}
    finally:
        for context in contexts:
            context.close()
    store = open_store(db)
    try:
        rows = {(r.participant_name, r.question_id) for r in store.responses(CODE)}
    finally:
        store.close()
    assert rows == {(name, qid) for name, (_, qid) in answered.items()}
