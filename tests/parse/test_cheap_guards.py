"""The cheap tests that spare a line a pattern must never turn away a line the pattern takes."""

from __future__ import annotations

import re

import pytest

from store.parse import boilerplate, prompts
from store.parse.layout import BULLET, bullet
from store.parse.rules_body import _SOURCES_HEADING, _is_sources_heading


def test_every_character_a_bullet_opens_with_passes_the_first_character_test() -> None:
    for code in range(0x10000):
        c = chr(code)
        for line in (f"{c} item", f"{c}. item", f"{c}) item", f"{c}2. item"):
            found = BULLET.match(line)
            mine = bullet(line)
            assert (found and found.span()) == (mine and mine.span()), repr(line)


@pytest.mark.parametrize("line", ["Sources:", "FURTHER READING :", "notes", "Further reading on the talks", ""])
def test_a_sources_heading_is_told_as_the_pattern_tells_it(line: str) -> None:
    assert _is_sources_heading(line) == (_SOURCES_HEADING.fullmatch(line) is not None)


def test_each_reader_word_holds_one_of_the_words_looked_for_first() -> None:
    for word in prompts._FURNITURE["reader_words"]:
        assert any(core in word for core in prompts._READER_CORES), word


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter to get the news in your inbox.",
        "Get the daily briefing. You can sign up for our newsletter here.",
        "Sign up for the newsletter, I agree to the terms of the subscription.",
        "Analysts said the subscription model for the newsletter was under review.",
        "“You should subscribe to our newsletter,” he said.",
    ],
)
def test_a_reader_prompt_is_told_as_the_plain_definition_tells_it(line: str) -> None:
    low = line.lower()
    plain = (
        len(line) <= prompts.MAX_PROMPT_PARAGRAPH
        and line[:1] not in "\"“‘'"
        and any(w in low for w in prompts.SUBSCRIPTION_WORDS)
        and (low.split(" ", 1)[0] in prompts._IMPERATIVES or prompts._READER.search(low) is not None)
        and len(re.findall(r"[.!?](?:\s|$)", line)) <= prompts.MAX_PROMPT_SENTENCES
    )
    assert prompts.is_reader_prompt(line) == plain


def test_a_long_cased_footer_is_still_furniture() -> None:
    """A wire's credit footer past LONG_LINE characters is tried against the long cased
    patterns alone, and still found."""
    line = (
        "(Reporting by Ana Cruz, Ben Stone and Lee Park in Manila; Additional reporting by Jane Doe"
        " in Tokyo and John Roe in Seoul; Editing by Mark Lee, Ann Bell and Kim Soo)"
    )
    assert len(line) > boilerplate.LONG_LINE
    assert boilerplate.is_boilerplate(line)
    assert boilerplate.which_boilerplate(line) == "wire_footer"
