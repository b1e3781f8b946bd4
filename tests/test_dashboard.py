"""The facilitator app and live dashboard without a browser, on a real SQLite store."""

from __future__ import annotations

import asyncio
import base64
import html
import re
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import BACKENDS, backend_url, make_small_bank, raw_execute

from netquiz.bank import bank_to_json, save_bank
from netquiz.quiz.session import QuizSession
from netquiz.store import open_store
from netquiz.ui.facilitator.app import FacilitatorApp, facilitator_app, join_html, join_url
from netquiz.ui.facilitator.dashboard import Dashboard
from netquiz.ui.ticker import LiveRefresh

EVIL = "<img src=x onerror=alert(1)>"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    save_bank(make_small_bank(), tmp_path / "data" / "banks" / "small.json")
    return tmp_path


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request, tmp_path / "quiz.sqlite3")


@pytest.fixture
def store(db: str):
    store = open_store(db)
    yield store
    store.close()


def answer(store, code: str, name: str, answers: dict[str, int], attempt: int = 1) -> None:
    """``name`` joins and answers; correctness comes from the small bank's key."""
    bank = make_small_bank()
    person = store.join(code, name, token=f"browser-of-{name}")
    for qid, option in answers.items():
        store.record_response(person.id, qid, attempt, option, option == bank.question(qid).answer)


@pytest.fixture
def played(store) -> str:
    """Session AB12: Asha all right, EVIL 1 of 2 (+ a right retry), Ravi joined only."""
    store.open_session("AB12", bank_to_json(make_small_bank()), "Networking")
    answer(store, "AB12", "Asha",
           {"s1-scenario-1": 0, "s1-true_false-1": 0, "s2-scenario-1": 1, "s2-cloze-1": 2})
    answer(store, "AB12", EVIL, {"s1-scenario-1": 0, "s2-cloze-1": 0})
    answer(store, "AB12", EVIL, {"s2-cloze-1": 2}, attempt=2)
    store.join("AB12", "Ravi")
    return "AB12"


def all_html(board: Dashboard) -> str:
    return "".join(x.value for x in (board.status, board.participants, board.leaderboard, board.items,
                                     board.distribution, board.mastery))


def test_refresh_shows_participants_with_names_escaped(store, played: str) -> None:
    board = Dashboard(store, played)
    board.refresh()
    assert "3 participants" in board.status.value and "(open)" in board.status.value
    for name in ("Asha", "Ravi", "&lt;img src=x onerror=alert(1)&gt;"):
        assert name in board.participants.value and name in board.leaderboard.value
    assert "<img" not in all_html(board)
    assert "finished" in board.participants.value and "no answer yet" in board.participants.value


def test_scores_count_first_attempts_only(store, played: str) -> None:
    board = Dashboard(store, played)
    board.refresh()
    top = board.view.raw.leaderboard.set_index("name")
    assert top.loc["Asha", "score"] == 4 and top.loc[EVIL, "score"] == 1 and top.loc["Ravi", "score"] == 0
    assert list(board.view.raw.leaderboard["name"]) == ["Asha", EVIL, "Ravi"]
    people = board.view.participants.set_index("name")
    assert people.loc[EVIL, "answered"] == "2 / 4" and people.loc[EVIL, "where"] == "दूसरा खंड"


def test_item_analysis_and_answer_distribution(store, played: str) -> None:
    board = Dashboard(store, played)
    board.refresh()
    items = board.view.items.set_index("question")
    assert items.loc["s2-cloze-1", "n"] == 2 and items.loc["s2-cloze-1", "facility %"] == 50
    assert items.loc["s1-scenario-1", "facility %"] == 100
    assert list(board.view.items["question"])[0] == "s2-cloze-1"  # hardest first
    dist = board.view.raw.distribution
    cloze = dist[dist["question_id"] == "s2-cloze-1"].set_index("option")
    assert list(cloze["count"]) == [1, 0, 1] and bool(cloze.loc[2, "correct"])
    assert "आत्मविश्वास: 1 (Right answer)" in board.distribution.value
    assert ">आत्मविश्वास</div>" in board.distribution.value  # the option's text, not its bank number
    assert "Cronbach" in board.reliability.value
    # hardest first: s2-cloze-1 (50 %) comes before s1-scenario-1 (100 %) in chart and table
    assert board.distribution.value.index("s2-cloze-1") < board.distribution.value.index("s1-scenario-1")
    small = make_small_bank()
    stems = [small.question(q).stem for q in ("s2-cloze-1", "s1-scenario-1")]
    assert board.items.value.index(stems[0]) < board.items.value.index(stems[1])
    assert "s2-cloze-1" not in board.items.value  # rows are stems, not internal ids


def chart_counts(chart: str) -> dict[str, dict[str, int]]:
    """The Questions tab's bars as {question title: {option text: count}}, read from the segments' tooltips."""
    bars: dict[str, dict[str, int]] = {}
    for title, track in re.findall(r"<div class='netquiz-chart-label' title='([^']*)'>.*?</div>"
                                   r"<div class='netquiz-chart-track'>(.*?)</div><div class='netquiz-chart-value'>",
                                   chart):
        tips = [html.unescape(t) for t in re.findall(r" title='([^']*)'>", track)]
        bars[html.unescape(title)] = {text: int(n) for text, n in
                                      (re.fullmatch(r"(.*): (\d+)(?: \(.*\))?", tip).groups() for tip in tips)}
    return bars


def test_answer_bars_count_option_texts_through_each_persons_shuffle(store) -> None:
    """Four people, each with her own shuffle, always pick the option shown first on her screen: the bar of
    each option text counts the people who chose that text (not those who chose that screen position)."""
    small = make_small_bank()
    store.open_session("SH12", bank_to_json(small), "Shuffled")
    chosen: dict[str, Counter[str]] = {q.id: Counter() for q in small.questions}
    first_shown: dict[str, set[tuple[str, ...]]] = {q.id: set() for q in small.questions}
    for seed, name in enumerate(("Asha", "Ravi", "Meena", "Kiran")):
        quiz = QuizSession.join(store, "SH12", name, seed=seed * 7 + 1)
        while (shown := quiz.current()) is not None:
            quiz.submit(shown.id, 0)  # the first option on her screen
            chosen[shown.id][shown.options[0]] += 1
            first_shown[shown.id].add(shown.options)
    shuffled = [qid for qid, orders in first_shown.items() if len(orders) > 1]
    assert len(shuffled) >= 2  # the people saw different orders: a count by position would differ
    board = Dashboard(store, "SH12")
    board.refresh()
    bars = chart_counts(board.distribution.value)
    for question in small.questions:
        expected = {text: chosen[question.id][text] for text in question.options}
        assert bars[f"{question.id}: {question.stem}"] == expected, question.id
    by_text = {(r.question_id, r.text): r.count for r in board.view.raw.distribution.itertuples()}
    assert all(by_text[(q.id, t)] == chosen[q.id][t] for q in small.questions for t in q.options)


def test_section_mastery_chart(store, played: str) -> None:
    board = Dashboard(store, played)
    board.refresh()
    mastery = board.view.raw.mastery.set_index("section")
    assert mastery.loc["s1", "mastery"] == 100 and round(mastery.loc["s2", "mastery"]) == 67
    assert "दूसरा खंड" in board.mastery.value and "67%" in board.mastery.value
    assert "s0" not in set(mastery.index)  # the intro has no questions


def test_csv_downloads_hold_every_response_and_score(store, played: str) -> None:
    board = Dashboard(store, played)
    board.refresh()
    links = dict(re.findall(r"download='([^']+)' href='data:text/csv;charset=utf-8;base64,([^']+)'",
                            board.downloads.value))
    responses = base64.b64decode(links["AB12-responses.csv"]).decode("utf-8-sig")
    assert responses.splitlines()[0] == "name,question_id,section,attempt,option,correct,answered_at"
    assert len(responses.splitlines()) == 1 + 7 and EVIL in responses
    scores = base64.b64decode(links["AB12-scores.csv"]).decode("utf-8-sig")
    assert "1,Asha,4,4" in scores
    assert re.search(r"\nAsha,s2-cloze-1,s2,1,3,True,\d{4}-\d\d-\d\dT", responses)


def test_unknown_or_no_session_is_reported(store) -> None:
    board = Dashboard(store, "NOPE1")
    board.refresh()
    assert "Cannot read session NOPE1" in board.status.value and board.participants.value == ""
    board.show(None)
    assert "No session selected" in board.status.value


def test_live_refresh_picks_up_new_participants_without_rerunning(store, played: str) -> None:
    board = Dashboard(store, played)
    board.refresh()
    live = LiveRefresh(board.refresh, interval=0.05)
    assert live.start() is False  # no running loop here: nothing scheduled

    async def scenario() -> None:
        assert live.start() and live.running
        store.join(played, "Nisha")
        for _ in range(100):
            await asyncio.sleep(0.02)
            if "Nisha" in board.participants.value:
                break
        live.stop()

    asyncio.run(scenario())
    assert "Nisha" in board.participants.value and live.ticks >= 1 and not live.running


def test_live_refresh_survives_a_failing_refresh() -> None:
    calls = []

    def flaky() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database is locked")

    async def scenario() -> LiveRefresh:
        live = LiveRefresh(flaky, interval=0.01)
        live.start()
        await asyncio.sleep(0.2)
        live.stop()
        return live

    live = asyncio.run(scenario())
    assert len(calls) >= 2 and live.ticks >= 2


def test_facilitator_opens_a_session_and_shows_how_to_join(root: Path, db: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETQUIZ_JOIN_URL", "http://quiz.example:9000/")
    app = facilitator_app(db=db, root=root)
    assert app.session.options == () and "Open a session" in app.join.value
    assert app.bank.value == "data/banks/small.json"
    app.code.value, app.title.value = "net1", "Morning group"
    app.open.click()
    assert app.session.value == "NET1" and "Session NET1 is open (4 questions)" in app.message.value
    assert "http://quiz.example:9000/" in app.join.value and ">NET1<" in app.join.value
    assert "<svg" in app.join.value and "Morning group" in app.join.value
    app.open.click()  # no code: one is made up
    assert len(app.session.options) == 2 and re.fullmatch(r"[A-Z2-9]{6}", app.session.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8866/", "http://localhost:8866/", "http://[::1]:8866/"])
def test_a_loopback_join_url_is_a_warning_not_a_qr_code(store, url: str) -> None:
    session = store.open_session("LOOP1", bank_to_json(make_small_bank()), "t")
    shown = join_html(url, session, "en")
    assert "netquiz-join-warning" in shown and "<svg" not in shown and "--host 0.0.0.0" in shown
    assert ">LOOP1<" in shown and "netquiz-join-warning" in join_html(url, session, "hi")
    assert "netquiz-join-warning" not in join_html("http://192.168.1.20:8866/", session, "en")


def test_facilitator_reports_a_duplicate_code(root: Path, db: str) -> None:
    app = facilitator_app(db=db, root=root)
    app.code.value = "NET1"
    app.open.click()
    app.code.value = "net1"
    app.open.click()
    assert "Not opened" in app.message.value and len(app.session.options) == 1
    app.code.value = "N!"
    app.open.click()
    assert "not valid" in app.message.value and len(app.session.options) == 1


def test_facilitator_picks_up_sessions_opened_elsewhere(root: Path, db: str, store) -> None:
    app = facilitator_app(db=db, root=root)
    assert app.session.value is None and "No session selected" in app.dashboard.status.value
    store.open_session("CLI1", bank_to_json(make_small_bank()), "Opened with netquiz session open")
    app.refresh()  # what every live tick does
    assert app.session.value == "CLI1" and ">CLI1<" in app.join.value
    store.close_session("CLI1")
    app.refresh()
    assert "(closed" in app.session.options[0][0] and app.close.disabled


def test_facilitator_close_needs_confirmation(root: Path, db: str, store, played: str) -> None:
    app = facilitator_app(db=db, root=root)
    assert app.session.value == "AB12" and "Asha" in app.dashboard.participants.value
    app.close.click()
    assert "Click again" in app.message.value and store.get_session("AB12").is_open
    app.close.click()
    assert not store.get_session("AB12").is_open and app.close.disabled
    assert "closed" in app.join.value and "(closed)" in app.dashboard.status.value


def test_facilitator_shows_the_escaped_participant_name(root: Path, db: str, played: str) -> None:
    app: FacilitatorApp = facilitator_app(db=db, root=root)
    assert "&lt;img src=x onerror=alert(1)&gt;" in app.dashboard.participants.value
    assert "<img" not in app.dashboard.participants.value


def test_join_url_default_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETQUIZ_JOIN_URL", raising=False)
    assert re.fullmatch(r"http://[^/:]+:8866/", join_url())
    monkeypatch.setattr("netquiz.ui.facilitator.app.lan_addresses", lambda: ["10.1.2.3"])
    assert join_url() == "http://10.1.2.3:8866/"
    monkeypatch.setattr("netquiz.ui.facilitator.app.lan_addresses", lambda: [])
    monkeypatch.setattr("socket.gethostname", lambda: "no-such-host.invalid")
    assert join_url() == "http://127.0.0.1:8866/"
    monkeypatch.setenv("NETQUIZ_JOIN_URL", "http://10.0.0.5:8866/")
    assert join_url() == "http://10.0.0.5:8866/"


def test_facilitator_app_refreshes_itself_and_a_rerun_stops_the_old_loop(root: Path, db: str, store,
                                                                         played: str) -> None:
    async def scenario() -> tuple[FacilitatorApp, FacilitatorApp]:
        first = facilitator_app(db=db, root=root, interval=0.05)
        assert first.live.running
        store.join(played, "Latecomer")
        for _ in range(100):
            await asyncio.sleep(0.02)
            if "Latecomer" in first.dashboard.participants.value:
                break
        second = facilitator_app(db=db, root=root, interval=0.05)
        await asyncio.sleep(0.1)
        return first, second

    first, second = asyncio.run(scenario())
    assert "Latecomer" in first.dashboard.participants.value
    assert not first.live.running and second.live.ticks >= 1


def test_a_refresh_with_nothing_new_changes_no_widget(store, played: str, monkeypatch) -> None:
    """Idle dashboards send no messages, so the server can cull a closed tab's kernel."""
    board = Dashboard(store, played)
    board.refresh()
    before = all_html(board) + board.downloads.value
    later = time.time() + 600
    monkeypatch.setattr("netquiz.analysis.tables.time.time", lambda: later)
    board.refresh()
    assert all_html(board) + board.downloads.value == before
    store.join(played, "Nisha")
    board.refresh()
    assert "Nisha" in board.participants.value


def test_participants_show_their_resume_pin_and_can_be_renamed_and_merged(store, played: str) -> None:
    board = Dashboard(store, played)
    board.refresh()
    roster = store.participants(played)
    assert not any(f"<td>{p.pin}</td>" in board.participants.value for p in roster)  # hidden until asked
    assert "PIN" not in "".join(label for label, _ in board.people.person.options)
    board.people.show_pins.value = True
    for person in roster:
        assert f"<td>{person.pin}</td>" in board.participants.value
    assert [label for label, _ in board.people.person.options] == [
        f"{p.name} · PIN {p.pin}" for p in roster]
    assert "PIN" not in base64_downloads(board)  # PINs stay on the screen, out of the CSV files
    asha, ravi = roster[0], roster[-1]
    board.people.person.value, board.people.new_name.value = ravi.id, "Asha"
    board.people.rename_button.click()
    assert "already a participant" in board.people.message.value
    board.people.new_name.value = "Ravi Kumar"
    board.people.rename_button.click()
    assert "Renamed to Ravi Kumar" in board.people.message.value and "Ravi Kumar" in board.participants.value
    board.people.person.value, board.people.other.value = asha.id, ravi.id
    board.people.merge_button.click()  # the first click only asks
    assert len(store.participants(played)) == 3 and "Ravi Kumar" in board.people.message.value
    assert board.people.merge_button.description == "Confirm: merge"
    board.people.merge_button.click()
    assert "Merged Ravi Kumar into Asha" in board.people.message.value
    assert [p.name for p in store.participants(played)] == ["Asha", EVIL]
    assert "Ravi Kumar" not in board.participants.value and len(board.people.person.options) == 2
    assert board.people.person.value == asha.id  # the menus keep the kept participant
    board.people.other.value = asha.id
    board.people.merge_button.click()
    assert "two different participants" in board.people.message.value


def test_the_whole_dashboard_speaks_hindi(store, played: str) -> None:
    board = Dashboard(store, played, lang="hi")
    board.refresh()
    shown = all_html(board)
    for english in ("finished", "joined, no answer yet", "<td>true_false</td>", "% of", "<th>name</th>", "<th>kind</th>",
                    "last seen", "facility"):
        assert english not in shown, english
    assert "पूरा किया" in board.participants.value and "में से" in board.distribution.value
    assert "सही या ग़लत" in board.items.value and "s2-cloze-1" not in board.distribution.value.split("title=")[0]


def test_the_item_download_rounds_facility() -> None:
    import pandas as pd

    from netquiz.ui.facilitator.dashboard import items_download

    items = pd.DataFrame({"question_id": ["q"], "facility": [100 / 3], "discrimination": [-200 / 7]})
    assert items_download(items).to_dict("records") == [
        {"question_id": "q", "facility": 33.3, "discrimination": -28.6}]


def base64_downloads(board: Dashboard) -> str:
    links = re.findall(r"base64,([^']+)'", board.downloads.value)
    return "".join(base64.b64decode(link).decode("utf-8-sig") for link in links)


def test_ready_line_follows_fresh_worker_reports(store, db: str) -> None:
    """What every quiz worker writes (netquiz.server.pool_report) becomes one line; reports older than 30 s do not count."""
    board = Dashboard(store)
    board.refresh()
    assert board.ready.value == "<span class='netquiz-ready-off'>Quiz server not running on this database</span>"
    store.report_worker("laptop:8876/w0/", ready=1, target=3, expecting=3, live=1)
    store.report_worker("laptop:8877/w1/", ready=0, target=3, expecting=3, live=0)
    board.refresh()
    assert "netquiz-ready-preparing" in board.ready.value and "Preparing: 1 of 6 kernels ready" in board.ready.value
    store.report_worker("laptop:8876/w0/", ready=3, target=3, expecting=3, live=3)
    store.report_worker("laptop:8877/w1/", ready=3, target=3, expecting=3, live=3)
    board.refresh()
    assert "netquiz-ready-ready" in board.ready.value and "Ready for 6 participants" in board.ready.value
    board.set_lang("hi")
    assert "क्विज़ 6 प्रतिभागियों के लिए तैयार है" in board.ready.value
    board.set_lang("en")
    raw_execute(db, "UPDATE worker_status SET updated_at = updated_at - 45 WHERE worker = 'laptop:8877/w1/'")
    board.refresh()
    assert "Ready for 3 participants" in board.ready.value  # the stale worker is not counted
    store.report_worker("laptop:8876/w0/", ready=1, target=1, expecting=0, live=4)  # the group has arrived
    board.refresh()
    assert "netquiz-ready-running" in board.ready.value and "Quiz server running" in board.ready.value
    store.forget_worker("laptop:8876/w0/")  # stopped
    board.refresh()
    assert "netquiz-ready-off" in board.ready.value


def test_ready_line_is_shown_with_or_without_a_session_and_only_changes_with_the_room(root: Path, db: str, store,
                                                                                     played: str) -> None:
    app = facilitator_app(db=db, root=root)
    assert app.dashboard.ready in app.widget.children[-1].children  # the main landmark: status, ready, tabs
    assert "netquiz-ready" in app.dashboard.ready._dom_classes and "not running" in app.dashboard.ready.value
    store.report_worker("laptop:8866/", ready=2, target=2, expecting=2, live=2)
    app.refresh()
    assert "Ready for 2 participants" in app.dashboard.ready.value
    sent = []
    app.dashboard.ready.observe(sent.append, names="value")
    store.report_worker("laptop:8866/", ready=2, target=2, expecting=2, live=2)  # the next heartbeat
    app.refresh()
    assert sent == []  # an unchanged room sends nothing to the browser
    app.session.value = None
    app.dashboard.show(None)
    assert "No session selected" in app.dashboard.status.value and "Ready for 2" in app.dashboard.ready.value
