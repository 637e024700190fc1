"""A firm's home country written as the adjective before its description ("French energy giant
TotalEnergies signed ..."): the country describes the firm and is no party beside it.
(Rule: company_home.)"""

from __future__ import annotations

from store.extract.firm_words import firm_words_end
from store.extract.state import CountryMention, State


def described_home(state: State, k: int) -> CountryMention | None:
    """The country whose adjective describes the firm named at token k: a demonym a run of
    firm words away from it ("French energy giant X"), else None."""
    d = state.doc
    for x in range(k - 1, max(0, k - 5), -1):
        c = state.country_end.get(x)
        if c is not None:
            return c if c.form == "demonym" and firm_words_end(d.words, d.low, x, d.n) == k else None
    return None
