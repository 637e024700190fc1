"""The readings of firms' deals that follow the scan of agreement nouns, in their order: a deal
told as the means of a dated act, acronyms a release defines for its deals ("SPA"), stake
purchases told without an agreement noun, purchases told in the passive, and a text made for
a deal told before ("the operation, for which a memorandum ...")."""

from __future__ import annotations

from store.extract.deal_acronyms import find_deal_acronyms
from store.extract.for_which import find_for_which_texts
from store.extract.means_deals import date_means_deals
from store.extract.passive_sales import find_passive_sales
from store.extract.stake_purchases import find_stake_purchases
from store.extract.state import State


def find_firm_deals(state: State) -> None:
    """Run the firms' deal readings after the scan: dates first, then acronyms, stakes, passive purchases
    and the texts made for deals told."""
    date_means_deals(state)  # "X entered the blocks in 2016 through a deal with Y": signed in 2016
    find_deal_acronyms(state)  # "a sale and purchase agreement (SPA)" ... "signed a 27-year SPA with Z"
    find_stake_purchases(state)  # "X completed its purchase of a 10 percent stake in Y"
    find_passive_sales(state)  # "The X deposit is being acquired from its owner, A, by B"
    find_for_which_texts(state)  # "the operation, for which a memorandum had been announced"
