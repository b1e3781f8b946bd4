"""Frozen data model shared by the pure core: article, section, question, bank."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

KINDS: tuple[str, ...] = ("scenario", "benefit", "interview", "cloze", "attribution", "true_false")


@dataclass(frozen=True)
class Section:
    """One section of an article: ``s0`` is the untitled intro, ``s1``… are headed sections."""

    id: str
    title: str | None
    text: str
    sentences: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Article:
    """A parsed article: its sections in order, its language (``hi``/``en``) and content hash."""

    title: str | None
    lang: str
    sha256: str
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        """Return the section with ``section_id`` (KeyError if absent)."""
        return self._by_id[section_id]

    @cached_property
    def _by_id(self) -> dict[str, Section]:
        """The sections by id, the first of an id (made once: generation asks tens of thousands of times)."""
        found: dict[str, Section] = {}
        for section in self.sections:
            found.setdefault(section.id, section)
        return found

    @cached_property
    def headed_sections(self) -> tuple[Section, ...]:
        """Sections that have a title (everything but the intro; made once)."""
        return tuple(s for s in self.sections if s.title)


@dataclass(frozen=True)
class Question:
    """One multiple-choice question; ``answer`` indexes ``options`` and ``feedback``."""

    id: str
    section: str
    kind: str
    stem: str
    options: tuple[str, ...]
    answer: int
    feedback: tuple[str, ...]
    explanation: str
    source: str
    form: str = ""


VOICES: tuple[str, ...] = ("feminine", "masculine")


@dataclass(frozen=True)
class Bank:
    """A question bank: the article it came from, its questions and the voice of its first person."""

    article: Article
    questions: tuple[Question, ...]
    voice: str | None = None

    def question(self, question_id: str) -> Question:
        """Return the question with ``question_id`` (KeyError if absent)."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def by_section(self) -> list[tuple[str, list[Question]]]:
        """Consecutive runs of questions of one section, with the section's display title."""
        runs: list[tuple[str, list[Question]]] = []
        current: str | None = None
        for question in self.questions:
            if question.section != current:
                current = question.section
                runs.append((self.section_title(current), []))
            runs[-1][1].append(question)
        return runs

    def section_title(self, section_id: str) -> str:
        """A display title for a section (the intro has none: ``"Introduction"``/``"परिचय"``)."""
        title = self.article.section(section_id).title
        if title:
            return title
        return "परिचय" if self.article.lang == "hi" else "Introduction"
