"""What an English article's title says its reader is doing, as a sentence about a persona.

"How to Say No to Extra Work Without Burning Bridges" → "{name} is trying to say no to extra work without burning
bridges."; "Learning Excel at Work: Is It Really Worth Your Evenings?" → "{name} is learning Excel at work.";
"7 Benefits of Volunteering" → "{name} has started volunteering."; "Benefits of a Standing Desk" → "{name} now
has a standing desk."; "Declutter Your Home: …" → "{name} is trying to
declutter her home.". A scenario stem opens with it, so that "the trade-off" or "progress" has a setting.
"""

from __future__ import annotations

import re

from .en_grammar import can_be_noun, is_base_verb, past
from .lexicon import lexicon

PARTS = re.compile(r"\s*[:?(]\s*")
# "…, Especially for Women Over 30": whom the title has in mind, no part of what she does ("Shalini has started
# cutting back on salt, especially for women over 30", r22 item 8); nor ", According to Women Who Drive One", whose
# word it is (round 42's batch B, item 12)
ASIDE = re.compile(r",\s*(?:especially|particularly|mainly|mostly|even|if|when|for|according to|as told by|say|says)\b"
                   r"[^:?]*$", re.IGNORECASE)
HOW_TO = re.compile(r"^how to\s+(?P<rest>.+)$", re.IGNORECASE)
WAYS_TO = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:ways|tips|steps)\s+to\s+"
                     r"(?P<rest>[a-z].+)$", re.IGNORECASE)  # "7 Ways to Make the Most of a Skip-Level Meeting"
COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
BENEFITS_OF = re.compile(rf"^(?:{COUNT}\s+)?(?:benefits|advantages)\s+of\s+(?P<rest>(?:(?!(?:a|an|the|your)\b)\w+[- ])?"
                         r"\w+ing\b.*)$", re.IGNORECASE)  # ("… of Job-Shadowing a Senior Colleague": a compound)
# "Benefits of a Standing Desk", "Six Ways a Friend at Work Makes Your Job Better", "… Ways Your Own Two-Wheeler
# Changes …": a thing she now has
BENEFITS_OF_THING = re.compile(rf"^(?:{COUNT}\s+)?(?:benefits|advantages)\s+of\s+(?P<rest>(?:a|an|your own)\s+[^,]+)$",
                               re.IGNORECASE)
WAYS_THING = re.compile(rf"^{COUNT}\s+ways\s+(?P<rest>(?:a|an|your own)\s+"
                        r"[^,]+?)\s+(?:makes?|changes?|improves?|helps?|can|will)\b", re.IGNORECASE)
WHY_DOING = re.compile(r"^why\s+(?P<rest>\w+ing\b.*?)\s+(?:might|may|can|could|is|will|makes?|matters?)\b",
                       re.IGNORECASE)
# "… When You're the Youngest in the Room": a clause about the reader is cut, not rewritten
# "… as a Working Woman": who the title's reader is, not what the persona does ("{name} has started learning a
# new language as a working woman" reads as copied from the title)
AS_READER = re.compile(r"\s+(?:as|for)\s+(?:an?\s+)?(?:working\s+)?(?:women|woman|mothers?|moms?|professionals?|"
                       r"beginners?|freshers?|first-time\s+managers?)(?:\s+(?:who|with|in)\s.*)?\s*$",
                       re.IGNORECASE)  # ("… for Working Women Who Want a Side Income": the reader, described)
READER_CLAUSE = re.compile(r"\s+(?:when|if|while|as|because|even if)\s+.*\byou(?:'re|’re)?\b.*$", re.IGNORECASE)
POSSESSIVE = {"your": "her", "yourself": "herself", "yours": "hers"}
READER = re.compile(r"\byou(?:'re|’re|'ll|’ll)?\b", re.IGNORECASE)
NOT_GERUND = frozenset({"thing", "things", "nothing", "something", "morning", "evening", "meeting", "building",
                        "ceiling", "spring", "string", "king", "ring", "bring", "sing"})


GOT_A = re.compile(r"^got\s+(?P<rest>(?:a|an)\s+\w.+)$", re.IGNORECASE)


def begun_frame(frame: str) -> str:
    """"{name} is taking on home-visit patients …" → "{name} started taking on …", "{name} is starting a …" →
    "{name} started a …": what she began, before "Some time later, she built …" (round 44's batch C2, items 2, 7
    read "is taking on … Some time later, she built" as a clash of tenses); other frames as they are."""
    match = BEGUN.match(frame)
    if match is None or match.group("rest").split()[0].lower().rstrip(".,") in ROLE_WORDS:
        return frame  # ("{name} is packing staff at a cloud kitchen": a role, no doing)
    doing, rest = match.group("doing").lower(), match.group("rest")
    if doing == "starting":
        return f"{{name}} started {rest}"
    if doing in ONE_TIME:  # ("{name} joined a dairy cooperative", not "started joining")
        return f"{{name}} {past(doing[:-3] if is_base_verb(doing[:-3]) else doing[:-3] + 'e')} {rest}"
    return f"{{name}} started {doing} {rest}"


BEGUN = re.compile(r"^\{name\}\s+is\s+(?P<doing>[a-z]+ing)\s+(?P<rest>.+)$")
ROLE_WORDS = frozenset({"staff", "worker", "workers", "assistant", "helper", "help"})
ONE_TIME = frozenset({"joining", "moving", "switching", "buying", "opening", "registering", "signing", "enrolling",
                      "applying", "shifting", "returning"})


def topic_frame(title: str | None, body: str = "") -> str | None:
    """A sentence with a ``{name}`` slot that tells what the title says its reader is doing; None when the title
    has none of the shapes read here ("Why networking matters")."""
    if not title:
        return None
    for part in PARTS.split(ASIDE.sub("", title.strip().lstrip("#").strip())):
        frame = _part_frame(part.strip(), body)
        if frame:
            return frame
    return None


FINITE_AFTER_NOUN = re.compile(r"^\S+(?:\s+\S+)?\s+(?:comes|is|has|needs|means|brings|starts|asks|pays)\b",
                               re.IGNORECASE)


def _part_frame(part: str, body: str) -> str | None:
    if match := NEW_AT.match(part):  # "New at a Courier Booking Counter?", "Your First Weeks as a Metro Station
        # Customer Care Executive" (round 31: no frame, so "the customer", "the counter" stood unintroduced)
        phrase = match["rest"]
        template = "{name} has just started " + NEW_AT_PREPOSITION.get(match["at"].lower(), "at") + " {phrase}."
    elif (match := PREPARED_FOR.match(part)) and _nouns(match["rest"]):  # "Library Assistant Interview: 7 Tips to
        phrase = match["rest"]  # Prepare and Answer …" (round 30: "is preparing and answer with confidence")
        template = "{name} is preparing for an {phrase}." if phrase[:1].lower() in "aeiou" \
            else "{name} is preparing for a {phrase}."
    elif match := WANT_A.match(part):  # "Want a Front-Desk Job at a Small-Town Hotel?" (was "is trying to want …")
        phrase, template = match["rest"], "{name} wants {phrase}."
    elif (match := JOB_TITLE.match(part)) and _person(match["head"]):  # "Sewing Machine Operator in an Export
        phrase = part  # Unit?" (was "is sewing machine operator …": the gerund read as her doing)
        template = "{name} works as an {phrase}." if phrase[:1].lower() in "aeiou" else "{name} works as a {phrase}."
    elif match := HOW_TO.match(part) or WAYS_TO.match(part):
        phrase, template = match["rest"], "{name} is trying to {phrase}."
    elif match := BENEFITS_OF.match(part) or WHY_DOING.match(part):
        phrase, template = match["rest"], "{name} has started {phrase}."
        if phrase.lower().startswith(("starting ", "beginning ")) and " " in phrase:  # "… of Starting a Chair Yoga
            phrase = phrase.split(" ", 1)[1]  # Batch": she has started one (round 40's batch E: "has started starting")
        elif phrase.lower().startswith("joining "):  # "… of Joining a Reading Club": she has joined one
            phrase, template = phrase.split(" ", 1)[1], "{name} has joined {phrase}."
        elif moved := MOVED.match(phrase):  # "… of Moving Up to Quality Checker": she has moved up (round 30: "has
            phrase = moved["rest"]  # started moving up to quality checker")
            template = "{name} has " + MOVES[moved["move"].lower()] + " {phrase}."
        elif (done := _done_once(phrase)) is not None:  # "… of Taking Your Bank's Internal Promotion Test": she has
            phrase, template = done, "{name} has {phrase}."  # taken it (round 31's aside282: "has started taking")
        elif (state := STATE_GERUNDS.get(phrase.split(" ", 1)[0].lower())) and " " in phrase:  # "… of Knowing RBI's
            phrase, template = phrase.split(" ", 1)[1], "{name} now " + state + " {phrase}."  # Recovery Rules": she
            # now knows them (round 35's held-out aside334: "has started knowing", not English)
    elif match := REASONS_TO.match(part) or WHY_SHOULD.match(part):
        phrase, template = match["rest"], "{name} has decided to {phrase}."  # "6 Reasons to Use Your Annual Leave"
    elif match := YOUR_FIRST.match(part):  # "Your First Job: 6 Habits …": before it or in it, it is her first
        phrase, template = match["rest"], "{name} is getting ready for her first {phrase}."  # (not "taking on her
        # first business trip", round 28: not English)
        if FINITE_AFTER_NOUN.search(phrase):  # "Your First Job Comes With a Service Bond": a sentence of its own
            template = "{name}'s first {phrase}."  # (round 38's held-out D56: "getting ready for her first job comes")
    elif match := BENEFITS_OF_THING.match(part) or WAYS_THING.match(part):
        phrase, template = match["rest"], "{name} now has {phrase}."
        if COURSE.search(AS_READER.sub("", phrase)):  # "… of a Weekend Photography Course": she has signed up
            template = "{name} has signed up for {phrase}."
    elif match := SHOULD_YOU.match(part):  # "Should You Take a Gap Month Before Your New Job?"
        phrase, template = match["rest"], "{name} is wondering whether to {phrase}."
    elif match := STUCK_WITH.match(part):  # "Stuck With Credit-Card Debt?"
        phrase, template = match["rest"], "{name} is stuck with {phrase}."
    elif match := GOT_A.match(part):  # "Got a Call Centre Job Offer?" (round 26: "Anjali hopes to plan for the first
        phrase, template = match["rest"], "{name} has got {phrase}."  # six weeks" had no job to plan them in)
    elif COMPOUND_GERUND.match(part):
        return None  # ("Cleaning Chemicals on the Housekeeping Floor": things, not her doing; round 43's batch C told
        # "Sneha is cleaning chemicals on the housekeeping floor" in three stems)
    elif _gerund(part.split()[0] if part.split() else "") or (
            len(part.split()) >= 3 and part.split()[0].lower() in MANNER and _gerund(part.split()[1])):
        phrase, template = part, "{name} is {phrase}."  # ("Cold Pitching Your First Freelance Client")
    elif part.split() and is_base_verb(part.split()[0]) and len(part.split()) >= 2 \
            and part.split()[1].lower() not in PREPOSITION_AFTER and not _noun_pair(part, body):  # ("Back at Your
        # Desk …" is no step, nor "Flour Dust and Your Lungs": round 32's held-out aside296 read "… is trying to flour
        # dust and her lungs" in every scenario stem of the article)
        phrase, template = part, "{name} is trying to {phrase}."  # "Declutter Your Home"
    else:
        return None
    phrase = AS_READER.sub("", READER_CLAUSE.sub("", phrase)).strip()
    if template.startswith("{name} is trying to") and (first := phrase.split(maxsplit=1))[0].lower() in ONGOING \
            and not OUTCOME_AFTER_GET.match(phrase):  # ("How to Get Hired as …": she is trying to; "is getting hired"
        # read as hired already, round 33's held-out item D43)
        phrase, template = f"{ONGOING[first[0].lower()]} {first[1] if len(first) > 1 else ''}".strip(), \
            "{name} is {phrase}."  # "is trying to prepare for …" → "is preparing for …"
    if template == "{name} is {phrase}." and (first := phrase.split(maxsplit=1))[0].lower() in UNDER_WAY:
        phrase = f"{UNDER_WAY[first[0].lower()]} {first[1] if len(first) > 1 else ''}".strip()  # ("is finding her
        # first internship" on her last day there: reading179 items 102–109; a search is under way, not done)
    if len(phrase.split()) > 10:  # "… a Part-Time Role Without Losing Your Place on the Team": the hedge goes
        phrase = HEDGE.sub("", phrase).strip()
    words = [POSSESSIVE.get(w.lower(), w) for w in phrase.split()]
    phrase = " ".join(running_case(w, body) for w in words)
    if not phrase or READER.search(phrase) or len(words) > 10:
        return None
    return template.replace("{phrase}", phrase.replace("{", "").replace("}", ""))


NEW_AT = re.compile(r"^(?:new|just started|your first (?:days|weeks|week|months|month|year))\s+(?P<at>at|in|as|to)\s+"
                    r"(?P<rest>(?:a|an)\s+[\w -]+)$", re.IGNORECASE)
NEW_AT_PREPOSITION = {"as": "as", "in": "in"}  # ("new to a call centre": she has started at one)
PREPARED_FOR = re.compile(r"^(?P<rest>(?:[\w-]+\s+){1,4}(?:interview|exam|test))$", re.IGNORECASE)
WANT_A = re.compile(r"^(?:want|need)\s+(?P<rest>(?:a|an)\s+[a-z].+)$", re.IGNORECASE)
JOB_TITLE = re.compile(r"^(?:an?\s+)?(?P<head>(?:[\w-]+\s+){0,3}[\w-]+)(?:\s+(?:in|at|for|with)\s+.+)?$", re.IGNORECASE)
MOVED = re.compile(r"^(?P<move>moving up to|moving to|switching to|shifting to|becoming)\s+(?P<rest>.+)$",
                   re.IGNORECASE)
MOVES = {"moving up to": "moved up to", "moving to": "moved to", "switching to": "switched to",
         "shifting to": "shifted to", "becoming": "become"}


STATE_GERUNDS = {"knowing": "knows", "understanding": "understands", "having": "has", "owning": "owns"}  # (a state
# she is in, not a step she goes on taking)
DONE_ONCE = frozenset({"pass", "clear", "get", "buy", "open", "register", "complete", "finish", "set", "install",
                       "hire", "switch"})
TAKEN_ONCE = re.compile(r"\b(?:test|exam|examination|loan|policy)\b", re.IGNORECASE)  # ("taking a real lunch break"
# goes on: "has started taking" it)


def _done_once(phrase: str) -> str | None:
    """The phrase told as done, for a step taken once ("taking the test" → "taken the test", "setting up a …" →
    "set up a …"); None for one that goes on ("learning Excel")."""
    from lemminflect import getInflection, getLemma

    first, _, rest = phrase.partition(" ")
    lemma = getLemma(first.lower(), upos="VERB") if first.lower().endswith("ing") else ()
    if not lemma or not rest or (lemma[0] not in DONE_ONCE and not (lemma[0] == "take" and TAKEN_ONCE.search(rest))):
        return None
    done = getInflection(lemma[0], tag="VBN")
    said = PARTICIPLES.get(lemma[0], done[0] if done else "")
    return f"{said} {rest}" if said else None


PARTICIPLES = {"get": "got"}  # (Indian English: "has got a D.Pharm", not "has gotten"; round 36's development item 47)


def _person(head: str) -> bool:
    """True when a noun phrase ends on a word for one person at work ("Sewing Machine Operator"; not "Working With
    Clients", "Six Ways a Friend")."""
    words = head.split()
    return len(words) >= 2 and words[-1].lower() in PERSON_HEADS and _nouns(" ".join(words[1:]))


def _nouns(phrase: str) -> bool:
    """True for a phrase of nouns only, as far as a title shows ("Library Assistant Interview"; not "Preparing for a
    Job Interview", "Six Ways a Friend")."""
    return all(not _gerund(w) and w.lower() not in NOT_IN_NOUNS and not w[:1].isdigit() for w in phrase.split())


NOT_IN_NOUNS = frozenset({"a", "an", "the", "for", "to", "with", "of", "and", "or", "ways", "tips", "your", "her",
                          "my", "how", "why", "what", "six", "seven", "five", "four", "three", "ten"})


PERSON_HEADS = frozenset(lexicon("en").person_nouns) | {"operator", "helper", "clerk", "guard", "warden",
                                                       "checker", "sorter", "collector", "designer", "executive"}
SHOULD_YOU = re.compile(r"^should\s+you\s+(?P<rest>[a-z].+)$", re.IGNORECASE)
STUCK_WITH = re.compile(r"^stuck\s+with\s+(?P<rest>[a-z].+)$", re.IGNORECASE)
MANNER = frozenset({"cold", "solo", "remote", "part-time", "full-time", "freelance"})  # ("Cold Pitching …")
HEDGE = re.compile(r"\s+(?:without|and\s+still)\s+\w+ing\b.*$|\s+without\s+.*$", re.IGNORECASE)
COURSE = re.compile(r"\b(?:course|class|classes|workshop|programme|program|bootcamp)$", re.IGNORECASE)
REASONS_TO = re.compile(rf"^(?:{COUNT}\s+)?reasons\s+to\s+(?P<rest>[a-z].+)$", re.IGNORECASE)
WHY_SHOULD = re.compile(r"^why\s+(?:[\w-]+\s+){0,4}?(?:women|woman|mothers|moms|professionals|employees)\s+should\s+"
                        r"(?P<rest>[a-z].+)$", re.IGNORECASE)  # "Why Non-Tech Working Women Should Learn a Little Code"
YOUR_FIRST = re.compile(r"^your first (?P<rest>[a-z][a-z -]{2,40})$", re.IGNORECASE)


# A gerund title whose verb tells an outcome, told as the effort under way: "Finding Your First Internship" → "is
# looking for her first internship"
UNDER_WAY = {"finding": "looking for", "landing": "trying to land", "winning": "trying to win",
             "cracking": "trying to crack"}
# Steps one is simply doing, not trying to do: "How to Prepare for …" → "{name} is preparing for …"
OUTCOME_AFTER_GET = re.compile(r"^get\s+(?:hired|selected|placed|promoted|shortlisted|a job|the job|your first job)\b",
                               re.IGNORECASE)
ONGOING = {"prepare": "preparing", "plan": "planning", "get": "getting", "look": "looking", "study": "studying"}


PREPOSITION_AFTER = frozenset({"at", "in", "on", "from", "after", "to", "with"})


# A gerund that names a kind of thing before its noun ("cleaning chemicals", "drinking water", "sewing machines"):
# the title's words are things, not what its reader does
COMPOUND_GERUND = re.compile(r"^(?:cleaning|cooking|drinking|washing|sewing|packing|building|baking|frying|mixing|"
                             r"printing|waiting|living|dining|sleeping|walking|hearing|reading|boarding)\s+"
                             r"(?:chemicals?|products?|supplies|agents?|liquids?|powders?|oils?|gas|water|machines?|"
                             r"materials?|tapes?|soda|rooms?|halls?|tables?|bags?|aids?|glasses|sticks?|areas?|"
                             r"pass(?:es)?|trays?|paper)\b", re.IGNORECASE)


def _gerund(word: str) -> bool:
    lower = word.lower()
    return lower.endswith("ing") and len(lower) > 4 and lower not in NOT_GERUND and lower.isalpha()


def running_case(word: str, body: str) -> str:
    """A title-case word in running text: lower-case unless the article writes it capitalised in mid-sentence
    and never in lower case ("Excel", "LinkedIn"), or it is an acronym ("MBA")."""
    if "-" in word.strip("-"):  # "Job-Shadowing": each part on its own
        return "-".join(running_case(part, body) if part else part for part in word.split("-"))
    if word.isupper() and len(word) > 1 or any(c.isupper() for c in word[1:]):
        return word
    lower = word.lower()
    if word[:1].isupper() and re.search(rf"[a-z,;] {re.escape(word)}\b", body) \
            and not re.search(rf"\b{re.escape(lower)}\b", body):
        return word
    return lower


# "How to Build an Emergency Fund" → "emergency fund": the thing a tip heading calls "it" ("Keep It Separate …")
TOPIC_OBJECT = re.compile(r"^how to\s+[a-z]+\s+(?:an?|the|your)\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z-]+)$",
                          re.IGNORECASE)


def topic_object(title: str | None, body: str = "") -> str | None:
    """The thing the title's "how to" makes, in running text ("emergency fund"), or None."""
    if not title:
        return None
    match = TOPIC_OBJECT.match(PARTS.split(title.strip().lstrip("#").strip())[0].strip())
    return " ".join(running_case(w, body) for w in match["thing"].split()) if match else None


def _noun_pair(part: str, body: str) -> bool:
    """True for a title that opens on a thing ("Flour Dust and Your Lungs"): a word that may be a noun, no object of
    its own after it ("the", "your"), which the body names as a thing ("the flour") and never inflects as a verb
    ("planning", "planned": "Plan Meals …" is a step)."""
    words = part.split()
    first, second = words[0].lower(), words[1].lower()
    if not can_be_noun(first) or second in OBJECT_OPENERS:
        return False
    stem = re.escape(first[:-1] if first.endswith("e") else first)
    if re.search(rf"\b{stem}{re.escape(first[-1])}?(?:ed|ing)\b|\b{re.escape(first)}s\s+(?:the|a|an|your|her)\b",
                 body, re.IGNORECASE):
        return False  # ("planning", "planned": the body uses it as a verb)
    named = rf"\b(?:the|of|from|in|on|with|and|a|this|that|your|her|fine|much|less|more)\s+{re.escape(first)}\b"
    return re.search(named, body, re.IGNORECASE) is not None


OBJECT_OPENERS = frozenset({"the", "a", "an", "your", "her", "my", "our", "their", "up", "out", "off", "down", "on"})
