"""The facts of one protest and the decision on them, shaped as extract-contract.md says."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Category = Literal[
    "appraised_value",
    "classification",
    "charges",
    "exclusion",
    "liquidation",
    "drawback",
    "reliquidation_1520d",
]
Outcome = Literal["accept", "deficient", "untimely", "premature", "invalid", "needs_human"]

# Precedence of outcomes when several apply: the first wins (extract-contract.md).
OUTCOME_PRECEDENCE: tuple[Outcome, ...] = (
    "needs_human",
    "premature",
    "untimely",
    "invalid",
    "deficient",
    "accept",
)


@dataclass(frozen=True)
class ProtestEntry:
    entry_number: str | None  # normalized XXX-NNNNNNN-C, or as printed when it cannot be
    entry_date: date | None
    liquidation_date: date | None  # or the date of the decision where there is no liquidation


@dataclass(frozen=True)
class StatedEarlierProtest:
    """The protest's own word that an entry of it was protested before (1514(c)(1))."""

    protest_number: str | None
    same_goods: bool  # it says the earlier protest was on the same goods
    own: bool  # it says the earlier protest was the same party's ("we", "the protestant")


@dataclass(frozen=True)
class ProtestFacts:
    """The contract's protest values, normalized; None where the document does not give it."""

    protest_number: str | None = None
    port_code: str | None = None
    received_date: date | None = None
    # The received date is only the sender's own "Date of filing" (no CBP receipt named): the
    # receipt date given for the document (--received, the day it was stored) wins over it.
    received_as_filed: bool = False
    importer_number: str | None = None
    protestant_name: str | None = None
    protestant_address: str | None = None
    entries: tuple[ProtestEntry, ...] = ()
    category: Category | None = None
    merchandise_description: str | None = None
    accelerated_disposition: bool = False
    further_review_requested: bool = False
    signer_name: str | None = None
    # Facts the contract does not print but the rules need; extraction fills what it can see.
    objection_text: str | None = None  # 174.13(a)(6): nature of and justification for the objection
    drawback_declaration: bool | None = None  # 174.13(a)(9); None when not stated
    filed_electronically: bool = False
    surety_protest: bool = False
    bond_demand_mailed: date | None = None  # P-TIME-4: surety's clock
    non_collusion_certified: bool = False  # 174.13(a)(8)
    earlier_protest_number: str | None = None  # 174.13(a)(7)
    earlier_protest_received: date | None = None
    # The document says an entry of it was protested before (edge case 5), None when it does not.
    stated_earlier: StatedEarlierProtest | None = None
    afr_criterion: str | None = None  # 174.24 (a)-(d) when further review is asked
    # The document speaks of antidumping or countervailing duties anywhere (P-NOPROT-1, 1514(b)).
    ad_cvd_named: bool = False
    # Entry numbers (as compared) the protest itself says are not liquidated yet ("The entry has
    # not yet liquidated"): read as the portal's unliquidated entries are (P-TIME-3).
    stated_unliquidated: frozenset[str] = frozenset()
    # 174.13(a) item numbers whose absence the reader cannot vouch for: the document's layout was
    # not recognised well enough to know it looked everywhere that element is put.
    unsure_items: frozenset[int] = frozenset()
    # Of those, the ones text the reader did not place may hold, with why (naming that text).
    unplaced: tuple[tuple[int, str], ...] = ()
    # 174.13(a) item numbers found only by an inferred cue (a paragraph guessed to be the
    # objection, a protest number only called "related"): they cannot make a protest complete.
    inferred_items: frozenset[int] = frozenset()
    # Questions the rules need whose answer they cannot use (blank, N/A, both ticked): the law
    # each answer serves and why a person must read it.
    unclear_answers: tuple[tuple[str, str], ...] = ()
    # All-figure dates whose day and month could be either way round, the document settling
    # neither order ("10.11.2025"): the 174.13(a) item each gives (printed, so not missing) and
    # why; the date is not used.
    unsettled_dates: tuple[tuple[int, str], ...] = ()
    # What an attachment (an entry summary or liquidation notice sent with it) says against the
    # protest, or gives in its place: each point (its 174.13(a) item, what) a person settles.
    attachment_points: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class PriorProtest:
    """A protest already on file (from the portal): who filed it, on which entry and goods."""

    protest_number: str
    importer_number: str | None
    protestant_name: str | None
    entry_number: str
    category: Category | None
    merchandise_description: str | None


@dataclass(frozen=True)
class ProtestDecision:
    outcome: Outcome
    deadline: date | None
    last_days: dict[str, date] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
