"""Fixtures the explorer tests share: one seeded store per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui_support import seeded_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_store(tmp_path_factory.mktemp("terminals"))
