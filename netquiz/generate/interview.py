"""Interview practice: an interviewer's question; pick the strongest first-person answer."""

from __future__ import annotations

from .context import Candidate, Context
from .options import Option, length_balance, pick_distractors, shuffle


def _voice_gender(text: str) -> str:
    """The article's voice: feminine when "-ती हैं" outnumbers "-ते हैं"."""
    return "m" if text.count("ते हैं") > text.count("ती हैं") else "f"


def interview_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per sentence that can be retold as the candidate's own example."""
    section = ctx.article.section(section_id)
    if not ctx.topic or not section.title:
        return []
    causal_sentences = {r.causal.sentence for r in ctx.readings[section_id]}
    gender = _voice_gender(ctx.all_text)
    found = []
    for index, source in enumerate(section.sentences):
        best = ctx.lang.first_person_answer(source, gender)
        if not best:
            continue
        rng = ctx.rng(section_id, "interview", index)
        title = ctx.title(section_id)
        right = Option(best, ctx.say("interview_best", title=title))
        first = []
        flipped = ctx.lang.flip(best)
        if flipped:
            first.append(Option(flipped, ctx.say("interview_flip")))
        pool = [Option(ctx.say("interview_against_answer", claim=c.text, topic=ctx.topic),
                       ctx.say("interview_against", source=c.source)) for c in ctx.claims]
        pool.append(Option(ctx.say("interview_avoid_answer", topic=ctx.topic), ctx.say("interview_flip")))
        pool.append(Option(ctx.say("interview_vague_answer"), ctx.say("interview_vague")))
        distractors = pick_distractors(right, pool, 3, rng, first=first)
        options, answer = shuffle(right, distractors, rng)
        asked = ctx.say(rng.choice(("interview_q1", "interview_q2", "interview_q3")), topic=ctx.topic)
        question = ctx.question(section_id, "interview", ctx.say("interview_stem", question=asked),
                                [(o.text, o.feedback) for o in options], answer, source)
        score = 1.0 + 2.0 * (source in causal_sentences) + length_balance(list(question.options))
        found.append(Candidate(question, score - 0.02 * max(0, len(best.split()) - 30)))
    return found
