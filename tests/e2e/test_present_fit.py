"""The Present view at 1280×720 in normal mode (the whole dashboard, not projector mode), in real Voilà and
headless Chromium: a live round over the seed bank's real questions (the longest options and explanations),
six participants' answers, a 5-name leaderboard after every reveal. For every question, asked (the question,
its options and the clock) and revealed (the question, the split of the options, the key, the explanation, the
source and the leaderboard), everything ends inside the screen, under the dashboard's own header, tabs and
Present buttons. Hindi first (the wider labels), then the tallest questions again in English.
``tests/e2e/test_projector_fit.py`` checks projector mode the same way.

The round is driven with the Present buttons; the answers are written to the store as the participants'
kernels would. A screenshot goes to a temporary folder, or to ``docs/screenshots/`` with
``NETQUIZ_SCREENSHOTS=1``.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netquiz.bank import bank_to_json, load_bank
from netquiz.live.round import LiveRound
from netquiz.model import Bank, Question
from netquiz.store import open_store
from netquiz.texts import LANG_LABELS, say

from . import Server, free_port, start_server
from .conftest import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, TIMEOUT_MS

pytestmark = pytest.mark.e2e
playwright_sync = pytest.importorskip("playwright.sync_api")
ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"width": 1280, "height": 720}
TOKEN = "e2e-present-fit-token-0123456789"
CODE = "FIT1"
PEOPLE = ("प्रिया शर्मा", "सुनीता", "कविता वर्मा", "अंजलि", "फ़राह ख़ान", "दीपा")
LANG_LABEL = {code: label for label, code in LANG_LABELS}
ASKED = (".netquiz-present-stem", ".netquiz-present-options li", ".netquiz-present-clock")
SHOWN = (".netquiz-present-stem", ".netquiz-present-row", ".netquiz-present-split p", ".netquiz-present-board li")


def tallest_first(bank: Bank) -> list[Question]:
    """The bank's questions, those with the most text on the revealed screen first."""
    return sorted(bank.questions, key=lambda q: -len(q.stem + "".join(q.options) + q.explanation + q.source))


@pytest.fixture(scope="module")
def live_room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Bank, str]]:
    """A live session of the seed bank (tallest questions first, a leaderboard after every reveal), six
    participants, and the facilitator server in Hindi."""
    tmp = tmp_path_factory.mktemp("present-fit")
    db = f"sqlite:///{tmp / 'fit.sqlite3'}"
    seed = load_bank(ROOT / "data" / "banks" / "networking.hi.json")
    bank = dataclasses.replace(seed, questions=tuple(tallest_first(seed)))
    store = open_store(db)
    try:
        store.open_session(CODE, bank_to_json(bank), "Present fit", mode="live")
        for name in PEOPLE:
            store.join(CODE, name)
        round_ = LiveRound.load(store, CODE)
        order = tuple(q.id for q in bank.questions)
        round_.apply(lambda state: dataclasses.replace(state, queue=order, leaderboard_every=1))
    finally:
        store.close()
    port = free_port()
    env = {**os.environ, "NETQUIZ_DB": db, "NETQUIZ_LANG": "hi", "NETQUIZ_FACILITATOR_TOKEN": TOKEN,
           "NETQUIZ_JOIN_URL": "http://192.168.1.20:8866/"}
    server = start_server([sys.executable, "-m", "netquiz", "serve", "--facilitator", "--port", str(port),
                           "--db", db], port, tmp / "facilitator.log", env=env)
    try:
        yield server, bank, db
    finally:
        server.stop()


def answer_as_the_room(db: str, question: Question) -> None:
    """Each participant's first answer, spread over the options (one in three right), as her kernel would."""
    store = open_store(db)
    try:
        for number, person in enumerate(store.participants(CODE)):
            option = question.answer if number % 3 == 0 else (question.answer + 1 + number) % len(question.options)
            store.record_live_response(person.id, question.id, option, option == question.answer)
    finally:
        store.close()


def outside(page, selectors: tuple[str, ...] = SHOWN) -> list[tuple[str, dict]]:
    """The Present screen's parts that do not lie wholly inside the 1280×720 viewport."""
    found = []
    for selector in selectors:
        items = page.locator(selector)
        for i in range(items.count()):
            box = items.nth(i).bounding_box()
            if box is None or box["y"] < 0 or box["y"] + box["height"] > SCREEN["height"] \
                    or box["x"] < 0 or box["x"] + box["width"] > SCREEN["width"]:
                found.append((selector, box))
    return found


def ask(page, question: Question) -> list[tuple[str, dict]]:
    """Wait for ``question`` with its options and clock; the parts outside the screen."""
    page.locator(".netquiz-present-question", has_text=question.stem[:40]).wait_for()
    page.locator(".netquiz-present-options li").nth(len(question.options) - 1).wait_for()
    page.locator(".netquiz-present-clock").wait_for()
    return outside(page, ASKED)


def reveal(page, db: str, question: Question) -> None:
    answer_as_the_room(db, question)
    everyone = say("hi", "p_answers", count=len(PEOPLE), people=len(PEOPLE))
    page.locator(".netquiz-present-count", has_text=everyone).wait_for()  # the split will count everyone
    page.locator(".netquiz-present-reveal:not([disabled])").click()
    page.locator(".netquiz-present-split .netquiz-present-row").first.wait_for()
    page.locator(".netquiz-present-board li").nth(4).wait_for()  # (a polled script would break the page's CSP)
    assert page.locator(".netquiz-present-board li").count() == 5


def switch_to(page, lang: str) -> None:
    """The dashboard's language toggle, then the revealed screen redrawn in ``lang``."""
    page.get_by_role("button", name=LANG_LABEL[lang]).click()
    page.get_by_role("tab", name=say(lang, "tab_present")).wait_for()
    page.locator(".netquiz-present-split", has_text=say(lang, "p_key")).wait_for()
    page.locator(".netquiz-present-board li").nth(4).wait_for()  # (a polled script would break the page's CSP)
    assert page.locator(".netquiz-present-board li").count() == 5
    page.wait_for_timeout(300)  # the widgets' layout settles


def test_the_present_view_fits_1280x720_without_projector_mode(live_room) -> None:
    server, bank, db = live_room
    too_big: list[tuple[str, str, list]] = []
    with playwright_sync.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=SCREEN)
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(f"{server.url}?token={TOKEN}", timeout=90_000)
        page.wait_for_selector(".netquiz-facilitator", timeout=90_000)
        page.get_by_role("tab", name=say("hi", "tab_present")).click()
        page.locator(".netquiz-present-start:not([disabled])").click()
        for number, question in enumerate(bank.questions):
            too_big += [(question.id, "asked", parts) for parts in [ask(page, question)] if parts]
            reveal(page, db, question)
            assert page.locator(".netquiz-projector").count() == 0  # normal mode: header and tabs shown
            too_big += [(question.id, "hi", parts) for parts in [outside(page)] if parts]
            if number == 0:
                folder = SCREENSHOTS if os.environ.get("NETQUIZ_SCREENSHOTS") == "1" else server.log.parent
                page.screenshot(path=str(folder / "present-normal.png"))
            if number < 3:  # the three tallest in English too (its labels take other widths)
                switch_to(page, "en")
                too_big += [(question.id, "en", parts) for parts in [outside(page)] if parts]
                switch_to(page, "hi")
            page.locator(".netquiz-present-next:not([disabled])").click()
        browser.close()
    print(f"\n{len(bank.questions)} questions asked and revealed at 1280×720 in normal mode (3 also in English)")
    assert too_big == []
