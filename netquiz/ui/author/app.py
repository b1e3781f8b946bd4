"""Review a question bank before a workshop: generate or load, filter, preview, edit or drop, save.

In a notebook (``notebooks/author.ipynb``)::

    from netquiz.ui.author.app import author_app
    author_app()                  # pick an article, Generate, review, Save
    author_app(bank=my_bank)      # review a bank you already have

The pure helpers in :mod:`netquiz.ui.author.edit` (``bank_frame``, ``apply_edit``, ``drop_question``)
hold the logic; the :class:`AuthorApp` widgets only call them and re-render.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as w

from ...article import read_article
from ...bank import load_bank, save_bank
from ...errors import NetquizError
from ...model import Bank, Question
from ...quiz.session import Progress, ShownQuestion
from ...texts import LANG_LABELS, LANGS, facilitator_lang, kind_name, say
from ..handout_links import handout_links
from ..html import frame_html, style_html
from ..page_marks import PageMarks
from ..participant.question_card import QuestionCard, card_screen
from ..participant.screens import style_widget as quiz_style_widget
from .edit import ALL, answer_key_html, apply_edit, bank_frame, drop_question, shown_frame

if TYPE_CHECKING:
    from ...generate.coverage import Gap
    from ...generate.situation_notes import Situation, SituationNote

HOOKED = ("article", "article_path", "generate", "bank_file", "load", "section_filter", "kind_filter",
          "question", "stem", "options", "answer", "feedback", "explanation", "apply", "drop", "save_path",
          "save", "save_note", "lang_toggle", "gaps", "situations", "situation_notes", "quote", "use_quote", "wrong",
          "own_wrong", "use_wrong")  # CSS hooks netquiz-author-<name> for browser tests
#: Controls whose description is a text label (the text key is the name, but for :data:`LABEL_KEYS`).
LABELLED = ("article", "path", "generate", "bank", "load", "section", "kind", "question", "stem", "options", "answer",
            "feedback", "explanation", "apply", "drop", "save", "situations", "quote", "use_quote", "wrong",
            "own_wrong", "use_wrong")
#: Labels whose text key is not the widget's name (the table has one "section" and one "answer" already).
LABEL_KEYS = {"section": "filter_section", "answer": "answer_number"}
KNOWN_FOLDERS = ("data/banks", "var/banks")  # made on first save; any other folder must exist
__all__ = ["ALL", "AuthorApp", "answer_key_html", "apply_edit", "author_app", "bank_files", "bank_frame",
           "data_folder", "drop_question", "preview_widget"]


def data_folder() -> Path:
    """The author's folder: the one holding ``data/`` (articles, banks), the working directory or one of its two
    parents (a notebook runs in ``notebooks/``). Not :func:`netquiz.store.project_root`, which places ``var/``."""
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents[:2]):
        if (folder / "data").is_dir():
            return folder
    return cwd


def bank_files(root: Path) -> list[Path]:
    """Bank JSON files under ``data/banks`` and ``var/banks``."""
    return sorted((*root.glob("data/banks/*.json"), *root.glob("var/banks/*.json")))


def preview_widget(question: Question, bank: Bank) -> w.Widget:
    """The question card exactly as participants get it before an answer (bank order of options;
    participants see them shuffled). Taps on submit do nothing here."""
    position = [q.id for q in bank.questions].index(question.id)
    shown = ShownQuestion(id=question.id, section_id=question.section,
                          section_title=bank.section_title(question.section), kind=question.kind,
                          stem=question.stem, options=question.options, number=position + 1,
                          total=len(bank.questions))
    card = QuestionCard(lambda _event: None)
    card.screen = card_screen(bank.article.lang, shown, Progress(0, len(bank.questions), 0), None, n=1)
    box = w.VBox([quiz_style_widget(), card], layout=w.Layout(width="24rem", max_width="100%", flex="0 0 auto",
                                                             overflow="visible"))
    box.add_class("netquiz-app")
    box.add_class("netquiz-author-preview")
    return box


class AuthorApp:
    """Widgets for reviewing one bank; ``self.bank`` is the current (edited) bank."""

    def __init__(self, bank: Bank | None = None, root: Path | None = None, lang: str | None = None) -> None:
        self.root = root or data_folder()
        self.bank: Bank | None = bank
        self.notes: list[SituationNote] = []
        self.lang = lang if lang in LANGS else facilitator_lang()
        self.source_name = "bank"
        self.lang_toggle = w.ToggleButtons(options=LANG_LABELS, value=self.lang)
        self.lang_toggle.observe(lambda change: self.set_lang(change["new"]), names="value")
        self.heading = w.HTML()
        self.marks = PageMarks(root=".netquiz-author", banner=".netquiz-author-top", main=".netquiz-author-main")
        self._build_source()
        self._build_review()
        self._build_editor()
        top = w.HBox([self.heading, self.lang_toggle])
        top.add_class("netquiz-author-top")
        main = w.VBox([self.source_box, self.review_box, self.editor_box, self.save_box])
        main.add_class("netquiz-author-main")
        self.widget = w.VBox([w.HTML(style_html()), self.marks, top, main], layout=w.Layout(max_width="1100px"))
        self.widget.add_class("netquiz-author")
        for name in HOOKED:
            getattr(self, name).add_class(f"netquiz-author-{name.replace('_', '-')}")
        self._label()
        self._show_bank()

    def t(self, key: str, **values: object) -> str:
        return say(self.lang, key, **values)

    def set_lang(self, lang: str) -> None:
        """Every label, message and table header in ``lang`` (``hi`` or ``en``)."""
        if lang in LANGS:
            self.lang = lang
            self._label()
            self._filter_options()
            self._show_table()
            self._show_question()
            self._show_gaps(again=False)
            self._show_notes()

    def _label(self) -> None:
        t = self.t
        self.heading.value = f"<h1 class='netquiz-dash-heading'>{html.escape(t('heading'))}</h1>"
        self.marks.lang, self.marks.title = self.lang, t("author_page_title")
        for name in LABELLED:
            widget = {"path": self.article_path, "bank": self.bank_file, "section": self.section_filter,
                      "kind": self.kind_filter, "save": self.save}.get(name) or getattr(self, name)
            widget.description = t(LABEL_KEYS.get(name, name))
        self.article_path.placeholder = t("path_ph")
        self.situations.placeholder = t("situations_ph")
        self.own_wrong.placeholder = t("own_wrong_ph")
        self.options.placeholder, self.feedback.placeholder = t("options_ph"), t("feedback_ph")
        self.save_path.description = t("save_to")
        self.edit_heading.value = f"<h2 class='netquiz-dash-heading'>{html.escape(t('edit_heading'))}</h2>"

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    # ---- building --------------------------------------------------------------------------
    def _build_source(self) -> None:
        articles = sorted(str(p.relative_to(self.root)) for p in self.root.glob("data/articles/*.txt"))
        self.article = w.Dropdown(options=articles, description="Article",
                                  value=articles[0] if articles else None)
        self.article_path = w.Text(placeholder="or a path to a UTF-8 .txt/.md file", description="Path")
        self.generate = w.Button(description="Generate", button_style="primary", icon="cogs")
        self.progress = w.IntProgress(value=0, min=0, max=1, layout=w.Layout(width="200px"))
        banks = [str(p.relative_to(self.root)) for p in bank_files(self.root)]
        self.bank_file = w.Dropdown(options=banks, description="Bank", value=banks[0] if banks else None)
        self.load = w.Button(description="Load bank", icon="folder-open")
        self.status = w.HTML()
        self.status.add_class("netquiz-author-status")
        self.situations = w.Textarea(rows=3, layout=w.Layout(width="95%"))  # her own situations, "s2: Meena …"
        self.situation_notes = w.HTML()
        self.generate.on_click(lambda _: self._generate())
        self.load.on_click(lambda _: self._load())
        self.source_box = w.VBox([w.HBox([self.article, self.article_path, self.generate, self.progress]),
                                  self.situations, w.HBox([self.bank_file, self.load]), self.status,
                                  self.situation_notes])

    def _build_review(self) -> None:
        self.section_filter = w.Dropdown(options=[ALL], value=ALL, description="Section")
        self.kind_filter = w.Dropdown(options=[ALL], value=ALL, description="Kind")
        self.table = w.HTML()
        self.table.add_class("netquiz-author-table")
        for control in (self.section_filter, self.kind_filter):
            control.observe(lambda _: self._show_table(), names="value")
        self.question = w.Dropdown(options=[], description="Question", layout=w.Layout(width="420px"))
        self.question.observe(lambda _: self._show_question(), names="value")
        self.preview = w.VBox()
        self.key = w.HTML()
        self.key.layout = w.Layout(flex="1 1 20rem")
        self.gaps = w.HTML()  # the sections short of the bar and why (as `netquiz generate` prints them)
        self.gap_list: list[Gap] = []
        self.quote = w.Dropdown(options=[], layout=w.Layout(width="95%"))  # her question's quote: the section's
        self.use_quote = w.Button(icon="quote-left")  # sentences, to name one after her line ("| …")
        self.use_quote.on_click(lambda _: self._use_quote())
        self.wrong = w.SelectMultiple(options=[], rows=6, layout=w.Layout(width="95%"))  # the headings to show as
        self.own_wrong = w.Textarea(rows=3, layout=w.Layout(width="95%"))  # and those she writes, one per line
        self.use_wrong = w.Button(icon="list")  # her question's wrong answers ("s3 (s5, "…"): …")
        self.use_wrong.on_click(lambda _: self._use_wrong())
        for control in (self.quote, self.wrong, self.own_wrong):  # (labels whole: "Wrong answers", not "Wrong an…")
            control.style.description_width = "8rem"
        for button in (self.use_quote, self.use_wrong):
            button.layout = w.Layout(width="auto", min_width="fit-content")
        self.quote_box = w.VBox([w.HBox([self.quote, self.use_quote]),
                                 w.HBox([w.VBox([self.wrong, self.own_wrong], layout=w.Layout(width="95%")),
                                         self.use_wrong])],
                                layout=w.Layout(display="none"))
        self.review_box = w.VBox([self.gaps, w.HBox([self.section_filter, self.kind_filter]), self.table, self.question,
                                  w.HBox([self.preview, self.key], layout=w.Layout(flex_flow="row wrap")),
                                  self.quote_box])

    def _build_editor(self) -> None:
        wide = w.Layout(width="95%")
        self.stem = w.Textarea(description="Stem", layout=wide, rows=3)
        self.options = w.Textarea(description="Options", placeholder="one per line", layout=wide, rows=4)
        self.answer = w.IntText(description="Correct #", value=1, layout=w.Layout(width="180px"))
        self.feedback = w.Textarea(description="Feedback", placeholder="one per line, same order",
                                   layout=wide, rows=4)
        self.explanation = w.Textarea(description="Explanation", layout=wide, rows=2)
        self.apply = w.Button(description="Apply edit", button_style="success", icon="check")
        self.drop = w.Button(description="Drop question", button_style="danger", icon="trash")
        self.problems = w.HTML()
        self.problems.add_class("netquiz-author-problems")
        self.apply.on_click(lambda _: self._apply())
        self.drop.on_click(lambda _: self._drop())
        self.edit_heading = w.HTML()
        self.editor_box = w.VBox([self.edit_heading, self.stem, self.options,
                                  self.answer, self.feedback, self.explanation,
                                  w.HBox([self.apply, self.drop]), self.problems])
        self.save_path = w.Text(description="Save to", layout=w.Layout(width="60%"))
        self.save = w.Button(description="Save bank", button_style="primary", icon="save")
        self.save.on_click(lambda _: self._save())
        self.save_note = w.HTML()  # the one place for "applied, not saved yet" and "saved …"
        self.handouts = w.HTML()  # the printable sheet and key of the current bank
        self.handouts.add_class("netquiz-author-handouts")
        self.save_box = w.VBox([w.HBox([self.save_path, self.save, self.save_note]), self.handouts])

    # ---- actions ---------------------------------------------------------------------------
    def _say(self, message: str, ok: bool = True) -> None:
        css = "netquiz-author-ok" if ok else "netquiz-author-error"
        self.status.value = f"<div class='{css}'>{html.escape(message)}</div>"

    def _generate(self) -> None:
        from ...generate import generate_with_notes
        from ...generate.situations import read_situations

        path = Path(self.article_path.value.strip() or (self.article.value or ""))
        path = path if path.is_absolute() else self.root / path
        try:
            article = read_article(path)
            situations = read_situations(self.situations.value, article, source="the situations box")  # (its
            # errors are English, as the article's)
            self.bank, self.notes = generate_with_notes(article, progress=self._on_progress, situations=situations)
        except NetquizError as exc:
            self._say(str(exc), ok=False)
            return
        self.source_name = path.stem
        self.save_path.value = str(Path("data/banks") / f"{path.stem}.json")
        self._say(self.t("generated", count=len(self.bank.questions), name=path.name))
        self._show_bank()
        self._show_notes()  # (last: once her notes show, the questions they name are the ones in the list; the
        # facilitator e2e test that picks her question after the notes once caught the list before it was replaced)

    def _show_notes(self) -> None:
        """What each of her situations made and the checks it did not pass, in the facilitator's language."""
        items = "".join(f"<li>{html.escape(note.message(self.lang))}</li>" for note in self.notes)
        self.situation_notes.value = f"<ul>{items}</ul>" if items else ""

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.max = max(total, 1)
        self.progress.value = min(done, self.progress.max)

    def _load(self) -> None:
        if not self.bank_file.value:
            self._say(self.t("author_no_banks"), ok=False)
            return
        path = self.root / self.bank_file.value
        try:
            self.bank = load_bank(path)
        except NetquizError as exc:
            self._say(str(exc), ok=False)
            return
        self.save_path.value = self.bank_file.value
        self._say(self.t("loaded", count=len(self.bank.questions), name=self.bank_file.value))
        self._show_bank()

    def _apply(self) -> None:
        if self.bank is None or not self.question.value:
            return
        self.bank, problems = apply_edit(
            self.bank, self.question.value, stem=self.stem.value, options=self.options.value,
            answer=self.answer.value, feedback=self.feedback.value, explanation=self.explanation.value)
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            self.problems.value = (f"<div class='netquiz-author-error'>{html.escape(self.t('not_applied'))}"
                                   f"<ul>{items}</ul></div>")
            return
        self.problems.value = ""
        self._note(self.t("applied"))
        self._show_table()
        self._show_question()

    def _drop(self) -> None:
        if self.bank is None or not self.question.value:
            return
        dropped = self.question.value
        self.bank = drop_question(self.bank, dropped)
        self.problems.value = ""
        self._note(self.t("dropped", id=dropped))
        self._show_table()

    def _note(self, message: str, ok: bool = True) -> None:
        css = "netquiz-author-ok" if ok else "netquiz-author-error"
        self.save_note.value = f"<div class='{css}'>{html.escape(message)}</div>"

    def _save(self) -> None:
        if self.bank is None:
            self._note(self.t("nothing_to_save"), ok=False)
            return
        target = Path(self.save_path.value.strip() or f"data/banks/{self.source_name}.json")
        target = target if target.is_absolute() else self.root / target
        known = {(self.root / folder).resolve() for folder in KNOWN_FOLDERS}
        if not target.parent.is_dir() and target.parent.resolve() not in known:
            self._note(self.t("no_folder", folder=target.parent), ok=False)  # a typo makes no folder
            return
        try:
            save_bank(self.bank, target)
        except (NetquizError, OSError) as exc:
            self._note(self.t("not_saved", error=exc), ok=False)
            return
        self._note(self.t("saved", count=len(self.bank.questions), path=target))

    # ---- rendering -------------------------------------------------------------------------
    def _show_bank(self) -> None:
        self._filter_options()
        self.section_filter.value = self.kind_filter.value = ALL
        self._show_table()
        self._show_gaps()

    def _show_gaps(self, again: bool = True) -> None:
        """Each headed section with no scenario question or fewer than two questions, with its reason, in the
        facilitator's language: what to write by hand (empty when every section is covered). ``again``: read
        the bank anew (after a generate or a load), else only say the same gaps in the current language."""
        from ...generate.coverage import coverage_gaps, intro_gap  # (the generator is imported when a bank is shown)

        if again:
            silent = intro_gap(self.bank) if self.bank is not None else None
            self.gap_list = ([silent] if silent else []) + (coverage_gaps(self.bank) if self.bank is not None else [])
        gaps = self.gap_list
        items = "".join(f"<li>{html.escape(gap.message(self.lang))}</li>" for gap in gaps)
        intro = html.escape(self.t("gaps_intro", count=len(gaps)))
        self.gaps.value = f"<div class='netquiz-author-gap-list'><p>{intro}</p><ul>{items}</ul></div>" if gaps else ""

    def _filter_options(self) -> None:
        """The section and kind menus in the current language, keeping what is chosen where it still exists."""
        bank, every = self.bank, self.t("all")
        sections: list[tuple[str, str]] = [(every, ALL)]
        kinds: list[tuple[str, str]] = [(every, ALL)]
        if bank:
            sections += [(f"{s.id} — {bank.section_title(s.id)}", s.id) for s in bank.article.sections]
            kinds += [(kind_name(self.lang, kind), kind) for kind in sorted({q.kind for q in bank.questions})]
        for menu, options in ((self.section_filter, sections), (self.kind_filter, kinds)):
            chosen = menu.value
            menu.options = options
            menu.value = chosen if chosen in {value for _, value in options} else ALL

    def _show_table(self) -> None:
        if self.bank is None:
            self.table.value = f"<p>{html.escape(self.t('no_bank'))}</p>"
            self.question.options = []
            return
        self.handouts.value = handout_links(self.bank, self.source_name, self.bank.article.lang)
        frame = bank_frame(self.bank, self.section_filter.value, self.kind_filter.value)
        label = html.escape(self.t("table_label"), quote=True)  # (a scrolled region the keyboard can reach)
        self.table.value = (f"<div class='netquiz-author-scroll' tabindex='0' role='region' aria-label='{label}'>"
                            f"{frame_html(shown_frame(frame, self.lang), empty=self.t('no_match'))}</div>")
        current, ids = self.question.value, list(frame["id"])
        self.question.options = ids
        self.question.value = current if current in ids else (ids[0] if ids else None)

    def _show_question(self) -> None:
        if self.bank is None or not self.question.value:
            self.preview.children, self.key.value = (), ""
            self.quote_box.layout.display = "none"
            return
        question = self.bank.question(self.question.value)
        self.preview.children = (preview_widget(question, self.bank),)
        self.key.value = answer_key_html(question, self.lang)
        self._show_quotes(question)
        self.stem.value = question.stem
        self.options.value = "\n".join(question.options)
        self.answer.value = question.answer + 1
        self.feedback.value = "\n".join(question.feedback)
        self.explanation.value = question.explanation

    def _her_situation(self, question_id: str) -> Situation | None:
        """Her situation that made ``question_id`` (None for any other question)."""
        return next((note.situation for note in self.notes
                     if note.reason == "built" and note.question_id == question_id), None)

    def _her_line(self, question_id: str) -> int | None:
        """The number of the line of the situations box that made ``question_id`` (None for any other question)."""
        situation = self._her_situation(question_id)
        return situation.line if situation is not None and situation.line else None

    def _show_quotes(self, question: Question) -> None:
        """For her situation question: the section's sentences, the one its key's feedback quotes chosen, to quote
        another instead ("| …" after her line); hidden for every other question."""
        if self.bank is None or self._her_line(question.id) is None:
            self.quote_box.layout.display = "none"
            self.own_wrong.placeholder = self.t("own_wrong_ph")
            return
        sentences = list(dict.fromkeys(self.bank.article.section(question.section).sentences))
        self.quote.options = [(s if len(s) <= QUOTE_LABEL else s[:QUOTE_LABEL - 1] + "…", s) for s in sentences]
        self.quote.value = question.source if question.source in sentences else None
        others = [s for s in self.bank.article.headed_sections if s.title and s.id != question.section]
        self.wrong.options = [(f"{s.id} — {self.bank.section_title(s.id)}", s.id) for s in others]
        self.wrong.value = tuple(s.id for s in others if self.bank.section_title(s.id) in question.options
                                 or s.title in question.options)
        situation = self._her_situation(question.id)
        self.own_wrong.value = "\n".join(situation.own_wrong if situation is not None else ())
        suggested = next((note.detail for note in self.notes
                          if note.reason == "suggest_wrong" and note.situation == situation), "")
        self.own_wrong.placeholder = self.t("own_wrong_suggested", moves=suggested) if suggested \
            else self.t("own_wrong_ph")  # (the moves the article rules out nearest her line, to copy in)
        self.quote_box.layout.display = "flex"

    def _use_quote(self) -> None:
        """Name the chosen sentence after the line that made the shown question, and generate again."""
        from ...generate.situation_lines import naming_words, with_named

        if self.bank is None or not self.question.value or not self.quote.value:
            return
        section = self.bank.article.section(self.bank.question(self.question.value).section)
        words = naming_words(section, self.quote.value)
        number = self._rewrite_her_line(lambda line: with_named(line, words))
        if number is not None:
            self._say(self.t("quote_used", line=number))

    def _use_wrong(self) -> None:
        """Show the picked headings and the wrong answers she wrote (one per line) as the wrong answers of the line
        that made the shown question ("s3 (s5, "…"): …"), and generate again; two or three, else she is told."""
        from ...generate.situation_lines import MAX_CHOSEN, MIN_CHOSEN, with_wrong

        if self.bank is None or not self.question.value:
            return
        picked, article = list(self.wrong.value), self.bank.article
        own = [line.strip() for line in self.own_wrong.value.splitlines() if line.strip()]
        if not MIN_CHOSEN <= len(picked) + len(own) <= MAX_CHOSEN:
            self._say(self.t("wrong_count", least=MIN_CHOSEN, most=MAX_CHOSEN), ok=False)
            return
        number = self._rewrite_her_line(lambda line: with_wrong(line, article, picked, own))
        if number is not None:
            self._say(self.t("wrong_used", line=number))

    def _rewrite_her_line(self, rewrite: Callable[[str], str]) -> int | None:
        """Rewrite the line of the situations box that made the shown question, generate again and show the same
        question; the line's number, or None where the question is gone (generate said why)."""
        shown = self.question.value
        number = self._her_line(shown) if shown else None
        lines = self.situations.value.split("\n")
        if number is None or number > len(lines):
            return None
        lines[number - 1] = rewrite(lines[number - 1])
        self.situations.value = "\n".join(lines)
        self._generate()
        if self.bank is None or shown not in set(self.question.options):
            return None
        self.question.value = shown
        self._show_question()  # (the same id, so no change is observed: the preview, key and menus shown afresh)
        return number


QUOTE_LABEL = 110  # characters of a sentence the quote menu shows


def author_app(bank: Bank | None = None, root: str | Path | None = None, lang: str | None = None) -> AuthorApp:
    """Build the bank review app (displays itself as the last expression of a cell); ``lang``: ``hi`` or
    ``en`` (default: env ``NETQUIZ_LANG``, else English; a toggle at the top switches)."""
    return AuthorApp(bank=bank, root=Path(root) if root else None, lang=lang)
