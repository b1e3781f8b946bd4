"""Which headed sections a bank leaves short (fewer than two questions or no scenario), and why.

No section is dropped silently: ``netquiz generate`` (and the author notebook) name every gap with its
reason, in the facilitator's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Bank, Section
from .blind import blind_hits, cue_strategies
from .claims import BULLETS, bullet_lines, known_words, leaning_claims, leaning_part
from .context import Candidate, Context, build_context
from .gates import gate_problems
from .links import general, harmful_result, specific, stems_of
from .listicle import benefit_headings
from .quality import CERTAIN, cue_problems
from .scenario import advised, benefit_article, scenario_candidates
from .tips import closing_heading, section_steps, warned

MIN_QUESTIONS = 2
SITUATION_KINDS = ("scenario", "interview")  # the kinds of question that put the reader in a situation
REASONS = {
    "en": {
        "list": "a bare list of examples: it states no step and no result to ask about",
        "closing": "the article's closing words: they sum up the sections before and add no step of their own",
        "no_claim": "netquiz could not read a step with a result tied to it here (it reads “If you …, …”, “X helps "
                    "you …”, a tip followed by “This gives you …” or “You will …”, and similar); the section may "
                    "well state one in words netquiz does not read yet",
        "leans": "its step or result names something only an earlier sentence says (\u201c{detail}\u201d): a "
                 "question that quotes only this claim would leave the reader asking what that is",
        "unintroduced": "its claim names \u201c{detail}\u201d, which the article's title or heading introduces "
                        "but a question's own words would not: the reader would ask which one",
        "few": "its claims were found, but for this goal only {detail} of the other sections' steps or results "
               "passed the checks a wrong answer must pass here (told in the question's form, standing alone, not "
               "serving this goal as well, not repeating the goal's words); two are needed (the same steps may "
               "serve as wrong answers for other goals)",
        "fillers": "its claims were found, but only {detail} wrong answer(s) came from the article; the rest would "
                   "be fillers from the common list, which a reader skips at sight",
        "clang": "scenario questions were built, but in each the key alone repeats a word of the goal "
                 "(\u201c{detail}\u201d), so a reader would match the word, not the article",
        "unread_leans": "netquiz found a step and its result in \u201c{detail}\u201d, but they name something only "
                        "another sentence says (a word like \u201cit\u201d, \u201cthe person\u201d, "
                        "\u201cइससे\u201d), so a question that shows only them would not stand alone",
        "unread_step": "netquiz found a result in \u201c{detail}\u201d, but not the step it comes of: the sentence "
                       "before it is no instruction netquiz can tell on its own, and the heading is no step",
        "unread": "netquiz read a step and a result in \u201c{detail}\u201d, but could not tell them as a goal she "
                  "wishes for and a step she takes (a general statement, a harm, or words that need the sentence "
                  "around them)",
        "unread_shape": "\u201c{detail}\u201d ties a result to a step in words netquiz does not read yet",
        "no_result": "it says what to do, but netquiz read no sentence here that ties a result to that step (it "
                     "reads \u201cThis gives you …\u201d, \u201cइससे …\u201d, \u201cYou will …\u201d and similar); the "
                     "section may give its reason in a shape netquiz does not read yet",
        "no_options": "its claim was read, but netquiz found only {detail} step(s) or result(s) of other sections "
                      "that it could tell in the question's form and that stand alone as wrong answers (two are "
                      "needed; a filler from the common list would give the key away)",
        "warning": "netquiz read only a warning here (\u201c{detail}\u201d), and a warning's result is no goal to "
                   "want and its step no answer to recommend; a step the section advises instead, if it gives one, "
                   "was not read as such",
        "unlike": "netquiz read its claims but could not tell any as a question that stands alone: it could not "
                  "put the result as one she would wish for in those words (a general claim, a comparison, someone "
                  "else's gain), or the step on its own",
        "gated": "scenario questions were built and passed the checks here, but none was kept: each repeated a "
                 "wrong answer, a sentence or a situation that the bank's other questions already use",
        "gated_cue": "scenario questions were built, but in each a reader could find the key without the article "
                     "({detail}), so the generator left them out",
        "gated_wording": "scenario questions were built, but each failed a check of its wording (an option of "
                         "another length or form, a word that points outside the question, or the key's words in "
                         "the stem), so the generator left them out",
        "cue_longest": "the key is the longest option",
        "cue_shortest": "the key is the shortest option",
        "cue_negation": "the key alone differs by a negation",
        "cue_opposite_pair": "two options are opposites and the key is one of them",
        "cue_stem_overlap": "the key repeats the stem's words",
        "cue_odd_one_out": "the key alone is worded differently",
        "cue_convergence": "the key shares the most words with the other options",
        "cue_common_sense": "the key alone is about what the stem is about (money, time, customers …), so common "
                            "sense finds it",
        "dont": "a \u201cdon't\u201d section: what it warns against is no step to recommend, and netquiz could not "
                "read a step it advises instead told with a result of its own, nor what goes wrong for one who does "
                "it (\u201cइससे …\u201d, \u201cAs a result, …\u201d before the remedy) told so that no other "
                "tip's words give it away; the warned step serves as a wrong answer in other sections' questions",
        "one_question": "it has its scenario question, but no second question passed the checks (a blank, a true or "
                        "false statement or a \u201cwhich part says this\u201d of one of its sentences that the bank "
                        "does not already ask)",
        "topic": "its heading names a benefit the article's topic itself brings, so a \u201cwhat should she do\u201d "
                 "question would have the topic as every option; and netquiz could not retell a sentence here as a "
                 "moment in which this benefit has come true (for a \u201cwhich benefit\u201d question)",
        "which_benefit": "its situation question is a \u201cwhich benefit\u201d one (a persona for whom this benefit "
                         "has come true); a \u201cwhat should she do\u201d question would have the article's topic as "
                         "every option, since each section names something the topic brings",
        "intro": "no question was drawn from it: it sets out the topic, and the questions come from the sections "
                 "after it",
        "intro_belief": "it states a belief the article argues against, but no question could be built on it that "
                        "stands alone (a friend's belief and the article's answer)",
        "intro_name": "Introduction",
        "gap": "{id} ‘{title}’: {questions} question(s), {scenarios} scenario: {reason}",
        "hint": "; to write one by hand, start from: “{sentence}”",
        "situations": "or give such a section a situation of your own: --situations FILE, one line each, "
                      "“{id}: Meena …” (the README's “Your own situations”)",
    },
    "hi": {
        "list": "यह सिर्फ उदाहरणों की सूची है: इसमें न कोई कदम है, न कोई नतीजा जिस पर सवाल बने",
        "closing": "यह लेख के आख़िरी शब्द हैं: पिछले हिस्सों का सार, कोई अपना कदम नहीं",
        "no_claim": "netquiz इसमें ऐसा कोई कदम नहीं पढ़ पाया जिससे कोई नतीजा जुड़ा हो (वह “अगर आप …, तो …”, “X से …”, "
                    "किसी सलाह के बाद “इससे …” जैसे ढंग पढ़ता है); हो सकता है यह हिस्सा अपनी बात ऐसे शब्दों में कहता हो "
                    "जिन्हें netquiz अभी नहीं पढ़ पाता",
        "leans": "इसका कदम या नतीजा किसी ऐसी चीज़ का ज़िक्र करता है जो पिछले किसी वाक्य में बताई गई है "
                 "(“{detail}”): सिर्फ़ इसी बात से बने सवाल में पढ़ने वाला पूछेगा कि वह क्या है",
        "unintroduced": "इसकी बात “{detail}” का ज़िक्र करती है, जिसे लेख का शीर्षक या हिस्से का शीर्षक बताता है, "
                        "सवाल के अपने शब्द नहीं: पढ़ने वाला पूछेगा कि कौन-सा",
        "few": "इसकी बात तो मिली, पर इस लक्ष्य के लिए दूसरे हिस्सों के सिर्फ़ {detail} कदम या नतीजे उन जाँचों में पास हुए "
               "जो यहाँ गलत विकल्प के लिए ज़रूरी हैं (सवाल की बनावट में कहे जा सकें, अकेले समझ आएँ, इस लक्ष्य को भी पूरा "
               "न करें, लक्ष्य के शब्द न दोहराएँ); दो चाहिए (यही कदम दूसरे लक्ष्यों के लिए गलत विकल्प बन सकते हैं)",
        "fillers": "इसकी बात तो मिली, पर लेख से सिर्फ़ {detail} गलत विकल्प मिले; बाकी आम सूची से आते, जिन्हें "
                   "पढ़ने वाला देखते ही छोड़ देता",
        "clang": "परिदृश्य सवाल बने, पर हर एक में सिर्फ़ सही जवाब लक्ष्य का एक शब्द (“{detail}”) दोहराता है, "
                 "इसलिए पढ़ने वाला लेख के बजाय शब्द मिलाकर जवाब पा लेता",
        "unread_leans": "netquiz को “{detail}” में एक कदम और उसका नतीजा मिला, पर वे किसी ऐसी चीज़ का ज़िक्र करते हैं "
                        "जो किसी दूसरे वाक्य में बताई गई है (“इससे”, “यह”, “it” जैसे शब्द), इसलिए सिर्फ़ उन्हीं से बना "
                        "सवाल अपने-आप में पूरा नहीं होता",
        "unread_step": "netquiz को “{detail}” में एक नतीजा मिला, पर वह कदम नहीं जिससे यह आता है: इससे पहले का वाक्य "
                       "ऐसी सलाह नहीं जिसे netquiz अकेले कह सके, और शीर्षक कोई कदम नहीं",
        "unread": "netquiz को “{detail}” में एक कदम और उसका नतीजा मिला, पर वह उन्हें ऐसे लक्ष्य और कदम के रूप में नहीं "
                  "कह सका जिसे कोई चाहे और उठाए (कोई आम बात, कोई नुकसान, या ऐसे शब्द जिन्हें आसपास के वाक्य चाहिए)",
        "unread_shape": "“{detail}” किसी कदम से नतीजा ऐसे शब्दों में जोड़ता है जिन्हें netquiz अभी नहीं पढ़ पाता",
        "no_result": "यह बताता है कि क्या करें, पर netquiz को इसमें ऐसा वाक्य नहीं मिला जो उस कदम से कोई नतीजा जोड़े "
                     "(वह \u201cइससे …\u201d, \u201cThis gives you …\u201d जैसे वाक्य पढ़ता है); हो सकता है वजह ऐसे ढंग "
                     "से कही गई हो जिसे netquiz अभी नहीं पढ़ पाता",
        "no_options": "इसकी बात तो पढ़ी गई, पर दूसरे हिस्सों के सिर्फ़ {detail} कदम या नतीजे netquiz सवाल की बनावट में "
                      "कह सका जो अकेले गलत विकल्प बन सकें (कम से कम दो चाहिए; आम सूची का कोई विकल्प सही जवाब की "
                      "पहचान करा देता)",
        "warning": "netquiz को इसमें सिर्फ़ एक चेतावनी पढ़ने में आई (“{detail}”): चेतावनी का नतीजा कोई चाहता नहीं, "
                   "और उसका कदम सुझाने लायक जवाब नहीं; हिस्सा इसकी जगह कोई कदम सुझाता हो, तो netquiz उसे उस रूप में "
                   "नहीं पढ़ पाया",
        "unlike": "netquiz ने इसकी बात पढ़ी, पर उससे ऐसा सवाल नहीं बना पाया जो अपने-आप में पूरा हो: वह इसका नतीजा "
                  "ऐसे नहीं कह सका जिसे वह इन्हीं शब्दों में चाहे (कोई आम बात, कोई तुलना, किसी और का फ़ायदा), या "
                  "इसका कदम अकेले नहीं कह सका",
        "gated": "परिदृश्य सवाल बने और यहाँ की जाँचों में पास भी हुए, पर कोई रखा नहीं गया: हर एक में वही गलत विकल्प, "
                 "वाक्य या स्थिति थी जो बैंक के दूसरे सवाल पहले से इस्तेमाल करते हैं",
        "gated_cue": "परिदृश्य सवाल बने, पर हर एक में लेख पढ़े बिना सही जवाब पहचाना जा सकता था ({detail}), इसलिए वे "
                     "छोड़ दिए गए",
        "gated_wording": "परिदृश्य सवाल बने, पर हर एक भाषा की किसी जाँच में रुक गया (कोई विकल्प लंबाई या बनावट में अलग, "
                         "कोई शब्द जो सवाल से बाहर की बात की ओर इशारा करे, या सही जवाब के शब्द सवाल में ही), इसलिए वे "
                         "छोड़ दिए गए",
        "cue_longest": "सही जवाब सबसे लंबा विकल्प है",
        "cue_shortest": "सही जवाब सबसे छोटा विकल्प है",
        "cue_negation": "सिर्फ़ सही जवाब में नकार का फ़र्क है",
        "cue_opposite_pair": "दो विकल्प एक-दूसरे के उलट हैं और सही जवाब उन्हीं में से एक है",
        "cue_stem_overlap": "सही जवाब सवाल के ही शब्द दोहराता है",
        "cue_odd_one_out": "सिर्फ़ सही जवाब की बनावट बाकी विकल्पों से अलग है",
        "cue_convergence": "सही जवाब में बाकी विकल्पों के सबसे ज़्यादा शब्द हैं",
        "cue_common_sense": "सिर्फ़ सही जवाब उसी बात (पैसा, समय, ग्राहक …) का है जिसकी बात सवाल करता है, इसलिए आम "
                            "समझ से मिल जाता है",
        "dont": "यह “न करें” वाला हिस्सा है: जिससे यह सावधान करता है वह सुझाने लायक कदम नहीं, और netquiz इसकी जगह "
                "सुझाया कोई कदम अपने नतीजे के साथ नहीं पढ़ पाया, न ही यह कि ऐसा करने वाले के साथ क्या गड़बड़ होती है "
                "(उपाय से पहले “इससे …”, “नतीजा यह होता है कि …”) इस तरह कि किसी दूसरी सलाह के शब्द उसे न बता दें; "
                "सावधानी वाला कदम दूसरे हिस्सों के सवालों में गलत विकल्प बनता है",
        "one_question": "इसका परिदृश्य सवाल बना, पर दूसरा कोई सवाल (खाली जगह, सही/गलत या “किस हिस्से की बात”) जाँच में "
                        "पास नहीं हुआ",
        "topic": "इसका शीर्षक लेख के विषय का ही एक फ़ायदा बताता है, इसलिए “उसे क्या करना चाहिए” वाले सवाल में हर "
                 "विकल्प वही विषय होता; और netquiz इसके किसी वाक्य को ऐसी स्थिति के रूप में नहीं कह पाया जिसमें यह "
                 "फ़ायदा मिल चुका हो (“कौन-सा फ़ायदा” वाले सवाल के लिए)",
        "which_benefit": "इसका स्थिति वाला सवाल “कौन-सा फ़ायदा” वाला है (एक महिला, जिसे यह फ़ायदा मिल चुका है); "
                         "“उसे क्या करना चाहिए” वाले सवाल में हर विकल्प लेख का विषय ही होता, क्योंकि हर हिस्सा वही "
                         "बताता है जो यह विषय देता है",
        "intro": "इससे कोई सवाल नहीं बना: यह विषय से परिचय कराता है, और सवाल इसके बाद के हिस्सों से बने हैं",
        "intro_belief": "यह एक ऐसी धारणा बताता है जिसके ख़िलाफ़ लेख तर्क देता है, पर उस पर ऐसा सवाल नहीं बन सका जो "
                        "अपने-आप में पूरा हो (सहेली की धारणा और लेख का जवाब)",
        "intro_name": "परिचय",
        "gap": "{id} ‘{title}’: {questions} सवाल, {scenarios} परिदृश्य: {reason}",
        "hint": "; हाथ से सवाल लिखना हो तो इस वाक्य से शुरू करें: “{sentence}”",
        "situations": "या ऐसे हिस्से के लिए अपनी एक स्थिति लिखें: --situations FILE, हर पंक्ति में एक, "
                      "“{id}: मीना …” (README में “Your own situations”)",
    },
}


@dataclass(frozen=True)
class Gap:
    """A headed section the bank covers short of the bar, with the reason's key (see :data:`REASONS`)."""

    section: Section
    questions: int
    scenarios: int
    reason: str
    detail: str = ""  # the words a "leans" reason quotes
    hint: str = ""  # the section's sentence a question written by hand could start from

    def message(self, lang: str) -> str:
        """One line for the facilitator, in ``lang`` (English when the language has no table)."""
        words = REASONS.get(lang, REASONS["en"])
        told = words["gap"].format(id=self.section.id, title=self.section.title or words["intro_name"],
                                   questions=self.questions,
                                   scenarios=self.scenarios, reason=words[self.reason].format(detail=self._told(words)))
        return told + (words["hint"].format(sentence=self.hint) if self.hint else "")

    def _told(self, words: dict[str, str]) -> str:
        """The detail in the facilitator's words: a "gated_cue" reason's cues by name, any other as quoted."""
        if self.reason != "gated_cue":
            return self.detail
        return "; ".join(words[f"cue_{name}"] for name in self.detail.split(",") if f"cue_{name}" in words)


def coverage_gaps(bank: Bank) -> list[Gap]:
    """Every headed section with fewer than two questions or no scenario question, with its reason."""
    ctx = None
    gaps = []
    for section in bank.article.headed_sections:
        mine = [q for q in bank.questions if q.section == section.id]
        scenarios = sum(q.kind in SITUATION_KINDS for q in mine)  # (an interview item is a situation question too:
        # round 39's readers found "0 scenario" beside a section whose interview question the bank holds)
        if len(mine) >= MIN_QUESTIONS and scenarios:
            continue
        ctx = ctx or build_context(bank.article, 0, bank.voice or "feminine")
        shown = any(q.kind == "benefit" for q in mine)  # (a "which benefit" question is its situation question)
        reason = "one_question" if scenarios else "which_benefit" if shown and len(mine) >= MIN_QUESTIONS \
            else _reason(ctx, section)  # (its scenario is there: the reasons below say why a scenario is missing)
        hint = _hint(ctx, section) if reason not in ("closing", "one_question", "which_benefit") \
            and not reason.startswith("unread") else ""  # (an "unread" reason quotes its sentence already)
        gaps.append(Gap(section, len(mine), scenarios, reason, _detail(ctx, section, reason), hint))
    return gaps


def intro_gap(bank: Bank) -> Gap | None:
    """The article's untitled introduction when no question was drawn from it, with its reason: it states a
    belief the article argues against (a belief check was wanted), or it only sets out the topic. Not a headed
    section (the bar is theirs), but no part of the article goes unmentioned."""
    intro = bank.article.sections[0] if bank.article.sections else None
    if intro is None or intro.title or not intro.sentences or any(q.section == intro.id for q in bank.questions):
        return None
    ctx = build_context(bank.article, 0, bank.voice or "feminine")
    beliefs = [s for s in intro.sentences if ctx.lang.common_belief(s) or ctx.story.denied_claim(s)]
    return Gap(intro, 0, 0, "intro_belief" if beliefs else "intro", hint=beliefs[0] if beliefs else "")


HINT_WORDS = 8  # a sentence of fewer words says too little to build a question on


def _hint(ctx: Context, section: Section) -> str:
    """The sentence a facilitator could build the missing question on: a belief the section corrects or a claim
    it denies (a belief check), else the first sentence a claim was read from (an application), else its first
    instruction, else its first sentence of some length; none that is a list item or the article's closing words."""
    listed = bullet_lines(section)
    sentences = [s for s in section.sentences if s not in ctx.closing and not s.rstrip().endswith((":", ","))
                 and not any(s in line or line in s for line in listed if line)]
    claimed = {r.causal.sentence for r in ctx.readings[section.id]}
    for found in ([s for s in sentences if ctx.lang.common_belief(s) or ctx.story.denied_claim(s)],
                  [s for s in sentences if s in claimed],
                  [s for s in sentences if ctx.lang.advice(s)],
                  [s for s in sentences if len(s.split()) >= HINT_WORDS]):
        if found:
            return found[0]
    return ""


def _detail(ctx: Context, section: Section, reason: str) -> str:
    """What a reason quotes or counts: the words that lean, the usable wrong answers, the warned step."""
    if reason == "leans":  # (a scenario key refused for it names itself; else the section's leaning claim)
        return _refused_detail(ctx, section, reason) or _leaning(ctx, section)
    if reason == "no_options":
        return str(_usable_others(ctx, section))
    if reason.startswith("unread"):
        return _short(_unread(ctx, section)[1], UNREAD_WORDS)
    if reason in ("few", "fillers", "clang", "unintroduced"):
        return _refused_detail(ctx, section, reason)
    if reason == "warning":
        return _short(ctx.readings[section.id][0].causal.cause)
    if reason == "gated_cue":
        return _gated(ctx, scenario_candidates(ctx, section.id))[1]
    return ""


def _gated(ctx: Context, built: list[Candidate]) -> tuple[str, str]:
    """Why none of the section's built scenario questions was kept, with the cues that told the best one's key:
    "gated_cue" when each gives its key away to a blind strategy, "gated_wording" when each fails another gate,
    else "gated" (each passed here, so it repeated what the bank's other questions use: a stock answer that
    served its turns, a sentence or a situation asked already)."""
    key = ("gated", built[0].question.section) if built else ("gated", "")
    if key not in ctx.memo:
        ctx.memo[key] = _gated_verdict(ctx, built)
    gated: tuple[str, str] = ctx.memo[key]
    return gated


def _gated_verdict(ctx: Context, built: list[Candidate]) -> tuple[str, str]:
    lang = ctx.article.lang
    verdicts = [(c, cue_strategies(c.question, lang), gate_problems(ctx, c.question)) for c in built]
    if all(cues or cue_problems(c.question, lang) for c, cues, _ in verdicts):
        best = max(verdicts, key=lambda v: v[0].score)
        return "gated_cue", ",".join(best[1] or [name for name, hit in blind_hits(best[0].question, lang).items()
                                                 if hit >= CERTAIN])
    if all(cues or problems for _, cues, problems in verdicts):
        return "gated_wording", ""
    return "gated", ""


def _refused_detail(ctx: Context, section: Section, reason: str) -> str:
    """The detail of the commonest refusal of ``reason`` among the section's scenario questions ("" if none)."""
    refused = ctx.memo.get(("refused", section.id))
    return next((detail for (why, detail), _ in refused.most_common() if why == reason), "") if refused else ""


def _usable_others(ctx: Context, section: Section) -> int:
    """How many claims of other sections could serve as wrong answers (concrete, advised, no loss)."""
    return sum(1 for other in ctx.article.sections if other.id != section.id for r in ctx.readings[other.id]
               if specific(ctx, r) and advised(ctx, r) and not harmful_result(ctx, r)
               and (ctx.lang.outcome(r.causal, "X") or ctx.lang.action(r.causal)))  # (told in the question's form)


def _leaning(ctx: Context, section: Section) -> str:
    """The first claim of the section that leans on a sentence outside it, as the article words it."""
    title = ctx.known_title
    reading = leaning_claims(ctx.language, section, title)[0]
    return _short(leaning_part(ctx.language, reading, section, title) or "")


def _short(text: str, most: int = 12) -> str:
    words = text.split()
    return " ".join(words[:most]) + (" …" if len(words) > most else "")


UNREAD_WORDS = 20  # (the sentence a reason quotes: enough to find it in the section)


def _unread(ctx: Context, section: Section) -> tuple[str, str]:
    """(reason, sentence) for the sentence of the section that ties a result to a step although no claim was kept
    from it: it leans on another sentence, its result points back to no step netquiz can tell, its claim could not
    be told as a goal and a step, or it says so in words netquiz does not read (a ``result_markers`` word);
    ("", "") when there is none (readers judged "netquiz read no step with a result here" unfair where the section
    says "That way …": the reason names the sentence and what stopped netquiz). Of several, the one that names
    most of the heading's words, then one that joins its result in a clause ("…, जिससे …"), then the first: the
    section's main claim, not a side remark (reading131 office s5 quoted "… सभी को इससे आसानी होती है" beside the
    claim it missed)."""
    key = ("unread", section.id)  # (asked for the reason, then for its detail)
    if key not in ctx.memo:
        kept = {r.causal.sentence for r in ctx.readings[section.id]}
        known = known_words(ctx.known_title, section.title or "")
        heading = stems_of(ctx, section.title or "")
        found = [(why, sentence) for sentence in section.sentences if sentence not in ctx.closing
                 and sentence not in kept and (why := _why_unread(ctx, sentence, known))]
        joined = ctx.language.lexicon.any_word("subordinators")  # ("…, जिससे …": a step and its result in one
        ctx.memo[key] = max(found, key=lambda item: (len(stems_of(ctx, item[1]) & heading),  # sentence)
                                                     bool(joined.search(item[1])))) if found else ("", "")
        # (max keeps the first of a tie)
    found_one: tuple[str, str] = ctx.memo[key]
    return found_one


def _why_unread(ctx: Context, sentence: str, known: frozenset[str]) -> str:
    """Why no claim was kept from a sentence that ties a result to a step ("" when it ties none)."""
    linked = ctx.lang.linked_effect(sentence) or ctx.lang.promised_effect(sentence)
    causal = ctx.lang.find_causal(sentence)
    parts = [linked] if linked else [part for c in causal for part in (c.cause, c.effect)]
    if any(ctx.story.leans_on_context(part, known) for part in parts):
        return "unread_leans"
    if linked:
        return "unread_step"
    if causal:
        return "unread"
    return "unread_shape" if ctx.language.lexicon.any_word("result_markers").search(sentence) else ""


def _reason(ctx: Context, section: Section) -> str:
    """Why the section has no scenario: no claim read in it (a list, a "don't", nothing), only the topic's own
    benefit, no question built (too few wrong answers), or every built question failed a gate."""
    readings = ctx.readings[section.id]
    if closing_heading(ctx, section):
        return "closing"
    if not readings and leaning_claims(ctx.language, section, ctx.known_title):
        return "leans"
    if not readings and not section_steps(ctx, section):
        if section.title and warned(ctx, section.title) is not None:
            return "dont"
        if benefit_article(ctx) and section in benefit_headings(ctx) and not _is_list(section) \
                and ctx.topic and ctx.topic in section.text.lower():
            return "topic"  # "बेहतर नींद" under a detox article: what the topic itself brings, no step of its own
        return "list" if _is_list(section) else _unread(ctx, section)[0] or "no_claim"
    built = scenario_candidates(ctx, section.id)
    if built:
        return _gated(ctx, built)[0]  # built, but none passed the gates, the blind check or the once-a-bank rule
    refused = ctx.memo.get(("refused", section.id))
    if refused:
        return str(refused.most_common(1)[0][0][0])  # the commonest reason its questions were not built
    if section.title and warned(ctx, section.title) is not None:
        return "dont"
    if readings and not any(advised(ctx, r) for r in readings):
        return "warning"
    if readings and all(general(ctx, r) or r.causal.cause_kind == "noun" for r in readings):
        return "topic"
    if not readings:
        return _unread(ctx, section)[0] or "no_result"  # (a step in its heading or body, but no result tied to
        # it: nothing to ask "what follows?" about, and "which step?" needs a goal)
    return "no_options" if _usable_others(ctx, section) < 2 else "unlike"


def _is_list(section: Section) -> bool:
    """True when most of the section's lines are bullets or short verbless items."""
    lines = [line for line in section.text.split("\n") if line.strip()]
    bullets = sum(line.lstrip().startswith(BULLETS) for line in lines)
    return bool(lines) and bullets * 2 >= len(lines)
