"""Names in a headline are extracted like the body's: the parser keeps the headline as the last
paragraph (kind "headline"), whose mentions point into the article text as every other."""

from __future__ import annotations

from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from store.parse.article import parse_article


def test_a_country_named_only_in_the_headline_is_an_actor() -> None:
    a = parse_article(
        "Tonga and Samoa seal fisheries accord\n\nThe two governments signed the accord on Friday, officials said.\n",
        "x.txt",
    )
    found = extract(a, load_gazetteer())
    names = {h.name for h in found.actors if h.kind == "country"}
    assert {"Tonga", "Samoa"} <= names
    head = len(a.paragraphs) - 1
    assert a.paragraphs[head].kind == "headline"
    spans = [s for h in found.actors if h.name == "Samoa" for s in h.spans]
    assert spans and all(a.sentences[s.sentence].paragraph == head for s in spans)
    assert all(a.text[s.start : s.end] == "Samoa" for s in spans)


def test_without_a_headline_the_lede_is_read_once() -> None:
    lede = (
        "Tonga and Samoa signed a fisheries accord on Friday that pools their patrol boats and "
        "catch data for ten years, officials in both capitals said."
    )
    a = parse_article(f"2024-05-10\n{lede}\n", "x.txt")
    assert a.title == "" and a.text == lede
    found = extract(a, load_gazetteer())
    assert {"Tonga", "Samoa"} <= {h.name for h in found.actors if h.kind == "country"}
