"""Scenario questions from situations the facilitator writes: one line per situation, ``s3: <a woman in a
concrete situation>``.

Sixteen rounds of readings agree that a rule-built scenario stem re-voices the article's own sentence with a
name; a reader who wants "who, where, what happened" rejects it (round 16: 3 % acceptable strictly read). A
situation the article does not contain needs a writer. The facilitator knows her room: one line per section
("मीना की दुकान में दिवाली से दो हफ़्ते पहले आधा सामान खत्म हो चुका है।") and netquiz does the rest — the
question ("which of the article's tips would help her most?"), the article's headings as options (the key her
section's, the wrong ones chosen so no blind cue marks the key), feedback from each heading's own section and
the source sentence. Such a question is kept as written: no blind trim drops it and no persona is renamed; the
checks below are told to her instead, in her language, to mend the line if she wishes.

File format (UTF-8; blank lines and lines starting with ``#`` are skipped)::

    s3: Meena's shop runs out of half its stock two weeks before Diwali.
    Check the stock before the festival: Asha has a wedding order and no list of what is left.

A line starts with the section's id (as ``netquiz sections`` lists it) or its heading, then a colon.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import SituationError
from ..kinds import kind_of
from ..language import addresses_reader
from ..model import Article, Bank, Question, Section
from ..text import has_devanagari
from .blind import cue_strategies, marked
from .context import Context, bullet_lines
from .feedback_guess import elimination_ratio
from .links import stems_of
from .options import Option
from .practice import instruction_heading, least_cued, own_sentences, tip_headings, tip_section
from .situation_notes import Situation, SituationNote
from .tips import closing_heading, foreign_heading
from .trim import BAR

__all__ = ["Situation", "SituationNote", "SituationResult", "read_situations", "read_situations_file",
           "situation_notes", "situation_questions"]

FORM = "situation"
MIN_WRONG = 2  # a question needs the key and two wrong headings at least
STEP_NUMBER = re.compile(r"^(?:Step|स्टेप|चरण|कदम)\s*\d+\s*[:.)–-]\s*", re.IGNORECASE)
LEANING_COST = 2  # words of hers a sentence that leans on the one before must share beyond one that stands alone
MIN_ELIMINATED = 3  # questions before the striking-out reader is told of (two say nothing)
WORDED_CUES = ("stem_overlap",)  # the cue her words make (the others come of the headings as written)


@dataclass
class SituationResult:
    """The questions built from the facilitator's situations and the notes on them."""

    questions: list[Question] = field(default_factory=list)
    notes: list[SituationNote] = field(default_factory=list)


def read_situations_file(path: str | Path, article: Article) -> list[Situation]:
    """:func:`read_situations` of a UTF-8 file; :class:`SituationError` says what is wrong with the file."""
    path = Path(path)
    if not path.is_file():
        raise SituationError(f"situations file not found: {path} (one line per situation: “s2: Meena …”)")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SituationError(f"not UTF-8: {path} (byte {exc.start}); save the situations as UTF-8 text") from None
    return read_situations(text, article, source=str(path))


def situations_template(article: Article, lang: str = "en") -> str:
    """A situations file to fill in: what to write (in ``lang``), then per headed section its heading and a
    commented line to complete and uncomment."""
    words = TEMPLATE.get(lang, TEMPLATE["en"])
    parts = [f"# {line}\n" for line in words["head"]]
    for section in article.headed_sections:
        parts.append(f"\n# —— {section.id} ‘{section.title}’\n# {section.id}: {words['line']}\n")
    return "".join(parts)


TEMPLATE = {
    "en": {"head": ("Your situations for `netquiz generate ARTICLE -o BANK.json --situations THIS_FILE`.",
                    "Under each heading, complete the line and take away its '# ': a woman you name, in a concrete",
                    "moment where that section is what she needs; not the article's words; no 'you'. Leave a section",
                    "out, or write two lines for it, as you like. 's3 = <words>' gives the words the options show",
                    "for a heading (a Hindi label for an English heading)."),
           "line": "<Name> …"},
    "hi": {"head": ("`netquiz generate ARTICLE -o BANK.json --situations THIS_FILE` के लिए आपकी स्थितियाँ।",
                    "हर शीर्षक के नीचे की पंक्ति पूरी करें और उसके आगे का '# ' हटा दें: किसी नाम वाली महिला का एक ठोस पल,",
                    "जिसमें उसे ठीक इसी हिस्से की ज़रूरत हो; लेख के अपने शब्द नहीं; 'आप' नहीं। चाहें तो कोई हिस्सा",
                    "छोड़ दें, या किसी के लिए दो पंक्तियाँ लिखें। 's3 = <शब्द>' से किसी शीर्षक के बदले विकल्पों में दिखने",
                    "वाले शब्द दें (जैसे अंग्रेज़ी शीर्षक का हिंदी नाम)।"),
           "line": "<नाम> …"},
}


def situation_notes(article: Article, situations: Sequence[Situation], seed: int = 0,
                    voice: str = "feminine", bank: Bank | None = None) -> list[SituationNote]:
    """The notes :func:`situation_questions` makes on ``situations`` for a bank of ``article`` and ``seed``, and
    :func:`elimination_note` over ``bank`` (her questions alone when None)."""
    from .context import build_context

    result = situation_questions(build_context(article, seed, voice), situations)
    eliminated = elimination_note(bank.questions if bank is not None else result.questions)
    return result.notes + ([eliminated] if eliminated else [])


def read_situations(text: str, article: Article, source: str = "situations") -> list[Situation]:
    """The situations of a facilitator's file, each tied to a headed section of ``article`` by its id or heading.

    Raises :class:`SituationError` naming the line for a line with no section, an unknown section, the
    untitled introduction, an empty situation or one that addresses the reader (a scenario stem never does).
    """
    found = []
    lines = unicodedata.normalize("NFC", text.lstrip("\ufeff")).splitlines()
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        section, told, label = _split(line, article)
        where = f"{source} line {number}"
        if section is None:
            raise SituationError(f"{where}: start with a section's id or heading and a colon, as in "
                                 f"“s2: Meena …” (`netquiz sections ARTICLE` lists them)")
        if not section.title:
            raise SituationError(f"{where}: {section.id} is the introduction; a situation needs a headed section "
                                 f"(its heading is the answer)")
        if not told:
            raise SituationError(f"{where}: the situation after “{section.id}:” is empty")
        if PLACEHOLDER.search(told):
            raise SituationError(f"{where}: fill in the situation (it still reads “{told}”)")
        if label:
            found.append(Situation(section.id, told, number, label=True))
            continue
        if addresses_reader(told, article.lang):
            raise SituationError(f"{where}: a scenario never addresses the reader (आप, you): tell of a woman by "
                                 f"name")
        found.append(Situation(section.id, told, number))
    return found


PLACEHOLDER = re.compile(r"<[^<>]{1,20}>")  # ("<Name> …" of the template, uncommented unfilled)


def _split(line: str, article: Article) -> tuple[Section | None, str, bool]:
    """The section a line names (its id, or the longest heading the line starts with), the rest, and whether it
    is a label ("s3 = …") rather than a situation ("s3: …")."""
    by_id = {s.id.lower(): s for s in article.sections}
    if (match := ID_LINE.match(line)) and match["id"].lower() in by_id:
        return by_id[match["id"].lower()], match["rest"].strip(), match["mark"] == "="
    folded = line.casefold()
    titled = sorted((s for s in article.sections if s.title), key=lambda s: -len(s.title or ""))
    for section in titled:
        title = unicodedata.normalize("NFC", section.title or "").casefold().rstrip(":")
        after = line[len(title):].lstrip()
        if folded.startswith(title) and after[:1] in (":", "="):
            return section, after[1:].strip(), after[0] == "="
    return None, "", False


ID_LINE = re.compile(r"^(?P<id>[sS]\d+)\s*(?P<mark>[:=])(?P<rest>.*)$")


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
    chosen = [q for q in questions if not kind_of(q.kind).fixed_options]
    ratio = elimination_ratio(chosen, lambda q: q.form == FORM)
    return SituationNote(Situation("", ""), "eliminated", f"{ratio:.1f}") if ratio > BAR else None


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
    return (alike if len(alike) >= MIN_WRONG else others), tip  # (reading163: the only question among
    # instructions, the only how-to among benefits, was the key)


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
    lang = ctx.article.lang

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
    others, tip = _pool(ctx, section)
    own = len(said & stems_of(ctx, section.text))
    shared = [s for s in others if said & (stems_of(ctx, s.title or "") | stems_of(ctx, shown(s)))
              or len(said & stems_of(ctx, s.text)) >= max(2, own)]  # (her words in another heading, or as
    # many of them in another section's body as in her own: a reader could defend it; reading163, items 17, 19)
    if shared:
        notes.append(SituationNote(situation, "second_key", "; ".join(shown(s) for s in shared)))
    key_marked = marked(section.title or "", lang)
    fair = [s for s in others if s not in shared and (key_marked or not marked(s.title or "", lang))]
    if len(fair) < MIN_WRONG:
        notes.append(SituationNote(situation, "too_few"))
        return None, notes
    source = _source(ctx, section, said)
    stem = ctx.say("situation_stem_tip" if tip else "situation_stem", situation=situation.text.rstrip())
    right = Option(shown(section), ctx.say("practice_right" if tip else "situation_right", source=source))
    rng = ctx.rng(section.id, FORM, number, situation.text)
    question = least_cued(ctx, section.id, stem, right, fair, source, rng, said, form=FORM,
                          wrong_key="practice_wrong" if tip else "situation_wrong",
                          told=lambda other: _source(ctx, other), named=shown,
                          first_sets=lambda picked: -min(1, sum(marked(s.title or "", lang) for s in picked))
                          if key_marked else 0)  # (a "don't" key beside another "don't": reading166, a lone
    # negated heading was the key five times in five)
    question = replace(question, id=f"{section.id}-situation-{number}")
    worded = [name for name in cue_strategies(question, lang) if name in WORDED_CUES]
    if worded:  # (a cue of the headings' shape alone is not told: her line cannot change it, and over her
        # 107 lines of reading163 the shape cues cancel out, each strategy at 0.8–1.06 × chance)
        notes.append(SituationNote(situation, "cued_words", ",".join(worded)))
    if has_devanagari(situation.text) != has_devanagari(shown(section)):
        notes.append(SituationNote(situation, "script", question_id=section.id))
    notes.append(SituationNote(situation, "built", question_id=question.id))
    return question, notes


def _source(ctx: Context, section: Section, said: frozenset[str] = frozenset()) -> str:
    """The section's sentence that tells its advice nearest her words: of its advice (a claim's sentence, an
    instruction) the one that shares most of her words; where none shares any, the advice that follows the
    sentence that does (the article tells a case, then what to do), else its first advice; a sentence that leans
    on the one before ("इसी से …", "This …") only when nothing else is left; never a list item, a run-in label
    ("What you need.", "सुबह और शाम:"), a question or a belief the article corrects (readings 163–168: feedback
    that quoted "Too wet or smelly??", the belief under "सही", her problem back, or a sub-point not hers)."""
    sentences = _telling(ctx, section)
    claimed = {r.causal.sentence for r in ctx.readings.get(section.id, [])}
    leaning = {s for s in sentences if _leans(ctx, s, section)}
    standing = [s for s in sentences if s not in leaning] or sentences
    advice = [s for s in sentences if s in claimed or (ctx.lang.instruction(s.rstrip(".।!"))
                                                      and ctx.language.unnegate(s.rstrip(".।!")) is None)]
    advice.sort(key=lambda s: s in leaning)  # (one that leans, last: "Use mixed language if that is faster")

    def shared(sentence: str) -> int:
        return len(stems_of(ctx, sentence) & said)
    if advice and max(map(shared, advice)) > 0:
        best = max(advice, key=lambda s: (shared(s) - LEANING_COST * (s in leaning), -advice.index(s)))
        before = sentences[sentences.index(best) - 1] if sentences.index(best) else None
        if best in leaning and before in advice and before not in leaning:
            return before  # (the step its "इससे …" tells the result of: "… मैट बिछा दें। इससे … नहीं फिसलता।")
        return best
    nearest = max(standing, key=lambda s: (shared(s), -standing.index(s)))
    after = [s for s in advice if sentences.index(s) > sentences.index(nearest)]
    if shared(nearest) and after:
        return after[0]
    return advice[0] if advice else nearest


def _leans(ctx: Context, sentence: str, section: Section) -> bool:
    """True for a sentence that needs the one before it to be understood: "इसी को …", "यही …", "उन्होंने …"
    (the article's own woman), "हर हॉस्टल इसका जवाब …", "This calms …" (reading166: ten feedbacks quoted such)."""
    known = stems_of(ctx, f"{ctx.article.title or ''} {section.title or ''}")
    return bool(ctx.story.points_back(sentence) or ctx.story.dangling(sentence)
                or ctx.story.leans_on_context(sentence, known) or POINTER.search(sentence))


POINTER = re.compile(r"(?<![\w\u0900-\u097F])(?:उन्होंने|उन्हें|उनकी|उनका|उनके|इसका|इसकी|इसके|यही|वही|इसी|उसी|"
                     r"This|That|These|Those|They|It)(?![\w\u0900-\u097F])")


def _telling(ctx: Context, section: Section) -> list[str]:
    """The section's sentences that can be quoted alone as what it says (all of them when none can)."""
    listed = set(bullet_lines(section))
    sentences = own_sentences(ctx, section) or list(section.sentences)
    kept = [s for s in sentences if s.strip() not in listed and not LABEL_END.search(s)
            and len(s.split()) >= MIN_TELLING_WORDS and not ctx.lang.common_belief(s)
            and not ctx.story.denied_claim(s)]
    return kept or sentences


LABEL_END = re.compile(r"[?:]\W*$")
MIN_TELLING_WORDS = 5
