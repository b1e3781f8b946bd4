"""netquiz's facilitator sign-in page as HTML (the browser test is tests/e2e/test_login_page.py)."""

from __future__ import annotations

import re

from netquiz.server.login_page import login_page
from netquiz.texts import say

XSRF = '<input type="hidden" name="_xsrf" value="2|ab|cd|12"/>'


def page(lang: str, wrong: bool = False, action: str = "/login?next=%2F") -> str:
    return login_page(lang, action=action, xsrf_field=XSRF, dashboard_url="http://127.0.0.1:8867/", wrong=wrong)


def test_the_form_posts_the_token_as_jupyters_did() -> None:
    shown = page("en")
    assert '<form method="post" action="/login?next=%2F">' in shown and XSRF in shown
    assert re.search(r'<input type="password" id="netquiz-login-token" name="password"', shown)
    assert '<label for="netquiz-login-token">' in shown
    assert "http://127.0.0.1:8867/?token=…" in shown and "<code>netquiz workshop</code>" in shown
    assert "jupyter" not in shown.lower()


def test_hindi_with_no_english_outside_code_and_a_wrong_token_said() -> None:
    shown = page("hi", wrong=True)
    assert shown.startswith('<!DOCTYPE html><html lang="hi">')
    visible = re.sub(r"<style>.*?</style>|<code[^>]*>.*?</code>|<[^>]+>", " ", shown)
    assert set(re.findall(r"[A-Za-z]{2,}", visible)) == {"netquiz"}  # the product name in the title
    assert say("hi", "login_wrong") in shown and 'role="alert"' in shown
    assert say("hi", "login_wrong") not in page("hi")


def test_the_action_is_escaped() -> None:
    shown = page("en", action='/login?next="><script>')
    assert "<script>" not in shown and "&quot;&gt;&lt;script&gt;" in shown
