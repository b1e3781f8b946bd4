"""English anecdotes: a named woman's story in the article ("Ritu, an accountant in Jaipur, joined a community choir
…", "When Kavya, a junior analyst in Pune, automated her transfer, she …") retold of the persona."""

from __future__ import annotations

import re

from .anecdote import renamed
from .en_grammar import base_form, past

# the woman and her role, set off by commas, as the subject of the sentence or of a time clause before it
WOMAN = re.compile(r"(?P<name>\b(?!(?:When|After|Once|Before|Until|As|Since|Within|While)\b)[A-Z][a-z]+"
                   r"(?: [A-Z][a-z]+)?), (?:an?|the) [a-z][^,]{1,80}?, (?=[a-z])")
OPENERS = frozenset({"when", "after", "once", "before", "until", "as", "since", "within", "while"})
# what she says is no action of hers ("Meera says her follow-up notes …")
REPORTING = re.compile(r"^(?:\w+ly\s+)?(?:says|said|recalls|recalled|explains|explained|describes|described|tells|told|"
                       r"remembers|remembered|admits|admitted|puts|points|notes|noted|adds|added|believes|felt|feels|"
                       r"thinks|thought|laughs|laughed|calls|called|was|is|had been|has been)\b")
JOINING = re.compile(r"^(?:so|and|but|or|because|which|who|whose|where|while)\b")  # (her name in a clause of its own)
CLASH = re.compile(r",\s+(?:while|whereas)\s", re.IGNORECASE)  # ("…, while her boss wanted …": a clash, no action)


def retold(sentence: str, name: str) -> tuple[str, bool] | None:
    """The sentence told of ``name`` instead of the article's woman (her role left out), and whether it is told
    in the past; None when the sentence tells no woman's action by name."""
    found = WOMAN.search(sentence)
    if found is None:
        return None
    lead, rest = sentence[:found.start()], sentence[found.end():]
    if lead.strip() and (lead.split()[0].lower() not in OPENERS or len(lead.split()) > 1):
        return None  # (her name inside a longer clause: not what she did)
    if REPORTING.match(rest) or JOINING.match(rest) or CLASH.search(rest) or '"' in rest or "“" in rest:
        return None
    text = renamed(lead, found["name"].split()[0], name, rest)
    if text is None:
        return None
    verb = rest.split()[0].strip(",.")
    return text, past(base_form(verb)) == verb and verb.isalpha()
