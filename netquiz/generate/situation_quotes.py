"""Which sentence of a section a situation question's feedback quotes: its advice nearest her words, never one
that needs the sentence before it (see :mod:`.situations`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..model import Section
from ..text import compile_nfc, tokens
from .claims import bullet_lines
from .context import PERSONAS, Context
from .links import stems_of
from .practice import own_sentences

LEANING_COST = 1.0  # weight of her words a sentence that leans on the one before must share beyond one that stands
# alone (see :func:`_shared`: a word of one sentence of the article weighs 1, of two sentences ½, …)
MIN_SHARED = 0.5  # weight of her words a sentence must share to be chosen for them (two common words do not)
TOLD_HERE = 0.75  # weight of her words a sentence must share to be quoted beside the advice as telling her case


def quoted_sentence(ctx: Context, section: Section, said: frozenset[str] = frozenset()) -> str:
    """The section's sentence that tells its advice nearest her words: of its advice (a claim's sentence, an
    instruction) the one that shares most of her words (by weight, :func:`_shared`); where none shares
    ``MIN_SHARED``, the advice that follows the
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

    def shared(sentence: str) -> float:
        return _shared(ctx, sentence, said)
    nearest = max(standing, key=lambda s: (shared(s), -standing.index(s)))
    if advice and max(map(shared, advice)) >= MIN_SHARED:
        best = max(advice, key=lambda s: (shared(s) - LEANING_COST * (s in leaning), -advice.index(s)))
        before = sentences[sentences.index(best) - 1] if sentences.index(best) else None
        if best in leaning and before in advice and before not in leaning:
            return before  # (the step its "इससे …" tells the result of: "… मैट बिछा दें। इससे … नहीं फिसलता।")
        return best
    after = [s for s in advice if sentences.index(s) > sentences.index(nearest)]
    if shared(nearest) >= MIN_SHARED and after:
        return after[0]
    return advice[0] if advice else nearest


def quoted_passage(ctx: Context, section: Section, said: frozenset[str] = frozenset()) -> tuple[list[str], str]:
    """What the key's feedback quotes: :func:`quoted_sentence`, and beside it the sentence that tells her case in
    the article's words where that is another (it shares ``TOLD_HERE`` of her words by weight: "कस्बे की शाखा में
    छोटा लॉकर कुछ सौ रुपये में …"), with an instruction of the section where neither is one; where no sentence shares
    that much (a facilitator who words her line her own way), the section's other advice too; in the article's
    order, within ``MAX_PASSAGE_WORDS`` (the advice kept first). One sentence chosen on so little missed her case
    in 26 of 97 questions (reading176), most often for the section's other advice."""
    first = quoted_sentence(ctx, section, said)
    sentences = _telling(ctx, section)
    if not said or first not in sentences:
        return [first], first
    claimed = {r.causal.sentence for r in ctx.readings.get(section.id, [])}
    standing = [s for s in sentences if not leans(ctx, s, section)]
    nearest = max(standing, key=lambda s: _shared(ctx, s, said), default=first)
    if _shared(ctx, nearest, said) >= TOLD_HERE:
        chosen = [first, nearest] if nearest != first else [first]  # (the advice first where both do not fit: ab19
        # judged her case told back without what to do poor)
        steps = [s for s in standing if _advises(ctx, s)]
        if steps and not any(_advises(ctx, s) for s in chosen):  # (and what to do: ab19, a case told without the
            chosen.append(max(steps, key=lambda s: (_shared(ctx, s, said), -steps.index(s))))  # advice lost to it)
    else:
        chosen = [first] + [s for s in standing if s != first and (s in claimed or _advises(ctx, s))]
    if first in chosen and GOES_ON.match(first):  # ("फिर उसमें … जोड़ें": the step it goes on from, too; reading188
        index = section.sentences.index(first)  # item 30)
        if index and section.sentences[index - 1] not in chosen:
            chosen.insert(chosen.index(first), section.sentences[index - 1])
    item = _her_item(ctx, section, said)
    if item is not None:  # (a list item that tells her case, "rest your feet on a footrest … to ease swelling;", with
        lead = _lead_in(section, item)  # the instruction it completes: reading186 items 6, 35, 44 quoted a
        chosen = [item, *([lead] if lead else []), *chosen]  # sentence beside the list that held her case)
    passage: list[str] = []
    for sentence in dict.fromkeys(chosen):  # (once each: her list item may be the advice too, reading190 item 29)
        if not passage or len(" ".join([*passage, sentence]).split()) <= MAX_PASSAGE_WORDS:
            passage.append(sentence)
    order = list(section.sentences)
    passage.sort(key=lambda s: order.index(s) if s in order else len(order))
    source = item if item in passage else first if first in passage else passage[0]
    return [s.rstrip(";,") for s in passage], source


def named_passage(section: Section, named: tuple[str, ...],
                  points_back: Callable[[str], object] = lambda sentence: None) -> tuple[list[str], str]:
    """What the key's feedback quotes where the facilitator named the sentences (``named``, the section's): they,
    the line that opens the list of one that is a list item, and the sentence before one that ``points_back`` to it
    (the language's linked effect: "… उलट-पुलट न करें। ऐसा करने से …", whose pointer read as the corner's result
    without it; round 24's reader B, item 47), in the article's order. Nothing else is added beside them (her
    review of situ27: the advice the tool added beside the case she named was loosely related in 3 of 30 lines).
    The source is the first she named."""
    chosen = list(dict.fromkeys(named))
    order = list(section.sentences)
    for sentence in named:
        if sentence.strip() in _listed(section) and (lead := _lead_in(section, sentence)) and lead not in chosen:
            chosen.append(lead)
        index = order.index(sentence) if sentence in order else 0
        if index and points_back(sentence) and order[index - 1] not in chosen:
            chosen.append(order[index - 1])
    chosen.sort(key=lambda s: order.index(s) if s in order else len(order))
    return [s.rstrip(";,") for s in chosen], named[0]


def quoted_run(section: Section, passage: list[str]) -> str:
    """The passage as quoted: sentences next to each other in the section joined by a space, a gap shown by "…"."""
    order = [s.rstrip(";,") for s in section.sentences]
    text = passage[0] if passage else ""
    for before, sentence in pairwise(passage):
        next_to = before in order and sentence in order and order.index(sentence) == order.index(before) + 1
        text += (" " if next_to else " … ") + sentence
    return text


GOES_ON = compile_nfc(r"^(?:फिर|इसके बाद|उसके बाद|Then|After that|Next)(?=[\s,])")


def _her_item(ctx: Context, section: Section, said: frozenset[str]) -> str | None:
    """The section's list item (a bullet line of its own sentence) that shares ``TOLD_HERE`` of her words by weight,
    most first; None where none does (readings 163–168 found a list item quoted for another woman's case: "a sub-point
    not hers", so an item is quoted only where her words pick it)."""
    listed = _listed(section)
    items = [s for s in section.sentences if s.strip() in listed and not ctx.story.dangling(s)
             and not POINTER.search(s)]  # (an item's "the final round" names the list's own things)
    best = max(items, key=lambda s: (_shared(ctx, s, said), -items.index(s)), default=None)
    return best if best is not None and _shared(ctx, best, said) >= TOLD_HERE else None


def _lead_in(section: Section, item: str) -> str | None:
    """The sentence that opens the list ``item`` belongs to, when it ends with a colon and says something ("Ask for
    slots that don't clash with your work, for example:"; not "उदाहरण के लिए:"): what the item completes."""
    listed = _listed(section)
    index = section.sentences.index(item)
    while index > 0 and section.sentences[index - 1].strip() in listed:
        index -= 1
    before = section.sentences[index - 1].strip() if index > 0 else ""
    return before if before.endswith(":") and len(before.split()) >= MIN_LEAD_WORDS else None


MIN_LEAD_WORDS = 5


def _listed(section: Section) -> frozenset[str]:
    """The section's bullet lines (without their bullet), as its sentences hold them once stripped."""
    return frozenset(line.strip() for line in bullet_lines(section))


def _shared(ctx: Context, sentence: str, said: frozenset[str]) -> float:
    """How much of her words ``sentence`` holds, each word weighing one over the number of the article's sentences
    that hold it, a common one (the language's ``common_stems``) half of that: "कैल्शियम", in one sentence,
    tells her case where "साल" or "चीज़" does not (reading184: the quote went to a sentence that shared "साल" with
    a line about calcium, item 64). Spellings that differ by a nukta or a chandrabindu ("क़ब्ज़"/"कब्ज़", "आँख"/"आंख")
    count as one."""
    mine = {_folded(w) for w in said}
    if not mine:
        return 0.0
    counts, common = _sentence_counts(ctx), _common(ctx)
    return sum((COMMON_WEIGHT if w in common else 1.0) / counts[w]
               for w in {_folded(w) for w in stems_of(ctx, sentence)} & mine if counts.get(w))


COMMON_WEIGHT = 0.5  # a word of the language's ``common_stems`` ("चीज़", "साल") weighs half


def _common(ctx: Context) -> frozenset[str]:
    if "common_stems" not in ctx.memo:
        ctx.memo["common_stems"] = frozenset(_folded(w) for w in ctx.language.lexicon.common_stems)
    found: frozenset[str] = ctx.memo["common_stems"]
    return found


def _sentence_counts(ctx: Context) -> dict[str, int]:
    """For each (folded) word stem, how many sentences of the article hold it (memoised per bank)."""
    if "sentence_counts" not in ctx.memo:
        counts: dict[str, int] = {}
        for section in ctx.article.sections:
            for sentence in section.sentences:
                for word in {_folded(w) for w in stems_of(ctx, sentence)}:
                    counts[word] = counts.get(word, 0) + 1
        ctx.memo["sentence_counts"] = counts
    found: dict[str, int] = ctx.memo["sentence_counts"]
    return found


def _folded(word: str) -> str:
    """The word without nukta and with chandrabindu as anusvara (spellings writers mix)."""
    return word.replace("\u093c", "").replace("ँ", "ं")


def _advises(ctx: Context, sentence: str) -> bool:
    """True for a sentence whose first clause is an instruction ("साल में एक बार लॉकर खोलकर देख लें।", "अपना मोबाइल
    नंबर अपडेट रखें: …", "शाखा चुनते समय यह भी देखें कि …"), not a "don't"."""
    clause = ADVICE_CLAUSE.split(sentence.strip(), maxsplit=1)[0].rstrip(".।!")
    if ctx.lang.instruction(clause) and ctx.language.unnegate(clause) is None:
        return True
    head = RELATIVE_AFTER.split(clause, maxsplit=1)[0]
    return head != clause and ctx.lang.instruction(head) and ctx.language.unnegate(head) is None


ADVICE_CLAUSE = compile_nfc(r"\s*[:;]\s+|\s+कि\s+|,\s+(?:क्योंकि|ताकि|जिससे|so that|because)\s+")
# A relative clause after the instruction: "… सवालों की अलग सूची बना लें जिनमें अंक कटे …" (not "जो", which opens
# the clause before a main one as often: "लॉकर में जो भी रखें, उसकी एक सूची बनाएँ")
RELATIVE_AFTER = compile_nfc(r",?\s+(?=(?:जिनमें|जिसमें|जिन्हें|जिसे|जिनसे|जिनका|जिनकी|जिनके|जिसका|जिसकी|जिसके)\s)")
MAX_PASSAGE_WORDS = 60  # (what a phone shows without scrolling far)


def leans(ctx: Context, sentence: str, section: Section) -> bool:
    """True for a sentence that needs the one before it to be understood: "इसी को …", "यही …", "उन्होंने …"
    (the article's own woman), "हर हॉस्टल इसका जवाब …", "This calms …" (reading166: ten feedbacks quoted such)."""
    known = stems_of(ctx, f"{ctx.article.title or ''} {section.title or ''}")
    sentence = CORRELATIVE.sub(r"\1\2", sentence)  # ("जिन्हें … है उनके लिए …", "जो … है, वही …": the relative
    # clause before it names them; reading184 items 61, 65 passed over "… जिन्हें गेहूँ से परेशानी है उनके लिए भी …")
    return bool(ctx.story.points_back(sentence) or ctx.story.dangling(sentence)
                or ctx.story.leans_on_context(sentence, known) or POINTER.search(sentence)
                or THAT_THING.search(sentence))


# A relative word, and the correlative pronoun after it in the same sentence (left out before the tests above)
CORRELATIVE = compile_nfc(r"((?<!\S)(?:जो|जिस|जिसे|जिसने|जिसका|जिसकी|जिसके|जिन|जिन्हें|जिनके|जिनकी|जिनका|जिनसे|जिनको|"
                          r"जिनमें|जिन्होंने|जहाँ|जहां|जितना|जितनी|जितने)(?!\S))(.*?)(?<!\S)(?:वह|वे|वो|वही|वहीं|उन्हें|"
                          r"उनके|उनकी|उनका|उनसे|उनको|उनमें|उसे|उसकी|उसके|उसका|उसमें|वहाँ|वहां|उतना|उतनी|उतने)(?!\S)")


POINTER = re.compile(r"(?<![\w\u0900-\u097F])(?:उन्होंने|उन्हें|उनकी|उनका|उनके|इसका|इसकी|इसके|यही|वही|इसी|"
                     r"उसी(?! (?:समय|वक़्त|वक्त|पल))|"
                     r"This|That|These|Those|They|It)(?![\w\u0900-\u097F])")


# "On a weekday, that belief is …": a thing the sentence before named (once "Most of us grew up believing …" is passed
# over as her problem, not the answer)
THAT_THING = compile_nfc(r"\b(?:this|that|these|those)\s+(?:belief|beliefs|idea|ideas|habit|habits|mistake|mistakes|"
                         r"problem|problems|step|steps|tip|tips|advice|rule|rules|list|myth|worry|fear)\b|"
                         r"(?<!\S)(?:पहली|दूसरी|तीसरी|इस|उस|ऊपर की|ऊपर दी गई|नीचे की) (?:सूची|लिस्ट|list)(?!\S)|"
                         r"\b(?:this|that) way\b",  # ("By using it up this way, …": reading188 item 68)
                         re.IGNORECASE)  # (reading180: "दूसरी सूची की चीज़ों …", a list the item never shows)


def _telling(ctx: Context, section: Section) -> list[str]:
    """The section's sentences that can be quoted alone as what it says (all of them when none can)."""
    listed = _listed(section)
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
    return bool(set(tokens(sentence)) & names or STORY_PERSON.search(sentence) or STORY_PAST.search(sentence)
                or (FULL_NAME.search(sentence[1:]) and HER.search(sentence)))


FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")  # ("Lakshmi Natarajan", not the sentence's first word;
HER = re.compile(r"\b(?:her|his)\b")  # with "her" or "his" of that person: "the World Health Organization" is none)
STORY_PERSON = compile_nfc(r"(?:^|(?<=[\s,]))(?:she|he|She|He|उसने|उन्होंने)(?=\s)|"
                           r"(?:^|(?<=[\s,]))(?:उसकी|उसके|उनकी|उनके)\s+\S+\s+ने(?=\s)")  # ("उसकी बेटी ने ख़ुद ही …": her
# family in the story, reading188 item 54)
STORY_PAST = compile_nfc(r"(?:^|\s)(?:वह|उन्हें|उसे|वे)\s(?:[^\s,।]+\s){0,12}?(?:थी|थीं|था|थे|मिला|मिली|मिले|दिया|"
                         r"लिया|गया|गई|गईं|किया|कीं)(?=[\s,।.]|$)")
# ("पहले वह अपना सारा माल एक ठेकेदार को देती थीं …", "… उन्हें दिल्ली के एक Crafts Bazaar में Stall मिला": her story
# told on with a pronoun; reading199's facilitator found a wrong heading's feedback quoting it)


LABEL_END = re.compile(r"[?:]\W*$")
MIN_TELLING_WORDS = 5
