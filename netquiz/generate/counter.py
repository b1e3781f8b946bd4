"""Counter-advice questions for tip articles: a friend advises what a tip's section argues against, or believes
what it corrects ("It's tempting to practise what you're already good at. Resist that."; "बहुत-सी महिलाएं
मानती हैं कि अच्छा काम अपने-आप दिख जाता है"); which of the article's tips goes against her?

The belief check of QUESTIONS.md with the article's own tips as its options (quoted as written, like the practice
form's): the key is the tip whose section says the friend is wrong. The friend's words come from the section
(the step it rejects "instead of" its own, what one is "tempted" to do, what "many women think"), told about the
persona, never to the reader.
"""

from __future__ import annotations

from ..model import Section
from .context import Candidate, Context
from .links import stems_of
from .myth import stands_alone
from .options import Option, length_balance
from .practice import auxiliaries, least_cued, own_sentences, remedy_index, tip_section, wrong_tips
from .tips import heading_step, warned

WEIGHT = 2.6
MIN_SAID = 3  # content words her friend's words need to stand alone ("चुप रहना ही ठीक रहेगा": about what?)



def counter_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per piece of advice or belief the section argues against that can be told alone."""
    section = ctx.article.section(section_id)
    if not tip_section(ctx, section):
        return []
    found = []
    for index, (told, core, sentence) in enumerate(_countered(ctx, section)):
        said = stems_of(ctx, core) - auxiliaries(ctx)
        fair = wrong_tips(ctx, section, said) if len(said) >= MIN_SAID else None
        if fair is None:
            continue
        name = ctx.persona(section_id, index, "counter")
        setting = frame.format(name=name) if frame else ctx.say("counter_setting", name=name)
        stem = ctx.say("counter_stem", setting=setting, friend=told)
        right = Option(section.title or "", ctx.say("counter_right", source=_with_advice(ctx, section, sentence)))
        question = least_cued(ctx, section_id, stem, right, fair, sentence, ctx.rng(section_id, "counter", index),
                              said, form="counter")
        found.append(Candidate(question, WEIGHT + length_balance(list(question.options)), "counter"))
    return found


def _with_advice(ctx: Context, section: Section, sentence: str) -> str:
    """The countered sentence and the instruction that follows it ("It is tempting to launch with fifteen
    fragrances. Begin with three or four instead, …"): the key's feedback quotes what the article advises, not only
    the temptation (round 34's held-out B46)."""
    sentences = section.sentences
    following = sentences[sentences.index(sentence) + 1] if sentence in sentences[:-1] else ""
    return f"{sentence} {following}" if following and ctx.lang.advice(following) else sentence


def _countered(ctx: Context, section: Section) -> list[tuple[str, str, str]]:
    """(her friend's words, their core, source sentence): what the section rejects or corrects, told about the
    persona (words that stand alone: :func:`myth.stands_alone`; her friend speaks of her, not to you)."""
    sentences = own_sentences(ctx, section)
    return [(told, core, sentence) for index, sentence in enumerate(sentences)
            if (said := _friend_says(ctx, sentence, _practice_told(ctx, section, index))) is not None
            and (told := said[0]) and (core := said[1]) and ", " not in core and stands_alone(ctx, core)]


def _practice_told(ctx: Context, section: Section, index: int) -> bool:
    """True where what "many women do" is the move the section argues against: before its remedy, in a "don't"
    section, or as the first sentence under an instruction ("Many technicians keep the hot-air gun at full heat all
    day, …" under "Set the hot-air station to the lowest heat that works"; round 40's batches A and E)."""
    sentences = own_sentences(ctx, section)
    if sentences[index].rstrip().endswith(":") or index >= remedy_index(ctx, sentences):
        return False  # ("Many tailors keep a simple rule:": the rule it leads to is the article's own)
    return warned(ctx, section.title or "") is not None or (index == 0 and heading_step(ctx, section) is not None)


def _friend_says(ctx: Context, sentence: str, practice: bool = False) -> tuple[str, str] | None:
    """Her friend's words from one sentence ("advises her to practise …", "की सलाह है कि उस समय बहस करना ही ठीक
    रहेगा", "believes that good work speaks for itself") and their core (the step or belief), or None."""
    step = ctx.lang.tempted_step(sentence)
    if step:
        core = step[:1].lower() + step[1:] if step[:1].isascii() else step  # ("Order a monitor … for ₹9,000")
        return ctx.say("counter_advice", step=core), core
    belief = ctx.lang.common_belief(sentence)
    if belief:
        return ctx.say("counter_belief", belief=belief), belief
    done = ctx.lang.common_practice(sentence) if practice else None  # ("ज़्यादातर लोग प्लेट का दाम सिर्फ कच्चे माल को
    # देखकर तय करते हैं" under "दाम तय करते समय छिपे खर्च न भूलें": what she is advised to do by one who does it too)
    if done:
        core = done[:1].lower() + done[1:] if done[:1].isascii() else done
        return ctx.say("counter_advice", step=core), core
    return None
