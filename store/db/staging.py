"""What a writer changed since its last commit, by record id, and the catalog batches made of it.

Kept apart from ``catalog`` (which writes the batches) so each stays a file one reads whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from store.db.catalog import Batch, Catalog
from store.db.schema import ACTORS, AGREEMENTS, ARTICLES
from store.records import Actor, Agreement, ArticleMeta


@dataclass(slots=True)
class Staging:
    """What a writer changed since its last commit, by record id; ``batches`` turns it into
    the catalog write."""

    new_articles: dict[str, None] = field(default_factory=dict)  # in the order added
    dirty_articles: set[str] = field(default_factory=set)
    dirty_actors: set[str] = field(default_factory=set)
    dirty_agreements: set[str] = field(default_factory=set)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (table, id) whose docs go
    needs_rebuild: bool = False

    @property
    def pending(self) -> int:
        return (
            len(self.new_articles)
            + len(self.dirty_articles)
            + len(self.removed)
            + len(self.dirty_actors)
            + len(self.dirty_agreements)
        )

    def drop_article(self, article_id: str) -> None:
        """The article goes: unstaged if it was new, else its document is removed."""
        if article_id in self.new_articles:
            del self.new_articles[article_id]
            return
        self.dirty_articles.discard(article_id)
        self.removed.append((ARTICLES, article_id))

    def changed_article(self, article_id: str) -> None:
        if article_id not in self.new_articles:
            self.dirty_articles.add(article_id)

    def batches(
        self,
        catalog: Catalog,
        articles: dict[str, ArticleMeta],
        actors: dict[str, Actor],
        agreements: dict[str, Agreement],
    ) -> dict[str, Batch]:
        """One batch per table, in the shape ``Catalog.write`` takes."""
        batches = {
            ARTICLES: Batch(
                new=[articles[i] for i in self.new_articles if i in articles],
                changed=[articles[i] for i in sorted(self.dirty_articles) if i in articles],
            ),
            ACTORS: split(actors, self.dirty_actors, ACTORS, catalog),
            AGREEMENTS: split(agreements, self.dirty_agreements, AGREEMENTS, catalog),
        }
        for table, id in self.removed:
            batches[table].removed.append(id)
        return batches


def split(records: dict[str, Any], dirty: Iterable[str], table: str, catalog: Catalog) -> Batch:
    """A batch for ``table``: dirty records that have a document are changed, others new."""
    batch = Batch()
    for id in sorted(dirty):
        record = records.get(id)
        if record is not None:
            (batch.changed if catalog.stored(table, id) else batch.new).append(record)
    return batch
