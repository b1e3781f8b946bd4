"""Facilitator UI text (dashboard, join screen, Present view): one table per language with the same keys.

The default is English unless ``NETQUIZ_LANG`` says ``hi``; the toggle at the top of the dashboard switches.
Bank content (stems, options, explanations) is never translated.
"""

from __future__ import annotations

import os

EN: dict[str, str] = {
    "tab_join": "Join", "tab_present": "Present", "tab_participants": "Participants",
    "tab_questions": "Questions", "tab_sections": "Sections", "tab_downloads": "Downloads",
    "session": "Session", "close": "Close session", "confirm_close": "Confirm: close {code}",
    "bank": "Bank", "code": "Code", "code_ph": "optional, e.g. NET1", "title": "Title", "title_ph": "optional",
    "mode": "Mode", "mode_self": "self-paced", "mode_live": "live (projector)", "open": "Open session",
    "mode_self_short": "self-paced", "mode_live_short": "live",
    "no_banks": "No bank files in data/banks or var/banks: generate one first (author notebook).",
    "not_opened": "Not opened: {error}", "opened": "Session {code} is open ({count} questions).",
    "confirm_close_msg": "Click again to close {code}: nobody can join or answer after that.",
    "not_closed": "Not closed: {error}",
    "closed_msg": "Session {code} is closed; its answers stay in the dashboard and downloads.",
    "join_none": "Open a session (above) to show the join screen.", "join_closed": "This session is closed.",
    "join_open": "Open", "join_enter_code": "and enter the code",
    "join_loopback": "The join address {url} works only on this computer: phones cannot open it. Stop the "
                     "workshop and start it again with --host 0.0.0.0 (or set NETQUIZ_JOIN_URL to an address "
                     "phones on this Wi-Fi can reach); the QR code appears then.",
    "state_open": "open", "state_closed": "closed", "untitled": "untitled",
    "h_participants": "Participants", "h_leaderboard": "Leaderboard", "h_people": "Resume PINs, rename, merge",
    "h_answers": "Answers per question (hardest first; green = right)", "h_items": "Item analysis (hardest first)",
    "h_mastery": "Section mastery (weakest first)", "h_download": "Download",
    "status": "Session <b>{code}</b> ({state}) · {people} participants · {answers} answers · latest answer "
              "{latest} · {mode}",
    "no_session": "No session selected: open one or pick one above.",
    "cannot_read": "Cannot read session {code}: {error}", "nobody": "Nobody has joined yet.",
    "no_questions": "No questions.", "no_answers": "No answers yet.",
    "dl_responses": "Responses (CSV, every answer)", "dl_scores": "Scores (CSV, one row per participant)",
    "dl_items": "Item analysis (CSV, one row per question)",
    "p_self_paced": "Session {code} is self-paced. To present questions one at a time, open a session in "
                    "live mode (Mode: live, above).",
    "p_none": "Open or pick a live session above.",
    "p_all_sections": "all sections", "p_all_kinds": "all kinds", "p_section": "Section", "p_kind": "Kind",
    "p_seconds": "Seconds", "p_start": "Start", "p_stop": "Stop clock", "p_reveal": "Reveal", "p_next": "Next",
    "p_skip": "Skip", "p_projector": "Projector mode", "p_new_round": "New round",
    "page_title": "netquiz · facilitator", "reliability_na": "Reliability (Cronbach's α) needs at least two "
    "participants who answered every question; so far {complete}.", "reliability": "Reliability: Cronbach's α = "
    "{alpha}, standard error of measurement = {sem} (over {complete} participants who answered every question).",
    "name_ph": "e.g. Priya Sharma", "show_pins": "Show PINs", "renamed": "Renamed to {name}.",
    "merged": "Merged {dropped} into {kept}.", "choose_person": "Choose a participant first.",
    "choose_two": "Choose the participant to keep and the one to merge in: two different participants.",
    "hide_pins": "Hide PINs", "participant": "Participant", "new_name": "New name",
    "rename": "Rename", "merge_in": "Merge in", "merge": "Merge into the participant above",
    "confirm_merge": "Confirm: merge", "confirm_merge_msg": "Click «Confirm: merge» to move {other}'s answers "
    "into {kept} and remove {other}. Nothing changes until then.",
    "share_of": "{share}% of {n}",
    "col_name": "name", "col_answered": "answered", "col_score": "score", "col_where": "where",
    "col_last_seen": "last seen", "col_pin": "PIN", "col_question": "question", "col_section": "section",
    "col_kind": "kind", "col_n": "n", "col_facility": "facility %", "col_discrimination": "discrimination",
    "col_stem": "stem", "col_rank": "rank", "w_finished": "finished", "w_joined": "joined, no answer yet",
    "p_all_asked": "Every question of this section and kind was already asked in this session: choose another "
                   "filter, or open a new session.",
    "p_no_match": "No question matches this section and kind: choose another filter.",
    "p_locked": "Section and kind are fixed while a round runs: press New round to choose again.",
    "p_waiting": "Join at {url} with code {code}", "p_joined": "{count} joined",
    "p_ready": "{count} questions ready. Press Start.",
    "p_question_of": "Question {number} of {total}",
    "p_answers": "{count} of {people} answered", "p_seconds_left": "{seconds} s", "p_no_limit": "no time limit",
    "p_time_up": "time is up", "p_key": "Right answer", "p_why": "Why", "p_source": "In the article",
    "p_leaderboard": "Leaderboard", "p_finished": "That was the last question. Thank you!",
    "p_points": "{score} right",
    "ready_full": "Ready for {count} participants", "ready_full_one": "Ready for 1 participant",
    "ready_preparing": "Preparing: {ready} of {target} kernels ready",
    "ready_running": "Quiz server running", "ready_off": "Quiz server not running on this database",
    "t_heading": "Take home: handouts, report, follow-up", "t_sheet": "Question sheet (HTML, no key)",
    "t_key": "Answer key (HTML)", "t_report": "Make the session report", "t_report_link": "Session report (HTML)",
    "t_follow_up": "Open a follow-up session", "t_follow_up_done": "Follow-up session {code} is open: "
    "{people} participants have their own sets; newcomers get the whole bank.",
    "t_follow_up_failed": "No follow-up: {error}", "t_change": "Section mastery before and after the follow-up",
    "t_room": "Room", "t_before": "before", "t_after": "after", "t_participant": "participant",
    "t_section": "section", "t_review_days": "Reviews: days after closing",
}

HI: dict[str, str] = {
    "tab_join": "जुड़ें", "tab_present": "प्रस्तुत करें", "tab_participants": "प्रतिभागी",
    "tab_questions": "प्रश्न", "tab_sections": "खंड", "tab_downloads": "डाउनलोड",
    "session": "सत्र", "close": "सत्र बंद करें", "confirm_close": "पक्का: {code} बंद करें",
    "bank": "प्रश्न-बैंक", "code": "कोड", "code_ph": "वैकल्पिक, जैसे NET1", "title": "शीर्षक",
    "title_ph": "वैकल्पिक", "mode": "तरीका", "mode_self": "अपनी गति से", "mode_live": "लाइव (प्रोजेक्टर)",
    "mode_self_short": "अपनी गति से", "mode_live_short": "लाइव",
    "open": "सत्र खोलें",
    "no_banks": "data/banks या var/banks में कोई प्रश्न-बैंक नहीं: पहले एक बनाएँ (author नोटबुक)।",
    "not_opened": "सत्र नहीं खुला: {error}", "opened": "सत्र {code} खुल गया ({count} प्रश्न)।",
    "confirm_close_msg": "{code} बंद करने के लिए फिर क्लिक करें: उसके बाद कोई जुड़ या उत्तर नहीं दे सकेगा।",
    "not_closed": "सत्र बंद नहीं हुआ: {error}",
    "closed_msg": "सत्र {code} बंद है; उसके उत्तर डैशबोर्ड और डाउनलोड में रहेंगे।",
    "join_none": "जुड़ने की स्क्रीन दिखाने के लिए ऊपर एक सत्र खोलें।", "join_closed": "यह सत्र बंद है।",
    "join_open": "खोलें", "join_enter_code": "और यह कोड लिखें",
    "join_loopback": "जुड़ने का पता {url} सिर्फ़ इसी कंप्यूटर पर खुलता है: फ़ोन इसे नहीं खोल सकते। वर्कशॉप रोकें "
                     "और --host 0.0.0.0 के साथ फिर से शुरू करें (या NETQUIZ_JOIN_URL में ऐसा पता दें जो इसी Wi-Fi "
                     "पर फ़ोन खोल सकें); तब QR कोड दिखेगा।",
    "state_open": "खुला", "state_closed": "बंद", "untitled": "बिना शीर्षक",
    "h_participants": "प्रतिभागी", "h_leaderboard": "अंक-तालिका", "h_people": "रिज़्यूम पिन, नाम बदलें, जोड़ें",
    "h_answers": "हर प्रश्न के उत्तर (सबसे कठिन पहले; हरा = सही)", "h_items": "प्रश्न-विश्लेषण (सबसे कठिन पहले)",
    "h_mastery": "खंड के अनुसार समझ (सबसे कमज़ोर पहले)", "h_download": "डाउनलोड",
    "status": "सत्र <b>{code}</b> ({state}) · {people} प्रतिभागी · {answers} उत्तर · आख़िरी उत्तर {latest} · {mode}",
    "no_session": "कोई सत्र नहीं चुना: ऊपर एक खोलें या चुनें।",
    "cannot_read": "सत्र {code} पढ़ा नहीं जा सका: {error}", "nobody": "अभी कोई नहीं जुड़ा।",
    "no_questions": "कोई प्रश्न नहीं।", "no_answers": "अभी कोई उत्तर नहीं।",
    "dl_responses": "उत्तर (CSV, हर उत्तर)", "dl_scores": "अंक (CSV, हर प्रतिभागी की एक पंक्ति)",
    "dl_items": "प्रश्न-विश्लेषण (CSV, हर प्रश्न की एक पंक्ति)",
    "p_self_paced": "सत्र {code} अपनी गति वाला है। एक-एक प्रश्न दिखाने के लिए ऊपर लाइव तरीके से सत्र खोलें।",
    "p_none": "ऊपर एक लाइव सत्र खोलें या चुनें।",
    "p_all_sections": "सभी खंड", "p_all_kinds": "सभी प्रकार", "p_section": "खंड", "p_kind": "प्रकार",
    "p_seconds": "सेकंड", "p_start": "शुरू करें", "p_stop": "घड़ी रोकें", "p_reveal": "उत्तर दिखाएँ",
    "p_next": "अगला", "p_skip": "छोड़ें", "p_projector": "प्रोजेक्टर दृश्य", "p_new_round": "नया दौर",
    "page_title": "netquiz · सुविधादाता", "reliability_na": "विश्वसनीयता (क्रॉनबाक α) के लिए कम से कम दो ऐसे "
    "प्रतिभागी चाहिए जिन्होंने हर प्रश्न का उत्तर दिया हो; अभी तक {complete}।", "reliability": "विश्वसनीयता: "
    "क्रॉनबाक α = {alpha}, मापन की मानक त्रुटि = {sem} (हर प्रश्न का उत्तर देने वाले {complete} प्रतिभागियों पर)।",
    "name_ph": "जैसे प्रिया शर्मा", "show_pins": "पिन दिखाएँ", "renamed": "नया नाम: {name}।",
    "merged": "{dropped} को {kept} में जोड़ दिया गया।", "choose_person": "पहले एक प्रतिभागी चुनें।",
    "choose_two": "रखने वाला और जोड़ा जाने वाला प्रतिभागी चुनें: दो अलग-अलग प्रतिभागी।",
    "hide_pins": "पिन छिपाएँ", "participant": "प्रतिभागी", "new_name": "नया नाम",
    "rename": "नाम बदलें", "merge_in": "जोड़ना है", "merge": "ऊपर वाले प्रतिभागी में जोड़ें",
    "confirm_merge": "पक्का: जोड़ें", "confirm_merge_msg": "«पक्का: जोड़ें» दबाने पर {other} के उत्तर {kept} में "
    "चले जाएँगे और {other} हट जाएगा। तब तक कुछ नहीं बदलेगा।",
    "share_of": "{n} में से {share}%",
    "col_name": "नाम", "col_answered": "उत्तर दिए", "col_score": "अंक", "col_where": "कहाँ",
    "col_last_seen": "आख़िरी बार", "col_pin": "पिन", "col_question": "प्रश्न", "col_section": "खंड",
    "col_kind": "प्रकार", "col_n": "उत्तर", "col_facility": "सही %", "col_discrimination": "भेद-क्षमता",
    "col_stem": "प्रश्न का पाठ", "col_rank": "स्थान", "w_finished": "पूरा किया",
    "w_joined": "जुड़े, अभी कोई उत्तर नहीं",
    "p_all_asked": "इस खंड और प्रकार के सभी प्रश्न इस सत्र में पूछे जा चुके हैं: दूसरा खंड या प्रकार चुनें, या "
                   "नया सत्र खोलें।",
    "p_no_match": "इस खंड और प्रकार का कोई प्रश्न नहीं है: दूसरा चुनें।",
    "p_locked": "दौर चलते समय खंड और प्रकार नहीं बदलते: फिर से चुनने के लिए «नया दौर» दबाएँ।",
    "p_waiting": "{url} खोलें, कोड {code}", "p_joined": "{count} जुड़े",
    "p_ready": "{count} प्रश्न तैयार हैं। शुरू करें दबाएँ।",
    "p_question_of": "प्रश्न {number} / {total}",
    "p_answers": "{people} में से {count} ने उत्तर दिया", "p_seconds_left": "{seconds} सेकंड",
    "p_no_limit": "समय-सीमा नहीं", "p_time_up": "समय समाप्त", "p_key": "सही उत्तर", "p_why": "क्यों",
    "p_source": "लेख में", "p_leaderboard": "अंक-तालिका", "p_finished": "यह आख़िरी प्रश्न था। धन्यवाद!",
    "p_points": "{score} सही",
    "ready_full": "क्विज़ {count} प्रतिभागियों के लिए तैयार है",
    "ready_full_one": "क्विज़ 1 प्रतिभागी के लिए तैयार है",
    "ready_preparing": "तैयारी चल रही है: {target} में से {ready} कर्नेल तैयार हैं",
    "ready_running": "क्विज़ सर्वर चल रहा है", "ready_off": "इस डेटाबेस पर कोई क्विज़ सर्वर नहीं चल रहा",
    "t_heading": "साथ ले जाने के लिए: हैंडआउट, रिपोर्ट, अभ्यास-सत्र", "t_sheet": "प्रश्न-पत्र (HTML, बिना उत्तर)",
    "t_key": "उत्तर-कुंजी (HTML)", "t_report": "सत्र रिपोर्ट बनाएँ", "t_report_link": "सत्र रिपोर्ट (HTML)",
    "t_follow_up": "अभ्यास-सत्र (फ़ॉलो-अप) खोलें", "t_follow_up_done": "फ़ॉलो-अप सत्र {code} खुल गया: "
    "{people} प्रतिभागियों के अपने-अपने प्रश्न हैं; नए लोगों को पूरा प्रश्न-बैंक मिलेगा।",
    "t_follow_up_failed": "फ़ॉलो-अप नहीं खुला: {error}", "t_change": "फ़ॉलो-अप से पहले और बाद में खंडों पर पकड़",
    "t_room": "पूरा समूह", "t_before": "पहले", "t_after": "बाद में", "t_participant": "प्रतिभागी",
    "t_section": "खंड", "t_review_days": "समीक्षा: बंद होने के बाद दिन",
}

KIND_NAMES: dict[str, dict[str, str]] = {
    "en": {"scenario": "scenario", "benefit": "benefit", "interview": "interview answer", "cloze": "fill the gap",
           "attribution": "who said it", "true_false": "true or false"},
    "hi": {"scenario": "परिस्थिति", "benefit": "लाभ", "interview": "साक्षात्कार उत्तर", "cloze": "रिक्त स्थान",
           "attribution": "किसने कहा", "true_false": "सही या ग़लत"},
}

STRINGS: dict[str, dict[str, str]] = {"en": EN, "hi": HI}


def kind_name(lang: str, kind: str) -> str:
    """A question kind in the facilitator's words (an unknown kind stays as it is)."""
    return KIND_NAMES.get(lang, KIND_NAMES["en"]).get(kind, kind.replace("_", " "))
LANG_LABELS: tuple[tuple[str, str], ...] = (("हिन्दी", "hi"), ("English", "en"))


def ftext(lang: str, key: str, **values: object) -> str:
    """The facilitator text ``key`` in ``lang`` (falls back to English), filled with ``values``."""
    table = STRINGS.get(lang, EN)
    return table[key].format(**values) if values else table[key]


def facilitator_lang() -> str:
    """The dashboard's first language: ``NETQUIZ_LANG`` when it is ``hi`` or ``en``, else English."""
    lang = (os.environ.get("NETQUIZ_LANG") or "").strip().lower()
    return lang if lang in STRINGS else "en"
