"""The Linked agreements pane: agreements of the open article or the highlighted actor.

Each row shows the name, then parties, status, year and value. ``e`` walks through the
evidence of the highlighted agreement, one stated field at a time, opening the article at
the sentence that states it (starting in the open article).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from store.records import Agreement, StoredFact
from tui.fix_keys import Fixable, agreement_bindings, mark_binding
from tui.glyphs import glyphs
from tui.navigation import Location
from tui.safe import one_line
from tui.widgets.lists import RecordList

FIELD_ORDER = {"party": 0, "status": 1, "year": 2, "value": 3}


def status_label(status: str | None) -> str:
    return one_line(status).replace("_", " ") if status else ""


def agreement_prompt(agreement: Agreement, name_of: Callable[[str], str]) -> Text:
    """The name on its own line, then ``parties · status · year · value`` (wrapping)."""
    prompt = Text(one_line(agreement.name) or "(unnamed agreement)", style="bold", end="")
    if agreement.unnamed:
        prompt.append(" (unnamed)", style="italic")
    parties = ", ".join(one_line(name_of(p)) for p in agreement.parties)
    facts = [
        parties,
        status_label(agreement.status),
        str(agreement.year) if agreement.year else "",
        one_line(agreement.value) if agreement.value else "",
    ]
    details = f" {glyphs().dot} ".join(f for f in facts if f)
    if details:
        prompt.append("\n")
        prompt.append(details, style="italic")
    return prompt


def evidence_order(agreement: Agreement) -> list[StoredFact]:
    """The agreement's facts in a stable order: by field, then article and sentence."""
    return sorted(
        agreement.facts, key=lambda f: (FIELD_ORDER.get(f.field, 9), f.article, f.sentence)
    )


def fact_label(fact: StoredFact, name_of: Callable[[str], str]) -> str:
    value = fact.value
    if fact.field == "party" and isinstance(value, str):
        value = name_of(value)
    if fact.field == "status":
        value = status_label(str(value))
    return f"{fact.field}: {one_line(value)}"


class AgreementList(Fixable, RecordList):
    """Agreements in context; Enter opens one, ``e`` steps through its evidence. Its keys
    correct the highlighted agreement (``tui.fix_keys``); space marks agreements to merge."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open"),
        Binding("e", "evidence", "Evidence"),
        mark_binding(),
        *agreement_bindings(),
    ]
    fix_table = "agreement"
    fix_marks = True

    class EvidenceChosen(Message):
        """Show the sentence that states one field of an agreement."""

        def __init__(self, location: Location, label: str) -> None:
            super().__init__()
            self.location = location
            self.label = label

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._agreements: dict[str, Agreement] = {}
        self._name_of: Callable[[str], str] = lambda key: key
        self._article: str | None = None
        self._step: dict[str, int] = {}
        self._marked: dict[str, None] = {}

    def set_agreements(
        self,
        agreements: Sequence[Agreement],
        name_of: Callable[[str], str],
        article: str | None,
    ) -> None:
        """Show ``agreements``; ``article`` is where evidence starts for each agreement."""
        self._agreements = {g.id: g for g in agreements}
        self._name_of = name_of
        self._article = article
        self.replace((g.id, self._prompt(g)) for g in agreements)

    def _prompt(self, agreement: Agreement) -> Text:
        prompt = agreement_prompt(agreement, self._name_of)
        if not self._marked:
            return prompt
        line = Text("* " if agreement.id in self._marked else "  ", style="bold", end="")
        return line + prompt

    def fix_record(self) -> str | None:
        return self.highlighted_id

    def fix_marked(self) -> list[str]:
        return list(self._marked)

    def toggle_mark(self, id: str) -> None:
        if id in self._marked:
            del self._marked[id]
        else:
            self._marked[id] = None
        self.replace((g.id, self._prompt(g)) for g in self._agreements.values())

    def clear_marks(self) -> None:
        self._marked.clear()
        self.replace((g.id, self._prompt(g)) for g in self._agreements.values())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fix" and parameters:
            return self.check_fix(str(parameters[0]))
        if action == "evidence":
            key = self.highlighted_id
            agreement = self._agreements.get(key) if key else None
            return True if agreement is not None and agreement.facts else None
        if action == "select":
            return True if self.highlighted_id is not None else None
        return True

    def action_evidence(self) -> None:
        key = self.highlighted_id
        agreement = self._agreements.get(key) if key else None
        if agreement is None or not agreement.facts:
            return
        facts = evidence_order(agreement)
        if agreement.id in self._step:
            step = self._step[agreement.id] % len(facts)
        else:  # start with what the open article states
            here = [i for i, f in enumerate(facts) if f.article == self._article]
            step = here[0] if here else 0
        self._step[agreement.id] = step + 1
        fact = facts[step]
        label = f"{fact_label(fact, self._name_of)} ({step + 1}/{len(facts)})"
        self.post_message(
            self.EvidenceChosen(Location("article", fact.article, fact.sentence), label)
        )

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        self.refresh_bindings()
