"""Support for the entity-screen tests: a small hand-built store with hostile text, and a host app.

The store is written through the real `Store.add`/`commit` from hand-made articles and
extractions (built with conftest's `build_article` and `hit`; no extraction rules involved),
so the screens are tested on real records.
`HostApp` stands in for the explorer shell: it has `store`, `search_index`, `go`, `back`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, TypeVar

from textual.app import App
from textual.screen import Screen

from store.db.store import Store
from store.records import AgreementHit, Extraction, Fact, QuoteHit, RoleHit
from tests.conftest import build_article as article
from tests.conftest import hit as actor
from tests.conftest import span_of as span
from tui.navigation import Location

HOSTILE_NAME = "[bold]Evil[/bold] \x1b[31mRed\x1b[0m Minister"
HOSTILE_NAME_SHOWN = "[bold]Evil[/bold] Red Minister"


def build_store(path: Path) -> Path:
    """Two articles about a Japan–Australia pact, with hostile text in a name and a quote."""
    first = article(
        [
            "Japan and Australia signed the Reciprocal Access Agreement in 2023.",
            f"{HOSTILE_NAME} said \u201c[red]we are \x1b[2Jready[/red]\u201d on Monday.",
            "The pact [bold]is\x1b[5m worth A$10 billion.",
        ],
        file="a.txt",
        title="Pact [italic]signed\x1b]0;pwned\x07",
        published="2024-03-01",
    )
    second = article(
        [
            "The Reciprocal Access Agreement entered into force with Japan and Australia.",
            f"{HOSTILE_NAME} welcomed it.",
        ],
        file="b.txt",
        title="Pact in force",
        published="2024-08-15",
    )
    with Store.open(path, write=True) as store:
        for art, status, sentence, extra_facts in (
            (first, "signed", 0, [Fact("year", 2023, 0), Fact("value", "A$10 billion", 2)]),
            (second, "in_force", 0, []),
        ):
            evil = actor(art, "person", HOSTILE_NAME)
            evil.roles.append(RoleHit("Defence Minister", "Japan", 1))
            raa = AgreementHit(
                name="Reciprocal Access Agreement",
                aliases=["RAA"],
                parties=["Japan", "Australia"],
                year=2023 if art is first else None,
                status=status,
                value="A$10 billion" if art is first else None,
                amount=1e10 if art is first else None,
                currency="AUD" if art is first else None,
                facts=[
                    Fact("status", status, sentence),
                    Fact("party", "Japan", 0),
                    Fact("party", "Australia", 0),
                    *extra_facts,
                ],
                spans=[span(art, "Reciprocal Access Agreement")],
            )
            quotes = []
            if art is first:
                start = art.text.index("\u201c")
                end = art.text.index("\u201d") + 1
                quotes.append(QuoteHit(HOSTILE_NAME, 1, start, end))
            ext = Extraction(
                article_id=art.id,
                actors=[
                    actor(art, "country", "Japan", code="JP"),
                    actor(art, "country", "Australia", code="AU"),
                    evil,
                ],
                agreements=[raa],
                quotes=quotes,
            )
            store.add(art, ext)
        store.commit()
    return path


class HostApp(App[None]):
    """A stand-in explorer: records `go` calls and shows the first screen it is given."""

    def __init__(self, store: Store, first: Screen[Any] | None = None) -> None:
        super().__init__()
        self.store = store
        self.search_index: Any = None
        self.store_lock = threading.RLock()
        self.visited: list[Location] = []
        self.backs = 0
        self._first = first

    def on_mount(self) -> None:
        if self._first is not None:
            self.push_screen(self._first)

    def go(self, location: Location) -> None:
        self.visited.append(location)

    def back(self) -> None:
        self.backs += 1

    def leave_view(self) -> None:
        self.backs += 1


def screen_text(app: App[Any]) -> str:
    """What the terminal shows, as plain lines."""
    return "\n".join(strip.text.rstrip() for strip in app.screen._compositor.render_strips())


ViewT = TypeVar("ViewT", bound=Screen)


async def open_view(pilot: Any, kind: str, entity_id: str, view: type[ViewT]) -> ViewT:
    """Jump to an entity view once the store has loaded, and return the screen it opened."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    pilot.app.go(Location(kind, entity_id))  # type: ignore[arg-type]
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()  # sections read from bodies (quotes)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, view)
    return screen


def section_prompts(screen: Screen, selector: str) -> list[str]:
    """The lines of one section list of a view, as plain text."""
    return [str(o.prompt) for o in screen.query_one(selector).options]


DISPUTED_ID = "g-harbour-security-pact"


def build_disputed_store(path: Path) -> Path:
    """Five articles on one pact that disagree: two years, two values, two party lists (Peru
    joining in between, so all are one record), and a later article calling it still under
    negotiation; one undated article only mentions it. A title and a sentence carry markup
    and escape sequences; the year facts name the rule that read them."""
    said = [
        (
            "2024-02-01",
            "Pact [b]signed\x1b[31m",
            [
                "Norway and Chile signed the Harbour Security Pact in 2021.",
                "The Harbour Security Pact is worth $2 billion over ten years.",
            ],
            [("status", "signed", 0), ("year", 2021, 0), ("value", "$2 billion", 1)],
            ["Norway", "Chile"],
        ),
        (
            "2024-04-10",
            "Peru joins",
            ["Peru joined Norway and Chile in the Harbour Security Pact."],
            [],
            ["Norway", "Chile", "Peru"],
        ),
        (
            "2024-06-20",
            "Pact revisited",
            [
                "The Harbour Security Pact, signed by Norway and Peru in 2022, is under review.",
                "Officials valued the Harbour Security Pact at $2.5 billion [red]today\x1b[2J.",
            ],
            [("year", 2022, 0), ("value", "$2.5 billion", 1)],
            ["Norway", "Peru"],
        ),
        (
            "2024-09-05",
            "Talks go on",
            ["Negotiators from Norway and Chile are still working on the Harbour Security Pact."],
            [("status", "under_negotiation", 0)],
            ["Norway", "Chile"],
        ),
        (None, "Harbour notes", ["Shipping analysts mentioned the Harbour Security Pact."], [], []),
    ]
    with Store.open(path, write=True) as store:
        for n, (published, title, sentences, facts, parties) in enumerate(said):
            art = article(sentences, file=f"h{n}.txt", title=title, published=published)
            fields = {field: value for field, value, _ in facts}
            value = fields.get("value")
            pact = AgreementHit(
                name="Harbour Security Pact",
                parties=parties,
                year=fields.get("year"),
                status=fields.get("status"),
                value=value,
                amount=float(value[1:].removesuffix(" billion")) * 1e9 if value else None,
                currency="USD" if value else None,
                facts=[
                    *(
                        Fact(
                            field,
                            value,
                            sentence,
                            rule="year-after-verb" if field == "year" else "",
                        )
                        for field, value, sentence in facts
                    ),
                    *(Fact("party", name, 0) for name in parties),
                ],
                spans=[span(art, "Harbour Security Pact")],
            )
            countries = [actor(art, "country", name) for name in parties]
            store.add(art, Extraction(article_id=art.id, actors=countries, agreements=[pact]))
        store.commit()
    return path
