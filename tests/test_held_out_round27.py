"""What round 27's held-out strict reading refused, each shape told the way it should be (items 1, 5, 6, 8, 9,
16, 29, 45, 56, 60, 61, 62, 63, 69, 72 of /work/r27/genC)."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.recall import _leans
from netquiz.language.en import find_causal as find_en
from netquiz.language.hi_patterns import find_causal as find_hi
from netquiz.language.hi_pronouns import to_persona
from netquiz.language.hi_story import dangling

SALON = """# Starting Work at a Salon: 4 Tips

The first months at a salon decide whether clients ask for you by name.

## Don't Skip the Patch Test

Hair colour and bleach can cause allergic reactions. Skipping it to save time leads to burning, rashes and a visit \
to the dermatologist.

## Learn the Price List by Heart

This way you can answer a client's question on the spot.

## Keep Your Own Client Notebook

Write down each client's shade number. Clients come back to the person who remembers them.

## Ask to Assist on Bridal Days

Wedding season is when a salon earns the most, and it is also when you learn the fastest.
"""


def test_what_leaving_a_step_out_brings_is_not_keyed_to_the_step() -> None:
    ctx = build_context(parse_article(SALON), seed=0)
    patch = next(s for s in ctx.article.headed_sections if "Patch" in (s.title or ""))
    assert not any("burning" in r.causal.effect for r in ctx.readings[patch.id])  # (items 60, 61)


def test_a_time_defined_is_no_cause_and_a_purpose_stops_at_the_next_step() -> None:
    assert find_en("Wedding season is when a salon earns the most, and it is also when you learn the fastest.") == []
    read = find_en("Adjust the chair height so that you work with straight shoulders, switch hands for the dryer "
                   "when you can, and wear cushioned shoes.")
    assert [(c.cause, c.effect) for c in read] == [("Adjust the chair height", "you work with straight shoulders")]


def test_hindi_shapes_that_are_no_result() -> None:
    assert find_hi("अकेली महिला 50 किलो का ऑर्डर लेने से हिचकती है, क्योंकि वह इतना अकेले नहीं बना पाएगी।") == []
    assert find_hi("Gloves पहनने से हाथ धोने की ज़रूरत खत्म नहीं होती, बल्कि gloves उतारने के बाद भी हाथ धोना ज़रूरी "
                   "है।") == []
    assert find_hi("रोज़ बोलने से डर कम होता है।")  # (a noun "डर" opening the result is a result)


def test_an_obligation_is_not_told_as_hers_and_a_bare_giving_leans() -> None:
    told = to_persona("आप कीमती मिनट नहीं गंवातीं और nurse को बार-बार पूछना नहीं पड़ता", "सीमा", True).text
    assert told.endswith("पूछना नहीं पड़ता") and "गंवाती " in told
    assert dangling("रश्मि पहले nurse से पूछती है, फिर देती है।")
    assert not dangling("पहले सूची बनाएं, फिर खरीदारी करें")


def test_quotes_that_lean_on_the_sentence_before() -> None:
    ctx = build_context(parse_article(SALON), seed=0)
    assert _leans(ctx, "One such incident can cost the salon a client.")
    assert _leans(ctx, "extra responsibilities you took on, like training new joinees.")  # (a list's item)
    assert not _leans(ctx, "Come with facts: the hours you put in and the work you handle.")
    hindi = build_context(parse_article("# शीर्षक\n\nपरिचय।\n\n## एक\n\nपहला वाक्य यहाँ है।\n"), seed=0)
    assert _leans(hindi, "ऐसे सवालों के लिए किसी senior की बजाय उस साथी को चुनें।")
    assert not _leans(hindi, "बहुत-सी महिलाएं डरती हैं कि एक-दो ख़राब reviews से धंधा बैठ जाएगा, पर ऐसा कम ही होता है।")


def test_a_purpose_after_an_opening_adverb_and_a_rather_step_are_read() -> None:
    read = find_en("Also keep your agency coordinator informed, so that a permanent offer does not create confusion "
                   "over your notice period.")
    assert [(c.cause, c.pattern) for c in read] == [("Keep your agency coordinator informed", "purpose")]
    assert find_en("Then swap roles, so that nobody is always the one being watched.") == []  # (swap with whom?)
    text = ("# Ward assistant की पहली नौकरी\n\nपहला महीना सबसे कठिन होता है।\n\n## परिवार को Report के बारे में खुद न बताएं\n\n"
            "परिवार वाले ward assistant से सबसे ज़्यादा बात करते हैं। ऐसे सवालों पर अंदाज़ा न लगाएं, बल्कि विनम्रता से "
            "कहें कि doctor साहब बताएंगे। ऐसा करने से गलत जानकारी नहीं फैलती।\n\n## हाथ धोना याद रखें\n\nहर मरीज़ के बाद "
            "हाथ धोएं।\n")
    ctx = build_context(parse_article(text), seed=0)
    family = ctx.article.headed_sections[0]
    assert "विनम्रता से कहें कि doctor साहब बताएंगे।" in [r.causal.cause for r in ctx.readings[family.id]]


def test_a_clause_far_on_does_not_tell_what_a_pointer_names() -> None:
    """The new strict reader's items 25, 26, 60: "यह डर" with a "जो" clause twelve words on, of another thing;
    "such bookings" with "that" telling of the experience."""
    ctx = build_context(parse_article(SALON), seed=0)
    assert _leans(ctx, "By assisting on ten or twelve such bookings, you build the experience that owners look for.")
    hindi = build_context(parse_article("# शीर्षक\n\nपरिचय।\n\n## एक\n\nपहला वाक्य यहाँ है।\n"), seed=0)
    assert _leans(hindi, "समूह में यह डर नहीं रहता, क्योंकि दस जोड़ी हाथ एक हफ्ते में वह काम कर देते हैं जो एक महिला को "
                         "महीने भर में पूरा होता।")
    assert not _leans(hindi, "नतीजा यह कि office में दिन में दो बार charger ढूंढने की नौबत नहीं आती।")


def test_an_also_that_adds_to_nothing_is_left_out_of_a_step() -> None:
    from netquiz.language import language
    from netquiz.language.base import Causal
    hi = language("hi").rules
    assert hi.action(Causal("", "", "अपना UAN number और ESI card भी बनवा लें", "", "imperative", "imperative")) \
        == "अपना UAN number और ESI card बनवा लेना"
    assert "किसी और से भी" in (hi.action(Causal("", "", "अपने काम के लोगों के अलावा किसी और से भी बात करें", "",
                                                 "imperative", "imperative")) or "")
