"""Roles: the office a person holds and the country it belongs to.

The country comes from the nearest clear cue: a country or demonym right before the office
("Japan's Foreign Minister", "US President"), a country inside the office ("commander of U.S.
Indo-Pacific Command"), a list it continues ("Japan's Foreign Minister A and Defence Minister
B"), "<Australian> counterparts, Foreign Minister C", offices that exist in one government only
("Secretary of Defense"), a namesake in the same sentence ("Biden and First Lady Jill Biden"),
or the speaker of the quote the office is named in.
"""

from __future__ import annotations

from bisect import bisect_right

from store.extract.acts_for import acts_for
from store.extract.joined_offices import joined_after_end, joined_to_next_name
from store.extract.office_forms import office_key
from store.extract.office_runs import (
    after_principal,
    and_portfolio,
    capitalised_run,
    lower_portfolio,
    owned_body_end,
    portfolio_listed,
)
from store.extract.office_tail import charge_end, remit_end
from store.extract.owned_offices import (
    body_lower_office,
    described_body,
    owned_title,
    portfolio_office_end,
    possessive_owner,
    posted_to_end,
)
from store.extract.posts_after import post_after_name
from store.extract.serving_to import office_to_body
from store.extract.speaker_partner import other_side, speakers_partner
from store.extract.state import RoleAcc, State

_TITLE_HEADS = frozenset({"minister", "secretary", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "chief", "commissioner"})
_SECRETARY = (("secretary",),)  # a bare "Secretary" after a name: only with "of" and the body it serves
_ADVISERS = frozenset({"coordinator", "adviser", "advisor", "director", "counsel", "press"})
# Lower-case words that go on a one-word lower-case office ("chief representative", "chief
# executive", "special envoy"): the two words are one office (rule two_word_lower_office).
_SECOND_HEADS = frozenset({"representative", "executive", "negotiator", "officer", "envoy", "adviser", "advisor", "coordinator", "general"})
# Verbs of a relative clause that give an office over the body they name ("who heads X").
_HEADS_VERBS = {"heads": "head", "headed": "head", "leads": "head", "led": "head", "chairs": "chair", "chaired": "chair"}
# Lower-case qualifiers that may open an office after a name, and the office words they go with.
_PARTY_SIDES = frozenset({"opposition", "ruling", "governing"})
_QUALIFIERS = frozenset({"former", "interim", "acting", "then", "transitional", "caretaker"})
_QUALIFIED_HEADS = frozenset({"deputy", "chief", "ceo", "governor", "director", "head", "chairman", "chairwoman", "chairperson", "chair", "president", "vice", "executive", "managing"})
_SKIP = frozenset({"and", ",", "their", "his", "her", "its", "the", "with", "hosted", "met", "counterpart", "counterparts"})


def office_titles(state: State) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Office titles in lower case, by first word, longest first."""
    cached = state.gz.derived.get("lower_titles")
    if cached is None:
        words = {tuple(t.casefold().replace("-", " - ").split()) for t in state.gz.titles}  # "director - general": the tokens
        words |= {("commander",), ("chief",), ("head",), ("director",), ("ambassador",), ("envoy",), ("spokesperson",), ("spokesman",), ("spokeswoman",), ("chairman",), ("chairperson",), ("leader",), ("representative",)}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for t in words:
            if t:
                by_first.setdefault(t[0], []).append(t)
        cached = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
        state.gz.derived["lower_titles"] = cached
    return cached


def country_in(state: State, i: int, j: int) -> str | None:
    for k in range(i, j):
        c = state.country_start.get(k)
        if c is not None and c.j <= j:
            return c.name
    d, gz = state.doc, state.gz
    for k in range(i, j):  # a country hidden inside a longer name ("U.S. Indo-Pacific Command")
        for length in gz.lengths.get(d.words[k].casefold(), ()):
            if k + length <= j:
                for e in gz.lookup(d.span_text(k, k + length)):
                    if e.kind == "country" and e.form != "ambiguous":
                        return e.name
    return None


# Words saying when an office set off after a name is held: the office is the person's all the same.
_WHEN_HELD = frozenset({"then", "now", "currently", "still"})


def appositive_role(state: State, j: int, titled: bool = False) -> tuple[str, str | None, int] | None:
    """", commander of U.S. Indo-Pacific Command" / ", Japan's defence minister" after a name;
    after a name with its own office before it, an office joined to a next name opens that one."""
    d = state.doc
    if d.word(j) != ",":
        return None
    k = j + 1
    aff = None
    k += d.lower(k) in _WHEN_HELD and d.word(k).islower() and d.word(k + 1)[:1].isupper()  # rule held_then: ", then Mauritius's prime minister,"
    if d.lower(k) in ("the", "a", "an"):
        k += 1
        if d.word(k).isalpha() and d.word(k).islower() and d.word(k + 1) in ("'", "\u2019") and d.lower(k + 2) == "s":
            k += 3  # rule common_owner_appositive: ", the government's chief negotiator": the office after it
    qualified = k + 1  # no qualifier: past any start
    if d.lower(k) in _QUALIFIERS and d.word(k).islower() and d.lower(k + 1) in _QUALIFIED_HEADS:
        qualified, k = k, k + 1  # rule qualified_appositive: ", a former deputy governor of ...", ", interim CEO of ..."
    m = d.match_at.get(k)
    if m is not None and m.first("country") is not None:
        aff = m.first("country").name
        k = m.j + (2 if d.word(m.j) in ("'", "\u2019") and d.word(m.j + 1) == "s" else 0)
    owner = None
    k += aff is None and d.lower(k) in _PARTY_SIDES and d.word(k).islower() and k + 1 in state.org_start  # ", the opposition X Party's"
    if aff is None and (owned := possessive_owner(state, k)) is not None:
        owner, k = owned  # ", Rio Tinto's chief executive", ", Trump's special envoy"
        qualified = k + 1
        if d.lower(k) in _QUALIFIERS and d.lower(k + 1) in _QUALIFIED_HEADS:
            qualified, k = k, k + 1  # ", the bank's acting director of research"
    if aff is None and owner is None and (body := body_lower_office(state, k)) is not None:
        return None if _name_follows(state, body[0], j) else (d.span_text(k, body[0]), body[1], k)  # ", the IMF mission chief for Egypt,"
    org = state.org_start.get(k)
    body = None
    if aff is None and org is not None and not state.cues.seats.get(org.name) and org.j < len(d) and d.is_cap(org.j):
        start, k, body = k, org.j, org.name  # ", the ECOWAS Commissioner for Energy": the body, then its office
    else:
        start = k
    if d.lower(k) == "deputy" and k == start and d.lower(k + 1) in _QUALIFIED_HEADS and all(t[1:2] != (d.lower(k + 1),) for t in office_titles(state).get("deputy", ())):
        k += 1  # ", deputy governor of the central bank": the office the deputy serves in
    elif k == start and d.word(k + 1) == "-" and d.word(k).islower():
        x = k
        while d.word(x + 1) == "-" and x + 2 < len(d) and d.words[x + 2].islower() and x - k < 4:
            x += 2
        if d.low[x] in _QUALIFIED_HEADS:
            k = x  # rule hyphened_appositive: ", vice-president of X", ", editor-in-chief of X"
    short = d.lower(k).isalpha() and d.lower(k + 1) in _TITLE_HEADS and d.word(k)[:1].islower()
    if short or (run := portfolio_office_end(state, k, _TITLE_HEADS)):
        end = remit_end(state, k + 2) if short else run  # "France's farm minister", "special envoy for Asian affairs"
        return None if _name_follows(state, end, j) else (owned_title(d.span_text(start, end), owner), aff or owner, start)
    m = d.match_at.get(k)
    seat = m.first("organization") if m is not None else None
    if seat is not None and state.cues.seats.get(seat.name):
        x = m.j
        while x < min(m.j + 4, len(d)) and (d.is_cap(x) or d.words[x] == "-") and d.sent[x] == d.sent[j]:
            x += 1  # "the White House Indo-Pacific coordinator"
        if (d.lower(x) in _TITLE_HEADS or d.lower(x) in _ADVISERS) and not _name_follows(state, x + 1, j):
            country = state.gz.by_code.get(state.cues.seats[seat.name])
            return d.span_text(start, x + 1), aff or (country.name if country else None), start  # "the Kremlin spokesman"
    titles = office_titles(state).get(d.lower(k), ())
    if d.lower(k) == "secretary" and d.lower(k + 1) == "of":
        titles = (*titles, *_SECRETARY)  # rule secretary_of_body: ", Secretary of the Power Ministry,"
    for title in titles:
        n = len(title)
        if all(d.lower(k + x) == title[x] for x in range(n)) and d.sent[min(k + n - 1, len(d) - 1)] == d.sent[j]:
            end = k + n
            if n == 1 and d.lower(end) in _SECOND_HEADS and d.word(end).islower() and d.word(k).islower():
                end += 1  # ", chief representative of JICA": not "chief"
            if d.word(end) in ("'", "\u2019"):
                return None  # ", the president's sister"
            posted, end = end, posted_to_end(state, end, title)  # ", Japan's ambassador to Sri Lanka"
            posted = posted if end > posted else -1  # the host is no country of the office
            if d.lower(end) in ("of", "for") and end + 1 < len(d):
                x = end + 1 + (d.lower(end + 1) == "the")
                if d.words[x].islower() and d.word(x + 1) in ("'", "\u2019") and d.lower(x + 2) == "s" and d.is_cap(x + 3):
                    x += 3  # rule common_owner_body: "head of the group's Supreme Council": the body named
                named = d.chunk_at.get(x) or state.org_start.get(x) or state.country_start.get(x)
                listed = x in d.chunk_at and d.word(named.j) == "," and portfolio_listed(state, named.j)
                if (described := described_body(state, x)) is not None:  # "of the Russian nuclear corporation Rosatom"
                    owner = owner or described[0]
                    title_text = owned_title(d.span_text(start, end), described[0])
                    return None if _name_follows(state, described[1], j) else (title_text, aff or owner, start)
                if named is not None and not listed:
                    end = owned_body_end(state, named.j)  # "the Secretary General of the PIF": the body inside a longer run
                else:
                    end = capitalised_run(state, x, end)  # "Minister for International Development and the Pacific"
                    if end == k + n:
                        end = lower_portfolio(state, x, end)  # ", the chief of air staff,"
            elif d.word(end) == "," and ("of" in title or "for" in title) and portfolio_listed(state, end):
                end = capitalised_run(state, end, end)  # "Minister of Energy" + ", Foreign Commerce and Mines"
            if d.lower(end) == "and":
                end = and_portfolio(state, end, "of" in d.low[start:end] or "for" in d.low[start:end])  # "Minister of Economy" + "and Infrastructure"
            if _name_follows(state, end, j) or (titled and joined_to_next_name(state, end)):
                return None
            end = joined_after_end(state, charge_end(state, end))  # ", Crown Prince and Prime Minister,"; "... in charge of X"
            if _name_follows(state, end, j):
                return None
            start = qualified if qualified == start - 1 else start
            title_text = owned_title(d.span_text(start, end), owner)
            # (rule body_office_for_country: ", IMF Mission Chief for Nepal,": the body's office, not the country's)
            aff = aff or owner or (None if body else country_in(state, start, posted if posted > 0 else end))
            return title_text, aff, start
    served = office_to_body(state, k, j) if start == k and aff is None else None  # ", secretary to Zambia's Treasury,"
    return served or (post_after_name(state, k, j, owner, aff) if start == k else None)  # ", a senior fellow at X,"


_RELATIVE_OFFICE_WORDS = frozenset(
    "general secretary minister president prime foreign defence defense chief deputy vice "
    "chairman chairwoman chairperson head leader premier chancellor speaker governor national security adviser advisor".split()
)
_OFFICE_ENDS = frozenset(
    "secretary minister president chief chairman chairwoman chairperson head leader premier chancellor speaker governor adviser advisor".split()
)


def relative_role(state: State, j: int) -> tuple[str, str | None, int] | None:
    """", who is general secretary of the Communist Party of Vietnam" after a name: the office
    a relative clause gives, with the country named inside it."""
    d = state.doc
    if d.word(j) != "," or d.lower(j + 1) != "who":
        return None
    if d.lower(j + 2) in _HEADS_VERBS:  # rule who_heads_body: ", who heads the central bank,"
        x = j + 3 + (d.lower(j + 3) == "the")
        end = capitalised_run(state, x, x)
        if end == x or d.sent[end - 1] != d.sent[j] or d.word(end) in ("'", "\u2019"):
            return None  # (not "who leads Nigeria's Senate": the owner only)
        return f"{_HEADS_VERBS[d.lower(j + 2)]} of {d.span_text(j + 3, end)}", country_in(state, x, end), j + 2
    if d.lower(j + 2) not in ("is", "was", "serves"):
        return None
    k = j + 3 + (d.lower(j + 3) == "as")
    k += d.lower(k) in ("the", "a", "an")
    k = after_principal(state, k)
    start = end = k
    while end < min(len(d), k + 4) and d.lower(end) in _RELATIVE_OFFICE_WORDS and d.sent[end] == d.sent[j]:
        end += 1
    if end == start or d.lower(end - 1) not in _OFFICE_ENDS:
        return None
    if d.lower(end) in ("of", "for") and end + 1 < len(d):
        end = capitalised_run(state, end + 1 + (d.lower(end + 1) == "the"), end)
    return d.span_text(start, end), country_in(state, start, end), start


def _name_follows(state: State, end: int, j: int) -> bool:
    """Whether a capitalised word follows the title at ``end`` in the sentence of ``j``: then
    it is the title of the next person in a list ("A, Brazil's President B and ..."), not a
    description of the one before the comma."""
    d = state.doc
    if end >= len(d) or d.sent[end] != d.sent[j]:
        return False
    return d.words[end][:1].isalpha() and d.words[end][:1].isupper()


def _inherit(state: State, role: RoleAcc, ends: dict[int, str]) -> tuple[str, str] | None:
    """The country of an office continuing a list ("Japan's Foreign Minister A and Defence
    Minister B") or of "<country's> counterpart"; with the rule's name."""
    if role.title_i in state.org_start:
        return None  # "NATO chief", "Foreign Ministry spokesman": the body owns the office
    d = state.doc
    head = role.title.rpartition(" ")[0]
    if head and any(e.kind == "organization" for e in state.gz.lookup(head)):
        return None  # "European Commission President A" in a list: the Commission's office
    low, sent = d.low, d.sent
    k = role.title_i - 1
    steps = 0
    while k >= 0 and steps < 6 and sent[k] == role.sentence:
        w = low[k]  # 0 <= k < role.title_i <= len(d)
        if k in ends:
            if _between(state, k, role.sentence):
                return None  # "talks between Sri Lankan President A and Prime Minister B": two sides
            return ends[k], "list-continues"
        if w in ("counterpart", "counterparts"):
            m = state.country_end.get(k) or state.country_end.get(k - 1)
            if m is None and d.word(k - 1) == "s":
                m = state.country_end.get(k - 2)
            if m is not None:
                return m.name, "counterpart-country"
        if w not in _SKIP and w not in ("'", "\u2019", "s"):
            return None
        k -= 1
        steps += 1
    return None


def _between(state: State, k: int, sentence: int) -> bool:
    """Whether "between" opens the list that ends at token k (within ten tokens back)."""
    low, sent = state.doc.low, state.doc.sent
    for x in range(k - 1, max(-1, k - 10), -1):
        if sent[x] != sentence:
            return False
        if low[x] == "between":
            return True
    return False


def resolve_affiliations(state: State) -> None:
    """Fill each role's missing country from the cues above, in two passes for chains."""
    gz, cues, d = state.gz, state.cues, state.doc
    for _ in range(2):
        found = False  # a pass that finds nothing leaves the next one the same cues: it would find nothing too
        ends: dict[int, str] = {}
        missing = False
        for p in state.persons:
            for role in p.roles:
                if role.affiliation:
                    ends[role.name_j - 1] = role.affiliation
                    if d.word(role.name_j) in ("'", "\u2019") and d.word(role.name_j + 1) == "s":
                        ends[role.name_j + 1] = role.affiliation
                else:
                    missing = True
        if not missing:
            break  # every office has its country: nothing to fill
        for p in state.persons:
            for role in p.roles:
                if role.affiliation:
                    continue
                same = _same_office(p, role)
                if same is not None:
                    found = role.place(same, "person-same-office") or found
                    continue
                inherited = _inherit(state, role, ends)
                if inherited is not None:
                    found = role.place(*inherited) or found
                    continue
                code = cues.title_countries.get(role.title.casefold())
                country = gz.by_code.get(code) if code else None
                if country is not None and _other_home(state, country.name, role.sentence):
                    country = None  # rule office_of_home: "MANILA - Defense Secretary A": the home's own
                elif country is not None and (acted := acts_for(state, role)) is not None and acted != country.name:
                    country = None  # rule acts_for_outranks: "Defense Secretary A signed for Manila": not the U.S. office
                found = (
                    role.place(country.name if country else None, "one-country-office")
                    or role.place(_namesake(state, p, role.sentence), "namesake-in-sentence")
                    or role.place(*_quoted(state, p, role))
                    or found
                )
        if not found:
            break


def _other_home(state: State, tied: str, sentence: int) -> bool:
    """Whether an article speaks from a country other than the one an office is tied to
    ("Defense Secretary": US) and the office's sentence does not name that one: the local
    press writes a bare office for its own government's member (see ``home.at_home``)."""
    return state.home is not None and state.home != tied and not any(c.sentence == sentence and c.name == tied for c in state.countries)


def _same_office(p, role: RoleAcc) -> str | None:
    """The country the person's same office has elsewhere in the article: one person holds an
    office for one country ("Indian Prime Minister A" ... "President B and Prime Minister A")."""
    key = office_key(role.title)
    for other in p.roles:
        if other is not role and other.affiliation and office_key(other.title) == key:
            return other.affiliation
    return None


def _own_affiliation(p) -> str | None:
    for role in p.roles:
        if role.affiliation:
            return role.affiliation
    return None


def _namesake(state: State, p, sentence: int) -> str | None:
    """The country of another person with p's surname named in the same sentence."""
    same: dict[str, list] | None = state.cache.get("same_surname")  # type: ignore[assignment]
    if same is None:  # only surnames: cheaper than _by_surname, which also files every form
        same = state.cache["same_surname"] = {}
        for person in state.persons:
            same.setdefault(person.surname.casefold(), []).append(person)
    for other in same.get(p.surname.casefold(), ()):
        if other is not p and any(s.sentence == sentence for s in other.spans):
            aff = _own_affiliation(other)
            if aff:
                return aff
    return None


def _by_surname(state: State) -> dict[str, list]:
    if "surnames" not in state.cache:
        found: dict[str, list] = {}
        for person in state.persons:
            found.setdefault(person.surname.casefold(), []).append(person)
            for form in (person.display, *person.forms):
                found.setdefault(form.casefold(), []).append(person)
        state.cache["surnames"] = found
    return state.cache["surnames"]  # type: ignore[return-value]


def _quoted(state: State, p, role: RoleAcc) -> tuple[str | None, str]:
    """The country of the speaker of the quote an office is named in (rule
    quote-speaker-country), or of the other side when the speaker names the person as their
    partner (rule quote-speaker-partner)."""
    start = state.doc.starts[role.title_i]
    quote = _quote_at(state, start)
    if quote is None or not quote.speaker:
        return None, ""
    for other in _by_surname(state).get(quote.speaker.casefold(), ()):
        if other is not p:
            own = _own_affiliation(other)
            if own is not None and speakers_partner(state, p, role):
                return other_side(state, role.sentence, own), "quote-speaker-partner"  # "Together with A, I signed"
            return own, "quote-speaker-country"
    return None, ""


def _quote_at(state: State, start: int):
    if "quote_starts" not in state.cache:
        ordered = sorted(state.quotes, key=lambda q: q.start)
        state.cache["quote_starts"] = ([q.start for q in ordered], ordered)
    starts, ordered = state.cache["quote_starts"]  # type: ignore[misc]
    k = bisect_right(starts, start) - 1
    if k >= 0 and ordered[k].start <= start < ordered[k].end:
        return ordered[k]
    return None
