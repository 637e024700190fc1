"""The Articles list: title over date and source, newest first (the store's order)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.text import Text

from store.records import ArticleMeta
from tui.safe import file_name, line_text, one_line
from tui.widgets.virtual_list import VirtualList

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def article_prompt(meta: ArticleMeta) -> Text:
    """Two lines: the title, then ``date · source`` (or the file's base name when both are
    missing; the full path would push the name out of a narrow list)."""
    date = one_line(meta.published)
    if ISO_DAY.match(date):
        date = date[:10]  # the day of an ISO time stamp is enough here
    facts = [f for f in (date, one_line(meta.source)) if f]
    second = " · ".join(facts) or file_name(meta.file)
    prompt = line_text((meta.shown or "(untitled)", "bold"))
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
