"""Habit questions for tip articles: the article says what many women do that its tip corrects ("टारगेट जल्दी पूरा
करने के चक्कर में बहुत-सी महिलाएँ दोपहर का खाना टाल देती हैं …", "Many people treat references as a formality …");
told of a persona as what she does, which of the article's tips would help her most?

The diagnosis of QUESTIONS.md ("a persona has a problem; which of the article's suggestions fits her best?") with a
problem the article itself describes: her own habit, in her own words, not the tip's result re-voiced as a wish
(readers of round 15 found "the article sentence with a name" in every scenario stem). The options are the
article's tip headings as written, as in a practice question (``practice.py``); the key is the heading the habit
is told under. Refused where the habit shares a word with its own heading or another tip's (the key told, or a
second key) and where fewer than two other tips are left.
"""

from __future__ import annotations

from .context import Candidate, Context
from .links import stems_of
from .options import Option, length_balance
from .practice import auxiliaries, least_cued, own_sentences, tip_section, wrong_tips

WEIGHT = 2.7  # (her own slip, in the article's words: the most concrete problem a section gives)
MIN_SAID = 4  # content words the habit needs to be a situation ("मीरा बीच का रास्ता अपनाती है": which?)


def habit_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per habit of "many women" the tip section corrects, told of the persona after ``frame`` (who
    and where she is, with a ``{name}`` slot) where there is one."""
    section = ctx.article.section(section_id)
    if not tip_section(ctx, section):
        return []
    found = []
    for index, sentence in enumerate(own_sentences(ctx, section)):
        name = ctx.persona(section_id, index, "habit")
        told = ctx.language.common_habit(sentence, name)
        if told is None or ctx.story.dangling(told) or ctx.story.points_back(told):
            continue
        said = stems_of(ctx, told) - auxiliaries(ctx) - stems_of(ctx, name)
        fair = wrong_tips(ctx, section, said) if len(said) >= MIN_SAID else None
        if fair is None:
            continue
        situation = f"{frame.format(name=name)} {ctx.story.pronominalize(told, name)}" if frame else told
        stem = ctx.say("habit_stem", situation=situation)
        right = Option(section.title or "", ctx.say("habit_right", source=sentence))
        question = least_cued(ctx, section_id, stem, right, fair, sentence, ctx.rng(section_id, "habit", index),
                              said, form="habit")
        found.append(Candidate(question, WEIGHT + length_balance(list(question.options)), "habit"))
    return found
