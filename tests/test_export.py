"""Exports (netquiz.export): each format read back by an independent reader and compared with the bank."""

from __future__ import annotations

import html
import importlib.resources
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from io import StringIO
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

from netquiz.bank import validate_bank
from netquiz.errors import ExportError
from netquiz.export import FORMATS, export_bank
from netquiz.model import Article, Bank, Question, Section

# --- a bank whose text contains everything the formats treat specially -------------------------------

NASTY_SOURCE = "Source sentence with ~ = # { } : \\ and \"quotes\", commas."
NASTY_TITLE = "खंड / a:b \\ c {x} ~y"


def make_nasty_bank() -> Bank:
    """A valid bank whose text holds GIFT, HTML, XML, CSV, MathJax and Markdown specials."""
    article = Article(title=None, lang="en", sha256="0" * 64, sections=(
        Section(id="s0", title=None, text="Intro sentence: {a} = b."),
        Section(id="s1", title=NASTY_TITLE, text=NASTY_SOURCE + " Another sentence."),
    ))
    q1 = Question(
        id="s1-cloze-1", section="s1", kind="cloze",
        stem="::Stem:: ~ = # { } : \\ end\nsecond line ####y [html]z\n// not a comment $x$ <b>&amp;</b>",
        options=("[html]=right~ {1} #a", "%50% wrong = ~b", "\\n literal backslash-n and \\\\ two",
                 "quoted \"x\", comma; [link](http://e.org) <http://e.org>"),
        answer=0,
        feedback=("fb # one\nline2 {}", "fb=two~", "", "fb [plain] four ####"),
        explanation="why: {because} ~ = # \\ \n next line $5 & <i>\n\nafter a blank line",
        source=NASTY_SOURCE,
    )
    q2 = Question(
        id="s0::true_false{1}", section="s0", kind="true_false", stem="True or false: {a} = b?",
        options=("True", "False :: #"), answer=1, feedback=("No = wrong.", "Yes: {right}."),
        explanation="\\", source="Intro sentence: {a} = b.",
    )
    bank = Bank(article=article, questions=(q2, q1))
    validate_bank(bank)
    return bank


@pytest.fixture(params=["small", "nasty"])
def any_bank(request: pytest.FixtureRequest, small_bank: Bank) -> Bank:
    """The hand-made Hindi bank and the bank full of special characters."""
    return small_bank if request.param == "small" else make_nasty_bank()


# --- a small GIFT reader, written from the GIFT rules (not from the exporter) ---------------------------

def gift_tokens(text: str) -> list[tuple[str, bool]]:
    """(character, escaped) pairs: ``\\x`` for x in ``\\~=#{}:`` is literal x, ``\\n`` a newline."""
    tokens, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in "\\~=#{}:n":
            tokens.append(("\n" if text[i + 1] == "n" else text[i + 1], True))
            i += 2
        else:
            tokens.append((text[i], False))
            i += 1
    return tokens


def find(tokens: list[tuple[str, bool]], marker: str, start: int = 0) -> int:
    """Index of the first unescaped occurrence of ``marker`` at or after ``start`` (-1 if none)."""
    for i in range(start, len(tokens) - len(marker) + 1):
        if all(tokens[i + k] == (marker[k], False) for k in range(len(marker))):
            return i
    return -1


def rfind(tokens: list[tuple[str, bool]], marker: str) -> int:
    hits = [i for i in range(len(tokens)) if find(tokens, marker, i) == i]
    return hits[-1] if hits else -1


FORMAT_MARKER = re.compile(r"^\[(moodle|html|plain|markdown)\]")
WEIGHT = re.compile(r"^%-*[0-9]{1,2}\.?[0-9]*%")


def text_of(tokens: list[tuple[str, bool]]) -> str:
    """Moodle's reading of a field: joined, trimmed, a leading ``[format]`` marker removed."""
    text = "".join(c for c, _ in tokens).strip()
    return FORMAT_MARKER.sub("", text, count=1).strip()


def parse_gift_question(block: str) -> dict:
    tokens = gift_tokens(block)
    assert find(tokens, "::") == 0, block
    name_end = find(tokens, "::", 2)
    rest = tokens[name_end + 2:]
    open_, close = find(rest, "{"), find(rest, "}")
    assert 0 < open_ < close and not "".join(c for c, _ in rest[close + 1:]).strip(), block
    stem_raw = "".join(c for c, _ in rest[:open_]).strip()
    assert stem_raw.startswith("[plain]"), "the stem is marked as plain text (Moodle shows it as written)"
    body = rest[open_ + 1:close]
    general = ""
    if (at := rfind(body, "####")) >= 0:
        general, body = text_of(body[at + 4:]), body[:at]
    marks = [i for i, tok in enumerate(body) if tok in (("=", False), ("~", False))]
    assert not "".join(c for c, _ in body[:marks[0]]).strip()
    options, feedback, right = [], [], []
    for n, (start, end) in enumerate(zip(marks, marks[1:] + [len(body)], strict=True)):
        answer = body[start + 1:end]
        while answer and answer[0][0].isspace():
            answer = answer[1:]
        if body[start][0] == "~" and WEIGHT.match("".join(c for c, _ in answer)):
            return {"error": "an option was read as a %weight%"}
        hash_at = find(answer, "#")
        options.append(text_of(answer if hash_at < 0 else answer[:hash_at]))
        feedback.append("" if hash_at < 0 else text_of(answer[hash_at + 1:]))
        if body[start][0] == "=":
            right.append(n)
    return {"name": text_of(tokens[2:name_end]), "stem": text_of(rest[:open_]), "options": options,
            "feedback": feedback, "right": right, "general": general}


def parse_gift(text: str) -> list[tuple[str, object]]:
    """``("category", [path parts])`` and ``("question", dict)`` items in file order."""
    items: list[tuple[str, object]] = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        lines = [line.strip() for line in block.split("\n") if not line.strip().startswith("//")]
        joined = "\n".join(lines)
        if joined.startswith("$CATEGORY:"):
            path = joined[len("$CATEGORY:"):].strip().replace("\\\\", "\\")
            items.append(("category", [p.replace("//", "/") for p in re.split(r"(?<!/)/(?!/)", path)]))
        else:
            items.append(("question", parse_gift_question(joined)))
    return items


def test_gift_round_trips(any_bank: Bank) -> None:
    items = parse_gift(export_bank(any_bank, "gift"))
    questions = [item for kind, item in items if kind == "question"]
    assert len(questions) == len(any_bank.questions)
    for q, got in zip(any_bank.questions, questions, strict=True):
        assert got == {"name": q.id, "stem": q.stem, "options": list(q.options),
                       "feedback": list(q.feedback), "right": [q.answer], "general": q.explanation}


def test_gift_files_each_question_under_its_section_category(any_bank: Bank) -> None:
    category = None
    seen = []
    for kind, item in parse_gift(export_bank(any_bank, "gift")):
        if kind == "category":
            category = item
        else:
            seen.append((item["name"], category))
    assert seen == [(q.id, ["netquiz", any_bank.section_title(q.section)]) for q in any_bank.questions]


def test_gift_keeps_each_question_on_lines_that_are_not_comments_or_blank() -> None:
    text = export_bank(make_nasty_bank(), "gift")
    blocks = text.strip().split("\n\n")
    assert len(blocks) == 2 * 2  # a category and a question for each of the two sections
    assert not any(line.lstrip().startswith("//") for line in text.splitlines())


# --- Moodle XML ----------------------------------------------------------------------------------------

def html_text(element: ET.Element | None) -> str:
    """Plain text of an html-format ``<text>``: ``<br>`` is a newline, entities decoded."""
    assert element is not None
    assert "\n" not in (element.text or ""), "HTML collapses a raw newline: it must be <br>"
    return html.unescape((element.text or "").replace("<br>", "\n"))


def test_moodle_xml_round_trips(any_bank: Bank) -> None:
    text = export_bank(any_bank, "moodle-xml")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "quiz"
    multichoice = root.findall("question[@type='multichoice']")
    assert len(multichoice) == len(any_bank.questions)
    for q, element in zip(any_bank.questions, multichoice, strict=True):
        assert element.findtext("name/text") == q.id
        assert element.find("questiontext").get("format") == "html"
        assert html_text(element.find("questiontext/text")) == q.stem
        assert html_text(element.find("generalfeedback/text")) == q.explanation
        assert element.findtext("single") == "true"
        answers = element.findall("answer")
        assert [html_text(a.find("text")) for a in answers] == list(q.options)
        assert [a.get("fraction") for a in answers].count("100") == 1
        assert answers[q.answer].get("fraction") == "100"
        assert all(a.get("fraction") == "0" for i, a in enumerate(answers) if i != q.answer)
        assert all(a.find("feedback/text") is not None for a in answers)
        assert [html_text(a.find("feedback/text")) for a in answers] == list(q.feedback)


def test_moodle_xml_puts_a_category_before_each_section(any_bank: Bank) -> None:
    root = ET.fromstring(export_bank(any_bank, "moodle-xml").encode("utf-8"))
    category, seen = None, []
    for element in root.findall("question"):
        if element.get("type") == "category":
            path = element.findtext("category/text")
            category = [p.replace("//", "/") for p in re.split(r"(?<!/)/(?!/)", path)]
        else:
            seen.append((element.findtext("name/text"), category))
    assert seen == [(q.id, ["netquiz", any_bank.section_title(q.section)]) for q in any_bank.questions]


def test_moodle_xml_stays_well_formed_with_control_characters(small_bank: Bank) -> None:
    q = small_bank.questions[0]
    bad = Question(**{**q.__dict__, "stem": "bell\x07 and\x00 null", "options": ("a\x1b", "b", "c")})
    bank = Bank(article=small_bank.article, questions=(bad,))
    root = ET.fromstring(export_bank(bank, "moodle-xml").encode("utf-8"))
    element = root.find("question[@type='multichoice']")
    assert html_text(element.find("questiontext/text")) == "bell and null"
    assert [html_text(a.find("text")) for a in element.findall("answer")] == ["a", "b", "c"]


# --- jupyterquiz -----------------------------------------------------------------------------------------

def test_jupyterquiz_round_trips(any_bank: Bank) -> None:
    entries = json.loads(export_bank(any_bank, "jupyterquiz"))
    assert len(entries) == len(any_bank.questions)
    for q, entry in zip(any_bank.questions, entries, strict=True):
        assert html_text(_el(entry["question"])) == q.stem
        answers = entry["answers"]
        assert [html_text(_el(a["answer"])) for a in answers] == list(q.options)
        assert [a["correct"] for a in answers] == [i == q.answer for i in range(len(q.options))]
        for i, a in enumerate(answers):
            expected = "\n".join(p for p in (q.feedback[i], q.explanation) if p) if i == q.answer \
                else q.feedback[i]
            assert html_text(_el(a["feedback"])) == expected


def _el(text: str) -> ET.Element:
    element = ET.Element("text")
    element.text = text
    return element


def test_jupyterquiz_type_is_one_jupyterquiz_draws(small_bank: Bank) -> None:
    js = "".join(f.read_text(encoding="utf-8")
                 for f in importlib.resources.files("jupyterquiz").joinpath("js").iterdir()
                 if f.name.endswith(".js"))
    types = {entry["type"] for entry in json.loads(export_bank(small_bank, "jupyterquiz"))}
    assert types and all(f"Question.register('{t}'" in js for t in types)


def test_jupyterquiz_text_has_no_markup_mathjax_or_links() -> None:
    entries = json.loads(export_bank(make_nasty_bank(), "jupyterquiz"))
    strings = [e["question"] for e in entries] + [v for e in entries for a in e["answers"]
                                                  for v in (a["answer"], a["feedback"])]
    for s in strings:
        assert "$" not in s and "[" not in s and "<" not in s.replace("<br>", "") and "\n" not in s


def test_jupyterquiz_file_is_ascii_so_any_platform_can_open_it(small_bank: Bank) -> None:
    text = export_bank(small_bank, "jupyterquiz")
    assert text.isascii()


@pytest.mark.slow
def test_jupyterquiz_renders_in_a_notebook(tmp_path: Path, small_bank: Bank) -> None:
    (tmp_path / "quiz.json").write_text(export_bank(small_bank, "jupyterquiz"), encoding="utf-8")
    notebook = nbformat.v4.new_notebook()
    source = 'from jupyterquiz import display_quiz\ndisplay_quiz("quiz.json")'
    notebook.cells = [nbformat.v4.new_code_cell(source)]
    client = NotebookClient(notebook, kernel_name="python3", timeout=120,
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = notebook.cells[0].outputs
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o.data for o in outputs if o.output_type == "display_data"]
    script = "".join(d.get("application/javascript", "") for d in shown)
    page = "".join(d.get("text/html", "") for d in shown)
    assert "show_questions(" in script and "<div id=" in page
    for entry in json.loads((tmp_path / "quiz.json").read_text(encoding="utf-8")):
        assert json.dumps(entry["question"]) in script
    first = json.loads((tmp_path / "quiz.json").read_text(encoding="utf-8"))[0]["question"]
    assert html_text(_el(first)) == small_bank.questions[0].stem


# --- CSV ---------------------------------------------------------------------------------------------------

def read_csv_export(bank: Bank, tmp_path: Path) -> tuple[bytes, pd.DataFrame]:
    path = tmp_path / "bank.csv"
    path.write_text(export_bank(bank, "csv"), encoding="utf-8")
    raw = path.read_bytes()
    return raw, pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_csv_round_trips(any_bank: Bank, tmp_path: Path) -> None:
    raw, frame = read_csv_export(any_bank, tmp_path)
    assert raw.startswith(b"\xef\xbb\xbf")
    n = max(len(q.options) for q in any_bank.questions)
    assert list(frame.columns) == (["id", "section", "section_title", "kind", "stem"]
                                   + [f"option_{i}" for i in range(1, n + 1)] + ["answer", "answer_text"]
                                   + [f"feedback_{i}" for i in range(1, n + 1)] + ["explanation", "source"])
    assert len(frame) == len(any_bank.questions)
    for q, (_, row) in zip(any_bank.questions, frame.iterrows(), strict=True):
        assert (row["id"], row["section"], row["kind"], row["stem"]) == (q.id, q.section, q.kind, q.stem)
        assert row["section_title"] == any_bank.section_title(q.section)
        assert row["answer_text"] == q.options[q.answer]
        assert row[f"option_{row['answer']}"] == q.options[q.answer]
        padding = [""] * (n - len(q.options))
        assert [row[f"option_{i}"] for i in range(1, n + 1)] == list(q.options) + padding
        assert [row[f"feedback_{i}"] for i in range(1, n + 1)] == list(q.feedback) + padding
        assert (row["explanation"], row["source"]) == (q.explanation, q.source)


def test_csv_of_a_bank_without_questions_has_a_header(small_bank: Bank) -> None:
    text = export_bank(Bank(article=small_bank.article, questions=()), "csv")
    frame = pd.read_csv(StringIO(text.lstrip("\ufeff")))
    assert len(frame) == 0 and {"id", "stem", "answer", "answer_text"} <= set(frame.columns)


# --- the package -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["pdf", "GIFT", "", "moodle_xml"])
def test_unknown_format_is_an_export_error(small_bank: Bank, fmt: str) -> None:
    with pytest.raises(ExportError, match="gift, moodle-xml, jupyterquiz, csv"):
        export_bank(small_bank, fmt)


def test_every_format_produces_text_naming_every_question(small_bank: Bank) -> None:
    assert FORMATS == ("gift", "moodle-xml", "jupyterquiz", "csv")
    for fmt in FORMATS:
        text = export_bank(small_bank, fmt)
        assert isinstance(text, str) and text.endswith("\n")
    assert all(q.id in export_bank(small_bank, "gift") for q in small_bank.questions)


def test_importing_the_export_package_does_not_import_pandas() -> None:
    code = "import sys, netquiz.export; print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
