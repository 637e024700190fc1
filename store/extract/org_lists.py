"""Rule org_list: in a list of three names or more ("Google, Zentra, Oracle and Uber are
committing to invest ..."), two of them organisations already found and none a country or a
person, the other capitalised names are organisations too: a list joins names of one kind.
Each such name must be one capitalised run of up to three words standing alone between the
list's commas or its "and"; a sentence's first word must not be a stop word ("However"). A
known firm's name opening a longer run there ("KEPCO Nuclear Fuel") is that longer firm's
name, its subsidiary, not a mention of the known firm (rule list_subsidiary)."""

from __future__ import annotations

from store.extract.organizations import _add as add_org
from store.extract.state import State

_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December".split()
)


def _item(state: State, x: int) -> tuple[int, str] | None:
    """The item of a list at token x: its end and "org" (a body found), "new" (a capitalised run
    naming nothing yet) or "other" (a country, a person, anything else)."""
    d = state.doc
    if x >= d.n:
        return None
    m = state.org_start.get(x)
    c = d.chunk_at.get(x)
    if m is not None:
        if c is not None and c.j > m.j and c.j - c.i <= 4 and state.free(m.j, c.j) and m.j not in d.match_at and _CALENDAR.isdisjoint(d.words[m.j : c.j]):
            return c.j, "sub"  # "KEPCO Nuclear Fuel": a known firm's name opening a longer one
        return m.j, "org"
    if c is None or state.country_start.get(x) is not None or not state.free(c.i, c.j):
        return (c.j, "other") if c is not None else None
    if c.j - c.i > 3 or c.possessive or d.words[x] in _CALENDAR or d.match_at.get(x) is not None:
        return c.j, "other"
    if d.sent_first[d.sent[x]] == x and d.words[x] in state.cues.stop:
        return c.j, "other"
    return c.j, "new"


def _list_from(state: State, x: int) -> list[tuple[int, int, str]]:
    """The items of the list opening at token x, in order (one item when none follows)."""
    d = state.doc
    items: list[tuple[int, int, str]] = []
    while (found := _item(state, x)) is not None:
        j, kind = found
        items.append((x, j, kind))
        if j + 1 >= d.n or d.sent[j + 1] != d.sent[x]:
            break
        comma = d.words[j] == ","
        if comma and d.low[j + 1] != "and":
            x = j + 1
            continue
        if d.low[j] != "and" and not comma:
            break
        x = j + 1 + comma  # "and" or ", and": the list's last item
        last = _item(state, x) if x < d.n and d.sent[x] == d.sent[j] else None
        if last is not None:
            items.append((x, last[0], last[1]))
        break
    return items


def find_org_lists(state: State) -> None:
    """Add the organisations a list of bodies names beside them (see the module docstring)."""
    if len(state.orgs) < 2 or "," not in state.doc.text:
        return
    d = state.doc
    done = -1
    words, low = d.words, d.low
    for i, m in sorted(state.org_start.items()):
        if i < done or (m.j < d.n and words[m.j] != "," and low[m.j] != "and" and (i == 0 or words[i - 1] != ",")):
            continue  # most bodies stand in no list
        x = i  # back to the list's first item: ", <run>" pairs before the body
        while x >= 2 and d.words[x - 1] == "," and (p := _opening(state, x - 2)) is not None:
            x = p
        items = _list_from(state, x)
        done = items[-1][1] if items else i + 1
        kinds = [k for _, _, k in items]
        if len(items) < 3 or kinds.count("org") + kinds.count("sub") < 2 or "other" in kinds or kinds.count("org") == len(kinds):
            continue
        for a, b, kind in items:
            if kind == "sub":
                _drop_mention(state, a)
            if kind != "org":
                add_org(state, d.span_text(a, b), a, b, "org-list")


def _drop_mention(state: State, i: int) -> None:
    """Rule list_subsidiary: the known firm's mention at token i is part of a longer firm's
    name in the list ("KEPCO Nuclear Fuel"): it is no mention of that firm."""
    m = state.org_start.pop(i)
    acc = state.orgs.get(m.name)
    if acc is None:
        return
    start = state.doc.starts[i]
    acc.spans = [s for s in acc.spans if s.start != start]
    if not acc.spans:
        del state.orgs[m.name]


def _opening(state: State, end: int) -> int | None:
    """The first token of the capitalised run or body that ends at token ``end`` (inclusive)."""
    d = state.doc
    for y in range(end, max(-1, end - 3), -1):
        m = state.org_start.get(y)
        if m is not None and m.j == end + 1:
            return y
        c = d.chunk_at.get(y)
        if c is not None and c.j == end + 1:
            return y
    return None
