"""Rule ties_of_an_agreement: the ties an agreement restores are not a second agreement of the
same pair; ties of a pair no other agreement holds, and an agreement to restore relations, stay."""

from __future__ import annotations

from store.extract.cues import cues_for
from store.extract.state import AgreementAcc, State
from store.extract.ties import drop_ties_of_agreements
from store.extract.tokens import build_doc
from tests.extract_support import article, gazetteer, run


def _state(*accs: AgreementAcc) -> State:
    gz = gazetteer()
    doc = build_doc(article("x."))
    state = State(doc, gz, cues_for(gz), bytearray(doc.n), bytearray(doc.n))
    state.agreements.extend(accs)
    return state


def _acc(name: str, core: str, family: str, *parties: str) -> AgreementAcc:
    acc = AgreementAcc(name=name, unnamed=True, family=family, core=core)
    for p in parties:
        acc.add_party(p, 0)
    return acc


def test_ties_a_pairs_agreement_holds_are_no_record() -> None:
    ties = _acc("Peru-Bolivia ties", "diplomatic ties", "alliance", "Peru", "Bolivia")
    deal = _acc("Peru-Bolivia normalisation agreement", "normalisation agreement", "agreement", "Peru", "Bolivia")
    state = _state(ties, deal)
    drop_ties_of_agreements(state)
    assert state.agreements == [deal]


def test_ties_of_another_pair_stay() -> None:
    ties = _acc("Peru-Bolivia ties", "diplomatic ties", "alliance", "Peru", "Bolivia")
    deal = _acc("Peru-Chile border agreement", "border agreement", "agreement", "Peru", "Chile")
    state = _state(ties, deal)
    drop_ties_of_agreements(state)
    assert state.agreements == [ties, deal]


def test_an_agreement_to_restore_relations_stays() -> None:
    restore = _acc("Peru-Bolivia relations", "diplomatic relations", "agreement", "Peru", "Bolivia")
    deal = _acc("Peru-Bolivia border agreement", "border agreement", "agreement", "Peru", "Bolivia")
    state = _state(restore, deal)
    drop_ties_of_agreements(state)
    assert state.agreements == [restore, deal]


def test_ties_alone_stay_a_record() -> None:
    (g,) = run("Peru and Bolivia signed an accord in 2019 that restored ties.", published="2023-05-02").agreements
    assert g.unnamed and set(g.parties) == {"Peru", "Bolivia"} and "ties" in g.name
