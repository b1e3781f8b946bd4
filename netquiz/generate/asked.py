"""Questions for an article of questions to ask ("Got a Call Centre Job Offer? 7 Questions to Ask Before You Say
Yes", "client से पूछें ये 7 सवाल"): the result a section ties to asking its question, as the persona's wish; which
of the article's questions should she ask for that?

The diagnosis form with the article's own questions as its options (quoted as written, like the practice form's
tips). In such an article the step of each part is its heading, so a result told with a pointer to it ("Knowing
this lets you plan for the first six weeks", "Having it means the first pay slip holds no surprises"), which no
other form can ask about, has its step here: the heading the question shows.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Section
from .claims import all_claims, known_words
from .context import Candidate, Context, Reading
from .links import stems_of
from .options import Option, length_balance
from .practice import least_cued

WEIGHT = 3.0  # as a diagnosis: the same question, the article's own options
MIN_QUESTIONS = 3  # headings that are questions, for an article of questions to ask


def asking_article(ctx: Context) -> bool:
    """True for an article whose title promises questions to ask and whose headings are those questions."""
    words = ctx.language.lexicon
    title = ctx.article.title or ""
    return bool(words.any_word("asking_nouns").search(title) and words.any_word("asking_verbs").search(title)) \
        and len(_asked_sections(ctx)) >= MIN_QUESTIONS


def _asked_sections(ctx: Context) -> list[Section]:
    """The parts under a question one asks: not "why" (a reader's question the part answers, "ESOP को salary का
    हिस्सा क्यों न मानें?")."""
    why = ctx.language.lexicon.any_word("why_words")
    return [s for s in ctx.article.headed_sections
            if (s.title or "").rstrip().endswith("?") and not why.search(s.title or "")]


def asked_candidates(ctx: Context, section_id: str, frame: str | None = None,
                     no_wish: Callable[[Reading], bool] = lambda reading: False) -> list[Candidate]:
    """One candidate per result the section ties to asking its question, told as the persona's wish, after
    ``frame`` (the title's setting, with a ``{name}`` slot) where there is one; none that is ``no_wish`` (a harm,
    or the result of a step the part does not advise: "रसोई के पास बिठाने से बच्चों का ध्यान बार-बार भटकता है")."""
    section = ctx.article.section(section_id)
    if not asking_article(ctx) or section not in _asked_sections(ctx):
        return []
    found = []
    for index, reading in enumerate(r for r in _results(ctx, section) if not no_wish(r)):
        name = ctx.persona(section_id, index, "asked")
        wish = ctx.lang.wish(reading.causal, name)
        if not wish or ctx.story.dangling(wish):
            continue
        said = stems_of(ctx, wish) - stems_of(ctx, ctx.article.title or "")
        if said & stems_of(ctx, section.title or ""):
            continue  # (her wish would name the key's words: answered from the wording)
        fair = [s for s in _asked_sections(ctx) if s.id != section_id and not said & stems_of(ctx, s.title or "")]
        if len(fair) < 2:
            continue
        setting = f"{frame.format(name=name)} " if frame else ""
        told = wish if not setting else ctx.story.pronominalize(wish, name)
        stem = ctx.say("asked_stem", setting=setting, wish=told)
        source = reading.causal.sentence
        right = Option(section.title or "", ctx.say("right_source", source=source))
        question = least_cued(ctx, section_id, stem, right, fair, source, ctx.rng(section_id, "asked", index), said,
                              form="diagnosis", wrong_key="asked_wrong", told=lambda s: _reason(ctx, s))
        found.append(Candidate(question, WEIGHT + length_balance(list(question.options)), "asked"))
    return found


def _results(ctx: Context, section: Section) -> list[Reading]:
    """The section's claims of asking its question: "do" claims whose result stands alone (a warning's harm is no
    wish) and whose step is the asking itself, said ("पहले से पूछ लेने से …") or pointed to in a few words ("Knowing
    this …", "Having it …"). Not a result of another step the part tells ("हो सके तो … venue देख आएं"): a strict
    reader of round 26 found those keyed to the question when they come of the visit, 7 of 10 items refused."""
    key = ("asked_results", section.id)
    if key not in ctx.memo:
        known = known_words(ctx.known_title, section.title or "")
        ctx.memo[key] = [r for r in all_claims(ctx.language, section, ctx.known_title)
                         if r.polarity == "do" and _of_asking(ctx, r.causal.cause)
                         and not ctx.story.leans_on_context(r.causal.effect, known)
                         and not ctx.story.dangling(r.causal.effect)]
    found: list[Reading] = ctx.memo[key]
    return found


def _of_asking(ctx: Context, step: str) -> bool:
    """True for a step that is the asking ("Asking now", "पहले से पूछ लेने") or a pointer of a few words to the
    question's answer ("Knowing this", "Having it")."""
    words = ctx.language.lexicon
    return bool(words.any_word("asking_verbs").search(step)) or (
        len(step.split()) <= POINTER_WORDS and bool(words.any_word("pointing_words").search(step)))


POINTER_WORDS = 3


def _reason(ctx: Context, section: Section) -> str:
    """What another question is asked for, as the end of its feedback: its first result's sentence quoted, else
    nothing more (round 26's strict reader: a background fact or a lead-in quoted as "the reason" is wrong)."""
    results = _results(ctx, section)
    return ctx.say("asked_reason", source=results[0].causal.sentence) if results else ctx.language.sentence_end
