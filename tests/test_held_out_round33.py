"""What round 33's development batch (aside301–302) and round 32's last held-out readings (aside297–300, read at
0a5b311) found misread or missing, each shape told the way it should be."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.scenario import _diagnosis, _other_tips, _result_of, harm
from netquiz.language import hi
from netquiz.language.hi_advice import advice, advice_habit
from netquiz.language.hi_patterns import find_causal

LEHENGA = """# घर से लहंगा किराये पर देने का काम: ये गलतियां न करें

शादी में पहनने के लिए महंगा लहंगा खरीदना हर परिवार के बस की बात नहीं। कई महिलाएं घर के एक कमरे से यह काम चला रही हैं।

## 1. बिना सिक्योरिटी डिपॉज़िट के कपड़ा न दें

जान-पहचान के लोगों से डिपॉज़िट मांगने में झिझक होती है। 2,000 से 5,000 रुपये तक का डिपॉज़िट लें और साथ में ग्राहक के आधार कार्ड की कॉपी रखें। लहंगा सही हालत में लौटने पर डिपॉज़िट उसी दिन लौटा दें, जिससे ग्राहक का भरोसा बना रहता है।

## 2. किराये की शर्तें लिखकर दें

देर होने पर हर दिन का कितना अतिरिक्त चार्ज लगेगा, ये सब एक छोटी पर्ची पर लिखें और ग्राहक से दस्तखत करवा लें। ऐसा करने से लौटाते समय बहस नहीं होती।

## 3. बुकिंग का कैलेंडर बनाकर रखें

एक कैलेंडर में हर लहंगे की बुकिंग और लौटाने की तारीख लिखें। इससे डबल बुकिंग नहीं होती और किसी ग्राहक को आखिरी समय पर मना नहीं करना पड़ता।

## 4. सिर्फ जान-पहचान वालों के भरोसे न रहें

पहले कुछ महीने रिश्तेदारों और पड़ोसियों से बुकिंग मिल जाती है, पर उसके बाद काम रुक सकता है। इंस्टाग्राम पर हर लहंगे की फोटो किराये के साथ डालें और आस-पास के ब्यूटी पार्लर से संपर्क रखें। दुल्हनें अक्सर पार्लर से ही पूछती हैं कि लहंगा कहां मिलेगा, इसलिए पार्लर वालों को हर बुकिंग पर छोटा कमीशन देने से नए ग्राहक लगातार आते रहते हैं।

## 5. हर शाम हिसाब लिखें

हर शाम दिन की कमाई एक कॉपी में लिखें। कोई फ़र्क़ दिखे तो उसी दिन घर में किसी को बताएं।
"""


def test_a_jisse_result_told_as_it_comes_is_wished_and_foretold() -> None:
    sentence = "लहंगा सही हालत में लौटने पर डिपॉज़िट उसी दिन लौटा दें, जिससे ग्राहक का भरोसा बना रहता है।"
    [causal] = find_causal(sentence)
    assert hi.wish(causal, "मीरा") == "मीरा चाहती है कि ग्राहक का भरोसा बना रहे।"
    assert hi.outcome(causal, "मीरा") == "ग्राहक का भरोसा बना रहेगा।"
    [aim] = find_causal("रोज़ हिसाब लिखें, ताकि महीने के अंत में कोई गड़बड़ी न हो।")  # (the subjunctive stays a purpose)
    assert hi.wish(aim, "मीरा") == "मीरा चाहती है कि महीने के अंत में कोई गड़बड़ी न हो।"


def test_a_claim_after_its_reason_and_therefore_is_read() -> None:
    sentence = ("दुल्हनें अक्सर पार्लर से ही पूछती हैं कि लहंगा कहां मिलेगा, इसलिए पार्लर वालों को हर बुकिंग पर छोटा कमीशन "
                "देने से नए ग्राहक लगातार आते रहते हैं।")
    [causal] = find_causal(sentence)
    assert causal.cause == "पार्लर वालों को हर बुकिंग पर छोटा कमीशन देने"
    assert causal.effect == "नए ग्राहक लगातार आते रहते हैं"
    assert causal.sentence == sentence  # (the source is the whole sentence of the section)
    assert find_causal("इसलिए, यह ठीक है।") == []


def test_the_step_advised_instead_of_a_dont_brings_a_wish() -> None:
    ctx = build_context(parse_article(LEHENGA), 0)
    [reading] = [r for r in ctx.readings["s4"] if "कमीशन" in r.causal.cause]
    assert not harm(ctx, reading)  # (another step than "relying on people you know", and new customers are no harm)
    candidate = _diagnosis(ctx, reading, 0)
    assert candidate is not None and "नए ग्राहक लगातार आते रहें" in candidate.question.stem
    [deposit] = [r for r in ctx.readings["s1"] if "उसी दिन" in r.causal.cause]
    assert _diagnosis(ctx, deposit, 0) is not None  # (its "जिससे … बना रहता है" result is a wish now)


def test_a_body_step_is_not_quoted_as_its_own_other_benefit() -> None:
    ctx = build_context(parse_article(LEHENGA), 0)
    [reading] = ctx.readings["s2"]
    options = _other_tips(ctx, reading, hi.action(reading.causal) or "", "x")
    [told] = [o for o in options if o.text.startswith("हर शाम दिन की कमाई")]
    assert "कमाई एक कॉपी में लिखें" not in told.feedback  # (no "other benefit" that is the step itself)
    assert "इस लक्ष्य के लिए नहीं" in told.feedback
    calendar = ctx.article.section("s3")
    assert _result_of(ctx, calendar, calendar.sentences[0]) == calendar.sentences[1]  # (its "इससे …" result)
    assert _result_of(ctx, ctx.article.section("s5"), ctx.article.section("s5").sentences[0]) == ""


def test_a_step_after_a_relative_clause_is_told_in_one_form() -> None:
    text = "हर दो घंटे में glass साफ़ करें, खाली जगह भरें और जो item खत्म हो गया है उसका tag हटा दें।"
    assert advice(text) == "हर दो घंटे में glass साफ़ करना, खाली जगह भरना और जो item खत्म हो गया है उसका tag हटा देना"
    assert advice_habit(text, "मीरा") == \
        "मीरा हर दो घंटे में glass साफ़ करती है, खाली जगह भरती है और जो item खत्म हो गया है उसका tag हटा देती है।"
    assert advice("… ऑर्डर लें जितने आराम से निभाए जा सकें।") == "… ऑर्डर लेना जितने आराम से निभाए जा सकें"


def test_a_pointer_that_puts_or_gets_you_somewhere_tells_a_result() -> None:
    from netquiz.language import en
    told = ("Doing so puts you on the state tourism website, and in some states it also means electricity and water "
            "are billed at domestic rather than commercial rates.")
    assert en.linked_effect(told) == "you are on the state tourism website"  # (its second clause has its own "it")
    assert en.linked_effect("This gets you useful technical advice.") == "you get useful technical advice"
    assert en.linked_effect("This gives you time, and it also means less stress.") == "you have time"


CCTV = """# दुकान में CCTV camera लगवाने के 5 फायदे

सविता की साड़ी की दुकान है। पिछले साल उन्होंने दुकान में चार camera लगवाए।

## 1. चोरी पर लगाम

Camera का सबसे बड़ा काम चोर को पकड़ना नहीं, बल्कि चोरी होने ही न देना है। Camera दिखने पर ज़्यादातर लोग हाथ साफ करने की हिम्मत नहीं करते।

## 2. Cash का साफ-सुथरा हिसाब

जब एक camera सीधे cash counter की तरफ लगा हो, तो दिन के अंत में हिसाब न मिलने पर counter की recording देखकर पता चल जाता है कि गलती कहां हुई।

## 3. Staff के साथ भरोसे का रिश्ता

कई मालकिनें सोचती हैं कि camera लगाने से staff को बुरा लगेगा। असल में ज़्यादातर मामलों में उल्टा होता है। Recording की बदौलत किसी helper पर बेवजह शक नहीं होता, क्योंकि जो हुआ वह सामने होता है।

## 4. ग्राहकों से बहस का आसान हल

कभी कोई ग्राहक कहता है कि उसने पैसे दे दिए थे। Counter की recording दिखाने से बात मिनटों में साफ हो जाती है, और ज़्यादातर ग्राहक खुद मान जाते हैं।

## 5. दुकान से दूर रहकर भी नज़र

आजकल ज़्यादातर camera एक mobile app से जुड़ जाते हैं। इससे आप घर से phone पर दुकान का live view देख सकती हैं।
"""


def test_a_step_another_benefit_tells_too_is_no_heading_link_and_a_bare_matter_dangles() -> None:
    from netquiz.generate.listicle import heading_link_candidates
    from netquiz.language.hi_story import dangling
    ctx = build_context(parse_article(CCTV), 0)
    assert heading_link_candidates(ctx, "s4") == []  # ("Counter की recording दिखाना": s2's counter recording too)
    assert dangling("शालिनी ने पाया कि बात मिनटों में साफ हो गई।")  # (which matter?)
    assert not dangling("पैसे की बात साफ हो गई") and not dangling("उससे बात करना")


def test_a_myth_answered_for_most_cases_has_no_wrong_partly_right() -> None:
    from netquiz.generate.myth import myth_candidates
    ctx = build_context(parse_article(CCTV), 0)
    [candidate] = myth_candidates(ctx, "s3")
    options = candidate.question.options
    assert not any(o.startswith("सहेली की बात आधी ठीक है") for o in options)  # ("ज़्यादातर मामलों में उल्टा": partly true)
    assert len(options) == 3


def test_a_belief_check_needs_a_comparison_of_what_counts() -> None:
    from netquiz.generate.scenario import belief_candidates
    text = ("# Running a homestay\n\nHomestays are growing.\n\n## 1. Cook at home\n\n"
            "Guests value home-cooked food and a local host more than a hotel lobby. Cook what you know.\n\n"
            "## 2. Answer fast\n\nInterviewers weigh your answers more than your CV, so preparation pays off.\n")
    ctx = build_context(parse_article(text), 0)
    assert belief_candidates(ctx, "s1") == []  # (nobody advises "focus on a hotel lobby")
    assert belief_candidates(ctx, "s2")


def test_a_noun_used_as_a_verb_before_how_often_is_no_step() -> None:
    from netquiz.language import en
    assert en.advice("Counter staff often hear about vacancies before they are advertised.") is None
    assert en.advice("Call customers often and ask what they need.") == "Call customers often and ask what they need"
    assert en.advice("Ask questions often.") == "Ask questions often"


def test_an_interview_round_in_a_result_is_a_hiring_story() -> None:
    from netquiz.generate.context import Reading
    from netquiz.generate.interview import hiring_step
    from netquiz.language.base import Causal
    text = ("# Beauty advisor\n\nBrands hire.\n\n## 1. Practise\n\nBy practising a five-minute demo of one bestseller "
            "at home, you walk into the practical round with a script you can adapt to any customer.\n")
    ctx = build_context(parse_article(text), 0)
    [reading] = ctx.readings["s1"]
    assert hiring_step(ctx, reading)  # ("practical round", a phrase of the stock's hiring words, whole)
    shop = Causal("x", "", "practising a demo", "you sell more at the counter", "gerund", "verbal")
    assert not hiring_step(ctx, Reading(reading.section, shop, reading.polarity))


def test_their_after_every_guest_and_a_verb_after_this() -> None:
    from netquiz.language import en
    from netquiz.language.en_story import dangling
    assert not dangling("Take a copy of a government photo ID from every adult guest, and write their name in a register.")
    assert dangling("Write their names in a register.")  # (whose?)
    assert en.linked_effect("This shows future guests that a real person runs the place.") == \
        "you show future guests that a real person runs the place"  # (not "you guest that …": "shows" is the verb)
    assert en.linked_effect("This small habit builds trust with the owner.") == "you build trust with the owner"
    assert en.linked_effect("This shows you care.") == "people see that you care"


def test_someone_elses_act_or_a_skill_known_is_no_step_of_hers() -> None:
    [] = find_causal("Teacher के याद दिलाने से ज़्यादातर किताबें दो-तीन दिन में लौट आती हैं।")  # (the teacher reminds)
    [] = find_causal("सिलाई आने से मशीन की आवाज़ और चाल पहचान में आती है।")  # (knowing sewing: "वह सिलाई आती है")
    [arriving] = find_causal("समय पर आने से manager खुश रहता है।")  # (coming on time is a step)
    assert arriving.cause == "समय पर आने"
    [together] = find_causal("परिवार के साथ बैठने से रिश्ते मज़बूत होते हैं।")
    assert together.cause == "परिवार के साथ बैठने"
    [salary] = find_causal("तनख्वाह आने से उधार की नौबत नहीं आती।")  # (what comes with a job: a benefit article's)
    assert salary.cause == "तनख्वाह आने"


def test_that_thing_and_after_this_only_point_outside() -> None:
    from netquiz.language.en_story import dangling
    from netquiz.language.hi_story import dangling as hi_dangling
    assert dangling("Some of that discount she can pass on to the bride.")
    assert dangling("She hopes to get a small refund for that item.")
    assert not dangling("During my internship I kept a log, and because of that everyone trusted my numbers.")
    assert not dangling("List school, college and marks, in that order.")
    assert hi_dangling("पुर्ज़ा बदलने की बात इसके बाद ही सोचना")
    assert not hi_dangling("पहले मशीन साफ करें, इसके बाद ही पुर्ज़ा बदलें")


def test_a_correlative_they_and_a_word_that_opens_with_ki_are_no_pointers() -> None:
    from netquiz.language.hi_story import dangling
    assert not dangling("वे बारीकियां समझ आती हैं जो किसी किताब या वीडियो में नहीं मिलतीं")  # (the clause says which)
    assert not dangling("ग्राहक वही किताब लेते हैं जो किसी ने सुझाई हो")  # ("जो किसी" is no "जो कि")
    assert dangling("वे अक्सर देर से आते हैं") and dangling("यह काम जो कि आसान है")


def test_drinking_is_pina() -> None:
    assert advice_habit("हर घंटे पाँच मिनट उठें, पानी पिएँ, कलाइयाँ घुमाएँ।", "सुमन") == \
        "सुमन हर घंटे पाँच मिनट उठती है, पानी पीती है, कलाइयाँ घुमाती है।"
    assert advice("चाय कम पियें।") == "चाय कम पीना"


def test_a_trade_named_as_a_noun_is_what_she_has_started() -> None:
    from netquiz.language import language
    frame = language("hi").topic_frame
    assert frame("केंचुआ खाद का छोटा कारोबार: गांव की महिलाओं के लिए 6 फायदे", "") == \
        "{name} ने केंचुआ खाद का छोटा कारोबार शुरू किया है।"
    assert frame("केंचुआ खाद के छोटे कारोबार के 6 फायदे", "") == "{name} ने केंचुआ खाद का छोटा कारोबार शुरू किया है।"
    assert frame("गाँव की महिलाओं के लिए मधुमक्खी पालन के 6 फायदे", "") == "{name} ने मधुमक्खी पालन शुरू किया है।"
    assert frame("जैविक खेती के फायदे", "") == "{name} ने जैविक खेती शुरू की है।"
    assert frame("नौकरी के 5 फायदे", "") is None


def test_a_benefit_told_by_a_pointer_is_shown_come_true() -> None:
    from netquiz.generate.benefit import benefit_candidates
    text = ("# 4 Benefits of Taking Wedding Orders at Your Bangle Stall\n\nWedding season is busy.\n\n"
            "## 1. Bigger Sales From a Single Customer\n\nA wedding family orders for twenty women at once. "
            "This lets you earn more from the same hours at the stall, because the work is done in a few sittings.\n\n"
            "## 2. Advance Payments\n\nFamilies pay half in advance, so you buy stock without borrowing.\n\n"
            "## 3. Less Dead Stock\n\nBuying against an order means unsold stock stops piling up.\n\n"
            "## 4. Customers Through Weddings\n\nEvery wedding brings new families to the stall.\n")
    ctx = build_context(parse_article(text), 0)
    [candidate] = benefit_candidates(ctx, "s1")
    stem = candidate.question.stem
    assert "can earn more from the same hours at the stall. Which part" in stem  # (its "because …" cut)
    assert stem.split(". ")[1][:1].isupper()
    assert candidate.question.options[candidate.question.answer] == "Bigger Sales From a Single Customer"


def test_the_same_day_it_is_picked_and_a_pair_a_clause_pins() -> None:
    from netquiz.language import en_story
    assert not en_story.leans_on_context("you dry the surplus on the same day it is picked")
    assert not en_story.points_back("you dry the surplus on the same day it is picked")
    assert en_story.points_back("Ask on the same day")
    assert not en_story.leans_on_context("you keep the colour and taste that buyers look for")
    assert en_story.leans_on_context("you keep the colour and taste")


def test_an_instead_step_with_a_list_of_things_is_one_practice_action() -> None:
    from netquiz.generate.practice import practice_candidates
    from netquiz.language import en
    from netquiz.language.base import Causal
    text = ("# Picking Fresh Groceries for Online Orders: 4 Tips\n\nQuick-delivery stores hire pickers.\n\n"
            "## 1. Don't Grab the First Packet on the Shelf\n\nThe packet at the front is often the oldest one. "
            "Instead, check the date on bread, milk, curd and paneer, and follow your store's rule on shelf life.\n\n"
            "## 2. Learn the Store Layout\n\nWalk every aisle with the location codes in hand.\n\n"
            "## 3. Keep Heavy Items Away From Soft Ones\n\nPut rice bags at the bottom of the basket.\n\n"
            "## 4. Pick Fruit the Way You Would for Your Own Kitchen\n\nChoose firm tomatoes and onions.\n")
    ctx = build_context(parse_article(text), 0)
    [candidate] = practice_candidates(ctx, "s1", "{name} is picking fresh groceries for online orders.")
    assert "checks the date on bread, milk, curd and paneer." in candidate.question.stem  # (not "milks")
    told = en.situation(Causal("x", "", "Buy rice, dal and oil, and cook at home", "", "imperative", "imperative"), "Meera")
    assert told == "Meera buys rice, dal and oil, and cooks at home."
    told = en.situation(Causal("x", "", "Smile, listen and answer", "", "imperative", "imperative"), "Meera")
    assert told == "Meera smiles, listens and answers."
    told = en.situation(Causal("x", "", "Mute your apps, reply to the client, and call home", "", "imperative",
                               "imperative"), "Meera")
    assert told == "Meera mutes her apps, replies to the client, and calls home."


def test_a_range_is_no_cause_and_only_is_not_narrowed() -> None:
    assert find_causal("केंचुए भी 300 से 400 रुपये किलो के भाव से बिकते हैं।") == []  # (300 to 400: a range)
    [packing] = find_causal("अच्छी पैकिंग से दाम कई गुना मिल जाता है।")
    assert packing.cause == "अच्छी पैकिंग"
    from netquiz.generate.myth import myth_candidates
    text = ("# केंचुआ खाद के छोटे कारोबार के 4 फायदे\n\nगाँव में यह काम बढ़ रहा है।\n\n## 1. खेत के लिए खाद\n\n"
            "कई लोग मानते हैं कि केंचुआ खाद सिर्फ गमलों और बगीचों की चीज़ है। असल में खेत की मिट्टी को इससे सबसे "
            "ज़्यादा फायदा होता है, क्योंकि मिट्टी भुरभुरी बनी रहती है।\n\n## 2. कम पूंजी\n\nशुरुआत कम पैसे में हो जाती है।"
            "\n\n## 3. घर के पास काम\n\nरोज़ शहर नहीं जाना पड़ता।\n")
    ctx = build_context(parse_article(text), 0)
    candidates = myth_candidates(ctx, "s1")  # ("कुछ हालात में … सिर्फ गमलों की चीज़ है, हर बार नहीं": incoherent)
    assert candidates and not any(o.startswith("सहेली की बात आधी ठीक है") for c in candidates for o in c.question.options)


def test_round33_last_held_out_grammar() -> None:
    from netquiz.generate.practice import _instruction_clause
    from netquiz.language import en
    from netquiz.language.base import Causal
    from netquiz.language.en_story import dangling
    from netquiz.language.en_topic import topic_frame
    assert en.future("technicians move into cardiac technician roles within two years") == \
        "technicians will move into cardiac technician roles within two years"  # (not "… will role …")
    assert en.situation(Causal("x", "", "Start with hardy, fast-selling plants", "", "imperative", "imperative"),
                        "Meera") == "Meera starts with hardy, fast-selling plants."  # (not "fasts-selling")
    assert topic_frame("How to Get Hired as an ECG Technician: 7 Questions Answered", "") == \
        "{name} is trying to get hired as an ECG technician."  # ("is getting hired": hired already)
    assert topic_frame("How to Get Ready for Your First Shift", "") == "{name} is getting ready for her first shift."
    assert dangling("A simple watering will show her, after two or three months.")  # (shows her what?)
    text = ("# Running a Small Plant Nursery\n\nPlants sell.\n\n## 1. Keep a register\n\nUse a notebook or a sheet on "
            "your phone to note which plants you watered, fed and sold each day.\n")
    ctx = build_context(parse_article(text), 0)
    assert _instruction_clause(ctx, ctx.article.section("s1").sentences[0]) is None  # ("… to note." cut off)
