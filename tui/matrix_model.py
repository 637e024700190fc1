"""The country x agreement matrix as data: axes, cells, filtering by search prefixes, sorting.

Built once from the store's agreements and actors (a dict lookup per cell), then filtered and
sorted as plain lists, so the grid widget renders any visible window of a 500 x 500 matrix
without touching the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from store.records import Actor, Agreement
from store.text import fold
from tui.safe import one_line

PREFIXES = {"c": "country", "a": "agreement"}
"""The search prefixes the matrix filter understands (``c:`` countries, ``a:`` agreements)."""
SORTS: tuple[str, ...] = ("name", "count")
"""Axis orders ``s`` cycles through: by name, or by most filled cells first."""


@dataclass(frozen=True, slots=True)
class Cell:
    """One party in one agreement: the agreement's status there."""

    status: str


@dataclass(slots=True)
class Axis:
    """The ids along one side of the matrix and their display names."""

    ids: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    folded: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, name: str) -> None:
        if key not in self.names:
            self.ids.append(key)
            self.names[key] = name
            self.folded[key] = fold(name)


@dataclass
class Matrix:
    """Countries against agreements. ``flipped`` puts agreements on the rows."""

    countries: Axis
    agreements: Axis
    cells: dict[tuple[str, str], Cell]
    stated: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    """(country, agreement) -> the (article, sentence) stating that party, where one does."""
    flipped: bool = False
    sort: str = SORTS[0]
    rows: list[str] = field(default_factory=list)
    cols: list[str] = field(default_factory=list)

    @property
    def row_axis(self) -> Axis:
        return self.agreements if self.flipped else self.countries

    @property
    def col_axis(self) -> Axis:
        return self.countries if self.flipped else self.agreements

    def cell(self, row: str, col: str) -> Cell | None:
        key = (col, row) if self.flipped else (row, col)
        return self.cells.get(key)

    def fresh(self) -> Matrix:
        """A matrix of the same cells in this one's state (the shared data is never changed:
        filtering, sorting and flipping only set the new one's own rows and columns)."""
        return Matrix(
            self.countries,
            self.agreements,
            self.cells,
            self.stated,
            rows=list(self.rows),
            cols=list(self.cols),
        )

    def evidence(self, country: str, agreement: str) -> tuple[str, int] | None:
        """The (article, sentence) stating that ``country`` is a party to ``agreement``."""
        return self.stated.get((country, agreement))

    def apply(self, query: str = "") -> None:
        """Show the rows and columns that match ``query`` and hold at least one cell."""
        wanted = parse_query(query)
        countries = _matching(self.countries, wanted.get("country", []))
        agreements = _matching(self.agreements, wanted.get("agreement", []))
        plain = wanted.get("", [])
        if plain:  # a plain word narrows whichever side it names
            by_country = _matching(self.countries, plain, within=countries)
            by_agreement = _matching(self.agreements, plain, within=agreements)
            countries = by_country or countries
            agreements = by_agreement or agreements
            if by_country and by_agreement:
                countries, agreements = by_country, by_agreement
        in_c, in_a = set(countries), set(agreements)
        filled = [(c, a) for c, a in self.cells if c in in_c and a in in_a]
        filled_c = {c for c, _ in filled}
        filled_a = {a for _, a in filled}
        countries = [c for c in countries if c in filled_c]
        agreements = [a for a in agreements if a in filled_a]
        countries = self._sorted(countries, self.countries, agreements, country_side=True)
        agreements = self._sorted(agreements, self.agreements, countries, country_side=False)
        self.rows, self.cols = (agreements, countries) if self.flipped else (countries, agreements)

    def _sorted(
        self, ids: list[str], axis: Axis, others: Sequence[str], *, country_side: bool
    ) -> list[str]:
        by_name = sorted(ids, key=axis.folded.__getitem__)
        if self.sort != "count":
            return by_name
        other = set(others)
        counts = {i: 0 for i in ids}
        for c, a in self.cells:
            key, partner = (c, a) if country_side else (a, c)
            if key in counts and partner in other:
                counts[key] += 1
        return sorted(by_name, key=lambda i: -counts[i])


def parse_query(query: str) -> dict[str, list[str]]:
    """Folded words by the side they filter: ``c:jap a:trade pact`` ->
    ``{"country": ["jap"], "agreement": ["trade"], "": ["pact"]}``."""
    out: dict[str, list[str]] = {}
    for word in query.split():
        prefix, colon, rest = word.partition(":")
        if colon and prefix.lower() in PREFIXES:
            if rest:
                out.setdefault(PREFIXES[prefix.lower()], []).append(fold(rest))
        else:
            out.setdefault("", []).append(fold(word))
    return out


def _matching(axis: Axis, words: list[str], within: Iterable[str] | None = None) -> list[str]:
    ids = list(within) if within is not None else axis.ids
    if not words:
        return ids
    return [i for i in ids if all(w in axis.folded[i] for w in words)]


def _name(text: str) -> str:
    """A name as one clean line (most names are: they skip the cleaning)."""
    return text if text.isprintable() else one_line(text)


TURN = 500
"""Agreements read per hold of the store's lock while the matrix is built ahead."""


def matrix_in_turns(store: Any, lock: AbstractContextManager[Any]) -> Matrix | None:
    """The matrix of ``store``, its agreements read ``TURN`` at a time, each turn under
    ``lock`` (the reader's store lock, held for a moment at a time and never for the whole
    pass, which at 50,000 articles takes seconds); None when the store is closed meanwhile."""
    with lock:
        if store.closed:
            return None
        countries = list(store.countries())
        agreements = store.each_agreement()
    closed = False

    def turns() -> Iterator[Agreement]:
        nonlocal closed
        while True:
            with lock:
                closed = store.closed
                batch = [] if closed else list(islice(agreements, TURN))
            if not batch:
                return
            yield from batch

    matrix = build_matrix(countries, turns())
    return None if closed else matrix


def build_matrix(actors: Iterable[Actor], agreements: Iterable[Agreement]) -> Matrix:
    """Every country party to some agreement, against every agreement with a country party.

    One pass over the agreements, in any order and keeping none of them (a store streams
    them one at a time): what the grid shows of each (its name, its country parties, its
    status) and the sentence stating each party (``Matrix.evidence``). The axes come out in
    the store's orders (agreements by name, countries as those agreements first name them).
    """
    countries_by_id = {a.id: a for a in actors if a.kind == "country"}
    found: list[tuple[str, str, str, list[str], Cell]] = []
    stated: dict[tuple[str, str], tuple[str, int]] = {}
    statuses: dict[str | None, Cell] = {}
    for agreement in agreements:
        parties = [p for p in agreement.parties if p in countries_by_id]
        if not parties:
            continue
        cell = statuses.get(agreement.status)
        if cell is None:
            words = one_line(agreement.status or "party").replace("_", " ")
            cell = statuses[agreement.status] = Cell(words)
        found.append((agreement.name.casefold(), agreement.id, agreement.name, parties, cell))
        for fact in agreement.facts:
            if fact.field == "party" and fact.value in parties:
                stated.setdefault((fact.value, agreement.id), (fact.article, fact.sentence))
    found.sort(key=lambda f: (f[0], f[1]))
    countries, deals = Axis(), Axis()
    cells: dict[tuple[str, str], Cell] = {}
    for _, id, name, parties, cell in found:
        deals.add(id, _name(name) or "(unnamed agreement)")
        for party in parties:
            cells[(party, id)] = cell
            if party not in countries.names:
                countries.add(party, _name(countries_by_id[party].name))
    matrix = Matrix(countries, deals, cells, stated=stated)
    matrix.apply()
    return matrix
