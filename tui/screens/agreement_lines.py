"""The agreement view's lines: each section's options built from the store, with the row
each stands for (where Enter goes, the evidence `e` shows).

Built in the view's worker under the store lock, since the sentences quoted are read from
the article bodies; `AgreementScreen` only shows what this gives it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rich.text import Text
from textual.widgets.option_list import Option

from store.db.story import Entry, Statement, Story
from tui.glyphs import glyphs
from tui.navigation import Location
from tui.screens.entity import KIND_LABELS, SECTION_LIMIT, article_date, status_label
from tui.widgets.evidence import Evidence
from tui.widgets.labels import DIM_STYLE, HEADING_STYLE, clean, joined, plain
from tui.widgets.story_text import (
    DISPUTED_MARK,
    DISPUTED_STYLE,
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


class AgreementLines:
    """The options of one agreement's sections, read from ``store`` at ``width`` columns;
    `rows` maps each option's id to what it stands for."""

    def __init__(self, store: Any, agreement: Any, story: Story, width: int) -> None:
        self.store = store
        self.agreement = agreement
        self.story: Story | None = story
        self.width = width
        self.rows: dict[str, Row] = {}
        self._bodies: dict[str, Any] = {}
        self._order = {e.article: i for i, e in enumerate(story.timeline)}
        self._partly = story.unshared_parties

    def _sentence(self, article_id: str, index: int) -> str:
        body = self._bodies.get(article_id)
        if body is None:
            try:
                body = self._bodies[article_id] = self.store.body(article_id)
            except Exception:  # a missing body leaves the evidence without its sentence
                return ""
        try:
            return body.sentence_text(index)
        except (IndexError, TypeError):
            return ""

    def _evidence(self, key: str, field: str, value: str, fact: Any) -> Evidence:
        meta = self.store.article(fact.article)
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

    def _option(self, prompt: Text, row: Row) -> Option:
        key = f"r{len(self.rows)}"
        if row.evidence is not None:
            row.evidence = replace(row.evidence, key=key)
        self.rows[key] = row
        return Option(prompt, id=key)

    def parties(self) -> list[Option]:
        options = []
        for party_id in self.agreement.parties:
            actor = self.store.actor(party_id)
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

    def fields(self) -> list[Option]:
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
        whole = self.store.agreement(agreement.part_of) if agreement.part_of else None
        if whole is not None:  # made under a larger agreement: Enter opens that one
            fact = self._supporting("part_of", None)
            evidence = self._evidence("", "Part of", clean(whole.name), fact) if fact else None
            prompt = joined(
                Text("Part of", style=HEADING_STYLE, end=""), plain(clean(whole.name)), sep=" "
            )
            options.append(
                self._option(prompt, Row("party", Location("agreement", whole.id), evidence))
            )
        return options

    def _disputed_kinds(self) -> set[str]:
        return {c.kind for c in self.story.contradictions} if self.story is not None else set()

    def _actor_name(self, actor_id: str) -> str:
        actor = self.store.actor(actor_id)
        return actor.name if actor is not None else actor_id

    def _disputed(self, statement: Statement) -> bool:
        return self.story is not None and self.story.disputed(statement)

    def contradictions(self) -> list[Option]:
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
                    prompt = claim_line(word, entry, article_id, self.width, pad)
                    fact = next(s for s in claim.statements if s.article == article_id)
                    label = contradiction.kind.capitalize()
                    evidence = self._evidence("", label, word, fact)
                    if contradiction.kind in ("year", "value"):
                        evidence = replace(evidence, mark=str(claim.value))
                    options.append(self._option(prompt, Row("claim", evidence=evidence)))
                if len(claim.articles) > CLAIM_ARTICLES:
                    options.append(more_articles(len(claim.articles) - CLAIM_ARTICLES))
        return options

    def timeline(self) -> tuple[list[Option], int]:
        """Every article by date: its line (Enter opens it), then one line per sentence that
        says something of the agreement, with the sentence (Enter shows it as evidence)."""
        assert self.story is not None
        options: list[Option] = []
        width = self.width
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
            prompt = statement_line(statements, text, self.width, self._actor_name, self._disputed)
            what = said(statements, self._actor_name, lambda _: False).plain
            evidence = self._evidence("", "Says", what, statements[0])
            marks = [s for s in statements if s.field in ("value", "year")]
            mark = str(marks[0].value) if marks else ""
            evidence = replace(evidence, mark=mark, rule=rules_of(statements))
            options.append(self._option(prompt, Row("said", evidence=evidence)))
        return options
