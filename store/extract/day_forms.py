"""A day of the month as news writes it: "10", and the ordinal "10th", "1st", "22nd", "3rd"
("signed on 10th March 2024", "on March 3rd, 2021"), so a date with an ordinal day is read
like one with a bare number. (Rule: ordinal_day.)"""

from __future__ import annotations

# The suffixes of an ordinal day.
_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def is_day(w: str) -> bool:
    """Whether the token ``w`` is a day of the month: one or two digits, with or without an
    ordinal suffix ("10th", "1st")."""
    if w.isdigit():
        return len(w) <= 2
    return 3 <= len(w) <= 4 and w[:-2].isdigit() and w[-2:].lower() in _SUFFIXES and 1 <= int(w[:-2]) <= 31
