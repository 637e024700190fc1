"""The agreement view: its story across articles, where they disagree, and each field's evidence.

From the top: Contradictions (only when articles disagree: each side with the articles that
give it), Fields, Parties, and the Timeline: every article that mentions the agreement, by
date, with what each of its sentences says of it (status, year, value, parties) and the
sentence. The story is computed by the store (`store.db.story`); this view only shows it.
A line's evidence is shown on demand (`e`, or Enter on the line) in the evidence panel; a
second Enter (or `o`) opens the article at that sentence, where the article view marks it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.db.amounts import read_money
from store.db.story import Story, story_of
from tui.explorer import explorer
from tui.navigation import Location
from tui.screens.agreement_lines import AgreementLines, Row
from tui.screens.entity import QUIET_BACK, EntityScreen, leave, store_lock
from tui.widgets.evidence import EvidencePanel
from tui.widgets.footer import Footer
from tui.widgets.labels import clean, joined, plain
from tui.widgets.section_list import SectionList
from tui.widgets.story_text import agreement_head


class AgreementScreen(EntityScreen):
    """Everything the store knows about one agreement, with its evidence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),  # while no evidence panel is open
        Binding("escape", "hide_evidence", "Hide"),  # otherwise: check_action picks one
        QUIET_BACK,
        Binding("e", "evidence", "Evidence"),
        Binding("o", "open_evidence", "Article", tooltip="Open the article at the evidence"),
    ]

    def __init__(self, agreement_id: str, party: str | None = None) -> None:
        super().__init__("agreement")
        self.agreement_id = agreement_id
        self._party = party  # opened at this party's line, its evidence shown (once)
        self.agreement: Any = None
        self._rows: dict[str, Row] = {}
        self.story: Story | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="agreement-head")
        with VerticalScroll(id="agreement-body", can_focus=False):
            yield SectionList("Contradictions", id="agreement-contradictions", hide_empty=True)
            yield SectionList("Fields", id="agreement-fields")
            yield SectionList("Parties", id="agreement-parties")
            yield SectionList("Timeline", id="agreement-timeline")
        yield EvidencePanel(id="agreement-evidence")
        yield Footer(compact=True)

    def load(self) -> None:
        """(Re)read the agreement and its story from the catalog; the sentences it quotes come
        from the article bodies, which a worker reads off the UI thread before the view fills."""
        self._rows.clear()
        self._generation = self._store.generation if self._store is not None else None
        self.story = None
        self.query_one(EvidencePanel).show_evidence(None)
        store = self._store
        self.agreement = store.agreement(self.agreement_id) if store is not None else None
        if self.agreement is None:
            self.query_one("#agreement-head", Static).update(
                joined("No such agreement:", plain(self.agreement_id), sep=" ")
            )
            for section in self.query(SectionList):
                section.fill([])
            return
        self.story = story_of(self.agreement, store.article, read_money)
        self._build(self.agreement)

    @work(thread=True, exclusive=True, group="bodies")
    def _build(self, agreement: Any) -> None:
        """Every section's lines, built in a worker: the sentences they quote are read from the
        article bodies under the store lock, never on the UI thread."""
        assert self.story is not None
        with store_lock(self.app):
            lines = AgreementLines(self._store, agreement, self.story, self._width)
            head = agreement_head(agreement, self.story, self._width)
            built = (head, lines.contradictions(), lines.fields(), lines.parties())
            timeline = lines.timeline()
        self.app.call_from_thread(self._fill, agreement, lines.rows, *built, timeline)

    def _fill(
        self,
        agreement: Any,
        rows: dict[str, Row],
        head: Text,
        disputes: list[Option],
        fields: list[Option],
        parties: list[Option],
        timeline: tuple[list[Option], int],
    ) -> None:
        """Show what the worker built (unless the view was re-read meanwhile)."""
        if agreement is not self.agreement or self.story is None:
            return
        self._rows = rows
        self.query_one("#agreement-head", Static).update(head)
        self.sub_title = clean(agreement.name)
        count = len(self.story.contradictions)
        section = self.query_one("#agreement-contradictions", SectionList)
        section.fill(disputes)
        section.border_title = f"Contradictions ({count})" if count else "Contradictions"
        self.query_one("#agreement-fields", SectionList).fill(fields)
        self.query_one("#agreement-parties", SectionList).fill(parties)
        lines = self.query_one("#agreement-timeline", SectionList)
        lines.fill(*timeline)
        articles = len(self.story.timeline)
        lines.border_title = f"Timeline ({articles} article{'s' * (articles != 1)})"
        (section if count else self.query_one("#agreement-fields", SectionList)).focus()
        if self._party is not None:
            self._show_party(self._party)
            self._party = None

    def _show_party(self, party: str) -> None:
        """Highlight ``party``'s line and show the sentence naming it a party."""
        parties = self.query_one("#agreement-parties", SectionList)
        for index in range(parties.option_count):
            key = parties.get_option_at_index(index).id or ""
            row = self._rows.get(key)
            if row is not None and row.kind == "party" and row.target == Location("actor", party):
                parties.highlighted = index
                parties.focus()
                if row.evidence is not None:
                    self.query_one(EvidencePanel).show_evidence(row.evidence)
                    self.refresh_bindings()
                return

    # --- keys -------------------------------------------------------------------------------

    def _highlighted_row(self) -> tuple[str, Row] | None:
        focused = self.focused
        if not isinstance(focused, SectionList):
            return None
        key = focused.selected_id
        if key is None or key not in self._rows:
            return None
        return key, self._rows[key]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`e` and `o` are dimmed in the footer where the highlighted line has no evidence;
        Escape says (and does) Hide while the evidence panel is open, Back otherwise."""
        if action in ("hide_evidence", "back"):
            shown = self.query_one(EvidencePanel).evidence is not None
            return shown if action == "hide_evidence" else not shown
        if action in ("evidence", "open_evidence"):
            found = self._highlighted_row()
            if found is not None and found[1].evidence is not None:
                return True
            if action == "open_evidence" and self.query_one(EvidencePanel).evidence is not None:
                return True
            return None
        return super().check_action(action, parameters)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.refresh_bindings()
        self.call_after_refresh(self.reveal_highlight)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def action_evidence(self) -> None:
        """Show the evidence of the highlighted row."""
        found = self._highlighted_row()
        if found is None:
            return
        _, row = found
        if row.evidence is None:
            self.notify("No evidence sentence is stored for this line.", timeout=3)
            return
        self.query_one(EvidencePanel).show_evidence(row.evidence)
        self.refresh_bindings()
        self.call_after_refresh(self.reveal_highlight)  # the panel took room from the column

    def action_open_evidence(self) -> None:
        """Open the article at the evidence sentence (the highlighted row's, else the panel's)."""
        found = self._highlighted_row()
        evidence = found[1].evidence if found is not None else None
        if evidence is None:
            evidence = self.query_one(EvidencePanel).evidence
        if evidence is None:
            self.notify("Press e on a field first to see its evidence.", timeout=3)
            return
        explorer(self).go(Location("article", evidence.article, evidence.sentence))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self._rows.get(event.option_id or "")
        if row is None:
            return
        if row.kind in ("party", "article") and row.target is not None:
            explorer(self).go(row.target)
            return
        shown = self.query_one(EvidencePanel).evidence
        if row.evidence is not None and shown is not None and shown.key == event.option_id:
            self.action_open_evidence()
        else:
            self.action_evidence()

    def action_hide_evidence(self) -> None:
        """Close the evidence panel (Escape while it is open)."""
        self.query_one(EvidencePanel).show_evidence(None)
        self.refresh_bindings()

    def action_back(self) -> None:
        """Escape hides the evidence panel first, then leaves the view."""
        panel = self.query_one(EvidencePanel)
        if panel.evidence is not None:
            panel.show_evidence(None)
            self.refresh_bindings()
            return
        leave(self)
