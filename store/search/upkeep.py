"""Keeping ``PATH.index/`` in step with the store: where it lives, and building it again.

A build reads no body it can avoid: articles an ingest has just added bring their words from
its workers (``terms.TermFeed``), and articles the saved index of an earlier generation already
holds take their words from it (``reuse``); only the rest are read from the body segment.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from store.errors import StoreError
from store.records import Actor, Agreement, ArticleMeta, Body
from store.search.columns import as_list
from store.search.extend import StoredArticles, extend_data
from store.search.postings import IndexData
from store.search.query import SearchIndex
from store.search.save_lock import saving
from store.search.saved import load_data, save_data
from store.search.saved_words import reuse_saved
from store.search.sentence_words import TermFeed, article_terms


def index_dir(store_path: Path) -> Path:
    """Where the index of the store at ``store_path`` is kept: ``PATH.index/``."""
    return Path(str(store_path) + ".index")


def index_for_store(store: Any) -> SearchIndex:
    """The persisted index when it matches the store's generation; otherwise a new one,
    saved beside the store when that folder can be written (what the explorer and the
    ``search`` command open)."""
    directory = index_dir(store.path)
    saved = load_data(directory)
    current = _current(saved, store)
    if current is not None:
        return current
    if _writable(directory):
        try:
            with saving(directory):
                return _under_lock(store, directory, saved, keep_going=True)
        except StoreError:  # busy, or no lock to be had: the search answers from memory
            pass
    _close(saved)
    articles = store.articles()
    return SearchIndex.build(
        store.actors(),
        store.agreements(),
        articles,
        _bodies(store, articles),
        store.generation,
        sentence_text=lambda article, i: store.body(article).sentence_text(i),
    )


def saved_index(store_path: Path, generation: int) -> SearchIndex | None:
    """The persisted index of the store at ``store_path`` when it was built from
    ``generation``, without the store's records (the explorer opens it while they load);
    None when there is none of that generation."""
    saved = load_data(index_dir(store_path))
    if saved is not None and saved.generation == generation:
        return SearchIndex.from_data(saved)
    _close(saved)
    return None


def ensure_index(
    store: Any, feed: TermFeed | None = None, *, load_back: bool = True
) -> SearchIndex | None:
    """Make ``PATH.index/`` match the store's generation (called after an ingest commits,
    with the sentence words of the articles it added in ``feed``). Without ``load_back``
    (an ingest, which queries nothing) an index grown and saved is not read back: None."""
    directory = index_dir(store.path)
    saved = None
    # after an ingest that stored articles (their words in ``feed``) the saved index is not
    # current: it is read once, under the lock, rather than first without it as well
    if feed is None or not len(feed):
        saved = load_data(directory)
        current = _current(saved, store)
        if current is not None:
            return current
    with saving(directory):
        return _under_lock(store, directory, saved, feed=feed, reload=False, load_back=load_back)


def rebuild_index(store: Any) -> SearchIndex:
    """Build ``PATH.index/`` anew (articles newest first), taking words from the saved one
    (what ``pactscope compact`` does; an ingest grows the index instead)."""
    directory = index_dir(store.path)
    with saving(directory):
        return _build_and_save(store, directory, load_data(directory), grow=False, reload=False)


def _under_lock(store: Any, directory: Path, saved: IndexData | None, **how: Any) -> Any:
    """Build and save holding the save lock: the index read before it was taken is read
    again, as another builder may have replaced it meanwhile (and may have made it current)."""
    _close(saved)
    saved = load_data(directory)
    current = _current(saved, store)
    if current is not None:
        return current
    return _build_and_save(store, directory, saved, **how)


def _current(saved: IndexData | None, store: Any) -> SearchIndex | None:
    """Queries over ``saved`` when it was built from the store as it is now."""
    if saved is None or saved.generation != store.generation:
        return None
    return SearchIndex.from_data(saved)


def _build_and_save(
    store: Any,
    directory: Path,
    saved: IndexData | None,
    *,
    keep_going: bool = False,
    feed: TermFeed | None = None,
    reload: bool = True,
    grow: bool = True,
    load_back: bool = True,
) -> Any:
    """Build from the store and persist. With ``reload``, return the saved copy (memory-mapped,
    lighter) instead of the one built in memory; with ``keep_going``, a failed save still
    returns the one built in memory; without ``load_back``, a grown index is saved and
    None returned."""
    feed = feed if feed is not None else TermFeed()
    if saved is not None and grow:
        grown = _extend(store, directory, saved, feed, load_back)
        if grown is not None:
            return grown if isinstance(grown, SearchIndex) else None
    articles = store.articles()
    if saved is not None:  # of an earlier generation: its articles are not read again
        reuse_saved(saved, feed, (a.id for a in articles))
        _close(saved)
        del saved
    unread = [a for a in articles if a.id not in feed.articles]
    built = SearchIndex.build(
        store.actors(),
        store.agreements(),
        articles,
        _bodies(store, unread),
        store.generation,
        prepared=feed,
    )
    try:
        built.save(directory)
    except (OSError, StoreError):  # a full disk: the search still answers from memory
        if not keep_going:
            raise
        return built
    if not reload:
        return built
    return SearchIndex.load(directory, generation=store.generation) or built


def _extend(
    store: Any, directory: Path, saved: IndexData, feed: TermFeed, load_back: bool = True
) -> SearchIndex | bool | None:
    """The saved index grown by the articles added since (``extend.extend_data``), saved
    and read back (True, not read back, without ``load_back``); None when it cannot be
    grown that way (then it is rebuilt)."""
    stored = _stored(store)
    actors, agreements = _entities(store)
    changed = _changed(store, saved.generation)
    added = None
    if changed is not None:  # told by the ids written since, not by every id indexed
        added = stored.written(
            len(saved.articles.ids), changed, lambda id: id in actors or id in agreements
        )
    if added is not None:
        unfed = [m.id for m in added if m.id not in feed.articles]
    else:
        known = set(as_list(saved.articles.ids))
        unfed = [id for id in stored.ids if id not in known and id not in feed.articles]
        del known
    for id in unfed:  # added articles an ingest did not bring words for: read them
        try:
            body = store.body(id)
        except (StoreError, KeyError):
            return None
        feed.add(id, article_terms(body.text, body.sentences))
    grown = extend_data(
        saved,
        directory / "texts.bin",
        actors,
        agreements,
        stored,
        feed,
        store.generation,
        changed=changed,
        added=added,
    )
    if grown is None:
        return None
    save_data(grown, directory)
    del grown  # read back as saved: mapped, nothing parsed
    if not load_back:
        _close(saved)
        return True
    loaded = SearchIndex.load(directory, generation=store.generation)
    if loaded is not None:  # else the caller builds anew, still reading words from ``saved``
        _close(saved)
    return loaded


def _stored(store: Any) -> StoredArticles:
    """The store's articles for growing: a writer's ids and records, read one by one (its
    order is ``owners.NewestFirst``); else every article in the order the store gives."""
    if hasattr(store, "article_ids") and hasattr(store, "article"):
        return StoredArticles(store.article_ids(), store.article, store.articles)
    articles = store.articles()
    by_id = {m.id: m for m in articles}
    order = [m.id for m in articles]
    return StoredArticles(order, by_id.get, lambda: articles, order)


def _entities(store: Any) -> tuple[Mapping[str, Actor], Mapping[str, Agreement]]:
    """The store's actors and agreements by id: a writer's own mappings (which make a record
    only when it is read), else made from its lists."""
    maps = getattr(store, "entity_maps", None)
    if maps is not None:
        return maps()
    return {a.id: a for a in store.actors()}, {g.id: g for g in store.agreements()}


def _changed(store: Any, generation: int) -> set[str] | None:
    """Ids of the records a writer wrote since ``generation`` (None: unknown)."""
    since = getattr(store, "changed_since", None)
    return since(generation) if since is not None else None


def _close(saved: IndexData | None) -> None:
    """Let go of a saved index's text map now, not whenever the collector gets to it."""
    if saved is not None and isinstance(saved.texts, mmap.mmap):
        saved.texts.close()


def _bodies(store: Any, articles: list[ArticleMeta]) -> Iterator[Body]:
    """The bodies of ``articles`` in order, skipping any the store cannot read."""
    for meta in articles:
        try:
            yield store.body(meta.id)
        except StoreError:
            continue


def _writable(directory: Path) -> bool:
    """Whether the index folder (or, before the first save, its parent) can be written."""
    target = directory if directory.exists() else directory.parent
    return os.access(target, os.W_OK) and os.access(directory.parent, os.W_OK)
