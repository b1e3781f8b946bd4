"""Handouts: the question sheet carries no key anywhere; the answer key matches the bank (and the sheet)."""

from __future__ import annotations

import collections
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT

from netquiz.bank import load_bank
from netquiz.cli import main
from netquiz.export.handout import LETTERS, handout_html
from netquiz.export.print_page import esc

SEED_BANK = ROOT / "data" / "banks" / "networking.hi.json"


class Items(HTMLParser):
    """Reads numbered questions back: per item its stem paragraph text, each option's text and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[dict] = []
        self.paragraphs: list[str] = []
        self._in_li = self._in_p = False
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "div" and ("class", "nq-item") in attrs:
            self.items.append({"options": [], "option_attrs": [], "paras": []})
        elif tag == "li" and self.items:
            self._in_li = True
            self.items[-1]["options"].append("")
            self.items[-1]["option_attrs"].append(tuple(attrs))
        elif tag == "p" and self.items:
            self._in_p = True
            self.items[-1]["paras"].append("")

    def handle_endtag(self, tag):
        self._in_li = False if tag == "li" else self._in_li
        self._in_p = False if tag == "p" else self._in_p

    def handle_data(self, data):
        if self._in_li:
            self.items[-1]["options"][-1] += data
        elif self._in_p:
            self.items[-1]["paras"][-1] += data

    def handle_comment(self, data):
        self.comments.append(data)


def parse(document: str) -> Items:
    reader = Items()
    reader.feed(document)
    return reader


@pytest.fixture(scope="module")
def seed_bank():
    return load_bank(SEED_BANK)


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_sheet_has_no_key_anywhere(seed_bank, lang):
    sheet = handout_html(seed_bank, key=False, lang=lang)
    items = parse(sheet)
    assert len(items.items) == len(seed_bank.questions)
    assert not items.comments and "<!--" not in sheet
    outside = sheet  # the file without stems and options: nothing there may name an answer
    for question in seed_bank.questions:
        outside = outside.replace(esc(question.stem), "")
        for option in question.options:
            outside = outside.replace(esc(option), "")
    for question in seed_bank.questions:  # no explanation, feedback, source sentence, id or section title
        for secret in (question.explanation, question.source, *question.feedback, question.id,
                       seed_bank.section_title(question.section)):
            assert not secret or esc(secret) not in outside, secret
    assert "answer" not in sheet.lower()
    by_stem = {q.stem: q for q in seed_bank.questions}
    for item in items.items:
        question = by_stem[item["paras"][0].split(". ", 1)[1]]
        assert sorted(o.split(". ", 1)[1] for o in item["options"]) == sorted(question.options)
        assert len(set(item["option_attrs"])) == 1  # options differ only in their text
    css = re.search(r"<style>(.*?)</style>", sheet, re.S).group(1)
    assert not re.search(r"nth-|:first|:last|\[data", css)


def test_sheet_option_order_tells_nothing(seed_bank):
    """The key's letter is spread over the positions, not where the bank happens to put it."""
    items = parse(handout_html(seed_bank))
    positions = collections.Counter()
    by_stem = {q.stem: q for q in seed_bank.questions}
    for item in items.items:
        question = by_stem[item["paras"][0].split(". ", 1)[1]]
        if question.kind != "true_false":
            texts = [o.split(". ", 1)[1] for o in item["options"]]
            positions[texts.index(question.options[question.answer])] += 1
    assert max(positions.values()) <= 0.5 * sum(positions.values()), positions


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_key_matches_bank_and_sheet(seed_bank, lang):
    sheet, key = parse(handout_html(seed_bank, lang=lang)), parse(handout_html(seed_bank, key=True, lang=lang))
    assert len(key.items) == len(seed_bank.questions)
    by_stem = {q.stem: q for q in seed_bank.questions}
    seen = set()
    for number, (sheet_item, key_item) in enumerate(zip(sheet.items, key.items, strict=True), start=1):
        question = by_stem[key_item["paras"][0].split(". ", 1)[1]]
        seen.add(question.id)
        assert key_item["paras"][0] == f"{number}. {question.stem}" == sheet_item["paras"][0]
        letter, right = re.match(r".*?([A-H])\. (.*)", key_item["paras"][1], re.S).groups()
        assert right == question.options[question.answer]
        assert sheet_item["options"][LETTERS.index(letter)] == f"{letter}. {right}"
        body = " ".join(key_item["paras"])
        assert question.explanation in body and question.source in body
    assert seen == {q.id for q in seed_bank.questions}


def test_cli_writes_sheet_and_key(tmp_path: Path, capsys):
    sheet, key = tmp_path / "sheet.html", tmp_path / "key.html"
    assert main(["handout", str(SEED_BANK), "-o", str(sheet)]) == 0
    assert main(["handout", str(SEED_BANK), "--key", "--lang", "en", "-o", str(key)]) == 0
    assert 'lang="hi"' in sheet.read_text(encoding="utf-8") and "Answer key" in key.read_text(encoding="utf-8")
    assert f"{len(load_bank(SEED_BANK).questions)} questions" in capsys.readouterr().out


def test_cli_bad_bank_is_one_line_and_no_file(tmp_path: Path, capsys):
    bad, out = tmp_path / "bad.json", tmp_path / "sheet.html"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["handout", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not out.exists()


def test_pdf_next_to_the_html_embeds_a_devanagari_font(tmp_path: Path, capsys):
    """WeasyPrint (optional at run time, in the test extra) shapes Devanagari through HarfBuzz."""
    pytest.importorskip("weasyprint")
    import zlib

    sheet = tmp_path / "sheet.html"
    assert main(["handout", str(SEED_BANK), "-o", str(sheet), "--pdf"]) == 0
    pdf = sheet.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and sheet.is_file()
    streams = b"".join(_inflate(m.group(1), zlib) for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S))
    assert re.search(rb"/FontName\s*/\w+\+(Lohit-Devanagari|NotoSansDevanagari)", pdf + streams)


def _inflate(data: bytes, zlib) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return b""
