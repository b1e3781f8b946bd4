"""The facilitator dashboard in real Voilà and headless Chromium, beside the participant server.

One temporary SQLite file, two ``netquiz serve`` processes (participant on P, facilitator on Q with a
token), one browser. Screenshots of each facilitator screen (1280×800) go to a temporary folder, or to
``docs/screenshots/`` with ``NETQUIZ_SCREENSHOTS=1`` (so a plain test run leaves the checkout clean).
"""

from __future__ import annotations

import os
import random
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE

from netquiz.article import read_article
from netquiz.bank import bank_to_json
from netquiz.generate import generate_bank
from netquiz.store import open_store

from . import free_port, free_ports
from .axe import axe_violations

pytestmark = pytest.mark.e2e
playwright_sync = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]
DOC_SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 800}
TOKEN = "e2e-facilitator-token-0123456789"
CODE = "NET7"
EVIL = "<img src=x onerror=alert(1)>"
CROWD = ("Priya", "Sunita", "Kavita", "Anjali", "Farah", "Deepa", "Rekha", "Lakshmi")


def wait_for_port(port: int, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{log.read_text()}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise RuntimeError(f"server on port {port} did not start:\n{log.read_text()}")


def simulate_crowd(db: str) -> None:
    """Eight participants who answered most questions, stronger in some sections than in others."""
    bank = generate_bank(read_article(SEED_ARTICLE))
    store = open_store(db)
    try:
        store.open_session(CODE, bank_to_json(bank), "Networking workshop")
        rng = random.Random(7)
        for skill, name in enumerate(CROWD):
            person = store.join(CODE, name)
            count = rng.randint(len(bank.questions) // 2, len(bank.questions))
            for question in rng.sample(bank.questions, count):
                right = rng.random() < 0.3 + skill * 0.08 - (0.25 if question.section in ("s2", "s4") else 0)
                wrong = [i for i in range(len(question.options)) if i != question.answer]
                option = question.answer if right else rng.choice(wrong)
                store.record_response(person.id, question.id, 1, option, option == question.answer)
    finally:
        store.close()


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Participant server on P and facilitator server on Q, both on one temporary database."""
    tmp = tmp_path_factory.mktemp("facilitator-e2e")
    db = f"sqlite:///{tmp / 'workshop.sqlite3'}"
    simulate_crowd(db)
    ports = dict(zip(("participant", "facilitator"), free_ports(2), strict=True))
    # the join URL a phone on the Wi-Fi would open (a loopback one shows a warning instead of the QR code)
    env = {**os.environ, "NETQUIZ_DB": db, "NETQUIZ_JOIN_URL": f"http://192.168.1.20:{ports['participant']}/",
           "NETQUIZ_FACILITATOR_TOKEN": TOKEN}
    commands = {
        "participant": ["serve", "--port", str(ports["participant"]), "--workers", "1"],
        "facilitator": ["serve", "--facilitator", "--port", str(ports["facilitator"])],
    }
    procs = []
    try:
        for role, args in commands.items():
            log = tmp / f"{role}.log"
            proc = subprocess.Popen([sys.executable, "-m", "netquiz", *args, "--db", db], cwd=ROOT, env=env,
                                    stdout=log.open("w"), stderr=subprocess.STDOUT)
            procs.append(proc)
            wait_for_port(ports[role], proc, log)
        yield {**ports, "logs": str(tmp)}
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: docs/screenshots with NETQUIZ_SCREENSHOTS=1, else a temporary folder."""
    if os.environ.get("NETQUIZ_SCREENSHOTS") == "1":
        DOC_SHOTS.mkdir(parents=True, exist_ok=True)
        return DOC_SHOTS
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_sync.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def dashboard(browser, servers: dict) -> Iterator[object]:
    """The facilitator page, opened once with the token; records any JavaScript dialog."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(f"http://127.0.0.1:{servers['facilitator']}/?token={TOKEN}", timeout=90_000)
        page.wait_for_selector("#loading", state="detached", timeout=90_000)
        page.wait_for_selector(".netquiz-facilitator", timeout=30_000)
        assert "token" not in page.url  # the login cookie is set; the address bar (and history) lose the token
    except playwright_sync.Error as exc:
        log = Path(servers["logs"]) / "facilitator.log"
        raise AssertionError(f"dashboard did not render: {exc}\n--- facilitator server log ---\n"
                             f"{log.read_text()[-4000:]}") from None
    yield page
    context.close()


def head_of(url: str) -> tuple[int, str]:
    """HTTP status and Location of a GET, without following redirects."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=30) as response:
            return response.status, response.headers.get("Location", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Location", "")


def join_as(browser, port: int, name: str) -> None:
    """A participant joins in their own browser context and answers the first question."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"http://127.0.0.1:{port}/", timeout=90_000)
        page.wait_for_selector("#loading", state="detached", timeout=90_000)
        page.fill(".netquiz-name input", name)
        page.fill(".netquiz-code input", CODE.lower())
        page.click(".netquiz-start")
        page.wait_for_selector(".netquiz-question", timeout=30_000)
        page.locator(".netquiz-option").first.click()
        page.click(".netquiz-submit")
        page.wait_for_selector(".netquiz-feedback.netquiz-correct, .netquiz-feedback.netquiz-incorrect",
                               timeout=30_000)
    finally:
        context.close()


def show_tab(page, title: str) -> None:
    page.get_by_role("tab", name=title).click()


def participant_cell(page, name: str):
    return page.locator(".netquiz-dash-participants td").filter(has_text=name)


def test_facilitator_page_needs_the_token(servers: dict) -> None:
    base = f"http://127.0.0.1:{servers['facilitator']}"
    for url in (f"{base}/", f"{base}/?token=wrong", f"{base}/voila/render/facilitator.ipynb"):
        status, location = head_of(url)
        assert status == 403 or (status == 302 and "/login" in location), (url, status, location)


def test_participant_server_does_not_serve_the_dashboard(servers: dict) -> None:
    base = f"http://127.0.0.1:{servers['participant']}"
    for path in ("/voila/render/facilitator.ipynb", "/facilitator.ipynb", "/voila/files/facilitator.ipynb",
                 "/notebooks/facilitator.ipynb", "/voila/render/author.ipynb"):
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                body = response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            assert exc.code in (403, 404), path
        else:
            assert "facilitator_app" not in body and "netquiz-facilitator" not in body, path


def test_dashboard_shows_the_simulated_crowd(dashboard) -> None:
    show_tab(dashboard, "Participants")
    for name in CROWD:
        assert participant_cell(dashboard, name).count() == 1
    assert CODE in dashboard.locator(".netquiz-dash-status").inner_text()


def test_dashboard_says_the_quiz_server_is_up(dashboard) -> None:
    """The participant server reports its pool to the shared database; the dashboard reads it (no --expect
    here, so "running" rather than "ready for N")."""
    line = dashboard.locator(".netquiz-ready .netquiz-ready-running")
    line.wait_for(timeout=20_000)
    assert line.inner_text().strip()
    assert dashboard.locator(".netquiz-ready-off").count() == 0


def test_a_participant_who_joins_appears_within_10_seconds(browser, servers, dashboard) -> None:
    show_tab(dashboard, "Participants")
    assert participant_cell(dashboard, "Asha Live").count() == 0
    join_as(browser, servers["participant"], "Asha Live")
    participant_cell(dashboard, "Asha Live").wait_for(timeout=10_000)


def test_a_hostile_name_shows_as_text(browser, servers, dashboard) -> None:
    join_as(browser, servers["participant"], EVIL)
    show_tab(dashboard, "Participants")
    participant_cell(dashboard, EVIL).first.wait_for(timeout=10_000)
    assert dashboard.locator(".netquiz-facilitator img").count() == 0
    assert dashboard.dialogs == []


def test_screenshots_of_each_facilitator_screen(dashboard, shots: Path) -> None:
    show_tab(dashboard, "Join")
    qr = dashboard.locator(".netquiz-join-qr svg")
    qr.wait_for()
    assert dashboard.locator(".netquiz-join-code").inner_text() == CODE
    dashboard.screenshot(path=str(shots / "facilitator-join.png"))
    show_tab(dashboard, "Participants")
    dashboard.screenshot(path=str(shots / "facilitator-participants.png"))
    show_tab(dashboard, "Questions")
    dashboard.locator(".netquiz-dash-distribution .netquiz-chart-track").first.wait_for()
    dashboard.screenshot(path=str(shots / "facilitator-questions.png"))
    show_tab(dashboard, "Sections")
    dashboard.locator(".netquiz-dash-mastery .netquiz-chart-track").first.wait_for()
    dashboard.screenshot(path=str(shots / "facilitator-sections.png"))
    show_tab(dashboard, "Downloads")
    link = dashboard.locator(".netquiz-downloads a").first
    assert link.get_attribute("href").startswith("data:text/csv")
    for name in ("join", "participants", "questions", "sections"):
        assert (shots / f"facilitator-{name}.png").stat().st_size > 10_000


TABS = ("Join", "Present", "Participants", "Questions", "Sections", "Downloads")


def test_axe_finds_nothing_on_any_dashboard_tab(dashboard) -> None:
    for tab in TABS:
        show_tab(dashboard, tab)
        dashboard.wait_for_timeout(300)
        found = axe_violations(dashboard)
        assert found == [], (tab, found)


def test_the_dashboard_in_hindi(dashboard) -> None:
    """In Hindi no English word is left but names, codes, addresses, file names and "English" itself."""
    allowed = {*CROWD, "Asha", "Live", "img", "src", "onerror", "alert", "NET", "E2E", "Networking", "workshop",
               "data", "banks", "networking", "hi", "json", "http", "CSV", "HTML", "English"}
    dashboard.get_by_role("button", name="हिन्दी").click()
    try:
        dashboard.get_by_role("tab", name="प्रतिभागी").wait_for()
        for tab in ("जुड़ें", "प्रस्तुत करें", "प्रतिभागी", "प्रश्न", "खंड", "डाउनलोड"):
            show_tab(dashboard, tab)
            dashboard.wait_for_timeout(300)
            shown = dashboard.locator(".netquiz-facilitator").inner_text()
            english = set(re.findall(r"[A-Za-z]{2,}", shown)) - allowed
            assert not english, (tab, sorted(english))
        assert dashboard.evaluate("document.documentElement.lang") == "hi"
    finally:
        dashboard.get_by_role("button", name="English").click()
        dashboard.get_by_role("tab", name="Participants").wait_for()


def test_open_a_session_from_the_page(dashboard) -> None:
    """Widget clicks reach the kernel in Voilà: a new session opens and becomes the join screen."""
    dashboard.fill(".netquiz-facilitator-code input", "e2e9")
    dashboard.click(".netquiz-facilitator-open")
    dashboard.locator(".netquiz-facilitator-message").filter(has_text="Session E2E9 is open").wait_for()
    show_tab(dashboard, "Join")
    assert dashboard.locator(".netquiz-join-code").inner_text() == "E2E9"
    show_tab(dashboard, "Participants")
    dashboard.locator(".netquiz-dash-participants").filter(has_text="Nobody has joined yet").wait_for()


@pytest.fixture(scope="module")
def author_page(browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The bank review notebook in Voilà (as a facilitator would serve it on their own machine)."""
    from netquiz.server.voila import find_notebook, voila_command

    port = free_port()
    log = tmp_path_factory.mktemp("author-e2e") / "voila.log"
    proc = subprocess.Popen(voila_command(find_notebook("author.ipynb"), "127.0.0.1", port, pool_size=0),
                            cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    context = None
    try:
        wait_for_port(port, proc, log)
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/", timeout=90_000)
        page.wait_for_selector("#loading", state="detached", timeout=90_000)
        page.wait_for_selector(".netquiz-author", timeout=30_000)
        yield page
    finally:
        if context is not None:
            context.close()
        proc.terminate()
        proc.wait(timeout=20)


def test_author_generates_previews_and_rejects_a_bad_edit(author_page, shots: Path) -> None:
    page = author_page
    page.click(".netquiz-author-generate")
    page.locator(".netquiz-author-status").filter(has_text="generated").wait_for(timeout=60_000)
    page.locator(".netquiz-author-table td").first.wait_for()
    stem = page.locator(".netquiz-question .netquiz-stem").inner_text()
    assert stem.strip() and page.locator(".netquiz-question .netquiz-option").count() >= 2
    page.screenshot(path=str(shots / "author-review.png"))
    options = page.locator(".netquiz-author-options textarea")
    lines = options.input_value().splitlines()
    options.fill("\n".join([lines[0]] * len(lines)))  # as many options as before, all the same
    page.click(".netquiz-author-apply")
    problems = page.locator(".netquiz-author-problems .netquiz-author-error")
    problems.wait_for(timeout=10_000)
    assert "options are not unique" in problems.inner_text()
    problems.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "author-edit.png"))


def test_author_lists_the_sections_short_of_the_bar_with_their_reasons(author_page) -> None:
    """An article with tip sections that get no scenario question: the panel above the table names them, with
    the reason and the sentence to start from, and axe-core finds nothing on the page with the panel shown."""
    page = author_page
    page.locator(".netquiz-author-article-path input").fill("tests/articles/aside41/house-help.en.md")
    page.click(".netquiz-author-generate")
    page.locator(".netquiz-author-status").filter(has_text="house-help").wait_for(timeout=60_000)
    gaps = page.locator(".netquiz-author-gaps .netquiz-author-gap-list li")
    gaps.first.wait_for(timeout=30_000)
    assert gaps.count() >= 1 and "start from" in gaps.first.inner_text()
    assert "write those by hand" in page.locator(".netquiz-author-gaps").inner_text()
    assert axe_violations(page) == []


def test_author_builds_a_question_from_her_own_situation(author_page, shots: Path) -> None:
    """A situation typed in the box becomes a scenario question in the table, and the notes under the box say
    which; axe-core finds nothing on the page with the box filled."""
    page = author_page
    page.locator(".netquiz-author-article-path input").fill("data/articles/networking.hi.txt")
    page.locator(".netquiz-author-situations textarea").fill(
        "s5: सुधा की माँ अचानक बीमार पड़ गई हैं और उसे शहर में किसी अच्छे डॉक्टर का पता चाहिए।")
    page.click(".netquiz-author-generate")
    page.locator(".netquiz-author-situation-notes").filter(has_text="built s5-situation-1").wait_for(timeout=60_000)
    page.locator(".netquiz-author-table td").filter(has_text="s5-situation-1").first.wait_for(timeout=30_000)
    assert "सुधा की माँ" in page.locator(".netquiz-author-table").inner_text()
    assert axe_violations(page) == []
    page.locator(".netquiz-author-situations").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "author-situations.png"))


def test_author_quotes_another_sentence_for_her_question(author_page) -> None:
    """Under her question (the situation of the test above), the Quote menu lists its section's sentences; choosing
    the other one and pressing "Quote this instead" writes "| …" after her line and generates again; axe-core finds
    nothing on the page with the menus shown."""
    page = author_page
    page.locator(".netquiz-author-question select").select_option(label="s5-situation-1")
    quote = page.locator(".netquiz-author-quote select")
    quote.wait_for(state="visible", timeout=30_000)
    assert page.locator(".netquiz-author-wrong select option").count() >= 3
    labels = [o.inner_text() for o in quote.locator("option").all()]
    chosen = quote.evaluate("s => s.options[s.selectedIndex] ? s.options[s.selectedIndex].text : ''")
    other = next(label for label in labels if label != chosen)
    quote.select_option(label=other)
    page.click(".netquiz-author-use-quote")
    page.locator(".netquiz-author-status").filter(has_text="names this sentence").wait_for(timeout=60_000)
    assert "|" in page.locator(".netquiz-author-situations textarea").input_value()
    assert axe_violations(page) == []


def test_author_shows_wrong_answers_she_picks_and_writes(author_page, shots: Path) -> None:
    """Under her question (the tests above), one heading picked in the Wrong answers list and one wrong answer
    typed in the Your own box: "Show these as wrong answers" writes both in her line's brackets, her question shows
    them, and axe-core finds nothing on the page."""
    page = author_page
    page.locator(".netquiz-author-question select").select_option(label="s5-situation-1")
    wrong = page.locator(".netquiz-author-wrong select")
    wrong.wait_for(state="visible", timeout=30_000)
    first = wrong.locator("option").first.inner_text()
    wrong.select_option(label=[first])
    own = "पड़ोस के किसी भी क्लिनिक में दिखा दें"
    page.locator(".netquiz-author-own-wrong textarea").fill(own)
    page.click(".netquiz-author-use-wrong")
    page.locator(".netquiz-author-status").filter(has_text="wrong answers").wait_for(timeout=60_000)
    line = page.locator(".netquiz-author-situations textarea").input_value().splitlines()[0]
    assert line.startswith(f"s5 ({first.split()[0]}, “{own}”):"), line  # (the label's spaces are no-break)
    page.locator(".netquiz-question .netquiz-option").filter(has_text=own).wait_for(timeout=30_000)
    assert page.locator(".netquiz-question .netquiz-option").count() == 3
    assert axe_violations(page) == []
    page.locator(".netquiz-author-wrong").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "author-wrong-answers.png"))


def test_author_suggests_a_move_the_article_rules_out(author_page) -> None:
    """For her line beside an article that warns against a move ("भैंस को गंदे पोखर … में न छोड़ें"), the notes under
    the situations box and the empty Your own box under her question offer it turned round; axe-core finds nothing."""
    page = author_page
    page.locator(".netquiz-author-article-path input").fill(
        "tests/articles/aside207/garmi-mein-gaay-bhains-ko-loo-se-kaise-bachayen.hi.md")
    page.locator(".netquiz-author-situations textarea").fill(
        "s4: रेखा की भैंस की काली चमड़ी दोपहर में तपने लगती है और शाम को वह सुस्त पड़ी रहती है।")
    page.click(".netquiz-author-generate")
    move = "भैंस को गंदे पोखर या नाले के पानी में छोड़ना"
    page.locator(".netquiz-author-situation-notes").filter(has_text=move).wait_for(timeout=60_000)
    page.locator(".netquiz-author-question select").select_option(label="s4-situation-1")
    own = page.locator(".netquiz-author-own-wrong textarea")
    own.wait_for(state="visible", timeout=30_000)
    assert own.input_value() == "" and move in (own.get_attribute("placeholder") or "")
    assert axe_violations(page) == []


def test_author_says_when_most_lines_have_no_wrong_answers_of_her_own(author_page) -> None:
    """Three lines with only headings as wrong answers: the notes under the situations box say once that most of
    her lines show only other parts' headings (her own wrong answers are what made questions good); with her own
    wrong answers on two of them, the note is gone and another names the parts shown without a label (the key is
    always a heading, hers never are); with those labelled, it is gone too; axe-core finds nothing."""
    page = author_page
    page.locator(".netquiz-author-article-path input").fill(
        "tests/articles/aside207/garmi-mein-gaay-bhains-ko-loo-se-kaise-bachayen.hi.md")
    lines = ["s4: रेखा की भैंस की काली चमड़ी दोपहर में तपने लगती है और शाम को वह सुस्त पड़ी रहती है।",
             "s3: कमला की गाय दोपहर में नांद का गुनगुना पानी सूँघकर मुँह फेर लेती है।",
             "s6: सरला सुबह दस बजे भूसा डालती है, पर गाय आधा छोड़ देती है।"]
    page.locator(".netquiz-author-situations textarea").fill("\n".join(lines))
    page.click(".netquiz-author-generate")
    notes = page.locator(".netquiz-author-situation-notes")
    told = re.compile(r"3/3 (?:of your lines|पंक्तियों में)")
    notes.filter(has_text=told).wait_for(timeout=60_000)
    assert axe_violations(page) == []
    own = [lines[0].replace("s4:", 's4 (s1, "भैंस को दोपहर में धूप में बांधना"):'),
           lines[1].replace("s3:", 's3 (s2, "नांद में सुबह का पानी ही रहने देना"):'), lines[2]]
    page.locator(".netquiz-author-situations textarea").fill("\n".join(own))
    page.click(".netquiz-author-generate")
    deadline = time.monotonic() + 60
    while told.search(notes.first.inner_text()) and time.monotonic() < deadline:
        page.wait_for_timeout(500)  # (the notes are replaced once the new bank is built)
    text = notes.first.inner_text()
    assert not told.search(text) and "s6" in text, text
    heading = re.compile(r"(?:shown without a label|बिना लेबल के दिख रहे हैं): s1, s2, s3, s4")
    assert heading.search(text), text  # (her two questions' keys are headings, her own answers never are)
    labels = ["s1 = भैंस को छाँव और हवा में बांधना", "s2 = पशु को टीन की छत से दूर रखना",
              "s3 = दिन में कई बार ताज़ा ठंडा पानी पिलाना", "s4 = भैंस को रोज़ नहलाना"]
    page.locator(".netquiz-author-situations textarea").fill("\n".join(own + labels))
    page.click(".netquiz-author-generate")
    deadline = time.monotonic() + 60
    while heading.search(notes.first.inner_text()) and time.monotonic() < deadline:
        page.wait_for_timeout(500)
    assert not heading.search(notes.first.inner_text()), notes.first.inner_text()
    assert axe_violations(page) == []
