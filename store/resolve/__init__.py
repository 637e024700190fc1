"""Resolve layer: map one article's actor and agreement hits onto store-wide ids.

Holds the name index with its guards (``resolver``). May import ``store.records`` and
``store.text`` only: it knows nothing of files, the database or the UI.
"""
