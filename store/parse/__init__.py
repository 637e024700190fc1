"""Parse layer: one file's bytes into an ``Article`` (header fields, body paragraphs, sentences).

Holds reading files (``reader``), line clean-up (``layout``), header fields (``header``,
``dates``), page furniture (``boilerplate``), sentence bounds (``sentences``), quoted speech
(``speech``) and the assembly (``article``). May import ``store.records``, ``store.text`` and
``store.paths`` only: nothing of extraction, the database, search or the UI.
"""
