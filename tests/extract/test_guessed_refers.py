"""Rule guessed_refers_back: a definite bare mention that guessed the article's pair joins the
text of its kind that a later rule read before it."""

from __future__ import annotations

from tests.extract_support import run


def _story(other: str, noun: str, back: str) -> str:
    return (
        "Lake parliament approves defence deal with Ruritania\n\n"
        "Kenya's parliament on Wednesday approved a defence and economic framework agreement with Uganda, under which "
        "Kampala will help rebuild the Kenyan navy.\n\n"
        "The agreement, signed in Kampala on Feb. 8 by the two defence ministers, was earlier endorsed by the Kenyan cabinet.\n\n"
        f"The approval comes amid a dispute over {other}.\n\n"
        f"{back} the {noun} as a violation of its sovereignty."
    )


def test_the_bare_noun_is_the_text_told_before_it() -> None:
    for other, noun, back, pair in (
        ("a memorandum of understanding that Dodoma signed on Mar. 4 with the breakaway region of Somaliland", "memorandum", "Nairobi has described", {"Tanzania", "Somaliland"}),
        ("a memorandum that Dodoma signed in March with the breakaway region of Somaliland", "memorandum", "Nairobi called", {"Tanzania", "Somaliland"}),
        ("a protocol that Kigali signed on March 3 with the breakaway region of Somaliland", "protocol", "Nairobi has described", {"Rwanda", "Somaliland"}),
    ):
        found = run(_story(other, noun, back), published="2024-02-21").agreements
        assert len(found) == 2, other
        told = next(g for g in found if set(g.parties) == pair)
        assert noun in told.aliases and not any(n.startswith("Kenya-Uganda " + noun) for n in (g.name for g in found))
