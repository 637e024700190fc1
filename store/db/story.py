"""An agreement's story across articles: what each article says of it, by date, and where
the articles disagree.

Pure functions over stored records. ``story_of`` turns an agreement's facts into a timeline
(one `Entry` per article, oldest first, each with its `Statement`s in sentence order) and a
list of `Contradiction`s: two years of signature, two values in one currency, party lists
that each name someone the other leaves out, or a later article calling still open what an
earlier one reported concluded. Each contradiction holds its `Claim`s (one per value stated)
with the statements, and so the articles and sentences, behind each. Sentence text is not
read here: callers that show it take it from the bodies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from store.records import Agreement, ArticleMeta

Money = Callable[[str], "tuple[float, str | None] | None"]
"""Reads a value as written ("A$10 billion") into its amount and ISO currency, or None."""

CONCLUDED = frozenset({"signed", "ratified", "in_force"})
"""Statuses that say the agreement was concluded."""
OPEN = frozenset({"proposed", "under_negotiation"})
"""Statuses that say it is not concluded yet."""
SAME_AMOUNT = 0.005
"""Two amounts in one currency closer than this share of the larger are the same value."""


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing one article says of the agreement, at one sentence."""

    field: str  # party | status | year | value
    value: Any  # party: actor id; status: a status word; year: int; value: as written
    article: str
    sentence: int
    rule: str | None = None  # the extraction rule that read it, when the fact records one


@dataclass(frozen=True, slots=True)
class Entry:
    """One article in the timeline: where and when it appeared, and what it says."""

    article: str
    date: str  # YYYY-MM-DD, or "" when the article carries no date
    source: str | None
    title: str
    statements: tuple[Statement, ...]  # in sentence order; empty when it only mentions it

    def of(self, field: str) -> list[Statement]:
        """This article's statements of one field."""
        return [s for s in self.statements if s.field == field]


@dataclass(frozen=True, slots=True)
class Claim:
    """One side of a disagreement: a value, and the statements that give it."""

    value: Any  # year: int; value: as first written; parties: tuple of actor ids; status: word
    statements: tuple[Statement, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.statements))


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Articles that disagree on one field of the agreement."""

    kind: str  # year | value | parties | status
    claims: tuple[Claim, ...]  # at least two: most articles first, then by date

    @property
    def articles(self) -> tuple[str, ...]:
        """Every article on any side, in timeline order."""
        return tuple(dict.fromkeys(a for c in self.claims for a in c.articles))

    @property
    def unshared(self) -> frozenset[str]:
        """For a parties disagreement, the parties some sides name and others leave out."""
        if self.kind != "parties":
            return frozenset()
        named = [frozenset(c.value) for c in self.claims]
        return frozenset.union(*named) - frozenset.intersection(*named)


@dataclass(frozen=True, slots=True)
class Story:
    """An agreement's timeline and the contradictions found in it."""

    timeline: tuple[Entry, ...]
    contradictions: tuple[Contradiction, ...]
    in_dispute: frozenset[Statement] = frozenset()

    def disputed(self, statement: Statement) -> bool:
        """Whether ``statement`` is one side of a contradiction (a party: one that not every
        side names; a party all the lists share is not in dispute)."""
        return statement in self.in_dispute

    @property
    def unshared_parties(self) -> frozenset[str]:
        """The parties some articles' lists name and others leave out."""
        return frozenset().union(*(c.unshared for c in self.contradictions))


def article_date(meta: ArticleMeta | None) -> str:
    """An article's publication date as YYYY-MM-DD, or ""."""
    published = getattr(meta, "published", None)
    return published[:10] if isinstance(published, str) and published[:4].isdigit() else ""


def story_of(
    agreement: Agreement,
    article: Callable[[str], ArticleMeta | None],
    money: Money | None = None,
) -> Story:
    """The agreement's story; ``article`` looks up an article's catalog record, ``money``
    reads a written value (without it, values compare by their text)."""
    by_article: dict[str, list[Statement]] = {a: [] for a in agreement.articles}
    for fact in agreement.facts:
        by_article.setdefault(fact.article, []).append(
            Statement(fact.field, _plain(fact.value), fact.article, fact.sentence, _rule(fact))
        )
    entries = []
    for article_id, statements in by_article.items():
        meta = article(article_id)
        statements.sort(key=lambda s: s.sentence)
        entries.append(
            Entry(
                article=article_id,
                date=article_date(meta),
                source=meta.source if meta is not None else None,
                title=meta.shown if meta is not None else article_id,
                statements=tuple(statements),
            )
        )
    entries.sort(key=lambda e: _order(e, article(e.article)))
    timeline = tuple(entries)
    found = [
        _years(timeline),
        _values(timeline, money),
        _parties(timeline, frozenset(agreement.parties)),
        _statuses(timeline),
    ]
    contradictions = tuple(c for c in found if c is not None)
    in_dispute = frozenset(
        s
        for c in contradictions
        for claim in c.claims
        for s in claim.statements
        if c.kind != "parties" or str(s.value) in c.unshared
    )
    return Story(timeline, contradictions, in_dispute)


def _plain(value: Any) -> Any:
    """A stored value as compared: a plain scalar (a list or mapping a damaged store may
    hold becomes its text, so it can be grouped and shown, never crash the story)."""
    return value if isinstance(value, str | int | float | bool | None) else str(value)


def _rule(fact: Any) -> str | None:
    rule = getattr(fact, "rule", None)
    return str(rule) if rule else None


def _order(entry: Entry, meta: ArticleMeta | None) -> tuple[Any, ...]:
    """Dated articles by date, then undated ones; ties in ingest order."""
    ingested = getattr(meta, "ingested", "") or ""
    return (0 if entry.date else 1, entry.date, ingested, entry.article)


def _statements(timeline: Iterable[Entry], field: str) -> list[Statement]:
    return [s for e in timeline for s in e.statements if s.field == field]


def _disagreement(kind: str, claims: list[Claim]) -> Contradiction | None:
    """A contradiction when at least two claims are made, by at least two articles. The
    claims given by most articles come first (the reading most sources share), ties in
    timeline order; a status disagreement keeps timeline order (earlier, then later)."""
    articles = {a for c in claims for a in c.articles}
    if len(claims) < 2 or len(articles) < 2:
        return None
    if kind != "status":
        claims = sorted(claims, key=lambda c: -len(c.articles))
    return Contradiction(kind, tuple(claims))


def _years(timeline: tuple[Entry, ...]) -> Contradiction | None:
    """Articles giving different years for the agreement (2021 and "2021" are one year)."""
    groups: dict[str, list[Statement]] = {}
    for s in _statements(timeline, "year"):
        groups.setdefault(str(s.value).strip(), []).append(s)
    return _disagreement("year", [Claim(ss[0].value, tuple(ss)) for ss in groups.values()])


def _values(timeline: tuple[Entry, ...], money: Money | None) -> Contradiction | None:
    """Articles giving different values in the same currency (a value in another currency
    may be the same sum converted, so it is not held against them)."""
    claims: list[tuple[Any, list[Statement]]] = []  # (reading, statements)
    for s in _statements(timeline, "value"):
        reading = _reading(s.value, money)
        for known, statements in claims:
            if _same_value(known, reading):
                statements.append(s)
                break
        else:
            claims.append((reading, [s]))
    conflicting = [
        (r, ss)
        for r, ss in claims
        if any(_comparable(r, other) for other, _ in claims if other is not r)
    ]
    return _disagreement("value", [Claim(ss[0].value, tuple(ss)) for _, ss in conflicting])


def _reading(value: Any, money: Money | None) -> Any:
    """A value as compared: (amount, currency) when it reads as money, else its folded text."""
    text = str(value)
    read = money(text) if money is not None else None
    return read if read is not None else " ".join(text.casefold().split())


def _comparable(a: Any, b: Any) -> bool:
    """Whether two readings can be told apart: both text, or money in one currency."""
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str)
    return a[1] is None or b[1] is None or a[1] == b[1]


def _same_value(a: Any, b: Any) -> bool:
    if not _comparable(a, b):
        return False
    if isinstance(a, str):
        return bool(a == b)
    larger = max(abs(a[0]), abs(b[0]))
    return larger == 0 or abs(a[0] - b[0]) <= SAME_AMOUNT * larger


def _parties(timeline: tuple[Entry, ...], known: frozenset[str]) -> Contradiction | None:
    """Articles naming at least two parties each, where each names a party the other does
    not ("Japan and Australia" against "Japan and the Philippines"). An article naming fewer
    parties than another is less detailed, not in disagreement. Only parties resolved to the
    agreement's actors (``known``) count: a name left unresolved may be one of them."""
    lists: list[tuple[tuple[str, ...], list[Statement]]] = []
    for entry in timeline:
        statements = [s for s in entry.of("party") if str(s.value) in known]
        parties = tuple(dict.fromkeys(str(s.value) for s in statements))
        if len(parties) < 2:
            continue
        for listed, said in lists:
            if set(listed) == set(parties):
                said.extend(statements)
                break
        else:
            lists.append((parties, list(statements)))
    conflicting = [
        (p, ss) for p, ss in lists if any(set(p) - set(q) and set(q) - set(p) for q, _ in lists)
    ]
    return _disagreement("parties", [Claim(p, tuple(ss)) for p, ss in conflicting])


def _statuses(timeline: tuple[Entry, ...]) -> Contradiction | None:
    """A later-dated article calling the agreement proposed or under negotiation after an
    earlier-dated one reported it signed, ratified or in force."""
    concluded: list[tuple[str, Statement]] = []
    for entry in timeline:
        if not entry.date:
            continue
        for s in entry.of("status"):
            if s.value in CONCLUDED:
                concluded.append((entry.date, s))
    if not concluded:
        return None
    first_date = min(date for date, _ in concluded)
    earlier = [s for date, s in concluded if date == first_date]
    later = [
        s
        for entry in timeline
        if entry.date and entry.date > first_date
        for s in entry.of("status")
        if s.value in OPEN
    ]
    if not later:
        return None
    claims: dict[Any, list[Statement]] = {}
    for s in [*earlier, *later]:
        claims.setdefault(s.value, []).append(s)
    return _disagreement("status", [Claim(v, tuple(ss)) for v, ss in claims.items()])
