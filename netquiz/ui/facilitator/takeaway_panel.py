"""The facilitator's take-home panel (in the Sections tab): handouts and the session report as downloads,
a button that opens a follow-up session, and section mastery before and after a follow-up.

Hooks: ``netquiz-handouts`` (the sheet and key links), ``netquiz-report-make`` / ``netquiz-report`` (the
organiser's report), ``netquiz-follow-up`` (the button), ``netquiz-mastery-change`` (before/after tables).
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as w

from ...analysis.mastery_change import MasteryChange, mastery_change
from ...analysis.report_html import hbar, report_html
from ...bank import bank_from_json, bank_to_json
from ...errors import NetquizError
from ...quiz.follow_up import original_questions, plan_follow_up
from ...store import open_follow_up_with_new_code
from ...store.base import SessionRecord, Store
from ...texts import say
from ..handout_links import handout_links, html_link
from ..html import heading_html


def change_html(change: MasteryChange, lang: str) -> str:
    """Room and per-participant before/after mastery as tables with bars ('' when not a follow-up)."""
    if not change.room:
        return ""
    t = lambda key: html.escape(say(lang, key))  # noqa: E731

    def pct(value: float | None) -> str:
        return "–" if value is None else f"{value:.0f}%"

    def cells(before: float | None, after: float | None) -> str:
        return (f"<td>{pct(before)}</td><td>{hbar(before or 0, 100, '#9ec5e8')}</td>"
                f"<td>{pct(after)}</td><td>{hbar(after or 0, 100)}</td>")

    room = "".join(f"<tr><td>{html.escape(title)}</td>{cells(b, a)}</tr>" for _, title, b, a in change.room)
    people = "".join(f"<tr><td>{html.escape(name)}</td><td>{html.escape(title)}</td>{cells(b, a)}</tr>"
                     for name, _, title, b, a in change.people)
    head = f"<th>{t('t_before')}</th><th></th><th>{t('t_after')}</th><th></th>"
    return (f"<h4>{t('t_room')} ({html.escape(change.origin or '')})</h4>"
            f"<table><tr><th>{t('t_section')}</th>{head}</tr>{room}</table>"
            f"<table><tr><th>{t('t_participant')}</th><th>{t('t_section')}</th>{head}</tr>{people}</table>")


class TakeawayPanel:
    """Handouts, report and follow-up for the selected session; :meth:`show` on every refresh."""

    def __init__(self, store: Store, lang: str, on_opened: Callable[[str], None]) -> None:
        self.store, self.lang, self.on_opened = store, lang, on_opened
        self.record: SessionRecord | None = None
        self.heading, self.change_heading = w.HTML(), w.HTML()
        self.handouts = self._html("netquiz-handouts")
        self.report = self._html("netquiz-report")
        self.change = self._html("netquiz-mastery-change")
        self.message = self._html("netquiz-follow-up-message")
        self.make_report = w.Button(icon="file", layout=w.Layout(width="auto"))
        self.make_report.add_class("netquiz-report-make")
        self.make_report.on_click(lambda _: self._report())
        self.follow_up = w.Button(icon="redo", button_style="info", layout=w.Layout(width="auto"))
        self.follow_up.add_class("netquiz-follow-up")
        self.follow_up.on_click(lambda _: self._follow_up())
        self.review_days = w.BoundedIntText(min=0, max=3650, layout=w.Layout(width="330px"),
                                            style={"description_width": "230px"})
        self.review_days.add_class("netquiz-review-days")
        self.review_days.observe(lambda change: self._set_review_days(change["new"]), names="value")
        self._syncing = False
        self._handouts_for: tuple[str, str] | None = None
        self.widget = w.VBox([self.heading, self.handouts, w.HBox([self.make_report, self.follow_up]),
                              self.review_days, self.report,
                              self.message, self.change_heading, self.change])
        self.widget.add_class("netquiz-takeaway")
        self.set_lang(lang)

    @staticmethod
    def _html(css: str) -> w.HTML:
        widget = w.HTML()
        widget.add_class(css)
        return widget

    def set_lang(self, lang: str) -> None:
        """Labels in ``lang``."""
        self.lang = lang
        self.heading.value = heading_html(say(lang, "t_heading"))
        self.make_report.description = say(lang, "t_report")
        self.follow_up.description = say(lang, "t_follow_up")
        self.review_days.description = say(lang, "t_review_days")
        self._handouts_for = None

    def show(self, record: SessionRecord | None) -> None:
        """The panel for this session (handouts made once per session and language)."""
        if record is None or (self.record and record.code != self.record.code):
            self.report.value = self.message.value = ""
        self.record = record
        self.follow_up.disabled = self.make_report.disabled = self.review_days.disabled = record is None
        if record is not None and self.review_days.value != record.review_days:
            self._syncing = True
            try:
                self.review_days.value = record.review_days
            finally:
                self._syncing = False
        if record is None:
            self.handouts.value = self.change.value = self.change_heading.value = ""
            return
        if self._handouts_for != (record.code, self.lang):
            bank = original_questions(bank_from_json(record.bank_json, validate=False))
            self.handouts.value = handout_links(bank, record.code, self.lang,
                                                (say(self.lang, "t_sheet"), say(self.lang, "t_key")))
            self._handouts_for = (record.code, self.lang)
        value = change_html(mastery_change(self.store, record.code), self.lang)
        heading = heading_html(say(self.lang, "t_change")) if value else ""
        if self.change.value != value:
            self.change.value, self.change_heading.value = value, heading

    def _set_review_days(self, days: int) -> None:
        """The facilitator changed how long reviews can be fetched after closing."""
        if self._syncing or self.record is None or days == self.record.review_days:
            return
        try:
            self.record = self.store.set_review_days(self.record.code, int(days))
        except NetquizError as exc:
            self.message.value = html.escape(str(exc))

    def _report(self) -> None:
        if self.record is not None:
            document = report_html(self.store, self.record.code, self.lang)
            self.report.value = html_link(document, f"{self.record.code}-report.html",
                                          say(self.lang, "t_report_link"))

    def _follow_up(self) -> None:
        if self.record is None:
            return
        origin = self.record
        try:
            plan = plan_follow_up(self.store, origin.code)
            title = f"{origin.title or origin.code} (follow-up)"
            record = open_follow_up_with_new_code(self.store, origin.code, bank_to_json(plan.bank), title,
                                                  plan.sets)
        except NetquizError as exc:
            self.message.value = html.escape(say(self.lang, "t_follow_up_failed", error=exc))
            return
        self.on_opened(record.code)  # selects the new session (which clears this panel's old messages)
        self.message.value = html.escape(say(self.lang, "t_follow_up_done", code=record.code,
                                               people=len(plan.sets)))

