"""Key terms per section by TF-IDF over the article's sections (Devanagari-aware tokens)."""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from ..language.stopwords import stopwords
from ..model import Article
from ..text import tokens


@lru_cache(maxsize=32768)
def content_tokens(text: str, lang: str) -> tuple[str, ...]:
    """Tokens that are not stopwords, digits or single letters (cached per bank, so a tuple: nobody changes it)."""
    stop = stopwords(lang)
    return tuple([t for t in tokens(text) if t not in stop and len(t) > 1 and not t.isdigit()])  # (a list first:
    # quicker to build than from a generator)


def section_keywords(article: Article) -> dict[str, list[tuple[str, float]]]:
    """Per section id: (term, tf-idf) sorted by weight, highest first (ties by term)."""
    counts = {s.id: Counter(content_tokens(s.text, article.lang)) for s in article.sections}
    n_sections = len(counts)
    document_frequency: Counter[str] = Counter()
    for counter in counts.values():
        document_frequency.update(counter.keys())
    result = {}
    for section_id, counter in counts.items():
        total = sum(counter.values()) or 1
        weights = [(term, (n / total) * math.log((1 + n_sections) / (1 + document_frequency[term])))
                   for term, n in counter.items()]
        result[section_id] = sorted(weights, key=lambda item: (-item[1], item[0]))
    return result


def article_topic(article: Article) -> str | None:
    """The word most used across sections (its stem in at least two): the article's subject."""
    counts: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    surface: dict[str, Counter[str]] = {}
    for section in article.sections:
        section_terms = content_tokens(section.text, article.lang)
        stems = [stem(t) for t in section_terms]
        counts.update(stems)
        spread.update(set(stems))
        for term, term_stem in zip(section_terms, stems, strict=True):
            spellings = surface.get(term_stem)
            if spellings is None:  # (a Counter made per stem, not per word as a setdefault's default would be)
                spellings = surface[term_stem] = Counter()
            spellings[term] += 1
    opening = word_stems(_opening(article), article.lang)
    titled = word_stems(article.title or "", article.lang)
    candidates = [(s in titled, s in opening, spread[s], counts[s], -len(s), s) for s in counts
                  if spread[s] >= 2 and (s in titled or s in opening)]
    if not candidates:
        return None
    best = max(candidates)[5]
    return max(surface[best].items(), key=lambda item: (item[1], item[0]))[0]


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A crude stem for overlap tests: drop common Hindi/English inflections."""
    for ending in ("ियों", "ाओं", "ाएं", "ाएँ", "ों", "ें", "ीं", "ing", "ies", "es", "s", "ी", "ा", "े"):
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    return token


def word_stems(text: str, lang: str) -> set[str]:
    """The stems of every content word of ``text``, common ones too (:func:`stems_of` in ``links`` keeps only
    the rarer ones)."""
    return {stem(token) for token in content_tokens(text, lang)}


def _opening(article: Article) -> str:
    """The title and first sentence: where an article names its subject."""
    first = article.sections[0].sentences[:1] if article.sections else ()
    return " ".join([article.title or "", *first])


def stem_spread(keywords: dict[str, list[tuple[str, float]]]) -> dict[str, int]:
    """For every stem of a key term: in how many sections it occurs."""
    spread: Counter[str] = Counter()
    for terms in keywords.values():
        spread.update({stem(term) for term, _ in terms})
    return dict(spread)
