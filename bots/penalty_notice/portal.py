"""The penalty bot's portal work: the case a referral opens, with its culpability and amounts."""

from __future__ import annotations

from bots.penalty_notice.model import PenaltyDecision, PenaltyFacts
from bots.portal.records import PenaltyForm
from tradebots.errors import BusinessError


def penalty_form(facts: PenaltyFacts, decision: PenaltyDecision) -> PenaltyForm:
    """What the portal records of the case: culpability and the amounts."""
    assert decision.loss_of_duties is not None and decision.proposed_penalty is not None
    return PenaltyForm(
        party_name=required(facts.party_name, "the party's name"),
        importer_number=required(facts.importer_number, "the importer number"),
        culpability=required(facts.culpability, "the culpability"),
        loss_of_duties=decision.loss_of_duties.total,
        proposed_penalty=decision.proposed_penalty,
        entries=tuple(e.entry_number for e in facts.entries if e.entry_number),
    )


def required(value: str | None, what: str) -> str:
    """VALUE, or a BusinessError saying the case cannot be recorded without WHAT."""
    if not value:
        raise BusinessError(f"the referral does not give {what}; the case cannot be recorded",
                            code="letter_facts")
    return value
