"""The gazetteer scan's tables (derived once per gazetteer) and what the token stage builds
with them: each shortcut must answer as the plain reading would."""

from __future__ import annotations

from store.extract.credits import credit_sentences
from store.extract.gazetteer import Gazetteer, norm_form
from store.extract.gazetteer_scan import ScanTables, scan_gazetteer, scan_tables
from store.extract.tokens import Chunk, build_doc, find_chunks
from tests.extract_support import article, gazetteer


def _gazetteer(titles: tuple[str, ...], orgs: dict[str, tuple[str, ...]] | None = None) -> Gazetteer:
    from store.extract.gazetteer import KnownOrg

    g = Gazetteer(titles=titles)
    for name, aliases in (orgs or {}).items():
        g.organizations[name] = KnownOrg(name, aliases)
    return g.compile()


def test_plans_split_the_lengths_of_a_first_word() -> None:
    g = _gazetteer(("Minister", "Minister of Finance"), {"Minister Group": ()})
    plans = ScanTables.of(g).plans
    assert plans["minister"] == ((3, 2), True)


def test_title_lengths_keep_only_what_a_title_can_span() -> None:
    # "Harbour Board" (2 tokens) is an organisation; the titles starting with "harbour" have 3
    g = _gazetteer(("Harbour Board Chair",), {"Harbour Board": (), "Harbour Board Pension Trust": ()})
    tables = ScanTables.of(g)
    assert g.lengths["harbour"] == (4, 3, 2)
    assert tables.title_lengths["harbour"] == (3,)
    assert "board" not in tables.title_lengths  # no title starts with it


def test_title_lengths_keep_every_length_past_latin_1() -> None:
    # text folding to such a key may be split into other tokens than the key: nothing is cut
    g = _gazetteer(("Vi\u1ec7t Envoy",), {"Vi\u1ec7t Bank": (), "Vi\u1ec7t Bank Trust": ()})
    assert ScanTables.of(g).title_lengths == g.lengths


def test_the_tables_are_dropped_when_the_gazetteer_compiles_again() -> None:
    g = _gazetteer(("Envoy",))
    first = scan_tables(g)
    assert scan_tables(g) is first
    g.titles = ("Envoy", "Special Envoy")
    g.compile()
    assert scan_tables(g) is not first and "special" in scan_tables(g).plans


def test_an_organisation_gives_way_to_a_title_running_past_it() -> None:
    g = _gazetteer(("Harbour Board Chair",), {"Harbour Board": ()})
    doc = build_doc(article("The Harbour Board Chair Ana Ruiz resigned. The Harbour Board met."))
    scan_gazetteer(doc, g)
    found = [(doc.span_text(m.i, m.j), m.entries[0].kind) for m in doc.matches]
    assert found == [("Harbour Board Chair", "title"), ("Harbour Board", "organization")]


def test_scan_matches_the_lookup_of_every_form_it_finds() -> None:
    gz = gazetteer()
    text = "U.S. Secretary of State Ana Ruiz met Côte d\u2019Ivoire\u2019s envoy and the Foreign Minister of Peru in Lima."
    doc = build_doc(article(text))
    scan_gazetteer(doc, gz)
    assert doc.matches
    for m in doc.matches:
        assert m.entries == gz.lookup(m.text)
        assert norm_form(m.text) == norm_form(doc.span_text(m.i, m.j))


def test_a_chunk_gets_a_list_of_words_of_its_own() -> None:
    a, b = Chunk(0, 1, 0, 3, "Ann", 0), Chunk(1, 2, 4, 7, "Lee", 0)
    a.words.append("Ann")
    assert b.words == [] and a.possessive is False
    doc = build_doc(article("Minister Ana Ruiz's plan. Lima agreed."))
    find_chunks(doc)
    assert [(c.text, c.possessive, c.words) for c in doc.chunks] == [
        ("Minister Ana Ruiz", True, ["Minister", "Ana", "Ruiz"]),
        ("Lima", False, ["Lima"]),
    ]


def test_bylines_are_sentences_opened_by_by() -> None:
    doc = build_doc(article("The pact was signed by Fiji. By Island Radio reporter Mele Tupou\n\nBy 2030, more."))
    assert credit_sentences(doc) == frozenset({1})
    doc = build_doc(article("Tonga signed it, they said by phone. By Friday, Fiji had joined."))
    assert credit_sentences(doc) == frozenset()
