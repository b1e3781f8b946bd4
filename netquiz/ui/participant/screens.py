"""Widget builders for the participant quiz: pure functions of data, UI text and callbacks.

Nothing here grades or stores anything: :mod:`netquiz.ui.participant.quiz_view` calls the session and passes
the results in. Every piece of text that goes into an ``HTML`` widget is escaped with :func:`esc`;
Button descriptions are rendered as plain text by ipywidgets.

The question screen itself is :class:`netquiz.ui.participant.question_card.QuestionCard` (one widget updated in
place); the builders here serve the join form, the summary, the feedback text and the live mode.

Security rule: option buttons built without a ``result`` carry nothing that tells which option is
right. They differ only in their description (and ``netquiz-selected`` on the one the participant
clicked).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

import ipywidgets as w
from ipywidgets.widgets.widget_string import HTMLStyle

from ...texts import say
from ..assets import asset
from .feedback import feedback_html  # noqa: F401  (re-exported: the live reveal uses it)

if TYPE_CHECKING:
    from ...quiz.session import Result, Summary

W = TypeVar("W", bound=w.DOMWidget)
Action = Callable[[], None]


_SHARED: dict[str, w.Widget] = {}


def shared(key: str, factory: Callable[[], w.Widget]) -> w.Widget:
    """One layout/style model reused by every widget of its kind in this kernel (fewer models to send
    and close per screen); recreated if it was closed."""
    widget = _SHARED.get(key)
    if widget is None or getattr(widget, "comm", None) is None:
        widget = _SHARED[key] = factory()
    return widget


def full_width() -> w.Layout:
    """The shared full-width, wrap-friendly layout of buttons."""
    return shared("full", lambda: w.Layout(width="100%", height="auto"))


def plain() -> dict[str, w.Widget]:
    """Shared default layout and HTML style for text blocks and boxes."""
    return {"layout": shared("plain", w.Layout)}


def esc(value: object) -> str:
    """HTML-escape any value for an ``HTML`` widget (quotes too)."""
    return html.escape(str(value), quote=True)


def classed(widget: W, *classes: str) -> W:
    """Add CSS classes (the ``netquiz-*`` hooks) to a widget and return it."""
    for name in classes:
        widget.add_class(name)
    return widget


def on_click(button: w.Button, action: Action) -> w.Button:
    """Register ``action`` (no arguments) as the button's click handler."""
    button.on_click(lambda _button: action())
    return button


def quiz_css() -> str:
    """The quiz stylesheet (package data ``netquiz/ui/quiz.css``)."""
    return asset("netquiz.ui.participant", "quiz.css")


def style_widget() -> w.HTML:
    """An HTML widget that injects the quiz stylesheet (Voilà renders ``<style>`` in widget HTML)."""
    return w.HTML(f"<style>{quiz_css()}</style>")


def html_block(content: str, *classes: str) -> w.HTML:
    """An HTML widget with already-escaped ``content``."""
    return classed(w.HTML(content, style=shared("html", HTMLStyle), **plain()), *classes)


def action_button(label: str, hook: str, action: Action, disabled: bool = False) -> w.Button:
    """A full-width button with a ``netquiz-*`` hook class."""
    button = w.Button(description=label, disabled=disabled, layout=full_width(),
                      style=shared("button", w.ButtonStyle))
    return on_click(classed(button, hook), action)


def join_screen(lang: str, name_box: w.Text, code_box: w.Text, on_start: Action | w.Button,
                pin_box: w.Text | None = None) -> w.VBox:
    """The join form: intro, name and code fields (kept across renders), the resume-PIN field when the
    name is taken (``pin_box``), start button (``on_start``: a callback, or a button kept across renders so
    that a tap while the screen is redrawn is not lost)."""
    name_box.description, name_box.placeholder = say(lang, "name_label"), say(lang, "name_placeholder")
    code_box.description, code_box.placeholder = say(lang, "code_label"), say(lang, "code_placeholder")
    fields: list[w.Widget] = [name_box, code_box]
    if pin_box is not None:
        pin_box.description, pin_box.placeholder = say(lang, "pin_label"), say(lang, "pin_placeholder")
        fields.append(pin_box)
    intro = html_block(f"<p>{esc(say(lang, 'join_intro'))}</p>")
    if isinstance(on_start, w.Button):
        start, start.description = on_start, say(lang, "start")
    else:
        start = action_button(say(lang, "start"), "netquiz-start", on_start)
    return classed(w.VBox([intro, *fields, start]), "netquiz-join")


LETTERS = "ABCDEFGH"


def option_buttons(options: Sequence[str], selected: int | None, answered: Result | None,
                   on_option: Callable[[int], None], lettered: bool = False) -> list[w.Button]:
    """One identical button per option (``lettered``: "A. …" as on the projector); after an answer they are
    disabled and the right one marked."""
    buttons = []
    for index, option in enumerate(options):
        label = f"{LETTERS[index]}. {option}" if lettered and index < len(LETTERS) else option
        button = classed(w.Button(description=label, layout=full_width(),
                                  style=shared("button", w.ButtonStyle)), "netquiz-option")
        if index == selected:
            button.add_class("netquiz-selected")
        if answered is not None:
            button.disabled = True
            if index == answered.answer:
                button.add_class("netquiz-right-answer")
        buttons.append(on_click(button, _bind(on_option, index)))
    return buttons


def _bind(on_option: Callable[[int], None], index: int) -> Action:
    return lambda: on_option(index)


def mastery_table(lang: str, summary: Summary) -> str:
    """Per-section mastery as an HTML table (titles escaped)."""
    rows = "".join(
        f"<tr><td>{esc(s.title)}</td>"
        f'<td class="netquiz-num">{esc(say(lang, "mastery_row", correct=s.correct, total=s.total))}</td>'
        f'<td class="netquiz-num">{round(100 * s.fraction)}%</td></tr>'
        for s in summary.sections)
    return f"<h3>{esc(say(lang, 'mastery_heading'))}</h3><table>{rows}</table>"


def summary_screen(lang: str, name: str, summary: Summary, on_retry: Action,
                   nothing_to_retry: bool = False) -> w.VBox:
    """Score, per-section mastery, sections to re-read and a retry button for missed questions."""
    score = say(lang, "summary_score", score=summary.score, total=summary.total)
    head = (f"<h2>{esc(say(lang, 'summary_title', name=name))}</h2>"
            f'<div class="netquiz-big">{esc(score)}</div>')
    if summary.reread:
        items = "".join(f"<li>{esc(title)}</li>" for title in summary.reread)
        reread = f"<h3>{esc(say(lang, 'reread_heading'))}</h3><ul class=\"netquiz-reread\">{items}</ul>"
    else:
        reread = f"<p>{esc(say(lang, 'reread_none'))}</p>"
    children: list[w.DOMWidget] = [html_block(head + mastery_table(lang, summary) + reread)]
    if nothing_to_retry:
        children.append(html_block(f"<p>{esc(say(lang, 'retry_none'))}</p>", "netquiz-notice"))
    elif summary.score < summary.total:
        children.append(action_button(say(lang, "retry"), "netquiz-retry", on_retry))
    return classed(w.VBox(children), "netquiz-summary")


def close_tree(widget: w.Widget, keep: Sequence[w.Widget] = ()) -> None:
    """Close a widget, its children and their layout/style models (frees their comms), except ``keep``."""
    if any(widget is kept for kept in keep):
        return
    for child in getattr(widget, "children", ()):
        close_tree(child, keep)
    for attr in ("layout", "style"):
        part = getattr(widget, attr, None)
        if isinstance(part, w.Widget) and not any(part is kept for kept in _SHARED.values()):
            part.close()
    widget.close()
