"""Rule short_name: a name going on past its head noun ("the Tarn Valley Agreement on Water
Sharing") written later or earlier without its tail ("the Tarn Valley Agreement") is one
agreement, under the longer name, the short form an alias. So is the place or word a name's
"of" gives, put before its head noun ("the Joint Declaration of Argyle for Dialogue and Peace"
... "the Argyle Declaration", "the Treaty of Lima" ... "the Lima Treaty"), rule inverted_name."""

from __future__ import annotations

from store.extract.prefixed_named import fold_record
from store.extract.state import AgreementAcc, State

# Words after a head noun that open a name's tail ("Agreement on ...", "Treaty of ...").
_TAIL_LINKS = frozenset({"on", "of", "for", "between", "concerning"})


def _short_form(name: str, heads: frozenset[str]) -> str | None:
    """The name cut after its head noun when a tail follows it, two words at least before the
    cut, each capitalised ("Tarn Valley Agreement"); None otherwise."""
    words = name.split()
    for k in range(1, len(words) - 1):
        if words[k].casefold() in heads and words[k + 1] in _TAIL_LINKS:
            before = words[: k + 1]
            if all(w[:1].isupper() for w in before):
                return " ".join(before)
            return None
    return None


def _inverted_form(name: str, heads: frozenset[str]) -> str | None:
    """The capitalised words after the head noun's "of" put before the head ("Declaration of
    Argyle for ..." -> "Argyle Declaration"); None when no such words follow it."""
    words = name.split()
    for k in range(len(words) - 2):
        if words[k].casefold() in heads and words[k + 1] == "of":
            after = []
            for w in words[k + 2 : k + 5]:
                if not w[:1].isupper():
                    break
                after.append(w)
            return " ".join([*after, words[k]]) if after else None
    return None


def fold_short_names(state: State) -> None:
    """Fold a named record whose name is another's short form into that other record."""
    heads = state.gz.agreement_heads
    named = [a for a in state.agreements if not a.unnamed and a.mentions]
    if len(named) < 2:
        return  # the common case: one name at most
    by_name: dict[str, AgreementAcc] = {a.name.casefold(): a for a in named}
    gone: set[int] = set()
    for acc in named:
        if " " not in acc.name or id(acc) in gone:
            continue
        short = _short_form(acc.name, heads)
        bare = by_name.get(short.casefold()) if short else None
        if bare is None and (inverted := _inverted_form(acc.name, heads)):
            bare = by_name.get(inverted.casefold())
        if bare is None or bare is acc or id(bare) in gone:
            continue
        mine, theirs = {p for p, _ in acc.parties}, {p for p, _ in bare.parties}
        if mine and theirs and not theirs <= mine:
            continue  # the same short name of other sides: another text
        fold_record(acc, bare)
        gone.add(id(bare))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
