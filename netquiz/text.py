"""Unicode-aware text helpers: normalisation, word boundaries, tokens and sentences.

Python's ``\\b`` and ``\\w`` treat Devanagari vowel signs as non-word characters, so every
word-level pattern here uses explicit look-arounds over :data:`WORD_CHAR` instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Devanagari letters, signs and digits, but not the danda (U+0964) or double danda (U+0965); Latin letters with
# their accented forms.
WORD_CHAR = "[\u0900-\u0963\u0966-\u097FA-Za-z0-9_'’\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]"  # (é in "café")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
SENTENCE_END = "।॥?!."


def normalize(text: str) -> str:
    """NFC, no BOM or zero-width characters, LF line ends, ``|`` read as a danda."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(ZERO_WIDTH)
    text = text.replace("|", "।")
    return unicodedata.normalize("NFC", text)


def word_pattern(alternatives: str) -> str:
    """Wrap a regex alternation so it only matches whole words (Devanagari-aware)."""
    return f"(?<!{WORD_CHAR})(?:{unicodedata.normalize('NFC', alternatives)})(?!{WORD_CHAR})"


@lru_cache(maxsize=4096)
def compile_words(alternatives: str, flags: int = 0) -> re.Pattern[str]:
    """Compile :func:`word_pattern` (NFC-normalised like the text it will search)."""
    return re.compile(word_pattern(alternatives), flags)


def compile_nfc(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern after NFC-normalising it, so it matches normalised text."""
    return re.compile(unicodedata.normalize("NFC", pattern), flags)


@lru_cache(maxsize=256)
def any_literal(literals: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``literals`` anywhere (longest first): one search instead of one ``in`` per
    literal, for the guards that decide whether a costlier pattern is worth searching."""
    return re.compile("|".join(re.escape(literal) for literal in sorted(literals, key=len, reverse=True)))


TOKEN_RE = re.compile(f"{WORD_CHAR}+")


def tokens(text: str) -> list[str]:
    """Whole-word tokens (Devanagari words keep their vowel signs); Latin words lower-cased."""
    return TOKEN_RE.findall(text.lower())  # (lower-cased first: a letter of the token class lower-cases to one)


DEVANAGARI = re.compile("[\u0900-\u097f]")


def has_devanagari(text: str) -> bool:
    """True when ``text`` has any Devanagari letter: Hindi grammar, however many English words it carries
    ("Sunday को 15 मिनट की menu planning करना")."""
    return DEVANAGARI.search(text) is not None


@lru_cache(maxsize=65536)
def is_devanagari(text: str) -> bool:
    """True when most letters of ``text`` are Devanagari."""
    deva = len(DEVANAGARI.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    return deva > 0 and deva >= latin


LATIN_LETTER = re.compile("[A-Za-z]")


# A sentence ends at । ॥ ? ! always, and at "." when it is not inside a number (2.5) or a known
# abbreviation. A verb-final है/हैं immediately followed by a sentence-opening connective marks a
# run-on sentence in informal Hindi prose ("… बढ़ती है इसके साथ …").
_END_RE = re.compile(r"(?:[।॥?!]+|(?<![0-9])\.(?![0-9A-Za-z\u0900-\u097F])|(?<=[0-9])\.(?=\s|$))[\"'”’)]*")
# (a dot before a letter is inside a word: "a.m.", "parivahan.gov.in", "बी.कॉम.")
_RUN_ON_RE = compile_nfc(
    f"(?<!{WORD_CHAR})(?:है|हैं|था|थी|थे)(?= (?:इसके साथ|इसके अलावा|इसलिए|यही वजह|ऐसे में)(?!{WORD_CHAR}))"
)
_ABBREVIATIONS = ("e.g", "i.e", "etc", "Mr", "Mrs", "Ms", "Dr", "vs", "St")


def _ends_in_abbreviation(chunk: str) -> bool:
    return any(chunk.endswith(abbr) for abbr in _ABBREVIATIONS)


def _dotted(before: str, rest: str) -> bool:
    """True for the last dot of a dotted abbreviation the sentence goes on after ("बी.कॉम. के बाद", "an M.Sc. in
    physics"); a capital after it starts the next sentence ("… at 6 p.m. Then …")."""
    following = rest.split(maxsplit=1)
    match = _DOTTED.search(before)
    if not match or not following:
        return False
    degree = match.group(0).strip(" (").replace(".", "").lower() in _DEGREES  # ("B.Sc. Chemistry": a subject
    return degree or not following[0][:1].isupper()  # after a degree, no new sentence; reading167 item 90)


_DEGREES = frozenset({"bsc", "msc", "ba", "ma", "bcom", "mcom", "btech", "mtech", "bed", "med", "phd", "mba", "bba",
                      "llb", "llm", "mbbs", "bds", "bpharm", "mphil", "bca", "mca"})


# a dotted abbreviation's last dot: "बी.कॉम.", "M.Sc.", "B.A." (reading155: "कॉम" was offered as a word)
_DOTTED = re.compile(r"(?:^|[\s(])(?:[^\W\d_][\w\u0900-\u097F]{0,3}\.)+[^\W\d_][\w\u0900-\u097F]{0,3}$")


_TIME_OF_DAY = re.compile(r"[0-9]\s?[ap]\.m$", re.IGNORECASE)


def _time_of_day(before: str, rest: str) -> bool:
    """True for the dot of "5:45 a.m." that the sentence goes on after ("… a.m. flight", "… a.m. की flight"); a
    capital after it starts the next sentence."""
    following = rest.split(maxsplit=1)
    return bool(_TIME_OF_DAY.search(before)) and bool(following) and not following[0][:1].isupper()


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, each kept verbatim with its end mark."""
    sentences: list[str] = []
    start = 0
    for match in _END_RE.finditer(paragraph):
        before = paragraph[start:match.start()]
        if match.group().startswith(".") and (_ends_in_abbreviation(before) or before.strip().isdigit()
                                              or _time_of_day(before, paragraph[match.end():])
                                              or _dotted(before, paragraph[match.end():])):
            continue
        if _inside_sentence(match, paragraph):
            continue
        sentences.extend(_split_run_on(paragraph[start:match.end()]))
        start = match.end()
    sentences.extend(_split_run_on(paragraph[start:]))
    return [s for s in (s.strip() for s in sentences) if any(ch.isalnum() for ch in s)]


QUOTED_WORDS = re.compile(r"“[^”]*”|\"[^\"\n]*\"")  # the words a question quotes, in its own marks or the
# article's straight ones ("… "आपने तो कहा था…" वाली बहस": a customer speaking to her)


def without_quoted(text: str) -> str:
    """``text`` without the words it quotes in “…” (what someone says to the persona speaks to her, not to the
    participant: "She is asked: “Why do you want to work with us?”")."""
    return QUOTED_WORDS.sub("", text)


def inside_quotations(sentences: list[str] | tuple[str, ...]) -> frozenset[str]:
    """The sentences that are part of a quotation running over several sentences (a woman's answer told in her
    words: '… answered: "A customer shouted … I apologised, checked with the technician, gave him …"'): the one
    that opens it, those inside it and the one that closes it. Alone, each is a piece of someone's speech whose
    "him", "the technician" name what the others said."""
    found: set[str] = set()
    run: list[str] = []  # (kept only once the quotation closes: a stray mark opens none)
    for sentence in sentences:
        straight = sentence.count('"') % 2 == 1
        curly = sentence.count("“") - sentence.count("”")
        if run:
            run.append(sentence)
            if straight or curly < 0:
                found.update(run)
                run = []
        elif straight or curly > 0:
            run = [sentence]
    return frozenset(found)


def _inside_sentence(match: re.Match[str], paragraph: str) -> bool:
    """True for an end mark that does not end the sentence: a dot of an ellipsis before its last dot, or a
    quotation's own end ('"आप हमेशा..." से शुरू न करें', '"Can I be flexible?" is easy to refuse') followed by
    a word that carries the sentence on (a postposition, a lower-case word)."""
    rest = paragraph[match.end():]
    if match.group() == "." and rest.startswith("."):
        return True
    if match.group()[-1:] not in "\"'”’":
        return False
    if rest.lstrip()[:1] in (",", ";"):
        return True  # ('Common ones include "How would you …?", "What would …?" and …': a list of quotations)
    following = rest.split(maxsplit=1)
    return bool(following) and (following[0] in _CARRIED_ON or following[0][:1].islower()
                                or bool(_SAYING.match(normalize(following[0]))))


_CARRIED_ON = frozenset({"से", "जैसे", "जैसी", "जैसा", "वाली", "वाला", "वाले", "कहकर", "कहें", "कहना", "कहने",
                         "कहती", "कहते", "कहता", "लिखें", "पूछें", "का", "की", "के", "को", "पर", "में", "तक"})


# A verb of saying after a quotation ('"कहाँ पहुँची?" पूछने की ज़रूरत', '"ठीक है?" सोचकर'): the quotation is its object
_SAYING = compile_nfc(r"(?:पूछ|कह|बोल|लिख|सुन|सोच|बता|दोहरा)(?:ने|ना|नी|ती|ते|ता|ें|कर|ा|ी|े)?$")


def _split_run_on(chunk: str) -> list[str]:
    parts, start = [], 0
    for match in _RUN_ON_RE.finditer(chunk):
        parts.append(chunk[start:match.end()])
        start = match.end()
    parts.append(chunk[start:])
    return parts


DEVANAGARI_SOUNDS = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "च": "c", "छ": "c", "ज": "j", "झ": "j", "ट": "t", "ठ": "t", "ड": "d",
    "ढ": "d", "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n", "ण": "n", "प": "p", "फ": "f", "ब": "b", "भ": "b",
    "म": "m", "र": "r", "ल": "l", "व": "v", "श": "s", "ष": "s", "स": "s", "ं": "n", "ँ": "n", "ड़": "d", "ढ़": "d",
    "क़": "k", "ख़": "k", "ग़": "g", "ज़": "j", "फ़": "f",
}
LATIN_DIGRAPHS = (("ch", "C"), ("dge", "je"), ("ger", "jer"), ("ce", "se"), ("ci", "si"), ("sh", "s"), ("ph", "f"),
                  ("bh", "b"), ("dh", "d"), ("th", "t"), ("gh", "g"),
                  ("kh", "k"), ("ck", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("z", "j"))


@lru_cache(maxsize=65536)
def consonant_skeleton(word: str) -> str:
    """The word's consonants as one script writes them in the other, doubles and vowels (and y, h) left out:
    "आधार" and "Aadhaar" → "dr", "सीडिंग" and "seeding" → "sdng", "ऑनलाइन" and "online" → "nln". Two words of
    different scripts with one skeleton of three or more are very likely one word transliterated."""
    word = unicodedata.normalize("NFD", word.lower())  # (nukta apart: "ज़" → "ज" + nukta)
    if has_devanagari(word):
        word = unicodedata.normalize("NFC", word)
        sounds = [DEVANAGARI_SOUNDS.get(ch, "") for ch in word]
    else:
        for pair, sound in LATIN_DIGRAPHS:
            word = word.replace(pair, sound)
        word = re.sub(r"ge$", "je", word)  # ("charge", "manage": a soft g at the end)
        sounds = ["k" if ch == "c" else "c" if ch == "C" else ch for ch in word
                  if ch.isascii() and ch.isalpha() and ch not in "aeiouyh"]
    skeleton = ""
    for sound in "".join(sounds):
        if not skeleton or skeleton[-1] != sound:
            skeleton += sound
    return skeleton


LIST_MARK = "\u201a"  # (a mark no pattern's "[^\s,]" stops at; put back to a comma in what is read)


@lru_cache(maxsize=8)
def list_comma(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """A comma between the items of a short list ("हल्दी, धनिया और मिर्च", "bread, milk, curd and paneer"), told apart
    from a clause's comma: one or two words after it, then another comma or one of ``joiners`` (made once per list)."""
    alternatives = "|".join(re.escape(word) for word in joiners) or r"(?!)"
    return compile_nfc(rf"(?<=\S),(?=\s+\S+(?:\s+\S+)?(?:,|\s+(?:{alternatives})\s))")
