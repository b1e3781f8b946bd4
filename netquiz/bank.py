"""Bank JSON (``netquiz.bank/1``): serialise, load and check the contract's invariants."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import BankError
from .kinds import REGISTRY
from .model import KINDS, VOICES, Article, Bank, Question, Section
from .text import split_sentences

SCHEMA = "netquiz.bank/1"


def bank_to_dict(bank: Bank) -> dict[str, Any]:
    """The bank as the contract's JSON object (key order fixed, so output is deterministic)."""
    article = bank.article
    head: dict[str, Any] = {"schema": SCHEMA}
    if bank.voice:
        head["voice"] = bank.voice
    return {
        **head,
        "article": {
            "title": article.title,
            "lang": article.lang,
            "sha256": article.sha256,
            "sections": [{"id": s.id, "title": s.title, "text": s.text} for s in article.sections],
        },
        "questions": [
            {
                "id": q.id, "section": q.section, "kind": q.kind, "stem": q.stem,
                "options": list(q.options), "answer": q.answer, "feedback": list(q.feedback),
                "explanation": q.explanation, "source": q.source, **({"form": q.form} if q.form else {}),
            }
            for q in bank.questions
        ],
    }


BANK_FILE_MODE = 0o644


def bank_to_json(bank: Bank) -> str:
    """Serialise a bank to UTF-8 JSON text (readable Devanagari, trailing newline)."""
    return json.dumps(bank_to_dict(bank), ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: str | Path, text: str, mode: int | None = None) -> None:
    """Write text to ``path`` through a temporary file, so a failure leaves no partial file; with ``mode``
    the file gets it (else mkstemp's 0600)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_bank(bank: Bank, path: str | Path) -> None:
    """Validate and write a bank file atomically, mode 0644 (whoever runs the quiz server may read it)."""
    validate_bank(bank)
    write_atomic(path, bank_to_json(bank), mode=BANK_FILE_MODE)


def load_bank(path: str | Path) -> Bank:
    """Read and validate a bank file; :class:`BankError` says what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise BankError(f"bank not found: {path} (make one with: netquiz generate ARTICLE -o {path})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BankError(f"bad bank file {path}: not JSON ({exc}); regenerate it with netquiz generate") from None
    return bank_from_dict(data, source=str(path))


def bank_from_json(text: str, source: str = "bank", validate: bool = True) -> Bank:
    """Parse bank JSON text (as stored with a session, already validated when it was opened:
    ``validate=False`` skips the contract check, which keeps the participant kernel light)."""
    try:
        return bank_from_dict(json.loads(text), source=source, validate=validate)
    except json.JSONDecodeError as exc:
        raise BankError(f"bad bank {source}: not JSON ({exc})") from None


def bank_from_dict(data: Any, source: str = "bank", validate: bool = True) -> Bank:
    """Build (and unless told otherwise, validate) a :class:`Bank` from its JSON object."""
    try:
        if data.get("schema") != SCHEMA:
            raise BankError(f"bad bank file {source}: schema must be {SCHEMA!r}")
        art = data["article"]
        sections = tuple(
            Section(id=s["id"], title=s["title"], text=s["text"],
                    sentences=tuple(x for line in s["text"].split("\n") for x in split_sentences(line)))
            for s in art["sections"]
        )
        article = Article(title=art.get("title"), lang=art["lang"], sha256=art["sha256"], sections=sections)
        questions = tuple(
            Question(id=q["id"], section=q["section"], kind=q["kind"], stem=q["stem"],
                     options=tuple(q["options"]), answer=q["answer"], feedback=tuple(q["feedback"]),
                     explanation=q["explanation"], source=q["source"], form=str(q.get("form") or ""))
            for q in data["questions"]
        )
        voice = data.get("voice")
    except BankError:
        raise
    except (AttributeError, KeyError, TypeError) as exc:
        raise BankError(f"bad bank file {source}: missing or malformed field {exc}") from None
    if voice is not None and voice not in VOICES:
        raise BankError(f"bad bank file {source}: voice must be one of {', '.join(VOICES)}")
    bank = Bank(article=article, questions=questions, voice=voice)
    if validate:
        validate_bank(bank, source)
    return bank


def question_problems(question: Question, article: Article) -> list[str]:
    """Contract violations of one question (empty when it is valid): its kind's rules
    (:meth:`netquiz.kinds.base.Kind.problems`)."""
    kind = REGISTRY.get(question.kind)
    if kind is None:
        return [f"unknown kind {question.kind!r}: use one of {', '.join(KINDS)}"]
    return kind.problems(question, article)


def validate_bank(bank: Bank, source: str = "bank") -> None:
    """Raise :class:`BankError` naming the first question that breaks the contract."""
    seen: set[str] = set()
    for question in bank.questions:
        if question.id in seen:
            raise BankError(f"bad bank {source}: duplicate question id {question.id!r}")
        seen.add(question.id)
        problems = question_problems(question, bank.article)
        if problems:
            raise BankError(f"bad bank {source}: question {question.id}: {problems[0]}")
