"""Gazetteer forms in an article's tokens: the longest form first, left to right, no overlaps.

Only a capitalised token some form starts with can open a match (picked in C from the doc's
capitalised tokens). A form of several tokens is tried only as far as the folded text still
starts some key; a form of one token is one dictionary probe. What the scan needs beyond the
compiled index is derived once per gazetteer (``ScanTables``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from store.extract.gazetteer import TOKEN, Gazetteer, norm_form
from store.extract.tokens import CONNECTORS, Doc, Match

# Lower-case words a multi-word name may hold besides connectors ("Bank for International Settlements").
_LOWER_IN_NAMES = frozenset({"and", "the", "in", "at", "to", "of", "for", "on", "&"})
# Curly quotes norm_form straightens (each is a token of its own).
_QUOTES = frozenset("\u2018\u2019")


@dataclass(frozen=True, slots=True)
class ScanTables:
    """What the scan reads per first word, derived once from a gazetteer's index."""

    # first word (lower case) -> (token counts of its forms of two tokens or more, longest
    # first; whether a form of one token starts with it)
    plans: dict[str, tuple[tuple[int, ...], bool]]
    # first word -> the token counts an office title starting with it may have
    title_lengths: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, gz: Gazetteer) -> ScanTables:
        plans = {w: (tuple(x for x in lens if x > 1), 1 in lens) for w, lens in gz.lengths.items()}
        return cls(plans, _title_lengths(gz))


def _title_lengths(gz: Gazetteer) -> dict[str, tuple[int, ...]]:
    """The lengths of ``gz.lengths`` a title key can have: a text span folds to a title key
    only with that key's tokens, first word and count. Text folding to a key outside Latin-1
    may be tokenised otherwise ("\u0130" folds to "i" and a combining dot): then every length
    is kept, as the plain scan does."""
    if any(max(key, default="\0") > "\xff" for key in gz.title_keys):
        return dict(gz.lengths)
    heads = {(toks[0], len(toks)) for toks in map(TOKEN.findall, gz.title_keys) if toks}
    found = {w: tuple(x for x in lens if (w.casefold(), x) in heads) for w, lens in gz.lengths.items()}
    return {w: lens for w, lens in found.items() if lens}


def scan_tables(gz: Gazetteer) -> ScanTables:
    """The gazetteer's scan tables (built on first use, dropped when it compiles again)."""
    tables = gz.derived.get("scan_tables")
    if tables is None:
        tables = gz.derived["scan_tables"] = ScanTables.of(gz)
    return tables


def scan_gazetteer(doc: Doc, gz: Gazetteer) -> None:
    """Find gazetteer forms, longest first, left to right (no overlaps)."""
    words, low, fold, reach, sent, n = doc.words, doc.low, doc.fold, doc.reach, doc.sent, doc.n
    text, starts, ends = doc.text, doc.starts, doc.ends
    exact, folded, prefixes = gz.exact, gz.folded, gz.prefixes
    tables = scan_tables(gz)
    plans = tables.plans
    matches, match_at = doc.matches, doc.match_at
    after = 0  # the first token a new match may start at
    caps = doc.caps
    # only capitalised tokens some form starts with (picked in C): the others never match
    for i in compress(caps, map(plans.__contains__, map(low.__getitem__, caps))):
        if i < after:
            continue
        multi, single = plans[low[i]]
        if multi:
            # how far a form can reach: same sentence, clean gaps, and the folded text so far (as
            # norm_form would write it) still the start of some key
            top = i + multi[0]
            if top > n:
                top = n
            si = sent[i]
            head = fold[i]
            k = i + 1
            while k < top and reach[k] and sent[k] == si:
                piece = fold[k]
                if piece in _QUOTES:
                    piece = "'"
                head = head + piece if starts[k] == ends[k - 1] else f"{head} {piece}"
                if head not in prefixes:
                    break
                k += 1
            run = k - i
            if run > 1:
                for length in multi:
                    if length > run:
                        continue
                    j = i + length
                    raw = text[starts[i] : ends[j - 1]]
                    form = raw if ("\u2019" not in raw and "  " not in raw) else norm_form(raw)
                    entries = [*exact.get(form, ()), *folded.get(form.casefold(), ())]
                    if entries and _kept(doc, gz, tables, form, i, j, entries):
                        found = Match(i, j, starts[i], ends[j - 1], raw, entries)
                        matches.append(found)
                        match_at[i] = found
                        after = j
                        break
                if after > i:
                    continue
        if single:
            # one capitalised token: its own text, never a quote or a gap to normalise
            form = words[i]
            entries = [*exact.get(form, ()), *folded.get(fold[i], ())]
            if entries:
                found = Match(i, i + 1, starts[i], ends[i], form, entries)
                matches.append(found)
                match_at[i] = found
                after = i + 1


def _kept(doc: Doc, gz: Gazetteer, tables: ScanTables, form: str, i: int, j: int, entries: list) -> bool:
    """Whether a form of several tokens found at [i, j) stands as a match."""
    if form not in gz.exact and form not in gz.written and not _capitalised(doc, i, j):
        # "The diplomat said": a case-insensitive name needs its capitals; an office keeps its
        # capitalised head ("Secretary of state" is the office)
        return all(e.kind == "title" for e in entries)
    # "US Treasury Secretary X": the country, then the office "Treasury Secretary"
    return not (j < doc.n and entries[0].kind == "organization" and _title_overlaps(doc, gz, tables, i, j, entries))


def _title_overlaps(doc: Doc, gz: Gazetteer, tables: ScanTables, i: int, j: int, entries: list) -> bool:
    """Whether an office title starting at an organisation's first or last token runs past
    its end j ("Foreign Ministry spokesman", "US Treasury Secretary")."""
    if any(e.kind != "organization" for e in entries):
        return False
    low, sent = doc.low, doc.sent
    title_lengths = tables.title_lengths
    for k in (i, j - 1):
        for length in title_lengths.get(low[k], ()):
            end = k + length
            if end > j and end <= doc.n and sent[end - 1] == sent[k]:
                if norm_form(doc.span_text(k, end)).casefold() in gz.title_keys:
                    return True  # titles are never case-sensitive forms: only the folded index has them
    return False


def _capitalised(doc: Doc, i: int, j: int) -> bool:
    """Every word of tokens [i, j) capitalised, connectors and punctuation aside."""
    words = doc.words
    for k in range(i, j):
        w = words[k]
        if w[0].isalpha() and not w[0].isupper() and w not in CONNECTORS and w not in _LOWER_IN_NAMES:
            if k > i and words[k - 1] in ("-", "\u2013") and doc.starts[k] == doc.ends[k - 1]:
                continue  # "Co-operation"
            return False
    return True
