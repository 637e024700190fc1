"""The agreement view: parties, status, year and value, each with the sentence it came from.

A field's evidence is shown on demand (`e`, or Enter on the row) in the evidence panel; a
second Enter (or `o`) opens the article at that sentence, where the article view marks it.
The status timeline lists what each article said about the status, oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.navigation import Location
from tui.screens.entity import (
    KIND_LABELS,
    QUIET_BACK,
    SECTION_LIMIT,
    EntityScreen,
    article_date,
    leave,
    shorten,
    status_label,
)
from tui.widgets.evidence import Evidence, EvidencePanel
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, HEADING_STYLE, clean, fit, joined, plain
from tui.widgets.section_list import SectionList

FIELD_LABELS: dict[str, str] = {"status": "Status", "year": "Year", "value": "Value"}


@dataclass
class Row:
    """What one option of the view stands for."""

    kind: str  # party | field | timeline | article
    target: Location | None = None
    evidence: Evidence | None = None


def value_text(agreement: Any) -> str:
    """The value as written, with the parsed amount and currency when known."""
    parts = [clean(agreement.value)] if agreement.value else []
    if agreement.amount is not None:
        amount = f"{agreement.amount:,.0f}"
        parsed = f"{amount} {clean(agreement.currency)}".strip()
        parts.append(f"({parsed})" if parts else parsed)
    return " ".join(parts)


class AgreementScreen(EntityScreen):
    """Everything the store knows about one agreement, with its evidence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),  # while no evidence panel is open
        Binding("escape", "hide_evidence", "Hide"),  # otherwise: check_action picks one
        QUIET_BACK,
        Binding("e", "evidence", "Evidence"),
        Binding("o", "open_evidence", "Article", tooltip="Open the article at the evidence"),
    ]

    def __init__(self, agreement_id: str) -> None:
        super().__init__()
        self.agreement_id = agreement_id
        self.agreement: Any = None
        self._rows: dict[str, Row] = {}
        self._bodies: dict[str, Any] = {}
        self._order: dict[str, tuple[Any, ...]] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="agreement-head")
        with VerticalScroll(id="agreement-body", can_focus=False):
            yield SectionList("Parties", id="agreement-parties")
            yield SectionList("Fields", id="agreement-fields")
            yield SectionList("Status by article", id="agreement-timeline")
            yield SectionList("Articles", id="agreement-articles")
        yield EvidencePanel(id="agreement-evidence")
        yield Footer(compact=True)

    def load(self) -> None:
        """(Re)read the agreement from the store and fill every section."""
        self._rows.clear()
        self._generation = getattr(self._store, "generation", None)
        self._bodies.clear()
        self.query_one(EvidencePanel).show_evidence(None)
        self.agreement = (
            self._store.agreement(self.agreement_id) if self._store is not None else None
        )
        head = self.query_one("#agreement-head", Static)
        if self.agreement is None:
            head.update(joined("No such agreement:", plain(self.agreement_id), sep=" "))
            for section in self.query(SectionList):
                section.fill([])
            return
        self._order = self._article_order()
        head.update(self._head())
        self.sub_title = clean(self.agreement.name)
        self.query_one("#agreement-parties", SectionList).fill(self._parties())
        self.query_one("#agreement-fields", SectionList).fill(self._fields())
        statuses = sum(1 for f in self.agreement.facts if f.field == "status")
        more = max(0, statuses - SECTION_LIMIT)
        self.query_one("#agreement-timeline", SectionList).fill(self._timeline(), more)
        more = max(0, len(self.agreement.articles) - SECTION_LIMIT)
        self.query_one("#agreement-articles", SectionList).fill(self._articles(), more)
        self.query_one("#agreement-fields", SectionList).focus()

    # --- reading the store ------------------------------------------------------------------

    def _article_order(self) -> dict[str, tuple[Any, ...]]:
        """A sort key per article: dated articles by date, then undated ones in ingest order."""
        order = {}
        for article_id in {*self.agreement.articles, *(f.article for f in self.agreement.facts)}:
            meta = self._store.article(article_id)
            date = article_date(meta)
            ingested = getattr(meta, "ingested", "") or ""
            order[article_id] = (
                (0, date, ingested, article_id) if date else (1, "", ingested, article_id)
            )
        return order

    def _sentence(self, article_id: str, index: int) -> str:
        body = self._bodies.get(article_id)
        if body is None:
            try:
                body = self._bodies[article_id] = self._store.body(article_id)
            except Exception:  # a missing body leaves the evidence without its sentence
                return ""
        try:
            return body.sentence_text(index)
        except (IndexError, TypeError):
            return ""

    def _evidence(self, key: str, field: str, value: str, fact: Any) -> Evidence:
        meta = self._store.article(fact.article)
        return Evidence(
            key=key,
            field=field,
            value=value,
            article=fact.article,
            sentence=fact.sentence,
            sentence_text=self._sentence(fact.article, fact.sentence),
            title=meta.title if meta is not None else fact.article,
            date=article_date(meta),
        )

    def _supporting(self, field: str, value: Any) -> Any | None:
        """The fact that backs a field's current value (status: the latest article saying it)."""
        facts = [f for f in self.agreement.facts if f.field == field]
        same = [f for f in facts if str(f.value) == str(value)] or facts
        if not same:
            return None
        same.sort(key=lambda f: (self._order.get(f.article, (2,)), f.sentence))
        return same[-1] if field == "status" else same[0]

    # --- sections ---------------------------------------------------------------------------

    def _head(self) -> Text:
        agreement = self.agreement
        head = plain(agreement.name, HEADING_STYLE)
        if agreement.unnamed:
            head.append("  (unnamed)", style=DIM_STYLE)
        aliases = [
            clean(a) for a in agreement.aliases if clean(a) and clean(a) != clean(agreement.name)
        ]
        width = self._width
        if aliases:
            head.append("\n")
            head.append("also: ", style=DIM_STYLE)
            head.append(shorten("; ".join(aliases), width - 6))
        names = {clean(agreement.name).casefold(), *(a.casefold() for a in aliases)}
        keywords = [clean(k) for k in agreement.keywords if clean(k).casefold() not in names]
        if keywords:
            head.append("\n")
            head.append("keywords: ", style=DIM_STYLE)
            head.append(shorten(", ".join(keywords), width - 10))
        return head

    def _option(self, prompt: Text, row: Row) -> Option:
        key = f"r{len(self._rows)}"
        if row.evidence is not None:
            row.evidence = replace(row.evidence, key=key)
        self._rows[key] = row
        return Option(prompt, id=key)

    def _parties(self) -> list[Option]:
        options = []
        for party_id in self.agreement.parties:
            actor = self._store.actor(party_id)
            name = clean(actor.name) if actor is not None else clean(party_id)
            kind = KIND_LABELS.get(actor.kind, "") if actor is not None else ""
            fact = self._supporting("party", party_id)
            evidence = self._evidence("", "Party", name, fact) if fact is not None else None
            prompt = joined(plain(name), Text(kind, style=DIM_STYLE, end=""))
            options.append(
                self._option(prompt, Row("party", Location("actor", party_id), evidence))
            )
        return options

    def _fields(self) -> list[Option]:
        agreement = self.agreement
        values = {
            "status": status_label(agreement.status),
            "year": str(agreement.year) if agreement.year is not None else "",
            "value": value_text(agreement),
        }
        raw = {"status": agreement.status, "year": agreement.year, "value": agreement.value}
        options = []
        for field, label in FIELD_LABELS.items():
            shown = values[field]
            fact = self._supporting(field, raw[field]) if shown else None
            evidence = self._evidence("", label, shown, fact) if fact is not None else None
            if evidence is not None and field == "value":
                evidence = replace(evidence, mark=str(fact.value))
            prompt = Text(f"{label:<8}", style=HEADING_STYLE, end="")
            prompt.append_text(plain(shown or "unknown", "" if shown else "italic"))
            if evidence is not None:
                prompt.append("  ▸ evidence", style=DIM_STYLE)
            options.append(self._option(prompt, Row("field", evidence=evidence)))
        return options

    def _timeline(self) -> list[Option]:
        facts = [f for f in self.agreement.facts if f.field == "status"]
        facts.sort(key=lambda f: (self._order.get(f.article, (2,)), f.sentence))
        facts = facts[-SECTION_LIMIT:]  # the latest, when there are very many
        options = []
        for fact in facts:
            evidence = self._evidence("", "Status", str(fact.value), fact)
            when = evidence.date or "undated"
            status = status_label(str(fact.value))
            prompt = Text(f"{when:<10}  ", end="")
            prompt.append(status, style=HEADING_STYLE)
            prompt.append("  ")
            room = max(20, self._width - len(when) - len(status) - 6)
            prompt.append_text(plain(shorten(clean(evidence.title), room), DIM_STYLE))
            sentence = clean(evidence.sentence_text)
            if sentence:
                prompt.append("\n  “")
                prompt.append_text(plain(shorten(sentence, max(20, self._width - 4))))
                prompt.append("”")
            options.append(self._option(prompt, Row("timeline", evidence=evidence)))
        return options

    def _articles(self) -> list[Option]:
        ids = sorted(self.agreement.articles, key=lambda a: self._order.get(a, (2,)))
        ids = ids[:SECTION_LIMIT]
        options = []
        for article_id in ids:
            meta = self._store.article(article_id)
            facts = sorted(f.sentence for f in self.agreement.facts if f.article == article_id)
            sentence = facts[0] if facts else None
            title = meta.title if meta is not None else article_id
            prompt = fit(title, article_date(meta), self._width)
            options.append(
                self._option(prompt, Row("article", Location("article", article_id, sentence)))
            )
        return options

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
        return True

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.refresh_bindings()

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

    def action_open_evidence(self) -> None:
        """Open the article at the evidence sentence (the highlighted row's, else the panel's)."""
        found = self._highlighted_row()
        evidence = found[1].evidence if found is not None else None
        if evidence is None:
            evidence = self.query_one(EvidencePanel).evidence
        if evidence is None:
            self.notify("Press e on a field first to see its evidence.", timeout=3)
            return
        self.app.go(Location("article", evidence.article, evidence.sentence))  # type: ignore[attr-defined]

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self._rows.get(event.option_id or "")
        if row is None:
            return
        if row.kind in ("party", "article") and row.target is not None:
            self.app.go(row.target)  # type: ignore[attr-defined]
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
