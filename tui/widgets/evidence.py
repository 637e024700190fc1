"""The evidence panel: the sentence an agreement field was read from, shown on demand.

It holds the (article, sentence) it shows so the screen can open the article there.
The sentence is untrusted text: cleaned, and the field's value marked where it occurs.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from tui.glyphs import glyphs
from tui.widgets.labels import DIM_STYLE, HEADING_STYLE, MATCH_STYLE, clean
from tui.widgets.story_text import quote_marks, sep


@dataclass(frozen=True)
class Evidence:
    """One field's source: what it says, and where it was said."""

    key: str  # which row of the screen it belongs to
    field: str  # e.g. "Year"
    value: str  # e.g. "2023"
    article: str
    sentence: int
    sentence_text: str  # raw, untrusted
    title: str  # raw, untrusted
    date: str = ""
    mark: str | None = None  # what to mark in the sentence (defaults to the value)
    rule: str = ""  # the extraction rule that read it, when the fact names one


def evidence_text(evidence: Evidence) -> Text:
    """The panel's content: field = value, the quoted sentence with the value marked, the source."""
    out = Text(end="")
    out.append(f"{evidence.field}: ", style=HEADING_STYLE)
    out.append(clean(evidence.value))
    out.append("\n")
    sentence = clean(evidence.sentence_text)
    start = len(out.plain) + 1
    left, right = quote_marks()
    out.append(f"{left}{sentence}{right}")
    needle = clean(evidence.mark if evidence.mark is not None else evidence.value).casefold()
    if needle:
        found = sentence.casefold().find(needle)
        if found >= 0 and len(sentence.casefold()) == len(sentence):
            out.stylize(MATCH_STYLE, start + found, start + found + len(needle))
    out.append("\n")
    rule = f"rule {clean(evidence.rule)}" if clean(evidence.rule) else ""
    source = sep().join(p for p in (clean(evidence.title), evidence.date, rule) if p)
    out.append(f"{glyphs().dash} {source}", style=DIM_STYLE)
    out.append("   o or Enter: open the article at this sentence", style=DIM_STYLE)
    return out


class EvidencePanel(Static):
    """Shows one `Evidence`; hidden until there is something to show."""

    def __init__(self, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.border_title = "Evidence"
        self.evidence: Evidence | None = None

    def show_evidence(self, evidence: Evidence | None) -> None:
        """Show `evidence`, or hide the panel for None."""
        self.evidence = evidence
        if evidence is None:
            self.update("")
            self.remove_class("-shown")
            return
        self.update(evidence_text(evidence))
        self.add_class("-shown")
