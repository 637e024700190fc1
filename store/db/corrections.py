"""Corrections: what each operation checks, and how it is applied to a store's records.

Operations (``Correction.op``; targets are actor or agreement ids):

- ``merge`` ID ID...: one record (the first's name and kind); the others' names become
  aliases, their roles, mentions, quotes, facts and party seats follow. Actors or agreements.
- ``split`` ID, args ``articles`` and/or ``mentions`` (``[article, start]`` pairs), ``name``
  (default: the first mention's text): those mentions go to a new record.
- ``rename`` ID, args ``name``: the old name stays as an alias (later articles still find it).
- ``kind`` ACTOR, args ``kind`` (person, country, organization).
- ``delete`` ID: a false record; its mentions are unmarked, it leaves every agreement.
- ``add-party`` / ``remove-party`` AGREEMENT ACTOR.
- ``set`` AGREEMENT, args ``field`` (status, year, value) and ``value``; a note is required.
- ``dismiss`` ID ID: the two are not the same (a suggestion to merge them stays dismissed).

``prepare`` checks a correction against the records now and fills in its defaults; ``apply``
makes it hold. Applying is idempotent ("make it so"): the same log is applied after every
ingest, where most corrections already hold, and after a rebuild, where none does. Targets are
found again by ``Finder``; one that no longer exists becomes the entry's ``problem``.
"""

from __future__ import annotations

from typing import Any

from store.db.fold import Workspace, add_names, delete, fold, set_kind, set_value
from store.db.refind import Finder, names_of, ref_of
from store.db.schema import ACTORS, AGREEMENTS
from store.db.split import default_name, selected, split
from store.errors import CorrectionError
from store.paths import safe_path
from store.records import (
    CORRECTION_OPS,
    STATUSES,
    Actor,
    Agreement,
    Correction,
    CorrectionEntry,
    TargetRef,
)

KINDS = ("person", "country", "organization")
FIELDS = ("status", "year", "value")
ARITY = {"rename": 1, "kind": 1, "delete": 1, "split": 1, "set": 1,
         "add-party": 2, "remove-party": 2, "dismiss": 2}


def _name(id: str) -> str:
    return safe_path(id)[:80]


def prepare(c: Correction, ws: Workspace) -> tuple[Correction, tuple[TargetRef, ...]]:
    """Check ``c`` against the records now; the correction with its defaults, and its refs.

    CorrectionError (one line) for an unknown op or id, or an argument that does not fit."""
    if c.op not in CORRECTION_OPS:
        raise CorrectionError(f"unknown correction {c.op!r} (one of: {', '.join(CORRECTION_OPS)})")
    targets = tuple(dict.fromkeys(c.targets))
    refs = []
    for id in targets:
        ref = ref_of(ws, id)
        if ref is None:
            raise CorrectionError(f"unknown id {_name(id)!r}")
        refs.append(ref)
    want = ARITY.get(c.op)
    if c.op == "merge" and len(targets) < 2:
        raise CorrectionError("merge needs two or more different ids")
    if want is not None and len(targets) != want:
        raise CorrectionError(f"{c.op} takes {want} different id{'s' if want > 1 else ''}")
    tables = [r.table for r in refs]
    if c.op in ("merge", "dismiss") and len(set(tables)) > 1:
        raise CorrectionError(f"{c.op}: cannot mix actors and agreements")
    args = dict(c.args)
    check = _CHECKS.get(c.op)
    if check is not None:
        args = check(ws, refs, args, c.note)
    if c.op in ("add-party", "remove-party"):
        parties = ws.agreements[targets[0]].parties
        if (targets[1] in parties) == (c.op == "add-party"):
            where = "already" if c.op == "add-party" else "not"
            raise CorrectionError(f"{_name(targets[1])} is {where} a party to {_name(targets[0])}")
    return Correction(c.op, targets, args, c.note.strip()), tuple(refs)


def _check_name(ws: Workspace, refs: list[TargetRef], args: dict[str, Any], note: str) -> dict[str, Any]:
    name = " ".join(str(args.get("name") or "").split())
    if not name:
        raise CorrectionError("rename needs a new name")
    return {"name": name}


def _check_kind(ws: Workspace, refs: list[TargetRef], args: dict[str, Any], note: str) -> dict[str, Any]:
    if refs[0].table != ACTORS:
        raise CorrectionError(f"{_name(refs[0].id)} is an agreement: only actors have a kind")
    kind = str(args.get("kind") or "").lower().replace("organisation", "organization")
    if kind not in KINDS:
        raise CorrectionError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return {"kind": kind}


def _check_parties(ws: Workspace, refs: list[TargetRef], args: dict[str, Any], note: str) -> dict[str, Any]:
    agreement, actor = refs
    if agreement.table != AGREEMENTS or actor.table != ACTORS:
        raise CorrectionError("a party change takes an agreement id, then an actor id")
    return {}


def _check_set(ws: Workspace, refs: list[TargetRef], args: dict[str, Any], note: str) -> dict[str, Any]:
    if refs[0].table != AGREEMENTS:
        raise CorrectionError(f"{_name(refs[0].id)} is an actor: set changes an agreement")
    name = str(args.get("field") or "")
    value = args.get("value")
    if name not in FIELDS:
        raise CorrectionError(f"set changes one of {', '.join(FIELDS)}, not {name!r}")
    if not note.strip():
        raise CorrectionError("set needs a note saying why (--note)")
    if name == "status":
        value = str(value or "").lower().replace(" ", "_").replace("-", "_")
        if value not in STATUSES:
            raise CorrectionError(f"status must be one of {', '.join(STATUSES)}, not {value!r}")
    elif name == "year":
        try:
            value = int(str(value))
        except ValueError:
            raise CorrectionError(f"year must be a number, not {value!r}") from None
        if not 1000 <= value <= 2999:
            raise CorrectionError(f"year {value} is out of range")
    else:
        value = " ".join(str(value or "").split())
        if not value:
            raise CorrectionError("value needs the amount as written (e.g. 'A$10 billion')")
    return {"field": name, "value": value}


def _check_split(ws: Workspace, refs: list[TargetRef], args: dict[str, Any], note: str) -> dict[str, Any]:
    articles = [str(a) for a in args.get("articles") or ()]
    mentions = []
    for pair in args.get("mentions") or ():
        try:
            article_id, start = pair
            mentions.append([str(article_id), int(start)])
        except (TypeError, ValueError):
            raise CorrectionError(f"a mention is an article id and an offset, not {pair!r}") from None
    if not articles and not mentions:
        raise CorrectionError("split needs the articles or mentions that go to the new record")
    source = ws.table(refs[0].table)[refs[0].id]
    for article_id in [*articles, *(a for a, _ in mentions)]:
        if article_id not in ws.articles:
            raise CorrectionError(f"unknown article {_name(article_id)!r}")
        if article_id not in source.articles:
            raise CorrectionError(f"{_name(source.id)} is not mentioned in article {_name(article_id)}")
    out: dict[str, Any] = {"articles": articles, "mentions": mentions}
    chosen = selected(ws, source.id, out)
    if not chosen:
        raise CorrectionError(f"no mention of {_name(source.id)} at those offsets")
    every = (
        len(chosen) >= sum(source.articles.values())
        if isinstance(source, Actor)
        else set(source.articles) <= set(articles)
    )
    if every:
        raise CorrectionError("split would move every mention: use rename instead")
    out["name"] = " ".join(str(args.get("name") or "").split()) or default_name(ws, chosen)
    return out


_CHECKS = {
    "rename": _check_name,
    "kind": _check_kind,
    "add-party": _check_parties,
    "remove-party": _check_parties,
    "set": _check_set,
    "split": _check_split,
}


# --- applying ------------------------------------------------------------------------------


def apply(entry: CorrectionEntry, ws: Workspace, finder: Finder) -> None:
    """Make ``entry`` hold on the records; sets its ``problem``, ``made`` and current targets."""
    c = entry.correction
    found = [finder.find(ref) for ref in entry.refs]
    missing = [ref for ref, id in zip(entry.refs, found, strict=True) if id is None]
    if c.op == "delete":  # gone already is what it asks
        for ref in entry.refs:
            for _ in range(len(ws.table(ref.table))):
                id = finder.find(ref)
                if id is None:
                    break
                delete(ws, ref.table, id)
        entry.problem = None
        return
    if c.op == "merge":  # a target folded in already lives on as an alias of another
        held = set().union(*(names_of(ws.table(r.table)[i]) for r, i in zip(entry.refs, found, strict=True) if i))
        missing = [r for r in missing if r.name.casefold() not in held]
    if missing:
        entry.problem = "no longer found: " + ", ".join(f"{_name(r.id)} ({r.name})" for r in missing)
        if c.op != "merge":
            return
    else:
        entry.problem = None
    ids = [i for i in dict.fromkeys(found) if i is not None]
    entry.correction.targets = tuple(i or r.id for i, r in zip(found, entry.refs, strict=True))
    table = entry.refs[0].table
    records = ws.table(table)
    if c.op == "merge":
        if len(ids) >= 2:
            final = entry.made[0] if entry.made and entry.made[0] in ids else ids[0]
            record = fold(ws, table, ids, final)
            finder.note(table, record)
            entry.made = (final,)
        return
    if c.op == "split":
        chosen = selected(ws, ids[0], c.args)
        made = entry.made[0] if entry.made else None
        if chosen:
            new = split(ws, table, ids[0], chosen, c.args["name"], made)
            finder.note(table, new)
            entry.made = (new.id,)
        elif made is None or made not in records:
            gone = [a for a in [*c.args.get("articles", ()), *(a for a, _ in c.args.get("mentions", ()))]
                    if a not in ws.articles]
            where = f" (article {', '.join(map(_name, dict.fromkeys(gone)))} is gone)" if gone else ""
            entry.problem = f"the mentions to split off are no longer there{where}"
        return
    _APPLY[c.op](ws, finder, records, ids, c.args, entry.refs)


def _rename(ws: Workspace, finder: Finder, records: dict[str, Any], ids: list[str],
            args: dict[str, Any], refs: tuple[TargetRef, ...]) -> None:
    record: Actor | Agreement = records[ids[0]]
    if record.name != args["name"]:
        old = record.name
        record.name = args["name"]
        record.aliases = [a for a in record.aliases if a.casefold() != record.name.casefold()]
        add_names(record, [old])
        if isinstance(record, Agreement):
            record.unnamed = False
        ws.touch(refs[0].table, record.id)
        finder.note(refs[0].table, record)


def _kind(ws: Workspace, finder: Finder, records: dict[str, Any], ids: list[str],
          args: dict[str, Any], refs: tuple[TargetRef, ...]) -> None:
    actor: Actor = records[ids[0]]
    if actor.kind != args["kind"]:
        set_kind(ws, actor, args["kind"])
    # a later article may name it again as the old kind: that record joins this one
    old = TargetRef(ACTORS, "", refs[0].kind, actor.name)
    if refs[0].kind != args["kind"]:
        while (other := finder.find(old)) is not None and other != actor.id:
            set_kind(ws, records[other], args["kind"])
            fold(ws, ACTORS, [actor.id, other], actor.id)


def _party(ws: Workspace, finder: Finder, records: dict[str, Any], ids: list[str],
           args: dict[str, Any], refs: tuple[TargetRef, ...], add: bool) -> None:
    agreement: Agreement = records[ids[0]]
    actor = ids[1]
    if add and actor not in agreement.parties:
        agreement.parties.append(actor)
    elif not add and actor in agreement.parties:
        agreement.parties.remove(actor)
    else:
        return
    ws.touch(AGREEMENTS, agreement.id)


def _set(ws: Workspace, finder: Finder, records: dict[str, Any], ids: list[str],
         args: dict[str, Any], refs: tuple[TargetRef, ...]) -> None:
    g: Agreement = records[ids[0]]
    name, value = args["field"], args["value"]
    if getattr(g, name) == value:
        return
    if name == "value":
        set_value(g, value)
    else:
        setattr(g, name, value)
    ws.touch(AGREEMENTS, g.id)


def _dismiss(*_: Any) -> None:
    """Nothing changes: the log remembers that the two are not the same."""


_APPLY: dict[str, Any] = {
    "rename": _rename,
    "kind": _kind,
    "add-party": lambda *a: _party(*a, add=True),
    "remove-party": lambda *a: _party(*a, add=False),
    "set": _set,
    "dismiss": _dismiss,
}


def describe(entry: CorrectionEntry) -> str:
    """The entry on one line: number, op, targets (by id and name) and arguments."""
    c = entry.correction
    who = " ".join(f"{_name(t)} ({r.name})" for t, r in zip(c.targets, entry.refs, strict=False))
    args = " ".join(f"{k}={v}" for k, v in c.args.items() if v not in (None, [], ""))
    return " ".join(part for part in (f"#{entry.seq}", c.op, who, args) if part)


def problem_lines(entries: list[CorrectionEntry]) -> list[str]:
    """One line per active correction whose last replay met a problem."""
    return [
        f"correction {describe(e)}: {e.problem}"
        for e in entries
        if e.state == "active" and e.problem
    ]
