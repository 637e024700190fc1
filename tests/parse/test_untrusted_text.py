"""Untrusted text normalised on ingest: whole control sequences, separators, zero-width marks;
front matter read as header lines, never as a "---" title."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.parse.article import parse_article
from store.parse.reader import front_matter, read_article_file
from store.text import strip_controls


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Talks\x9b2J resumed", "Talks resumed"),  # 8-bit CSI with its parameters
        ("Talks\x9d0;c1title\x9c resumed", "Talks resumed"),  # 8-bit OSC up to ST
        ("Talks\x9d0;c1title\x07 resumed", "Talks resumed"),  # ... or BEL
        ("Talks\x90q#0;2;0;0;0\x1b\\ resumed", "Talks resumed"),  # DCS (sixel) to ESC \
        ("Talks\x1bP1$r\x1b\\ resumed", "Talks resumed"),  # 7-bit DCS
        ("Talks\x1b_app\x1b\\ resumed", "Talks resumed"),  # APC
        ("\x1b(BTalks\x1bc resumed", "Talks resumed"),  # charset designation, reset
        ("Talks\x1b[38;5;196m resumed\x1b[0m", "Talks resumed"),
    ],
)
def test_a_control_sequence_goes_whole(raw: str, clean: str) -> None:
    assert strip_controls(raw) == clean


def test_an_unterminated_string_sequence_ends_with_its_line() -> None:
    assert strip_controls("Talks\x9d0;title\nThe pact held.") == "Talks\nThe pact held."


def test_separators_become_line_breaks_and_stray_zero_width_marks_go() -> None:
    text = "Dig\u200bital\ufeff trade\u2060 pact\u2028signed\u2029Second\u200d para\u200c."
    assert strip_controls(text) == "Digital trade pact\nsigned\n\nSecond para."


@pytest.mark.parametrize(
    "word",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian: ZWNJ inside a word
        "\u0915\u094d\u200d\u0937",  # Devanagari: ZWJ after a virama
        "\u0d28\u0d4d\u200d",  # Malayalam chillu: ZWJ ends the word, after a virama
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # an emoji family
    ],
)
def test_joiners_stay_inside_words_of_scripts_that_need_them(word: str) -> None:
    kept = word if not word.endswith("\u200d") else word[:-1]
    assert strip_controls(f"Sign {word} now") == f"Sign {kept} now"
    assert strip_controls(strip_controls(word)) == strip_controls(word)


def test_an_ingested_file_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Pact\u200b signed\n\nJapan\ufeff and India\u2028signed the Digital\u200b Pact.\x9b2J\n",
        encoding="utf-8",
    )
    text, _ = read_article_file(path)
    assert text == "Pact signed\n\nJapan and India\nsigned the Digital Pact.\n"


def test_front_matter_gives_header_lines_not_a_dashes_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        '---\nlayout: post\ntitle: "Ports Deal Signed"\nauthor: Ana Ruiz\n'
        "date: 2024-05-02\ntags: [trade]\n---\n\nChile and Peru signed a ports deal.\n",
        encoding="utf-8",
    )
    text, _ = read_article_file(path)
    assert "layout" not in text and "tags" not in text and "---" not in text
    article = parse_article(text, "a.md")
    assert article.title == "Ports Deal Signed"
    assert article.byline == "Ana Ruiz" and article.published == "2024-05-02"


@pytest.mark.parametrize(
    "head",
    ["---\nlayout: post\n---\n", "+++\ndraft = false\n+++\n", "---\n", "***\n\n---\n"],
)
def test_no_title_is_ever_a_rule(tmp_path: Path, head: str) -> None:
    body = "Chile and Peru signed a ports deal on Monday in Lima.\n\nMore follows.\n"
    article = parse_article(front_matter(head + "\n" + body), "a.md")
    assert article.title.strip("-*_+ ") != ""
    assert not set(article.title) <= set("-*_+ ")


def test_text_that_only_mentions_dashes_is_kept() -> None:
    text = "Pact signed\n\nThe vote was 3---2 in favour.\n---\nMore.\n"
    assert front_matter(text) == text
