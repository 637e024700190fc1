"""The files of a saved index are fsynced together at the end of the block that wrote them,
before it returns; outside such a block each is fsynced as it is written."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from store.search import columns
from store.search.columns import synced_together, write_array, write_file


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    synced: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.fstat(fd).st_ino)
        real(fd)

    monkeypatch.setattr(columns.os, "fsync", fsync)
    return synced


def test_files_written_in_the_block_are_fsynced_at_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = _recording(monkeypatch)
    with synced_together():
        write_file(tmp_path / "a.bin", b"alpha")
        write_array(tmp_path / "b.npy", np.arange(5))
        with synced_together():  # an inner block leaves it to the outer one
            write_file(tmp_path / "c.bin", b"gamma")
        assert synced == []
    inodes = {os.stat(tmp_path / n).st_ino for n in ("a.bin", "b.npy", "c.bin")}
    assert sorted(synced) == sorted(inodes)
    assert (tmp_path / "a.bin").read_bytes() == b"alpha"
    assert list(np.load(tmp_path / "b.npy")) == [0, 1, 2, 3, 4]
    write_file(tmp_path / "d.bin", b"delta")  # outside a block: at once
    assert synced[-1] == os.stat(tmp_path / "d.bin").st_ino


def test_a_failed_fsync_is_raised_and_a_failed_block_syncs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(columns.os, "fsync", refuse)
    with pytest.raises(OSError), synced_together():
        write_file(tmp_path / "a.bin", b"alpha")
        write_file(tmp_path / "b.bin", b"beta")
    synced = _recording(monkeypatch)
    with pytest.raises(ValueError), synced_together():
        write_file(tmp_path / "c.bin", b"gamma")
        raise ValueError("the save failed")
    assert synced == []
