"""The review download in the participant view (no browser): at the end of the round, and from the join page."""

from __future__ import annotations

import base64
import re

import pytest
from test_quiz_view import CODE, answer, find, find_all, join, next_question

from netquiz.bank import bank_to_json
from netquiz.store import open_store
from netquiz.texts.en import TEXTS as EN
from netquiz.ui.participant import quiz_app
from netquiz.ui.participant.quiz_view import QuizApp


@pytest.fixture
def db(tmp_path, small_bank) -> str:
    url = f"sqlite:///{tmp_path / 'quiz.sqlite3'}"
    store = open_store(url)
    store.open_session(CODE, bank_to_json(small_bank), "review test")
    store.close()
    return url


def downloaded(root) -> tuple[str, str]:
    """(file name, document) of the review link."""
    link = find(root, "netquiz-review-download").value
    name = re.search(r'download="([^"]+)"', link).group(1)
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", link).group(1)
    return name, base64.b64decode(payload).decode("utf-8")


def missed_ids(document: str) -> list[str]:
    return re.findall(r'class="nq-item nq-missed" data-question="([^"]+)"', document)


def test_summary_offers_her_review_with_exactly_her_missed_questions(db, small_bank):
    app = quiz_app(db, lang="en")
    join(app, "Asha")
    wrong = []
    for number in range(len(small_bank.questions)):
        assert not find_all(app, "netquiz-review-download")  # nothing before the round is over
        question, _ = answer(app, small_bank, right=number % 2 == 1)
        if number % 2 == 0:
            wrong.append(question.id)
        next_question(app)
    name, document = downloaded(app)
    assert name == f"netquiz-review-{CODE}-Asha.html"
    bank_order = [q.id for q in small_bank.questions]
    assert missed_ids(document) == sorted(wrong, key=bank_order.index)
    assert "My review: Asha" in document


def test_join_page_fetches_the_review_by_token_or_pin_after_closing(db, small_bank):
    app = QuizApp(db, "en")
    app.browser.token = "a" * 32
    join(app.widget, "Ravi")
    question, _ = answer(app.widget, small_bank, right=False)
    store = open_store(db)
    pin = store.participants(CODE)[0].pin
    store.close_session(CODE)
    store.close()
    later = QuizApp(db, "en")  # another phone: name, code and PIN
    find(later.widget, "netquiz-name").value = "Ravi"
    find(later.widget, "netquiz-code").value = CODE.lower()
    find(later.widget, "netquiz-review-fetch").click()  # this phone has no token: she is asked for her PIN
    assert EN["review_pin"] in find(later.widget, "netquiz-error").value
    find(later.widget, "netquiz-pin").value = "0000" if pin != "0000" else "1111"
    find(later.widget, "netquiz-review-fetch").click()
    assert EN["err_pin"] in find(later.widget, "netquiz-error").value and not find_all(later.widget,
                                                                                       "netquiz-review-download")
    find(later.widget, "netquiz-pin").value = pin
    find(later.widget, "netquiz-review-fetch").click()
    assert missed_ids(downloaded(later.widget)[1]) == [question.id]
    same_browser = QuizApp(db, "en")
    same_browser.browser.token = "a" * 32
    find(same_browser.widget, "netquiz-code").value = CODE
    find(same_browser.widget, "netquiz-review-fetch").click()
    assert missed_ids(downloaded(same_browser.widget)[1]) == [question.id]


def test_a_live_round_ends_with_her_review(tmp_path, small_bank, monkeypatch):
    """Live mode: the end screen offers the review, with the question she answered wrong."""
    from test_live_view import Clock

    from netquiz.live import state as live
    from netquiz.live.round import LiveRound

    clock = Clock()
    monkeypatch.setattr("netquiz.ui.participant.live_view.time.time", clock)
    monkeypatch.setattr("netquiz.store.live_sql.time.time", clock)
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    store = open_store(url)
    store.open_session("LIVE8", bank_to_json(small_bank), "live", mode="live")
    round_ = LiveRound.load(store, "LIVE8")
    app = QuizApp(url, "en")
    join(app.widget, "Asha", "LIVE8")
    round_.apply(lambda s: live.start(s, clock.now))
    app.live.tick()
    question = small_bank.question("s1-scenario-1")
    find_all(app.widget, "netquiz-option")[(question.answer + 1) % len(question.options)].click()
    find(app.widget, "netquiz-submit").click()
    round_.apply(lambda s: live.reveal(s, clock.now + 1))
    app.live.tick()
    assert not find_all(app.widget, "netquiz-review-download")
    round_.apply(lambda s: live.skip(live.skip(live.skip(live.advance(s, clock.now), clock.now), clock.now),
                                     clock.now))
    app.live.tick()
    find(app.widget, "netquiz-summary")
    assert missed_ids(downloaded(app.widget)[1]) == [question.id]
    store.close()


def test_a_live_review_never_tells_the_open_or_a_skipped_question(tmp_path, small_bank, monkeypatch):
    """Fetched from the join page mid-round, the review leaves out what the room has not seen revealed."""
    from test_live_view import Clock

    from netquiz.live import state as live
    from netquiz.live.round import LiveRound
    from netquiz.quiz.review import fetch_review

    clock = Clock()
    monkeypatch.setattr("netquiz.store.live_sql.time.time", clock)
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    store = open_store(url)
    store.open_session("LIVE7", bank_to_json(small_bank), "live", mode="live")
    round_ = LiveRound.load(store, "LIVE7")
    asha = store.join("LIVE7", "Asha", token="t" * 32)
    round_.apply(lambda s: live.start(s, clock.now))
    first = round_.state.question_id
    question = small_bank.question(first)
    store.record_live_response(asha.id, first, (question.answer + 1) % len(question.options), False)
    _, document = fetch_review(store, "LIVE7", token="t" * 32)
    assert missed_ids(document) == [] and question.options[question.answer] not in document  # still open
    round_.apply(lambda s: live.skip(s, clock.now))
    _, document = fetch_review(store, "LIVE7", token="t" * 32)
    assert missed_ids(document) == []  # skipped unrevealed
    second = round_.state.question_id
    other = small_bank.question(second)
    store.record_live_response(asha.id, second, (other.answer + 1) % len(other.options), False)
    round_.apply(lambda s: live.reveal(s, clock.now))
    _, document = fetch_review(store, "LIVE7", token="t" * 32)
    assert missed_ids(document) == [second]  # revealed: now in her review
    store.close()
