"""Section mastery before and after a follow-up: per participant and for the room.

Before: her first attempts in the session followed up, in the sections of her set; after: her first
attempts in the follow-up. Only participants with a question set count (newcomers have no "before")::

    change = mastery_change(store, "FUP1")
    change.room       # [(section id, title, before %, after %)], None where nobody answered
    change.people     # [(name, section id, title, before %, after %)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ..bank import bank_from_json
from ..model import Bank
from ..store.base import Store

Tally = dict[str, list[int]]  # section -> [right, answered]


@dataclass(frozen=True)
class MasteryChange:
    """Rows of (…, section, title, before %, after %); percentages None where nothing was answered."""

    origin: str | None
    room: list[tuple[str, str, float | None, float | None]]
    people: list[tuple[str, str, str, float | None, float | None]]


def _tally(store: Store, code: str, participant_id: int, sections: dict[str, str]) -> Tally:
    tally: Tally = defaultdict(lambda: [0, 0])
    for response in store.responses(code, participant_id):
        section = sections.get(response.question_id)
        if response.attempt == 1 and section is not None:
            tally[section][0] += int(response.correct)
            tally[section][1] += 1
    return tally


def _share(pair: list[int] | None) -> float | None:
    return None if not pair or not pair[1] else round(100.0 * pair[0] / pair[1], 1)


def mastery_change(store: Store, code: str) -> MasteryChange:
    """Before/after mastery of a follow-up session (empty rows for any other session)."""
    record = store.get_session(code)
    if record.follow_up_of is None:
        return MasteryChange(None, [], [])
    bank = bank_from_json(record.bank_json, validate=False)
    sections = {q.id: q.section for q in bank.questions}
    names = {p.id: p.name for p in store.participants(record.code)}
    room_before: Tally = defaultdict(lambda: [0, 0])
    room_after: Tally = defaultdict(lambda: [0, 0])
    people = []
    for chosen in store.question_sets(record.code):
        mine = {sections[q] for q in chosen.question_ids if q in sections}
        before = _tally(store, record.follow_up_of, chosen.origin_id, sections)
        after = _tally(store, record.code, chosen.participant_id, sections)
        for section in sorted(mine, key=_order(bank)):
            for totals, own in ((room_before, before), (room_after, after)):
                totals[section][0] += own.get(section, [0, 0])[0]
                totals[section][1] += own.get(section, [0, 0])[1]
            people.append((names.get(chosen.participant_id, "?"), section, bank.section_title(section),
                           _share(before.get(section)), _share(after.get(section))))
    room = [(s, bank.section_title(s), _share(room_before.get(s)), _share(room_after.get(s)))
            for s in sorted(room_before, key=_order(bank))]
    return MasteryChange(record.follow_up_of, room, people)


def _order(bank: Bank) -> Callable[[str], int]:
    """Sort key: a section's place in the article (unknown ids last)."""
    ids = [s.id for s in bank.article.sections]
    return lambda section: ids.index(section) if section in ids else len(ids)
