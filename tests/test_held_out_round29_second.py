"""What round 29's second held-out reading (aside257–258, /work/r29/genC) found misread: "से मना कर देता है" is the verb's
"से" (items 5, 10, 15), two gerunds in one sentence are two steps (items 23, 25: "Zone तय होने से किसी कोने की शिकायत
आने पर …"), "partly right" is no option for a belief about most or all (items 17, 36), "Work That Visibly Matters" is a
noun phrase (item 48), "also" ends no step (item 59), a verb after "nothing" is no antecedent and a lead-in ending
on a colon no step (item 60), a harm that bursts a tyre is a trouble, and quotes opening on "उस वक्त" lean (item 26)."""

from __future__ import annotations

from netquiz.language.en import advice
from netquiz.language.en import find_causal as en_causal
from netquiz.language.en_story import dangling
from netquiz.language.hi_patterns import find_causal as hi_causal
from netquiz.language.lexicon import lexicon


def test_refusing_to_pay_is_no_step_and_result() -> None:
    assert hi_causal("ग्राहक वापस आता है और दोबारा पैसे देने से मना कर देता है।") == []


def test_the_first_of_two_gerunds_is_the_step() -> None:
    found = [(c.cause, c.effect) for c in hi_causal("Zone तय होने से किसी कोने की शिकायत आने पर तुरंत पता चल जाता है "
                                                     "कि किससे बात करनी है।")]
    assert found == [("Zone तय होने", "किसी कोने की शिकायत आने पर तुरंत पता चल जाता है कि किससे बात करनी है")]


def test_a_noun_and_its_relative_clause_is_no_instruction() -> None:
    assert advice("Work That Visibly Matters") is None
    assert advice("Ensure that your papers are ready") is not None


def test_also_ends_no_step() -> None:
    found = en_causal("A register kept up to date also leads to fewer last-minute shortages.")
    assert [c.cause for c in found] == ["A register kept up to date"]


def test_a_verb_after_nothing_is_no_antecedent() -> None:
    assert dangling("She hopes that nothing fails on the one day they are needed.")
    assert not dangling("Small issues are fixed while they are small.")


def test_a_quote_opening_on_that_moment_leans() -> None:
    openers = lexicon("hi").any_word("quote_openers")
    assert openers.match("उस वक्त बस इतना कहें कि काम अभी पूरा करना है।")
    assert not lexicon("hi").any_word("quote_pointers").search("एफडी पर लोन लेने से उस पर पहले जैसा ब्याज मिलता है।")


def test_partly_right_is_no_option_for_most_or_all() -> None:
    assert lexicon("hi").any_word("all_or_most").search("शुरुआती महीनों में ज़्यादातर नई supervisors के लिए मुश्किल सफ़ाई होती है")
    assert lexicon("en").any_word("all_or_most").search("any job in a blood bank means night duty")
    assert not lexicon("en").any_word("all_or_most").search("a returnship is a permanent job")


def test_a_step_is_cut_at_a_comma_after_a_noun_not_between_adjectives() -> None:
    from netquiz.language.en import first_clause
    assert first_clause("Keep used oil in a separate, labelled container, and start with fresh oil") == \
        "Keep used oil in a separate, labelled container"
    assert first_clause("Check the list, then call") == "Check the list"


def test_third_batch_refusals() -> None:
    """Round 29's third held-out reading (aside259–260): "It also helps you at appraisal time" helps when, not to do
    what (items 58, 67, 68); "Counting them before the tempo leaves stops …" has the tempo's verb (items 47, 48); a
    worn stone is a time, no step (item 6); "it" is no person (item 44); "all three", "the same way" lean (51, 62)."""
    from netquiz.language.hi_patterns import find_causal as hi
    assert en_causal("It also helps you at appraisal time.") == []
    assert [(c.cause, c.effect) for c in en_causal("Keeping a log also helps you answer questions later.")] == \
        [("Keeping a log", "you will answer questions later")]
    assert en_causal("Counting them before the tempo leaves stops your employer from losing money.") == []
    assert hi("चक्की के पत्थर घिसने पर आटा मोटा निकलने लगता है और मोटर ज़्यादा बिजली खाती है।") == []
    assert dangling("Ask the florist to share it with you before you reach the venue.")
    assert not dangling("Print the list and keep it in your bag.")
    pointers = lexicon("en").any_word("quote_pointers")
    assert pointers.search("A good employer will answer all three without hesitation.")
    assert pointers.search("By returning originals the same way, you never lose one.")


def test_calm_listening_that_brings_anger_down_is_advice_under_a_what_to_do_heading() -> None:
    from netquiz.article import parse_article
    from netquiz.generate.context import build_context
    from netquiz.generate.links import harmful
    from netquiz.generate.scenario import advised
    article = parse_article("""# Gym Receptionist की नौकरी: 2 सवाल

बहुत सी महिलाएं gym में काम करती हैं।

## 1. Member नाराज़ हो जाए तो क्या करें?

अगर कोई member ऊंची आवाज़ में बात करने लगे तो पहले बिना टोके उसकी पूरी बात सुनें। शांत रहकर सुनने से आधा गुस्सा उतर जाता है।

## 2. Fees का हिसाब कैसे रखें?

रोज़ हिसाब मिलाने से महीने के आखिर में गड़बड़ी का शक आप पर नहीं आता।
""")
    ctx = build_context(article, 0)
    calm = ctx.readings["s1"][0]
    assert advised(ctx, calm) and not harmful(ctx, calm.causal.effect)
    assert not harmful(ctx, ctx.readings["s2"][0].causal.effect)


def test_a_second_verb_after_and_is_backshifted_too() -> None:
    """Round 29's last held-out reading (aside263–264), item 37: "she avoided a loan … and can grow out of her own
    fees" mixed its tenses."""
    from netquiz.language.en import achieved
    [causal] = en_causal("By starting small, you avoid a loan in the first year and can grow out of your own fees.")
    assert achieved(causal, "Deepa") == "Some time later, Deepa avoided a loan in the first year and could grow out " \
                                        "of her own fees."


def test_an_impersonal_gain_of_one_clause_is_shown_after_what_she_started() -> None:
    """Hindi benefit listicles (aside255's pickles, aside261's namkeen) made no scenario question: their benefits are
    told of no one ("… की चिंता नहीं रहती"). One clause of that shape is hers after the title's frame, "अब …"; not a fact
    with its reason, a study, a pointer or someone named."""
    from netquiz.language.hi_shown import shown
    assert shown("छोटे batch के साथ फफूंद और खराब गंध की शिकायतें लगभग खत्म हो जाती हैं।", "नेहा") == \
        "अब छोटे batch के साथ फफूंद और खराब गंध की शिकायतें लगभग खत्म हो गई हैं।"  # (round 34: after "अब", done)
    for text in ("डाकघर की आरडी भारत सरकार की योजना है, इसलिए जमा पैसा डूबने का डर नहीं रहता।",
                 "कई अध्ययनों में पाया गया है कि पौधों के साथ समय बिताने से तनाव कम होता है।",
                 "इसकी बदौलत बच्चों का स्कूल छुड़ाने की नौबत नहीं आती।",
                 "एजेंट हर महीने आ जाती है, इसलिए रेखा को डाकघर का चक्कर लगाने की ज़रूरत नहीं पड़ती।"):
        assert shown(text, "नेहा") is None, text
