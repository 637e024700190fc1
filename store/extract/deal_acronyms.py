"""An acronym a text defines in brackets after a described agreement ("a long-term sale and
purchase agreement (SPA) with Y") is that kind of text's short name in the article.

It is the agreement's short form, not the body the gazetteer knows by those letters (no press
agency in a gas release); written again with a partner of its own ("signed a 27-year SPA with
Z") it is another text of that kind, of the subject and that partner, and written alone ("the
SPA") the one it named. (Rule: defined_deal_acronym.)
"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS
from store.extract.lists import unnamed_name
from store.extract.parties import LINK_VERBS, actor_before
from store.extract.state import AgreementAcc, State
from store.records import Fact

# Words a description's initials skip ("sale and purchase agreement" is SPA).
_SKIPPED = frozenset({"and", "of", "on", "for", "the", "&"})


def find_deal_acronyms(state: State) -> None:
    """Read the acronyms defined after described agreements (see the module docstring)."""
    d = state.doc
    if "(" not in d.text:
        return  # the common case
    defined: dict[str, AgreementAcc] = {}
    for acc in list(state.agreements):
        if not acc.unnamed:
            continue
        for i, j in acc.mentions:
            acr = _defined_at(state, i, j)
            if acr is not None and acr not in defined:
                defined[acr] = acc
                if acr not in acc.keywords:
                    acc.keywords.append(acr)
                acc.spans.append(state.span(j + 1, j + 2, "defined_deal_acronym"))
    for acr, acc in defined.items():
        _drop_bodies(state, acr)
        for x in range(d.n):
            if d.words[x] == acr and not (x >= 1 and d.words[x - 1] == "(") and x > acc.first:
                _use(state, acc, acr, x)


def _defined_at(state: State, i: int, j: int) -> str | None:
    """The acronym in brackets right after the mention i:j whose letters are the initials of
    the mention's last words, else None."""
    d = state.doc
    if j + 2 >= d.n or d.words[j] != "(" or d.words[j + 2] != ")":
        return None
    acr = d.words[j + 1]
    if not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()):
        return None
    initials = [w[:1].upper() for w in d.low[i:j] if w not in _SKIPPED and w[:1].isalpha()]
    return acr if "".join(initials).endswith(acr) else None


def _drop_bodies(state: State, acr: str) -> None:
    """Forget an organisation the article names only by the acronym: the letters are the text's."""
    d = state.doc
    for name, org in list(state.orgs.items()):
        if org.spans and all(d.text[s.start : s.end] == acr for s in org.spans):
            del state.orgs[name]
            for k in [k for k, m in state.org_start.items() if m.name == name]:
                del state.org_start[k]
            for k in [k for k, v in state.org_end.items() if v == name]:
                del state.org_end[k]
            for x in range(d.n):
                if d.words[x] == acr:
                    state.blocked[x] = 0
            for acc in state.agreements:
                if name in acc.party_rules:
                    acc.parties = [(p, s) for p, s in acc.parties if p != name]
                    del acc.party_rules[name]
                    if acc.unnamed and acc.core:
                        acc.name = unnamed_name(state, [p for p, _ in acc.parties], acc.core)


def _use(state: State, acc: AgreementAcc, acr: str, x: int) -> None:
    """One later use of the acronym at token x: another text of that kind when a verb of signing
    and a partner of its own frame it, else a mention of the one it named."""
    d = state.doc
    low, sentence = d.low, d.sent[x]
    start = x
    while start - 1 > d.sent_first[sentence] and x - start < 4 and (low[start - 1][:1].isdigit() or low[start - 1].isalpha() and d.words[start - 1].islower() and low[start - 1] not in ("a", "an", "the")):
        start -= 1  # "a 27-year SPA": its modifiers
    while start - 1 > d.sent_first[sentence] and d.words[start - 1] == "-":
        start -= 2
    det = low[start - 1] if start >= 1 else ""
    partner = state.partner_at(x + 1)
    if det in ("a", "an") and partner is not None and start >= 2 and low[start - 2] in LINK_VERBS:
        subject = actor_before(state, start - 2)
        mine = {p for p, _ in acc.parties}
        if subject and subject != partner.name and {subject, partner.name} != mine:
            core = d.span_text(start, x + 1)
            new = AgreementAcc(name=unnamed_name(state, [subject, partner.name], core), unnamed=True, family=acc.family, first=start, core=core)
            new.families.add(acc.family)
            for p in (subject, partner.name):
                new.add_party(p, sentence, "defined_deal_acronym")
            new.spans.append(state.span(start, x + 1, "defined_deal_acronym"))
            new.mentions.append((start, x + 1))
            new.keywords.append(core)
            if (year := _fronted_year(state, sentence)) is not None:
                new.year = year  # "In November 2022, X signed a 27-year SPA with Z": signed then
                new.facts.append(Fact("year", year, sentence, "defined_deal_acronym"))
            state.blocked[start : x + 1] = b"\x01" * (x + 1 - start)
            state.agreements.append(new)
            _take_later(state, acc, new, x)
            return
    acc.mentions.append((x, x + 1))
    acc.spans.append(state.span(x, x + 1, "defined_deal_acronym"))
    state.blocked[x] = 1


def _fronted_year(state: State, sentence: int) -> int | None:
    """The year of an "In (Month) YYYY," opening the sentence, else None."""
    d = state.doc
    f = d.sent_first[sentence]
    low = d.low[f : f + 5]
    if not low or low[0] != "in":
        return None
    y = 2 if len(low) > 3 and low[1] in MONTHS else 1
    return int(low[y]) if len(low) > y + 1 and len(low[y]) == 4 and low[y].isdigit() and low[y + 1] == "," else None


def _take_later(state: State, told: AgreementAcc, new: AgreementAcc, x: int) -> None:
    """Mentions after token x in its sentence that went to the text told before describe the
    new one ("signed a 27-year SPA with Z ..., the longest supply deal"): they move to it."""
    sent = state.doc.sent
    moved = [(i, j) for i, j in told.mentions if sent[i] == sent[x] and i > x]
    if not moved or len(moved) == len(told.mentions):
        return
    told.mentions = [m for m in told.mentions if m not in moved]
    starts = {state.doc.starts[i] for i, _ in moved}
    texts = {state.doc.text[s.start : s.end] for s in told.spans if s.start in starts}
    new.keywords += [k for k in told.keywords if k in texts and k not in new.keywords]
    told.keywords = [k for k in told.keywords if k not in texts]
    new.spans += [s for s in told.spans if s.start in starts]
    told.spans = [s for s in told.spans if s.start not in starts]
    new.mentions += moved
