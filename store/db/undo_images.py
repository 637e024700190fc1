"""Undo without a rebuild: the records a correction changed, as they were before it.

A correction (or redo) committed on a store with nothing else staged keeps an ``UndoImage``:
the document of every actor and agreement its commit wrote or removed, as it was before
(None: the record did not exist), and of every article it relinked the part a correction
changes (links, body line, relink). Records are edited in place, so the documents are
taken before the correction is applied, from its ``footprint``: its targets, their articles
and every record referring to them. When the commit writes a record outside the footprint that
existed before, no image is kept (the undo rebuilds): a footprint too small never gives a
wrong undo, only a slower one. Undoing that entry puts those documents back,
which is exactly the store before the correction, so long as nothing else was committed in
between. That is checked by generation: an image is valid at the generation its commit wrote
(``valid_at``), and gives back the records of the generation before (``restores``). After an
undo by image the store holds the records of that older generation, which a ``state``
document says (valid only while the generation it was written at is the current one, so a
commit by any other path, an ingest or an older release, makes every image stale). A stale
image still serves when every commit since, as the journal tells, wrote none of its records
(``untouched_since``). An entry without a usable image is undone by the rebuild, the reference.

Body lines are never rewritten here: an article's document points at its body line, and the
line an image gives back is still in the append-only segment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from store.db.catalog import Batch, Catalog
from store.db.fold import Workspace
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    UNDO,
    actor_from_dict,
    actor_to_dict,
    agreement_from_dict,
    agreement_to_dict,
)
from store.db.staging import Staging
from store.records import ArticleMeta, CorrectionEntry

STATE = "state"
"""The id of the document saying which generation's records the store holds now."""
MAX_IMAGES = 32
"""The most undo steps kept as images; older ones are undone by a rebuild."""

FROM_DICT = {ACTORS: actor_from_dict, AGREEMENTS: agreement_from_dict}


def _article_part(meta: ArticleMeta) -> dict[str, Any]:
    """What a correction may change of an article (it never adds or removes one): its links,
    its body line and its relink; the rest of its document is left out of the image."""
    return {
        "body": list(meta.body),
        "actors": list(meta.actors),
        "agreements": list(meta.agreements),
        "relink": {k: dict(v) for k, v in meta.relink.items()},
    }


@dataclass(slots=True)
class UndoImage:
    """What undoing one entry gives back (``id`` is its seq), or the ``state`` document."""

    id: str
    valid_at: int
    restores: int
    records: dict[str, dict[str, dict[str, Any] | None]] = field(default_factory=dict)


def image_from_dict(d: dict[str, Any]) -> UndoImage:
    return UndoImage(str(d["id"]), int(d["valid_at"]), int(d["restores"]), d.get("records") or {})


def stored_images(catalog: Catalog) -> dict[str, UndoImage]:
    """The images (and the state document) the writer's catalog holds, by id."""
    found = {}
    for doc in catalog.storage.data.get(UNDO, {}).values():
        try:
            image = image_from_dict(doc)
        except (KeyError, TypeError, ValueError):
            continue  # a damaged image only costs its undo a rebuild
        found[image.id] = image
    return found


def state_of(images: dict[str, UndoImage], generation: int) -> int:
    """The generation whose records the store at ``generation`` holds."""
    state = images.get(STATE)
    return state.restores if state is not None and state.valid_at == generation else generation


def footprint(ws: Workspace, ids: list[tuple[str, str]]) -> dict[str, dict[str, dict[str, Any]]]:
    """The documents, as they are now, of the records a correction of the records ``ids``
    ((table, id) pairs) may change: those, records of the same name (``kind`` folds them),
    their articles, and the agreements and actors referring to them."""
    seeds = {(t, i) for t, i in ids if i in ws.table(t)}
    names = {ws.table(t)[i].name.casefold() for t, i in seeds}
    seeds |= {(ACTORS, a.id) for a in ws.actors.values() if a.name.casefold() in names}
    seeds |= {(AGREEMENTS, g.id) for g in ws.agreements.values() if g.name.casefold() in names}
    actors = {i for t, i in seeds if t == ACTORS}
    agreements = {i for t, i in seeds if t == AGREEMENTS}
    articles: set[str] = set()
    for i in actors:
        articles.update(ws.actors[i].articles)
    for i in agreements:
        articles.update(ws.agreements[i].articles)
    refer_g = {
        g.id
        for g in ws.agreements.values()
        if g.part_of in agreements
        or actors.intersection(g.parties)
        or any(f.field == "party" and f.value in actors for f in g.facts)
    }
    refer_a = {a.id for a in ws.actors.values() if any(r.affiliation in actors for r in a.roles)}
    return {
        ARTICLES: {i: _article_part(ws.articles[i]) for i in articles if i in ws.articles},
        ACTORS: {i: actor_to_dict(ws.actors[i]) for i in actors | refer_a},
        AGREEMENTS: {i: agreement_to_dict(ws.agreements[i]) for i in agreements | refer_g},
    }


def image_of(
    before: dict[str, dict[str, dict[str, Any]]],
    catalog: Catalog,
    staged: Staging,
    seq: int,
    valid_at: int,
    restores: int,
) -> UndoImage | None:
    """The image undoing what ``staged`` is about to commit, from the documents ``before``
    it; None when it writes a record that existed but is not in ``before``."""
    ids = {
        ARTICLES: set(staged.dirty_articles),
        ACTORS: set(staged.dirty_actors),
        AGREEMENTS: set(staged.dirty_agreements),
    }
    for table, id in staged.removed:
        ids.setdefault(table, set()).add(id)
    records: dict[str, dict[str, dict[str, Any] | None]] = {}
    for table, wanted in ids.items():
        docs = records.setdefault(table, {})
        for id in sorted(wanted):
            if id in before.get(table, {}):
                docs[id] = before[table][id]
            elif catalog.stored(table, id):
                return None  # outside the footprint: this undo rebuilds
            else:
                docs[id] = None  # made by the correction
    return UndoImage(str(seq), valid_at, restores, records)


def restore(image: UndoImage, tables: dict[str, dict[str, Any]], staged: Staging) -> None:
    """Put the image's records back into ``tables`` and stage each as changed or removed."""
    dirty = {
        ARTICLES: staged.dirty_articles,
        ACTORS: staged.dirty_actors,
        AGREEMENTS: staged.dirty_agreements,
    }
    for table, docs in image.records.items():
        records = tables[table]
        for id, doc in docs.items():
            if table == ARTICLES:
                meta = records.get(id)
                if meta is not None and doc is not None:
                    meta.body = (int(doc["body"][0]), int(doc["body"][1]))
                    meta.actors, meta.agreements = list(doc["actors"]), list(doc["agreements"])
                    meta.relink = doc["relink"]
                    staged.changed_article(id)
            elif doc is None:
                records.pop(id, None)
                dirty[table].discard(id)
                staged.removed.append((table, id))
            else:
                records[id] = FROM_DICT[table](doc)
                staged.removed = [r for r in staged.removed if r != (table, id)]
                dirty[table].add(id)


def written_since(catalog: Catalog, generation: int, now: int) -> set[str] | None:
    """The ids of the articles, actors and agreements every commit after ``generation`` (up to
    ``now``) wrote or removed; None when one of those commits is not known any more (the
    journal was compacted since)."""
    found: dict[int, set[str]] = {}
    for entry in catalog.replay.entries:
        if entry.generation > generation:
            ids = found.setdefault(entry.generation, set())
            for table in (ARTICLES, ACTORS, AGREEMENTS):
                ids.update(str(doc.get("id")) for doc in entry.put.get(table, ()))
                ids.update(str(patch.get("id")) for patch in entry.patch.get(table, ()))
                ids.update(entry.removed.get(table, ()))
    for at, ids in catalog.touched.items():  # this writer's own commits (every table's ids)
        if at > generation:
            found.setdefault(at, set()).update(ids)
    if set(found) != set(range(generation + 1, now + 1)):
        return None
    return set().union(*found.values())


def untouched_since(image: UndoImage, catalog: Catalog, now: int) -> bool:
    """Whether no commit since the image's own wrote any record it would put back: then
    putting them back undoes the correction exactly though the store moved on (an ingest of
    articles that name none of them)."""
    if image.valid_at >= now:
        return False
    since = written_since(catalog, image.valid_at, now)
    return since is not None and not any(
        since.intersection(docs) for docs in image.records.values()
    )


def kept_chain(images: dict[str, UndoImage], log: list[CorrectionEntry], state: int) -> set[str]:
    """The images still usable once the store holds ``state``: the newest active entry's if
    valid there, then the one before it if valid where that one leads back to, and so on."""
    kept: set[str] = set()
    for entry in reversed([e for e in log if e.state == "active"]):
        image = images.get(str(entry.seq))
        if image is None or image.valid_at != state or len(kept) >= MAX_IMAGES:
            break
        kept.add(image.id)
        state = image.restores
    return kept


def undo_batch(
    catalog: Catalog, images: dict[str, UndoImage], put: list[UndoImage], keep: set[str]
) -> Batch:
    """The undo table's part of a commit: ``put`` written, every other image not in ``keep`` gone."""
    batch = Batch()
    for image in put:
        (batch.changed if catalog.stored(UNDO, image.id) else batch.new).append(image)
    written = {i.id for i in put}
    batch.removed = sorted(i for i in images if i not in keep and i not in written)
    return batch
