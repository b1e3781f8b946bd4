"""The facilitator's take-home panel in real Voilà and Chromium at 1280 px: handout links, the session report,
the follow-up button, and section mastery before and after once the follow-up is answered (English and Hindi)."""

from __future__ import annotations

import base64
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netquiz.bank import bank_from_json, bank_to_json, load_bank
from netquiz.store import open_store

from .test_facilitator import TOKEN, VIEWPORT, browser, free_port, shots, wait_for_port  # noqa: F401

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "ROOM18"
PEOPLE = ("Priya", "Sunita", "Kavita", "Farah", "Deepa")


def simulate_room(db: str) -> None:
    """Five participants answer the seed bank, each weak in two sections."""
    bank = load_bank(ROOT / "data" / "banks" / "networking.hi.json")
    store = open_store(db)
    try:
        store.open_session(ORIGIN, bank_to_json(bank), "Networking workshop")
        rng = random.Random(18)
        sections = sorted({q.section for q in bank.questions})
        for name in PEOPLE:
            person, weak = store.join(ORIGIN, name), set(rng.sample(sections, 2))
            for question in bank.questions:
                right = rng.random() < (0.25 if question.section in weak else 0.9)
                option = question.answer if right else (question.answer + 1) % len(question.options)
                store.record_response(person.id, question.id, 1, option, right)
        store.close_session(ORIGIN)
    finally:
        store.close()


@pytest.fixture(scope="module")
def facilitator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, str]]:
    tmp = tmp_path_factory.mktemp("takeaway-dashboard")
    db = f"sqlite:///{tmp / 'workshop.sqlite3'}"
    simulate_room(db)
    port = free_port()
    env = {**os.environ, "NETQUIZ_DB": db, "NETQUIZ_FACILITATOR_TOKEN": TOKEN, "NETQUIZ_LANG": "en"}
    log = tmp / "facilitator.log"
    proc = subprocess.Popen([sys.executable, "-m", "netquiz", "serve", "--facilitator", "--port", str(port),
                             "--db", db], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, proc, log)
        yield port, db
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def link_document(page, selector: str) -> str:
    href = page.locator(selector).first.get_attribute("href")
    return base64.b64decode(href.split("base64,", 1)[1]).decode("utf-8")


def answer_follow_up(db: str, code: str) -> None:
    """Everyone with a set answers it, mostly right."""
    store = open_store(db)
    try:
        bank = bank_from_json(store.get_session(code).bank_json)
        for chosen in store.question_sets(code):
            for number, question_id in enumerate(chosen.question_ids):
                question = bank.question(question_id)
                right = number % 4 != 3
                option = question.answer if right else (question.answer + 1) % len(question.options)
                store.record_response(chosen.participant_id, question_id, 1, option, right)
    finally:
        store.close()


def shoot_documents(browser, documents: dict[str, str], shots: Path) -> None:  # noqa: F811
    """Screenshots of the downloaded documents as a browser shows them (top of the page)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    try:
        tab = context.new_page()
        for name, document in documents.items():
            tab.set_content(document)
            tab.screenshot(path=str(shots / f"{name}.png"))
    finally:
        context.close()


def test_take_home_panel(browser, facilitator, shots: Path) -> None:  # noqa: F811
    port, db = facilitator
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(f"http://127.0.0.1:{port}/?token={TOKEN}", timeout=90_000)
        page.wait_for_selector("#loading", state="detached", timeout=90_000)
        page.wait_for_selector(".netquiz-facilitator")
        page.get_by_role("tab", name="Sections").click()
        page.wait_for_selector(".netquiz-handouts a")
        assert "Answer key" in link_document(page, ".netquiz-handouts a >> nth=1")
        sheet = link_document(page, ".netquiz-handouts a >> nth=0")
        assert "Question sheet" in sheet and "Why:" not in sheet
        page.click(".netquiz-report-make")
        page.wait_for_selector(".netquiz-report a")
        report = link_document(page, ".netquiz-report a")
        assert report.count("<svg") > 10
        page.click(".netquiz-follow-up")
        page.wait_for_selector(".netquiz-follow-up-message:has-text('is open')")
        message = page.inner_text(".netquiz-follow-up-message")
        code = re.search(r"session (\w+) is open", message, re.I).group(1)
        answer_follow_up(db, code)
        page.wait_for_selector(".netquiz-mastery-change td:has-text('Priya')", timeout=30_000)
        change = page.inner_text(".netquiz-mastery-change")
        assert "before" in change and "after" in change and "%" in change
        # the follow-up's answers reach the status line ("30 answers" holds the text "0 answers": a regex)
        page.locator(".netquiz-dash-status", has_not_text=re.compile(r"(?<!\d)0 answers")).wait_for()
        page.screenshot(path=str(shots / "facilitator-take-home.png"), full_page=True)
        documents = {"handout-sheet": sheet, "handout-key": link_document(page, ".netquiz-handouts a >> nth=1"),
                     "session-report": report}
        shoot_documents(browser, documents, shots)
        page.locator(".netquiz-facilitator-lang").get_by_text("हिन्दी").click()
        page.wait_for_selector(".netquiz-mastery-change th:has-text('पहले')")
        page.screenshot(path=str(shots / "facilitator-take-home-hi.png"), full_page=True)
    finally:
        context.close()
