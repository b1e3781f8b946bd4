"""Reason questions: the article gives an instruction and its reason in one sentence ("Register at your training
centre's placement cell too, because hospitals send their requirements there first", "… रखें, क्योंकि बैंक …");
told of a woman who doubts the step, which reason does the article give for it?

The wrong answers are the reasons the article gives for its other tips: each true of the article, so one who
skimmed cannot strike one out by sense, only by knowing which reason goes with which tip (the readers' standing
verdict on the other forms: "the distractors are about other things, so the wording gives the key away"). Round
32's count: a sentence with "because"/"क्योंकि" was in 112 of the corpus's 508 sections whose claims went unread.
"""

from __future__ import annotations

from ..model import Section
from ..text import has_devanagari
from .claims import known_words
from .context import Candidate, Context
from .links import echo, stems_of
from .options import Option, length_balance, pick_parallel, shuffle
from .practice import own_sentences

FORM = "reason"
WEIGHT = 2.0  # (below the forms that tell what she gains: a reason is a fact about others, not her result)
MIN_WRONG = 2


def reasons(ctx: Context, section: Section) -> list[tuple[str, str, str]]:
    """(step, reason, sentence) for each sentence of the section that gives an instruction with its reason, both
    standing alone (no "they", "there", "यही" pointing to a sentence before); memoised per bank."""
    key = ("reasons", section.id)
    if key not in ctx.memo:
        found = []
        for sentence in own_sentences(ctx, section):
            read = ctx.lang.reasoned_step(sentence)
            if read is not None and all(_stands(ctx, section, part) for part in read):
                found.append((read[0], read[1], sentence))
        ctx.memo[key] = found
    return list(ctx.memo[key])


def other_reasons(ctx: Context, section: Section) -> list[tuple[str, str]]:
    """(reason, sentence) for every reason the section gives after "because"/"क्योंकि", for an instruction or for
    anything else ("Contract staff often get fewer benefits …"), standing alone: the wrong answers."""
    key = ("other_reasons", section.id)
    if key not in ctx.memo:
        ctx.memo[key] = [(reason, sentence) for sentence in own_sentences(ctx, section)
                         if (reason := ctx.lang.reason_clause(sentence)) is not None and _stands(ctx, section, reason)]
    return list(ctx.memo[key])


def _stands(ctx: Context, section: Section, text: str) -> bool:
    """True when ``text`` points to nothing outside itself (no "they", "there", nor a thing only the title names)."""
    known = known_words(ctx.known_title, section.title or "")
    return not (ctx.story.dangling(text) or ctx.story.points_back(text) or ctx.story.leans_on_context(text, known))


def reason_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per instruction of the section told with its reason, where two other tips' reasons serve as
    wrong answers."""
    section = ctx.article.section(section_id)
    found = []
    for index, (step, reason, sentence) in enumerate(reasons(ctx, section)):
        candidate = _question(ctx, section, index, step, reason, sentence)
        if candidate is not None:
            found.append(candidate)
    return found


def _question(ctx: Context, section: Section, index: int, step: str, reason: str, sentence: str) -> Candidate | None:
    right = Option(ctx.lang.sentence(reason), ctx.say("reason_right", source=sentence))
    pool = [Option(ctx.lang.sentence(other), ctx.say("reason_other", title=ctx.title(s.id), other=said), group=s.id)
            for s in ctx.article.headed_sections if s.id != section.id
            for other, said in other_reasons(ctx, s) if _distinct(ctx, other, reason, step)]
    pool = [o for o in pool if has_devanagari(o.text) == has_devanagari(right.text)]
    if len({o.group for o in pool}) < MIN_WRONG:
        return None
    rng = ctx.rng(section.id, FORM, index)
    name = ctx.persona(section.id, index, FORM)
    stem = ctx.say("reason_stem", name=name, step=_lowered(step))
    distractors = pick_parallel(right, pool, 3, rng, lambda text: False)
    if len(distractors) < MIN_WRONG or echo(ctx, step, right.text, [o.text for o in distractors]):
        return None  # (a reason that repeats the step's words is matched without the article)
    options, answer = shuffle(right, distractors, rng)
    question = ctx.question(section.id, "scenario", stem, [(o.text, o.feedback) for o in options], answer, sentence,
                            form=FORM)
    return Candidate(question, WEIGHT + length_balance(list(question.options)), FORM)


def _distinct(ctx: Context, other: str, reason: str, step: str) -> bool:
    """True when another tip's reason says something else (less than half its words shared with this reason) and
    does not speak of this step (it would argue for it too: a second key)."""
    mine, theirs = stems_of(ctx, reason), stems_of(ctx, other)
    return 2 * len(mine & theirs) < max(1, min(len(mine), len(theirs))) and not stems_of(ctx, step) & theirs


def _lowered(step: str) -> str:
    """An English instruction inside a sentence ("Register at …" → "register at …"; "GDA" keeps its capitals)."""
    first = step.split()[0] if step.split() else ""
    return step[:1].lower() + step[1:] if step.isascii() and first[1:].islower() else step
