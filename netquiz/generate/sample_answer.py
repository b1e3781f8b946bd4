"""Interview questions from an article of sample answers ("How to answer "What can you stitch?"" … "Sample answer:
"Mostly blouses, over a thousand …""): the interviewer's question the section quotes, its sample answer as the key.

The wrong answers are the answers the section warns against ("Don't say "everything"", "Many candidates say they
would quietly pay the difference"): what a candidate who skimmed would say, and weak per the article; then the
article's sample answers to its other questions (the coaches' "an answer to a different question"). Round 38's
held-out E and H: articles of interview questions with sample answers made no interview item at all, and their
readers called every such section's gap unfair.
"""

from __future__ import annotations

import re

from ..language.lexicon import lexicon_pattern
from ..model import Section
from ..text import split_sentences
from .context import Candidate, Context
from .options import Option, length_balance, shuffle
from .tips import closing_heading

FORM = "sample"
WEIGHT = 4.0  # (the article's own answer to the interviewer's own question: above the told STAR grid)
MIN_WRONG = 2
WHOLE_ANSWER_WORDS = 75  # a sample answer told whole up to here (a story of 70 words cut to 40 lost how it
# ended: round 43's batch B item 50, "… I noticed it when I read the strip again before billing.")
SOURCE_PREFIX = 20  # characters of the answer that find the sentence of the section holding it
MAX_ANSWER_WORDS = 40  # (the first sentences of a long sample answer, whole: short enough to compare on a phone)
SHORT_OPENING_WORDS = 20  # a first sentence this short sets the scene: the second, what she did, goes with it
MAX_TWO_WORDS = 50  # words of those two sentences at most
LENGTH_RATIO = 0.45  # a wrong answer under this share of the key's length (or over its inverse) stands out
WARNED_RATIO = 0.3  # the section's own warned answer, a short one by nature
MIN_BALANCE = 0.32  # the options' shortest over their longest (the gate asks 0.3)


def sample_answer_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate for a section that quotes an interviewer's question and gives a sample answer to it."""
    section = ctx.article.section(section_id)
    asked = _asked(ctx, section)
    if asked is None or closing_heading(ctx, section):
        return []
    question, answer = asked
    warned = [Option(text, ctx.say("sample_warned", source=sentence), group=f"warned-{section.id}")
              for text, sentence in _warned_answers(ctx, section)
              if not _leans(ctx, text)]
    whole = answer
    short = bool(warned) and not _like_length(answer, warned[0].text)  # (whole, the answer dwarfs the warned one)
    told = _told_beside(ctx, answer, warned[0].text) if short else None
    rng = ctx.rng(section.id, FORM)
    others = [other for other in ctx.article.headed_sections if other.id != section.id and _asked(ctx, other)]
    rng.shuffle(others)  # (drawn afresh for each question, once for either telling: the same three stories beside
    # every key were learnt)
    tellings = [(told, warned, True)] if told is not None else []
    tellings.append((whole, warned, False))  # (no telling brings them near, or the cut key leaves no other answer
    # near it: the whole answer beside the warned one where it is near enough, else the article's other answers
    # alone; round 43's batch B item 50 had kept a
    # key cut before its result, "… I noticed it when I read the strip again before billing.", with no warned
    # answer beside it, and its s5 no item at all)
    for answer, weak, short in tellings:
        if _leans(ctx, answer, question):
            continue
        chosen = _chosen(ctx, others, answer, weak, short)
        if len(chosen) >= MIN_WRONG:
            break
    else:
        return []
    right = Option(answer, ctx.say("sample_right", answer=_full_answer(ctx, section)))
    options, index = shuffle(right, chosen, rng)
    stem = ctx.say("sample_stem", question=question)
    source = next((s for s in section.sentences if answer[:SOURCE_PREFIX] in s), None)
    if source is None:
        return []
    made = ctx.question(section.id, "interview", stem, [(o.text, o.feedback) for o in options], index, source,
                        form=FORM)
    return [Candidate(made, WEIGHT + length_balance(list(made.options)), FORM)]


def _chosen(ctx: Context, sections: list[Section], answer: str, warned: list[Option],
            short: bool) -> list[Option]:
    """Up to three wrong answers near ``answer`` in length: the section's own warned answer first (the skimmer's;
    short by nature, "a claim with no example", which a coach marks down), then the answers of the other
    ``sections`` to their questions, in their order (their openings beside a ``short`` key)."""
    others = [Option(_opening(other_answer) if short else other_answer,
                     ctx.say("sample_other", question=other_question), group=other.id)
              for other in sections for other_question, other_answer in [_asked(ctx, other) or ("", "")]]
    chosen = [o for o in warned if _like_length(answer, o.text, WARNED_RATIO)][:1]
    for other in others:
        if len(chosen) < 3 and _like_length(answer, other.text) and not _leans(ctx, other.text) \
                and length_balance([answer, *(o.text for o in chosen), other.text]) >= MIN_BALANCE:
            chosen.append(other)
    return chosen


def _told_beside(ctx: Context, answer: str, warned: str) -> str | None:
    """The sample answer told short enough to stand beside the answer its section warns against, and still ending
    as it ends (how it turned out, or why): a sentence of what she did in the first person and the last, else its
    last two; else None (the scene and how it ended, without what she did, is no answer either). Round 43's
    batch E, item 40, and batch B, item 50: its first two sentences alone ("Last Diwali we had an order for 600 gift
    boxes in three days. I was on weighing.") were the scene without what she did or how it ended, the very answer
    the article warns against; round 42's "what she did, in the first person" alone was a claim with no example
    ("I have less experience, but I learn systems quickly.")."""
    sentences = _sentences(answer)
    if len(sentences) < 3:
        return None
    words = ctx.language.lexicon
    acts = [f"{s} {sentences[-1]}" for index, s in enumerate(sentences[:-1])
            if s.split()[0] in words.first_person and (index == len(sentences) - 2 or _alone(ctx, sentences[-1]))]
    # (the last sentence after a cut leans on no sentence left out: "I called them, they found it …" without the
    # insurance desk, "The doctor could then pull up …" without the Excel sheet; round 44's batch A, items 43, 44)
    # (what she did, then how it ended: "I stopped workers from moving between sheds, … . He found it was a
    # respiratory infection …", round 40's batch A told the first alone)
    for told in (*acts, " ".join(sentences[-2:])):
        if told and len(told.split()) <= MAX_TWO_WORDS and length_balance([told, warned]) >= MIN_BALANCE \
                and not _leans(ctx, told) and not ctx.story.leans_on_context(first_sentence(told)):
            # ("I took him aside, …" without the man its first sentence named:
            # round 41's batch A, item 39; "I explained the rule politely and gave him the form.", "The register showed
            # it …": which rule, him, register? round 44's batch A2, items 41, 42; the whole answers then)
            return told
    return None


def _alone(ctx: Context, sentence: str) -> bool:
    """True for a sentence that reads without the one before it: no pronoun or "then" that points back."""
    return not (ctx.story.dangling(sentence) or ctx.story.points_back(sentence)
                or ctx.language.lexicon.any_word("sequel_words").search(sentence))


def _opening(answer: str) -> str:
    """The answer's first two sentences, when they fit (what happened and what she did, before how it ended): "Last
    winter I found eleven dead birds … . I stopped workers from moving between sheds, …" beside "I would remove the
    dead birds quickly …" (round 40's batch A: a 45-word story left every "Avoid:" answer out as too short)."""
    sentences = _sentences(answer)
    two = " ".join(sentences[:2])
    return two if len(two.split()) <= MAX_TWO_WORDS else sentences[0] if sentences else answer


def _leans(ctx: Context, answer: str, asked: str = "") -> bool:
    """True for an answer that points outside what the item shows ("I would visit her house …": whose? the
    borrower of its own question); ``asked``, the question the stem quotes, may name what it points to ("ग्राहक …
    जाने लगे, तो …?" before "मैं उनसे पूछूंगी …": round 41's batch D)."""
    first = first_sentence(answer)  # (its later sentences may point to its first: "… for a year. In that year the
    # cash never fell short")
    return (ctx.story.dangling(first) and not (asked and not ctx.story.dangling(f"{asked} {first}"))) \
        or ctx.story.points_back(first)


def _sentences(answer: str) -> list[str]:
    """The answer's sentences, stripped (the article's own splitter: "I would tell her that Dr. Mehta is …" was cut to
    "I would tell her that Dr." by a bare full stop, round 43's snapshot)."""
    return [s.strip() for s in split_sentences(answer) if s.strip()]


def first_sentence(answer: str) -> str:
    """An answer's first sentence (what a reader resolves alone; the ones after it may point back to it)."""
    return next(iter(_sentences(answer)), answer.strip())


def _asked(ctx: Context, section: Section) -> tuple[str, str] | None:
    """(the interviewer's question, the sample answer told short) of a section, or None: the question quoted in
    the heading, else the first quoted question of the body ("Managers ask "What would you do if …?""); the answer
    quoted after a ``sample_labels`` label (memoised per bank)."""
    key = ("sample_asked", section.id)
    if key not in ctx.memo:
        ctx.memo[key] = _read_asked(ctx, section)
    found: tuple[str, str] | None = ctx.memo[key]
    return found


def _read_asked(ctx: Context, section: Section) -> tuple[str, str] | None:
    answer = _sample(ctx, section)
    if answer is None:
        return None
    heading = QUOTED.findall(section.title or "")
    body = [q for q in QUOTED.findall(section.text) if q.rstrip().endswith("?")]
    title = (section.title or "").strip()  # (its "3. " the parser left out)
    asked = [title] if title.endswith("?") else []  # ("आपको electronics के बारे में कितना पता है?" unquoted over
    # its "अच्छा जवाब": the interviewer's question; round 41's batch D had four such sections and no item)
    question = (heading or body or asked or [None])[0]
    return (question.strip(), _short(answer, ctx.article.lang)) if question else None


def _sample(ctx: Context, section: Section) -> str | None:
    """The quoted sample answer after the section's label ("**Sample answer:** "…""), or None."""
    found = _label(ctx.article.lang).search(section.text)
    if found is None:
        return None
    quoted = QUOTED.search(section.text, found.end())
    return quoted.group(1).strip() if quoted and quoted.start() - found.end() <= LABEL_GAP else None


LABEL_GAP = 8  # characters between the label and the answer's opening quote (its bold marks, a colon)


def _full_answer(ctx: Context, section: Section) -> str:
    return _sample(ctx, section) or ""


def _short(answer: str, lang: str) -> str:
    """The answer whole, up to ``MAX_ANSWER_WORDS`` words; else its first and last sentences (the situation, then how
    it ended or why: "That is why I want a field role"), when they fit; else its first sentences, whole."""
    sentences = _sentences(answer)
    if len(answer.split()) <= WHOLE_ANSWER_WORDS:
        return answer  # (a story whole: cut, "what went wrong" and "how it ended" lose what she did, held-out I31)
    if len(sentences) >= 3 and _conclusion(lang).match(sentences[-1]) \
            and len(f"{sentences[0]} {sentences[-1]}".split()) <= MAX_ANSWER_WORDS:
        return f"{sentences[0]} {sentences[-1]}"
    told: list[str] = []
    for sentence in sentences:
        if told and len(" ".join([*told, sentence]).split()) > MAX_ANSWER_WORDS \
                and (len(told) > 1 or len(told[0].split()) > SHORT_OPENING_WORDS
                     or len(" ".join([*told, sentence]).split()) > MAX_TWO_WORDS):
            break
        told.append(sentence.strip())  # (a short first sentence sets the scene, "Last winter I found eleven dead birds
        # …"; what she did is in the second, round 40's batch A)
    return " ".join(told)


def _warned_answers(ctx: Context, section: Section) -> list[tuple[str, str]]:
    """(answer, sentence) for each answer the section warns against in quotes ("Don't say "everything"", and each
    quoted in the paragraph after a label, "**Weak answers to avoid:** "Our team always …" says nothing …")."""
    said_in = [(match.group("said"), sentence) for sentence in section.sentences
               for match in _warning(ctx.article.lang).finditer(sentence)]
    for label in _weak_label(ctx.article.lang).finditer(section.text):
        paragraph = section.text[label.end():].split("\n\n", 1)[0]
        for quoted in QUOTED.finditer(paragraph):
            sentence = next((s for s in section.sentences if quoted.group(1).strip()[:SOURCE_PREFIX] in s), None)
            said_in += [(quoted.group(1), sentence)] if sentence else []
    found: list[tuple[str, str]] = []
    for said, sentence in said_in:
        said = said.strip().rstrip(".!।")
        if len(said.split()) >= MIN_WARNED_WORDS and all(said != f[0][:len(said)] for f in found):
            found.append((said[:1].upper() + said[1:] + ctx.language.sentence_end, sentence))
    return found


def _weak_label(lang: str) -> re.Pattern[str]:
    """The label of a paragraph of answers to avoid (the language's ``weak_answer_labels``)."""
    return lexicon_pattern(lang, "weak_answer_labels", r"(?:{words})\s*[:：]\**")


MIN_WARNED_WORDS = 2  # ("everything": one word beside a sample answer of thirty is no answer one would give)


def _like_length(key: str, other: str, least: float = 0.45) -> bool:
    ratio = len(other) / max(1, len(key))
    return least <= ratio <= 1 / least


QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")


def _conclusion(lang: str) -> re.Pattern[str]:
    """A last sentence that says why (the language's ``conclusion_openers``: "That is why I want a field role"), told
    after the first when the whole answer is too long."""
    return lexicon_pattern(lang, "conclusion_openers", r"^(?:{words})(?!\w)")


def _label(lang: str) -> re.Pattern[str]:
    return lexicon_pattern(lang, "sample_labels", r"(?:{words})\s*[:：]")


def _warning(lang: str) -> re.Pattern[str]:
    return lexicon_pattern(lang, "warned_answer_openers", r"(?:{words})\s*[,:]?\s*[\"“](?P<said>[^\"“”]{2,})[\"”]")
