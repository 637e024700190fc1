"""Messages the app's workers post to the screens and to the app itself (the store opened or
failed, the index ready, an index build done), kept apart so screens need not import the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

from store.records import ArticleMeta, Body

if TYPE_CHECKING:
    from store.db.store import Store
    from tui.widgets.actor_list import ActorSet
    from tui.widgets.article_list import ArticleSet


@dataclass(slots=True)
class Prepared:
    """The lists of one generation, keyed and rowed in a worker: the UI thread only shows them."""

    generation: int
    articles: ArticleSet
    actors: ActorSet


class ArticleRead(Message):
    """An article's catalog entry and body, read off the UI thread (None: gone or unreadable)."""

    def __init__(self, article_id: str, meta: ArticleMeta | None, body: Body | None) -> None:
        super().__init__()
        self.article_id = article_id
        self.meta = meta
        self.body = body


class ListsRead(Message):
    """The list file of the store as committed now: the lists to show while the full
    records load (``store.db.lists``)."""

    def __init__(self, lists: Prepared) -> None:
        super().__init__()
        self.lists = lists


class StoreLoaded(Message):
    """The store was opened or re-read: the lists to show (None: the lists already show this
    generation, read from the list file)."""

    def __init__(
        self,
        store: Store,
        signature: tuple[int, ...] | None,
        lists: Prepared | None,
        reloaded: bool,
    ) -> None:
        super().__init__()
        self.store = store
        self.signature = signature
        self.lists = lists
        self.reloaded = reloaded


class StoreFailed(Message):
    """The store could not be opened or read: a one-line reason."""

    def __init__(self, reason: str, quiet: bool = False) -> None:
        super().__init__()
        self.reason = reason
        self.quiet = quiet


class StoreDamaged(Message):
    """A catalog record the store met is damaged (it reads as missing): the one line said
    of it, naming the file, the line and the record."""

    def __init__(self, line: str) -> None:
        super().__init__()
        self.line = line


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
