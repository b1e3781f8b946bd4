"""The take-home pieces end to end on a SQLite file: review contents, follow-up via the CLI, HTML report."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT

from netquiz.bank import bank_to_json, load_bank
from netquiz.cli import main
from netquiz.errors import SessionError
from netquiz.quiz.review import fetch_review, review_filename, review_for
from netquiz.store import open_store

SEED_BANK = ROOT / "data" / "banks" / "networking.hi.json"


class Marked(HTMLParser):
    """data-question ids of elements with a given class."""

    def __init__(self, cls: str) -> None:
        super().__init__()
        self.cls, self.ids = cls, []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if self.cls in (found.get("class") or "").split():
            self.ids.append(found.get("data-question"))


def marked(document: str, cls: str) -> list[str]:
    reader = Marked(cls)
    reader.feed(document)
    return reader.ids


@pytest.fixture
def room(tmp_path: Path):
    """Session ORIG on the seed bank: Asha misses s1 and s3 and two more; Ravi misses s2; then closed."""
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    bank = load_bank(SEED_BANK)
    store = open_store(url)
    store.open_session("ORIG", bank_to_json(bank), "Networking")
    missed = {}
    for name, weak in (("Asha", {"s1", "s3"}), ("Ravi", {"s2"})):
        person = store.join("ORIG", name, token=f"{name}-browser")
        missed[name] = []
        for number, question in enumerate(bank.questions):
            right = question.section not in weak and number % 9 != 4
            option = question.answer if right else (question.answer + 1) % len(question.options)
            store.record_response(person.id, question.id, 1, option, right)
            if not right:
                missed[name].append(question.id)
    store.close_session("ORIG")
    yield url, store, bank, missed
    store.close()


def test_review_has_exactly_her_missed_questions_and_the_interview_items(room):
    url, store, bank, missed = room
    asha = store.find_token("Asha-browser", "ORIG")
    document = review_for(store, asha, "en")
    assert marked(document, "nq-missed") == missed["Asha"]
    interviews = [q for q in bank.questions if q.kind == "interview"]
    assert marked(document, "nq-interview") == [q.id for q in interviews]
    first = bank.question(missed["Asha"][0])
    wrong = first.options[(first.answer + 1) % len(first.options)]
    for piece in (first.stem, wrong, first.options[first.answer], first.explanation, first.source):
        assert piece.replace("&", "&amp;").replace('"', "&quot;") in document or piece in document
    assert str(len(bank.questions)) in document and 'lang="en"' in document and "@page" in document and "Devanagari" in document
    titles = re.search(r"Sections to re-read</h2>(.*?)</ul>", document, re.S).group(1)
    assert bank.section_title("s1") in titles and bank.section_title("s3") in titles
    assert bank.section_title("s2") not in titles


def test_review_refetch_by_token_or_pin_within_the_retention(room):
    url, store, bank, missed = room
    asha = store.find_token("Asha-browser", "ORIG")
    name, document = fetch_review(store, "orig", token="Asha-browser", lang="hi")
    assert name == "netquiz-review-ORIG-Asha.html" and marked(document, "nq-missed") == missed["Asha"]
    _, by_pin = fetch_review(store, "ORIG", name="asha", pin=asha.pin)
    assert marked(by_pin, "nq-missed") == missed["Asha"]
    with pytest.raises(SessionError) as none:
        fetch_review(store, "ORIG", token="stranger")
    assert none.value.key == "err_review_none"
    closed = store.get_session("ORIG").closed_at
    with pytest.raises(SessionError) as late:
        fetch_review(store, "ORIG", token="Asha-browser", now=closed + 8 * 86400)
    assert late.value.key == "err_review_expired" and late.value.values == {"days": 7}


def test_follow_up_cli_then_html_reports(room, tmp_path: Path, capsys):
    url, store, bank, missed = room
    assert main(["session", "open", "--follow-up", "ORIG", "--code", "FUP1", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] == "FUP1" and "2 participants with their own sets" in out
    asha = store.find_token("Asha-browser")
    assert asha.session_code == "FUP1"
    chosen = store.question_set(asha.id).question_ids
    follow_bank = load_bank_text(store.get_session("FUP1").bank_json)
    for question_id in chosen:  # she answers her whole set right
        question = follow_bank.question(question_id)
        store.record_response(asha.id, question_id, 1, question.answer, True)
    report = tmp_path / "report.html"
    assert main(["report", "--code", "FUP1", "--format", "html", "--lang", "en", "-o", str(report), "--db", url]) == 0
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and "before" in html and "100%" in html
    origin = tmp_path / "origin.html"
    assert main(["report", "--code", "ORIG", "--format", "html", "-o", str(origin), "--db", url]) == 0
    text = origin.read_text(encoding="utf-8")
    assert text.count('class="nq-item"') == 5 and text.count("<svg") > 10 and 'lang="hi"' in text
    assert main(["report", "--code", "ORIG", "--format", "html", "--db", url]) == 2


def load_bank_text(text: str):
    from netquiz.bank import bank_from_json

    return bank_from_json(text)


def test_follow_up_refuses_live_mode_and_unknown_code(room, capsys):
    url = room[0]
    assert main(["session", "open", "--follow-up", "ORIG", "--mode", "live", "--db", url]) == 2
    assert main(["session", "open", "--follow-up", "NOPE", "--db", url]) == 2


def test_review_file_names_keep_devanagari_and_drop_the_rest():
    assert review_filename("AB12", "मीरा देवी") == "netquiz-review-AB12-मीरा-देवी.html"
    assert review_filename("AB12", "../<x> y") == "netquiz-review-AB12-x-y.html"
    assert review_filename("AB12", "///") == "netquiz-review-AB12-me.html"


def test_a_partial_round_counts_only_what_she_answered():
    from netquiz.quiz.review import FirstAnswers, review_html
    from netquiz.store.base import SessionRecord

    bank = load_bank(SEED_BANK)
    first, second = [q for q in bank.questions if q.section == "s1"][:2]
    answers = FirstAnswers({first.id: (first.answer, True), second.id: ((second.answer + 1) % 4, False)})
    document = review_html(bank, answers, "Asha", SessionRecord("LIVE1", None, "", 0.0, None, "live"), "en")
    assert "1 of 2 correct" in document and ">1 / 2<" in document
    assert document.count('<td class="nq-num">') == 1  # only the section she saw
    assert marked(document, "nq-missed") == [second.id]
