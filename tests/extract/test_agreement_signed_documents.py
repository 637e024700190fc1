"""Rule signed_document: documents signed one by one ("signed a document on X, and a second one
setting up Y", "signed a third document on Z") are one agreement each, named by its subject,
signed, of the signers' countries or of the pair of the agreement just told; a plural of them told
just before is those documents (rule documents_of_plural)."""

from __future__ import annotations

from tests.extract_support import run

_TEXT = (
    "Several agreements were signed between Ghana and Vietnam in Accra on Friday. "
    "Trade Minister Kofi Mensah and the deputy head of Vietnam's planning agency signed a document on "
    "the joint trade council, and a second one setting up a rice research fund. "
    "Officials of Ghana and Vietnam signed a third document on the export of cashew nuts from Ghana to Vietnam."
)


def test_each_signed_document_is_a_record_named_by_its_subject() -> None:
    ex = run(_TEXT)
    docs = [g for g in ex.agreements if any(s.rule == "signed_document" for s in g.spans)]
    subjects = sorted(g.keywords[0] for g in docs)
    assert subjects == ["export of cashew nuts", "joint trade council", "rice research fund"]
    for g in docs:
        assert set(g.parties) == {"Ghana", "Vietnam"} and g.status == "signed"


def test_a_document_read_or_cited_is_no_agreement() -> None:
    ex = run("Ghana and Vietnam published a document on rice exports on Friday.")
    assert not any(any(s.rule == "signed_document" for s in g.spans) for g in ex.agreements)


def test_the_plural_the_documents_make_up_is_no_record_of_its_own() -> None:
    ex = run(
        "Several Memoranda of Understanding were signed between Ghana and Vietnam on Friday. "
        "Officials signed a document on rice research, and a second one setting up a trade council."
    )
    assert sorted(g.keywords[0] for g in ex.agreements) == ["rice research", "trade council"]
