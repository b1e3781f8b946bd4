"""Recall questions: cloze (fill the key term), attribution (which section), true/false (a step's link)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..language import language
from ..language.en_story import DETERMINERS as EN_DETERMINERS
from ..language.stopwords import ENGLISH
from ..model import Section
from ..text import compile_nfc, compile_words, has_devanagari, inside_quotations, tokens
from .claims import bullet_lines, known_words, pronoun_back
from .context import PERSONAS, Candidate, Context, Reading
from .keywords import content_tokens, stem, word_stems
from .links import all_readings, echo, harmful, specific, stems_of, unrelated
from .options import Option, shuffle
from .tips import closing_heading, failing


def _terms(ctx: Context, section_id: str, limit: int = 8) -> list[str]:
    key = ("terms", section_id, limit)
    if key not in ctx.memo:
        ctx.memo[key] = _find_terms(ctx, section_id, limit)
    return list(ctx.memo[key])


def _find_terms(ctx: Context, section_id: str, limit: int) -> list[str]:
    """The section's key nouns (not verbs, the topic, function words or names), best first."""
    terms = []
    names = _names(ctx)
    for term in _central_first(ctx, section_id):
        if len(term) >= 3 and not _is_verb(ctx, term) and term != ctx.topic and term.lower() not in names \
                and not (term.isascii() and term.lower() in ENGLISH) and word_class(ctx, term).endswith("NOUN"):
            terms.append(term)
        if len(terms) >= limit:
            break
    return terms


HEADING_WEIGHT = 1.5  # a term of the section's heading is what the section is about


def _central_first(ctx: Context, section_id: str) -> list[str]:
    """The section's terms by weight, a heading's term weighing more; among equals the article's own script
    first (reading111: with ties broken by spelling, a Hindi article's cloze always blanked the one Latin word,
    "channel", "cafeteria", "floor", incidental nouns and a pattern one learns)."""
    heading = word_stems(ctx.article.section(section_id).title or "", ctx.article.lang)
    native_latin = _latin_article(ctx)

    def order(item: tuple[str, float]) -> tuple[float, bool, str]:
        term, weight = item
        return (-round(weight * (HEADING_WEIGHT if stem(term) in heading else 1.0), 9),
                term.isascii() != native_latin, term)

    return [term for term, _ in sorted(ctx.keywords[section_id], key=order)]


def _latin_article(ctx: Context) -> bool:
    """True when most of the article's letters are Latin (its own script, whatever its language; memoised)."""
    if "latin_article" not in ctx.memo:
        letters = "".join(filter(str.isalpha, ctx.all_text))
        latin = len(letters.encode("ascii", "ignore"))  # (its ASCII letters, counted in one pass)
        ctx.memo["latin_article"] = 2 * latin > len(letters)
    return bool(ctx.memo["latin_article"])


def _names(ctx: Context) -> frozenset[str]:
    """Names in the article, which no cloze blanks nor offers (memoised per bank): Latin words written with a
    capital inside a sentence and never in lower case ("Manesar", "April"), and Devanagari words next to a
    known first name ("स्नेहा कुलकर्णी") or written before one's surname (a word before "खान", "मेहता"); in a Hindi
    sentence a capitalised Latin word never written in lower case ("Parivahan", "DigiLocker", reading115), and the
    cities and states of the word list ("भोपाल")."""
    if "names" not in ctx.memo:
        text = ctx.all_text
        capitals = re.findall(r"(?<=[a-z,;:\u0900-\u097F] )[A-Z][A-Za-z]+", text)  # (after a Hindi word too: "… में
        # DigiLocker")
        if ctx.article.lang == "hi":
            from lemminflect import getAllLemmas  # (a Latin word that is no English one)
            # ("Jabalpur की Meena …": a Latin word opening a Hindi sentence, never written in
            # lower case, is a name too; round 35's dev reading, item 37 offered "jabalpur")
            capitals += [w for w in re.findall(r"(?:^|(?<=[।?!]\s))[A-Z][a-z]+(?=\s+[\u0900-\u097F])", text,
                                               re.MULTILINE) if not getAllLemmas(w.lower())]  # (no English word:
            # "Boredom को हम …" opens on a noun)
        runs = set(re.findall(r"\w+", text)) if capitals else set()  # (a lower-case word stands alone in text where
        # it is a whole run; read only where a capitalised word asks)
        latin = {w for w in capitals if w.lower() not in runs}
        firsts, last, places = _known_names(ctx.article.lang)
        words = tokens(text)
        deva = set(words) & (firsts | last | places)
        for a, b in zip(words, words[1:], strict=False):
            if a in firsts:
                deva.add(b)
            if b in firsts or b in last:
                deva.add(a)
        ctx.memo["names"] = frozenset(w.lower() for w in latin | deva)
    found: frozenset[str] = ctx.memo["names"]
    return found


@lru_cache(maxsize=8)
def _known_names(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first names (the personas' and the word list's: "मेघा"), the surnames and the places of ``lang``'s word
    lists (made once: the lists are the same for every article)."""
    lexicon = language(lang).lexicon
    return frozenset(PERSONAS["hi"]) | frozenset(PERSONAS["en"]) | lexicon.given_name_set, \
        frozenset(lexicon.surnames), frozenset(lexicon.places)


def _is_verb(ctx: Context, term: str) -> bool:
    analyse = getattr(ctx.lang, "analyse", None)
    return bool(analyse and analyse(term))




def word_class(ctx: Context, term: str) -> str:
    """A coarse word class with the script: "latin-NOUN", "deva-ADJ"…; options of a cloze share it. A
    Devanagari word is a noun only where the article puts a postposition after it ("करियर की", "आवाज़ में"):
    "उलझी हुई", "किन मौकों", "आना स्वाभाविक" are no nouns, and a blank offered with them is told by grammar.
    Memoised per bank (every cloze asks it of every other section's terms)."""
    known: dict[str, str] = ctx.memo.setdefault("word_class", {})
    if term not in known:
        known[term] = _class_here(ctx, term)
    return known[term]


def _class_here(ctx: Context, term: str) -> str:
    kind = _word_class(term, ctx.article.lang)
    if kind == "deva-NOUN" and term not in _postposed(ctx):
        return "deva-OTHER"
    if kind == "latin-NOUN" and term.lower() not in _determined(ctx) and term not in _postposed(ctx):
        return "latin-OTHER"  # "whoever", "aside", "wait": never after "the"/"a"/"your"/"एक", nor before "में"
    return kind


DETERMINERS = EN_DETERMINERS | {"new", "एक", "हर", "अपना", "अपनी", "अपने", "कोई", "किसी"}  # (Latin words in Hindi too)
# Determiners that head nothing but a noun phrase: not "that" ("a call that comes …"), "her" ("tell her whether …"),
# "this"/"some"/"no" (pronouns as often), whose next word reading139 took for a noun ("comes", "whether" as cloze
# options and keys, items 8, 12)
NOUN_DETERMINERS = DETERMINERS - {"her", "his", "this", "that", "these", "those", "some", "any", "no"}


def _determined(ctx: Context) -> frozenset[str]:
    """The article's words that head a noun phrase somewhere: a determiner before, no content word after ("the
    folder in", "एक draft बना"; not "an annual training"): nouns in use (memoised per bank)."""
    if "determined" not in ctx.memo:
        words = [*tokens(ctx.all_text), ""]  # (tokens are lower-cased)
        closed = ENGLISH | HINDI_CLOSED
        ctx.memo["determined"] = frozenset(
            word for before, word, after in zip(words, words[1:], words[2:], strict=False)
            if before in NOUN_DETERMINERS and (not after or after in closed or not after.isascii()))
    return frozenset(ctx.memo["determined"])


HINDI_CLOSED = frozenset({"का", "की", "के", "को", "में", "से", "पर", "ने", "तक", "और", "या", "भी", "ही"})


def _postposed(ctx: Context) -> frozenset[str]:
    """The article's Devanagari words that a postposition follows somewhere (memoised per bank)."""
    if "postposed" not in ctx.memo:
        words = tokens(" ".join(f"{s.title or ''}। {s.text}" for s in ctx.article.sections))
        ctx.memo["postposed"] = frozenset(w for w, after in zip(words, words[1:], strict=False)
                                          if after in POSTPOSITIONS)
    return frozenset(ctx.memo["postposed"])


POSTPOSITIONS = frozenset({"का", "की", "के", "को", "में", "से", "पर", "ने", "तक", "वाला", "वाली", "वाले"})


@lru_cache(maxsize=16384)
def _word_class(term: str, lang: str) -> str:
    """The class of ``term`` (pure: the same for every article of ``lang``, so cached across banks); a number or
    a count ("5th", "तीन") is no noun to offer beside one (reading111: "bought the 5th", "तीन" as cloze options)."""
    if any(ch.isdigit() for ch in term) or term.lower() in language(lang).lexicon.count_words \
            or term.lower() in language(lang).lexicon.not_nouns:  # ("nobody", "ठीक": reading127 blanks)
        return ("latin-" if term.isascii() else "deva-") + "OTHER"
    if term.isascii():
        from lemminflect import getAllLemmas  # imported on first use (English generation pays for it)

        classes = getAllLemmas(term.lower())
        kind = next((c for c in ("NOUN", "PROPN", "ADJ", "VERB", "ADV") if c in classes), "NOUN")
        return "latin-" + ("NOUN" if kind == "PROPN" else kind)
    if language(lang).rules.__dict__.get("analyse", lambda word: None)(term):
        return "deva-VERB"
    lexicon = language(lang).lexicon
    infinitive = term.endswith(lexicon.infinitive_endings) and term not in lexicon.ne_nouns  # ("जुटाने", "खरीदने")
    return "deva-" + ("OTHER" if term in lexicon.not_nouns or infinitive else "NOUN")


@lru_cache(maxsize=16384)
def plural(term: str) -> bool:
    """True for a plural noun: "skills" (its lemma differs), "गलतियां", "बातें" (plural endings)."""
    if term.isascii():
        from lemminflect import getLemma

        lemma = getLemma(term.lower(), upos="NOUN")
        return bool(lemma) and lemma[0] != term.lower() and term.lower().endswith("s") \
            or term.lower() in IRREGULAR_PLURALS
    return term.endswith(HI_PLURAL)


IRREGULAR_PLURALS = frozenset({"people", "children", "women", "men", "police", "cattle", "staff", "feet", "teeth"})
HI_PLURAL = ("ें", "ां", "ाँ", "एं", "एँ", "यां", "याँ", "ियों", "ों", "ओं")


LATIN_WORD = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_'’-]*")


def _in_sentence(term: str, source: str, words: set[str]) -> bool:
    """True when ``term`` occurs in ``source`` as a whole word (a one-word term by its token, without a regex)."""
    if " " not in term and term.lower() == (tokens(term) or [""])[0]:
        return term.lower() in words
    return bool(compile_words(re.escape(term), re.IGNORECASE).search(source))


def _as_written(ctx: Context, term: str) -> str:
    """The term as the article writes it ("NGO", not "ngo"); a Latin word in lower case unless it is an
    acronym, so that a sentence-initial capital marks no option."""
    key = ("written", term)
    if key in ctx.memo:
        return str(ctx.memo[key])
    if " " not in term and term.isascii():  # one Latin word: its first spelling in the article, by token
        if "spellings" not in ctx.memo:
            spellings: dict[str, str] = {}
            for word in LATIN_WORD.findall(ctx.all_text):
                spellings.setdefault(word.lower(), word)
            ctx.memo["spellings"] = spellings
        written = ctx.memo["spellings"].get(term.lower(), term)
    else:
        match = compile_words(re.escape(term), re.IGNORECASE).search(ctx.all_text)
        written = match.group(0) if match else term
    ctx.memo[key] = written.lower() if written.isascii() and not written.isupper() else written
    return str(ctx.memo[key])


def cloze_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """Blank a distinctive term of the section in one of its sentences."""
    section = ctx.article.section(section_id)
    others = [(term, s.id) for s in ctx.article.sections if s.id != section_id for term in _terms(ctx, s.id, 5)]
    found = []
    own_words, fragments = set(tokens(section.text)), _fragments(section)
    for rank, term in enumerate(_terms(ctx, section_id, 5)):
        kind = word_class(ctx, term)
        if not kind.endswith("NOUN"):
            continue  # a pronoun, an adverb or an adjective is no key term to recall
        pattern = compile_words(re.escape(term), re.IGNORECASE)
        own_stem, bare, names, many = stem(term), _bare(term), _names(ctx), plural(term)  # (once, not per term)
        person = _person(ctx, term)
        kin = [(t, sid) for t, sid in others if stem(t) != own_stem and word_class(ctx, t) == kind
               and _bare(t) != bare  # ("'बडी'" beside "बडी": one word in quotes, two keys)
               and t.lower() not in names and _bare(t) == t.lower()  # ("है'", "विषय'": a quotation's
               # edge, no word; reading131 items 31, 127)
               and plural(t) == many  # "applications" never beside "master"
               and _person(ctx, t) == person  # ("a ____ at a gym": "trainer", never "weight" or "delivery")
               and not _in_sentence(t, section.text, own_words)]  # (a word of this part too: the feedback's "belongs to
        # the part …" would be wrong; round 26's development batch, items 21, 49, 51)
        for source in section.sentences:
            if not 6 <= len(source.split()) <= 40 or len(pattern.findall(source)) != 1 or source in fragments \
                    or not _nominal_here(term, source) or _leans(ctx, source) \
                    or _names_the_one_before(ctx, section, source):
                continue
            words = set(tokens(source))
            before, after = _beside(term, source)
            if any(ch.isdigit() for ch in before):
                continue  # ("300 से 800 ____": the unit after a figure is told by the figure, "रुपये")
            if before.split() and (before.split()[-1].lower() in ctx.language.lexicon.demonstratives
                                   or before.split()[-1].lower() in ctx.language.lexicon.same_words):  # ("उसी ____
                # पर": the same what? round 29's third held-out batch, item 5)
                continue  # ("यह ____ 12वीं के बाद …": the thing "यह" points to, named before; the blank left the
                # item no noun at all, round 27's held-out reading, item 1)
            if _hyphened(term, source):
                continue  # ("सवाल-____", "नाना-____": half of a pair the other half tells; the A/B judge of
                # round 15 found such blanks answered without the article)
            wrong_terms = [(t, sid) for t, sid in kin if not _in_sentence(t, source, words)
                           and _article_fits(t, before)  # ("an ____": "administrator", never "manager")
                           and not _agreement_clash(ctx, t, before)]  # ("भुगतान का ____": never "सुविधा")
            rng = ctx.rng(section_id, "cloze", term)
            rng.shuffle(wrong_terms)
            if "cloze_uses" not in ctx.memo:  # (made once: a setdefault would make a Counter per sentence)
                ctx.memo["cloze_uses"] = Counter()
            uses: Counter[str] = ctx.memo["cloze_uses"]
            distinct = list({_bare(t): (t, sid) for t, sid in reversed(wrong_terms)}.values())[::-1]  # (a term of
            # two sections once: "पढ़ाई" three times among the options otherwise)
            unique = sorted(distinct, key=lambda w: (FIT_ORDER[_frame_fit(ctx, w[0], before, after)],
                                                     uses[_bare(w[0])]))[:3]
            # (those the article itself writes beside one of the same words first: "स्किल्स की ____ में" takes a noun
            # the article writes after "की" or before "में", so it agrees and reads as a phrase, not "मोड़";
            # reading127 found most blanks filled by the key alone. Then the least used: readers found "the same
            # six words" in every blank of a bank, a pool one learns to skip)
            if len(unique) < 2:
                continue
            uses.update(_bare(t) for t, _ in unique)
            right = Option(_as_written(ctx, term), ctx.say("cloze_right", source=source))
            wrong = [Option(_as_written(ctx, t), ctx.say("cloze_wrong", term=_as_written(ctx, t), title=ctx.title(sid),
                                                           source=source)) for t, sid in unique]
            options, answer = shuffle(right, wrong, rng)
            blanked = pattern.sub(ctx.say("blank"), source, count=1)
            question = ctx.question(section_id, "cloze", ctx.say("cloze_stem", blanked=blanked),
                                    [(o.text, o.feedback) for o in options], answer, source)
            found.append(Candidate(question, 2.0 - 0.2 * rank))
            break
        if len(found) >= 2:  # the best one is kept; a second stands in if a gate refuses it
            break
    return found


def _bare(term: str) -> str:
    """The term without quotation marks, lower-cased."""
    return term.strip("'\"‘’“”").lower()


def _nominal_here(term: str, source: str) -> bool:
    """True unless a Latin term follows an adverb or a subject here, where a verb would stand ("often ____ to be
    nominated"): after a determiner, a preposition or an adjective it is the noun it is elsewhere."""
    if not term.isascii():
        return True
    words = [w.lower() for w in tokens(source)]
    index = words.index(term.lower()) if term.lower() in words else -1
    before = words[index - 1] if index > 0 else ""
    return not (before in ENGLISH and before not in DETERMINERS and before not in NOUN_BEFORE)


def _beside(term: str, source: str) -> tuple[str, str]:
    """The words before and after ``term``'s first occurrence in ``source``, lower-cased ("" at either end)."""
    match = compile_words(re.escape(term), re.IGNORECASE).search(source)
    if match is None:
        return "", ""
    before, after = tokens(source[: match.start()]), tokens(source[match.end():])
    return (before[-1] if before else ""), (after[0] if after else "")  # (tokens are lower-cased)


FIT_ORDER = {1: 0, 2: 1, 0: 2}  # one neighbour shared first: a word the article writes between both is the likeliest
# second key ("a week or ten days" beside "a day or …")


def _hyphened(term: str, source: str) -> bool:
    """True when ``term`` is joined by a hyphen to the word before or after it in ``source``."""
    match = compile_words(re.escape(term), re.IGNORECASE).search(source)
    if match is None:
        return False
    return source[max(0, match.start() - 1): match.start()] == "-" or source[match.end(): match.end() + 1] == "-"


def _frame_fit(ctx: Context, term: str, before: str, after: str) -> int:
    """How many of the blank's two neighbours the article writes beside ``term`` too (0–2): a distractor the
    article puts after the same postposition or before the same word agrees with the sentence as the key does."""
    pairs, word = _word_pairs(ctx), term.lower()
    return int(bool(before) and (before, word) in pairs) + int(bool(after) and (word, after) in pairs)


def _word_pairs(ctx: Context) -> frozenset[tuple[str, str]]:
    """Every two words the article writes one after the other in a sentence, lower-cased (memoised per bank; a set
    of pairs, built in one pass, rather than each word's neighbours: only a few words are ever asked about)."""
    if "word_pairs" not in ctx.memo:
        pairs: set[tuple[str, str]] = set()
        for section in ctx.article.sections:
            for sentence in section.sentences:
                words = tokens(sentence)  # (lower-cased)
                pairs.update(zip(words, words[1:], strict=False))
        ctx.memo["word_pairs"] = frozenset(pairs)
    found: frozenset[tuple[str, str]] = ctx.memo["word_pairs"]
    return found


def _person(ctx: Context, term: str) -> bool:
    """True for a word that names a person (the language's ``person_nouns`` and ``other_women``, singular or plural):
    a blank that a person fills is offered persons, one a thing fills things."""
    return _bare(term) in _persons(ctx.article.lang)


@lru_cache(maxsize=4)
def _persons(lang: str) -> frozenset[str]:
    """The language's person words, singular and plural (made once: every cloze asks it of every term)."""
    words = language(lang).lexicon
    return frozenset(form for w in (*words.person_nouns, *words.other_women) for form in (w, f"{w}s", f"{w}es")) \
        | {"people", "women", "men", "children"}


def _agreement_clash(ctx: Context, term: str, before: str) -> bool:
    """True when the word before the blank agrees in gender and ``term`` is written in the article only after the
    other gender's form of it ("भुगतान का ____" and "… की सुविधा": a feminine noun after "का" reads wrong; "पुराने
    ____" and "पुरानी नमी"): the Hindi genitive and adjectives agree with the noun after them."""
    if not before or before.isascii() or not before.endswith(("ा", "ी", "े")):
        return False
    pairs, word = _word_pairs(ctx), term.lower()
    if (before, word) in pairs:
        return False
    others = [before[:-1] + "ी"] if before.endswith(("ा", "े")) else [before[:-1] + "ा", before[:-1] + "े"]
    return any((other, word) in pairs for other in others)


def _article_fits(term: str, before: str) -> bool:
    """False when an English "a"/"an" before the blank would not go with ``term``: "an ____" → only a word
    that sounds a vowel first ("an administrator", not "an manager"), "a ____" the reverse."""
    if before not in ("a", "an") or not term.isascii():
        return True
    word = term.lower()
    vowel = (word[:1] in "aeiou" and not word.startswith(CONSONANT_SOUND)) or word.startswith(VOWEL_SOUND)
    return vowel == (before == "an")


CONSONANT_SOUND = ("uni", "use", "usu", "eu", "one", "once", "ur")  # "a university", "a user", "a one-day"
VOWEL_SOUND = ("hour", "honest", "honour", "honor", "heir")


NOUN_BEFORE = frozenset({"of", "for", "at", "in", "on", "with", "by", "from", "about", "into", "and", "or"})


def _best_section(ctx: Context, sentence: str) -> str | None:
    """The headed section whose keywords the sentence's words weigh most for, clearly (half again the next), or
    None. Each section's weights are summed in the order of its keyword list, whichever words find them."""
    index = _keyword_stems(ctx)
    matched: dict[str, list[tuple[int, float]]] = {}
    for word in word_stems(sentence, ctx.article.lang):
        for section_id, place, weight in index.get(word, ()):
            matched.setdefault(section_id, []).append((place, weight))
    scores = {s.id: sum(w for _, w in sorted(matched.get(s.id, ()))) for s in ctx.article.headed_sections}
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if len(ranked) < 2 or ranked[0][1] <= 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


def _keyword_stems(ctx: Context) -> dict[str, list[tuple[str, int, float]]]:
    """Each stem of the headed sections' keywords, with every (section, place in its list, weight) it has
    (memoised per bank: a sentence looks up its own words, not every section's keywords)."""
    if "keyword_stems" not in ctx.memo:
        found: dict[str, list[tuple[str, int, float]]] = {}
        for section in ctx.article.headed_sections:
            for place, (term, weight) in enumerate(ctx.keywords[section.id]):
                found.setdefault(stem(term), []).append((section.id, place, weight))
        ctx.memo["keyword_stems"] = found
    index: dict[str, list[tuple[str, int, float]]] = ctx.memo["keyword_stems"]
    return index


def attribution_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """A sentence whose words clearly belong to its own section → which section is it from?"""
    section = ctx.article.section(section_id)
    headed = list(ctx.article.headed_sections)
    if not section.title or len(headed) < 3 or closing_heading(ctx, section):
        return []  # (the closing words sum up the sections before: "Prepare a few English phrases, learn the basics
        # of the software, …" is what two sections say too; round 30's development batch, item 61)
    found = []
    fragments = _fragments(section)
    for index, source in enumerate(section.sentences):
        if len(source.split()) < 6 or source in fragments \
                or _best_section(ctx, source) != section_id or _leans(ctx, source) \
                or _names_the_one_before(ctx, section, source):  # (the cheap tests first)
            continue
        rng = ctx.rng(section_id, "attribution", index)
        others = [s for s in headed if s.id != section_id]
        rng.shuffle(others)
        others = _lures_first(ctx, source, others)
        title = ctx.title(section_id)
        right = Option(title, ctx.say("attribution_right", title=title))
        wrong = [Option(s.title or "", ctx.say("attribution_wrong", title=title, other=s.title or ""))
                 for s in others[:3]]
        options, answer = shuffle(right, wrong, rng)
        question = ctx.question(section_id, "attribution", ctx.say("attribution_stem", sentence=source),
                                [(o.text, o.feedback) for o in options], answer, source)
        echoed = CLANG_PENALTY * echo(ctx, source, title, [o.text for o in wrong],
                                      stems_of(ctx, ctx.article.title or ""))
        found.append(Candidate(question, 1.0 + 0.01 * min(len(source.split()), 30) - echoed))
    return found


def _lures_first(ctx: Context, source: str, others: list[Section]) -> list[Section]:
    """The other headings, those that share a word with the quote first (in their shuffled order): a skimmer
    who matches words is drawn to them, and a word the quote shares with its own heading no longer marks it
    (reading167: 21 of 75 attribution items answered by a word shared with the key alone)."""
    quoted = stems_of(ctx, source) - stems_of(ctx, ctx.article.title or "")
    return sorted(others, key=lambda s: not stems_of(ctx, s.title or "") & quoted)


def _fragments(section: Section) -> frozenset[str]:
    """The section's sentences a quote cannot show as a sentence: a lead-in ("… जैसे:") or an item of a list ("…;",
    "नाश्ते में रागी का चीला या दलिया", "____ का नाम और phone number"), a piece of a woman's answer told in her words
    over several sentences ("I apologised, checked with the technician, gave him …"; round 28's readings)."""
    return _bulleted(section) | inside_quotations(section.sentences) | _labelled_items(section) \
        | frozenset(s for s in section.sentences if s.rstrip().endswith((":", ",", ";")))


def _labelled_items(section: Section) -> frozenset[str]:
    """The labelled items of a list a lead-in opens ("It should cover at least two things:" then "Fees: paid
    monthly, …", "Missed classes: how much notice they must give …"): each completes the lead-in, no sentence of
    its own (round 37's held-out C61)."""
    found, listing = [], False
    for sentence in section.sentences:
        if sentence.rstrip().endswith(":"):
            listing = True
        elif listing and RUN_IN_LABEL.match(sentence.strip()):
            found.append(sentence)
        else:
            listing = False
    return frozenset(found)


def _bulleted(section: Section) -> frozenset[str]:
    """The section's sentences that are a bullet line of their own without a full stop (an item of a list, not a
    sentence)."""
    lines = {line for line in bullet_lines(section) if not line.endswith(("।", ".", "?", "!"))}
    return frozenset(s for s in section.sentences if s.strip() in lines)  # (a bullet written as a sentence stays)


def _names_the_one_before(ctx: Context, section: Section, sentence: str) -> bool:
    """True for a quote whose "the <things>" are the ones the two sentences before it named ("Being clear … takes
    the question off the table" after "Parents will ask about the plastic ban …"; "Bring samples of the complaints"):
    shown alone, it is a thing the reader has not met (round 37's held-out C41, C45, C48). Not a thing the heading or
    the title names, nor one the quote named before."""
    if sentence not in section.sentences or not (at := section.sentences.index(sentence)):
        return False
    if ctx.story.counted_things(sentence):
        return True  # ("showing the three steps": which three? told in the paragraph before)
    before = stems_of(ctx, " ".join(section.sentences[max(0, at - 2):at]))
    known = stems_of(ctx, section.title or "") | stems_of(ctx, ctx.article.title or "")
    for start, noun in ctx.story.definite_things(sentence):
        thing = stems_of(ctx, noun)
        if thing and thing <= before and not thing & known and not thing & stems_of(ctx, sentence[:start]):
            return True
    return False

CLANG_PENALTY = 0.5  # a quote that shares a word with its own heading only is matched, not placed (readers: weak)


def _leans(ctx: Context, sentence: str, whole: bool = True) -> bool:
    """True for a sentence a quote cannot show alone: it points to one before it ("ऐसा करने से …", "this page",
    "Only then …", "Noticing these early", "इन … महिलाओं"; reading115: 13 cloze and attribution items read as not
    standing alone)."""
    lexicon = ctx.language.lexicon
    told = sentence.strip()
    label = RUN_IN_LABEL.match(told)
    opening = label.group(0).rstrip(": ") if label else ""
    if label and (ctx.lang.advice(opening) or opening.split()[0].lower() in lexicon.label_openers) \
            and _leans(ctx, told[label.end():], whole=False):  # (not "स्टांप ड्यूटी: यह राज्य के हिसाब से …": the
        # label names it)
        return True  # ("In practice: this gives the household time …", "याद रखें: यह …": what the label opens leans;
        # round 26's held-out items 31, 45)
    quoted = told[:1] in "\"“"
    if lexicon.any_word("meta_phrases").match(told) or (quoted and lexicon.any_word("first_person").search(told)) \
            or (quoted and told.rstrip(".।!")[-1:] in "\"”"):  # (a saying in quotes: "The day you skip the check is
        # the day it matters." — which check? round 37's held-out G59)
        return True  # ("आइए जानते हैं कि … इसके क्या फायदे हैं": the article speaking of itself; ""By the end, she
        # trusts me with her face."": someone's words, "me" and "she" of a story; round 37's held-out B58, B44)
    return ctx.story.dangling(sentence) or bool(lexicon.any_word("quote_pointers").search(sentence)) \
        or bool(lexicon.any_word("quote_openers").match(told)) or told.startswith(("—", "–")) \
        or _such_before(told) or (whole and told.isascii() and told[:1].islower()) \
        or bool(POINTED_THING.search(told)) \
        or _points_to_thing(ctx, told) or pronoun_back(ctx.language, told, ctx.story_names)
    # ("ऐसी छत को बदलना …": which roof? not "कुर्सी की ऊँचाई ऐसी रखें कि …", which the sentence goes on to tell;
    # reading197 items 5, 152)


# A thing, a time or a comparison named by the sentence before ("… on the rainfall instead.": instead of what? round
# 36's held-out F23): "this predictable credit", "Nine days later, …",
# "far less exciting" (than what?), "इस मौसम की नई घास" (which season?); round 25's unseen batch, items 10, 33, 52, 53;
# "A short course does help, though." (against what? round 30's development batch, item 51); "Recording both closes
# the gap …" (both what? round 44's batch D, item 35)
POINTED_THING = compile_nfc(r"^[A-Z][a-z]+ing\s+both\s|"
                            r"(?<=\s)this\s+(?!(?:year|week|month|quarter|season|term|summer|winter|morning|evening|"
                            r"afternoon|time|way|is|was|will|can|means|helps|gives|makes)\b)[a-z]{3,}|"
                            r"^\w+\s+(?:days|weeks|months|hours|years)\s+later\b|"
                            r"\b(?:far|much)\s+(?:less|more)\s+[a-z]+(?:ing|ive|ful|ous|able|ible|ic|ent|ant|ed)\b"
                            r"(?!.*\bthan\b)|(?:^|\s)(?:इस|इसी)\s+मौसम|,\s*though[.!]?$|\binstead[.!]?$|"
                            r"\bthat\s+(?:hour|list|moment|point|step|check|number|amount|stage|rule|habit)\b|"
                            r"(?:^|\s)यह\s+बात(?!\s+(?:कि|याद))",  # ("A double-check at that hour …", "Getting onto
                            # that list …", "… की बदौलत यह बात कागज़ पर साबित हो जाती है": round 37's held-out G10, G65,
                            # G36)
                            re.IGNORECASE)

RUN_IN_LABEL = compile_nfc(r"^[^:\s]+(?:\s+[^:\s]+){0,2}:\s+")  # a bold label of three words at most, then its text


def _points_to_thing(ctx: Context, told: str) -> bool:
    """True for a quote whose first words name a thing, a step or a woman of the sentence before ("इस आदत की
    बदौलत …", "Installing such an app …", "Weekly check-ins with her …"; asked of the language its letters are
    written in), not the article's own thing ("इस खाते में …" under "सुकन्या समृद्धि खाता …": the title names it)."""
    pointed = language("hi" if has_devanagari(told) else "en").story.quote_pointer(told)
    if pointed is None:
        return False
    return not pointed or stem(pointed.lower()) not in {stem(t) for t in content_tokens(ctx.article.title or "",
                                                                                         ctx.article.lang)}


def _such_before(told: str) -> bool:
    """True for "ऐसे सवालों …", "One such incident", "such bookings": a kind the sentence before named; not where the
    sentence itself goes on to say which ("ऐसी रखें कि …", "such as …") within a few words."""
    found = SUCH_BEFORE.search(told)
    if found is None or (has_devanagari(found.group(0)) and len(told[:found.start()].split()) > SUCH_OPENING):
        return False  # (a Hindi "ऐसा" further on points within its own sentence: "… डरती हैं कि …, पर ऐसा कम ही होता है")
    ahead = " ".join(told[found.end():].split()[:SUCH_WINDOW if has_devanagari(found.group(0)) else SUCH_AS_WINDOW])
    return not SUCH_AHEAD.search(f" {ahead} ")


SUCH_WINDOW = 10  # words after "ऐसे"/"such" in which the sentence may say which
SUCH_AS_WINDOW = 3  # ("such groups as …"; not "such groups within a day, and some report them as spam": round 36's
# held-out E22)
SUCH_OPENING = 4  # words before a Hindi "ऐसे" that still open the sentence
SUCH_BEFORE = compile_nfc(r"(?:^|\s)(?:ऐसी|ऐसे|ऐसा)(?=\s)(?!\s+(?:करने|करके|में|ही)(?=[\s,]))|\bsuch\s+(?!as\b)[a-z]+",
                          re.IGNORECASE)
SUCH_AHEAD = compile_nfc(r"\s(?:as|कि|जो|जिस|जिसे|जिनसे|जिससे|जिसका|जिसकी|जिसके|जिनका|जिनकी|जिनके|"
                         r"जैसे|जैसी|जैसा|जहाँ|जहां|जब)(?=[\s,])")


def _cause_phrase(ctx: Context, reading: Reading) -> tuple[str, str] | None:
    """(wording key, the step as a phrase for "<step> से …" / "By <step>, …"), in the second person; None for
    a slip ("अटैचमेंट भूल जाने से …" is no step) or a step that is an instruction of its own ("ध्यान दें")."""
    if failing(ctx, reading.causal.cause) or ctx.lang.instruction(reading.causal.effect):
        return None
    if reading.causal.cause_kind == "noun":
        cause = reading.causal.cause
        first = cause.split()[0] if cause.split() else ""
        if first[1:].islower() or first == "A":  # "A quiet room", "Being at home" mid-sentence; not "CV", "I"
            cause = cause[:1].lower() + cause[1:]
        gerund = bool(first) and ctx.lang.is_activity(first)  # "By setting clear hours, …"
        return ("statement" if gerund else "statement_noun"), ctx.story.noun_oblique(cause)
    action = ctx.lang.action(reading.causal) if specific(ctx, reading) else None
    if action and THING_PRONOUN.search(reading.causal.cause):
        return None  # ("टब रखकर उसमें खंगाल लेने": the tub's "उसमें", told to the reader as "आपमें"; reading167)
    phrase = ctx.story.oblique(ctx.story.action_in(action, "second")) if action else None
    if phrase and EMBEDDED.search(phrase):
        return None  # ("तय कर लेने और … सीख लेना कि … कैसे जांचने से", "Being clear …, for example, "I can …" means":
        # a clause or an example inside the step garbles the statement; round 27's development reading, items 8, 60)
    return ("statement", phrase) if phrase else None


EMBEDDED = compile_nfc(r"\sकि\s|\bfor example\b|\bsuch as\b|\bजैसे\b|(?<!\S)(?:अगर|यदि|जब|क्योंकि)(?!\S)|\bif\b|"
                       r"\bbecause\b|"  # ("Checking each image …, because one rejected main image holds back …
                       # means …": round 42's batch B, item 59)
                       r"\b(?:as well|too)$",  # ("Asking the mechanic to adjust the brakes as well": as well as what?
                       # round 37's held-out E48)
                       re.IGNORECASE)  # ("अगर … कटा हुआ है …, तो अंदाज़े से अंक न भरने से …": a condition inside the
# step; round 29's first held-out batch, items 13, 22)


# a third-person pronoun the article wrote of a thing: the persona's words would turn it into the reader's
THING_PRONOUN = compile_nfc(r"(?<!\S)(?:उसमें|उस पर|उससे|उसे|उसको|उसका|उसकी|उसके)(?!\S)")


def true_false_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """True statements (the article's own link of a step to its result, or its own comparison) and false
    ones of the same shape (the step tied to another step's result, or the comparison reversed).

    Neither kind carries a negation that the other lacks, so a negation word gives nothing away.
    """
    found: list[Candidate] = []
    for reading in ctx.readings[section_id]:
        cause = _cause_phrase(ctx, reading)
        if cause is None or ctx.lang.is_passive(reading.causal.effect) or _wished(ctx, reading) \
                or _clause_only(ctx, ctx.story.reader_effect(reading.causal)) \
                or ctx.lang.names_another(reading.causal) or reading.causal.sentence.rstrip().endswith((";", ":")) \
                or _listed(reading):
            continue  # ("By logging in …, you save her the drive home"; "पहले पन्ने से …;।": a list item; "… काम
            # जल्दी और साफ होता है:" opens one, its statement would end ":।")
        key, phrase = cause
        if _fuses(ctx, ctx.story.reader_effect(reading.causal)):
            continue
        own = ctx.lang.sentence(ctx.say(_frame(ctx, key, ctx.story.reader_effect(reading.causal)), cause=phrase,
                                        effect=ctx.story.reader_effect(reading.causal)))
        found.append(_true_false(ctx, section_id, reading.causal.sentence, own, True, "tf_right_true",
                                 "tf_wrong_true", 1.5))
        for other in _grafts(ctx, reading):
            claim = ctx.lang.sentence(ctx.say(_frame(ctx, key, ctx.story.reader_effect(other.causal)), cause=phrase,
                                              effect=ctx.story.reader_effect(other.causal)))
            found.append(_true_false(ctx, section_id, reading.causal.sentence, claim, False, "tf_right_false",
                                     "tf_wrong_false", 1.5))
    section = ctx.article.section(section_id)
    for source in section.sentences:
        swapped = ctx.story.swap_contrast(source)
        if swapped:
            told, reversed_claim = _main_claim(ctx, source), _main_claim(ctx, swapped)
            found.append(_true_false(ctx, section_id, source, told, True, "tf_right_true", "tf_wrong_true", 2.0))
            found.append(_true_false(ctx, section_id, source, reversed_claim, False, "tf_right_swap",
                                     "tf_wrong_swap", 2.0))
    return found


def _grafts(ctx: Context, reading: Reading, most: int = 3) -> list[Reading]:
    """The first ``most`` other links (in the article's order) whose result a false statement may graft onto the
    reading's step: another concrete step with another result, told plainly (tested one by one, up to ``most``)."""
    found: list[Reading] = []
    for other in all_readings(ctx):
        if len(found) == most:
            break
        if unrelated(ctx, reading, other) and not hedged(ctx, other.causal.effect) and not _wished(ctx, other) \
                and not _listed(other) \
                and not ctx.lang.names_another(other.causal) \
                and not _clause_only(ctx, ctx.story.reader_effect(other.causal)) \
                and not other.causal.sentence.rstrip().endswith((";", ":")) \
                and other.confidence >= MIN_GRAFT_CONFIDENCE \
                and harmful(ctx, other.causal.effect) == harmful(ctx, reading.causal.effect) \
                and not _told_past(ctx, other.causal.effect) \
                and not _fuses(ctx, ctx.story.reader_effect(other.causal)) \
                and not ctx.story.leans_on_context(ctx.story.reader_effect(other.causal),
                                                   known_words(ctx.article.title or "")):  # (the title's
                # words, not the trade's: a word the whole article uses may still name another section's thing)
            found.append(other)  # ("… means the weight feels familiar on the day": the weight of the other section's
            # bag, unknown under this step; round 37's development reading, item 26; a harm grafted onto a step that
            # brings a gain reads as nonsense, not as a false
            # claim: "धूप से बचाकर रखने से … धनिया मुरझा जाता है", round 30's held-out item D25)
    return found


def _fuses(ctx: Context, effect: str) -> bool:
    """True for a result whose first word would join the statement's "… से" into another postposition ("पहले तीन-चार
    महीनों में …" after "… याद दिलाने से": "before reminding", not "by reminding"; round 37's held-out C30, C34)."""
    words = effect.split()
    return bool(words) and words[0] in ctx.language.lexicon.cause_fusers


def _told_past(ctx: Context, effect: str) -> bool:
    """True for a result told as what happened once ("सबको बता दिया", "… किया था"): a story's, which grafted onto
    another step reads as nonsense (the language's ``told_past`` words end it)."""
    words = effect.strip().rstrip("।.").split()
    return bool(words) and words[-1] in ctx.language.lexicon.told_past


def _listed(reading: Reading) -> bool:
    """True for a reading of an item of a list ("- तुरंत call करने के लिए helpline नंबर"): a true/false statement made of
    it, or grafted onto another step, has no verb (round 28's third held-out batch, items 9, 11)."""
    return reading.causal.sentence.strip() in bullet_lines(reading.section)


def _clause_only(ctx: Context, effect: str) -> bool:
    """True for a result that opens with a subordinator ("if one partner runs the shop full-time"): no main clause
    to state."""
    first = effect.strip().lower()
    return any(first.startswith(f"{word} ") for word in (*ctx.language.lexicon.subordinators, "when", "although"))


def _frame(ctx: Context, key: str, effect: str) -> str:
    """The statement's wording: "By <doing X>, <you …>" only where the result is told of the reader ("By parking side
    issues, a side argument no longer eats …" dangles: reading171 items 96, 100), its subject the reader ("By saying
    "I", not "we", the panel can see …" dangles too: round 27's development reading, item 55); else "<Doing X> means
    <…>"."""
    opening = " ".join(effect.split()[:2])
    own = ctx.lang.addresses_reader(opening) and effect.split()[0].lower() not in ctx.language.lexicon.determiners
    return f"{key}_other" if key == "statement" and not own else key  # ("By asking for your ESI card …, your body
    # stays warm" dangles as well: a thing of hers is no subject of the gerund; round 35's dev reading, item 68)


# A result grafted onto another step for a false statement comes from a reading the article marks ("इससे …", "X से
# …", "Doing so …"), never from a statement read as the heading's result for want of one ("Most platforms offer a
# quick test of your camera …", "with an emergency fund in place, …"): a weak reading grafted reads as nonsense
MIN_GRAFT_CONFIDENCE = 0.5


def _wished(ctx: Context, reading: Reading) -> bool:
    """True for a result told as a purpose in the subjunctive ("… ताकि भागदौड़ कम हो"): "X से भागदौड़ कम हो" is no
    statement (readers judged such true/false items meaningless)."""
    words = ctx.story.reader_effect(reading.causal).split()
    if not words:
        return False
    if words[-1] in ctx.language.lexicon.subjunctive_ends:
        return True
    ends = ctx.language.lexicon.statement_ends  # "…, ताकि मेले के शोर में आवाज़ न काँपे", "… ताकि jar हिले नहीं": a
    return reading.causal.pattern == "purpose" and bool(ends) and not words[-1].endswith(ends)  # purpose, in any verb


def hedged(ctx: Context, effect: str) -> bool:
    """True for a possibility ("बढ़ सकती है", "can find"): as a false claim it is not clearly false."""
    return any(h in f"{effect} " for h in ctx.language.lexicon.hedges)


def _main_claim(ctx: Context, sentence: str) -> str:
    """The sentence without its concession (the language's story module knows the markers)."""
    return ctx.story.main_claim(sentence)


def _true_false(ctx: Context, section_id: str, source: str, claim: str, is_true: bool, right: str, wrong: str,
                score: float) -> Candidate:
    feedback = ctx.say(right, source=source), ctx.say(wrong, source=source)
    options = [(ctx.say("true"), feedback[0] if is_true else feedback[1]),
               (ctx.say("false"), feedback[1] if is_true else feedback[0])]
    question = ctx.question(section_id, "true_false", ctx.say("true_false_stem", claim=claim),
                            options, 0 if is_true else 1, source, form="link")
    return Candidate(question, score - 0.01 * len(claim.split()), truth="true" if is_true else "false")
