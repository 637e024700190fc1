"""Rule given-name across regions: given names of Africa, the Middle East, South, Central and
South-East Asia, the Pacific, the Caucasus, the Balkans, the Baltic and Latin America open a
person's name; their homonyms that are words, places or titles stay out of the list."""

from __future__ import annotations

import json

import pytest

from store.extract.given_name import GIVEN_FILE, given_first
from tests.extract_support import names, run


@pytest.mark.parametrize(
    "text, name",
    [
        ("The grain corridor was backed by Tesfaye Gebrekidan of the transport board.", "Tesfaye Gebrekidan"),
        ("A port concession went to Abdirizak Warfaa and two partners.", "Abdirizak Warfaa"),
        ("The ceasefire text was drafted with Gibril Osman Tahir in the room.", "Gibril Osman Tahir"),
        ("Fishing cooperatives led by Atieno Wekesa rejected the quota deal.", "Atieno Wekesa"),
        ("The loan was arranged for Babatunde Olaniyan last spring.", "Babatunde Olaniyan"),
        ("Cocoa buyers welcomed Akosua Boakye-Darko to the board.", "Akosua Boakye-Darko"),
        ("The mining code was reviewed by Souleymane Diakité before the vote.", "Souleymane Diakité"),
        ("Negotiators thanked Bouthaina Haddadin for hosting the round.", "Bouthaina Haddadin"),
        ("Water rights were raised by Younes Benchekroun at the forum.", "Younes Benchekroun"),
        ("The pipeline stake was sold to Kerem Aksoylu in June.", "Kerem Aksoylu"),
        ("A memo signed by Mehrdad Tavakkoli set out the terms.", "Mehrdad Tavakkoli"),
        ("Border trade was discussed with Rebwar Qadir in Erbil.", "Rebwar Qadir"),
        ("Aid convoys were cleared by Zabihullah Noorzai on Sunday.", "Zabihullah Noorzai"),
        ("The textile quota was challenged by Gurpreet Sandhu and others.", "Gurpreet Sandhu"),
        ("Delta embankment works were praised by Mizanur Chowdhury this week.", "Mizanur Chowdhury"),
        ("The debt swap was explained to reporters by Lasantha Wijeratne.", "Lasantha Wijeratne"),
        ("The hydropower pact was opposed by Sushila Adhikari in parliament.", "Sushila Adhikari"),
        ("Reef protection funds were received by Aminath Shareef last year.", "Aminath Shareef"),
        ("The nickel offtake was reviewed by Slamet Hidayat and the board.", "Slamet Hidayat"),
        ("The fisheries deal was criticised by Rogelio Dimaculangan in Manila.", "Rogelio Dimaculangan"),
        ("Rice export terms were set out by Sombat Kittiwong on Friday.", "Sombat Kittiwong"),
        ("A canal survey was led by Sopheap Chhim and two engineers.", "Sopheap Chhim"),
        ("The jetty was inspected by Tevita Fifita and Timoci Naivalu.", "Timoci Naivalu"),
        ("The rail corridor was promoted by Yerlan Sadykov at the summit.", "Yerlan Sadykov"),
        ("Transit fees were raised by Tornike Beridze in the talks.", "Tornike Beridze"),
        ("The energy link was welcomed by Nemanja Stojković and his deputy.", "Nemanja Stojković"),
        ("Grid synchronisation was hailed by Gediminas Vaitkus in Vilnius.", "Gediminas Vaitkus"),
        ("The soy deal was endorsed by Tarcísio Mendonça Ribeiro this month.", "Tarcísio Mendonça Ribeiro"),
        ("The lithium contract was questioned by Graciela Ordóñez Paredes.", "Graciela Ordóñez Paredes"),
        ("The shipyard was bought by Qiu Wenhao in a private sale.", "Qiu Wenhao"),
        ("The dam study was signed off by Keo Sothearith and his staff.", "Keo Sothearith"),
        ("The hydropower export deal was backed by Tshering Wangmo in Thimphu.", "Tshering Wangmo"),
        ("Palm oil permits were issued by Mohd Faizal Rosli last week.", "Mohd Faizal Rosli"),
    ],
)
def test_a_given_name_of_the_region_makes_a_person(text: str, name: str) -> None:
    assert name in names(run(text), "person")


@pytest.mark.parametrize(
    "text",
    [
        "Delegates flew from Riyadh Monday to attend the talks.",
        "Rebels held Ain Issa and the highway north of it.",
        "Pilgrims crowded Jericho Road before the truce began.",
        "Shares of Alpha Bank rose after the merger was approved.",
        "Traffic on Rama Nine Road stopped for the convoy.",
        "Inmates at Soledad Prison were moved before the hearing.",
    ],
)
def test_homonym_places_and_bodies_are_no_persons(text: str) -> None:
    assert names(run(text), "person") == set()


def test_words_places_and_titles_stay_left_out() -> None:
    data = json.loads(GIVEN_FILE.read_text(encoding="utf-8"))
    assert set(data["given_names"]).isdisjoint(data["left_out"])
    for word in ("Riyadh", "Jericho", "Haifa", "Tiran", "Hama", "Teuku", "Mullah", "Many", "Men", "Say", "Won", "Vital", "Nadir"):
        assert not given_first(word), word
    for word in ("Siti", "Muhammad", "Gurpreet", "Tornike", "Yerlan", "Sopheap", "Timoci", "Graciela"):
        assert given_first(word), word
