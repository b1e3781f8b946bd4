"""Scenario questions about a named persona in a concrete situation, in three forms.

- **application**: she takes a step the section describes; which result does the article tie to it?
  Distractors: results the article ties to *other* steps, and plausible results it never promises.
- **diagnosis**: she wants a result the section promises; which step does the article suggest for it?
  Distractors: the article's suggestions for *other* results, and common advice it does not give.
- **belief**: a friend's advice that the article argues against (its "A से अधिक B" / "B more than A"
  comparisons); options agree / half agree / disagree for the article's reason / disagree for a wrong one.
"""

from __future__ import annotations

from dataclasses import replace

from .blind import marked
from .context import Candidate, Context, Reading
from .links import akin, all_readings, general, others, specific, stems_of, supported
from .listicle import heading_link_candidates
from .options import Option, length_balance, pick_parallel, shuffle
from .tips import at_work, fresh, section_steps, tip_pool, tip_reading

FORM_WEIGHT = {"application": 3.0, "diagnosis": 3.0, "belief": 3.5, "advice": 1.5}
# A diagnosis whose key is the article's topic ("नियमित रूप से नेटवर्किंग करना") is answered from the title,
# and the same key across sections is learnt from the feedback: it comes after every other form.
# Once per bank at most (see netquiz.generate._choose).
TOPIC_KEY_PENALTY, TOPIC_KEY = 2.0, "topic-diagnosis"


def scenario_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """Application and diagnosis questions for every concrete step of the section, and belief checks."""
    found: list[Candidate] = []
    for index, reading in enumerate(ctx.readings[section_id]):
        makers = (_application, _diagnosis) if specific(ctx, reading) or general(ctx, reading) else ()
        for maker in makers:
            candidate = maker(ctx, reading, index)
            if candidate is not None:
                found.append(candidate)
    found.extend(belief_candidates(ctx, section_id))
    found.extend(heading_link_candidates(ctx, section_id))
    return found


def advice_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """Last resort for a section of bare advice (no step tied to a result, or none that passed the gates):
    which step does the article suggest? The key is the heading's or the body's step; distractors are steps
    the article warns against, then common advice it never gives (see :mod:`.tips`)."""
    section = ctx.article.section(section_id)
    found = []
    for index, (key, sentence) in enumerate(section_steps(ctx, section) if section.title else ()):
        name = ctx.persona(section_id, index, "advice")
        frame = _frame(ctx, name, key, section_id, index, "advice") or ctx.say("advice_frame", name=name)
        stem = ctx.say("advice_stem", frame=frame)
        candidate = _assemble(ctx, tip_reading(section, sentence), 100 + index, "advice", stem, key,
                              tip_pool(ctx, section, sentence))
        if candidate is not None:
            found.append(candidate)
    return found


def _frame(ctx: Context, name: str, key: str, *parts: object) -> str:
    """A short sentence that places the persona (where she works), from the editable stock list; one that
    shares no word with the key, so that the frame never points at it. Empty when the claim is not set at
    work (:func:`at_work`)."""
    if not at_work(ctx, str(parts[0])):
        return ""  # a workplace frame would not fit a claim about home, health or the like
    frames = list(ctx.stock.frames)
    ctx.rng("frame", *parts).shuffle(frames)
    avoid = stems_of(ctx, key)
    fitting = [f for f in frames if not stems_of(ctx, f) & avoid] or frames
    return fitting[0].format(name=name) if fitting else ""


def _named(ctx: Context, frame: str, text: str, name: str) -> str:
    """``text`` with the persona's name replaced by a pronoun when the frame already named her."""
    return ctx.story.pronominalize(text, name) if frame else text


def _application(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    lang, section_id = ctx.lang, reading.section.id
    name = ctx.persona(section_id, index, "application")
    situation, key = lang.situation(reading.causal, name), lang.outcome(reading.causal, name)
    if not situation or not key or ctx.story.dangling(situation) or ctx.story.dangling(key):
        return None
    frame = _frame(ctx, name, key, section_id, index, "application")
    source = reading.causal.sentence
    pool = [Option(text, ctx.say("link_other", title=ctx.title(o.section.id), other=o.causal.sentence),
                   group=o.section.id)
            for o in others(ctx, reading) if specific(ctx, reading) and (text := _told(ctx, "outcome", o))
            and not supported(ctx, reading.causal.cause, o.causal.effect)]  # the topic itself brings them all
    pool += [Option(t, ctx.say("link_stock", source=source), "stock") for t in fresh(ctx, ctx.stock.outcomes)
             if at_work(ctx, section_id)]
    stem = ctx.say("application_stem", frame=frame, situation=_named(ctx, frame, situation, name)).strip()
    return _assemble(ctx, reading, index, "application", stem, key, pool)


def _diagnosis(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    lang, section_id = ctx.lang, reading.section.id
    if lang.is_passive(reading.causal.effect):
        return None
    name = ctx.persona(section_id, index, "diagnosis")
    wish, key = lang.wish(reading.causal, name), lang.action(reading.causal)
    if not wish or not key or ctx.story.dangling(wish) or ctx.story.dangling(key):
        return None
    frame = _frame(ctx, name, key, section_id, index, "diagnosis")
    source = reading.causal.sentence
    pool = [Option(text, ctx.say("advice_other", title=ctx.title(o.section.id), other=o.causal.sentence),
                   group=o.section.id)
            for o in others(ctx, reading) if specific(ctx, o) and (text := _told(ctx, "action", o))
            and specific(ctx, reading)  # for the activity in general, the article's other steps are it too
            and not supported(ctx, o.causal.cause, reading.causal.effect)]
    if specific(ctx, reading):
        pool += _other_tips(ctx, reading, key, wish)
    pool += [Option(t, ctx.say("advice_stock", source=source), "stock") for t in fresh(ctx, ctx.stock.actions)
             if at_work(ctx, section_id)]
    stem = ctx.say("diagnosis_stem", frame=frame, wish=_named(ctx, frame, wish, name)).strip()
    candidate = _assemble(ctx, reading, index, "diagnosis", stem, key, pool)
    if candidate is None or specific(ctx, reading):
        return candidate
    return replace(candidate, score=candidate.score - TOPIC_KEY_PENALTY, stem_kind=TOPIC_KEY)


def _other_tips(ctx: Context, reading: Reading, key: str, wish: str) -> list[Option]:
    """Steps other sections advise (their headings and instructions) that share no word with this step or
    its result: advice of the article's own, for other goals, so a reader must know which goes with which."""
    taken = stems_of(ctx, key) | stems_of(ctx, wish) | stems_of(ctx, reading.causal.sentence)
    found = []
    for section in ctx.article.headed_sections:
        if section.id == reading.section.id:
            continue
        for step, sentence in section_steps(ctx, section)[:2]:  # the heading's and the first instruction
            if not akin(stems_of(ctx, step), taken) and not supported(ctx, step, reading.causal.effect):
                found.append(Option(step, ctx.say("advice_other", title=ctx.title(section.id), other=sentence),
                                    group=section.id))
    return found


def _told(ctx: Context, what: str, reading: Reading) -> str | None:
    """Another link's result (told about the persona already named: "उसे …", "she …") or step, which do
    not depend on the persona's name; memoised per bank."""
    key = (what, reading)
    if key not in ctx.memo:
        ctx.memo[key] = ctx.lang.outcome(reading.causal, "X") if what == "outcome" else ctx.lang.action(reading.causal)
    found: str | None = ctx.memo[key]
    return found


def _assemble(ctx: Context, reading: Reading, index: int, form: str, stem: str, key: str,
              pool: list[Option]) -> Candidate | None:
    source = reading.causal.sentence
    rng = ctx.rng(reading.section.id, "scenario", index, form)
    right = Option(key, ctx.say("right_source", source=source))
    stem_words = stems_of(ctx, stem)
    distractors = pick_parallel(right, pool, 3, rng, lambda text: marked(text, ctx.article.lang),
                                lambda text: len(stems_of(ctx, text) & stem_words))
    if len(distractors) < 3:
        return None
    options, answer = shuffle(right, distractors, rng)
    question = ctx.question(reading.section.id, "scenario", stem, [(o.text, o.feedback) for o in options],
                            answer, source, form=form)
    articles = sum(o.origin == "article" for o in distractors)
    score = FORM_WEIGHT[form] + length_balance(list(question.options)) + 0.3 * articles
    score -= max(0, len(stem.split()) - 45) * 0.05
    return Candidate(question, score, form)


def belief_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """A friend's advice that one of the section's comparisons argues against."""
    found = []
    section = ctx.article.section(section_id)
    for index, sentence in enumerate(section.sentences):
        for a, b in ctx.story.contrast_pairs(sentence):
            a, b = ctx.story.persona_phrase(a), ctx.story.persona_phrase(b)
            candidate = _belief(ctx, section_id, index, sentence, a, b)
            if candidate is not None:
                found.append(candidate)
    return found


def _third_factor(ctx: Context, section_id: str, a: str, b: str) -> str | None:
    """Something else that plausibly counts, for "disagree for a wrong reason": a means the article names
    elsewhere ("नियमित पढ़ाई"), else the first stock entry ("मेहनत") that shares no word with the article."""
    taken = stems_of(ctx, f"{a} {b}")
    for reading in all_readings(ctx):
        cause = reading.causal.cause
        if reading.causal.cause_kind == "noun" and len(cause.split()) <= 3 and stems_of(ctx, cause) \
                and not stems_of(ctx, cause) & taken and not ctx.story.dangling(cause):
            return ctx.story.persona_phrase(cause[:1].lower() + cause[1:])
    return ctx.stock.measures[0] if ctx.stock.measures else None


def _belief(ctx: Context, section_id: str, index: int, source: str, a: str, b: str) -> Candidate | None:
    rng = ctx.rng(section_id, "belief", index, a)
    c = _third_factor(ctx, section_id, a, b)
    if c is None:
        return None
    name = ctx.persona(section_id, index, "belief")
    setting = next((text for r in ctx.readings[section_id] if r.causal.sentence == source
                    and r.causal.cause_kind == "reader" and (text := ctx.lang.situation(r.causal, name))),
                   ctx.say("belief_setting", name=name))
    values = {"a": a, "b": b, "c": c, "source": source}
    options = [
        Option(ctx.say("belief_key", **values), ctx.say("right_source", source=source)),
        Option(ctx.say("belief_agree", **values), ctx.say("belief_agree_feedback", **values)),
        Option(ctx.say("belief_partly", **values), ctx.say("belief_partly_feedback", **values)),
        Option(ctx.say("belief_wrong_reason", **values), ctx.say("belief_wrong_reason_feedback", **values)),
    ]
    ordered, answer = shuffle(options[0], options[1:], rng)
    stem = ctx.say("belief_stem", setting=setting, a=a)
    question = ctx.question(section_id, "scenario", stem, [(o.text, o.feedback) for o in ordered], answer,
                            source, form="belief")
    return Candidate(question, FORM_WEIGHT["belief"], "belief")
