"""Text of what people take home: handouts, the personal review, the organiser's report, the follow-up.

One table per language (``hi``, ``en``) with the same keys, :meth:`str.format` templates filled by
:func:`text`. Article content (stems, options, explanations) is never translated.
"""

from __future__ import annotations

HI: dict[str, str] = {
    "sheet_title": "प्रश्न-पत्र",
    "key_title": "उत्तर-कुंजी",
    "sheet_intro": "हर प्रश्न के लिए एक विकल्प पर निशान लगाएँ।",
    "key_intro": "हर प्रश्न का सही उत्तर, उसका कारण और लेख का वाक्य।",
    "name_line": "नाम: ______________________   तारीख: ____________",
    "answer_line": "उत्तर: ____",
    "answer": "सही उत्तर:",
    "why": "क्यों:",
    "source": "लेख में ({section}):",
    "questions_count": "{count} प्रश्न",
    "review_title": "मेरी समीक्षा: {name}",
    "review_session": "सत्र {code} · {date}",
    "review_score": "{score} / {total} सही (पहला प्रयास)",
    "by_section": "खंड के अनुसार",
    "missed_heading": "जो प्रश्न गलत हुए ({count})",
    "missed_none": "कोई प्रश्न गलत नहीं हुआ। बहुत बढ़िया!",
    "your_answer": "आपका उत्तर:",
    "not_answered": "उत्तर नहीं दिया",
    "interview_heading": "इंटरव्यू के प्रश्न: सबसे मज़बूत उत्तर",
    "strongest": "सबसे मज़बूत उत्तर:",
    "weaker": "कमज़ोर उत्तर और उनमें क्या कमी है:",
    "reread_heading": "इन खंडों को फिर से पढ़ें",
    "reread_none": "हर खंड में अच्छा प्रदर्शन रहा।",
    "review_download": "मेरी समीक्षा डाउनलोड करें",
    "review_fetch": "पिछले सत्र की मेरी समीक्षा",
    "review_fetch_hint": "नाम, सत्र कोड और (दूसरे फ़ोन पर) अपना पिन लिखें, फिर यह बटन दबाएँ।",
    "review_ready": "समीक्षा तैयार है:",
    "report_title": "सत्र रिपोर्ट: {code}",
    "participation": "भागीदारी",
    "joined": "जुड़े",
    "finished": "सब प्रश्न किए",
    "answers": "उत्तर",
    "mean_score": "औसत अंक",
    "mastery": "खंड के अनुसार महारत",
    "hardest": "सबसे कठिन प्रश्न",
    "distribution": "उत्तरों का बँटवारा (सही उत्तर गहरा)",
    "scores": "अंकों का बँटवारा",
    "follow_up_note": "यह आपका अभ्यास-सेट है: आपके सबसे कमज़ोर खंडों के नए प्रश्न।",
    "before": "पहले",
    "after": "बाद में",
}

EN: dict[str, str] = {
    "sheet_title": "Question sheet",
    "key_title": "Answer key",
    "sheet_intro": "Mark one option for each question.",
    "key_intro": "Each question's right answer, why, and the article's sentence.",
    "name_line": "Name: ______________________   Date: ____________",
    "answer_line": "Answer: ____",
    "answer": "Right answer:",
    "why": "Why:",
    "source": "In the article ({section}):",
    "questions_count": "{count} questions",
    "review_title": "My review: {name}",
    "review_session": "Session {code} · {date}",
    "review_score": "{score} of {total} correct (first attempt)",
    "by_section": "By section",
    "missed_heading": "Questions I missed ({count})",
    "missed_none": "No question missed. Well done!",
    "your_answer": "Your answer:",
    "not_answered": "not answered",
    "interview_heading": "Interview questions: the strongest answer",
    "strongest": "Strongest answer:",
    "weaker": "Weaker answers and what each lacks:",
    "reread_heading": "Sections to re-read",
    "reread_none": "Every section went well.",
    "review_download": "Download my review",
    "review_fetch": "My review of an earlier session",
    "review_fetch_hint": "Enter your name, the session code and (on another phone) your PIN, then press this "
                         "button.",
    "review_ready": "Your review is ready:",
    "report_title": "Session report: {code}",
    "participation": "Participation",
    "joined": "joined",
    "finished": "answered every question",
    "answers": "answers",
    "mean_score": "mean score",
    "mastery": "Mastery by section",
    "hardest": "The hardest questions",
    "distribution": "How answers split (right answer dark)",
    "scores": "Scores",
    "follow_up_note": "This is your practice set: new questions from your weakest sections.",
    "before": "before",
    "after": "after",
}

STRINGS: dict[str, dict[str, str]] = {"hi": HI, "en": EN}


def text(lang: str, key: str, **values: object) -> str:
    """The text ``key`` in ``lang`` (Hindi for an unknown language), filled with ``values``."""
    table = STRINGS.get(lang, HI)
    return table[key].format(**values) if values else table[key]
