"""True/false statements: "By doing X, …" only where the result's subject is the reader ("By saying "I", not "we",
the panel can see …" dangles)."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.recall import true_false_candidates

ENGLISH = """# Preparing for a Store Supervisor Interview

A supervisor interview is mostly about stories and numbers.

## Prepare Three Shop-Floor Stories

Panels ask behavioural questions. Say "I", not "we", so that the panel can see exactly what you did.

## Be Honest About Your Shifts

Be clear about your limits in the interview itself, for example, "I can close three nights a week." This way, \
the roster works from the first week.

## Bring Your Numbers

Write down three results from your own work. Doing so gives you answers ready when the panel asks for figures.
"""


def _statements(section_title: str) -> list[str]:
    ctx = build_context(parse_article(ENGLISH), seed=0)
    section = next(s for s in ctx.article.headed_sections if s.title == section_title)
    return [c.question.stem for c in true_false_candidates(ctx, section.id)]


def test_by_opens_a_statement_only_where_the_reader_is_its_subject() -> None:
    stories = _statements("Prepare Three Shop-Floor Stories")
    assert not any("By saying" in s and ", the panel" in s for s in stories)
    assert any("means the panel can see" in s for s in stories)
    assert any("By saying" in s and ", you " in s for s in stories)  # (a result of hers grafted on: "By …, you …")
    numbers = _statements("Bring Your Numbers")
    assert any("By writing down" in s and ", you " in s for s in numbers), numbers

