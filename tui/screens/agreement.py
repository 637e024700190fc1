"""The agreement view: its story across articles, where they disagree, and each field's evidence.

From the top: Contradictions (only when articles disagree: each side with the articles that
give it), Fields, Parties, and the Timeline: every article that mentions the agreement, by
date, with what each of its sentences says of it (status, year, value, parties) and the
sentence. The story is computed by the store (`store.db.story`); this view only shows it.
A line's evidence is shown on demand (`e`, or Enter on the line) in the evidence panel; a
second Enter (or `o`) opens the article at that sentence, where the article view marks it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.db.amounts import read_money
from store.db.story import Entry, Statement, Story, story_of
from tui.explorer import explorer
from tui.fix_keys import agreement_bindings
from tui.glyphs import glyphs
from tui.navigation import Location
from tui.screens.entity import (
    KIND_LABELS,
    QUIET_BACK,
    SECTION_LIMIT,
    EntityScreen,
    article_date,
    leave,
    status_label,
    store_lock,
)
from tui.widgets.evidence import Evidence, EvidencePanel
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, HEADING_STYLE, clean, joined, plain
from tui.widgets.section_list import SectionList
from tui.widgets.story_text import (
    DISPUTED_MARK,
    DISPUTED_STYLE,
    agreement_head,
    claim_line,
    claim_word,
    contradiction_head,
    entry_head,
    more_articles,
    rules_of,
    said,
    statement_line,
    value_text,
)

FIELD_LABELS: dict[str, str] = {"status": "Status", "year": "Year", "value": "Value"}
CLAIM_ARTICLES = 3
"""The most articles listed for one side of a disagreement (the Timeline has them all)."""


@dataclass
class Row:
    """What one option of the view stands for."""

    kind: str  # party | field | said | article | claim
    target: Location | None = None
    evidence: Evidence | None = None


class AgreementScreen(EntityScreen):
    """Everything the store knows about one agreement, with its evidence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),  # while no evidence panel is open
        Binding("escape", "hide_evidence", "Hide"),  # otherwise: check_action picks one
        QUIET_BACK,
        Binding("e", "evidence", "Evidence"),
        Binding("o", "open_evidence", "Article", tooltip="Open the article at the evidence"),
        *agreement_bindings(),
    ]
    fix_table = "agreement"

    def __init__(self, agreement_id: str, party: str | None = None) -> None:
        super().__init__()
        self.agreement_id = agreement_id
        self._party = party  # opened at this party's line, its evidence shown (once)
        self.agreement: Any = None
        self._rows: dict[str, Row] = {}
        self._bodies: dict[str, Any] = {}
        self._order: dict[str, int] = {}
        self._partly: frozenset[str] = frozenset()
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
        self.story, self._order, self._partly = None, {}, frozenset()
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
        self._order = {e.article: i for i, e in enumerate(self.story.timeline)}
        self._partly = self.story.unshared_parties
        self._build(self.agreement)

    @work(thread=True, exclusive=True, group="bodies")
    def _build(self, agreement: Any) -> None:
        """Every section's lines, built in a worker: the sentences they quote are read from the
        article bodies under the store lock, never on the UI thread."""
        with store_lock(self.app):
            self._bodies = {}
            built = (agreement_head(agreement, self.story, self._width), self._contradictions(), self._fields(), self._parties())
            timeline = self._timeline()
        self.app.call_from_thread(self._fill, agreement, *built, timeline)

    def _fill(self, agreement: Any, head: Text, disputes: list[Option], fields: list[Option],
              parties: list[Option], timeline: tuple[list[Option], int]) -> None:
        """Show what the worker built (unless the view was re-read meanwhile)."""
        if agreement is not self.agreement or self.story is None:
            return
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

    # --- reading the store (in the worker) -------------------------------------------------

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
            title=meta.shown if meta is not None else fact.article,
            date=article_date(meta),
            rule=fact.rule or "",
        )

    def _supporting(self, field: str, value: Any) -> Any | None:
        """The fact that backs a field's current value (status: the latest article saying it)."""
        facts = [f for f in self.agreement.facts if f.field == field]
        same = [f for f in facts if str(f.value) == str(value)] or facts
        if not same:
            return None
        same.sort(key=lambda f: (self._order.get(f.article, len(self._order)), f.sentence))
        return same[-1] if field == "status" else same[0]

    # --- sections ---------------------------------------------------------------------------

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
            if party_id in self._partly:
                prompt.append(f"  {DISPUTED_MARK} not in every article's list", DISPUTED_STYLE)
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
                prompt.append(f"  {'>' if glyphs().ascii else '▸'} evidence", style=DIM_STYLE)
            if field in self._disputed_kinds():
                prompt.append(f"  {DISPUTED_MARK} articles disagree", style=DISPUTED_STYLE)
            options.append(self._option(prompt, Row("field", evidence=evidence)))
        whole = self._store.agreement(agreement.part_of) if agreement.part_of else None
        if whole is not None:  # made under a larger agreement: Enter opens that one
            fact = self._supporting("part_of", None)
            evidence = self._evidence("", "Part of", clean(whole.name), fact) if fact else None
            prompt = joined(Text("Part of", style=HEADING_STYLE, end=""), plain(clean(whole.name)), sep=" ")
            options.append(self._option(prompt, Row("party", Location("agreement", whole.id), evidence)))
        return options

    def _disputed_kinds(self) -> set[str]:
        return {c.kind for c in self.story.contradictions} if self.story is not None else set()

    def _actor_name(self, actor_id: str) -> str:
        actor = self._store.actor(actor_id)
        return actor.name if actor is not None else actor_id

    def _disputed(self, statement: Statement) -> bool:
        return self.story is not None and self.story.disputed(statement)

    def _contradictions(self) -> list[Option]:
        """Each disagreement: a title line, then one line per article on each side."""
        assert self.story is not None
        entries = {e.article: e for e in self.story.timeline}
        options = []
        for contradiction in self.story.contradictions:
            options.append(Option(contradiction_head(contradiction), disabled=True))
            words = [
                claim_word(contradiction.kind, c, self._actor_name) for c in contradiction.claims
            ]
            pad = max(len(w) for w in words)
            for claim, word in zip(contradiction.claims, words, strict=True):
                for article_id in claim.articles[:CLAIM_ARTICLES]:
                    entry = entries.get(article_id)
                    prompt = claim_line(word, entry, article_id, self._width, pad)
                    fact = next(s for s in claim.statements if s.article == article_id)
                    label = contradiction.kind.capitalize()
                    evidence = self._evidence("", label, word, fact)
                    if contradiction.kind in ("year", "value"):
                        evidence = replace(evidence, mark=str(claim.value))
                    options.append(self._option(prompt, Row("claim", evidence=evidence)))
                if len(claim.articles) > CLAIM_ARTICLES:
                    options.append(more_articles(len(claim.articles) - CLAIM_ARTICLES))
        return options

    def _timeline(self) -> tuple[list[Option], int]:
        """Every article by date: its line (Enter opens it), then one line per sentence that
        says something of the agreement, with the sentence (Enter shows it as evidence)."""
        assert self.story is not None
        options: list[Option] = []
        width = self._width
        for shown, entry in enumerate(self.story.timeline):
            if len(options) >= SECTION_LIMIT:
                return options, len(self.story.timeline) - shown
            first = entry.statements[0].sentence if entry.statements else None
            target = Location("article", entry.article, first)
            options.append(self._option(entry_head(entry, width), Row("article", target)))
            options.extend(self._said(entry))
        return options, 0

    def _said(self, entry: Entry) -> list[Option]:
        by_sentence: dict[int, list[Statement]] = {}
        for statement in entry.statements:
            by_sentence.setdefault(statement.sentence, []).append(statement)
        options = []
        for sentence, statements in by_sentence.items():
            text = self._sentence(entry.article, sentence)
            prompt = statement_line(statements, text, self._width, self._actor_name, self._disputed)
            what = said(statements, self._actor_name, lambda _: False).plain
            evidence = self._evidence("", "Says", what, statements[0])
            marks = [s for s in statements if s.field in ("value", "year")]
            mark = str(marks[0].value) if marks else ""
            evidence = replace(evidence, mark=mark, rule=rules_of(statements))
            options.append(self._option(prompt, Row("said", evidence=evidence)))
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
