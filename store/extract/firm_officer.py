"""Rule firm-officer: "the company's chief executive, A" or "the bank's governor, A": the office
belongs to the firm the text has just named, the one its sentence names before the office or
else the one the last sentence naming a firm opens with (its subject, not a firm it mentions).
The office then reads as an analyst would write it: "chief executive of <firm>"."""

from __future__ import annotations

from bisect import bisect_right

from store.extract.state import RoleAcc, State

# Nouns a news text uses to refer back to a firm it has just named.
_FIRM_NOUNS = frozenset(
    "company firm group bank lender carrier airline miner steelmaker planemaker carmaker automaker "
    "insurer conglomerate corporation manufacturer producer operator shipbuilder".split()
)
# Known kinds of organisation that are no firm (a ministry, an outlet, a UN body, a party ...).
_NOT_FIRMS = frozenset({"government", "outlet", "un", "military", "parliament", "party", "court", "militant", "grouping", "alliance"})


def _firm_ends(state: State) -> list[int]:
    """Token ends of the article's firm mentions, in order (built once per article)."""
    cached = state.cache.get("firm_ends")
    if cached is None:
        orgs = state.gz.organizations
        cached = sorted(
            j for j, name in state.org_end.items()
            if (org := orgs.get(name)) is None or org.type not in _NOT_FIRMS
        )
        state.cache["firm_ends"] = cached
    return cached  # type: ignore[return-value]


def firm_of_office(state: State, role: RoleAcc) -> str | None:
    """The firm "the company's <office>" refers to, or None when the office is not written so."""
    d, ti = state.doc, role.title_i
    if ti < 4 or d.words[ti - 1] != "s" or d.words[ti - 2] not in ("'", "\u2019"):
        return None  # cheap test first: no possessive right before the office
    if d.low[ti - 3] not in _FIRM_NOUNS or d.low[ti - 4] != "the":
        return None
    ends = _firm_ends(state)
    at = bisect_right(ends, ti - 4)
    if at == 0:
        return None
    j = ends[at - 1]
    sent = d.sent[j]
    if sent != d.sent[ti]:
        first = d.sent_first[sent]  # the last earlier sentence naming a firm: the one it opens with
        j = next(e for e in ends[:at] if e > first and d.sent[e] == sent)
    return state.org_end[j]


def place_firm_officer(state: State, role: RoleAcc) -> bool:
    """Give a "the company's <office>" its firm, naming the firm in the office; whether it did."""
    firm = firm_of_office(state, role)
    if firm is None:
        return False
    role.title = f"{role.title} of {firm}"
    return role.place(firm, "firm-officer")
