"""A participant in a real browser: join, answer, feedback, reload and resume, summary, errors, layout."""

from __future__ import annotations

import sqlite3
import time

import pytest

from netquiz.store import open_store
from netquiz.texts.hi import TEXTS as HI
from netquiz.ui.participant.feedback import own_words

from .conftest import (
    choose_and_submit,
    current_question,
    go_next,
    join,
    leaks,
    open_quiz,
    option_button,
    screenshot,
    secrets_of,
)

pytestmark = pytest.mark.e2e
EVIL_NAME = "<img src=x onerror=alert(1)>"
PHONE = {"width": 375, "height": 812}


def responses_of(quiz_server, name: str) -> list[tuple[str, int, bool]]:
    store = open_store(quiz_server.db)
    try:
        return [(r.question_id, r.option, r.correct) for r in store.responses(quiz_server.code)
                if r.participant_name == name]
    finally:
        store.close()


def raw_count(quiz_server, table: str) -> int:
    with sqlite3.connect(quiz_server.db_file) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_right_and_wrong_answers_get_feedback_and_nothing_leaks_before(quiz_server, page):
    bank = quiz_server.bank
    started = time.monotonic()
    open_quiz(page, quiz_server.url)
    loaded = time.monotonic()
    join(page, "Asha")
    print(f"\npage load {loaded - started:.2f}s, join {time.monotonic() - loaded:.2f}s")
    all_secrets = [s for q in bank.questions for s in secrets_of(q)]
    assert leaks(page.frames_seen.received, all_secrets) == []  # nothing of any question yet

    first = current_question(page, bank)
    choose_and_submit(page, first, first.answer)
    feedback = page.locator(".netquiz-feedback.netquiz-correct")
    assert own_words(first.feedback[first.answer], first.source) in feedback.inner_text()
    assert page.locator(".netquiz-feedback.netquiz-incorrect").count() == 0

    mark = len(page.frames_seen.received)
    go_next(page)
    second = current_question(page, bank)
    wrong = (second.answer + 1) % len(second.options)
    option_button(page, second.options[wrong]).click()
    page.wait_for_selector(".netquiz-option.netquiz-selected")
    assert leaks(page.frames_seen.since(mark), secrets_of(second)) == []
    page.click(".netquiz-submit")
    text = page.locator(".netquiz-feedback.netquiz-incorrect").inner_text()
    assert own_words(second.feedback[wrong], second.source) in text and second.explanation in text
    assert second.options[second.answer] in text and HI["incorrect"] in text

    assert responses_of(quiz_server, "Asha") == [(first.id, first.answer, True), (second.id, wrong, False)]


def test_choosing_happens_in_the_page_and_a_double_tap_answers_once(quiz_server, page):
    bank = quiz_server.bank
    open_quiz(page, quiz_server.url)
    join(page, "Kavya")
    question = current_question(page, bank)
    sent = len(page.frames_seen.sent)
    page.click(".netquiz-submit")  # nothing chosen: the page says so, the kernel hears nothing
    assert page.inner_text(".netquiz-question .netquiz-error").strip() == HI["err_choose"]
    first, other = (option_button(page, question.options[i]) for i in (0, 1))
    first.click()
    assert page.locator(".netquiz-error").count() == 0
    other.click()
    assert page.locator(".netquiz-option.netquiz-selected").count() == 1
    assert other.get_attribute("aria-checked") == "true" and first.get_attribute("aria-checked") == "false"
    assert len(page.frames_seen.sent) == sent  # choosing is not a round trip
    page.locator(".netquiz-submit").dblclick()
    page.wait_for_selector(".netquiz-feedback.netquiz-correct, .netquiz-feedback.netquiz-incorrect")
    assert len(page.frames_seen.sent) == sent + 1  # one submit message for a double tap
    assert page.locator(".netquiz-option:disabled").count() == len(question.options)
    assert page.locator(".netquiz-submit").count() == 0 and page.locator(".netquiz-next").count() == 1
    right = option_button(page, question.options[question.answer])
    assert "netquiz-right-answer" in (right.get_attribute("class") or "")
    assert responses_of(quiz_server, "Kavya") == [(question.id, 1, question.answer == 1)]
    go_next(page)  # the next question came with the result: drawn in the page, no message
    assert current_question(page, bank).id != question.id and len(page.frames_seen.sent) == sent + 1
    assert page.locator(".netquiz-option.netquiz-selected").count() == 0


def test_reload_resumes_and_the_end_shows_the_summary(quiz_server, page):
    bank = quiz_server.bank
    open_quiz(page, quiz_server.url)
    join(page, "Ravi")
    first = current_question(page, bank)
    choose_and_submit(page, first, first.answer)
    mark = len(page.frames_seen.received)
    page.reload()
    page.wait_for_selector("#loading", state="detached")
    page.wait_for_selector(".netquiz-question")  # this browser's resume token: no form to fill in again
    assert current_question(page, bank).id != first.id
    status = page.inner_text(".netquiz-status")
    assert HI["progress"].format(answered=1, total=len(bank.questions)) in status
    assert HI["score"].format(score=1, answered=1) in status
    answered = [first.id]
    while page.locator(".netquiz-submit").count():
        question = current_question(page, bank)
        assert leaks(page.frames_seen.since(mark), secrets_of(question)) == []
        choose_and_submit(page, question, question.answer)
        answered.append(question.id)
        mark = len(page.frames_seen.received)
        go_next(page)
    summary = page.locator(".netquiz-summary")
    total = len(bank.questions)
    assert HI["summary_score"].format(score=total, total=total) in summary.inner_text()
    assert sorted(answered) == sorted(q.id for q in bank.questions)
    assert [r[0] for r in responses_of(quiz_server, "Ravi")] == answered


def test_unknown_code_shows_an_error_and_writes_nothing(quiz_server, page):
    participants = raw_count(quiz_server, "participants")
    open_quiz(page, quiz_server.url)
    join(page, "Nobody", code="NOPE99")
    assert page.inner_text(".netquiz-error").strip() == HI["err_code_unknown"]
    assert page.locator(".netquiz-question").count() == 0
    assert raw_count(quiz_server, "participants") == participants


def test_html_in_a_name_is_shown_as_text(quiz_server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_quiz(page, quiz_server.url)
    join(page, EVIL_NAME)
    assert EVIL_NAME in page.inner_text(".netquiz-title")
    assert page.locator(".netquiz-app img").count() == 0
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
    page.wait_for_timeout(300)
    assert dialogs == []


@pytest.mark.parametrize("page", [PHONE], indirect=True)
def test_phone_width_wraps_long_options(quiz_server, page, tmp_path):
    bank = quiz_server.bank
    open_quiz(page, quiz_server.url)
    screenshot(page, "join", tmp_path)
    join(page, "Meera")
    while current_question(page, bank).id != "s2-scenario-1":
        question = current_question(page, bank)
        choose_and_submit(page, question, question.answer)
        go_next(page)
    question = current_question(page, bank)
    line_height = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.netquiz-option')).lineHeight)")
    for option in question.options:
        box = option_button(page, option).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
        assert box["height"] > 1.9 * line_height, (option, box, line_height)  # wrapped, not cut off
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    option_button(page, question.options[question.answer]).click()
    page.wait_for_selector(".netquiz-option.netquiz-selected")
    screenshot(page, "question", tmp_path)
    page.click(".netquiz-submit")
    page.wait_for_selector(".netquiz-feedback.netquiz-correct")
    screenshot(page, "feedback", tmp_path)
    go_next(page)
    while page.locator(".netquiz-submit").count():
        question = current_question(page, bank)
        choose_and_submit(page, question, (question.answer + 1) % len(question.options))
        go_next(page)
    page.wait_for_selector(".netquiz-summary")
    screenshot(page, "summary", tmp_path)
