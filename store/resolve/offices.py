"""A person's offices as one line each: stored roles grouped by office and country, whatever
spelling each article used ("Defence Minister", "Minister of Defense" -> one office with its
spellings). The actor view and reports read ``group_roles`` rather than one line per article.
An office that one article gives with its country and another without is that country's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from store.extract.office_forms import office_key
from store.records import StoredRole


@dataclass(slots=True)
class RoleGroup:
    """One office of one person for one country, with every spelling and its evidence."""

    key: str  # office_key of the office
    title: str  # the spelling articles use most (the first met on ties)
    affiliation: str | None  # actor id of the country or body
    spellings: list[str] = field(default_factory=list)  # every spelling, in order met
    roles: list[StoredRole] = field(default_factory=list)  # the evidence, article by article


def group_roles(roles: Iterable[StoredRole]) -> list[RoleGroup]:
    """The roles grouped by (office, affiliation), groups in the order first met."""
    groups: dict[tuple[str, str | None], RoleGroup] = {}
    counts: dict[tuple[str, str | None], dict[str, int]] = {}
    for role in roles:
        key = (office_key(role.title), role.affiliation)
        group = groups.get(key)
        if group is None:
            group = groups[key] = RoleGroup(key[0], role.title, role.affiliation)
            counts[key] = {}
        if role.title not in group.spellings:
            group.spellings.append(role.title)
        seen = counts[key]
        seen[role.title] = seen.get(role.title, 0) + 1
        group.roles.append(role)
    _carry_affiliation(groups, counts)
    for key, group in groups.items():
        seen = counts[key]
        group.title = max(group.spellings, key=seen.__getitem__)  # max keeps the first on ties
    return list(groups.values())


def _carry_affiliation(groups: dict[tuple[str, str | None], RoleGroup], counts: dict[tuple[str, str | None], dict[str, int]]) -> None:
    """Rule office_keeps_country: an office one article gives with its country and another
    with none ("US President A" in one, "President A" in the next) is one office of that
    country; not when articles give the office for two countries (then which is unknown)."""
    by_office: dict[str, list[tuple[str, str | None]]] = {}
    for key in groups:
        by_office.setdefault(key[0], []).append(key)
    for office, keys in by_office.items():
        bare = (office, None)
        placed = [k for k in keys if k[1] is not None]
        if bare not in groups or len(placed) != 1:
            continue
        lone, into = groups.pop(bare), groups[placed[0]]
        seen, lone_seen = counts[placed[0]], counts.pop(bare)
        for title in lone.spellings:
            if title not in into.spellings:
                into.spellings.append(title)
            seen[title] = seen.get(title, 0) + lone_seen[title]
        into.roles.extend(lone.roles)
