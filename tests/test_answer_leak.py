"""Nothing the participant or the projector gets before submit (self-paced) or reveal (live) carries the key
option's text outside the options list: badge, title, progress, labels (issue 15, item 1).

Every question of every committed bank (``data/banks/*.json``) and of a bank generated from every test article
(``tests/articles/*.txt|md``; not ``aside/``) goes through the real views: the self-paced card, a live phone
and the Present view. The stem is not checked here: it is the question itself."""

from __future__ import annotations

import json
import re
import time
import unicodedata
from pathlib import Path

import pytest
from test_quiz_view import find, find_all, join, walk

from netquiz.article import read_article
from netquiz.bank import bank_to_json, load_bank
from netquiz.generate import generate_bank
from netquiz.live import state as live
from netquiz.live.round import LiveRound
from netquiz.model import Bank, Question
from netquiz.store import open_store
from netquiz.ui.facilitator.present import PresentView
from netquiz.ui.participant.question_card import QuestionCard
from netquiz.ui.participant.quiz_view import QuizApp

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = sorted((ROOT / "data" / "banks").glob("*.json"))
ARTICLES = sorted(p for p in (ROOT / "tests" / "articles").iterdir() if p.suffix in (".txt", ".md"))
CODE = "LEAK1"


def _bank(path: Path) -> Bank:
    return load_bank(path) if path.suffix == ".json" else generate_bank(read_article(path))


@pytest.fixture(params=COMMITTED + ARTICLES, ids=lambda p: p.name)
def bank(request) -> Bank:
    return _bank(request.param)


def _open(tmp_path: Path, bank: Bank, mode: str) -> str:
    url = f"sqlite:///{tmp_path / 'leak.sqlite3'}"
    store = open_store(url)
    store.open_session(CODE, bank_to_json(bank), "leak", mode=mode)
    store.close()
    return url


def _by_stem(bank: Bank, stem: str) -> Question:
    matches = [q for q in bank.questions if q.stem == stem]
    assert matches, stem
    return matches[0]


def _key(question: Question) -> str:
    return question.options[question.answer]


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def shows(text: str, phrase: str) -> bool:
    """True if ``phrase`` occurs in ``text`` as words (not inside a longer word: "No" is not in "None")."""
    text, phrase = unicodedata.normalize("NFC", text), unicodedata.normalize("NFC", phrase)
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = start == 0 or not _is_word_char(text[start - 1]) or not _is_word_char(phrase[0])
        after = end == len(text) or not _is_word_char(text[end]) or not _is_word_char(phrase[-1])
        if before and after:
            return True
        start = text.find(phrase, start + 1)
    return False


def test_shows_matches_words_only() -> None:
    assert shows("Answer: No.", "No") and not shows("None of them", "No")
    assert shows("खंड: नए अवसरों के दरवाजे खुलेंगे · प्रश्न 1", "नए अवसरों के दरवाजे खुलेंगे")
    assert not shows("सहीं", "सही")


def _ui_strings() -> list[str]:
    """Every literal piece of the screen texts (netquiz.texts, both languages), longest first: the same on every
    question, so a key word that happens to be in them ("समय" in "समय: 30 s") tells nothing."""
    import importlib
    import pkgutil

    import netquiz.texts

    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            found.update(piece for piece in re.split(r"\{[^}]*\}", value) if len(piece.strip()) > 1)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    for info in pkgutil.iter_modules(netquiz.texts.__path__):
        module = importlib.import_module(f"netquiz.texts.{info.name}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, dict):
                collect(value)
    return sorted(found, key=len, reverse=True)


UI_STRINGS = _ui_strings()


def without_ui_strings(text: str) -> str:
    """``text`` with the screen's fixed wording cut out (each piece replaced by a line break)."""
    for piece in UI_STRINGS:
        text = text.replace(piece, "\n")
    return text


def visible(widgets: list) -> str:
    """What the widgets put on screen or read out: values, descriptions, tooltips, placeholders."""
    parts = []
    for x in widgets:
        for trait in ("value", "description", "tooltip", "placeholder"):
            value = getattr(x, trait, None)
            if isinstance(value, str) and not value.startswith("<style>"):  # the page's CSS, not text
                parts.append(value)
    return "\n".join(parts)


def test_the_seed_has_its_section_title_questions() -> None:
    """The questions that failed before: which-benefit/attribution, options are section titles."""
    seed = load_bank(ROOT / "data" / "banks" / "networking.hi.json")
    titles = {s.title for s in seed.article.sections}
    assert sum(_key(q) in titles for q in seed.questions) == 9


def _card_parts(screen: dict, part: str) -> tuple[str, str]:
    """(stem, everything of the screen's question ``part`` but its options and stem) as text."""
    question = screen if part == "current" else screen["upcoming"]
    rest = {k: v for k, v in question.items() if k not in ("options", "stem", "result", "upcoming")}
    if part == "current":
        rest = {k: v for k, v in screen.items() if k not in ("options", "stem", "result", "upcoming")}
    return question["stem"], json.dumps(rest, ensure_ascii=False)


def test_self_paced_card_never_shows_the_key_before_submit(tmp_path, bank) -> None:
    app = QuizApp(_open(tmp_path, bank, "self"))
    join(app.widget, "Asha", CODE)
    seen = 0
    card = find(app.widget, "netquiz-question")
    assert isinstance(card, QuestionCard)
    while card.screen.get("stem") and seen < len(bank.questions):
        stem, rest = _card_parts(card.screen, "current")
        question = _by_stem(bank, stem)
        assert not shows(without_ui_strings(rest), _key(question)), (question.id, rest)
        wrong = next(i for i, o in enumerate(card.screen["options"]) if o != _key(question))
        card._handle_custom_msg({"event": "submit", "n": card.screen["n"], "choice": wrong}, [])
        seen += 1
        if card.screen.get("upcoming"):
            stem, rest = _card_parts(card.screen, "upcoming")
            upcoming = _by_stem(bank, stem)
            assert not shows(rest, _key(upcoming)), (upcoming.id, rest)
        card._handle_custom_msg({"event": "next", "n": card.screen["n"]}, [])
        found = find_all(app.widget, "netquiz-question")
        if not found:
            break
        card = found[0]
    assert seen == len(bank.questions)


def test_live_phone_never_shows_the_key_before_reveal(tmp_path, bank) -> None:
    db = _open(tmp_path, bank, "live")
    store = open_store(db)
    round_ = LiveRound.load(store, CODE)
    app = QuizApp(db)
    join(app.widget, "Asha", CODE)
    now = time.time()  # the phone reads the real clock: the question must still be open on its screen
    round_.apply(lambda s: live.start(s, now))
    for _ in bank.questions:
        app.live.tick()
        assert find_all(app.widget, "netquiz-option"), "the question is not open on the phone"
        stem = find(app.widget, "netquiz-stem").value
        question = next(q for q in bank.questions if _html_text(q.stem) == stem)
        others = [x for x in walk(app.widget) if "netquiz-option" not in getattr(x, "_dom_classes", ())
                  and x is not find(app.widget, "netquiz-stem")]
        assert not shows(without_ui_strings(visible(others)), _html_text(_key(question))), question.id
        round_.apply(lambda s: live.skip(s, now))
    store.close()


def test_present_view_never_shows_the_key_before_reveal(tmp_path, bank) -> None:
    store = open_store(_open(tmp_path, bank, "live"))
    view = PresentView(store, "http://quiz.example/", "hi", clock=lambda: 1_000.0)
    view.show(CODE)
    view.buttons["start"].click()
    for _ in bank.questions:
        question = next(q for q in bank.questions if _html_text(q.stem) in view.question.value)
        shown = re.sub(r"<ol class='netquiz-present-options'>.*?</ol>", "", view.question.value, flags=re.S)
        shown = shown.replace(_html_text(question.stem), "")
        text = shown + "".join(x.value for x in (view.count, view.timer, view.split, view.board, view.message))
        assert not shows(text, _html_text(_key(question))), question.id
        view.buttons["skip"].click()
    store.close()


def _html_text(value: str) -> str:
    import html

    return html.escape(value, quote=True)
