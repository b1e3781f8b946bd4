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
    "retry_progress": "दोबारा: {answered} / {total} · पहली बार में सही: {score} / {questions}",
    "options": "विकल्प",
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
    "err_unexpected": "कुछ गड़बड़ हुई। पेज दोबारा खोलें; आपके उत्तर सहेजे हुए हैं।",
    "err_session": "यह नहीं हो सका। पेज दोबारा खोलें या सुविधादाता से पूछें।",
    "err_store": "सर्वर अभी व्यस्त है। थोड़ी देर बाद फिर से कोशिश करें; आपके उत्तर सहेजे हुए हैं।",
    "err_rejoin": "आपका सत्र नहीं मिला। कृपया फिर से जुड़ें।",
    "err_name_chars": "नाम में नियंत्रण या दिशा बदलने वाले अदृश्य अक्षर नहीं हो सकते। नाम फिर से टाइप करें।",
    "name_taken": "«{name}» नाम इस सत्र में पहले से है। अगर आपने यह प्रश्नोत्तरी किसी दूसरे फ़ोन या "
                  "कंप्यूटर पर शुरू की थी, तो वहाँ दिखा 4 अंकों का पिन लिखें। नहीं तो पिन खाली छोड़कर "
                  "फिर से «शुरू करें» दबाएँ: आप नए प्रतिभागी के रूप में जुड़ेंगी।",
    "pin_label": "पिन",
    "pin_placeholder": "4 अंक",
    "err_pin": "यह पिन सही नहीं है। अपनी दूसरी स्क्रीन पर दिखा पिन देखें, या सुविधादाता से पूछें।",
    "err_pin_locked": "बहुत बार गलत पिन लिखा गया। सुविधादाता से मदद लें।",
    "err_stale": "यह प्रश्न अब खुला नहीं है (शायद किसी दूसरे टैब में उत्तर दिया गया)। आप अभी यहाँ हैं:",
    "err_answered": "इस प्रश्न का उत्तर पहले ही दिया जा चुका है (शायद किसी दूसरे टैब में)। आप अभी यहाँ हैं:",
    "resume_pin": "आपका पिन: {pin} — किसी दूसरे फ़ोन या कंप्यूटर पर आगे जारी रखने के लिए",
    "full_title": "प्रश्नोत्तरी अभी भरी हुई है",
    "full_body": "इस समय बहुत लोग जुड़ रहे हैं। एक मिनट बाद फिर से कोशिश करें; यह पेज अपने-आप फिर से खुलेगा।",
    "busy_title": "जुड़ रहे हैं…",
    "busy_body": "अभी बहुत लोग एक साथ जुड़ रहे हैं। कुछ सेकंड रुकें: यह पेज अपने-आप फिर से कोशिश करेगा।",
    "review_pin": "इस फ़ोन से यह समीक्षा नहीं मिली। प्रश्नोत्तरी के समय दिखा 4 अंकों का पिन लिखें और फिर से बटन दबाएँ।",
    "err_review_none": "इस सत्र में आपकी कोई समीक्षा नहीं मिली। नाम, कोड और पिन जाँचें।",
    "err_review_expired": "इस सत्र की समीक्षा अब नहीं मिल सकती: वह सत्र बंद होने के {days} दिन बाद तक ही मिलती है।",
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
    "retry_progress": "Retry: {answered} of {total} · right the first time: {score} of {questions}",
    "options": "Options",
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
    "err_unexpected": "Something went wrong. Reopen the page; your answers are saved.",
    "err_session": "That did not work. Reopen the page or ask the facilitator.",
    "err_store": "The server is busy right now. Try again in a moment; your answers are saved.",
    "err_rejoin": "Your place in the session was not found. Please join again.",
    "err_name_chars": "A name cannot contain control or invisible text-direction characters. Type it again.",
    "name_taken": "The name «{name}» is already taken in this session. If you started this quiz on another "
                  "phone or computer, enter the 4-digit PIN shown there. Otherwise leave the PIN empty and "
                  "press Start again: you join as a new participant.",
    "pin_label": "PIN",
    "pin_placeholder": "4 digits",
    "err_pin": "That PIN is not right. Look at the PIN on your other screen, or ask the facilitator.",
    "err_pin_locked": "Too many wrong PINs. Ask the facilitator for help.",
    "err_stale": "That question is no longer open (it was perhaps answered in another tab). This is where "
                 "you are now:",
    "err_answered": "That question was already answered (perhaps in another tab). This is where you are now:",
    "resume_pin": "Your PIN: {pin} — to continue on another phone or computer",
    "full_title": "The quiz is full right now",
    "full_body": "Too many people are joining at this moment. Try again in a minute; this page reloads by "
                 "itself.",
    "busy_title": "Joining…",
    "busy_body": "Many people are joining at once. Please wait a few seconds: this page tries again by itself.",
    "review_pin": "This device has no review of yours. Enter the 4-digit PIN shown during the quiz and press the "
                  "button again.",
    "err_review_none": "No review of yours was found in this session. Check the name, code and PIN.",
    "err_review_expired": "This session's review is no longer available: it can be fetched until {days} days "
                          "after the session closes.",
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
