"""English anecdotes: a named woman's story in the article ("Ritu, an accountant in Jaipur, joined a community choir
…", "When Kavya, a junior analyst in Pune, automated her transfer, she …") retold of the persona."""

from __future__ import annotations

import re
from functools import lru_cache

from .anecdote import renamed
from .en_grammar import base_form, past
from .lexicon import lexicon

# the woman and her role, set off by commas, as the subject of the sentence or of a time clause before it
WOMAN = re.compile(r"(?P<name>\b(?!(?:When|After|Once|Before|Until|As|Since|Within|While)\b)[A-Z][a-z]+"
                   r"(?: [A-Z][a-z]+)?), (?:an?|the) [a-z][^,]{1,80}?, (?=[a-z])")
OPENERS = frozenset({"when", "after", "once", "before", "until", "as", "since", "within", "while"})
# what she says is no action of hers ("Meera says her follow-up notes …")
REPORTING = re.compile(r"^(?:\w+ly\s+)?(?:says|said|recalls|recalled|explains|explained|describes|described|tells|told|"
                       r"remembers|remembered|admits|admitted|puts|points|notes|noted|adds|added|believes|felt|feels|"
                       r"jokes|joked|insists|insisted|swears|swore|"
                       r"thinks|thought|laughs|laughed|calls|called|was|is|had been|has been)\b")
JOINING = re.compile(r"^(?:so|and|but|or|because|which|who|whose|where|while)\b")  # (her name in a clause of its own)
CLASH = re.compile(r",\s+(?:while|whereas)\s", re.IGNORECASE)  # ("…, while her boss wanted …": a clash, no action)


MAX_LEAD_WORDS = 15


@lru_cache(maxsize=1)
def _named() -> re.Pattern[str]:
    """A given name of the language's list, with a surname after it or not, before a lower-case word (her verb)."""
    names = lexicon("en").names_alternation
    return re.compile(rf"(?P<name>\b(?:{names})(?: [A-Z][a-z]+)?)\s+(?=[a-z])")


def retold(sentence: str, name: str) -> tuple[str, bool] | None:
    """The sentence told of ``name`` instead of the article's woman (her role left out), and whether it is told
    in the past; None when the sentence tells no woman's action by name. The woman is named with her role ("Ritu,
    an accountant in Jaipur, …") or by one of the language's given names ("Kavya printed the hall map …", "When
    Arjun was posted to Hosur, Meera handled every bill …": after a clause of its own)."""
    found = WOMAN.search(sentence)
    if found is not None:
        lead, rest = sentence[:found.start()], sentence[found.end():]
        if lead.strip() and (lead.split()[0].lower() not in OPENERS or len(lead.split()) > 1):
            return None  # (her name inside a longer clause: not what she did)
    else:
        named = _named().search(sentence)
        if named is None:
            return None
        lead, rest = sentence[:named.start()], sentence[named.end():]
        if lead.strip() and (not lead.endswith(", ") or len(lead.split()) > MAX_LEAD_WORDS):
            return None  # (her name inside a clause: not what she did)
        found = named
    if REPORTING.match(rest) or JOINING.match(rest) or CLASH.search(rest) or '"' in rest or "“" in rest:
        return None
    text = renamed(lead, found["name"].split()[0], name, rest)
    if text is None:
        return None
    verb = rest.split()[0].strip(",.")
    return text, past(base_form(verb)) == verb and verb.isalpha()
