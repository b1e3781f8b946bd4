"""What round 40 read before its own batches were measured: beliefs denied by "X नहीं, बल्कि Y" told whole, a belief
whose subject is its believers refused, and the trouble a benefit ends never offered as the article's advice."""

from __future__ import annotations

from article_banks import article_path

from netquiz.article import parse_article, read_article
from netquiz.generate.consequence import harms
from netquiz.generate.context import build_context
from netquiz.generate.sample_answer import sample_answer_candidates
from netquiz.generate.scenario import _other_doing, harm, scenario_candidates
from netquiz.language import en, en_story, en_topic, hi, hi_advice, hi_story, hi_topic
from netquiz.language.base import Causal


def _harms(lang: str, title: str, *sections: tuple[str, str]) -> dict[str, list[str]]:
    """Per headed section of an article of ``sections`` (heading, body), the harms the consequence form reads."""
    text = f"# {title}\n\nIntro words here.\n\n" + "".join(f"## {head}\n\n{body}\n\n" for head, body in sections)
    ctx = build_context(parse_article(text, lang), seed=0)
    return {s.id: [h for h, _ in harms(ctx, s)] for s in ctx.article.headed_sections}


def test_a_denied_claim_shares_only_the_verb_both_halves_have():
    """Round 39's held-out F19, H16, H17 told beliefs no Hindi reader could parse."""
    assert hi_story.denied_claim("हल्के Band से muscles फूलती नहीं, बल्कि शरीर कसा हुआ और फुर्तीला बनता है।") == \
        "हल्के Band से muscles फूलती हैं"
    assert hi_story.denied_claim("पीएफ सिर्फ एक बचत खाता नहीं, बल्कि रिटायरमेंट का सहारा है।") == "पीएफ सिर्फ एक बचत खाता है"
    assert hi_story.denied_claim("सबसे बड़ा सिरदर्द कपड़े धोना नहीं, बल्कि ग्राहकों की शिकायतें होती हैं।") is None
    assert hi_story.denied_claim("अच्छी बात यह है कि ज़्यादातर शिकायतें मेहनत बढ़ाकर नहीं, बल्कि कुछ आसान आदतें अपनाकर "
                                 "रोकी जा सकती हैं।") == "ज़्यादातर शिकायतें मेहनत बढ़ाकर रोकी जा सकती हैं"
    assert hi_story.denied_claim("मांसपेशियां दौड़ते समय नहीं, बल्कि आराम के दौरान मज़बूत होती हैं।") == \
        "मांसपेशियां दौड़ते समय मज़बूत होती हैं"


def test_a_belief_about_its_believers_themselves_is_no_friends_belief():
    """"[tutors मानती हैं कि] अच्छा पढ़ाएंगी तो …" has no subject in a friend's mouth (round 39's G54)."""
    assert hi_advice.common_belief("बहुत-सी महिला tutors मानती हैं कि अच्छा पढ़ाएंगी तो parents अपने आप समय पर fees दे "
                                   "देंगे।") is None
    assert hi_advice.common_belief("बहुत-सी महिलाएं मानती हैं कि अच्छा काम अपने-आप दिख जाता है।") == \
        "अच्छा काम अपने-आप दिख जाता है"


def test_the_trouble_a_benefit_ends_is_no_step():
    """"laptop पर झुककर बैठने से … गर्दन में खिंचाव रहता है" under "Office की अकड़न से छुटकारा" is the trouble: its cause
    was offered twice as "the article's advice for another benefit" (round 39's F20, F29)."""
    ctx = build_context(read_article(article_path("resistance-band-se-ghar-par-workout-ke-6-fayde.hi.md")), seed=0)
    trouble = [r for r in ctx.readings["s4"] if "झुककर" in r.causal.cause]
    assert trouble and all(harm(ctx, r) for r in trouble)
    options = [o for sid in ("s2", "s6") for c in scenario_candidates(ctx, sid) for o in c.question.options]
    assert options and not any("झुककर" in o for o in options)


def test_a_dont_sections_harm_told_plainly_is_read():
    """"इससे …" before the remedy and "X का नुकसान यह है कि …" name what goes wrong with the warned move; what points
    back after the remedy, or what a means brings ("की बदौलत"), is the remedy's result (round 40's batch A)."""
    ctx = build_context(read_article(article_path("cycle-puncture-ki-dukaan-chalane-ke-7-zaroori-tips.hi.md")), seed=0)
    assert harms(ctx, ctx.article.section("s6")) == []  # ("ऐसा करने से … पैसा आता रहता है" after "… काम भी जोड़ें")
    assert harms(ctx, ctx.article.section("s4")) == []  # ("तय दाम की बदौलत रोज़ की बहस खत्म हो जाती है")
    assert [h for h, _ in harms(ctx, ctx.article.section("s3"))] == ["टायर गर्मी में फट सकता है"]
    assert _harms("hi", "ठेले की कमाई: ये गलतियां न करें",
                  ("1. घर और ठेले के पैसे एक ही डिब्बे में न रखें", "बहुत सी महिलाएं ठेले की कमाई उसी डिब्बे में डाल देती हैं "
                   "जिससे घर का राशन चलता है। इससे यह कभी पता नहीं चलता कि ठेले ने असल में कितना कमाया और घर ने कितना खर्च "
                   "किया। ठेले के लिए एक अलग थैली रखें।"),
                  ("2. बिना लिखे उधार न दें", "बिना लिखे उधार का नुकसान यह है कि कुछ दिन बाद रकम किसी को याद नहीं रहती। "
                   "एक छोटी कॉपी रखें।")) == {"s1": ["यह कभी पता नहीं चलता कि ठेले ने असल में कितना कमाया और घर ने कितना खर्च किया"],
                                  "s2": ["कुछ दिन बाद रकम किसी को याद नहीं रहती"]}


def test_you_before_its_ing_is_an_object():
    """"can leave you earning less" told "leave she earning" (round 40's snapshot)."""
    told = en.outcome(Causal("x", "", "Quote a rate", "a low price can leave you earning less than ₹50 an hour",
                             "imperative", "imperative"), "Geeta")
    assert told == "A low price can leave her earning less than ₹ 50 an hour."


def test_a_slip_warned_against_is_her_move_and_a_gerund_before_the_remedy_its_harm():
    """"Don't Ignore Room Rent Limits" had no move (a slip is no plan), and "Choosing a room above that limit leads to
    a proportionate cut …" leans on "that limit" (round 40's batch B: one scenario question in seven "don't" sections)."""
    assert _harms("en", "Buying Health Insurance for Your Parents? 5 Mistakes to Avoid",
                  ("1. Don't Ignore Room Rent Limits", "Some policies pay room rent only up to a fixed amount. Choosing "
                   "a room above that limit leads to a proportionate cut on the whole bill. Look for a policy with no "
                   "room rent cap."),
                  ("2. Don't Depend Only on Your Company's Group Policy", "Many employers let you add parents to the "
                   "group health cover. Buy a separate policy for your parents.")) == {"s1": ["you get a proportionate cut on the whole bill"],
                                  "s2": []}  # (s2: who lets her, and a gain, no harm)
    ctx = build_context(read_article(article_path("class-10-maths-tuition-board-exam-se-pehle-7-galtiyan-na-karen.hi.md")),
                        seed=0)
    assert not any("revise" in h for h, _ in harms(ctx, ctx.article.section("s1")))  # ("इस हिसाब से समय बाँटने से हर
    # बड़ा unit कम से कम दो बार revise हो जाता है" after the remedy: its gain, keyed as the harm)


def test_an_answer_to_avoid_stands_beside_the_sample_told_short():
    """"**Avoid:** "…"" and "**इससे बचें:** "…"" are the section's weak answers, and the sample is told short beside them:
    what she did and how it ended (round 40's batch A: a 45-word story left every "Avoid:" answer out as too short, and
    the same three stories stood beside every key; round 43: its first two sentences were the scene alone)."""
    answers = {
        "s1": ("Tell me about your work with birds so far.", "For three years I looked after a 1,500-bird layer shed "
               "at a farm in my village. I handled the morning feed and water, collected and graded eggs, and kept the "
               "daily register. When the owner expanded to a second shed, I trained two new workers on egg collection "
               "and the owner asked me to plan the feed for both sheds every week until the season ended.",
               "I have a lot of experience with poultry and I love working with birds."),
        "s2": ("One morning you find more dead birds than usual in a shed. What do you do?", "Last winter I found "
               "eleven dead birds in one corner instead of the usual one or two. I stopped workers from moving between "
               "sheds, put the dead birds in a closed bag away from the shed, wrote down the count and the symptoms, "
               "and called the vet before nine. He found it was a respiratory infection and we started treatment the "
               "same day.", "I would remove the dead birds quickly and keep an eye on the rest."),
        "s3": ("Which records do you keep, and why?", "I kept daily feed and water use, egg count, deaths and "
               "vaccination dates for each shed. Once, feed use dropped by almost a tenth in two days while egg count "
               "looked normal. I told the vet, and he caught an early infection before production fell and we saved "
               "the whole flock that month.", "I write everything in the register as the owner tells me."),
    }
    text = "# Interviewing for a Poultry Farm Supervisor Job\n\nIntro words about the job.\n\n" + "".join(
        f'## {i}. "{q}"\n\nManagers ask this often.\n\n**Sample answer:** "{a}"\n\n**Avoid:** "{w}" It says little.\n\n'
        for i, (q, a, w) in enumerate(answers.values(), 1))
    ctx = build_context(parse_article(text, "en"), seed=0)
    question = sample_answer_candidates(ctx, "s2")[0].question
    key = question.options[question.answer]  # (no telling short enough keeps what she did and how it ended: the
    assert key.startswith("Last winter I found") and key.endswith("the same day.")  # whole answer, round 43)


def test_round_40_batch_c_and_d_misreadings():
    """A "become" title is told as become, a yield is no step, "to let you" no "lets you", "Doing so for three weeks
    fixes …" no opener (round 40's batches C and D)."""
    assert hi_topic.topic_frame("महिला ड्राइविंग इंस्ट्रक्टर बनने के 6 फायदे: गाड़ी चलाना आता है तो इसे करियर बनाइए") == \
        "{name} महिला ड्राइविंग इंस्ट्रक्टर बन गई है।"
    assert en.find_causal("Ask your branch or BC company to let you spend a few days at an active kiosk.") == []
    text = ("# Oyster Mushroom सुखाकर बेचना: 7 Tips\n\nताज़े मशरूम में करीब 90 प्रतिशत पानी होता है, इसलिए 10 किलो ताज़ा "
            "मशरूम सुखाने पर लगभग 1 किलो सूखा मशरूम बनता है। आगे कुछ सुझाव हैं।\n\n## 1. Dry only fresh mushrooms\n\n"
            "पीले पड़ चुके मशरूम अलग कर दें।\n")
    ctx = build_context(parse_article(text, "hi"), seed=0)
    assert not any("किलो" in r.causal.effect for r in ctx.readings["s0"])


def test_round_40_batch_e_misreadings():
    """"has started starting a chair yoga batch", and a result that is only "होती है" (its subject in the cause)."""
    assert en_topic.topic_frame("6 Benefits of Starting a Chair Yoga Batch for Senior Citizens") == \
        "{name} has started a chair yoga batch for senior citizens."
    text = ("# E-Rickshaw के कागज़: 6 सवाल\n\nपरिचय की बात यहाँ है।\n\n## 1. कागज़ हमेशा साथ कैसे रखें?\n\n"
            "Checking के समय सबसे ज़्यादा परेशानी कागज़ घर पर छोड़ने से होती है। सारे कागज़ एक folder में रखें।\n")
    ctx = build_context(parse_article(text, "hi"), seed=0)
    assert all(r.causal.effect.strip() != "होती है" for r in ctx.readings["s1"])


def test_a_body_step_that_does_something_else_to_the_headings_thing_is_no_heading_key():
    """"हर राउंड के बाद फ्लास्क को गर्म पानी से धोएं, ताकि … महक …" under "अच्छे थर्मस फ्लास्क में चाय ले जाएं": the washing
    keeps the smell away, not the flask (round 40's batch B keyed the heading)."""
    ctx = build_context(read_article(article_path("resistance-band-se-ghar-par-workout-ke-6-fayde.hi.md")), seed=0)
    assert _other_doing(ctx, "हर राउंड के बाद फ्लास्क को गर्म पानी से धोएं", "अच्छे थर्मस फ्लास्क में चाय ले जाएं")
    assert not _other_doing(ctx, "दो-तीन लीटर वाले स्टील के थर्मस फ्लास्क खरीदें", "अच्छे थर्मस फ्लास्क में चाय ले जाएं")
    assert not _other_doing(ctx, "एक ही lot का कपड़ा लें", "पूरा कपड़ा एक ही Lot से खरीदें")


def test_which_benefit_tellings_of_round_40():
    """"छह से आठ लोगों को" is a range, "X से नहीं, Y से बनता है" denies X, and "and still keep" keeps its past."""
    assert hi.find_causal("एक आम कोर्स 21 दिन का होता है, इसलिए एक इंस्ट्रक्टर दिन में छह से आठ लोगों को सिखा सकती है।") == []
    text = ("# CA office interview\n\nपरिचय की बात।\n\n## 1. \"क्लाइंट की जानकारी आप कैसे गोपनीय रखेंगी?\"\n\n"
            "भरोसा मांगने से नहीं, ठोस आदतें बताने से बनता है। फ़ाइल किसी को बिना पूछे न दें।\n")
    ctx = build_context(parse_article(text, "hi"), seed=0)
    assert not any(r.causal.effect.startswith("नहीं") for r in ctx.readings["s1"])
    told = en.achieved(Causal("x", "", "A lower cost per bag", "you can quote a sharper price to big buyers and "
                              "still keep your margin", "instrument", "noun"), "Geeta")
    assert told == "Some time later, Geeta quoted a sharper price to big buyers and still kept her margin."


def test_pick_the_one_she_likes_dangles():
    """"Pick the one she is most comfortable with": the one of what? (round 40's batch D, item 37)."""
    assert en_story.dangling("Pick the one she is most comfortable with")
    assert not en_story.dangling("Pick a language she is comfortable with")
