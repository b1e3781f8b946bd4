"""Round 25: the harm of a warned step is nobody's wish ("… उलट-पुलट न करें। ऐसा करने से पुराने ग्राहक … खीझ जाते
हैं" under a tip heading), a "न" inside what she says or until when is no warning ("बताएँ कि … ठीक नहीं है",
"तब तक गर्म करें जब तक उबाल न आ जाए"), and an instruction with a "कि" clause is told with her verb, not its
("बच्चों को समझाती है कि दोपहर में शोर न करें")."""

from __future__ import annotations

from dataclasses import replace

from article_banks import bank_of, context_of

from netquiz.generate.scenario import harm
from netquiz.language.hi_advice import advice, advice_habit
from netquiz.language.registry import language


def test_the_harm_of_a_warned_step_is_no_wish():
    ctx = context_of("dukaan-mein-saman-sajane-ke-7-tarike.hi.md")
    warned = [r for r in ctx.readings["s7"] if "खीझ" in r.causal.effect]
    assert warned and all(harm(ctx, r, of_step=False) for r in warned)  # (the heading, not the warned step, is
    # the key a heading diagnosis offers: the harm stays a harm)
    assert not harm(ctx, replace(warned[0], polarity="do"), of_step=False)  # (read as a step of its own, it was one)
    stems = [q.stem for q in bank_of("dukaan-mein-saman-sajane-ke-7-tarike.hi.md").questions if q.kind == "scenario"]
    assert not any("ढूँढ न पाएं" in s or "खीझ जाएं" in s for s in stems), stems


def test_a_negation_inside_what_she_says_or_until_is_no_warning():
    unnegate = language("hi").unnegate
    assert unnegate("पर पूरी दुकान को एक साथ उलट-पुलट न करें।") == "पर पूरी दुकान को एक साथ उलट-पुलट करें।"
    assert unnegate("पानी को तब तक गर्म करें जब तक उसमें तेज़ उबाल न आ जाए, और फिर उसे खौलने दें।") is None
    assert unnegate("साफ़ बताएँ कि किसकी तबीयत ठीक नहीं है") is None
    boiled = [q for q in bank_of("ghar-mein-peene-ka-paani-surakshit-rakhne-ke-7-aasan-tarike.hi.md").questions
              if q.kind == "scenario" and "बैक्टीरिया" in q.stem]
    assert boiled and all("उबाल" in q.options[q.answer] for q in boiled), boiled


def test_an_instruction_with_a_that_clause_keeps_what_she_says():
    told = "घंटी पर पर्ची चिपकाएँ और बच्चों को समझाएँ कि दोपहर में कमरे में शोर न करें।"
    assert advice_habit(told, "सुमन") == "सुमन घंटी पर पर्ची चिपकाती है और बच्चों को समझाती है कि दोपहर में कमरे में शोर न करें।"
    assert advice("विनम्रता से कहें कि आज काम नहीं हो पाएगा और उसे जाने को कहें।") == \
        "विनम्रता से कहना कि आज काम नहीं हो पाएगा और उसे जाने को कहना"


def test_a_run_in_label_before_a_step_and_starting_late():
    told = "ज़रूरी सामान: एक छोटे थैले में टॉर्च और पानी की बोतल हमेशा तैयार रखें।"
    assert advice(told) == "एक छोटे थैले में टॉर्च और पानी की बोतल हमेशा तैयार रखना"
    assert advice("resume में एक लाइन जोड़ें: 2020–2024") == "resume में एक लाइन जोड़ना"  # (the step, then its example)
    assert any(word in "देर से शुरू करने" for word in language("hi").lexicon.failing)


def test_a_distractor_heading_is_told_by_its_sections_benefit_never_by_a_premise():
    from netquiz.generate.scenario import advice_elsewhere, benefit_sentence

    ctx = context_of("aadhaar-mein-pata-badalwana-hai-in-7-baaton-ka-rakhein-dhyan.hi.md")
    bare = ctx.article.section("s2")  # (a list of proofs: no claim read)
    assert not ctx.readings["s2"] and benefit_sentence(ctx, bare) == ""
    assert advice_elsewhere(ctx, bare, "") == "गलत। यह लेख की सलाह है (‘पते का ऐसा प्रूफ़ चुनें जो आपके अपने नाम पर हो’), " \
        "पर इस लक्ष्य के लिए नहीं।"
    told = benefit_sentence(ctx, ctx.article.section("s6"))
    assert told.startswith("इसी नंबर से")  # (not its first sentence, "फॉर्म जमा होते ही एक … URN मिलता है")


def test_a_heading_that_says_only_to_keep_things_in_mind_is_no_key():
    bank = bank_of("asha-karyakarta-ke-roop-mein-pehla-saal-7-zaroori-tips.hi.md")
    night = [q for q in bank.questions if q.kind == "scenario" and "आधी रात" in q.stem and "चाहती है" in q.stem]
    assert night and all("थैले" in q.options[q.answer] for q in night), night  # (the ready bag, not "… का ध्यान रखना")
    assert not any("सुरक्षा और सेहत का भी ध्यान" in o for q in bank.questions if q.kind == "scenario" for o in q.options)
