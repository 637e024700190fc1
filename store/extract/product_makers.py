"""Rule product_maker: goods known by their designation ("Rafale", "Gripen", "F-16") are made in
one country (`product_makers` in `cues.json`), so a purchase of them whose seller the text does
not name is a deal with that country; and "24 of the jets" is a number of the goods the story
named before ("Rafale fighter jets"), called by that designation."""

from __future__ import annotations

from store.extract.state import State


def maker_of(state: State, words: list[str]) -> str | None:
    """The country that makes goods any of whose words is a known designation, else None."""
    table: dict[str, str] | None = state.cues.derived.get("product_makers")  # type: ignore[assignment]
    if table is None:
        raw = (state.gz.cues or {}).get("product_makers") or {}
        table = state.cues.derived["product_makers"] = {str(k).casefold(): str(v) for k, v in raw.items()}
    for w in words:
        country = table.get(w.casefold())
        if country is not None:
            return country
    return None


def told_goods(state: State, noun: int, before: int) -> str | None:
    """The designation of the goods "of the <noun>" points back to: the capitalised words right
    before the same noun told earlier in the text ("30 additional Rafale fighter jets" for "24 of
    the jets"), the latest one, past lower-case modifiers ("fighter"); None if none was told."""
    d = state.doc
    low, words = d.low, d.words
    noun_word = low[noun]
    for x in range(before - 1, 0, -1):
        if low[x] != noun_word:
            continue
        y = x - 1
        while y > 0 and x - y <= 3 and words[y].isalpha() and words[y].islower():
            y -= 1  # "Rafale fighter jets": past "fighter"
        end = y + 1
        while y >= 0 and end - y <= 3 and words[y][:1].isupper() and not state.country_start.get(y):
            y -= 1
        if y + 1 < end:
            return " ".join(words[y + 1 : end])
    return None
