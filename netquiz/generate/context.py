"""Everything the question makers share about one article, computed once."""

# Reading (a claim) lives in claims.py; it is re-exported here for the makers.

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..language import Language, language
from ..language.registry import Rules, Story
from ..model import Article, Question
from .claims import BULLETS, Reading, known_title, read_claims

__all__ = ["Candidate", "Context", "Reading", "build_context", "PERSONAS"]
from .keywords import article_topic, section_keywords, stem_spread
from .stock import Stock, stock_for

PERSONAS = {
    "hi": ("प्रिया", "मीरा", "अनीता", "सीमा", "कविता", "नेहा", "पूजा", "रीना", "सुनीता", "आरती", "दीपा",
           "ज्योति", "स्नेहा", "रश्मि", "शालिनी", "अंजलि", "फ़ातिमा", "सुमन", "गीता", "लता"),
    "en": ("Priya", "Meera", "Anita", "Seema", "Kavita", "Neha", "Pooja", "Reena", "Sunita", "Aarti", "Deepa",
           "Jyoti", "Sneha", "Rashmi", "Shalini", "Anjali", "Fatima", "Suman", "Geeta", "Lata"),
}


@dataclass(frozen=True)
class Candidate:
    """A question before ids are assigned, with a quality score for ranking."""

    question: Question
    score: float
    stem_kind: str = ""
    truth: str = ""


@dataclass
class Context:
    """Shared, read-only facts about the article used by every maker."""

    article: Article
    seed: int
    lang: Rules
    words: dict[str, str]
    topic: str | None
    keywords: dict[str, list[tuple[str, float]]]
    readings: dict[str, list[Reading]]
    spread: dict[str, int]
    story: Story
    stock: Stock
    voice: str = "feminine"
    closing: frozenset[str] = frozenset()  # the article's closing words after its last tip (closing_sentences)
    known_title: str = ""  # the title and the trade's words a reader of any question knows (claims.known_title)
    memo: dict[object, Any] = field(default_factory=dict, repr=False)  # per-bank results of pure helpers

    def rng(self, *parts: object) -> random.Random:
        """A random generator seeded by the bank seed and ``parts`` (stable across runs)."""
        return random.Random("/".join(map(str, (self.seed, *parts))))

    def persona(self, *parts: object) -> str:
        """A persona name not already used in the article text, nor (while names last) handed out for the
        same section (``parts[0]``): two questions of one section never tell of the same woman."""
        given = self.memo.setdefault(("personas", parts[0] if parts else None), set())
        left = [n for n in self.names if n not in given] or self.names
        name = self.rng("persona", *parts).choice(left)
        given.add(name)
        return name

    @cached_property
    def names(self) -> list[str]:
        """Persona names that do not occur in the article."""
        text = self.all_text
        return [n for n in PERSONAS[self.article.lang] if n not in text] or list(PERSONAS[self.article.lang])

    @cached_property
    def story_names(self) -> frozenset[str]:
        """The persona names the article itself gives its women ("सीमा से हुई गलती"): a told result that names one
        leans on her story, which the question does not tell."""
        text = self.all_text
        given = {n for n in self.language.lexicon.given_names if n in text and re.search(  # ("रेखा ने", "Savita runs":
            rf"(?<![\w\u0900-\u097F]){re.escape(n)}(?:\s+(?:ने|जी|की|के|को|का)\s|'s\b|\s+[a-z]+s\b)", text)}  # a name
        # that acts or owns, not "दिशा" or "आशा" as a common word)
        return frozenset(n for n in PERSONAS[self.article.lang] if n in text) | given

    @cached_property
    def all_text(self) -> str:
        """The whole article text (joined once per bank: many helpers read it)."""
        return "\n".join(s.text for s in self.article.sections)

    def title(self, section_id: str) -> str:
        """A section's title (the intro gets a word for "introduction")."""
        title = self.article.section(section_id).title
        return title or self.language.intro_title

    @cached_property
    def language(self) -> Language:
        """The article's language, as registered (looked up once per bank)."""
        return language(self.article.lang)

    def say(self, key: str, **values: str) -> str:
        """Wording from the language's table."""
        return self.words[key].format(**values)

    def question(self, section_id: str, kind: str, stem: str, options: list[tuple[str, str]], answer: int,
                 source: str, form: str = "") -> Question:
        """A question from (text, feedback) options; the explanation quotes ``source`` in its section."""
        return Question(
            id="", section=section_id, kind=kind, stem=stem, options=tuple(text for text, _ in options),
            answer=answer, feedback=tuple(feedback for _, feedback in options),
            explanation=self.say("explanation", title=self.title(section_id), source=source), source=source,
            form=form)


def closing_sentences(article: Article) -> frozenset[str]:
    """The sentences of the article's closing words when they stand, without a heading of their own, as the
    last paragraph of its last section (two paragraphs or more): "Appraisal एक दिन की meeting नहीं, … आज ही
    अपने calendar में …" after the last tip is no part of that tip (readers judged questions that said so
    wrong). Their claims serve no question, nor do they as a question's source (see ``gates``)."""
    last = article.sections[-1] if article.sections else None
    if last is None or not last.title:
        return frozenset()
    paragraphs = [p for p in last.text.split("\n") if p.strip()]
    if len(paragraphs) < 2 or paragraphs[-2].lstrip().startswith(BULLETS):
        return frozenset()  # (after a list, the paragraph tells what the list's steps bring: the tip's own)
    return frozenset(s for s in last.sentences if s in paragraphs[-1])


def build_context(article: Article, seed: int, voice: str = "feminine") -> Context:
    """Read the article once: causal readings, key terms, topic, stock lists and the story helpers."""
    known = language(article.lang)
    lang, story = known.rules, known.story
    closing = closing_sentences(article)
    title = known_title(article)
    readings = {section.id: [r for r in read_claims(known, section, title)
                             if r.causal.sentence not in closing] for section in article.sections}
    keywords = section_keywords(article)
    return Context(article=article, seed=seed, lang=lang, words=known.wording, closing=closing,
                   topic=article_topic(article), keywords=keywords, readings=readings,
                   spread=stem_spread(keywords), story=story,
                   stock=stock_for(article), voice=voice, known_title=title)
