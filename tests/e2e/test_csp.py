"""The participant page under its Content-Security-Policy (issue 15): script-src, object-src 'none',
base-uri 'self' — the quiz (Voilà, ipywidgets, anywidget's question card) still works in Chromium and the
browser reports no violation."""

from __future__ import annotations

import pytest

from netquiz.ui.participant.feedback import own_words

from .conftest import choose_and_submit, current_question, join, open_quiz

pytestmark = pytest.mark.e2e


def test_the_quiz_works_under_the_policy_with_no_violation(quiz_server, page):
    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    response = page.goto(quiz_server.url)
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "object-src 'none'" in policy and "base-uri 'self'" in policy
    assert response.headers.get("referrer-policy") == "no-referrer"
    open_quiz(page, quiz_server.url)
    join(page, "Meena")
    question = current_question(page, quiz_server.bank)  # drawn by the anywidget card
    choose_and_submit(page, question, question.answer)
    shown = page.locator(".netquiz-feedback.netquiz-correct").inner_text()
    assert own_words(question.feedback[question.answer], question.source) in shown  # as the card words it
    page.evaluate("() => document.createElement('object')")  # nothing to load: just a live page
    print("\n".join(v[:160] for v in violations))
    blocked = [v for v in violations if "stylesheet" not in v and "style-src" not in v]  # the CDN CSS: on purpose
    assert blocked == [], blocked
