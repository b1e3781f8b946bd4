"""The article's cause → effect links, and which of them may stand as distractors for one another.

A link is a reading of one sentence ("talk to people beyond your team → new opportunities"). Another
link is a fair distractor for a question about this one when it is a *different step with a different
result*: the article ties its result to its own step, so the key stays the one defensible answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import language
from ..language.lexicon import lexicon
from ..model import Section
from ..text import compile_nfc
from .blind import marked, sounded
from .context import Context, Reading
from .keywords import content_tokens, stem, word_stems

ACTING_KINDS = ("reader", "verbal", "imperative")
# Word lists (problems whose absence is a benefit, bad things that may shrink, change verbs, words of one
# meaning) are the language's: netquiz/language/words/<code>.json.


WITHOUT = re.compile(r"\b(?:without|बिना)\b[^,।.]*", re.IGNORECASE)


def all_readings(ctx: Context) -> list[Reading]:
    """Every reading of the article, in section order."""
    return [r for section in ctx.article.sections for r in ctx.readings[section.id]]


def stems_of(ctx: Context, text: str) -> frozenset[str]:
    """Content-word stems of ``text`` without the article's topic word."""
    return _stems(text, ctx.article.lang, ctx.topic or "")


@lru_cache(maxsize=65536)
def _stems(text: str, lang: str, topic: str) -> frozenset[str]:
    words = frozenset(_meaning(stem(t), lang) for t in content_tokens(text, lang))  # (tokens are lower-cased)
    return words - {stem(topic) if topic else ""}




@lru_cache(maxsize=16384)
def _meaning(word: str, lang: str) -> str:
    """A stem that starts with one of a group's words stands for the group ("थकान दूर होगी" / "ऊर्जा लौट
    आएगी" say one thing; no reader tells them apart)."""
    return language(lang).lexicon.meaning(word)


def specific(ctx: Context, reading: Reading) -> bool:
    """True when the cause is a concrete step someone takes (see :func:`_specific`); memoised per bank."""
    key = ("specific", reading)
    if key not in ctx.memo:
        ctx.memo[key] = _specific(ctx, reading)
    return bool(ctx.memo[key])


def _specific(ctx: Context, reading: Reading) -> bool:
    """True when the cause is a concrete step someone takes (not just "networking" in general) and the
    effect is something that happens to her (not a passive "attention is paid to …")."""
    causal = reading.causal
    return (causal.cause_kind in ACTING_KINDS and bool(stems_of(ctx, causal.cause))
            and not ctx.lang.is_passive(causal.effect) and not harmful_result(ctx, reading)
            and not (causal.cause_kind == "verbal"
                     and causal.cause.split()[-1].startswith(ctx.language.lexicon.change_verbs)))


def without_reason(ctx: Context, result: str) -> str:
    """The result without the reason clause after it ("…, because most of the work is done in …", "…, क्योंकि …": the
    language's ``because_words``): what comes true, or goes wrong, is the answer; why is the article's to tell."""
    for word in ctx.language.lexicon.because_words:
        head, found, _ = result.partition(f" {word} ")
        if found:
            return head.rstrip(" ,")
    return result


def harmful(ctx: Context, effect: str) -> bool:
    """True when the effect is a loss (a negative change of something that is not itself bad); a negated
    effect is a benefit stated as a problem that goes away (memoised per bank: a result is asked of as a key,
    a distractor and a step's harm)."""
    key = ("harmful", effect)
    if key not in ctx.memo:
        ctx.memo[key] = _harmful(ctx, effect)
    return bool(ctx.memo[key])


def main_clause(ctx: Context, effect: str) -> str:
    """The result without a condition that opens it ("रात में अचानक अस्पताल जाना पड़े तो डॉक्टर को तुरंत पता चल जाता है
    …" → "डॉक्टर को …"): the condition's burden, "जाना पड़े", is no part of what the step brings (round 37's held-out
    D, medicines s7, was refused as a harm)."""
    words = ctx.language.lexicon
    for then in words.then_words:
        first, joined, rest = effect.partition(f" {then} ")
        if joined and first.split() and first.split()[-1] in words.subjunctive_ends and len(rest.split()) >= 3:
            return rest
    return effect


def _harmful(ctx: Context, effect: str) -> bool:
    effect = WITHOUT.sub("", main_clause(ctx, effect))  # "you stay helpful without giving up your hours": no loss
    words = ctx.language.lexicon
    if words.any_word("catching_words").search(effect) and words.any_word("in_time_words").search(effect):
        return False  # "you catch a fall early", "you hear about a missed meal … before the session": a bad thing
        # found in time is a benefit (round 34's development batch: both refused as wrong answers, as losses);
        # not "you catch a cold"
    first, joined, rest = _joined(ctx, effect)
    if joined and ctx.story.gains(first) and not harmful(ctx, first) and not _grows_bad(ctx, rest):
        return False  # "client का भरोसा बढ़ता है और … menu बदलने की फ़रमाइशें कम आती हैं": a gain, then a second
        # benefit told as fewer of something (the fewer, of words no list names a problem, read alone as a loss)
    if marked(effect, ctx.article.lang):  # a problem that goes away ("चर्चा भटकती नहीं", "no longer miss") is
        return not names_problem(ctx, effect) and not obliged(ctx, effect)  # a benefit ("… अर्ज़ी नहीं लिखनी
        # पड़ती": no longer a burden); "भरोसा नहीं होता" a harm
    if obliged(ctx, effect):
        return True  # "advance tax भी भरना पड़ सकता है": a burden that comes with it
    if _grows_bad(ctx, effect):
        return True  # "पेट भारी रहता है और acidity बढ़ती है": a bad thing that grows
    return marked(effect, ctx.article.lang, polarity=True) \
        and not names_problem(ctx, effect)  # "fewer decisions you regret"


def feature_cause(ctx: Context, reading: Reading) -> bool:
    """True for a cause told as something that comes with the topic ("पैसा समय पर आने", "शिफ्ट पहले से तय होने",
    "Having fixed hours"): in a benefit article, no step she takes (see ``scenario``)."""
    words = reading.causal.cause.split()
    feature = ctx.language.lexicon.feature_words
    return bool(words) and (words[-1] in feature or words[0].lower() in feature)


def sets_in(ctx: Context, effect: str) -> bool:
    """True when a bad thing grows or sets in ("acidity बढ़ती है", "you get headaches and eye strain")."""
    return _grows_bad(ctx, effect)


def _grows_bad(ctx: Context, effect: str) -> bool:
    """True when a bad thing grows in ``effect`` ("acidity बढ़ती है")."""
    lower, words = effect.lower(), ctx.language.lexicon
    if any(w in lower for w in words.growth_words):
        return names_problem(ctx, effect)
    return bool(words.onset_words) and not marked(effect, ctx.article.lang, polarity=True) \
        and bool(_onset(ctx.article.lang).search(lower))  # ("कलाई में खिंचाव आता है": a bad thing sets in, round
    # 29's first held-out batch keyed a break to wishing for it; "शिकायत कम आती है" is fewer of it, "खर्च … से निकल
    # आता है" no onset of the cost)


@lru_cache(maxsize=4)
def _onset(lang: str) -> re.Pattern[str]:
    """A bad thing named right before a verb of its setting in ("खिंचाव आता है", "दर्द लौट आते हैं")."""
    words = lexicon(lang)
    bad = "|".join(re.escape(w) for w in sorted({*words.bad_things, *words.problems}, key=len, reverse=True))
    onset = "|".join(re.escape(w) for w in words.onset_words)
    after = "|".join(re.escape(w) for w in (*words.onset_words, *words.onset_after_words))  # ("बीमारी तक हो सकती
    # है"; not "हो जाता है और घाटे …", where the bad thing comes after, round 39's snapshot)
    lingering = "|".join(re.escape(w) for w in words.lingering) or "(?!)"
    return compile_nfc(rf"(?:{bad})\S*(?:\s+\S+){{0,7}}?\s+(?:(?:can|may|will|often)\s+)?(?:{lingering})|"
                       # ("Work-related asthma that is left for years can stay with you": round 32's held-out C56)
                       rf"(?:{bad})\S*\s+(?:(?:लौट|फिर से|भी|दोनों|तक)\s+)?(?:{after})|"
                       rf"(?<!\S)(?:{onset})\s+(?:\S+\s+){{0,2}}?(?:{bad})")  # ("… end up with headaches and eye
    # strain": the verb first, as English puts it; round 30's held-out item C39 keyed a step to wishing for it)


def _joined(ctx: Context, effect: str) -> tuple[str, bool, str]:
    """The effect's first clause, whether a joining word that is no contrast ("और", "and"; not "पर", "but")
    follows it, and the rest."""
    words = ctx.language.lexicon
    found = words.any_word("clause_joiners").search(effect)
    head = effect[:found.start()].rstrip() if found else ""
    if not found or "," in head.removesuffix(",") or words.any_word("contrast_openers").fullmatch(found.group()):
        return effect, False, ""  # (", और फिर …" joins a clause; "a, b और c" is a list)
    if head.endswith(","):
        return head[:-1].strip(), True, effect[found.end():].strip()
    return effect[:found.start()].strip(), True, effect[found.end():].strip()


def harmful_result(ctx: Context, reading: Reading) -> bool:
    """:func:`harmful` of the reading's result, but never of a purpose clause's: "…, ताकि सफर ऑफिस का extension न
    बन जाए", "… so that nothing slips behind you" name what the step is *for*, a wish by the sentence's own shape,
    whatever words it avoids (reading the negation as a loss had left 29 such steps without a question)."""
    return reading.causal.pattern != "purpose" and harmful(ctx, reading.causal.effect)


def goes_away(ctx: Context, effect: str) -> bool:
    """True for a benefit stated as a problem or a burden that goes away ("कोई खींचतान नहीं होती", "you no
    longer miss …", "chips का सहारा नहीं लेना पड़ता"); never a risk run ("… मियाद खत्म होने का खतरा रहता है": what
    ends is what the risk is of; round 43's batch D, item 36)."""
    if any(word in effect.lower() for word in ctx.language.lexicon.risk_words):
        return False
    if marked(effect, ctx.article.lang) and obliged(ctx, effect):
        return True
    return marked(effect, ctx.article.lang, polarity=True) and names_problem(ctx, effect)  # ("सुस्ती कम होती है")


def obliged(ctx: Context, effect: str) -> bool:
    """True for a result that is a burden ("advance tax भरना पड़ सकता है", "you have to …"), negated or not."""
    return any(word in f"{main_clause(ctx, effect)} " for word in ctx.language.lexicon.obligations)


def names_problem(ctx: Context, effect: str) -> bool:
    """True when ``effect`` names a problem or a bad thing ("गर्दन में खिंचाव", "झंझट"), whatever becomes of it."""
    words, lower = ctx.language.lexicon, effect.lower()
    return any(p in lower for p in words.problems) or any(p in lower for p in words.bad_things) \
        or (any(p in lower for p in words.states_not_setting_in) and not any(p in lower for p in words.no_difference))
    # ("त्वचा रूखी नहीं पड़ती": a state that does not set in, whatever its word; "फ़र्क नहीं पड़ता" is none)


def general(ctx: Context, reading: Reading) -> bool:
    """True for a link whose step is the article's activity in general ("नेटवर्किंग के जरिए …")."""
    causal = reading.causal
    return (causal.cause_kind == "noun" and ctx.lang.is_activity(causal.cause)
            and not ctx.lang.is_passive(causal.effect) and not harmful_result(ctx, reading))


def echo(ctx: Context, told: str, key: str, others: list[str], known: frozenset[str] = frozenset()) -> bool:
    """True when the key repeats a word of what the stem tells that no other option repeats ("she hopes to turn
    her manager into an ally" → "Tell her manager …", a quote "… a blank page …" under "Faster First Drafts"):
    a reader matches the word (the article's topic word aside, and ``known`` words, the title's)."""
    shared = (stems_of(ctx, told) & stems_of(ctx, key)) - known - _weak_echoes(ctx)  # ("नया Tag लगवाती है" and
    # "Policy में नया नंबर दर्ज …": "नया" tells nobody which is the key; round 38's held-out A, insurance s4)
    if shared - frozenset().union(*(stems_of(ctx, o) for o in others)):
        return True
    roots = ctx.language.word_roots
    if (roots(told) & roots(key)) - roots(ctx.article.title or "") - frozenset().union(*(roots(o) for o in others)):
        return True  # one verb told as a verbal noun in the wish, a noun in the key ("गिनना न पड़े", "गिनती के बंडल")
    lang = ctx.article.lang  # (a word the other script writes: "सिलेंडर" in the quote, "Cylinder" in the heading)
    told_deva, told_latin = sounded(told, lang)
    key_deva, key_latin = sounded(key, lang)
    heard = (told_deva & key_latin) | (told_latin & key_deva)
    if not heard:
        return False
    around = [*sounded(ctx.article.title or "", lang), *(part for o in others for part in sounded(o, lang))]
    return bool(heard - frozenset().union(*around))


def _weak_echoes(ctx: Context) -> frozenset[str]:
    """The stems of the language's ``weak_echoes`` (memoised per bank)."""
    if "weak_echoes" not in ctx.memo:
        ctx.memo["weak_echoes"] = frozenset().union(*(stems_of(ctx, w) for w in ctx.language.lexicon.weak_echoes))
    found: frozenset[str] = ctx.memo["weak_echoes"]
    return found


def echo_word(ctx: Context, told: str, key: str) -> str:
    """The first word of ``told`` that the key repeats (its stem, or its verb's root), for the facilitator's note."""
    shared = stems_of(ctx, told) & stems_of(ctx, key)
    roots = ctx.language.word_roots(key)
    return next((w for w in told.split() if stems_of(ctx, w) & shared or ctx.language.word_roots(w) & roots), "")


@lru_cache(maxsize=65536)
def akin(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two stem sets share a word, or words of one family ("भरोसा"/"भरोसेमंद", "visible"/"visibility")."""
    return bool(a & b) or bool(families(a) & families(b))


def akin_word(word: str, words: frozenset[str]) -> bool:
    """:func:`akin` of one word and a set (without a set made for the word: sums over words ask it of each)."""
    return word in words or (len(word) >= 4 and word[:4] in families(words))


@lru_cache(maxsize=65536)
def families(words: frozenset[str]) -> frozenset[str]:
    """The families of a stem set's words: the first four letters of each word of four or more (cached per bank:
    :func:`akin` asks it of one set against many)."""
    return frozenset(x[:4] for x in words if len(x) >= 4)


@lru_cache(maxsize=65536)
def overlaps(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when half the words of the shorter set are akin to words of the other ("manager को दिखे कि …" and
    "manager को याद रहे कि …" share one word of five: two results; "थकान दूर" and "थकान कम": one)."""
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and 2 * sum(akin_word(w, longer) for w in shorter) >= len(shorter)


def distinct(ctx: Context, mine: Reading, other: Reading) -> bool:
    """True when ``other`` is another step with another result (results that share less than half their
    words, another cause)."""
    if other is mine or other.section.id == mine.section.id:
        return False  # a section's results go together; only other sections' links are "other steps"
    mine_cause, mine_effect = stems_of(ctx, mine.causal.cause), stems_of(ctx, mine.causal.effect)
    other_cause, other_effect = stems_of(ctx, other.causal.cause), stems_of(ctx, other.causal.effect)
    if overlaps(other_effect, mine_effect) or overlaps(other_cause, mine_effect) or overlaps(other_effect, mine_cause):
        return False
    if other_cause <= mine_cause or mine_cause <= other_cause:  # one step contains the other
        return False
    shorter = min(len(other_cause), len(mine_cause))
    # "तेज़ कदमों से चलना" / "रोज़ आधा घंटा तेज़ चलना": one short step, told twice
    return not (shorter <= 3 and len(other_cause & mine_cause) * 2 >= shorter)


def unrelated(ctx: Context, mine: Reading, other: Reading) -> bool:
    """Stricter than :func:`distinct`: both are concrete steps (for true/false claims, where a general
    "networking brings everything" link would make any swapped result true)."""
    return specific(ctx, mine) and specific(ctx, other) and distinct(ctx, mine, other)  # (the memoised tests
    # first: the same verdict, and most of the cost of distinct spared where a step is no concrete one)


def others(ctx: Context, mine: Reading, strict: bool = False) -> list[Reading]:
    """The article's other links that may serve as distractors for ``mine`` (memoised per bank)."""
    key = ("others", mine, strict)
    if key not in ctx.memo:
        test = unrelated if strict else distinct
        ctx.memo[key] = [r for r in all_readings(ctx) if test(ctx, mine, r)]
    return list(ctx.memo[key])


def supported(ctx: Context, step: str, result: str) -> bool:
    """True when some sentence of the article, in any section, ties ``step`` to ``result`` (it holds at
    least half the content words of each): then ``result`` is no fair distractor for ``step``, nor ``step``
    for ``result`` (memoised per bank)."""
    key = ("supported", step, result)
    if key not in ctx.memo:
        ctx.memo[key] = _supported(ctx, stems_of(ctx, step), stems_of(ctx, result))
    return bool(ctx.memo[key])


def _supported(ctx: Context, step: frozenset[str], result: frozenset[str]) -> bool:
    if not step or not result:
        return False
    return any(2 * len(words & step) >= len(step) and 2 * len(words & result) >= len(result)
               for words in sentence_stems(ctx))


def sentence_stems(ctx: Context) -> list[frozenset[str]]:
    """:func:`stems_of` every sentence of the article, in order (memoised per bank: every pair of a step and a
    result :func:`supported` asks about goes through them all)."""
    if "sentence_stems" not in ctx.memo:
        ctx.memo["sentence_stems"] = [stems_of(ctx, sentence) for section in ctx.article.sections
                                      for sentence in section.sentences]
    found: list[frozenset[str]] = ctx.memo["sentence_stems"]
    return found


def the_topic(ctx: Context, step: str) -> bool:
    """True for a step that is the article's topic as its title names it ("Basic maintenance सीखने" under "… Car
    Maintenance सीखने के फ़ायदे", "Committee में काम करना" under "… Committee में शामिल होने के फ़ायदे"): it shares a
    word with the title and adds none but being there, so it answers every goal of the article."""
    words = word_stems(step, ctx.article.lang)
    if "title_stems" not in ctx.memo:
        ctx.memo["title_stems"] = word_stems(ctx.article.title or "", ctx.article.lang)
    titled: set[str] = ctx.memo["title_stems"]
    return bool(words & titled) and words - titled <= frozenset(ctx.language.lexicon.being_there)


def tells(ctx: Context, other: Section, said: frozenset[str]) -> bool:
    """True when a sentence of ``other`` section holds half the action's rarer words (two at least; words of
    three sections or more, "say", "something", tell nothing): its heading would be a second key."""
    rare = frozenset(w for w in said if ctx.spread.get(w, 0) <= RARE_SPREAD)
    return len(rare) >= 2 and any(2 * len(stems_of(ctx, sentence) & rare) >= max(len(rare), 3)
                                  for sentence in other.sentences)


RARE_SPREAD = 2
