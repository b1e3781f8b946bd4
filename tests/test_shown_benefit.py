"""Which-benefit questions from sentences that show a benefit (no step → result reading needed), the person and
verb rewrites they rely on, and the frames that tell what the persona has started."""

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.generate.coverage import coverage_gaps
from netquiz.language.en_shown import shown as en_shown
from netquiz.language.en_story import pronominalize
from netquiz.language.en_topic import topic_frame as en_frame
from netquiz.language.hi_pronouns import to_persona
from netquiz.language.hi_shown import shown as hi_shown
from netquiz.language.hi_topic import topic_frame as hi_frame


def test_an_english_gain_is_told_of_the_persona_in_the_present():
    assert en_shown("With even basic language skills, you can sort out a delayed train on your own.", "Asha") == \
        "With even basic language skills, Asha can sort out a delayed train on her own."
    assert en_shown("You no longer spend Friday evenings re-checking your work.", "Asha") == \
        "Asha no longer spends Friday evenings re-checking her work."


def test_instructions_hedges_and_denials_show_no_benefit():
    assert en_shown("Start with three days a week and see what changes.", "Asha") is None
    assert en_shown("You don't need to be a manager to plan a budget.", "Asha") is None
    assert en_shown("Your company is one data point.", "Asha") is None  # (no gain)
    assert en_shown("Can you really save more time?", "Asha") is None
    assert en_shown("ERG roles give you all three.", "Asha") is None  # (all three of what?)


def test_a_hindi_gain_is_told_of_the_persona_and_conditions_are_refused():
    assert hi_shown("अपनी गाड़ी की मदद से आप एक ही चक्कर में कई काम निपटा सकती हैं।", "आशा") == \
        "अपनी गाड़ी की मदद से आशा एक ही चक्कर में कई काम निपटा सकती है।"
    assert hi_shown("अगर आप रोज़ चलती हैं, तो नींद बेहतर आती है।", "आशा") is None
    assert hi_shown("हो सकता है कुछ ही हफ़्तों में आप सोचने लगें कि यह पहले करना चाहिए था।", "आशा") is None
    assert hi_shown("हर notification आपका ध्यान तोड़ता है।", "आशा") is None  # (a problem, no gain word)


def test_a_list_comma_does_not_end_the_readers_clause():
    told = to_persona("Solo travel की मदद से आप अलग-अलग शहरों, उम्र और सोच के लोगों को क़रीब से जान पाती हैं।", "पूजा")
    assert told.text.endswith("को क़रीब से जान पाती है।")


def test_apne_aap_is_no_reader():
    assert to_persona("office की बातें दिमाग़ से अपने-आप निकल जाती हैं", "आशा").text == \
        "office की बातें दिमाग़ से अपने-आप निकल जाती हैं"


def test_the_persona_after_a_verb_or_preposition_is_her():
    assert pronominalize("An afternoon gives Asha a break.", "Asha") == "An afternoon gives her a break."
    assert pronominalize("The stress around Asha fades.", "Asha") == "The stress around her fades."
    assert pronominalize("It turns work into something Asha can share.", "Asha") == \
        "It turns work into something she can share."
    assert pronominalize("Once Asha is on her feet, she walks more.", "Asha") == "Once she is on her feet, she walks more."


def test_titles_that_name_a_topic_before_a_question_give_a_frame():
    assert hi_frame("Side Project के फ़ायदे : क्या नौकरी के साथ अपना कुछ शुरू करना सही है?") == \
        "{name} side project आज़मा रही है।"
    assert hi_frame("मेट्रो से ऑफिस जाना : क्या सच में इतना फायदा है?") == "{name} ने मेट्रो से ऑफिस जाना शुरू किया है।"
    assert hi_frame("बच्चों को छोटी ज़िम्मेदारियाँ : working moms के लिए ये आदत क्यों काम की है?") is None
    assert hi_frame("Side Project के फ़ायदे") is None  # (no question after it: not read as a named topic)
    assert en_frame("6 Reasons to Actually Use Your Annual Leave This Year") == \
        "{name} has decided to actually use her annual leave this year."
    assert en_frame("Why Non-Tech Working Women Should Learn a Little Code") == "{name} has decided to learn a little code."


ARTICLE = """# 5 Benefits of Learning a New Language

Many women put it off for years.

## Easier Travel

Work trips become far less stressful abroad. You also stop relying on your phone's battery for every small conversation.

## Sharper Memory

Learning vocabulary is a daily workout. Names and numbers become easier to hold on to.

## More Confidence

Each small win builds a quiet confidence. The fear of sounding foolish in a meeting shrinks once you've survived sounding foolish in a language class every Saturday.

## Start small

Pick one class a week and keep it.

## Wider Job Opportunities

Companies that serve global clients look for people who speak their language.
"""


def test_a_benefit_section_without_a_reading_gets_a_which_benefit_question_named_in_the_gaps():
    bank = generate_bank(parse_article(ARTICLE, lang="en"), seed=0)
    shown = [q for q in bank.questions if q.kind == "benefit" and q.section == "s1"]
    assert shown, [q.stem for q in bank.questions]
    question = shown[0]
    name = question.stem.split()[0]
    assert question.stem.startswith(f"{name} has started learning a new language. She stops relying on her "
                                    "phone's battery for every small conversation."), question.stem
    assert question.options[question.answer] == "Easier Travel"
    assert "Start small" not in question.options  # (a tip heading is no benefit to mistake it for)
    reasons = {g.section.id: g.reason for g in coverage_gaps(bank)}
    assert reasons.get("s1") in (None, "which_benefit")


def test_an_achieved_benefit_keeps_its_own_time_and_its_nouns():
    from netquiz.language.base import Causal
    from netquiz.language.en import achieved

    def told(effect: str) -> str | None:
        return achieved(Causal("s", "", "x", effect, "linked", "imperative"), "Lata")

    assert told("years later, in a job where mistakes cost more, you are the one who owns up") == \
        "Years later, in a job where mistakes cost more, Lata was the one who owns up."
    assert told("you work out exactly what you do not understand") == \
        "Some time later, Lata worked out exactly what she did not understand."


def test_a_result_told_after_it_simply_shows_or_keeps_intact_is_read():
    from netquiz.language import en

    assert en.linked_effect("It simply shows that you can separate a valid concern from an unfair one.") == \
        "people see that you can separate a valid concern from an unfair one"
    assert en.linked_effect("Doing so keeps your dignity intact.") == "your dignity stays intact"


def test_reader_rewrites_of_round_twelve_readings():
    """Defects readers found at c11e0ea: "more than one of her has a car", "peopling", "a question she has never
    seen" after a past verb, "With she, …", and "… का मतलब समझ में आना" offered as a step."""
    from netquiz.language import en, hi
    from netquiz.language.base import Causal

    assert en.rewrite("Rotate the driving if more than one of you has a car", "Asha")[0] == \
        "Rotate the driving if more than one of them has a car"
    assert en.advice("People From Outside Your Industry") is None
    assert en.achieved(Causal("s", "", "x", "you practise answering a question you have never seen", "linked",
                              "imperative"), "Lata") == "Some time later, Lata practised answering a question she had never seen."
    assert en.find_causal("She helps you see where your experience stands.") == []
    [seen] = hi.find_causal("Dashboard की warning lights का मतलब समझ में आने पर छोटी problem पकड़ी जा सकती है।")
    assert hi.action(seen) is None and hi.situation(seen, "आशा") is None


def test_how_to_headings_are_no_benefits():
    article = parse_article(ARTICLE.replace("## Start small", "## How to Get Started"), lang="en")
    bank = generate_bank(article, seed=0)
    assert all("How to Get Started" not in q.options for q in bank.questions if q.kind == "benefit")


def test_round_twelve_second_reading_mends():
    """reading83 (at 2c6360d): "committee में शामिल होना शुरू किया है" (has started joining), "Committee में काम करना"
    offered as a step in an article about joining the committee, "रात में किसी की तबीयत बिगड़ती है" told as her act."""
    from netquiz.generate.context import build_context
    from netquiz.generate.links import the_topic
    from netquiz.language import hi

    assert hi_frame("Housing Society की Committee में शामिल होने के 6 फ़ायदे") == \
        "{name} housing society की committee में शामिल हो चुकी है।"
    assert hi_frame("Yoga Class Join करने के फ़ायदे : क्या घर पर yoga करना काफ़ी है?") == "{name} yoga class join कर चुकी है।"
    ctx = build_context(parse_article("# Housing Society की Committee में शामिल होने के फ़ायदे\n\nपरिचय।\n", lang="hi"), 0)
    assert the_topic(ctx, "Committee में काम करने") and not the_topic(ctx, "Audit के दौरान CA के साथ बैठने")
    events = hi.find_causal("रात में किसी की तबीयत बिगड़ने पर पड़ोसी तुरंत मदद करते हैं।")
    assert all(hi.situation(event, "आशा") is None for event in events)  # (round 29: "… बिगड़ने पर" is read as a
    # time, no step, at all)


def test_a_step_that_gains_beside_other_advice_is_advised():
    """"सिर्फ़ 15 मिनट पहले निकलने से सीट मिल जाती है" under a heading whose body advises something else was read as a
    warning (reading83): a step whose result's first clause names a gain is advice; its "just" is dropped."""
    from netquiz.generate.context import build_context
    from netquiz.generate.scenario import advised
    from netquiz.language import hi

    text = ("# लंबा bus सफ़र\n\nपरिचय।\n\n## Route और Timing कैसे Plan करें?\n\nएक हफ़्ते तक अलग-अलग समय की bus देखें और "
            "note करें। कई बार सिर्फ़ 15 मिनट पहले निकलने से सीट मिल जाती है और सफ़र का पूरा अनुभव बदल जाता है।\n\n"
            "## दूसरा\n\nपानी साथ रखें।\n")
    ctx = build_context(parse_article(text, lang="hi"), 0)
    [reading] = [r for r in ctx.readings["s1"] if "15 मिनट" in r.causal.cause]
    assert advised(ctx, reading)
    assert hi.action(reading.causal) == "15 मिनट पहले निकलना"


def test_more_of_a_noun_is_no_contrast_of_weight():
    """"पार्लर के महँगे पैकेज से ज़्यादा असर चेहरे पर …" gave the belief "बस के महँगे पैकेज पर ध्यान दो" (reading83)."""
    from netquiz.language import hi_story

    assert hi_story.contrast_pairs("पार्लर के महँगे पैकेज से ज़्यादा असर चेहरे पर अच्छी नींद का दिखता है।") == []
    assert hi_story.contrast_pairs("इंटरव्यू में बायोडाटा से ज्यादा बातचीत के कौशल पर ध्यान दिया जाता है।") == \
        [("बायोडाटा", "बातचीत के कौशल")]


def test_savings_that_dont_lapse_are_a_benefit_told_in_the_future():
    """reading83, career-break s3: "even at the minimum ₹500 a year" was read as naming something unintroduced,
    "your long-term savings don't lapse" as a harm and its future as "Her long-term will saving don't lapse"."""
    from netquiz.language import en, en_story
    from netquiz.language.base import Causal

    assert not en_story.leans_on_context("continue your PPF contribution, even at the minimum ₹500 a year")
    assert en.outcome(Causal("s", "", "x", "your long-term savings don't lapse", "purpose", "imperative"), "Asha") \
        == "Her long-term savings won't lapse."


def test_a_cost_or_what_may_seem_so_is_no_benefit_come_true():
    """reading83, khana s1/s4: "एक प्लेट का ख़र्च … 300 रुपये तक पहुँच गया" and "… बनाना छोटी बात लगी" (from "लग सकती है")
    were told as benefits come true."""
    text = ("# अपने लिए खाना बनाने के फ़ायदे\n\nपरिचय।\n\n## हर महीने अच्छी-ख़ासी बचत\n\nरोज़ रात का खाना मँगाने पर एक प्लेट का "
            "ख़र्च 300 रुपये तक पहुँच जाता है।\n\n## आत्मनिर्भरता का भरोसा\n\nपहली बार फूली हुई रोटी बनाना छोटी बात लग सकती "
            "है।\n\n## बेहतर सेहत\n\nघर के खाने से पेट हल्का रहता है।\n\n## मन को सुकून\n\nखाना बनाने से मन शांत होता है।\n")
    bank = generate_bank(parse_article(text, lang="hi"), seed=0)
    stems = [q.stem for q in bank.questions if q.kind == "benefit"]
    assert not any("ख़र्च" in s or "छोटी बात" in s for s in stems), stems


def test_what_befalls_is_no_step_and_a_second_object_is_no_result():
    """reading87: "दिल का दौरा पड़ने पर …" gave the key "दिल का दौरा पड़ना" (a heart attack as her step), and "Keep your
    tone friendly and your explanation short" a step with the result "your explanation short"."""
    from netquiz.language import en, hi

    befalls = [c for c in hi.find_causal("दिल का दौरा पड़ने पर CPR से जान बचाई जा सकती है।") if c.cause.endswith("पड़ने")]
    assert befalls and all(hi.action(c) is None and hi.situation(c, "आशा") is None for c in befalls)
    assert en.find_causal("Keep your tone friendly and your explanation short.") == []
    [kept] = en.find_causal("Ask for feedback and you will learn faster.")
    assert kept.effect == "you will learn faster"


def test_a_things_own_verb_is_no_step_of_hers():
    """reading87 (ghar-ke-kaam): "सुमन रोज़ आधा घंटा बचती है" (from "… आधा घंटा बचने से"), "वह … बार-बार phone आती है",
    and a benefit told with "उनमें" (the children of the sentence before)."""
    from netquiz.language import hi, hi_story

    for sentence in ("रोज़ आधा घंटा बचने से आप अपने लिए कुछ कर पाती हैं।",
                     "दिन में बार-बार phone आने से office में ध्यान बँटता है।"):
        assert all(hi.situation(c, "सुमन") is None for c in hi.find_causal(sentence)), sentence
    assert hi_story.dangling("कुछ समय बाद उसने पाया कि उनमें ज़िम्मेदारी की भावना अपने आप बढ़ी।")


def test_reading91_mends():
    """"before you is asked" (a step told back to the reader), "stepped back … and see", and "ज़रूरत से ज़्यादा
    लोगों को CC करना" read as weighing "ज़रूरत" against "लोग"."""
    from netquiz.language import en, hi_story
    from netquiz.language.base import Causal
    from netquiz.language.en_story import action_in

    assert action_in("Send an update before she is asked", "second") == "send an update before you are asked"
    assert action_in("Send an update before she is asked", "first") == "send an update before I am asked"
    assert en.achieved(Causal("s", "", "x", "you step back from the details and see the larger picture", "linked",
                              "imperative"), "Lata") == \
        "Some time later, Lata stepped back from the details and saw the larger picture."
    assert en.achieved(Causal("s", "", "x", "you will get used to the racing heart and dry mouth", "linked",
                              "imperative"), "Lata") == "Some time later, Lata got used to the racing heart and dry mouth."
    assert hi_story.contrast_pairs("ईमेल में ज़रूरत से ज़्यादा लोगों को CC करना सबसे आम गलती है।") == []


def test_a_how_to_section_is_no_benefit_to_illustrate():
    """reading107 item 119: "कुछ ही हफ्तों में मीरा को फर्क दिखने लगा" keyed to "शुरुआत कैसे करें", the article's last
    steps, named as a benefit among the benefits."""
    from netquiz.article import parse_article
    from netquiz.generate import generate_bank
    text = ("# CRM के फ़ायदे\n\nपरिचय की एक पंक्ति।\n\n## समय पर फॉलो-अप\n\nCRM की मदद से आप कोई फॉलो-अप नहीं भूलतीं।\n\n"
            "## रिपोर्ट में आसानी\n\nCRM से रिपोर्ट दस मिनट में बन जाती है।\n\n## पक्का रिकॉर्ड\n\nCRM से हर सौदे का रिकॉर्ड रहता "
            "है।\n\n## शुरुआत कैसे करें\n\nमुफ़्त plan से शुरू करें। रोज़ दस मिनट CRM भरने से कुछ ही हफ्तों में आपको फर्क दिखने "
            "लगता है।\n")
    bank = generate_bank(parse_article(text), seed=0)
    assert not [q for q in bank.questions if q.kind == "benefit" and q.section == "s4"]
