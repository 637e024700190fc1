"""pactscope's data core: parsing, extraction, resolution, the TinyDB store and the search index.

Nothing in this package imports Textual; the explorer in ``tui`` reads what this package keeps.
"""

__version__ = "0.1.0"
