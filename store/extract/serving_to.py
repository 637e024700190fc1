"""An office that serves a body, written after a name: "A, secretary to Zambia's Treasury,",
"B, adviser to the Ministry of Finance of Ghana,". The office runs to the body's name; its
country is the one owning the body (a possessive before it, or "of <country>" inside it).
An envoy's "to" names the host instead ("ambassador to China"), so envoys are not read here.
(Rule: office-to-body.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import APOSTROPHES

# Offices that serve a body rather than represent a state abroad.
SERVING_HEADS = frozenset(
    {"secretary", "adviser", "advisor", "counsellor", "counselor", "aide", "assistant", "spokesperson", "spokesman", "spokeswoman"}
)


def office_to_body(state: State, k: int, j: int) -> tuple[str, str | None, int] | None:
    """The office "<head> to [the] [<country>'s] <Capitalised body>" starting at token k
    (after the comma that follows a name ending at j), with its country; None otherwise."""
    d = state.doc
    if d.lower(k) not in SERVING_HEADS or d.lower(k + 1) != "to" or not d.words[k].islower():
        return None
    x = k + 2 + (d.lower(k + 2) == "the")
    aff = None
    c = state.country_start.get(x)
    if c is not None:
        if not (d.word(c.j) in APOSTROPHES and d.lower(c.j + 1) == "s"):
            return None  # "adviser to Kenya": the country served, not the holder's own
        aff, x = c.name, c.j + 2
    org = state.org_start.get(x)
    end = org.j if org is not None else x  # "the Ministry of Finance": the body's whole name
    while end < min(d.n, x + 6) and d.sent[end] == d.sent[j] and d.is_cap(end) and d.words[end][:1].isalpha():
        end += 1
    if end == x:
        return None  # "secretary to the board": no named body
    if d.lower(end) == "of" and (c := state.country_start.get(end + 1 + (d.lower(end + 1) == "the"))) is not None:
        aff, end = aff or c.name, c.j  # "adviser to the Ministry of Finance of Ghana"
    if d.word(end) not in (",", ".", ";") and d.lower(end) not in ("said", "says", "told", "and", "who"):
        return None  # the appositive goes on: not an office set off by commas
    if aff is None:
        inside = (state.country_start.get(y) for y in range(x, end))
        aff = next((c.name for c in inside if c is not None and c.j <= end), None)  # "the Ministry of Finance of Ghana"
    if x > k + 2 and d.lower(k + 2) != "the":  # "secretary to Zambia's Treasury": the office without its owner
        return f"{d.span_text(k, k + 2)} the {d.span_text(x, end)}", aff, k
    return d.span_text(k, end), aff, k
