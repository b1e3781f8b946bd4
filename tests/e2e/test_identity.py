"""Who answered what, in real browsers: the resume token in localStorage, two people with one name,
the resume PIN, the two-tab race, and kernels freed when a tab closes."""

from __future__ import annotations

import re
import time

import psutil
import pytest
from playwright.sync_api import expect

from netquiz.store import open_store
from netquiz.texts.hi import TEXTS as HI

from .conftest import TIMEOUT_MS, choose_and_submit, current_question, go_next, join, open_quiz

pytestmark = pytest.mark.e2e
NAME = "प्रिया"


def new_page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 900}, locale="hi-IN")
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


def people(quiz_server) -> dict[str, list[str]]:
    """Participant name → the question ids she answered (first attempts)."""
    store = open_store(quiz_server.db)
    try:
        answered = {p.name: [] for p in store.participants(quiz_server.code)}
        for r in store.responses(quiz_server.code):
            answered[r.participant_name].append(r.question_id)
        return answered
    finally:
        store.close()


def resume_pin(page) -> str:
    return re.search(r"\d{4}", page.inner_text(".netquiz-resume-pin")).group()


def title(page) -> str:
    return page.inner_text(".netquiz-title").strip()


def test_one_name_two_people_each_resumes_her_own_quiz_and_a_third_cannot_get_in(quiz_server, browser):
    bank = quiz_server.bank
    (ctx_a, a), (ctx_b, b), (ctx_c, c) = new_page(browser), new_page(browser), new_page(browser)
    try:
        open_quiz(a, quiz_server.url)
        join(a, NAME)
        first_a = current_question(a, bank)
        choose_and_submit(a, first_a, first_a.answer)
        open_quiz(b, quiz_server.url)
        assert b.locator(".netquiz-pin").count() == 0  # only once the name turns out to be taken
        join(b, f" {NAME} ")
        assert b.inner_text(".netquiz-error").strip() == HI["name_taken"].format(name=NAME)
        assert b.locator(".netquiz-pin").count() == 1 and b.locator(".netquiz-question").count() == 0
        b.click(".netquiz-start")  # PIN left empty: a new participant with a distinct name
        b.wait_for_selector(".netquiz-question")
        assert f"{NAME} (2)" in title(b) and resume_pin(b) != ""
        first_b = current_question(b, bank)
        wrong = (first_b.answer + 1) % len(first_b.options)
        choose_and_submit(b, first_b, wrong)
        go_next(b)
        second_b = current_question(b, bank)
        choose_and_submit(b, second_b, second_b.answer)

        for page, name, progress in ((a, NAME, 1), (b, f"{NAME} (2)", 2)):
            page.reload()
            page.wait_for_selector(".netquiz-question")  # resumed by this browser's token, silently
            assert name in title(page) and (name != NAME or "(2)" not in title(page))
            assert HI["progress"].format(answered=progress, total=len(bank.questions)) in page.inner_text(
                ".netquiz-status")

        open_quiz(c, quiz_server.url)
        join(c, NAME)
        assert c.locator(".netquiz-pin").count() == 1 and c.locator(".netquiz-question").count() == 0
        for guess in ("0000", "9999"):
            if guess in (resume_pin(a), resume_pin(b)):
                continue
            c.fill(".netquiz-pin input", guess)
            c.click(".netquiz-start")
            c.locator(".netquiz-error").filter(has_text=HI["err_pin"]).wait_for()
            expect(c.locator(".netquiz-pin input")).to_have_value("")  # this guess was handled: field emptied
        assert c.locator(".netquiz-question, .netquiz-stem").count() == 0  # neither quiz is visible
        assert people(quiz_server)[NAME] == [first_a.id]
        assert people(quiz_server)[f"{NAME} (2)"] == [first_b.id, second_b.id]

        c.fill(".netquiz-pin input", resume_pin(a))  # with her PIN, on another device: her own quiz
        c.click(".netquiz-start")
        c.wait_for_selector(".netquiz-question")
        assert NAME in title(c) and "(2)" not in title(c)
        assert current_question(c, bank).id == current_question(a, bank).id
    finally:
        for context in (ctx_a, ctx_b, ctx_c):
            context.close()


def test_two_tabs_race_stores_one_answer_per_shown_question(quiz_server, browser):
    bank = quiz_server.bank
    context, tab_1 = new_page(browser)
    try:
        open_quiz(tab_1, quiz_server.url)
        join(tab_1, "Race")
        tab_2 = context.new_page()  # same browser: same localStorage token, same participant
        tab_2.goto(quiz_server.url)
        tab_2.wait_for_selector(".netquiz-question")
        shown = current_question(tab_1, bank)
        assert current_question(tab_2, bank).id == shown.id
        choose_and_submit(tab_1, shown, shown.answer)
        tab_2.click(".netquiz-question .netquiz-option >> nth=0")
        tab_2.wait_for_selector(".netquiz-option.netquiz-selected")
        tab_2.click(".netquiz-submit")
        tab_2.locator(".netquiz-error").filter(has_text=HI["err_answered"]).wait_for()
        assert shown.id not in tab_2.inner_text(".netquiz-app")  # no internal id on screen
        now = current_question(tab_2, bank)  # redrawn: the real current question, not yet answered
        assert now.id != shown.id and tab_2.locator(".netquiz-feedback.netquiz-correct, "
                                                    ".netquiz-feedback.netquiz-incorrect").count() == 0
        assert people(quiz_server)["Race"] == [shown.id]
        choose_and_submit(tab_2, now, now.answer)
        assert people(quiz_server)["Race"] == [shown.id, now.id]
    finally:
        context.close()


def test_closing_the_tab_frees_its_kernel(quiz_server, browser):
    context, page = new_page(browser)
    try:
        open_quiz(page, quiz_server.url)
        kernel_id = page.evaluate("document.body.innerHTML.match(/\"kernelId\":\\s*\"([0-9a-f-]+)\"/)[1]")
        running = " ".join(" ".join(p.cmdline()) for p in kernels(quiz_server))
        assert kernel_id in running
        page.close(run_before_unload=True)
        deadline = time.monotonic() + 20
        while kernel_id in " ".join(" ".join(p.cmdline()) for p in kernels(quiz_server)):
            assert time.monotonic() < deadline, "the closed tab's kernel still runs"
            time.sleep(0.5)
    finally:
        context.close()


def kernels(quiz_server) -> list[psutil.Process]:
    found = []
    for proc in psutil.Process(quiz_server.server.proc.pid).children(recursive=True):
        try:
            if "ipykernel" in " ".join(proc.cmdline()):
                found.append(proc)
        except psutil.NoSuchProcess:
            continue
    return found
