"""The participant's live screens without a browser: wait → question → locked → reveal → next → end,
late joiners, re-joins, late answers refused, and no key in widget state before the reveal."""

from __future__ import annotations

import pytest
from test_quiz_view import find, find_all, join, state_text, walk

from netquiz.bank import bank_to_json
from netquiz.live import state as live
from netquiz.live.round import LiveRound
from netquiz.store import open_store
from netquiz.texts.en import TEXTS as EN
from netquiz.texts.hi import TEXTS as HI
from netquiz.ui.participant.browser_token import BrowserToken
from netquiz.ui.participant.feedback import own_words
from netquiz.ui.participant.question_card import QuestionCard
from netquiz.ui.participant.quiz_view import QuizApp

CODE = "LIVE9"
T0 = 2_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr("netquiz.ui.participant.live_view.time.time", clock)
    monkeypatch.setattr("netquiz.store.live_sql.time.time", clock)
    monkeypatch.delenv("NETQUIZ_LANG", raising=False)
    return clock


@pytest.fixture
def db(tmp_path, small_bank) -> str:
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    store = open_store(url)
    store.open_session(CODE, bank_to_json(small_bank), "live test", mode="live")
    store.close()
    return url


@pytest.fixture
def round_(db):
    store = open_store(db)
    yield LiveRound.load(store, CODE)
    store.close()


def joined(db: str, name: str, token: str | None = None) -> QuizApp:
    """A participant page; with ``token`` the browser hands it over first (as the page's BrowserToken does)."""
    app = QuizApp(db)
    if token is not None:
        next(w for w in walk(app.widget) if isinstance(w, BrowserToken)).token = token
    if app.session is None:
        join(app.widget, name, CODE)
    assert app.live is not None
    return app


def test_wait_question_lock_reveal_next_end(db, round_, clock, small_bank) -> None:
    app = joined(db, "Asha")
    find(app.widget, "netquiz-wait")
    assert not find_all(app.widget, "netquiz-question")
    round_.apply(lambda s: live.start(s, clock.now))
    assert app.live.tick()
    question = small_bank.question("s1-scenario-1")
    options = find_all(app.widget, "netquiz-option")
    # bank order and letters A, B, C: as on the projector
    assert [b.description for b in options] == [f"{k}. {o}" for k, o in zip("ABC", question.options, strict=False)]
    secrets = [*question.feedback, question.explanation, question.source]
    assert not any(s in state_text(list(walk(app.widget))) for s in secrets)
    assert not find_all(app.widget, "netquiz-right-answer")
    assert app.browser.announce.startswith(HI["question_of"].format(number=1, total=4))
    options[question.answer].click()
    find(app.widget, "netquiz-submit").click()
    find(app.widget, "netquiz-locked")
    assert app.browser.announce == HI["locked"]  # the page's polite live region says it
    assert all(b.disabled for b in find_all(app.widget, "netquiz-option"))
    assert not find_all(app.widget, "netquiz-feedback") and not find_all(app.widget, "netquiz-right-answer")
    assert not any(s in state_text(list(walk(app.widget))) for s in secrets)
    assert not app.live.tick()  # nothing moved: no re-render
    round_.apply(lambda s: live.reveal(s, clock.now + 5))
    app.live.tick()
    feedback = find(app.widget, "netquiz-feedback")
    assert app.browser.announce == HI["correct"]
    said = own_words(question.feedback[question.answer], question.source)
    assert "netquiz-correct" in feedback._dom_classes and said in feedback.value
    assert "1 / 1" in find(app.widget, "netquiz-status").value
    round_.apply(lambda s: live.advance(s, clock.now + 6))
    app.live.tick()
    assert find(app.widget, "netquiz-stem").value != feedback.value and find_all(app.widget, "netquiz-submit")
    assert find_all(app.widget, "netquiz-resume-pin")
    round_.apply(lambda s: live.skip(live.skip(live.skip(s, clock.now), clock.now), clock.now))
    app.live.tick()
    end = find(app.widget, "netquiz-summary").children[0].value
    assert HI["live_finished"] in end
    assert HI["rank"].format(rank=1, people=1) in end  # the rank and the sections, no stale PIN line
    assert small_bank.section_title("s1") in end and "1 / 1" in end
    assert not find_all(app.widget, "netquiz-resume-pin")


def test_wrong_answer_and_no_answer_after_reveal(db, round_, clock, small_bank) -> None:
    asha, ravi = joined(db, "Asha"), joined(db, "Ravi")
    round_.apply(lambda s: live.start(s, clock.now))
    question = small_bank.question("s1-scenario-1")
    asha.live.tick()
    find_all(asha.widget, "netquiz-option")[(question.answer + 1) % 3].click()
    find(asha.widget, "netquiz-submit").click()
    round_.apply(lambda s: live.reveal(s, clock.now))
    asha.live.tick()
    ravi.live.tick()
    assert "netquiz-incorrect" in find(asha.widget, "netquiz-feedback")._dom_classes
    missed = find(ravi.widget, "netquiz-feedback")
    assert "netquiz-missed" in missed._dom_classes and question.explanation in missed.value
    right = find(ravi.widget, "netquiz-right-answer")
    assert right.description.endswith(question.options[question.answer])


def test_late_answer_is_refused_with_a_message(db, round_, clock) -> None:
    app = joined(db, "Asha")
    round_.apply(lambda s: live.start(s, clock.now))
    app.live.tick()
    find_all(app.widget, "netquiz-option")[0].click()
    clock.now += live.DEFAULT_DURATION + 5  # the page still shows the question: the kernel was busy
    find(app.widget, "netquiz-submit").click()
    assert find(app.widget, "netquiz-error").value == HI["err_late"]
    assert round_.answer_count("s1-scenario-1") == 0
    assert app.live.tick() is False or find_all(app.widget, "netquiz-locked")


def test_a_closed_session_says_so_not_that_the_facilitator_moved_on(db, round_, clock) -> None:

    app = joined(db, "Asha")
    round_.apply(lambda s: live.start(s, clock.now))
    app.live.tick()
    find_all(app.widget, "netquiz-option")[0].click()
    round_.store.close_session(CODE)  # the facilitator ends the workshop while the question is open
    find(app.widget, "netquiz-submit").click()
    assert find(app.widget, "netquiz-error").value == HI["err_closed"] != HI["err_not_current"]
    assert round_.answer_count("s1-scenario-1") == 0


def test_time_running_out_locks_the_options_by_itself(db, round_, clock) -> None:
    app = joined(db, "Asha")
    round_.apply(lambda s: live.start(s, clock.now))
    app.live.tick()
    clock.now += live.DEFAULT_DURATION + 1
    assert app.live.tick()
    assert HI["time_up"] in find(app.widget, "netquiz-locked").value
    assert all(b.disabled for b in find_all(app.widget, "netquiz-option"))


def test_late_joiner_and_rejoin_land_on_the_current_question(db, round_, clock, small_bank) -> None:
    round_.apply(lambda s: live.start(s, clock.now))
    first = joined(db, "Asha", token="asha-browser-0123456789")
    find_all(first.widget, "netquiz-option")[0].click()
    find(first.widget, "netquiz-submit").click()
    again = joined(db, "asha", token="asha-browser-0123456789")  # a reload: resumed by the browser's token
    assert again.session is not None and again.session.name == "Asha"
    find(again.widget, "netquiz-locked")
    assert "netquiz-selected" in find_all(again.widget, "netquiz-option")[0]._dom_classes
    round_.apply(lambda s: live.reveal(s, clock.now))
    late = joined(db, "Meena")
    assert find(late.widget, "netquiz-stem").value
    find(late.widget, "netquiz-feedback")


def test_english_toggle_and_a_self_paced_session_is_untouched(db, round_, clock, small_bank, tmp_path) -> None:
    app = joined(db, "Asha")
    find(app.widget, "netquiz-lang").value = "en"
    assert EN["wait_start"] in find(app.widget, "netquiz-wait").children[0].value
    store = open_store(db)
    store.open_session("SELF9", bank_to_json(small_bank))
    store.close()
    plain = QuizApp(db)
    join(plain.widget, "Asha", "SELF9")
    assert plain.live is None and isinstance(find(plain.widget, "netquiz-question"), QuestionCard)
