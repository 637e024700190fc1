"""A corrections file a team shares: the active log written out, and read into another store;
and the log read straight from a catalog (a repaired copy keeps it).

The file is JSON: ``{"pactscope": "corrections", "version": 1, "corrections": [...]}``, each
record an ``op``, its ``targets`` (id, table, kind and name of each, so another store finds
them by name where its ids differ), ``args``, ``note`` and ``at``. Importing appends each
record to the log as a new correction; a record that cannot be used costs one line naming
the file, the record and the reason, and the rest goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from store.db.export import write_file
from store.db.files import read_regular
from store.db.journal import read_committed
from store.db.json_storage import parse_catalog
from store.db.read_store import ReadStore
from store.db.refind import kind_of
from store.db.schema import ACTORS, AGREEMENTS, CORRECTIONS, entry_from_dict
from store.db.store import Store
from store.errors import CorrectionError, StoreError
from store.paths import safe_path
from store.records import Correction, CorrectionEntry, TargetRef

FORMAT = "corrections"
VERSION = 1
MAX_BYTES = 64 << 20


def file_data(store: ReadStore) -> dict[str, Any]:
    """The active corrections of ``store`` as the shared file holds them, oldest first."""
    return {
        "pactscope": FORMAT,
        "version": VERSION,
        "corrections": [record_of(e) for e in store.corrections() if e.state == "active"],
    }


def record_of(e: CorrectionEntry) -> dict[str, Any]:
    c = e.correction
    return {
        "op": c.op,
        "targets": [
            {"id": id, "table": r.table, "kind": r.kind, "name": r.name}
            for id, r in zip(c.targets, e.refs, strict=False)
        ],
        "args": c.args,
        "note": c.note,
        "at": e.at,
    }


def write_corrections(store: ReadStore, out: Path, *, force: bool = False) -> int:
    """Write the file atomically (never over an existing one without ``force``); how many."""
    data = file_data(store)
    payload = orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    write_file(store, out, [payload], force=force)  # type: ignore[arg-type]
    return len(data["corrections"])


def read_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Each record of the file with its number (from 1), or the reason it cannot be used.

    A file that cannot be read at all raises StoreError with one line naming it."""
    name = safe_path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise StoreError(f"{name}: cannot read ({(exc.strerror or type(exc).__name__).lower()})") from None
    if len(raw) > MAX_BYTES:
        raise StoreError(f"{name}: too large for a corrections file")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"{name}: not valid JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict) or data.get("pactscope") != FORMAT:
        raise StoreError(f"{name}: not a pactscope corrections file")
    if data.get("version") != VERSION:
        raise StoreError(f"{name}: corrections file version {data.get('version')!r} is not {VERSION}")
    records = data.get("corrections")
    if not isinstance(records, list):
        raise StoreError(f"{name}: no list of corrections")
    for n, record in enumerate(records, 1):
        yield n, record if isinstance(record, dict) else "not an object"


def correction_of(store: ReadStore, record: dict[str, Any]) -> Correction:
    """The record as a correction on this store's ids: each target by its id when the record
    there has its name and kind, else by its name. CorrectionError says why not."""
    op, targets, args, note = (record.get(k) for k in ("op", "targets", "args", "note"))
    if not isinstance(op, str) or not isinstance(targets, list) or not targets:
        raise CorrectionError("needs an 'op' and a list of 'targets'")
    if args is not None and not isinstance(args, dict):
        raise CorrectionError("'args' is not an object")
    ids = []
    for target in targets:
        if not isinstance(target, dict) or not isinstance(target.get("name"), str):
            raise CorrectionError("a target needs a 'name'")
        ref = TargetRef(
            str(target.get("table") or ACTORS),
            str(target.get("id") or ""),
            str(target.get("kind") or ""),
            target["name"],
        )
        found = _find(store, ref)
        if found is None:
            known = f" (id {safe_path(ref.id)[:80]})" if ref.id else ""
            raise CorrectionError(f"no {ref.kind or 'record'} named {ref.name!r}{known}")
        ids.append(found)
    return Correction(op, tuple(ids), dict(args or {}), str(note or ""))


def _find(store: ReadStore, ref: TargetRef) -> str | None:
    get = store.actor if ref.table == ACTORS else store.agreement
    here = get(ref.id) if ref.id else None
    if here is not None and here.name.casefold() == ref.name.casefold():
        return ref.id
    records = store.actors() if ref.table == ACTORS else store.agreements() if ref.table == AGREEMENTS else []
    key = ref.name.casefold()
    same = [r.id for r in records if r.name.casefold() == key and (not ref.kind or kind_of(r) == ref.kind)]
    if not same and here is not None and key in {a.casefold() for a in here.aliases}:
        return ref.id
    return min(same) if same else None


def log_of_catalog(path: Path) -> list[CorrectionEntry]:
    """The corrections log of the catalog at ``path``, leaving out entries that are damaged
    (empty when the catalog cannot be read at all)."""
    try:
        data = read_committed(path)
    except (StoreError, OSError):
        try:  # a damaged journal: the log as the base holds it
            data = parse_catalog(read_regular(path), path)
        except (StoreError, OSError):
            return []
    entries = []
    for doc in data.get(CORRECTIONS, {}).values():
        try:
            entries.append(entry_from_dict(doc))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return sorted(entries, key=lambda e: e.seq)


def import_corrections(store: Store, path: Path) -> tuple[list[CorrectionEntry], list[str]]:
    """Append every usable record of the file to the log (each one commit); the entries made
    and one line per record left out."""
    made: list[CorrectionEntry] = []
    bad: list[str] = []
    name = safe_path(path)
    for n, record in read_records(path):
        try:
            if isinstance(record, str):
                raise CorrectionError(record)
            made.append(store.correct(correction_of(store, record)).entry)
        except CorrectionError as exc:
            bad.append(f"{name} record {n}: {exc}")
    return made, bad

