"""What round 31's held-out readings (aside289–290, read at 5c67664) and round 32's development batch
(aside291–292) found misread or missing, each shape told the way it should be."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import claims
from netquiz.generate.benefit import benefit_candidates
from netquiz.generate.blind import marked
from netquiz.generate.context import build_context
from netquiz.generate.interview import hiring_step
from netquiz.generate.links import echo, harmful
from netquiz.generate.reason import reason_candidates
from netquiz.generate.scenario import told_of
from netquiz.generate.tips import failing
from netquiz.language import en, hi, language
from netquiz.language.base import Causal
from netquiz.language.en_story import contrast_pairs, dangling, gerund_phrase
from netquiz.language.en_topic import topic_frame as en_topic_frame
from netquiz.language.hi_advice import rejected_step as hi_rejected
from netquiz.language.hi_verbs import word_roots


def _hi(effect: str) -> Causal:
    return Causal("x", "", "X करने", effect, "this", "verbal")


def test_who_asks_her_is_named() -> None:
    sentence = 'When a worried patient asks, "By evening, na?", it is tempting to say yes.'
    assert en.asked_question(sentence) == "By evening, na?"
    assert en.asker(sentence) == "a worried patient"
    assert en.asker('Your manager may ask "Can you stay late today?" at five.') == "her manager"
    assert en.asker('Someone asks: "Can you start tomorrow?"') is None  # (nobody to name: "She is asked")
    assert hi.asker('HR अक्सर पूछ लेता है, "आपकी अपेक्षित CTC कितनी है?"') is None


def test_a_list_of_things_is_no_list_of_steps() -> None:
    assert gerund_phrase("Check the name, age and test list twice before printing labels") == \
        "checking the name, age and test list twice before printing labels"  # (not "aging and testing")
    assert gerund_phrase("Note the time, check the bill and sign a copy") == \
        "noting the time, checking the bill and signing a copy"


def test_two_causes_compared_are_no_result_and_here_points_outside() -> None:
    found = en.find_causal('A real example from your own life leads to a better impression than a general line.')
    assert all("than a general line" not in c.effect or c.pattern != "leads" for c in found)
    assert [c.effect for c in en.find_causal("A real example leads to a better impression.")] == \
        ["you get a better impression"]
    assert dangling("With clear answers here, you avoid worrying every night about the last bus.")
    assert not dangling("With clear answers, you avoid worrying every night about the last bus.")
    assert dangling("Check that figure against her best one of the year")
    assert not dangling("Check that the door is locked")


def test_a_hindi_result_keeps_one_tense_and_its_own_clause() -> None:
    effect = "आपका माल उन दुकानों तक भी पहुँचता है जो साफ़-सफ़ाई को लेकर सख़्त हैं, और ये दुकानें अक्सर बेहतर दाम देती हैं"
    assert hi.outcome(_hi(effect), "प्रिया") == "उसका माल उन दुकानों तक पहुँचेगा जो साफ़-सफ़ाई को लेकर सख़्त हैं।"
    assert hi.wish(_hi(effect), "प्रिया") == "प्रिया चाहती है कि उसका माल उन दुकानों तक पहुँचे जो साफ़-सफ़ाई को लेकर सख़्त हैं।"
    both = "हिसाब पर कोई बहस नहीं होती और भुगतान जल्दी मिलता है"  # (the payment comes to her, the dispute is nobody's)
    assert hi.wish(_hi(both), "प्रिया") == "प्रिया चाहती है कि हिसाब पर कोई बहस न हो और उसे भुगतान जल्दी मिले।"
    assert hi.outcome(_hi("भुगतान जल्दी मिलता है"), "प्रिया") == "उसे भुगतान जल्दी मिलेगा।"


def test_a_relative_clause_with_a_clause_of_its_own_is_not_told() -> None:
    effect = "आप वही खर्च करती हैं जो वापस मिलना है, और लौटकर किसी bill के reject होने का झटका नहीं लगता"
    told = hi.wish(_hi(effect), "अंजलि")
    assert told is None or "नहीं लगता" not in told


def test_a_verb_and_its_noun_share_a_root() -> None:
    assert word_roots("दुकानदार को हर बार गिनना न पड़े") & word_roots("गिनती के बंडलों में रखना") == {"गिन"}
    assert not word_roots("अपना काम")  # ("अपना": her own, no verb)


ROOTED = """# कागज़ के लिफ़ाफ़े बनाने के टिप्स

घर से लिफ़ाफ़े बनाने का काम छोटी पूँजी से शुरू होता है।

## 1. गिनती के बंडल दें

गिनती के बंडल देने से दुकानदार को हर बार गिनना नहीं पड़ता।

## 2. साँचे बनवाएँ

साँचे से काम करने से सारे लिफ़ाफ़े एक नाप के बनते हैं।

## 3. सही कागज़ चुनें

सही कागज़ चुनने से बैग रास्ते में नहीं फटता।
"""


def test_a_wish_that_names_the_keys_verb_echoes_it() -> None:
    ctx = build_context(parse_article(ROOTED, lang="hi"), 0)
    assert echo(ctx, "सीमा चाहती है कि दुकानदार को हर बार गिनना न पड़े।", "गिनती के बंडल देना",
                ["साँचे से काम करना", "सही कागज़ चुनना"])
    assert not echo(ctx, "सीमा चाहती है कि सारे लिफ़ाफ़े एक नाप के बनें।", "गिनती के बंडल देना",
                    ["साँचे से काम करना", "सही कागज़ चुनना"])


def test_no_told_result_names_a_woman_of_the_articles_story() -> None:
    text = """# दवा दुकान पर पहली नौकरी

सीमा ने पहले महीने में एक पर्ची गलत पढ़ी थी।

## 1. पर्ची दो बार मिलाएँ

पर्ची और स्ट्रिप को दो बार मिलाने से वही गलती पकड़ में आ जाती है जो सीमा से हुई थी।

## 2. खुराक समझाएँ

दवा देते समय लेने का तरीका समझाने से खुराक छूटने की गलती कम होती है।

## 3. फ्रिज का तापमान लिखें

रोज़ फ्रिज का तापमान लिखने से इंसुलिन खराब नहीं होता।
"""
    ctx = build_context(parse_article(text, lang="hi"), 0)
    assert told_of(ctx, "outcome", ctx.readings["s1"][0]) is None  # ("… जो सीमा से हुई थी": her story, untold)
    assert told_of(ctx, "outcome", ctx.readings["s2"][0])  # (another step's result stands)


def test_a_step_refused_for_another_is_a_lure() -> None:
    assert hi_rejected("जब कोई कपड़ा तय दिन तक तैयार न हो पाए तो ग्राहक के आने का इंतज़ार न करें, बल्कि एक दिन पहले ही "
                       "फोन करके नई तारीख बता दें।") == "ग्राहक के आने का इंतज़ार करना"
    assert hi_rejected("पीएफ सिर्फ एक बचत खाता नहीं, बल्कि रिटायरमेंट की सबसे भरोसेमंद पूँजी है।") is None
    assert en.rejected_step("Wear a mask, not a dupatta.") == "Wear a dupatta"
    assert en.rejected_step("Pay the supplier by UPI, not in cash.") == "Pay the supplier in cash"
    assert en.rejected_step("These are signs that need a proper check-up, not just exercise.") is None


def test_a_time_or_a_noun_pair_is_no_instruction() -> None:
    assert en.advice("Over a month or two, this habit leads to smoother speech in class.") is None
    assert en.advice("Bridge and remedial courses") is None
    assert en.advice("Listen and learn") == "Listen and learn"


def test_a_list_inside_a_condition_stays_in_it() -> None:
    found = en.find_causal("When you know your monthly turnover, your margin and your best-selling month, you speak "
                           "about the shop as a business.")
    assert [(c.cause, c.effect) for c in found] == \
        [("you know your monthly turnover, your margin and your best-selling month",
          "you speak about the shop as a business")]


def test_a_things_state_is_not_hers() -> None:
    assert en.linked_effect("This list becomes invaluable whenever you need to describe your work.") is None
    assert en.linked_effect("Doing so turns your manager into an ally.") == "you turn your manager into an ally"


def test_a_rushed_or_wrong_way_is_a_slip() -> None:
    ctx = build_context(parse_article(ROOTED, lang="hi"), 0)
    assert failing(ctx, "ग़लत posture में महीनों practice करने")
    assert failing(build_context(parse_article("# Passports\n\nApply early.\n", lang="en"), 0), "you apply in a hurry")


def test_a_sentence_with_its_own_step_is_no_result_of_the_one_before() -> None:
    text = """# Candle बनाने के टिप्स

घर पर candle बनाना आसान है।

## 1. अच्छी photos लें

Online buyers candle को पहले photo में देखते हैं। दिन की रोशनी में photos लें और WhatsApp पर catalogue बनाएं। Brand name वाला एक छोटा label और सुंदर box लगाने से candle ज़्यादा कीमत पर बिकती है।
"""
    section = parse_article(text, lang="hi").section("s1")
    read = claims.read_claims(language("hi"), section, "")
    assert all(r.causal.effect != "Brand name वाला एक छोटा label" for r in read)


def test_no_interview_story_of_getting_hired() -> None:
    text = """# अस्पताल में billing assistant की नौकरी कैसे पाएं

अस्पताल के billing counter पर काम करने वाली महिलाओं की माँग बढ़ रही है।

## 1. Test की तैयारी कैसे करें?

घर पर किसी काल्पनिक मरीज़ का बिल बनाने का अभ्यास करने से टेस्ट के समय घबराहट नहीं होती।

## 2. Counter पर क्या करें?

हर बिल दो बार मिलाने से मरीज़ के परिवार को गलत रकम नहीं चुकानी पड़ती।
"""
    ctx = build_context(parse_article(text, lang="hi"), 0)
    assert hiring_step(ctx, ctx.readings["s1"][0])
    assert not hiring_step(ctx, ctx.readings["s2"][0])


REASONS = """# Want a Job as a Ward Attendant?

Hospitals hire ward attendants all year round.

## Where do you find the openings?

Walk-in interviews are common. Register at your training centre's placement cell, because hospitals send their lists to the cell first.

## What will the pay look like?

A new attendant earns about ₹12,000. Ask at the interview whether you will be on the payroll, since contract staff often get fewer benefits for the same work.

## Can you grow from here?

Many attendants move up within two years. Start with a good attendance record, because supervisors recommend the attendants they can rely on.

## Is the work hard?

Yes. Learn proper lifting, because back pain is common among attendants who lift alone.
"""


def test_a_step_told_with_its_reason_asks_for_the_reason() -> None:
    assert en.reasoned_step("Start with a good attendance record, because supervisors recommend the attendants they "
                            "can rely on.") == ("Start with a good attendance record",
                                                "supervisors recommend the attendants they can rely on")
    assert en.reasoned_step("Reach early, because you are not allowed inside before your time.") is None
    assert hi.reasoned_step("Canva का app दोनों पर चलता है, पर शुरुआत laptop से करें, क्योंकि बड़ी screen पर elements "
                            "आसानी से दिखते हैं।") == ("शुरुआत laptop से करना", "बड़ी screen पर elements आसानी से दिखते हैं")
    ctx = build_context(parse_article(REASONS, lang="en"), 0)
    found = reason_candidates(ctx, "s3")
    assert found
    question = found[0].question
    assert question.form == "reason" and "start with a good attendance record" in question.stem
    assert question.options[question.answer] == "Supervisors recommend the attendants they can rely on."
    assert len(question.options) >= 3


def test_a_title_that_opens_on_a_thing_is_no_step() -> None:
    body = "Flour dust settles on everything. Wear a mask: the dust of the flour is fine."
    assert en_topic_frame("Flour Dust and Your Lungs: 7 Tips for Women Who Run an Atta Chakki", body) is None
    assert en_topic_frame("Plan Meals and the Weekly Shop", "Planning meals on Sunday saves time.") == \
        "{name} is planning meals and the weekly shop."


def test_one_standing_for_a_thing_is_no_side_of_a_comparison() -> None:
    assert contrast_pairs("One careless check costs the company far more than a slow one.") == []
    assert contrast_pairs("Recruiters value your skills more than your degree.") == [("your degree", "your skills")]


def test_a_bad_thing_that_stays_or_climbs_is_a_harm() -> None:
    ctx = build_context(parse_article("# Atta chakki\n\nRun the chakki.\n\n## Cough\n\nWatch a cough.\n", lang="en"), 0)
    assert harmful(ctx, "Work-related asthma that is left for years can stay with you even after you stop grinding")
    assert not harmful(ctx, "you give your nose and throat time to clear before the next load")
    hctx = build_context(parse_article(ROOTED, lang="hi"), 0)
    assert harmful(hctx, "नीचे से नमी और कीड़े दोनों चढ़ते हैं")


def test_sometimes_is_no_negation() -> None:
    assert not marked("कभी-कभी पानी भी आने लगता है", "hi")
    assert marked("पानी कभी नहीं आता", "hi")


def test_women_who_stay_are_many() -> None:
    assert hi.achieved(_hi("चार महिलाएं साल भर जुड़ी रहती हैं"), "गीता") == \
        "कुछ समय बाद गीता ने पाया कि चार महिलाएं साल भर जुड़ी रहीं।"
    assert hi.achieved(_hi("उसकी कमाई बढ़ जाती है"), "गीता") == "कुछ समय बाद गीता ने पाया कि उसकी कमाई बढ़ गई।"


def test_a_result_the_topic_brings_is_told_as_now() -> None:
    text = """# Rakhi के साथ toran बनाने के 4 फायदे

रेखा ने rakhi के काम के साथ साल भर toran बनाना शुरू किया।

## 1. बचे हुए material का पूरा इस्तेमाल

Rakhi के बाद मोती और गोटे बच जाते हैं। Toran में यही सामान काम आ जाता है। इससे wholesale market से खरीदा गया माल बेकार नहीं जाता और हर piece की लागत भी कम बैठती है।

## 2. पुराने customers से दोबारा order

पुराने customers को photos भेजने से नए customer ढूंढने की ज़रूरत कम पड़ती है।

## 3. Online दुकान कभी खाली नहीं दिखती

नए products जोड़ने से page पर हर महीने नया माल दिखता है।

## 4. Karigar टीम को लगातार काम

Toran के काम की बदौलत चार महिलाएं साल भर जुड़ी रहती हैं।
"""
    ctx = build_context(parse_article(text, lang="hi"), 0)
    stems = [c.question.stem for c in benefit_candidates(ctx, "s1")]
    assert any("अब wholesale market से खरीदा गया माल बेकार नहीं जाता" in stem for stem in stems)


def test_the_harm_after_an_instruction_is_no_result_of_it() -> None:
    text = """# Travel expense claim के टिप्स

Office की यात्रा के बाद claim भरना आसान नहीं होता।

## 4. निजी और ऑफिस का खर्च एक bill में न मिलाएं

नेहा ने एक शाम सहेली के साथ डिनर किया और पूरा bill claim में लगा दिया। अपनी खरीदारी या किसी और का खाना हमेशा अलग bill में लें। मिले-जुले bill पर सवाल उठते हैं और उनकी वजह से कई बार पूरा claim रुक जाता है।
"""
    section = parse_article(text, lang="hi").section("s1")
    assert not any("सवाल उठते" in r.causal.effect for r in claims.read_claims(language("hi"), section, ""))


def test_a_list_and_a_colon_stay_with_the_step_they_belong_to() -> None:
    assert en.first_clause("Set up a bucket with a tap, soap and a clean cloth near the door") == \
        "Set up a bucket with a tap, soap and a clean cloth near the door"
    assert en.first_clause("Carry copies of her Aadhaar, marksheets, a bank passbook and two passport photos") == \
        "Carry copies of her Aadhaar, marksheets, a bank passbook and two passport photos"
    assert en.first_clause("Make a short list of companies she understands: a sector she has worked in") == \
        "Make a short list of companies she understands"
    assert en.first_clause("Choose a real example, such as caring for a grandparent, and say what she did") == \
        "Choose a real example"


def test_an_adverb_before_her_verb_keeps_the_verb_agreeing() -> None:
    assert en.rewrite("companies you genuinely understand", "X", True)[0] == "companies she genuinely understands"
    assert en.rewrite("you apply early", "X", True)[0] == "she applies early"


def test_what_is_enough_is_no_step() -> None:
    assert en.advice("Clean formal or semi-formal clothes and neatly tied hair are enough; you will get a uniform.") \
        is None
    assert dangling("She writes the day's use in the stock register together.")
    assert not dangling("She reads a few months of notes together.")


def test_the_articles_own_headings_as_options_are_not_checked_for_pointers() -> None:
    assert not _readable_parts_of_benefit()


def _readable_parts_of_benefit() -> list[str]:
    from netquiz.generate.gates import _readable_parts
    from netquiz.model import Question
    question = Question("q", "s1", "benefit", "Fatima spends less time near heat.", ("Skills That Open the Next Door",
                        "A Cleaner, Safer Workspace", "Steady Pay"), 1, ("", "", ""), "", "")
    return [part for part in _readable_parts(question) if part in question.options]


def test_english_result_openers_end_on_their_comma() -> None:
    from netquiz.generate.benefit import _without_opener
    openers = ("This way", "Thanks to this")
    assert _without_opener("Thanks to this pattern, she has not missed a meeting since.", openers) == \
        "She has not missed a meeting since."  # (not "Pattern, she …": the whole pointer to its comma; round 34
    # cuts "Thanks to this pattern," as "With this arrangement," whose thing the stem's frame names)
    assert _without_opener("This way, she has not missed a single meeting since.", openers) == \
        "She has not missed a single meeting since."
    assert dangling("Deepa got exactly this kind of chain reaction.")


def test_and_before_a_verb_with_its_preposition_is_a_second_step() -> None:
    assert gerund_phrase("name a problem in the review and agree on one change") == \
        "naming a problem in the review and agreeing on one change"
    assert gerund_phrase("send your itinerary, hotel names and train or bus numbers to one person") == \
        "sending your itinerary, hotel names and train or bus numbers to one person"


def test_round_32s_last_readings() -> None:
    from netquiz.language.hi_story import dangling as hi_dangling
    assert hi_dangling("यहीं सबसे ज़्यादा गलतियाँ होती हैं।")
    assert not hi_dangling("दुकान पर सबसे ज़्यादा गलतियाँ होती हैं।")
    assert contrast_pairs("Comfort with a computer course counts more than a smartphone matters.") == []
    assert hi.advice(hi.without_relative("शुरुआत में ही ऐसे items की list बना लें जिनमें अंडा या nuts पड़ता है")) == \
        "शुरुआत में ही ऐसे items की list बना लेना"  # (an instruction, never the result of the one before)
    text = """# Bakery counter पर पहली नौकरी

Bakery counter की नौकरी में रोज़ नए सवाल आते हैं।

## 1. Ingredients पर अंदाज़ा न लगाएं

पक्का पता न हो तो "हाँ, शायद" कहकर बात न टालें, बल्कि baker से पूछकर ही जवाब दें। इससे परहेज़ करने वाले customers का भरोसा बनता है।
"""
    ctx = build_context(parse_article(text, lang="hi"), 0)
    from netquiz.generate.rejected import rejected_options
    assert not any("टाल" in o.text for o in rejected_options(ctx, ctx.article.section("s1")))  # ("बात टालना", a slip:
    # no move one plans; the heading's warned step, "Ingredients पर अंदाज़ा लगाना", is one since round 38)


def test_an_amount_or_a_story_woman_is_no_result_told_as_now() -> None:
    from netquiz.generate.benefit import _now
    text = "# सोलर ड्रायर के फायदे\n\nरेखा ने ड्रायर लिया।\n\n## 1. बेहतर कमाई\n\nदस किलो मेथी सुखाएँ।\n"
    ctx = build_context(parse_article(text, lang="hi"), 0)
    assert _now(ctx, "करीब एक किलो सूखी मेथी बनती है।") is None  # (of what? the ten kilos are the sentence before's)
    assert _now(ctx, "रेखा को डाकघर का चक्कर नहीं लगाना पड़ता।") is None
    assert _now(ctx, "सब्ज़ी बेकार नहीं जाती।") == "अब सब्ज़ी बेकार नहीं जाती।"


def test_a_long_gerund_step_leads_to_its_result() -> None:
    found = en.find_causal("Copying the grade codes into a small notebook in your first week leads to fewer entries "
                           "being sent back.")
    assert [c.cause for c in found] == ["Copying the grade codes into a small notebook in your first week"]
