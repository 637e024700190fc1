"""Each correction: what it changes, that it survives new articles and rebuilds, and undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db.store import Store
from store.errors import CorrectionError
from store.records import Correction
from tests.db.corrections.conftest import LATER, article_of, ingest
from tests.db.corrections.test_merge_undo import snapshot

OKAFOR, ERIKSEN, CHEN = "p-amara-okafor", "p-lars-eriksen", "p-chen-wei"
JAPAN, AUSTRALIA = "c-japan", "c-australia"
RAA, MSP = "g-reciprocal-access-agreement", "g-maritime-security-pact"


def fix(db: Path, op: str, *targets: str, note: str = "", **args: object) -> object:
    with Store.open(db, write=True) as store:
        return store.correct(Correction(op, targets, dict(args), note))


def add_later(db: Path, tmp_path: Path, text: str = LATER, name: str = "later.txt") -> None:
    later = tmp_path / name
    later.write_text(text, encoding="utf-8")
    assert ingest(db, later) == 0


def rebuild(db: Path, corpus: Path, file: str = "c.txt") -> None:
    """Replace one article with a new version, so every record is rebuilt from extraction."""
    changed = corpus / file
    changed.write_text(changed.read_text() + "\nThe talks ended on Friday.\n", encoding="utf-8")
    assert ingest(db, corpus) == 0


def test_split_sends_an_articles_mentions_and_roles_to_a_new_record(
    store_at: Path, corpus: Path
) -> None:
    with Store.open(store_at) as store:
        b = article_of(store, "b.txt")
    done = fix(store_at, "split", OKAFOR, articles=[b], name="A. Okafor")
    (new,) = done.made  # type: ignore[attr-defined]
    rebuild(store_at, corpus)  # the split holds after a rebuild, under the same id
    with Store.open(store_at) as store:
        b = article_of(store, "b.txt")
        kept, split = store.actor(OKAFOR), store.actor(new)
        assert kept is not None and split is not None and split.name == "A. Okafor"
        assert b not in kept.articles and list(split.articles) == [b]
        assert {r.article for r in split.roles} == {b}
        assert {r.article for r in kept.roles} == {article_of(store, "a.txt")}
        entities = {m.entity for m in store.body(b).mentions}
        assert new in entities and OKAFOR not in entities
        assert new in store.article(b).actors and OKAFOR not in store.article(b).actors  # type: ignore[union-attr]
    with Store.open(store_at, write=True) as store:
        store.undo()
    with Store.open(store_at) as store:
        assert store.actor(new) is None
        assert set(store.actor(OKAFOR).articles) == {article_of(store, n) for n in ("a.txt", "b.txt")}  # type: ignore[union-attr]


def test_split_by_mention_offset_moves_only_that_mention(store_at: Path) -> None:
    with Store.open(store_at) as store:
        a = article_of(store, "a.txt")
        first = next(m for m in store.body(a).mentions if m.entity == JAPAN)
    done = fix(store_at, "split", JAPAN, mentions=[[a, first.start]], name="Japanese delegation")
    (new,) = done.made  # type: ignore[attr-defined]
    with Store.open(store_at) as store:
        moved = [m for m in store.body(a).mentions if m.entity == new]
        assert [(m.start, m.kind) for m in moved] == [(first.start, "country")]
        assert store.actor(new).articles == {a: 1}  # type: ignore[union-attr]
        assert a in store.actor(JAPAN).articles  # type: ignore[union-attr]


def test_rename_keeps_the_old_name_so_later_articles_still_find_the_record(
    store_at: Path, tmp_path: Path
) -> None:
    fix(store_at, "rename", ERIKSEN, name="Lars Eriksson")
    add_later(store_at, tmp_path)
    with Store.open(store_at) as store:
        actor = store.actor(ERIKSEN)
        assert actor is not None and actor.name == "Lars Eriksson" and "Lars Eriksen" in actor.aliases
        assert len(actor.articles) == 3
        assert {a.id for a in store.actors() if a.kind == "person"} == {OKAFOR, ERIKSEN, CHEN}


def test_kind_changes_the_record_and_its_mentions_and_holds_for_new_articles(
    store_at: Path, tmp_path: Path
) -> None:
    fix(store_at, "kind", ERIKSEN, kind="organization")
    add_later(store_at, tmp_path)  # names him again as a person
    with Store.open(store_at) as store:
        (eriksen,) = [a for a in store.actors() if a.name == "Lars Eriksen"]
        assert (eriksen.id, eriksen.kind, len(eriksen.articles)) == (ERIKSEN, "organization", 3)
        for article_id in eriksen.articles:
            kinds = {m.kind for m in store.body(article_id).mentions if m.entity == ERIKSEN}
            assert kinds == {"organization"}


def test_delete_unmarks_mentions_leaves_agreements_and_stays_deleted(
    store_at: Path, tmp_path: Path
) -> None:
    fix(store_at, "delete", JAPAN)
    add_later(store_at, tmp_path)  # names Japan again
    with Store.open(store_at) as store:
        assert store.actor(JAPAN) is None and not [a for a in store.actors() if a.name == "Japan"]
        for g in store.agreements():
            assert JAPAN not in g.parties
            assert all(f.value != JAPAN for f in g.facts if f.field == "party")
        for meta in store.articles():
            assert JAPAN not in meta.actors
            assert all(m.entity != JAPAN for m in store.body(meta.id).mentions)
        eriksen = store.actor(ERIKSEN)
        assert eriksen is not None and all(r.affiliation != JAPAN for r in eriksen.roles)


def test_set_outranks_what_later_articles_state_and_needs_a_note(
    store_at: Path, tmp_path: Path
) -> None:
    with pytest.raises(CorrectionError, match="note"):
        fix(store_at, "set", RAA, field="status", value="proposed")
    with pytest.raises(CorrectionError, match="status must be one of"):
        fix(store_at, "set", RAA, field="status", value="maybe", note="x")
    fix(store_at, "set", RAA, field="status", value="under negotiation", note="not signed yet")
    fix(store_at, "set", RAA, field="year", value="2023", note="signed in 2023")
    fix(store_at, "set", MSP, field="value", value="US$3 billion", note="the communique")
    add_later(store_at, tmp_path, LATER + "\nThe agreement was signed in 2021.\n")
    with Store.open(store_at) as store:
        raa, msp = store.agreement(RAA), store.agreement(MSP)
        assert raa is not None and (raa.status, raa.year) == ("under_negotiation", 2023)
        assert msp is not None and (msp.value, msp.amount, msp.currency) == ("US$3 billion", 3e9, "USD")


def test_party_changes_hold_after_new_articles_and_rebuilds(
    store_at: Path, tmp_path: Path, corpus: Path
) -> None:
    with pytest.raises(CorrectionError, match="already a party"):
        fix(store_at, "add-party", RAA, JAPAN)
    fix(store_at, "remove-party", RAA, JAPAN)
    fix(store_at, "add-party", MSP, OKAFOR)
    add_later(store_at, tmp_path)
    rebuild(store_at, corpus)
    with Store.open(store_at) as store:
        assert store.agreement(RAA).parties == [AUSTRALIA]  # type: ignore[union-attr]
        assert OKAFOR in store.agreement(MSP).parties  # type: ignore[union-attr]


def test_agreements_merge_rename_split_and_delete(store_at: Path, corpus: Path) -> None:
    with Store.open(store_at) as store:
        c = article_of(store, "c.txt")
    fix(store_at, "merge", RAA, MSP)
    with Store.open(store_at) as store:
        raa = store.agreement(RAA)
        assert store.agreement(MSP) is None and raa is not None
        assert "Maritime Security Pact" in raa.aliases and c in raa.articles
        assert raa.value == "A$2 billion" and raa.year == 2022
        assert RAA in store.article(c).agreements  # type: ignore[union-attr]
    done = fix(store_at, "split", RAA, articles=[c], name="Maritime Security Pact")
    (new,) = done.made  # type: ignore[attr-defined]
    fix(store_at, "rename", new, name="Maritime Pact")
    rebuild(store_at, corpus, "b.txt")
    with Store.open(store_at) as store:
        c = article_of(store, "c.txt")
        raa, pact = store.agreement(RAA), store.agreement(new)
        assert raa is not None and pact is not None and pact.name == "Maritime Pact"
        assert c not in raa.articles and pact.articles == [c]
        assert (pact.value, raa.value, raa.year) == ("A$2 billion", None, 2022)
        assert all(f.article == c for f in pact.facts)
        assert [e.problem for e in store.corrections()] == [None, None, None]
    fix(store_at, "delete", new)
    with Store.open(store_at) as store:
        assert store.agreement(new) is None
        assert store.article(c).agreements == []  # type: ignore[union-attr]
        assert all(m.kind != "agreement" for m in store.body(c).mentions)


def test_dismiss_is_remembered_by_current_ids_and_undone(store_at: Path) -> None:
    fix(store_at, "dismiss", OKAFOR, ERIKSEN)
    with Store.open(store_at) as store:
        assert store.dismissed() == {frozenset({OKAFOR, ERIKSEN})}
    with Store.open(store_at, write=True) as store:
        store.undo()
        assert store.dismissed() == set()


def test_a_correction_whose_target_went_is_reported_not_dropped(
    store_at: Path, corpus: Path
) -> None:
    fix(store_at, "rename", CHEN, name="Wei Chen")
    text = (corpus / "c.txt").read_text().replace("Trade Minister Chen Wei of Australia", "A spokesman")
    (corpus / "c.txt").write_text(text, encoding="utf-8")
    assert ingest(store_at, corpus) == 0
    with Store.open(store_at) as store:
        (entry,) = store.corrections()
        assert entry.state == "active" and entry.problem is not None
        assert "p-chen-wei (Chen Wei)" in entry.problem
    with Store.open(store_at, write=True) as store:
        assert store.correction_problems == [
            "correction #1 rename p-chen-wei (Chen Wei) name=Wei Chen: no longer found: p-chen-wei (Chen Wei)"
        ]


@pytest.mark.parametrize(
    ("op", "targets", "args", "message"),
    [
        ("teleport", (OKAFOR,), {}, "unknown correction 'teleport'"),
        ("merge", (OKAFOR,), {}, "two or more"),
        ("merge", (OKAFOR, RAA), {}, "cannot mix"),
        ("rename", (OKAFOR,), {"name": "  "}, "new name"),
        ("kind", (RAA,), {"kind": "person"}, "only actors"),
        ("kind", (OKAFOR,), {"kind": "planet"}, "kind must be one of"),
        ("split", (OKAFOR,), {}, "articles or mentions"),
        ("split", (OKAFOR,), {"articles": ["nope"]}, "unknown article 'nope'"),
        ("remove-party", (RAA, OKAFOR), {}, "not a party"),
        ("add-party", (OKAFOR, RAA), {}, "agreement id, then an actor id"),
    ],
)
def test_bad_corrections_are_one_line_and_change_nothing(
    store_at: Path, op: str, targets: tuple[str, ...], args: dict[str, object], message: str
) -> None:
    before = snapshot(store_at)
    with Store.open(store_at, write=True) as store, pytest.raises(CorrectionError, match=message) as err:
        store.correct(Correction(op, targets, args))
    assert "\n" not in str(err.value)
    assert snapshot(store_at) == before


def test_merging_actors_of_two_kinds_gives_every_mention_the_survivors_kind(store_at: Path) -> None:
    fix(store_at, "merge", AUSTRALIA, CHEN)  # the minister taken for his country
    with Store.open(store_at) as store:
        c = article_of(store, "c.txt")
        kinds = {m.kind for m in store.body(c).mentions if m.entity == AUSTRALIA}
        assert kinds == {"country"}
        assert store.actor(AUSTRALIA).code == "AU"  # type: ignore[union-attr]


def test_a_split_that_would_take_everything_is_refused(store_at: Path) -> None:
    with Store.open(store_at) as store:
        c = article_of(store, "c.txt")
    with pytest.raises(CorrectionError, match="use rename instead"):
        fix(store_at, "split", MSP, articles=[c])
