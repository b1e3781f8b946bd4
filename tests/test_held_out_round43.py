"""What round 43 changed after reading its development batches: sample answers told whole beside the article's other
answers, results after a list or a warning, harms and risks never wished for, one woman's story no step, and the
rewrites and references the readers found broken."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import claims
from netquiz.generate.consequence import harms
from netquiz.generate.context import build_context
from netquiz.generate.links import goes_away
from netquiz.generate.sample_answer import sample_answer_candidates
from netquiz.language import en_topic, language
from netquiz.language.reaffirm import en_reaffirm

PHARMACY = """# Hospital Pharmacy Assistant Interview: Questions and Sample Answers

Hospital pharmacies hire assistants who are careful, calm and quick to learn.

## 1. "Tell me a little about yourself."

**Sample answer:** "I finished my D.Pharm last year and have worked for eight months at a chemist shop near the district hospital. Most of our customers came with hospital prescriptions, so I got used to reading doctors' handwriting and checking doses with the pharmacist. I want to move to a hospital pharmacy because I want to work with a larger range of medicines and a proper stock system."

## 2. "Tell me about a time you noticed a mistake before it reached a patient."

**Sample answer:** "At the chemist shop, a prescription said 500 mg, but the strip I had picked was 250 mg because the two boxes sat next to each other. I noticed it when I read the strip again before billing. I showed it to the pharmacist, changed the strip, and then we moved the two strengths to different shelves. We did not have that mix-up again in the months I was there."

**Answers to avoid:** "I never make mistakes"; a story where *we* found the error, without saying what *you* did.

## 3. "How would you deal with a relative who is shouting because the medicines are taking too long?"

**Sample answer:** "Last winter an elderly man shouted at me because his wife's injections were delayed. I let him finish, told him the doctor's order had reached us and exactly what was left to do, and gave him a time: ten minutes. I kept working on the order and called him back when it was ready. He apologised before leaving."

## 4. "How do you keep track of expiry dates?"

**Sample answer:** "At my shop I arranged shelves first-expiry-first-out, with the nearest expiry in front. Every month I printed the list of items expiring within ninety days and flagged them to the owner, so that they could be returned to the distributor. In my last six months there, almost nothing expired on our shelves; it went back to the distributor in time instead of into the bin."
"""


def test_a_sample_answer_is_not_cut_for_a_warned_answer_that_still_would_not_fit():
    """Round 43's batch B, item 50: the key was cut before what changed ("… before billing."), for a warned answer
    ("I never make mistakes") too short to stand beside even the cut key: the whole answer, beside the others."""
    ctx = build_context(parse_article(PHARMACY), seed=0)
    [made] = [c.question for c in sample_answer_candidates(ctx, "s2")]
    assert made.options[made.answer].endswith("We did not have that mix-up again in the months I was there.")
    assert "I never make mistakes." not in made.options


LIBRARY = """# गांव की लाइब्रेरी के लिए किताबें कैसे जुटाएं

गांव में लाइब्रेरी खोलना आसान है, उसे अच्छी किताबों से भरना मुश्किल।

## 1. अपील में "पुरानी किताबें दें" नहीं, किताबों की साफ़ सूची लिखें

"अपनी पुरानी किताबें दान करें" जैसी आम अपील पर अक्सर पुराने अख़बार आ जाते हैं। इसकी जगह अपील में लिखें कि किस तरह की किताबें चाहिए, जैसे:

- कक्षा 1 से 8 तक के बच्चों के लिए चित्रों वाली कहानी की किताबें
- बड़े अक्षरों वाली किताबें, जिन्हें बुज़ुर्ग आराम से पढ़ सकें

ऐसा करने से छंटाई का काम आधा रह जाता है।
"""


def test_a_result_after_a_list_is_not_its_last_lines():
    """Round 43's batch B, item 3: "ऐसा करने से छंटाई का काम आधा रह जाता है" after a list was keyed to its last line
    ("बड़े अक्षरों वाली किताबें, जिन्हें बुज़ुर्ग आराम से पढ़ सकें"): the instruction that leads into the list (led by
    "इसकी जगह", told without its "जैसे:"), or else the heading's step."""
    section = parse_article(LIBRARY).section("s1")
    [reading] = claims.read_claims(language("hi"), section)
    assert reading.causal.cause == "अपील में लिखें कि किस तरह की किताबें चाहिए"
    bare = parse_article(LIBRARY.replace("इसकी जगह अपील में लिखें कि किस तरह की किताबें चाहिए, जैसे:", "कुछ उदाहरण:"))
    [reading] = claims.read_claims(language("hi"), bare.section("s1"))
    assert reading.step_from == "heading"


ASSEMBLY = """# New on a Mobile Phone Assembly Line? 2 Mistakes to Avoid

## 1. Don't Ignore What Your Body Is Telling You

Eight to nine hours of the same small hand movements can bring wrist pain within weeks. Many new operators keep quiet because they don't want to look weak. Instead, build small habits into your shift:

- stretch your fingers during every short break;
- report pain to the plant nurse early, not when it has become serious.

That way, a small ache doesn't grow into an injury that keeps you off the line.
"""


def test_a_list_led_by_instead_is_the_step_the_result_comes_of():
    section = parse_article(ASSEMBLY).section("s1")
    [reading] = claims.read_claims(language("en"), section)
    assert reading.causal.cause == "build small habits into your shift"


def test_one_of_two_harms_is_no_result():
    """"अंदाज़े से नापने पर या तो ज़्यादा चीज़ पड़ जाती है, या cake बीच से बैठ जाता है": round 43's batch B wished for
    "या तो ज़्यादा चीज़ पड़ जाए"."""
    section = parse_article("# Scale\n\n## 1. कम Wastage, कम खर्च\n\nअंदाज़े से नापने पर या तो ज़्यादा चीज़ पड़ "
                            "जाती है, या cake बीच से बैठ जाता है और पूरा batch फेंकना पड़ता है। तौलकर baking करने से "
                            "failed cakes कम होते हैं।\n").section("s1")
    assert [r.causal.effect for r in claims.read_claims(language("hi"), section)] == ["failed cakes कम होते हैं"]


YARN = """# हथकरघा बुनकर धागा खरीदते समय ये गलतियां न करें

## 1. सिर्फ़ भाव देखकर धागा न खरीदें

सबसे सस्ता धागा अक्सर कमज़ोर होता है। इसके बजाय दुकान पर ही एक लच्छी खोलकर कुछ तार खींचकर देखें और गिनें कि एक हाथ लंबाई में कितनी गांठें हैं। थोड़ा महंगा पर मज़बूत धागा लेने से करघे पर रुकावट कम होती है और रोज़ की बुनाई बढ़ती है।

## 2. बिना बिल के धागा न खरीदें

बिना बिल के धागा लेने पर खराब माल लौटाने का कोई रास्ता नहीं रहता, वरना पूरा लॉट आपके सिर पड़ेगा।
"""


def test_a_trouble_that_lessens_is_no_harm_of_the_warned_move():
    """Round 43's batch E: "थोड़ा महंगा पर मज़बूत धागा लेने से करघे पर रुकावट कम होती है …" after the remedy was the key
    of what buying on price alone brings, and a "नुकसान" in five other items."""
    ctx = build_context(parse_article(YARN), seed=0)
    assert not any("रुकावट" in harm for harm, _ in harms(ctx, ctx.article.section("s1")))


def test_a_risk_run_does_not_go_away():
    ctx = build_context(parse_article(YARN), seed=0)
    assert not goes_away(ctx, "लर्नर लाइसेंस की मियाद खत्म होने का खतरा रहता है")
    assert goes_away(ctx, "करघे पर रुकावट कम होती है")


def test_a_womans_story_is_no_claim():
    """"लखनऊ की रुखसाना बानो … खंभे से टकराने की वजह से फेल हो गई थीं": round 43's batch D offered her accident as a step
    and as a true/false claim."""
    section = parse_article("# Test\n\n## 1. पहली बार में फेल हो गईं तो क्या करें?\n\nलखनऊ की रुखसाना बानो पहली बार "
                            "रिवर्स पार्किंग में खंभे से टकराने की वजह से फेल हो गई थीं।\n").section("s1")
    assert claims.read_claims(language("hi"), section) == []


def test_a_harm_after_a_warning_is_no_result_of_the_heading():
    """"… Bluetooth headset पर लंबी calls न लें। Bluetooth की battery … ख़त्म हो सकती है …" under "Use a Wired Headset":
    round 43's batch C, item 23, wished for the battery to die."""
    section = parse_article("# Test\n\n## 1. Use a Wired Headset with a Noise-Cancelling Mic\n\nPhone के साथ आए सस्ते "
                            "earphones या Bluetooth headset पर लंबी calls न लें। Bluetooth की battery shift के बीच "
                            "में ख़त्म हो सकती है और आवाज़ बीच-बीच में कटती रहती है। USB वाला wired headset लें, जिसमें "
                            "noise-cancelling mic हो।\n").section("s1")
    assert not any("battery" in r.causal.effect for r in claims.read_claims(language("hi"), section))


def test_a_dont_of_two_moves_is_no_neglect_turned_round():
    assert en_reaffirm("Don't Skip a Vaccine or Let Visitors In") is None
    assert en_reaffirm("Don't skip breakfast or lunch") == "Make time for breakfast or lunch"
    assert en_reaffirm("Don't skip the team lunch") == "Make time for the team lunch"


def test_round_43_references_and_rewrites():
    hi, en = language("hi"), language("en")
    assert hi.story.dangling("एक और फ़ायदा: जब आप आगे चलकर किसी बैंक से उधार के लिए जाएंगी, तो यही bills दिखाते हैं "
                             "कि आपका काम नियमित चल रहा है।")
    assert not hi.story.dangling("अगर bills रखेंगी, तो यही bills काम आएंगे।")
    assert en.story.dangling("The rule works because your staff always reach for the nearest pack.")
    assert not en.story.dangling("The rules of the hall are strict.")
    assert en_topic.topic_frame("Cleaning Chemicals on the Housekeeping Floor: 7 Mistakes New Room Attendants Make") \
        is None
    assert en_topic.topic_frame("Cleaning Your Kitchen Chimney") == "{name} is cleaning her kitchen chimney."
    assert en.rules.advice("Open seating lets you notice a child on an adult site.") is None
    assert en.rules.advice("Fast internet and a working printer bring customers in once.") is None
    assert en.rules.advice("Keep a log that shows you the dates.") == "Keep a log that shows her the dates"


def test_a_step_the_article_grants_and_then_denies_is_no_step():
    """"थन पर हल्दी या चूने का लेप लगाने से … थोड़ी राहत मिल सकती है, लेकिन अंदर का संक्रमण इससे ख़त्म नहीं होता": round
    43's batch A, item 29, keyed the paste as the step to take; "…, पर उसमें कैफ़ीन नहीं होता" denies no step."""
    hi = language("hi")
    rejected = parse_article("# Test\n\n## 1. इलाज के दौरान क्या करें?\n\nथन पर हल्दी या चूने का लेप लगाने से बाहर की सूजन "
                             "में थोड़ी राहत मिल सकती है, लेकिन अंदर का संक्रमण इससे ख़त्म नहीं होता।\n")
    assert claims.read_claims(hi, rejected.section("s1")) == []
    kept = parse_article("# Test\n\n## 1. हाथ में कोई और गिलास रखें\n\nकुछ विकल्प पहले से तैयार रखें। इस तरह 'कुछ पीने' "
                         "की आदत बनी रहती है, पर उसमें कैफ़ीन नहीं होता।\n")
    assert claims.read_claims(hi, kept.section("s1"))


def test_a_participle_after_the_causes_from_is_no_result():
    """"इनसे खरीदकर कम पूंजी में भी आपके पास ज़्यादा variety आ जाती है": round 43's batch A, item 11, wished for
    "खरीदकर कम पूंजी में …": buying from them is the step; a whole sentence read as the result keeps its own
    participle ("सोच-समझकर भरा गया form …")."""
    hi = language("hi")
    section = parse_article("# Test\n\n## 1. पीछे की गलियों के व्यापारियों को नज़रअंदाज़ न करें\n\nइनसे खरीदकर कम पूंजी "
                            "में भी आपके पास ज़्यादा variety आ जाती है।\n").section("s1")
    [reading] = claims.read_claims(hi, section)
    assert reading.causal.effect == "कम पूंजी में भी आपके पास ज़्यादा variety आ जाती है"
    assert not claims._participle_first(hi, claims.Causal("सोच-समझकर भरा गया form बताता है कि …", "", "Form भरें",
                                                          "सोच-समझकर भरा गया form बताता है कि …", "closing",
                                                          "imperative"))


def test_a_pointer_to_the_headings_thing_is_the_headings_step():
    """"इस रिकॉर्ड की बदौलत घर ले जाई गई किताबें वापस लौटती हैं" under "हर किताब का रिकॉर्ड रखें", after "… नाम भी लिख
    दें": round 43's batch B, item 7, keyed the returned books to the donor's name."""
    section = parse_article("# Test\n\n## 1. हर किताब का रिकॉर्ड रखें\n\nकिताब आते ही उसे एक रजिस्टर में दर्ज करें। अंदर "
                            "के कवर पर दान करने वाले का नाम भी लिख दें। इस रिकॉर्ड की बदौलत घर ले जाई गई किताबें वापस "
                            "लौटती हैं।\n").section("s1")
    causes = {r.causal.cause for r in claims.read_claims(language("hi"), section)}
    assert causes == {"हर किताब का रिकॉर्ड रखें"}


def test_round_43_more_references_and_rewrites():
    hi, en = language("hi"), language("en")
    assert hi.story.dangling("कई processes में महीने में दो-तीन बार ऐसा हो जाए तो पूरे महीने का incentive कट जाता है।")
    assert not hi.story.dangling("ऐसा करने से पैसा बचता है।")
    causal = claims.Causal("", "", "हर live class को record करके रखना",
                           "उन students के लिए एक अलग, सस्ता plan बन जाता है जो तय समय पर नहीं जुड़ पातीं", "gerund",
                           "verbal")
    assert hi.rules.achieved(causal, "पूजा") is None  # (round 43's batch E, item 30: "… बन जाता है जो … नहीं जुड़ पाईं")
    [leads] = en.rules.find_causal("Over weeks, bare hands in cleaning solution lead to dry, cracked skin.")
    assert leads.cause == "bare hands in cleaning solution"
    assert en.rules.find_causal("Ask questions that lead to answers.") == []


KILN = """# साझा गैस भट्टी में बर्तन पकाने के फायदे

सुमन के गाँव में महिलाओं का समूह अब एक गैस भट्टी साझा करता है।

## 1. कम टूट-फूट, कम नुकसान

गैस भट्टी में आँच बराबर रहती है। आँच बराबर रखने से बर्तन कम टूटते हैं।

## 2. धुएँ से राहत

आवे के पास घंटों बैठने से आँखों में जलन, खाँसी और साँस की तकलीफ़ आम बात है। गैस भट्टी लगभग धुआँ नहीं करती।

## 3. एक जैसा रंग, बेहतर दाम

एक जैसी आँच में पकाने से हर बर्तन का रंग एक जैसा आता है।

## 4. बारिश में भी काम चालू

बंद भट्टी में पकाने से बारिश के दिनों में भी काम नहीं रुकता।

## 5. कम समय में तैयार माल

एक दिन में दो बार भट्टी चलाने से ऑर्डर समय पर पूरे होते हैं।
"""


def test_a_habit_that_brings_a_harm_is_tied_to_no_benefit():
    """"आवे के पास घंटों बैठने से आँखों में जलन, खाँसी …" under "धुएँ से राहत": round 43's batch C, item 4, asked which
    benefit the article ties the habit to."""
    from netquiz.generate.listicle import heading_link_candidates

    ctx = build_context(parse_article(KILN), seed=0)
    assert heading_link_candidates(ctx, "s2") == []


def test_a_quote_that_opens_on_a_pronoun_or_another_benefit_leans():
    from netquiz.generate.recall import _leans

    ctx = build_context(parse_article(KILN), seed=0)
    assert _leans(ctx, "अगर वह चल निकले, तो अगली बार पूरा थान लेने में कोई बुराई नहीं।")
    assert _leans(ctx, "Screen पर आप हर student को पास से नहीं देख पातीं, इसलिए ये जानकारी पहले से होना ज़रूरी है।")
    assert not _leans(ctx, "एक जैसी आँच में पकाने से हर बर्तन का रंग एक जैसा आता है।")


def test_a_sample_answer_told_short_still_ends_as_it_ends():
    """Round 43's batch E, item 40: "Last Diwali we had an order for 600 gift boxes in three days. I was on weighing."
    (its first two sentences) was the scene alone; told short, an answer keeps its last sentence, how it turned out."""
    from netquiz.generate.sample_answer import _sentences, _told_beside

    ctx = build_context(parse_article(PHARMACY), seed=0)
    answer = ("Last Diwali we had an order for 600 gift boxes in three days. I was on weighing. To keep up, I set the "
              "scale next to the sealing table. We finished a day early.")
    told = _told_beside(ctx, answer, "Our team did a very big order last Diwali and everyone was happy.")
    assert told is not None and told.endswith("We finished a day early.")
    assert _told_beside(ctx, "I finished my course. I want this job.", "I am hard-working.") is None
    assert _sentences("I would tell her that Dr. Mehta is the right person. Then I would call.") == [
        "I would tell her that Dr. Mehta is the right person.", "Then I would call."]


def test_round_43_rereading_fixes():
    """What the second reading of batches A–E found: a relative clause's verb told as the step ("… डॉक्टर जितने दिन
    बताएं, उतने दिन … न बेचें"), things that open a sentence ("Thin cable …", "Heat and direct sun break down …"), a
    second verb with a bare object kept in the present ("… and fill gas in the quieter hours")."""
    hi, en = language("hi"), language("en")
    assert hi.rules.advice("एंटीबायोटिक चलने के दौरान डॉक्टर जितने दिन बताएं, उतने दिन उस पशु का दूध न बेचें।") is None
    assert en.rules.advice("Thin cable over a long run leads to voltage drop, so the pump gets less power.") is None
    assert en.rules.advice("Heat and direct sun break down creams long before the printed date.") is None
    assert en.rules.advice("Clean and fold the sheets up neatly.") == "Clean and fold the sheets up neatly"
    from netquiz.language.en import _backshift

    assert " ".join(_backshift("for the morning trip and fill gas in the quieter hours".split())) == \
        "for the morning trip and filled gas in the quieter hours"
    assert " ".join(_backshift("the racing heart and dry mouth that come with it".split())) == \
        "the racing heart and dry mouth that come with it"


def test_round_43_put_aside_references():
    """What the put-aside reading (F–H, at cb3688b) found pointing outside its quote: "ऐसा ही हुआ", "ऐसे सवाल दिखाते
    हैं कि …", "… भी इसी में आता है", a quote opening on "दोनों"/"उसके", "इससे" and "उन्हीं" inside it, "Thanks to
    this, she …"."""
    from netquiz.generate.recall import _leans

    hi = language("hi")
    assert hi.story.dangling("नेहा के साथ पिछले साल ऐसा ही हुआ।")
    assert hi.story.dangling("ऐसे सवाल दिखाते हैं कि आप सोच-समझकर काम करती हैं।")
    assert not hi.story.dangling("ऐसे सवाल पूछें कि सामने वाला खुलकर बोले।")
    assert hi.story.dangling("सीट से उठते समय screen lock करना भी इसी में आता है।")
    ctx = build_context(parse_article(KILN), seed=0)
    assert _leans(ctx, "दोनों को एक जैसी बातें पता हों, तो काम आसान होता है।")
    assert _leans(ctx, "शिकायतें इससे काफी कम हो जाती हैं।")
    assert _leans(ctx, "जवाब को नोट करें और उन्हीं बातों पर काम करें।")
    en_ctx = build_context(parse_article(PHARMACY), seed=0)
    assert _leans(en_ctx, "Thanks to this, she visits the branch less often.")
