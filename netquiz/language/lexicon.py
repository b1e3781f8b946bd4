"""A language's word lists: what the generator reads results and steps by, as data (``words/<code>.json``).

Problems whose absence is a benefit ("बहस", "traffic"), bad things that may shrink ("तनाव", "stress"), harms,
verbs of change, markers of a reported belief, hedges, slips ("भूल", "forget"), obligations ("… भरना पड़ता
है") and words of one meaning. A third language is a new file here, no code; a file may name others it takes
in too (``"also": ["en"]``: Hindi articles carry English words).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..errors import NetquizError
from ..text import compile_nfc

WORDS_DIR = Path(__file__).resolve().parent / "words"
LISTS = ("problems", "bad_things", "harm_words", "change_verbs", "growth_words", "better_words", "result_markers",
         "belief_markers", "hedges", "failing", "obligations", "surnames", "closing_headings", "leaning_words",
         "count_words", "list_nouns", "joining_words", "condition_words", "subordinators", "determiners",
         "auxiliaries", "third_persons", "contrast_openers", "correction_openers", "subjunctive_ends", "meta_phrases",
         "belief_pointers", "every_words", "time_nouns", "given_names", "being_there", "how_headings", "seeming",
         "clause_joiners", "reporting", "pointing_words", "relative_words", "remainder_words", "not_nouns",
         "ne_nouns", "na_nouns", "places", "step_negations", "loss_words", "quote_pointers", "quote_openers",
         "reminders", "move_pointers", "additive_openers", "most_of_them", "statement_ends", "consequence_openers",
         "demonstratives", "object_markers", "states_not_setting_in", "no_difference",
         "while_openers", "while_ends", "question_words", "doing_pointers", "vague_steps",
         "gerund_endings", "infinitive_endings", "common_stems", "label_openers", "asking_nouns", "asking_verbs",
         "why_words", "trouble_openers", "trouble_words", "concession_openers", "generic_openers", "still_openers",
         "risk_words", "instead_words", "compared_words", "slip_pointers", "turn_words", "method_question_words",
         "permission_words", "pro_forms", "then_words", "condition_openers", "that_words", "knowing_words",
         "instead_openers", "number_names", "onset_words", "person_nouns", "all_or_most", "same_words", "if_words",
         "done_frames", "told_past", "feature_words", "moment_openers", "moment_endings", "persona_pronouns",
         "result_openers", "lingering", "weighing_words", "hedging_words", "also_words", "because_words",
         "list_joiners", "waste_words", "catching_words", "in_time_words", "back_pronouns",
         "back_pronoun_antecedents", "cause_fusers", "first_person", "other_women", "cost_words", "weak_echoes",
         "sample_labels", "warned_answer_openers", "weak_answer_labels", "otherwise_words", "thing_pointers",
         "onset_after_words", "naming_words", "either_words", "participle_ends", "by_doing_marks", "step_pointers",
         "clause_openers", "root_ends_not", "sequel_words", "proper_words", "grant_words", "upon_marks",
         "example_leads", "conclusion_openers",
         "harm_leads", "harm_namers", "harm_openers", "harm_wills", "thanks_words", "postpositions", "peer_nouns",
         "at_least_words", "harm_subjects", "burden_nouns", "burden_absent", "excess_words", "come_true_harms")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language (with those it takes in)."""

    problems: tuple[str, ...] = ()
    bad_things: tuple[str, ...] = ()
    harm_words: tuple[str, ...] = ()
    change_verbs: tuple[str, ...] = ()
    growth_words: tuple[str, ...] = ()  # "acidity बढ़ती है", "stress grows": a bad thing that grows is a harm
    if_words: tuple[str, ...] = ()  # "अगर", "if": a condition proper (not "when", a time)
    done_frames: tuple[str, ...] = ()  # "has started", "शुरू किया है": a title frame that says she has begun
    told_past: tuple[str, ...] = ()  # "दिया", "था": a last word that tells what happened once (a story's)
    persona_pronouns: tuple[str, ...] = ()  # "she", "her", "उसने": the persona told of in a story of her own
    lingering: tuple[str, ...] = ()  # "stays with you", "बनी रहती है": a bad thing that stays (a few words after it)
    list_joiners: tuple[str, ...] = ()  # "और", "and": the word before a list's last item ("bread, milk and curd")
    because_words: tuple[str, ...] = ()  # "because", "क्योंकि": a reason clause after a result (cut from a shown one)
    also_words: tuple[str, ...] = ()  # "भी", "also": a result told as one more, of something the sentence before named
    catching_words: tuple[str, ...] = ()  # "you catch …", "पकड़ लेती": with one of ``in_time_words`` ("early",
    # "समय रहते"), a bad thing found in time, a benefit
    in_time_words: tuple[str, ...] = ()
    waste_words: tuple[str, ...] = ()  # "घंटे निकल जाते हैं", "smells sour": time lost or goods spoilt, a harm whatever
    hedging_words: tuple[str, ...] = ()  # "ज़्यादातर मामलों में", "rarely": a correction that holds for most cases only
    weighing_words: tuple[str, ...] = ()  # "ध्यान", "मायने", "weigh": a comparison of what counts more, which a friend's
    # advice may get wrong (not "guests value a local host more than a hotel lobby": nobody advises a lobby)
    result_openers: tuple[str, ...] = ()  # "इससे", "This way": a result told after the thing it points back to
    moment_endings: tuple[str, ...] = ()  # "आवेदन से पहले": a heading that names a time, no benefit
    moment_openers: tuple[str, ...] = ()  # "The first", "Day one", "पहला": a heading that names a moment, no benefit
    feature_words: tuple[str, ...] = ()  # "आने", "होने", "Having": a cause that comes with the topic (the money
    # arriving, the shift being fixed), no step she takes; in a benefit article no "what should she do" question
    all_or_most: tuple[str, ...] = ()  # "ज़्यादातर", "any", "सिर्फ": a belief about most, all or only ("partly right"
    # contradicts it)
    same_words: tuple[str, ...] = ()  # "उसी", "same": the same one as named before (no cloze blank after it)
    cost_words: tuple[str, ...] = ()  # "Premium", "rent": what one pays, so less of it ("कम पड़ता") is a gain
    weak_echoes: tuple[str, ...] = ()  # "नया", "every": a word the stem and key share that gives nothing away
    sample_labels: tuple[str, ...] = ()  # "Sample answer": the label of an interview answer an article offers
    warned_answer_openers: tuple[str, ...] = ()  # "Don't say": before an answer in quotes the article warns against
    weak_answer_labels: tuple[str, ...] = ()  # "Weak answers to avoid:": every answer quoted after it in its paragraph
    otherwise_words: tuple[str, ...] = ()  # "वरना", "otherwise": the harm of a warned move follows
    harm_leads: tuple[str, ...] = ()  # "इससे", "As a result,": in a "don't" section before its remedy, what goes
    # wrong with the warned move follows
    peer_nouns: tuple[str, ...] = ()  # "women", "tailors": those who do what she does ("Many tailors …"), not
    # institutions or customers, whose ways are no move of hers
    at_least_words: tuple[str, ...] = ()  # "कम से कम", "at least": no less of anything
    postpositions: tuple[str, ...] = ()  # "से", "का": after a noun, it is no subject ("खर्च से पहले")
    thanks_words: tuple[str, ...] = ()  # "की बदौलत", "thanks to": a result credited to a means, a benefit
    harm_namers: tuple[str, ...] = ()  # "का नुकसान यह है कि", "The downside is that": a harm named as such
    harm_wills: tuple[str, ...] = ()  # "will": after a "don't" section's remedy, "A stalled engine will leave you …"
    burden_nouns: tuple[str, ...] = ()  # "झंझट", "नौबत": a burden whose "… नहीं रहती" is a benefit come true
    burden_absent: tuple[str, ...] = ()  # "नहीं रहती", "नहीं आती": what a burden noun's absence is told with
    excess_words: tuple[str, ...] = ()  # "बहुत ज़्यादा", "too much": a step overdone, whose result is a harm
    come_true_harms: tuple[str, ...] = ()  # "गलकर", "बहस हुई": a trouble told as come true, never a benefit's moment
    harm_subjects: tuple[str, ...] = ()  # "A", "The": a thing that does harm now, before the remedy ("A cold baby
    # stays awake, cries and refuses to settle, so …"), told as the article says it
    # foretells what the warned move brings
    harm_openers: tuple[str, ...] = ()  # "You will end up": before a "don't" section's remedy, a sentence that opens so
    # tells, whole, what comes to the reader of the warned move
    thing_pointers: tuple[str, ...] = ()  # "her", "अपनी": before a noun, a thing of hers the reader should know
    naming_words: tuple[str, ...] = ()  # "कहते हैं", "is called": what a thing is called is no result
    clause_openers: tuple[str, ...] = ()  # "when", "if": a sentence that opens on one has its subject further on
    upon_marks: tuple[str, ...] = ()  # "पर": what ends a cause told as a moment ("भार पड़ने पर …": when, no doing)
    grant_words: tuple[str, ...] = ()  # "तो": a result granted before a "but" that denies what matters
    proper_words: tuple[str, ...] = ()  # "Google", "Monday": a name a heading's sentence case keeps capitalised
    sequel_words: tuple[str, ...] = ()  # "then", "फिर": a sentence that goes on from the one before it
    root_ends_not: tuple[str, ...] = ()  # "्": no verb root ends so ("चक्कर", a noun, not a participle)
    step_pointers: tuple[str, ...] = ()  # "इससे", "it": what points back to the step a sentence just named
    by_doing_marks: tuple[str, ...] = ()  # "से": what ends a cause told as a doing ("… करने से")
    participle_ends: tuple[str, ...] = ()  # "कर": a result that opens on a participle ("खरीदकर …") took the cause's "से"
    either_words: tuple[str, ...] = ()  # "या तो", "either": a result that opens on one is one of two, no result alone
    onset_after_words: tuple[str, ...] = ()  # "हो सकती है": a bad thing's onset only right after it ("बीमारी हो …")
    example_leads: tuple[str, ...] = ()  # "such as", "जैसे": a lead into a list of examples ("…, जैसे:")
    conclusion_openers: tuple[str, ...] = ()  # "That is why": a last sentence that says why (a sample answer)
    other_women: tuple[str, ...] = ()  # "member", "customer": a woman the reader serves, whom "she" may point to
    person_nouns: tuple[str, ...] = ()  # "florist", "candidate": someone (no "it"; those who take a step, in plural)
    onset_words: tuple[str, ...] = ()  # "खिंचाव आता है": a bad thing that sets in, unless told as less of it
    better_words: tuple[str, ...] = ()  # a result that makes something better ("बेहतर", "easier"): no loss
    # Words that tie a result to a step ("इससे", "because", "that way"): a section that has one and no claim read
    # is named with that sentence (generate/coverage.py)
    result_markers: tuple[str, ...] = ()
    belief_markers: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    failing: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()  # "advance tax भरना पड़ सकता है", "you have to …": a burden, no benefit
    given_names: tuple[str, ...] = ()  # "रुचि", "नंदिनी": a woman the article tells of (generate/story.py)
    surnames: tuple[str, ...] = ()  # "खान", "Nair": the word before one is a name, which no cloze blanks
    closing_headings: tuple[str, ...] = ()  # "निष्कर्ष", "The bottom line": the article's closing words
    # How an instruction is told of the persona (generate/practice.py): words that lean on the sentence before
    # ("it", "भी"), a count and a noun that announce a list ("तीन बातें", "three things"), words a clause may not end
    # on ("and"), conditions ("तो"), what opens a clause of its own ("so that", "जिससे"), the determiners that go
    # on with a list after a comma, and words no stem may share with a key ("लें", "हर")
    leaning_words: tuple[str, ...] = ()
    count_words: tuple[str, ...] = ()
    list_nouns: tuple[str, ...] = ()
    joining_words: tuple[str, ...] = ()
    condition_words: tuple[str, ...] = ()
    subordinators: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()
    third_persons: tuple[str, ...] = ()  # "they", "उन्हें": whose, in a friend's words told alone?
    # How the article corrects a belief it names (generate/myth.py): the word that turns from the belief to the
    # correction in one sentence ("पर", "but"), and what may open the correction's own sentence ("Actually,")
    contrast_openers: tuple[str, ...] = ()
    correction_openers: tuple[str, ...] = ()
    belief_pointers: tuple[str, ...] = ()  # "इसका असर …", "It helps, but …": a correction that names the belief
    meta_phrases: tuple[str, ...] = ()  # "points the other way", "here are …": says that, not what, the article holds
    subjunctive_ends: tuple[str, ...] = ()  # a clause in the subjunctive ("… कम हो"): a purpose, no statement
    # How a statement's last word ends ("है", "जाएगा"): a purpose clause ("ताकि …") that ends otherwise is in the
    # subjunctive, whatever its verb ("… न काँपे"); empty where a purpose clause reads as a statement ("so that …")
    statement_ends: tuple[str, ...] = ()
    # A step that names a thing of the sentence before as its object ("इन नंबरों को …"): the demonstratives and the
    # object's mark ("को"; none in English, whose "these numbers" no pointed step reads)
    demonstratives: tuple[str, ...] = ()
    object_markers: tuple[str, ...] = ()
    # A state that does not set in ("त्वचा रूखी नहीं पड़ती", "शरीर सुस्त नहीं पड़ता"): a problem that goes away,
    # whatever the state's word; unless it is no difference at all ("फ़र्क नहीं पड़ता", "असर नहीं पड़ता")
    states_not_setting_in: tuple[str, ...] = ()
    no_difference: tuple[str, ...] = ()
    # What marks an instruction's "while" clause: when, not what, to do; a word that opens it, up to its comma
    # ("While you turn her, …"), or one that ends it ("करवट देते समय …")
    while_openers: tuple[str, ...] = ()
    while_ends: tuple[str, ...] = ()
    # Words that ask ("कौन", "किसे", "कितना"): a title's part that asks frames no persona, a result that asks is
    # a question to settle
    question_words: tuple[str, ...] = ()
    # What opens a result of doing the step just named ("ऐसा करने से …", "Doing so …"): after a "don't", the harm of
    # the warned step, never a wish (unlike "इससे …", which may tell what abstaining brings)
    doing_pointers: tuple[str, ...] = ()
    # A heading that says only to keep things in mind ("… का ध्यान रखें", "Stay safe"): no step of its own to key
    vague_steps: tuple[str, ...] = ()
    # the first words of a run-in label that opens a remark, not a thing ("In practice:", "Note:"): the text after it
    # must stand alone as a quote (a noun label, "स्टांप ड्यूटी:", is what the text's "यह" names)
    label_openers: tuple[str, ...] = ()
    # an article of questions to ask names both in its title ("7 Questions to Ask …", "ये 7 सवाल पूछें"); a "why"
    # heading is a reader's question the part answers, no question to ask (generate/asked.py)
    asking_nouns: tuple[str, ...] = ()
    asking_verbs: tuple[str, ...] = ()
    why_words: tuple[str, ...] = ()
    # What opens the sentence that tells what goes wrong for one who does what a "don't" warns against ("इससे …",
    # "नतीजा यह होता है कि …", "As a result, …"): the rest is the trouble (generate/trouble.py)
    trouble_openers: tuple[str, ...] = ()
    # Things going wrong ("गड़बड़", "खो जाते", "goes wrong", "stuck"): with the problems, bad things and harms, what
    # tells a trouble from a benefit (generate/trouble.py, as many turns as not)
    trouble_words: tuple[str, ...] = ()
    # A moment that only grants leave ("अगर आपका काम इजाज़त देता है", "if your schedule allows") or ends on a word that
    # stands for a thing named before ("If you don't already have one"): no situation to tell (generate/occasion.py)
    permission_words: tuple[str, ...] = ()
    pro_forms: tuple[str, ...] = ()
    # What opens the clause after a condition ("…, तो …"): a result read before it is the condition (generate/claims.py)
    then_words: tuple[str, ...] = ()
    condition_openers: tuple[str, ...] = ()  # ("अगर", "जब", "if"): what opens a condition clause
    # What opens a clause of what one comes to know ("कि", "that") and the verbs of knowing before it ("दिखता", "see"):
    # a result that is knowing bad news is no harm (generate/scenario.py)
    that_words: tuple[str, ...] = ()
    knowing_words: tuple[str, ...] = ()
    instead_openers: tuple[str, ...] = ()  # ("इसके बजाय", "Instead"): what opens the step a "don't" advises instead
    number_names: tuple[str, ...] = ()  # "5 पाँच", "5 five": a number and a word for it (a number told in either
    # script is the same number: "पाँच कार्यदिवस" beside "Follow Up After Five Working Days", generate/tip_situation.py)
    # How a "don't" section tells its trouble (generate/trouble_reading.py): a next sentence that grants the one before
    # ("पर …"), an opening of what many do ("कई …"), what stays despite the remedy ("फिर भी …"), a risk rather than
    # what happens ("खतरा बढ़"), what the section advises instead ("की जगह"), a comparison after an opener ("इससे भी
    # बड़ी …"), what points to the slip ("यह", "it"), and the words that turn a problem round ("नहीं", "fewer")
    concession_openers: tuple[str, ...] = ()
    generic_openers: tuple[str, ...] = ()
    still_openers: tuple[str, ...] = ()
    risk_words: tuple[str, ...] = ()
    instead_words: tuple[str, ...] = ()
    compared_words: tuple[str, ...] = ()
    slip_pointers: tuple[str, ...] = ()
    turn_words: tuple[str, ...] = ()
    method_question_words: tuple[str, ...] = ()  # a heading that asks how or which ("कैसे", "which"), not whether
    consequence_openers: tuple[str, ...] = ()  # "इसलिए", "So": an instruction's opening that points back to a reason,
    # not to a thing (the instruction stands alone without it)
    # "हर शर्त पढ़ें", "check each line": a part of something the sentence before named (the agreement), unless a
    # time ("हर रविवार", "every Friday"): how its words start
    every_words: tuple[str, ...] = ()
    time_nouns: tuple[str, ...] = ()
    # Read by the which-benefit and belief-check forms (generate/benefit.py, myth.py, links.py, listicle.py,
    # scenario.py): stems of being in a group, no step beyond joining ("काम", "रहन", "stay"); headings that give the
    # article's last steps, no benefit ("How to", "शुरुआत"); what only "may seem" so; words that join a result's
    # clauses ("and", "और"); someone's reported words ("का कहना", "says"); pronouns that point outside a sentence
    being_there: tuple[str, ...] = ()
    how_headings: tuple[str, ...] = ()
    seeming: tuple[str, ...] = ()
    clause_joiners: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    pointing_words: tuple[str, ...] = ()
    # A belief check's two sides must be things a friend could name (generate/scenario.py): not a clause cut from its
    # sentence ("a core that matters") nor "the rest" of something the question does not name
    relative_words: tuple[str, ...] = ()
    remainder_words: tuple[str, ...] = ()
    # Words that are no nouns and that stopword lists miss ("आगे", "बेहतर", "किसने"; times, "5 बजे तक"): a cloze blanks a
    # noun, among nouns (generate/recall.py)
    not_nouns: tuple[str, ...] = ()
    # The nouns that end as an oblique infinitive does ("महीने", "सपने" beside "जुटाने", "खरीदने"): any other such word
    # is a verb to a cloze (generate/recall.py)
    ne_nouns: tuple[str, ...] = ()
    # The words that end as an infinitive does but are none ("योजना", "सूचना", "अपना" beside "जोड़ना"): a title that
    # ends on any other such word names what its reader is doing (language/hi_topic.py)
    na_nouns: tuple[str, ...] = ()
    # Cities and states, names a cloze neither blanks nor offers ("____ की एक bank branch": "भोपाल"; reading115)
    places: tuple[str, ...] = ()
    # Words that make a step a neglect ("बिल समय पर न भरने से …", "By not paying …"): its result is a harm, no wish
    # (generate/tips.py: failing)
    step_negations: tuple[str, ...] = ()
    gerund_endings: tuple[str, ...] = ()  # how a step's verbal noun ends ("भरने", "paying"): what a negation denies
    # Endings of an infinitive a cloze takes for a noun ("जुटाने", "खरीदने"), but for the ``ne_nouns`` ("महीने")
    infinitive_endings: tuple[str, ...] = ()
    # Word stems in at least 15 % of the test articles of the language ("साल", "काम", "week"): a word of a
    # facilitator's line that such a stem matches says little about which sentence tells her case
    # (generate/situation_quotes.py; tests/test_situations.py checks the list against the articles)
    common_stems: tuple[str, ...] = ()
    # A loss nobody wishes for, whatever the section's heading ("old regime चुनने का option हाथ से चला जाता है",
    # "बीमा पॉलिसी लैप्स हो सकती है": reading119 items 126, 146 were wishes for them; generate/scenario.py: no_goal)
    loss_words: tuple[str, ...] = ()
    # Words that point back from a quoted sentence, anywhere ("those minutes", "इन … महिलाओं", "उसने") or as its opening
    # ("ऐसा करने से …", "She …"): a cloze or attribution quotes no such sentence (generate/recall.py)
    quote_pointers: tuple[str, ...] = ()
    quote_openers: tuple[str, ...] = ()
    # Words that point back from a quoted sentence unless a word before them in it gives what they point to ("उसकी
    # राय पूछी जाती है": whose?; "जो पहले बोलता है, … ध्यान उसी पर जाता है": the relative clause says)
    back_pronouns: tuple[str, ...] = ()
    back_pronoun_antecedents: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()  # "me", "मुझे": a quote in someone's own words (round 37's held-out B44)
    cause_fusers: tuple[str, ...] = ()  # "पहले", "ज़्यादा": a result's first word that would join "… से" before it
    # into a postposition of its own ("… याद दिलाने से पहले …": before, not by; round 37's held-out C30, C34)
    # a caution or an aside to the reader opening a sentence ("याद रखें, …", "Note that …"): no result of a step;
    # as a run-in label, it names no section of its own
    reminders: tuple[str, ...] = ()
    # words a suggested wrong answer may not hold beside the pointing, leaning, relative and third-person words
    # ("उससे लड़ना", "… जहाँ बैठना", "… where"): they point to its sentence
    move_pointers: tuple[str, ...] = ()
    # an instruction added to the one before ("साथ ही …", "Also, …"): a step of its own, whatever points back to it
    additive_openers: tuple[str, ...] = ()
    # "most" before a result's subject ("ज़्यादातर पशु …"): of her own, the result comes true or not
    most_of_them: tuple[str, ...] = ()
    same_meaning: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def failing_re(self) -> re.Pattern[str]:
        """A slip in a step ("अटैचमेंट भूल जाना", "forget to …"): Latin words match whole."""
        return _failing_re(self.failing)

    @cached_property
    def given_name_set(self) -> frozenset[str]:
        """The given names as a set (made once: a tuple of hundreds is asked of every word of a sentence)."""
        return frozenset(self.given_names)

    def names_someone(self, text: str) -> bool:
        """True when ``text`` names one of the language's given names ("Kavya printed the hall map …"): someone's
        story, not what the reader gets."""
        names = self.given_name_set
        return any(POSSESSIVE_S.sub("", word.strip(",।.'’\"")) in names for word in text.split())  # ("Farah's")

    @property
    def names_alternation(self) -> str:
        """The given names as a regex alternation, longest first (a name never cut short by a shorter one)."""
        return _names_alternation(self.given_names)

    def any_word(self, name: str) -> re.Pattern[str]:
        """One of the words of list ``name``, whole (Latin and Devanagari alike), case-insensitive."""
        return _any_word(getattr(self, name))

    def any_of(self, *names: str) -> re.Pattern[str]:
        """One of the words of any of the lists ``names``, whole (as :meth:`any_word`)."""
        return _any_word(tuple(w for name in names for w in getattr(self, name)))

    def meaning(self, word: str) -> str:
        """The group a stem stands for when it starts with one of the group's words, else the stem itself."""
        return next((group for group, starts in self.same_meaning if word.startswith(starts)), word)


POSSESSIVE_S = re.compile(r"['’]s$")


@lru_cache(maxsize=8)
def _names_alternation(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!)"


@lru_cache(maxsize=8)
def _failing_re(words: tuple[str, ...]) -> re.Pattern[str]:
    plain = [re.escape(w) for w in words if not w.isascii()]
    latin = [re.escape(w) for w in words if w.isascii()]
    parts = plain + ([rf"\b(?:{'|'.join(latin)})\b"] if latin else [])
    return compile_nfc("|".join(parts) or r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"
    return compile_nfc(rf"(?<![\w\u0900-\u097F])(?:{alternatives})(?![\w\u0900-\u097F])", re.IGNORECASE)


@lru_cache(maxsize=128)
def lexicon_pattern(code: str, entry: str, template: str) -> re.Pattern[str]:
    """``template`` with ``{words}`` the alternation of language ``code``'s list ``entry`` (compiled once per
    language; a language without the list matches nothing): "(?:{words})\\s*:$" for "जैसे:", "for example:"."""
    words = "|".join(re.escape(w) for w in getattr(lexicon(code), entry)) or r"(?!)"
    return compile_nfc(template.replace("{words}", words), re.IGNORECASE)


@lru_cache(maxsize=8)
def lexicon(code: str) -> Lexicon:
    """The word lists of language ``code`` (empty when it has no file)."""
    data = _read(code)
    merged: dict[str, list[str]] = {name: list(data.get(name, [])) for name in LISTS}
    groups: dict[str, list[str]] = {k: list(v) for k, v in data.get("same_meaning", {}).items()}
    for other in data.get("also", []):
        extra = _read(other)
        for name in LISTS:
            merged[name] += [w for w in extra.get(name, []) if w not in merged[name]]
        for group, starts in extra.get("same_meaning", {}).items():
            groups.setdefault(group, []).extend(starts)
    return Lexicon(**{name: tuple(words) for name, words in merged.items()},
                   same_meaning=tuple((group, tuple(starts)) for group, starts in groups.items()))


def _read(code: str) -> dict[str, Any]:
    file = WORDS_DIR / f"{code}.json"
    if not file.is_file():
        return {}
    try:
        return dict(json.loads(file.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise NetquizError(f"cannot read the word lists {file}: {error}; fix or restore it") from error
