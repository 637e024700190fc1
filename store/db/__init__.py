"""Storage layer: the store on disk and its API (``store.Store``).

Holds the stored schema and its version (``schema``), the catalog (``catalog``,
``json_storage``), the body segment (``bodies``), the writer lock (``lock``), folding an
article's resolved extraction into records (``linking``), relations read off the links
(``actor_links``) and the JSON export (``export``). May import ``store.records``,
``store.text``, ``store.errors``, ``store.paths`` and ``store.resolve``; never search or the UI.
"""
