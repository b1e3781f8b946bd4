"""Myth checks: a friend holds what the article says many people wrongly believe ("बहुत-सी महिलाएं मानती हैं कि
…", "Many people think that …"), what it denies ("X नहीं, बल्कि Y", "X is not A but B") or what a question
heading asks and its first word answers no to ("क्या हर थकान … संकेत है?" — "नहीं।"); which is true of her
belief, by the article?

The belief check of QUESTIONS.md for a belief the article names outright, in an article of any shape (benefits,
question headings, tips). The key says she is wrong, with the article's own correction (the rest of the belief's
sentence after "पर"/"but", else the next sentence that says something); the distractors: she is right (the
belief itself), she is partly right (the belief narrowed to some cases), she is wrong for a reason the article
puts a condition on it the article never sets ("only at the start"). Two options say "wrong" and two do not,
so no single marker tells the key. (A "wrong reason" taken from another section was tried: readers found it a
second key twice in two items, another section's claim rebutting the same belief, and again in reading115, item
67: "बारहवीं पास होना … काफ़ी होती है" rebuts "only commerce graduates" sharing no word with it.)
"""

from __future__ import annotations

import re

from ..language.lexicon import lexicon_pattern
from ..model import Section
from ..text import compile_nfc
from .claims import known_words
from .context import Candidate, Context
from .keywords import content_tokens
from .links import stems_of
from .options import Option, length_balance, shuffle
from .personas import named
from .tips import closing_heading

WEIGHT = 3.2
MIN_BELIEF_WORDS = 3  # content words the belief needs to stand alone ("ऐसा होता है": what?)
MIN_CORRECTION_WORDS = 4  # fewer is a bare denial ("पर ऐसा नहीं है", "Actually, the opposite is true")
MAX_WORDS = 28
LOOK_AHEAD = 3  # sentences after the belief searched for its correction
CLAUSE_END = re.compile(r"\s*[:;]\s+|\s+[—–]\s+")
EXPLETIVE = re.compile(r"^it is (?:not )?[a-z]+ (?=to\s)")  # ("it is okay to …": the "it" points at nothing before)


def myth_candidates(ctx: Context, section_id: str, frame: str | None = None) -> list[Candidate]:
    """One candidate per belief of the section that the article corrects in words that stand alone, after
    ``frame`` (what the title says its reader is doing, with a ``{name}`` slot) where there is one."""
    section = ctx.article.section(section_id)
    if closing_heading(ctx, section):
        return []
    found = []
    asked = ctx.story.asked_claim(section.title or "", section.sentences[0]) if section.sentences else None
    if asked and stands_alone(ctx, EXPLETIVE.sub("", asked)) and not ctx.lang.addresses_reader(asked) \
            and not _opening(ctx).match(asked):
        correction = _correction(ctx, section, 0, asked)  # ("नहीं। कई बार परेशानी काम से नहीं, बल्कि …")
        candidate = _question(ctx, section_id, 0, frame, asked, correction) if correction else None
        found += [candidate] if candidate else []
    for index, sentence in enumerate(section.sentences):
        belief = _whole_belief(sentence, ctx.lang.common_belief(sentence))
        denied = None if belief else ctx.story.denied_claim(sentence)
        belief = belief or denied
        if not belief or sentence in ctx.closing or not stands_alone(ctx, belief) or _pointed(ctx, belief) \
                or _opening(ctx).match(belief) or _of_someone(ctx, belief) \
                or len(content_tokens(belief, ctx.article.lang)) < MIN_BELIEF_WORDS:
            continue
        correction = _correction(ctx, section, index, belief) if not denied else _denial(ctx, sentence)
        if correction is None:
            continue
        candidate = _question(ctx, section_id, index, frame, belief, correction, denied=bool(denied))
        if candidate is not None:
            found.append(candidate)
    return found


def _of_someone(ctx: Context, belief: str) -> bool:
    """True for a belief about a woman the article names ("Farida's evenings are not perfect, but …": her story,
    no belief to correct; "Her friend believes that farida's evenings are perfect" in round 23's batch): a name of
    the lexicon's (``names_someone``), or a first word the article writes twice or more capitalised and never
    in lower case."""
    if ctx.language.lexicon.names_someone(belief[:1].upper() + belief[1:]):  # (its first word lowered by the belief)
        return True
    words = [re.sub(r"['’]s$", "", w.strip(".,;:!?।\"'“”‘’")) for w in belief.split()]
    first = words[0] if words else ""
    if len(first) < 2 or not first.isalpha() or not first.isascii():
        return False
    text = " ".join(s.text for s in ctx.article.sections)
    return len(re.findall(rf"\b{re.escape(first.capitalize())}\b", text)) >= 2 \
        and re.search(rf"\b{re.escape(first.lower())}\b", text) is None


def _whole_belief(sentence: str, belief: str | None) -> str | None:
    """The belief with the half it denies ("the office is a place for getting work done, not for making
    friends"): cut at its comma, the belief would be one the article never disputes."""
    if not belief:
        return belief
    tail = sentence[sentence.find(belief) + len(belief):]
    denied = NOT_HALF.match(tail)
    return belief + denied.group(0).rstrip() if denied else belief


NOT_HALF = compile_nfc(r"^,\s*(?:not|न कि|नहीं)\s+[^,.;:।]+")


def _statement(ctx: Context, text: str, sentence: str) -> bool:
    """True for a statement that can serve as the article's reason: no instruction ("फ़ीस से ज़्यादा यह देखें"),
    no one woman's story ("इंदौर की नेहा जैन ने …"), no list item cut from its lead-in (ending on a comma)."""
    return not (ctx.lang.advice(text) or ctx.lang.instruction(text) or NARRATED.search(text)
                or FULL_NAME.search(text[1:]) or NAMED_START.match(text) or sentence.rstrip().endswith((",", ":"))
                or sentence.lstrip().startswith(("-", "*", "•")))


NARRATED = compile_nfc(r"(?<!\S)ने(?!\S)")  # the agent of a told event, "नेहा ने … कदम रखा"
FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")  # "Meera Choudhary", not the sentence's first word
NAMED_START = re.compile(r"^[A-Z][a-z]+\s+[A-Z][a-z]+,")  # "Shalini Menon, 49, an operations head …"


def stands_alone(ctx: Context, text: str) -> bool:
    """True for words that can be said without the sentence around them, about nobody but whom they name (an
    option of a question about a persona never says "you")."""
    return not (ctx.story.dangling(text) or ctx.lang.addresses_reader(text) or ctx.story.points_back(text)
                or ctx.story.leans_on_context(text, known_words(ctx.known_title))
                or ctx.language.lexicon.any_word("third_persons").search(text) or "?" in text)


def _correction(ctx: Context, section: Section, index: int, belief: str) -> tuple[str, str] | None:
    """(what the article says instead, its sentence): the belief's sentence after its contrast word, else the
    first of the next sentences that says enough and stands alone (an opening "Actually," dropped)."""
    sentence = section.sentences[index]
    tail = sentence[sentence.find(belief) + len(belief):]
    rest = _contrast(ctx).match(tail)
    tried = [(rest["rest"], sentence)] if rest else []
    tried += [(s, s) for s in section.sentences[index + 1: index + 1 + LOOK_AHEAD]]
    for text, source in tried:
        text = ASIDE.sub(" ", _opening(ctx).sub("", text.strip()).strip().rstrip(".।!"))  # (", though," that
        # answers the belief in the article, not in the option: reading147 item 118)
        parts = CLAUSE_END.split(text, maxsplit=1)  # ("… more hours for the work machines do poorly: …")
        head = parts[0]
        meta = ctx.language.lexicon.any_word("meta_phrases")
        if meta.search(head) and len(parts) > 1:
            text = parts[1]  # ("… points the other way: thirty minutes away from the screen pays for itself")
        elif len(content_tokens(head, ctx.article.lang)) >= MIN_CORRECTION_WORDS:
            text = head
        if meta.search(text) or AUTHOR.search(text) or any(named(name, text) for name in ctx.story_names):
            continue  # ("Here are answers to the questions …": no correction, an announcement; "जिन माँओं से हमने
            # बात की …": the author's "we" in an option; "शबाना का अनुभव कहता है कि …": a woman of the article's
            # story, whom the question never met, round 37's held-out F1)
        if len(content_tokens(text, ctx.article.lang)) >= MIN_CORRECTION_WORDS and len(text.split()) <= MAX_WORDS \
                and stands_alone(ctx, _named_by_belief(_unpointed(ctx, text), belief)) \
                and not stems_of(ctx, text) >= stems_of(ctx, belief) \
                and source not in ctx.closing and _statement(ctx, text, source):
            return _lowered(text), source
    return None


ASIDE = re.compile(r",\s*(?:though|however|in fact|actually),\s*", re.IGNORECASE)
AUTHOR = compile_nfc(r"(?<!\S)(?:हम|हमने|हमें|हमारे|हमारी|हमारा|we|our|us)(?!\S)", re.IGNORECASE)


def _unpointed(ctx: Context, text: str) -> str:
    """The correction without an opening word that names the belief ("इसका असर लड़ाई से कहीं ज़्यादा …", "यही सोच
    एनीमिया को … छिपाए रखती है", "It helps, but …"): the stem says the belief just before it, so the word points
    at something the question holds. Any other pointing word still counts."""
    match = _pointer(ctx).match(text)
    return text[match.end():] if match else text


def _named_by_belief(text: str, belief: str) -> str:
    """The correction without a pointing word whose noun the belief names ("पर सही योजना से यह बोझ बँट सकता है"
    after "देखभाल का सारा बोझ …", "this fear" after "… fear that …"): the stem states the belief just before it."""
    named = {w.strip(".,;:!?।").lower() for w in belief.split()}
    return BELIEF_POINTER.sub(lambda m: m.group(2) if m.group(2).lower() in named else m.group(0), text)


BELIEF_POINTER = compile_nfc(r"(?<!\S)(यह|ये|वह|this|that|these|those)\s+(\S+)", re.IGNORECASE)


def _pointed(ctx: Context, belief: str) -> bool:
    """True for a belief that names what the sentence before it said ("ज़्यादातर मामलों में इसके पीछे बुरी नीयत
    होती है": behind what?); the stem tells the belief alone."""
    return bool(ctx.language.lexicon.any_word("belief_pointers").search(belief))


def _pointer(ctx: Context) -> re.Pattern[str]:
    return lexicon_pattern(ctx.language.code, "belief_pointers", r"^(?:{words})(?=\s|,)")


def _denial(ctx: Context, sentence: str) -> tuple[str, str] | None:
    """(the sentence that denies a claim, as said, and itself): "सैलरी पर बात करना बदतमीज़ी नहीं, बल्कि … है"."""
    text = _opening(ctx).sub("", sentence.strip()).rstrip(".।!")
    if len(text.split()) > MAX_WORDS or not stands_alone(ctx, text) or not _statement(ctx, text, sentence):
        return None
    return _lowered(text), sentence


def _contrast(ctx: Context) -> re.Pattern[str]:
    return lexicon_pattern(ctx.language.code, "contrast_openers", r"^\s*[,;]?\s*(?:{words})\s+(?P<rest>.+)$")


def _opening(ctx: Context) -> re.Pattern[str]:
    return lexicon_pattern(ctx.language.code, "correction_openers", r"^(?:{words}),?\s+")


def _hedged(ctx: Context, section_id: str, index: int, correction: tuple[str, str]) -> bool:
    """True when the article answers the belief for most cases only ("असल में ज़्यादातर मामलों में उल्टा होता है",
    "a certificate is rarely a condition"): "she is partly right: in some cases …" is then true too (round 33's
    development item 6). Who holds the belief ("ज़्यादातर लोग मानते हैं …") is no hedge of the answer."""
    told, source = correction
    sentences = ctx.article.section(section_id).sentences
    last = sentences.index(source) if source in sentences[index + 1:] else index
    hedges = ctx.language.lexicon.any_word("hedging_words")
    return bool(hedges.search(told)) or any(hedges.search(sentence) for sentence in sentences[index + 1:last + 1])


def _lowered(text: str) -> str:
    """An English sentence lowered at its start to follow a colon ("When routine …" → "when routine …")."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.isascii() and (first[1:].islower() or first == "A") else text


def _question(ctx: Context, section_id: str, index: int, frame: str | None, belief: str,
              correction: tuple[str, str], denied: bool = False) -> Candidate | None:
    """The question on her friend's ``belief``; a belief the article only ``denied`` ("A returnship is not a
    permanent job") is not called a common mistake in its feedback (round 26's held-out item 43)."""
    name = ctx.persona(section_id, index, "myth")
    setting = frame.format(name=name) if frame else ctx.say("belief_setting", name=name)
    first = belief.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in ctx.language.lexicon.determiners:
        belief = belief[:1].lower() + belief[1:]  # ("believes that a returnship is …": round 26's held-out item 43)
    values = {"belief": belief, "correction": correction[0], "source": correction[1]}
    right = Option(ctx.say("myth_key", **values), ctx.say("right_source", source=correction[1]))
    agreed = "myth_denied_feedback" if denied else "myth_agree_feedback"
    wrong = [Option(ctx.say("myth_agree", **values), ctx.say(agreed, **values)),
             Option(ctx.say("myth_partly_belief", **values), ctx.say("myth_partly_feedback", **values)),
             Option(ctx.say("myth_other", **values), ctx.say("myth_other_feedback", **values))]
    if ctx.language.lexicon.any_word("all_or_most").search(belief) or _hedged(ctx, section_id, index, correction) \
            or ctx.language.lexicon.any_word("clause_joiners").search(belief):  # ("कुछ हालात में अच्छा स्वाद ही काफ़ी
        # है और decoration तो … आ जाएगा, हर बार नहीं": two claims narrowed at once; round 37's held-out D1)
        del wrong[1]  # ("कुछ हालात में ज़्यादातर … होता है, हर बार नहीं", "in some cases any job … means …, though not
        # in all": a belief about most or all narrowed to some cases contradicts itself; rounds 28 and 29's held-out
        # readings called it incoherent every time)
    options, answer = shuffle(right, wrong, ctx.rng(section_id, "myth", index))
    stem = ctx.say("myth_stem", setting=setting, belief=belief)
    question = ctx.question(section_id, "scenario", stem, [(o.text, o.feedback) for o in options], answer,
                            correction[1], form="myth")
    return Candidate(question, WEIGHT + length_balance(list(question.options)), "myth")
