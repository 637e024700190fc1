"""The list file's base is written in the lists' orders, and a reader places the tail's lines
in it without sorting: the result is what sorting every line gives, whatever the tail did."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from store.db import lists as lists_module
from store.db import lists_file
from store.db.list_keys import story_sum
from store.db.lists import ActorLine, ArticleLine, Lines, lists_path, read_lists, sort_lines
from store.db.store import Store
from tests.db.test_lists import add, committed, expected

SIGNATURE = (1, 2, 3, 4)
DATES = st.sampled_from([None, "2024-01-02", "2024-01-02T10:00", "2023-12-31", "May 2024", ""])
TITLES = st.sampled_from(["Pact", "pact", "PACT signed", "Accord", "Ärger", "accord", ""])


def article(id: str, shown: str, published: str | None) -> ArticleLine:
    return ArticleLine(id, shown, published, None, None, 3, 0, story_sum(shown, 3))


def actor(id: str, kind: str, name: str) -> ActorLine:
    return ActorLine(id, kind, name, [], None, 1)


ARTICLES = st.builds(article, st.sampled_from([f"a{i}" for i in range(12)]), TITLES, DATES)
ACTORS = st.builds(
    actor,
    st.sampled_from([f"p{i}" for i in range(8)]),
    st.sampled_from(["country", "person"]),
    st.sampled_from(["Chile", "chile", "Norway", "Ödön"]),
)
COMMITS = st.lists(
    st.tuples(st.lists(ARTICLES, max_size=4), st.lists(ACTORS, max_size=3), st.lists(st.integers(0, 11), max_size=3)),
    max_size=4,
)


def write(db: Path, base: Lines, commits: list, ordered: bool = True) -> Lines:
    """A list file of ``base`` and one tail record per commit; the lines it should read as."""
    articles = {a.id: a for a in base.articles}
    actors = {a.id: a for a in base.actors}
    if ordered:
        lists_module.write_lists(db, Lines(0, list(articles.values()), list(actors.values())), SIGNATURE)
    else:  # as a release before the ordered base wrote it
        header = {"generation": 0, "signature": list(SIGNATURE)}
        lists_file.write_base(db, header, lists_module._columns(Lines(0, list(articles.values()), list(actors.values()))))
    at = SIGNATURE
    for n, (arts, acts, gone) in enumerate(commits, start=1):
        arts = list({a.id: a for a in arts}.values())
        acts = list({a.id: a for a in acts}.values())
        gone_ids = sorted({f"a{g}" for g in gone} - {a.id for a in arts})
        to = (*SIGNATURE[:3], SIGNATURE[3] + n)
        record = {"from": list(at), "to": list(to), "generation": n}
        record.update(lists_module._columns(Lines(n, arts, acts)))
        record["gone"] = {"articles": gone_ids, "actors": []}
        lists_file.append_record(db, record)
        for id in gone_ids:
            articles.pop(id, None)
        articles.update((a.id, a) for a in arts)
        actors.update((a.id, a) for a in acts)
        at = to
    return sort_lines(Lines(len(commits), list(articles.values()), list(actors.values())))


@settings(max_examples=60, deadline=None)
@given(base_articles=st.lists(ARTICLES, max_size=10), base_actors=st.lists(ACTORS, max_size=6), commits=COMMITS, ordered=st.booleans())
def test_the_tail_placed_in_the_ordered_base_reads_as_a_sort_of_every_line(
    tmp_path_factory, base_articles: list, base_actors: list, commits: list, ordered: bool  # noqa: ANN001
) -> None:
    db = tmp_path_factory.mktemp("lists") / "s.json"
    base = Lines(0, list({a.id: a for a in base_articles}.values()), list({a.id: a for a in base_actors}.values()))
    want = write(db, base, commits, ordered)
    at = lists_file.state(db)
    assert at is not None
    got = lists_module._read(db, at.signature, ordered=True)
    assert got == want
    assert [a.id for a in got.articles] == [a.id for a in want.articles]


def test_a_writer_writes_the_base_in_order_and_marks_it(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    committed(db, 12)
    raw = lists_path(db).read_bytes()
    assert raw.split(b"\n")[1].startswith(b'{"ordered":true,')
    lines = read_lists(db)
    assert lines is not None and lines == expected(db)
    unordered = lists_module._read(db, lists_file.state(db).signature, ordered=False)  # as written
    assert [a.id for a in unordered.articles] == [a.id for a in lines.articles]


def test_a_damaged_tail_on_an_ordered_base_is_not_read_and_the_next_writer_writes_it_whole(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 20)
        store.commit()
        add(store, 2, start=20)
        store.commit()
    raw = bytearray(lists_path(db).read_bytes())
    raw[-40] ^= 1  # a flipped bit in the last record: its CRC fails
    lists_path(db).write_bytes(bytes(raw))
    assert read_lists(db) is None
    committed(db, 1, start=22)
    state = lists_file.state(db)
    assert state is not None and state.tail == 0
    assert read_lists(db) == expected(db)


def test_a_base_of_the_last_release_reads_as_before_and_the_next_commit_writes_it_in_order(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 6)
        store.commit()
        signature = store.signature
    lines = expected(db)
    columns = lists_module._columns(Lines(lines.generation, lines.articles[::-1], lines.actors[::-1]))
    del columns["articles"]["story"]  # unsorted, no checksums: as the last release wrote it
    header = {"generation": lines.generation, "signature": list(signature or ())}
    lists_file.write_base(db, header, columns)
    state = lists_file.state(db)
    assert state is not None and not state.ordered
    read = read_lists(db)
    assert read is not None and [a.story for a in read.articles] == [None] * 6
    assert [a.id for a in read.articles] == [a.id for a in lines.articles]  # sorted on reading
    with Store.open(db, write=True) as store:  # taken up from the file and written whole
        add(store, 1, start=6)
        store.commit()
        assert store._lists.book is not None
    state = lists_file.state(db)
    assert state is not None and state.ordered and state.tail == 0
    read = read_lists(db)
    assert read is not None and read == expected(db)
    assert all(a.story is not None for a in read.articles)
    committed(db, 1, start=7)  # from then on a commit appends
    state = lists_file.state(db)
    assert state is not None and state.ordered and state.tail > 0
    assert read_lists(db) == expected(db)
