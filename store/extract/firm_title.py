"""A company's office written between the firm's name and the holder's ("Dassault chief
executive A", "IAI chief executive B"): an analyst writes it "chief executive of <firm>", the
firm under the name the article gives it in full ("Dassault Aviation", "Israel Aerospace
Industries"). The offices are `firm_offices` in `cues.json`. (Rule: firm_title.)"""

from __future__ import annotations

from store.extract.firm_short import company_ending
from store.extract.state import State

# Head words of a public body's name ("Sri Lanka Ports Authority"): a state body, whose office
# news keeps in front ("SLPA chairman"), not a firm's.
_PUBLIC_HEADS = frozenset("authority ministry department agency commission council office board bureau service forces command committee".split())


def name_firm_offices(state: State) -> None:
    """Rewrite each "<Firm> <office>" role as "<office> of <Firm>" where the office is a
    company's and the words before it name a firm of the article; an office with no
    affiliation yet takes the firm (its home country comes after, `officer_home.py`)."""
    offices = state.cues.firm_offices
    if not offices or not state.persons:
        return
    for p in state.persons:
        for role in p.roles:
            words = role.title.split()
            if len(words) < 2 or not words[0][:1].isupper() or not words[-1].islower():
                continue  # cheap test first: a capitalised firm before a lower-case office
            cut = next((k for k in range(1, len(words)) if " ".join(words[k:]).casefold() in offices and words[k].islower()), None)
            if cut is None:
                continue
            firm = _firm(state, role.title_i, " ".join(words[:cut]))
            if firm is not None:
                role.title = f"{' '.join(words[cut:])} of {firm}"
                if role.affiliation is None:
                    role.place(firm, "firm-title")  # the firm's home country, once officer_home reads it


def _firm(state: State, ti: int, written: str) -> str | None:
    """The firm the words at the office's start name: the organisation found there (its name in
    full, "IAI" being "Israel Aerospace Industries"), else the one firm of the article whose
    name opens with that one word ("NewMed" for "NewMed Energy"); None for a body that is no firm."""
    count = len(written.split())
    name = state.org_end.get(ti + count)
    if name is None and count == 1:
        opening = {x for x in state.org_end.values() if x.startswith(written + " ")}
        name = next(iter(opening)) if len(opening) == 1 else None
    if name is None:
        return None
    org = state.gz.organizations.get(name)
    if org is not None:
        return name if org.type == "company" else None
    if _PUBLIC_HEADS & set(name.casefold().split()):
        return None
    # a body the gazetteer does not know is a firm by its name's ending ("NewMed Energy"), not
    # a movement or a front ("MNLF founder A": the office stays as written)
    return name if company_ending(name.split(), state.gz.company_suffixes) else None
