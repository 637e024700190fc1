"""The search index on disk: ``PATH.index/`` written atomically, read back memory-mapped.

One ``.npy`` file per numeric column, the string columns (terms, article ids and titles, owner
ids, labels and details, name forms) as blobs with their item ends (``columns.py``),
``texts.bin`` (article bodies as UTF-8, read through a memory map to label sentence hits) and
``meta.json``, written last: a small manifest (format, catalog generation, how many items each
column holds in its base and its tail). Nothing is parsed on opening: the columns are mapped
and an item is decoded when a query shows it. Columns that grow with the articles keep their
base file (linked into the new folder) and write only a tail (``columns.Grown``). A save goes
to a temp folder beside the target and is renamed into place. A load checks shapes, types and
bounds so that no query can index out of range (the large sentence lists are checked by the
query engine as it first reads each); anything wrong (missing, foreign, damaged) gives None,
which means "rebuild". An index of the layout before columns is read by ``saved_v2``.
"""

from __future__ import annotations

import itertools
import mmap
import operator
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from store.db.files import os_reason, read_regular, refuse_special
from store.db.json_storage import fsync_dir
from store.errors import StoreError
from store.paths import safe_path
from store.search.columns import (
    AppendedTexts,
    Grown,
    Strings,
    append_texts,
    link,
    load_numbers,
    load_strings,
    save_numbers,
    save_strings,
    sync,
    synced_together,
    write_array,
    write_file,
)
from store.search.extend import Pieces
from store.search.held import stamp
from store.search.id_slots import column_keys
from store.search.layout import (
    GROWING,
    KEYS,
    LAZY,
    OWNER_COLUMNS,
    STRINGS,
    TAILS,
    WHOLE,
    columns_of,
    dtype_of,
)
from store.search.postings import FORMAT, IndexData, Owners, Titles
from store.search.saved_v2 import _bounded, _csr_ok, arrays_agree, load_legacy
from store.search.tail import Linked, tail_format


def _write_texts(path: Path, texts: list[str]) -> tuple[np.ndarray, int]:
    """Write each article's text as UTF-8, one after another; return (start, end) per article."""
    offsets = np.zeros(2 * len(texts), np.int64)
    size = 0
    with open(path, "wb") as fh:
        for i, text in enumerate(texts):
            raw = text.encode("utf-8", "replace")
            fh.write(raw)
            offsets[2 * i : 2 * i + 2] = (size, size + len(raw))
            size += len(raw)
        sync(fh)
    return offsets, size


def _save_pieces(fh: Any, arr: Pieces) -> None:
    """What ``np.save`` writes for the array ``arr`` stands for, piece by piece."""
    header = {"descr": np.lib.format.dtype_to_descr(arr.dtype), "fortran_order": False, "shape": (len(arr),)}
    np.lib.format.write_array_header_1_0(fh, header)
    for piece in arr.pieces:
        fh.write(memoryview(np.ascontiguousarray(piece, dtype=arr.dtype)))


def _save_whole(directory: Path, name: str, arr: Any, dtype: type) -> None:
    if isinstance(arr, Linked):
        link(arr.path, directory / f"{name}.npy")
    elif isinstance(arr, Pieces):
        with open(directory / f"{name}.npy", "wb") as fh:
            _save_pieces(fh, arr)
            sync(fh)
    else:
        write_array(directory / f"{name}.npy", np.asarray(arr, dtype))


def save_data(data: IndexData, directory: Path) -> None:
    """Write the index to ``directory`` atomically: a temp folder beside it, then renames."""
    if data.texts is None:
        raise ValueError(
            "this index holds no sentence texts (built with sentence_text); rebuild to save"
        )
    directory = Path(directory)
    parent = directory.parent
    parent.mkdir(parents=True, exist_ok=True)
    # the pid in the name lets the next writer remove it if this process is killed
    tmp = Path(tempfile.mkdtemp(prefix=f"{directory.name}.tmp-{os.getpid()}-", dir=parent))
    try:
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; readers of the store must read it too
    except OSError:
        pass
    try:
        with synced_together():  # every file on disk before the folder is, as before
            _save_into(data, tmp)
        fsync_dir(tmp)
        old = None
        if os.path.lexists(directory):
            old = parent / f"{directory.name}.old-{os.getpid()}-{os.urandom(4).hex()}"
            os.rename(directory, old)
        os.rename(tmp, directory)
        fsync_dir(parent)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):  # a full disk, a quota: named, in words
            raise StoreError(
                f"{safe_path(directory)}: cannot save the search index ({os_reason(exc, parent)})"
            ) from None
        raise


def _save_into(data: IndexData, tmp: Path) -> None:
    """Every file of the index but the rename: texts, columns, postings, then the manifest."""
    if isinstance(data.texts, list):
        offsets, size = _write_texts(tmp / "texts.bin", data.texts)
        data.arrays["text_offsets"] = offsets
    elif isinstance(data.texts, AppendedTexts):
        size = append_texts(tmp / "texts.bin", data.texts)
    else:
        blob = data.texts
        size = len(blob)
        write_file(tmp / "texts.bin", blob)
    counts: dict[str, list[int]] = {}
    numbers, strings = columns_of(data)
    if KEYS not in numbers and not isinstance(strings["owner_ids"], Grown):
        numbers[KEYS] = column_keys(strings["owner_ids"])  # a build's ids, keyed once
    for name, column in numbers.items():
        counts[name] = list(save_numbers(tmp, name, column, dtype_of(name)))
    for name, column in strings.items():
        counts[name] = list(save_strings(tmp, name, column))
    tails = [n for n in TAILS if n in data.arrays and _has(data.arrays, n.replace("offsets", "postings"))]
    for name, dtype in {**WHOLE, **{n: TAILS[n] for n in tails}}.items():
        _save_whole(tmp, name, data.arrays[name], dtype)
    meta = {
        "format": tail_format(FORMAT) if tails else FORMAT,
        "generation": data.generation,
        "texts": size,
        "columns": counts,
        "tails": sorted({n.rsplit("_", 1)[0] for n in tails}),
    }
    if data.checked:  # the next growth reads only the tail while these files stay as they are
        meta["held"] = stamp(tmp)
    write_file(tmp / "meta.json", orjson.dumps(meta))


def _has(arrays: dict[str, Any], name: str) -> bool:
    arr = arrays.get(name)
    return arr is not None and len(arr) > 0


def load_data(directory: Path) -> IndexData | None:
    """The index saved in ``directory``, or None when it is missing, foreign or damaged."""
    directory = Path(directory)
    try:
        raw = read_regular(directory / "meta.json")
        if len(raw) > 1 << 20:  # a manifest is small: this is an index of the layout before
            return load_legacy(directory)
        meta = orjson.loads(raw)
        if not isinstance(meta, dict):
            return None
        if meta.get("format") not in (FORMAT, tail_format(FORMAT)):
            return load_legacy(directory)
        return _load(directory, meta)
    except Exception:  # noqa: BLE001 - any damage means "rebuild", never a crash
        return None


def _load(directory: Path, meta: dict[str, Any]) -> IndexData | None:
    counts: dict[str, list[int]] = meta["columns"]
    if not isinstance(counts, dict) or type(meta["generation"]) is not int:
        return None
    numbers: dict[str, np.ndarray] = {}
    for name in (*GROWING, *(c for c, _ in OWNER_COLUMNS.values())):
        arr = load_numbers(directory, name, counts[name], dtype_of(name), name in LAZY)
        if arr is None:
            return None
        numbers[name] = arr
    if KEYS in counts:  # an index saved before the keys has none: the next ingest adds them
        keys = load_numbers(directory, KEYS, counts[KEYS], np.uint64, lazy=True)  # read by growing alone
        if keys is None:
            return None
        numbers[KEYS] = keys
    strings: dict[str, Strings] = {}
    for name in (*STRINGS, "terms"):
        column = load_strings(directory, name, counts[name])
        if column is None:
            return None
        strings[name] = column
    tails = [f"{t}_{end}" for t in meta["tails"] for end in ("offsets", "postings")]
    arrays = dict(numbers)
    for name in (*WHOLE, *tails):
        path = directory / f"{name}.npy"
        refuse_special(path)
        arr = np.load(path, mmap_mode="r", allow_pickle=False)
        if arr.dtype != {**WHOLE, **TAILS}[name] or arr.ndim != 1:
            return None
        arrays[name] = arr
    texts: bytes | mmap.mmap = b""
    refuse_special(directory / "texts.bin")
    with open(directory / "texts.bin", "rb") as fh:
        if os.fstat(fh.fileno()).st_size:
            texts = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    owners = Owners(
        arrays.pop("owner_kinds"),
        arrays.pop("owner_weights"),
        strings["owner_ids"],
        strings["owner_labels"],
        strings["owner_details"],
    )
    titles = Titles(strings["article_ids"], strings["article_titles"])
    terms = strings["terms"].tolist()
    data = IndexData(meta["generation"], terms, owners, strings["entry_labels"], titles, arrays, texts)
    data.source, data.counts, data.stamps = directory, counts, meta.get("held")
    return data if _valid(data, meta) else None


def _valid(data: IndexData, meta: dict[str, Any]) -> bool:
    """Shapes and bounds agree, so no query can index out of range (the strings are whole
    UTF-8 items by their ends; the terms, few, are checked in full)."""
    a, terms = data.arrays, data.terms
    if "" in terms or not all(map(operator.lt, terms, itertools.islice(terms, 1, None))):
        return False  # sorted and distinct, compared pair by pair without a Python loop
    n_terms, n_entries = len(terms), len(data.entries)
    n_slots, n_articles = len(data.owners), len(data.articles)
    texts = len(data.texts) if data.texts is not None else 0
    columns = (data.owners.ids, data.owners.labels, data.owners.details)
    if any(len(c) != n_slots for c in columns) or len(data.articles.titles) != n_articles:
        return False
    if KEYS in a and len(a[KEYS]) != n_slots:
        return False
    if not _bounded(np.asarray(data.owners.kinds), 5):
        return False
    for tail, docs in (("sentence_tail", None), ("name_tail", n_entries)):
        if f"{tail}_offsets" in a and not _csr_ok(
            a[f"{tail}_offsets"], a[f"{tail}_postings"], n_terms, docs
        ):
            return False
    return (
        len(a["name_counts"]) == n_terms
        and _bounded(a["owner_order"], n_slots)
        and arrays_agree(a, meta, texts, n_terms, n_entries, n_slots, n_articles)
    )
