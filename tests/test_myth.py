"""Myth checks: a friend holds the belief the article names and corrects; which is true of it, by the article?"""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.myth import myth_candidates

HINDI = """# अच्छी नींद के सवाल

रात की नींद सबसे पहले कटती है।

## क्या वीकेंड पर देर तक सोना ठीक है?

बहुत-सी महिलाएं मानती हैं कि रविवार को दोपहर तक सो लेने से हफ़्ते भर की थकान उतर जाती है, पर ऐसा नहीं है। \
हर रात आधा घंटा पहले सोना वीकेंड की लंबी नींद से कहीं ज़्यादा फ़ायदेमंद है।

## क्या शाम की कॉफ़ी नींद पर असर डालती है?

शाम छह बजे के बाद कॉफ़ी पीने से नींद देर से आती है और गहरी नींद का समय भी घट जाता है।

## क्या दोपहर की झपकी ठीक है?

बीस मिनट तक की झपकी लेने से दोपहर की सुस्ती दूर होती है और काम में ध्यान लौट आता है।
"""

ENGLISH = """# Using AI Tools at Work

Many offices now use chat assistants.

## More Room for Judgement

Many people think that using AI at work is a kind of cheating. Actually, the opposite is closer to the truth. \
When routine drafting takes less time, a team gains more hours for the work machines do poorly: understanding \
customers, settling disagreements.

## Neater Notes

An assistant turns a page of scribbled notes into neat bullet points within a minute.

## A Patient Teacher

A chatbot explains a new tax rule in five different ways, and nobody is judged for asking.
"""


def _myths(text: str, section_id: str) -> list:
    article = parse_article(text)
    return [c.question for c in myth_candidates(build_context(article, seed=0), section_id)]


def test_a_named_belief_is_checked_with_the_articles_correction_as_key() -> None:
    [question] = _myths(HINDI, "s1")
    key = question.options[question.answer]
    assert question.kind == "scenario" and question.form == "myth" and len(question.options) == 4
    assert "सहेली मानती है कि रविवार को दोपहर तक सो लेने से" in question.stem
    assert "हर रात आधा घंटा पहले सोना" in key  # (the bare "पर ऐसा नहीं है" is passed over for the next sentence)
    assert "आप" not in question.stem
    wrong = [o for i, o in enumerate(question.options) if i != question.answer]
    assert sum(o.startswith("सहेली ठीक नहीं") for o in question.options) == 2  # no lone "wrong" marks the key
    assert not any("कॉफ़ी" in o or "झपकी" in o for o in wrong)  # (another section's claim may rebut it too)


def test_a_bare_denial_is_passed_over_and_a_long_correction_cut_at_its_colon() -> None:
    [question] = _myths(ENGLISH, "s1")
    key = question.options[question.answer]
    assert key.startswith("Her friend is wrong: when routine drafting takes less time")
    assert "understanding customers" not in key and "opposite" not in key


def test_no_myth_without_a_belief_the_article_names() -> None:
    assert _myths(HINDI, "s2") == [] and _myths(ENGLISH, "s2") == []


def test_a_denied_claim_is_a_belief_to_check() -> None:
    """"X नहीं, बल्कि Y": the friend holds X; the key is the article's sentence."""
    from netquiz.language import en_story, hi_story
    assert hi_story.denied_claim("सैलरी पर बात करना बदतमीज़ी नहीं, बल्कि प्रोफ़ेशनल बातचीत का एक सामान्य हिस्सा है।") \
        == "सैलरी पर बात करना बदतमीज़ी है"
    assert hi_story.denied_claim("नींद कोई विलासिता नहीं, बल्कि शरीर की बुनियादी ज़रूरत है।") == "नींद एक विलासिता है"
    assert hi_story.denied_claim("बाक़ी प्रेज़ेंटेशन को रटने की ज़रूरत नहीं है, बल्कि रटने से नुक़सान ही होता है।") \
        == "बाक़ी प्रेज़ेंटेशन को रटने की ज़रूरत है"  # ("नहीं है, बल्कि": its own verb, reading91)
    assert hi_story.denied_claim("Handover का मतलब सिर्फ़ एक file forward करना नहीं है, बल्कि किसी colleague को "
                                 "इतना तैयार करना है कि वह आपके बिना फ़ैसले ले सके।") == \
        "Handover का मतलब सिर्फ़ एक file forward करना है"  # (not "… एक file forward करना है": reading123's friend
    # who held "पीएफ एक बचत खाता है" was right, the article says "not only")
    assert hi_story.denied_claim("सिर्फ़ अपनी टीम से नहीं, बल्कि उन लोगों से भी मिलवाएं।") is None  # (it adds)
    assert hi_story.denied_claim("फ़ैसला लेने के दिन नहीं, बल्कि उससे छह महीने पहले।") is None  # (no verb)
    assert en_story.denied_claim("The biggest change is not speed but peace of mind.") == "the biggest change is speed"
    text = HINDI.replace("रात की नींद सबसे पहले कटती है।", "सैलरी पर बात करना बदतमीज़ी नहीं, बल्कि बातचीत का एक सामान्य हिस्सा है।")
    [question] = _myths(text, "s0")
    assert "सहेली मानती है कि सैलरी पर बात करना बदतमीज़ी है।" in question.stem
    assert question.options[question.answer].endswith("बदतमीज़ी नहीं, बल्कि बातचीत का एक सामान्य हिस्सा है।")


def test_an_announcement_is_no_correction() -> None:
    """"… points the other way: X" gives X; "Here are answers to …" gives nothing."""
    text = ENGLISH.replace("Actually, the opposite is closer to the truth. When routine drafting takes less time, a team "
                           "gains more hours for the work machines do poorly: understanding customers, settling "
                           "disagreements.", "What we know points the other way: thirty minutes away from the "
                           "screen pays for itself by evening.")
    [question] = _myths(text, "s1")
    assert question.options[question.answer] == ("Her friend is wrong: thirty minutes away from the screen pays "
                                                 "for itself by evening.")
    text = ENGLISH.replace("Actually, the opposite is closer to the truth. When routine drafting takes less time, a team "
                           "gains more hours for the work machines do poorly: understanding customers, settling "
                           "disagreements.", "Here are answers to the questions women most often carry around.")
    assert _myths(text, "s1") == []


def test_a_question_heading_answered_no_is_a_belief_to_check() -> None:
    """"क्या हर थकान करियर बदलने का संकेत है?" — "नहीं। …": the friend holds what the heading asks."""
    from netquiz.language import en_story, hi_story
    assert hi_story.asked_claim("क्या हर थकान करियर बदलने का संकेत है?", "नहीं।") == "हर थकान करियर बदलने का संकेत है"
    assert hi_story.asked_claim("क्या हर थकान करियर बदलने का संकेत है?", "हाँ, और …") is None  # (no judgement to deny)
    assert en_story.asked_claim("Is it okay to tell your manager?", "Yes, and it often helps.") == \
        "it is not okay to tell her manager"  # (a yes: the belief is its denial)
    assert en_story.asked_claim("Is it okay to admit I don't know something?", "Yes, and it helps.") is None
    assert hi_story.asked_claim("क्या manager को बताना ठीक है?", "हाँ, और इससे काम आसान होता है।") == \
        "manager को बताना ठीक नहीं है"
    assert en_story.asked_claim("Is it okay to just listen and say nothing?", "Not really, because …") \
        == "it is okay to just listen and say nothing"
    text = ("# करियर बदलना\n\nबहुत-सी महिलाएं यह सोचती हैं।\n\n## क्या हर थकान करियर बदलने का संकेत है?\n\nनहीं। कई बार "
            "परेशानी काम से नहीं, बल्कि किसी एक मैनेजर के बर्ताव से होती है।\n\n## दूसरा\n\nनया कोर्स करने से नए मौके मिलते हैं।\n\n"
            "## तीसरा\n\nबचत करने से डर कम होता है।\n")
    questions = _myths(text, "s1")
    assert any("सहेली मानती है कि हर थकान करियर बदलने का संकेत है।" in q.stem
               and "किसी एक मैनेजर" in q.options[q.answer] for q in questions)


POINTED = """# सेल्फ़-डिफ़ेंस के फ़ायदे

बहुत-से लोग मानते हैं कि self-defence का मतलब सिर्फ़ मार-पीट की कुछ techniques है। \
असल में इसका असर लड़ाई से कहीं ज़्यादा रोज़ की ज़िंदगी पर दिखता है।

## आत्मविश्वास

हर हफ़्ते की practice से देर शाम अकेले लौटते समय डर कम लगता है।

## काउंसलिंग

बहुत-सी working women को लगता है कि काउंसलिंग सिर्फ़ उन लोगों के लिए है जिनकी हालत बहुत ख़राब हो। \
सच यह है कि रोज़ की उलझनों के लिए भी काउंसलर से बात करना उतना ही स्वाभाविक है जितना बुख़ार में डॉक्टर से मिलना।
"""


def test_a_correction_may_name_the_belief_the_stem_has_just_said() -> None:
    [question] = _myths(POINTED, "s0")  # ("बहुत-से लोग मानते हैं कि …"; "इसका असर …" is the belief's effect)
    assert "सहेली मानती है कि self-defence का मतलब" in question.stem
    assert question.options[question.answer] == "सहेली ठीक नहीं सोचती: इसका असर लड़ाई से कहीं ज़्यादा रोज़ की ज़िंदगी पर दिखता है।"


def test_a_belief_felt_by_many_and_pinned_by_its_own_relative_clause_is_checked() -> None:
    [question] = _myths(POINTED, "s2")  # ("… को लगता है कि …"; "उन लोगों … जिनकी …" says who they are)
    assert "काउंसलिंग सिर्फ़ उन लोगों के लिए है जिनकी हालत" in question.stem
    assert "रोज़ की उलझनों के लिए भी" in question.options[question.answer]


def test_a_belief_that_names_what_the_sentence_before_said_is_no_belief_to_check() -> None:
    text = """# रिश्तेदारों के सवाल

रिश्तेदार अक्सर पूछते हैं कि आप देर तक ऑफ़िस में क्यों रुकती हैं। \
ज़्यादातर मामलों में इसके पीछे बुरी नीयत नहीं, बल्कि पुरानी सोच और जिज्ञासा होती है।
"""
    assert _myths(text, "s0") == []  # ("सहेली मानती है कि … इसके पीछे बुरी नीयत होती है": behind what?)


def test_a_this_means_sentence_is_no_correction() -> None:
    text = """# पानी की आदत

## चाय को पानी न मानें

बहुत-सी महिलाएं मानती हैं कि दिन में चार कप चाय पी ली तो पानी की ज़रूरत पूरी हो गई। \
इसका मतलब यह नहीं कि चाय छोड़ दी जाए।
"""
    assert _myths(text, "s1") == []  # ("सहेली ठीक नहीं सोचती: इसका मतलब यह नहीं कि …": means what?)


def test_a_long_belief_is_told_whole_never_cut_inside_a_word():
    from netquiz.language import hi

    sentence = ("बहुत-सी महिलाएँ सोचती हैं कि budget app सिर्फ़ उन लोगों के काम का है जिनकी income बहुत ज़्यादा है या "
                "जो शेयर बाज़ार में investment करते हैं।")  # (reading47: "… शेयर बाज़ार में investmen।")
    assert hi.common_belief(sentence).endswith("investment करते हैं")


def test_a_passive_belief_is_checked_with_a_correction_whose_pointer_the_belief_names() -> None:
    text = ("# नौकरी और माता-पिता की देखभाल\n\nआज बहुत-सी महिलाएँ दोनों काम साथ कर रही हैं। अक्सर यह मान लिया "
            "जाता है कि देखभाल का सारा बोझ बेटी या बहू को अकेले ही उठाना है। पर सही योजना और थोड़ी मदद से यह बोझ "
            "काफ़ी हद तक बँट सकता है।\n\n## भाई-बहनों में काम बाँटें\n\nएक साझा लिस्ट बनाएँ।\n")
    ctx = build_context(parse_article(text), seed=0)
    [candidate] = myth_candidates(ctx, "s0")
    question = candidate.question
    assert "देखभाल का सारा बोझ बेटी या बहू को अकेले ही उठाना है" in question.stem
    assert question.options[question.answer].endswith("सही योजना और थोड़ी मदद से यह बोझ काफ़ी हद तक बँट सकता है।")
    assert ": पर " not in question.options[question.answer]  # (the contrast word is the stem's, not the key's)


def test_the_authors_we_is_no_correction_to_quote() -> None:
    text = ("# Back at Work\n\nMany women believe that the hardest moment is leaving the baby at home. "
            "The mothers we spoke to said the real challenge was finding their place again at the office.\n\n"
            "## Talk to your manager\n\nAsk for a short briefing.\n")
    ctx = build_context(parse_article(text), seed=0)
    assert not myth_candidates(ctx, "s0")


def test_the_wrong_reason_states_no_claim_of_the_article() -> None:
    """Another section's statement as the wrong reason (true by the article, about something else) was a second
    key three times in readings (reading115 item 67: "बारहवीं पास होना … काफ़ी होती है" rebuts "only commerce
    graduates" sharing no word with it): the wrong reason is a condition the article never sets."""
    text = ("# तैरना सीखना\n\nपरिचय।\n\n## डर कम होता है\n\nबहुत-सी महिलाएं मानती हैं कि भारी शरीर पानी में डूब जाता है। "
            "पर सच यह है कि हवा से भरे फेफड़े हर किसी को ऊपर टिकाए रखते हैं।\n\n## सही कोच\n\nअच्छा कोच हर हफ़्ते "
            "नई तकनीक सिखाता है।\n\n## शरीर का संतुलन\n\nभारी शरीर भी पानी में आसानी से तैरता है।\n\n"
            "## नियमित अभ्यास\n\nहफ़्ते में तीन दिन चालीस मिनट काफ़ी होते हैं।\n")
    [question] = _myths(text, "s1")
    wrong_reasons = [o for i, o in enumerate(question.options) if i != question.answer and "ठीक नहीं सोचती" in o]
    assert len(wrong_reasons) == 1
    assert not any(part in wrong_reasons[0] for part in ("नई तकनीक सिखाता है", "चालीस मिनट काफ़ी होते हैं",
                                                          "आसानी से तैरता है"))


def test_the_wrong_reason_is_no_ones_story() -> None:
    """reading91: "समीर का कहना था कि कॉपी हमेशा देर से आती है …" was offered as a wrong reason (a story of the article
    whose people the question never introduces)."""
    text = ("# टीम का झगड़ा\n\nबहुत-सी महिलाएं मानती हैं कि थोड़े दिन चुप रहने से बात अपने आप ठंडी हो जाती है। "
            "पर अनदेखा किया गया झगड़ा पूरी टीम के काम में फैल जाता है।\n\n## दोनों को सुनें\n\nसमीर का कहना था कि कॉपी "
            "हमेशा देर से आती है और डिज़ाइन रुक जाता है।\n\n## नियम तय करें\n\nनियम सब मिलकर तय करें।\n")
    questions = _myths(text, "s0")
    assert questions
    for question in questions:
        assert not any("समीर" in option for option in question.options), question.options
