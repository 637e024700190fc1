"""part_of_treaty: a named part of a treaty names the treaty too."""

from __future__ import annotations

from store.extract.part_of import parent_start
from store.extract.tokens import build_doc
from tests.extract_support import article, run


def _parent(text: str) -> str | None:
    d = build_doc(article(text))
    start = parent_start(d, 0, d.n - 1)
    return None if start is None else d.span_text(start, d.n - 1)


def test_parent_of_a_part() -> None:
    assert _parent("Annex B of the Loa River Treaty.") == "Loa River Treaty"
    assert _parent("Chapter IV of the Andes Water Convention.") == "Andes Water Convention"


def test_no_parent_without_a_part_noun() -> None:
    assert _parent("Treaty of the Loa River Basin.") is None
    assert _parent("Annex B of the treaty.") is None


def test_the_treaty_told_later_is_the_parent() -> None:
    ex = run(
        "Chile and Peru agreed to revise Annex B of the Loa River Treaty. The treaty was signed in "
        "May 1971 by the two countries.",
        published="2024-02-01",
    )
    by_name = {a.name: a for a in ex.agreements}
    assert by_name["Loa River Treaty"].year == 1971
    assert by_name["Loa River Treaty"].status == "signed"
    assert "Annex B of the Loa River Treaty" in by_name
