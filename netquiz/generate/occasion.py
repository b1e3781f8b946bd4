"""Occasion questions for tip articles: the article names a moment and says what to do then ("When you need money
urgently, ask a long-time employer for an advance …", "अगर आपकी सैलरी 1 तारीख को आती है, तो 5 तारीख चुनें"); told as
the persona's moment, which of the article's tips would help her most?

A question someone puts to her, quoted in the article ("HR अक्सर पहली कॉल में ही पूछ लेता है, "आपकी अपेक्षित CTC कितनी
है?"", "… when the interviewer asks, "Why do you want to work with us?"") is such a moment too: she is asked it.

The moment is the article's own situation, not its result retold with a name (the readers' standing *stem-template*
verdict on diagnosis questions) nor a step she already took (a practice question): a reader who knows only the
headings must know which tip the article keeps for that moment. The options are the article's instruction headings
as written (as in a practice question, ``practice.py``), the key the heading the moment is told under. Refused where
the moment shares a word with its own heading or another tip's (a reader would match the word); a tip whose body
tells the same moment is no wrong answer (a second key).
"""

from __future__ import annotations

from ..model import Section
from .claims import known_words
from .context import Candidate, Context
from .links import stems_of
from .practice import own_sentences, tip_section
from .tip_situation import situation_question
from .tips import warned

FORM = "occasion"
WEIGHT = 2.7  # (above a trouble question: the moment and the step are both the article's own words)


def occasion_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per moment of a tip section that can be told of the persona, after ``frame`` (what the title
    says its reader is doing, with a ``{name}`` slot) where there is one."""
    section = ctx.article.section(section_id)
    if not tip_section(ctx, section):
        return []
    found = []
    for index, (moment, sentence, asked) in enumerate(moments(ctx, section)):
        name = ctx.persona(section_id, index, FORM)
        told = _asked(ctx, sentence, name, moment) if asked \
            else ctx.lang.occasion_told(moment, name, framed=frame is not None)
        if told is None or ctx.story.dangling(told) or ctx.story.points_back(told):
            continue
        candidate = situation_question(ctx, section, index, FORM, name, told, moment, sentence, "occasion_right",
                                       frame, WEIGHT)
        if candidate is not None:
            found.append(candidate)
    return found


def _asked(ctx: Context, sentence: str, name: str, question: str) -> str:
    """The persona asked the quoted ``question``, by whom the sentence names ("A worried patient asks Fatima: …")."""
    who = ctx.lang.asker(sentence)
    if who:
        return ctx.say("asked_by_moment", asker=who[0].upper() + who[1:], name=name, question=question)
    return ctx.say("asked_moment", name=name, question=question)


def moments(ctx: Context, section: Section) -> list[tuple[str, str, bool]]:
    """(moment, sentence, asked) for each sentence of the section that tells what to do when something happens, its
    moment standing alone (no "this", "such", no thing named only before it), or that quotes a question someone puts
    to the reader ("HR अक्सर पहली कॉल में ही पूछ लेता है, "आपकी अपेक्षित CTC कितनी है?"": ``asked``)."""
    known = known_words(ctx.known_title, section.title or "")
    words = ctx.language.lexicon
    found = []
    for sentence in own_sentences(ctx, section):
        question = ctx.lang.asked_question(sentence)
        if question is not None:
            found.append((question, sentence, True))
            continue
        read = ctx.lang.occasion(sentence)
        if read is None or ctx.story.leans_on_context(read[0], known) \
                or _sets_heading_aside(ctx, section, sentence) \
                or words.any_word("permission_words").search(read[0]) \
                or read[0].split()[-1].lower().strip(".,") in words.pro_forms:
            continue  # ("If your work permits, …": leave, no moment; "If you don't already have one": one what?; "If
            # the school distributes by roll number, … pack child-wise instead of size-wise": the heading's step set
            # aside for that moment; round 36's development item 66 keyed "Label and Pack Each Size Separately")
        found.append((read[0], sentence, False))
    return found


def _sets_heading_aside(ctx: Context, section: Section, sentence: str) -> bool:
    """True when the sentence sets aside, for its moment, a move of the section's own instruction heading ("… pack
    child-wise instead of size-wise" under "Label and Pack Each Size Separately"): the words around its "instead"
    share one with the heading. Under a "don't" heading, the move set aside is the one it warns against ("… तो दाम
    घटाने के बजाय … दे दें" under "… दाम न गिराएं"): the moment keeps the heading's advice."""
    found = ctx.language.lexicon.any_word("instead_words").search(sentence)
    if found is None or not section.title or warned(ctx, section.title) is not None:
        return False
    around = " ".join([*sentence[:found.start()].split()[-AROUND:], *sentence[found.end():].split()[:AROUND]])
    return bool(stems_of(ctx, around) & stems_of(ctx, section.title))


AROUND = 3  # words each side of the "instead" that name what is set aside
