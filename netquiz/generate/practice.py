"""Practice questions for tip articles: the persona does what a section's body tells her to ("Rina keeps the
notebook on her pillow"); which of the article's tips is she following?

The options are the article's instruction headings as written ("Write at the same time every day", "Don't redo
what someone else has done"), parallel by construction; the key is the heading over the instruction. It asks
what a reader of the body knows and a reader of the headings alone does not: which tip a concrete action
belongs to. No result has to be read, so a section whose reason is told in a shape the claim reader does not
know still gets its scenario. Refused where the action repeats a word of its own heading (matched by wording)
or of another heading, or where another section's body tells the same action (a second key).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from functools import lru_cache

from ..language import language
from ..language.base import Causal
from ..language.senses import share
from ..model import Question, Section
from ..text import LIST_MARK, compile_nfc, inside_quotations, list_comma
from .blind import cue_strategies, marked
from .claims import DANGLING_ENDS, LABELLED, bullet_lines, known_words
from .context import Candidate, Context
from .gates import gate_problems
from .keywords import content_tokens
from .links import stems_of, tells
from .options import Option, length_balance, shuffle
from .tips import closing_heading, english_headings, foreign_heading, heading_language

WEIGHT = 2.5
MIN_TIPS = 3  # the key and two wrong tips at least (three options serve as well as four)
MAX_WORDS = 20

LABEL = re.compile(r"[:;]")
OBJECT_CUT = re.compile(r"\bto\s+[a-z]+$", re.IGNORECASE)  # a clause that ends on "to <verb>" …
WH_AFTER = re.compile(r"^\s+(?:which|what|how|whether|who|whom|where|when)\b", re.IGNORECASE)  # … before its object
THEN_AFTER = compile_nfc(r"^,?\s*(?:तो|तभी|तब|then|only then)\s", re.IGNORECASE)  # (a run-in label "Tip:" is no
# fronted time; "जब ग्राहक … मांगने लगें, तभी …" a condition: round 34's held-out C3)
# An action told in few words says too little to stand alone ("She owns the whole task", "She shares what she
# finished"): at least the language's ``action_words`` content words, or one fewer in a clause of LONG_CLAUSE words
LONG_CLAUSE = 9
ADVISES_THAT = compile_nfc(r"\sहै कि\s|\bit(?:'s| is) (?:best|better|wise) to\b", re.IGNORECASE)


def tip_headings(ctx: Context) -> list[Section]:
    """Headed sections whose heading is an instruction, positive or "don't", in the body's script or all in
    English (memoised per bank)."""
    if "tip_headings" not in ctx.memo:
        ctx.memo["tip_headings"] = [
            s for s in ctx.article.headed_sections
            if s.title and s.sentences and not s.title.rstrip().endswith("?") and not closing_heading(ctx, s)
            and (not foreign_heading(ctx, s.title) or english_headings(ctx))
            and instruction_heading(ctx, s.title)
            and not heading_language(ctx, s.title).lexicon.any_word("vague_steps").search(s.title)
            and not _pointing(ctx, s.title)]  # "Keep It Separate …", "Don't raise it before …": which? Nor "अपनी
    # सुरक्षा और सेहत का भी ध्यान रखें", "Stay Safe": keep in mind what follows (see tips._heading_step)
    return list(ctx.memo["tip_headings"])


def _pointing(ctx: Context, heading: str) -> bool:
    story = heading_language(ctx, heading).story
    return story.points_back(heading) or story.option_leans(heading)  # (option_leans: dangling, and "उसी
    # meeting में", "ये चीज़ें" too)


def instruction_heading(ctx: Context, heading: str) -> bool:
    """True for a heading that tells the reader what to do or not to do ("Revisit the plan every few months",
    "… न करें"): quoted as written, its "the plan" needs no introduction."""
    known = heading_language(ctx, heading)
    return bool(known.rules.advice(heading)) or known.unnegate(heading) is not None \
        or known.reaffirm(heading) is not None  # ("Don't Skip the ₹20 Insurance": a step told as a warning)


def practice_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per instruction of the section's body that can be told as the persona's action, after
    ``frame`` (what the title says its reader is doing, with a ``{name}`` slot) where there is one."""
    section = ctx.article.section(section_id)
    asked = not tip_section(ctx, section) and section in question_headings(ctx)
    if not tip_section(ctx, section) and not asked:
        return []
    words = "practice_question" if asked else "practice"  # (its wording: a question heading is no tip)
    found = []
    for index, (clause, sentence) in enumerate(body_instructions(ctx, section)):
        name = ctx.persona(section_id, index, "practice")
        situation = ctx.lang.situation(Causal(sentence, "", clause, "", "imperative", "imperative"), name)
        if not situation or ctx.story.dangling(situation) or ctx.story.points_back(situation) \
                or ctx.story.leans_on_context(clause, known_words(ctx.known_title)) \
                or ADVISES_THAT.search(situation) \
                or each_part(ctx, situation):  # ("इन बातों को लिखकर …", "pick from the list": which?)
            continue
        said = stems_of(ctx, clause) - auxiliaries(ctx)
        fair = wrong_tips(ctx, section, said, question_headings(ctx) if asked else None,
                          verb=stems_of(ctx, verb_of(clause)))
        if fair is None:
            continue
        rng = ctx.rng(section_id, "practice", index)
        right = Option(section.title or "", ctx.say(f"{words}_right", source=sentence))
        # (no frame without the title's setting: "… is trying out the tips of “<title>”" was read as no setting)
        told = f"{frame.format(name=name)} {ctx.story.pronominalize(situation, name)}" if frame else situation
        stem = ctx.say(f"{words}_stem", situation=told)
        question = least_cued(ctx, section_id, stem, right, fair, sentence, rng, said, wrong_key=f"{words}_wrong")
        found.append(Candidate(question, WEIGHT + length_balance(list(question.options)), "practice"))
    return found


def each_part(ctx: Context, told: str) -> bool:
    """True when ``told`` names each part of something it leaves out ("वह हर शर्त ध्यान से पढ़ती है": of the rent
    agreement her heading named; "she checks each line"): an ``every_words`` word before a noun that is no time
    (``time_nouns``: "हर रविवार", "every Friday"), no word of the article's title (the stem's frame names it) and
    that the sentence does not name elsewhere ("हर कदम के आगे" after "तीन कदम")."""
    words = ctx.language.lexicon
    tokens = [t.strip(".,;:!?।").lower() for t in told.split()]
    titled = stems_of(ctx, ctx.article.title or "")
    for index, token in enumerate(tokens[:-1]):
        noun = tokens[index + 1]
        if noun in EVERY_ADJECTIVES:
            continue  # ("हर नया skill", "every new client": any at all, no part of a thing left out)
        if token in words.every_words and not noun.startswith(words.time_nouns) and not noun.isdigit() \
                and not noun.endswith(("'s", "’s")) and not stems_of(ctx, noun) & titled \
                and not (index + 2 < len(tokens) and tokens[index + 2] in RELATIVE_OPENERS | NAMING_AFTER) \
                and tokens.count(noun) + sum(t.startswith(noun[:4]) for t in tokens if t != noun) < 2:
            return True  # (not "each slide's headline", nor "हर lesson" under "… online course …")
    return False


RELATIVE_OPENERS = frozenset({"the", "a", "an", "that", "which", "she", "you", "her", "we", "they", "जो", "जिसे"})
# ("every piece the job needs": the clause after it says which)
NAMING_AFTER = frozenset({"of", "in", "on"})  # ("each part of her trip", "every page in the file": the whole named)
EVERY_ADJECTIVES = frozenset({"नया", "नई", "नए", "new", "single", "other"})  # "every single day": a time too


def tip_section(ctx: Context, section: Section) -> bool:
    """True for a section under a tip heading, in an article of ``MIN_TIPS`` tips or more."""
    tips = tip_headings(ctx)
    return section in tips and len(tips) >= MIN_TIPS


def question_headings(ctx: Context) -> list[Section]:
    """Headed sections whose heading is a question ("How can you check that a college is genuine?"), in an article
    of ``MIN_TIPS`` of them or more, in the body's script or all in English (memoised per bank): a body that answers
    one with instructions is practised as a tip's is, the questions its options (round 39: 90 % of the corpus's
    question-headed sections had no situation question, 257 of them with an instruction in their body)."""
    if "question_headings" not in ctx.memo:
        asked = [s for s in ctx.article.headed_sections
                 if s.title and s.sentences and s.title.rstrip().endswith("?") and not closing_heading(ctx, s)
                 and (not foreign_heading(ctx, s.title) or english_headings(ctx)) and not _pointing(ctx, s.title)]
        ctx.memo["question_headings"] = asked if len(asked) >= MIN_TIPS else []
    return list(ctx.memo["question_headings"])


def wrong_tips(ctx: Context, section: Section, said: frozenset[str],
               headings: list[Section] | None = None, verb: frozenset[str] | None = None) -> list[Section] | None:
    """The other tips that may serve as wrong answers for what the stem ``said`` (its content words) under
    ``section``'s tip, or None when the stem tells the key: a word of the key's heading ("Rina writes every
    evening" under "Write at the same time every day"), or what another tip's body tells too ("हर शुक्रवार के दस
    मिनट" in the closing words: two keys), or fewer than two are left. A tip that shares a word with the stem
    would be a second key; a "don't" tip serves only beside a "don't" key (the negation would tell it). ``headings``:
    the question headings, where the key is one (else the tips). Given the stem's ``verb``, only a tip that shares it is
    a second key: one that shares a thing she works on tempts one who skimmed ("Don't Take a Booking Without an
    Advance" beside "She adds a line to the booking slip …"; round 40's strict reader missed it)."""
    tips = tip_headings(ctx) if headings is None else headings
    said = said - stems_of(ctx, ctx.article.title or "")  # ("छुट्टी" in the title "छुट्टी से पहले …" tells no key)
    if said & stems_of(ctx, section.title or "") or any(tells(ctx, s, said) for s in tips if s is not section):
        return None
    key_marked = marked(section.title or "", ctx.article.lang)
    shared_ok = said if verb is None else verb
    fair = [s for s in tips if s.id != section.id and not shared_ok & stems_of(ctx, s.title or "")
            and (key_marked or not marked(s.title or "", ctx.article.lang))]
    return fair if len(fair) >= 2 else None


def least_cued(ctx: Context, section_id: str, stem: str, right: Option, fair: list[Section], source: str,
               rng: random.Random, said: frozenset[str], form: str = "practice",
               wrong_key: str = "practice_wrong", told: Callable[[Section], str] | None = None,
               first_sets: Callable[[tuple[Section, ...]], int] | None = None,
               named: Callable[[Section], str] | None = None) -> Question:
    """The question with the first choice of wrong tips whose options give no cue to the key (the key the
    longest, the odd one out …) and pass the gates (lengths alike), else the first choice: the headings are
    quoted as written, so only the choice can balance them. Choices are tried (at most ``TRIES``) nearest
    first: one with a tip of her action's field of meaning ("Take an Advance" beside the key "Fix Your Rates" for
    "she tells the bride her charge": common sense no longer finds the key alone), then tips whose sections talk
    of the things her action names ("manager", "Friday"), which tempt one who skimmed; ties in a seeded order.
    ``first_sets`` ranks the choices before that (lower first); ``named`` gives a heading's words as shown (the
    facilitator's label) where not the heading itself."""
    near = {s.id: len(stems_of(ctx, s.text) & said) for s in fair}
    own = stems_of(ctx, ctx.article.section(section_id).text)
    kin = {s.id: _likeness(stems_of(ctx, s.text), own) for s in fair}
    sets = list(itertools.combinations(fair, min(3, len(fair))))
    rng.shuffle(sets)
    lures = {s.id: share(stem, named(s) if named else s.title or "", ctx.article.lang)
             or bool(said & stems_of(ctx, s.title or "")) for s in fair}
    sets.sort(key=lambda picked: (first_sets(picked) if first_sets else 0, -min(2, sum(lures[s.id] for s in picked)),
                                  -sum(min(NEAR_CAP, near[s.id]) for s in picked),
                                  -round(sum(kin[s.id] for s in picked), KIN_DIGITS)))
    first: Question | None = None
    for picked in sets[:TRIES]:
        wrong = [Option(named(s) if named else s.title or "",
                        ctx.say(wrong_key, title=named(s) if named else s.title or "",
                                other=told(s) if told else advising_sentence(ctx, s), right=right.text))
                 for s in picked]
        options, answer = shuffle(right, wrong, rng)
        question = ctx.question(section_id, "scenario", stem, [(o.text, o.feedback) for o in options], answer,
                                source, form=form)
        if not cue_strategies(question, ctx.article.lang) and not gate_problems(ctx, question):
            return question
        first = first or question
    assert first is not None
    return first


def verb_of(step: str) -> str:
    """A step's own verb: an English step's first word, a Hindi one's last ("" for none)."""
    words = step.split()
    return (words[0] if step.isascii() else words[-1]) if words else ""


def advising_sentence(ctx: Context, section: Section) -> str:
    """The section's first sentence that advises (a clause of it is an instruction), else its first sentence:
    what a wrong tip's feedback quotes as what that tip says (round 26's development batch: "‘पे-स्लिप … न भूलें’
    वाली सलाह कुछ और कहती है" quoted the premise "कई वेयरहाउस में भर्ती स्टाफिंग एजेंसी के ज़रिए होती है")."""
    key = ("advising_sentence", section.id)
    if key not in ctx.memo:
        aside = inside_quotations(section.sentences) | set(bullet_lines(section))
        told = [text for text in section.sentences if text.strip() not in aside and len(text.split()) >= MIN_TOLD
                and not (text.rstrip().endswith(":") and len(text.split()) < LEAD_IN_WORDS)
                and (ctx.lang.tempted_step(text) is None or ctx.lang.rejected_step(text) is not None)
                and ctx.lang.common_belief(text) is None]  # (not the belief the tip argues against, "कई नई विक्रेता
        # सोचती हैं कि …": round 30's held-out item D32 quoted it as what the tip says)
        # (not "Look for three things in particular:", a lead-in without its list, nor an item of the list or a piece
        # of a quotation: round 28's reading of the occasion questions, item 25; nor the move the tip argues against,
        # "शुरुआत में सब कुछ रखने का मन करता है: …", round 28's second held-out batch, items 10, 16)
        ctx.memo[key] = next((text for text in told if any(ctx.lang.advice(part) for part in TIP_CLAUSES.split(text))),
                             told[0] if told else section.sentences[0])
    return str(ctx.memo[key])


MIN_TOLD = 3  # words: "Don't." is no sentence to quote as what a tip says (round 36's held-out E34)
TIP_CLAUSES = re.compile(r"\s*[,;]\s*|\s+(?:और|and)\s+")
LEAD_IN_WORDS = 8  # a shorter sentence ending on a colon only leads in to its list ("Watch for income like:")
TRIES = 20
NEAR_CAP = 2  # words shared with a wrong tip's section that count (more would favour long sections)
KIN_DIGITS = 2  # (likeness to the key's section breaks the ties her words leave: sections about neighbouring things
# tempt one who skimmed; reading168: "the tool leaves out the headings that would tempt and keeps inert ones")


def _likeness(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of words two sections' texts have in common (Jaccard, 0–1)."""
    return len(a & b) / len(a | b) if a | b else 0.0


def body_instructions(ctx: Context, section: Section) -> list[tuple[str, str]]:
    """(instruction clause, sentence) for each positive instruction of the section's body, its clause cut
    before a purpose, a reason or an example ("Keep the notebook on your pillow, so that …")."""
    listed = set(bullet_lines(section))  # (a list's item may name a thing, no instruction: "- रविवार
    # की सुबह अपनी सोसाइटी की अंदरूनी सड़कें" under "कुछ अच्छी जगहें:")
    fields = {line for line in listed if line.isascii() and not FUNCTION_WORD.search(PARENTHESES.sub("", line))}
    # ("- Pickle and jar size (250 g, 500 g or 1 kg)": a form's field, its verb-like first word no instruction
    # without a word to tie it to a thing; round 36's held-out E25 told "She pickles and jars size")
    own = own_sentences(ctx, section)
    return [(lower_opening(ctx, clause), sentence) for index, sentence in enumerate(own)
            if (sentence.strip() not in listed or ctx.lang.listed_instruction(sentence))
            and sentence.strip() not in fields
            and not (index and _conditioned(ctx, own[index - 1]) and ctx.lang.advice(own[index - 1]))
            and (clause := _instruction_clause(ctx, sentence)) is not None]


def _conditioned(ctx: Context, sentence: str) -> bool:
    """True for an instruction told under a condition ("अगर scanner बार-बार error दिखाए, तो …"): the instruction after
    it is the condition's too ("Supervisor को तुरंत बताएं और दूसरा scanner मांग लें": when? round 31's held-out
    aside281 told "मीरा supervisor को तुरंत बताती है …" without it)."""
    told = LABELLED.sub("", sentence.strip())
    return bool(ctx.language.lexicon.any_word("condition_openers").match(told))


FUNCTION_WORD = re.compile(r"\b(?:the|a|an|your|her|my|their|his|its|to|for|with|on|in|at|from|by|every|each|all|any|"
                           r"one|it|them|you|before|after|when|if)\b", re.IGNORECASE)
PARENTHESES = re.compile(r"\([^)]*\)")


def own_sentences(ctx: Context, section: Section) -> list[str]:
    """The section's sentences but the article's closing words after its last tip (``Context.closing``)."""
    return [sentence for sentence in section.sentences if sentence not in ctx.closing]


def remedy_index(ctx: Context, sentences: list[str]) -> int:
    """The index of the first instruction among ``sentences`` (a "don't" section's remedy; it may lead a list, "… कुछ
    और काम भी जोड़ें, जैसे:"), else their number: what comes before it tells of the move the section warns against."""
    return next((i for i, s in enumerate(sentences)
                 if ctx.lang.advice(LIST_LEAD.sub("", s)) or ctx.lang.instruction(LIST_LEAD.sub("", s))),
                len(sentences))


LIST_LEAD = re.compile(r"(?:,\s*\S+)?\s*:\s*$")  # ", जैसे:", ", like:", ":" at the end of a list's lead


def _instruction_clause(ctx: Context, sentence: str) -> str | None:
    """The sentence's instruction up to the end of its clause ("Keep the notebook on your pillow[, so that …]"),
    or with a fronted time before it ("For one week, write down every household task[, including …]"); None
    when neither is an instruction that stands alone."""
    if sentence.isascii() and sentence[:1].islower():
        return None  # (a list's item in lower case, "repeat investigations due after the shift ends" after "Typical
        # examples:", is a noun phrase: its "repeat" is no instruction)
    sentence = ASIDE.sub("", sentence)  # ("Pick a fixed slot — say, a 20-minute check-in … — and a shared …")
    sentence = _instead_dropped(ctx, sentence)  # ("Instead, check the date …": the step a "don't" advises)
    sentence = list_comma(ctx.language.lexicon.list_joiners).sub(LIST_MARK, sentence)  # ("check the date on bread,
    # milk, curd and paneer": one step)
    ends = [m.start() for m in clause_end(ctx).finditer(sentence)] + [len(sentence)]
    for end in ends[:2]:
        if OBJECT_CUT.search(sentence[:end]) and WH_AFTER.match(sentence[end:]):
            return None  # ("Use a notebook … to note[ which plants you watered …]": the verb's object cut off;
            # round 33's held-out item D68 told "She uses a notebook … to note.")
        if THEN_AFTER.match(sentence[end:]):
            return None  # ("पैर हवा में लटकते रहें, तो …": a condition, no instruction)
        masked = sentence[:end].strip().rstrip(".।!")
        clause = masked.replace(LIST_MARK, ",")
        tail = masked.split(", ")[-1].replace(LIST_MARK, ",")  # (the step after a fronted time, which the language
        # reads as one; not the last item of a list)
        step = ctx.lang.advice(clause)
        words = ctx.language.lexicon
        if _says_enough(ctx, clause) and not _leans(ctx, clause) \
                and not words.any_word("condition_words").search(clause) and not LABEL.search(clause) \
                and clause.split()[-1].lower() not in DANGLING_ENDS | set(words.joining_words) \
                and not _announces(ctx, clause) \
                and ctx.lang.instruction(tail) \
                and step and (tail == clause or step == ctx.lang.advice(tail)) \
                and ctx.language.unnegate(clause) is None:
            return clause
    return None


def _instead_dropped(ctx: Context, sentence: str) -> str:
    """The sentence without an opening "Instead," / "इसकी जगह," (the language's ``instead_openers``), capitalised."""
    for opener in ctx.language.lexicon.instead_openers:
        if sentence.startswith(f"{opener}, "):
            rest = sentence[len(opener) + 2:]
            return rest[:1].upper() + rest[1:]
    return sentence




# An aside between two dashes or in brackets: an example or a remark inside the instruction, left out of it
ASIDE = re.compile(r"\s+[—–]\s+[^—–]+\s+[—–](?=\s)|\s+\([^()]+\)(?=[\s,.;:।])")


def _leans(ctx: Context, clause: str) -> bool:
    """True when a ``leaning_words`` word of the clause points outside it: not a "they"/"their" that has its
    plural before it in the clause ("… a shared document where everyone adds their priorities")."""
    for found in ctx.language.lexicon.any_word("leaning_words").finditer(clause):
        before = clause[:found.start()]
        if not (found.group(0).lower() in PLURAL_PRONOUNS and PLURAL_BEFORE.search(before)):
            return True
    return False


PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
PLURAL_BEFORE = re.compile(r"\b(?:everyone|everybody|people|[a-z]{3,}(?<![su])s)\b", re.IGNORECASE)


def clause_end(ctx: Context) -> re.Pattern[str]:
    """Where an instruction's own clause ends (memoised per bank): a comma (not one that goes on with a list of
    things: "a short note with the course name, the fee, the dates …" cut there loses what makes the note hers),
    a colon or semicolon, a dash, a purpose, reason or condition clause (the language's ``subordinators``; not
    the "if" of "as if", "Put two breaks into your calendar as if they were meetings")."""
    if "clause_end" not in ctx.memo:
        words = ctx.language.lexicon
        listing = "|".join(re.escape(w) for w in words.determiners) or r"(?!)"
        opening = "|".join(re.escape(w) for w in sorted(words.subordinators, key=len, reverse=True)) or r"(?!)"
        ctx.memo["clause_end"] = compile_nfc(
            rf",\s+(?!(?:{listing})\s)|\s*[:;]\s+|\s+[—–]\s+|(?<!\bas)\s+(?:{opening})\s+", re.IGNORECASE)
    found: re.Pattern[str] = ctx.memo["clause_end"]
    return found


def _announces(ctx: Context, clause: str) -> bool:
    """True for a clause that announces a list it leaves out ("हर काम के सामने तीन बातें लिखें: …", "Look at three
    things: …"): a count (or a number) before one of the language's ``list_nouns``."""
    announcing = _announcing(ctx.article.lang)
    return announcing is not None and announcing.search(clause) is not None


@lru_cache(maxsize=8)
def _announcing(lang: str) -> re.Pattern[str] | None:
    """:func:`_announces`' pattern for ``lang`` (made once: the word lists are the same for every article); None
    when the language names no list nouns."""
    words = language(lang).lexicon
    counts = "|".join(re.escape(w) for w in words.count_words)
    nouns = "|".join(re.escape(w) for w in words.list_nouns)
    return re.compile(rf"(?:\d+|{counts})(?:-\S+)?\s+(?:{nouns})(?![A-Za-z])", re.IGNORECASE) if nouns else None


def _says_enough(ctx: Context, clause: str) -> bool:
    words, content = len(clause.split()), len(content_tokens(clause, ctx.article.lang))
    least = ctx.language.action_words
    return words <= MAX_WORDS and (content >= least or (content >= least - 1 and words >= LONG_CLAUSE))


def lower_opening(ctx: Context, clause: str) -> str:
    """The clause with a capitalised opening Latin word lowered where the article writes it lower-case elsewhere
    ("Menu बनाते समय …" → "menu बनाते समय …": after the persona's name it is no longer the sentence's start)."""
    first, _, rest = clause.partition(" ")
    lowered = first.lower()
    if first.isascii() and first[:1].isupper() and not first.isupper() and ctx.article.lang != "en" \
            and re.search(rf"(?<![A-Za-z]){re.escape(lowered)}(?![A-Za-z])", ctx.all_text):
        return f"{lowered} {rest}"
    return clause


def auxiliaries(ctx: Context) -> frozenset[str]:
    """Words no stem may share with a key and tell it ("कर लें" in a heading and an instruction, "हर")."""
    return frozenset(ctx.language.lexicon.auxiliaries)
