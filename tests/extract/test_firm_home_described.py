"""An officer of a firm serves the firm's country when the text gives it: after describing
words before the demonym ("CEO of the state-owned Ghanaian utility X") or in an apposition
after the firm's name, past its short form ("X (XY), the grid operator of Togo,")."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer


def _role(story: str, name: str) -> tuple[str, str | None]:
    ex = extract(parse_article(story, "story.txt"), gazetteer())
    p = actor(ex, name, "person")
    assert p is not None and p.roles, [a.name for a in ex.actors]
    return p.roles[0].title, p.roles[0].affiliation


def test_describing_words_before_the_demonym() -> None:
    story = "Ghana signs a power deal\n\nACCRA, March 3 (GNA) - It was signed by Kofi Mensah, CEO of the state-owned Ghanaian utility Volta Power, on Friday.\n"
    assert _role(story, "Kofi Mensah") == ("CEO of Volta Power", "Ghana")


def test_an_apposition_after_the_firm() -> None:
    story = (
        "Ghana signs a power deal\n\n"
        "ACCRA, March 3 (GNA) - Tema Power Holdings (TPH), the grid operator of Togo, will build the line.\n\n"
        "The deal was signed by Ama Owusu, CEO of TPH, on Friday.\n"
    )
    assert _role(story, "Ama Owusu") == ("CEO of TPH", "Togo")


def test_a_possessive_apposition_after_the_firm() -> None:
    story = (
        "Ghana signs a power deal\n\n"
        "ACCRA, March 3 (GNA) - Tema Power Holdings, Togo's grid operator, will build the line.\n\n"
        "The deal was signed by Ama Owusu, CEO of Tema Power Holdings, on Friday.\n"
    )
    assert _role(story, "Ama Owusu") == ("CEO of Tema Power Holdings", "Togo")
