"""The Articles list: title over date and source, newest first (the store's order)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from store.records import ArticleMeta

from ..safe import line_text, one_line
from .virtual_list import VirtualList


def article_prompt(meta: ArticleMeta) -> Text:
    """Two lines: the title, then ``date · source`` (or the file name when both are missing)."""
    facts = [one_line(v) for v in (meta.published, meta.source) if v and one_line(v)]
    second = " · ".join(facts) or one_line(meta.file)
    prompt = line_text((meta.title or "(untitled)", "bold"))
    prompt.append("\n")
    prompt.append(second, style="italic")
    return prompt


class ArticleList(VirtualList):
    """Every article in the store; Enter opens the highlighted one."""

    row_height = 2

    def prompt(self, record: ArticleMeta) -> Text:
        return article_prompt(record)

    def set_articles(self, articles: Sequence[ArticleMeta], keep: str | None = None) -> None:
        self.replace(((m.id, m) for m in articles), keep)
