"""The projector at 1280×720 with the seed bank's real questions (the longest options and explanations), in
headless Chromium with the dashboard's own stylesheet: for every question, the question with its options, and
after the reveal the split, the key, the explanation, the source and a full leaderboard, end inside the screen
under a 110 px band for the Present buttons (projector mode hides everything else). The live e2e test checks
the same in real Voilà with the small bank."""

from __future__ import annotations

from pathlib import Path

import pytest

from netquiz.bank import load_bank
from netquiz.ui.facilitator.present_html import leaderboard_html, question_html, split_html
from netquiz.ui.html import style_html

from .conftest import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
PROJECTOR = {"width": 1280, "height": 720}
BUTTONS_PX = 110


def screen_html(body: str) -> str:
    return (f"<html><body style='margin:0'>{style_html()}<div class='netquiz-facilitator netquiz-projector' "
            f"style='padding:8px'><div style='height:{BUTTONS_PX}px'></div><div class='netquiz-present'>{body}"
            f"</div></div></body></html>")


def test_every_seed_question_fits_the_projector() -> None:
    from playwright.sync_api import sync_playwright

    bank = load_bank(ROOT / "data" / "banks" / "networking.hi.json")
    board = leaderboard_html("hi", [(f"प्रतिभागी {i}", 9 - i) for i in range(5)])
    too_low = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=PROJECTOR)
        for question in bank.questions:
            split = tuple(range(3, 3 + len(question.options)))
            title = bank.section_title(question.section)
            for revealed in (False, True):
                body = (f"<div class='netquiz-present-top'>12 / 15</div><div class='netquiz-present-question'>"
                        f"{question_html('hi', bank, question, 5, 12, options=not revealed)}</div>"
                        f"<div class='netquiz-present-split'>{split_html('hi', question, split, title) if revealed else ''}"
                        f"</div><div class='netquiz-present-leaderboard'>{board if revealed else ''}</div>")
                page.set_content(screen_html(body))
                bottom = page.evaluate("Math.max(...[...document.querySelectorAll('.netquiz-present *')]"
                                       ".map(e => e.getBoundingClientRect().bottom))")
                right = page.evaluate("Math.max(...[...document.querySelectorAll('.netquiz-present *')]"
                                      ".map(e => e.getBoundingClientRect().right))")
                if bottom > PROJECTOR["height"] or right > PROJECTOR["width"]:
                    too_low.append((question.id, "reveal" if revealed else "question", round(bottom), round(right)))
        browser.close()
    assert too_low == []
