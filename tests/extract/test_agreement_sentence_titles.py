"""Rule sentence_title: a capitalised agreement head inside its sentence, followed by a link
word and words in lower case, names a text up to the clause's end; a back-reference or a count
after the link names none."""

from __future__ import annotations

from tests.extract_support import run

_LEDE = "The presidents of Mongolia and Kazakhstan held talks in Astana on Thursday.\n\n"


def _names(text: str) -> list[str]:
    return [g.name for g in run(_LEDE + text, published="2023-05-04").agreements]


def test_a_title_in_sentence_case_runs_to_the_comma() -> None:
    names = _names("The leaders also signed the Agreement on the joint use of cross-border pastures, ending a long dispute.")
    assert names == ["Agreement on the joint use of cross-border pastures"]


def test_a_title_ends_before_its_date() -> None:
    names = _names("Both governments backed the Roadmap for trade cooperation between Mongolia and Kazakhstan in March 2023.")
    assert names == ["Roadmap for trade cooperation between Mongolia and Kazakhstan"]


def test_a_title_ends_before_a_finite_verb() -> None:
    names = _names("Officials said the Protocol on the exchange of seismic data was drafted last year.")
    assert names == ["Protocol on the exchange of seismic data"]


def test_a_head_after_its_verb_ends_before_the_relative() -> None:
    names = _names("They welcomed the Convention on the protection of migratory birds that both ratified.")
    assert names == ["Convention on the protection of migratory birds"]


def test_a_back_reference_or_a_count_names_no_text() -> None:
    assert _names("They recalled the Treaty of the two countries and the Agreement for three years.") == []


def test_listed_lines_each_name_a_signed_text() -> None:
    text = (
        "The following documents were also signed:\n\n"
        "– Agreement on the mutual recognition of veterinary certificates;\n"
        "– Programme of cultural exchanges for 2024-2026;\n"
        "– Memorandum on cooperation between the Ministries of Education."
    )
    got = {g.name: g.status for g in run(_LEDE + text, published="2023-05-04").agreements}
    assert got == {
        "Agreement on the mutual recognition of veterinary certificates": "signed",
        "Programme of cultural exchanges for 2024-2026": "signed",
        "Memorandum on cooperation between the Ministries of Education": "signed",
    }


def test_the_deal_the_text_goes_on_to_tell_is_the_titled_one() -> None:
    text = (
        "Ghana and Togo on Monday signed the Agreement on the shared management of the Volta basin.\n\n"
        "Officials said the Ghana-Togo deal was worth $2 billion over ten years."
    )
    got = run(text, published="2024-03-10").agreements
    assert [g.name for g in got] == ["Agreement on the shared management of the Volta basin"]
