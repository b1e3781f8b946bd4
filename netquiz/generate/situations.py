"""Scenario questions from situations the facilitator writes: one line per situation, ``s3: <a woman in a
concrete situation>``.

Sixteen rounds of readings agree that a rule-built scenario stem re-voices the article's own sentence with a
name; a reader who wants "who, where, what happened" rejects it (round 16: 3 % acceptable strictly read). A
situation the article does not contain needs a writer. The facilitator knows her room: one line per section
("मीना की दुकान में दिवाली से दो हफ़्ते पहले आधा सामान खत्म हो चुका है।") and netquiz does the rest — the
question ("which of the article's tips would help most in this situation?"), the article's headings as options
(the key her section's, the wrong ones chosen so no blind cue marks the key), feedback from each heading's own
section and the source sentence. Such a question is kept as written: no blind trim drops it and no persona is
renamed; the checks below are told to her instead, in her language, to mend the line if she wishes.

File format (UTF-8; blank lines and lines starting with ``#`` are skipped)::

    s3: Meena's shop runs out of half its stock two weeks before Diwali.
    Check the stock before the festival: Asha has a wedding order and no list of what is left.

A line starts with the section's id (as ``netquiz sections`` lists it) or its heading, then a colon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..language import language
from ..model import Article, Question, Section
from ..text import compile_nfc, has_devanagari
from .blind import cue_strategies, marked
from .context import Context
from .feedback_guess import elimination_ratio, heading_ratio
from .links import stems_of
from .options import Option, shuffle
from .practice import instruction_heading, least_cued, tip_headings, tip_section
from .ruled_out import suggested_wrong, turns_key_round
from .situation_lines import read_situations, read_situations_file, situations_template
from .situation_notes import Situation, SituationNote
from .situation_quotes import named_passage, quoted_passage, quoted_run, quoted_sentence
from .tips import closing_heading, foreign_heading
from .trim import BAR

__all__ = ["Situation", "SituationNote", "SituationResult", "read_situations", "read_situations_file",
           "situation_questions", "situations_template"]

FORM = "situation"
MIN_WRONG = 2  # a question needs the key and two wrong headings at least
WANTED_WRONG = 3  # and has three where the article has them
STEP_NUMBER = re.compile(r"^(?:Step|स्टेप|चरण|कदम)\s*\d+\s*[:.)–-]\s*", re.IGNORECASE)
MIN_ELIMINATED = 3  # questions before the striking-out reader is told of (two say nothing)
MIN_NOTED_LINES = 3  # her lines before she is told that most show only headings as wrong answers
MIN_OWN_QUESTIONS = 2  # her questions with wrong answers of her own before she is told the key is always a heading
WORDED_CUES = ("stem_overlap",)  # the cue her words make (the others come of the headings as written)


@dataclass
class SituationResult:
    """The questions built from the facilitator's situations and the notes on them."""

    questions: list[Question] = field(default_factory=list)
    notes: list[SituationNote] = field(default_factory=list)



def situation_questions(ctx: Context, situations: Sequence[Situation]) -> SituationResult:
    """A scenario question for each situation (numbered ``<section>-situation-<n>``) and the notes on them."""
    result = SituationResult()
    numbers: dict[str, int] = {}
    labels = {s.section: s.text for s in situations if s.label}
    for situation in (s for s in situations if not s.label):
        numbers[situation.section] = numbers.get(situation.section, 0) + 1
        question, notes = _question(ctx, situation, numbers[situation.section], labels)
        if question is not None:
            result.questions.append(question)
        result.notes.extend(notes)
    return result


def elimination_note(questions: Sequence[Question]) -> SituationNote | None:
    """A note when a participant who strikes out every option already seen as a key (the whole bank seen) finds
    the keys of her situation questions above ``BAR`` × chance (one line per heading keys each once)."""
    if sum(q.form == FORM for q in questions) < MIN_ELIMINATED:
        return None
    ratio = elimination_ratio(questions, lambda q: q.form == FORM)
    return SituationNote(Situation("", ""), "eliminated", f"{ratio:.1f}") if ratio > BAR else None


def own_wrong_note(situations: Sequence[Situation]) -> SituationNote | None:
    """A note when most of her lines (three at least) show only headings as wrong answers: a reader tells most of
    them from the key by topic alone; blind judges preferred her own wrong answers in 24 of 26 (round 22) and 20 of
    29 (round 23) questions."""
    lines = [s for s in situations if not s.label]
    bare = [s for s in lines if not s.own_wrong]
    if len(lines) < MIN_NOTED_LINES or 2 * len(bare) <= len(lines):
        return None
    return SituationNote(Situation("", ""), "no_own_wrong", f"{len(bare)}/{len(lines)}")


def heading_note(article: Article, questions: Sequence[Question],
                 situations: Sequence[Situation]) -> SituationNote | None:
    """A note when, in her questions with wrong answers of her own (two at least), a participant who picks only
    among the article's headings finds the keys above ``BAR`` × chance (:func:`.heading_ratio`): her answers are
    never the key, the key is always a heading (round 23: a strict reader would not count her answers as tempting
    for that, "a participant learns it within a few items"). It names the parts shown there without a label:
    labels in her answers' form took the strict readers' *good* from 9 to 22 of 144 on the same lines."""
    labels = {s.section: s.text for s in situations if s.label}
    headings = {s.id: STEP_NUMBER.sub("", s.title or "").strip() for s in article.headed_sections}
    worded = set(headings.values()) | set(labels.values())
    own = [q for q in questions if q.form == FORM and any(o.strip() not in worded for o in q.options)]
    if len(own) < MIN_OWN_QUESTIONS:
        return None
    ratio = heading_ratio(own, headings.values())
    if ratio <= BAR:
        return None
    shown = {o.strip() for q in own for o in q.options}
    bare = [sid for sid, heading in headings.items() if heading in shown and sid not in labels]
    return SituationNote(Situation("", ""), "heading_keys", f"{ratio:.2f}", parts=", ".join(bare))


def _pool(ctx: Context, section: Section) -> tuple[list[Section], bool]:
    """The headings that may serve as options beside ``section``'s, and whether they are tips (the article's
    instruction headings) rather than parts of any kind; in the key's script only (the script alone would tell
    an English heading among Hindi ones)."""
    tip = tip_section(ctx, section) and _all_tips(ctx)
    pool = tip_headings(ctx) if tip else [s for s in ctx.article.headed_sections
                                         if s.title and s.sentences and not closing_heading(ctx, s)]
    script = foreign_heading(ctx, section.title or "")
    others = [s for s in pool if s is not section and foreign_heading(ctx, s.title or "") == script]
    alike = [s for s in others if _heading_form(ctx, s) == _heading_form(ctx, section)]
    if len(alike) < MIN_WRONG:
        return others, tip
    return (alike if len(alike) >= WANTED_WRONG else alike + [s for s in others if s not in alike]), tip
    # (reading163: the only question among instructions, the only how-to among benefits, was the key; reading168:
    # nine of 84 questions had three options where two headings were of the key's form; a third of another form is
    # no cue to the key, and :func:`_built` takes it only where two of the key's form are not enough)


def _all_tips(ctx: Context) -> bool:
    """True when every headed section but the closing words is a tip: one question for every situation of the
    article ("which tip …?" beside "which part …?" in one article read as two tools; reading163)."""
    tips = tip_headings(ctx)
    return all(s in tips for s in ctx.article.headed_sections if s.title and not closing_heading(ctx, s))


def _heading_form(ctx: Context, section: Section) -> str:
    """A heading's form: a question, an instruction, or a name (a benefit, a topic)."""
    title = (section.title or "").strip()
    if title.endswith("?"):
        return "question"
    return "instruction" if instruction_heading(ctx, title) else "name"


def _question(ctx: Context, situation: Situation, number: int,
              labels: dict[str, str]) -> tuple[Question | None, list[SituationNote]]:
    section = ctx.article.section(situation.section)

    def shown(part: Section) -> str:  # (her label for the heading, where she gave one; a step's number left
        return labels.get(part.id) or STEP_NUMBER.sub("", part.title or "")  # out: reading168, the key the only
        # option without "Step 3:")

    said = stems_of(ctx, situation.text) - stems_of(ctx, ctx.article.title or "")
    notes = []
    told = sorted(said & (stems_of(ctx, section.title or "") | stems_of(ctx, shown(section))))
    if told:
        notes.append(SituationNote(situation, "tells_key", ", ".join(told)))
    if ctx.story.points_back(situation.text) or ctx.story.dangling(situation.text):
        notes.append(SituationNote(situation, "points"))
    fair, shared, tip = _wrong_parts(ctx, section, said, shown)
    if situation.wrong or situation.own_wrong:  # hers, as chosen; she is told of any a reader could defend for
        # her (reading195 item 33: "Certificate कैसे बनवाएं?" beside a vendor who may have none)
        fair = [ctx.article.section(i) for i in situation.wrong]
        defended = [s for s in fair if _how_to(ctx, s) or _speaks_of(ctx, s, section, said, shown)]
        if defended:
            notes.append(SituationNote(situation, "chosen_second_key", "; ".join(shown(s) for s in defended)))
        notes += own_wrong_notes(ctx, situation, shown(section))
        if situation.own_wrong and _heading_form(ctx, section) == "name":  # (r22: readers refused both such
            # questions, "Smaller Grocery Bills" beside her "Plain Bakery Biscuits": a benefit does not "help")
            notes.append(SituationNote(situation, "own_kind", shown(section)))
    elif shared:
        notes.append(SituationNote(situation, "second_key", "; ".join(shown(s) for s in shared)))
    if len(fair) + len(situation.own_wrong) < MIN_WRONG:
        return None, [*notes, SituationNote(situation, "too_few")]
    question = _built(ctx, situation, number, fair, tip, said, shown)
    worded = [name for name in cue_strategies(replace(question, stem=situation.text), ctx.article.lang)
              if name in WORDED_CUES or situation.own_wrong]  # (her words only: the ask's own "काम आएगी" beside a
    # heading with "काम" is the tool's, which no line of hers can mend; a facilitator found it on two lines of
    # situ27; where she wrote wrong answers of her own, their shape is hers to mend too)
    if worded:  # (a cue of the headings' shape alone is not told: her line cannot change it, and over her
        # 107 lines of reading163 the shape cues cancel out, each strategy at 0.8–1.06 × chance)
        notes.append(SituationNote(situation, "cued_words", ",".join(worded)))
    if has_devanagari(situation.text) != has_devanagari(shown(section)):
        notes.append(SituationNote(situation, "script", question_id=section.id))
    label = run_in_label(section, question.source)
    if label:
        notes.append(SituationNote(situation, "aside", label))
    if not situation.own_wrong:  # (the moves the article rules out, of her part or near her line: wrong answers she
        # may put in the brackets, which readers found tempting where hers were; ``ruled_out.py``)
        suggested = suggested_wrong(ctx, situation, shown(section), question.options)
        if suggested:
            notes.append(SituationNote(situation, "suggest_wrong", "; ".join(f"“{m.text}”" for m in suggested)))
    return question, [*notes, SituationNote(situation, "built", question_id=question.id)]


def _wrong_parts(ctx: Context, section: Section, said: frozenset[str],
                 shown: Callable[[Section], str]) -> tuple[list[Section], list[Section], bool]:
    """The headings fair as wrong answers, those left out as second keys (her words in their heading, or as many
    of them in their text as in her own section's: reading163, items 17, 19), and whether the parts are tips."""
    others, tip = _pool(ctx, section)
    shared = [s for s in others if _speaks_of(ctx, s, section, said, shown)]
    fair = [s for s in others if s not in shared]  # (a "don't" heading serves as a wrong one too: kept out beside
    # positive keys, it was the key wherever it was shown, 27 of 40 headings never wrong in 48 files' questions)
    return fair, shared, tip


def _how_to(ctx: Context, part: Section) -> bool:
    """True for the article's closing words or a heading that tells how to begin ("Certificate कैसे बनवाएं?", "How to
    get started"): what it says serves every situation of the article."""
    title = (part.title or "").strip()
    return closing_heading(ctx, part) or bool(HOW_ANYWHERE.search(title)) or \
        any(language(code).lexicon.any_word("how_headings").match(title) for code in {ctx.article.lang, "en"})


HOW_ANYWHERE = compile_nfc(r"(?<![\w\u0900-\u097F])(?:कैसे|how to|how do)(?![\w\u0900-\u097F])", re.IGNORECASE)
# ("Certificate कैसे बनवाएं?"; the list's other words only open a heading: "शुरुआत कहाँ से करें", not "कम लागत में
# शुरुआत", a benefit, reading196's facilitator)


def _speaks_of(ctx: Context, other: Section, section: Section, said: frozenset[str],
               shown: Callable[[Section], str]) -> bool:
    """True when ``other``'s heading holds her words, or its text as many of them as her own section's (two at
    least): a reader could defend it for her situation."""
    own = len(said & stems_of(ctx, section.text))
    return bool(said & (stems_of(ctx, other.title or "") | stems_of(ctx, shown(other)))
                or len(said & stems_of(ctx, other.text)) >= max(2, own))


def _negations_first(picked: tuple[Section, ...], key_marked: bool, lang: str) -> int:
    """Lower first: beside a "don't" key, a set with another "don't" (reading166: a lone negated heading was the
    key five times in five); beside a positive key, one with at most one (two would leave the key among two)."""
    negated = sum(marked(s.title or "", lang) for s in picked)
    return -min(1, negated) if key_marked else max(0, negated - 1)


def _built(ctx: Context, situation: Situation, number: int, fair: list[Section], tip: bool, said: frozenset[str],
           shown: Callable[[Section], str]) -> Question:
    """Her question: her line and the ask, her section's heading (or label) the key among ``fair`` ones."""
    section, lang = ctx.article.section(situation.section), ctx.article.lang
    passage, source = named_passage(section, situation.quotes, ctx.lang.linked_effect) if situation.quotes \
        else quoted_passage(ctx, section, said)  # (a source the feedback shows: reading173 item 7, one the passage
    # had left out for length contradicted the feedback; the sentence she named, where she named one)
    stem = ctx.say("situation_stem_tip" if tip else "situation_stem", situation=situation.text.rstrip())
    right = Option(shown(section), ctx.say("situation_right_tip" if tip else "situation_right",
                                           source=quoted_run(section, passage)))  # (reading168: "इसी सलाह के हिस्से में
    # लेख कहता है" read as clumsy)
    if situation.own_wrong:
        return _with_own_wrong(ctx, situation, number, right, fair, source, shown, tip)
    key_marked, form = marked(section.title or "", lang), _heading_form(ctx, section)
    question = least_cued(ctx, section.id, stem, right, fair, source, ctx.rng(section.id, FORM, number,
                                                                              situation.text), said,
                          form=FORM, wrong_key="situation_wrong_tip" if tip else "situation_wrong",
                          told=lambda other: quoted_sentence(ctx, other), named=shown,
                          first_sets=lambda picked: _negations_first(picked, key_marked, lang)
                          + sum(_heading_form(ctx, s) != form for s in picked))  # (then as few headings of another
    # form as the article allows)
    return replace(question, id=f"{section.id}-situation-{number}")


def _with_own_wrong(ctx: Context, situation: Situation, number: int, right: Option, chosen: list[Section],
                    source: str, shown: Callable[[Section], str], tip: bool) -> Question:
    """Her question with the wrong answers she wrote ("s3 (s5, "Give the stronger strip"): …") beside the headings
    she chose: "which of these would help most", since hers are no headings of the article; each of hers answered
    by the article's sentence about it, where one speaks of its words (:func:`ruling_sentence`)."""
    section = ctx.article.section(situation.section)
    wrong_key = "situation_wrong_tip" if tip else "situation_wrong"
    wrong = [Option(shown(s), ctx.say(wrong_key, title=shown(s), other=quoted_sentence(ctx, s), right=right.text))
             for s in chosen]
    for text in situation.own_wrong:
        ruling = ruling_sentence(ctx, text)
        wrong.append(Option(text, ctx.say("situation_own_wrong", right=right.text, other=ruling) if ruling
                            else ctx.say("situation_own_wrong_plain", right=right.text, other=source)))
    options, answer = shuffle(right, wrong, ctx.rng(section.id, FORM, number, situation.text))
    stem = ctx.say("situation_stem_own", situation=situation.text.rstrip())
    question = ctx.question(section.id, "scenario", stem, [(o.text, o.feedback) for o in options], answer, source,
                            form=FORM)
    return replace(question, id=f"{section.id}-situation-{number}")


MIN_RULING = 2  # words of her wrong answer a sentence must share to be the article's word on it


def ruling_sentence(ctx: Context, text: str) -> str | None:
    """The article's sentence that shares most words with a wrong answer she wrote (the title's aside; two at
    least; one that warns first, then the first such sentence): what its feedback quotes, else None."""
    key = ("ruling", text)  # (asked for her notes and again for her question's feedback)
    if key not in ctx.memo:
        words = stems_of(ctx, text) - stems_of(ctx, ctx.article.title or "")
        sentences = [s for part in ctx.article.sections for s in part.sentences]
        scored = [(shared + RULING_BONUS * marked(s, ctx.article.lang), -n, s) for n, s in enumerate(sentences)
                  if (shared := len(words & stems_of(ctx, s))) >= MIN_RULING]
        ctx.memo[key] = max(scored)[2] if scored else None
    found: str | None = ctx.memo[key]
    return found


RULING_BONUS = 0.5  # a sentence that warns ("अंदाज़ा न लगाएं") is the article's word against her wrong answer: it
# goes first among those sharing as many words


def own_wrong_notes(ctx: Context, situation: Situation, key: str = "") -> list[SituationNote]:
    """What she is told of the wrong answers she wrote: one that repeats most of the key's words (``key``, as
    shown: the key turned round, "ट्यूबलाइट में फोटो खींचना" beside "दिन की रोशनी में फोटो खींचना", which a participant
    who sees the pair picks between; reading198's reader A named four such), one the article's nearest sentence seems
    to advise (an instruction with no negation: a reader could defend it), and one no sentence of the article
    speaks of (its feedback can only name the right answer)."""
    notes = []
    for text in situation.own_wrong:
        if turns_key_round(ctx, text, key):
            notes.append(SituationNote(situation, "own_pairs_key", text))
        ruling = ruling_sentence(ctx, text)
        if ruling is None:
            notes.append(SituationNote(situation, "own_unruled", text))
        elif ctx.lang.advice(ruling) and not marked(ruling, ctx.article.lang):
            notes.append(SituationNote(situation, "own_advised", f"{text}” — “{ruling}"))
    return notes


RUN_IN = compile_nfc(r"^(?P<label>[^:।.?!\n]{2,40}?):\s")  # "छोटी सी trick: …", "Note: …": a paragraph's run-in label
MAX_LABEL_WORDS = 5


def run_in_label(section: Section, sentence: str) -> str | None:
    """The run-in label of the paragraph that holds ``sentence`` ("छोटी सी trick: Pump करते समय …"), an aside
    inside the section that its heading may not name, after its first paragraph; None where it has none. Readers
    refused three of reading198's questions whose case only such an aside covered (items 25, 40, 60): the heading,
    the key, did not help her there."""
    paragraphs = section.text.split("\n")
    if sum(bool(RUN_IN.match(p.strip())) for p in paragraphs[1:]) > 1:
        return None  # (labelled stages, "21 से 30 दिन: …", "1 साल के बाद: …", are the part's own content)
    for index, paragraph in enumerate(paragraphs):
        if sentence.strip() and sentence.strip()[:40] in paragraph:
            match = RUN_IN.match(paragraph.strip()) if index else None  # (a first paragraph's label, "The basics:",
            # opens the part itself)
            label = match["label"].strip(" *") if match else ""
            return label if label and len(label.split()) <= MAX_LABEL_WORDS else None
    return None
