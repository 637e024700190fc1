"""The conversations behind the correction keys: ask what is needed, then make the correction.

Each flow runs as a worker (``start``), asks through the small dialogs (a fuzzy picker, a
choice, a line of text, the articles to split off) and hands one ``Correction`` to the app,
which writes it in a worker and reloads. Escape at any question ends the flow with nothing
changed. The lists and views own the keys and call these; they know nothing of the store's
writing. Names shown in questions come from the store and stay plain ``Text``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from rich.text import Text
from textual.dom import DOMNode
from textual.screen import Screen

from store.db.read_store import ReadStore
from store.records import STATUSES, Actor, Agreement, Correction, Mention
from tui.explorer import explorer
from tui.glyphs import glyphs
from tui.safe import one_line
from tui.screens.choice import ChoiceScreen
from tui.screens.picker import Pick, PickerScreen
from tui.screens.prompt import PromptScreen, not_empty
from tui.screens.split import SplitScreen

KINDS: tuple[tuple[str, str], ...] = (
    ("person", "person"),
    ("country", "country"),
    ("organization", "organisation"),
)
FIELDS: tuple[str, ...] = ("status", "year", "value")


def start(node: DOMNode, flow: Coroutine[Any, Any, None]) -> None:
    """Run a flow as the app's one correction conversation (a new one replaces it)."""
    node.app.run_worker(flow, group="fix-flow", exclusive=True)


async def ask(node: DOMNode, screen: Screen[Any]) -> Any:
    """Show a dialog and wait for its answer (None: Escape)."""
    return await node.app.push_screen_wait(screen)


def named(name: str) -> str:
    return f'"{one_line(name)}"'


def _record(node: DOMNode, table: str, id: str) -> Actor | Agreement | None:
    store = explorer(node).store
    if store is None:
        return None
    return store.actor(id) if table == "actor" else store.agreement(id)


async def _picks(node: DOMNode, table: str, leave_out: set[str]) -> list[Pick]:
    """Every actor or agreement but ``leave_out``, the most mentioned first, read in a thread:
    at tens of thousands of records the pass over every name takes about a second, which the
    keyboard must not wait on."""
    store = explorer(node).store
    if store is None:
        return []
    return await asyncio.to_thread(_ranked_picks, store, table, leave_out, glyphs().dot)


def _ranked_picks(store: ReadStore, table: str, leave_out: set[str], dot: str) -> list[Pick]:
    """``_picks`` off the UI thread: the store's reads are safe beside the UI's."""
    found = [n for n in store.names(table + "s") if n[0] not in leave_out and n[3]]
    if table == "actor":  # the store's order first (kind, then name), as the sorts below keep it
        found.sort(key=lambda n: (n[2], n[1].casefold(), n[0]))
    else:
        found.sort(key=lambda n: (n[1].casefold(), n[0]))
    found.sort(key=lambda n: (-n[3], n[1]))
    if table == "actor":
        return [Pick(id, name, f"{kind_word(kind)} {dot} {count}") for id, name, kind, count in found]
    return [Pick(id, name, f"{count} articles") for id, name, _, count in found]


def kind_word(kind: str) -> str:
    return dict(KINDS).get(kind, one_line(kind))


def _correct(node: DOMNode, correction: Correction, said: str,
             then: Callable[[Any], None] | None = None) -> None:
    explorer(node).correct(correction, said, then)


# --- actors and agreements alike ----------------------------------------------------------


async def merge(
    node: DOMNode, table: str, keep: str, others: Sequence[str] = (), made: Callable[[], None] | None = None
) -> None:
    """Merge ``others`` into ``keep``; with no others, pick one by name. With marked records
    (``others`` and ``keep`` among them), first ask whose name the merged record keeps.
    ``made`` runs once the merge is asked for (a cancelled dialog leaves the marks)."""
    record = _record(node, table, keep)
    if record is None:
        return
    ids = [keep, *(o for o in others if o != keep)]
    if len(ids) == 1:
        chosen = await ask(node, PickerScreen(
            f"Merge {table} with", await _picks(node, table, {keep}), Text(f"{one_line(record.name)} and:")
        ))
        if chosen is None:
            return
        ids.append(chosen)
    else:
        records = [r for r in (_record(node, table, i) for i in ids) if r is not None]
        if len(records) < 2:
            return
        keep = await ask(node, ChoiceScreen(
            f"Merge {len(records)} {table}s", [(r.id, Text(one_line(r.name))) for r in records],
            "Keep which name? The others become its aliases.",
        ))
        if keep is None:
            return
        ids = [keep, *(r.id for r in records if r.id != keep)]
    survivor = _record(node, table, ids[0])
    name = survivor.name if survivor is not None else ids[0]
    if made is not None:
        made()
    _correct(node, Correction("merge", tuple(ids)),
             f"Merged {len(ids)} {table}s into {named(name)}. u undoes it.")


async def split(node: DOMNode, table: str, id: str) -> None:
    """Move the mentions of chosen articles to a new record, named by the analyst."""
    store = explorer(node).store
    record = _record(node, table, id)
    if store is None or record is None:
        return
    if isinstance(record, Actor):
        counts = record.articles
        articles = sorted(counts, key=lambda a: (-counts[a], a))
    else:
        counts = {}
        articles = list(record.articles)
    if len(articles) < 2:
        node.app.notify(f"{named(record.name)} is in one article: nothing to split off.", markup=False)
        return
    rows = []
    for article_id in articles:
        meta = store.article(article_id)
        label = Text(one_line(meta.shown if meta else article_id))
        if counts.get(article_id):
            label.append(f"  {counts[article_id]} mentions", style="dim")
        rows.append((article_id, label))
    chosen = await ask(node, SplitScreen(
        f"Split {named(record.name)}", rows, "Mark the articles that speak of someone else."
    ))
    if not chosen:
        return
    name = await ask(node, PromptScreen(
        "Name of the new record", Text(f"{len(chosen)} article(s) leave {one_line(record.name)}"),
        value=record.name, check=not_empty,
    ))
    if name is None:
        return
    _correct(node, Correction("split", (id,), {"articles": list(chosen), "name": name}),
             f"Split {len(chosen)} article(s) of {named(record.name)} off into {named(name)}.")


async def split_mention(node: DOMNode, article_id: str, mention: Mention) -> None:
    """One mention (the article view's cursor) to a new record, named by the analyst."""
    table = "agreement" if mention.kind == "agreement" else "actor"
    record = _record(node, table, mention.entity)
    if record is None:
        return
    name = await ask(node, PromptScreen(
        "Split this mention off", Text(f"It leaves {one_line(record.name)} for a new {table}:"),
        value=record.name, check=not_empty,
    ))
    if name is None:
        return
    correction = Correction(
        "split", (record.id,), {"mentions": [[article_id, mention.start]], "name": name}
    )
    _correct(node, correction, f"A mention of {named(record.name)} is now {named(name)}.")


async def rename(node: DOMNode, table: str, id: str) -> None:
    record = _record(node, table, id)
    if record is None:
        return
    name = await ask(node, PromptScreen(
        f"Rename {table}", Text("The old name stays as an alias."), value=record.name,
        check=not_empty,
    ))
    if name is None or name == record.name:
        return
    _correct(node, Correction("rename", (id,), {"name": name}),
             f"Renamed {named(record.name)} to {named(name)}.")


async def delete(node: DOMNode, table: str, id: str, then: Callable[[Any], None] | None = None) -> None:
    record = _record(node, table, id)
    if record is None:
        return
    answer = await ask(node, ChoiceScreen(
        f"Delete {table}", [("delete", "Delete it: it is not a real " + table), ("keep", "Keep it")],
        Text(f"{one_line(record.name)}: its mentions are unmarked, it leaves every agreement."),
        current="keep",
    ))
    if answer != "delete":
        return
    _correct(node, Correction("delete", (id,)), f"Deleted {named(record.name)}. u undoes it.", then)


# --- actors -----------------------------------------------------------------------------------


async def change_kind(node: DOMNode, id: str) -> None:
    actor = _record(node, "actor", id)
    if not isinstance(actor, Actor):
        return
    kind = await ask(node, ChoiceScreen(
        "Change kind", list(KINDS), Text(one_line(actor.name)), current=actor.kind
    ))
    if kind is None or kind == actor.kind:
        return
    _correct(node, Correction("kind", (id,), {"kind": kind}),
             f"{named(actor.name)} is now a {kind_word(kind)}.")


# --- agreements -------------------------------------------------------------------------------


async def add_party(node: DOMNode, id: str) -> None:
    agreement = _record(node, "agreement", id)
    if not isinstance(agreement, Agreement):
        return
    chosen = await ask(node, PickerScreen(
        "Add a party", await _picks(node, "actor", set(agreement.parties)),
        Text(f"to {one_line(agreement.name)}"),
    ))
    if chosen is None:
        return
    party = explorer(node).actor_name(chosen)
    _correct(node, Correction("add-party", (id, chosen)),
             f"{named(party)} is a party to {named(agreement.name)}.")


async def remove_party(node: DOMNode, id: str) -> None:
    agreement = _record(node, "agreement", id)
    if not isinstance(agreement, Agreement):
        return
    if not agreement.parties:
        node.app.notify(f"{named(agreement.name)} has no parties.", markup=False)
        return
    name_of = explorer(node).actor_name
    chosen = await ask(node, ChoiceScreen(
        "Remove a party", [(p, Text(one_line(name_of(p)))) for p in agreement.parties],
        Text(f"from {one_line(agreement.name)}"),
    ))
    if chosen is None:
        return
    _correct(node, Correction("remove-party", (id, chosen)),
             f"{named(name_of(chosen))} is no longer a party to {named(agreement.name)}.")


def _year(answer: str) -> str | None:
    return None if answer.isdigit() and 1000 <= int(answer) <= 2999 else "A year: four digits."


async def set_field(node: DOMNode, id: str) -> None:
    """Set an agreement's status, year or value, with a note saying why."""
    agreement = _record(node, "agreement", id)
    if not isinstance(agreement, Agreement):
        return
    now = {"status": (agreement.status or "").replace("_", " "), "year": agreement.year,
           "value": agreement.value}
    field = await ask(node, ChoiceScreen(
        "Set a field", [(f, Text(f"{f}: {one_line(now[f] or '-')}")) for f in FIELDS],
        Text(one_line(agreement.name)),
    ))
    if field is None:
        return
    value: Any
    if field == "status":
        value = await ask(node, ChoiceScreen(
            "Status", [(s, s.replace("_", " ")) for s in STATUSES], current=agreement.status
        ))
    else:
        value = await ask(node, PromptScreen(
            f"Set the {field}", Text(one_line(agreement.name)),
            value=str(now[field] or ""), check=_year if field == "year" else not_empty,
        ))
    if value is None:
        return
    note = await ask(node, PromptScreen(
        "Why? (a note for the log)", Text(f"{field}: {one_line(value)}"),
        placeholder="e.g. the ministry's release of 3 May", check=not_empty,
    ))
    if note is None:
        return
    _correct(node, Correction("set", (id,), {"field": field, "value": value}, note),
             f"{named(agreement.name)}: {field} set to {one_line(value).replace('_', ' ')}.")


# --- suggestions ------------------------------------------------------------------------------


def accept(node: DOMNode, table: str, first: str, second: str) -> None:
    """Merge a suggested pair, keeping the record more articles mention (or the longer name)."""
    a, b = _record(node, table, first), _record(node, table, second)
    if a is None or b is None:
        return
    if (len(b.articles), len(b.name)) > (len(a.articles), len(a.name)):
        a, b = b, a  # the more mentioned, else the longer name ("NATO" becomes an alias)
    _correct(node, Correction("merge", (a.id, b.id)), f"Merged {named(b.name)} into {named(a.name)}.")


def dismiss(node: DOMNode, table: str, first: str, second: str) -> None:
    """Record that a suggested pair are two records: it is not suggested again."""
    a, b = _record(node, table, first), _record(node, table, second)
    names = " and ".join(named(r.name) for r in (a, b) if r is not None)
    _correct(node, Correction("dismiss", (first, second)), f"Kept apart: {names}.")


FLOWS: dict[str, Callable[..., Any]] = {
    "merge": merge,
    "split": split,
    "rename": rename,
    "delete": delete,
    "kind": change_kind,
    "add_party": add_party,
    "remove_party": remove_party,
    "set": set_field,
}
