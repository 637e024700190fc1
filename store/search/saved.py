"""The search index on disk: ``PATH.index/`` written atomically, read back memory-mapped.

One ``.npy`` file per array (the sentence postings in two parts once grown: ``tail.py``),
``texts.bin`` (article bodies as UTF-8, read through a memory map to label sentence hits) and ``meta.json`` (format, catalog generation, terms, owners, name
forms, article titles), written last. A save goes to a temp folder beside the target and is
renamed into place. A load checks shapes, types and bounds so that no query can index out of
range (the large sentence lists are checked by the query engine as it first reads each);
anything wrong (missing, foreign, damaged) gives None, which means "rebuild".
"""

from __future__ import annotations

import mmap
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from store.db.files import os_reason, read_regular, refuse_special
from store.db.json_storage import fsync_dir
from store.errors import StoreError
from store.paths import safe_path
from store.search.extend import AppendedTexts, Pieces
from store.search.postings import ARRAYS, ENTITY_KINDS, FORMAT, IndexData
from store.search.tail import TAIL_ARRAYS, Linked, has_tail, tail_format


def _write(path: Path, write: Callable[[Any], None]) -> None:
    with open(path, "wb") as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())


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
        fh.flush()
        os.fsync(fh.fileno())
    return offsets, size


def _append_texts(path: Path, texts: AppendedTexts) -> int:
    """``texts.bin`` of an extended index: the saved file linked (not copied) and the added
    texts appended. The saved index reads only its first bytes, so it still holds; bytes a
    failed save left past them are cut first. Copied where links cannot be made."""
    try:
        os.link(texts.base, path)
        linked = True
    except OSError:
        linked = False
    if not linked:
        with open(texts.base, "rb") as src, open(path, "wb") as dst:
            shutil.copyfileobj(src, dst)
    with open(path, "r+b") as fh:
        if os.fstat(fh.fileno()).st_size < texts.size:
            raise StoreError(f"{safe_path(texts.base)}: the saved texts are cut short")
        fh.truncate(texts.size)
        fh.seek(texts.size)
        for raw in texts.tail:
            fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    return len(texts)


def _save_pieces(fh: Any, arr: Pieces) -> None:
    """What ``np.save`` writes for the array ``arr`` stands for, piece by piece."""
    header = {"descr": np.lib.format.dtype_to_descr(arr.dtype), "fortran_order": False, "shape": (len(arr),)}
    np.lib.format.write_array_header_1_0(fh, header)
    for piece in arr.pieces:
        fh.write(memoryview(np.ascontiguousarray(piece, dtype=arr.dtype)))


def _link(arr: Linked, path: Path) -> None:
    """The saved file of ``arr`` in the new folder: linked (it is never written in place), or
    copied where links cannot be made."""
    try:
        os.link(arr.path, path)
    except OSError:
        shutil.copyfile(arr.path, path)


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
        offsets = np.asarray(data.arrays["text_offsets"], np.int64)
        if isinstance(data.texts, list):
            offsets, size = _write_texts(tmp / "texts.bin", data.texts)
        elif isinstance(data.texts, AppendedTexts):
            size = _append_texts(tmp / "texts.bin", data.texts)
        else:
            blob = data.texts
            size = len(blob)
            _write(tmp / "texts.bin", lambda fh: fh.write(blob))
        tail = has_tail(data.arrays)
        for name, dtype in {**ARRAYS, **(TAIL_ARRAYS if tail else {})}.items():
            arr = offsets if name == "text_offsets" else data.arrays[name]
            if isinstance(arr, Linked):
                _link(arr, tmp / f"{name}.npy")
                continue
            if isinstance(arr, Pieces):
                _write(tmp / f"{name}.npy", lambda fh, arr=arr: _save_pieces(fh, arr))
                continue
            arr = np.ascontiguousarray(arr, dtype=dtype)
            _write(tmp / f"{name}.npy", lambda fh, arr=arr: np.save(fh, arr, allow_pickle=False))
        meta = {
            "format": tail_format(FORMAT) if tail else FORMAT,
            "generation": data.generation,
            "terms": data.terms,
            "owners": data.owners,
            "entries": data.entries,
            "articles": data.articles,
            "texts": size,
        }
        _write(tmp / "meta.json", lambda fh: fh.write(orjson.dumps(meta)))
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


def load_data(directory: Path) -> IndexData | None:
    """The index saved in ``directory``, or None when it is missing, foreign or damaged."""
    directory = Path(directory)
    try:
        meta = orjson.loads(read_regular(directory / "meta.json"))
        if not isinstance(meta, dict) or meta.get("format") not in (FORMAT, tail_format(FORMAT)):
            return None
        names = [*ARRAYS, *(TAIL_ARRAYS if meta["format"] != FORMAT else ())]
        for name in ("texts.bin", *(f"{a}.npy" for a in names)):
            refuse_special(directory / name)  # a FIFO would hang the load: rebuild instead
        arrays = {}
        for name in names:
            arrays[name] = np.load(directory / f"{name}.npy", mmap_mode="r", allow_pickle=False)
        texts: bytes | mmap.mmap = b""
        with open(directory / "texts.bin", "rb") as fh:
            if os.fstat(fh.fileno()).st_size:
                texts = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        data = IndexData(
            meta["generation"],
            meta["terms"],
            meta["owners"],
            meta["entries"],
            meta["articles"],
            arrays,
            texts,
        )
        return data if _valid(data, meta) else None
    except Exception:  # noqa: BLE001 - any damage means "rebuild", never a crash
        return None


def _bounded(arr: np.ndarray, hi: int) -> bool:
    return len(arr) == 0 or (int(arr.min()) >= 0 and int(arr.max()) < hi)


def _csr_ok(offsets: np.ndarray, postings: np.ndarray, n_terms: int, n_docs: int | None) -> bool:
    """Offsets that cut ``postings`` into one list per term; with ``n_docs``, every posting in
    range too (``None``: the caller checks each list when it first reads it)."""
    return (
        len(offsets) == n_terms + 1
        and int(offsets[0]) == 0
        and int(offsets[-1]) == len(postings)
        and bool(np.all(np.diff(offsets) >= 0))
        and (n_docs is None or _bounded(postings, n_docs))
    )


def _only(values: Any, *types: type) -> bool:
    """Every item of ``values`` is exactly one of ``types`` (fast: no per-item Python loop)."""
    return set(map(type, values)) <= set(types)


def _valid(data: IndexData, meta: dict[str, Any]) -> bool:
    """Shapes, types and bounds agree, so no query can index out of range."""
    a = data.arrays
    if type(data.generation) is not int or not isinstance(data.terms, list):
        return False
    if not _only(data.terms, str) or "" in data.terms or data.terms != sorted(data.terms):
        return False
    rows = data.owners
    if not isinstance(rows, list) or not _only(rows, list) or not set(map(len, rows)) <= {5}:
        return False
    if rows:
        kinds, ids, labels, details, weights = zip(*rows, strict=True)
        if not set(kinds) <= ENTITY_KINDS or not _only(ids + labels + details, str):
            return False
        if not _only(weights, int):
            return False
    if not isinstance(data.entries, list) or not _only(data.entries, str):
        return False
    titles = data.articles
    if not isinstance(titles, list) or not _only(titles, list) or not set(map(len, titles)) <= {2}:
        return False
    if titles and not _only([v for row in titles for v in row], str):
        return False
    for name, dtype in {**ARRAYS, **TAIL_ARRAYS}.items():
        if name in a and (a[name].dtype != dtype or a[name].ndim != 1):
            return False
    if "sentence_tail_offsets" in a and not _csr_ok(
        a["sentence_tail_offsets"], a["sentence_tail_postings"], len(data.terms), None
    ):
        return False
    n_terms, n_entries, n_sent = len(data.terms), len(data.entries), len(a["sentence_article"])
    n_articles = len(data.articles)
    texts = len(data.texts) if data.texts is not None else 0
    return (
        type(meta.get("texts")) is int
        and meta["texts"] <= texts  # a later index may have appended to a shared file
        and _csr_ok(a["sentence_offsets"], a["sentence_postings"], n_terms, None)
        and _csr_ok(a["name_offsets"], a["name_postings"], n_terms, n_entries)
        and len(a["name_owner"]) == n_entries
        and len(a["name_words"]) == n_entries
        and _bounded(a["name_owner"], len(data.owners))
        and _bounded(a["name_words"] - 1, 1 << 30)
        and len(a["sentence_number"]) == n_sent
        and len(a["sentence_start"]) == n_sent
        and len(a["sentence_end"]) == n_sent
        and len(a["text_offsets"]) == 2 * n_articles
        and _bounded(a["text_offsets"], meta["texts"] + 1)
    )
