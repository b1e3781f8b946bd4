"""netquiz's own facilitator login page (issue 16), in real Voilà and headless Chromium.

A facilitator server (``netquiz serve --facilitator``) in Hindi (``NETQUIZ_LANG=hi``), opened without the token:
the page is netquiz's, in Hindi (no English word but what sits in ``<code>``: the command and the address),
axe-core finds nothing, a wrong pasted token waits ~1 s, is logged and says so, the right one opens the
dashboard. A screenshot goes to a temporary folder, or to ``docs/screenshots/`` with ``NETQUIZ_SCREENSHOTS=1``.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from . import Server, free_port, start_server
from .axe import axe_violations
from .conftest import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS

pytestmark = pytest.mark.e2e
playwright_sync = pytest.importorskip("playwright.sync_api")
TOKEN = "e2e-login-token-0123456789abcdef"


@pytest.fixture(scope="module")
def hindi_dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("login-e2e")
    port = free_port()
    env = {**os.environ, "NETQUIZ_LANG": "hi", "NETQUIZ_FACILITATOR_TOKEN": TOKEN}
    command = [sys.executable, "-m", "netquiz", "serve", "--facilitator", "--port", str(port),
               "--db", f"sqlite:///{tmp / 'login.sqlite3'}"]
    server = start_server(command, port, tmp / "facilitator.log", env=env)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("NETQUIZ_SCREENSHOTS") == "1":
        return SCREENSHOTS
    return tmp_path_factory.mktemp("login-shots")


def english_words(page) -> set[str]:
    """Latin words on the page outside ``<code>`` (the command and the address stay as typed)."""
    shown = page.evaluate("""() => { const main = document.querySelector('main').cloneNode(true);
        main.querySelectorAll('code').forEach(c => c.remove());
        return document.title + ' ' + main.innerText + ' ' +
            [...main.querySelectorAll('input:not([type=hidden]), button')].map(e => e.placeholder || e.value || '').join(' '); }""")
    return set(re.findall(r"[A-Za-z]{2,}", shown)) - {"netquiz"}


def test_the_login_page_is_netquizs_own_in_hindi(hindi_dashboard: Server, shots: Path) -> None:
    with playwright_sync.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(hindi_dashboard.url, timeout=90_000)
        page.wait_for_selector("body.netquiz-login")
        assert "/login" in page.url
        assert page.evaluate("document.documentElement.lang") == "hi"
        shown = page.locator("main").inner_text()
        assert "jupyter" not in shown.lower() and "सुविधादाता डैशबोर्ड" in shown
        assert page.locator(".netquiz-login-url").inner_text() == f"{hindi_dashboard.url}?token=…"
        assert "netquiz workshop" in page.locator("main p code").first.inner_text()
        assert english_words(page) == set()
        assert axe_violations(page) == []
        page.screenshot(path=str(shots / "facilitator-login.png"))

        page.fill("#netquiz-login-token", "not-the-token-0123456789")
        started = time.monotonic()
        page.click(".netquiz-login-submit")
        page.wait_for_selector(".netquiz-login-error")
        waited = time.monotonic() - started
        assert waited >= 0.9, waited
        assert "टोकन सही नहीं" in page.locator(".netquiz-login-error").inner_text()
        assert english_words(page) == set() and axe_violations(page) == []
        assert "wrong facilitator token from 127.0.0.1" in hindi_dashboard.output()
        assert "not-the-token" not in hindi_dashboard.output()

        page.fill("#netquiz-login-token", TOKEN)
        page.click(".netquiz-login-submit")
        page.wait_for_selector(".netquiz-facilitator", timeout=90_000)
        assert "/login" not in page.url and "token" not in page.url
        browser.close()
    print(f"\na wrong pasted token answered in {waited:.2f} s")
