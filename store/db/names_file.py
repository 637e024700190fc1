"""The resolver's name index saved beside the store (``PATH.names``), so a writer adding a few
articles to a large store looks up the names they use in it instead of building the index from
every record, or loading every name into memory.

Derived data, never a reason to refuse a store. The file is a base and a tail: the base (every
part of the index as a sorted table, ``names_tables``, written by a writer that built it or
folded the tail, to a temporary file with its pid, then renamed) and, after it, one record per
later save holding only the entries the commits since changed, appended in place. Each record is
sealed with a CRC-32 and stamped with the generation and committed body length it goes from
and to. A writer reads the file's bytes, checks the base and applies the records whose stamps
chain on, and uses the result only when it reaches the store's stamp as opened (nothing staged);
anything else (missing, stale, a record cut short by a killed writer, damaged, of another
format) means "build it from the records", and the next commit writes the whole file again. The
tail is folded into a new base once it outgrows 1/FOLD_SHARE of it, so a commit costs what it
changed, not the size of the index. A file of format 2 (the previous release's) is read once
and written again in this format (``upgrade``).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from store.db.files import read_regular
from store.db.names_tables import (
    DiskMap,
    DiskSet,
    Table,
    decode_key,
    pack,
    plain_entries,
    seal,
    sealed_records,
)
from store.db.names_v2 import MAGIC_V2, decode_v2
from store.paths import names_path, safe_path
from store.resolve.resolver import Resolver

MAGIC = b"pactscope-names 3\n"
"""The first line; the digit is the format, bumped when what the resolver keeps changes or
how it is laid out (1: a base alone, built again; 2: marshalled whole, read once by ``upgrade``)."""

STATE = (
    "_actor_keys", "_codes", "_person_keys", "_surnames", "_single", "_officed",
    "_buckets", "_agreement_keys", "_agreement_parties", "_unnamed", "_traits",
)
"""The ``Resolver`` attributes that are its index, all plain containers (a test checks that
they are every attribute it has)."""

SETS = frozenset({"_single", "_officed"})
PAIRS = frozenset({"_actor_keys", "_buckets"})  # keyed by a tuple of texts
UNNAMED = "_unnamed"  # keyed by (party set, noun family)

FOLD_SHARE = 4
"""The tail is folded into a new base once its records hold more than 1/FOLD_SHARE of the base."""

Stamp = tuple[int, int]
"""(generation, committed body length) of the store the index was built from."""

_HEAD = struct.Struct("<qq")  # the base's stamp
_SIZES = struct.Struct(f"<{len(STATE)}I")  # the bytes of each table


@dataclass
class OnDisk:
    """Where the file a loaded index came from ends, so a save can append to it."""

    stamp: Stamp
    end: int  # bytes: the end of the last record read
    inode: int
    base: int  # bytes of the base record
    tail: int  # bytes of the records after it


class KeptResolver(Resolver):
    """A resolver whose index is the saved file's tables (``names_tables``): it reads the
    entries the new names look up, and the next save appends the entries that changed."""

    def __init__(self) -> None:
        super().__init__()
        self.disk: OnDisk | None = None

    def parts(self) -> list[DiskMap]:
        return [getattr(self, name) for name in STATE]


def temp_path(path: Path) -> Path:
    """Where this process writes the file before renaming it (``leftovers`` knows the name)."""
    target = names_path(path)
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def save_names(path: Path, resolver: Resolver, stamp: Stamp) -> None:
    """Write the index of the store at ``path`` (best effort: a failure leaves it stale):
    the entries changed since it was read appended, or the whole index."""
    kept = resolver if isinstance(resolver, KeptResolver) else None
    if kept is not None and kept.disk is not None and _append(path, kept, kept.disk, stamp):
        return
    if kept is not None:
        tables = [pack(part.entries()) for part in kept.parts()]
    else:
        tables = [pack(plain_entries(getattr(resolver, name))) for name in STATE]
    body = seal(_HEAD.pack(*stamp) + _SIZES.pack(*map(len, tables)) + b"".join(tables))
    del tables
    tmp = temp_path(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(MAGIC + body)
        os.replace(tmp, names_path(path))
    except OSError:  # a full disk: the next writer builds the index from the records
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return
    if kept is not None:  # what it holds is what the new file says: go on from it
        loaded = load_names(path, stamp)
        if isinstance(loaded, KeptResolver):
            for name in STATE:
                setattr(kept, name, getattr(loaded, name))
            kept.disk = loaded.disk


def _append(path: Path, resolver: KeptResolver, disk: OnDisk, stamp: Stamp) -> bool:
    """Append one record of the entries changed since ``disk`` (the file as read or last
    written); False when the file is no longer that one or the tail is due to be folded."""
    changed = {name: getattr(resolver, name).changed() for name in STATE}
    record = seal(marshal.dumps((disk.stamp, stamp, {k: v for k, v in changed.items() if v})))
    if (disk.tail + len(record)) * FOLD_SHARE > disk.base:
        return False
    target = names_path(path)
    try:
        with open(target, "r+b") as fh:
            st = os.fstat(fh.fileno())
            if st.st_ino != disk.inode or st.st_size != disk.end:
                return False
            fh.seek(disk.end)
            fh.write(record)
    except OSError:
        return False  # written whole instead (or left stale when that fails too)
    for name in STATE:
        getattr(resolver, name).settle(changed[name])
    resolver.disk = OnDisk(stamp, disk.end + len(record), disk.inode, disk.base, disk.tail + len(record))
    return True


def load_names(path: Path, stamp: Stamp) -> Resolver | None:
    """The saved index when it describes the store at ``stamp``; None otherwise."""
    try:
        raw = read_regular(names_path(path))
        inode = os.stat(names_path(path)).st_ino
    except OSError:
        return None
    found = _decode(raw)
    if found is None or found.stamp != stamp:
        return None
    resolver = found.resolver
    resolver.disk = OnDisk(stamp, found.end, inode, found.base, found.end - len(MAGIC) - found.base)
    return resolver


def upgrade(path: Path, stamp: Stamp) -> str | None:
    """Write a name index of format 2 (the previous release's) in this format, once, when it
    describes the store at ``stamp``: the line saying so, or None when there was none to write."""
    try:
        if read_regular(names_path(path), len(MAGIC_V2)) != MAGIC_V2:
            return None
        raw = read_regular(names_path(path))
    except OSError:
        return None
    found = decode_v2(raw, STATE)
    del raw
    if found is None or found[0] != stamp:
        return None
    save_names(path, found[1], stamp)
    if not read_regular(names_path(path), len(MAGIC)).startswith(MAGIC):
        return None
    return (
        f"{safe_path(names_path(path))}: rewrote the name index as sorted tables (once), so a "
        "writer reads only the names it looks up; older pactscope releases build their own"
    )


def resolver_state(resolver: Resolver) -> tuple[object, ...]:
    """The resolver's index as plain containers (``STATE``), every entry read."""
    if not isinstance(resolver, KeptResolver):
        return tuple(getattr(resolver, name) for name in STATE)
    out: list[object] = []
    for name, part in zip(STATE, resolver.parts(), strict=True):
        keys = [(decode_key(k, name == UNNAMED, name in PAIRS), v) for k, v in part.entries()]
        if name in SETS:
            out.append({k for k, _ in keys})
        else:
            out.append({k: marshal.loads(v) for k, v in keys})
    return tuple(out)


def names_problem(path: Path) -> str | None:
    """A line for ``doctor`` when the saved index is there but damaged (a stale or missing
    one is what a store with corrections or an older release has, and no problem)."""
    try:
        raw = read_regular(names_path(path))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{safe_path(names_path(path))}: cannot read ({exc.strerror}); the next writer rebuilds it"
    if _older_format(raw):
        return None  # what the previous release wrote: built again once, like a missing one
    found = _decode(raw)
    if found is None or found.end != len(raw):
        return f"{safe_path(names_path(path))}: the name index is damaged; the next writer rebuilds it"
    return None


def _older_format(raw: bytes) -> bool:
    """Whether ``raw`` opens with the first line of a format older than ``MAGIC``'s."""
    head, _, version = raw[: raw.find(b"\n")].rpartition(b" ")
    mine = MAGIC.rstrip().rpartition(b" ")[2]
    return head == MAGIC.rpartition(b" ")[0] and version.isdigit() and int(version) < int(mine)


@dataclass
class _Decoded:
    resolver: KeptResolver
    stamp: Stamp
    end: int  # the end of the last whole record that chains on
    base: int  # bytes of the base record


def _decode(raw: bytes) -> _Decoded | None:
    """The index of a file of this format, its base and the tail records that chain on from
    it; None when the base is not whole or not of the index's shape."""
    if not raw.startswith(MAGIC):
        return None
    found: _Decoded | None = None
    tails: dict[str, dict[bytes, bytes | None]] = {name: {} for name in STATE}
    try:
        for start, end in sealed_records(raw, len(MAGIC)):
            if found is None:
                found = _base(raw, start, end, tails)
                continue
            begin, stamp, changed = marshal.loads(raw[start:end])
            if begin != found.stamp or not _stamped(stamp) or not isinstance(changed, dict):
                break
            for name, entries in changed.items():
                tails[name].update(entries)
            found.stamp, found.end = (stamp[0], stamp[1]), end
    except (ValueError, EOFError, TypeError, AttributeError, KeyError, struct.error):
        return None  # sealed but not what this format writes: nothing of it is trusted
    return found


def _base(raw: bytes, start: int, end: int, tails: dict[str, dict[bytes, bytes | None]]) -> _Decoded:
    """The index of the base record at ``raw[start:end]``, its parts reading ``tails``."""
    stamp = _HEAD.unpack_from(raw, start)
    sizes = _SIZES.unpack_from(raw, start + _HEAD.size)
    at = start + _HEAD.size + _SIZES.size
    if at + sum(sizes) != end:
        raise ValueError("a base of the wrong size")
    resolver = KeptResolver()
    for name, size in zip(STATE, sizes, strict=True):
        kind = DiskSet if name in SETS else DiskMap
        setattr(resolver, name, kind(Table(raw, at, at + size), tails[name]))
        at += size
    return _Decoded(resolver, (stamp[0], stamp[1]), end, end - len(MAGIC))


def _stamped(stamp: object) -> bool:
    return isinstance(stamp, tuple) and len(stamp) == 2 and all(type(v) is int for v in stamp)
