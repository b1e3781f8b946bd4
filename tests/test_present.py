"""The facilitator's Present view and live-mode controls without a browser: Button.click() and widget values."""

from __future__ import annotations

import pytest
from test_dashboard import db, root, store  # noqa: F401  (fixtures)

from netquiz.bank import bank_to_json
from netquiz.live import state as live
from netquiz.live.round import LiveRound
from netquiz.texts.en import TEXTS as EN
from netquiz.texts.hi import TEXTS as HI
from netquiz.ui.facilitator.app import FacilitatorApp, default_title, facilitator_app
from netquiz.ui.facilitator.present import PresentView


class Clock:
    now = 5_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr("netquiz.store.live_sql.time.time", clock)
    return clock


@pytest.fixture
def live_code(store, small_bank) -> str:  # noqa: F811
    store.open_session("LIVE1", bank_to_json(small_bank), "Live group", mode="live")
    return "LIVE1"


def test_present_a_round_start_count_reveal_split_next(store, live_code, small_bank, clock) -> None:  # noqa: F811
    view = PresentView(store, "http://quiz.example:9000/", "en", clock=clock)
    view.show(live_code)
    assert "netquiz-present" in view.screen._dom_classes
    assert "LIVE1" in view.question.value and "http://quiz.example:9000/" in view.question.value
    assert not view.buttons["start"].disabled and view.buttons["reveal"].disabled
    view.buttons["start"].click()
    first = small_bank.question("s1-scenario-1")
    assert first.stem in view.question.value and first.explanation not in view.question.value
    assert "30 s" in view.timer.value and "0 of 0 answered" in view.count.value
    asha, ravi = store.join(live_code, "Asha"), store.join(live_code, "<b>Ravi</b>")
    store.record_live_response(asha.id, first.id, first.answer, True)
    store.record_live_response(ravi.id, first.id, 1, False)
    clock.now += 12
    view.tick()
    assert "2 of 2 answered" in view.count.value and "18 s" in view.timer.value
    assert view.split.value == ""
    view.buttons["reveal"].click()
    assert view.split.value.count("netquiz-present-row") == 3 and first.explanation in view.split.value
    assert first.source in view.split.value and "netquiz-present-right" in view.split.value
    assert view.buttons["reveal"].disabled and not view.buttons["next"].disabled
    view.buttons["next"].click()
    assert small_bank.question("s1-true_false-1").stem in view.question.value and view.split.value == ""
    view.buttons["stop"].click()
    assert EN["p_no_limit"] in view.timer.value and view.buttons["stop"].disabled
    view.buttons["reveal"].click()
    view.buttons["next"].click()
    view.buttons["reveal"].click()  # third revealed question: the leaderboard shows
    assert "Asha" in view.board.value and "&lt;b&gt;Ravi&lt;/b&gt;" in view.board.value
    assert "<b>Ravi" not in view.board.value


def test_filters_seconds_skip_and_errors(store, live_code, small_bank, clock) -> None:  # noqa: F811
    view = PresentView(store, "http://x/", "hi", clock=clock)
    view.show(live_code)
    view.section.value = "s2"
    view.seconds.value = 45
    state = LiveRound.load(store, live_code).state
    assert state.queue == ("s2-scenario-1", "s2-cloze-1") and state.duration == 45
    view.kind.value = "true_false"
    assert "netquiz-dash-error" in view.message.value  # s2 has no true/false question
    view.kind.value = ""
    view.buttons["start"].click()
    assert "45 सेकंड" in view.timer.value
    view.buttons["skip"].click()
    assert small_bank.question("s2-cloze-1").stem in view.question.value
    assert LiveRound.load(store, live_code).state.skipped == ("s2-scenario-1",)


def test_filters_lock_while_a_round_runs_and_new_round_leaves_out_asked_questions(
        store, live_code, small_bank, clock) -> None:  # noqa: F811
    view = PresentView(store, "http://x/", "en", clock=clock)
    view.show(live_code)
    view.section.value = "s2"
    assert view.buttons["new-round"].disabled and not view.section.disabled
    assert "netquiz-present-new-round" in view.buttons["new-round"]._dom_classes
    view.buttons["start"].click()
    assert view.section.disabled and view.kind.disabled and not view.buttons["new-round"].disabled
    for name in ("reveal", "next", "reveal", "next"):  # s2 has two questions: the round ends
        view.buttons[name].click()
    finished = LiveRound.load(store, live_code).state
    assert finished.phase == "finished" and view.section.disabled
    view.section.value = ""  # a locked menu changed anyway (another widget, a race): nothing is sent
    assert LiveRound.load(store, live_code).state == finished and finished.question_id is None
    again = PresentView(store, "http://x/", "en", clock=clock)  # a reload shows the round's real filter
    again.show(live_code)
    assert again.section.value == "s2"
    view.section.value = ""
    view.buttons["new-round"].click()
    state = LiveRound.load(store, live_code).state
    assert state.phase == "waiting" and not set(state.queue) & {"s2-scenario-1", "s2-cloze-1"}
    assert state.queue and not view.section.disabled and not view.buttons["start"].disabled
    view.section.value = "s2"  # everything there was asked already: said, and nothing changes
    assert "already asked" in view.message.value and LiveRound.load(store, live_code).state == state


def test_another_tab_changes_show_up_on_tick(store, live_code, small_bank, clock) -> None:  # noqa: F811
    view = PresentView(store, "http://x/", "en", clock=clock)
    view.show(live_code)
    LiveRound.load(store, live_code).apply(lambda s: live.start(s, clock.now))
    view.tick()
    assert small_bank.question("s1-scenario-1").stem in view.question.value
    view.buttons["start"].click()  # stale: this tab's Start is refused, the view shows the real state
    assert view.buttons["start"].disabled


def test_self_paced_session_says_how_to_present(store, small_bank) -> None:  # noqa: F811
    store.open_session("SELF1", bank_to_json(small_bank))
    view = PresentView(store, "http://x/")
    view.show("SELF1")
    assert "self-paced" in view.question.value and all(b.disabled for b in view.buttons.values())


def test_facilitator_opens_a_live_session_and_switches_to_hindi(root, db, store) -> None:  # noqa: F811
    app: FacilitatorApp = facilitator_app(db=db, root=root)
    assert app.tabs.get_title(1) == "Present" and app.open.description == "Open session"
    app.code.value, app.mode.value = "live7", "live"
    app.open.click()
    assert store.get_session("LIVE7").mode == "live" and "live" in app.session.options[0][0]
    assert app.present.code == "LIVE7" and not app.present.buttons["start"].disabled
    assert app.session.options[0][0].split(" — ")[1].startswith("पहला खंड")  # first heading as the title
    app.lang_toggle.value = "hi"
    assert app.tabs.get_title(1) == HI["tab_present"] and app.open.description == HI["open"]
    assert app.present.buttons["start"].description == HI["p_start"]
    assert HI["h_participants"] in app.dashboard.headings["h_participants"].value
    assert "सत्र" in app.dashboard.status.value and "जुड़ें" == app.tabs.get_title(0)
    app.projector.value = True
    assert "netquiz-projector" in app.widget._dom_classes


def test_default_title_is_the_article_title_or_first_heading(small_bank) -> None:
    assert default_title(small_bank) == "पहला खंड"
