"""``AtomicJSONStorage``: the catalog file read once, held in memory, and written atomically.

The storage keeps the catalog's tables in memory so reads cost nothing, and ``write`` only
stages the new state. The ``Store`` calls ``commit()`` to put it on disk, in lines
(``catalog_lines``): a temporary file in the same folder, fsync, ``os.replace``, fsync of the
folder, so a crash leaves either the old catalog or the new one. A writer (``lazy``) reads a
catalog in lines keeping each record's document as bytes until it is read. A catalog that
cannot be read is never overwritten: opening it raises first.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from store.db import catalog_keys
from store.db.catalog_lines import encode_lines, is_lines, line_of, read_lines, write_lines
from store.db.doc_table import Doc, DocTable, IdMap
from store.db.files import open_regular, read_regular
from store.db.schema import APP_TAG, ARTICLES, META, SCHEMA_VERSION, TABLES, new_meta
from store.errors import StoreCorrupt, StoreError, StoreReadOnly, StoreVersion
from store.paths import journal_path, safe_path


def empty_catalog() -> dict[str, Any]:
    """The in-memory state of a store never committed: a meta document and empty tables."""
    data: dict[str, Any] = {name: {} for name in TABLES}
    data[META] = {"1": new_meta()}
    return data


def parse_catalog(raw: bytes, path: Path) -> dict[str, Any]:
    """Parse and check catalog bytes; raise StoreCorrupt / StoreVersion naming ``path``."""
    name = safe_path(path)
    if not raw.strip():
        raise StoreCorrupt(f"{name}: the store file is empty (truncated); run 'pactscope doctor'")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "invalid JSON"
        where = line_of(raw, exc.lineno)
        if where:
            reason = f"{reason}, in {where}"
        raise StoreCorrupt(
            f"{name}: the store file is not valid JSON (damaged or truncated: {reason})"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get(META), dict):
        raise StoreCorrupt(f"{name}: not a pactscope store (no meta table)")
    return check_meta(data, path)


def check_meta(data: dict[str, Any], path: Path, *, docs: bool = True) -> dict[str, Any]:
    """``data`` when its meta document and tables are readable by this version (a parsed
    base, or one with the journal applied); StoreCorrupt / StoreVersion naming ``path``.
    ``docs``: every document is checked to be one (not needed of a catalog read in lines,
    whose reader made each one a document or the bytes of one)."""
    name = safe_path(path)
    metas = data[META]
    meta = next(iter(metas.values()), None) if metas else None
    if not isinstance(meta, dict) or meta.get("app") != APP_TAG:
        raise StoreCorrupt(f"{name}: not a pactscope store")
    version = meta.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreVersion(f"{name}: unknown store schema version {version!r}")
    if version > SCHEMA_VERSION:
        raise StoreVersion(
            f"{name}: store schema {version} is newer than this pactscope reads "
            f"({SCHEMA_VERSION}); upgrade pactscope"
        )
    for table in TABLES:
        value = data.setdefault(table, {})  # documents parsed, or bytes a writer parses later
        if not isinstance(value, dict | DocTable) or (
            docs and not all(isinstance(d, _DOCS) for d in value.values())
        ):
            raise StoreCorrupt(f"{name}: table {table!r} is damaged")
    for key in ("generation", "bodies_length"):
        if not isinstance(meta.get(key), int) or meta[key] < 0:
            raise StoreCorrupt(f"{name}: meta field {key!r} is damaged")
    return data


_DOCS = (dict, Doc)

_PEEK_BYTES = 1 << 16
_HEAD = f'{{"{META}":'
_ARTICLES_KEY = re.compile(rf'\s*,\s*"{ARTICLES}"\s*:\s*\{{\s*(.)')  # either layout


def peek_empty(path: Path) -> bool | None:
    """Whether the catalog at ``path`` holds no article, from its first bytes only.

    A catalog written by this module starts with the small meta table, then the articles
    table: ``{"meta":{...},"articles":{}`` is an empty store. Only that prefix is decoded
    (one JSON value, structurally), so the answer costs microseconds instead of a parse of
    the whole catalog. None when the prefix has another shape or the meta is not a readable
    pactscope meta: the caller then opens the store, which reports any damage properly.
    A missing catalog is empty.
    """
    answer = _peek_base(path)
    if answer is not True:
        return answer  # articles in the base stay: a commit only removes one it replaces
    try:
        if os.stat(journal_path(path)).st_size:
            return None  # commits since an empty base: the store is opened to answer
    except FileNotFoundError:
        pass
    except OSError:
        return None
    return True


def _peek_base(path: Path) -> bool | None:
    """``peek_empty`` of the base catalog alone."""
    try:
        head = read_regular(path, _PEEK_BYTES)
    except FileNotFoundError:
        return True
    except (OSError, StoreError):
        return None
    text = head.decode("utf-8", errors="replace")
    if not text.startswith(_HEAD):
        return None
    try:
        metas, end = json.JSONDecoder().raw_decode(text, len(_HEAD))
    except ValueError:
        return None
    meta = next(iter(metas.values()), None) if isinstance(metas, dict) and metas else None
    if not isinstance(meta, dict) or meta.get("app") != APP_TAG:
        return None
    version = meta.get("schema")
    if type(version) is not int or not 1 <= version <= SCHEMA_VERSION:
        return None
    found = _ARTICLES_KEY.match(text, end)
    return None if found is None else {"}": True, '"': False}.get(found[1])


# errors meaning "this place cannot be written", reported as StoreReadOnly rather than a crash
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload``: temp file beside it, fsync, rename, fsync the folder."""
    atomic_write_pieces(path, (payload,))


def atomic_write_pieces(path: Path, pieces: Iterable[bytes]) -> int:
    """``atomic_write_bytes`` of the bytes ``pieces`` make, written as they come (the whole
    is never held at once); the bytes written."""
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS:
            raise StoreReadOnly(f"{safe_path(path)}: cannot write (read-only folder)") from None
        raise
    try:
        try:
            size = write_lines(fd, pieces)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.errno in READ_ONLY_ERRNOS:
            reason = (exc.strerror or "permission denied").lower()
            raise StoreReadOnly(f"{safe_path(path)}: cannot write ({reason})") from None
        raise
    fsync_dir(folder)
    return size


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicJSONStorage(Storage):
    """TinyDB storage over one catalog file; see the module docstring.

    ``lazy`` (a writer): a catalog in lines keeps the documents of articles, actors and
    agreements as bytes (parsed by whoever reads them first), and ``ids`` holds each table's
    record id -> document key, read from the lines; None when the catalog was parsed whole.
    ``lean`` (a lazy reader): the same, the saved key file read but nothing kept to save it.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        data: dict[str, Any] | None = None,
        lazy: bool = False,
        lean: bool = False,
    ) -> None:
        self.path = Path(path)
        self.dirty = False
        self.signature: tuple[int, int, int] | None = None
        self.size = 0  # bytes of the base file as read or last written
        self.ids: dict[str, dict[str, str]] | None = None
        self.duplicates: list[str] = []  # "<table> id X appears twice", when read in lines
        self._files: Any = {}  # article id -> file, as read from its line (``files``)
        self.keys: bytes | None = None  # what a pass over the base's lines found, to save
        self.in_lines = data is None  # whether the base on disk is in lines (see ``_load``)
        if data is not None:
            self._data = data
        else:
            self._data = self._load(lazy, lean)

    def _load(self, lazy: bool, lean: bool) -> dict[str, Any]:
        found = None
        try:
            fd = open_regular(self.path)
            try:
                st = os.fstat(fd)
                self.signature = file_signature(st)
                self.size = st.st_size
                found = read_lines(fd, self.path, keep=True, save=not lean) if lazy else None  # then its documents' fd
                raw = b"" if found is not None else _read_all(fd, st.st_size)
            finally:
                if found is None:
                    os.close(fd)
        except FileNotFoundError:
            return empty_catalog()
        except PermissionError:
            raise StoreReadOnly(
                f"{safe_path(self.path)}: cannot read the store (permission denied)"
            ) from None
        if found is not None:
            self.ids, self.duplicates, self._files = found.ids, found.duplicates, found.files
            self.keys = found.keys
            if not isinstance(found.data.get(META), dict):
                raise StoreCorrupt(f"{safe_path(self.path)}: not a pactscope store (no meta table)")
            return check_meta(found.data, self.path, docs=False)
        self.in_lines = is_lines(raw[:_PEEK_BYTES])
        return parse_catalog(raw, self.path)

    @property
    def files(self) -> Mapping[str, str]:
        """Article id -> file, as read from its line (when read in lines), made when first
        asked for of what the key file saved."""
        if type(self._files) is tuple:
            articles = (self.ids or {}).get(ARTICLES)
            self._files = catalog_keys.files_of(self._files, articles.cols if type(articles) is IdMap else None)
        return self._files  # type: ignore[no-any-return]

    @property
    def data(self) -> dict[str, Any]:
        return self._data

    def read(self) -> dict[str, Any]:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        self.dirty = True

    def commit(self) -> None:
        """Write the staged catalog atomically, in lines (whether or not it is marked dirty):
        documents not parsed since they were read go back as their bytes."""
        try:
            size = atomic_write_pieces(self.path, encode_lines(self._data))
        except StoreError:
            raise
        except OSError as exc:  # a full disk, a quota, an I/O error: the old catalog stays
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise StoreError(f"{safe_path(self.path)}: cannot write the store: {reason}") from None
        self.dirty = False
        self.in_lines = True
        self.size = size
        try:
            self.signature = file_signature(os.stat(self.path))
        except OSError:
            self.signature = None

    def save_keys(self) -> None:
        """Save what the pass over the base's lines found (``catalog_keys``), once the writer
        trusts the store, so the next writer need not pass over them again."""
        if self.keys is not None:
            catalog_keys.save(self.path, self.keys)
            self.keys = None

    def close(self) -> None:
        pass


def _read_all(fd: int, size: int) -> bytes:
    """The whole file ``fd`` (of about ``size`` bytes) from its start."""
    with os.fdopen(os.dup(fd), "rb") as fh:
        return fh.read()


def file_signature(st: os.stat_result) -> tuple[int, int, int]:
    """What changes when another process replaces the catalog: inode, size, mtime."""
    return (st.st_ino, st.st_size, st.st_mtime_ns)
