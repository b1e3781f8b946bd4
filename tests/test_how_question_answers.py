"""Under a question of how or which ("Payment समय पर कैसे मिले?"), what doing a thing brings ("Invoice में due date
लिखने से …") answers the question: a step to recommend, not a warning; not under a yes-or-no question."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.scenario import advised

ARTICLE = """# Freelance काम शुरू करने से पहले 4 सवाल

घर से freelance काम करने वाली कई महिलाएं पहले साल में ही हिम्मत हार जाती हैं।

## Payment समय पर कैसे मिले?

नए clients अक्सर payment भूल जाते हैं। Invoice में due date लिखने से client को भी याद रहता है और follow-up करना \
आसान हो जाता है। बड़े projects पर आधा advance लें।

## क्या Sunday को भी काम लेना ठीक है?

शुरू में हर काम अच्छा लगता है। Sunday को भी काम लेने से परिवार के साथ समय कम हो जाता है। हफ्ते में एक दिन पूरी छुट्टी रखें।

## Rate कितना रखें?

नए translators को अक्सर 40 पैसे से 1 रुपये प्रति शब्द तक मिलता है। छोटे कामों के लिए minimum charge तय करें।

## कौन-से tools सीखें?

MS Word और Google Docs पर तेज़ी से काम करना सीखें। Unicode typing आने से clients को file दोबारा नहीं बनवानी पड़ती।
"""


def test_what_a_step_brings_under_a_how_question_is_advised_not_under_a_yes_or_no_one() -> None:
    ctx = build_context(parse_article(ARTICLE), seed=0)
    by_title = {s.title: s for s in ctx.article.headed_sections}
    payment = [r for r in ctx.readings[by_title["Payment समय पर कैसे मिले?"].id] if "due date" in r.causal.cause]
    assert payment and all(advised(ctx, r) for r in payment)
    sunday = [r for r in ctx.readings[by_title["क्या Sunday को भी काम लेना ठीक है?"].id] if "Sunday" in r.causal.cause]
    assert sunday and not any(advised(ctx, r) for r in sunday)
