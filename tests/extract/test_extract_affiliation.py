"""Fallback affiliations: offices with no country cue right beside them."""

from __future__ import annotations

from tests.extract_support import actor, run


def _affs(text: str, name: str) -> list[str | None]:
    hit = actor(run(text), name, "person")
    assert hit is not None, name
    return [r.affiliation for r in hit.roles]


def test_organisation_inside_the_title() -> None:
    text = "The alliance met in Brussels. NATO Secretary General Jan Kowal said the talks went well."
    assert _affs(text, "Jan Kowal") == ["NATO"]


def test_organisation_after_of_in_an_appositive() -> None:
    text = "Jane Roe, the executive director of the Arms Control Association, criticised the plan."
    assert _affs(text, "Jane Roe") == ["Arms Control Association"]


def test_namesake_elsewhere_lends_the_country() -> None:
    text = (
        "Canadian Prime Minister Pierre Tremblay opened the summit on Monday. "
        "Later that week, First Lady Anne Tremblay toured a school."
    )
    assert _affs(text, "Anne Tremblay") == ["Canada"]


def test_single_country_of_the_sentence() -> None:
    text = "Foreign Minister Olaf Berggren said Oslo would not sign the accord."
    assert _affs(text, "Olaf Berggren") == ["Norway"]


def test_no_guess_when_another_office_holder_claims_a_country() -> None:
    text = "President Anna Korhonen hosted Japan's Prime Minister Taro Sato in Tokyo."
    assert _affs(text, "Anna Korhonen") == [None]


def test_demonym_and_destination_are_not_the_owner() -> None:
    text = "Defence Minister Pavel Novak flew to Canberra. Defence Minister Pavel Novak condemned a Chinese drill."
    assert _affs(text, "Pavel Novak") == [None]


def test_family_name_first_title_links_to_the_full_name() -> None:
    text = "Premier Park Min Jun arrived on Monday. Later, Premier Park told reporters he was pleased."
    ex = run(text)
    people = [a.name for a in ex.actors if a.kind == "person"]
    assert people == ["Park Min Jun"]


def test_institution_officer_serves_the_parent_body() -> None:
    text = "Talks went on. European Commission President Anna Berg said the accord was fair."
    assert _affs(text, "Anna Berg") == ["European Union"]


def test_office_of_a_body_inside_a_longer_capitalised_run() -> None:
    text = "Tom Reed, the Secretary General of the PIF, welcomed the plan."
    assert _affs(text, "Tom Reed") == ["Pacific Islands Forum"]


def test_domestic_office_belongs_to_the_dominant_country() -> None:
    text = (
        "Fiji signed the pact. Fiji says it is sovereign. Fiji will host talks with China. "
        "Opposition leader Sam Tora said the deal was rushed."
    )
    assert _affs(text, "Sam Tora") == ["Fiji"]
    balanced = "Fiji and China signed the pact. Opposition leader Sam Tora said the deal was rushed."
    assert _affs(balanced, "Sam Tora") == [None]


def test_a_counterparts_country_is_the_other_side() -> None:
    text = "Defence Minister Tomas Berg held his first talks with his U.S. counterpart on Monday."
    assert _affs(text, "Tomas Berg") == [None]
    text = "Defence Minister Ana Lopez met her Chilean counterpart in Lima, saying Peru wants drills."
    assert _affs(text, "Ana Lopez") == ["Peru"]
