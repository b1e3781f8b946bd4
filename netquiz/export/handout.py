"""Printable handouts of a bank (pure): a question sheet for a paper round and its answer key.

The sheet carries no key anywhere in the file: options are identical elements that differ only in their
text, in an order shuffled per question (so the bank's answer position tells nothing), questions in a
shuffled order under no section heading (a heading would answer "which section says this?"), with no
explanation, feedback, source sentence (unless the stem quotes it), id, comment or per-option style.
The key uses the same numbers and letters::

    sheet = handout_html(bank, key=False, lang="hi")
    key = handout_html(bank, key=True, lang="hi")
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Bank, Question
from ..texts import say
from .print_page import esc, page

LETTERS = "ABCDEFGH"
SHEET_CSS = """
.nq-options { list-style: none; margin: .15rem 0 0 1.2rem; padding: 0; }
.nq-options li { margin: .1rem 0; }
.nq-box { display: inline-block; width: .8em; height: .8em; border: 1px solid #333; margin-right: .4em;
  vertical-align: -.05em; }
"""


@dataclass(frozen=True)
class HandoutItem:
    """One question as printed: its number, the option order (bank indexes) and the key's letter."""

    number: int
    question: Question
    order: tuple[int, ...]

    @property
    def options(self) -> tuple[str, ...]:
        return tuple(self.question.options[i] for i in self.order)

    @property
    def letter(self) -> str:
        """The key: the letter under which the right option is printed."""
        return LETTERS[self.order.index(self.question.answer)]


def _rng(bank: Bank, salt: str) -> random.Random:
    return random.Random(hashlib.sha256(f"{bank.article.sha256}\0{salt}".encode()).digest())


def handout_items(bank: Bank) -> list[HandoutItem]:
    """Every question, numbered in a shuffled order (sections mixed, so where a question stands says
    nothing about which section it asks for), options in the order the question's kind gives with a
    generator of its own (choice kinds shuffled, true/false kept natural, as on a phone); seeded by the
    article's hash and the question ids, so sheet and key always agree."""
    questions = list(bank.questions)
    _rng(bank, "order").shuffle(questions)
    items = []
    for number, question in enumerate(questions, start=1):
        order = kind_of(question.kind).option_order(question, _rng(bank, question.id))
        items.append(HandoutItem(number, question, order))
    return items


def handout_html(bank: Bank, key: bool = False, lang: str | None = None) -> str:
    """The question sheet (``key=False``) or the answer key as one printable HTML document."""
    lang = lang or bank.article.lang
    heading = say(lang, "key_title" if key else "sheet_title")
    title = f"{heading}: {bank.article.title}" if bank.article.title else heading
    parts = [f"<h1>{esc(title)}</h1>",
             f'<p class="nq-meta">{esc(say(lang, "questions_count", count=len(bank.questions)))} · '
             f'{esc(say(lang, "key_intro" if key else "sheet_intro"))}</p>']
    if not key:
        parts.append(f"<p>{esc(say(lang, 'name_line'))}</p>")
    for item in handout_items(bank):  # no section headings: they would tell attribution answers
        parts.append(_key_item(bank, item, lang) if key else _sheet_item(item))
    return page(title, lang, "\n".join(parts), SHEET_CSS)


def _sheet_item(item: HandoutItem) -> str:
    options = "".join(f'<li><span class="nq-box"></span>{LETTERS[i]}. {esc(option)}</li>'
                      for i, option in enumerate(item.options))
    return (f'<div class="nq-item"><p><b>{item.number}.</b> {esc(item.question.stem)}</p>'
            f'<ol class="nq-options">{options}</ol></div>')


def _key_item(bank: Bank, item: HandoutItem, lang: str) -> str:
    question = item.question
    right = question.options[question.answer]
    parts = [f"<p><b>{item.number}.</b> {esc(question.stem)}</p>",
             f"<p><b>{esc(say(lang, 'right_answer'))} {item.letter}.</b> {esc(right)}</p>"]
    if question.explanation:
        parts.append(f"<p><b>{esc(say(lang, 'why'))}</b> {esc(question.explanation)}</p>")
    if question.source:
        label = say(lang, "source", section=bank.section_title(question.section))
        parts.append(f'<p class="nq-quote"><b>{esc(label)}</b> {esc(question.source)}</p>')
    return f'<div class="nq-item">{"".join(parts)}</div>'
