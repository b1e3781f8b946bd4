"""Benefit questions: a benefit has come true for the persona; which of the article's benefits is it?"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.lexicon import lexicon
from ..language.senses import share
from ..model import Section
from ..text import compile_nfc
from .blind import marked
from .claims import bullet_lines, known_words
from .context import Candidate, Context
from .keywords import content_tokens, stem
from .links import WITHOUT, goes_away, harmful, obliged, without_reason
from .listicle import benefit_headings, moment_heading
from .options import Option, shuffle
from .recall import POINTED_THING
from .scenario import CONDITION, benefit_article, story_name, topic_frame
from .tip_situation import numbers
from .tips import closing_heading, failing, how_heading


def _distinctive_stems(ctx: Context, text: str) -> set[str]:
    """Stems of the text's content words that are not verbs and occur in at most half the sections."""
    analyse = getattr(ctx.lang, "analyse", None)
    limit = max(1, len(ctx.article.sections) // 2)
    found = set()
    for token in content_tokens(text, ctx.article.lang):
        if ctx.spread.get(stem(token), 0) <= limit and not (analyse and analyse(token)):
            found.add(stem(token))
    return found


def _overlaps(ctx: Context, text: str, title: str) -> bool:
    """True when ``text`` and a heading share a distinctive word (a reader would match it)."""
    return bool(_distinctive_stems(ctx, text) & _distinctive_stems(ctx, title))


def _second_key(ctx: Context, told: str, title: str) -> bool:
    """True when another benefit's heading shares a distinctive word with the told moment that is not the article
    title's (the frame every moment opens with, "… has got a D.Pharm after working at a chemist's counter", names no
    benefit: round 36's development batch lost "Jobs Beyond the Retail Counter" as a wrong answer to it)."""
    titled = _distinctive_stems(ctx, ctx.article.title or "")
    return bool((_distinctive_stems(ctx, told) - titled) & _distinctive_stems(ctx, title))


ITS = re.compile(r"(?<!\S)(?:इसका|इसकी|इसके|इनका|इनकी|इनके|its)(?!\S)")  # ("… में इसका ब्योरा मिल गया": what?)
LATER = re.compile(r"^(?:Some time later,\s+|कुछ समय बाद\s+)")
BARE_MORE = re.compile(r"\b(?:more|less|fewer)[.!]?$", re.IGNORECASE)  # (a moment that ends on "more" names no
# thing of hers: "she bought more")


def _told(ctx: Context, achieved: str, name: str) -> str:
    """The benefit after what the persona did: the article's title told of her ("Seema has started keeping a
    journal. Some time later, she …"); without one, the benefit alone ("Suman closed the day …": "some time
    later" than nothing dangles)."""
    frame = topic_frame(ctx)
    if frame:
        return f"{ctx.language.begun_frame(frame).format(name=name)} {ctx.story.pronominalize(achieved, name)}"
    rest = LATER.sub("", achieved)
    return rest[:1].upper() + rest[1:]


def benefit_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """One candidate per reading whose effect can be told as already achieved, in an article of benefits; where
    no reading can, one per sentence of the section that shows the benefit as the persona's present."""
    if not benefit_article(ctx):
        return []  # (among a tip article's headings, steps, "which benefit?" has no benefit to name: readers
        # judged all eleven such items of two unseen readings unacceptable)
    if "benefit_sections" not in ctx.memo:
        headed = [s for s in ctx.article.headed_sections if not closing_heading(ctx, s)]
        ctx.memo["benefit_sections"] = (headed, [s for s in headed if s in benefit_headings(ctx)])  # (a tip or
        # a question heading is no benefit)
    headed, benefits = ctx.memo["benefit_sections"]
    section = ctx.article.section(section_id)
    if len(headed) < 3 or section not in headed or how_heading(ctx, section.title or "") \
            or moment_heading(ctx.language, section.title or ""):
        return []  # (under "शुरुआत कैसे करें" a result come true is the example of no benefit: reading107 item 119;
        # nor under "Contract लेने से पहले", a moment, round 35's held-out F29)
    found = []
    seeming = ctx.language.lexicon.any_word("seeming")
    for index, reading in enumerate(ctx.readings[section_id]):
        name = ctx.persona(section_id, index, "benefit")
        achieved = ctx.lang.achieved(reading.causal, name)
        if achieved and _overlaps(ctx, achieved, section.title or ""):
            achieved = _without_means(achieved)  # ("stayed active without paying for a gym …" under "Daily Exercise
            # Without a Gym": the gain, not how it spares the heading's words; round 34's held-out aside314 s5)
        if achieved and BARE_MORE.search(achieved):
            achieved = None  # ("Some time later, she bought more": more what? round 36's held-out G11)
        if achieved and not _overlaps(ctx, achieved, section.title or "") \
                and not _grows_bad(ctx, reading.causal.effect) and not seeming.search(reading.causal.effect) \
                and not ctx.story.dangling(achieved) and not failing(ctx, reading.causal.cause) \
                and not ctx.story.leans_on_context(achieved, known_words(ctx.known_title)) \
                and not ITS.search(achieved) and not POINTED_THING.search(f" {achieved}") \
                and _hers(ctx, achieved, name) and not _others_gain(ctx, reading.causal.effect) \
                and not (obliged(ctx, reading.causal.effect) and not goes_away(ctx, reading.causal.effect)):
            # ("… रेट थोड़ा कम रखना पड़ता है": a burden that comes with it, no benefit come true; round 31's D22)
            # (its own heading's word: a match; a cost, or what "may seem" so, is no benefit come true; nor what a
            # neglect brings, "बिल समय पर न भरने से … आउटगोइंग बंद हो सकता है": reading119 item 139; nor "… में इसका
            # ब्योरा मिल गया", which names what only the sentence before says)
            found += _asked(ctx, section_id, benefits, _told(ctx, achieved, name), reading.causal.sentence, index,
                            2.0 - 0.02 * len(achieved.split()))
    return found or _shown_candidates(ctx, section_id, headed)


def _without_means(told: str) -> str | None:
    """The told gain without its "without …"/"बिना …" clause or a closing ", when …" one ("… at the moment she
    handed the phone back, when the customer is still thinking about what the repair cost them": round 42's
    repair-shop s1, whose heading is "… Every Repair Customer"), where enough of it is left, else None."""
    cut = WITHOUT.sub("", told).replace(" .", ".").replace(" ।", "।").strip()
    if cut == told:
        cut = CLOSING_WHEN.sub(lambda m: m.group(1) or "", told)
    return cut if cut != told and len(cut.split()) >= MIN_RESULT_WORDS else None


CLOSING_WHEN = compile_nfc(r",\s+(?:when|while|जब)\s[^,.।]*?([.।]?)$", re.IGNORECASE)


def _hers(ctx: Context, told: str, name: str) -> bool:
    """True when the benefit told as come true is the persona's ("Some time later, Anjali's manager noticed her
    work"), not another's ("… the Suryamitra programme trained women and men …", "… a ticket clerk moved up …": round
    31's held-out D41, E38, in which she played no part)."""
    return name in told or bool(ctx.language.lexicon.any_word("persona_pronouns").search(told))


def _others_gain(ctx: Context, effect: str) -> bool:
    """True for a result that many others get ("कई पशुपालक दाने की मात्रा … घटा पाते हैं", "Many owners recover the cost
    …"): told as what she found, it is theirs, not hers (round 37's held-out B64: "ज्योति … पाया कि कई पशुपालक …").
    Not "हर महीने …", "every week …": each time, no other people."""
    words = effect.strip().split()
    opener = ctx.language.lexicon.any_word("generic_openers").match(effect.strip())
    return opener is not None and opener.group(0).lower() not in ctx.language.lexicon.every_words \
        and len(words) > 2 \
        and not words[len(opener.group(0).split())].lower().startswith(ctx.language.lexicon.time_nouns)



def _grows_bad(ctx: Context, effect: str) -> bool:
    """True for a cost or a bad thing told without a negation ("एक प्लेट का ख़र्च … 300 रुपये तक पहुँच जाता है"):
    what the step's absence costs, no benefit come true. (A negated effect, "you no longer depend on gossip", is a
    problem gone; :func:`harmful` weighs those by other words.)"""
    lang = ctx.article.lang  # ("engine की घिसावट कम होती है": less of a bad thing is a benefit)
    named = any(word in effect for word in ctx.language.lexicon.come_true_harms)  # ("छोटी पौध … गलकर गिर जाती है":
    # the trouble the topic ends, told as come true; round 42's batch D, item 29)
    return (harmful(ctx, effect) or named) and not marked(effect, lang) and not marked(effect, lang, polarity=True)


def _asked(ctx: Context, section_id: str, headed: list[Section], told: str, source: str, index: int,
           score: float) -> list[Candidate]:
    """The question "which benefit is this?" on the told situation, the other benefits its wrong answers (none
    that shares a distinctive word with the situation: it would be a second key)."""
    others = [s for s in headed if s.id != section_id and not _second_key(ctx, told, s.title or "")]
    rng = ctx.rng(section_id, "benefit", index)
    rng.shuffle(others)
    others = _lures_first(ctx, told, others)
    if len(others) < 2:
        return []
    title = ctx.title(section_id)
    right = Option(title, ctx.say("benefit_right", title=title, source=source))
    wrong = [Option(s.title or "", ctx.say("benefit_wrong", title=s.title or "", source=source)) for s in others[:3]]
    options, answer = shuffle(right, wrong, rng)
    question = ctx.question(section_id, "benefit", ctx.say("benefit_stem", achieved=told),
                            [(o.text, o.feedback) for o in options], answer, source)
    return [Candidate(question, score + 0.2 * len(options))]


def _lures_first(ctx: Context, told: str, others: list[Section]) -> list[Section]:
    """The other benefits nearest the told moment first (in their shuffled order): those whose body talks of the
    moment's things (a word or two in common) or whose heading is of its field of meaning (money, time …) tempt one
    who skimmed; one whose body shares most of the moment's words is left out (a second key). Round 35's strict
    readers: "the one tempting section (कम पूँजी) is not an option", "the tempting heading is not offered"."""
    moment = _distinctive_stems(ctx, told)
    kept = []
    for section in others:
        shared = len(_distinctive_stems(ctx, section.text) & moment)
        if shared >= 3 and 2 * shared >= len(moment):
            continue
        kept.append((min(2, shared) + 2 * share(told, section.title or "", ctx.article.lang), section))
    return [section for _, section in sorted(kept, key=lambda pair: -pair[0])]


SHOWN_WORDS = 32  # a longer situation is hard to hold while comparing options on a phone
PLACEHOLDER = {"hi": "सरिता", "en": "Sarita"}


def _shown_candidates(ctx: Context, section_id: str, headed: list[Section]) -> list[Candidate]:
    """Sentences of the section that tell what the reader gets, told of the persona in the present (after what
    she has started, from the title): "Asha is learning Excel at work. With formulas doing the arithmetic, she
    no longer worries …". Not one that repeats a distinctive word of its own heading (the reader would match
    the word), names a loss, leans on a sentence before it, or is too long."""
    section = ctx.article.section(section_id)
    placeholder = PLACEHOLDER.get(ctx.article.lang, PLACEHOLDER["en"])
    benefits = [s for s in headed if s in benefit_headings(ctx)]  # (a tip heading is no benefit to mistake it for)
    if topic_frame(ctx) is None or section not in benefits:
        return []  # (without what she has started, the situation shows a benefit of nothing)
    found = []
    listed = bullet_lines(section)
    for index, sentence in enumerate(section.sentences):
        if any(sentence.strip() == line.strip() for line in listed if line):
            continue  # ("- Sarees with ready tassels or cutwork edges that must not be caught in the pico": a list's
            # item, no sentence; round 35's held-out D42 told "Now sarees with …")
        if LACKING.match(sentence):
            continue  # ("Without one, you wait at the back of the queue …": what she would suffer without the topic,
            # told as come true; round 35's held-out B43)
        result = _without_opener(sentence, ctx.language.lexicon.result_openers)
        linked = without_reason(ctx, ctx.lang.linked_effect(sentence) or "") if result == sentence else ""
        if len(linked.split()) >= MIN_RESULT_WORDS \
                and not ctx.language.lexicon.any_word("also_words").search(linked):
            result = _sentence_case(linked) + (sentence.rstrip()[-1] if sentence.rstrip()[-1:] in ".।!" else ".")
            # ("This lets you earn more from the same hours at the stall": what the topic she took up brings, told
            # of her; round 33's held-out aside304 had no "which benefit" question in six sections. Not "… समय भी
            # ठीक हो जाता है": one more result of what the sentence before named)
        for told_part in _parts(result, ctx.language.lexicon.demonstratives):
            gone = result == sentence and not ctx.story.shown(told_part, placeholder) \
                and _burden_gone(ctx, told_part)  # (a burden gone, "Courier office के चक्कर अब नहीं लगाने पड़ते",
            # is what the topic brings, told alone; round 35's development batch had no "which benefit" question)
            trial = ctx.story.shown(told_part, placeholder) or (_now(ctx, told_part) if result != sentence or gone
                                                                else None)
            if not trial or len(trial.split()) > SHOWN_WORDS or _overlaps(ctx, trial, section.title or "") \
                    or (harmful(ctx, trial) and trial != _now(ctx, told_part) and not NO_LONGER.search(trial)) \
                    or ctx.story.leans_on_context(trial, known_words(ctx.known_title)) \
                    or POINTED_THING.search(f" {trial}"):  # (a problem gone, "… बेकार नहीं जाता", is told by
                # :func:`_now`, which weighs its negation; "she built this network quietly": which? held-out E49)
                continue
            name = ctx.persona(section_id, "shown", index)
            told = ctx.story.shown(told_part, name) or _now(ctx, told_part) or trial
            found += _asked(ctx, section_id, benefits, _told(ctx, told, name), sentence, 100 + index,
                            (1.0 if gone else 1.5) - 0.02 * len(told.split()))  # (after any told of her)
            break
    return found


NO_LONGER = compile_nfc(r"\bno longer\b", re.IGNORECASE)  # ("Sarita no longer spends her mornings answering the same
# question ten times": a burden stopped, not a harm; round 36's held-out D, van s1)
REPORTED = compile_nfc(r"(?<!\S)(?:बताती|बताते|बताता|कहती|कहते|कहता) (?:है|हैं) कि|\b(?:says?|said|reports?|tells?)\s+"
                       r"(?:that\s+)?", re.IGNORECASE)  # ("अब फ़रहीन बताती है कि …": hers, told by another)


LACKING = compile_nfc(r"^(?:without|lacking|in the absence of)\b|^(?:इसके|इनके|उसके)?\s*बिना\s|^(?:इसके|इनके) अभाव में",
                      re.IGNORECASE)


def _burden_gone(ctx: Context, sentence: str) -> bool:
    """True for a sentence that tells a burden gone ("… के चक्कर अब नहीं लगाने पड़ते", "you no longer have to …", "…
    Revise करने की झंझट नहीं रहती": round 42's batch C had no "which benefit" item in six sections), of
    nobody the article reports on ("बहुत-से परिवार बताते हैं कि …": theirs, not hers) and no problem before ("…
    तकाज़ा करना मुश्किल होता है")."""
    words = ctx.language.lexicon
    return marked(sentence, ctx.article.lang) and (obliged(ctx, sentence) or _burden_absent(ctx.language.code)
                                                   .search(sentence) is not None) \
        and not words.any_word("reporting").search(sentence) and not REPORTED.search(sentence) \
        and not CONDITION.search(sentence) and not ctx.story.names_a_third(sentence) \
        and not story_name(ctx, sentence)


@lru_cache(maxsize=8)
def _burden_absent(code: str) -> re.Pattern[str]:
    """A burden noun told absent ("… की झंझट नहीं रहती", "… की नौबत भी नहीं आती"; ``burden_nouns``, ``burden_absent``)."""
    words = lexicon(code)
    nouns = "|".join(re.escape(w) for w in words.burden_nouns) or r"(?!)"
    absent = "|".join(re.escape(w) for w in words.burden_absent) or r"(?!)"
    also = "|".join(re.escape(w) for w in words.also_words) or r"(?!)"
    return compile_nfc(rf"(?:{nouns})\s+(?:(?:{also})\s+)?(?:{absent})")


def _sentence_case(text: str) -> str:
    """The text with its first letter capitalised ("a weekend course lets her …" opens a sentence of the stem)."""
    return text[:1].upper() + text[1:]


def _now(ctx: Context, result: str) -> str | None:
    """A result the topic brings, told of nobody ("Wholesale market से खरीदा गया माल बेकार नहीं जाता …"), as how things
    stand now for the persona who took it up ("अब wholesale market से …"); None for one that speaks to the reader
    (:meth:`shown` tells those of her) or names a loss."""
    if ctx.lang.addresses_reader(result) or (harmful(ctx, result) and not goes_away(ctx, result)) \
            or ctx.story.dangling(result) or ctx.story.names_a_third(result) or numbers(result) \
            or story_name(ctx, result):
        return None  # (not "इससे आँखें सूखने लगती हैं …", a harm, whatever its "कभी-कभी"; not what other women have;
        # not an amount, "इससे करीब एक किलो सूखी मेथी बनती है", whose base the sentence before names: round 32's D25)
    now = ctx.say("shown_now", result="").strip().lower()  # ("Courier office के चक्कर अब नहीं लगाने पड़ते": its own
    if now and now in result.lower().split():  # "अब" already; round 35's dev batch read "अब … अब …")
        return result
    return ctx.say("shown_now", result=result[:1].lower() + result[1:] if result[1:2].islower() else result)


RESULT_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:so|so that|जिससे|इसलिए)\s+", re.IGNORECASE)


def _without_opener(sentence: str, openers: tuple[str, ...]) -> str:
    """The sentence without the words that point its result back to the sentence before ("इससे wholesale market से
    खरीदा गया माल बेकार नहीं जाता" → "Wholesale market से …"; "This way, …"): in an article of benefits what it points
    to is the topic she has taken up, which the stem names (round 32's development aside291, whose sections' results
    all opened so: "its step or result names something only an earlier sentence says")."""
    for opener in openers:
        after = sentence[len(opener):len(opener) + 1]
        if sentence.startswith(opener) and (after == "," or (after == " " and not opener.isascii())):  # ("Thanks to
            # this pattern, …" opens on no result opener: English ones end on their comma)
            rest = sentence[len(opener):].lstrip(" ,")
            return rest[:1].upper() + rest[1:] if len(rest.split()) >= MIN_RESULT_WORDS else sentence
    pointed = POINTED_OPENER.match(sentence)  # ("With this arrangement, you can plan your rounds …": the job's
    if pointed and len(sentence[pointed.end():].split()) >= MIN_RESULT_WORDS:  # arrangement the stem names; round
        rest = sentence[pointed.end():]  # 34's held-out aside314 s1 had no question for its leaning pointer)
        return rest[:1].upper() + rest[1:]
    return sentence


POINTED_OPENER = compile_nfc(r"^(?:(?:with|thanks to|because of|through)\s+(?:this|that|these|such an?)\s+[a-z-]+"
                             r"(?:\s+[a-z-]+)?,\s+|(?:इस|इन|ऐसी|ऐसे|ऐसा)\s+\S+(?:\s+\S+)?\s+(?:की वजह से|की बदौलत|"
                             r"के कारण|के चलते),?\s+)", re.IGNORECASE)


def _parts(sentence: str, demonstratives: tuple[str, ...] = ()) -> list[str]:
    """The sentence, then its result clause alone ("A stronger core shares that load, so [the familiar evening ache
    starts later …]"): where the cause leans on the sentence before ("that load"), what it brings may not."""
    found = RESULT_CLAUSE.search(sentence)
    if not found or len(sentence[found.end():].split()) < MIN_RESULT_WORDS:
        return [sentence]
    rest = sentence[found.end():]
    parts = [sentence, rest[:1].upper() + rest[1:]]
    head = [w.lower() for w in sentence[:found.start()].split()[:-1]]  # (a word before its noun)
    points = any(w in demonstratives for w in head)
    return parts[::-1] if points else parts  # ("that load": the result alone)


MIN_RESULT_WORDS = 5
