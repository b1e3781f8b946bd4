"""Participant UI text: one table per language (``hi``, ``en``) with the same keys.

Values are :meth:`str.format` templates; :func:`text` fills them. Article content (stems, options,
feedback) is never translated: only the interface around it switches language.
"""

from __future__ import annotations

import os

LANGS: tuple[str, ...] = ("hi", "en")
LANG_LABELS: tuple[tuple[str, str], ...] = (("हिन्दी", "hi"), ("English", "en"))

HI: dict[str, str] = {
    "app_title": "प्रश्नोत्तरी",
    "join_intro": "अपना नाम और सुविधादाता का दिया सत्र कोड लिखें।",
    "name_label": "नाम",
    "name_placeholder": "आपका नाम",
    "code_label": "सत्र कोड",
    "code_placeholder": "जैसे AB12",
    "start": "शुरू करें",
    "welcome": "नमस्ते, {name}",
    "section": "खंड: {title}",
    "question_of": "प्रश्न {number} / {total}",
    "submit": "उत्तर जमा करें",
    "next": "अगला प्रश्न",
    "finish": "परिणाम देखें",
    "correct": "सही!",
    "incorrect": "सही नहीं।",
    "right_answer": "सही उत्तर:",
    "why": "क्यों:",
    "source": "लेख में ({section}):",
    "score": "अंक: {score} / {answered}",
    "progress": "{answered} / {total} प्रश्नों के उत्तर दिए",
    "summary_title": "आपका परिणाम, {name}",
    "summary_score": "{score} / {total} सही",
    "mastery_heading": "खंड के अनुसार",
    "mastery_row": "{correct} / {total}",
    "reread_heading": "इन खंडों को फिर से पढ़ें:",
    "reread_none": "बहुत बढ़िया! हर खंड के प्रश्न सही रहे।",
    "retry": "गलत उत्तर वाले प्रश्न फिर से करें",
    "retry_none": "दोबारा करने के लिए कोई गलत उत्तर नहीं बचा। बहुत अच्छे!",
    "err_name": "कृपया अपना नाम लिखें।",
    "err_name_long": "नाम बहुत लंबा है: अधिकतम {max} अक्षर लिखें।",
    "err_code_needed": "कृपया सुविधादाता का दिया सत्र कोड लिखें।",
    "err_code_unknown": "यह सत्र कोड नहीं मिला। कोड जाँचें या सुविधादाता से पूछें।",
    "err_closed": "यह सत्र बंद हो चुका है। अब तक के उत्तर सहेजे गए हैं; सुविधादाता से पूछें।",
    "err_choose": "पहले एक विकल्प चुनें।",
    "err_generic": "कुछ गड़बड़ हुई: {message}",
    "err_unexpected": "कुछ गड़बड़ हुई। पेज दोबारा खोलें और उसी नाम व कोड से जुड़ें; उत्तर सहेजे हुए हैं।",
}

EN: dict[str, str] = {
    "app_title": "Quiz",
    "join_intro": "Enter your name and the session code from the facilitator.",
    "name_label": "Name",
    "name_placeholder": "Your name",
    "code_label": "Session code",
    "code_placeholder": "e.g. AB12",
    "start": "Start",
    "welcome": "Hello, {name}",
    "section": "Section: {title}",
    "question_of": "Question {number} of {total}",
    "submit": "Submit answer",
    "next": "Next question",
    "finish": "See results",
    "correct": "Correct!",
    "incorrect": "Not quite.",
    "right_answer": "Right answer:",
    "why": "Why:",
    "source": "In the article ({section}):",
    "score": "Score: {score} of {answered}",
    "progress": "{answered} of {total} questions answered",
    "summary_title": "Your result, {name}",
    "summary_score": "{score} of {total} correct",
    "mastery_heading": "By section",
    "mastery_row": "{correct} of {total}",
    "reread_heading": "Re-read these sections:",
    "reread_none": "Well done! Every section's questions were right.",
    "retry": "Retry the missed ones",
    "retry_none": "No missed questions are left to retry. Well done!",
    "err_name": "Please enter your name.",
    "err_name_long": "That name is too long: use at most {max} characters.",
    "err_code_needed": "Please enter the session code from the facilitator.",
    "err_code_unknown": "This session code was not found. Check it or ask the facilitator.",
    "err_closed": "This session is closed. Your answers so far are saved; ask the facilitator.",
    "err_choose": "Choose an option first.",
    "err_generic": "Something went wrong: {message}",
    "err_unexpected": "Something went wrong. Reopen the page and join with the same name and code; "
                      "your answers are saved.",
}

STRINGS: dict[str, dict[str, str]] = {"hi": HI, "en": EN}


def text(lang: str, key: str, **values: object) -> str:
    """The UI text ``key`` in ``lang`` (falls back to Hindi), filled with ``values``."""
    table = STRINGS.get(lang, HI)
    return table[key].format(**values) if values else table[key]


def default_lang() -> str:
    """The language before a bank is known: env ``NETQUIZ_LANG`` if valid, else Hindi."""
    lang = (os.environ.get("NETQUIZ_LANG") or "").strip().lower()
    return lang if lang in LANGS else "hi"
