"""What round 31's development batch (aside279–280) and round 30's held-out readings (aside273–276) found unread or
misread, each shape told the way it should be."""

from __future__ import annotations

from dataclasses import replace

from netquiz.article import parse_article
from netquiz.generate import claims
from netquiz.generate.context import build_context
from netquiz.generate.scenario import harm
from netquiz.language import language
from netquiz.language.en import find_causal as en_causal
from netquiz.language.en import rewrite
from netquiz.language.hi_patterns import find_causal as hi_causal


def _read(found: list) -> list[tuple[str, str]]:
    return [(c.cause, c.effect) for c in found]


def test_a_gerund_step_that_settles_or_opens_is_read() -> None:
    assert _read(en_causal("Counting in the open settles the matter before it starts.")) == \
        [("Counting in the open", "you settle the matter before it starts")]
    assert _read(en_causal("Learning Tally opens the way to the accounts section.")) == \
        [("Learning Tally", "you open the way to the accounts section")]
    assert en_causal("Counting in the open matters before it starts.") == []


def test_so_that_one_of_them_and_a_supervisor_who_sees_are_results() -> None:
    found = en_causal("Keep a bottle at the counter, and agree with the colleague at the next window on fixed relief "
                      "times, so that one counter always stays open while the other person takes a short break.")
    assert [c.effect for c in found] == ["one counter always stays open while the other person takes a short break"]
    found = en_causal("Checking first also shows your supervisor that you take the rules seriously.")
    assert [c.effect for c in found] == ["your supervisor sees that you take the rules seriously"]


def test_a_thing_made_faster_is_a_result() -> None:
    found = en_causal("Photos taken at booking make a damage claim much faster to settle.")
    assert [c.effect for c in found] == ["a damage claim becomes much faster to settle"]


def test_a_time_that_comes_at_last_is_no_step() -> None:
    assert en_causal("When you do eventually step into the role, you already know the people.") == []
    assert _read(en_causal("When you step into the role early, you already know the people.")) == \
        [("you step into the role early", "you already know the people")]


def test_you_after_a_verb_in_ing_is_its_object() -> None:
    assert rewrite("the customer stops blaming you personally", "Priya", True)[0] == \
        "the customer stops blaming her personally"
    assert rewrite("the morning you start the job", "Priya", False)[0] == "the morning Priya starts the job"


def test_a_short_list_inside_a_hindi_step_is_read_and_a_count_word_is_no_step() -> None:
    assert _read(hi_causal("साबुत हल्दी, धनिया और मिर्च ग्राहक के सामने पीसकर देने से उसे शुद्धता पर भरोसा हो जाता है।")) \
        == [("साबुत हल्दी, धनिया और मिर्च ग्राहक के सामने पीसकर देने", "उसे शुद्धता पर भरोसा हो जाता है")]
    assert hi_causal("दाल, मसाले, बेलन-चकला और सुखाने के लिए छत या आंगन — शुरुआत इतने से हो जाती है।") == []
    assert hi_causal("सुबह उठकर, पानी पीने से दिन अच्छा जाता है।") == []


def test_new_at_a_workplace_is_a_frame() -> None:
    topic = language("en").topic_frame
    assert topic("New at a Courier Booking Counter? 7 Tips for Your First Months", "") == \
        "{name} has just started at a courier booking counter."
    assert topic("Your First Weeks as a Metro Station Customer Care Executive: 7 Tips", "") == \
        "{name} has just started as a metro station customer care executive."
    assert topic("Your First Job: 6 Habits", "") == "{name} is getting ready for her first job."


COUNTER = """# New at a Courier Booking Counter? 4 Tips

A courier counter looks simple: a scale, a computer and a stack of airway bills. Every parcel goes to the hub.

## 1. Weigh every parcel yourself

Customers often tell you the weight. Put every parcel on the scale anyway. This way the bill is right the first \
time, and the hub does not send back a weight difference.

## 2. Don't accept a sealed parcel blindly

A customer may say "just documents". Instead, ask politely what is inside. Common restricted items include:

- cash, gold and silver jewellery
- pickles and oil-based food in glass jars

Checking at the counter saves the branch from a seized shipment.

## 3. Don't promise a delivery date

"It will reach tomorrow" ends the conversation and brings an angry call later. Instead, tell the customer the \
expected delivery window shown by the system. When you give a realistic range, the customer stops blaming you \
personally for a delay at the hub.

## 4. Count the cash at every shift change

Count the drawer with the person taking over. Doing so means a shortage is traced to a receipt the same day.
"""


def test_the_trades_own_things_are_known_and_a_list_is_no_step() -> None:
    article = parse_article(COUNTER)
    assert {"hub", "bill", "parcel"} <= set(claims.known_title(article).split())
    read = claims.read_claims(language("en"), article.sections[1], claims.known_title(article))
    assert [r.causal.effect for r in read] == ["the bill is right the first time"]
    dont = claims.read_claims(language("en"), article.sections[2], claims.known_title(article))
    assert all("jewellery" not in r.causal.cause.lower() for r in dont)


def test_a_result_after_instead_comes_of_the_step_advised_instead() -> None:
    ctx = build_context(parse_article(COUNTER), 0)
    [reading] = ctx.readings["s3"]
    assert reading.causal.cause == "you give a realistic range"
    assert not harm(ctx, reading), "the result of the step advised instead is no harm of the warned step"
    warned = replace(reading, causal=replace(reading.causal, sentence=ctx.article.section("s3").sentences[0]))
    assert harm(ctx, warned), "told before the 'Instead', it would be the warned step's"


def test_what_she_can_already_do_is_no_step_and_one_of_these_dangles() -> None:
    assert en_causal("If you can spot and name defects quickly, you can take that skill to any unit.") == []
    assert _read(en_causal("If you spot defects quickly, you can take that skill to any unit.")) == \
        [("you spot defects quickly", "you can take that skill to any unit")]
    story = language("en").story
    assert story.dangling("Book one of these") and not story.dangling("Book one of these slots early")
    assert rewrite("a renewal that costs you no leave at all", "Aarti", True)[0] == "a renewal that costs her no leave at all"


def test_the_decisions_own_verb_after_a_participle_is_no_result() -> None:
    assert hi_causal("ऐसा करने से पहले तीन-चार महीनों में आप बाज़ार को समझ लेती हैं और बड़ी मशीन का फैसला हाथ में आए "
                     "ऑर्डर देखकर कर पाती हैं।") == []


def test_a_month_after_and_is_no_verb() -> None:
    story = language("en").story
    assert story.gerund_phrase("Drop your resume at schools in February and March") == \
        "dropping your resume at schools in February and March"
    assert story.gerund_phrase("Check the cash and sign the register") == "checking the cash and signing the register"


OWNING_UP = """# New at a Courier Counter? 2 Tips

Courier counters are busy.

## 1. Don't hide a mistake at the counter

Everyone prints a wrong label sooner or later. Instead, tell your supervisor before the evening dispatch. A wrong \
label caught at the branch costs five minutes. Owning up early also builds the kind of trust that gets you more \
responsibility.

## 2. Keep a notebook

Write down every rule your trainer explains.
"""


def test_a_step_told_by_its_verb_alone_is_the_instruction_before_it() -> None:
    article = parse_article(OWNING_UP)
    read = claims.read_claims(language("en"), article.sections[1], claims.known_title(article))
    assert [r.causal.cause for r in read] == ["Tell your supervisor before the evening dispatch"]


def test_a_short_list_inside_an_english_by_step_is_read() -> None:
    assert _read(en_causal("By asking for an exact amount, date and payment mode, you get promises that customers "
                           "actually keep.")) == \
        [("asking for an exact amount, date and payment mode", "you get promises that customers actually keep")]
    assert _read(en_causal("By checking the cash, you avoid shortages.")) == [("checking the cash", "you avoid shortages")]


def test_an_aside_and_what_follows_a_colon_are_left_out_of_a_result() -> None:
    found = en_causal("If you leave clear notes, the next agent, who is often you a week later, starts where you "
                      "stopped.")
    assert [c.effect for c in found] == ["the next agent starts where you stopped"]
    article = parse_article("# New at a Call Centre? 2 Tips\n\nCalls are hard.\n\n## 1. Read the account before you "
                            "dial\n\nYour screen shows the loan. This way you avoid an embarrassing mistake: asking a "
                            "customer for an EMI she paid yesterday.\n\n## 2. Take breaks\n\nStand up every hour.\n")
    read = claims.read_claims(language("en"), article.sections[1], claims.known_title(article))
    assert [r.causal.effect for r in read] == ["you avoid an embarrassing mistake"]


def test_notes_like_these_dangle_and_you_after_be_is_her() -> None:
    assert language("en").story.dangling("Leave notes like these")
    assert not language("en").story.dangling("Leave notes like a nurse's handover")
    assert rewrite("the next agent will often be you", "Asha", True)[0] == "the next agent will often be her"


def test_a_long_hindi_step_later_and_a_study_finding_are_read() -> None:
    assert _read(hi_causal("कपड़ा लेते समय ग्राहक के सामने ही दाग, फटी जगह या टूटे बटन को रसीद पर लिख देने से बाद में "
                           "बहस की नौबत ही नहीं आती।")) == \
        [("कपड़ा लेते समय ग्राहक के सामने ही दाग, फटी जगह या टूटे बटन को रसीद पर लिख देने",
          "बाद में बहस की नौबत ही नहीं आती")]
    assert hi_causal("खाना खाने से दो घंटे बाद सोएं।") == []
    assert _read(hi_causal("एक अध्ययन में पाया गया कि सिर्फ छह मिनट पढ़ने से तनाव 68 प्रतिशत तक कम हो जाता है।")) == \
        [("सिर्फ छह मिनट पढ़ने", "तनाव 68 प्रतिशत तक कम हो जाता है")]


def test_also_and_bhi_told_of_a_persona_are_left_out() -> None:
    from netquiz.language.hi_pronouns import to_persona
    assert to_persona("घर पर ही काम होने से बच्चों का होमवर्क भी नहीं छूटता", "सीमा").text == \
        "घर पर ही काम होने से बच्चों का होमवर्क नहीं छूटता"
    assert to_persona("आप बारिश में भी दुकान खोलती हैं", "सीमा").text == "सीमा बारिश में भी दुकान खोलती है"
    assert to_persona("आपको एक भी ग्राहक नहीं छोड़ना पड़ता", "सीमा").text == "सीमा को एक भी ग्राहक नहीं छोड़ना पड़ता"
    assert rewrite("you also get over your shyness", "Asha")[0] == "Asha gets over her shyness"
    assert rewrite("It is not only cheap but also quick for you", "Asha")[0] == \
        "It is not only cheap but also quick for Asha"


def test_more_than_doing_x_is_no_result_of_x() -> None:
    assert hi_causal("Pamphlet छपवाने से ज़्यादा काम ये photos करती हैं, जिससे advertising पर पैसा ख़र्च नहीं करना पड़ता।") \
        == []
    assert _read(hi_causal("रोज़ पढ़ने से ज़्यादा नंबर आते हैं।")) == [("रोज़ पढ़ने", "ज़्यादा नंबर आते हैं")]


def test_a_second_gerund_and_a_negated_future_are_told_right() -> None:
    from netquiz.language.base import Causal
    rules = language("en").rules
    sat = Causal("x", "", "sitting at the children's level and speaking softly", "you show more", "gerund", "verbal")
    assert rules.action(sat) == "Sit at the children's level and speak softly"
    met = Causal("x", "", "keeping the meeting short and ending on time", "you show more", "gerund", "verbal")
    assert rules.action(met) == "Keep the meeting short and end on time"
    told = rules.outcome(Causal("x", "", "Write it down", "the next shift does not repeat the mistake", "section",
                                "imperative"), "Meena")
    assert told == "The next shift won't repeat the mistake."
    assert _read(en_causal("Calling a child by name leads to quicker cooperation.")) == \
        [("Calling a child by name", "you get quicker cooperation")]


MOMENTS = """# Your First Month as a Helper: 4 Moments

Helpers learn fast.

## The first morning of tears

Sit with the child. This way the child calms down.

## Day one: names before everything else

Learn every name. This way the children answer you.

## Before you apply

Ask for the pay in writing.

## Better Pay

The pay is good.
"""


def test_a_moment_heading_names_no_benefit() -> None:
    from netquiz.generate.listicle import moment_heading
    en, hi = language("en"), language("hi")
    assert moment_heading(en, "The first morning of tears") and moment_heading(en, "Day one: names before everything")
    assert moment_heading(en, "Before you apply") and moment_heading(hi, "आवेदन से पहले")
    assert not moment_heading(en, "Better Pay") and not moment_heading(hi, "पहले से तय शिफ्ट")
    ctx = build_context(parse_article(MOMENTS), 0)
    from netquiz.generate.scenario import benefit_article, benefit_heading
    assert [s.id for s in ctx.article.headed_sections if benefit_heading(ctx, s)] == ["s4"]
    assert not benefit_article(ctx)


TOLL = """# टोल प्लाज़ा पर कैशियर की नौकरी के 4 फायदे

कई महिलाएं यह नौकरी कर रही हैं।

## 1. हर महीने तय तारीख़ पर तनख्वाह

हर महीने तय तारीख़ पर पैसा आने से राशन के लिए उधार माँगने की नौबत नहीं आती।

## 2. पहले से तय शिफ्ट

शिफ्ट पहले से तय होने से घर के कामों का हिसाब नहीं बिगड़ता।

## 3. PF की सुविधा

PF कटने से बुढ़ापे के लिए बचत होती है।

## 4. आने-जाने की गाड़ी

कंपनी की गाड़ी से रात में घर लौटना सुरक्षित रहता है।
"""


def test_what_comes_with_the_job_is_no_step_in_a_benefit_article() -> None:
    from netquiz.generate.links import feature_cause
    ctx = build_context(parse_article(TOLL), 0)
    readings = [r for sid in ("s1", "s2") for r in ctx.readings[sid]]
    assert readings and all(feature_cause(ctx, r) for r in readings)
    from netquiz.generate.scenario import scenario_candidates
    assert not [c for sid in ("s1", "s2") for c in scenario_candidates(ctx, sid)
                if c.question.form in ("application", "diagnosis")]


def test_a_test_taken_once_is_taken_and_a_habit_goes_on() -> None:
    topic = language("en").topic_frame
    assert topic("From Peon to Clerk: 6 Benefits of Taking Your Bank's Internal Promotion Test", "") == \
        "{name} has taken her bank's internal promotion test."
    assert topic("Benefits of Opening a PPF Account", "") == "{name} has opened a PPF account."
    assert topic("Benefits of Taking a Real Lunch Break", "") == "{name} has started taking a real lunch break."


SCANNER = """# कूरियर हब में नई नौकरी: 3 tips

हब में काम तेज़ चलता है।

## 1. Scan Every Parcel

Scanner की beep सुनने के बाद ही parcel को bag में डालें। **ध्यान दें:** अगर scanner बार-बार error दिखाए, तो उसे खुद \
ठीक करने में समय न गंवाएं। Supervisor को तुरंत बताएं और दूसरा scanner मांग लें।

## 2. Wear Proper Shoes

Chappal की जगह बंद जूते पहनें।

## 3. Lift With Your Knees

भारी parcel उठाते समय कमर को सीधा रखें।
"""


def test_an_instruction_after_a_conditioned_one_is_no_practice_of_its_own() -> None:
    from netquiz.generate.practice import body_instructions
    ctx = build_context(parse_article(SCANNER), 0)
    told = [sentence for _, sentence in body_instructions(ctx, ctx.article.section("s1"))]
    assert not any("दूसरा scanner" in sentence for sentence in told)
    assert any("beep" in sentence for sentence in told)


def test_an_adverb_before_the_verb_keeps_its_form_in_the_past() -> None:
    from netquiz.language.en_story import _past_clause
    assert _past_clause("one counter always stays open while the other person takes a short break") == \
        "one counter always stayed open while the other person takes a short break"


def test_a_ranked_fact_closing_a_tip_is_no_result() -> None:
    article = parse_article("# New Physiotherapy Assistant? 2 Tips\n\nClinics are busy.\n\n## 1. Learn every machine "
                            "before you use it on a patient\n\nA clinic has many machines. Ask your supervisor to show "
                            "you each one. A rushed wrap is one of the most common causes of burns in clinics.\n\n"
                            "## 2. Keep notes\n\nWrite down every instruction.\n")
    read = claims.read_claims(language("en"), article.sections[1], claims.known_title(article))
    assert not [r for r in read if "rushed" in r.causal.effect]


def test_a_trades_job_article_gets_interview_practice_but_not_of_what_comes_with_the_job() -> None:
    from pathlib import Path

    from netquiz.article import read_article
    from netquiz.generate.interview import interview_candidates
    from netquiz.generate.tips import work_article
    path = Path(__file__).parent / "articles/aside280/new-at-a-courier-booking-counter-7-tips-for-your-first-months.en.md"
    counter = build_context(read_article(path), 0)
    assert work_article(counter), "a counter job's shifts and supervisors make a work article"
    assert [c for s in counter.article.headed_sections for c in interview_candidates(counter, s.id)]
    toll = build_context(parse_article(TOLL), 0)
    assert not [c for sid in ("s1", "s2") for c in interview_candidates(toll, sid)]


def test_two_hindi_verbal_nouns_are_told_alike_and_started_once() -> None:
    from netquiz.language.base import Causal
    rules = language("hi").rules
    both = Causal("x", "", "वादे के दिन साड़ी लौटाने और फॉल का रंग ठीक से मैच करने", "ग्राहक खुश रहते हैं", "gerund",
                  "verbal")
    assert rules.situation(both, "मीरा") == "मीरा वादे के दिन साड़ी लौटाती है और फॉल का रंग ठीक से मैच करती है।"
    assert rules.action(both) == "वादे के दिन साड़ी लौटाना और फॉल का रंग ठीक से मैच करना"
    topic = language("hi").topic_frame
    assert topic("साड़ी फॉल-पीको का काम घर से शुरू करने के 6 फायदे", "") == \
        "{name} ने साड़ी फॉल-पीको का काम घर से शुरू किया है।"
    assert topic("रोज़ सुबह टहलने के 5 फायदे", "") == "{name} ने रोज़ सुबह टहलना शुरू किया है।"


def test_plural_things_that_are_is_no_instruction() -> None:
    advice = language("en").rules.advice
    assert advice("Board cutters and guillotines are the most dangerous tools in the room.") is None
    assert advice("Make sure the cutters are sharp.") == "Make sure the cutters are sharp"


TAPE = """# Starting Out as a Binding Assistant: 3 Tips

Libraries repair books.

## 1. Don't Reach for Tape

Cello tape looks like a quick fix, but it turns yellow. For torn pages, use thin Japanese tissue with wheat-starch \
paste. Old and rare books go to the senior binder or conservator.

## 2. Keep a Log

Write down every repair.

## 3. Watch First

Spend your first week watching.
"""


def test_a_rule_of_its_own_after_the_step_advised_instead_is_no_result_of_it() -> None:
    article = parse_article(TAPE)
    read = claims.read_claims(language("en"), article.sections[1], claims.known_title(article))
    assert not [r for r in read if "rare books" in r.causal.effect]


def test_a_subordinate_clauses_verb_makes_no_result_of_a_second_object() -> None:
    assert en_causal("Keep the monitor at eye level and your wrists straight while typing.") == []
    assert _read(en_causal("Send the agenda early, and people come prepared.")) == \
        [("Send the agenda early", "people come prepared")]


def test_a_benefit_come_true_is_the_personas() -> None:
    from pathlib import Path

    from netquiz.article import read_article
    from netquiz.generate import generate_bank
    path = Path(__file__).parent / "articles/aside286/6-benefits-of-working-at-a-railway-reservation-counter.en.md"
    bank = generate_bank(read_article(path), seed=0)
    told = [q.stem for q in bank.questions if q.kind == "benefit"]
    assert not [stem for stem in told if "ticket clerk moved" in stem]
