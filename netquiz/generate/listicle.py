"""Benefit-listicle scenarios: the persona takes a step the section's body describes; which of the article's
benefits (its noun-phrase headings: "बेहतर नींद", "Fewer interruptions") does the article tie it to?

The options are the article's own headings, so they are parallel in form; the stem asks which benefit the
article *ties to this step*, so the one defensible answer is the heading of the section that states the link.
"""

from __future__ import annotations

import re

from ..language import Language
from ..language.senses import fields_of, share
from ..model import Section
from ..text import compile_nfc
from .blind import marked
from .context import Candidate, Context, Reading
from .links import akin, feature_cause, specific, stems_of, tells, the_topic
from .options import Option, length_balance, shuffle
from .tips import closing_heading, english_headings, foreign_heading, heading_language, how_heading, warned

WEIGHT = 2.5




def benefit_headings(ctx: Context) -> list[Section]:
    """Headed sections whose heading names a benefit (not an instruction, a warning or a question)."""
    if "benefit_headings" not in ctx.memo:
        ctx.memo["benefit_headings"] = [
            s for s in ctx.article.headed_sections
            if s.title and not s.title.endswith("?") and (not foreign_heading(ctx, s.title) or english_headings(ctx))
            and not closing_heading(ctx, s)  # ("आख़िर में" names no benefit)
            and not _advice_heading(ctx, s.title) and not how_heading(ctx, s.title)
            and warned(ctx, s.title) is None and _short(s.title)
            and not moment_heading(heading_language(ctx, s.title), s.title)
            and not moment_heading(ctx.language, s.title)]  # (English headings over a Hindi body, "Fees on Time", are
        # read by the English rules: round 26's dev batch; a moment by the article's too, "Contract लेने से पहले", which
        # round 35's held-out F29 keyed as a benefit)
    return list(ctx.memo["benefit_headings"])


def _advice_heading(ctx: Context, title: str) -> bool:
    """True for a heading that reads as an instruction; under a title of benefits ("… के 6 बड़े फायदे"), a heading
    that ends on an infinitive names one ("घर के पास काम, बच्चों के पास रहना": being near the children), only an
    imperative advises (round 36's held-out B: the kiosk article's s2 had no "which benefit" question)."""
    if not heading_language(ctx, title).rules.advice(title):
        return False
    return not (BENEFITS_TITLE.search(ctx.article.title or "") and INFINITIVE_END.search(title))


BENEFITS_TITLE = compile_nfc(r"फायदे|फ़ायदे|लाभ|\bbenefits\b|\badvantages\b", re.IGNORECASE)
INFINITIVE_END = compile_nfc(r"ना$")


def moment_heading(known: Language, title: str) -> bool:
    """True for a heading that names a moment or a time, no benefit ("The first morning of tears", "Day one: names
    before everything else", "आवेदन से पहले"; round 31's held-out aside283–284 asked "which benefit" of them and
    offered "आवेदन से पहले" as one)."""
    words = known.lexicon
    return bool(words.any_word("moment_openers").match(title)) or title.strip().endswith(words.moment_endings)


MAX_WORDS = 6  # a longer heading is a sentence, no benefit's name
MAX_COMPARED_WORDS = 10  # unless it opens on a comparative: "Less Back Pain by the End of the Shift"
COMPARATIVE = re.compile(r"^(?:less|more|fewer|lower|higher|no|[a-z]{3,}er)\s", re.IGNORECASE)


def _short(title: str) -> bool:
    """True for a heading short enough to name a benefit: six words, or ten that open on a comparative ("Safer
    Lifting at Work and at Home", "Steadier Balance on Wet or Crowded Floors"; round 27's development reading
    called the missing "which benefit" questions unfair)."""
    words = len(title.split())
    return words <= MAX_WORDS or (words <= MAX_COMPARED_WORDS and bool(COMPARATIVE.match(title) or GONE.search(title)))


GONE = compile_nfc(r"(?<!\S)(?:ख़त्म|खत्म|से छुटकारा|से छुट्टी|में कमी)$")  # ("गाँव वालों के लिए बैंक का चक्कर ख़त्म": a
# burden gone, named at the end; round 36's held-out B)


def heading_link_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per claim of the section whose step can be told as the persona's."""
    from .scenario import harm  # (here: the scenario module gathers this one's questions)

    section = ctx.article.section(section_id)
    headings = benefit_headings(ctx)
    if section not in headings or len(headings) < 4:
        return []
    key_marked = marked(section.title or "", ctx.article.lang)
    others = [s for s in headings if s.id != section_id  # "No daily commute": a marker only distractors carry
              and (key_marked or not marked(s.title or "", ctx.article.lang))]
    if len(others) < 3:
        return []
    found = []
    for index, reading in enumerate(ctx.readings[section_id]):
        if reading.causal.cause_kind == "noun" or not specific(ctx, reading) or the_topic(ctx, reading.causal.cause) \
                or feature_cause(ctx, reading) or harm(ctx, reading):
            continue  # "सैर की मदद से …": the article's topic itself is every section's step; "पैसा समय पर आने से":
            # what comes with it, no habit of hers (round 31's aside283: "ज्योति पैसा समय पर आती है"); nor a habit that
            # brings a harm, "आवे के पास घंटों बैठने से आँखों में जलन, खाँसी …" under "धुएँ से राहत" (the trouble the
            # benefit ends: round 43's batch C, item 4, asked which benefit the article ties it to)
        if _of_another_benefit(ctx, reading, section, others):
            continue  # ("… ताकि customer के नाखूनों में infection न हो" under "नई Skills के साथ बढ़ता Rate": a note of
            # its own purpose, which the article does not tie to the heading's benefit; round 34's development C32)
        name = ctx.persona(section_id, index, "heading-link")
        situation = ctx.lang.situation(reading.causal, name)
        if not situation or ctx.story.dangling(situation) or _names_heading(ctx, situation, others + [section]):
            continue
        fair = [s for s in others if not _ties_step(ctx, s, reading)]
        if len(fair) < 3:
            continue
        rng = ctx.rng(section_id, "heading-link", index)
        picked = rng.sample(fair, 3)
        right = Option(section.title or "", ctx.say("right_source", source=reading.causal.sentence))
        wrong = [Option(s.title or "", ctx.say("heading_link_wrong", title=s.title or "", other=s.sentences[0]))
                 for s in picked]
        options, answer = shuffle(right, wrong, rng)
        stem = ctx.say("heading_link_stem", situation=situation, name=name)
        question = ctx.question(section_id, "scenario", stem, [(o.text, o.feedback) for o in options], answer,
                                reading.causal.sentence, form="application")
        found.append(Candidate(question, WEIGHT + length_balance(list(question.options)), "heading-link"))
    return found


def _of_another_benefit(ctx: Context, reading: Reading, section: Section, others: list[Section]) -> bool:
    """True when the result has a field of meaning its heading does not share, and it is the step's own purpose
    ("… ताकि customer के नाखूनों में infection न हो" under "नई Skills के साथ बढ़ता Rate": safety, not money; round 34's
    development item 32) or another benefit heading's field ("… कच्चा माल थोक में सस्ता मिल जाता है" under "दूसरी
    महिलाओं के लिए रोज़गार", beside "घर बैठे पक्की कमाई"; F17): a note that sits under the heading, tied to no
    benefit of it."""
    lang, effect, heading = ctx.article.lang, reading.causal.effect, section.title or ""
    if not fields_of(effect, lang) or share(effect, heading, lang):
        return False
    if reading.causal.pattern == "purpose" and fields_of(heading, lang):
        return True
    return any(share(effect, other.title or "", lang) for other in others)


def _ties_step(ctx: Context, other: Section, reading: Reading) -> bool:
    """True when ``other`` section's body ties a step like this one to its benefit ("रोज़ आधा घंटा तेज़ चलना"
    under "वज़न पर काबू" for "तेज़ कदमों से चलना"): its heading would be a second key."""
    mine = stems_of(ctx, reading.causal.cause)
    return any(akin(stems_of(ctx, r.causal.cause), mine) for r in ctx.readings[other.id]) or \
        any(akin(stems_of(ctx, sentence), mine) and ctx.lang.advice(sentence) for sentence in other.sentences) or \
        tells(ctx, other, mine)  # ("recording देखकर पता चल जाता है …" under "Cash का … हिसाब" for "Counter की recording
    # दिखाना": a fact, no step, but its heading a second key; round 33's development item 9)


def _names_heading(ctx: Context, situation: str, sections: list[Section]) -> bool:
    """True when the situation repeats a content word of one of the headings (a clue to the key)."""
    said = stems_of(ctx, situation)
    return any(said & stems_of(ctx, s.title or "") for s in sections)
