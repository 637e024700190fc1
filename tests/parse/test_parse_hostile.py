"""parse_article never raises: hostile and empty input, any text and any layout; an article's id ignores line endings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.parse.article import parse_article
from tests.parse.parse_support import body, check_structure


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "...!!!???",
        "a" * 200_000,
        ". " * 100_000,
        "“" * 50_000,
        '"a. B' * 20_000,
        "\x00\x1b[31mred\x1b[0m\u202e",
        "\r\n\r\nTitle\r\rBody line.\r\n",
        "- \n* \n1. \n#\n##  \n**\n",
        "\ud800 lone surrogate",
    ],
)
def test_hostile_input_parses(text: str) -> None:
    a = parse_article(text, "x.txt")
    check_structure(a)
    assert "\x1b" not in body(a) and "\x00" not in body(a) and "\u202e" not in body(a)


def test_empty_article_warns() -> None:
    a = parse_article("", "empty.txt")
    assert a.title == "" and a.paragraphs == [] and "no headline" in a.warnings


def test_id_ignores_line_endings_and_folder() -> None:
    a = parse_article("Title\n\nBody text here.\n", "a/b.txt")
    b = parse_article("Title\r\n\r\nBody text here.\r\n", "c\\b.txt")
    assert a.id == b.id and a.file == b.file == "b.txt"
    assert parse_article("T", "/data/caf\\xe9 \\n.txt").file == "caf\\xe9 \\n.txt"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_parses(text: str) -> None:
    check_structure(parse_article(text, "x.txt"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Title", "", "By Jane Doe", "TOKYO — Talks began.", "“Yes,” he said.", "- item", "Sources",
             "Mr. X met Gen. Y. The U.S. agreed.", "https://t.co/x", "— A (@a) May 1, 2024", "2024-01-02",
             "Leave a Reply", "## Head", "Source: X", "© 2024 Y"]
        ),
        max_size=30,
    )
)
def test_any_layout_parses(lines: list[str]) -> None:
    check_structure(parse_article("\n".join(lines), "x.txt"))
