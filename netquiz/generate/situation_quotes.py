"""Which sentence of a section a situation question's feedback quotes: its advice nearest her words, never one
that needs the sentence before it (see :mod:`.situations`)."""

from __future__ import annotations

import re

from ..model import Section
from ..text import compile_nfc, tokens
from .context import PERSONAS, Context, bullet_lines
from .links import stems_of
from .practice import own_sentences

LEANING_COST = 2  # words of hers a sentence that leans on the one before must share beyond one that stands alone
TOLD_HERE = 2  # words of hers a sentence must share to be quoted beside the advice as telling her case


def quoted_sentence(ctx: Context, section: Section, said: frozenset[str] = frozenset()) -> str:
    """The section's sentence that tells its advice nearest her words: of its advice (a claim's sentence, an
    instruction) the one that shares most of her words; where none shares any, the advice that follows the
    sentence that does (the article tells a case, then what to do), else its first advice; a sentence that leans
    on the one before ("इसी से …", "This …") only when nothing else is left; never a list item, a run-in label
    ("What you need.", "सुबह और शाम:"), a question or a belief the article corrects (readings 163–168: feedback
    that quoted "Too wet or smelly??", the belief under "सही", her problem back, or a sub-point not hers)."""
    sentences = _telling(ctx, section)
    claimed = {r.causal.sentence for r in ctx.readings.get(section.id, [])}
    leaning = {s for s in sentences if leans(ctx, s, section)}
    standing = [s for s in sentences if s not in leaning] or sentences
    advice = [s for s in sentences if s in claimed or _advises(ctx, s)]
    advice.sort(key=lambda s: s in leaning)  # (one that leans, last: "Use mixed language if that is faster")

    def shared(sentence: str) -> int:
        return len(stems_of(ctx, sentence) & said)
    nearest = max(standing, key=lambda s: (shared(s), -standing.index(s)))
    if advice and max(map(shared, advice)) > 0:
        best = max(advice, key=lambda s: (shared(s) - LEANING_COST * (s in leaning), -advice.index(s)))
        before = sentences[sentences.index(best) - 1] if sentences.index(best) else None
        if best in leaning and before in advice and before not in leaning:
            return before  # (the step its "इससे …" tells the result of: "… मैट बिछा दें। इससे … नहीं फिसलता।")
        return best
    after = [s for s in advice if sentences.index(s) > sentences.index(nearest)]
    if shared(nearest) and after:
        return after[0]
    return advice[0] if advice else nearest


def quoted_passage(ctx: Context, section: Section, said: frozenset[str] = frozenset()) -> tuple[list[str], str]:
    """What the key's feedback quotes: :func:`quoted_sentence`, and before it the sentence that tells her case in
    the article's words where that is another (it shares ``TOLD_HERE`` of her words: "कस्बे की शाखा में छोटा लॉकर
    कुछ सौ रुपये में …"); where no sentence shares that many (a facilitator who words her line her own way), the
    section's other advice too; in the article's order, within ``MAX_PASSAGE_WORDS``. One sentence chosen on
    so little missed her case in 26 of 97 questions (reading176), most often for the section's other advice."""
    first = quoted_sentence(ctx, section, said)
    sentences = _telling(ctx, section)
    if not said or first not in sentences:
        return [first], first
    claimed = {r.causal.sentence for r in ctx.readings.get(section.id, [])}
    standing = [s for s in sentences if not leans(ctx, s, section)]
    nearest = max(standing, key=lambda s: len(stems_of(ctx, s) & said), default=first)
    if len(stems_of(ctx, nearest) & said) >= TOLD_HERE:
        chosen = [nearest, first] if nearest != first else [first]  # (her case first where both do not fit)
    else:
        chosen = [first] + [s for s in standing if s != first and (s in claimed or _advises(ctx, s))]
    passage: list[str] = []
    for sentence in chosen:
        if not passage or len(" ".join([*passage, sentence]).split()) <= MAX_PASSAGE_WORDS:
            passage.append(sentence)
    passage.sort(key=sentences.index)
    return passage, first if first in passage else passage[0]


def _advises(ctx: Context, sentence: str) -> bool:
    """True for a sentence whose first clause is an instruction ("साल में एक बार लॉकर खोलकर देख लें।", "अपना मोबाइल
    नंबर अपडेट रखें: …", "शाखा चुनते समय यह भी देखें कि …"), not a "don't"."""
    clause = ADVICE_CLAUSE.split(sentence.strip(), maxsplit=1)[0].rstrip(".।!")
    return ctx.lang.instruction(clause) and ctx.language.unnegate(clause) is None


ADVICE_CLAUSE = compile_nfc(r"\s*[:;]\s+|\s+कि\s+|,\s+(?:क्योंकि|ताकि|जिससे|so that|because)\s+")
MAX_PASSAGE_WORDS = 45  # (what a phone shows without scrolling far)


def leans(ctx: Context, sentence: str, section: Section) -> bool:
    """True for a sentence that needs the one before it to be understood: "इसी को …", "यही …", "उन्होंने …"
    (the article's own woman), "हर हॉस्टल इसका जवाब …", "This calms …" (reading166: ten feedbacks quoted such)."""
    known = stems_of(ctx, f"{ctx.article.title or ''} {section.title or ''}")
    return bool(ctx.story.points_back(sentence) or ctx.story.dangling(sentence)
                or ctx.story.leans_on_context(sentence, known) or POINTER.search(sentence)
                or THAT_THING.search(sentence))


POINTER = re.compile(r"(?<![\w\u0900-\u097F])(?:उन्होंने|उन्हें|उनकी|उनका|उनके|इसका|इसकी|इसके|यही|वही|इसी|"
                     r"उसी(?! (?:समय|वक़्त|वक्त|पल))|"
                     r"This|That|These|Those|They|It)(?![\w\u0900-\u097F])")


# "On a weekday, that belief is …": a thing the sentence before named (once "Most of us grew up believing …" is passed
# over as her problem, not the answer)
THAT_THING = compile_nfc(r"\b(?:this|that|these|those)\s+(?:belief|beliefs|idea|ideas|habit|habits|mistake|mistakes|"
                         r"problem|problems|step|steps|tip|tips|advice|rule|rules|list|myth|worry|fear)\b|"
                         r"(?<!\S)(?:पहली|दूसरी|तीसरी|इस|उस|ऊपर की|ऊपर दी गई|नीचे की) (?:सूची|लिस्ट|list)(?!\S)",
                         re.IGNORECASE)  # (reading180: "दूसरी सूची की चीज़ों …", a list the item never shows)


def _telling(ctx: Context, section: Section) -> list[str]:
    """The section's sentences that can be quoted alone as what it says (all of them when none can)."""
    listed = set(bullet_lines(section))
    sentences = own_sentences(ctx, section) or list(section.sentences)
    kept = [s for s in sentences if s.strip() not in listed and not LABEL_END.search(s)
            and len(s.split()) >= MIN_TELLING_WORDS and not ctx.lang.common_belief(s)
            and not ctx.story.denied_claim(s) and not ctx.story.group_habit(s)]
    told = [s for s in kept if not _story(ctx, s)]
    return told or kept or sentences


def _story(ctx: Context, sentence: str) -> bool:
    """True for a sentence of one woman's story ("Lakshmi Natarajan stitches blouses from her home in Coimbatore.",
    "Within a month she no longer needed …", "उसने …"): it says what happened to her, not what the part advises
    (reading176: such quotes made eleven questions' feedback say nothing)."""
    names = {n.lower() for n in (*ctx.language.lexicon.given_names, *PERSONAS[ctx.article.lang])}
    return bool(set(tokens(sentence)) & names or STORY_PERSON.search(sentence)
                or (FULL_NAME.search(sentence[1:]) and HER.search(sentence)))


FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")  # ("Lakshmi Natarajan", not the sentence's first word;
HER = re.compile(r"\b(?:her|his)\b")  # with "her" or "his" of that person: "the World Health Organization" is none)
STORY_PERSON = compile_nfc(r"(?:^|(?<=[\s,]))(?:she|he|She|He|उसने|उन्होंने)(?=\s)")


LABEL_END = re.compile(r"[?:]\W*$")
MIN_TELLING_WORDS = 5
