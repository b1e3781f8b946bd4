"""Participant UI text of live mode, one table per language with the same keys (like :mod:`.strings`)."""

from __future__ import annotations

HI: dict[str, str] = {
    "wait_start": "सुविधादाता के प्रश्न शुरू करने की प्रतीक्षा करें…",
    "wait_hint": "प्रश्न अपने-आप यहाँ आ जाएगा। यह पेज खुला रखें।",
    "wait_next": "अगले प्रश्न की प्रतीक्षा करें…",
    "question_of": "प्रश्न {number} / {total}",
    "time_limit": "समय: {seconds} सेकंड",
    "no_limit": "समय की कोई सीमा नहीं",
    "submit": "उत्तर जमा करें",
    "locked": "आपका उत्तर जमा हो गया। सही उत्तर स्क्रीन पर दिखाए जाने तक प्रतीक्षा करें।",
    "time_up": "समय समाप्त। उत्तर दिखाए जाने की प्रतीक्षा करें।",
    "missed": "आपने इस प्रश्न का उत्तर नहीं दिया।",
    "score": "अंक: {score} / {counted}",
    "finished": "प्रश्नोत्तरी समाप्त! धन्यवाद।",
    "final_score": "{score} / {counted} सही",
    "rank": "स्थान: {people} में से {rank}",
    "err_late": "समय समाप्त हो चुका था: यह उत्तर नहीं गिना गया।",
    "err_not_current": "यह प्रश्न अब बंद है: सुविधादाता आगे बढ़ चुकी हैं।",
    "err_answered": "आप इस प्रश्न का उत्तर पहले ही दे चुकी हैं।",
    "err_choose": "पहले एक विकल्प चुनें।",
}

EN: dict[str, str] = {
    "wait_start": "Waiting for the facilitator to start…",
    "wait_hint": "The question will appear here by itself. Keep this page open.",
    "wait_next": "Waiting for the next question…",
    "question_of": "Question {number} of {total}",
    "time_limit": "Time: {seconds} seconds",
    "no_limit": "No time limit",
    "submit": "Submit answer",
    "locked": "Your answer is in. Wait for the facilitator to reveal the right one.",
    "time_up": "Time is up. Wait for the reveal.",
    "missed": "You did not answer this question.",
    "score": "Score: {score} of {counted}",
    "finished": "The quiz is over. Thank you!",
    "final_score": "{score} of {counted} correct",
    "rank": "Your place: {rank} of {people}",
    "err_late": "Time was up: this answer was not counted.",
    "err_not_current": "This question is closed: the facilitator has moved on.",
    "err_answered": "You have already answered this question.",
    "err_choose": "Choose an option first.",
}

STRINGS: dict[str, dict[str, str]] = {"hi": HI, "en": EN}


def live_text(lang: str, key: str, **values: object) -> str:
    """The live-mode text ``key`` in ``lang`` (falls back to Hindi), filled with ``values``."""
    table = STRINGS.get(lang, HI)
    return table[key].format(**values) if values else table[key]
