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
from ...texts import say


def label(person: ParticipantRecord, pins: bool = True, lang: str = "en") -> str:
    return f"{person.name} · {say(lang, 'col_pin')} {person.pin or '—'}" if pins else person.name


class PeopleTools:
    """Pick a participant; rename her, or merge another entry into her (a second click confirms the merge).
    PINs show only after "Show PINs" (dashboards get projected)."""

    def __init__(self, store: Store, refresh: Callable[[], None], lang: str = "en") -> None:
        self.store, self._refresh, self.lang = store, refresh, lang
        self.person = w.Dropdown(options=[])
        self.new_name = w.Text()
        self.rename_button = w.Button()
        self.other = w.Dropdown(options=[])
        self.merge_button = w.Button(layout=w.Layout(width="auto"))
        self.merge_button.add_class("netquiz-dash-merge")
        self.show_pins = w.ToggleButton(value=False, icon="eye", layout=w.Layout(width="auto"))
        self.show_pins.add_class("netquiz-dash-show-pins")
        self.message = w.HTML()
        self._confirm: tuple[int, int] | None = None
        self.rename_button.on_click(lambda _b: self._act(self._rename))
        self.merge_button.on_click(lambda _b: self._act(self._merge))
        self.show_pins.observe(lambda _c: self._pins_changed(), names="value")
        for menu in (self.person, self.other):
            menu.observe(lambda _c: self._unconfirm(), names="value")
        self.widget = w.VBox([self.show_pins, self.person, w.HBox([self.new_name, self.rename_button]),
                              w.HBox([self.other, self.merge_button]), self.message])
        self.widget.add_class("netquiz-dash-people")
        self._people: list[ParticipantRecord] = []
        self._roster: tuple[tuple[str, int], ...] = ()
        self.set_lang(lang)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        t = lambda key: say(lang, key)  # noqa: E731
        self.person.description, self.other.description = t("participant"), t("merge_in")
        self.new_name.description, self.rename_button.description = t("new_name"), t("rename")
        self.new_name.placeholder = t("name_ph")
        self.show_pins.description = t("hide_pins" if self.show_pins.value else "show_pins")
        self._unconfirm()

    def _pins_changed(self) -> None:
        self.show_pins.description = say(self.lang, "hide_pins" if self.show_pins.value else "show_pins")
        self._refresh()

    def _unconfirm(self) -> None:
        self._confirm = None
        self.merge_button.description = say(self.lang, "merge")
        self.merge_button.button_style = ""

    def update(self, people: list[ParticipantRecord]) -> None:
        """Show this roster (only touches the widgets when it changed; the chosen entries stay chosen)."""
        self._people = list(people)
        roster = tuple((label(p, self.show_pins.value, self.lang), p.id) for p in people)
        if roster != self._roster:
            self._roster = roster
            ids = {pid for _, pid in roster}
            for menu in (self.person, self.other):
                keep = menu.value if menu.value in ids else None
                menu.options = roster
                if keep is not None:
                    menu.value = keep

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
            raise NetquizError(say(self.lang, "choose_person"))
        person = self.store.rename(self.person.value, self.new_name.value)
        self.new_name.value = ""
        return say(self.lang, "renamed", name=person.name)

    def _name(self, pid: int) -> str:
        return next((p.name for p in self._people if p.id == pid), "")

    def _merge(self) -> str:
        if self.person.value is None or self.other.value is None:
            raise NetquizError(say(self.lang, "choose_two"))
        pair = (self.person.value, self.other.value)
        if self._confirm != pair:
            if pair[0] == pair[1]:
                raise NetquizError(say(self.lang, "choose_two"))
            self._confirm = pair
            self.merge_button.description = say(self.lang, "confirm_merge")
            self.merge_button.button_style = "danger"
            return say(self.lang, "confirm_merge_msg", other=self._name(pair[1]), kept=self._name(pair[0]))
        dropped = self._name(pair[1])
        kept = self.store.merge(*pair)
        self._unconfirm()
        return say(self.lang, "merged", dropped=dropped, kept=kept.name)
