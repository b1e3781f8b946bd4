"""The test articles' banks and generation contexts by file name, built once per test run (the generator is
deterministic for a seed): for tests that read what a real article's bank holds."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from netquiz.article import read_article
from netquiz.generate import generate_bank
from netquiz.generate.context import Context, build_context
from netquiz.model import Bank

ARTICLES = Path(__file__).resolve().parent / "articles"


def article_path(name: str) -> Path:
    """The test article called ``name``, wherever under ``tests/articles`` it is (the asides included)."""
    return next(ARTICLES.rglob(name))


@cache
def bank_of(name: str) -> Bank:
    """The bank of the test article ``name`` at seed 0."""
    return generate_bank(read_article(article_path(name)), seed=0)


@cache
def context_of(name: str) -> Context:
    """The generation context (claims read, readings) of the test article ``name`` at seed 0."""
    return build_context(read_article(article_path(name)), 0)
