"""A named agreement's record: found by name and party set, made when new, and each mention
added to it (shared by the rules that find names)."""

from __future__ import annotations

from store.extract.state import AgreementAcc, State
from store.records import Span


def find_acc(state: State, name: str, parties: list[str]) -> tuple[AgreementAcc | None, bool]:
    """The named agreement of this name and party set, and whether it holds those parties
    already (then none is added again)."""
    for acc in state.named_index.get(name.casefold(), ()):
        if not acc.unnamed:
            if len(parties) >= 2:
                mine = {p for p, _ in acc.parties}
                if len(mine) >= 2:
                    if set(parties) != mine:
                        continue
                    return acc, True
            return acc, False
    return None, False


def new_named(state: State, name: str, i: int, j: int, parties: list[str], family: str, *, known: bool = False) -> AgreementAcc:
    """The agreement of this name and these parties (a new one if none), with a mention at
    i:j; the parties come from the gazetteer (known) or the party list before the name."""
    acc, complete = find_acc(state, name, parties)
    if acc is None:
        acc = AgreementAcc(name=name, unnamed=False, family=family, known=known, first=i, core=name)
        state.agreements.append(acc)
        state.named_index.setdefault(name.casefold(), []).append(acc)
    if parties and not complete:
        sentence = state.doc.sent[i]
        have = {p for p, _ in acc.parties}  # a party already there is not added again
        for p in parties:
            if p not in have:
                acc.add_party(p, sentence, "gazetteer" if known else "name_prefix")
                have.add(p)
    mention(state, acc, i, j)
    return acc


def mention(state: State, acc: AgreementAcc, i: int, j: int, keyword: str | None = None) -> None:
    d = state.doc
    acc.spans.append(Span(d.sent[i], d.starts[i], d.ends[j - 1]))
    acc.mentions.append((i, j))
    if i < acc.first:
        acc.first = i
    state.blocked[i:j] = b"\x01" * (j - i)
    if keyword and keyword not in acc.keywords:
        acc.keywords.append(keyword)
