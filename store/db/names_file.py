"""The resolver's name index saved beside the store (``PATH.names``), so a writer adding a few
articles to a large store reads it back instead of building it from every record.

Derived data, never a reason to refuse a store: written after a commit by the writer that
holds the index (a temporary file with its pid, then renamed), stamped with the generation and
the committed body length it describes, and sealed with a CRC-32. It is read back only when
its stamp is the store's as opened, nothing is staged, its checksum holds and it has the shape
the resolver keeps; anything else (missing, stale, damaged, of another format) means "build
it from the records", and the next commit writes it again.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from pathlib import Path

from store.db.files import read_regular
from store.paths import names_path, safe_path
from store.resolve.resolver import Resolver

MAGIC = b"pactscope-names 1\n"
"""The first line; the digit is the format, bumped when what the resolver keeps changes."""

STATE = (
    "_actor_keys", "_codes", "_person_keys", "_surnames", "_single", "_officed",
    "_buckets", "_agreement_keys", "_agreement_parties", "_unnamed", "_traits",
)
"""The ``Resolver`` attributes that are its index, all plain containers (a test checks that
they are every attribute it has)."""

Stamp = tuple[int, int]
"""(generation, committed body length) of the store the index was built from."""


def temp_path(path: Path) -> Path:
    """Where this process writes the file before renaming it (``leftovers`` knows the name)."""
    target = names_path(path)
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def save_names(path: Path, resolver: Resolver, stamp: Stamp) -> None:
    """Write the index of the store at ``path`` (best effort: a failure leaves it stale)."""
    payload = marshal.dumps((stamp, resolver_state(resolver)))
    seal = f"{zlib.crc32(payload):08x} {len(payload)}\n".encode()
    tmp = temp_path(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(MAGIC + seal)
            fh.write(payload)
        os.replace(tmp, names_path(path))
    except OSError:  # a full disk: the next writer builds the index from the records
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def load_names(path: Path, stamp: Stamp) -> Resolver | None:
    """The saved index when it describes the store at ``stamp``; None otherwise."""
    try:
        raw = read_regular(names_path(path))
    except OSError:
        return None
    found = _decode(raw)
    if found is None or found[0] != stamp:
        return None
    resolver = Resolver()
    for name, value in zip(STATE, found[1], strict=True):
        setattr(resolver, name, value)
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
    if _decode(raw) is None:
        return f"{safe_path(names_path(path))}: the name index is damaged; the next writer rebuilds it"
    return None


def _decode(raw: bytes) -> tuple[Stamp, tuple[object, ...]] | None:
    """(stamp, resolver state) of a whole, sealed file of this format; None otherwise."""
    if not raw.startswith(MAGIC):
        return None
    end = raw.find(b"\n", len(MAGIC))
    try:
        crc, size = raw[len(MAGIC) : end].decode("ascii").split()
        payload = raw[end + 1 :]
        if len(payload) != int(size) or zlib.crc32(payload) != int(crc, 16):
            return None
        stamp, state = marshal.loads(payload)
    except (ValueError, EOFError, TypeError, UnicodeDecodeError):
        return None
    if not (isinstance(stamp, tuple) and len(stamp) == 2 and all(type(v) is int for v in stamp)):
        return None
    if not _shaped(state):
        return None
    return (stamp[0], stamp[1]), state


def _shaped(state: object) -> bool:
    """Each part of the state is the container the resolver keeps there."""
    empty = resolver_state(Resolver())
    return (
        isinstance(state, tuple)
        and len(state) == len(empty)
        and all(type(a) is type(b) for a, b in zip(state, empty, strict=True))
    )
