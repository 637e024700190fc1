"""The lines of an agreement's story: timeline entries, what a sentence says, disagreements.

Builders of `Text` for the agreement view's Timeline and Contradictions sections. Titles,
sources, values and sentences come from articles: every piece goes through `clean`/`plain`,
never markup. A statement another article contradicts is bold and followed by "!", so it
reads without colour (NO_COLOR, 16 colours).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.widgets.option_list import Option

from store.db.story import Claim, Contradiction, Entry, Statement, Story
from tui.glyphs import glyphs
from tui.widgets.labels import DIM_STYLE, HEADING_STYLE, clean

DISPUTED_STYLE = Style(bold=True)
DISPUTED_MARK = "!"
SENTENCE_LINES = 2
"""How many lines of its sentence a timeline line shows (the evidence panel shows it all)."""

KIND_TITLES: dict[str, str] = {
    "year": "Year differs",
    "value": "Value differs",
    "parties": "Parties differ",
    "status": "Status goes back",
}
FIELD_ORDER = ("status", "year", "value", "party", "part_of")

Names = Callable[[str], str]
"""An actor id -> its name (for party statements)."""


def shorten(text: str, width: int) -> str:
    """`text` cut to `width` characters with an ellipsis."""
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + glyphs().ellipsis


def sep() -> str:
    """What separates the parts of a line: " · ", or " - " on a plain terminal."""
    return f" {glyphs().dot} "


def quote_marks() -> tuple[str, str]:
    """Quotation marks around a sentence: curly, or straight on a plain terminal."""
    return ('"', '"') if glyphs().ascii else ("“", "”")


def status_word(status: Any) -> str:
    """A status as words: ``in_force`` -> ``in force``."""
    return clean(str(status or "")).replace("_", " ")


def value_word(field: str, value: Any, names: Names) -> str:
    """How one stated value reads: a party by its name, a status in words, the rest as written."""
    if field == "party":
        return clean(names(str(value)))
    if field == "status":
        return status_word(value)
    return clean(str(value))


def claim_word(kind: str, claim: Claim, names: Names) -> str:
    """A side of a disagreement in words (a party list joined by commas)."""
    if kind == "parties":
        return ", ".join(clean(names(str(p))) for p in claim.value)
    return value_word("status" if kind == "status" else kind, claim.value, names)


def entry_head(entry: Entry, width: int) -> Text:
    """An article's line in the timeline: date · source · title (undated says so)."""
    out = Text(entry.date or "undated", style=HEADING_STYLE, end="")
    source = clean(entry.source)
    if source:
        out.append(sep())
        out.append(shorten(source, 24), style=DIM_STYLE)
    out.append(sep())
    room = max(12, width - len(out.plain))
    out.append(shorten(clean(entry.title), room))
    if not entry.statements:
        out.append("\n  mentions it, says nothing of its status, year, value or parties", "italic")
    return out


def said(
    statements: Iterable[Statement], names: Names, disputed: Callable[[Statement], bool]
) -> Text:
    """What one sentence says of the agreement: "signed · year 2023 · parties Japan, Australia",
    each disputed value bold with a "!"."""
    by_field: dict[str, list[Statement]] = {}
    for s in statements:
        by_field.setdefault(s.field, []).append(s)
    out = Text(end="")
    for field in sorted(by_field, key=lambda f: FIELD_ORDER.index(f) if f in FIELD_ORDER else 9):
        if out.plain:
            out.append(sep(), style=DIM_STYLE)
        label = {"party": "parties", "status": "", "part_of": "part of"}.get(field, field)
        if label:
            out.append(f"{label} ", style=DIM_STYLE)
        for i, s in enumerate(by_field[field]):
            if i:
                out.append(", ")
            word = value_word(field, s.value, names)
            if disputed(s):
                out.append(word + DISPUTED_MARK, style=DISPUTED_STYLE)
            else:
                out.append(word)
    return out


def rules_of(statements: Iterable[Statement]) -> str:
    """The extraction rules behind some statements, when the facts record them."""
    return ", ".join(dict.fromkeys(clean(s.rule) for s in statements if s.rule))


def quoted(sentence: str, width: int, indent: str = "    ") -> Text:
    """A sentence in quotes, wrapped to ``width`` over at most SENTENCE_LINES lines."""
    room = max(20, width - len(indent))
    left, right = quote_marks()
    lines = textwrap.wrap(f"{left}{clean(sentence)}{right}", room) or [left + right]
    if len(lines) > SENTENCE_LINES:
        lines = lines[:SENTENCE_LINES]
        cut = glyphs().ellipsis
        lines[-1] = shorten(lines[-1], room - 2).removesuffix(cut) + cut + right
    return Text("\n".join(indent + line for line in lines), end="")


def statement_line(
    statements: list[Statement],
    sentence: str,
    width: int,
    names: Names,
    disputed: Callable[[Statement], bool],
) -> Text:
    """A timeline line for one sentence: what it says (and by which rule), then the sentence."""
    out = Text("  ", end="")
    out.append_text(said(statements, names, disputed))
    rules = rules_of(statements)
    if rules and len(out.plain) + len(rules) + 6 <= width:
        out.append(f"  ({rules})", style=DIM_STYLE)
    if clean(sentence):
        out.append("\n")
        out.append_text(quoted(sentence, width))
    return out


def contradiction_head(contradiction: Contradiction) -> Text:
    """The title line of one disagreement: what differs, between how many articles."""
    out = Text(KIND_TITLES.get(contradiction.kind, contradiction.kind), style=HEADING_STYLE, end="")
    out.append(f" between {len(contradiction.articles)} articles", style=DIM_STYLE)
    return out


def claim_line(word: str, entry: Entry | None, article: str, width: int, pad: int = 0) -> Text:
    """One side of a disagreement as one article gives it: the value (padded to ``pad`` so
    the sides line up), then date · source · title."""
    out = Text("  ", end="")
    shown = shorten(word, max(12, width // 2))
    out.append(shown, style=DISPUTED_STYLE)
    out.append(" " * max(0, min(pad, width // 2) - len(shown)))
    out.append("  ")
    if entry is None:
        out.append(shorten(clean(article), width - len(out.plain)), style=DIM_STYLE)
        return out
    out.append(entry.date or "undated")
    source = clean(entry.source)
    if source:
        out.append(sep())
        out.append(shorten(source, 20), style=DIM_STYLE)
    room = width - len(out.plain) - 3
    if room >= 12:
        out.append(sep())
        out.append(shorten(clean(entry.title), room), style=DIM_STYLE)
    return out


def story_summary(story: Story | None) -> Text:
    """One line under the name: how many articles over which dates, and whether they agree."""
    out = Text(end="", style=DIM_STYLE)
    if story is None:
        return out
    count = len(story.timeline)
    out.append(f"{count} article{'s' * (count != 1)}")
    dates = [e.date for e in story.timeline if e.date]
    if dates:
        span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
        out.append(f"{sep()}{span}")
    found = len(story.contradictions)
    if found:
        out.append(sep())
        out.append(f"{DISPUTED_MARK} {found} contradiction{'s' * (found != 1)}", DISPUTED_STYLE)
    elif count > 1:
        out.append(f"{sep()}the articles agree")
    return out


def more_articles(count: int) -> Option:
    """The disabled line saying how many more articles give the same side."""
    return Option(
        Text(f"    {glyphs().ellipsis} and {count} more article{'s' * (count != 1)}", "italic"),
        disabled=True,
    )


def value_text(agreement: Any) -> str:
    """The value as written, with the parsed amount and currency when known."""
    parts = [clean(agreement.value)] if agreement.value else []
    if agreement.amount is not None:
        amount = f"{agreement.amount:,.0f}"
        parsed = f"{amount} {clean(agreement.currency)}".strip()
        parts.append(f"({parsed})" if parts else parsed)
    return " ".join(parts)


def agreement_head(agreement: Any, story: Story | None, width: int) -> Text:
    """The view's head: the name, what the story sums up, then the other names and keywords."""
    head = Text(clean(agreement.name), style=HEADING_STYLE, end="")
    if agreement.unnamed:
        head.append("  (unnamed)", style=DIM_STYLE)
    if story is not None:
        head.append("\n")
        head.append_text(story_summary(story))
    aliases = [clean(a) for a in agreement.aliases if clean(a) and clean(a) != clean(agreement.name)]
    if aliases:
        head.append("\nalso: ", style=DIM_STYLE)
        head.append(shorten("; ".join(aliases), width - 6))
    names = {clean(agreement.name).casefold(), *(a.casefold() for a in aliases)}
    keywords = [clean(k) for k in agreement.keywords if clean(k).casefold() not in names]
    if keywords:
        head.append("\nkeywords: ", style=DIM_STYLE)
        head.append(shorten(", ".join(keywords), width - 10))
    return head
