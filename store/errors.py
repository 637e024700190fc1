"""The store's errors: each carries a one-line message that names the file and the reason."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every store failure the command line reports as one line."""


class StoreCorrupt(StoreError):
    """The catalog or body segment cannot be read as a pactscope store."""


class StoreVersion(StoreError):
    """The catalog was written by a newer (or unknown) schema version."""


class StoreLocked(StoreError):
    """Another process holds the writer lock."""


class StoreReadOnly(StoreError):
    """The store's file or folder cannot be written."""


class CorrectionError(StoreError):
    """A correction that cannot be made as asked (an unknown id, a bad argument)."""
