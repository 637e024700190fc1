"""A ``Record`` (text plus header fields from a page, export or feed) as an ``Article``.

The text goes through ``parse_article`` like a plain file's (headline first, then the body),
so a story saved as a page and as a ``.txt`` gives the same body, sentences and mentions.
The header fields the file stated as data then win over what the parser read off the text.
"""

from __future__ import annotations

from store.parse.article import parse_article
from store.parse.formats.record import Record
from store.records import Article

NO_HEADLINE = "no headline"
"""The parser's warning for a text without a headline; moot when the record has a title."""


def article_of(record: Record, file: str) -> Article:
    """The article a record holds; ``file`` is what the article is stored under."""
    text = f"{record.title}\n\n{record.text}" if record.title else record.text
    article = parse_article(text, file)
    if record.title and not article.title:  # the parser did not see a headline: the file named one
        article.warnings = [w for w in article.warnings if w != NO_HEADLINE]
    article.title = record.title or article.title
    article.label = article.title or article.label  # what lists show follows the stated title
    article.byline = record.byline or article.byline
    article.published = record.published or article.published
    article.source = record.source or article.source
    article.url = record.url
    return article
