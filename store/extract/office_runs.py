"""Where an office written out after a name ends, and where it starts after another
holder's name: a list of portfolios over commas ("Minister of Housing, Urban Development and
Water"), a body the named owner has ("chairman of Uzbekistan's State Security Service"), a
lower-case unit of the body ("head of the African Union observer mission"), a lower-case
portfolio (", the chief of air staff,"), an office after a principal's name ("who is
President A's national security adviser"), a run of capitalised portfolio words and a
portfolio going on over "and" ("Minister of Economy and Infrastructure")."""

from __future__ import annotations

from store.extract.names import all_valid, name_words
from store.extract.office_forms import PORTFOLIO_WORDS
from store.extract.state import State

_LOWER_STOP = frozenset("and or who which that whose when where said says in on at to the a an was is were are has had will with from by".split())


def portfolio_listed(state: State, k: int) -> bool:
    """Whether the comma at token k goes on with a list of portfolios: a capitalised word and
    "and" ("Energy and ..."), or up to three capitalised words ending in a portfolio's noun and
    then "and" or a comma ("Foreign Trade, Investment and ..."). (Rule: portfolio_list_after_comma.)"""
    d = state.doc
    y = k + 1
    while y < d.n and y - k <= 3 and d.is_cap(y) and d.words[y].isalpha():
        y += 1
    if y == k + 1 or y >= d.n or d.low[y] not in ("and", ","):
        return False
    return (y == k + 2 and d.low[y] == "and") or d.low[y - 1] in PORTFOLIO_WORDS


def owned_body_end(state: State, end: int) -> int:
    """Where an office of a named body ends when the name ending at ``end`` owns a body named
    after it ("chairman of Uzbekistan's State Security Service") or a lower-case unit of it
    closes the appositive ("head of the African Union observer mission,"). (Rule: office_of_owned_body.)"""
    d = state.doc
    if d.word(end) in ("'", "\u2019") and d.lower(end + 1) == "s" and end + 2 < d.n and d.is_cap(end + 2):
        run = state.org_start.get(end + 2) or d.chunk_at.get(end + 2)
        end = run.j if run is not None else end
    elif d.word(end) in ("'", "\u2019") and d.lower(end + 1) == "s" and end + 2 < d.n:
        return lower_portfolio(state, end + 2, end)  # rule owned_lower_body: "head of Sudan's sovereign council,"
    return lower_portfolio(state, end, end)


def lower_portfolio(state: State, x: int, end: int) -> int:
    """The end of an office whose portfolio is in lower case and closes the appositive
    (", the chief of air staff,"): up to three lower-case words, then a comma or a full stop.
    (Rule: lower_portfolio.)"""
    d = state.doc
    y = x
    while y < min(x + 3, d.n) and d.words[y].isalpha() and d.words[y].islower() and d.low[y] not in _LOWER_STOP:
        y += 1
    if y > x and y + 1 < d.n and d.low[y] == "and" and d.low[y - 1] in PORTFOLIO_WORDS and d.low[y + 1] in PORTFOLIO_WORDS:
        y += 2  # rule lower_portfolio_and: "minister of science and technology"
    if y > x and d.low[y] == "of" and d.low[y - 1] in _UNITS:
        z = y + 1 + (d.lower(y + 1) == "the")
        e = capitalised_run(state, z, -1)
        if e > z and d.word(e) in (",", "."):
            return e  # rule lower_unit_of_body: "head of the international affairs committee of the Federation Council,"
    return y if y > x and d.word(y) in (",", ".") else end


# A lower-case unit of a body that "of" and the body's name follow.
_UNITS = frozenset("committee commission council department division directorate bureau office unit service agency board".split())


def after_principal(state: State, k: int) -> int:
    """Rule principal_possessive_office: in "who is President A's national security adviser"
    the office after another holder's name and "'s" is the person's own: where it starts."""
    d = state.doc
    x = k
    while x < min(d.n, k + 6) and d.is_cap(x):
        x += 1
    if x == k or d.word(x) not in ("'", "\u2019") or d.lower(x + 1) != "s":
        return k
    return x + 2


def capitalised_run(state: State, x: int, end: int) -> int:
    """The end of capitalised words from token x, "and"/"the" allowed between them (at most
    eight tokens); ``end`` when none starts there."""
    d = state.doc
    if x >= len(d):
        return end  # the text ends after "of"
    sentence, k, last = d.sent[x], x, end
    while k < min(len(d), x + 8) and d.sent[k] == sentence:
        if d.is_cap(k) and d.words[k][:1].isalpha():
            last = k + 1
        elif d.low[k] == "," and portfolio_listed(state, k):
            pass  # "for Infrastructure, Energy and Digitalisation": a list of portfolios
        elif d.low[k] not in ("and", "the", "of"):
            break
        k += 1
    return last


def and_portfolio(state: State, end: int, portfolio: bool) -> int:
    """Rule portfolio_and_after_name: ", Minister of Economy" + "and Infrastructure of the
    Republic of Moldova,": one or two capitalised words after "and" that name nothing else,
    then a comma, a full stop or "of <country>", go on with the portfolio (and the country
    with it); not a person's name ("... and Ivan Petrov, ..."). A second office with its
    portfolio after "and" joins the first ("Deputy Prime Minister and Minister of Energy,")."""
    d = state.doc
    if d.lower(end) != "and" or end + 1 >= d.n:
        return end
    m = d.match_at.get(end + 1)
    if m is not None and m.first("title") is not None and d.lower(m.j) in ("of", "for"):
        x = capitalised_run(state, m.j + 1, m.j)  # rule second_office: "Deputy Prime Minister and Minister of Infrastructure and ..."
        return x if x > m.j + 1 and d.word(x) in (",", ".") else end
    if not portfolio:
        return end  # only an office with a portfolio ("Minister of Economy") goes on over "and"
    if d.words[end + 1].islower() and d.low[end + 1] in PORTFOLIO_WORDS and d.low[end - 1] in PORTFOLIO_WORDS and d.word(end + 2) in (",", "."):
        return end + 2  # rule lower_portfolio_and: "minister of science and technology."
    x = end + 1
    while x < d.n and x - end <= 3 and d.is_cap(x) and d.words[x].isalpha() and x not in d.match_at:
        x += 1
    after = d.word(x)
    if x == end + 1 or x - end > 3 or after not in (",", ".", "of") or d.sent[x - 1] != d.sent[end]:
        return end
    if x - end == 3 and all_valid(state, name_words(state, end + 1, x)):
        return end  # "... and Karl Berg, Minister of Energy": the next person
    if after == "of":
        c = state.country_start.get(x + 1 + (d.lower(x + 1) == "the"))
        return c.j if c is not None else x  # "... and Infrastructure of the Republic of Moldova"
    return x
