"""Which headed sections a bank leaves short (fewer than two questions or no scenario), and why.

No section is dropped silently: ``netquiz generate`` (and the author notebook) name every gap with its
reason, in the facilitator's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Bank, Section
from .context import build_context
from .tips import section_steps

MIN_QUESTIONS = 2
REASONS = {
    "en": {
        "list": "a bare list of examples: it states no step and no result to ask about",
        "no_claim": "no step of the reader's and no result tied to one was found in it",
        "no_options": "its claims were found, but the article gives too few other claims to make fair wrong "
                      "answers that pass the quality gates",
        "gap": "{id} ‘{title}’: {questions} question(s), {scenarios} scenario: {reason}",
    },
    "hi": {
        "list": "यह सिर्फ उदाहरणों की सूची है: इसमें न कोई कदम है, न कोई नतीजा जिस पर सवाल बने",
        "no_claim": "इसमें पाठक के लिए कोई कदम या किसी कदम से जुड़ा नतीजा नहीं मिला",
        "no_options": "इसकी बात तो मिली, पर लेख में इतनी दूसरी बातें नहीं कि जाँच में पास होने वाले उचित गलत "
                      "विकल्प बन सकें",
        "gap": "{id} ‘{title}’: {questions} सवाल, {scenarios} परिदृश्य: {reason}",
    },
}


@dataclass(frozen=True)
class Gap:
    """A headed section the bank covers short of the bar, with the reason's key (see :data:`REASONS`)."""

    section: Section
    questions: int
    scenarios: int
    reason: str

    def message(self, lang: str) -> str:
        """One line for the facilitator, in ``lang`` (English when the language has no table)."""
        words = REASONS.get(lang, REASONS["en"])
        return words["gap"].format(id=self.section.id, title=self.section.title, questions=self.questions,
                                   scenarios=self.scenarios, reason=words[self.reason])


def coverage_gaps(bank: Bank) -> list[Gap]:
    """Every headed section with fewer than two questions or no scenario question, with its reason."""
    ctx = None
    gaps = []
    for section in bank.article.headed_sections:
        mine = [q for q in bank.questions if q.section == section.id]
        scenarios = sum(q.kind == "scenario" for q in mine)
        if len(mine) >= MIN_QUESTIONS and scenarios:
            continue
        ctx = ctx or build_context(bank.article, 0, bank.voice or "feminine")
        if _is_list(section):
            reason = "list"
        elif not ctx.readings[section.id] and not section_steps(ctx, section):
            reason = "no_claim"
        else:
            reason = "no_options"
        gaps.append(Gap(section, len(mine), scenarios, reason))
    return gaps


def _is_list(section: Section) -> bool:
    """True when most of the section's lines are bullets or short verbless items."""
    lines = [line for line in section.text.split("\n") if line.strip()]
    bullets = sum(line.lstrip().startswith(("-", "*", "•")) for line in lines)
    return bool(lines) and bullets * 2 >= len(lines)
