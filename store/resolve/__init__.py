"""Resolve layer: map one article's actor and agreement hits onto store-wide ids.

Holds the name index with its guards (``resolver``). May import ``store.records``,
``store.text`` and ``store.extract`` (its rule for generic names, so a name is read the same
way when resolved as when it was found) only: it knows nothing of files, the database or the UI.
"""
