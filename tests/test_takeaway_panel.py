"""The facilitator's take-home panel without a browser: handout links, report, follow-up button, before/after."""

from __future__ import annotations

import base64
import re

from conftest import ROOT

from netquiz.bank import bank_from_json, bank_to_json, load_bank
from netquiz.store import open_store
from netquiz.ui.facilitator.takeaway_panel import TakeawayPanel

SEED_BANK = ROOT / "data" / "banks" / "networking.hi.json"


def documents(value: str) -> dict[str, str]:
    """file name → decoded HTML of every data-URL link."""
    found = re.findall(r"download='([^']+)' href='data:text/html;charset=utf-8;base64,([^']+)'", value)
    return {name: base64.b64decode(data).decode("utf-8") for name, data in found}


def test_panel_handouts_report_follow_up_and_before_after(tmp_path):
    bank = load_bank(SEED_BANK)
    store = open_store(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    store.open_session("ORIG", bank_to_json(bank), "Networking")
    asha = store.join("ORIG", "Asha")
    for question in bank.questions:
        right = question.section not in ("s1", "s3")
        store.record_response(asha.id, question.id, 1, question.answer if right else (question.answer + 1) % 4, right)
    opened: list[str] = []
    panel = TakeawayPanel(store, "en", opened.append)
    panel.show(store.get_session("ORIG"))
    links = documents(panel.handouts.value)
    assert set(links) == {"ORIG-sheet.html", "ORIG-key.html"} and "Answer key" in links["ORIG-key.html"]
    assert panel.change.value == ""  # not a follow-up
    assert panel.review_days.value == 7
    panel.review_days.value = 3  # the facilitator's setting
    assert store.get_session("ORIG").review_days == 3
    panel.make_report.click()
    assert "<svg" in documents(panel.report.value)["ORIG-report.html"]
    panel.follow_up.click()
    assert len(opened) == 1 and opened[0] in panel.message.value
    follow = store.get_session(opened[0])
    assert follow.follow_up_of == "ORIG"
    mine = store.question_sets(follow.code)[0]
    follow_bank = bank_from_json(follow.bank_json)
    for question_id in mine.question_ids:
        store.record_response(mine.participant_id, question_id, 1, follow_bank.question(question_id).answer, True)
    panel.show(follow)
    assert "before" in panel.change.value and "100%" in panel.change.value and "Asha" in panel.change.value
    panel.set_lang("hi")
    panel.show(follow)
    assert "पहले" in panel.change.value
    store.close()


def test_author_notebook_offers_the_handouts_of_the_current_bank():
    from netquiz.ui.author.app import AuthorApp

    bank = load_bank(SEED_BANK)
    app = AuthorApp(bank)
    links = documents(app.handouts.value)
    assert set(links) == {"bank-sheet.html", "bank-key.html"}
    assert "उत्तर-कुंजी" in links["bank-key.html"] and bank.questions[0].explanation not in links["bank-sheet.html"]
