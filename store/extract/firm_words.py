"""The lower-case words news puts between a country's adjective and a company's name
("Italian energy group Eni", "Russia's state nuclear company Rosatom", "Shell, the British
energy major,"): they describe the firm, so the firm, not its country, is the party."""

from __future__ import annotations

# Head nouns that say the name after them (or the name they follow) is a company.
FIRM_NOUNS = frozenset(
    "firm company group giant miner conglomerate operator contractor developer shipbuilder manufacturer "
    "producer major maker carrier supplier champion corporation multinational utility".split()
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
