"""Claims: one model of what a section says, read from every shape an article comes in.

A claim is a :class:`~netquiz.generate.context.Reading`: a step (the advice) tied to a result (a benefit, or a
harm for a "don't"), with its polarity, its source sentence and how sure the reading is. Shapes read:

- cause and result in one sentence (अगर…तो, "X करने से Y", "X लेने पर Y", "By doing X, you Y", "X helps you …");
- a tip: an imperative heading or instruction, and a *following* sentence that points back to it ("इससे …",
  "ऐसा करने से …", "यह आपको … में मदद करेगा", "This gives you …", "Doing so …", "That way …");
- a benefit listicle: the body's "X से Y" under a noun-phrase heading (the result the heading names).

Pointing-back words are resolved to the instruction just before them (unless it leans on something itself,
"उसमें लिखें …"), else to the section's heading when the heading is an instruction; a reading that cannot
be resolved is dropped rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..language import Language, language
from ..language.base import Causal
from ..language.lexicon import lexicon_pattern
from ..language.registry import Rules
from ..model import Article, Section
from ..text import any_literal, compile_nfc, inside_quotations, is_devanagari
from .blind import marked
from .keywords import content_tokens, stem, word_stems


@dataclass(frozen=True)
class Reading:
    """A claim: a cause → effect reading (step → result), with the section it comes from."""

    section: Section
    causal: Causal
    polarity: str = "do"  # "dont" for a step the article warns against (its result is a harm)
    confidence: float = 1.0  # how sure the reading is (see generate/claims.py)
    step_from: str = "sentence"  # "heading" when a pointing-back word was resolved to the heading

    def __hash__(self) -> int:  # (the fields' hash, computed once: readings key most per-bank memos)
        value: int | None = self.__dict__.get("_hash")
        if value is None:
            value = hash((self.section, self.causal, self.polarity, self.confidence, self.step_from))
            object.__setattr__(self, "_hash", value)
        return value



CONFIDENCE = {"section": 0.3, "closing": 0.4, "conditional": 1.0, "correlative": 0.9, "chain": 0.8, "linked": 0.9,
              "heading": 0.8, "gerund": 0.8, "instrument": 0.7, "because": 0.7, "purpose": 0.7, "imperative": 0.6,
              "doers": 0.7}


def read_claims(known: Language, section: Section, title: str = "") -> list[Reading]:
    """Every claim of ``section`` that can be told alone, most certain first (ties keep the text's order);
    ``title`` is the article's (its words, like the heading's, are known to a reader of any question). A result
    whose later clause leans outside ("a record to point back to, so that nobody's surprised when the checklist
    isn't ready") is told without that clause."""
    alone = [cut for _, cut in _standings(known.code, section, title) if cut is not None]
    if not alone:  # nothing read stands alone: the section's other statements, read whole (see below)
        alone = next(([r] for r in _section_results(known, section, title)
                      if _standing(known, r, section, title) is r), [])  # (whole: a cut would be a guess)
    return sorted(alone, key=lambda r: -r.confidence)


def leaning_claims(known: Language, section: Section, title: str = "") -> list[Reading]:
    """The claims of ``section`` that lean on a sentence outside them ("Address those concerns …"): read, but
    left out of every question (the facilitator is told why)."""
    return [r for r, cut in _standings(known.code, section, title) if cut is None]


@lru_cache(maxsize=4096)
def _standings(code: str, section: Section, title: str) -> tuple[tuple[Reading, Reading | None], ...]:
    """Every claim of ``section`` with :func:`_standing` of it (cached per bank, as the claims are: both
    :func:`read_claims` and :func:`leaning_claims` ask)."""
    known = language(code)
    return tuple((r, _standing(known, r, section, title)) for r in _claims(known, section, title))


def _standing(known: Language, reading: Reading, section: Section, title: str) -> Reading | None:
    """The claim as it can be told alone: whole, or its result cut before the clause that leans; None when its
    step leans, or no head of its result of three words or more stands alone; None for a list's item whose Hindi
    result ends on no verb ("- दबाने पर वापस उभर आने वाला सख्त मांस": what fresh fish is like, no result; round 34's
    held-out B10 told "सुमन दबाती है")."""
    last = reading.causal.effect.split()[-1] if reading.causal.effect.split() else ""
    if not _ends_on_verb(known, last) and reading.causal.sentence.strip() in bullet_lines(section):
        return None
    if not _leans(known, reading, section, title):
        return reading
    words = known_words(title, section.title or "")
    effect = reading.causal.effect
    if known.story.leans_on_context(reading.causal.cause, words) or known.story.names_a_third(reading.causal.cause) \
            or known.story.names_a_third(effect):
        return None  # (a head keeps the result's opening: "उसकी बोरियत … कम होती है[, और …]" still names the dog)
    named = _named_plainly(effect, section.title or "")
    if named != effect and not known.story.leans_on_context(named, words) and not known.story.names_a_third(named):
        return replace(reading, causal=replace(reading.causal, effect=named))
    for cut in reversed([m.start() for m in CLAUSE_CUT.finditer(effect)]):
        if RELATIVE_HEAD.search(effect[:cut]) and CORRELATIVE_REST.match(effect[cut:]):
            continue  # ("एक लहंगे की कढ़ाई का जो पैसा बुटीक देता है[, उसका बड़ा हिस्सा … कट जाता है]": the relative
            # clause without its main one; round 34's held-out D2, D7)
        kept = effect[:cut].rstrip(" ,").split()
        head = " ".join(kept)  # ("fresh examples to talk about [in …]" is no head: it ends on "about")
        if len(kept) >= 3 and kept[-1].lower() not in DANGLING_ENDS and not known.story.leans_on_context(head, words) \
                and _ends_on_verb(known, kept[-1]) and (not head.isascii() or known.rules.ends_on_verb(head)):
            return replace(reading, causal=replace(reading.causal, effect=head))  # (an English head with a verb:
            # not "the question palette[, the colour codes … are already familiar]", round 38's held-out G21)
    return None


def _named_plainly(effect: str, heading: str) -> str:
    """The result with a demonstrative dropped before a noun its heading names ("यह नॉमिनेशन नई कंपनी में भी साथ चलता
    है" under "… नॉमिनी अपडेट करें"… → "नॉमिनेशन …"; "इन आदतों से …" under "… आदतें …"; "these costs" under "Hidden
    Costs" → "the costs"): the thing pointed to is the section's own, which the question's words then name (round
    37: demonstratives were the commonest word of the 600 sections whose claims leaned)."""
    heads = {stem(w.lower().strip(".,:;?!'’\"")) for w in heading.split()}

    def plain(match: re.Match[str]) -> str:
        noun = match.group("noun")
        if stem(noun.lower()) not in heads:
            return match.group(0)
        return f"the {noun}" if match.group("pointer").isascii() else noun
    return AT_ONCE.sub("तुरंत", POINTER_NOUN.sub(plain, effect))  # ("… माल उसी समय पकड़ में आ जाता है": at the time of
    # the step, i.e. at once; round 41's batch B lost the SKU section to it)


AT_ONCE = compile_nfc(r"(?<!\S)उसी (?:समय|वक़्त|वक्त|पल)(?!\S)")
POINTER_NOUN = compile_nfc(r"(?<!\S)(?P<pointer>यह|ये|इस|इन|these|those)\s+(?P<noun>[^\s,।.]{3,})(?!\S)",
                           re.IGNORECASE)  # (not "that item": one of them, which the sentence before named)


LABELLED = compile_nfc(r"^(?:\*\*[^*]{1,40}\*\*\s*|[^\s:।.?!\"“]{1,20}(?:\s+[^\s:।.?!\"“]{1,20}){0,2}:\s+(?=\S))")
# a run-in label: "Tip: …", "ऑनलाइन: …", "**ध्यान दें:** …"
RELATIVE_HEAD = compile_nfc(r"(?<!\S)(?:जो|जिस|जिन|जितना|जितनी|जितने|जैसा|जैसी|जैसे)(?!\S)")
CORRELATIVE_REST = compile_nfc(r"^,?\s*(?:उस|उसका|उसकी|उसके|उसे|वह|वो|वे|उन|उनका|उनकी|उनके|उतना|उतनी|उतने|वैसा|वैसी|"
                               r"वैसे)(?!\S)")


def _ends_on_verb(known: Language, last: str) -> bool:
    """True unless a Hindi head ends on no verb ("अब शाम होते-होते पैरों का दर्द और … की झंझट[, दोनों नहीं रहते]":
    the cut left the subjects without their verb); a Hindi clause ends on its verb."""
    analyse = getattr(known.rules, "analyse", None)
    if analyse is None or not is_devanagari(last):
        return True
    return last.rstrip("।") in HINDI_AUXILIARIES or analyse(last.rstrip("।")) is not None


HINDI_AUXILIARIES = frozenset({"है", "हैं", "था", "थी", "थे", "हो", "हों", "होता", "होती", "होते", "सकें", "सके"})


# Where a result may be cut short: a comma, or a word that opens a further clause ("so that", "जिससे"); not a
# complement ("find out early [whether …]" needs it)
CLAUSE_CUT = re.compile(r",\s|\s(?:so that|which|when|whenever|because|while|before|after|until|and|but|"
                        r"ताकि|जिससे|क्योंकि|और|लेकिन|जब)\s", re.IGNORECASE)
DANGLING_ENDS = frozenset({"to", "of", "for", "about", "the", "a", "an", "with", "from", "on", "in", "at", "by",
                           "even", "only", "just", "right", "long",  # ("a box stays dry even [when …]": round 37's E58)
                           "की", "के", "का", "को", "से", "में", "पर",
                           # a verb whose complement the cut would leave out ("you decide [which projects …]")
                           "decide", "know", "see", "ask", "understand", "find", "learn", "choose", "remember",
                           "notice", "realise", "realize", "tell", "show", "wonder", "check", "figure"})


def _leans(known: Language, reading: Reading, section: Section, title: str) -> bool:
    return leaning_part(known, reading, section, title) is not None


def leaning_part(known: Language, reading: Reading, section: Section, title: str) -> str | None:
    """The step or the result of ``reading`` that leans on a sentence outside it, else None."""
    words = known_words(title, section.title or "")
    if POINTED_STEP.match(reading.causal.cause):
        return reading.causal.cause  # (a pointer left unresolved: "By adding that qualification, you …" after a
        # sentence that is no instruction, under a heading that is none; round 24's unseen batch, items 63-64)
    return next((part for part in (reading.causal.cause, reading.causal.effect)
                 if known.story.leans_on_context(part, words) or known.story.names_a_third(part)), None)


@lru_cache(maxsize=1024)
def known_words(*texts: str) -> frozenset[str]:
    """The words a reader of any question knows: the article's title and the heading ("the association" under
    "Why join a professional association?"), singular too ("Associations"); cached per bank (the same title and
    heading are asked for every claim and step)."""
    words = frozenset(w.lower().strip(".,:;?!'’\"") for text in texts for w in text.split())
    return words | frozenset(w[:-1] for w in words if w.endswith("s"))


def known_title(article: Article) -> str:
    """The article's title, with the words it uses in two of its parts or more (title, intro, sections): "the
    hub", "the label" in a courier counter's tips are the trade's own things, no thing only an earlier sentence
    names (round 31's development batch: 5 of 7 sections of a courier counter's tips had no scenario question for
    "the bill", "the hub", "the counter")."""
    parts = [article.title or "", *(f"{s.title or ''} {s.text}" for s in article.sections)]
    seen: dict[str, int] = {}
    for part in parts:
        for word in {_singular(w.lower()) for w in WORD.findall(part)}:
            seen[word] = seen.get(word, 0) + 1
    shared = sorted(w for w, n in seen.items() if n >= DOMAIN_PARTS)  # (known_words adds no plural: "bills" in
    # the intro, "the bill" in a tip are one thing)
    return " ".join([article.title or "", *shared]).strip()


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


WORD = re.compile(r"[A-Za-z]{3,}")
DOMAIN_PARTS = 2


def all_claims(known: Language, section: Section, title: str = "") -> list[Reading]:
    """Every claim read in ``section``, those whose step leans included: a form whose step is the section's heading
    (questions to ask: "Knowing this lets you …" under "Is the training period paid?") may take them."""
    return _claims(known, section, title)


def _claims(known: Language, section: Section, title: str = "") -> list[Reading]:
    return list(_cached_claims(known.code, section, title))


@lru_cache(maxsize=4096)
def _cached_claims(code: str, section: Section, title: str = "") -> tuple[Reading, ...]:
    """Every claim of ``section`` (kept per section: the makers and the gap report ask again)."""
    return tuple(_read(language(code), section, title))


def _found(rules: Rules, text: str) -> list[Causal]:
    """The claims of one sentence; where a cause runs over a semicolon ("पास के कुम्हार से सीधे बात करें; बीच के
    दुकानदार से लेने पर … ज़्यादा लगता है": an instruction, then a claim of its own; round 42's batch A read the
    instruction as part of the cause), the claims of what follows it alone."""
    found = []
    for causal in rules.find_causal(text):
        if ";" in causal.cause:
            rest = text.rsplit(";", 1)[1].strip()
            found += [c for c in rules.find_causal(rest) if c.cause_kind == "verbal"]  # (not "बीच के दुकानदार
            # => लेने पर …": a noun before the doing's "से")
        else:
            found.append(causal)  # (an effect that runs over one, "you no longer start from zero …; the person who
            # …", keeps its second statement: a benefit question tells it whole)
    return list({(c.cause, c.effect): c for c in found}.values())


def _last_statement(reading: Reading) -> Reading:
    """A step pointed back to, from its sentence's last statement ("… भारी खाना न खाएं; हल्का खाने और पानी की बोतल साथ
    रखने" before "इससे …": the step after the semicolon; round 42's batch D, item 18, tied the result to both)."""
    cause = reading.causal.cause
    rest = cause.rsplit(";", 1)[-1].strip()
    if ";" not in cause or len(rest.split()) < 2:
        return reading
    return replace(reading, causal=replace(reading.causal, cause=rest))


def _read(known: Language, section: Section, title: str = "") -> list[Reading]:
    lang = known.rules
    spoken = inside_quotations(section.sentences)  # (a woman's words over several sentences are her story, not
    # the article's advice: "… मुझे लगा कि … । असल में लोगों का भरोसा जीतना … मुश्किल निकला।"")
    readings = [_reading(section, replace(c, sentence=sentence), known=known) for sentence in section.sentences
                if not _belief(sentence, known) and sentence not in spoken and not sentence.rstrip().endswith("?")
                for c in _found(lang, LABELLED.sub("", sentence))]  # ("मेले और प्रदर्शनियां: … स्टॉल लगाने से
    # ग्राहक …": a run-in label, then the claim; round 34's held-out aside317 s5 read nothing; the source stays whole;
    # a question claims nothing: "सवारियाँ महिला conductor से कैसा बर्ताव करती हैं?", an interviewer's, round 36's
    # held-out F60 asked it as a true statement)
    readings = [_resolved(known, section, r, known_words(title, section.title or "")) for r in readings]
    readings += [_last_statement(r) for r in _pointing_back(known, section, known_words(title, section.title or ""))]
    readings = [_other_named(known, section, r) for r in readings]
    readings = list({(r.causal.sentence, r.causal.cause, r.causal.effect): r for r in readings}.values())
    if not readings:
        readings += _closing_reason(known, section)
    if not any(r.causal.cause_kind == "imperative" for r in readings):
        readings += _instead_reason(known, section)
    return _told(known, readings)


DENIED_CAUSE = re.compile(r"^\s*(?:नहीं|not)\s*,", re.IGNORECASE)
MEASURE = re.compile(r"(?:^|(?<=\s))(?:(?:लगभग|करीब|क़रीब|about|around|roughly)\s+)?[0-9\u0966-\u096F]")  # a quantity


def _told(known: Language, readings: list[Reading]) -> list[Reading]:
    """The readings with their steps cut before examples and their results named and cut to their first
    clause; those whose "result" is no result (half a sentence, a quotation, a relative clause, an
    instruction) left out."""
    story = known.story
    readings = [replace(r, causal=replace(r.causal, cause=without_examples(r.causal.cause))) for r in readings]
    readings = [replace(r, causal=replace(r.causal, effect=r.causal.effect.split(maxsplit=1)[1]))
                if _participle_first(known, r.causal) and len(r.causal.effect.split()) > 1 else r for r in readings]
    # ("इनसे खरीदकर कम पूंजी में भी … variety आ जाती है": buying from them is the step the pointer stands for; the
    # result is what follows the participle; round 43's batch A, item 11, wished for "खरीदकर कम पूंजी में …")
    named = [replace(r, causal=replace(r.causal, effect=story.name_them(r.causal.cause,
                                                                        _first_clause(r.causal.effect))))
             for r in readings if not LEADING_JOINT.match(r.causal.effect) and not QUOTED.search(r.causal.effect)
             and not _condition_inside(known, r.causal.effect)  # ("… मान लेने पर आखिरी दिन ग्राहक "…" कह दे, तो …":
             # the "result" is the condition of what follows; round 28's second held-out batch, items 23, 29, 31)
             and not RELATIVE_EFFECT.match(r.causal.effect) and not _without_main(r.causal)
             and not (MEASURE.match(r.causal.cause) and MEASURE.search(r.causal.effect))  # ("10 किलो ताज़ा मशरूम
             # सुखाने पर लगभग 1 किलो सूखा मशरूम बनता है": a yield, no step; round 40's batch D offered it four times)
             and not DENIED_CAUSE.match(r.causal.effect)  # ("भरोसा मांगने से नहीं, ठोस आदतें बताने से बनता है": the
             # step denied, its "result" the true cause; round 40's E44 told "उसने पाया कि नहीं, ठोस आदतें बताने से बना")
             and bool(content_tokens(r.causal.effect, known.code))  # ("Checking के समय सबसे ज़्यादा परेशानी कागज़
             # … छोड़ने से होती है": the result is "होती है", its subject in the cause; round 40's batch E)
             and not IDENTITY.search(r.causal.effect)  # ("your first expenses are paperwork and fittings, not fuel":
             # what something is, no result to wish for; round 37's held-out G50)
             and not (len(r.causal.effect.split()) <= BARE_VERB_WORDS and known.rules.is_passive(r.causal.effect))
             # ("[घास काटने की मशीन …,] … मिलने पर खरीदी जा सकती है": a passive verb whose subject the comma left
             # behind; round 34's held-out E20, E27)
             and not known.lexicon.any_word("naming_words").search(r.causal.effect)  # ("… उठाने पर पेशाब लीक होने
             # को डॉक्टर "स्ट्रेस इनकॉन्टिनेंस" कहते हैं": what a thing is called, no result; round 39's held-out C25)
             and not (r.causal.cause_kind == "verbal" and known.lexicon.names_someone(r.causal.cause))  # ("लखनऊ की
             # रुखसाना बानो पहली बार … खंभे से टकराने की वजह से फेल हो गई थीं": one woman's story, no step; round 43's
             # batch D offered it as a step and as a true/false claim, items 36, 50)
             and not _conceded(known, r.causal)
             and not known.lexicon.any_word("either_words").match(r.causal.effect)  # ("अंदाज़े से नापने पर या तो
             # ज़्यादा चीज़ पड़ जाती है, या cake बीच से बैठ जाता है …": one of two harms, cut at the comma; round 43's
             # batch B wished it, "वह चाहती है कि या तो ज़्यादा चीज़ पड़ जाए")
             and not known.lexicon.any_word("seeming").search(r.causal.effect)  # ("… हिसाब लगाने से आपका वेतन
             # ठीक लग सकता है, जबकि असल में …": a trap, no result; r22 item 42 wished it and keyed the step)
             and not any(POINTING.search(q) for q in QUOTATION.findall(r.causal.effect))
             and (r.causal.pattern == "purpose" or not _instruction(known, r.causal.effect))]
    return named


BARE_VERB_WORDS = 4


def _participle_first(known: Language, causal: Causal) -> bool:
    """True for a result that opens on a participle right after the cause's "से" ("इनसे खरीदकर कम पूंजी में भी …
    variety आ जाती है"): the "से" was the participle's object's ("from these"), and the participle the step's verb.
    Not a whole sentence read as a result, "सोच-समझकर भरा गया form …")."""
    at = causal.sentence.find(causal.effect)
    if at < 0 or not causal.sentence[:at].rstrip().endswith(tuple(known.lexicon.by_doing_marks) or ("\0",)):
        return False
    first = causal.effect.split()[0] if causal.effect.split() else ""
    ends = next((end for end in known.lexicon.participle_ends if first.endswith(end)), "")
    root = first[:-len(ends)] if ends else ""
    return len(root) >= MIN_PARTICIPLE_ROOT and not root.endswith(tuple(known.lexicon.root_ends_not) or ("\0",))
    # ("चक्कर", "टक्कर": a doubled consonant before "कर", a noun)


MIN_PARTICIPLE_ROOT = 3  # characters ("खरीद"; not "नौकर")


def _conceded(known: Language, causal: Causal) -> bool:
    """True when the sentence grants the result and then denies what matters ("थन पर हल्दी या चूने का लेप लगाने से बाहर
    की सूजन में थोड़ी राहत मिल सकती है, लेकिन अंदर का संक्रमण इससे ख़त्म नहीं होता": a step the article names to reject;
    round 43's batch A, item 29, keyed it as the step to take)."""
    at = causal.sentence.find(causal.effect)
    told = causal.sentence[at:] if at >= 0 else causal.effect  # (the result and what the sentence says after it)
    turned = lexicon_pattern(known.code, "concession_openers", r"[,;]\s*(?:{words})\s+(?P<rest>.+)$").search(told)
    granted = known.lexicon.any_word("grant_words").search(told[:turned.start()]) if turned else None
    return turned is not None and marked(turned.group("rest"), known.code) \
        and (bool(known.lexicon.any_word("step_pointers").search(turned.group("rest"))) or granted is not None)
    # (the step denied, not "…, पर उसमें कैफ़ीन नहीं होता": what the alternative lacks; or a result granted with "तो"
    # and what matters denied, "वर्णमाला रटवाने से बच्चे अक्षर पहचान तो लेते हैं, पर … शब्द नहीं पढ़ पाते": round 44's
    # put-aside G43 keyed the rote learning the article argues against)


def _without_main(causal: Causal) -> bool:
    """True for a result that is a relative clause whose main clause the sentence goes on with ("… जो पैसा बुटीक
    देता है[, उसका बड़ा हिस्सा … कट जाता है]": round 34's held-out D2, D7 told it as her wish and her result)."""
    at = causal.sentence.find(causal.effect)
    return at >= 0 and bool(RELATIVE_HEAD.search(causal.effect)) \
        and bool(CORRELATIVE_REST.match(causal.sentence[at + len(causal.effect):]))


def _condition_inside(known: Language, effect: str) -> bool:
    """True for an effect whose first clause is the condition of the next: it ends in the subjunctive and the
    language's ``then_words`` follow the comma ("… ग्राहक "किसी और से करवा लिया" कह दे, तो …"; not "अगले साल जब function
    आएगा, तो …", a time told inside the result)."""
    first, comma, rest = effect.partition(",")
    words = first.split()
    return bool(comma) and bool(known.lexicon.any_word("then_words").match(rest.strip())) \
        and bool(words) and words[-1] in known.lexicon.subjunctive_ends \
        and not known.lexicon.any_word("condition_openers").match(first.strip())  # ("जब goals numbers में लिखे
    # हों, तो …": a condition told with its opener is read on; a bare one is the step's, not its result)


BECAUSE = re.compile(r"क्योंकि|because|\bsince\b|\b(?:lead|leads|led)\s+to\b", re.IGNORECASE)  # a reason of a reason
# (or a cause and its effect of their own, "Regular visits lead to trust, …": round 37's held-out B46): not the
# tip's result
QUOTED = re.compile(r"\?|^\s*[\"“]")  # a question or a quotation read as a result ("अगले महीने किस बात से …?")
QUOTATION = re.compile(r'["“]([^"”]*)["”]')  # 'you turn "I'm interested in this" into …': a quoted "this"
POINTING = re.compile(r"\b(?:this|that|it|these|those)\b(?!\s+(?:week|month|year|time|morning|evening|quarter)\b)|"
                      r"(?<!\S)(?:यह|ये|इस|उस|वह)(?!\S)(?!\s+(?:महीने|हफ़्ते|हफ्ते|साल|बार|दिन|सुबह|शाम|रात|सप्ताह)(?!\S))",
                      re.IGNORECASE)  # points to what the sentence before it said (a time, "इस महीने", does not)
# "… से जो तैयारी पहले डेढ़ घंटा लेती थी": a relative clause without its main clause, misread as a result
RELATIVE_EFFECT = re.compile(r"^(?:जो|जिस|जिन|जिसे|जिन्हें)\s(?![^,]+,\s*(?:वह|वे|वो)\s)")
LEADING_JOINT = re.compile(r"^(?:and|but|or|और|लेकिन|पर)\s", re.IGNORECASE)  # half a sentence, misread
# "…, and the small win carries you on …": a second result with its own subject (kept out of options, where
# it makes the key the longest, and out of wishes, where it mixes moods).
SECOND_RESULT = re.compile(r",\s+and\s+[a-z]+\s+(?:is|are)\s+what\b.*$|"  # (", and punctuality is what parents talk
                           # about": round 37's held-out G54)
                           r",\s+and\s+(?:the|a|an|your|you|people|others|colleagues|my|her|she|problems|issues|"
                           r"things|everyone|nobody|no one|small|new|seniors|managers|teams|clients|recruiters|"
                           r"interviewers|employers|most|many|it)\s.*$|,?\s+(?:instead of|rather than)\s.*$|"
                           r",\s+(?:or|या)\s.*$",  # "…, or explain a new rule …": a second use, one at a time
                           re.IGNORECASE)  # "…, instead of trying to remember …": the contrast lengthens the key
# "the small mistakes every first-timer makes, like a missed bus or a so-so guesthouse, turn into lessons": examples
# set off inside the clause, its verb after them
INSET_EXAMPLE = re.compile(r",\s+(?:like|such as|for example|for instance|e\.g\.|जैसे(?! ही))\s[^,]+,\s+"
                           r"(?=[a-z\u0900-\u097F])", re.IGNORECASE)
EXAMPLES = re.compile(r"\s*:\s*[^:]+,[^:]+$|\s+[—–]\s+[^—–]+,[^—–]+$|"
                      r",\s+(?:for example|for instance|e\.g\.|such as|like|say|जैसे(?! ही))\s.*$",
                      re.IGNORECASE)  # "people from all walks of life: engineers, …", "…, for example one call a month"


def without_examples(text: str) -> str:
    """A step or result without its tail of examples ("Agree on a rhythm, for example one call a month …" →
    "Agree on a rhythm"), when enough is left to stand as an option and no quotation is cut in two."""
    cut = EXAMPLES.sub("", text).strip()
    return cut if len(cut.split()) >= 3 and cut.count('"') % 2 == 0 and cut.count("“") == cut.count("”") else text
# A second clause that leans on the first, a relative clause or a reason ("…, which is easy …", "क्योंकि …").
SECOND_CLAUSE = re.compile(r",?(?<!\bjust)\s+(?:and\s+(?:it|this|that|they)|because|क्योंकि)\s.*$|,\s+which\s.*$",
                           re.IGNORECASE)  # ("decide which projects to ask for": no relative clause; "nobody gets
# missed just because …": one clause, round 37)


def _instruction(known: Language, effect: str) -> bool:
    """True when the "result" is itself an instruction ("Keep the core to six slides …", "Say, 'I'll confirm
    that' …", "ईमेल दोबारा पढ़ें"): what to do, not what comes of it (an "If you X, do Y" read backwards)."""
    return known.rules.instruction(effect)


def _first_clause(effect: str) -> str:
    """The effect without a second clause that leans on the first ("…, and it saves your manager …")."""
    first = EXAMPLES.sub("", SECOND_CLAUSE.sub("", INSET_EXAMPLE.sub(" ", effect)))
    if len(first.split()) < 3:
        return effect  # ("Blackout curtains[, which cost …, and a cheap eye mask make the room feel like night]":
        # the cut would leave the subject without its verb)
    cut = SECOND_RESULT.sub("", first)
    return cut if len(cut.split()) >= 4 else first



def _belief(sentence: str, known: Language) -> bool:
    """True for a sentence that reports a belief ("कई लोग सोचते हैं कि …"), which the article often argues
    against: it is not a claim of the article's own."""
    lower = sentence.lower()
    return any(marker in lower for marker in known.lexicon.belief_markers)


def _other_named(known: Language, section: Section, reading: Reading) -> Reading:
    """The reading with another woman's pronouns told as the woman they point to (the language's ``other_named``),
    looking back from its sentence two sentences and to the heading."""
    sentences = list(section.sentences)
    at = sentences.index(reading.causal.sentence) if reading.causal.sentence in sentences else len(sentences)
    before = " ".join([section.title or "", *sentences[max(0, at - 2): at + 1]])
    named = known.rules.other_named(reading.causal, before)
    return reading if named is reading.causal else replace(reading, causal=named)


def _reading(section: Section, causal: Causal, step_from: str = "sentence", known: Language | None = None
             ) -> Reading:
    if causal.cause.count('"') % 2:  # '"I can do it all" कहने' split inside a quotation: drop the stray mark
        causal = replace(causal, cause=causal.cause.replace('"', "").strip())
    most = _leading(known.lexicon.most_of_them, r"\s+(?=\S+\s+\S)") if known is not None else None
    if most and most.match(causal.effect):  # ("जल्दी इलाज मिलने से ज़्यादातर पशु … ठीक हो जाते हैं": of
        # her animal, it comes true or not; "रीना चाहती है कि ज़्यादातर पशु …" read as nobody's wish, r22-dev item 79)
        causal = replace(causal, effect=most.sub("", causal.effect))
    head, colon, _ = causal.effect.partition(": ")
    if colon and len(head.split()) >= MIN_HEAD_WORDS:  # ("you avoid an embarrassing mistake: asking a customer for
        # an EMI she paid …": what follows the colon tells the result again; round 31's held-out aside282)
        causal = replace(causal, effect=head)
    negative = known is not None and known.unnegate(causal.cause) is not None
    polarity = "dont" if causal.cause_kind == "imperative" and negative else "do"
    confidence = CONFIDENCE.get(causal.pattern, 0.5) - (0.1 if step_from == "heading" else 0.0)
    return Reading(section, causal, polarity=polarity, confidence=confidence, step_from=step_from)


MIN_HEAD_WORDS = 3


@lru_cache(maxsize=32)
def _leading(words: tuple[str, ...], after: str, before: str = "") -> re.Pattern[str]:
    """One of ``words`` opening a text (``before`` it), then ``after``; a pattern that matches nothing for none."""
    told = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return compile_nfc(rf"^{before}(?:{told}){after}", re.IGNORECASE)


def _trailing_instead(known: Language) -> re.Pattern[str]:
    """The language's "instead" at a step's end ("Offer a small range instead"): the warned step is not in the
    question that tells this one."""
    return lexicon_pattern(known.code, "instead_openers", r",?\s+(?:{words})$")


def _heading_rules(known: Language, section: Section) -> Language:
    """The language a section's heading is read by: English for a Latin-script heading over a Hindi body."""
    return language("en") if (section.title or "").isascii() and known.code != "en" else known


def _heading_instruction(known: Language, section: Section) -> str | None:
    """The section's heading when it is a positive instruction (read by its own script's rules, a "don't" of a
    neglect said as its step), else None: the step a result that points back, or closes the section, is of."""
    return _cached_heading_instruction(known.code, section)


@lru_cache(maxsize=1024)
def _cached_heading_instruction(code: str, section: Section) -> str | None:
    """:func:`_heading_instruction`, kept per bank (three readers of a section's claims ask it)."""
    rules = _heading_rules(language(code), section)
    if rules.lexicon.any_word("how_headings").match(section.title or ""):
        return None  # "शुरुआत कहाँ से करें", "How to get started": the article's last steps, no step of their own
        # (reading115 items 68, 69: "शुरुआत कहाँ से करना" as a key and an option)
    title = step_title(rules, section.title or "")
    if title.endswith("?"):
        title = rules.rules.why_step(title) or ""  # "पुराने प्रश्नपत्र हल करना क्यों ज़रूरी है?": its step
    if not title or not rules.rules.advice(title) or rules.unnegate(title) is not None:
        return None
    return title


def _neglect_heading(known: Language, section: Section) -> bool:
    """True for a "don't" of a neglect, told as its step ("Don't Skip Water and Toilet Breaks" → "Make time for
    …"): a harm that points back under it ("कई कंडक्टर … पानी कम पीती हैं। इससे … का ख़तरा बढ़ता है") is the
    neglect's, never the step's (round 24's bus-conductor s7 read it as the breaks' result)."""
    rules = _heading_rules(known, section)
    return rules.reaffirm(sentence_case(section.title or "")) is not None


def step_title(known: Language, heading: str) -> str:
    """The heading in sentence case, a "don't" of a neglect said as the step it recommends ("Don't skip the
    first team lunch" → "Make time for the first team lunch")."""
    title = sentence_case(heading)
    return known.reaffirm(title) or title


def sentence_case(heading: str) -> str:
    """A Title Case heading in sentence case ("Start with One Drawer" → "Start with one drawer"), so it reads
    as an option among the others; words in capitals or of mixed case (CV, LinkedIn) stay."""
    words = heading.split()
    titled = [w for w in words[1:] if TITLE_WORD.match(w)]
    if not titled or len(titled) * 2 < len(words) - 1:
        return heading
    names = _proper_words()
    return " ".join([words[0], *(w.lower() if TITLE_WORD.match(w) and w.strip(",.:;!?") not in names else w
                                 for w in words[1:])])  # ("Get listed on Google Maps", not "google maps": round
    # 44's batch C2, items 17, 22, 28)


@lru_cache(maxsize=1)
def _proper_words() -> frozenset[str]:
    """The names a heading's sentence case keeps capitalised (English lexicon ``proper_words``; a Hindi heading has
    no case)."""
    return frozenset(language("en").lexicon.proper_words)


TITLE_WORD = re.compile(r"^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*[,.:;!?]?$")


STORY_OPENING = re.compile(r"^(?:her|his|she|he|they|their|उसके|उसकी|उसका|उसने|उन्होंने|वह)\s", re.IGNORECASE)


EXAMPLE = re.compile(r"\b(?:for example|for instance|e\.g\.)|(?<!\S)(?:उदाहरण के लिए|मसलन)(?!\S)", re.IGNORECASE)


WITH_IT = re.compile(r"^With (?:it|this|that|them|these|those),\s+")
# "You may have a good week and then fall apart …": what may happen to her, no result of the tip (reading185)
MAYBE = re.compile(r"^(?:You|She|He|They)\s+(?:may|might|could)\s")


def _closing_reason(known: Language, section: Section) -> list[Reading]:
    """Under an instruction heading with no result read otherwise, the last statement of the section's first
    paragraph (after its first sentence), as the heading's result: tip sections end with their reason more
    often than they mark it ("Colleagues remember who recognised them, and they are far more willing to help
    you"). The least sure
    reading (the gates and the makers' checks still apply)."""
    lang = known.rules
    title = _heading_instruction(known, section)
    if title is None:
        return []
    first = section.text.split("\n")[0]  # the tip's own paragraph: the last section may run on into the
    advised = [i for i, text in enumerate(section.sentences) if lang.advice(text.strip())]
    for sentence in reversed([s for s in section.sentences[1:] if s in first]):  # article's closing words
        if advised and section.sentences.index(sentence) < advised[0]:
            break  # (the scene before the body's instruction: see :func:`_section_results`)
        text = sentence.strip()
        if _instructs(lang, text) or _belief(text, known) or text.endswith("?") or ":" in text or ";" in text \
                or BECAUSE.search(text) or GERUND_SUBJECT.match(text) or EXAMPLE.search(text) or MAYBE.match(text) \
                or _reminder(known).match(text) or GENERAL_SUBJECT.match(text) or opens_on_condition(known, text) \
                or RANKED_FACT.search(text) or FINDING.match(text) \
                or SOME_THINGS.match(text):  # ("A rushed wrap is one of the most common
            # causes of burns": a fact, no result; round 31 keyed it as an interview answer's)
            continue  # (";": two statements, "You don't have to stay out late; an hour … is enough"; "You may
            # find, for example, that you always struggle with …": an example, no result, reading147 item 27)
        at = section.sentences.index(sentence)
        if lang.linked_effect(text) and (added_step_before(known, section, at)
                                         or (_harm_told(known, text) and _warning(known, section.sentences[at - 1]))):
            break  # ("साथ ही … नमक दें। इससे … लवणों की भरपाई …": the added step's; "… पोखर में न छोड़ें। इससे थनैला …":
            # the warned step's harm; see :func:`_pointing_back`)
        effect = WITH_IT.sub("", (lang.linked_effect(text) or text).rstrip(".।!").strip())  # ("With it, a dirty
        # toilet is …": the heading's kit, which the step names; told with it, "By carrying a kit, with a kit, …",
        # reading183 item 25; "ऐसा करने से … गला नहीं बैठता" after the heading's steps: without its pointer, round
        # 36's held-out C, voice s7)
        if pronoun_back(known, effect) or _trouble_met(known, effect, f"{section.title}") \
                or _warned_just_before(known, section, at):
            continue  # ("हर हॉस्टल इसका जवाब हाँ में ही देगा": the answer to what was asked before)
        if STORY_OPENING.match(effect) or known.lexicon.names_someone(effect):
            break  # "Her manager approved it the same afternoon …": the story goes on, no result of the tip
        if lang.addresses_reader(effect) or len(effect.split()) <= 24:
            return [_reading(section, Causal(sentence, "", title, effect, "closing", "imperative"),
                             step_from="heading", known=known)]
        break
    last = section.sentences[-1] if len(section.sentences) > 1 else ""
    ready = READY_THEN.match(last.strip().rstrip(".।!"))  # after a list of what to prepare: "तैयार मसाला और उबली
    if ready and len(ready["effect"].split()) >= 4:  # दाल हाथ में हो, तो …"
        return [_reading(section, Causal(last, "", title, ready["effect"], "closing", "imperative"),
                         step_from="heading", known=known)]
    return []


def _section_results(known: Language, section: Section, title: str) -> list[Reading]:
    """Under an instruction heading whose claims all lean on other sentences (or none was read), each other
    statement of the section that tells the reader what she gets ("पर्स खो जाए …, तब भी आप … बेबस नहीं होतीं",
    "Even a free certificate shows an interviewer that your knowledge is current") as the heading's result, to be
    tried in turn from the section's end (tip sections end with their reason). Not a story's sentence, a belief,
    a question, a quotation, an instruction, a reason of a reason or a list. The least sure reading: each must
    stand alone whole and pass every maker's check."""
    lang = known.rules
    heading = _heading_instruction(known, section)
    if heading is None:
        return []
    found: list[Reading] = []
    advised = [i for i, text in enumerate(section.sentences) if lang.advice(text.strip())]
    for index in range(len(section.sentences) - 1, 0, -1):
        if advised and index < advised[0]:
            break  # (what comes before the body's first instruction sets the scene: "The counter staff will often
            # offer you the full amount. Take only what you need.", reading193 item 117 took it for the result)
        sentence = section.sentences[index]
        text = sentence.strip()
        effect = (lang.linked_effect(text) or text).rstrip(".।!").strip()  # (a result that points back told without
        # its pointer, "ऐसा करने से …", as in :func:`_closing_reason`)
        if _instructs(lang, text) or _belief(text, known) or text.endswith("?") or ":" in text \
                or text in bullet_lines(section) or IS_WHAT.search(text) \
                or BECAUSE.search(text) or STORY_OPENING.match(effect) or known.lexicon.names_someone(effect) \
                or GERUND_SUBJECT.match(effect) or len(effect.split()) > MAX_RESULT_WORDS \
                or len(effect.split()) < 5 or QUOTE_MARKS.search(text) or EXAMPLE.search(text) or MAYBE.match(text) \
                or _reminder(known).match(text) or GENERAL_SUBJECT.match(text) or BY_DOING.match(text) \
                or opens_on_condition(known, text) or SOME_THINGS.match(text) \
                or any(lang.advice(part) for part in [*effect.split(", ")[1:], effect.split(" कि ")[0]]):
            continue  # ("When …, offer to look …", "… को पंद्रह मिनट में बताएँ कि …": an instruction)
        if _trouble_met(known, effect, f"{title} {section.title}") or _warned_just_before(known, section, index):
            continue
        if not lang.addresses_reader(effect) or lang.no_gain(effect) or pronoun_back(known, effect):
            continue  # ("कई कंपनियों में … होता है": a fact; "… is not how you want to start": what to avoid; "हर हॉस्टल
            # इसका जवाब हाँ में ही देगा": the answer to what?)
        found.append(_reading(section, Causal(sentence, "", heading, effect, "section", "imperative"),
                              step_from="heading", known=known))
    told = _told(known, found)
    return [r for r in told if not lang.no_gain(r.causal.effect)]  # (cut to "why you are ready …": half a sentence)


def _warned_just_before(known: Language, section: Section, index: int) -> bool:
    """True when the sentence before ``index`` warns against a move ("… Bluetooth headset पर लंबी calls न लें।"): what
    follows it, "Bluetooth की battery … ख़त्म हो सकती है …", is that move's harm, no result of the heading's step (round
    43's batch C, item 23, wished for it)."""
    return index >= 1 and _warning(known, section.sentences[index - 1])


MAX_RESULT_WORDS = 24
# "By sending people to the right place quickly, you spare them …": a step of its own with its result (round 30's
# held-out item F64 took the whole sentence for the heading's result)
BY_DOING = re.compile(r"^By\s+(?:not\s+)?[a-z]+ing\b")
# "Delivering on the agreed day, or a day early, builds the credibility …": a step of its own with its result, no
# result of the heading's step
GERUND_SUBJECT = re.compile(r"^[A-Z][a-z]+ing\s")
QUOTE_MARKS = re.compile(r'["“”]')


READY_THEN = re.compile(r"^(?!अगर|यदि|जब)[^,]{3,80}\s(?:हो|हों|रहे|रहें),\s*तो\s+(?P<effect>.+)$")  # what the step
# made, ready: its result follows


def _instead_reason(known: Language, section: Section) -> list[Reading]:
    """Under a "don't" heading, the step the body advises instead and the statement that follows it, as its
    result ("फॉर्म मिलते ही उसका एक draft बना लें … । बीच के दिनों में …", "… email में लिखकर manager को भेजें।
    लिखे हुए जवाब में गुस्सा कम और सबूत ज़्यादा होते हैं, …"): the last such pair, the least sure reading."""
    heading = _heading_rules(known, section)
    title = sentence_case(section.title or "")
    if not title or heading.unnegate(title) is None:
        return []
    lang, sentences = known.rules, section.sentences
    listed = frozenset(bullet_lines(section))
    for index in range(len(sentences) - 1, 1, -1):
        step, text = sentences[index - 1], sentences[index].strip()
        if index >= 2 and lang.linked_effect(text) and not lang.advice(step) and lang.advice(sentences[index - 2]) \
                and not _instructs(lang, step.strip()) and not STORY_OPENING.match(step.strip()):
            step = sentences[index - 2]  # ("… ask for UPI payment before you pack. Regular customers you know well can
            # get a little more flexibility. This way you protect your margin": the exception between is no step, and
            # no result of it; round 36's held-out E31, E33 keyed the exception)
        if step.strip() in listed or text in listed:
            continue  # ("cash, gold and silver jewellery" then "pickles and oil-based food …": a list's items, no
            # step and its result; round 31's development batch offered the first as a step)
        step = RATHER.split(step, maxsplit=1)[-1]  # ("ऐसे सवालों पर अंदाज़ा न लगाएं, बल्कि विनम्रता से कहें कि …":
        # what it advises instead of the warned step; round 27's held-out reading called the gap unfair)
        main = lang.without_relative(step.strip().rstrip(".।!"))
        step = main if not lang.advice(step) and lang.advice(main) else step  # ("… लेंस किराए पर लें, जो … मिल
        # जाता है": the step, then a fact about the lens)
        effect = text.rstrip(".।!").strip()
        if not lang.advice(step) or known.unnegate(step) is not None or _instructs(lang, text) \
                or _belief(text, known) or text.endswith("?") or ":" in text or BECAUSE.search(text) \
                or STORY_OPENING.match(effect) or len(effect.split()) > 24 or lang.no_gain(effect) \
                or FINDING.match(effect) \
                or any(c.pattern in OWN_CAUSE for c in lang.find_causal(text)) \
                or (_harm_told(known, text) and not marked(text, known.code)):
            continue  # ("चार स्ट्रेच ठीक से करना बारह … करने से कहीं बेहतर है": a ranking, no result; "Brand name वाला
            # label … लगाने से …": a step and result of its own, not the photos' result, round 32's held-out item B33;
            # "मिले-जुले bill पर सवाल उठते हैं …" after "… अलग bill में लें": the harm of the step not taken, wished for
            # in round 32's snapshot)
        if effect.isascii() and not (lang.addresses_reader(effect) or lang.linked_effect(text)
                                     or word_stems(step, known.code) & word_stems(effect, known.code)):
            continue  # ("… use thin Japanese tissue with wheat-starch paste … . Old and rare books go to the senior
            # binder": a rule of its own, no result of the step; round 31's held-out aside286 keyed it. Not asked of
            # a Devanagari result, whose inflected words the crude stems miss: the snapshot lost 9 Hindi scenario
            # questions to it, none refused by a reader)
        step = INSTEAD_OPENER.sub("", step.strip())  # ("इसकी जगह हथेलियों को … रखें": the alternative is the step)
        step = step[:1].upper() + step[1:] if step.isascii() else step
        effect = lang.linked_effect(text) or effect  # ("इस तरह पेरोल टीम …": the step just told, pointed back to)
        return [_reading(section, Causal(text, "", step, effect, "closing", "imperative"), known=known)]
    return []


OWN_CAUSE = frozenset({"gerund", "instrument", "conditional", "correlative"})  # (a sentence that names its own step)
BULLETS = ("-", "*", "•")


def bullet_lines(section: Section) -> list[str]:
    """The section's bullet lines, without their bullet ("- रविवार की सुबह …" → "रविवार की सुबह …")."""
    return [line.lstrip(" ".join(BULLETS)).strip() for line in section.text.split("\n")
            if line.lstrip().startswith(BULLETS)]


def _instructs(lang: Rules, text: str) -> bool:
    """True for an instruction, also one whose sentence ends on a fact about its object (", जो …", ", which …"):
    round 29's held-out reading found "लेंस किराए पर लें, जो … मिल जाता है" offered as a result."""
    return bool(lang.advice(text) or lang.advice(lang.without_relative(text.strip().rstrip(".।!"))))


RATHER = compile_nfc(r",\s*(?:बल्कि|but instead|instead)\s+", re.IGNORECASE)
INSTEAD_OPENER = re.compile(r"^(?:इसकी जगह|इसके बजाय|उसकी जगह|उसके बजाय|instead|rather)\s*,?\s*", re.IGNORECASE)


# A step told by a pointer to the one before: "By reviewing it every Friday", "Learning it", "Doing so", "इन तरीकों
# को अपनाने"
POINTED_STEP = re.compile(r"^(?:by\s+)?[a-z]{2,}ing\s+(?:it|them|this|that|these|those|so|him|her)\b|"
                          r"^(?:do|repeat|keep doing)\s+(?:this|it|that|so)(?:\s+(?:every|each|daily|regularly|"
                          r"always|once|twice)\b[^,]*)?$|"  # ("Do this every single session, so that …": the
                          # instruction before, how often; not "Do it on the same laptop …", a step of its own)
                          r"^(?:(?:पहले|अब|फिर|रोज़|रोज|हर\s+\S+|रोज़\s+का|रोज\s+का|रोज़\s+की|रोज\s+की)\s+)?"
                          r"(?:इन|इस|ऐसे|ऐसी|ऐसा|उन|यह|ये)\s(?!(?:\S+\s+){0,2}?से\s)",  # ("हर महीने यह जाँच करने से
                          # …", "रोज़ का यह हिसाब रखने से …": the heading's step, how often; round 35's count of "leans")
                          re.IGNORECASE)  # ("पहले यह काम निपटा लेने से …": the step before, done first; "इस तैयारी
# से …" is read as a pointing-back result already)


def _resolved(known: Language, section: Section, reading: Reading, words: frozenset[str]) -> Reading:
    """The reading with a step that points back ("By reviewing it every Friday, you …") told as the
    instruction it points to, else as the section's instruction heading; as it is otherwise (it leans then)."""
    causal = reading.causal
    if THIN_STEP.match(causal.cause) and causal.sentence in section.sentences:
        told = _thin_step(known, section, section.sentences.index(causal.sentence), causal.cause, words)
        heading = None if told else _heading_instruction(known, section)  # ("Checking first also shows …" under
        # "Check With Your Supervisor Before Bending a Rule")
        if told or (heading and known.rules.step_verb(heading) == known.rules.step_verb(causal.cause)):
            return replace(reading, causal=replace(causal, cause=told or heading or "", pattern="linked",
                                                   cause_kind="imperative"),
                           step_from="sentence" if told else "heading")
    if not POINTED_STEP.match(causal.cause) or causal.sentence not in section.sentences \
            or NEGLECTED.search(causal.cause):
        return reading  # ("Skipping it to save time leads to burning …" under "Don't Skip the Patch Test": what
        # leaving the step out brings, a harm; resolved to the heading's step it keyed the patch test to burning,
        # round 27's held-out reading, items 60, 61)
    previous = _instruction_before(known, section, section.sentences.index(causal.sentence), words)
    step = previous or _heading_instruction(known, section)
    if step is None or _own_verb(known, causal.cause, step):
        return reading
    return replace(reading, causal=replace(causal, cause=step, pattern="linked", cause_kind="imperative"),
                   step_from="sentence" if previous else "heading")


# A step told by its verb alone, its object left to the sentence before: "Counting in the open settles the matter",
# "Owning up early also builds …", "Checking first also shows …" (round 31's development batch read "She checks at
# the counter", "She owns up early": check what? own up to what?)
THIN_STEP = compile_nfc(r"^(?:by\s+)?[a-z]{2,}ing(?:\s+(?:up|out|back|down|over|in))?\s+(?:at|in|on|early|first|now|"
                        r"today|properly|regularly|carefully|aloud|openly)\b[^,]{0,25}$|"
                        r"^(?:एक साथ|पहले से|पहले ही|समय पर|जल्दी|बार-बार|रोज़|रोज|अकेले|साथ में)\s+\S+(?:ने|ना)$",
                        re.IGNORECASE)  # ("एक साथ खरीदने पर …" after "… तीन महीने की दवा एक साथ लें": buy what? round
# 35's snapshot told "वह एक साथ खरीदती है")
THIN_LOOK_BACK = 3  # sentences


def _thin_step(known: Language, section: Section, index: int, thin: str, words: frozenset[str]) -> str | None:
    """The instruction, among the few before sentence ``index``, that a step told by its verb alone stands for: the
    nearest that names the verb ("… count the change aloud and hand it over …" for "Counting in the open"), or
    the one a "don't" advises instead ("Instead, tell your supervisor …" for "Owning up early"); None when none."""
    verb = known.rules.step_verb(thin)
    openers = _leading(known.lexicon.instead_openers, r"\s*,?\s+")
    for back in range(1, min(THIN_LOOK_BACK, index) + 1):
        sentence = section.sentences[index - back]
        told = openers.sub("", sentence)
        if not known.rules.advice(told) or known.unnegate(told) is not None:
            continue
        named = bool(verb) and re.search(rf"\b{re.escape(verb)}", told, re.IGNORECASE) is not None
        told = told.strip().rstrip(".।!").strip()
        if (named or told != sentence.strip().rstrip(".।!").strip()) and not known.story.dangling(told) \
                and not known.story.leans_on_context(told, words):
            return told[:1].upper() + told[1:] if told.isascii() else told
    return None


# A step pointed to and left out: "Skipping it", "Ignoring them", "इसे टालने से", "इस जाँच को छोड़ने से"
NEGLECTED = compile_nfc(r"^(?:by\s+)?(?:skipping|missing|ignoring|overlooking|neglecting|forgetting|avoiding|delaying|"
                        r"postponing|dropping|putting off)\s|(?<!\S)(?:छोड़|टाल|भूल|नज़रअंदाज़|नजरअंदाज|अनदेखा)\S*",
                        re.IGNORECASE)


def _own_verb(known: Language, pointed: str, step: str) -> bool:
    """True when a step that points back does something else than the instruction it points to ("ख़तरा
    महसूस हो तो … 181 पर call करें। इन नंबरों को phone में speed dial पर रखने से …": keeping the numbers, not
    calling; round 23's batch keyed the saved seconds to "Trust your instinct"): the reading leans then."""
    words, lexicon = pointed.split(), known.lexicon  # ("इन नंबरों को …": a demonstrative, its noun, the object's mark)
    if len(words) < 4 or words[0] not in lexicon.demonstratives or words[2] not in lexicon.object_markers:
        return False  # ("By reviewing it …", "इससे …": the step itself, in other words; 13 good questions said so)
    told = known.rules.advice(step) or step
    return known.rules.step_verb(pointed) != known.rules.step_verb(told)


def _instruction_before(known: Language, section: Section, index: int, words: frozenset[str] = frozenset(),
                        added_ok: bool = False) -> str | None:
    """The instruction just before sentence ``index``; when it leans on the one before it ("Elder Line के नंबर
    भी इसमें लिख दें"), that one, if it is an instruction too ("फ्रिज के पास एक कागज़ पर … चिपका दें"); None when
    both lean ("रात को सोने से पहले यह सूची पढ़ लें"): the heading is the step then, if it is one. ``words``: the
    title's and heading's, which lean on nothing."""
    if _names_heading_thing(known, section.sentences[index], _heading_instruction(known, section)):
        return None  # ("इस रिकॉर्ड की बदौलत …" under "हर किताब का रिकॉर्ड रखें": the heading's record, not the step just
        # before, "… नाम भी लिख दें"; round 43's batch B, item 7)
    index = _before_list(known, section, index)
    if index >= 1 and section.sentences[index - 1].strip() in bullet_lines(section):
        return None  # (a list's last line is one of several the result comes of, or no step at all: "बड़े अक्षरों
        # वाली किताबें, जिन्हें बुज़ुर्ग आराम से पढ़ सकें" after "… लिखें कि किस तरह की किताबें चाहिए, जैसे:" keyed the
        # halved sorting to large-print books, round 43's batch B item 3; the heading's step is the one then)
    story = index >= 2 and known.lexicon.names_someone(section.sentences[index - 1]) \
        and not known.rules.advice(section.sentences[index - 1])
    if story and HABIT_TOLD.search(section.sentences[index - 1]):
        return None  # ("रेखा हर batch से पहले … pre-order की सूचना डालती हैं … । इससे …": what she does is the step the
        # result points to, not the instruction before her; round 29's first held-out batch, item 13)
    for back in ((2,) if story else (1, 2)):  # (a named woman's example between the instruction and the result
        # that points back, "Two of Farah's trainees had …", is no step: reading119, training s1)
        sentence = section.sentences[index - back] if index >= back else ""
        step = (known.rules.advice(sentence) or (added_ok and known.rules.advice(_added(known).sub("", sentence)))) \
            if sentence else None  # ("साथ ही पेपर जाम निकालना … खुद सीख लें। इससे …": an added step is the step a
        # result that points back comes of; not a step told with a pronoun, "By meeting him …", which is its own)
        if not step and sentence:
            sentence = _conditioned_step(known, sentence) or sentence
            step = known.rules.advice(sentence) if sentence != section.sentences[index - back] else None
        if sentence and _advised_first(known, sentence):
            sentence = sentence.split(";")[0].strip() + sentence.rstrip()[-1:]  # ("हर patient के बाद gloves बदलें; एक
            step = known.rules.advice(sentence)  # ही gloves पहनकर दो patients को न छुएं। ऐसा करने से …": the step, then
            # the slip it rules out; round 36's held-out D, clinic s3)
        if not step and sentence and (bare := without_examples(sentence)) != sentence \
                and _heading_rules(known, section).unnegate(sentence_case(section.title or "")) is not None:
            sentence, step = bare, known.rules.advice(bare)  # ("… छोटी credit limit तय करें, जैसे 2,000 या 3,000
            # रुपये। ऐसा करने से …" under "Don't Give Credit on the First Order": the step it advises instead, without
            # its example, however long; round 30's held-out bindi article)
        if not step:
            return None
        if ANNOUNCING.match(sentence) and known.rules.advice(sentence.split(":", 1)[0]) \
                and known.lexicon.any_word("question_words").search(sentence.split(":", 1)[0]):
            return None  # ("Describe what you actually do: explain each step, …": what it names comes after the
            # colon; the heading is the step then; round 28's held-out reading, item 57)
        added = _added(known)
        if added.match(sentence):  # ("साथ ही रोज़ … नमक देना न भूलें। इससे … लवणों की भरपाई …":
            # a step of its own, added to the heading's; reading197 items 17, 18 keyed the salts to the feed times)
            told = added.sub("", sentence)
            told = known.reaffirm(told) or told
            step = known.rules.advice(told)
            if step and not known.story.dangling(told) and not known.story.leans_on_context(step, words):
                return told
            return None
        told = _leading(known.lexicon.consequence_openers + known.lexicon.instead_openers, r"\s*,?\s+").sub(
            "", sentence)  # ("इसलिए हर दो-तीन हफ्ते में एक छोटा टेस्ट लें …. इन टेस्टों से …": the instruction stands
        # alone without its "so"; "इसके बजाय डिवाइस … घुमाएँ", "Instead, name the machines …": the step a "don't"
        # advises, without its pointer to the warned one; round 28's held-out readings)
        told = _example_lead(known.code).sub(":", told.rstrip())  # ("इसकी जगह अपील में लिखें कि किस तरह की किताबें
        # चाहिए, जैसे:" before its list: the step without "for example"; round 43's batch B)
        step = known.rules.advice(told) or step
        if told.rstrip().endswith(":"):
            told = _trailing_instead(known).sub("", told.rstrip()[:-1].rstrip())  # ("Offer a small range instead:",
            # its list after it: the step without its colon and "instead", still an instruction; "इसलिए stock को तीन
            # हिस्सों में बांटें:" told as "… बांटना" was read as no instruction at all, round 39's clearance-sale s2)
        if not known.story.dangling(told) and not known.story.leans_on_context(step, words):
            return told  # (the step as advised must not lean: its example may quote anything)
    return None


def _other_step_before(known: Language, section: Section, index: int, heading_step: str) -> bool:
    """True when the sentence before ``index`` is an instruction of another verb than the heading's, under a run-in
    label just before ("**उधार का हिसाब:** … महीने के आख़िर में हर घर को उसका हिसाब WhatsApp पर भेज दें। इससे …"
    under "हर बिक्री एक कॉपी में लिखें"): the result that points back is that step's, not the heading's (round 35's
    held-out D13 keyed it to the heading; without a label the heading's step is still the one a leaning
    instruction serves)."""
    before = section.sentences[index - 1] if index else ""
    step = known.rules.advice(before) if before else None
    return step is not None and labelled_before(section, index) \
        and known.rules.step_verb(step) != known.rules.step_verb(heading_step)


def labelled_before(section: Section, index: int) -> bool:
    """True when a run-in label ("**उधार का हिसाब:** …", "COD का नियम: …") opens one of the few sentences before
    ``index``: what follows it is a step of its own under the heading."""
    return any(LABELLED.match(s) for s in section.sentences[max(0, index - LABEL_LOOK_BACK):index])


LABEL_LOOK_BACK = 3  # sentences: a run-in label ("**उधार का हिसाब:** …") opens a step of its own under the heading


def _before_list(known: Language, section: Section, index: int) -> int:
    """Sentence ``index`` as if the bullet list just before it, and the list's short lead-in ("For example:"), were
    not there: "Spend your first afternoons learning what suits which age. For example: - 0 to 18 months: … This
    gives you a quick, confident answer …" ties the result to the instruction before the list (round 34's held-out
    aside318 s1 had no question)."""
    listed = frozenset(bullet_lines(section))
    before = index
    while before >= 1 and section.sentences[before - 1].strip() in listed:
        before -= 1
    lead = section.sentences[before - 1].strip() if before >= 1 else ""
    advised = _leading(known.lexicon.instead_openers, r"\s*,?\s+").sub("", lead)  # ("Instead, build small habits
    # into your shift:" before its list, under "Don't Ignore What Your Body Is Telling You": the step it advises
    # instead, round 43's snapshot; the bullet before the result is none, see :func:`_instruction_before`)
    if before != index and lead.endswith(":") and known.rules.advice(advised.rstrip(":")) \
            and (advised != lead
                 or _heading_rules(known, section).unnegate(sentence_case(section.title or "")) is not None):
        return before  # ("Offer a small range instead: - a small glass …, - … That way …" under "Don't charge one
        # price for every glass": the step it advises instead, whose list follows; round 38's held-out A, s5)
    if before == index or not lead.endswith(":") or known.rules.advice(lead.rstrip(":")) \
            or (len(lead.split()) > LEAD_WORDS and not _example_lead(known.code).search(lead)):
        return index  # (an instruction that announces the list, "Be clear about things that often get added later,
        # for example:", is no step told alone: the heading is, as before)
    return before - 1  # ("For example:", "Such as:": no step of its own)


def _example_lead(code: str) -> re.Pattern[str]:
    """A lead into a list of examples at a sentence's end (the language's ``example_leads``: "15 से 30 seconds की
    छोटी reels काफ़ी हैं, जैसे:"), however long; round 38's held-out B, crochet s2."""
    return lexicon_pattern(code, "example_leads", r",?\s+(?:{words})\s*:$")


LEAD_WORDS = 7  # ("Many tailors keep a simple rule:": a lead-in; round 36's development batch, uniforms s7)


# "अगर महीने के आखिर में कंपनी … कम भुगतान करे, तो आप … अपनी बात रख सकती हैं": a result only when something else
# happens first; told as her wish without it, "अपनी बात" is about nothing (round 29's first held-out batch, item 29)
def _conditioned_step(known: Language, sentence: str) -> str | None:
    """The instruction of a sentence that opens on a condition ("If your spoken English is shaky, practise ten
    standard sentences … until they come out naturally. This way, …"): what the result that points back comes of,
    told without its "if"; None when there is no instruction after the condition's comma. Round 30's development
    batch: a question-headed section's only claim."""
    if not opens_on_condition(known, sentence) or ", " not in sentence:
        return None
    rest = _leading(known.lexicon.then_words, r"\s+").sub("", sentence.split(", ", 1)[1].strip())
    rest = rest[:1].upper() + rest[1:] if rest.isascii() else rest
    return rest if known.rules.advice(rest) else None


def opens_on_condition(known: Language, text: str) -> bool:
    """True for a sentence that opens on "if" in the language's words ("अगर …", "If …"; not "When …", a time)."""
    return bool(_leading(known.lexicon.if_words, r"(?!\S)").match(text.strip()))


HABIT_TOLD = compile_nfc(r"(?:ती|ता|ते)\s+(?:हैं|है)\s*[।.]?\s*$")  # a named woman's habit, told in the present
ANNOUNCING = re.compile(r"^[^:;,.]{3,60}:\s+\S")  # a clause that ends on a colon: an instruction that asks what
# comes after it ("Describe what you actually do: …"), not a label ("Pro tip: …") nor a step told in full ("Backup
# रखें: …")


def added_step_before(known: Language, section: Section, index: int) -> bool:
    """True when the sentence before ``index`` is an instruction added to the heading's ("साथ ही … दें", "Also
    …"): a result that points back is that step's, never the heading's (where it cannot be told alone, no claim).
    Not any instruction after another: a pointer after several most often sums up the heading's step ("Send a short
    message … Keep it to four or five lines. This gives you a record …"; tried on every test bank, six of seven such
    readings lost were right)."""
    added = _added(known)
    return index >= 1 and bool(added.match(section.sentences[index - 1])) \
        and known.rules.advice(added.sub("", section.sentences[index - 1])) is not None


def _added(known: Language) -> re.Pattern[str]:
    """The language's ``additive_openers`` opening a sentence ("साथ ही", "Also,")."""
    return _leading(known.lexicon.additive_openers, r"\s*,?\s+")


def _warning(known: Language, sentence: str) -> bool:
    """True for an instruction not to do something, its main verb denied ("… पानी में न छोड़ें", "Never leave …";
    not "अभी कोई project नहीं है, तो … जोड़ें"): what points back to it tells the harm of the warned step. The
    language's warning turned round (``turned_round``) reads it, its main verb's negation only; "Avoid …" too."""
    return known.turned_round(sentence.strip()) is not None or bool(AVOID_START.match(sentence.strip()))


# A general statement about people of a kind, no result of her step: "One who changes the subject is telling you
# something too" (reading197 item 27 keyed it as the result of asking for the van's papers), "Anyone who …"
RANKED_FACT = re.compile(r"\b(?:is|are|was|were)\s+(?:one of|among)\s+the\b|\b(?:is|are)\s+the\s+(?:most|main|"
                         r"biggest|leading|commonest)\b", re.IGNORECASE)
FINDING = re.compile(r"^(?:many|most|some|a lot of|plenty of)\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:find|discover|say|"
                     r"report|realise|realize|admit)\s+that\b", re.IGNORECASE)  # ("Many makers find that their
# 'cheap' bar was costing them …": what others found, no result of the step; round 34's held-out B42)
# "Some newer policies forgive a small gap, but none forgive a large one": what some things do, a fact of the trade, no
# result of the heading's step (round 37's held-out D21 keyed "Insuring the full value … means some newer policies …")
IDENTITY = re.compile(r"^(?:[a-z'’]+\s+){1,4}(?:is|are)\s+[^,]{2,40},\s+not\s+[a-z]|(?<!\S)को\s.+\sकहते\s+हैं$",
                      re.IGNORECASE)  # (and "X को डॉक्टर "…" कहते हैं": what a thing is called, round 39's C25)
IS_WHAT = re.compile(r"\b(?:is|are)\s+what\b", re.IGNORECASE)  # ("A dry, undamaged parcel is what the customer judges
# you by": what counts, a fact, no result of the heading's step; round 37's snapshot)
SOME_THINGS = re.compile(r"^(?:some|many|most|a few|few|several)\s+(?:[a-z-]+\s+){0,2}?[a-z-]{3,}s\s+(?!who\b)[a-z]+",
                         re.IGNORECASE)
GENERAL_SUBJECT = re.compile(r"^(?:(?:one|anyone|someone|those|people|a|an|any)(?:\s+[a-z-]+)?|"
                             r"(?:[a-z-]+\s+)?[a-z]{3,}s)\s+who\s", re.IGNORECASE)
# ("Candidates who raise safety unprompted come across as …": those who take a step, told of them, read by the
# language's own "doers" rule or not at all; round 29's first held-out batch, item 50: "Showing that you know basic
# safety means candidates who …")


def _harm_told(known: Language, sentence: str) -> bool:
    """True for a sentence that tells a harm ("… का खतरा बढ़ जाता है", "… can damage …"): after a warning it is the
    warned step's; a gain after one ("बाक़ी समय फ़ोन की तरफ़ हाथ न बढ़ाएँ। इस तरीक़े से मन में यह बेचैनी नहीं
    रहती …") is the advice's, the warning part of it."""
    told = sentence.lower()
    return bool(RISK_WORDS.search(told)) or _harm_or_loss(known.code).search(told) is not None


@lru_cache(maxsize=8)
def _harm_or_loss(code: str) -> re.Pattern[str]:
    """Any of the language's harm and loss words, anywhere (one search, not one ``in`` per word)."""
    lexicon = language(code).lexicon
    return any_literal((*lexicon.harm_words, *lexicon.loss_words))


RISK_WORDS = compile_nfc(r"खतरा|ख़तरा|जोखिम|नुकसान|नुक़सान|\brisk|\bdanger|\bdamage|\bharm", re.IGNORECASE)
AVOID_START = re.compile(r"^(?:\*\*[^*]+\*\*\s*)?avoid\b", re.IGNORECASE)  # ("Avoid …" has no step turned round)


def _trouble_met(known: Language, effect: str, named: str) -> bool:
    """True for a statement of a harm or a loss the heading's step meets ("Owners forget appointments more often than
    you would expect" under "Call the Owner the Evening Before"): no gain of the step (round 42's batch D, item 55,
    told "Calling the owner … means owners forget appointments"); not one that goes away ("no longer …"), nor a word
    of the ``named`` title or heading, the topic itself ("A written complaint leaves a dated record …" under "Filing a
    Consumer Complaint")."""
    said = SETTING_CLAUSE.sub(" ", effect.lower())  # ("in a job where mistakes cost more, you are the one who owns
    # up …": where, no harm)
    return not marked(said, known.code) and any(found.group(0) not in named.lower()
                                                 and not said[found.start() - 1:found.start()].isalnum()
                                                 for found in _harm_or_loss(known.code).finditer(said))  # (a word's
    # start: "close the loop" holds no "lose ")


SETTING_CLAUSE = compile_nfc(r"\b(?:where|when|while|if|even if)\b[^,]*,|(?<!\S)(?:जहाँ|जहां|जब|अगर)(?!\S)[^,]*,")


def _advised_first(known: Language, sentence: str) -> bool:
    """True for a step and then the slip it rules out, after a semicolon ("हर patient के बाद gloves बदलें; एक ही gloves
    पहनकर दो patients को न छुएं"): a result after it is the step's, not the slip's harm."""
    first = sentence.split(";")[0]
    return ";" in sentence and known.rules.advice(first) is not None and not _warning(known, first)


def _reminder(known: Language) -> re.Pattern[str]:
    """A sentence that opens with one of the language's reminders ("याद रखें, …", "ध्यान रखें कि …", "Remember, …",
    "**Note:** …"): a caution or an aside to the reader, no result of a step (reading197 items 131–154: "याद रखें,
    erase करने के बाद location दिखनी बंद हो जाती है" as the result of locking the phone)."""
    return _leading(known.lexicon.reminders, r"(?=[\s,:*]|$)", before=r"(?:\*\*)?")  # (no "\b": it breaks after a
    # vowel sign)


def _pointing_back(known: Language, section: Section, words: frozenset[str] = frozenset()) -> list[Reading]:
    """Results stated in a sentence that points back, tied to the instruction before it or to the heading."""
    lang = known.rules
    found: list[Reading] = []
    heading_step = _heading_instruction(known, section)
    for index, current in enumerate(section.sentences):
        if index and _harm_told(known, current) and _warning(known, section.sentences[index - 1]) \
                and not _advised_first(known, section.sentences[index - 1]) \
                or _reminder(known).match(current.strip()):  # (the cheap test first: few sentences tell a harm)
            continue  # ("… गंदे पोखर में न छोड़ें। इससे थनैला … का खतरा बढ़ जाता है": the warned step's harm, no
            # result of the heading's, reading197 item 11; "याद रखें, erase करने के बाद location …": a caution)
        effect = lang.linked_effect(current)
        echoed = None if effect or heading_step is None else lang.echo_pointer(current, heading_step)
        if echoed and heading_step is not None and not added_step_before(known, section, index) \
                and not _other_step_before(known, section, index, heading_step):
            found.append(_reading(section, Causal(current, "", heading_step, echoed, "linked", "imperative"),
                                  step_from="heading", known=known))  # ("A short weekly meeting with your ANM
            continue  # means …" under "Why should you meet your ANM every week?": the heading's step named again)
        promised = None if effect else lang.promised_effect(current)
        if promised and index and lang.advice(section.sentences[index - 1]):  # ("Spend an hour with the file.
            # You will walk in with …": the instruction's result, else the heading's when the instruction leans)
            previous = _instruction_before(known, section, index, words, added_ok=True)
            step = previous or (None if added_step_before(known, section, index) else heading_step)
            if step is not None:
                found.append(_reading(section, Causal(current, "", step, promised, "linked", "imperative"),
                                      step_from="sentence" if previous else "heading", known=known))
            continue
        if not effect:
            continue
        previous = _instruction_before(known, section, index, words, added_ok=True)
        if previous is not None and not lang.linked_effect(previous):
            step = next((c.cause for c in lang.find_causal(previous) if c.pattern == "purpose"), previous)
            found.append(_reading(section, Causal(current, "", step, effect, "linked", "imperative"),
                                  known=known))  # "Ask before you commit, so that …" → "Ask before you commit"
        elif heading_step is not None and not added_step_before(known, section, index) \
                and not (_neglect_heading(known, section) and _harm_told(known, current)) \
                and not _other_step_before(known, section, index, heading_step):
            found.append(_reading(section, Causal(current, "", heading_step, effect, "linked", "imperative"),
                                  step_from="heading", known=known))
    return found


def _names_heading_thing(known: Language, sentence: str, heading_step: str | None) -> bool:
    """True when the sentence opens on a demonstrative and a thing the heading's step names ("इस रिकॉर्ड की बदौलत …"
    under "हर किताब का रिकॉर्ड रखें", "This record …" under "Keep a record …")."""
    opening = sentence.split()[:2]
    if heading_step is None or len(opening) < 2 or opening[0].lower() not in known.lexicon.demonstratives:
        return False
    return bool(word_stems(opening[1], known.code) & word_stems(heading_step, known.code))


def pronoun_back(known: Language, told: str, names: frozenset[str] | tuple[str, ...] = ()) -> bool:
    """True for a sentence with a pronoun that points back and nothing before it in the sentence to point to ("पंचायत
    की बैठकों में उसकी राय पूछी जाती है", "इस समय Shed का तापमान कम होता है"; round 36's held-out B6, B19); not "जो
    पहले बोलता है, … ध्यान उसी पर जाता है", "नाम उसी तरह लिखा हो जैसा आधार में है", "हर product को उसकी अपनी bottle
    में", nor one after a name (``names``: the women of the article's story, "सीमा कहती है कि उसकी …")."""
    lexicon = known.lexicon
    found = lexicon.any_word("back_pronouns").search(told)
    if found is None:
        return False
    before = told[:found.start()]
    if len(before.split()) > BACK_PRONOUN_WORDS or "," in before:
        return False  # (later in the sentence it points to a thing the sentence named: "अपने काम से जुड़ा subject
        # चुनना सबसे आसान रहता है, क्योंकि उसकी तैयारी …")
    said = told if not found.group(0).startswith("इस") else EVERY.sub("", told)  # ("हर product को उसकी …": its own;
    # "हर हॉस्टल इसका जवाब हाँ में ही देगा": "this" is what was asked before)
    if found.group(0) in SAME_AS_BEFORE:
        return not lexicon.any_word("back_pronoun_antecedents").search(said)  # ("पूजा आज उसी वार्ड में …": the same
        # ward as in her story, whoever is named before it; round 37's held-out F35)
    return not lexicon.any_word("back_pronoun_antecedents").search(said) \
        and not lexicon.any_word("person_nouns").search(before) and not lexicon.names_someone(before) \
        and not any(name in before for name in names) and not NAME_BEFORE.search(before, 1 if told.isascii() else 0)
    # (an English sentence's first word is capitalised, no name: "Check that she holds …")


EVERY = compile_nfc(r"(?<!\S)हर(?!\S)")
SAME_AS_BEFORE = frozenset({"उसी"})

BACK_PRONOUN_WORDS = 5
NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s")  # (a Latin-script name or noun before the pronoun may be what it points to)
