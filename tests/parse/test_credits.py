"""Photo credits by shape: cut off a caption's end, dropped alone, never cut out of prose."""

from __future__ import annotations

import pytest

from store.parse.credits import is_credit, split_credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a label and a source
        ("Leaders at the summit in Kigali. Picture: Jean Bosco/RBA Wire", "Leaders at the summit in Kigali.", "Picture: Jean Bosco/RBA Wire"),
        ("The envoy in Quito. Photo by Ana Vera for El Diario", "The envoy in Quito.", "Photo by Ana Vera for El Diario"),
        ("Troops on parade. (Image: MINISTRY OF DEFENCE/via AFP)", "Troops on parade.", "(Image: MINISTRY OF DEFENCE/via AFP)"),
        ("Delegates in Apia. (Credit : SIONE TUI / AFP)", "Delegates in Apia.", "(Credit : SIONE TUI / AFP)"),
        ("The signing in Manila. Photo courtesy of the Palace Press Office.", "The signing in Manila.", "Photo courtesy of the Palace Press Office."),
        ("Rescue crews at work. Photo via Facebook/@CivilDefenceLB", "Rescue crews at work.", "Photo via Facebook/@CivilDefenceLB"),
        # a name and an agency joined by a slash, in brackets
        ("Ships in the Strait of Hormuz (Reza Karimi/WANA Photo)", "Ships in the Strait of Hormuz", "(Reza Karimi/WANA Photo)"),
        ("The minister arrives in Lusaka (Mwila Banda/ZNBC)", "The minister arrives in Lusaka", "(Mwila Banda/ZNBC)"),
        # an outlet's picture tag
        ("The ministers at the border post. (Antara pic)", "The ministers at the border post.", "(Antara pic)"),
        # agencies and a photographer in capitals
        ("The president in Brasília. EFE/ANDRE BORGES / POOL", "The president in Brasília.", "EFE/ANDRE BORGES / POOL"),
    ],
)
def test_split_credit(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The jets replace its F-16/F-35 mix by 2030.",
        "The deal covers 24 aircraft (Block 15/MLU).",
        "He met officials of the agency in Geneva (UN/OCHA).",
        "Photo: the minister signs the accord in Nairobi as delegates from both countries look on and applaud.",
        "Officials said the ratio was 3/4 of the quota.",
        "Prices rose 5% in Ghana and Togo (GH/TG).",
    ],
)
def test_prose_keeps_its_words(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize("line", ["Photo: Reuters", "(Xinhua photo)", "(Lina Haddad/AP)", "Picture: Kim Min-su/Yonhap"])
def test_is_credit(line: str) -> None:
    assert is_credit(line)


def test_an_agency_in_capitals_then_the_photographer() -> None:
    line = "Ministers at the signing in Dakar. REUTERS/Awa Ndiaye"
    assert split_credit(line) == ("Ministers at the signing in Dakar.", "REUTERS/Awa Ndiaye")
    assert split_credit("Leaders met in Lomé. AFP/Getty Images") == ("Leaders met in Lomé.", "AFP/Getty Images")
    assert split_credit("Sales of the F-16/F-35 rose. EU/UK talks") is None
