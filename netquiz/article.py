"""Parse an article (plain text or Markdown) into an intro and headed sections.

Sections are ``s0`` (the intro, no title) then ``s1``, ``s2``… . A heading is a short line that
does not end in sentence punctuation and is followed by text; or a Markdown heading; or a numbered
line; a question ("… क्यों ज़रूरी है?") counts as a heading too. A bold run-in heading ("**Lower costs.**
You spend less …") opens a section whose text is the rest of the line. A level-1 Markdown heading before
any other text is the article's title, and so is a plain first
line that looks like a heading when an intro paragraph follows it before the first section heading.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import ArticleError
from .language.registry import language
from .model import Article, Section
from .text import SENTENCE_END, is_devanagari, normalize, split_sentences

MAX_ARTICLE_BYTES = 1_000_000
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100
MAX_TITLE_WORDS = 18  # a first line "करियर ब्रेक के बाद वापसी : इंटरव्यू में गैप का सवाल कैसे संभालें?" is a title
MAX_TITLE_CHARS = 140
_MARKDOWN_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_RE = re.compile(r"^\(?([0-9\u0966-\u096F]{1,2}|[A-Za-z])[.)]\s+(.*)$")
_BULLET_RE = re.compile(r"^[-*•]\s+")
_LIST_NUMBER_RE = re.compile(r"^\(?[0-9\u0966-\u096F]{1,2}[.)]\s+(?=\S)")  # "3. फिर ड्रेनेज सेल …" in a body
_EMPHASIS_RE = re.compile(r"^(\*\*|__)(.*)\1$")
_RUN_IN_RE = re.compile(r"^(\*\*|__)(?P<title>[^*_]{2,100}?)[.:।]?\1[.:।]?\s+(?P<rest>\S.*)$")
_SENTENCE_RUN_IN_RE = re.compile(r"^(\*\*|__)[^*_]{2,100}?([.।!?])\1\s")
_INLINE_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")  # "… note. **Write a welcome note.** List …"


def read_article(path: str | Path, lang: str | None = None) -> Article:
    """Read and parse an article file; :class:`ArticleError` says what is wrong and what to do."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"article not found: {path} (give the path of a UTF-8 text file)")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"article too large: {path} is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,} "
            "(an article is a few pages of text: split it or trim it)"
        )
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise ArticleError(f"not a text file: {path} looks binary (give a UTF-8 text file)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"not UTF-8: {path} (byte {exc.start}); save the article as UTF-8 text"
        ) from None
    return parse_article(text, lang=lang, source=str(path))


def parse_article(text: str, lang: str | None = None, source: str = "article") -> Article:
    """Parse article text into an :class:`Article`; the text need not be normalised."""
    if lang is not None:
        language(lang)  # an unknown language is an error naming the known ones, never English rules
    text = normalize(text)
    if not text.strip():
        raise ArticleError(f"empty article: {source} has no text")
    title, blocks = _blocks(text.split("\n"))
    sections = _sections(blocks)
    if not any(s.sentences for s in sections):
        raise ArticleError(f"no usable sections in {source}: it needs paragraphs of sentences")
    detected = lang or ("hi" if is_devanagari(text) else "en")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(title=title, lang=detected, sha256=digest, sections=tuple(sections))


def _heading_text(line: str, next_line: str | None, words: int = MAX_HEADING_WORDS, chars: int = MAX_HEADING_CHARS
                  ) -> str | None:
    """Return the heading's title if ``line`` is a heading (of at most ``words`` words, ``chars`` characters),
    else None."""
    stripped = line.strip()
    markdown = _MARKDOWN_RE.match(stripped)
    if markdown:
        title = _clean_title(markdown.group(2))
        numbered = _NUMBERED_RE.match(title)
        return _clean_title(numbered.group(2)) if numbered else title
    if next_line is None or not stripped:
        return None
    numbered = _NUMBERED_RE.match(stripped)
    candidate = _clean_title(numbered.group(2) if numbered else stripped)
    inner = _NUMBERED_RE.match(candidate)  # "**1. पहले अपना goal साफ़ करें**": the number inside the bold
    candidate = _clean_title(inner.group(2)) if inner and stripped.startswith(("**", "__")) else candidate
    if _BULLET_RE.match(stripped) or not candidate:
        return None
    if candidate.endswith((",", ";", ":")) or (candidate[-1] in SENTENCE_END and not _is_question(candidate)):
        return None
    if stripped.endswith(":") and _BULLET_RE.match(next_line.strip()):
        return None  # "A few kinds of work worth making visible:" leads into its list
    if len(candidate) > chars or len(candidate.split()) > words:
        return None
    return candidate


def _is_question(candidate: str) -> bool:
    """A one-sentence question ("Why does it need discipline?"), which may stand as a heading."""
    return candidate.endswith("?") and not any(mark in candidate[:-1] for mark in SENTENCE_END)


def _run_in(line: str) -> tuple[str, str] | None:
    """(title, rest) of a line that opens with a bold run-in heading, else None."""
    match = _RUN_IN_RE.match(line.strip())
    if not match:
        return None
    title = match.group("title").strip()
    numbered = _NUMBERED_RE.match(title)  # "**1. Agree on the pay first.** …": the number is no part of the tip
    title = (numbered.group(2).strip() if numbered else title).rstrip(".।")
    return (title, match.group("rest").strip()) if len(title.split()) <= MAX_HEADING_WORDS else None


GENERIC_LABELS = {"tip", "tips", "pro tip", "bonus tip", "bonus", "example", "टिप", "सुझाव", "नोट", "उदाहरण",
                  *language("hi").lexicon.reminders}  # (the Hindi lexicon takes in the English one: "note", …)


def _label(title: str) -> bool:
    """True for a run-in label that names no section of its own ("Tip", "सुझाव", "A final tip")."""
    words = title.lower().strip(" :.।")
    for prefix in ("a ", "one ", "final ", "last "):
        words = words.removeprefix(prefix)
    return words in GENERIC_LABELS


def _clean_title(title: str) -> str:
    title = title.strip()
    emphasis = _EMPHASIS_RE.match(title)
    if emphasis:
        title = emphasis.group(2).strip()
    return title.rstrip(":").strip()


def _next_nonblank(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1:]:
        if line.strip():
            return line
    return None


def _blocks(lines: list[str]) -> tuple[str | None, list[tuple[str | None, list[str]]]]:
    """Group lines into (heading, paragraph lines) blocks; pull out a leading ``# title``."""
    title: str | None = None
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    seen_text = False
    under_heading = False  # the current block opened with a heading line, not with a bold run-in
    marked = sum(bool(_MARKDOWN_RE.match(line.strip())) for line in lines) >= 2  # an article with Markdown
    for index, line in enumerate(lines):  # headings marks every heading: a plain line in it is text
        if not line.strip():
            continue
        heading = _heading_text(line, _next_nonblank(lines, index))
        if heading is None and not seen_text and title is None:  # (a first line may be a longer title)
            long_title = _heading_text(line, _next_nonblank(lines, index), MAX_TITLE_WORDS, MAX_TITLE_CHARS)
            heading = long_title if long_title is not None and _is_title(lines, index) else None
        if heading is not None and marked and not _MARKDOWN_RE.match(line.strip()) and seen_text:
            heading = None
        if heading is not None and not seen_text and title is None and _is_title(lines, index):
            title = heading
            continue
        seen_text = True
        run_in = _run_in(line) if heading is None else None
        if run_in is not None and _label(run_in[0]) and blocks[-1][0] is not None:
            blocks[-1][1].append(run_in[1])  # "**Tip:** …" adds to the section it stands in
        elif run_in is not None and marked and blocks[-1][0] is not None and under_heading:
            ended = _SENTENCE_RUN_IN_RE.match(line.strip())  # ("**Fix your study slots.** Farzana chose …": a
            joint = f"{ended.group(2)} " if ended else ": "  # sentence of its own, no label before a colon)
            blocks[-1][1].append(f"{run_in[0]}{joint}{run_in[1]}")  # under a "## heading", "**घर के लिए:** …" is
            # an item of that section, not a section of its own
        elif run_in is not None:
            blocks.append((run_in[0], [run_in[1]]))
            under_heading = False  # ("**2. …**" after "**1. …**": a tip of its own, not an item of the first)
        elif heading is not None:
            blocks.append((heading, []))
            under_heading = True
        else:
            blocks[-1][1].append(line.strip())
    return title, blocks


def _is_title(lines: list[str], index: int) -> bool:
    """A first line is the title when it is a ``# heading``, or a plain short line (no number, no
    sentence punctuation) that an intro paragraph follows before the first section heading."""
    line = lines[index].strip()
    if line.startswith("# "):
        return True
    if _MARKDOWN_RE.match(line) or _NUMBERED_RE.match(line):
        return False
    rest = [i for i in range(index + 1, len(lines)) if lines[i].strip()]
    if len(rest) < 2:
        return False
    first = rest[0]
    intro_is_text = _heading_text(lines[first], _next_nonblank(lines, first)) is None
    later_heading = any(_heading_text(lines[i], _next_nonblank(lines, i)) for i in rest[1:])
    return intro_is_text and later_heading


def _list_item(line: str) -> str:
    """A body line without its bullet or list number: round 44's batch A read "3. फिर ड्रेनेज सेल … भरें" as an
    option, a statement and a quote, the number and all."""
    return _LIST_NUMBER_RE.sub("", _BULLET_RE.sub("", line))


def _sections(blocks: list[tuple[str | None, list[str]]]) -> list[Section]:
    sections: list[Section] = []
    number = 0
    for heading, paragraph_lines in blocks:
        sentences = tuple(s for line in paragraph_lines
                          for s in split_sentences(_INLINE_EMPHASIS_RE.sub(r"\2", _list_item(line))))
        if heading is None:
            if not sentences:
                continue
            section_id = "s0"
        else:
            if not sentences:
                continue
            number += 1
            section_id = f"s{number}"
        text = "\n".join(_INLINE_EMPHASIS_RE.sub(r"\2", line) for line in paragraph_lines)
        sections.append(Section(id=section_id, title=heading, text=text, sentences=sentences))
    return sections
