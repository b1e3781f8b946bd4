"""The participant's phone, self-paced, in real Voilà and Chromium at 375×800: axe-core finds nothing on the
join, question, feedback and summary screens; a keyboard alone joins, answers and moves on with at most 2 Tabs
per step; the verdict and Next sit inside the first screen after submit; the page follows the UI language."""

from __future__ import annotations

import pytest

from netquiz.texts.en import TEXTS as EN
from netquiz.texts.hi import TEXTS as HI

from .axe import axe_violations
from .conftest import CODE, current_question, open_quiz, option_button

pytestmark = pytest.mark.e2e
PHONE = {"width": 375, "height": 800}


def focused(page) -> str:
    """The focused element's netquiz hook (or tag)."""
    return page.evaluate("""() => { const e = document.activeElement; if (!e) return "";
        const hook = [...e.classList].find(c => c.startsWith("netquiz-")) ||
                     [...(e.closest("[class*=netquiz-]")?.classList || [])].find(c => c.startsWith("netquiz-"));
        return hook || e.tagName.toLowerCase(); }""")


def tab_to(page, hook: str, most: int = 2) -> int:
    """Press Tab until the element with ``hook`` has the focus; how many presses it took (fails above ``most``)."""
    for presses in range(1, most + 1):
        page.keyboard.press("Tab")
        if focused(page) == hook:
            return presses
    raise AssertionError(f"{hook} not reached with {most} Tabs (focus on {focused(page)})")


@pytest.mark.parametrize("page", [{**PHONE, "bypass_csp": True}], indirect=True)
def test_axe_finds_nothing_and_the_keyboard_alone_takes_the_quiz(quiz_server, page):
    bank = quiz_server.bank
    open_quiz(page, quiz_server.url)
    assert page.evaluate("document.documentElement.lang") == "hi" and HI["app_title"] in page.title()
    assert axe_violations(page) == [], "join screen"
    page.wait_for_function("document.activeElement && document.activeElement.closest('.netquiz-name')")
    page.keyboard.type("Meera")
    assert tab_to(page, "netquiz-code") == 1
    page.keyboard.type(CODE)
    page.keyboard.press("Enter")  # Enter in the code field joins
    page.wait_for_selector(".netquiz-card .netquiz-submit, .netquiz-error", timeout=15_000)
    assert page.locator(".netquiz-error").count() == 0, page.inner_text(".netquiz-error")
    assert axe_violations(page) == [], "question screen"
    seen = 0
    while page.locator(".netquiz-card .netquiz-submit").count():
        question = current_question(page, bank)
        page.wait_for_function("document.activeElement && document.activeElement.classList.contains('netquiz-stem')")
        assert tab_to(page, "netquiz-option") == 1  # the options are one stop: arrows choose
        shown = [t.strip() for t in page.locator(".netquiz-option .netquiz-option-text").all_inner_texts()]
        right = shown.index(question.options[question.answer])  # the options are shuffled per person
        for _ in range(right):
            page.keyboard.press("ArrowDown")
        if not right:
            page.keyboard.press("Space")
        assert option_button(page, question.options[question.answer]).get_attribute("aria-checked") == "true"
        assert tab_to(page, "netquiz-submit") == 1
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement && document.activeElement.classList.contains('netquiz-verdict')")
        verdict, nxt = page.locator(".netquiz-verdict").bounding_box(), page.locator(".netquiz-next").bounding_box()
        assert verdict["y"] >= 0 and nxt["y"] + nxt["height"] <= PHONE["height"], "verdict and Next on screen"
        if seen == 0:
            assert axe_violations(page) == [], "feedback screen"
        assert tab_to(page, "netquiz-next") == 1
        page.keyboard.press("Enter")
        page.wait_for_selector(".netquiz-card .netquiz-submit, .netquiz-summary")
        seen += 1
    assert seen == len(bank.questions)
    assert axe_violations(page) == [], "summary screen"


@pytest.mark.parametrize("page", [{**PHONE, "bypass_csp": True}], indirect=True)
def test_a_wrong_answer_shows_verdict_and_next_first_and_english_survives_a_reload(quiz_server, page):
    bank = quiz_server.bank
    open_quiz(page, quiz_server.url)
    page.click(".netquiz-lang button:has-text('English')")
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert page.get_attribute(".netquiz-lang button:has-text('English')", "aria-pressed") == "true"
    page.fill(".netquiz-name input", "Lata")
    page.fill(".netquiz-code input", CODE)
    page.click(".netquiz-start")
    page.wait_for_selector(".netquiz-card .netquiz-submit")
    page.click(".netquiz-submit")  # nothing chosen: said
    assert page.inner_text(".netquiz-card .netquiz-error").strip() == EN["err_choose"]
    question = current_question(page, bank)
    assert page.locator(".netquiz-option .netquiz-letter").all_inner_texts()[:2] == ["A", "B"]
    option_button(page, question.options[(question.answer + 1) % len(question.options)]).click()
    page.click(".netquiz-submit")
    page.wait_for_selector(".netquiz-feedback.netquiz-incorrect")
    box = page.locator(".netquiz-next").bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    feedback = page.inner_text(".netquiz-feedback")
    assert feedback.count(question.source) <= 1 and feedback.strip().startswith(EN["incorrect"])
    page.reload()
    flashes = 0  # the join form must not show while the browser's token brings the quiz back
    while not page.locator(".netquiz-card").count():
        flashes += page.locator(".netquiz-join").is_visible()
        page.wait_for_timeout(20)
    assert flashes == 0
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert page.inner_text(".netquiz-card .netquiz-next, .netquiz-card .netquiz-submit").strip() in (
        EN["next"], EN["finish"], EN["submit"])


def test_no_english_loading_text_shows_while_the_quiz_loads(quiz_server, page):
    page.goto(quiz_server.url, wait_until="commit")
    seen = []
    while not page.locator(".netquiz-join").count():
        seen += page.evaluate("""() => [...document.querySelectorAll('.jp-OutputArea-output')]
            .filter(e => e.textContent.includes('Loading widget'))
            .map(e => getComputedStyle(e).fontSize)""")
        page.wait_for_timeout(20)
    assert all(size == "0px" for size in seen), seen  # Voilà's placeholder is there, but blank
