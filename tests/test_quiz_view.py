"""The participant quiz view without a browser: build it, set ``.value``, ``.click()``, read widget state.

The question screen is one :class:`QuestionCard`: these tests send it what its page sends (``submit``
with the chosen option, ``next``, each for the screen number ``n`` on show) through the widget's own
message handler, and read its ``screen`` state, which is all the page draws from."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator

import comm
import ipywidgets as w
import pytest
from ipywidgets.widgets.widget import _instances as live_widgets

from netquiz.bank import bank_to_json
from netquiz.model import Bank, Question
from netquiz.quiz.session import Progress, Result, ShownQuestion
from netquiz.store import open_store
from netquiz.texts.en import TEXTS as EN
from netquiz.texts.hi import TEXTS as HI
from netquiz.ui.participant import quiz_app
from netquiz.ui.participant.browser_token import BrowserToken
from netquiz.ui.participant.feedback import details_html, own_words, verdict_text
from netquiz.ui.participant.question_card import QuestionCard, progress_text
from netquiz.ui.participant.quiz_view import QuizApp

CODE = "VIEW1"
EVIL_NAME = "<img src=x onerror=alert(1)>"


# ---- helpers ---------------------------------------------------------------------------------
def walk(widget: w.Widget) -> Iterator[w.Widget]:
    """Every widget reachable from ``widget``: children, layout and style models."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)
    for attr in ("layout", "style"):
        part = getattr(widget, attr, None)
        if isinstance(part, w.Widget):
            yield part


def find_all(root: w.Widget, cls: str) -> list[w.DOMWidget]:
    return [x for x in walk(root) if cls in getattr(x, "_dom_classes", ())]


def find(root: w.Widget, cls: str) -> w.DOMWidget:
    found = find_all(root, cls)
    assert len(found) == 1, f"expected one .{cls}, found {len(found)}"
    return found[0]


def state_text(widgets: list[w.Widget]) -> str:
    """All trait values of the widgets as one JSON string (what the browser could see)."""
    return "\n".join(json.dumps(x.get_state(), ensure_ascii=False, default=str) for x in widgets)


def visible_text(root: w.Widget) -> str:
    parts = []
    for x in walk(root):
        for trait in ("value", "description", "placeholder"):
            value = getattr(x, trait, None)
            if isinstance(value, str):
                parts.append(value)
    return "\n".join(parts)


def card(app: w.Widget) -> QuestionCard:
    found = find(app, "netquiz-question")
    assert isinstance(found, QuestionCard)
    return found


def screen(app: w.Widget) -> dict:
    """The card's state: everything its page draws."""
    return card(app).screen


def tap(app: w.Widget, content: object) -> None:
    """A message from the card's page, through the widget's own handler for custom messages."""
    card(app)._handle_custom_msg(content, [])


def submit(app: w.Widget, choice: int | None, n: int | None = None) -> None:
    tap(app, {"event": "submit", "n": screen(app)["n"] if n is None else n, "choice": choice})


def next_question(app: w.Widget, n: int | None = None) -> None:
    tap(app, {"event": "next", "n": screen(app)["n"] if n is None else n})


def feedback(app: w.Widget) -> str:
    result = screen(app)["result"]
    return result["feedback_html"] if result else ""


def question_by_stem(bank: Bank, root: w.Widget) -> Question:
    stem = screen(root)["stem"]
    matches = [q for q in bank.questions if q.stem == stem]
    assert len(matches) == 1, stem
    return matches[0]


def _esc(text: str) -> str:
    import html
    return html.escape(text, quote=True)


def join(app: w.Widget, name: str, code: str = CODE) -> None:
    find(app, "netquiz-name").value = name
    find(app, "netquiz-code").value = code
    find(app, "netquiz-start").click()


def answer(app: w.Widget, bank: Bank, right: bool) -> tuple[Question, int]:
    """Click the right (or a wrong) option, found by its text, and submit; returns the bank index chosen."""
    question = question_by_stem(bank, app)
    shown = screen(app)["options"]
    right_text = question.options[question.answer]
    text = right_text if right else next(t for t in shown if t != right_text)
    submit(app, shown.index(text))
    return question, question.options.index(text)


# ---- fixtures --------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _no_lang_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETQUIZ_LANG", raising=False)


@pytest.fixture
def db(tmp_path, small_bank: Bank) -> str:
    """A temp SQLite DB with one open session (code VIEW1) on the small bank."""
    url = f"sqlite:///{tmp_path / 'quiz.sqlite3'}"
    store = open_store(url)
    store.open_session(CODE, bank_to_json(small_bank), "view test")
    store.close()
    return url


def rows(db: str) -> tuple[list, list]:
    store = open_store(db)
    try:
        return store.participants(CODE), store.responses(CODE)
    finally:
        store.close()


# ---- join ------------------------------------------------------------------------------------
def test_join_form_has_hooks_and_hindi_text(db):
    app = quiz_app(db=db)
    assert "netquiz-app" in app._dom_classes
    form = find(app, "netquiz-join")
    for hook in ("netquiz-name", "netquiz-code", "netquiz-start"):
        assert find_all(form, hook)
    assert find(app, "netquiz-start").description == HI["start"]
    assert find(app, "netquiz-lang").value == "hi"
    assert not find_all(app, "netquiz-question") and not find_all(app, "netquiz-error")


def test_join_shows_first_question_with_all_hooks(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    assert not find_all(app, "netquiz-join")
    question = question_by_stem(small_bank, app)
    state = screen(app)
    assert sorted(state["options"]) == sorted(question.options)
    assert state["result"] is None and state["labels"]["submit"] == HI["submit"]
    assert state["labels"]["choose"] == HI["err_choose"]  # the page answers a submit without a choice
    assert (state["progress"]["value"], state["progress"]["max"]) == (0, len(small_bank.questions))
    for hook in ("netquiz-stem", "netquiz-option", "netquiz-submit", "netquiz-feedback", "netquiz-progress"):
        assert f'"{hook}' in card(app)._esm or f" {hook}" in card(app)._esm, hook  # the page's classes
    participants, responses = rows(db)
    assert [p.name for p in participants] == ["Asha"] and responses == []


def test_empty_code_joins_the_only_open_session(db):
    app = quiz_app(db=db)
    join(app, "Asha", code="")
    assert find_all(app, "netquiz-question")


# ---- the answer key stays in Python until submit ------------------------------------------------
def test_nothing_reveals_the_answer_before_submit(db, small_bank):
    before = set(live_widgets)
    app = quiz_app(db=db)
    join(app, "Asha")
    for _ in small_bank.questions:
        question = question_by_stem(small_bank, app)
        secrets = [*question.feedback, question.explanation, question.source]
        new_widgets = [x for k, x in list(live_widgets.items()) if k not in before]
        for text in (state_text(list(walk(app))), state_text(new_widgets)):
            for secret in secrets:
                assert secret not in text, f"{question.id}: {secret!r} visible before submit"
            assert not re.search(r'"(answer|correct|explanation|feedback|feedback_html|chosen)"\s*:', text)
        assert not find_all(app, "netquiz-correct") and not find_all(app, "netquiz-incorrect")
        assert screen(app)["result"] is None and feedback(app) == ""
        # the options are the option texts and nothing else: the page draws them alike
        assert screen(app)["options"] == [o for o in screen(app)["options"] if isinstance(o, str)]
        assert sorted(screen(app)["options"]) == sorted(question.options)
        submit(app, 0)
        assert _esc(question.explanation) in feedback(app)
        next_question(app)


# ---- feedback --------------------------------------------------------------------------------
def test_right_and_wrong_feedback(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    first, _ = answer(app, small_bank, right=True)
    result = screen(app)["result"]
    assert result["correct"] is True and result["chosen"] == result["answer"]
    assert _esc(own_words(first.feedback[first.answer], first.source)) in feedback(app)
    assert _esc(first.source) in feedback(app) and result["verdict"] == HI["correct"]
    assert screen(app)["labels"]["next"] == HI["next"]
    next_question(app)
    second, wrong = answer(app, small_bank, right=False)
    result = screen(app)["result"]
    assert result["correct"] is False
    assert screen(app)["options"][result["answer"]] == second.options[second.answer]
    assert screen(app)["options"][result["chosen"]] == second.options[wrong]
    assert _esc(own_words(second.feedback[wrong], second.source)) in feedback(app)
    assert _esc(second.options[second.answer]) in feedback(app)
    assert _esc(second.explanation) in feedback(app)
    assert "1 / 2" in screen(app)["progress"]["text"] and screen(app)["progress"]["value"] == 2
    _, responses = rows(db)
    assert [(r.question_id, r.option, r.correct) for r in responses] == [
        (first.id, first.answer, True), (second.id, wrong, False)]


def test_feedback_says_the_verdict_and_quotes_the_source_once():
    source = "यही वजह है कि इंटरव्यू में बातचीत के कौशल पर ध्यान दिया जाता है।"
    shown = ShownQuestion(id="q", section_id="s1", section_title="परिचय", kind="scenario", stem="?",
                          options=("क", "ख"), number=1, total=2)
    result = Result(question_id="q", chosen=0, correct=False, answer=1,
                    feedback=(f"गलत। लेख उल्टा कहता है: “{source}”", f"सही। लेख कहता है: “{source}”"),
                    explanation=f"लेख के ‘परिचय’ हिस्से में: “{source}”", source=source, section_title="परिचय")
    said = details_html("hi", shown, result)
    assert said.count(source) == 1 and "गलत" not in said and "लेख उल्टा कहता है" in said
    assert HI["why"] not in said  # the explanation only pointed at the quote
    long_title = Result(**{**result.__dict__, "explanation": f"लेख के ‘नए अवसरों के दरवाजे खुलेंगे’ हिस्से में: “{source}”"})
    assert HI["why"] not in details_html("hi", shown, long_title)
    assert verdict_text("hi", result) == HI["incorrect"]
    assert own_words("Wrong: the article says otherwise.", "") == "the article says otherwise."


def test_retry_round_status_counts_the_retry_and_first_tries_over_the_quiz():
    status = progress_text("hi", Progress(answered=1, total=2, score=15, attempt=2), 16)
    assert status == HI["retry_progress"].format(answered=1, total=2, score=15, questions=16)
    assert not status.endswith("15 / 1")


@pytest.mark.parametrize("content", [
    {"event": "submit", "n": 1},                        # no choice (the page answers that itself)
    {"event": "submit", "n": 1, "choice": None},
    {"event": "submit", "n": 1, "choice": -1},
    {"event": "submit", "n": 1, "choice": 99},
    {"event": "submit", "n": 1, "choice": "0"},
    {"event": "submit", "n": 1, "choice": True},
    {"event": "submit", "n": "1", "choice": 0},
    {"event": "click"}, {"event": "reveal", "n": 1}, "submit", ["submit", 1, 0], None,
])
def test_malformed_messages_from_the_page_change_and_write_nothing(db, content):
    app = quiz_app(db=db)
    join(app, "Asha")
    assert screen(app)["n"] == 1
    before = dict(screen(app))
    tap(app, content)
    assert screen(app) == before and rows(db)[1] == [] and not find_all(app, "netquiz-error")


def test_stale_and_repeated_taps_do_not_crash_or_write(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    first_n = screen(app)["n"]
    answer(app, small_bank, right=True)
    submit(app, 1)  # a double tap on submit
    assert len(rows(db)[1]) == 1
    next_question(app)  # moves to question 2
    second = dict(screen(app))
    assert second["n"] != first_n
    next_question(app, n=first_n)  # a second tap on the old next
    submit(app, 0, n=first_n)  # a late submit of the old screen
    assert screen(app)["stem"] == second["stem"] and screen(app)["result"] is None
    assert len(rows(db)[1]) == 1 and not find_all(app, "netquiz-error")
    next_question(app)  # next before an answer: nothing happens
    assert screen(app)["stem"] == second["stem"] and len(rows(db)[1]) == 1


def test_a_question_is_one_message_each_way_on_one_kept_widget(db, small_bank):
    """What the page does: submit; the result comes with the next question, which next shows in the page;
    the next submit carries the upcoming screen's number."""
    app = quiz_app(db=db)
    join(app, "Asha")
    the_card, body = card(app), find(app, "netquiz-app").children[-1]
    sent: list[dict] = []
    # a comm that sends: once another test has imported ipykernel, new widgets get its comm without a kernel,
    # and ipywidgets then sends nothing at all (which would make this count pass or fail by test order)
    the_card.comm = comm.DummyComm()
    before_ids = set(live_widgets)
    the_card._send = lambda msg, buffers=None: sent.append(msg)  # noqa: SLF001 - count the card's messages
    first, _ = answer(app, small_bank, right=True)
    upcoming = screen(app)["upcoming"]
    assert upcoming["n"] == screen(app)["n"] + 1 and "result" not in upcoming
    second = next(q for q in small_bank.questions if q.stem == upcoming["stem"])
    assert second.id != first.id and sorted(upcoming["options"]) == sorted(second.options)
    assert not re.search(r"answer|feedback|explanation", json.dumps(upcoming))
    tap(app, {"event": "submit", "n": upcoming["n"], "choice": upcoming["options"].index(second.options[0])})
    assert screen(app)["n"] == upcoming["n"] and screen(app)["result"]["correct"] is (second.answer == 0)
    assert card(app) is the_card and body.children[0] is the_card
    assert set(live_widgets) == before_ids  # no widget created (nor any left behind) for a new question
    assert [m["method"] for m in sent] == ["update", "update"]  # one result per question, nothing else
    assert [r.question_id for r in rows(db)[1]] == [first.id, second.id]


def test_the_last_answer_has_no_upcoming_question_and_next_asks_for_the_summary(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    for k in range(len(small_bank.questions)):
        answer(app, small_bank, right=True)
        last = k == len(small_bank.questions) - 1
        assert (screen(app)["upcoming"] is None) is last
        assert screen(app)["labels"]["next"] == HI["finish" if last else "next"]
        next_question(app)
    assert find_all(app, "netquiz-summary") and not find_all(app, "netquiz-question")


# ---- errors write nothing ----------------------------------------------------------------------
@pytest.mark.parametrize(("name", "code", "key"), [
    ("", CODE, "err_name"),
    ("   ", CODE, "err_name"),
    ("Asha", "NOPE42", "err_code_unknown"),
])
def test_join_errors_write_nothing(db, name, code, key):
    app = quiz_app(db=db)
    join(app, name, code)
    assert find(app, "netquiz-error").value == _esc(HI[key])
    assert find_all(app, "netquiz-join") and not find_all(app, "netquiz-question")
    assert rows(db) == ([], [])


def test_closed_session_cannot_be_joined(db):
    store = open_store(db)
    store.close_session(CODE)
    store.close()
    app = quiz_app(db=db)
    join(app, "Asha")
    assert find(app, "netquiz-error").value == _esc(HI["err_closed"])
    assert rows(db) == ([], [])


def test_session_closed_mid_quiz_shows_error_and_writes_nothing(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    store = open_store(db)
    store.close_session(CODE)
    store.close()
    submit(app, 0)
    assert find(app, "netquiz-error").value == _esc(HI["err_closed"])
    assert rows(db)[1] == []
    assert feedback(app) == "" and not find_all(app, "netquiz-correct")


# ---- language ----------------------------------------------------------------------------------
def test_lang_toggle_switches_all_text(db):
    app = quiz_app(db=db)
    hindi = visible_text(app)
    find(app, "netquiz-lang").value = "en"
    english = visible_text(app)
    for key in ("start", "name_label", "code_label", "join_intro", "app_title"):
        assert EN[key] in english and HI[key] not in english
        assert HI[key] in hindi
    join(app, "Asha")  # a choice made before joining wins over the bank's language
    assert screen(app)["labels"]["submit"] == EN["submit"] and screen(app)["lang"] == "en"
    n = screen(app)["n"]
    find(app, "netquiz-lang").value = "hi"
    assert screen(app)["labels"]["submit"] == HI["submit"] and screen(app)["lang"] == "hi"
    assert screen(app)["n"] == n  # the same screen: a choice made in the page is kept


def test_enter_in_the_code_field_joins_and_the_page_follows_the_language(db):
    app = QuizApp(db)
    app.name_box.value, app.code_box.value = "Asha", CODE
    app.code_box._handle_string_msg(None, {"event": "submit"}, None)  # what the page sends on Enter
    assert app.session is not None and app.session.name == "Asha"
    assert app.browser.lang == "hi" and "Asha" in app.browser.title
    app.lang_toggle.value = "en"
    assert app.browser.lang == "en" and app.browser.saved_lang == "en"  # kept in the browser


def test_the_page_learns_when_the_token_was_tried(db):
    app = QuizApp(db)
    assert app.browser.checked is False  # a returning page keeps its join form hidden meanwhile
    app.browser.token = "x" * 32  # unknown token: no resume, the join form may show
    assert app.browser.checked is True and app.session is None


def test_a_language_chosen_before_a_reload_is_kept(db):
    app = QuizApp(db)
    app.browser.saved_lang = "en"  # the page read it from localStorage
    assert app.lang == "en" and app.lang_toggle.value == "en" and app.start_button.description == EN["start"]
    join(app.widget, "Ravi")
    assert app.lang == "en"  # a Hindi bank does not switch a chosen language back


def test_bank_language_is_the_default_after_join(db, monkeypatch):
    monkeypatch.setenv("NETQUIZ_LANG", "en")
    app = quiz_app(db=db)
    assert find(app, "netquiz-start").description == EN["start"]
    join(app, "Asha")
    assert find(app, "netquiz-lang").value == "hi"
    assert screen(app)["labels"]["submit"] == HI["submit"]


def test_errors_follow_the_language(db):
    app = quiz_app(db=db)
    join(app, "", CODE)
    find(app, "netquiz-lang").value = "en"
    assert find(app, "netquiz-error").value == _esc(EN["err_name"])


# ---- escaping, summary, resume -------------------------------------------------------------------
def test_names_are_shown_as_text(db):
    app = quiz_app(db=db)
    join(app, EVIL_NAME)
    html_values = "".join(x.value for x in walk(app) if isinstance(x, w.HTML) and "<style>" not in x.value)
    assert "<img" not in html_values
    assert "&lt;img src=x onerror=alert(1)&gt;" in html_values


def test_summary_shows_mastery_reread_and_retry(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    missed = []
    for _ in small_bank.questions:
        right = question_by_stem(small_bank, app).section == "s1"
        question, _ = answer(app, small_bank, right=right)
        if not right:
            missed.append(question.id)
        next_question(app)
    summary = find(app, "netquiz-summary")
    text = visible_text(summary)
    s1, s2 = small_bank.section_title("s1"), small_bank.section_title("s2")
    assert "2 / 4" in text and _esc(s1) in text and _esc(s2) in text
    reread = text.split(HI["reread_heading"], 1)[1]
    assert _esc(s2) in reread and _esc(s1) not in reread
    assert not find_all(app, "netquiz-question")
    find(app, "netquiz-retry").click()
    retried = []
    while find_all(app, "netquiz-question"):
        question, _ = answer(app, small_bank, right=True)
        retried.append(question.id)
        next_question(app)
    assert sorted(retried) == sorted(missed)
    assert "2 / 4" in visible_text(find(app, "netquiz-summary"))  # the score counts first attempts
    find(app, "netquiz-retry").click()
    assert HI["retry_none"] in visible_text(find(app, "netquiz-summary"))
    assert not find_all(app, "netquiz-retry")
    _, responses = rows(db)
    assert sorted((r.question_id, r.attempt) for r in responses if r.attempt == 2) == sorted(
        (q, 2) for q in missed)


def browser(app: w.Widget, token: str) -> None:
    """What the page's BrowserToken does once shown: hand the kernel this browser's token."""
    (widget,) = [x for x in walk(app) if isinstance(x, BrowserToken)]
    widget.token = token


def test_a_reload_in_the_same_browser_resumes_silently(db, small_bank):
    first_tab = quiz_app(db=db)
    browser(first_tab, "browser-a-0123456789")
    join(first_tab, "Asha")
    first, _ = answer(first_tab, small_bank, right=True)
    second_tab = quiz_app(db=db)  # a reload builds a new app in a new kernel
    assert find_all(second_tab, "netquiz-join")
    browser(second_tab, "browser-a-0123456789")  # no typing: the token resumes her quiz
    assert not find_all(second_tab, "netquiz-join")
    assert question_by_stem(small_bank, second_tab).id != first.id
    assert screen(second_tab)["progress"]["value"] == 1
    assert "1 / 1" in screen(second_tab)["progress"]["text"]
    assert len(rows(db)[0]) == 1
    stranger = quiz_app(db=db)
    browser(stranger, "short")  # malformed tokens are ignored
    browser(stranger, "browser-b-0123456789")
    assert find_all(stranger, "netquiz-join")


def test_a_taken_name_asks_for_the_pin_or_joins_as_a_new_participant(db, small_bank):
    asha = quiz_app(db=db)
    browser(asha, "browser-a-0123456789")
    join(asha, "Asha")
    pin = re.search(r"\d{4}", find(asha, "netquiz-resume-pin").value).group()
    answer(asha, small_bank, right=True)
    other = quiz_app(db=db)
    browser(other, "browser-b-0123456789")
    assert not find_all(other, "netquiz-pin")  # only once the name turns out to be taken
    join(other, " ASHA ")
    assert find(other, "netquiz-error").value == _esc(HI["name_taken"].format(name="Asha"))
    assert find_all(other, "netquiz-pin") and find_all(other, "netquiz-join")
    find(other, "netquiz-start").click()  # PIN left empty: a second Asha
    assert "ASHA (2)" in find(other, "netquiz-title").value and screen(other)["progress"]["value"] == 0
    assert pin not in find(other, "netquiz-resume-pin").value or find(other, "netquiz-resume-pin").value
    people, responses = rows(db)
    assert [p.name for p in people] == ["Asha", "ASHA (2)"] and len(responses) == 1


def test_the_pin_resumes_on_another_device_and_a_wrong_one_does_not(db, small_bank):
    asha = quiz_app(db=db)
    browser(asha, "browser-a-0123456789")
    join(asha, "Asha")
    pin = re.search(r"\d{4}", find(asha, "netquiz-resume-pin").value).group()
    first, _ = answer(asha, small_bank, right=True)
    laptop = quiz_app(db=db)
    browser(laptop, "browser-c-0123456789")
    join(laptop, "asha")
    find(laptop, "netquiz-pin").value = "0000" if pin != "0000" else "1111"
    find(laptop, "netquiz-start").click()
    assert find(laptop, "netquiz-error").value == _esc(HI["err_pin"]) and find_all(laptop, "netquiz-join")
    find(laptop, "netquiz-pin").value = pin
    find(laptop, "netquiz-start").click()
    assert not find_all(laptop, "netquiz-error") and question_by_stem(small_bank, laptop).id != first.id
    assert screen(laptop)["progress"]["value"] == 1 and len(rows(db)[0]) == 1


def test_two_tabs_race_stores_one_answer_per_shown_question(db, small_bank):
    tab_a = quiz_app(db=db)
    browser(tab_a, "browser-a-0123456789")
    join(tab_a, "Asha")
    tab_b = quiz_app(db=db)  # a second tab of the same browser
    browser(tab_b, "browser-a-0123456789")
    assert not find_all(tab_b, "netquiz-join")  # resumed with the token
    shown = question_by_stem(small_bank, tab_a)
    assert question_by_stem(small_bank, tab_b) == shown
    answer(tab_a, small_bank, right=True)
    answer(tab_b, small_bank, right=False)  # loses the race: refused, redrawn at the real question
    assert find(tab_b, "netquiz-error").value == _esc(HI["err_answered"])
    assert feedback(tab_b) == ""
    now = question_by_stem(small_bank, tab_b)
    assert now.id != shown.id
    assert [(r.question_id, r.attempt) for r in rows(db)[1]] == [(shown.id, 1)]
    answer(tab_b, small_bank, right=True)  # the next click answers the question now on screen
    assert [r.question_id for r in rows(db)[1]] == [shown.id, now.id]


@pytest.mark.parametrize("name", ["As\u202eha", "As\x07ha", "\u2067Asha"])
def test_names_with_control_or_direction_characters_are_refused(db, name):
    app = quiz_app(db=db)
    join(app, name)
    assert find(app, "netquiz-error").value == _esc(HI["err_name_chars"])
    assert rows(db) == ([], [])


# ---- static parts ------------------------------------------------------------------------------
def test_stylesheet_is_injected_and_wraps_options(db):
    app = quiz_app(db=db)
    style = [x.value for x in walk(app) if isinstance(x, w.HTML) and x.value.startswith("<style>")]
    assert len(style) == 1
    css = style[0]
    for rule in ("white-space: normal", "height: auto", "text-align: left", "line-height: 1.5",
                 "Lohit Devanagari", "Noto Sans Devanagari"):
        assert rule in css


def test_the_loading_style_is_only_displayed_in_a_kernel():
    from netquiz.ui.participant.browser_token import NO_LOADING_TEXT, hide_loading_text

    assert hide_loading_text() is False  # plain Python: nothing printed
    assert ":not(:has(*))" in NO_LOADING_TEXT and "font-size: 0" in NO_LOADING_TEXT


def test_participant_path_does_not_import_pandas():
    code = "import sys, netquiz.ui, netquiz.quiz.session; sys.exit('pandas' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
