"""Rule envoy_demonym: a demonym right before an envoy's office is part of that office.

"the German ambassador A", "then Brazilian envoy B": the demonym names the state that sends
the envoy, so the office the article gives is "German ambassador", not a bare "ambassador"
(which in a host country's capital would say nothing of whose envoy A is).
"""

from __future__ import annotations

from store.extract.state import State

ENVOY_OFFICES = frozenset({"ambassador", "envoy", "consul", "consul-general", "attaché", "attache"})
"""Lower-case heads of offices held abroad for a sending state."""


def envoy_office_start(state: State, ti: int, head: str) -> int:
    """Where an envoy's office starts once a demonym right before it (token ``ti - 1``) is taken in."""
    if head not in ENVOY_OFFICES or ti < 1:
        return ti
    c = state.country_end.get(ti)
    if c is None or c.form != "demonym" or c.j != ti:
        return ti
    return c.i
