"""An article's mentions as corrections left them, without rewriting its body line.

A merge, a delete or a kind change alters only which record a mention points at, or its kind.
Rather than append a new body line for every article such a correction reaches, the article's
catalog document keeps a ``relink`` (``ArticleMeta.relink``): ``"to"`` maps each entity id
the line holds to the id it is now (None: no longer marked), ``"kind"`` gives a new kind by the
same ids. Readers apply it (``relinked``); a correction composes its change into it
(``compose_to``, ``compose_kind``); a new body line (a split, a rebuild) clears it.
"""

from __future__ import annotations

from typing import Any

from store.records import Mention


def relinked(mentions: list[Mention], relink: dict[str, dict[str, Any]]) -> list[Mention]:
    """A body line's mentions as an article's ``relink`` says they are now (see ``ArticleMeta``)."""
    to, kinds = relink.get("to") or {}, relink.get("kind") or {}
    out = []
    for m in mentions:
        entity = to.get(m.entity, m.entity) if m.entity in to else m.entity
        if entity is None:
            continue
        kind = kinds.get(m.entity, m.kind)
        if entity != m.entity or kind != m.kind:
            m = Mention(entity, kind, m.sentence, m.start, m.end, m.rule)
        out.append(m)
    return out


def compose_to(to: dict[str, str | None], mapping: dict[str, str | None]) -> dict[str, str | None]:
    """``to`` followed by ``mapping`` (ids as they are now -> new ids, None: unmarked)."""
    new = {k: (mapping.get(v, v) if v in mapping else v) for k, v in to.items()}
    new.update({k: v for k, v in mapping.items() if k not in to})
    return new


def compose_kind(
    to: dict[str, str | None], kinds: dict[str, str], entity: str, kind: str
) -> dict[str, str]:
    """``kinds`` with every line id that now means ``entity`` given ``kind``."""
    keys = [k for k, v in to.items() if v == entity] + ([entity] if entity not in to else [])
    return {**kinds, **dict.fromkeys(keys, kind)}
