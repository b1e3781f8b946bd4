"""The facilitator's situations as data, and what netquiz tells her of each, in her language (see
:mod:`.situations`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Situation:
    """One situation the facilitator wrote for section ``section`` (``line``: its line in her file, 0 when typed
    in the author notebook)."""

    section: str
    text: str
    line: int = 0
    label: bool = False  # a label ("s3 = मेकिंग चार्ज"): the words her questions show for the section's heading
    wrong: tuple[str, ...] = ()  # the sections whose headings she chose as wrong answers ("s3 (s5, s6): …")
    own_wrong: tuple[str, ...] = ()  # the wrong answers she wrote herself ("s3 (s5, "Give the stronger strip"): …")
    quotes: tuple[str, ...] = ()  # the sentences of the section she named ("s3: … | some of their words | …"): the
    # key's feedback quotes them


@dataclass(frozen=True)
class SituationNote:
    """A check a facilitator's situation did not pass: ``reason`` a key of :data:`NOTES`, ``detail`` its words."""

    situation: Situation
    reason: str
    detail: str = ""
    question_id: str = ""
    parts: str = ""  # the section ids a note names ("s2, s4")

    def message(self, lang: str) -> str:
        """One line for the facilitator, in ``lang`` (English when the language has no table)."""
        words = NOTES.get(lang, NOTES["en"])
        where = words["where_line"] if self.situation.line else words["where"]
        where = where if self.situation.section else words["where_all"]
        told = where.format(id=self.situation.section, line=self.situation.line)
        detail = self.detail
        if self.reason.startswith("cued"):  # (the cues by name, in her language)
            names = CUE_NAMES.get(lang, CUE_NAMES["en"])
            detail = "; ".join(names[c] for c in self.detail.split(",") if c in names)
        return f"{told}: {words[self.reason].format(detail=detail, id=self.question_id, parts=self.parts)}"


NOTES = {
    "en": {
        "where": "situation for {id}",
        "where_all": "your situations",
        "eliminated": "a participant who strikes out every heading already seen as a key finds your questions' keys "
                      "at {detail} × chance, the whole bank seen; write second lines for more sections (or none "
                      "for a few)",
        "no_own_wrong": "{detail} of your lines show only other parts' headings as wrong answers, which a participant "
                        "tells from the right one by topic alone: write one or two wrong answers of your own in the "
                        "brackets, in quotation marks (“s3 (s5, \"…\"): …”): moves one who skimmed might make for "
                        "her that the article rules out, in the right answer's form (on two batches of unseen "
                        "articles, blind judges preferred questions with her own wrong answers in 24 of 26 and 20 "
                        "of 29; keys a reader could pick from the wording alone fell from 23 to 11 and 25 to 10)",
        "heading_keys": "in your questions with wrong answers of your own, the right answer is always one of the "
                        "article's headings and yours never are: a participant who picks only among the headings "
                        "finds the keys at {detail} × chance. Give the parts shown there a label in the same form as "
                        "your own wrong answers (“s3 = …”), so the right answer is not the only one in the article's "
                        "wording; shown without a label: {parts} (on round 23's unseen articles, labels for every part "
                        "took the strict readers' good questions from 9 to 22 of 144)",
        "where_line": "situation for {id} (line {line})",
        "built": "built {id}",
        "tells_key": "it repeats words of its own heading (“{detail}”): a reader can match them without the "
                     "article; say it in other words",
        "second_key": "other parts speak of its words too (“{detail}”: in their heading, or as often in their "
                      "text as her own part does), so they are left out of the wrong answers (a reader could defend "
                      "them)",
        "chosen_second_key": "of the wrong answers you chose, a reader could defend “{detail}” for her (its heading "
                             "or text speaks of her words as much as her own part, or it tells how to begin, which "
                             "serves every situation): choose another, or say in her line why it is not hers",
        "cued_words": "a reader who never read the article may find the key ({detail}): say the situation in "
                      "other words",
        "aside": "the sentence quoted for her case sits under its own label inside the part (“{detail}”): where that "
                 "is an aside the heading does not cover, readers refuse the question (the right heading does not "
                 "itself help her); check that the heading covers her moment",
        "own_unruled": "no sentence of the article speaks of your wrong answer “{detail}”, so its feedback can only "
                       "name the right answer; a wrong answer the article rules out tempts one who skimmed and teaches "
                       "more",
        "own_advised": "the article's nearest sentence to your wrong answer seems to advise it (“{detail}”): a reader "
                       "could defend it; make it clearly wrong per the article",
        "own_pairs_key": "your wrong answer “{detail}” repeats most of the right answer's words, so it reads as the "
                         "right one turned round: a participant who sees the pair picks between the two; write another "
                         "move she might make, not the key's opposite",
        "suggest_wrong": "the article rules out these moves, which one who skimmed it might make for her: {detail}; "
                         "to show one as a wrong answer, put it in quotation marks in the brackets after the id "
                         "(“s3 (s5, \"…\"): …”), or in the author notebook's *Your own* box",
        "own_kind": "the right answer, “{detail}”, names a part of the article (a benefit, a topic), not a step, and "
                    "your wrong answers sit beside it under “which of these would help most”: readers refused such "
                    "questions as two kinds of option; write your wrong answers as names of that kind (a benefit the "
                    "article does not tie to her case), or choose headings instead",
        "too_few": "fewer than two other headings can serve as wrong answers, so no question was built",
        "points": "it points to something it does not say (“this”, “they”, “इससे”, “वे”): name it",
        "script": "its options are the headings, written in another script than your line; to show them in your "
                  "line's words, give each section a label: “{id} = …”",
    },
    "hi": {
        "where": "{id} की स्थिति",
        "where_all": "आपकी स्थितियाँ",
        "eliminated": "जो प्रतिभागी पहले आ चुके सही जवाब वाले शीर्षक काटती जाए, वह पूरा बैंक देखकर आपके सवालों के सही "
                      "जवाब अंदाज़े से {detail} गुना ज़्यादा चुन लेगी; और हिस्सों के लिए दूसरी पंक्ति लिखें (या कुछ के "
                      "लिए कोई नहीं)",
        "no_own_wrong": "{detail} पंक्तियों में ग़लत जवाब के तौर पर सिर्फ़ दूसरे हिस्सों के शीर्षक हैं, जिन्हें प्रतिभागी केवल "
                        "विषय देखकर ही सही जवाब से अलग पहचान लेती है: कोष्ठक में, उद्धरण चिह्नों के अंदर, एक-दो ग़लत "
                        "जवाब ख़ुद लिखें (“s3 (s5, \"…\"): …”) — ऐसे कदम जो जल्दी-जल्दी पढ़ने वाली प्रतिभागी स्थिति "
                        "वाली महिला के लिए सुझा सकती है, पर लेख जिन्हें ग़लत ठहराता है, और उन्हें सही जवाब जैसे ही रूप "
                        "में लिखें (पहले न देखे गए लेखों के दो समूहों पर, यह जाने बिना कि कौन-सा सवाल किसका है, जजों ने "
                        "ख़ुद लिखे ग़लत जवाबों वाले सवाल 26 में से 24 और 29 में से 20 बार बेहतर माने)",
        "heading_keys": "जिन सवालों में ग़लत जवाब आपने ख़ुद लिखे हैं, उनमें सही जवाब हमेशा लेख का कोई शीर्षक होता है "
                        "और आपके लिखे जवाब कभी शीर्षक नहीं होते: जो प्रतिभागी सिर्फ़ शीर्षकों में से चुनता है, उसके "
                        "सही जवाब पकड़ने की संभावना तुक्के के मुक़ाबले {detail} गुना हो जाती है। इन सवालों में दिखने "
                        "वाले हिस्सों पर भी उसी रूप में लेबल लगाएँ जिस रूप में आपके ग़लत जवाब लिखे हैं (“s3 = …”), "
                        "ताकि ऐसा न हो कि सिर्फ़ सही जवाब और बाक़ी शीर्षक ही लेख के शब्दों में दिखें और आपके ग़लत "
                        "जवाब अलग से पहचान में आ जाएँ; जो हिस्से अभी बिना लेबल के दिख रहे हैं: {parts} (पहले न देखे "
                        "गए लेखों पर, हर हिस्से पर लेबल लगाने से सख़्त पाठकों की नज़र में अच्छे सवाल 144 में से 9 से "
                        "बढ़कर 22 हो गए)",
        "where_line": "{id} की स्थिति (पंक्ति {line})",
        "built": "सवाल {id} बना",
        "tells_key": "इसमें अपने ही शीर्षक के शब्द हैं (“{detail}”): पाठक लेख पढ़े बिना शब्द मिलाकर जवाब चुन लेगा; "
                     "दूसरे शब्दों में लिखें",
        "second_key": "लेख के दूसरे हिस्से भी इसके शब्दों की बात करते हैं (“{detail}”: अपने शीर्षक में, या अपने पाठ में "
                      "उतनी ही बार जितना इसका अपना हिस्सा), इसलिए वे गलत विकल्पों में नहीं रखे गए (पाठक उन्हें भी सही "
                      "ठहरा सकता है)",
        "chosen_second_key": "आपके चुने गलत विकल्पों में से “{detail}” को पाठक उसके लिए सही ठहरा सकता है (उसके शीर्षक या "
                             "पाठ में इसके शब्द उतने ही हैं जितने इसके अपने हिस्से में, या वह शुरुआत करने का तरीका बताता है, "
                             "जो हर स्थिति में काम आता है): कोई और चुनें, या पंक्ति में बताएँ कि वह उसकी बात क्यों नहीं",
        "cued_words": "लेख पढ़े बिना भी सही जवाब पहचाना जा सकता है ({detail}): स्थिति दूसरे शब्दों में लिखें",
        "aside": "उसकी स्थिति के लिए उद्धृत वाक्य इस हिस्से के अंदर अपने अलग नाम (“{detail}”) के नीचे है: अगर यह ऐसी "
                 "अलग बात है जिसकी बात शीर्षक नहीं करता, तो पाठक सवाल नामंज़ूर करते हैं (सही शीर्षक ख़ुद उसकी मदद नहीं "
                 "करता); देख लें कि शीर्षक उसके पल की बात करता है",
        "own_unruled": "लेख का कोई वाक्य आपके गलत विकल्प “{detail}” की बात नहीं करता, इसलिए उसकी प्रतिक्रिया सिर्फ़ सही "
                       "जवाब बता पाएगी; ऐसा गलत विकल्प जिसे लेख गलत ठहराता हो, सरसरी नज़र से पढ़ने वाले को लुभाता है और "
                       "ज़्यादा सिखाता है",
        "own_advised": "आपके गलत विकल्प से सबसे मिलता-जुलता लेख का वाक्य उसी की सलाह देता लगता है (“{detail}”): पाठक "
                       "उसे सही ठहरा सकता है; उसे ऐसा लिखें कि लेख के हिसाब से साफ़ गलत हो",
        "own_pairs_key": "आपका गलत विकल्प “{detail}” सही जवाब के ज़्यादातर शब्द दोहराता है, इसलिए वह सही जवाब का उल्टा "
                         "लगता है: जोड़ी देखकर प्रतिभागी इन्हीं दो में से चुनेगी; उसका उल्टा नहीं, कोई और कदम लिखें जो वह "
                         "उठा सकती है",
        "suggest_wrong": "लेख इन कदमों को गलत बताता है, जिन्हें सरसरी नज़र से पढ़ने वाला कोई उसके लिए उठा सकता है: "
                         "{detail}; इनमें से किसी को गलत विकल्प के रूप में दिखाने के लिए उसे id के बाद कोष्ठक में उद्धरण "
                         "चिह्नों में लिखें (“s3 (s5, \"…\"): …”), या author notebook के *Your own* बॉक्स में",
        "own_kind": "सही जवाब, “{detail}”, लेख के किसी हिस्से का नाम है (कोई फ़ायदा या विषय), कोई कदम नहीं, और आपके "
                    "गलत विकल्प उसके साथ “इनमें से कौन-सी बात सबसे ज़्यादा काम आएगी” के नीचे आते हैं: पाठकों ने ऐसे सवाल "
                    "दो तरह के विकल्प कहकर नामंज़ूर किए; अपने गलत विकल्प भी उसी तरह के नाम लिखें (ऐसा फ़ायदा जिसे लेख "
                    "उसकी स्थिति से नहीं जोड़ता), या उनकी जगह शीर्षक चुनें",
        "too_few": "गलत विकल्पों के लिए दो दूसरे शीर्षक नहीं मिले, इसलिए सवाल नहीं बना",
        "points": "यह किसी ऐसी चीज़ की ओर इशारा करती है जो इसमें लिखी नहीं (“इससे”, “वे”, “this”): उसका नाम लिखें",
        "script": "इसके विकल्प लेख के शीर्षक हैं, जो आपकी पंक्ति से अलग लिपि में हैं; उन्हें अपनी पंक्ति की भाषा में "
                  "दिखाने के लिए हर हिस्से का एक नाम दें: “{id} = …”",
    },
}

CUE_NAMES = {
    "en": {"longest": "the key is the longest option", "shortest": "the key is the shortest option",
           "odd_one_out": "the key is the odd one out", "convergence": "the key shares most words with the others",
           "stem_overlap": "the key repeats the situation's words", "negation": "only the wrong answers say “not”",
           "opposite_pair": "the key is one of an opposite pair"},
    "hi": {"longest": "सही जवाब सबसे लंबा है", "shortest": "सही जवाब सबसे छोटा है",
           "odd_one_out": "सही जवाब बाकियों से अलग दिखता है", "convergence": "सही जवाब में बाकियों के सबसे ज़्यादा शब्द हैं",
           "stem_overlap": "सही जवाब में स्थिति के शब्द हैं", "negation": "सिर्फ़ गलत जवाबों में ‘न/नहीं’ है",
           "opposite_pair": "सही जवाब एक उल्टी जोड़ी का हिस्सा है"},
}
