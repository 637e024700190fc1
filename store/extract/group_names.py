"""Rule group_is_firm: a firm named both with and without a group word ("Qatar Airways" and
"Qatar Airways Group", "Halden" and "Halden Holdings") is one organisation: the longer form
is another name of the shorter one, which stays its name."""

from __future__ import annotations

from store.extract.state import State

# Words that name a firm's whole group or legal form after its own name.
GROUP_WORDS = frozenset({"Group", "Holdings", "Holding", "Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd", "Ltd.", "Limited", "plc", "PLC"})


def fold_group_names(state: State) -> None:
    """Fold "<X> Group" into "<X>" when the article names both as organisations."""
    orgs = state.orgs
    if len(orgs) < 2:
        return
    for name in [n for n in orgs if n.rpartition(" ")[2] in GROUP_WORDS]:  # few names end so
        stem = name.rpartition(" ")[0]
        short = orgs.get(stem)
        if short is None or short is orgs[name]:
            continue
        long = orgs.pop(name)
        for form in (long.name, *long.aliases):
            if form != short.name and form not in short.aliases:
                short.aliases.append(form)
        short.spans.extend(long.spans)
        short.first = min(short.first, long.first)
        for table in (state.org_start, state.org_end):
            for k, v in table.items():
                if isinstance(v, str):
                    if v == name:
                        table[k] = stem  # type: ignore[assignment]
                elif v.name == name:
                    v.name = stem
