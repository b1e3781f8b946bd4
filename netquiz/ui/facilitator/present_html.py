"""Pure HTML of the Present view (projector): question, options, clock, answer count, split, leaderboard.

Every text from the bank or from participants is escaped. The key, explanation and source appear only in
:func:`split_html`, which the view calls after the reveal.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ...model import Bank, Question
from ...texts import say
from ..participant.feedback import why_words

LETTERS = "ABCDEFGH"


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def waiting_html(lang: str, url: str, code: str, people: int, questions: int) -> str:
    """Before the first question: how to join, and how many have."""
    return (f"<div class='netquiz-present-join'>{esc(say(lang, 'p_waiting', url=url, code=code))}</div>"
            f"<div class='netquiz-present-big'>{esc(code)}</div>"
            f"<div class='netquiz-present-meta'>{esc(say(lang, 'p_joined', count=people))} · "
            f"{esc(say(lang, 'p_ready', count=questions))}</div>")


def question_html(lang: str, bank: Bank, question: Question, number: int, total: int,
                  options: bool = True) -> str:
    """The question on the projector with lettered options (bank order, as on the phones); no key. After the
    reveal ``options=False``: the split lists them instead."""
    head = say(lang, "p_question_of", number=number, total=total)  # no section: it can be the key
    items = "".join(f"<li><span class='netquiz-present-letter'>{LETTERS[i]}</span> {esc(option)}</li>"
                    for i, option in enumerate(question.options))
    listed = f"<ol class='netquiz-present-options'>{items}</ol>" if options else ""
    return (f"<div class='netquiz-present-meta'>{esc(head)}</div>"
            f"<div class='netquiz-present-stem'>{esc(question.stem)}</div>{listed}")


def clock_html(lang: str, seconds: int | None, is_open: bool) -> str:
    """The countdown: seconds left, 'no time limit' (clock stopped) or 'time is up'."""
    if not is_open:
        return ""
    if seconds is None:
        return f"<span class='netquiz-present-clock'>{esc(say(lang, 'p_no_limit'))}</span>"
    if seconds <= 0:
        return f"<span class='netquiz-present-clock netquiz-present-late'>{esc(say(lang, 'p_time_up'))}</span>"
    return f"<span class='netquiz-present-clock'>{esc(say(lang, 'p_seconds_left', seconds=seconds))}</span>"


def count_html(lang: str, count: int, people: int) -> str:
    """How many answered so far."""
    return f"<span>{esc(say(lang, 'p_answers', count=count, people=people))}</span>"


def split_html(lang: str, question: Question, split: Sequence[int], section: str) -> str:
    """After the reveal: one bar per option (the key green), then the explanation and the source."""
    total = max(1, sum(split))
    rows = []
    for i, (option, count) in enumerate(zip(question.options, split, strict=False)):
        css = "netquiz-present-right" if i == question.answer else "netquiz-present-wrong"
        width = 100 * count / total
        rows.append(f"<div class='netquiz-present-row {css}'><span class='netquiz-present-letter'>{LETTERS[i]}</span>"
                    f"<span class='netquiz-present-option'>{esc(option)}</span>"
                    f"<span class='netquiz-present-bar'><span style='width:{width:.0f}%'></span></span>"
                    f"<span class='netquiz-present-n'>{count}</span></div>")
    # the right option is the green row above: the key line names its letter only, and the article's sentence
    # is quoted once (in its own line), so question, split and explanation fit a 1280×720 projector
    parts = ["".join(rows), f"<p><b>{esc(say(lang, 'p_key'))}:</b> {esc(LETTERS[question.answer])}</p>"]
    why = why_words(question.explanation, question.source) if question.explanation else ""
    if why:
        parts.append(f"<p><b>{esc(say(lang, 'p_why'))}:</b> {esc(why)}</p>")
    if question.source:
        parts.append(f"<p class='netquiz-present-quote'><b>{esc(say(lang, 'p_source'))} ({esc(section)}):</b> "
                     f"{esc(question.source)}</p>")
    return "".join(parts)


def leaderboard_html(lang: str, rows: Sequence[tuple[str, int]], finished: bool = False) -> str:
    """The short leaderboard (names escaped)."""
    items = "".join(f"<li><span>{esc(name)}</span> <b>{esc(say(lang, 'p_points', score=score))}</b></li>"
                    for name, score in rows)
    end = f"<div class='netquiz-present-stem'>{esc(say(lang, 'p_finished'))}</div>" if finished else ""
    return (f"{end}<div class='netquiz-present-meta'>{esc(say(lang, 'p_leaderboard'))}</div>"
            f"<ol class='netquiz-present-board'>{items}</ol>")
