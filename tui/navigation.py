"""Where the explorer is: a ``Location`` and the back/forward history of jumps between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

LocationKind = Literal[
    "article", "actor", "agreement", "matrix", "home", "suggestions", "corrections"
]
MAX_HISTORY = 200


@dataclass(frozen=True)
class Location:
    """An article (optionally at one sentence), an actor, an agreement, the matrix, or the
    main screen with no article open (home)."""

    kind: LocationKind
    id: str
    sentence: int | None = None
    party: str | None = None
    """An agreement opened at one party's line, its evidence shown (from the matrix)."""


HOME = Location("home", "")


@dataclass
class History:
    """Browser-style history: ``visit`` clears the forward stack; both stacks are bounded."""

    limit: int = MAX_HISTORY
    current: Location | None = None
    _back: list[Location] = field(default_factory=list)
    _forward: list[Location] = field(default_factory=list)

    @property
    def can_back(self) -> bool:
        return bool(self._back)

    @property
    def previous(self) -> Location | None:
        """Where ``back`` would go, without going."""
        return self._back[-1] if self._back else None

    @property
    def can_forward(self) -> bool:
        return bool(self._forward)

    def visit(self, location: Location) -> None:
        """Make ``location`` current; the old current goes on the back stack."""
        if location == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self.limit]
        self._forward.clear()
        self.current = location

    def back(self) -> Location | None:
        """Step back; returns the new current location, or ``None`` when there is none."""
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
            del self._forward[: -self.limit]
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Location | None:
        """Step forward again after ``back``; ``None`` when there is nothing ahead."""
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self.limit]
        self.current = self._forward.pop()
        return self.current

    def replace(self, location: Location) -> None:
        """Change the current location without recording a step (e.g. a new sentence mark)."""
        self.current = location
