"""The extraction pipeline: ``extract`` and the rules in their order (see the package docstring)."""

from __future__ import annotations

from store.extract.accession_noun import find_accessions
from store.extract.acted_under import fill_acted_under
from store.extract.acting_parties import fill_acting_parties
from store.extract.affiliation import fill_fallbacks
from store.extract.agreed_sales import find_agreed_sales
from store.extract.agreements import find_named
from store.extract.alliance_bodies import drop_alliance_bodies
from store.extract.apposed_after import fold_apposed_descriptions
from store.extract.apposed_firm import find_apposed_firms
from store.extract.apposed_years import fill_apposed_years
from store.extract.approved_programme import approved_programmes
from store.extract.aside_in_force import fill_aside_in_force
from store.extract.assemble import assemble
from store.extract.body_owned import find_body_owned
from store.extract.bought_alias import name_bought_goods
from store.extract.central_banks import bind_central_banks
from store.extract.clause_signed import find_clause_signed
from store.extract.company_prefix import find_prefixed_companies
from store.extract.context_years import fill_context_years
from store.extract.contract_subjects import find_contract_subjects
from store.extract.counted_plural import fold_counted_plurals
from store.extract.countries import find_countries, index_countries
from store.extract.creating_clause import find_creating_clauses
from store.extract.credits import block_credit_sentences
from store.extract.cues import cues_for
from store.extract.dated_plural import find_dated_plurals
from store.extract.demonym_parliament import find_demonym_parliaments
from store.extract.described_acronym import find_described_acronyms
from store.extract.distributive import find_distributive
from store.extract.earlier_signers import find_earlier_signers
from store.extract.facts import fill_facts
from store.extract.financing import find_financing
from store.extract.firm_deals import find_firm_deals
from store.extract.firm_title import name_firm_offices
from store.extract.frameworks import find_frameworks
from store.extract.gazetteer import Gazetteer
from store.extract.gazetteer_scan import scan_gazetteer
from store.extract.goods_named import fold_goods_names
from store.extract.goods_origin import find_goods_origin
from store.extract.guessed_refers import fold_guessed_references
from store.extract.headline_deals import fold_bound_headlines, name_by_headline
from store.extract.held_concessions import find_held_concessions
from store.extract.home import home_country
from store.extract.indefinite_acronym import find_indefinite_acronyms
from store.extract.inside_bodies import drop_named_in_bodies
from store.extract.institutions import name_institutions, name_subsidiaries
from store.extract.intent_documents import find_intent_documents
from store.extract.known_homes import place_known_homes
from store.extract.known_loose import find_known_loose
from store.extract.leased_to import find_leased
from store.extract.lender_named import find_lender_named
from store.extract.lending import find_lending
from store.extract.listed_items import share_listed_signing
from store.extract.listed_subjects import share_listed_facts, split_listed_documents
from store.extract.loans import date_opened_lines
from store.extract.memoranda import describe_memoranda
from store.extract.named_after import fold_named_after, fold_told_after_name
from store.extract.named_as import fold_also_known, fold_named_as
from store.extract.named_parties import fill_named_parties
from store.extract.office_lines import offices_under_name
from store.extract.officer_home import place_officer_homes
from store.extract.on_signing import in_force_on_signing
from store.extract.ones_with import find_ones_with, find_own_texts, settle_ones_with
from store.extract.ordinals import find_ordinal_members
from store.extract.org_lists import find_org_lists
from store.extract.organizations import find_organizations
from store.extract.owner_parties import fill_owner_parties
from store.extract.packages import find_packages
from store.extract.parent_parties import lift_institution_parties
from store.extract.party_adjectives import find_party_adjectives
from store.extract.person_signed import find_person_signed
from store.extract.persons import find_persons
from store.extract.physical_networks import block_physical_networks
from store.extract.place_named import find_place_named
from store.extract.plural_possessive import find_plural_possessive_names
from store.extract.possessive_list import share_listed_offices
from store.extract.prefixed_named import fold_prefixed_names
from store.extract.provided_frame import block_provided_frames
from store.extract.provisions_ahead import place_provisions_ahead
from store.extract.purchases import find_purchases
from store.extract.qualified_orgs import fold_qualified_orgs
from store.extract.quoted_title import find_quoted_titles
from store.extract.rebel_side import fold_rebel_side
from store.extract.referring import fold_generic
from store.extract.relations import find_relations
from store.extract.relative_year import fill_relative_years
from store.extract.reviewed_programme import fill_reviewed_programmes
from store.extract.roles import resolve_affiliations
from store.extract.said_of_it import fold_said_of_it
from store.extract.sentence_titles import find_sentence_titles
from store.extract.short_names import fold_short_names
from store.extract.shouted import quiet_shouting
from store.extract.sides_adopted import sides_adopt
from store.extract.signed_documents import find_signed_documents
from store.extract.signer_party import fill_signer_parties
from store.extract.so_called import find_quoted_names, find_so_called
from store.extract.staff_reached import find_staff_reached
from store.extract.state import State
from store.extract.ties import drop_ties_of_agreements
from store.extract.tokens import build_doc, find_chunks
from store.extract.unilateral_acts import block_unilateral_declarations
from store.extract.unnamed import find_unnamed
from store.extract.windows import LONG, extract_in_windows
from store.records import Article, Extraction

__all__ = ["extract"]


def extract(article: Article, gazetteer: Gazetteer) -> Extraction:
    """Every actor and agreement of one article, each once, with spans, roles and facts."""
    try:
        if len(article.text) > LONG and len(article.sentences) > 1:  # memory bounded by a window
            return extract_in_windows(article, lambda part: _extract(part, gazetteer))
        return _extract(article, gazetteer)
    except Exception as exc:  # a rule bug must not stop an ingest, nor pass unseen
        reason = " ".join(str(exc).split())[:120]
        note = f"extraction stopped ({type(exc).__name__}: {reason})"
        article.warnings.append(note + "; the text is kept without its actors")
        return Extraction(article_id=article.id)


def _extract(article: Article, gz: Gazetteer) -> Extraction:
    if not article.sentences or not article.text:
        return Extraction(article_id=article.id)  # spans need sentences to point at
    doc = build_doc(article)
    quiet_shouting(doc, gz)  # "agreed to a FULL AND IMMEDIATE CEASEFIRE": emphasis, no name
    scan_gazetteer(doc, gz)
    find_chunks(doc)
    n = len(doc.words)
    state = State(doc, gz, cues_for(gz), bytearray(n), bytearray(n))
    state.quotes = list(article.quotes)
    state.published = article.published
    state.home = home_country(gz, article.dateline, article.byline, article.source)
    block_credit_sentences(state)  # "Associated Press writer A contributed from B."
    index_countries(state)
    block_unilateral_declarations(state)  # "the 1990 declaration of independence": no text
    find_quoted_titles(state)  # '"Agreement between the Government of A and ... on X" was signed'
    find_named(state)
    find_known_loose(state)  # "the 2015 nuclear deal between Iran and world powers"
    find_so_called(state)  # "the so-called fisheries and coastal protection partnership"
    find_quoted_names(state)  # 'the "Pukpuk" defence treaty'
    drop_alliance_bodies(state)  # "the armed groups of the X Alliance": a body, no text
    find_organizations(state)
    drop_named_in_bodies(state)  # "the Parties to the Nauru Agreement": the body, not the text
    name_subsidiaries(state)  # "BAE Systems Australia": one body, no country actor
    fold_qualified_orgs(state)  # "the Philippine Department of X ... the Department of X": one body
    find_countries(state)
    find_sentence_titles(state)  # "signed the Agreement on the demarcation of the state border,"
    find_demonym_parliaments(state)  # "the Lebanese parliament"
    find_apposed_firms(state)  # "ENBPar, the Brazilian state company"
    find_described_acronyms(state)  # "the central bank (BCRA)"
    find_prefixed_companies(state)  # "NPO Mashinostroyeniya"
    find_plural_possessive_names(state)  # "the Workers' Party"
    find_persons(state)
    offices_under_name(state)  # a release's signature block: "The Hon A B MP" over "Minister for Defence"
    find_org_lists(state)  # "Google, Zentra and Oracle": a list joins names of one kind
    find_party_adjectives(state)  # "Conservative leader A": the Conservative Party
    resolve_affiliations(state)
    place_known_homes(state)  # "Prime Minister Anthony Albanese": Australia's, wherever he is
    fill_fallbacks(state)  # offices with no cue beside them
    share_listed_offices(state)  # "with Chile's President A, Peru's B and Bolivia's C": the same office
    name_firm_offices(state)  # "Dassault chief executive A": chief executive of Dassault Aviation
    place_officer_homes(state)  # "Boeing's chief executive": the company's country
    name_institutions(state)  # "Commission President A": the Commission is named too
    find_place_named(state)  # "the Prespa agreement": a place's name, the noun in lower case
    fill_named_parties(state)  # before: a described "pact" may be a named one of the same parties
    find_relations(
        state
    )  # "agreed to restore diplomatic relations": before the mentions that refer to it
    find_staff_reached(state)  # "IMF staff reached agreement with X": its staff-level agreement
    block_provided_frames(state)  # "the plan provides a framework for engagement": no text
    block_physical_networks(state)  # "Georgia's southern network", "their power networks": no text
    find_unnamed(state)
    find_firm_deals(state)  # dated means deals, defined acronyms ("SPA"), stake purchases
    find_signed_documents(state)  # "signed a third document on the export of rice"
    split_listed_documents(state)  # "three other documents were signed: an agreement on A; a memorandum on B"
    find_agreed_sales(state)  # "Germany agreed to supply four frigates to Egypt"
    find_purchases(state)  # "Peru ordered 24 Gripen jets", "is in talks to buy F-16 jets"
    find_goods_origin(state)  # "Chile cancelled a contract to buy French submarines"
    find_clause_signed(state)  # "a memorandum that Nairobi signed with Addis Ababa"
    find_distributive(state)  # "similar pacts with A in 2021 and with B in 2022": one each
    find_ones_with(state)  # "following ones with Australia, signed in 2022, and Britain": one each
    find_own_texts(state)  # "Denmark is due to sign its own deal": with the told text's partner
    find_person_signed(state)  # "a memorandum that Minister A signed with B", "A and B signed a roadmap"
    find_financing(state)  # "the World Bank said it would provide $1.5 billion in financing"
    find_lending(state)  # "China lent Kenya $1 billion", "Laos borrowed $480 million from X"
    find_indefinite_acronyms(state)  # "South Africa secured an $8.5 billion JETP": not the JETP named before
    find_contract_subjects(state)  # "the contract with X relates to the purchase of the Y radar"
    find_ordinal_members(state)  # "signed three MoUs ... The first covers ... The second, worth ..."
    find_body_owned(state)  # "the WHO agreement on pandemic management that states are negotiating"
    find_dated_plurals(state)  # "Sri Lanka's 2016 and 2020 programmes with the IMF": one per year
    find_earlier_signers(state)  # "to sign an FTA with China, after Chile and Peru": one per country
    find_held_concessions(state)  # "DP World's concession", "its lease with the agency Corfo": the firm and its grantor
    find_leased(state)  # "Sri Lanka leased the Hambantota port to X in 2017": the lessor and the lessee
    find_creating_clauses(state)  # "the treaty establishing a confederation": a text of its own
    fold_guessed_references(state)  # "the memorandum" guessed the main pair: the memorandum a later rule read before it
    find_accessions(state)  # "Finland's accession", "its accession protocol": the state and the body it joins
    fill_named_parties(
        state, last=True
    )  # after: referring mentions ("the agreement between ...") may say more
    fold_generic(state)  # "a defence pact" ... "the new Memorandum of Understanding": one text
    fold_named_after(state)  # "a landmark arms control pact with Russia ... the INF Treaty": one text
    fold_told_after_name(state)  # "The X Agreement, signed in 2024 ... The accord was ratified": one text
    find_frameworks(state)  # "the contracts are one piece of a wider arms deal": two records
    find_packages(state)  # "unveiled a $20 billion package ... through the X Partnership": one
    fill_signer_parties(state)  # "Peruvian minister X signed the ... Agreement with Chilean envoy Y"
    drop_ties_of_agreements(state)  # "the accord that restored ties ... the normalisation agreement"
    fold_rebel_side(state)  # "the government and rebels signed a ceasefire ... the deal between ..."
    name_by_headline(state)  # "X, Y sign long-term power agreement" ... "the agreement was inked"
    fold_counted_plurals(state)  # "signed two agreements ... the A and a B": those two, no third
    name_bought_goods(state)  # "a deal with Peru to buy 24 Rafale fighter jets": the Rafale fighter jets deal
    fold_goods_names(state)  # "a deal under which X will buy Gripen jets ... the Gripen agreement": one
    describe_memoranda(state)  # "signed a defence Memorandum of Understanding": the defence MoU
    fold_prefixed_names(state)  # "the EU-Chile Association Agreement" ... "an Association Agreement": one
    fold_short_names(state)  # "the X Agreement on Water Sharing" ... "the X Agreement": one
    fold_apposed_descriptions(state)  # "the X Treaty, a new pact that ...": one text
    fold_said_of_it(state)  # "It is a deal between two neighbours": the text told before
    fold_named_as(state)  # "the truce, which the rebels refer to as the X Agreement": one text
    fold_also_known(state)  # "the X Declaration, also known as the Y Declaration": one text
    bind_central_banks(state)  # "China's central bank ... with the Central Bank of Nigeria": China and Nigeria
    fold_bound_headlines(state)  # the headline's "CBN, China's central bank sign swap deal": that one
    find_intent_documents(state)  # "signed a letter of intent", "a 1966 exchange of notes between A and B"
    find_lender_named(state)  # "secured a $3 billion IMF loan", "under its IMF programme": lender and borrower
    lift_institution_parties(state)  # "the European Commission signed an MoU with X": the EU's
    fill_acting_parties(state)  # "Peru ratified the X Treaty": who acts on it is its party
    fill_owner_parties(state)  # "the African Union's Lisbon Debt Framework": the body's own text
    fill_facts(state)
    date_opened_lines(state)  # "January 30, 2023: The Board today approved an arrangement for X": 2023
    approved_programmes(state)  # "the IMF approved a new loan programme ... the Extended Credit Facility"
    place_provisions_ahead(state)  # "Under the accord, X will ...": just made, the lede's stage
    fill_aside_in_force(state)  # "the X Agreement, in force since 2000", "signed in 2010 and extended in 2021"
    settle_ones_with(state)  # "ones with A, signed in 2022 and in force since 2023, and B, signed in 2023"
    fill_acted_under(state)  # "has drawn $400 million under its IMF programme": in force
    fill_reviewed_programmes(state)  # "the second review of the Extended Credit Facility": in force
    sides_adopt(state)  # "the two sides adopted the Joint Declaration of X": signed
    fill_apposed_years(state)  # "the X Accord, a river pact the two states signed in 2009"
    fill_relative_years(state)  # "The talks opened in 2014. That year, Lima ordered 24 jets under a package"
    fill_context_years(state)  # "an alliance formed last year known as X", "approved the programme in 2022"
    share_listed_facts(state)  # "signed agreements on roads, on ports and on power": one status
    share_listed_signing(state)  # "... were exchanged, including:" then one document a line: signed
    in_force_on_signing(state)  # "relations open with effect from the day of signing"
    return assemble(article, state)
