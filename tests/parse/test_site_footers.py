"""A government site's footer: its page-feedback row with the answers on one line, its licence
notice, a row of footer links closing with the site's domain, and a Crown copyright, which
names no publisher."""

from __future__ import annotations

from store.parse import boilerplate
from tests.parse.rules_support import body, parse

PAGE = (
    "Fiji and Tonga agree patrol boat deal\n\n"
    "Published 4 March 2024\n\n"
    "Fiji and Tonga agreed on Monday to share two patrol boats, the ministry said.\n\n"
    "The boats will patrol the waters between the two archipelagos.\n\n"
)


def test_footer_lines_are_no_body() -> None:
    for line, rule in (
        ("Is this page useful? Yes | No | Report a problem with this page", "page_feedback"),
        ("All content is available under the Open Government Licence v3.0, except where otherwise stated", "licence_notice"),
        ("gov.fj", "footer_link"),
    ):
        assert boilerplate.which_boilerplate(line) == rule, line
    assert boilerplate.which_boilerplate("Accessibility statement | Contact us | gov.fj") is not None
    assert boilerplate.which_boilerplate("The content is available under the deal.") is None


def test_a_crown_copyright_names_no_publisher() -> None:
    a = parse(PAGE + "Is this page useful? Yes | No | Report a problem with this page\n\n"
              "All content is available under the Open Government Licence v3.0, except where otherwise stated\n\n© Crown copyright\n")
    assert a.source is None
    assert "useful" not in body(a) and "Licence" not in body(a) and "patrol the waters" in body(a)


def test_an_outlets_note_on_its_own_website_names_it() -> None:
    a = parse(PAGE + "Harbour Agency website contains only a portion of the news stories offered to subscribers, and in summarized form.\n")
    assert a.source == "Harbour Agency"
    a = parse(PAGE + "The ministry website contains the full text of the agreement.\n")
    assert a.source is None
