"""What round 42 changed after reading its development batches: English "don't" sections whose harm is foretold
before the remedy, "A good answer:" labels, claims that run over a semicolon, advice overdone, and the rewrites the
readers found broken."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import claims
from netquiz.generate.benefit import _without_means
from netquiz.generate.consequence import consequence_candidates, harms
from netquiz.generate.context import build_context
from netquiz.generate.recall import EMBEDDED
from netquiz.generate.sample_answer import sample_answer_candidates
from netquiz.generate.scenario import harm
from netquiz.language import en, en_grammar, en_story, en_topic, hi_story, language
from netquiz.language.hi_patterns import strip_discourse

PRESS = """# Printing Wedding Cards at Your Press? 5 Don'ts That Will Cost You Reprints

For a small printing press, the wedding season brings in more money than the rest of the year put together.

## 1. Don't Type Names From a Phone Call

Wedding cards are full of names of grandparents, uncles and cousins. Names heard over a crackling phone line will come out wrong, especially spellings that families are particular about. Ask the family to send the full text on WhatsApp.

## 2. Don't Promise a Date Before the Card Stock Is in Your Shop

Fancy card stock — metallic, handmade or laser-cut — usually comes from a dealer in a bigger city. A delivery date promised before you check the stock will slip, and the family will end up sending cards late. Confirm the stock with your dealer first, then give the date.

## 3. Don't Run the Full Quantity Without Checking the First Sheets

Colours never look the same on paper as on the screen. Running all 800 cards in one go will turn one small problem — a smudge, a pale red — into 800 spoiled cards. Stop after the first twenty sheets and check them in daylight.

## 4. Don't Start Work Without an Advance

Families change their plans, and some weddings get postponed. Paper and plates bought for an order with no advance will turn into a loss you cannot recover. Write the advance amount on the order slip and give the family a copy.

## 5. Don't Quote for the Exact Number of Cards

Families almost always need more cards than they first ask for. Suggest printing ten percent extra at the same rate. """


def test_a_harm_foretold_before_the_remedy_is_the_warned_moves():
    """"A delivery date promised before you check the stock will slip …" before "Confirm the stock …": round 42's
    printing-press article had no scenario item in seven "don't" sections; the harm is told with a short subject
    (the warned move is the stem's), a doing that is the move itself told of her, an aside and a "which" left out."""
    ctx = build_context(parse_article(PRESS), seed=0)
    told = {s.id: [h for h, _ in harms(ctx, s)] for s in ctx.article.headed_sections}
    assert told["s4"] == ["The paper and plates will turn into a loss you cannot recover"]
    assert told["s3"] == ["You will turn one small problem into 800 spoiled cards"]
    assert told["s1"] == ["The names will come out wrong"]
    [advance] = [c.question for c in consequence_candidates(ctx, "s4")]
    assert advance.options[advance.answer] == "The paper and plates will turn into a loss she cannot recover."


def test_foretold_harm_keeps_what_it_cannot_shorten():
    assert en_grammar.foretold_harm("A delivery date promised before you check the stock will slip") \
        == "The delivery date will slip"
    assert en_grammar.foretold_harm("A quote for exactly 500 will mean a second run") \
        == "A quote for exactly 500 will mean a second run"
    assert language("hi").foretold_harm("ज़्यादा माल रखने से पैसा फँसेगा") == "ज़्यादा माल रखने से पैसा फँसेगा"


def test_things_that_open_a_sentence_are_no_instruction():
    """"Paper and plates bought …" (no "to paper"), "Fancy card stock — … — usually comes …", "Tax columns look like
    one more field …" (round 42's batch B told "She taxes columns look like …") are things; the remedy is the step."""
    for thing in ("Paper and plates bought for an order with no advance will turn into a loss.",
                  "Fancy card stock — metallic, handmade or laser-cut — usually comes from a dealer in a bigger city.",
                  "Tax columns look like one more field to fill."):
        assert en.advice(thing) is None and not en.instruction(thing)
    assert en.instruction("Read and sign the form before you leave.")
    assert en.advice("Print one proof copy and ask the family to sign it.")


def test_the_second_of_two_things_before_will_is_no_lost_future():
    assert not en_story.dangling("The paper and plates will turn into a loss you cannot recover")
    assert en_story.dangling("She checks and delivers will reach the family late")


def test_a_good_answer_label_is_a_sample_answer():
    """'**A good answer:** "…"' under a quoted question heading (round 42's vision-technician article: no interview
    item in six questions); the weak answer under '**Avoid:**' is a wrong answer beside it."""
    text = """# Applying to Be a Vision Technician? How to Answer 3 Questions

Eye hospitals hire young women every year as vision technicians.

## 1. "Why do you want to work in an eye hospital?"

This checks whether you have thought about the job itself.

**A good answer:** "My grandmother had cataract surgery at a camp in our district. I saw the technician explain every
step to her in our language."

**Avoid:** "Medical jobs are respected and stable, and I have always liked the health field." It tells the panel
nothing about you.

## 2. "Tell me about a mistake you made and what you did about it."

**A good answer:** "During my college practicals I copied a reading into the wrong row of the register. I noticed it
the same evening, told my lab in-charge and we corrected it before the report went out."

**Avoid:** "Once there was a small error in our group's register, but our teacher caught it and fixed it."

## 3. "How would you check a patient's distance vision?"

**A good answer:** "The patient sits six metres from the chart. I cover one eye and ask her to read from the top line
down, and I note the smallest line she reads correctly."

**Avoid:** "I will check both eyes and write down the result."
"""
    ctx = build_context(parse_article(text), seed=0)
    [asked] = [c.question for c in sample_answer_candidates(ctx, "s1")]
    assert asked.options[asked.answer].startswith("My grandmother had cataract surgery")
    assert "Medical jobs are respected and stable, and I have always liked the health field." in asked.options


def test_a_cause_does_not_run_over_a_semicolon():
    """"पास के कुम्हार से सीधे बात करें; बीच के दुकानदार से लेने पर … ज़्यादा लगता है": an instruction, then a claim of its
    own (round 42's batch A keyed "पास के कुम्हार से सीधे बात करें; बीच के दुकानदार से लेना")."""
    article = parse_article("# Kulhad Chai\n\nपरिचय है।\n\n## अच्छे Kulhad कहाँ से खरीदें?\n\n"
                            "पास के कुम्हार से सीधे बात करें; बीच के दुकानदार से लेने पर हर Kulhad पर 50 पैसे से एक रुपया "
                            "ज़्यादा लगता है।\n", lang="hi")
    causes = [r.causal.cause for r in claims.all_claims(language("hi"), article.sections[1])]
    assert causes and not any(";" in cause for cause in causes)
    assert "बीच के दुकानदार से लेने" in causes


def test_the_advice_overdone_is_a_harm():
    """"बहुत ज़्यादा Stock रखने से … सीलन पकड़ लेते हैं और पैसा भी फँसा रहता है" under "रोज़ कितने Kulhad का Stock रखें?":
    round 42's batch A had her wish for it."""
    article = parse_article("# Kulhad Chai\n\nपरिचय है।\n\n## रोज़ कितने Kulhad का Stock रखें?\n\n"
                            "बहुत ज़्यादा Stock रखने से बरसात में Kulhad सीलन पकड़ लेते हैं और पैसा भी फँसा रहता है।\n",
                            lang="hi")
    ctx = build_context(article, seed=0)
    [reading] = ctx.readings["s1"]
    assert harm(ctx, reading)


def test_both_without_the_two_named_dangles():
    """"वह शुरुआत में दोनों रखती है" (Kulhad and Paper Cup, named only in the heading; round 42's batch A, item 45);
    not "दोनों options", "माता-पिता दोनों की"."""
    assert hi_story.leans_on_context("वह शुरुआत में दोनों रखती है।", frozenset())
    assert not hi_story._both_unnamed("वह checkout page पर दोनों options की final amount देखती है।")
    assert not hi_story._both_unnamed("वह डेस्क के किनारे पर दोनों हाथ टिकाती है।")


def test_a_list_count_is_no_part_of_the_step():
    assert strip_discourse("तीसरा, शेड के चारों ओर नाली बनवाएं") == "शेड के चारों ओर नाली बनवाएं"
    assert strip_discourse("दूसरा तरीका यह है") == "दूसरा तरीका यह है"


def test_whose_word_the_title_is_is_no_part_of_her_doing():
    """"6 Benefits of Switching to an Electric Cab, According to Women Who Drive One": round 42's batch B told
    "Fatima has switched to an electric cab, according to women who drive one"."""
    assert en_topic.topic_frame("6 Benefits of Switching to an Electric Cab, According to Women Who Drive One") \
        == "{name} has switched to an electric cab."


def test_a_reason_inside_a_step_is_no_statement():
    """"Checking each image before you link it, because one rejected main image holds back the whole listing means
    …": round 42's batch B, item 59, was garbled."""
    assert EMBEDDED.search("checking each image before you link it, because one rejected image holds back the listing")
    assert EMBEDDED.search("रोज़ पानी बदलने, क्योंकि बासी पानी में कीड़े पनपते हैं")


def test_a_closing_when_clause_gives_way_when_it_names_the_heading():
    """"… at the moment she handed the phone back, when the customer is still thinking about what the repair cost
    them" under "More Earnings From Every Repair Customer": round 42's repair-shop s1 had no "which benefit" item."""
    assert _without_means("Some time later, Sunita offered a guard and a cover at the moment she handed the phone back, "
                          "when the customer is still thinking about what the repair cost them.") \
        == "Some time later, Sunita offered a guard and a cover at the moment she handed the phone back."


def test_her_before_a_verb_is_the_woman():
    """"… the kind of trust that makes her believe you …" (the buyer): round 42's batch D told "makes the buyer's
    believe you"."""
    assert en_grammar.her_object_before("believe")
    assert not en_grammar.her_object_before("routine")


def test_none_of_this_dangles():
    """"None of this offends a genuine buyer" as what sharing her location brings: of what? (round 42's batch D,
    item 58)."""
    assert en_story.dangling("None of this offends a genuine buyer")
    assert not en_story.dangling("Most of the buyers agree")


def test_a_step_pointed_back_to_is_its_last_statement():
    """"… भारी खाना न खाएं; हल्का खाना और पानी की बोतल साथ रखें। इससे … झपकी से बचाव होता है": the step after the
    semicolon (round 42's batch D, item 18, tied the result to both and garbled them)."""
    article = parse_article("# Night Duty\n\nपरिचय है।\n\n## Eat Light Before Duty\n\n"
                            "ड्यूटी से ठीक पहले भारी खाना न खाएं; हल्का खाना और पानी की बोतल साथ रखें। इससे रात तीन से पांच बजे के "
                            "बीच आने वाली झपकी से बचाव होता है।\n", lang="hi")
    causes = [r.causal.cause for r in claims.all_claims(language("hi"), article.sections[1])]
    assert causes and all(";" not in cause for cause in causes)


def test_the_trouble_a_step_meets_is_no_gain_of_it():
    """"Owners forget appointments more often than you would expect" under "Call the Owner the Evening Before": round
    42's batch D, item 55, keyed "Calling the owner … means owners forget appointments" as true."""
    article = parse_article("# Site Visits\n\nIntro.\n\n## Call the Owner the Evening Before\n\nConfirm the time with "
                            "the owner and the buyer. Owners forget appointments more often than you would expect.\n",
                            lang="en")
    effects = [r.causal.effect for r in claims.read_claims(language("en"), article.sections[1])]
    assert not any("forget" in effect for effect in effects)


def test_a_count_after_these_is_never_the_headings():
    """"Make most of your stock in these two sizes" under "Stick to the Sizes That Sell": which two? (round 42's
    batch E, item 60)."""
    assert en_story.leans_on_context("Make most of your stock in these two sizes", frozenset({"sizes", "two", "these"}))
    assert en_story._known_pointed("Make most of them in these sizes", frozenset({"sizes"})) \
        == "Make most of them in the sizes"


def test_two_things_of_one_of_stay_things():
    """"Keep a bucket of sand or water within reach": round 42's batch E told "a bucket of sand or waters"."""
    told = en.situation(en.Causal("", "", "Keep a bucket of sand or water within reach", "", "imperative",
                                  "imperative"), "Meera")
    assert told == "Meera keeps a bucket of sand or water within reach."
    assert en.situation(en.Causal("", "", "Take a cup of tea and sit down for five minutes", "", "imperative",
                                  "imperative"), "Meera") == "Meera takes a cup of tea and sits down for five minutes."


NEWBORN = ("# Starting Newborn Shoots at Your Studio? 4 Mistakes to Avoid\n\nNewborn photography has become a steady "
           "earner for small studios.\n\n## 1. Don't Keep the Studio Cold\n\nMany studios run the AC at 20°C all day. "
           "A cold baby stays awake, cries and refuses to settle, so the session drags on and the parents go home tired "
           "and unhappy. Instead, switch off the AC before the family arrives.\n\n## 2. Don't Skip Clean Wraps\n\nA "
           "baby under a month old has little defence against germs. Wraps and blankets used on one baby and then on "
           "the next can pass on skin infections and rashes, and one bad review can empty your calendar. Instead, wash "
           "every wrap after each session.\n\n## 3. Don't Use Props You Haven't Tested\n\nProps make photos look "
           "special, but each one brings its own risks.\n\n- Glass jars and ceramic bowls can crack under a baby's "
           "weight.\n- Hot lights placed too close can burn delicate skin.\n\nInstead, test every prop with a 5 kg "
           "weight before using it.\n\n## 4. Don't Post Photos Without Written Consent\n\nMany families do not want "
           "their baby's face online. Posting without asking can cost you the client and their whole circle of "
           "relatives. Instead, add a consent line to your booking form.\n")


def test_a_harm_a_thing_does_now_is_told_as_the_article_says_it():
    """"A cold baby stays awake, cries and refuses to settle, so …" and "… can pass on skin infections" before the
    remedy: round 42's batch D had one question in seven such sections. Put in the future, "will stay awake, cries
    and refuses" would break; told as written it stands; "Glass jars and ceramic bowls can crack …" is no step."""
    ctx = build_context(parse_article(NEWBORN), seed=0)
    told = {s.id: [h for h, _ in harms(ctx, s)] for s in ctx.article.headed_sections}
    assert told["s1"][0].startswith("A cold baby stays awake, cries and refuses to settle")
    assert told["s2"] == ["The wraps and blankets can pass on skin infections and rashes"]
    assert "The hot lights can burn delicate skin" in told["s3"]
    [props] = [c.question for c in consequence_candidates(ctx, "s3")]
    assert "A cold baby stays awake, cries and refuses to settle, so the session drags on and the parents go home " \
           "tired and unhappy." in props.options


def test_a_foretold_harm_may_be_what_can_happen():
    assert en_grammar.foretold_harm("Hot lights placed too close can burn delicate skin") \
        == "The hot lights can burn delicate skin"
    assert en_grammar.foretold_harm("Running all 800 cards in one go will turn one small problem — a smudge — into "
                                    "800 spoiled cards") == "You will turn one small problem — a smudge — into 800 " \
                                                           "spoiled cards"
    assert en_grammar.foretold_harm("Posting without asking can cost you the client") \
        == "Posting without asking can cost you the client"


def test_a_clause_of_its_own_before_a_modal_is_still_a_step():
    """"Ask whether PF and ESI will be deducted", "Say out loud who will do what", "Sell where people can touch …"
    stay instructions; "Glass jars and ceramic bowls can crack …" is none."""
    for step in ("Ask whether PF and ESI will be deducted from your salary.", "Say out loud who will do what by when.",
                 "Sell where people can touch and smell the soap."):
        assert en.advice(step) is not None
    assert en.advice("Glass jars and ceramic bowls can crack under a baby's weight.") is None


def test_or_between_two_things_joins_no_verbs():
    for step, told in (("Reschedule if anyone on the team has a cold or cough",
                        "Meera reschedules if anyone on the team has a cold or cough."),
                       ("Write a note or call the owner", "Meera writes a note or calls the owner.")):
        assert en.situation(en.Causal("", "", step, "", "imperative", "imperative"), "Meera") == told


def test_so_someone_knows_is_a_purpose():
    """"Before you leave, send the address … to a colleague …, so someone knows where you are …": round 42's batch D
    read no claim in it."""
    [read] = en.find_causal("Before you leave, send the address to a colleague, so someone knows where you are.")
    assert (read.cause, read.effect) == ("Send the address to a colleague", "someone knows where you are")


def test_a_burden_that_no_longer_stays_is_a_benefit_come_true():
    """"Exam से पहले पूरा Syllabus एक साथ Revise करने की झंझट नहीं रहती" (a burden gone, "एक साथ" no count of one):
    round 42's batch C had no "which benefit" item in six benefit sections."""
    from netquiz.generate.tip_situation import numbers
    assert numbers("पूरा Syllabus एक साथ Revise करने की झंझट नहीं रहती") == frozenset()
    assert numbers("एक बच्चा") == frozenset({1})
    text = ("# Home Tuition Centre में Weekly Test रखने के 4 फायदे\n\nइंदौर की कविता शर्मा घर पर Tuition पढ़ाती हैं।\n\n"
            "## 1. Revision अपने-आप होता रहता है\n\nपिछले हफ्तों के सवाल भी रखे जाते हैं। Exam से पहले पूरा Syllabus एक "
            "साथ Revise करने की झंझट नहीं रहती।\n\n## 2. Parents का भरोसा बढ़ता है\n\nहर हफ्ते Marks घर जाते हैं।\n\n"
            "## 3. नए Admission आसानी से मिलते हैं\n\nParents दूसरों को बताते हैं।\n\n## 4. Exam का डर कम होता है\n\n"
            "बच्चे घबराते नहीं।\n")
    ctx = build_context(parse_article(text, lang="hi"), seed=0)
    from netquiz.generate.benefit import benefit_candidates
    [asked] = [c.question for c in benefit_candidates(ctx, "s1")]
    assert "Revise करने की झंझट नहीं रहती" in asked.stem
    assert asked.options[asked.answer] == "Revision अपने-आप होता रहता है"


def test_her_participle_before_rahna_or_jana_is_feminine():
    """"ग्राहक के साथ खड़े रहने" → "खड़ी रहती है", "ग्राहक जोड़ते जाने" → "जोड़ती जाती है" (round 42's put-aside H60, H64
    told "खड़े रहती है", "जोड़ते जाती है"); "सूची तैयार रहने" is still keeping it ready."""
    from netquiz.language import hi
    told = {c: hi.situation(en.Causal("", "", c, "Y", "gerund", "verbal"), "अंजलि")
            for c in ("Claim के समय ग्राहक के साथ खड़े रहने", "हर महीने नए ग्राहक जोड़ते जाने", "सूची तैयार रहने",
                      "सबसे आगे रहने")}
    assert told["Claim के समय ग्राहक के साथ खड़े रहने"] == "अंजलि Claim के समय ग्राहक के साथ खड़ी रहती है।"
    assert told["हर महीने नए ग्राहक जोड़ते जाने"] == "अंजलि हर महीने नए ग्राहक जोड़ती जाती है।"
    assert told["सूची तैयार रहने"] == "अंजलि सूची तैयार रखती है।"
    assert told["सबसे आगे रहने"] == "अंजलि सबसे आगे रहती है।"


def test_two_harms_named_are_no_wish_under_any_heading():
    """"अधूरे काग़ज़ लेने से claim हफ्तों अटकता है और ग्राहक का भरोसा टूटता है" under an interviewer's question: round 42's
    put-aside H40 had her wish for it."""
    article = parse_article("# Bima Branch Interview\n\nपरिचय है।\n\n## Claim के काग़ज़ अधूरे हों तो ग्राहक से क्या कहेंगी?\n\n"
                            "अधूरे काग़ज़ लेने से claim हफ्तों अटकता है और ग्राहक का भरोसा टूटता है।\n", lang="hi")
    ctx = build_context(article, seed=0)
    [reading] = ctx.readings["s1"]
    assert harm(ctx, reading)


def test_what_a_thing_usually_is_is_no_step():
    """"Anger at the desk is usually fear with nowhere to go": round 42's put-aside G10 told "Deepa angers at the desk
    is usually fear …"."""
    assert en.advice("Anger at the desk is usually fear with nowhere to go.") is None
    assert en.advice("Keep the desk clear so that the form is always at hand.") is not None
