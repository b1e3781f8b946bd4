"""What round 29's last held-out reading (aside263, /work/r29/genF item 6) found misread, and what this round's
readings found after it, each shape told the way it should be."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import claims
from netquiz.language import language

STUDIO = """# छोटा फोटो स्टूडियो: 2 tips

छोटे स्टूडियो की कमाई धीरे बढ़ती है।

## 1. Deliver Passport Photos Within 15 Minutes

फोटो खींचने से लेकर प्रिंट थमाने तक का काम 15 मिनट के अंदर पूरा करें। इससे मोहल्ले में आपकी दुकान की पहचान बनती है।

## 2. Don't Buy Expensive Gear in the First Year

नई फोटोग्राफर अक्सर मानती हैं कि महंगा लेंस आते ही काम बढ़ जाएगा। पहले साल एक 50mm लेंस और दो लाइट से काम चलाएं। बड़ी शादी के लिए ज़रूरी लेंस किराए पर लें, जो ज़्यादातर शहरों में 500 से 1,500 रुपये प्रतिदिन में मिल जाता है। इससे सिर पर EMI का बोझ नहीं चढ़ता।
"""


def test_an_instruction_that_ends_on_a_fact_about_its_object_is_a_step_not_a_result() -> None:
    article = parse_article(STUDIO)
    known = language("hi")
    read = claims.read_claims(known, article.sections[2], article.title or "")
    assert [(r.causal.cause, r.causal.effect) for r in read] == \
        [("बड़ी शादी के लिए ज़रूरी लेंस किराए पर लें", "सिर पर EMI का बोझ नहीं चढ़ता")]


def test_a_closing_relative_clause_is_cut_in_either_language() -> None:
    assert language("hi").rules.without_relative("लेंस किराए पर लें, जो 500 रुपये में मिल जाता है") == \
        "लेंस किराए पर लें"
    assert language("hi").rules.without_relative("लेंस किराए पर लें जो सस्ता हो") == "लेंस किराए पर लें जो सस्ता हो"
    assert language("en").rules.without_relative("Rent the lens, which costs Rs 500 a day") == "Rent the lens"


def test_helps_you_at_a_time_is_no_result() -> None:
    rules = language("en").rules
    assert rules.linked_effect("It also helps you at appraisal time.") is None
    assert rules.linked_effect("It also helps you stay calm at appraisal time.") == "you stay calm at appraisal time"


HOTEL = """# Want a Front-Desk Job? 3 Questions Answered

Small hotels need front-desk staff.

## 1. How much English is enough?

You need enough English to greet a guest. If your spoken English is shaky, practise ten standard sentences \
for check-in and check-out until they come out naturally. This way, the first two minutes with a guest go smoothly.

## 2. What happens in the interview?

Interviews are short.

## 3. Where should you look?

Many small hotels never advertise.
"""


def test_a_result_that_points_back_to_a_conditioned_instruction_comes_of_its_instruction() -> None:
    article = parse_article(HOTEL)
    read = claims.read_claims(language("en"), article.sections[1], article.title or "")
    assert [(r.causal.cause, r.causal.effect) for r in read] == \
        [("Practise ten standard sentences for check-in and check-out until they come out naturally.",
          "the first two minutes with a guest go smoothly")]


def test_a_pronoun_after_an_irregular_plural_has_its_antecedent() -> None:
    story = language("en").story
    assert not story.dangling("By keeping the children in one safe room, you spend more time playing with them.")
    assert story.dangling("By keeping one room safe, you spend more time playing with them.")


def test_a_plural_subject_keeps_its_verb_in_the_future() -> None:
    from netquiz.language.base import Causal
    rules = language("en").rules
    told = rules.outcome(Causal("x", "", "Keep a daily sheet", "the sheets also help you spot patterns", "section",
                                "imperative"), "Meena")
    assert told == "The sheets will help her spot patterns."  # ("also" left out: round 31)


def test_spending_less_is_a_gain() -> None:
    from netquiz.generate.context import build_context
    from netquiz.generate.links import harmful
    ctx = build_context(parse_article(HOTEL.replace("Want", "Wanted")), 0)
    assert not harmful(ctx, 'you spend less energy saying "no" all day')
    assert harmful(ctx, "you have less energy for the evening")


def test_the_very_thing_a_sentence_before_named_dangles() -> None:
    story = language("hi").story
    assert story.dangling("मोहल्ले की दुकान पर यही काम पांच मिनट में हो जाता है।")
    assert story.dangling("किसी का भुगतान अटक जाए, तो वह उसी रजिस्टर से लेन-देन नंबर निकाल लेती हैं।")
    assert story.dangling("बाकी 19,000 पर हर महीने करीब 3% interest लगेगा।")
    assert not story.dangling("किस्त अटकने की सबसे आम वजह यही होती है कि खाता आधार से जुड़ा नहीं है।")
    assert not story.dangling("कोहनी लगभग 90 डिग्री पर मुड़ी हो और कंधे ढीले हों, यही सही दूरी है।")
    assert not story.dangling("पैसा उसी महीने की salary के साथ आता है।")
    assert not story.dangling("घर के बाकी लोगों के साथ काम बाँटें।")
    assert not story.dangling("जिस तरह उसने एक काम संभाला, उसी भरोसे से वह हाथ उठा पाती है।")


def test_a_quote_that_answers_against_what_it_does_not_say_leans() -> None:
    from netquiz.generate.context import build_context
    from netquiz.generate.recall import _leans
    ctx = build_context(parse_article(HOTEL), 0)
    assert _leans(ctx, "A short course does help, though.")
    assert not _leans(ctx, "Instead of trying to make the whole house safe, pick one room and make it fully safe.")


def test_a_list_of_steps_is_told_as_steps_and_a_list_of_things_as_things() -> None:
    from netquiz.language.en_story import gerund_phrase
    assert gerund_phrase("Write down your timings, due date, late-pickup charge and holiday list") == \
        "writing down your timings, due date, late-pickup charge and holiday list"
    assert gerund_phrase("Note the time, check the bill and sign a copy") == \
        "noting the time, checking the bill and signing a copy"
    assert gerund_phrase("Use the gap to rest, sort out childcare or finish a course") == \
        "using the gap to rest, sort out childcare or finish a course"


def test_a_title_tells_what_she_is_doing_in_english_that_reads() -> None:
    from netquiz.language.en_topic import topic_frame
    assert topic_frame("Library Assistant Interview: 7 Tips to Prepare and Answer With Confidence") == \
        "{name} is preparing for a library assistant interview."
    assert topic_frame("6 Benefits of Moving Up to Quality Checker in a Garment Factory") == \
        "{name} has moved up to quality checker in a garment factory."
    assert topic_frame("Sewing Machine Operator in an Export Unit? 7 Mistakes to Avoid") == \
        "{name} works as a sewing machine operator in an export unit."
    assert topic_frame("Want a Front-Desk Job at a Small-Town Hotel? 7 Questions Answered") == \
        "{name} wants a front-desk job at a small-town hotel."
    assert topic_frame("Working With Clients in Other Time Zones") == \
        "{name} is working with clients in other time zones."


def test_words_that_point_to_a_sentence_the_item_leaves_out() -> None:
    en, hi = language("en").story, language("hi").story
    assert en.dangling("Understand what each one means")
    assert en.dangling("If a caller asks a question like this, connect her to the duty nurse")
    assert en.dangling("Ask your supervisor how to handle that exact case")
    assert en.dangling("Spend half an hour there")
    assert not en.dangling("Talk to someone who has been there")
    assert not en.dangling("I caught most mistakes while the customer was still standing there")
    assert hi.dangling("ग्राहक ऐसा माल खुशी से ले लेती हैं।")
    assert not hi.dangling("ऐसे किसी मौके के बारे में बताइए जब आपने पहल की हो।")
    assert not hi.dangling("आठ-दस ऐसे प्रोडक्ट चुनें जिनका स्टॉक आपके पास पक्का है।")


def test_a_participle_names_what_its_pronoun_stands_for() -> None:
    story = language("hi").story
    assert not story.leans_on_context("हर पीस का पूरा खर्च लिखकर उस पर 30 प्रतिशत मुनाफ़ा जोड़ना")
    assert story.leans_on_context("स्टॉल बुक करने से पहले ग्राहक बनकर उस बाज़ार में घूम आना")


def test_if_needed_opens_a_condition_not_a_result() -> None:
    from netquiz.generate.claims import opens_on_condition
    assert opens_on_condition(language("hi"), "ज़रूरत हो तो medical store से अलग size का cuff मँगवाया जा सकता है।")
    assert not opens_on_condition(language("hi"), "ज़रूरत से ज़्यादा माल न खरीदें।")


def test_habits_and_harms_told_as_they_read() -> None:
    from netquiz.generate.context import build_context
    from netquiz.generate.links import harmful
    from netquiz.language.en_story import gerund_phrase
    from netquiz.language.hi_advice import advice_habit
    assert advice_habit("अपनी मेहनत को लागत में जोड़ना न भूलें।", "लता") == "लता अपनी मेहनत को लागत में जोड़ना नहीं भूलती।"
    assert gerund_phrase("Keep learning") == "continuing to learn"
    ctx = build_context(parse_article(HOTEL), 0)
    assert harmful(ctx, "the customer ends up with headaches and eye strain")
    assert not harmful(ctx, "you end up with a loyal customer")


def test_a_plural_subject_wishes_in_the_plural() -> None:
    from netquiz.language.base import Causal
    told = language("hi").rules.wish(Causal("x", "", "रोज़ जाना", "घर की महिलाएं आपका इंतज़ार करने लगती हैं",
                                            "gerund", "verbal"), "नेहा")
    assert told == "नेहा चाहती है कि घर की महिलाएं उसका इंतज़ार करने लगें।"


def test_a_step_before_starting_is_not_framed_as_started() -> None:
    from netquiz.generate.context import build_context
    from netquiz.generate.scenario import _frame
    article = parse_article("""# घर-घर दूध Delivery करने के 4 फायदे

कमलेश दूध बेचती हैं।

## 1. बेहतर दाम

सीधे ग्राहक को दूध बेचने से हर लीटर पर बेहतर दाम मिलता है।

## 2. पक्की Income

महीने का पैसा तय रहता है।

## 3. कम बर्बादी

बचा दूध दही बनता है।

## शुरुआत से पहले

पहले दस घरों से शुरू करें, ताकि route का अंदाज़ा लग सके।
""")
    ctx = build_context(article, 0)
    assert "शुरू किया है" in _frame(ctx, "पूजा", "सीधे बेचना", "दाम", "s1", 0)
    assert "शुरू किया है" not in _frame(ctx, "पूजा", "दस घरों से शुरू करना", "route", "s4", 0)


def test_a_wrong_tips_feedback_quotes_its_advice_not_the_belief_it_argues_against() -> None:
    from netquiz.generate.context import build_context
    from netquiz.generate.practice import advising_sentence
    article = parse_article("""# ठेला: 3 टिप्स

ठेला चलाना आसान नहीं।

## 1. ज़्यादा माल न खरीदें

कई नई विक्रेता सोचती हैं कि जितना ज़्यादा माल होगा, उतनी ज़्यादा बिक्री होगी। असल में ज़्यादा माल से बर्बादी बढ़ती है।

## 2. मंडी जल्दी पहुंचें

सुबह पहुंचने से अच्छा माल मिलता है।

## 3. बाट सही रखें

मुहर लगे बाट रखें।
""")
    ctx = build_context(article, 0)
    assert advising_sentence(ctx, article.sections[1]) == "असल में ज़्यादा माल से बर्बादी बढ़ती है।"


def test_a_step_not_taken_is_told_as_one() -> None:
    rules = language("en").rules
    causal = rules.find_causal("By not arguing back, you stop a small quarrel from turning into a scene.")[0]
    assert causal.cause == "not arguing back"
    assert rules.action(causal) == "Do not argue back"
    assert rules.situation(causal, "Meena") == "Meena does not argue back."


def test_what_the_last_held_out_reading_refused_is_told_right() -> None:
    from netquiz.language import en
    from netquiz.language.base import Causal
    from netquiz.language.hi_advice import imperative_word
    from netquiz.language.hi_setting import _alone
    assert _alone("मध्य प्रदेश के उज्जैन की रहने वाली") == "{name} मध्य प्रदेश के उज्जैन में रहती है।"
    assert imperative_word("दुकानें") is None
    told = language("en").story.first_person_result(
        Causal("x", "", "sending people", "you spare them a second wait and keep your own queue moving", "gerund",
               "verbal"), "f")
    assert told == "I spared them a second wait and kept my own queue moving"
    assert not en._has_verb("the rules for smart cards, tokens and QR tickets, including time limits")
    assert en._has_verb("colleagues notice your work")
    assert not language("hi").rules.find_causal("शालिनी ने एक रविवार खाने पर सबको बता दिया कि हाथ तंग रहेगा।")


def test_the_step_a_dont_section_advises_instead_is_read_without_its_example() -> None:
    article = parse_article("""# Wholesale: 3 Tips

नया काम।

## 1. Don't Give Credit on the First Order

नए retailer का पहला order हमेशा cash पर ही लें। दो-तीन orders का payment समय पर आने के बाद ही छोटी credit limit तय करें, जैसे 2,000 या 3,000 रुपये। ऐसा करने से आपका capital बाज़ार में नहीं फंसता।

## 2. Carry a Sample Board

Board साथ रखें।

## 3. Keep Accounts

हिसाब लिखें।
""")
    read = claims.read_claims(language("hi"), article.sections[1], article.title or "")
    assert [(r.causal.cause, r.causal.effect) for r in read] == \
        [("दो-तीन orders का payment समय पर आने के बाद ही छोटी credit limit तय करें", "आपका capital बाज़ार में नहीं फंसता")]


def test_a_pronoun_after_a_participle_and_money_that_no_longer_sticks() -> None:
    from netquiz.generate.context import build_context
    from netquiz.generate.links import goes_away
    story = language("hi").story
    assert not story.dangling("पहले 20-25 सैंपल हैंपर बनाकर उनकी फोटो ग्राहकों को भेजें।")
    assert story.dangling("उनकी फोटो ग्राहकों को भेजें।")
    ctx = build_context(parse_article(STUDIO), 0)
    assert goes_away(ctx, "आपका पैसा बेकार पड़े सामान में नहीं फंसता")
