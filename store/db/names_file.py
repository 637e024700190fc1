"""The resolver's name index saved beside the store (``PATH.names``), so a writer adding a few
articles to a large store reads it back instead of building it from every record.

Derived data, never a reason to refuse a store. The file is a base and a tail: the base (the
whole index, written by a writer that built it or folded the tail, to a temporary file with
its pid, then renamed) and, after it, one record per later save holding only what the commits
since added to the index (the names of the records they wrote: ``KeptResolver``), appended in
place. Each record is sealed with a CRC-32 and stamped with the generation and committed body
length it goes from and to. A writer reads the base, applies the records whose stamps chain
on, and uses the result only when it reaches the store's stamp as opened (nothing staged);
anything else (missing, stale, a record cut short by a killed writer, damaged, of another
format) means "build it from the records", and the next commit writes the whole file again.
The tail is folded into a new base once it outgrows 1/FOLD_SHARE of it, so a commit costs
what it added, not the size of the index.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.db.files import read_regular
from store.paths import names_path, safe_path
from store.resolve.resolver import Resolver

MAGIC = b"pactscope-names 2\n"
"""The first line; the digit is the format, bumped when what the resolver keeps changes or
how it is laid out (1: a base alone, read by no release since; it is built again once)."""

STATE = (
    "_actor_keys", "_codes", "_person_keys", "_surnames", "_single", "_officed",
    "_buckets", "_agreement_keys", "_agreement_parties", "_unnamed", "_traits",
)
"""The ``Resolver`` attributes that are its index, all plain containers (a test checks that
they are every attribute it has)."""

FOLD_SHARE = 4
"""The tail is folded into a new base once its records hold more than 1/FOLD_SHARE of the base."""

Stamp = tuple[int, int]
"""(generation, committed body length) of the store the index was built from."""


@dataclass(frozen=True)
class NamedActor:
    """What ``Resolver.add_actor`` reads of an actor: kept in the tail to add it again."""

    kind: str
    id: str
    code: str | None
    name: str
    aliases: tuple[str, ...]
    roles: tuple[bool, ...]  # (True,) when some article gives it a role: only that is read


@dataclass(frozen=True)
class NamedAgreement:
    """What ``Resolver.add_agreement`` reads of an agreement."""

    id: str
    name: str
    aliases: tuple[str, ...]
    parties: tuple[str, ...]
    unnamed: bool
    year: int | None
    amount: float | None


@dataclass
class OnDisk:
    """Where the file a loaded index came from ends, so a save can append to it."""

    stamp: Stamp
    end: int  # bytes: the end of the last record read
    inode: int
    base: int  # bytes of the base record
    tail: int  # bytes of the records after it


class KeptResolver(Resolver):
    """A resolver read back from the file that notes each name it is given afterwards
    (``ops``), so the next save appends those instead of writing the whole index."""

    def __init__(self) -> None:
        super().__init__()
        self.ops: list[tuple[Any, ...]] = []
        self.disk: OnDisk | None = None

    def add_actor(self, actor: Any) -> None:
        self.ops.append(("a", actor.kind, actor.id, actor.code, actor.name, tuple(actor.aliases), bool(actor.roles)))
        super().add_actor(actor)

    def add_agreement(self, agreement: Any) -> None:
        self.ops.append(
            ("g", agreement.id, agreement.name, tuple(agreement.aliases), tuple(agreement.parties),
             bool(agreement.unnamed), agreement.year, agreement.amount)
        )
        super().add_agreement(agreement)

    def note_office(self, actor: Any) -> None:
        self.ops.append(("o", actor.kind, actor.id, bool(actor.roles)))
        super().note_office(actor)


def _replay(resolver: Resolver, ops: list[tuple[Any, ...]]) -> None:
    """Give ``resolver`` the names a saved record's commits gave the writer's resolver."""
    for op in ops:
        if op[0] == "a":
            kind, id, code, name, aliases, roles = op[1:]
            resolver.add_actor(NamedActor(kind, id, code, name, aliases, (True,) if roles else ()))  # type: ignore[arg-type]
        elif op[0] == "g":
            id, name, aliases, parties, unnamed, year, amount = op[1:]
            resolver.add_agreement(NamedAgreement(id, name, aliases, parties, unnamed, year, amount))  # type: ignore[arg-type]
        elif op[0] == "o":
            kind, id, roles = op[1:]
            resolver.note_office(NamedActor(kind, id, None, "", (), (True,) if roles else ()))  # type: ignore[arg-type]
        else:
            raise ValueError(f"unknown name record {op[0]!r}")


def temp_path(path: Path) -> Path:
    """Where this process writes the file before renaming it (``leftovers`` knows the name)."""
    target = names_path(path)
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _record(value: object) -> bytes:
    payload = marshal.dumps(value)
    return f"{zlib.crc32(payload):08x} {len(payload)}\n".encode() + payload


def save_names(path: Path, resolver: Resolver, stamp: Stamp) -> None:
    """Write the index of the store at ``path`` (best effort: a failure leaves it stale):
    the names added since it was read appended, or the whole index."""
    disk = resolver.disk if isinstance(resolver, KeptResolver) else None
    if disk is not None and _append(path, resolver, disk, stamp):
        return
    body = _record((stamp, resolver_state(resolver)))
    tmp = temp_path(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(MAGIC + body)
        os.replace(tmp, names_path(path))
        if isinstance(resolver, KeptResolver):
            resolver.ops.clear()
            end = len(MAGIC) + len(body)
            resolver.disk = OnDisk(stamp, end, os.stat(names_path(path)).st_ino, len(body), 0)
    except OSError:  # a full disk: the next writer builds the index from the records
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _append(path: Path, resolver: KeptResolver, disk: OnDisk, stamp: Stamp) -> bool:
    """Append one record of the names added since ``disk`` (the file as read or last
    written); False when the file is no longer that one or the tail is due to be folded."""
    record = _record((disk.stamp, stamp, resolver.ops))
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
    resolver.ops.clear()
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
    resolver.ops.clear()
    resolver.disk = OnDisk(stamp, found.end, inode, found.base, found.end - len(MAGIC) - found.base)
    return resolver


def resolver_state(resolver: Resolver) -> tuple[object, ...]:
    """The resolver's index as plain containers (``STATE``)."""
    return tuple(getattr(resolver, name) for name in STATE)


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


def _records(raw: bytes, at: int) -> Any:
    """(payload, end) of each whole, sealed record from ``at`` on, up to the first that is not."""
    while at < len(raw):
        line = raw.find(b"\n", at, at + 32)
        if line < 0:
            return
        try:
            crc, size = raw[at:line].decode("ascii").split()
            end = line + 1 + int(size)
        except (ValueError, UnicodeDecodeError):
            return
        payload = raw[line + 1 : end]
        if end > len(raw) or zlib.crc32(payload) != int(crc, 16):
            return
        yield payload, end
        at = end


def _decode(raw: bytes) -> _Decoded | None:
    """The index of a file of this format, its base and the tail records that chain on from
    it; None when the base is not whole or not of the resolver's shape."""
    if not raw.startswith(MAGIC):
        return None
    found: _Decoded | None = None
    try:
        for payload, end in _records(raw, len(MAGIC)):
            value = marshal.loads(payload)
            if found is None:
                stamp, state = value
                if not _stamped(stamp) or not _shaped(state):
                    return None
                resolver = KeptResolver()
                for name, part in zip(STATE, state, strict=True):
                    setattr(resolver, name, part)
                found = _Decoded(resolver, (stamp[0], stamp[1]), end, end - len(MAGIC))
                continue
            start, stamp, ops = value
            if start != found.stamp or not _stamped(stamp) or not isinstance(ops, list):
                break
            _replay(found.resolver, ops)
            found.stamp, found.end = (stamp[0], stamp[1]), end
    except (ValueError, EOFError, TypeError, AttributeError):
        return None  # sealed but not what this format writes: nothing of it is trusted
    return found


def _stamped(stamp: object) -> bool:
    return isinstance(stamp, tuple) and len(stamp) == 2 and all(type(v) is int for v in stamp)


def _shaped(state: object) -> bool:
    """Each part of the state is the container the resolver keeps there."""
    empty = resolver_state(Resolver())
    return (
        isinstance(state, tuple)
        and len(state) == len(empty)
        and all(type(a) is type(b) for a, b in zip(state, empty, strict=True))
    )
