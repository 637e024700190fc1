"""The lines of an agreement's story: hostile text stays plain, long sentences are cut to two
lines, disputed values are bold and marked, sides of a disagreement line up."""

from __future__ import annotations

from store.db.story import Claim, Entry, Statement
from tui.widgets.story_text import (
    DISPUTED_STYLE,
    claim_line,
    claim_word,
    entry_head,
    quoted,
    said,
    statement_line,
)

NAMES = {"c-no": "Norway", "c-cl": "Chile \x1b[31m[b]"}.get


def names(actor_id: str) -> str:
    return NAMES(actor_id) or actor_id


def test_a_long_sentence_is_cut_to_two_lines_within_the_width() -> None:
    sentence = " ".join(["word"] * 60)
    text = quoted(sentence, 40).plain
    lines = text.split("\n")
    assert len(lines) == 2 and all(len(line) <= 40 for line in lines)
    assert lines[0].startswith("    “word") and lines[1].endswith("…”")
    assert quoted("Short one.", 40).plain == "    “Short one.”"


def test_said_orders_fields_names_parties_and_marks_the_disputed_ones() -> None:
    statements = [
        Statement("party", "c-cl", "a", 0),
        Statement("year", 2021, "a", 0),
        Statement("status", "in_force", "a", 0),
        Statement("party", "c-no", "a", 0),
    ]
    text = said(statements, names, lambda s: s.field == "year")
    assert text.plain == "in force · year 2021! · parties Chile [b], Norway"
    bold = [text.plain[s.start : s.end] for s in text.spans if s.style == DISPUTED_STYLE]
    assert bold == ["2021!"]


def test_a_statement_line_names_its_rules_when_they_fit() -> None:
    statements = [Statement("year", 2021, "a", 3, "year-after-verb")]
    line = statement_line(statements, "Signed in 2021.", 74, names, lambda s: False).plain
    assert line == "  year 2021  (year-after-verb)\n    “Signed in 2021.”"
    narrow = statement_line(statements, "", 20, names, lambda s: False).plain
    assert narrow == "  year 2021"


def test_entry_head_is_plain_text_and_says_when_an_article_states_nothing() -> None:
    entry = Entry("a", "", "Wire \x1b]0;x\x07", "Title [i]x[/i]", ())
    text = entry_head(entry, 74)
    assert text.plain == (
        "undated · Wire · Title [i]x[/i]\n"
        "  mentions it, says nothing of its status, year, value or parties"
    )
    italic = [text.plain[s.start : s.end] for s in text.spans if "italic" in str(s.style)]
    assert italic == ["\n  mentions it, says nothing of its status, year, value or parties"]


def test_sides_of_a_disagreement_line_up() -> None:
    claim = Claim(("c-no", "c-cl"), (Statement("party", "c-no", "a", 0),))
    word = claim_word("parties", claim, names)
    assert word == "Norway, Chile [b]"
    entry = Entry("a", "2024-01-02", "Wire", "A title", ())
    short = claim_line("2021", entry, "a", 74, pad=len(word)).plain
    long = claim_line(word, entry, "a", 74, pad=len(word)).plain
    assert short.index("2024") == long.index("2024")
    assert long == "  Norway, Chile [b]  2024-01-02 · Wire · A title"
