"""What round 39 read before its own batches were measured: a tip's reason told before it ("…, so ask before you
book", "…, इसलिए सबका eKYC करवाएं"), and a passive told as what a woman found out."""

from __future__ import annotations

from article_banks import article_path

from netquiz.article import parse_article, read_article
from netquiz.generate.consequence import consequence_candidates, harms
from netquiz.generate.context import build_context
from netquiz.generate.links import akin, obliged, sets_in
from netquiz.generate.practice import practice_candidates
from netquiz.generate.sample_answer import _warned_answers
from netquiz.generate.scenario import _needs_title, _object_words, harm, office_benefits, scenario_candidates
from netquiz.generate.tips import failing, section_steps
from netquiz.language import en, en_story, hi, hi_topic
from netquiz.language.base import Causal


def test_a_reason_told_before_its_step_is_read():
    """The corpus's commonest unread shapes after "because": ", so <instruction>" and ", इसलिए <instruction>"."""
    assert en.reasoned_step("Prices differ between brands and cities, so ask before you book.") == \
        ("Ask before she books", "Prices differ between brands and cities")
    assert hi.reasoned_step("परिवार के हर सदस्य का कार्ड अलग बनता है, इसलिए सबका eKYC करवाएं।") == \
        ("सबका eKYC करवाना", "परिवार के हर सदस्य का कार्ड अलग बनता है")


def test_a_result_after_so_is_no_tips_reason():
    """", so summer milk no longer turns sour" is a result: its cause is no reason the article gives for a tip."""
    assert en.reasoned_step("Cleaner milk stays fresh longer, so summer milk no longer turns sour in the heat.") is None
    assert en.reason_clause("Cleaner milk stays fresh longer, so summer milk no longer turns sour in the heat.") \
        is None
    assert hi.reason_clause("अकाउंटेंट को हर बिल दोबारा चढ़ाना नहीं पड़ता, इसलिए रिटर्न समय पर जाता है।") is None
    assert en.reason_clause("So that the bill matches, always read the rate off the software.") is None
    assert en.reasoned_step("Store managers think in figures, so go in with yours.") is None  # (yours: what?)


def test_a_clause_before_because_without_a_verb_is_the_steps_own():
    """"दाना और खली ऊँची, सूखी जगह पर रखें, क्योंकि …" was read as "सूखी जगह पर रखना" (keep what?)."""
    step, _ = hi.reasoned_step("दाना और खली ऊँची, सूखी जगह पर रखें, क्योंकि नमी से इनमें फफूंद लग जाती है और "
                               "फफूंद वाला दाना पशु को बीमार करता है।")
    assert step == "दाना और खली ऊँची, सूखी जगह पर रखना"
    step, _ = hi.reasoned_step("Canva का app phone और laptop दोनों पर चलता है, पर शुरुआत laptop से करें, क्योंकि बड़ी "
                               "screen पर elements आसानी से दिखते हैं।")
    assert step == "शुरुआत laptop से करना"


def test_a_passive_is_not_told_as_what_she_found_out():
    """Round 38's held-out A44, H56: "… ने पाया कि हर हफ़्ते थोड़ा-थोड़ा माल मंगाया गया" (her own ordering, agentless)."""
    assert hi.is_passive("हर हफ़्ते थोड़ा-थोड़ा माल मंगाया जा सकता है")
    assert not hi.is_passive("डर धीरे-धीरे चला जा सकता है")
    assert not hi.is_passive("मुनाफ़ा बढ़ जाता है")
    ordered = Causal("", "", "App से order करना", "हर हफ़्ते थोड़ा-थोड़ा माल मंगाया जा सकता है", "se", "verbal")
    assert hi.achieved(ordered, "सुमन") is None
    grown = Causal("", "", "App से order करना", "दुकान की बिक्री बढ़ जाती है", "se", "verbal")
    assert hi.achieved(grown, "सुमन") is not None


def test_steps_that_share_only_their_verb_are_not_one_step():
    """Round 39's golgappa stall (aside391): its headings mostly open on "Keep", and "Keep puris fresh in small
    batches" was refused as a wrong answer beside "Keep the pani in a covered steel container" (a second key)."""
    text = ("# Running a stall\n\nA stall needs care.\n\n## Keep the Pani Covered\n\nKeep the pani covered.\n\n"
            "## Keep Puris Fresh\n\nKeep puris fresh.\n")
    ctx = build_context(parse_article(text, "en"), 0, "feminine")
    assert not akin(_object_words(ctx, "Keep the pani in a covered steel container"),
                    _object_words(ctx, "Keep puris fresh in small batches"))
    assert akin(_object_words(ctx, "Keep the pani in a covered steel container"),
                _object_words(ctx, "Cover the pani with a steel lid"))


def test_answers_quoted_after_a_weak_answers_label_are_warned():
    """Round 39's pest-control interview (aside390): "**Weak answers to avoid:** "Our team always kept customers
    happy" says nothing … "Luckily the manager came and sorted it out" gives the credit to someone else." read no
    warned answer (only "Don't say "…"" was known)."""
    text = ('# Interview answers\n\nManagers ask a few questions.\n\n## How to answer "Tell me about an upset '
            'customer"\n\nUse a real example.\n\n**Sample answer:** "A woman came back angry about old milk. I '
            'replaced the packet and checked the rack."\n\n**Weak answers to avoid:** "Our team always kept '
            'customers happy" says nothing about you. "Luckily the manager came and sorted it out" gives the credit '
            'away.\n')
    article = parse_article(text, "en")
    ctx = build_context(article, 0, "feminine")
    warned = [said for said, _ in _warned_answers(ctx, article.section("s1"))]
    assert warned == ["Our team always kept customers happy.", "Luckily the manager came and sorted it out."]


def test_no_career_stock_beside_ones_own_trade():
    """Round 39's held-out B12, B13: "Ask her manager for tips", "She will get a job offer from another company" beside
    a woman who rents a chair in a salon; an article of benefits about one's own customers gets no career stock."""
    trade = ("# Benefits of renting a chair\n\nA chair in a salon brings customers.\n\n## Lower Costs\n\nRenting lets "
             "you start small. Customers come to the salon.\n\n## More Customers\n\nWalk-in customers fill your book. "
             "Each customer brings a friend.\n\n## Better Earnings\n\nYour customers pay you directly.\n")
    office = trade.replace("customers", "colleagues").replace("customer", "manager").replace("salon", "office")
    assert not office_benefits(build_context(parse_article(trade, "en"), 0, "feminine"))
    assert office_benefits(build_context(parse_article(office, "en"), 0, "feminine"))


SALE = "dukaan-par-clearance-sale-7-galtiyan-na-karein.hi.md"


def test_a_warned_move_asks_for_the_harm_the_article_names():
    """Round 39's held-out A (aside389): "पहले दाम बढ़ाकर फिर Discount न दिखाएं … वरना एक बार पकड़े जाने के बाद आपके
    पक्के ग्राहक भी …" had no scenario; the persona now does the warned move, and the article's other harms are the
    wrong answers."""
    article = read_article(article_path(SALE))
    ctx = build_context(article, 0, "feminine")
    made = consequence_candidates(ctx, "s4")
    assert made, "no consequence question for s4"
    question = made[0].question
    assert "पहले दाम बढ़ाकर फिर Discount दिखाती है" in question.stem
    key = question.options[question.answer]
    assert "पक्के ग्राहक" in key and "उसकी बात पर भरोसा" in key  # (told of her: "आपकी" → "उसकी")
    assert any("खरीद कीमत से नीचे" in o for o in question.options if o != key)
    assert harms(ctx, article.section("s2")) == []  # (no "वरना": no harm to offer)


def test_no_consequence_question_without_a_dont_heading():
    text = ("# Tips\n\nA shop needs care.\n\n## Keep a register\n\nKeep a register, otherwise you will lose track of "
            "your stock.\n\n## Don't give credit\n\nDon't give credit, otherwise old customers will stop "
            "paying on time.\n\n## Don't open late\n\nDon't open late, or else most buyers will go to a "
            "rival stall.\n")
    ctx = build_context(parse_article(text, "en"), 0, "feminine")
    assert consequence_candidates(ctx, "s1") == []
    made = consequence_candidates(ctx, "s2")
    assert made and made[0].question.options[made[0].question.answer].startswith("Old customers will stop paying")


def test_an_answer_to_a_question_heading_is_practised_like_a_tip():
    """90 % of the corpus's question-headed sections had no situation question; a body that answers its question
    with an instruction now tells the persona doing it, the article's questions its options."""
    text = ("# Starting a tiffin service? 3 questions\n\nMany women cook for offices.\n\n"
            "## How do you fix the price?\n\nWrite down the cost of every ingredient for one week before you quote "
            "a price.\n\n## Where do customers come from?\n\nPin a printed menu on the notice board of the nearest "
            "hostel.\n\n## What about deliveries?\n\nHire a college student with a cycle for the lunch hour.\n")
    ctx = build_context(parse_article(text, "en"), 0, "feminine")
    made = practice_candidates(ctx, "s2")
    assert made, "no practice question under a question heading"
    question = made[0].question
    assert "pins a printed menu" in question.stem and "answer to which question" in question.stem
    assert question.options[question.answer] == "Where do customers come from?"
    assert all(option.endswith("?") for option in question.options)


def test_what_more_work_obliges_her_to_is_no_result():
    """Round 39's held-out D33, D37, D41: "उसे attendants रखने होंगे" (काम बढ़ने पर आपको attendants रखने होंगे) offered as
    what a step brings; and "That written routine leads to calmer days" told as "She leads to calmer days" (D9)."""
    text = ("# घर से टिफ़िन सेवा: 3 बातें\n\nकई महिलाएं घर से खाना बेचती हैं।\n\n## Menu छोटा रखें\n\nMenu छोटा रखने से "
            "खाना रोज़ समय पर तैयार होता है।\n\n## Helper कब रखें?\n\nकाम बढ़ने पर आपको एक helper रखने होंगे।\n")
    ctx = build_context(parse_article(text, "hi"), 0, "feminine")
    assert obliged(ctx, "आपको एक helper रखने होंगे")
    assert not obliged(ctx, "खाना रोज़ समय पर तैयार होता है")
    assert en.linked_effect("That written routine leads to calmer days for everyone.") is None
    assert en.situation(Causal("", "", "Take payment separately instead", "", "imperative", "imperative"), "Sunita") \
        == "Sunita takes payment separately."  # (C52: instead of what?)
    assert hi_topic.topic_frame("कीगल एक्सरसाइज़ के 6 फ़ायदे: हर उम्र की महिला के लिए क्यों ज़रूरी है यह छोटा-सा "
                                "व्यायाम") == "{name} ने कीगल एक्सरसाइज़ अपनाना शुरू किया है।"


def test_a_frame_tells_the_thing_her_option_names():
    """Round 39's held-out C47, C49, C52: "Link her form to a Google Sheet" in an item with no frame (the frame was
    dropped for sharing "form" with the key): whose form? A key or a situation that names a thing of the title as
    hers keeps the frame; "School buses must have …, so …" is no step (the snapshot told "She schools buses …")."""
    text = ("# Taking Orders with Google Forms\n\nMany home cooks take orders on WhatsApp.\n\n## Link the sheet\n\n"
            "Link your form to a Google Sheet. This gives you a ready-made work list.\n\n## Confirm by message\n\n"
            "Send a short message to every customer. This way, nobody waits in doubt.\n\n## Keep it short\n\nAsk "
            "only five questions. This way, people finish the form in a minute.\n")
    ctx = build_context(parse_article(text, "en"), 0, "feminine")
    assert _needs_title(ctx, "Link her form to a Google Sheet")
    assert not _needs_title(ctx, "Send a short message to every customer")
    assert en.find_causal("School buses must have speed governors; most vans have none, so the driver's habits are "
                          "all your child has.") == []


VISHWAKARMA = "pm-vishwakarma-yojana-aavedan-mein-ye-7-galtiyan-na-karein.hi.md"


def test_a_warned_move_told_as_a_gerund_gives_its_harm_and_is_no_advice():
    """Round 39's held-out D25: "ट्रेनिंग अधूरी छोड़ना" (ट्रेनिंग अधूरी छोड़ने से भत्ता कटता है …, under "बेसिक ट्रेनिंग बीच में
    न छोड़ें") was offered as "the article's advice for another benefit"; it is the section's harm, asked of the
    persona who does the warned move; "डिजिटल लेन-देन से कतराना" is a slip, no plan."""
    article = read_article(article_path(VISHWAKARMA))
    ctx = build_context(article, 0, "feminine")
    made = consequence_candidates(ctx, "s5")
    assert made and "बेसिक ट्रेनिंग बीच में छोड़ती है" in made[0].question.stem
    assert "भत्ता कटेगा" in made[0].question.options[made[0].question.answer]
    options = [o for c in scenario_candidates(ctx, "s6") if c.question.form == "diagnosis" for o in c.question.options]
    assert not any("ट्रेनिंग अधूरी छोड़ना" == o for o in options)
    assert failing(ctx, "पहला लोन मिलने के बाद डिजिटल लेन-देन से कतराना")


MINERAL = "gaay-bhains-ko-roz-mineral-mixture-khilane-ke-6-fayde.hi.md"
COD = "collecting-cash-on-delivery-7-tips-for-women-courier-riders.en.md"


def test_an_illness_under_a_benefit_heading_is_a_harm():
    """Round 39's held-out E55, E57: "प्लास्टिक खाने से पेट की गंभीर बीमारी तक हो सकती है" under "कम बीमारियां, कम दवा का
    खर्च" was keyed as a benefit come true and as what her step leads to."""
    article = read_article(article_path(MINERAL))
    ctx = build_context(article, 0, "feminine")
    plastic = [r for r in ctx.readings["s5"] if "प्लास्टिक" in r.causal.cause]
    assert plastic and all(harm(ctx, r) for r in plastic)
    assert sets_in(ctx, "पेट की गंभीर बीमारी तक हो सकती है")
    assert not sets_in(ctx, "price तय करना आसान हो जाता है और घाटे वाले items पहचान में आ जाते हैं")


def test_a_step_is_not_cut_inside_its_list_nor_told_by_its_label():
    """Round 39's held-out E31: "Start every day with about ₹500 in ₹10" (cut at the list's comma); "Tip from old hands"
    offered as a step; "She hopes to pick this up in her first week" (what?)."""
    article = read_article(article_path(COD))
    ctx = build_context(article, 0, "feminine")
    steps = [step for section in article.headed_sections for step, _ in section_steps(ctx, section)]
    assert "Start every day with about ₹ 500 in ₹ 10" not in steps
    assert not any(step.startswith("Tip from") for step in steps)
    assert en_story.dangling("She hopes to pick this up in her first week.")
