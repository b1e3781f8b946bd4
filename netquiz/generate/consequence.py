"""Consequence questions for "don't" sections: the persona does what a section warns against ("बिना हिसाब लगाए
Discount तय न करें" → "सीमा बिना हिसाब लगाए Discount तय करती है"); which harm does the article say follows?

QUESTIONS.md: "A 'don't' heading is a step with a harm." The harm is the one the section names after its
"otherwise" ("…, वरना कई items आप अपनी खरीद कीमत से भी नीचे बेच देंगी", lexicon ``otherwise_words``) or in a claim
whose result is a harm; the wrong answers are the harms the article names for its other mistakes, each true of the
article, so one who skimmed cannot strike one out by sense (a benefit beside a mistake would be), only by knowing
which harm goes with which mistake. Round 39's held-out A and B: of 14 "don't" sections, none had a scenario
question, and the readers called every such gap unfair ("the section does state a harm: वरना …").
"""

from __future__ import annotations

import re

from ..language.base import Causal
from ..language.lexicon import lexicon, lexicon_pattern
from ..model import Section
from ..text import has_devanagari
from .blind import marked
from .claims import Reading, known_words, leaning_claims, sentence_case
from .context import Candidate, Context
from .keywords import content_tokens
from .links import akin, echo, goes_away, harmful, names_problem, overlaps, stems_of, supported, without_reason
from .options import Option, length_balance, pick_parallel, shuffle
from .practice import ASIDE, own_sentences, remedy_index
from .tips import closing_heading, foreign_heading, heading_language

FORM = "consequence"
WEIGHT = 2.8  # (below the forms that tell what she gains; above the reason form, whose key is a fact of others)
MIN_WRONG = 2
MIN_HARM_WORDS = 3  # content words a harm needs to say what goes wrong ("नुकसान होगा": of what?)
MAX_HARM_WORDS = 24  # words: a longer harm is hard to compare on a phone
FORETOLD_END = re.compile(r",\s+(?:so|with|and so|especially|and (?=(?:one|a|an|the|your)\s))\s*")
# ("… slip on the step[, so wipe it down …]": the remedy again; "…[, and one bad review …]": a second harm; "… into
# a skid[, with children sitting …]": how it would be; "…[, especially spellings …]": which)
WHEREAS = re.compile(r",\s*(?:जबकि|whereas|while)\s")  # ("आपकी लागत बढ़ जाती है[, जबकि …]": what it is set against


def consequence_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per harm the section names for the move its "don't" heading warns against, told as the
    persona's doing after ``frame`` (what the title says she is doing) where there is one."""
    section = ctx.article.section(section_id)
    move = _move(ctx, section)
    if move is None:
        return []
    found = []
    for index, (harm, sentence) in enumerate(harms(ctx, section)):
        if _later_steps(ctx, section, sentence):
            continue  # (a wrong answer of the other sections' questions, still: a harm the article names)
        candidate = _question(ctx, section, index, move, harm, sentence, frame)
        if candidate is not None:
            found.append(candidate)
    return found


def _move(ctx: Context, section: Section) -> str | None:
    """The move a "don't" heading warns against, as an instruction ("Don't Work From the Customer's Numbers" → "Work
    From the Customer's Numbers"), in the body's language (an English heading over a Hindi body would tell the
    persona in two languages), standing alone; else None."""
    title = section.title or ""
    if not title or closing_heading(ctx, section) or foreign_heading(ctx, title) or title.rstrip().endswith("?"):
        return None
    positive = heading_language(ctx, title).unnegate(sentence_case(title), slips=True)  # ("Don't Ignore Room Rent
    # Limits": no move one plans, but what she may do, and what comes of it; round 40's batch B)
    known = known_words(ctx.known_title, title)
    if not positive or ctx.story.dangling(positive) or ctx.story.points_back(positive) \
            or ctx.story.leans_on_context(positive, known):
        return None
    return positive


def harms(ctx: Context, section: Section) -> list[tuple[str, str]]:
    """(harm, sentence) for each harm the section names for the move its heading warns against, told of nobody in
    particular and standing alone (memoised per bank: every other section's question offers them as wrong answers)."""
    key = ("harms", section.id)
    if key not in ctx.memo:
        found = []
        known = known_words(ctx.known_title, section.title or "")
        for harm, sentence in _named_harms(ctx, section):
            harm = without_reason(ctx, harm.strip().rstrip(".।!").strip())  # (what goes wrong is the
            # answer; why, "…, क्योंकि यह जांच …", is the article's to tell)
            harm = ASIDE.sub("", WHEREAS.split(harm, maxsplit=1)[0])  # ("आपकी लागत बढ़ जाती है[, जबकि ग्राहक …]": the
            # harm, not what it is set against; round 41's batch D; nor "— a smudge, a pale red —", round 42's A)
            least = MIN_HARM_WORDS - 1 if _bad(ctx, harm, negation=False) else MIN_HARM_WORDS  # ("लागत बढ़ जाती है")
            if harm and least <= len(content_tokens(harm, ctx.article.lang)) \
                    and len(harm.split()) <= MAX_HARM_WORDS and not ctx.story.dangling(harm) \
                    and not ctx.story.points_back(harm) and not ctx.story.leans_on_context(harm, known) \
                    and not ctx.story.names_a_third(harm):
                found.append((harm, sentence))
        ctx.memo[key] = found
    return list(ctx.memo[key])


def _named_harms(ctx: Context, section: Section) -> list[tuple[str, str]]:
    """(harm, sentence): after "otherwise"/"वरना" or named as such ("X का नुकसान यह है कि …"); where the heading warns
    against a move, also what a sentence before the remedy says comes of it ("इससे …") and the claims of the section
    whose cause is the move."""
    code, sentences, move = ctx.language.code, own_sentences(ctx, section), _move(ctx, section)
    told = [(match.group("harm"), sentence) for sentence in sentences
            if (match := _otherwise(code).search(sentence) or _named(code).search(sentence))]
    if move is None:
        return told
    remedy = remedy_index(ctx, sentences)
    told += [(match.group("harm"), sentence) for sentence in sentences[1:remedy]
             if (match := _led(code).match(sentence)) and _bad(ctx, match.group("harm"), negation=False)]
    # ("बहुत सी महिलाएं कमाई उसी डिब्बे में डाल देती हैं … । इससे यह कभी पता नहीं चलता कि …" before the remedy "… अलग
    # थैली रखें": what goes wrong with the move the heading warns against; round 40's batch A told it so throughout)
    told += [(sentence, sentence) for sentence in sentences[1:remedy] if _opened(code).match(sentence)]  # ("You will
    # end up fully booked on a Saturday and still short of money …": told whole; round 41's batch A)
    told += [(sentence, sentence) for sentence in sentences[1:remedy] if _doing_harm(code).match(sentence)
             and len(sentence.split()) <= MAX_HARM_WORDS and _bad(ctx, sentence, negation=False)
             and sentence not in {s for _, s in told}]  # ("A cold baby stays awake, cries and refuses to settle, so the
    # session drags on …" under "Don't Keep the Studio Cold": round 42's batch D had no question in six such sections)
    told += [(ctx.language.foretold_harm(harm) if index < remedy else harm, sentence)
             for index, sentence in enumerate(sentences) if index != remedy and _foretold(code).match(sentence)
             and _bad(ctx, harm := FORETOLD_END.split(sentence, maxsplit=1)[0], negation=False)]  # ("A stalled engine
    # will leave you stuck in rising water …" after the remedy of "Don't Drive Into Water …": what the warned move
    # brings; round 41's batch E had no scenario in seven "don't" sections; before it too, "A delivery date promised
    # before you check the stock will slip …": round 42's printing-press article, 0 of 7 "don't" sections)
    return told + _claimed_harms(ctx, section, move, sentences, remedy, {sentence for _, sentence in told})


def _later_steps(ctx: Context, section: Section, sentence: str) -> bool:
    """True for an "otherwise" after an instruction of its own that comes after the remedy: that instruction's harm,
    not the warned move's ("सफ़ाई के बाद औज़ार बंद डिब्बे में रखें, नहीं तो खुली ट्रे में धूल …" under "… सिर्फ़ पोंछकर
    दोबारा न चलाएं" was keyed as the wiping's harm in round 44's batch D)."""
    sentences = own_sentences(ctx, section)
    match = _otherwise(ctx.language.code).search(sentence)
    return match is not None and sentence in sentences \
        and sentences.index(sentence) > remedy_index(ctx, sentences) \
        and _advises(ctx, sentence[:match.start()].strip(" ,"))


def _advises(ctx: Context, text: str) -> bool:
    """True for a positive instruction ("सफ़ाई के बाद औज़ार बंद डिब्बे में रखें"), not a warning told again ("… नए जूते
    पहनकर ground पर न उतरें", whose "वरना" is the warned move's harm)."""
    return bool(ctx.lang.advice(text)) and ctx.language.unnegate(text) is None


def _claimed_harms(ctx: Context, section: Section, move: str, sentences: list[str], remedy: int,
                   taken: set[str]) -> list[tuple[str, str]]:
    """(result, sentence) of the section's claims whose cause is the warned move: told before the remedy with a bad
    result, or a harm :func:`warned_harm` reads; never one after the remedy that points back or names another doing
    (its result is the remedy's: "ऐसा करने से … पैसा आता रहता है" after "… कुछ और काम भी जोड़ें"). Claims whose cause
    leans are read too ("Choosing a room above that limit leads to a proportionate cut …": the move is told from the
    heading; round 40's batch B); "ट्रेनिंग अधूरी छोड़ने से भत्ता कटता है …" under "बेसिक ट्रेनिंग बीच में न छोड़ें" is the
    move in the section's own words."""
    before, after = sentences[:remedy], set(sentences[remedy + 1:])
    found = []
    for reading in [*ctx.readings[section.id], *leaning_claims(ctx.language, section, ctx.known_title)]:
        causal, sentence = reading.causal, _whole(reading.causal.sentence, sentences)
        if causal.cause_kind not in ("verbal", "noun") or sentence in taken \
                or not (_before_remedy(ctx, reading, before) or warned_harm(ctx, reading)):
            continue
        if sentence in after and (causal.pattern == "linked"
                                  or not akin(stems_of(ctx, causal.cause), stems_of(ctx, move))):
            continue  # ("इस हिसाब से समय बाँटने से हर बड़ा unit … revise हो जाता है" after "इसके बजाय … plan बनाएं")
        found.append((causal.effect, sentence))
        taken.add(sentence)
    return found


def warned_harm(ctx: Context, reading: Reading) -> bool:
    """:func:`scenario.harm` (imported here: the scenario module gathers this one's questions), but never what the
    section's remedy brings: a cause akin to one of its instructions, or a problem that goes away ("तय दाम की बदौलत रोज़
    की बहस खत्म हो जाती है" under "हर ग्राहक से अलग दाम न लें", "रिकॉर्ड पर टिके सवाल पूछने से जवाब टालना मुश्किल हो
    जाता है" under ""क्यों" वाले सवाल न पूछें": offered as harms once a section had enough others to ask)."""
    from .scenario import harm, own_advice

    causal = reading.causal
    if causal.cause_kind == "noun" and not _bad(ctx, causal.effect):
        return False  # ("Many employers let you add parents to the group health cover": who lets her, and a gain)
    return harm(ctx, reading) and not own_advice(ctx, causal.cause, reading.section) \
        and not goes_away(ctx, causal.effect) and not _thanks(ctx.language.code).search(causal.sentence)


def _whole(part: str, sentences: list[str]) -> str:
    """The section's sentence a claim was read from (a leaning claim keeps only its part, "… on the whole bill,")."""
    return next((s for s in sentences if part.rstrip(",; ") in s), part)


def _before_remedy(ctx: Context, reading: Reading, before: list[str]) -> bool:
    """True for a doing told before the section's remedy, and what comes of it, no gain: the warned move in the
    article's words ("Choosing a room above that limit leads to a proportionate cut on the whole bill" under "Don't
    Ignore Room Rent Limits"; round 40's batch B, whose English "don't" sections never said "otherwise")."""
    causal = reading.causal
    return causal.cause_kind == "verbal" and _whole(causal.sentence, before) in before \
        and _bad(ctx, causal.effect, negation=False) and not goes_away(ctx, causal.effect) \
        and not _thanks(ctx.language.code).search(causal.sentence)


def _bad(ctx: Context, effect: str, negation: bool = True) -> bool:
    """True for a result that tells of a loss, a problem or a harm ("भत्ता कटता है", "a proportionate cut"); without
    ``negation``, not for a mere "नहीं" ("सही bin में कचरा डालने से … नंबर नहीं कटते" tells the remedy's gain)."""
    effect = lexicon_pattern(ctx.language.code, "at_least_words", "(?:{words})").sub(" ", effect)  # ("कम से कम
    # दो बार revise हो जाता है": no less of anything)
    lower = effect.lower()
    return (negation and marked(effect, ctx.article.lang, polarity=True)) or harmful(ctx, effect) \
        or (names_problem(ctx, effect) and not marked(effect, ctx.article.lang)) \
        or any(word in lower for word in ctx.language.lexicon.harm_words + ctx.language.lexicon.loss_words)


def _thanks(code: str) -> re.Pattern[str]:
    """A result credited to a means ("की बदौलत", "thanks to"): a benefit, never a harm."""
    return lexicon_pattern(code, "thanks_words", r"(?:^|\s)(?:{words})(?:\s|$|,)")


def _otherwise(code: str) -> re.Pattern[str]:
    """The language's ``otherwise_words`` after a clause, then the harm to the sentence's end."""
    return lexicon_pattern(code, "otherwise_words", r"(?:^|[,;—–]\s*)(?:{words})(?:,)?\s+(?P<harm>.+)$")


def _named(code: str) -> re.Pattern[str]:
    """A harm named as such: "X का नुकसान यह है कि <harm>", "The downside is that <harm>"."""
    return lexicon_pattern(code, "harm_namers", r"(?:^|\s)(?:{words})\s+(?P<harm>.+)$")


def _led(code: str) -> re.Pattern[str]:
    """A sentence that opens on a word pointing back to the warned move ("इससे …", "As a result, …")."""
    return lexicon_pattern(code, "harm_leads", r"^(?:{words})(?:,)?\s+(?P<harm>.+)$")


def _foretold(code: str) -> re.Pattern[str]:
    """A sentence that foretells what a thing will do ("A stalled engine will leave you stuck …", ``harm_wills``), its
    subject a thing, not a pointer back ("This will …")."""
    opener = "|".join(re.escape(w) for w in lexicon(code).clause_openers) or "(?!)"  # (not "When a client asks
    # whether they can claim …, do not answer from memory": the modal is the clause's, the sentence an instruction)
    return lexicon_pattern(code, "harm_wills",
                           rf"^(?!(?:this|that|it|these|those|doing so|they|you|{opener})\s)[A-Z][^,;:]{{2,60}}?"
                           r"\s(?:{words})\s")


def _doing_harm(code: str) -> re.Pattern[str]:
    """A sentence whose subject is a thing that does harm now ("A cold baby stays awake …", ``harm_subjects``)."""
    return lexicon_pattern(code, "harm_subjects", r"^(?:{words})\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\s")


def _opened(code: str) -> re.Pattern[str]:
    """A sentence whose opening tells what comes to the reader ("You will end up …", ``harm_openers``)."""
    return lexicon_pattern(code, "harm_openers", r"^(?:{words})\s")


def _told(ctx: Context, move: str, harm: str, sentence: str, name: str) -> str | None:
    """The harm as what will follow for the persona ("कई items वह अपनी खरीद कीमत से नीचे बेच देगी"); a whole sentence of
    what a thing does as the article says it ("A cold baby stays awake, cries and refuses to settle …": put in the
    future, its second and third verbs would not follow)."""
    if harm.strip().rstrip(".।!") == sentence.strip().rstrip(".।!") and _doing_harm(ctx.language.code).match(harm) \
            and not ctx.lang.addresses_reader(harm):  # (a "you" in it is told of her, below)
        return ctx.lang.sentence(harm.strip().rstrip(".।!"))
    told = ctx.lang.outcome(Causal(sentence, "", move, harm, "imperative", "imperative"), name)
    return None if not told or ctx.story.dangling(told) else told


def _question(ctx: Context, section: Section, index: int, move: str, harm: str, sentence: str,
              frame: str | None) -> Candidate | None:
    name = ctx.persona(section.id, index, FORM)
    situation = ctx.lang.situation(Causal(section.title or "", "", move, "", "imperative", "imperative"), name)
    key = _told(ctx, move, harm, sentence, name)
    if not situation or not key or ctx.story.dangling(situation):
        return None
    right = Option(key, ctx.say("consequence_right", source=sentence))
    pool = []
    for other in ctx.article.headed_sections:
        if other.id == section.id:
            continue
        for other_harm, other_sentence in harms(ctx, other):
            told = _told(ctx, move, other_harm, other_sentence, name)
            if told and has_devanagari(told) == has_devanagari(key) \
                    and not overlaps(stems_of(ctx, other_harm), stems_of(ctx, harm)) \
                    and not supported(ctx, move, other_harm):  # (a harm the article ties to this move too: a
                # second key)
                pool.append(Option(told, ctx.say("consequence_other", title=ctx.title(other.id),
                                                 other=other_sentence), group=other.id))
    if len({o.group for o in pool}) < MIN_WRONG:
        return None
    rng = ctx.rng(section.id, FORM, index)
    distractors = pick_parallel(right, pool, 3, rng, lambda text: False)
    if len(distractors) < MIN_WRONG or echo(ctx, situation, key, [o.text for o in distractors]):
        return None  # (a harm that repeats the move's words is matched without the article)
    options, answer = shuffle(right, distractors, rng)
    told = f"{frame.format(name=name)} {ctx.story.pronominalize(situation, name)}" if frame else situation
    stem = ctx.say("consequence_stem", situation=told)
    question = ctx.question(section.id, "scenario", stem, [(o.text, o.feedback) for o in options], answer, sentence,
                            form=FORM)
    return Candidate(question, WEIGHT + length_balance(list(question.options)), FORM)
