"""A live round in real Voilà and headless Chromium, started with the one command ``netquiz workshop --mode
live``: one facilitator page (Present tab) and three participant contexts — wait → question → answers →
reveal → next, a late joiner, a reload — with every participant websocket frame scanned for the key before
the reveal. Screenshots: the Present view at 1280×720 and the participant's live screens at 375 px (to a
temporary folder, or to docs/screenshots with NETQUIZ_SCREENSHOTS=1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netquiz.bank import save_bank

from . import free_ports, start_server
from .conftest import (
    CHROMIUM_ARGS,
    CODE,
    SCREENSHOTS,
    TIMEOUT_MS,
    e2e_bank,
    leaks,
    open_quiz,
    option_button,
    record_frames,
    secrets_of,
)

pytestmark = pytest.mark.e2e
PHONE = {"width": 375, "height": 812}
PROJECTOR = {"width": 1280, "height": 720}
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """``netquiz workshop --mode live`` on free ports: both servers, the printed token and code."""
    tmp = tmp_path_factory.mktemp("live-e2e")
    bank_path, db = tmp / "bank.json", f"sqlite:///{tmp / 'live.sqlite3'}"
    save_bank(e2e_bank(), bank_path)
    quiz, dashboard = free_ports(2)
    env = {k: v for k, v in os.environ.items() if k not in ("NETQUIZ_LANG", "NETQUIZ_JOIN_URL")}
    env.update(NETQUIZ_VERBOSE="0", NETQUIZ_LOG_DIR=str(tmp / "log"))  # the facilitator's quiet console
    command = [sys.executable, "-m", "netquiz", "workshop", "--bank", str(bank_path), "--code", CODE,
               "--mode", "live", "--port", str(quiz), "--dashboard-port", str(dashboard), "--pool-size", "2",
               "--db", db]
    server = start_server(command, quiz, tmp / "workshop.log", env=env)
    try:
        deadline = time.monotonic() + 60
        while "facilitator dashboard:" not in server.output() and time.monotonic() < deadline:
            time.sleep(0.2)
        line = next(x for x in server.output().splitlines() if x.startswith("facilitator dashboard: "))
        yield {"quiz": f"http://127.0.0.1:{quiz}/", "dashboard": line.split(": ", 1)[1], "db": db,
               "server": server, "bank": e2e_bank()}
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def shot(page, name: str, tmp_path: Path) -> None:
    folder = SCREENSHOTS if os.environ.get("NETQUIZ_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=name.startswith("participant"))


def phone(browser, url: str, name: str):
    """A participant in her own context: open the page and join; returns the page (frames recorded)."""
    context = browser.new_context(viewport=PHONE, locale="hi-IN")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.frames_seen = record_frames(page)
    join_live(page, url, name)
    return page


def join_live(page, url: str, name: str) -> None:
    open_quiz(page, url)
    page.fill(".netquiz-name input", name)
    page.fill(".netquiz-code input", CODE)
    page.click(".netquiz-start")
    page.wait_for_selector(".netquiz-wait, .netquiz-live, .netquiz-error")


def stem_of(page) -> str:
    return page.inner_text(".netquiz-live .netquiz-stem").strip()


def wait_for_stem(page, stem: str, timeout_s: float = 10) -> float:
    """Seconds until the participant's page shows the question ``stem``."""
    start = time.monotonic()
    page.locator(".netquiz-live .netquiz-stem", has_text=stem).wait_for(timeout=timeout_s * 1000)
    return time.monotonic() - start


def answer(page, question, index: int) -> None:
    option_button(page, question.options[index]).click()
    page.wait_for_selector(".netquiz-option.netquiz-selected")
    page.click(".netquiz-submit")
    page.wait_for_selector(".netquiz-locked")


def click(facilitator, hook: str) -> None:
    facilitator.locator(f".{hook}:not([disabled])").click()


def test_a_live_round_for_three_browsers(workshop, browser, tmp_path) -> None:
    bank, url = workshop["bank"], workshop["quiz"]
    order = ["s1-scenario-1", "s1-true_false-1", "s2-scenario-1"]
    context = browser.new_context(viewport=PROJECTOR)
    context.set_default_timeout(TIMEOUT_MS)
    facilitator = context.new_page()
    facilitator.goto(workshop["dashboard"], timeout=90_000)
    facilitator.wait_for_selector("#loading", state="detached", timeout=90_000)
    assert url in facilitator.inner_text(".netquiz-join-panel")  # the Join tab shows the real address
    facilitator.get_by_role("tab", name="Present").click()
    facilitator.wait_for_selector(".netquiz-present-start:not([disabled])")

    asha, ravi = phone(browser, url, "Asha"), phone(browser, url, "Ravi")
    for page in (asha, ravi):
        page.wait_for_selector(".netquiz-wait")
    shot(asha, "participant-live-wait", tmp_path)

    click(facilitator, "netquiz-present-start")
    first = bank.question(order[0])
    seen = [wait_for_stem(page, first.stem) for page in (asha, ravi)]
    print(f"\nStart → question visible: {[round(s, 2) for s in seen]} s")
    assert first.stem in facilitator.inner_text(".netquiz-present-question")
    shot(asha, "participant-live-question", tmp_path)
    answer(asha, first, first.answer)
    answer(ravi, first, (first.answer + 1) % len(first.options))
    shot(asha, "participant-live-locked", tmp_path)
    facilitator.locator(".netquiz-present-count", has_text="2").wait_for()

    meena = phone(browser, url, "Meena")  # a late joiner lands on the current question
    assert stem_of(meena) == first.stem and meena.locator(".netquiz-submit").count() == 1
    ravi.reload()  # a reload resumes silently (the browser's resume token): the answer stays locked in
    ravi.wait_for_selector(".netquiz-locked", timeout=90_000)
    assert "netquiz-selected" in ravi.locator(".netquiz-option").nth((first.answer + 1) % 3).get_attribute("class")
    for page in (asha, ravi, meena):
        assert leaks(page.frames_seen.received, secrets_of(first)) == [], "key sent before the reveal"

    click(facilitator, "netquiz-present-reveal")
    asha.wait_for_selector(".netquiz-feedback.netquiz-correct")
    ravi.wait_for_selector(".netquiz-feedback.netquiz-incorrect")
    meena.wait_for_selector(".netquiz-feedback.netquiz-missed")
    split = facilitator.inner_text(".netquiz-present-split")
    assert first.explanation in split and first.source in split
    facilitator.get_by_text("Projector mode").click()
    shot(facilitator, "present-reveal", tmp_path)
    facilitator.get_by_text("Projector mode").click()
    shot(asha, "participant-live-reveal", tmp_path)

    for question_id in order[1:]:
        question = bank.question(question_id)
        marks = [len(page.frames_seen.received) for page in (asha, ravi, meena)]
        click(facilitator, "netquiz-present-next")
        for page, mark in zip((asha, ravi, meena), marks, strict=True):
            wait_for_stem(page, question.stem)
            answer(page, question, question.answer if page is not ravi else (question.answer + 1) % 3)
            assert leaks(page.frames_seen.since(mark), secrets_of(question)) == []
        if question_id == order[1]:
            facilitator.get_by_text("Projector mode").click()
            shot(facilitator, "present-question", tmp_path)
            facilitator.get_by_text("Projector mode").click()
        click(facilitator, "netquiz-present-reveal")
        asha.wait_for_selector(".netquiz-feedback.netquiz-correct")
    board = facilitator.inner_text(".netquiz-present-leaderboard")  # after the third reveal
    assert board.index("Asha") < board.index("Ravi") and "3" in board

    report = subprocess.run([sys.executable, "-m", "netquiz", "report", "--code", CODE, "--participants",
                             "--format", "json", "--db", workshop["db"]], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    scores = {p["name"]: p["score"] for p in json.loads(report.stdout)["participants"]}
    assert scores == {"Asha": 3, "Ravi": 0, "Meena": 2}
    for page in (asha, ravi, meena, facilitator):
        page.context.close()
    log = workshop["server"].output()
    assert "not trusted" not in log and "without encryption" not in log and "DeprecationWarning" not in log


def inside(page, selector: str, size: dict) -> None:
    """Every element matching ``selector`` lies inside the viewport ``size`` (no scrolling)."""
    for box in (page.locator(selector).nth(i).bounding_box() for i in range(page.locator(selector).count())):
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= size["height"], (selector, box)
        assert box["x"] >= 0 and box["x"] + box["width"] <= size["width"], (selector, box)


def focused_hook(page) -> str:
    return page.evaluate("""() => { const e = document.activeElement; if (!e) return "";
        const hooks = [...e.classList, ...(e.closest("[class*=netquiz-]")?.classList || [])];
        return hooks.find(c => c.startsWith("netquiz-")) || e.tagName.toLowerCase(); }""")


def tabs_to(page, hook: str, most: int = 2) -> int:
    for presses in range(1, most + 1):
        page.keyboard.press("Tab")
        if focused_hook(page) == hook:
            return presses
    raise AssertionError(f"{hook} not reached with {most} Tabs (focus on {focused_hook(page)})")


def test_new_round_locked_menus_keyboard_phone_axe_and_the_projector_fits(workshop, browser, tmp_path) -> None:
    """After the first test's round: New round → the one question not asked yet; menus locked while it runs;
    a phone joins, answers with the keyboard alone (≤ 2 Tabs a step) and hears each state change; axe-core
    finds nothing on the phone's live screens or the Present view; the projector shows question, options,
    split and explanation inside 1280×720; the phone's end screen shows rank and sections."""
    from netquiz.texts.hi import TEXTS as HI

    from .axe import axe_violations

    bank, url = workshop["bank"], workshop["quiz"]
    context = browser.new_context(viewport=PROJECTOR)
    context.set_default_timeout(TIMEOUT_MS)
    facilitator = context.new_page()
    facilitator.goto(workshop["dashboard"], timeout=90_000)
    facilitator.wait_for_selector("#loading", state="detached", timeout=90_000)
    facilitator.get_by_role("tab", name="Present").click()
    facilitator.wait_for_selector(".netquiz-present-section select[disabled]")  # the round runs: locked
    click(facilitator, "netquiz-present-new-round")
    facilitator.wait_for_selector(".netquiz-present-start:not([disabled])")
    facilitator.wait_for_selector(".netquiz-present-section select:not([disabled])")  # unlocked again
    last = bank.question("s2-cloze-1")  # the only question the first round did not ask

    kiran_context = browser.new_context(viewport=PHONE, locale="hi-IN")
    kiran_context.set_default_timeout(TIMEOUT_MS)
    kiran = kiran_context.new_page()
    open_quiz(kiran, url)
    kiran.wait_for_function("document.activeElement && document.activeElement.closest('.netquiz-name')")
    kiran.keyboard.type("Kiran")
    assert tabs_to(kiran, "netquiz-code") == 1
    kiran.keyboard.type(CODE)
    kiran.keyboard.press("Enter")
    kiran.wait_for_selector(".netquiz-wait")
    assert axe_violations(kiran) == [], "live wait screen"
    assert axe_violations(facilitator) == [], "Present view, waiting"

    click(facilitator, "netquiz-present-start")
    wait_for_stem(kiran, last.stem)
    facilitator.wait_for_selector(".netquiz-present-section select[disabled]")
    assert facilitator.locator(".netquiz-present-kind select").is_disabled()
    kiran.wait_for_function("document.querySelector('.netquiz-announce')?.textContent.includes('1 / 1')")
    letters = [t.strip()[:2] for t in kiran.locator(".netquiz-option").all_inner_texts()]
    assert letters == ["A.", "B.", "C."][:len(last.options)]  # as on the projector
    assert axe_violations(kiran) == [], "live question"
    kiran.wait_for_function("document.activeElement && document.activeElement.classList.contains('netquiz-stem')")
    assert tabs_to(kiran, "netquiz-option") == 1
    for _ in range(last.answer):
        kiran.keyboard.press("ArrowDown")
    kiran.keyboard.press("Enter")
    chosen = kiran.locator(".netquiz-option").nth(last.answer)
    kiran.wait_for_function("el => el.getAttribute('aria-pressed') === 'true'", arg=chosen.element_handle())
    assert tabs_to(kiran, "netquiz-submit") == 1
    kiran.keyboard.press("Enter")
    kiran.wait_for_selector(".netquiz-locked")
    kiran.wait_for_function(f"document.querySelector('.netquiz-announce')?.textContent === {HI['locked']!r}")
    assert axe_violations(kiran) == [], "live locked"

    click(facilitator, "netquiz-present-reveal")
    kiran.wait_for_selector(".netquiz-feedback.netquiz-correct")
    kiran.wait_for_function(f"document.querySelector('.netquiz-announce')?.textContent === {HI['correct']!r}")
    assert axe_violations(kiran) == [], "live reveal"
    facilitator.get_by_text("Projector mode").click()
    facilitator.wait_for_selector(".netquiz-present-split .netquiz-present-row")
    for selector in (".netquiz-present-stem", ".netquiz-present-row", ".netquiz-present-split p"):
        inside(facilitator, selector, PROJECTOR)
    assert axe_violations(facilitator) == [], "Present view, revealed"
    facilitator.get_by_text("Projector mode").click()

    click(facilitator, "netquiz-present-next")  # that was the last: the round ends
    kiran.wait_for_selector(".netquiz-live-end")
    end = kiran.inner_text(".netquiz-live-end")
    assert HI["rank"].split("{")[0].strip() in end and bank.section_title(last.section) in end
    assert kiran.locator(".netquiz-resume-pin").count() == 0
    assert axe_violations(kiran) == [], "live end"
    shot(kiran, "participant-live-end", tmp_path)
    for page in (kiran, facilitator):
        page.context.close()
