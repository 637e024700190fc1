"""Messages the app's workers post to the screens and to the app itself (the store opened or
failed, the index ready, an index build done), kept apart so screens need not import the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.message import Message

from store.records import Actor, ArticleMeta, Body

if TYPE_CHECKING:
    from store.db.store import Store


class ArticleRead(Message):
    """An article's catalog entry and body, read off the UI thread (None: gone or unreadable)."""

    def __init__(self, article_id: str, meta: ArticleMeta | None, body: Body | None) -> None:
        super().__init__()
        self.article_id = article_id
        self.meta = meta
        self.body = body


class StoreLoaded(Message):
    """The store was opened or re-read: the lists to show."""

    def __init__(
        self,
        store: Store,
        signature: tuple[int, ...] | None,
        articles: list[ArticleMeta],
        actors: list[Actor],
        reloaded: bool,
    ) -> None:
        super().__init__()
        self.store = store
        self.signature = signature
        self.articles = articles
        self.actors = actors
        self.reloaded = reloaded


class StoreFailed(Message):
    """The store could not be opened or read: a one-line reason."""

    def __init__(self, reason: str, quiet: bool = False) -> None:
        super().__init__()
        self.reason = reason
        self.quiet = quiet


class IndexReady(Message):
    """The search index finished loading (or building)."""

    def __init__(self, index: Any, generation: int) -> None:
        super().__init__()
        self.index = index
        self.generation = generation


class IndexBuildEnded(Message):
    """An index build stopped reading ``store`` (done, failed or overtaken by a reload)."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
