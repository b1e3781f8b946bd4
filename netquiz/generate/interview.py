"""Interview practice: a real interviewer's question about one of the section's steps; pick the strongest answer.

The strongest answer is a short story in the STAR shape (situation, the step I took, what came of it), in
the past tense and the bank's voice. The others are the weak kinds coaches name, all affirmative and of a
similar shape: a claim with no example, a step with no result, a result credited to luck, and a good story
that answers a different question (another section's step and result).
"""

from __future__ import annotations

from .context import Candidate, Context, Reading
from .links import others, specific
from .options import Option, length_balance, shuffle
from .quality import blind_penalty

GENDER = {"feminine": "f", "masculine": "m"}


def interview_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per concrete step of the section that can be told as my own story."""
    found = []
    for index, reading in enumerate(ctx.readings[section_id]):
        candidate = _interview(ctx, reading, index) if specific(ctx, reading) else None
        if candidate is not None:
            found.append(candidate)
    return found


def _story(ctx: Context, reading: Reading) -> tuple[str, str, str] | None:
    """(my action, my result, the action asked about in the second person) for one link."""
    action = ctx.lang.action(reading.causal)
    result = ctx.story.first_person_result(reading.causal, GENDER[ctx.voice])
    if not action or not result:
        return None
    mine = ctx.story.action_in(action, "first")
    asked = ctx.story.oblique(ctx.story.action_in(action, "second"))
    if ctx.article.lang == "en":
        mine = ctx.story.gerund_phrase(mine)
    return (mine, result, asked) if asked else None


def _started(ctx: Context, action: str) -> dict[str, str]:
    """"I started <action>" in Hindi, without "शुरू करना शुरू किया" twice."""
    if ctx.article.lang != "hi":
        return {"started": action, "started_too": action}
    if action.endswith("शुरू करना"):
        base = action[: -len("करना")].strip()
        return {"started": f"{base} किया", "started_too": f"{base} तो किया"}
    return {"started": f"{action} शुरू किया", "started_too": f"{action} शुरू तो किया"}


def _interview(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    story = _story(ctx, reading)
    if story is None:
        return None
    action, result, asked = story
    section_id, source = reading.section.id, reading.causal.sentence
    rng = ctx.rng(section_id, "interview", index)
    setting = rng.choice(ctx.stock.star_settings) if ctx.stock.star_settings else ""
    variant = rng.choice(("", "2"))

    def say(key: str, mine: str, **values: str) -> str:
        return ctx.say(key, setting=setting, action=mine, **_started(ctx, mine), **values).strip()

    right = Option(say("star_key", action, result=result), ctx.say("interview_best"))
    weak = [Option(say("star_luck" + variant, action, result=result), ctx.say("interview_luck")),
            Option(say("star_claim" + variant, action), ctx.say("interview_claim")),
            Option(say("star_no_result" + variant, action), ctx.say("interview_no_result"))]
    other = next((o for o in others(ctx, reading) if specific(ctx, o) and _story(ctx, o)), None)
    if other is not None:
        other_action, other_result, _ = _story(ctx, other) or ("", "", "")
        weak.insert(0, Option(say("star_key", other_action, result=other_result),
                              ctx.say("interview_other", title=ctx.title(other.section.id))))
        del weak[rng.choice((2, 3))]
    options, answer = shuffle(right, weak, rng)
    asked_question = ctx.say(rng.choice(("interview_q1", "interview_q2")), action=asked)
    question = ctx.question(section_id, "interview", ctx.say("interview_stem", question=asked_question),
                            [(o.text, o.feedback) for o in options], answer, source, form="star")
    score = 2.0 + (other is not None) + length_balance(list(question.options))
    return Candidate(question, score - blind_penalty(question, ctx.article.lang))
