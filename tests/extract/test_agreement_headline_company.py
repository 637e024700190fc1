"""Rule headline_company: a headline pairing a company with a country no story deal has
("China-Sinopec gas deal") tells the story's one deal of that company; a company's deal with a
country the story also gives a deal stays its own."""

from __future__ import annotations

from store.extract import extract
from tests.extract_support import article, gazetteer


def _run(body: str, title_line: str):
    text = body + "\n\n" + title_line
    a = article(text, headings=(len(text.split("\n\n")) - 1,))
    return extract(a, gazetteer())


def test_a_headline_company_and_home_country_fold_into_the_story_deal() -> None:
    x = _run("Oman and Sinopec have agreed a long-term gas supply deal, the company said.", "China-Sinopec gas deal shows appetite for supply")
    assert [sorted(g.parties) for g in x.agreements] == [["Oman", "Sinopec"]]


def test_a_headline_country_with_a_deal_of_its_own_stays_apart() -> None:
    x = _run(
        "Oman and Sinopec have agreed a gas supply deal. China and Oman signed a security pact in March.",
        "China-Sinopec gas deal shows appetite for supply",
    )
    assert ["China", "Sinopec"] in [sorted(g.parties) for g in x.agreements]


def test_the_agreement_said_unsigned_past_an_aside() -> None:
    x = _run("Oman and Sinopec have agreed a gas supply deal. The deal, announced in Muscat, has not yet been signed.", "Oman gas")
    assert [g.status for g in x.agreements] == ["announced"]
