"""What goes wrong for one who does what a "don't" section warns against, read from its sentences before its
remedy (generate/trouble.py asks about it).

A trouble is read from a sentence that opens on a consequence ("इससे …", "नतीजा यह होता है कि …", "As a result,
…"), the clause after "…, जिससे" or ", and …" whose subject is the slip, a result the rules read of a cause that is
the slip ("X करने से …, उल्टा …"), the text after a lead-in that points to the slip ("This goes wrong quickly: …"),
or what befalls the reader told plainly after the slip's sentence; and kept where it tells something bad (the
lexicon's problems, harms and things going wrong, with as many turns as not), stands alone and is no risk.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import language
from ..model import Section
from ..text import compile_nfc
from .claims import Reading, known_words
from .context import Context
from .links import akin, stems_of
from .practice import auxiliaries, body_instructions, own_sentences

SLIP_PATTERNS = ("gerund", "instrument", "chain", "because")  # a cause told inside the sentence: "X करने से …"
WHEREBY = compile_nfc(r",\s*(?:जिससे|जिसकी वजह से|जिसके चलते|which means)\s+", re.IGNORECASE)  # what a slip told as
# the sentence's subject brings (not the first sentence: the section's opening may tell what many do, and why)


def troubles(ctx: Context, section: Section, slip: str) -> list[tuple[str, str]]:
    """(what goes wrong, its sentence) for each trouble the section tells of its slip, before its first
    instruction of its own (memoised per bank)."""
    key = ("troubles", section.id)
    if key not in ctx.memo:
        ctx.memo[key] = _troubles(ctx, section, slip)
    return list(ctx.memo[key])


def _troubles(ctx: Context, section: Section, slip: str) -> list[tuple[str, str]]:
    sentences = own_sentences(ctx, section)
    advised = {sentence for _, sentence in body_instructions(ctx, section)}
    first = next((i for i, s in enumerate(sentences) if s in advised or _remedy(ctx, s)), len(sentences))
    readings = {r.causal.sentence: r for r in ctx.readings[section.id] if r.causal.pattern in SLIP_PATTERNS}
    opener = _opener(ctx.article.lang)
    remedy = frozenset().union(*(stems_of(ctx, clause) for clause, _ in body_instructions(ctx, section))) \
        - auxiliaries(ctx)  # (the words of what the section advises instead: a cause in them is the remedy)
    found = []
    for index, sentence in enumerate(sentences[:first]):
        if index + 1 < len(sentences) and _opens(ctx, "concession_openers", sentences[index + 1]) \
                or sentence.rstrip().endswith("?"):  # ("… कुछ मिनट की शांति मिलती है। पर …": granted, no trouble)
            continue
        read = _trouble_of(ctx, index, sentence, slip, opener, readings.get(sentence), remedy)
        if read is None:
            continue
        told, placed = read
        told = SECOND_CAUSE.split(told, maxsplit=1)[0]  # ("…, और लगातार एक ही तरह बैठे रहने से कमर दर्द अलग होता है":
        # a second cause and its own harm, no part of this trouble)
        if (placed or bad(ctx, told)) and not _points(ctx, told) and not _opens(ctx, "still_openers", sentence) \
                and not _names(ctx, "risk_words", told):
            found.append((told, sentence))
    return found


def _points(ctx: Context, text: str) -> bool:
    """True when the trouble names something by a word that points outside it ("यह गर्मी वहीं अटकी रहती है", "इसी
    काम के लिए", "that gap", "he moved to another team"): told alone, nobody knows what."""
    known = known_words(ctx.known_title)
    joiners = "|".join(re.escape(w) for w in ctx.language.lexicon.clause_joiners) or "(?!)"
    head = compile_nfc(rf",\s+(?:{joiners})\s+").split(text, maxsplit=1)[0]  # (a later clause's "यह बात" is the
    # clause before it: "… ग्राहक को लगता है कि उसके साथ धोखा हुआ, और यह बात पूरा मोहल्ला जान जाता है")
    return ctx.story.dangling(head) or ctx.story.leans_on_context(head, known) or ctx.story.names_a_third(text) \
        or bool(POINTED.search(head)) or bool(THIRD_PERSON.search(text))


# A demonstrative before its noun, or a pronoun opening the text ("that gap", "इस काम", "उसकी पूरी तस्वीर"); not
# "that" after a noun, a relative ("the meeting that actually mattered")
POINTED = compile_nfc(r"(?:^|\s)(?:this|these|those|इस|इन|उस|उन|इसी|उसी)\s+\S"
                      r"|(?:^|\s(?:up|by|of|to|in|on|for|with|from|at|about)\s)that\s+[a-z]"
                      r"|^(?:उसकी|उसका|उसके|वह|वे|यह|ये|it|they)(?!\S)", re.IGNORECASE)
THIRD_PERSON = compile_nfc(r"(?:^|\s)(?:he|him|his|she|her|hers)(?![\w'’])", re.IGNORECASE)  # (in the article's text,
# before she is the persona: someone the trouble does not name, "four months later he moved to another team")


SECOND_CAUSE = compile_nfc(r",?\s+(?:और|and)\s+(?=(?:\S+\s+){0,6}\S+(?:ने|ते)\s+(?:रहने\s+)?से\s)")


def _opens(ctx: Context, words: str, text: str) -> bool:
    """True when ``text`` opens on a word of the lexicon's list ``words`` ("पर …", "फिर भी …", "कई …")."""
    return ctx.language.lexicon.any_word(words).match(text.strip()) is not None


def _names(ctx: Context, words: str, text: str) -> bool:
    """True when ``text`` holds one of the list's words or stems ("खतरा बढ़", "risk": a risk that rises is what may
    happen, no trouble she has; round 27's development reading, item 13)."""
    lowered = text.lower()
    return any(word.lower() in lowered for word in getattr(ctx.language.lexicon, words))


def _trouble_of(ctx: Context, index: int, sentence: str, slip: str, opener: re.Pattern[str],
                reading: Reading | None, remedy: frozenset[str]) -> tuple[str, bool] | None:
    """What goes wrong by ``sentence``: after a consequence opener, after "…, जिससे" where the slip is its subject,
    a result the rules read of a cause that is the slip (not the remedy), what follows the slip's own clause, or
    a consequence told plainly after the slip's sentence; else None. With it, whether its place alone tells it is
    bad (else :func:`bad` judges its words)."""
    rest = opener.sub("", sentence.strip(), count=1)
    if rest != sentence.strip():
        first = rest.split()[0].lower() if rest.split() else ""
        compared = first in ctx.language.lexicon.compared_words  # ("इससे भी बड़ी दिक्कत …": a comparison with the
        return (rest, False) if len(rest.split()) >= 3 and not compared else None  # trouble before, no opener)
    clause = WHEREBY.split(sentence, maxsplit=1)
    if len(clause) == 2:
        subject = stems_of(ctx, clause[0]) - auxiliaries(ctx)
        if len(clause[1].split()) >= 3 and (index or akin(subject, stems_of(ctx, slip) - auxiliaries(ctx))) \
                and not akin(subject, remedy):  # ("पहले Hindi में sentence बनाना … धीमा कर देता है, जिससे …": what
            return clause[1], False  # the slip brings; an opening sentence only where it tells the slip)
        return None
    if reading is not None and _of_slip(ctx, reading, slip, remedy):
        return _told_after(reading, sentence), False
    head, colon, tail = sentence.partition(": ")
    if colon and len(head.split()) <= LEAD_WORDS and head.split()[0].lower() in ctx.language.lexicon.pointing_words \
            and bad(ctx, head):  # ("This goes wrong quickly: the panel starts wondering …": the slip pointed to,
        return tail, False  # what goes wrong after the colon)
    first, joined, second = sentence.rpartition(", and ") if ", and " in sentence else sentence.rpartition(", और ")
    if joined and len(second.split()) >= SECOND_WORDS and not ELIDED.match(second):
        pointed = first.split()[0].lower() in ctx.language.lexicon.slip_pointers
        if pointed or akin(stems_of(ctx, first) - auxiliaries(ctx), stems_of(ctx, slip) - auxiliaries(ctx)):
            return second, pointed  # ("It also turns a disagreement … into a personal contest, and everyone watching
            # starts picking sides": the slip, pointed to, does the first, what follows is its trouble, bad by its
            # place; after a clause that only shares the slip's words, bad by its own words)
    if not index or reading is not None or _opens(ctx, "generic_openers", sentence):
        return None  # (the opening sentence tells what many do, or the slip itself; a reading's own result is
        # told by it, above)
    parts = [m.end() for m in _contrast(ctx.article.lang).finditer(sentence)]
    told = sentence[parts[-1]:].strip(" ,") if parts else sentence  # ("… किराया लुभाता है, लेकिन <what goes wrong>")
    if len(told.split()) > BARE_WORDS or not ctx.lang.addresses_reader(told):
        return None  # (told without a marker, only what befalls the reader: "… breeds अकेले रहने पर बहुत परेशान होती
        # हैं" is the dog's, a fact)
    return told, False


@lru_cache(maxsize=8)
def _contrast(lang: str) -> re.Pattern[str]:
    """A contrast opener after a comma ("…, लेकिन …", "…, but …"): not "पर" after a noun ("रहने पर", a postposition)."""
    words = "|".join(re.escape(w) for w in language(lang).lexicon.contrast_openers) or "(?!)"
    return compile_nfc(rf"(?:^|,\s+)(?:{words})(?!\S)\s*", re.IGNORECASE)


SECOND_WORDS = 4


ELIDED = compile_nfc(r"^(?:\S+\s+){0,4}\S+ने\s+पर(?!\S)")  # ("…, और ज़्यादा मात्रा में लेने पर …": taking what? the
# first clause's thing, left out of the second)
LEAD_WORDS = 6  # a lead-in before the colon that points back to the slip ("This goes wrong quickly:")
BARE_WORDS = 30  # a consequence told without a marker, after the slip's sentence: short enough to be her trouble


def bad(ctx: Context, text: str) -> bool:
    """True when ``text`` tells something bad happening: a loss (the lexicon's ``loss_words``), or a problem, bad
    thing, harm or thing going wrong (``trouble_words``) named with as many turns as not ("बोलने का डर कम नहीं
    होता": a reduction denied; not "किसी एक पर पूरा बोझ नहीं पड़ता", "fewer breakdowns": a problem gone, a
    benefit)."""
    lexicon = ctx.language.lexicon
    lowered = text.lower()
    if any(w.lower() in lowered for w in lexicon.loss_words):
        return True
    named = (*lexicon.problems, *lexicon.bad_things, *lexicon.harm_words, *lexicon.trouble_words)
    if not any(w.lower() in lowered for w in named):
        return False
    turns = len(lexicon.any_word("turn_words").findall(text)) + lowered.count("n't")
    return turns % 2 == 0




def _of_slip(ctx: Context, reading: Reading, slip: str, remedy: frozenset[str]) -> bool:
    """True when the reading's cause is the slip: it shares one of the warned step's own words (those of two
    sections at most: "van" of every part of a van article is no sign; "Paying a little more for a well-kept van"
    is the remedy) and none with the remedy the section advises, or its result says it turns out the other way
    ("… से बोलने का डर कम नहीं होता, उल्टा …" under "Grammar की मोटी किताब से शुरुआत न करें"); not a cause the
    section goes on to grant ("…, पर …")."""
    effect = reading.causal.effect
    if _opens(ctx, "concession_openers", reading.causal.sentence.split(effect, 1)[-1].lstrip(" ,")):
        return False
    if CONTRARY.search(reading.causal.sentence):
        return True
    words = stems_of(ctx, reading.causal.cause) - auxiliaries(ctx)
    own = frozenset(w for w in stems_of(ctx, slip) - auxiliaries(ctx) if ctx.spread.get(w, 0) <= RARE_SPREAD)
    return akin(words, own) and not akin(words, remedy)


RARE_SPREAD = 2
CONTRARY = compile_nfc(r"(?<!\S)(?:उल्टा|उलटा|उल्टे|उलटे|on the contrary)(?!\S)", re.IGNORECASE)


def _remedy(ctx: Context, sentence: str) -> bool:
    """True for a sentence that advises what to do: an instruction in any clause ("Simple भाषा में बताएं कि …",
    "पहले उससे बात करें और …"), or what is better instead ("इसकी जगह …", "बेहतर है कि …")."""
    if ctx.language.lexicon.any_word("instead_words").search(sentence) or ctx.lang.advice(sentence):
        return True
    return any(ctx.lang.imperative(part) for part in REMEDY_CLAUSES.split(sentence))


REMEDY_CLAUSES = compile_nfc(r"\s*[,;:]\s*|\s+(?:और|कि|जो|जैसे|ताकि|जिस\S*|जिन\S*|and|then|so that)\s+")
# ("इसलिए सवाल ऐसे बनाएं जिनका जवाब …": the instruction ends before its relative clause)


def _told_after(reading: Reading, sentence: str) -> str:
    """The reading's result with the rest of its sentence ("बोलने का डर कम नहीं होता[, उल्टा … रुक जाती है]"): the
    whole trouble, where the sentence goes on after it; else the result as read."""
    effect = reading.causal.effect.strip()
    start = sentence.find(effect)
    return sentence[start:].strip() if start >= 0 and effect else effect


@lru_cache(maxsize=8)
def _opener(lang: str) -> re.Pattern[str]:
    """The language's ``trouble_openers`` opening a sentence, with a comma or colon after it."""
    words = "|".join(re.escape(w) for w in sorted(language(lang).lexicon.trouble_openers, key=len, reverse=True))
    return compile_nfc(rf"^(?:{words or '(?!)'})(?![^\s,:])\s*,?\s*", re.IGNORECASE)
