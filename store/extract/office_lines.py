"""Offices printed on the lines under a name, as a release's signature block sets them:

    The Hon Richard Roe MP
    Deputy Prime Minister
    Minister for Defence

A heading line that is only a person's name (with its styles: "The Hon", "MP") is followed by
lines that are each one office, capitalised, with no verb: each is an office of that person.
(Rule: office_lines_under_name.)"""

from __future__ import annotations

from store.extract.office_names import OFFICE_HEADS
from store.extract.state import RoleAcc, State

# Words a name line may hold beside the name and the gazetteer's styles and post-nominals.
_JOINERS = frozenset({"the", ".", ","})
_STYLES = "name_line_styles"
# Small words an office line may hold between its capitalised ones ("Minister for Defence").
_GLUE = frozenset({"for", "of", "and", "the", "&", ",", "-"})
# At most this many office lines follow one name.
_MOST = 4


def offices_under_name(state: State) -> None:
    """Give each person named alone on a heading line the offices on the heading lines under it."""
    d = state.doc
    if not any(d.heading):
        return  # the common case: a story without heading lines
    bounds = [*d.sent_first, d.n]
    for p in state.persons:
        for span in p.spans:
            s = span.sentence
            if not d.heading[s]:
                continue  # a body sentence (nearly every span): its token range is not sought
            lo, hi = _tokens(bounds, s, d.n)
            if lo < 0 or not _name_line(state, lo, hi):
                continue
            name_j = max(x for x in range(lo, hi) if state.person_tok[x]) + 1
            nxt = s + 1
            while nxt < len(d.sent_first) and nxt - s <= _MOST and d.heading[nxt]:
                a, b = _tokens(bounds, nxt, d.n)
                if a < 0 or not _office_line(state, a, b):
                    break
                title = d.span_text(a, b)
                if all(r.title != title for r in p.roles):
                    p.roles.append(RoleAcc(title, None, nxt, a, name_j, "office_lines_under_name"))
                nxt += 1


def _tokens(bounds: list[int], s: int, n: int) -> tuple[int, int]:
    """The tokens [lo, hi) of sentence s (lo -1 when it has none)."""
    lo = bounds[s]
    hi = next((b for b in bounds[s + 1 :] if b >= 0), n)
    return lo, hi


def _name_line(state: State, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) are a person's name and its styles only."""
    d = state.doc
    named = False
    styles = _styles(state)
    for x in range(lo, hi):
        if state.person_tok[x]:
            named = True
        elif d.low[x] not in styles:
            return False
    return named


def _styles(state: State) -> frozenset[str]:
    """The words of the gazetteer's honorifics, ranks and post-nominals ("The Hon", "Senator",
    "MP"), lower case and without their points, with "the" and the marks between them (built
    once per gazetteer)."""
    gz = state.gz
    found = gz.derived.get(_STYLES)
    if found is None:
        words = {w.rstrip(".").casefold() for form in (*gz.honorifics, *gz.ranks, *gz.suffixes) for w in form.split()}
        found = gz.derived[_STYLES] = frozenset(words) | _JOINERS
    return found


def _office_line(state: State, a: int, b: int) -> bool:
    """Whether tokens [a, b) are one office: a known title filling the line, or an office word
    opening capitalised words ("Minister for Defence Industry"), twelve tokens at most."""
    d = state.doc
    if b - a > 12 or any(state.person_tok[x] for x in range(a, b)):
        return False
    m = d.match_at.get(a)
    if m is not None and m.j == b and m.first("title") is not None:
        return True
    if not any(d.low[x] in OFFICE_HEADS for x in range(a, min(b, a + 3))):
        return False
    return all(d.is_cap(x) or d.low[x] in _GLUE for x in range(a, b))
