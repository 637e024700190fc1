"""Default locations: where the store lives and where the bundled seed articles are."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from store.text import strip_controls

APP_NAME = "pactscope"
DB_ENV = "PACTSCOPE_DB"


def default_db_path() -> Path:
    """The store used when neither ``--db`` nor ``PACTSCOPE_DB`` says otherwise."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "pactscope.json"


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store to use: ``explicit`` (``--db``), else ``PACTSCOPE_DB``, else the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def bundled_seeds() -> Path:
    """The sample articles: ``store/seeds`` in a wheel, the repository's ``seeds/`` in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "seeds"
    if packaged.is_dir():
        return packaged
    return here.parent / "seeds"


def safe_path(path: str | os.PathLike[str]) -> str:
    """A path fit for a one-line message: no control characters, tabs or newlines."""
    text = strip_controls(os.fsdecode(path))
    return text.replace("\n", " ").replace("\t", " ")


def bodies_path(path: Path) -> Path:
    """The body segment beside the catalog at ``path``."""
    return path.with_name(path.name + ".bodies")


def journal_path(path: Path) -> Path:
    """The catalog journal beside the catalog at ``path`` (commits since the last compaction)."""
    return path.with_name(path.name + ".journal")


def names_path(path: Path) -> Path:
    """The resolver's saved name index beside the catalog at ``path`` (derived, rebuilt at will)."""
    return path.with_name(path.name + ".names")


def lock_path(path: Path) -> Path:
    """The writer lock beside the catalog at ``path``."""
    return path.with_name(path.name + ".lock")
