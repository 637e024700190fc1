"""The name index as the previous release saved it (``pactscope-names 2``: the resolver's
containers marshalled whole, then records of the names later commits added), read once to write
it in the current format (``names_file.upgrade``) instead of building it from every record.
"""

from __future__ import annotations

import marshal
from dataclasses import dataclass
from typing import Any

from store.db.names_tables import sealed_records
from store.resolve.resolver import Resolver

MAGIC_V2 = b"pactscope-names 2\n"


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


def decode_v2(raw: bytes, state: tuple[str, ...]) -> tuple[tuple[int, int], Resolver] | None:
    """The stamp and the index of a file of format 2 (its base and the tail records that chain
    on from it); None when it is not whole or not of the resolver's shape."""
    if not raw.startswith(MAGIC_V2):
        return None
    found: tuple[tuple[int, int], Resolver] | None = None
    try:
        for start, end in sealed_records(raw, len(MAGIC_V2)):
            value = marshal.loads(raw[start:end])
            if found is None:
                stamp, parts = value
                empty = tuple(getattr(Resolver(), name) for name in state)
                if not _stamped(stamp) or not isinstance(parts, tuple) or len(parts) != len(empty):
                    return None
                if not all(type(a) is type(b) for a, b in zip(parts, empty, strict=True)):
                    return None
                resolver = Resolver()
                for name, part in zip(state, parts, strict=True):
                    setattr(resolver, name, part)
                found = ((stamp[0], stamp[1]), resolver)
                continue
            start, stamp, ops = value
            if start != found[0] or not _stamped(stamp) or not isinstance(ops, list):
                break
            _replay(found[1], ops)
            found = ((stamp[0], stamp[1]), found[1])
    except (ValueError, EOFError, TypeError, AttributeError):
        return None
    return found


def _stamped(stamp: object) -> bool:
    return isinstance(stamp, tuple) and len(stamp) == 2 and all(type(v) is int for v in stamp)
