"""The article's steps as the options of scenario questions, and where a scenario is set.

A step is a section's imperative heading or an instruction in its body, said as an action ("एजेंडा भेजें" →
"एजेंडा भेजना"); a "… न करें" / "Don't …" heading, said the other way round, is a step the article warns
against: a tempting distractor, wrong per the article. Stock (career) advice and frames serve only articles
about work (:func:`work_article`), each entry at most ``MAX_STOCK_USES`` times per bank.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import Language, language
from ..model import Section
from ..text import LIST_MARK, compile_nfc, list_comma
from .claims import known_words, leaning_claims, sentence_case, step_title, without_examples
from .context import Candidate, Context

# A stock or warned-against distractor serves once per bank: a reader who sees it fail learns to skip it, so
# the article's own claims come first (pick_parallel ranks them ahead of stock and warned steps).
MAX_STOCK_USES = 1
WORK_DENSITY = 10  # work words per 1,000 words that make an article one about work


def how_heading(ctx: Context, title: str) -> bool:
    """True for a heading that gives the article's last steps ("How to Get Started", "शुरुआत कैसे करें"): no
    benefit to name or to hope for, and no step of its own."""
    return heading_language(ctx, title).lexicon.any_word("how_headings").match(title) is not None


def heading_step(ctx: Context, section: Section) -> str | None:
    """The heading as the persona's action when it is a positive instruction ("एजेंडा भेजें" → "एजेंडा भेजना"); an
    English heading over a Hindi body only when every heading is English ("Make your bedroom dark and cool" →
    "Make her bedroom dark and cool"): its options are then the other English headings, alike in form
    (memoised per bank)."""
    key = ("heading_step", section.id)
    if key not in ctx.memo:
        ctx.memo[key] = _heading_step(ctx, section)
    found: str | None = ctx.memo[key]
    return found


def _heading_step(ctx: Context, section: Section) -> str | None:
    if not section.title or (foreign_heading(ctx, section.title) and not english_headings(ctx)) \
            or warned(ctx, section.title) is not None or how_heading(ctx, section.title) \
            or section.title.rstrip().endswith("?"):  # "कब मैनेजर से बात करें?": a question, not the step;
        return None  # "शुरुआत कहाँ से करें": the article's last steps, "शुरुआत कहाँ से करना" no step (reading111)
    rules = heading_language(ctx, section.title)
    if rules.lexicon.any_word("vague_steps").search(section.title):
        return None  # ("अपनी सुरक्षा और सेहत का भी ध्यान रखें", "Stay Safe, Stay Dry": keep in mind what follows; the
        # section's results come of the steps its body names, not of the heading; round 25's held-out item 15)
    title = _topic_for_it(ctx, section.title)
    if rules.story.leans_on_context(title, known_words(ctx.known_title)):
        return None  # "Get clear on why you want the move": the move is the article's, not the option's
    told = step_title(rules, title)
    step = rules.rules.advice(told)
    if step is None or rules.rules.addresses_reader(step):
        return None
    kept = rules.rules.contrast_kept(told)  # ("Measure real children[ instead of trusting a printed size chart]":
    # a key that names its own wrong answer; the move set against it serves as one, see heading_rejected)
    return (rules.rules.advice(kept) or kept) if kept else step


def heading_rejected(ctx: Context, section: Section) -> str | None:
    """The move the section's instruction heading sets against its own step, as an action ("Measure Real Children
    Instead of Trusting a Printed Size Chart" → "Trust a printed size chart", "अंदाज़े की जगह वज़न से दाम तय करें" →
    "अंदाज़े से दाम तय करना"): the wrong move for the same goal, a tempting wrong answer; None where it sets none."""
    if heading_step(ctx, section) is None or not section.title:
        return None
    rules = heading_language(ctx, section.title)
    return rules.rules.rejected_step(step_title(rules, _topic_for_it(ctx, section.title)))


IT = re.compile(r"\b[Ii]t\b")


def _topic_for_it(ctx: Context, heading: str) -> str:
    """An English heading whose "it" is the thing the title's "how to" makes, told by name ("Keep It Separate
    From Your Salary Account" under "How to Build an Emergency Fund" → "Keep your emergency fund separate …")."""
    if not heading.isascii() or len(IT.findall(heading)) != 1:
        return heading
    body = " ".join(s.text for s in ctx.article.sections)
    thing = heading_language(ctx, heading).topic_object(ctx.article.title, body)
    return IT.sub(f"your {thing}", sentence_case(heading)) if thing else heading


def closing_heading(ctx: Context, section: Section) -> bool:
    """True for the article's closing words under a heading of their own ("निष्कर्ष", "The bottom line")."""
    title = (section.title or "").strip().strip(":.।").lower()
    return bool(title) and title in ctx.language.lexicon.closing_headings


def english_headings(ctx: Context) -> bool:
    """True when every heading of a Hindi article but its closing words is in Latin script ("Fix one sleep
    window", "Pay yourself first"): the article's readers read its steps in English (memoised per bank)."""
    if "english_headings" not in ctx.memo:  # (a closing "आख़िर में" under English tips is the body's language)
        titles = [s.title for s in ctx.article.headed_sections if s.title and not closing_heading(ctx, s)]
        ctx.memo["english_headings"] = ctx.article.lang != "en" and bool(titles) and all(
            t.isascii() for t in titles)
    return bool(ctx.memo["english_headings"])


def heading_language(ctx: Context, heading: str) -> Language:
    """The language a heading is read by: English for a Latin-script heading of an all-English-headed Hindi
    article, else the article's."""
    return language("en") if foreign_heading(ctx, heading) and english_headings(ctx) else ctx.language




def foreign_heading(ctx: Context, heading: str) -> bool:
    """True for a Latin-script heading over a Hindi body ("Follow the Sunlight"): the Hindi rules cannot
    tell its step from its benefit or its warning, and an English option among Hindi ones stands out."""
    return ctx.article.lang != "en" and heading.isascii()


def warned(ctx: Context, heading: str) -> str | None:
    """A "don't" heading said the other way round, as an action ("फोन न देखें" → "फोन देखना"), else None
    (memoised per bank: every question maker asks of every heading)."""
    key = ("warned", heading)
    if key not in ctx.memo:
        ctx.memo[key] = _warned(ctx, heading)
    found: str | None = ctx.memo[key]
    return found


def _warned(ctx: Context, heading: str) -> str | None:
    if foreign_heading(ctx, heading) and not english_headings(ctx):
        return None
    rules = heading_language(ctx, heading)
    positive = rules.unnegate(sentence_case(heading))
    return rules.rules.advice(positive) if positive else None


# A warning turned round reads as nobody's plan when its verb is a failure or its scope everything ("धन्यवाद
# कहना भूलना", "Hide the gap", "Say yes to everything"): such a step is no tempting wrong answer.
def failing(ctx: Context, text: str) -> bool:
    """True for a slip, not a step ("अटैचमेंट भूल जाना", "forget to reply"): the language's ``failing`` words, or a
    gerund its ``step_negations`` deny ("बिल समय पर न भरने", "not paying": reading119 items 125, 126 wished for its
    harm, "वह चाहती है कि मोबाइल का आउटगोइंग बंद हो")."""
    key = ("failing", text)  # (memoised per bank: a step is asked again for every question it may serve)
    if key not in ctx.memo:
        lexicon = ctx.language.lexicon
        denied = _negated_gerund(lexicon.step_negations, lexicon.gerund_endings)
        ctx.memo[key] = bool(lexicon.failing_re.search(text)) or bool(denied.search(text))
    return bool(ctx.memo[key])


@lru_cache(maxsize=8)
def _negated_gerund(negations: tuple[str, ...], endings: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in negations) or "(?!)"
    ends = "|".join(re.escape(e) for e in endings) or "(?!)"
    return compile_nfc(rf"(?<!\S)(?:{words})\s+\S+(?:{ends})(?!\S)", re.IGNORECASE)


def warned_steps(ctx: Context) -> list[tuple[str, Section]]:
    """Every step the article warns against, with its section (memoised per bank)."""
    if "warned" not in ctx.memo:
        found = []
        for section in ctx.article.headed_sections:
            step = warned(ctx, section.title or "")
            if step and not ctx.story.dangling(step) and not failing(ctx, step):
                found.append((step, section))
        ctx.memo["warned"] = found
    return list(ctx.memo["warned"])


def section_steps(ctx: Context, section: Section) -> list[tuple[str, str]]:
    """(step, source sentence) pairs of the section: its heading (sourced by its first sentence), then its
    body's instructions (memoised per bank)."""
    key = ("steps", section.id)
    if key not in ctx.memo:
        ctx.memo[key] = _section_steps(ctx, section)
    return list(ctx.memo[key])


def _section_steps(ctx: Context, section: Section) -> list[tuple[str, str]]:
    steps = []
    head = heading_step(ctx, section)
    if head and section.sentences:
        steps.append((head, section.sentences[0]))
    bound = {r.causal.sentence for r in leaning_claims(ctx.language, section, ctx.known_title)}
    known = known_words(ctx.known_title, section.title or "")
    for sentence in section.sentences:
        if sentence in bound or sentence.rstrip().endswith(":") or (sentence.isascii() and sentence[:1].islower()):
            continue  # "Sign up in your first year, so that … the cohort …": the step leans on the text too;
            # "Expect questions like these:" announces what follows, no step (round 29's second held-out batch);
            # a list's item in lower case, "- joint pain and headaches", names a thing (round 32's snapshot)
        label = RUN_IN.match(sentence)  # ("Tip from old hands: fold each customer's notes …": the label is no step,
        key = ctx.lang.advice(sentence[label.end():] if label else sentence)  # round 39's held-out E)
        listed = list_comma(ctx.language.lexicon.list_joiners)  # ("… about ₹500 in ₹10, ₹20 and ₹50 notes": a
        # list's comma is no clause's end; round 39's held-out E31 offered "Start every day with about ₹500 in ₹10")
        first = ctx.lang.first_clause(listed.sub(LIST_MARK, key)).replace(LIST_MARK, ",") if key else ""
        if first != key and not ctx.lang.advice(sentence.split(",")[0]) and not ctx.lang.advice(first):  # "ठंडे
            # कमरे में नींद गहरी आती है, इसलिए AC … रखें": the first part tells, the step comes after it; "For the last
            # one, use a real example from a shop counter, a college event …": the step first, then its examples
            first = next((step for part in THEN.split(sentence)[1:] if (step := ctx.lang.advice(part))), "")
            key = first
            if not first:
                continue
        if key and first and not ctx.story.dangling(first) and len(first.split()) <= 16 \
                and not ctx.story.leans_on_context(first, known) \
                and not ("," in key and CONDITION_FIRST.match(key)):  # "जिस सहकर्मी के साथ … हो, …": the
            steps.append((without_examples(first), sentence))  # first part is the condition, not the step
            # (the step is its first clause: "Register at …, because hospitals send …" had been judged, and
            # refused, by the whole sentence's length; round 32's development batch)
    return steps


THEN = compile_nfc(r",\s*(?:इसलिए|so|then)\s+", re.IGNORECASE)
RUN_IN = compile_nfc(r"^(?:\*\*[^*]{1,40}\*\*\s*|[^\s:।.?!\"“]{1,20}(?:\s+[^\s:।.?!\"“]{1,20}){0,3}:\s+(?=\S))")  # a
# run-in label of up to four words ("Tip from old hands: …")
CONDITION_FIRST = compile_nfc(r"^(?:जिस|जिन|जो|जब|जहाँ|जहां|अगर|यदि|if|when|whenever|once)(?!\S)", re.IGNORECASE)


def at_work(ctx: Context, section_id: str) -> bool:
    """True when the section's claim is set at work, so a workplace frame and career stock fit it: when the
    article is about work (:func:`work_article`). One section that names the office does not make a walking
    article a career one, nor does an introduction that opens with "back from the office"."""
    key = ("at_work", section_id)
    if key not in ctx.memo:
        ctx.memo[key] = work_article(ctx)
    return bool(ctx.memo[key])


def work_article(ctx: Context) -> bool:
    """True when the article is about work: its title names a ``frame_when`` word, or at least half of its
    headed sections do, or such words come at least ``WORK_DENSITY`` times per 1,000 words (at least 3 times, 2 words);
    true when the list is empty. Interview practice is asked only of such articles."""
    if "work_article" not in ctx.memo:
        sections = [s for s in ctx.article.headed_sections if s.sentences]
        working = sum(_names_work(ctx, f"{s.title} {s.text}") for s in sections)
        text = " ".join([ctx.article.title or ""] + [f"{s.title or ''} {s.text}" for s in ctx.article.sections])
        lowered = text.lower()  # (once: the article is long and the words many)
        counts = [hits_in(lowered, (w,)) for w in ctx.stock.frame_when]  # (each word's once: the sum and how
        hits, distinct = sum(counts), sum(count > 0 for count in counts)  # many words are both of them)
        ctx.memo["work_article"] = (not ctx.stock.frame_when or _names_work(ctx, ctx.article.title or "")
                                    or (bool(sections) and 2 * working >= len(sections))
                                    or (hits >= 3 and distinct >= 2
                                        and 1000 * hits >= WORK_DENSITY * len(text.split())))
    return bool(ctx.memo["work_article"])


def home_section(ctx: Context, section_id: str) -> bool:
    """True when the section is about home and family, not work: it names a ``home_words`` word ("भाई-बहनों",
    "parents") and no ``frame_when`` word (memoised per bank)."""
    key = ("home_section", section_id)
    if key not in ctx.memo:
        section = ctx.article.section(section_id)
        text = f"{section.title or ''} {section.text}"
        ctx.memo[key] = _mentions_any(text, tuple(ctx.stock.home_words)) and not _names_work(ctx, text)
    return bool(ctx.memo[key])


def _names_work(ctx: Context, text: str) -> bool:
    return _mentions_any(text, tuple(ctx.stock.frame_when))


def _mentions_any(text: str, words: tuple[str, ...]) -> bool:
    """True when ``text`` names one of ``words`` (as :func:`_hits_in` counts them), in one search."""
    lowered = text.lower()  # (a substring test first: the search is needed only to check a Latin word's start)
    return any(w in lowered for w in words) and _any_word(words).search(lowered) is not None


@lru_cache(maxsize=64)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_word_start(w) for w in words))


def hits_in(lowered: str, words: tuple[str, ...]) -> int:
    """How often ``lowered`` (lower-cased text) names ``words``; a Latin word counts only at a word start
    ("network" does not name "work")."""
    return sum(len(re.findall(_word_start(w), lowered)) for w in words if w in lowered)


@lru_cache(maxsize=256)
def _word_start(word: str) -> str:
    return rf"(?<![a-z]){re.escape(word)}" if word.isascii() else re.escape(word)


def fresh(ctx: Context, texts: tuple[str, ...] | list[str], limit: int = MAX_STOCK_USES) -> list[str]:
    """The stock entries that have not yet served ``limit`` times in this bank (see ``MAX_STOCK_USES``)."""
    uses = ctx.memo.get("stock_uses", {})
    return [t for t in texts if uses.get(t, 0) < limit]


__all__ = ["Candidate", "at_work", "fresh", "heading_step", "section_steps", "warned_steps", "work_article"]
