"""Who the woman of an English article's opening is and where she works, as a setting for a persona.

"Kavya Menon, a 29-year-old chartered accountant in Kochi, used to lose …" → "{name}, a chartered accountant in
Kochi,"; "Anjali Menon runs the office at a 40-person architecture firm in Kochi." → "{name} runs the office at …";
"Meenal Joshi works as an accounts assistant at …" → "{name}, an accounts assistant at …,". Told of a persona, it
gives a stem the concrete setting readers asked for in place of the title pasted as one ("Sneha is managing
migraines at work.").
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .setting import Setting, recurs

NAME = r"(?P<name>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?"
ROLE = r"an?\s+(?:\d+-year-old\s+)?(?P<role>[A-Za-z][\w-]*(?:\s+[\w-]+){0,5}?\s+(?:at|in|with|for)\s+[^,;:]{3,60}?)"
APPOSITIVE = re.compile(rf"^(?:When\s+|For\s+[^,]{{1,30}},\s+|Last\s+\w+,\s+)?{NAME},\s+{ROLE},")
IS_ROLE = re.compile(rf"^{NAME}(?:,\s+\d+,)?\s+(?:is|works\s+as)\s+{ROLE}\.$")
RUNS = re.compile(rf"^{NAME}\s+(?P<does>(?:runs|teaches|manages|designs)\s+[^,;:]{{3,80}}?\s+(?:in|at|near|from)"
                  r"\s+[^,;:]{3,50}?)\.$")
UNTIL = re.compile(r"\s+(?:from|since|until|every|during|for\s+(?:\d+|a|an|the|two|three|four|five|six)\s)")
MAX_WORDS = 12  # (longer, the setting would crowd a phone's stem)


def intro_setting(sentence: str, article: str) -> Setting | None:
    """The setting of the woman ``sentence`` opens on, her name left for a ``{name}`` slot; None when the sentence
    has none of the shapes read here or names no woman the article names again."""
    sentence = sentence.strip()
    for pattern in (APPOSITIVE, IS_ROLE):
        found = pattern.match(sentence)
        if found and _her(found["name"], sentence, article) and len(found["role"].split()) <= MAX_WORDS:
            role = UNTIL.split(found["role"])[0]  # ("an HR executive in Kochi from Monday to Friday")
            role = f"{_article(role)} {role}"
            return Setting(f"{{name}}, {role},", f"{{name}} is {role}.")
    found = RUNS.match(sentence)
    if found and _her(found["name"], sentence, article) and len(found["does"].split()) <= MAX_WORDS:
        return Setting(f"{{name}}, who {found['does']},", f"{{name}} {found['does']}.")
    return None


def _her(name: str, sentence: str, article: str) -> bool:
    return name in lexicon("en").given_name_set and recurs(name, sentence, article)


def _article(role: str) -> str:
    """"a" or "an" as the role's first word is said ("an HR executive", "a UX designer")."""
    first = role.split()[0]
    if first.isupper() and len(first) > 1:
        return "an" if first[0] in "AEFHILMNORSX" else "a"  # (letter names: "aitch", "em")
    return "an" if first[:1].lower() in "aeiou" else "a"
