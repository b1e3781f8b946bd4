"""Moodle XML: a ``<quiz>`` with a category question per section and a multichoice per question.

Built with :mod:`xml.etree.ElementTree`, so the document is always well-formed. Text fields use
``format="html"``: the bank's plain text is HTML-escaped and newlines become ``<br>``, so Moodle
shows exactly the bank's text. Characters XML 1.0 cannot carry (most C0 controls) are dropped.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from ..kinds import kind_of
from ..model import Bank, Question

CATEGORY_ROOT = "netquiz"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_html(text: str) -> str:
    """Plain text as an HTML fragment: escaped, newlines as ``<br>``, XML-illegal characters dropped."""
    text = _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return html.escape(text, quote=False).replace("\n", "<br>")


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    """Add ``<tag format=…><text>value</text></tag>`` to ``parent``."""
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    return element


def _simple(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, tag).text = value


def category_element(title: str) -> ET.Element:
    """A ``type="category"`` pseudo-question that files what follows under ``netquiz/<title>``."""
    name = " ".join(_XML_ILLEGAL.sub("", title).split()).replace("/", "//")
    element = ET.Element("question", {"type": "category"})
    _text(element, "category", f"{CATEGORY_ROOT}/{name}", fmt=None)
    _text(element, "info", "")
    return element


def question_element(question: Question) -> ET.Element:
    """One ``type="multichoice"`` question: single answer, shuffled, lettered (its kind's right option 100 %)."""
    element = ET.Element("question", {"type": "multichoice"})
    _text(element, "name", _XML_ILLEGAL.sub("", question.id), fmt=None)
    _text(element, "questiontext", to_html(question.stem))
    _text(element, "generalfeedback", to_html(question.explanation))
    _simple(element, "defaultgrade", "1")
    _simple(element, "penalty", "0.3333333")
    _simple(element, "hidden", "0")
    _simple(element, "single", "true")
    _simple(element, "shuffleanswers", "true")
    _simple(element, "answernumbering", "abc")
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(element, tag, "")
    marks = kind_of(question.kind).marks(question)
    for index, (option, feedback) in enumerate(zip(question.options, question.feedback, strict=True)):
        fraction = "100" if marks[index] else "0"
        answer = ET.SubElement(element, "answer", {"fraction": fraction, "format": "html"})
        _simple(answer, "text", to_html(option))
        _text(answer, "feedback", to_html(feedback))
    return element


def export_moodle_xml(bank: Bank) -> str:
    """The whole bank as a Moodle XML document (UTF-8 declaration, indented)."""
    quiz = ET.Element("quiz")
    for title, questions in bank.by_section():
        quiz.append(category_element(title))
        quiz.extend(question_element(question) for question in questions)
    ET.indent(quiz, space="  ")
    body = ET.tostring(quiz, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
