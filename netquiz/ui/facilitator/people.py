"""The facilitator's identity tools: every participant's resume PIN, rename, and merge.

A participant who moved to another device reads her PIN off her old screen; if she lost it, the
facilitator reads it here. Two entries of one person ("Priya" and "Priya (2)" after she joined again
without her PIN) are merged: answers the kept one lacks and all her browsers move over. Thin: the
buttons call the store, then the dashboard refreshes. Options change only when the roster does, so an
idle dashboard sends no messages.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as w

from ...errors import NetquizError
from ...store.base import ParticipantRecord, Store


def label(person: ParticipantRecord) -> str:
    return f"{person.name} · PIN {person.pin or '—'}"


class PeopleTools:
    """Pick a participant; rename her, or merge another entry into her."""

    def __init__(self, store: Store, refresh: Callable[[], None]) -> None:
        self.store, self._refresh = store, refresh
        self.person = w.Dropdown(description="Participant", options=[])
        self.new_name = w.Text(description="New name", placeholder="e.g. Priya Sharma")
        self.rename_button = w.Button(description="Rename")
        self.other = w.Dropdown(description="Merge in", options=[])
        self.merge_button = w.Button(description="Merge into the participant above", button_style="warning",
                                     layout=w.Layout(width="auto"))
        self.message = w.HTML()
        self.rename_button.on_click(lambda _b: self._act(self._rename))
        self.merge_button.on_click(lambda _b: self._act(self._merge))
        self.widget = w.VBox([self.person, w.HBox([self.new_name, self.rename_button]),
                              w.HBox([self.other, self.merge_button]), self.message])
        self.widget.add_class("netquiz-dash-people")
        self._roster: tuple[tuple[str, int], ...] = ()

    def update(self, people: list[ParticipantRecord]) -> None:
        """Show this roster (only touches the widgets when it changed)."""
        roster = tuple((label(p), p.id) for p in people)
        if roster != self._roster:
            self._roster = roster
            self.person.options, self.other.options = roster, roster

    def _act(self, action: Callable[[], str]) -> None:
        try:
            done = action()
        except NetquizError as exc:
            self.message.value = f"<span class='netquiz-dash-error'>{html.escape(str(exc))}</span>"
            return
        self.message.value = html.escape(done)
        self._refresh()

    def _rename(self) -> str:
        if self.person.value is None:
            raise NetquizError("choose a participant first")
        person = self.store.rename(self.person.value, self.new_name.value)
        self.new_name.value = ""
        return f"Renamed to {person.name}."

    def _merge(self) -> str:
        if self.person.value is None or self.other.value is None:
            raise NetquizError("choose the participant to keep and the one to merge in")
        dropped = dict((pid, text) for text, pid in self._roster).get(self.other.value, "")
        kept = self.store.merge(self.person.value, self.other.value)
        return f"Merged {dropped.split(' · ')[0]} into {kept.name}."
