"""Rule caption_end_credit: an outlet named last in a bracketed caption is the photo credit."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_an_outlet_ending_a_bracketed_caption_is_a_credit() -> None:
    ex = run("Ministers of Chad and Niger met in Niamey.\n\n[Photo: Delegates sign the border accord in Niamey. Reuters]")
    assert actor(ex, "Reuters", "organization") is None


def test_an_outlet_in_the_prose_is_still_an_actor() -> None:
    ex = run("Reuters reported that Chad and Niger signed the border accord.\n\n[Photo: Delegates in Niamey. Reuters]")
    assert actor(ex, "Reuters", "organization") is not None


def test_a_body_ending_a_caption_sentence_stays_an_actor() -> None:
    ex = run("[Photo: Delegates sign the accord with the African Union]")
    assert actor(ex, "African Union", "organization") is not None
