"""The owners of an index's names: one row per actor, agreement and article, in the order
ties break (actors and agreements by kind, most mentioned first, then name; articles in the
order given, newest first in a store), and what makes a label fit to show."""

from __future__ import annotations

from collections import Counter
from operator import attrgetter
from typing import Any

from store.records import Actor, Agreement, ArticleMeta
from store.text import fold, strip_controls

KIND_RANK = {
    "person": 0,
    "country": 1,
    "organization": 2,
    "agreement": 3,
    "article": 4,
    "sentence": 5,
}
ENTITY_KINDS = frozenset(k for k in KIND_RANK if k != "sentence")
MAX_DETAIL = 160


def clean_label(text: str | None, limit: int | None = None) -> str:
    """Text fit to show on one line: no controls or escapes, no newlines or tabs."""
    if not text:
        return ""
    if not text.isprintable():  # every control, escape and bidi mark is unprintable
        text = strip_controls(text).replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


KIND_WORDS = {"organization": "organisation"}
"""A kind as a reader sees it (one word for one thing across the explorer)."""


_TITLE_AND_PLACE = attrgetter("title", "affiliation")


def _actor_detail(actor: Actor, names: dict[str, str]) -> str:
    if actor.kind == "person":
        # counted by affiliation id first: a person named in thousands of articles has as
        # many roles, and few distinct ones, whose names are then looked up once each
        counts: dict[tuple[str, str], int] = {}
        for (title, affiliation), n in Counter(map(_TITLE_AND_PLACE, actor.roles)).items():
            key = (title, names.get(affiliation or "", ""))
            counts[key] = counts.get(key, 0) + n
        if counts:
            (title, where), _ = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            return f"{title}, {where}" if where else title
        return "person"
    if actor.aliases:
        return "also " + ", ".join(actor.aliases[:4])
    return actor.code or KIND_WORDS.get(actor.kind, actor.kind)


def _agreement_detail(agreement: Agreement) -> str:
    status = agreement.status.replace("_", " ") if agreement.status else None  # "in force"
    parts = [str(p) for p in (agreement.year, status, agreement.value) if p]
    return (
        " · ".join(parts) if parts else ("unnamed agreement" if agreement.unnamed else "agreement")
    )


def _base_name(file: str) -> str:
    """A file's own name, without its folders (a backslash may be part of a POSIX name)."""
    return file.rsplit("/", 1)[-1] or file


def owner_rows(
    actors: list[Actor], agreements: list[Agreement], articles: list[ArticleMeta]
) -> list[tuple[list[Any], list[str]]]:
    """Rows [kind, id, label, detail, weight] with their name forms, in tie-break order."""
    names = {a.id: a.name for a in actors}
    rows = [actor_row(actor, names) for actor in actors]
    rows += [agreement_row(agreement) for agreement in agreements]
    rows.sort(key=lambda pair: owner_key(pair[0]))
    return rows + [article_row(article) for article in articles]  # in the order given


Row = tuple[list[Any], list[str]]
"""An owner row [kind, id, label, detail, weight] and the name forms that find it."""


def owner_key(row: list[Any]) -> tuple[int, int, str, str]:
    """Where an actor's or agreement's row goes: by kind, most mentioned first, then name."""
    return (KIND_RANK[row[0]], -row[4], fold(row[2]), row[1])


def actor_row(actor: Actor, names: dict[str, str]) -> Row:
    """An actor's row; ``names`` (id -> name) names the affiliations of a person's roles."""
    weight = sum(actor.articles.values()) if actor.articles else 0
    row = [
        actor.kind,
        actor.id,
        clean_label(actor.name),
        clean_label(_actor_detail(actor, names), MAX_DETAIL),
        weight,
    ]
    return row, [actor.name, *actor.aliases]


def agreement_row(agreement: Agreement) -> Row:
    row = [
        "agreement",
        agreement.id,
        clean_label(agreement.name),
        clean_label(_agreement_detail(agreement), MAX_DETAIL),
        len(agreement.articles),
    ]
    return row, [agreement.name, *agreement.aliases]


def article_row(article: ArticleMeta) -> Row:
    detail = " · ".join(p for p in (article.published, article.source) if p) or _base_name(
        article.file
    )
    row = ["article", article.id, clean_label(article.shown), clean_label(detail, MAX_DETAIL), 0]
    return row, [article.shown, article.source]  # the site name finds its articles too


class NewestFirst:
    """The order a store lists its articles in (``ReadStore.articles``): newest first
    (undated last), then by title folded, then id; a key for placing added articles among
    indexed ones without sorting every article again (a test holds the two to one order)."""

    __slots__ = ("published", "title", "id")

    def __init__(self, article: ArticleMeta) -> None:
        self.published = article.published or ""
        self.title = article.shown.casefold()
        self.id = article.id

    def __lt__(self, other: NewestFirst) -> bool:
        if self.published != other.published:
            return self.published > other.published
        return (self.title, self.id) < (other.title, other.id)
