"""The query engine: typo tolerance, kind prefixes, spans, ranking, caps and hostile input."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from store.records import Actor, Agreement, ArticleMeta, Body, Sentence
from store.search.query import Hit, SearchIndex, parse_query
from store.search.upkeep import index_dir, index_for_store
from store.text import fold

ROOT = Path(__file__).resolve().parents[2]
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def make_body(article_id: str, text: str) -> Body:
    """A body cut into sentences at full stops (enough for the index, which only reads spans)."""
    sentences = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            sentences.append(Sentence(len(sentences), 0, start, end))
    return Body(article_id, text, [], sentences, [], [])


def meta(article_id: str, title: str, n: int) -> ArticleMeta:
    return ArticleMeta(
        article_id, f"{article_id}.txt", title, None, None, None, None, "", (0, 0), n
    )


ARTICLES = {
    "a1": (
        "Japan and Australia cement closer security ties",
        "At a meeting in Tokyo, Japan's Defence Minister Gen Nakatani hosted Richard Marles. "
        "Nakatani said the Reciprocal Access Agreement of 2023 eases joint exercises. "
        "Foreign Minister Takeshi Iwaya welcomed Penny Wong to Tokyo.",
    ),
    "a2": (
        "AUKUS partners review submarine plans",
        "The AUKUS pact binds Australia, Britain and the United States. "
        "Officials from Nakata Trading attended a briefing on the submarine programme. "
        "Hidetoshi Nakata, a former footballer, was not there.",
    ),
    "a3": (
        "Reciprocal trade talks resume",
        "Negotiators discussed reciprocal tariff cuts and access to markets. "
        "The Quad met in Washington \x1b[31mto plan\x1b[0m a maritime initiative.",
    ),
}

ACTORS = [
    Actor("gen-nakatani", "person", "Gen Nakatani", articles={"a1": 2}),
    Actor("hidetoshi-nakata", "person", "Hidetoshi Nakata", articles={"a2": 1}),
    Actor("takeshi-iwaya", "person", "Takeshi Iwaya", articles={"a1": 1}),
    Actor("penny-wong", "person", "Penny Wong", articles={"a1": 1}),
    Actor("richard-marles", "person", "Richard Marles", articles={"a1": 1}),
    Actor("kenji-nakamura", "person", "Kenji Nakamura"),
    Actor("japan", "country", "Japan", aliases=["Tokyo"], code="JP", articles={"a1": 3}),
    Actor("australia", "country", "Australia", aliases=["Canberra"], code="AU", articles={"a1": 1}),
    Actor("united-states", "country", "United States", aliases=["U.S."], code="US"),
    Actor("quad", "organization", "Quad", articles={"a3": 1}),
    Actor("nakata-trading", "organization", "Nakata Trading", articles={"a2": 1}),
]
AGREEMENTS = [
    Agreement("raa", "Reciprocal Access Agreement", aliases=["RAA"], year=2023, articles=["a1"]),
    Agreement("aukus", "AUKUS", articles=["a2"]),
    Agreement("rta", "Reciprocal Trade Agreement", articles=["a3"]),
]


def build(articles: dict[str, tuple[str, str]] = ARTICLES, **kw: object) -> SearchIndex:
    bodies = [make_body(i, text) for i, (_, text) in articles.items()]
    metas = [meta(b.id, articles[b.id][0], len(b.sentences)) for b in bodies]
    return SearchIndex.build(ACTORS, AGREEMENTS, metas, bodies, 1, **kw)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return build()


def test_typo_finds_the_person_first(index: SearchIndex) -> None:
    hits = index.search("nakatni")
    assert (hits[0].kind, hits[0].id) == ("person", "gen-nakatani")
    # the sentences that mention him are found too, below the person
    assert any(h.kind == "sentence" and "Nakatani" in h.label for h in hits[1:])


def test_typo_in_two_words_finds_the_agreement(index: SearchIndex) -> None:
    hits = index.search("reciprocl acess")
    assert (hits[0].kind, hits[0].id) == ("agreement", "raa")
    assert index.search("aukis")[0].id == "aukus"


def test_every_keystroke_of_a_typo_keeps_working(index: SearchIndex) -> None:
    for n in range(1, len("nakatni") + 1):
        hits = index.search("nakatni"[:n])
        assert hits, "nakatni"[:n]
    assert index.search("nakat")[0].id in {"gen-nakatani", "hidetoshi-nakata", "nakata-trading"}


def test_prefixes_narrow_kinds(index: SearchIndex) -> None:
    assert parse_query("p:nak") == (frozenset({"person"}), "nak")
    assert parse_query("  C: tok ") == (frozenset({"country"}), "tok")
    assert parse_query("nak") == (None, "nak")
    assert {h.kind for h in index.search("p:nak")} == {"person"}
    assert {h.kind for h in index.search("o:nak")} == {"organization"}
    assert [h.id for h in index.search("c:tok")] == ["japan"]  # through the alias
    assert {h.kind for h in index.search("a:reciprocal")} == {"agreement"}
    assert {h.kind for h in index.search("t:reciprocal")} == {"article", "sentence"}
    unfiltered = {h.kind for h in index.search("reciprocal")}
    assert {"agreement", "article", "sentence"} <= unfiltered


def test_bare_prefix_lists_that_kind(index: SearchIndex) -> None:
    persons = index.search("p:")
    assert {h.kind for h in persons} == {"person"}
    assert len(persons) == sum(a.kind == "person" for a in ACTORS)
    assert persons[0].id == "gen-nakatani"  # most mentioned first
    assert [h.id for h in index.search("t:")] == list(ARTICLES)  # articles in the given order


def _span_text(hit: Hit) -> list[str]:
    return [fold(hit.label[a:b]) for a, b in hit.spans]


def test_spans_point_at_the_matched_characters(index: SearchIndex) -> None:
    first = index.search("nakatni")[0]
    assert _span_text(first) == ["nakatani"]  # fuzzy: the whole matched word
    for hit in index.search("nakat"):
        assert hit.spans and all(t == "nakat" for t in _span_text(hit)), hit  # prefix only
    raa = index.search("reciprocl acess")[0]
    assert _span_text(raa) == ["reciprocal", "access"]
    for hit in index.search("t:tokyo"):
        assert hit.spans and set(_span_text(hit)) == {"tokyo"}
        for a, b in hit.spans:
            assert 0 <= a < b <= len(hit.label)


def test_sentence_hits_carry_article_and_index(index: SearchIndex) -> None:
    hits = [h for h in index.search("t:submarine") if h.kind == "sentence"]
    assert {(h.article, h.sentence) for h in hits} == {("a2", 1)}
    body = make_body("a2", ARTICLES["a2"][1])
    for h in hits:
        assert h.id == "a2" and h.label == body.sentence_text(h.sentence)
        assert h.detail == ARTICLES["a2"][0]


def test_labels_are_stripped_of_control_sequences(index: SearchIndex) -> None:
    hits = [h for h in index.search("maritime") if h.kind == "sentence"]
    assert hits and all("\x1b" not in h.label for h in hits)
    assert "Washington to plan a maritime" in hits[0].label


def test_entities_rank_above_sentences_of_equal_quality(index: SearchIndex) -> None:
    hits = index.search("nakatani")
    assert hits[0].kind == "person"
    kinds = [h.kind for h in hits]
    assert kinds.index("sentence") > kinds.index("person")
    assert index.search("quad")[0].id == "quad"


def _many(n: int) -> dict[str, tuple[str, str]]:
    """``n`` articles of six sentences. The last three say "treat" for "treaty", which a typed
    "tre" completes better: the best hits of "delegates tre" come last in the posting lists."""
    articles = {}
    for i in range(n):
        doc = "treat" if i >= n - 3 else "treaty"
        text = " ".join(
            f"Clause {j} of the {doc} number {i} was signed by "
            f"{'delegates' if j % 2 == 0 else 'envoys'} from {['Japan', 'Peru'][j % 2]}."
            for j in range(6)
        )
        articles[f"m{i:03d}"] = (f"Report {i}", text)
    return articles


def test_results_are_capped_and_deterministic() -> None:
    corpus = _many(400)  # 2400 sentences: more than the first chunk, so early stopping is exercised
    one, two = build(corpus), build(corpus)
    queries = ("treaty", "treaty peru", "clause 3", "signd", "t:deleg", "japan", "delegates tre")
    for query in queries:
        hits = one.search(query, limit=25)
        assert len(hits) == 25, query
        assert hits == one.search(query, limit=25) == two.search(query, limit=25)
        # a smaller cap is a prefix of a larger one: stopping early never changes the ranking
        everything = one.search(query, limit=100_000)
        for cap in (1, 7, 25, 60):
            assert one.search(query, limit=cap) == everything[:cap], (query, cap)
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True)
    best = one.search("t:delegates tre", limit=3)
    assert [h.article for h in best] == ["m397", "m397", "m397"]  # found although listed last


def test_sentence_hits_are_exactly_the_sentences_holding_every_word() -> None:
    corpus = _many(40)
    index = build(corpus)
    expected = set()
    for aid, (_, text) in corpus.items():
        body = make_body(aid, text)
        for n in range(len(body.sentences)):
            words = set(re.findall(r"\w+", body.sentence_text(n).lower()))
            if {"envoys", "peru"} <= words:
                expected.add((aid, n))
    hits = index.search("t:envoys peru", limit=10_000)
    assert {(h.article, h.sentence) for h in hits if h.kind == "sentence"} == expected


HOSTILE = [
    "",
    "   ",
    "[bold red]nakatani[/]",
    "\x1b[31mnakatani\x1b[0m",
    "\x00\x07\x08\x7f",
    "x" * 10_000,
    "nakatani " * 2_000,
    "!!!...,,,;;;---",
    "p:",
    "p:" + "\u202e" * 500,
    "::::",
    "a:b:c:",
    "(((((((((((((((((((a+)+)+)+)+)+",
    "\u0301\u0301\u0301",
    "ﬁnance ẞtraße İstanbul",
    "\ud800",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(index: SearchIndex, query: str) -> None:
    hits = index.search(query)
    assert len(hits) <= 50
    for hit in hits:
        assert "\x1b" not in hit.label and "\x00" not in hit.label


def test_empty_index_answers_nothing() -> None:
    empty = SearchIndex.build([], [], [], [], 0)
    assert empty.search("nakatani") == [] and empty.search("p:") == []


def test_search_module_imports_no_textual() -> None:
    code = (
        "import sys, store.search.query, store.search.postings, store.search.vocabulary; "
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_seed_store_finds_nakatani_and_the_raa(tmp_path: Path) -> None:
    """The real pipeline: the seeds ingested into a store, searched through ``index_for_store``."""
    try:
        from store.db.store import Store
        from store.extract import extract  # noqa: F401
        from store.ingest import ingest
    except ImportError as error:  # the store lands separately; this test runs once it exists
        pytest.skip(f"store not available: {error}")
    db = tmp_path / "db.json"
    with Store.open(db, write=True) as store:
        ingest(store, sorted((ROOT / "seeds").glob("*.txt")), None)
    with Store.open(db) as store:
        # the ingest left an index of this generation beside the store: loaded, not rebuilt
        assert SearchIndex.load(index_dir(db), generation=store.generation) is not None
        index = index_for_store(store)
        first = index.search("nakatni")[0]
        assert (first.kind, first.label) == ("person", "Gen Nakatani")
        raa = index.search("reciprocl acess")[0]
        assert raa.kind == "agreement" and "Reciprocal Access Agreement" in raa.label
        assert index.generation == store.generation


def test_the_site_name_finds_its_articles() -> None:
    metas = [
        replace(meta("s1", "Ports deal signed", 1), source="The Harbour Times"),
        replace(meta("s2", "Grain reserve pact", 1), source="Wire Digest"),
    ]
    bodies = [make_body("s1", "Two ports signed a deal."), make_body("s2", "A reserve grew.")]
    index = SearchIndex.build([], [], metas, bodies, 1)
    assert [h.id for h in index.search("harbor times") if h.kind == "article"] == ["s1"]
    assert [h.id for h in index.search("t:wire digest") if h.kind == "article"] == ["s2"]
