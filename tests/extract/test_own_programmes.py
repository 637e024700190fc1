"""Rule own_programme: one state's own programme others take part in, named alone, is no
agreement; a text it names before its noun still is."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str) -> list[str]:
    return sorted(g.name for g in run(text).agreements)


def test_the_programme_named_alone_is_no_agreement() -> None:
    for text in (
        "The port was billed as a flagship of China's Belt and Road Initiative.",
        "Laos said the railway was the showcase of the Belt and Road Initiative in Southeast Asia.",
        "Washington presented the corridor as its answer to the Belt and Road.",
        "Xi said the line would become a landmark project of the BRI.",
    ):
        assert _agreements(text) == [], text


def test_a_title_holding_the_programme_is_read_whole() -> None:
    names = _agreements("Nepal and China signed the Framework for Belt and Road Cooperation on Wednesday.")
    assert names == ["Framework for Belt and Road Cooperation"]


def test_a_text_the_programme_names_is_still_read() -> None:
    assert _agreements("Greece and China signed the BRI memorandum in Athens in 2018.") != []
