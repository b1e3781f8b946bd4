"""The language registry: everything the generator asks of a language, in one place.

A language is a :class:`Language`: its rules module (cause → effect readings, persona rewrites; see
:class:`Rules`), its story module (first-person stories, dangling references; see :class:`Story`), its stopwords,
its wording table and a few small facts. The generator asks :func:`language` and never branches on a code,
so a third language is a new module pair and its data (wording, distractor lists), registered in
:data:`LANGUAGES`. An unknown code is an error that says which languages exist, never English rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import ArticleError
from ..text import compile_nfc
from . import en, en_setting, en_story, en_topic, hi, hi_setting, hi_story, hi_topic
from .base import Causal
from .lexicon import Lexicon, lexicon
from .reaffirm import en_reaffirm, hi_reaffirm
from .setting import Setting
from .stopwords import ENGLISH, HINDI
from .turned import en_turned_round, hi_turned_round
from .wording import WORDING


class Rules(Protocol):
    """What the generator asks of a language's rules module (``hi``, ``en``)."""

    def find_causal(self, text: str) -> list[Causal]: ...
    def linked_effect(self, text: str) -> str | None: ...
    def promised_effect(self, text: str) -> str | None: ...
    def listed_instruction(self, text: str) -> bool: ...
    def no_gain(self, effect: str) -> bool: ...
    def names_another(self, causal: Causal) -> bool: ...
    def ends_on_verb(self, text: str) -> bool: ...
    def advice(self, text: str) -> str | None: ...
    def step_verb(self, step: str) -> str: ...
    def rejected_step(self, text: str) -> str | None: ...
    def recommends(self, sentence: str) -> bool: ...
    def step_as_subject(self, text: str) -> bool: ...
    def why_step(self, heading: str) -> str | None: ...
    def tempted_step(self, sentence: str) -> str | None: ...
    def common_belief(self, sentence: str) -> str | None: ...
    def instruction(self, text: str) -> bool: ...
    def imperative(self, text: str) -> bool: ...
    def situation(self, causal: Causal, name: str) -> str | None: ...
    def outcome(self, causal: Causal, name: str) -> str | None: ...
    def wish(self, causal: Causal, name: str) -> str | None: ...
    def trouble(self, text: str, name: str) -> str | None: ...
    def achieved(self, causal: Causal, name: str) -> str | None: ...
    def action(self, causal: Causal) -> str | None: ...
    def is_passive(self, effect: str) -> bool: ...
    def holds_means(self, wish: str) -> bool: ...
    def is_activity(self, noun: str) -> bool: ...
    def addresses_reader(self, text: str) -> bool: ...
    def pronoun_before_name(self, text: str, name: str) -> bool: ...
    def sentence(self, text: str) -> str: ...


class Story(Protocol):
    """What the generator asks of a language's story module (``hi_story``, ``en_story``)."""

    def name_them(self, cause: str, effect: str) -> str: ...
    def dangling(self, text: str) -> bool: ...
    def points_back(self, text: str) -> bool: ...
    def leans_on_context(self, text: str, known: frozenset[str] = ...) -> bool: ...
    def names_a_third(self, text: str) -> bool: ...
    def option_leans(self, text: str, known: frozenset[str] = ...) -> bool: ...
    def first_person_result(self, causal: Causal, gender: str) -> str | None: ...
    def action_in(self, action: str, person: str) -> str: ...
    def oblique(self, action: str) -> str | None: ...
    def reader_effect(self, causal: Causal) -> str: ...
    def swap_contrast(self, source: str) -> str | None: ...
    def main_claim(self, sentence: str) -> str: ...
    def interview_values(self, mine: str, yours: str) -> tuple[dict[str, str], dict[str, str]] | None: ...
    def pronominalize(self, text: str, name: str) -> str: ...
    def contrast_pairs(self, source: str) -> list[tuple[str, str]]: ...
    def persona_phrase(self, phrase: str) -> str: ...
    def denied_claim(self, sentence: str) -> str | None: ...
    def noun_oblique(self, phrase: str) -> str: ...
    def asked_claim(self, heading: str, answer: str) -> str | None: ...
    def retold(self, sentence: str, name: str) -> tuple[str, bool] | None: ...
    def shown(self, sentence: str, name: str) -> str | None: ...
    def gains(self, text: str) -> bool: ...
    def group_habit(self, sentence: str) -> bool: ...
    def quote_pointer(self, text: str) -> str | None: ...


@dataclass(frozen=True)
class Language:
    """One language as the generator sees it."""

    code: str
    rules: Rules
    story: Story
    stopwords: frozenset[str]
    wording: dict[str, str]
    intro_title: str  # the name of an article's untitled intro
    sentence_end: str  # the mark a generated sentence ends with
    negations: frozenset[str]  # words that turn an instruction into a "don't" ("न", "मत")
    negative_prefixes: tuple[str, ...] = ()  # word starts that mark a negative change ("घट…")
    unnegate: Callable[[str], str | None] = field(default=lambda heading: None)
    # what the article's title says its reader is doing, told of a persona ("{name} is trying to …"), or None
    topic_frame: Callable[[str | None, str], str | None] = field(default=lambda title, body: None)
    # a "don't" heading of a neglect said as the step it recommends ("Don't skip X" → "Make time for X"), or None
    reaffirm: Callable[[str], str | None] = field(default=lambda heading: None)
    # the thing a "how to" title makes, in running text ("emergency fund"): what a tip heading's "it" stands for
    topic_object: Callable[[str | None, str], str | None] = field(default=lambda title, body: None)
    # the fewest content words an action told of the persona needs to stand alone ("She owns the whole task"
    # says too little; Hindi, with its postpositions not counted, says as much in fewer: "वह सात-आठ घंटे की नींद
    # ज़रूर लेती है")
    action_words: int = 5
    # who and where the woman an article opens on is, for a persona's setting (``setting.py``), or None
    intro_setting: Callable[[str, str], Setting | None] = field(default=lambda sentence, article: None)
    # a warning turned round: the move the sentence rules out, as a step, or None (``turned.py``)
    turned_round: Callable[[str], str | None] = field(default=lambda sentence: None)

    @property
    def lexicon(self) -> Lexicon:
        """The language's word lists (``netquiz/language/words/<code>.json``)."""
        return lexicon(self.code)


def _hi_unnegate(heading: str) -> str | None:
    """"फोन न देखें" → "फोन देखें"; None when the heading has no negation."""
    words = heading.split()
    kept = [w for w in words if w not in HI_NEGATIONS]
    main = UNTIL.sub(" ", CONDITION.split(heading)[-1].split(" कि ")[0]).split()  # ("… और बात न बने, तो ड्राइवर
    # की मदद लें": the condition's "न" is no warning, the step after "तो" is advised; nor is the "न" of what she
    # says, "साफ़ बताएँ कि … किसकी तबीयत ठीक नहीं है", or of "until", "तब तक गर्म करें जब तक उबाल न आ जाए")
    if len(kept) == len(words) or not any(w in HI_NEGATIONS for w in main) or hi_reaffirm(heading) is not None:
        return None  # (no negation; or "… को नज़रअंदाज़ न करें": a positive step)
    return " ".join(kept)


CONDITION = compile_nfc(r",\s*तो\s+")  # what ends a condition before its step
UNTIL = compile_nfc(r"जब तक\s[^,।]*?(?:न|नहीं)\s+\S+")  # an "until" clause up to its verb


def _en_unnegate(heading: str) -> str | None:
    """"Don't say yes to everything" → "Say yes to everything"; None otherwise ("Avoid …" has no positive)."""
    if en_reaffirm(heading) is not None:
        return None  # "Don't skip the first team lunch": a positive step
    lower = heading.lower().replace("’", "'")
    for prefix in ("don't ", "do not ", "never "):
        if lower.startswith(prefix):
            rest = heading[len(prefix):].strip()
            return rest[:1].upper() + rest[1:]
    return None


HI_NEGATIONS = frozenset({"न", "मत", "कभी", "नहीं"})
LANGUAGES: dict[str, Language] = {
    "hi": Language("hi", hi, hi_story, HINDI, WORDING["hi"], "परिचय", "।", HI_NEGATIONS, ("घट",), _hi_unnegate,
                   hi_topic.topic_frame, hi_reaffirm, action_words=4, intro_setting=hi_setting.intro_setting,
                   turned_round=hi_turned_round),
    "en": Language("en", en, en_story, ENGLISH, WORDING["en"], "Introduction", ".",
                   frozenset({"don't", "never", "not"}), (), _en_unnegate, en_topic.topic_frame,
                   en_reaffirm, en_topic.topic_object, intro_setting=en_setting.intro_setting,
                   turned_round=en_turned_round),
}


def language(code: str) -> Language:
    """The registered language ``code``; :class:`ArticleError` naming the known ones otherwise."""
    try:
        return LANGUAGES[code]
    except KeyError:
        known = ", ".join(sorted(LANGUAGES))
        raise ArticleError(f"unknown language {code!r}: netquiz knows {known} (a new language is a rules "
                           "module, a story module and its wording, registered in netquiz/language/registry.py)"
                           ) from None


def known_languages() -> tuple[str, ...]:
    """The registered language codes."""
    return tuple(LANGUAGES)
