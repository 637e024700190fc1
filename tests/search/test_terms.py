"""Sentence words found where an article is parsed, and the index an ingest builds from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from store.db.store import Store
from store.ingest import ingest
from store.records import Sentence
from store.search.query import SearchIndex
from store.search.sentence_words import TermFeed, article_terms
from store.search.terms import WORD, strip_accents
from store.search.upkeep import index_dir, index_for_store
from store.text import fold

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

TEXTS = [
    "Plain ASCII words, twice: plain words. And digits 2024 and x_y under_scores.",
    "The €30.6 billion deal — signed “today” … by Defence Minister Gen Nakatani.",
    "Müller from Zürich met MÜLLER and Muller; naïve café owners agreed.",
    "Straße and STRASSE fold alike; the ﬁnal ligature too. İstanbul changes length.",
    "Soft\u00adhyphen, no\u00a0break, prime\u2032 and acute\u00b4 marks separate words.",
    "Арбитраж и договор: non-Latin words are words too. 日本と韓国の協定.",
    # already NFKC, only marks outside ASCII: cut into words without folding the whole text
    "The “Pact” — signed – by ‘Two’ NATIONS • €5BN · A.B. 2024’s end. Next: ΟΔΟΣ.",
    "The “Pact” — signed – by ‘Two’ NATIONS • €5BN · A.B. 2024’s end.",
    "Kelvin 5\u212a and micro \u00b5 fold to other characters. İstanbul too.",
    # NFKC, its letters outside ASCII each bare one ASCII letter: written as that letter
    "Lucía Núñez of Bogotá met ÉLYSÉE aides; the São Paulo “accord” — Ångström’s café. Ça va.",
    # one letter keeps its stroke ("ø"): the whole text takes the general way
    "Søren Ødegaard of Bogotá met Núñez. Ça va.",
    "",
]


def _sentences(text: str) -> list[Sentence]:
    """Cut at every ". " and once mid-word, so a sentence may start inside a word."""
    cuts = sorted(
        {0, len(text) // 3, *(i + 2 for i in range(len(text)) if text[i : i + 2] == ". ")}
    )
    cuts = [c for c in cuts if c < len(text)] + [len(text)]
    return [Sentence(k, 0, a, b) for k, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False))]


def _expected(text: str, sentences: list[Sentence]) -> list[set[str]]:
    """The plain definition: each sentence folded alone, its WORD matches without accents."""
    return [
        {strip_accents(w) for w in WORD.findall(fold(text[s.start : s.end]))} for s in sentences
    ]


def _found(text: str, sentences: list[Sentence]) -> list[set[str]]:
    terms = article_terms(text, sentences)
    words = terms.words.decode("utf-8").split()
    assert sum(terms.counts) == len(words)
    out, k = [], 0
    for count in terms.counts:
        mine = words[k : k + count]
        assert len(set(mine)) == len(mine), "a sentence lists each word once"
        out.append(set(mine))
        k += count
    assert list(terms.spans) == [x for s in sentences for x in (s.start, s.end)]
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_article_terms_match_the_plain_definition(text: str) -> None:
    sentences = _sentences(text)
    assert _found(text, sentences) == _expected(text, sentences)


def test_article_terms_of_the_seeds_match_the_plain_definition() -> None:
    from store.parse.article import parse_article

    for path in sorted(SEEDS.iterdir()):
        article = parse_article(path.read_text(encoding="utf-8"), path.name)
        sentences = list(article.sentences)
        assert _found(article.text, sentences) == _expected(article.text, sentences), path.name


def test_a_feed_numbers_words_once_across_articles() -> None:
    feed = TermFeed()
    feed.add(
        "a", article_terms("Zürich talks. Zurich pact.", _sentences("Zürich talks. Zurich pact."))
    )
    feed.add("b", article_terms("Pact in Zurich.", [Sentence(0, 0, 0, 15)]))
    a, b = feed.take("a"), feed.take("b")
    assert a is not None and b is not None and len(feed) == 0 and feed.take("a") is None
    zurich = feed.ids.terms.index("zurich")
    assert feed.ids.terms.count("zurich") == 1
    assert zurich in a.ids[: a.counts[0]] and zurich in a.ids[a.counts[0] :] and zurich in b.ids


def _arrays(directory: Path) -> dict[str, object]:
    index = SearchIndex.load(directory)
    assert index is not None
    data = index._data
    return {
        "terms": data.terms,
        "owners": list(data.owners),
        "entries": list(data.entries),
        "articles": list(data.articles),
        **{name: np.asarray(arr).tolist() for name, arr in data.arrays.items()},
    }


@pytest.mark.slow
def test_an_ingest_saves_the_index_a_full_rebuild_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words found by the workers give the same index as reading every body back; an index
    grown by a later ingest (its changed name rows alone made again) answers as a rebuild.
    The later ingest adds one article: more (in a store this small every record is changed)
    take the name rows past their share, and the name half is made whole instead."""
    from store.search import extend

    grown_names: list[object] = []
    real = extend.grow_names
    monkeypatch.setattr(extend, "grow_names", lambda *a: grown_names.append(real(*a)) or grown_names[-1])
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8")
        for n in range(12):  # enough files for the worker pool
            (folder / f"{n:02d}-{path.name}").write_text(f"{text}\n\nCopy {n}.\n", encoding="utf-8")
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        first = ingest(
            store, [folder / name for name in sorted(p.name for p in folder.iterdir())[:-1]], jobs=2
        )
        from_ingest = _arrays(index_dir(db))
        shutil.rmtree(index_dir(db))
        index_for_store(store)  # a rebuild from the stored bodies
        assert _arrays(index_dir(db)) == from_ingest
        second = ingest(store, [folder], jobs=2)  # the rest, beside articles already stored
        assert first.added == 59 and second.added == 1 and not second.failed
        assert grown_names and grown_names[-1] is not None  # rows kept, not all made again
        grown = SearchIndex.load(index_dir(db))
        shutil.rmtree(index_dir(db))
        rebuilt = index_for_store(store)
        assert grown is not None and grown.generation == rebuilt.generation
        assert _names(grown) == _names(rebuilt)  # names in the order a build gives
        for query in ("treaty", "minister", "t:", "p:", "copy 7", "agreement signed"):
            # the same hits; among sentences of equal score the added articles come last
            assert _hits(grown, query) == _hits(rebuilt, query), query


def _names(index: SearchIndex) -> tuple[list[object], list[str]]:
    """The live owner rows in tie-break order and their name entries (a grown index keeps
    the rows of rewritten records in new slots, the old ones left behind)."""
    data = index._data
    owner = np.asarray(data.arrays["name_owner"])
    rows, entries = [], []
    for slot in np.asarray(data.arrays["owner_order"]).tolist():
        rows.append(data.owners[slot])
        entries += [data.entries[int(e)] for e in np.flatnonzero(owner == slot)]
    return rows, entries


def _hits(index: SearchIndex, query: str) -> list[tuple[object, ...]]:
    found = index.search(query, limit=100_000)
    return sorted((h.kind, h.id, h.article, h.sentence, h.score, h.label, h.detail) for h in found)


def test_a_long_ingest_grows_the_index_as_it_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words kept for the index are let go after commits (the index grows then), and
    the index at the end answers as one built from every body."""
    import store.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "INDEX_EVERY", 8)
    monkeypatch.setattr(ingest_module, "INDEX_SHARE", 100)
    held: list[int] = []
    real = ingest_module._refresh_index
    monkeypatch.setattr(
        ingest_module,
        "_refresh_index",
        lambda store, report, feed: held.append(len(feed)) or real(store, report, feed),
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SEEDS.iterdir()):
        for n in range(6):
            (folder / f"{n:02d}-{path.name}").write_text(
                f"{path.read_text(encoding='utf-8')}\n\nCopy {n}.\n", encoding="utf-8"
            )
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        report = ingest(store, [folder], jobs=1, batch_size=8)
        assert report.added == len(list(folder.iterdir())) and report.commits > 2
        assert len(held) > 2 and max(held) < report.added  # never every article's words at once
        grown = SearchIndex.load(index_dir(db), generation=store.generation)
        shutil.rmtree(index_dir(db))
        rebuilt = index_for_store(store)
    assert grown is not None and _names(grown) == _names(rebuilt)
    for query in ("treaty", "minister", "t:", "p:", "copy 3", "agreement signed"):
        assert _hits(grown, query) == _hits(rebuilt, query), query
