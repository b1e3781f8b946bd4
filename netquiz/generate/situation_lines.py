"""The facilitator's situations file: reading her lines ("s3: <a woman in a concrete moment>", "s3 = <label>")
and the template she fills in (see :mod:`.situations` for what they make)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from ..errors import SituationError
from ..language import addresses_reader
from ..model import Article, Section
from .situation_notes import Situation


def read_situations_file(path: str | Path, article: Article) -> list[Situation]:
    """:func:`read_situations` of a UTF-8 file; :class:`SituationError` says what is wrong with the file."""
    path = Path(path)
    if not path.is_file():
        raise SituationError(f"situations file not found: {path} (one line per situation: “s2: Meena …”)")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SituationError(f"not UTF-8: {path} (byte {exc.start}); save the situations as UTF-8 text") from None
    return read_situations(text, article, source=str(path))


def situations_template(article: Article, lang: str = "en") -> str:
    """A situations file to fill in: what to write (in ``lang``), then per headed section its heading and a
    commented line to complete and uncomment."""
    words = TEMPLATE.get(lang, TEMPLATE["en"])
    parts = [f"# {line}\n" for line in words["head"]]
    for section in article.headed_sections:
        parts.append(f"\n# —— {section.id} ‘{section.title}’\n# {section.id}: {words['line']}\n")
    return "".join(parts)


TEMPLATE = {
    "en": {"head": ("Your situations for `netquiz generate ARTICLE -o BANK.json --situations THIS_FILE`.",
                    "Under each heading, complete the line and take away its '# ': a woman you name, in a concrete",
                    "moment where that section is what she needs; not the article's words; no 'you'. Leave a section",
                    "out, or write two lines for it, as you like. 's3 = <words>' gives the words the options show",
                    "for a heading (a Hindi label for an English heading). 's3: … | <three or more words of a",
                    "sentence of s3>' makes the answer's feedback quote that sentence; 's3 (s5, s6, s7): …' shows",
                    "those headings as the wrong answers; 's3 (s5, \"<a move she might make that the article rules",
                    "out>\"): …' shows one of your own beside them (two or three in all)."),
           "line": "<Name> …"},
    "hi": {"head": ("`netquiz generate ARTICLE -o BANK.json --situations THIS_FILE` के लिए आपकी स्थितियाँ।",
                    "हर शीर्षक के नीचे की पंक्ति पूरी करें और उसके आगे का '# ' हटा दें: किसी नाम वाली महिला का एक ठोस पल,",
                    "जिसमें उसे ठीक इसी हिस्से की ज़रूरत हो; लेख के अपने शब्द नहीं; 'आप' नहीं। चाहें तो कोई हिस्सा",
                    "छोड़ दें, या किसी के लिए दो पंक्तियाँ लिखें। 's3 = <शब्द>' से किसी शीर्षक के बदले विकल्पों में दिखने",
                    "वाले शब्द दें (जैसे अंग्रेज़ी शीर्षक का हिंदी नाम)। 's3: … | <s3 के किसी वाक्य के तीन या ज़्यादा शब्द>'",
                    "से सही जवाब की प्रतिक्रिया में वही वाक्य दिखेगा; 's3 (s5, s6, s7): …' से वही शीर्षक गलत विकल्प बनेंगे;",
                    "'s3 (s5, \"<ऐसा कदम जो वह उठा सकती है पर लेख जिसे गलत बताता है>\"): …' से आपका अपना गलत विकल्प भी",
                    "(कुल दो या तीन)।"),
           "line": "<नाम> …"},
}



def read_situations(text: str, article: Article, source: str = "situations") -> list[Situation]:
    """The situations of a facilitator's file, each tied to a headed section of ``article`` by its id or heading.

    Raises :class:`SituationError` naming the line for a line with no section, an unknown section, the
    untitled introduction, an empty situation or one that addresses the reader (a scenario stem never does).
    """
    found = []
    lines = unicodedata.normalize("NFC", text.lstrip("\ufeff")).splitlines()
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        section, told, label, wrong_list = _split(line, article)
        where = f"{source} line {number}"
        if section is None:
            raise SituationError(f"{where}: start with a section's id or heading and a colon, as in "
                                 f"“s2: Meena …” (`netquiz sections ARTICLE` lists them)")
        if not section.title:
            raise SituationError(f"{where}: {section.id} is the introduction; a situation needs a headed section "
                                 f"(its heading is the answer)")
        if not told:
            raise SituationError(f"{where}: the situation after “{section.id}:” is empty")
        if PLACEHOLDER.search(told):
            raise SituationError(f"{where}: fill in the situation (it still reads “{told}”)")
        if label:
            found.append(Situation(section.id, told, number, label=True))
            continue
        told, named = _named_words(told)
        if addresses_reader(told, article.lang):
            raise SituationError(f"{where}: a scenario never addresses the reader (आप, you): tell of a woman by "
                                 f"name")
        quotes = tuple(named_sentence(article, section, words, where) for words in named)
        wrong, own = _wrong_answers(article, section, wrong_list, where) if wrong_list is not None else ((), ())
        found.append(Situation(section.id, told, number, quotes=quotes, wrong=wrong, own_wrong=own))
    return found


def _wrong_answers(article: Article, section: Section, listed: str, where: str
                   ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The wrong answers she chose ("s3 (s5, s6, s7): …") and wrote ("s3 (s5, "Give the stronger strip"): …"): the
    ids of other headed sections, and her own wrong answers in quotation marks, each once; two or three in all.
    :class:`SituationError` naming the line for any other id, her own section, an empty answer of her own, a
    heading's own words in quotation marks, words outside quotation marks, or too few or too many."""
    items = [m.group(0) for m in LISTED.finditer(listed)]
    rest = LISTED.sub(" ", listed).replace(",", " ").strip()
    if rest:
        raise SituationError(f"{where}: “{rest}” in “( … )” is neither a section's id nor a wrong answer in "
                             f"quotation marks, as in “{section.id} (s5, \"…\"): …”")
    own = [unicodedata.normalize("NFC", i[1:-1]).strip() for i in items if i[:1] in QUOTES]
    if any(not text for text in own):
        raise SituationError(f"{where}: a wrong answer in “( … )” is empty; write it between the quotation marks")
    chosen = [i.lower() for i in items if i[:1] not in QUOTES]
    by_id = {s.id.lower(): s for s in article.headed_sections if s.title}
    unknown = [i for i in chosen if i not in by_id]
    if unknown:
        raise SituationError(f"{where}: {', '.join(unknown)} in “( … )” is no headed section of the article (`netquiz "
                             f"sections ARTICLE` lists them)")
    if section.id.lower() in chosen:
        raise SituationError(f"{where}: {section.id} is the right answer; in “( … )” list the headings to show as "
                             f"wrong answers")
    titles = {unicodedata.normalize("NFC", s.title or "").casefold(): s.id for s in article.headed_sections}
    named = [text for text in own if text.casefold() in titles]
    if named:
        raise SituationError(f"{where}: “{named[0]}” is the heading of {titles[named[0].casefold()]}; write its id "
                             f"instead, or a wrong answer of your own")
    chosen, own = list(dict.fromkeys(chosen)), list(dict.fromkeys(own))
    if not MIN_CHOSEN <= len(chosen) + len(own) <= MAX_CHOSEN:
        raise SituationError(f"{where}: list {MIN_CHOSEN} or {MAX_CHOSEN} wrong answers in “( … )”: headings by id, "
                             f"or your own in quotation marks, as in “{section.id} (s5, s6, s7): …”")
    return tuple(by_id[i].id for i in chosen), tuple(own)


QUOTES = "\"“"
LISTED = re.compile(r'"[^"]*"|“[^”]*”|[sS]\d+')  # a section's id, or her own wrong answer in quotation marks


MIN_CHOSEN, MAX_CHOSEN = 2, 3  # wrong answers she chooses (a question needs two; four options in all at most)


def _named_words(told: str) -> tuple[str, list[str]]:
    """Her situation, and each part after a "|": a few words of a sentence of the section that the key's feedback
    should quote ("… | stand outside at different hours | count the people")."""
    situation, *words = told.split("|")
    return situation.strip(), [w.strip() for w in words]


def named_sentence(article: Article, section: Section, words: str, where: str) -> str:
    """The one sentence of ``section`` that holds ``words`` (as the article writes them: case, spaces, quotation
    marks and "…" aside); :class:`SituationError` naming the line when none does, or more than one (or when they are
    another section's)."""
    wanted = _plain(words)
    if len(wanted.split()) < MIN_NAMED_WORDS:
        raise SituationError(f"{where}: after “|” copy at least {MIN_NAMED_WORDS} words of the sentence of "
                             f"{section.id} that the answer's feedback should quote, as the article writes them")
    found = list(dict.fromkeys(s for s in section.sentences if wanted in _plain(s)))
    if len(found) == 1:
        return found[0]
    if found:
        raise SituationError(f"{where}: “{words}” is in {len(found)} sentences of {section.id}; copy a few more "
                             f"words of the one to quote")
    elsewhere = [s.id for s in article.sections if s.id != section.id and any(wanted in _plain(t) for t in s.sentences)]
    told = f" (it is in {', '.join(elsewhere)})" if elsewhere else ""
    raise SituationError(f"{where}: “{words}” is not in {section.id}{told}; copy the words after “|” from a sentence "
                         f"of {section.id} as the article writes them")


MIN_NAMED_WORDS = 3


def naming_words(section: Section, sentence: str) -> str:
    """The fewest first words of ``sentence`` (at least ``MIN_NAMED_WORDS``) that no other sentence of ``section``
    holds, five where it has them (a reader of her file sees which sentence it is): what "| …" after her line needs to
    name it (the author notebook's quote picker writes them)."""
    words = sentence.split()
    for count in range(max(MIN_NAMED_WORDS, min(READABLE_WORDS, len(words))), len(words) + 1):
        told = " ".join(words[:count]).strip(".,;:!?।")
        wanted = _plain(told)
        if len(wanted.split()) >= MIN_NAMED_WORDS and \
                [s for s in dict.fromkeys(section.sentences) if wanted in _plain(s)] == [sentence]:
            return told
    return sentence.strip()


READABLE_WORDS = 5


def with_wrong(line: str, article: Article, ids: Sequence[str], own: Sequence[str] = ()) -> str:
    """Her line with ``ids`` and her own wrong answers ``own`` as those it shows ("s3 (s5, "…"): …"), in place of
    any it chose before (a line that names its section by heading is given its id); the line as it is where it
    names no section. Her own are put in “…” (in "…" where they hold a “ or ”)."""
    section, rest, label, _ = _split(line.strip(), article)
    listed = [*ids, *(f'"{t}"' if "“" in t or "”" in t else f"“{t}”" for t in (t.strip() for t in own) if t)]
    return line if section is None or label else f"{section.id} ({', '.join(listed)}): {rest}"


def with_named(line: str, words: str) -> str:
    """Her line with ``words`` as the one sentence it names ("s3: … | words"), in place of any it named before."""
    return f"{line.split('|')[0].rstrip()} | {words}"


def _plain(text: str) -> str:
    """Text folded for finding her words in a sentence: NFC, lower case, quotation marks, "…" and runs of spaces
    left out."""
    folded = unicodedata.normalize("NFC", text).casefold()
    folded = re.sub(r"[\"“”‘’'…]|\.\.\.", " ", folded)
    return " ".join(folded.split())


PLACEHOLDER = re.compile(r"<[^<>]{1,20}>")  # ("<Name> …" of the template, uncommented unfilled)


def _split(line: str, article: Article) -> tuple[Section | None, str, bool, str | None]:
    """The section a line names (its id, or the longest heading the line starts with), the rest, whether it is a
    label ("s3 = …") rather than a situation ("s3: …"), and the text of its brackets, the wrong answers she chose or
    wrote, where it has them ("s3 (s5, "…"): …")."""
    by_id = {s.id.lower(): s for s in article.sections}
    if (match := ID_LINE.match(line)) and match["id"].lower() in by_id:
        return by_id[match["id"].lower()], match["rest"].strip(), match["mark"] == "=", match["wrong"]
    folded = line.casefold()
    titled = sorted((s for s in article.sections if s.title), key=lambda s: -len(s.title or ""))
    for section in titled:
        title = unicodedata.normalize("NFC", section.title or "").casefold().rstrip(":")
        after = line[len(title):].lstrip()
        if folded.startswith(title) and after[:1] in (":", "="):
            return section, after[1:].strip(), after[0] == "=", None
    return None, "", False, None


ID_LINE = re.compile(r'^(?P<id>[sS]\d+)\s*(?:\((?P<wrong>(?:"[^"]*"|“[^”]*”|[^()"“”])*)\)\s*)?'
                     r'(?P<mark>[:=])(?P<rest>.*)$')
# (her own wrong answers in quotation marks may hold parentheses, commas and colons)
