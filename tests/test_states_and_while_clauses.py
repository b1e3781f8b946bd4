"""Round 24's development batch (aside223–224): a state that does not set in is a problem that goes away ("त्वचा
रूखी नहीं पड़ती"), a relative clause is no step ("जो लाली दबाने पर …"), and an instruction's "while" clause is when,
not what, to do ("करवट देते समय पीठ के पीछे एक तकिया लगा दें" is the pillow's step, not the turning heading's)."""

from __future__ import annotations

from article_banks import article_path, bank_of, context_of

from netquiz.article import read_article
from netquiz.generate.context import build_context
from netquiz.generate.links import goes_away
from netquiz.generate.scenario import without_while
from netquiz.language.hi_patterns import find_causal

BEDSORE = "bistar-par-lete-mareez-ko-bedsore-se-kaise-bachayen.hi.md"


def _keys(section: str) -> list[str]:
    return [q.options[q.answer] for q in bank_of(BEDSORE).questions if q.section == section and q.kind == "scenario"]


def test_a_state_that_does_not_set_in_goes_away_but_no_difference_does_not():
    assert goes_away(context_of(BEDSORE), "त्वचा रूखी नहीं पड़ती")
    assert goes_away(context_of(BEDSORE), "शरीर दिन भर सुस्त नहीं पड़ता")
    assert not goes_away(context_of(BEDSORE), "इससे कोई फ़र्क नहीं पड़ता")
    assert not goes_away(context_of(BEDSORE), "त्वचा रूखी पड़ जाती है")  # (not negated: it sets in)
    assert any("पानी" in key for key in _keys("s6")), _keys("s6")  # (the section had no scenario: "only a warning")


def test_a_relative_clause_is_no_step():
    assert not find_causal("जो लाली दबाने पर सफ़ेद नहीं पड़ती, वह बेडसोर की पहली अवस्था है।")
    assert find_causal("लाली दबाने पर दर्द कम होता है।")  # (the same shape without "जो" is read)
    assert not any("लाली दबाना" in key for key in _keys("s5") + _keys("s1")), (_keys("s5"), _keys("s1"))


def test_a_while_clause_is_when_not_what_to_do():
    assert without_while(context_of(BEDSORE), "करवट देते समय पीठ के पीछे एक तकिया लगा दें") == "पीठ के पीछे एक तकिया लगा दें"
    assert without_while(context_of(BEDSORE), "पीठ के पीछे एक तकिया लगा दें") == "पीठ के पीछे एक तकिया लगा दें"
    english = build_context(read_article(next(article_path(BEDSORE).parents[1].rglob("*.en.md"))), 0)
    assert without_while(english, "While you turn her, put a pillow behind her back") == \
        "put a pillow behind her back"
    from netquiz.generate.scenario import scenario_candidates

    wished = [c.question for c in scenario_candidates(context_of(BEDSORE), "s1") if "लुढ़क" in c.question.stem]
    assert wished and all("तकिया" in q.options[q.answer] for q in wished), wished  # (the candidates: since round 37
    # the bank keys "… रात की बारी … संभाल लें" to the chart, not the heading, and keeps that question instead)


def test_a_negated_condition_is_no_warning():
    """"शांत आवाज़ में नियम बताएं और बात न बने, तो ड्राइवर … की मदद लें" under "Don't Argue With Passengers …": the
    step advised instead, whose result ("बाकी यात्री … साथ देते हैं") is no harm; the condition's "न" is no "don't"."""
    from netquiz.language import language

    hindi = language("hi")
    assert hindi.unnegate("शांत आवाज़ में नियम बताएं और बात न बने, तो ड्राइवर या हेल्पलाइन की मदद लें") is None
    assert hindi.unnegate("बात न बने, तो बहस न करें") is not None  # (the step's own "न" is one)
    assert hindi.unnegate("फोन न देखें") == "फोन देखें"


def test_a_harm_under_a_neglect_heading_is_the_neglects():
    """"कई कंडक्टर … दिन भर पानी कम पीती हैं। इससे … यूरिन इन्फ़ेक्शन का ख़तरा बढ़ता है" under "Don't Skip Water and
    Toilet Breaks": the harm of skipping, never a result of "Make time for water and toilet breaks"."""
    from netquiz.generate.claims import read_claims

    path = article_path("bus-conductor-ki-naukri-pehle-mahine-ke-7-tips.hi.md")
    article = read_article(path)
    ctx = build_context(article, 0)
    claims = read_claims(ctx.language, article.section("s7"), article.title or "")
    assert claims and not any("ख़तरा" in c.causal.effect for c in claims), [c.causal for c in claims]


def test_an_english_condition_in_two_parts_keeps_both_in_its_cause():
    """"When you see how a colleague settles a restless class …, or deals with two children fighting …, you pick
    up routines you can copy": the result is "you pick up …", not "or deals with …"."""
    from netquiz.language import language

    found = language("en").rules.find_causal(
        "When you see how a colleague settles a restless class, or deals with two children fighting over a seat, "
        "you pick up routines you can copy.")
    assert [(c.cause, c.effect) for c in found] == [
        ("you see how a colleague settles a restless class, or deals with two children fighting over a seat",
         "you pick up routines you can copy")], found


def test_a_gain_joined_to_fewer_of_something_is_no_loss():
    """"Tasting करवाने से client का भरोसा बढ़ता है और … menu बदलने की फ़रमाइशें कम आती हैं": two benefits (fewer
    requests, a word no list names as a problem, had made the whole a loss); after "पर" the second part is no
    second benefit."""
    from netquiz.generate.links import harmful

    ctx = context_of(BEDSORE)
    assert not harmful(ctx, "client का भरोसा बढ़ता है और function से ठीक पहले menu बदलने की फ़रमाइशें कम आती हैं")
    assert harmful(ctx, "function से ठीक पहले menu बदलने की फ़रमाइशें कम आती हैं")  # (alone: fewer of a thing)
    assert harmful(ctx, "client का भरोसा बढ़ता है पर ऑर्डर कम आते हैं")
    assert harmful(ctx, "काम जल्दी होता है और acidity बढ़ती है")  # (a bad thing that grows)


def test_a_short_imperative_and_an_if_you_can_are_told_as_the_step():
    """"हो सके तो function से पहले एक बार venue देख आएं" had stayed an imperative among infinitives (the key's form
    told it apart): "आएं" is too short for the endings, and "हो सके तो" opens it as "बेहतर है कि" does."""
    from netquiz.language import language

    rules = language("hi").rules
    assert rules.advice("हो सके तो function से पहले एक बार venue देख आएं।") == "function से पहले एक बार venue देख आना"
    assert rules.advice("घर जाकर देख आइए") == "घर जाकर देख आना"


def test_a_question_to_settle_is_no_result_but_what_she_learns_is():
    assert not find_causal("बर्तन टूटने या खोने पर भरपाई कौन करेगा, यह भी इसी सवाल के साथ तय कर लें।")
    assert find_causal("हर बिल लिखने से पता चलता है कि महीने में कितना ख़र्च हुआ।")


def test_second_development_batch_misreadings():
    """aside229–230: "Word of mouth brings …" is no instruction ("She words of mouth brings …"); a penalty the bank
    cuts is no wish; a title's question part ("किसे मिलती है और कैसे लें") frames no persona; "and can fit" in a
    hope is "and fit"."""
    from netquiz.language import language
    from netquiz.language.hi_topic import topic_frame

    assert language("en").rules.advice("Word of mouth brings in steadier work than pamphlets or paid ads.") is None
    assert language("en").rules.advice("Word your request carefully.") == "Word her request carefully"
    assert topic_frame("मुफ़्त कानूनी सहायता: किसे मिलती है और कैसे लें") is None
    fd = article_path("loan-against-fd-before-you-break-your-fixed-deposit.hi.md")
    stems = [q.stem for q in bank_of(fd.name).questions]
    assert not any("पेनल्टी" in stem and "चाहती है" in stem for stem in stems), stems
    cleaning = article_path("starting-a-home-cleaning-service-7-tips-for-your-first-year.en.md")
    stems = [q.stem for q in bank_of(cleaning.name).questions]
    assert not any(" and can " in stem for stem in stems if "hope" in stem), stems  # (a statement's "you spend less
    # … and can fit …" is good English; a hope's "hopes to spend less … and can fit" is not)
    assert not any("words of mouth" in s for s in stems), stems


def test_a_counted_list_or_using_it_leans_outside_an_option():
    """"दो बातें पहले से जान लेना" (which two?), "… के लिए इसका इस्तेमाल करना" (using what?) were wrong answers; "तीन
    सवाल पूछें: …" says its three, and a myth's correction "इसका असर …" names the belief its stem names."""
    from netquiz.language import language

    story = language("hi").story
    assert story.dangling("दो बातें पहले से जान लेना")
    assert story.dangling("रोज़ के घरेलू खर्च या त्योहार की खरीदारी के लिए इसका इस्तेमाल करना")
    assert not story.dangling("तीन सवाल पूछें: कब, कहाँ, कितना")
    assert not story.dangling("सहेली ठीक नहीं सोचती: इसका असर लागत, मेहनत और फसल की क्वालिटी, तीनों पर पड़ता है।")


def test_a_step_told_at_length_before_thanks_to_is_read():
    """"Location को "Allow all the time" की जगह "Only while using the app" पर रखने की बदौलत phone … GPS चालू नहीं
    करता": a gerund step of more than four words before "की बदौलत" (a short one stays an instrument)."""
    found = find_causal('Location को "Allow all the time" की जगह "Only while using the app" पर रखने की बदौलत phone '
                        "बार-बार GPS चालू नहीं करता।")
    assert [(c.pattern, c.effect) for c in found] == [("gerund", "phone बार-बार GPS चालू नहीं करता")], found
    assert [c.pattern for c in find_causal("रोज़ डायरी लिखने की बदौलत आप अपनी प्रगति देख पाती हैं।")] == ["instrument"]


def test_unseen_batch_english_misreadings():
    """Read by round 24's strict reader of the put-aside batch: "In summer, leave out curd and rice dishes" is an
    instruction, no result ("In summer, leave out curd and rice will dish." was a key and three wrong answers);
    "her name and phone number" is no verb ("and phones number")."""
    from netquiz.language import language
    from netquiz.language.base import Causal

    rules = language("en").rules
    assert rules.advice("In summer, leave out curd and rice dishes, which spoil quickly without a fridge.") \
        == "Leave out curd and rice dishes, which spoil quickly without a fridge"
    assert rules.advice("In summer, the roads flood.") is None
    step = "Put a card with your name and phone number in each child's pocket"
    told = rules.situation(Causal(step, "", step, "", "imperative", "imperative"), "Reena")
    assert told == "Reena puts a card with her name and phone number in each child's pocket.", told
    step = "Call the office and ask for the manager"
    assert rules.situation(Causal(step, "", step, "", "imperative", "imperative"), "Reena") == \
        "Reena calls the office and asks for the manager."


def test_a_pointer_left_unresolved_leans():
    """"By adding that qualification, you can move into lab technician posts …" after a sentence that is no
    instruction, under a heading that is none: "Add that qualification" was a key and "Rashmi adds that
    qualification" a stem (round 24's strict reader: dangling-reference, items 63-64)."""
    from netquiz.generate.claims import leaning_claims, read_claims

    path = article_path("why-a-phlebotomy-course-could-be-your-way-into-hospital-work.en.md")
    article = read_article(path)
    ctx = build_context(article, 0)
    section = article.section("s6")
    assert not any("that qualification" in c.causal.cause for c in read_claims(ctx.language, section, article.title))
    assert any("that qualification" in c.causal.cause for c in leaning_claims(ctx.language, section, article.title))
