"""The lower-case words news puts between a country's adjective and a company's name
("Italian energy group Eni", "Russia's state nuclear company Rosatom", "Shell, the British
energy major,"): they describe the firm, so the firm, not its country, is the party."""

from __future__ import annotations

# Head nouns that say the name after them (or the name they follow) is a company.
FIRM_NOUNS = frozenset(
    "firm company group giant miner conglomerate operator contractor developer shipbuilder manufacturer "
    "producer major maker carrier supplier champion corporation multinational utility shipyard refiner".split()
)

# Lower-case nouns that say the capitalised name after them is a company ("shipbuilder PT PAL"),
# a party, an outlet or a firm's part ("its infrastructure arm X", "sovereign wealth fund X").
COMPANY_NOUNS_BEFORE = frozenset(
    "shipbuilder shipbuilders manufacturer maker carmaker planemaker company firm contractor conglomerate "
    "miner producer operator lender carrier developer supplier utility giant steelmaker automaker refiner airline insurer "
    "party website newspaper broadcaster subsidiary arm fund".split()
)
# Those nouns that are verbs too, and the words that make them one ("to fund X", "will arm X").
VERB_LIKE = frozenset({"fund", "arm"})
VERB_BEFORE = frozenset("to will would could can may might should must not and also".split())
# Lower-case nouns of a work a name before them qualifies ("the giant Zohr field"): no firm.
WORKS_AFTER = frozenset("field fields project plant mine mines refinery port terminal pipeline deal contract".split())
# Nouns ending an appositive that makes an acronym a body ("The FNSEA, France's largest farm union,").
BODY_NOUNS_APPOSED = frozenset(
    "union federation association agency party council organisation organization company firm group "
    "syndicate confederation institute".split()
)


def firm_words_end(words: list[str], low: list[str], x: int, n: int) -> int:
    """The token after a run of up to four lower-case words from ``x`` that ends in a firm
    noun ("energy group", "state nuclear company"), or 0 when the words there are no such run.
    (Rule: firm_description.)"""
    y = x
    while y < n and y - x < 4 and words[y].isalpha() and words[y].islower():
        if low[y] in FIRM_NOUNS:
            return y + 1
        y += 1
    return 0


# Who holds a firm, written before its noun or name ("state-run X", "state-owned aircraft maker X").
_HELD = frozenset({"run", "owned", "controlled", "backed", "held"})


def described_firm_end(words: list[str], low: list[str], x: int, n: int) -> int:
    """The token after a lower-case description of a firm from ``x`` that its name follows: a
    holder's qualifier ("state-run", "state-owned") with or without a firm noun after it, or up
    to four words ending in a noun that says a company follows ("aircraft maker", "shipyard");
    0 when there is none. (Rule: described_partner.)"""
    y = x
    if x + 2 < n and low[x] in ("state", "privately", "government") and words[x + 1] == "-" and low[x + 2] in _HELD:
        y = x + 3  # "state-run", "state-owned"
    e = y
    while e < n and e - y < 4 and words[e].isalpha() and words[e].islower():
        e += 1
        if low[e - 1] in COMPANY_NOUNS_BEFORE or low[e - 1] in FIRM_NOUNS:
            return e  # "aircraft maker X", "state-owned shipbuilder X"
    return y if y > x else 0
