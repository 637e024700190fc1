"""Sentences and quotes: where a sentence ends, and which marks open a quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.parse.article import parse_article
from store.parse.reader import read_article_file
from store.parse.sentences import split_sentences
from tests.parse.parse_support import body, check_structure, paragraphs, quotes, sentences


def test_seed_sentences_do_not_split_at_abbreviations() -> None:
    root = Path(__file__).resolve().parents[2]
    text, _ = read_article_file(root / "seeds" / "001_455b327fb57d59e0.txt")
    a = parse_article(text, "001.txt")
    ss = sentences(a)
    assert "Secretary of Defense Lloyd J. Austin III engaged in a significant phone call with Japan’s Minister of Defense, Nakatani Gen." in ss
    assert "The conversation primarily focused on fortifying the U.S.-Japan military alliance amidst rising tensions in the Indo-Pacific region." in ss
    assert "The nations are looking to enhance deterrence and response capabilities, ensuring a steadfast defense posture in the region." in ss
    assert any(s.startswith("Adm. Samuel J. Paparo, commander of U.S. Indo-Pacific Command,") for s in ss)
    post = [t for k, t in paragraphs(a) if k == "post"]
    assert len(post) == 1 and post[0].endswith("— The Japan Times (@japantimes) October 9, 2024")
    assert "t.co" not in body(a)


def test_seed_quotes_have_speakers() -> None:
    root = Path(__file__).resolve().parents[2]
    text, _ = read_article_file(root / "seeds" / "003_a5e9f14a2efc997d.txt")
    a = parse_article(text, "003.txt")
    check_structure(a)
    by_text = {t: who for t, who in quotes(a)}
    assert by_text["Together, our countries are taking significant steps to strengthen defence security cooperation"] == "Biden"
    assert by_text["It’s a defensive alliance"] == "Biden"  # "..., he added." two sentences on
    assert by_text["Today, the world can see, that goal has been achieved, and that partnership between us is unbreakable"] == "Biden"
    assert by_text["purely defensive"] is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The U.S. and Japan met. They agreed.", ["The U.S. and Japan met.", "They agreed."]),
        ("It cost A$10 billion ($6.5 billion). Then it grew.", ["It cost A$10 billion ($6.5 billion).", "Then it grew."]),
        ("Mr. Smith met Gen. Jones on Jan. 5 in St. Louis.", ["Mr. Smith met Gen. Jones on Jan. 5 in St. Louis."]),
        ("He left the U.S. The talks ended.", ["He left the U.S.", "The talks ended."]),
        ("“We won.” She smiled. Why? Because!", ["“We won.”", "She smiled.", "Why?", "Because!"]),
        ("islands.The nations agreed", ["islands.", "The nations agreed"]),
        ("See e.g. the report. Done", ["See e.g. the report.", "Done"]),
        ("It was signed by then-U.S. President Smith in Oslo.", ["It was signed by then-U.S. President Smith in Oslo."]),
        ("Pro-U.N. Groups met. The talks ended.", ["Pro-U.N. Groups met.", "The talks ended."]),
        ("They met the anti-U.S. The crowd left.", ["They met the anti-U.S.", "The crowd left."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


def test_inch_marks_are_not_quotes() -> None:
    a = parse_article('Screens\n\nThe panel is 6" long and 7" wide. "Good," he said.', "x.txt")
    assert quotes(a) == [("Good", None)]
