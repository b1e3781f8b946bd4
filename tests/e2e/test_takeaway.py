"""What she takes home, in a real browser on the seed bank (30 questions), on SQLite and PostgreSQL: answer
some wrong, download the review (exactly her missed questions; Chromium prints it on ≤ 3 A4 pages), fetch it
again from the join page after the session closed, then re-join the follow-up and land in her own set."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from netquiz.bank import bank_from_json, load_bank
from netquiz.store import open_store

from . import free_port, netquiz, open_session, start_server
from .conftest import SCREENSHOTS, choose_and_submit, current_question, go_next, join, open_quiz, screenshot

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 375, "height": 812}
CODE = "SEED18"
MAX_PAGES = 3


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seed_server(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, object]]:
    """``netquiz serve`` over a database holding session SEED18 on the seed bank."""
    tmp = tmp_path_factory.mktemp(f"take-{request.param}")
    db = (f"sqlite:///{tmp / 'netquiz.sqlite3'}" if request.param == "sqlite"
          else request.getfixturevalue("postgres_server").new_database())
    bank = load_bank(ROOT / "data" / "banks" / "networking.hi.json")
    open_session(tmp, bank, CODE, db)
    port = free_port()
    env = {**os.environ, "NETQUIZ_DB": db}
    env.pop("NETQUIZ_LANG", None)
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--pool-size", "2", "--workers", "1"]
    server = start_server(command, port, tmp / "serve.log", env=env)
    try:
        yield server.url, db, bank
    finally:
        server.stop()


def missed_ids(document: str) -> list[str]:
    return re.findall(r'class="nq-item nq-missed" data-question="([^"]+)"', document)


def download_review(page, tmp_path: Path, name: str) -> Path:
    """Click "download my review" and save what the browser downloads."""
    with page.expect_download() as started:
        page.click(".netquiz-review-download a")
    target = tmp_path / name
    started.value.save_as(str(target))
    return target


def pdf_pages(browser, review: Path, tmp_path: Path) -> int:
    """Pages of Chromium's A4 print-to-PDF of the review file."""
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(review.as_uri())
        pdf = tab.pdf(format="A4", path=str(tmp_path / "review.pdf"))
    finally:
        context.close()
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def answer_round(page, bank, wrong_every: int) -> list[str]:
    """Answer every question; every ``wrong_every``-th wrong. Returns the missed ids in answer order."""
    missed, number = [], 0
    while page.locator(".netquiz-submit").count():
        question = current_question(page, bank)
        wrong = number % wrong_every == 0
        choose_and_submit(page, question, (question.answer + 1) % len(question.options) if wrong else question.answer)
        if wrong:
            missed.append(question.id)
        number += 1
        go_next(page)
    return missed


FETCH_TRIES = 3


def fetch_review_at_join(page, code: str) -> None:
    """Type the code on the join page and ask for the review until its link shows, three times at most: a fresh-clone
    CI run of round 35 waited 60 s here for a link that never came, and the same test passed on its next runs. Not
    found why (the code typed while the browser's resume token is tried on the closed session, or the click sent
    before the typed value; ``Joining._fetch_review`` reads the box's value); a participant would tap again."""
    for attempt in range(FETCH_TRIES):
        page.fill(".netquiz-code input", code)
        page.click(".netquiz-review-fetch")
        try:
            page.wait_for_selector(".netquiz-join .netquiz-review-download", timeout=20_000)
            return
        except PlaywrightTimeout:
            if attempt == FETCH_TRIES - 1:
                raise


def test_review_follow_up_end_to_end(seed_server, browser, tmp_path) -> None:
    url, db, bank = seed_server
    context = browser.new_context(viewport=PHONE, locale="hi-IN", accept_downloads=True)
    context.set_default_timeout(60_000)
    page = context.new_page()
    english = db.startswith("postgresql")  # one backend in each language
    try:
        open_quiz(page, url)
        if english:
            page.locator(".netquiz-lang").get_by_text("English").click()
            page.wait_for_selector(".netquiz-start:has-text('Start')")
        join(page, "Meera", CODE)
        missed = answer_round(page, bank, wrong_every=3)
        page.wait_for_selector(".netquiz-summary .netquiz-review-download")
        if db.startswith("sqlite"):
            screenshot(page, "review-download", tmp_path)
        review = download_review(page, tmp_path, "review.html")
        order = [q.id for q in bank.questions]
        document = review.read_text(encoding="utf-8")
        assert missed_ids(document) == sorted(missed, key=order.index)
        assert (f'lang="{"en" if english else "hi"}"' in document
                and ("My review: Meera" if english else "मेरी समीक्षा: Meera") in document)
        pages = pdf_pages(browser, review, tmp_path)
        print(f"review of {len(bank.questions)} questions, {len(missed)} missed: {pages} A4 pages")
        assert 1 <= pages <= MAX_PAGES
        if os.environ.get("NETQUIZ_SCREENSHOTS") == "1" and db.startswith("sqlite"):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            (SCREENSHOTS / "review-sample.pdf").write_bytes((tmp_path / "review.pdf").read_bytes())
            phone = browser.new_context(viewport=PHONE)
            try:
                tab = phone.new_page()
                tab.goto(review.as_uri())
                tab.screenshot(path=str(SCREENSHOTS / "participant-review.png"), full_page=True)
            finally:
                phone.close()

        assert netquiz("session", "close", "--code", CODE, "--db", db).returncode == 0
        page.reload()  # closed: the join page, where her browser fetches the review again
        page.wait_for_selector("#loading", state="detached")
        fetch_review_at_join(page, CODE)
        again = download_review(page, tmp_path, "again.html")
        assert missed_ids(again.read_text(encoding="utf-8")) == missed_ids(review.read_text(encoding="utf-8"))

        opened = netquiz("session", "open", "--follow-up", CODE, "--code", "FUP18", "--db", db)
        assert opened.returncode == 0, opened.stderr
        store = open_store(db)
        try:
            follow = store.get_session("FUP18")
            mine = next(s for s in store.question_sets("FUP18"))
            follow_bank = bank_from_json(follow.bank_json)
        finally:
            store.close()
        page.reload()  # her browser's token resumes her in the follow-up, in her own set
        page.wait_for_selector("#loading", state="detached")
        page.wait_for_selector(".netquiz-question")
        seen = set()
        while page.locator(".netquiz-submit").count():
            question = current_question(page, follow_bank)
            seen.add(question.id)
            choose_and_submit(page, question, question.answer)
            go_next(page)
        assert seen == set(mine.question_ids) and not seen & {q.id for q in bank.questions if q.id in missed}
        assert not seen & set(order)  # nothing she answered in the first round
        if db.startswith("sqlite"):
            screenshot(page, "follow-up-summary", tmp_path)
        other_phone_and_newcomer(browser, url, db, follow.code, follow_bank, set(mine.question_ids), bank)
    finally:
        context.close()


def other_phone_and_newcomer(browser, url: str, db: str, code: str, follow_bank, mine: set[str], bank) -> None:
    """On another phone her name asks for her PIN, which opens her set (here: finished); a newcomer gets the
    whole original bank."""
    store = open_store(db)
    try:
        pin = next(p.pin for p in store.participants(code) if p.name == "Meera")
    finally:
        store.close()
    for who in ("Meera", "Naya"):
        context = browser.new_context(viewport=PHONE, locale="hi-IN")  # a phone of its own
        context.set_default_timeout(60_000)
        try:
            phone = context.new_page()
            open_quiz(phone, url)
            join(phone, who, code)
            if who == "Meera":
                phone.wait_for_selector(".netquiz-pin input")
                phone.fill(".netquiz-pin input", pin)
                phone.click(".netquiz-start")
                phone.wait_for_selector(".netquiz-summary")
                assert f"/ {len(mine)}" in phone.inner_text(".netquiz-summary")
            else:
                phone.wait_for_selector(".netquiz-question")
                assert current_question(phone, follow_bank).id in {q.id for q in bank.questions}
                assert f"/ {len(bank.questions)}" in phone.inner_text(".netquiz-status")
        finally:
            context.close()


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_even_an_all_missed_review_prints_on_three_pages(browser, tmp_path, lang) -> None:
    """The worst case: every question of the seed bank missed."""
    import time

    from netquiz.quiz.review import FirstAnswers, review_html
    from netquiz.store.base import SessionRecord

    bank = load_bank(ROOT / "data" / "banks" / "networking.hi.json")
    answers = FirstAnswers({q.id: ((q.answer + 1) % len(q.options), False) for q in bank.questions})
    review = tmp_path / "all-missed.html"
    review.write_text(review_html(bank, answers, "Meera", SessionRecord(CODE, None, "", time.time(), None), lang),
                      encoding="utf-8")
    assert len(missed_ids(review.read_text(encoding="utf-8"))) == len(bank.questions)
    pages = pdf_pages(browser, review, tmp_path)
    print(f"all {len(bank.questions)} missed ({lang}): {pages} A4 pages")
    assert pages <= MAX_PAGES
