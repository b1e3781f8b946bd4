"""The feedback after an answer, said once: verdict, the chosen option's own words, the right answer, why,
and the article's sentence.

Bank feedback often opens with its own verdict ("गलत। …", "सही: …") and quotes the source sentence, and
explanations often quote it again; on a phone that is the same sentence three times under "सही नहीं।".
Here the leading verdict word is dropped (the screen already says it), the source is quoted only in its own
line, and an explanation that was nothing but a pointer to that quote ("लेख के ‘परिचय’ हिस्से में:") is left
out. All text is escaped.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from ...text import compile_nfc, normalize
from ...texts import say

if TYPE_CHECKING:
    from ...quiz.session import Result, ShownQuestion

VERDICT_WORD = compile_nfc(r"^\s*(?:सही|ग\u093c?लत(?:\s+चुना)?|correct|incorrect|wrong|right|not quite)"
                           r"\s*[।.!:;,]+\s*", re.IGNORECASE)
QUOTES = (("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("", ""))
TAIL = " \t:;,—–-"
POINTER_WORDS = 6  # an explanation this short once the quote is gone only pointed at it


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def without_quote(words: str, source: str) -> str:
    """``words`` with the quoted ``source`` taken out (and the colon that introduced it)."""
    words, source = normalize(words), normalize(source).strip()
    if not source:
        return words.strip()
    for left, right in QUOTES:
        quoted = f"{left}{source}{right}"
        if quoted in words:
            words = words.replace(quoted, "")
            break
    return re.sub(r"\s+", " ", words).strip().rstrip(TAIL).strip()


def own_words(feedback: str, source: str) -> str:
    """An option's feedback without its leading verdict word and without the source quote."""
    return without_quote(VERDICT_WORD.sub("", normalize(feedback), count=1), source)


def why_words(explanation: str, source: str) -> str:
    """The explanation without the source quote; empty when nothing but a pointer to it was left."""
    rest = without_quote(explanation, source)
    named = re.sub(r"‘[^’]*’|'[^']*'", "", rest)  # a section named in quotes is still only a pointer
    if rest != normalize(explanation).strip() and len(named.split()) < POINTER_WORDS:
        return ""
    return rest


def verdict_text(lang: str, result: Result) -> str:
    return say(lang, "correct" if result.correct else "incorrect")


def details_html(lang: str, shown: ShownQuestion, result: Result) -> str:
    """Everything under the verdict (escaped)."""
    chosen = (result.feedback[result.chosen] if len(result.feedback) == len(shown.options)
              else " ".join(result.feedback))
    parts = []
    chosen = own_words(chosen, result.source) if chosen else ""
    if chosen:
        parts.append(f"<p>{esc(chosen)}</p>")
    if not result.correct:
        parts.append(f"<p><b>{esc(say(lang, 'right_answer'))}</b> {esc(shown.options[result.answer])}</p>")
    why = why_words(result.explanation, result.source) if result.explanation else ""
    if why and why != chosen:
        parts.append(f"<p><b>{esc(say(lang, 'why'))}</b> {esc(why)}</p>")
    if result.source:
        label = say(lang, "source", section=result.section_title)
        parts.append(f'<p class="netquiz-quote"><b>{esc(label)}</b> {esc(result.source)}</p>')
    return "".join(parts)


def feedback_html(lang: str, shown: ShownQuestion, result: Result) -> str:
    """Verdict and details in one block (the live reveal)."""
    return f'<div class="netquiz-verdict">{esc(verdict_text(lang, result))}</div>{details_html(lang, shown, result)}'
