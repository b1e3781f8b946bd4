"""Interview practice: a real interviewer's question about one of the section's steps; pick the strongest answer.

The strongest answer is a short story in the STAR shape (situation, the step I took, what came of it), in
the past tense and the bank's voice. The weak ones are the kinds coaches name, told with the same words so
that no option stands out by form: the result put down to chance, the step that stayed a plan ("मैंने … की
योजना बनाई", no action of mine), and both. The four answers are the cells of a 2 × 2 grid (did it / only
planned it × because of it / by chance), so no option is "the one the others vary" either.
"""

from __future__ import annotations

from .context import Candidate, Context, Reading
from .links import specific
from .options import Option, length_balance, shuffle

GENDER = {"feminine": "f", "masculine": "m"}
MAX_CANDIDATES = 2
PLAN_WORDS = ("योजना", "plan")


def interview_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per concrete step of the section that can be told as my own story."""
    found = []
    for index, reading in enumerate(ctx.readings[section_id]):
        candidate = _interview(ctx, reading, index) if specific(ctx, reading) else None
        if candidate is not None:
            found.append(candidate)
        if len(found) >= MAX_CANDIDATES:  # one is kept; two give the ranking a choice
            break
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


def _started(ctx: Context, action: str) -> str:
    """"I started <action>" in Hindi, without "शुरू करना शुरू किया" twice."""
    if ctx.article.lang != "hi":
        return action
    if action.endswith("शुरू करना"):
        return f"{action[: -len('करना')].strip()} किया"
    return f"{action} शुरू किया"


def _planned(ctx: Context, action: str) -> str:
    """The step as the object of "… की योजना बनाई / … के बारे में सोचा" (Hindi oblique infinitive)."""
    return (ctx.story.oblique(action) or action) if ctx.article.lang == "hi" else action


def _interview(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    story = _story(ctx, reading)
    if story is None:
        return None
    action, result, asked = story
    section_id, source = reading.section.id, reading.causal.sentence
    rng = ctx.rng(section_id, "interview", index)
    setting = rng.choice(ctx.stock.star_settings) if ctx.stock.star_settings else ""
    actors, links = rng.randrange(2), rng.randrange(2)  # the same variant for both cells of a factor
    if any(word in action for word in PLAN_WORDS):
        actors = 1  # not "made a plan to make a plan": "thought about …"
    pick = {key: ctx.words[key].split("|")[variant] for key, variant in (
        ("star_own", actors), ("star_team", actors), ("star_because", links), ("star_chance", links))}

    def answer(actor: str, link: str) -> str:
        told = pick[actor].format(action=action, started=_started(ctx, action), planned=_planned(ctx, action))
        return ctx.say("star", setting=setting, actor=told, link=pick[link], result=result).strip()

    right = Option(answer("star_own", "star_because"), ctx.say("interview_best"))
    weak = [Option(answer("star_own", "star_chance"), ctx.say("interview_chance")),
            Option(answer("star_team", "star_because"), ctx.say("interview_team")),
            Option(answer("star_team", "star_chance"), ctx.say("interview_both"))]
    options, answer_index = shuffle(right, weak, rng)
    asked_question = ctx.say(rng.choice(("interview_q1", "interview_q2")), action=asked)
    question = ctx.question(section_id, "interview", ctx.say("interview_stem", question=asked_question),
                            [(o.text, o.feedback) for o in options], answer_index, source, form="star")
    score = 2.0 + length_balance(list(question.options))
    return Candidate(question, score)
