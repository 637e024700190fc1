"""The other side of a pair of office holders: "President A and his Serbian counterpart B",
"Prime Minister A and B have sought closer ties" (B of South Korea). In a story whose lede
names B's country with others, A is of the first country the lede names as an actor that is
not B's: a lede reports the two sides of the story, the one acting first. (Rule: other-side-of-lede.)"""

from __future__ import annotations

from bisect import bisect_left

from store.extract.state import PersonAcc, RoleAcc, State

# Words that may stand between the two holders of a pair.
_LINKS = frozenset({"and", "his", "her", "their", "counterpart", ",", "met", "with", "hosted", "welcomed", "the"})


def other_side(state: State, p: PersonAcc, role: RoleAcc) -> str | None:
    """The country of the office holder paired with one of a known country, from the lede."""
    d = state.doc
    low, k = d.low, role.name_j
    if k >= d.n or low[k] not in _LINKS:
        return None  # the common case: the name is not followed by a pair's link
    partner = _partner_after(state, p, role)
    if partner is None:
        return None
    lede = _lede_countries(state)
    if partner not in lede:
        return None
    return next((c for c in lede if c != partner), None)


def _partner_after(state: State, p: PersonAcc, role: RoleAcc) -> str | None:
    """The country of the next person's office, when only pair links, a demonym and that
    person's own office stand between the name and that person."""
    d = state.doc
    here = role.sentence
    owner = _owners(state)
    places = {x for c in state.countries if c.sentence == here and role.name_j <= c.i < role.name_j + 10 for x in range(c.i, c.j)}
    for k in range(role.name_j, min(d.n, role.name_j + 10)):
        other = owner.get(k)
        if other is not None and other is not p:
            affs = {r.affiliation for r in other.roles if r.affiliation in state.gz.countries}
            return affs.pop() if len(affs) == 1 else None
        if d.sent[k] != here or (d.low[k] not in _LINKS and k not in places):
            return None
    return None


def _owners(state: State) -> dict[int, PersonAcc]:
    """Token -> the person whose office (with the name after it) or lone name starts or runs
    there (worked out once per article)."""
    cached = state.cache.get("pair_owners")
    if cached is None:
        d = state.doc
        cached = {}
        for other in state.persons:
            for r in other.roles:
                if r.title_i < r.name_j and r.name_j - r.title_i <= 12:
                    cached.update(dict.fromkeys(range(r.title_i, r.name_j), other))  # "his Serbian counterpart, B"
            for span in other.spans:
                cached.setdefault(bisect_left(d.starts, span.start), other)  # "A and Yoon": a name alone
        state.cache["pair_owners"] = cached
    return cached  # type: ignore[return-value]


def _lede_countries(state: State) -> list[str]:
    """The countries the lede (the first sentence of the body with eight words or more) names
    as actors, in order (worked out once per article)."""
    cached = state.cache.get("lede_countries")
    if cached is None:
        d = state.doc
        lede = -1
        for s, first in enumerate(d.sent_first):
            if first >= 0 and not d.heading[s] and d.sent[first : first + 8].count(s) == 8:
                lede = s
                break
        cached = list(dict.fromkeys(c.name for c in state.countries if c.sentence == lede and c.actor))
        state.cache["lede_countries"] = cached
    return cached  # type: ignore[return-value]
