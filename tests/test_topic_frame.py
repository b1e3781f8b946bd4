"""The title told as what a persona is doing, the setting a scenario stem opens with."""

from __future__ import annotations

import pytest

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.language import language


@pytest.mark.parametrize(("title", "frame"), [
    ("How to Say No to Extra Work Without Burning Bridges",
     "{name} is trying to say no to extra work without burning bridges."),
    ("How to Speak Up in Meetings When You're the Youngest in the Room", "{name} is trying to speak up in meetings."),
    ("How to Ask for Flexible Working Hours Early in Your Career",
     "{name} is trying to ask for flexible working hours early in her career."),
    ("Learning Excel at Work: Is It Really Worth Your Evenings?", "{name} is learning Excel at work."),
    ("How to Prepare for a Workplace Skills Assessment", "{name} is preparing for a workplace skills assessment."),
    ("7 Benefits of Learning a New Language as a Working Woman", "{name} has started learning a new language."),
    ("7 Benefits of Volunteering (and How to Find the Right Cause)", "{name} has started volunteering."),
    ("6 Benefits of a Weekend Photography Course for Working Women Who Want a Side Income",  # (reading107 items
     "{name} has signed up for a weekend photography course."),  # 37, 42: "Sunita had the skills …", no situation)
    ("6 Benefits of Job-Shadowing a Senior Colleague for a Week",  # (reading99: no frame, "Geeta picked up small,
     "{name} has started job-shadowing a senior colleague for a week."),  # specific habits" had no situation)
    ("Benefits of a Standing Desk", "{name} now has a standing desk."),
    ("Five Benefits of Joining a Reading Club", "{name} has joined a reading club."),
    ("Six Ways a Friend at Work Makes Your Job Better", "{name} now has a friend at work."),
    ("Why Keeping a Journal Might Be the Easiest Good Habit You Ever Start", "{name} has started keeping a journal."),
    ("Your First Job: 6 Habits That Make the First Three Months Count", "{name} is getting ready for her first job."),
    ("Your First Business Trip: 7 Tips to Make It Count", "{name} is getting ready for her first business trip."),
    ("A Mentor Outside Your Company: Why Look Beyond Your Own Office?", None),
    # round 14: titles that gave no setting, so that a wish ("She hopes …") stood without one
    ("How to Negotiate a Part-Time Role Without Losing Your Place on the Team",  # (11 words: the hedge goes)
     "{name} is trying to negotiate a part-time role."),
    ("Should You Take a Gap Month Before Your New Job?", "{name} is wondering whether to take a gap month before her "
                                                         "new job."),
    ("Stuck With Credit-Card Debt? 8 Steps to Clear It for Good", "{name} is stuck with credit-card debt."),
    ("Cold Pitching Your First Freelance Client: 7 Rules That Actually Worked",
     "{name} is cold pitching her first freelance client."),
    # round 15: reading123's "Anita hopes to learn about priorities early" stood without a setting
    ("7 Ways to Make the Most of a Skip-Level Meeting", "{name} is trying to make the most of a skip-level meeting."),
    ("Ways to Win", None),  # (no count: a heading's phrase, not a listicle's title)
    # round 18: "is finding her first internship" beside "her supervisor on her last day" (reading179)
    ("Finding Your First Internship", "{name} is looking for her first internship."),
])
def test_english_titles(title: str, frame: str | None) -> None:
    body = "Most of us open Excel every day. An internal move is no betrayal."
    assert language("en").topic_frame(title, body) == frame


@pytest.mark.parametrize(("title", "frame"), [
    ("वर्क फ्रॉम होम में प्रोडक्टिव कैसे रहें: 6 आदतें जो सच में काम आती हैं",
     "{name} वर्क फ्रॉम होम में प्रोडक्टिव रहने की कोशिश कर रही है।"),
    ("ऑफिस में मुश्किल सहकर्मी के साथ कैसे काम करें: एक प्रैक्टिकल गाइड",
     "{name} ऑफिस में मुश्किल सहकर्मी के साथ काम करने की कोशिश कर रही है।"),
    ("मीटिंग को असरदार बनाने के 6 आसान तरीके", "{name} मीटिंग को असरदार बनाने की कोशिश कर रही है।"),
    ("रोज़ सुबह टहलने के 6 फायदे", "{name} ने रोज़ सुबह टहलना शुरू किया है।"),
    ("PG से Flat-share में Shift होने के फ़ायदे", "{name} PG से flat-share में shift हो चुकी है।"),  # (not "ने …
    # shift होना शुरू किया है": reading95, a change made once, and "ने" with an intransitive verb)
    ("मीटिंग में बोलने की कला", "{name} मीटिंग में बोलना सीख रही है।"),
    ("पानी पीने की आदत: ऑफ़िस की भागदौड़ में भी शरीर को हाइड्रेट रखने के 6 उपाय", "{name} पानी पीने की आदत डाल रही है।"),
    ("Night Shift में काम करती हैं? सेहत और सुरक्षा के लिए 7 ज़रूरी बातें", "{name} night shift में काम करती है।"),
    ("नौकरी के साथ फ्रीलांसिंग शुरू करना चाहती हैं? पहले ये 6 बातें जान लें",
     "{name} नौकरी के साथ फ्रीलांसिंग शुरू करने की सोच रही है।"),
    ("नौकरी और बुज़ुर्ग माता-पिता की देखभाल: दोनों को साथ कैसे संभालें", None),  # "दोनों" leans on the first part
    ("मैटरनिटी लीव के बाद ऑफिस वापसी: पहले महीने को आसान बनाने के 6 तरीके",
     "{name} मैटरनिटी लीव के बाद ऑफिस लौट रही है।"),  # (not the second part: the first month of what?)
    ("करियर ब्रेक के बाद वापसी : इंटरव्यू में गैप का सवाल कैसे संभालें?", "{name} करियर ब्रेक के बाद काम पर लौट रही है।"),
    ("रोज़ के Commute को थकान नहीं, फायदे का समय बनाएं: 6 काम के टिप्स",
     "{name} रोज़ के commute को थकान नहीं, फायदे का समय बनाने की कोशिश कर रही है।"),
    ("अप्रेज़ल की तैयारी : साल भर की मेहनत को सही ढंग से कैसे दिखाएं?",
     "{name} अप्रेज़ल की तैयारी कर रही है।"),  # (the title's topic, the setting of every stem; round 13)
    ("क्लाइंट ऑडिट की तैयारी: सात काम जो पहली बार में ही सब संभाल लेंगे",
     "{name} क्लाइंट ऑडिट की तैयारी कर रही है।"),  # (reading103: "रश्मि एक सरकारी दफ़्तर में क्लर्क है" instead)
    ("Freelancing की शुरुआत : पहला client कैसे मिले?", None),  # no step of hers
    ("पहली बार Client Call lead करनी है? ये 7 Tips आएंगी काम", "{name} को पहली बार client call lead करनी है।"),
    ("घर के पास ट्रांसफ़र चाहिए? अर्ज़ी देने से पहले ये 7 कदम उठाएँ", "{name} को घर के पास ट्रांसफ़र चाहिए।"),
    ("Leave Handover Tips : छुट्टी पर जाने से पहले अपनी replacement को कैसे train करें",  # ("से पहले": before)
     "{name} छुट्टी पर जाने से पहले अपनी replacement को train करने की कोशिश कर रही है।"),
    # round 15: titles that gave reading121/123's wishes no setting ("सीमा चाहती है कि …" alone)
    ("बैंक, पीएफ और बीमा में नॉमिनी जोड़ना: 7 ज़रूरी कदम", "{name} बैंक, पीएफ और बीमा में नॉमिनी जोड़ने की कोशिश कर रही है।"),
    ("सालाना बोनस मिला है? उसे ऐसे इस्तेमाल करें कि साल भर काम आए", "{name} को सालाना बोनस मिला है।"),
    ("पैसे बचाने की योजना: 5 बातें", None),  # ("योजना" ends as a verbal noun does, and is none)
    ("पति के तबादले के साथ नए शहर जाना: अपना करियर कैसे बचाए रखें",  # (the later part says more than "जाना")
     "{name} अपना करियर बचाए रखने की कोशिश कर रही है।"),
    ("जिनका काम ही बोलना है: आवाज़ की देखभाल के 7 तरीक़े", None),  # (reading155: "शालिनी को जिनका काम ही बोलना
    # है।" — a relative clause names the title's reader, no woman)
    ("ग्राम सभा में महिलाएं क्यों जाएं और अपनी बात कैसे रखें", None),  # (reading159: "अनीता ग्राम सभा में महिलाएं
    # क्यों जाएं और अपनी बात रखने की कोशिश कर रही है" — a question left inside her step)
])
def test_hindi_titles(title: str, frame: str | None) -> None:
    assert language("hi").topic_frame(title, "") == frame


ARTICLE = """# How to Say No to Extra Work Without Burning Bridges

## Pause before you answer
Say "let me check my week and come back to you in an hour". This gives you room to think about your current load.

## Ask what should move
Ask your manager which of your current tasks should wait. That way your manager makes the choice with full information.

## Follow up in writing
Send a two-line email after the talk. This gives you a record to point back to at review time.

## Offer a smaller yes
Offer to review the draft instead of writing it. That way you still help your colleague without losing a whole day.
"""


def test_scenario_stems_open_with_the_title_setting() -> None:
    bank = generate_bank(parse_article(ARTICLE, lang="en"), seed=0)
    diagnoses = [q for q in bank.questions if q.kind == "scenario" and q.form == "diagnosis"]
    assert diagnoses
    for question in diagnoses:
        key = question.options[question.answer].lower()
        if "extra work" not in key and "burning" not in key:
            assert " is trying to say no to extra work without burning bridges. " in question.stem


def test_no_key_that_alone_repeats_a_word_of_the_wish() -> None:
    """"She hopes to turn her manager into an ally" beside "Tell her manager before she applies" and three steps
    without "manager": a reader matches the word, not the article."""
    from netquiz.generate.context import build_context
    from netquiz.generate.links import echo as clang

    ctx = build_context(parse_article(ARTICLE, lang="en"), 0)
    wish = "She hopes to turn her manager into an ally."
    assert clang(ctx, wish, "Tell her manager before she applies", ["Plan a clean handover", "Follow up in writing",
                                                                      "Offer a smaller yes"])
    assert not clang(ctx, wish, "Tell her manager before she applies", ["Ask her manager what should move",
                                                                          "Follow up in writing", "Pause"])
    bank = generate_bank(parse_article(ARTICLE, lang="en"), seed=0)
    for question in bank.questions:
        if question.kind == "scenario" and question.form == "diagnosis":
            wish_part = question.stem.split(". ")[-2]
            others = [o for i, o in enumerate(question.options) if i != question.answer]
            assert not clang(ctx, wish_part, question.options[question.answer], others), question.stem


THREE_TIPS = """# How to Handle Your First Week at a New Job

An introduction.

## Ask questions early

Ask your lead about the context of each task. This gives you the context to do the work properly.

## Learn who does what

Draw a small map of the people around you. That way a two-day wait turns into a ten-minute conversation.

## Set up a weekly check-in

Book twenty minutes with your lead every Monday. This keeps your lead informed without extra meetings.
"""


def test_three_options_when_the_article_offers_two_wrong_answers_and_never_a_filler() -> None:
    from netquiz.generate.stock import load_stock

    bank = generate_bank(parse_article(THREE_TIPS, lang="en"), seed=0)
    stock = set(load_stock("en").actions) | set(load_stock("en").outcomes)
    scenarios = [q for q in bank.questions if q.kind == "scenario"]
    assert scenarios and all(len(q.options) in (3, 4) for q in scenarios)
    assert any(len(q.options) == 3 for q in scenarios)
    assert not any(o in stock for q in scenarios for o in q.options)


def test_hindi_a_title_word_is_lowered_unless_the_body_writes_it_as_a_name() -> None:
    title = "Excel को Daily Report के लिए कैसे इस्तेमाल करें"
    body = "हर दफ़्तर में Excel खुला रहता है। रोज़ की report बनाने में घंटों लगते हैं।"
    assert language("hi").topic_frame(title, body) == \
        "{name} Excel को daily report के लिए इस्तेमाल करने की कोशिश कर रही है।"


def test_a_titles_relative_clause_is_no_part_of_the_frame() -> None:
    """"काउंसलर से बात करने के 6 फ़ायदे, जिन्हें … अनदेखा कर देती हैं" was pasted whole after the name."""
    from netquiz.language import hi_topic
    assert hi_topic.topic_frame("काउंसलर से बात करने के 6 फ़ायदे, जिन्हें कामकाजी महिलाएं अक्सर अनदेखा कर देती हैं") \
        == "{name} ने काउंसलर से बात करना शुरू किया है।"


def test_no_stock_job_frames_a_claim_outside_an_interview() -> None:
    """reading95, 99, 103: a stock job ("… एक कंसल्टिंग फ़र्म में एनालिस्ट है") was decoration that hid the article's
    situation or misled ("अगली मीटिंग" read as a work meeting in a parent-teacher meeting article): a claim with no
    title frame gets no frame; a claim about an interview still gets a candidate's."""
    from netquiz.generate.context import build_context
    from netquiz.generate.scenario import _frame
    text = ("नौकरी के साथ पैरेंट-टीचर मीटिंग\n\nपरिचय की एक पंक्ति।\n\n## मैनेजर को पहले बताएं\n\nमैनेजर को एक हफ्ता पहले "
            "बताएं। इससे आखिरी समय पर माफी नहीं मांगनी पड़ती।\n\n## इंटरव्यू से पहले कंपनी को जानें\n\nकंपनी की वेबसाइट पढ़ें।\n")
    ctx = build_context(parse_article(text), 0)
    assert _frame(ctx, "सीमा", "मैनेजर को पहले बताना", "आखिरी समय पर माफी न मांगनी पड़े", "s1", 0, "x") == ""
    assert _frame(ctx, "सीमा", "इंटरव्यू से पहले कंपनी को जानना", "कंपनी की वेबसाइट पढ़े", "s2", 0, "x")


def test_a_gloss_in_brackets_is_left_out_of_her_topic():
    frame = language("hi").topic_frame("हस्तशिल्प कारीगरों के लिए Artisan Card (पहचान कार्ड) बनवाने के 6 बड़े फायदे", "")
    assert frame is not None and ")" not in frame and "(" not in frame  # (it had read "… ने पहचान कार्ड) बनवाना …")
    assert "artisan card बनवाना" in frame.lower()


def test_whom_an_english_title_has_in_mind_is_left_out_of_her_topic():
    frame = language("en").topic_frame("7 Benefits of Cutting Back on Salt, Especially for Women Over 30", "")
    assert frame == "{name} has started cutting back on salt."  # (not "…, especially for women over 30", r22 item 8)


def test_whom_a_hindi_benefits_title_has_in_mind_is_left_out_of_her_topic():
    frame = language("hi").topic_frame("रजिस्टर्ड रेंट एग्रीमेंट बनवाने के 7 फायदे, किराये पर रहने वाली हर महिला को जानने चाहिए",
                                       "")
    assert frame == "{name} ने रजिस्टर्ड रेंट एग्रीमेंट बनवाना शुरू किया है।"
