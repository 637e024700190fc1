"""Offices on the heading lines under a name line (rule office_lines_under_name)."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import gazetteer

_PAGE = (
    "Fiji selects patrol boat design\n\n"
    "The Hon Anthony Lisle MP\nDeputy Prime Minister\nMinister for Defence\n\n"
    "The Hon Mere Tavola MP\nMinister for Defence Industry\n\n"
    "Joint media release\n\n"
    "The Government has selected the design for the new patrol boats, Fiji's ministers said on Monday.\n"
)


def _roles(text: str) -> dict[str, list[str]]:
    ex = extract(parse_article(text, "t.txt"), gazetteer())
    return {a.name: [r.title for r in a.roles] for a in ex.actors if a.kind == "person"}


def test_each_office_line_under_a_name_line_is_that_persons() -> None:
    roles = _roles(_PAGE)
    assert roles["Anthony Lisle"] == ["Deputy Prime Minister", "Minister for Defence"]
    assert roles["Mere Tavola"] == ["Minister for Defence Industry"]


def test_a_name_in_a_sentence_takes_no_office_lines() -> None:
    roles = _roles(_PAGE.replace("The Hon Anthony Lisle MP\n", "The Hon Anthony Lisle MP spoke today\n"))
    assert "Deputy Prime Minister" not in roles.get("Anthony Lisle", [])
