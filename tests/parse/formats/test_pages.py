"""Saved web pages: three site layouts give the right header fields and a body without the
page's furniture; a hostile page loses its escapes and markup; broken pages cost one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from store.parse.article import parse_article
from store.parse.formats import read_records
from store.parse.formats.compose import article_of
from store.parse.formats.record import Record
from store.parse.reader import ReadError, read_article_file

CORPUS = Path(__file__).parent / "corpus"

# Words of each page's navigation, banners, share bars, related links, comments and footer.
FURNITURE = (
    "Home", "World news", "Business desk", "cookies", "Related stories", "Fishing quota",
    "All rights reserved", "Privacy policy", "Subscribe", "Sign in", "Front page", "Podcasts",
    "Share this", "Most read", "newsletter", "Advertise", "Markets", "Comments", "Reader123",
    "Trending", "Advertisement", "Cookie settings", "TRACKING", "dataLayer", "font-family",
)  # fmt: skip

PAGES = {
    "harbour_times.html": dict(
        title="Norway and Chile sign green shipping accord",
        byline="Ingrid Solberg",
        published="2025-02-11",
        source="The Harbour Times",
        url="https://harbourtimes.example/world/norway-chile-shipping",
        first="OSLO — Norway and Chile signed",
        last="help its copper exporters cut emissions.",
    ),
    "coastal_ledger.htm": dict(
        title="Kenya, Tanzania agree on Lake Victoria patrols",
        byline="Amani Njoroge",
        published="2024-06-19",
        source="Coastal Ledger",
        url="https://coastalledger.example/2024/06/kenya-tanzania-patrols/",
        first="Kenya and Tanzania have agreed",
        last="enters into force next year.",
    ),
    "wire_digest.html": dict(
        title="Indonesia joins regional grain reserve pact",
        byline="Rizal Hakim",
        published="2023-11-02",
        source="Wire Digest",
        url="https://wiredigest.example/asia/indonesia-grain-reserve",
        first="JAKARTA (Wire Digest) - Indonesia has joined",
        last="rice trade deal next year.",
    ),
}


def page(name: str) -> Record:
    (record,) = read_records(CORPUS / "pages" / name)
    assert isinstance(record, Record)
    return record


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_header_fields(name: str) -> None:
    want = PAGES[name]
    record = page(name)
    for field in ("title", "byline", "published", "source", "url"):
        assert getattr(record, field) == want[field], field
    assert record.where is None and record.number is None


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_body_is_the_article_only(name: str) -> None:
    want = PAGES[name]
    record = page(name)
    assert record.text.startswith(want["first"])
    assert record.text.endswith(want["last"])
    for words in FURNITURE:
        assert words not in record.text, words
    assert "<" not in record.text and "{" not in record.text
    assert not record.text.startswith(want["title"])  # the headline is the title, not a paragraph


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_article_keeps_header_and_url(name: str) -> None:
    want = PAGES[name]
    article = article_of(page(name), f"/news/{name}")
    assert (article.title, article.byline, article.published, article.source, article.url) == tuple(
        want[f] for f in ("title", "byline", "published", "source", "url")
    )
    body = [article.paragraph_text(i) for i, p in enumerate(article.paragraphs) if p.kind != "headline"]
    assert body[-1].endswith(want["last"])
    assert len(body) >= 3


def test_page_json_ld_in_a_list_gives_the_url() -> None:
    # wire_digest has no Open Graph and no canonical link: only JSON-LD (inside a list) names it
    assert page("wire_digest.html").url == "https://wiredigest.example/asia/indonesia-grain-reserve"


def test_hostile_page_loses_escapes_and_markup() -> None:
    (record,) = read_records(CORPUS / "broken" / "escapes.html")
    assert isinstance(record, Record)
    assert record.title == "Fiji and Tonga sign ocean patrol pact"
    assert record.source == "Island Wire" and record.url == "https://islandwire.example/fiji-tonga"
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in record.text)
    assert "document.title" not in record.text and "Island Wire home" not in record.text
    assert record.text.startswith("SUVA — Fiji and Tonga signed")


@pytest.mark.parametrize(
    "name,reason",
    [
        ("nav_only.html", "no article text found in the page"),
        ("binary.html", "binary file, not an article"),
        ("empty.htm", "empty file"),
    ],
)
def test_broken_page_is_one_line(name: str, reason: str) -> None:
    path = CORPUS / "broken" / name
    with pytest.raises(ReadError) as caught:
        read_records(path)
    assert str(caught.value) == f"{path}: {reason}"
    assert "\n" not in str(caught.value)


def test_same_story_as_text_and_as_page_gives_the_same_actors_and_agreements() -> None:
    gazetteer = load_gazetteer([])
    text, _ = read_article_file(CORPUS / "pair" / "green_shipping.txt")
    plain = parse_article(text, "green_shipping.txt")
    html = article_of(page("harbour_times.html"), "harbour_times.html")
    assert html.text == plain.text
    assert (html.title, html.byline, html.published) == (plain.title, plain.byline, plain.published)
    a, b = extract(plain, gazetteer), extract(html, gazetteer)

    def actors(e):  # noqa: ANN001, ANN202
        return sorted((h.kind, h.name, h.code, sorted((r.title, r.affiliation) for r in h.roles)) for h in e.actors)

    def agreements(e):  # noqa: ANN001, ANN202
        return sorted((g.name, sorted(g.parties), g.year, g.status, g.value) for g in e.agreements)

    assert actors(a) == actors(b)
    assert agreements(a) == agreements(b)
    assert any(h.name == "Norway" for h in a.actors) and a.agreements
