"""Author notebook (bank review) text: one table per language with the same keys, like
:mod:`netquiz.texts.facilitator`. Bank content (stems, options, feedback) is never translated."""

from __future__ import annotations

EN: dict[str, str] = {
    "page_title": "netquiz · review a question bank", "heading": "Review a question bank",
    "article": "Article", "path": "Path", "path_ph": "or a path to a UTF-8 .txt/.md file", "generate": "Generate",
    "bank": "Bank", "load": "Load bank", "section": "Section", "kind": "Kind", "question": "Question",
    "all": "(all)", "edit_heading": "Edit the selected question", "stem": "Stem", "options": "Options",
    "options_ph": "one per line", "answer": "Correct #", "feedback": "Feedback",
    "feedback_ph": "one per line, same order", "explanation": "Explanation", "apply": "Apply edit",
    "drop": "Drop question", "save_to": "Save to", "save": "Save bank",
    "generated": "generated {count} questions from {name}", "loaded": "loaded {count} questions from {name}",
    "no_banks": "no bank files in data/banks or var/banks: generate one first",
    "not_applied": "Not applied:", "applied": "Applied (not saved yet).", "dropped": "Dropped {id} (not saved yet).",
    "nothing_to_save": "nothing to save: generate or load a bank first",
    "no_folder": "not saved: the folder {folder} does not exist. Check the path, or save into data/banks.",
    "not_saved": "not saved: {error}", "saved": "saved {count} questions to {path}",
    "no_bank": "No bank yet: generate one from an article or load a bank file.", "no_match": "No questions match.",
    "col_id": "id", "col_section": "section", "col_kind": "kind", "col_form": "form", "col_stem": "stem",
    "col_answer": "answer", "col_options": "options",
    "col_blind": "guessable without the article",
    "key_feedback": "Feedback per option", "key_explanation": "Explanation:", "key_source": "Source:",
    "cue_negation": "the only option without a “not”", "cue_opposite_pair": "one of two opposite options",
    "cue_longest": "the longest option", "cue_shortest": "the shortest option",
    "cue_stem_overlap": "most words shared with the question", "cue_odd_one_out": "the odd one out",
    "cue_convergence": "most words shared with the other options",
}

HI: dict[str, str] = {
    "page_title": "netquiz · प्रश्न-बैंक की जाँच", "heading": "प्रश्न-बैंक की जाँच",
    "article": "लेख", "path": "पथ", "path_ph": "या किसी UTF-8 .txt/.md फ़ाइल का पथ", "generate": "प्रश्न बनाएँ",
    "bank": "प्रश्न-बैंक", "load": "बैंक खोलें", "section": "खंड", "kind": "प्रकार", "question": "प्रश्न",
    "all": "(सभी)", "edit_heading": "चुना हुआ प्रश्न बदलें", "stem": "प्रश्न", "options": "विकल्प",
    "options_ph": "हर पंक्ति में एक", "answer": "सही क्रमांक", "feedback": "प्रतिक्रिया",
    "feedback_ph": "हर पंक्ति में एक, उसी क्रम में", "explanation": "व्याख्या", "apply": "बदलाव लागू करें",
    "drop": "प्रश्न हटाएँ", "save_to": "यहाँ सहेजें", "save": "बैंक सहेजें",
    "generated": "{name} से {count} प्रश्न बने", "loaded": "{name} से {count} प्रश्न खुले",
    "no_banks": "data/banks या var/banks में कोई प्रश्न-बैंक नहीं: पहले एक बनाएँ",
    "not_applied": "लागू नहीं हुआ:", "applied": "लागू हुआ (अभी सहेजा नहीं)।",
    "dropped": "{id} हटाया गया (अभी सहेजा नहीं)।",
    "nothing_to_save": "सहेजने को कुछ नहीं: पहले प्रश्न बनाएँ या बैंक खोलें",
    "no_folder": "नहीं सहेजा: फ़ोल्डर {folder} मौजूद नहीं है। पथ जाँचें, या data/banks में सहेजें।",
    "not_saved": "नहीं सहेजा: {error}", "saved": "{count} प्रश्न {path} में सहेजे गए",
    "no_bank": "अभी कोई बैंक नहीं: किसी लेख से प्रश्न बनाएँ या बैंक फ़ाइल खोलें।", "no_match": "कोई प्रश्न मेल नहीं खाता।",
    "col_id": "id", "col_section": "खंड", "col_kind": "प्रकार", "col_form": "रूप", "col_stem": "प्रश्न",
    "col_answer": "उत्तर", "col_options": "विकल्प",
    "col_blind": "लेख पढ़े बिना अंदाज़ा लग सकता है",
    "key_feedback": "हर विकल्प की प्रतिक्रिया", "key_explanation": "व्याख्या:", "key_source": "स्रोत:",
    "cue_negation": "अकेला विकल्प जिसमें “नहीं” नहीं है", "cue_opposite_pair": "दो उलटे विकल्पों में से एक",
    "cue_longest": "सबसे लंबा विकल्प", "cue_shortest": "सबसे छोटा विकल्प",
    "cue_stem_overlap": "प्रश्न से सबसे ज़्यादा शब्द मिलते हैं", "cue_odd_one_out": "बाक़ी सबसे अलग विकल्प",
    "cue_convergence": "बाक़ी विकल्पों से सबसे ज़्यादा शब्द मिलते हैं",
}

STRINGS: dict[str, dict[str, str]] = {"en": EN, "hi": HI}


def atext(lang: str, key: str, **values: object) -> str:
    """The author text ``key`` in ``lang`` (falls back to English), filled with ``values``."""
    table = STRINGS.get(lang, EN)
    return table[key].format(**values) if values else table[key]
