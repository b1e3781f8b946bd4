"""Her personal review: one printable HTML file in her language (A4 print CSS, Devanagari fonts).

Score per section (first attempts, over the questions she answered: a live round may not show all);
every question she missed at the first attempt with her answer, the
right one, the explanation and the article's sentence; the interview items with the strongest answer and
what each weaker answer lacks; the sections to re-read. Built only from stored answers, so it can be made
again later (:func:`fetch_review`, while the session is open and for ``review_days`` after it closed)::

    document = review_for(store, participant, lang="hi")
    name, document = fetch_review(store, code, token=browser_token)      # or name=…, pin=…
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass

from ..bank import bank_from_json
from ..errors import SessionError
from ..export.print_page import esc, page
from ..kinds import kind_of
from ..model import Bank, Question
from ..store.base import ParticipantRecord, SessionRecord, Store
from ..store.keys import normalize_code
from ..texts import say
from .follow_up import bank_for
from .session import MASTERY_THRESHOLD

REVIEW_CSS = """
.nq-bar { width: 6rem; height: .7rem; vertical-align: middle; }
.nq-missed .nq-stem, .nq-interview .nq-stem { font-weight: 600; }
.nq-missed, .nq-interview { border-top: 1px solid #ccc; }
.nq-reread li { display: inline; } .nq-reread li + li::before { content: " · "; }
.nq-reread { padding-left: 0; list-style: none; }
.nq-yours { color: #8a1c1c; } .nq-right { color: #145a14; }
.nq-lacks { margin: .1rem 0 0 1rem; padding: 0; }
@media print {
  body { font-size: 8.6pt; line-height: 1.2; }
  .nq-item { margin: .2rem 0; } .nq-item p { margin: 0; } .nq-lacks { margin-left: .8rem; }
  h2 { margin-top: .35rem; }
}
"""


@dataclass(frozen=True)
class FirstAnswers:
    """Her first-attempt answers: question id → (bank option, correct)."""

    answers: dict[str, tuple[int, bool]]

    def missed(self, bank: Bank) -> list[Question]:
        return [q for q in bank.questions if q.id in self.answers and not self.answers[q.id][1]]

    def right(self, section: str, bank: Bank) -> tuple[int, int]:
        """Right and answered first attempts in a section (a live round may not show every question)."""
        ids = [q.id for q in bank.questions if q.section == section and q.id in self.answers]
        return sum(self.answers[q][1] for q in ids), len(ids)


def first_answers(store: Store, participant: ParticipantRecord, hidden: frozenset[str] = frozenset()) -> FirstAnswers:
    """Her stored first attempts, without the ``hidden`` questions."""
    rows = store.responses(participant.session_code, participant.id)
    return FirstAnswers({r.question_id: (r.option, r.correct) for r in rows if r.attempt == 1
                         and r.question_id not in hidden})


def unrevealed(store: Store, record: SessionRecord) -> frozenset[str]:
    """Live mode: questions whose key the room has not seen: the open question, and those skipped unrevealed
    (a review must not tell them; empty for a self-paced session)."""
    if record.mode != "live":
        return frozenset()
    from ..live.state import from_json

    live = store.get_live(record.code)
    if live is None:
        return frozenset()
    state = from_json(live.state_json)
    current = {state.question_id} if state.phase == "open" and state.question_id else set()
    return frozenset(set(state.skipped) | current)


def review_for(store: Store, participant: ParticipantRecord, lang: str | None = None) -> str:
    """Her review as a complete HTML document (her set's questions in a follow-up session)."""
    record = store.get_session(participant.session_code)
    bank = bank_for(store, participant.id, bank_from_json(record.bank_json, validate=False))
    answers = first_answers(store, participant, unrevealed(store, record))
    return review_html(bank, answers, participant.name, record, lang)


def review_html(bank: Bank, answers: FirstAnswers, name: str, record: SessionRecord, lang: str | None) -> str:
    """The review document (pure: bank, answers and who/when)."""
    lang = lang or bank.article.lang
    known = {q.id for q in bank.questions}
    score = sum(correct for q, (_, correct) in answers.answers.items() if q in known)
    answered = sum(q in known for q in answers.answers)
    when = time.strftime("%Y-%m-%d", time.localtime(record.created_at))
    parts = [f"<h1>{esc(say(lang, 'review_title', name=name))}</h1>",
             f'<p class="nq-meta">{esc(say(lang, "review_session", code=record.code, date=when))}'
             f'{" · " + esc(bank.article.title) if bank.article.title else ""}</p>',
             f'<p class="nq-score"><b>{esc(say(lang, "review_score", score=score, total=answered))}'
             "</b></p>", _sections(bank, answers, lang), _reread(bank, answers, lang), _missed(bank, answers, lang),
             _interviews(bank, answers, lang)]
    return page(say(lang, "review_title", name=name), lang, "\n".join(parts), REVIEW_CSS)


def _bar(fraction: float) -> str:
    width = round(100 * fraction)
    return (f'<svg class="nq-bar" viewBox="0 0 100 10" role="img" aria-label="{width}%">'
            '<rect width="100" height="10" fill="#ddd"/>'
            f'<rect width="{width}" height="10" fill="#2d6a4f"/></svg>')


def _sections(bank: Bank, answers: FirstAnswers, lang: str) -> str:
    rows = []
    for section in bank.article.sections:
        right, total = answers.right(section.id, bank)
        if total:
            rows.append(f"<tr><td>{esc(bank.section_title(section.id))}</td>"
                        f'<td class="nq-num">{right} / {total}</td><td>{_bar(right / total)}</td></tr>')
    return f"<h2>{esc(say(lang, 'by_section'))}</h2><table class=\"nq-sections\">{''.join(rows)}</table>"


def weak_titles(bank: Bank, answers: FirstAnswers, threshold: float = MASTERY_THRESHOLD) -> list[str]:
    """Titles of the sections below ``threshold`` (first attempts), in article order."""
    titles = []
    for section in bank.article.sections:
        right, total = answers.right(section.id, bank)
        if total and right / total < threshold:
            titles.append(bank.section_title(section.id))
    return titles


def _reread(bank: Bank, answers: FirstAnswers, lang: str) -> str:
    titles = weak_titles(bank, answers)
    body = ("<ul class=\"nq-reread\">" + "".join(f"<li>{esc(t)}</li>" for t in titles) + "</ul>" if titles
            else f"<p>{esc(say(lang, 'review_reread_none'))}</p>")
    return f"<h2>{esc(say(lang, 'review_reread_heading'))}</h2>{body}"


def _missed(bank: Bank, answers: FirstAnswers, lang: str) -> str:
    missed = answers.missed(bank)
    parts = [f"<h2>{esc(say(lang, 'missed_heading', count=len(missed)))}</h2>"]
    if not missed:
        parts.append(f"<p>{esc(say(lang, 'missed_none'))}</p>")
    for number, question in enumerate(missed, start=1):
        chosen = answers.answers[question.id][0]
        yours = question.options[chosen] if 0 <= chosen < len(question.options) else say(lang, "not_answered")
        lines = [f'<p class="nq-stem"><b>{number}.</b> {esc(question.stem)}</p>',
                 f'<p class="nq-yours"><b>{esc(say(lang, "your_answer"))}</b> {esc(yours)}</p>',
                 f'<p class="nq-right"><b>{esc(say(lang, "right_answer"))}</b> '
                 f'{esc(question.options[question.answer])}</p>']
        if question.explanation:
            lines.append(f"<p><b>{esc(say(lang, 'why'))}</b> {esc(question.explanation)}</p>")
        if question.source and question.source not in question.explanation:  # often quoted there already
            label = say(lang, "source", section=bank.section_title(question.section))
            lines.append(f'<p class="nq-quote"><b>{esc(label)}</b> {esc(question.source)}</p>')
        parts.append(f'<div class="nq-item nq-missed" data-question="{esc(question.id)}">{"".join(lines)}</div>')
    return "\n".join(parts)


def _interviews(bank: Bank, answers: FirstAnswers, lang: str) -> str:
    items = [q for q in bank.questions if kind_of(q.kind).ranks_answers and q.id in answers.answers]
    if not items:
        return ""
    parts = [f"<h2>{esc(say(lang, 'interview_heading'))}</h2>"]
    for question in items:
        lacks = "".join(f"<li>{esc(_short(question.feedback[i]))}</li>" for i in range(len(question.options))
                        if i != question.answer and i < len(question.feedback) and question.feedback[i])
        parts.append(f'<div class="nq-item nq-interview" data-question="{esc(question.id)}">'
                     f'<p class="nq-stem">{esc(question.stem)}</p>'
                     f'<p class="nq-right"><b>{esc(say(lang, "strongest"))}</b> '
                     f'{esc(question.options[question.answer])}</p>'
                     f"<p><b>{esc(say(lang, 'weaker'))}</b></p><ul class=\"nq-lacks\">{lacks}</ul></div>")
    return "\n".join(parts)


def _short(feedback: str) -> str:
    """A weaker answer's feedback without its leading verdict word ("कमज़ोर:", "Weaker:")."""
    return re.sub(r"^\s*[^:：]{1,12}[:：]\s*", "", feedback, count=1) or feedback


def review_filename(code: str, name: str) -> str:
    """A safe download file name: ``netquiz-review-CODE-name.html`` (letters and digits of any script)."""
    safe = re.sub(r"[^\w\u0900-\u097F]+", "-", unicodedata.normalize("NFC", name)).strip("-")[:40] or "me"
    return f"netquiz-review-{code}-{safe}.html"


def fetch_review(store: Store, code: str, token: str | None = None, name: str | None = None,
                 pin: str | None = None, lang: str | None = None, now: float | None = None) -> tuple[str, str]:
    """Her review again, from the join page: by this browser's token, else by name and PIN; while the
    session is open and for ``review_days`` after it closed. Returns (file name, document)."""
    record = store.get_session(normalize_code(code))
    if not record.review_open(time.time() if now is None else now):
        raise SessionError(f"the review of session {record.code} is no longer available",
                           key="err_review_expired", days=record.review_days)
    participant = store.find_token(token, record.code) if token else None
    if participant is None and name and pin:
        participant = store.review_participant(record.code, name, pin)
    if participant is None:
        raise SessionError(f"no participant of session {record.code} for this browser", key="err_review_none")
    return review_filename(record.code, participant.name), review_for(store, participant, lang)
