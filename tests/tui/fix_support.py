"""A small store for the correction tests: duplicate persons, an acronym and its organisation,
an agreement with parties, built through the real ``Store.add`` (no extraction rules)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.db.store import Store
from store.records import AgreementHit, Extraction, Fact, RoleHit
from tests.conftest import build_article as article
from tests.conftest import hit as actor
from tests.conftest import span_of as span

SENTENCES = [
    (
        "okafor.txt",
        "Okafor visits Lima",
        [
            "Chile and Peru signed the Pacific Fisheries Compact in 2022.",
            "Trade Minister Jon Okafor of Chile praised the compact.",
            "The North Atlantic Treaty Organization sent an observer.",
        ],
    ),
    (
        "talks.txt",
        "Compact talks go on",
        [
            "The Pacific Fisheries Compact binds Chile and Peru.",
            "Trade Minister Jonathan Okafor of Chile spoke in Lima.",
            "NATO officials watched the talks.",
        ],
    ),
    (
        "third.txt",
        "A third look at the compact",
        [
            "Peru ratified the Pacific Fisheries Compact.",
            "Jon Okafor called it historic.",
            "The Lima Fisheries Accord followed in 2024.",
        ],
    ),
]


def build_fix_store(path: Path) -> Path:
    """Three articles; ``Jon Okafor`` / ``Jonathan Okafor`` and ``NATO`` / its full name are
    stored apart, as extraction left them."""
    with Store.open(path, write=True) as store:
        for file, title, sentences in SENTENCES:
            art = article(sentences, file=file, title=title, published=f"2024-0{len(file) % 9 + 1}-01")
            actors = [
                actor(art, "country", "Chile", code="CL"),
                actor(art, "country", "Peru", code="PE"),
            ]
            for name in ("Jon Okafor", "Jonathan Okafor"):
                if name in art.text:
                    person = actor(art, "person", name)
                    if "Trade Minister" in art.text:
                        person.roles.append(RoleHit("Trade Minister", "Chile", 1))
                    actors.append(person)
            for name in ("North Atlantic Treaty Organization", "NATO"):
                if name in art.text:
                    actors.append(actor(art, "organization", name))
            compact = AgreementHit(
                name="Pacific Fisheries Compact",
                parties=["Chile", "Peru"] if "Chile" in art.text else ["Peru"],
                year=2022 if "2022" in art.text else None,
                status="signed" if "signed" in art.text else None,
                facts=[Fact("party", "Peru", 0)] + ([Fact("status", "signed", 0)] if "signed" in art.text else []),
                spans=[span(art, "Pacific Fisheries Compact")],
            )
            agreements = [compact]
            if "Lima Fisheries Accord" in art.text:
                agreements.append(AgreementHit(
                    name="Lima Fisheries Accord", parties=["Peru"], year=2024,
                    facts=[Fact("year", 2024, 3)], spans=[span(art, "Lima Fisheries Accord")],
                ))
            store.add(art, Extraction(article_id=art.id, actors=actors, agreements=agreements))
        store.commit()
    return path


async def settle(pilot: Any, rounds: int = 40) -> None:
    """Let a correction's write, the reload after it and the views' re-reads finish: wait
    until no worker but a dialog's conversation runs, then once more."""
    app = pilot.app
    idle = 0
    for _ in range(rounds):
        await pilot.pause(0.05)
        busy = [w for w in app.workers if not w.is_finished and w.group != "fix-flow"]
        idle = 0 if busy else idle + 1
        if idle >= 3:
            break


def actor_id(store: Any, name: str) -> str:
    return next(a.id for a in store.actors() if a.name == name)


def agreement_id(store: Any, name: str) -> str:
    return next(g.id for g in store.agreements() if g.name == name)
