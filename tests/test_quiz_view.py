"""The participant quiz view without a browser: build it, set ``.value``, ``.click()``, read widget state."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator

import ipywidgets as w
import pytest
from ipywidgets.widgets.widget import _instances as live_widgets

from netquiz.bank import bank_to_json
from netquiz.model import Bank, Question
from netquiz.store import open_store
from netquiz.ui import quiz_app
from netquiz.ui.browser_token import BrowserToken
from netquiz.ui.strings import EN, HI, STRINGS

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


def question_by_stem(bank: Bank, root: w.Widget) -> Question:
    stem = find(root, "netquiz-stem").value
    matches = [q for q in bank.questions if _esc(q.stem) == stem]
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
    shown = [o.description for o in find_all(app, "netquiz-option")]
    right_text = question.options[question.answer]
    text = right_text if right else next(t for t in shown if t != right_text)
    find_all(app, "netquiz-option")[shown.index(text)].click()
    find(app, "netquiz-submit").click()
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
    box = find(app, "netquiz-question")
    question = question_by_stem(small_bank, app)
    options = find_all(box, "netquiz-option")
    assert sorted(o.description for o in options) == sorted(question.options)
    assert all(isinstance(o, w.Button) for o in options)
    for hook in ("netquiz-stem", "netquiz-submit", "netquiz-feedback", "netquiz-progress"):
        assert find_all(box, hook), hook
    progress = find(app, "netquiz-progress")
    assert (progress.value, progress.max) == (0, len(small_bank.questions))
    assert not find(app, "netquiz-submit").disabled  # enabled: option + submit can travel together
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
        find_all(app, "netquiz-option")[0].click()  # a selection is the participant's own doing
        secrets = [*question.feedback, question.explanation, question.source]
        new_widgets = [x for k, x in list(live_widgets.items()) if k not in before]
        for text in (state_text(list(walk(app))), state_text(new_widgets)):
            for secret in secrets:
                assert secret not in text, f"{question.id}: {secret!r} visible before submit"
            assert not re.search(r'"(answer|correct|explanation|feedback)"\s*:', text)
        assert not find_all(app, "netquiz-correct") and not find_all(app, "netquiz-incorrect")
        assert find(app, "netquiz-feedback").value == ""
        assert_options_identical(find_all(app, "netquiz-option"), selected=0)
        find(app, "netquiz-submit").click()
        assert question.explanation in find(app, "netquiz-feedback").value
        find(app, "netquiz-next").click()


def assert_options_identical(options: list[w.Button], selected: int) -> None:
    """Option buttons differ only in description (and the participant's own selection class)."""
    def normal(button: w.Button) -> dict:
        state = {k: v for k, v in button.get_state().items() if k not in ("description", "layout", "style")}
        state["_dom_classes"] = [c for c in state["_dom_classes"] if c != "netquiz-selected"]
        state["layout"] = {k: v for k, v in button.layout.get_state().items()}
        state["style"] = {k: v for k, v in button.style.get_state().items()}
        return state
    first = normal(options[0])
    for button in options[1:]:
        assert normal(button) == first
    marked = [i for i, b in enumerate(options) if "netquiz-selected" in b._dom_classes]
    assert marked == [selected]


# ---- feedback --------------------------------------------------------------------------------
def test_right_and_wrong_feedback(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    first, _ = answer(app, small_bank, right=True)
    feedback = find(app, "netquiz-feedback")
    assert "netquiz-correct" in feedback._dom_classes and "netquiz-incorrect" not in feedback._dom_classes
    assert _esc(first.feedback[first.answer]) in feedback.value
    assert _esc(first.source) in feedback.value and HI["correct"] in feedback.value
    assert all(o.disabled for o in find_all(app, "netquiz-option"))
    assert not find_all(app, "netquiz-submit")
    find(app, "netquiz-next").click()
    second, wrong = answer(app, small_bank, right=False)
    feedback = find(app, "netquiz-feedback")
    assert "netquiz-incorrect" in feedback._dom_classes and "netquiz-correct" not in feedback._dom_classes
    assert _esc(second.feedback[wrong]) in feedback.value
    assert _esc(second.options[second.answer]) in feedback.value
    assert _esc(second.explanation) in feedback.value
    marked = [o.description for o in find_all(app, "netquiz-option") if "netquiz-right-answer" in o._dom_classes]
    assert marked == [second.options[second.answer]]
    assert "1 / 2" in find(app, "netquiz-status").value
    _, responses = rows(db)
    assert [(r.question_id, r.option, r.correct) for r in responses] == [
        (first.id, first.answer, True), (second.id, wrong, False)]


def test_submit_without_a_choice_is_an_error_and_writes_nothing(db):
    app = quiz_app(db=db)
    join(app, "Asha")
    find(app, "netquiz-submit").click()  # nothing chosen yet
    assert find(app, "netquiz-error").value == HI["err_choose"]
    assert rows(db)[1] == []
    assert not find_all(app, "netquiz-correct") and not find_all(app, "netquiz-incorrect")


def test_stale_and_repeated_clicks_do_not_crash_or_write(db, small_bank):
    app = quiz_app(db=db)
    join(app, "Asha")
    old_options, old_submit = find_all(app, "netquiz-option"), find(app, "netquiz-submit")
    answer(app, small_bank, right=True)
    old_next = find(app, "netquiz-next")
    old_options[1].click()
    old_submit.click()
    old_next.click()  # moves to question 2
    second_stem = find(app, "netquiz-stem").value
    old_next.click()
    old_submit.click()
    for option in old_options:
        option.click()
    assert find(app, "netquiz-stem").value == second_stem
    assert not any("netquiz-selected" in o._dom_classes for o in find_all(app, "netquiz-option"))
    assert len(rows(db)[1]) == 1 and not find_all(app, "netquiz-error")


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
    find_all(app, "netquiz-option")[0].click()
    find(app, "netquiz-submit").click()
    assert find(app, "netquiz-error").value == _esc(HI["err_closed"])
    assert rows(db)[1] == []
    assert find(app, "netquiz-feedback").value == "" and not find_all(app, "netquiz-correct")


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
    assert find(app, "netquiz-submit").description == EN["submit"]
    find(app, "netquiz-lang").value = "hi"
    assert find(app, "netquiz-submit").description == HI["submit"]


def test_bank_language_is_the_default_after_join(db, monkeypatch):
    monkeypatch.setenv("NETQUIZ_LANG", "en")
    app = quiz_app(db=db)
    assert find(app, "netquiz-start").description == EN["start"]
    join(app, "Asha")
    assert find(app, "netquiz-lang").value == "hi"
    assert find(app, "netquiz-submit").description == HI["submit"]


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
        find(app, "netquiz-next").click()
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
        find(app, "netquiz-next").click()
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
    assert find(second_tab, "netquiz-progress").value == 1
    assert "1 / 1" in find(second_tab, "netquiz-status").value
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
    assert "ASHA (2)" in find(other, "netquiz-title").value and find(other, "netquiz-progress").value == 0
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
    assert find(laptop, "netquiz-progress").value == 1 and len(rows(db)[0]) == 1


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
    assert not find_all(tab_b, "netquiz-feedback") or find(tab_b, "netquiz-feedback").value == ""
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
def test_string_tables_have_the_same_keys_and_placeholders():
    assert set(STRINGS) == {"hi", "en"}
    assert set(HI) == set(EN)
    for key in HI:
        assert HI[key].strip() and EN[key].strip()
        assert set(re.findall(r"{(\w+)}", HI[key])) == set(re.findall(r"{(\w+)}", EN[key])), key


def test_stylesheet_is_injected_and_wraps_options(db):
    app = quiz_app(db=db)
    style = [x.value for x in walk(app) if isinstance(x, w.HTML) and x.value.startswith("<style>")]
    assert len(style) == 1
    css = style[0]
    for rule in ("white-space: normal", "height: auto", "text-align: left", "line-height: 1.5",
                 "Lohit Devanagari", "Noto Sans Devanagari"):
        assert rule in css


def test_participant_path_does_not_import_pandas():
    code = "import sys, netquiz.ui, netquiz.session; sys.exit('pandas' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
