"""Search layer: the index over actors, agreements and sentences, and the query engine.

Holds the vocabulary and typo matching (``vocabulary``), each sentence's words
(``sentence_words``), the posting lists (``postings``), the index on disk (``saved``), the
words a saved index already holds (``saved_words``), keeping the index in step with the store
(``upkeep``) and queries (``query``). May import ``store.records``, ``store.text``, ``store.paths``,
``store.errors`` and ``store.db`` (the store's read API, and the folder fsync the index's
atomic save shares with the catalog); never the UI.
"""
