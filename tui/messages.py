"""Messages the app's workers post to the screens (kept apart so screens need not import the app)."""

from __future__ import annotations

from textual.message import Message

from store.records import ArticleMeta, Body


class ArticleRead(Message):
    """An article's catalog entry and body, read off the UI thread (None: gone or unreadable)."""

    def __init__(self, article_id: str, meta: ArticleMeta | None, body: Body | None) -> None:
        super().__init__()
        self.article_id = article_id
        self.meta = meta
        self.body = body
