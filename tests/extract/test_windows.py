"""A very long article is extracted in windows whose hits point into the whole article."""

from __future__ import annotations

from store.extract import extract
from store.extract.windows import LONG, WINDOW, windows
from store.ingest import _gazetteer
from store.parse.article import parse_article

PARAGRAPHS = [
    "Japan and Australia signed the Reciprocal Access Agreement on day {n} in Perth, "
    "Japanese Prime Minister Fumio Kishida told reporters.",
    "Officials from Indonesia and Vietnam said on day {n} that talks on a maritime boundary "
    "deal would resume, according to the Foreign Ministry in Jakarta.",
    "The European Union and Chile announced on day {n} that an advanced framework agreement "
    "was under review, a spokesperson for the European Commission said.",
]


def _long_article():
    parts = ["Regional pacts in a long record", ""]
    n = 0
    while sum(len(p) for p in parts) < LONG * 1.5:
        parts.append(PARAGRAPHS[n % 3].format(n=n))
        parts.append("")
        n += 1
    return parse_article("\n".join(parts), "long.txt")


def test_windows_cover_every_sentence_once_in_order() -> None:
    article = _long_article()
    ranges = list(windows(article))
    assert len(ranges) > 2
    assert ranges[0][0] == 0 and ranges[-1][1] == len(article.sentences)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    for k0, k1 in ranges:
        text = article.sentences[k1 - 1].end - article.sentences[k0].start
        assert text <= WINDOW or k1 - k0 == 1


def test_hits_of_every_window_point_into_the_whole_article() -> None:
    article = _long_article()
    found = extract(article, _gazetteer())
    names = {(a.kind, a.name) for a in found.actors}
    assert len(names) == len(found.actors)  # merged across windows, each once
    assert {"Japan", "Australia", "Indonesia", "Vietnam", "Chile"} <= {
        a.name for a in found.actors if a.kind == "country"
    }
    last_sentence = len(article.sentences) - 1
    for hit in [*found.actors, *found.agreements]:
        for span in hit.spans:
            sentence = article.sentences[span.sentence]
            assert sentence.start <= span.start < span.end <= sentence.end
        assert max(s.sentence for s in hit.spans) <= last_sentence
    japan = next(a for a in found.actors if a.name == "Japan")
    assert max(s.start for s in japan.spans) > LONG  # found in a late window too
    for span in japan.spans:
        assert article.text[span.start : span.end] in ("Japanese", "Japan")
    pact = next(g for g in found.agreements if g.name == "Reciprocal Access Agreement")
    assert {"Japan", "Australia"} <= set(pact.parties)
    for fact in pact.facts:
        assert 0 <= fact.sentence <= last_sentence
