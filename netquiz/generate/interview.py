"""Interview practice: an interviewer's question about one of the section's steps; pick the strongest answer.

The strongest answer is a short STAR story: the situation, the step I took (the section's advice) and the
result the article ties to that step. The weak ones are the kinds interview coaches mark down, mixed from
question to question: a result the article ties to *another* step (an answer to a different question), the
result credited to others or to luck, the step with no result, a claim with no example. Each kind has several
phrasings per language in ``netquiz/generate/distractors/interview.<lang>.json``; every kind opens with a
phrase from the same list, so no phrase marks the key (the feedback-reading guesser checks it over a bank).
"""

from __future__ import annotations

import itertools
import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import NetquizError
from ..model import Question
from ..text import tokens
from .blind import convergence, longest, marked, odd_one_out, shortest
from .context import Candidate, Context, Reading
from .links import distinct, feature_cause, specific
from .options import Option, length_balance, shuffle
from .sample_answer import sample_answer_candidates
from .scenario import interview_article, no_goal
from .stock import stock_dir
from .tips import closing_heading, home_section, work_article

GENDER = {"feminine": "f", "masculine": "m"}
VOICE_ENDINGS = {"feminine": {"ti": "ती", "i": "ी"}, "masculine": {"ti": "ता", "i": "ा"}}
MAX_CANDIDATES = 2
DRAWS = 1  # the phrases are shared by the answers of a question: draws differ only in the weak kinds
FORM_STRATEGIES = (longest, shortest, odd_one_out, convergence)
MAX_STEP_WORDS = 14
RELATIVE = re.compile(r",| जो | जिन | जिस | who | which ")  # "जो लोग … , उन्हें …" does not fit "मैंने …"
HABIT = re.compile(r"habit|आदत", re.IGNORECASE)
COORDINATED = re.compile(r"(?<!किसी)(?<!कोई) और | and ")  # "किसी और से" is "someone else"


@dataclass(frozen=True)
class Story:
    """My step and its result, told in the first person, and the step as the interviewer names it."""

    did: dict[str, str]  # placeholders for the phrasings: started / oblique / gerund
    result: str
    asked: dict[str, str]


@lru_cache(maxsize=8)
def _phrasings(path: str) -> dict[str, tuple[str, ...]]:
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise NetquizError(f"cannot read the interview phrasings {file}: {error}; fix or restore it") from error
    return {k: _flat(v) for k, v in data.items() if not k.startswith("_")}


def _flat(value: list[str] | dict[str, str]) -> tuple[str, ...]:
    """A list as it is; a table ("we") as its pairs in a row (key, value, key, value, …)."""
    return tuple(value) if isinstance(value, list) else tuple(x for pair in value.items() for x in pair)


def phrasings(lang: str) -> dict[str, tuple[str, ...]]:
    """The interview phrasings of ``lang`` (see the module docstring)."""
    return _phrasings(str(stock_dir() / f"interview.{lang}.json"))


def interview_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per concrete step of the section that can be told as my own story."""
    found: list[Candidate] = sample_answer_candidates(ctx, section_id)  # (the article's own sample answers first)
    if found or not work_article(ctx) or interview_article(ctx) or home_section(ctx, section_id) \
            or closing_heading(ctx, ctx.article.section(section_id)):
        return found  # an interviewer asks about work: not about a walk in the park or a family budget, nor
        # about the tips for the interview itself ("when did reading the annual report pay off?"), nor about a
        # calendar shared with one's siblings in an article on a job and elderly parents
    for index, reading in enumerate(ctx.readings[section_id]):
        candidate = _interview(ctx, reading, index) if specific(ctx, reading) and not no_goal(ctx, reading) \
            and work_step(ctx, reading) and not feature_cause(ctx, reading) and not hiring_step(ctx, reading) \
            else None  # ("शिफ्ट पहले से तय होने की आदत डाली": what comes with the job is no story of mine)
        if candidate is not None:
            found.append(candidate)
        if len(found) >= MAX_CANDIDATES:  # one is kept; two give the ranking a choice
            break
    return found


def hiring_step(ctx: Context, reading: Reading) -> bool:
    """True when the step or its result is about getting hired (a ``hiring_words`` or ``interview_words`` word: "घर
    पर मरीज़ का बिल बनाने का अभ्यास करने से टेस्ट के समय घबराहट नहीं होती"): told as a story from her last job it
    read as nonsense ("अपनी पहली नौकरी में मैंने … अभ्यास किया, नतीजा यह रहा कि टेस्ट के समय …", round 32's
    held-out item B10)."""
    said = tokens(f"{reading.causal.cause} {reading.causal.effect}")
    words, text = set(said), f" {' '.join(said)} "
    return any((f" {word.lower()} " in text) if " " in word else word.lower() in words
               for word in ctx.stock.hiring_words + ctx.stock.interview_words)  # (a phrase, "practical round", whole:
    # round 33's development item 49 told "during my internship … I walked into the practical round with a script")


def work_step(ctx: Context, reading: Reading) -> bool:
    """True when the step names work (a ``work_step_words`` or ``office_words`` word: "लोगों से बात करना", "the
    monthly report"), or its result names a ``work_step_words`` word (a client's trust): something a candidate
    tells an interviewer about. A hotel chosen for a trip or the
    benefits policy of her own offer are not, whatever their results name (readers judged such answers no
    answer to the question)."""
    step, result = f" {reading.causal.cause} ".lower(), f" {reading.causal.effect} ".lower()
    return any(word.lower() in step for word in ctx.stock.work_step_words + ctx.stock.office_words) \
        or any(word.lower() in result for word in ctx.stock.work_step_words)  # (a result "on the way back
    # from a meeting" does not make a hotel a work step)


def _story(ctx: Context, reading: Reading) -> Story | None:
    action = ctx.lang.action(reading.causal)
    result = ctx.story.first_person_result(reading.causal, GENDER[ctx.voice])
    if not action or not result or ctx.story.dangling(result) or len(action.split()) > MAX_STEP_WORDS \
            or COORDINATED.search(action) or "\"" in action or RELATIVE.search(action):
        return None  # two coordinated steps or a quotation do not fit "मैंने … की आदत डाली" / "I made a habit of …"
    values = ctx.story.interview_values(ctx.story.action_in(action, "first"), ctx.story.action_in(action, "second"))
    return Story(values[0], result, values[1]) if values else None


def _other_results(ctx: Context, reading: Reading, limit: int = 2) -> list[tuple[str, Reading]]:
    """Up to ``limit`` results the article ties to other steps (first person, from different sections), for
    "an answer to a different question": the weak answers that read most like the strongest one."""
    key = ("interview_others", reading, limit)
    if key not in ctx.memo:
        ctx.memo[key] = _find_other_results(ctx, reading, limit)
    return list(ctx.memo[key])


def _find_other_results(ctx: Context, reading: Reading, limit: int) -> list[tuple[str, Reading]]:
    found: list[tuple[str, Reading]] = []
    for other in _all(ctx):
        if len(found) >= limit:
            break
        if other.section.id != reading.section.id and specific(ctx, other) and distinct(ctx, reading, other) \
                and all(other.section.id != r.section.id for _, r in found):
            told = ctx.story.first_person_result(other.causal, GENDER[ctx.voice])
            if told and not ctx.story.dangling(told) and not marked(told, ctx.article.lang) \
                    and len(told.split()) >= MIN_RESULT_WORDS:  # ("without …" only in a weak answer would mark
                # it; "नतीजा यह रहा कि झिझका।": a one-word result tells nothing)
                found.append((told, other))
    return found


MIN_RESULT_WORDS = 3


def _all(ctx: Context) -> list[Reading]:
    return [r for section in ctx.article.sections for r in ctx.readings[section.id]]


def _answers(ctx: Context, reading: Reading, story: Story, rng: random.Random) -> tuple[Option, list[Option]]:
    """The STAR key and three weak answers of mixed kinds. One setting is drawn per question; each answer takes
    its own opener and link from the same lists, the key as any other, so no phrase marks the key across a bank
    and the four answers do not read as one sentence told four times; what differs is what they say (which
    result, whose step, no result, no example)."""
    words = phrasings(ctx.article.lang)
    values = {**story.did, **VOICE_ENDINGS[ctx.voice]}
    once = "_once" if _once(story, words) and "did_others_once" in words else ""  # not a habit: "… चुनने का फ़ैसला किया"
    did_phrases, did_others = words[f"did{once}"], words[f"did_others{once}"]
    openers = itertools.cycle(rng.sample(list(did_phrases), len(did_phrases)))  # all differ before one repeats
    links = rng.sample(list(words["star"]), len(words["star"]))
    setting = rng.choice(words.get("situations", ("",)))

    def told(opener: str, result: str | None = None, example: bool = True) -> str:
        body = opener.format(**values)
        if result is not None:
            body += ", " + links[len(body) % len(links)].format(result=result)  # (by the answer's own words:
            # no draw the key could share with other keys)
        if example and setting:
            body = setting + (body if body.startswith("I ") or not body.isascii() else body[:1].lower() + body[1:])
        return f"{body[:1].upper()}{body[1:]}{ctx.language.sentence_end}"

    weak = {
        "others": lambda: Option(told(f"{rng.choice(words['others'])} "
                                      f"{_ours(rng.choice(did_others).format(**values), words)}",
                                      _ours(story.result, words)), ctx.say("interview_credit")),
        "vague": lambda: Option(told(next(openers), rng.choice(words["vague"])), ctx.say("interview_no_result")),
        "claim": lambda: Option(told(rng.choice(words["claim"]), example=False), ctx.say("interview_claim")),
    }
    others = _other_results(ctx, reading, limit=3)  # answers to another question: the ones that read like the key
    right = Option(told(next(openers), story.result), ctx.say("interview_best"))
    distractors = [weak[k]() for k in rng.sample(list(weak), 3 - len(others))]
    for result, other in others:
        distractors.append(Option(told(next(openers), result), ctx.say(
            "interview_other", title=ctx.title(other.section.id), other=other.causal.sentence)))
    return right, distractors


def _ours(result: str, words: dict[str, tuple[str, ...]]) -> str:
    """My result said of us ("मेरी profile … मुझे …" → "हमारी profile … हमें …"), for a step someone else took:
    "my team did it, so my profile stood out" reads oddly; "… so our profile stood out" is the team answer
    coaches mark down. As it is when the result keeps a word whose verb would change ("मैं … बनी")."""
    we = dict(zip(words.get("we", ())[::2], words.get("we", ())[1::2], strict=True))
    tokens = result.split()
    if not we or any(t.strip(",.") in words.get("we_skip", ()) for t in tokens):
        return result
    return " ".join(we.get(t, t) for t in tokens)


def _once(story: Story, words: dict[str, tuple[str, ...]]) -> bool:
    """True when the step is one taken once ("एक niche चुनने", "choosing a niche"): its first or last word
    is in the phrasings' ``once`` list."""
    phrase = story.did.get("oblique") or story.did.get("gerund") or ""
    return any(phrase == w or phrase.endswith(f" {w}") or phrase.startswith(f"{w} ") for w in words.get("once", ()))


def _cues(ctx: Context, right: Option, distractors: list[Option]) -> tuple[float, float]:
    """How strongly the form strategies (length, likeness) point at the key: (the strongest one's hit, the
    sum); the stem and the markers are alike in every draw, so those strategies are not asked here."""
    probe = Question("probe", "", "interview", "", (right.text, *(o.text for o in distractors)), 0,
                     ("",) * (len(distractors) + 1), "", "")
    hits = [strategy(probe, ctx.article.lang)[0] for strategy in FORM_STRATEGIES]
    return max(hits), sum(hits)


def _interview(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    story = _story(ctx, reading)
    if story is None:
        return None
    rng = ctx.rng(reading.section.id, "interview", index)
    draws: list[tuple[tuple[float, float], int, Option, list[Option]]] = []
    for _ in range(3 * DRAWS):  # answers drawn until no blind strategy favours the key, else the least cued
        right, distractors = _answers(ctx, reading, story, rng)
        cues = _cues(ctx, right, distractors)
        draws.append((cues, len(draws), right, distractors))
        if cues[0] < 0.5:
            break
    _, _, right, distractors = min(draws, key=lambda d: (d[0][1], d[1]))
    words = phrasings(ctx.article.lang)
    options, answer = shuffle(right, distractors, rng)
    questions = [q for q in words["questions"] if not (_once(story, words) and HABIT.search(q))] \
        or list(words["questions"])  # a step taken once answers no question about a habit
    asked = ctx.say("interview_stem", question=rng.choice(questions).format(**story.asked))
    question = ctx.question(reading.section.id, "interview", asked, [(o.text, o.feedback) for o in options],
                            answer, reading.causal.sentence, form="star")
    return Candidate(question, 2.0 + length_balance(list(question.options)))
