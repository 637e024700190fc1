"""A name written with its parties before it ("the EU-Chile Association Agreement") and the
same name without them ("an Association Agreement") in one article are one agreement; its
parties are those the prefix names. Bodies are known only after the named agreements are
read, so a prefix naming one ("EU-") is read here, once every actor is found."""

from __future__ import annotations

from store.extract.lists import hyphen_list
from store.extract.state import AgreementAcc, State


def _prefix(state: State, acc: AgreementAcc) -> tuple[list[str], str] | None:
    """The parties a named agreement's first mention opens with and the name after them."""
    d = state.doc
    for i, j in acc.mentions:
        x = i + (d.low[i] == "the")
        found = hyphen_list(state, x)
        if found is None or found[1] >= j - 1:
            continue
        parties, end = found
        end += d.words[end] in ("-", "\u2013")
        return parties, d.span_text(end, j)
    return None


def fold_record(into: AgreementAcc, acc: AgreementAcc) -> None:
    """Fold the record ``acc`` into ``into``: its name an alias, its mentions, words and facts."""
    for alias in (acc.name, *acc.aliases):
        if alias != into.name and alias not in into.aliases:
            into.aliases.append(alias)
    for k in acc.keywords:
        if k not in into.keywords:
            into.keywords.append(k)
    into.mentions += acc.mentions
    into.spans += acc.spans
    into.facts += acc.facts
    into.families |= acc.families
    into.first = min(into.first, acc.first)
    for p, sentence in acc.parties:
        into.add_party(p, sentence, acc.party_rules.get(p, ""))
    if into.status_hint is None and acc.status_hint is not None:
        into.status_hint, into.status_sentence, into.hint_rule = acc.status_hint, acc.status_sentence, acc.hint_rule
    if into.value_at < 0 and acc.value_at >= 0:
        into.value_at, into.value_rule = acc.value_at, acc.value_rule


def fold_prefixed_names(state: State) -> None:
    """Give a named agreement written after a party prefix its parties, and fold it into the
    record of the same name written bare, if the article has one. (Rule: prefixed_name.)"""
    named = [a for a in state.agreements if not a.unnamed and a.mentions and "-" in a.name]
    if not named:
        return  # the common case: no name with a hyphen
    by_name = {a.name.casefold(): a for a in state.agreements if not a.unnamed and a.mentions}
    for acc in named:
        found = _prefix(state, acc)
        if found is None:
            continue
        parties, rest = found
        bare = by_name.get(rest.casefold())
        if bare is None or bare is acc:
            if not acc.parties:
                sentence = state.doc.sent[acc.mentions[0][0]]
                for p in parties:
                    acc.add_party(p, sentence, "prefixed_name")
            continue
        if bare.parties and not set(parties) <= {p for p, _ in bare.parties}:
            continue  # "the EU-Chile Association Agreement" beside Mexico's: another text
        sentence = state.doc.sent[acc.mentions[0][0]]
        for p in parties:
            acc.add_party(p, sentence, "prefixed_name")
        fold_record(bare, acc)
        state.agreements.remove(acc)
