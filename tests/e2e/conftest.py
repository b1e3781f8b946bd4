"""End-to-end fixtures: one real ``netquiz serve`` (Voilà) per module, headless Chromium via Playwright."""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from netquiz.model import Bank, Question

from . import Server, free_port, open_session, start_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CODE = "E2E1"
TIMEOUT_MS = 60_000
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LONG_OPTIONS = (
    "उसका आत्मविश्वास धीरे-धीरे घटता जाएगा, क्योंकि ज़्यादा बोलने से लोग उससे दूर होने लगते हैं और वह "
    "हर बैठक में अकेली पड़ जाती है।",
    "उसका आत्मविश्वास बढ़ेगा, क्योंकि जितना अधिक वह लोगों के सामने अपनी बात रखती है, उतना ही उसे अपने "
    "विचारों और अनुभव पर भरोसा होने लगता है।",
    "उसकी नौकरी चली जाएगी, क्योंकि दफ़्तर में ज़्यादा बोलने वाले लोगों को कोई पसंद नहीं करता और उन्हें "
    "जल्दी ही निकाल दिया जाता है।",
)


def e2e_bank() -> Bank:
    """The small test bank, with one question whose options are long Hindi sentences."""
    from conftest import make_small_bank

    bank = make_small_bank()
    questions = tuple(dataclasses.replace(q, options=LONG_OPTIONS) if q.id == "s2-scenario-1" else q
                      for q in bank.questions)
    return dataclasses.replace(bank, questions=questions)


@dataclass
class QuizServer:
    """The running participant server, its database and the bank of its open session."""

    server: Server
    db_file: Path
    bank: Bank
    code: str = CODE

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def db(self) -> str:
        return f"sqlite:///{self.db_file}"


@pytest.fixture(scope="module")
def quiz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QuizServer]:
    """``netquiz serve`` on a free port with a temp DB holding one open session (code E2E1)."""
    tmp = tmp_path_factory.mktemp("e2e")
    db_file, bank = tmp / "netquiz.sqlite3", e2e_bank()
    open_session(tmp, bank, CODE, f"sqlite:///{db_file}")
    port = free_port()
    env = {**os.environ, "NETQUIZ_DB": f"sqlite:///{db_file}"}
    env.pop("NETQUIZ_LANG", None)
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--pool-size", "2",
               "--workers", "1"]
    server = start_server(command, port, tmp / "serve.log", env=env)
    try:
        yield QuizServer(server, db_file, bank)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Playwright (sync API)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Frames:
    """Every websocket frame the page received (and sent), decoded as text."""

    received: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)

    def since(self, mark: int) -> list[str]:
        return self.received[mark:]


def record_frames(page) -> Frames:
    frames = Frames()

    def on_socket(socket) -> None:
        socket.on("framereceived", lambda payload: frames.received.append(
            payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload))
        socket.on("framesent", lambda payload: frames.sent.append(
            payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload))
    page.on("websocket", on_socket)
    return frames


@pytest.fixture
def page(browser, request):
    """A fresh browser context and page (desktop size unless the test asks with ``viewport``; a ``bypass_csp``
    key in the param lets the test poll with ``wait_for_function``, which the page's CSP (no eval) forbids)."""
    size = dict(getattr(request, "param", None) or {"width": 1024, "height": 900})
    bypass = bool(size.pop("bypass_csp", False))
    context = browser.new_context(viewport=size, locale="hi-IN", bypass_csp=bypass)
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    tab.frames_seen = record_frames(tab)
    yield tab
    context.close()


# ---- page helpers ------------------------------------------------------------------------------
def open_quiz(page, url: str) -> None:
    """Load the quiz and wait until Voilà has rendered the join form."""
    page.goto(url)
    page.wait_for_selector("#loading", state="detached")
    page.wait_for_selector(".netquiz-join")


def join(page, name: str, code: str = CODE) -> None:
    """Fill the join form and start; waits for the question, the summary or an error."""
    page.fill(".netquiz-name input", name)
    page.fill(".netquiz-code input", code)
    page.click(".netquiz-start")
    page.wait_for_selector(".netquiz-question, .netquiz-summary, .netquiz-error")


def current_question(page, bank: Bank) -> Question:
    stem = page.inner_text(".netquiz-stem").strip()
    matches = [q for q in bank.questions if q.stem == stem]
    assert len(matches) == 1, f"no single bank question with stem {stem!r}"
    return matches[0]


def option_button(page, text: str):
    return page.locator(".netquiz-question .netquiz-option").filter(
        has_text=re.compile(rf"^\s*(?:[A-H]\.?\s+)?{re.escape(text)}\s*$"))  # after the letter A–D


def choose_and_submit(page, question: Question, index: int) -> None:
    """Click option ``index`` (found by its text), then submit and wait for the feedback."""
    option_button(page, question.options[index]).click()
    page.wait_for_selector(".netquiz-option.netquiz-selected")
    page.click(".netquiz-submit")
    page.wait_for_selector(".netquiz-feedback.netquiz-correct, .netquiz-feedback.netquiz-incorrect")


def go_next(page) -> None:
    """Click next and wait for the next question or the summary."""
    page.click(".netquiz-next")
    page.wait_for_selector(".netquiz-submit, .netquiz-summary")


def secrets_of(question: Question) -> list[str]:
    """What must not reach the browser before this question is answered."""
    return [*question.feedback, question.explanation, question.source]


def leaks(frames: list[str], secrets: list[str]) -> list[str]:
    """Secrets (raw, JSON-escaped or HTML-escaped) or answer-key fields found in the frames."""
    found = []
    for frame in frames:
        for secret in secrets:
            forms = {secret, json.dumps(secret)[1:-1], html.escape(secret, quote=True)}
            if any(form in frame for form in forms):
                found.append(secret)
        if re.search(r'\\?"(answer|correct|explanation|feedback)\\?"\s*:', frame):
            found.append(f"answer-key field in frame: {frame[:120]}")
    return found


def screenshot(page, name: str, tmp_path: Path) -> Path:
    """Save a screenshot (to docs/screenshots when NETQUIZ_SCREENSHOTS=1, else to tmp_path)."""
    folder = SCREENSHOTS if os.environ.get("NETQUIZ_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"participant-{name}.png"
    size = page.viewport_size
    content = page.evaluate("Math.max(document.documentElement.scrollHeight,"
                            " document.querySelector('#rendered_cells').scrollHeight)")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], int(content) + 16)})
    try:
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(size)
    return path
