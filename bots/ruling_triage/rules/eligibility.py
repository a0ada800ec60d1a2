"""Whether a ruling can be given at all: prospective transactions only (177.1), 177.7 grounds."""

from __future__ import annotations

from datetime import date, timedelta

from bots.common.dates import long_date
from bots.common.findings import finding
from bots.ruling_triage.model import RulingFacts
from bots.ruling_triage.rules._common import (
    CITE_AGENT,
    CITE_COMPLETED,
    CITE_COURT,
    CITE_CURRENT,
    CITE_NO_RULING,
    CITE_PROSPECTIVE,
    CITE_PROTEST_PERIOD,
)
from tradebots.facts import Finding

# 19 CFR 174.12(e): entries made before this day had 90 days to protest, later ones 180.
_PROTEST_180_FROM = date(2004, 12, 18)


def check_prospective(facts: RulingFacts, *, received: date) -> list[Finding]:
    """R-PROSP: a letter about goods already entered, liquidated or otherwise before CBP: no ruling.

    A liquidated entry is pointed to a protest, a current one to the port and internal advice.
    """
    liquidated = facts.liquidated is True or facts.liquidation_date is not None
    entered = facts.entry_made or liquidated
    findings: list[Finding] = []
    if entered and facts.prospective:
        findings.append(
            finding(
                "R-PROSP",
                CITE_PROSPECTIVE,
                "warning",
                "The letter asks about future imports but also names an entry already made: "
                "whether the question concerns that entry (no ruling) or only later imports "
                "(a ruling) is for a person to read.",
                moot_if=("no_ruling",),
            )
        )
    elif liquidated:
        reason = (
            "completed transaction: the entry was liquidated, so no ruling can be given "
            f"({CITE_COMPLETED}); {_protest_pointer(facts, received)}"
        )
        findings.append(_no_ruling("R-PROSP", CITE_COMPLETED, reason))
    elif entered and facts.liquidated is False:
        findings.append(_no_ruling("R-PROSP", CITE_CURRENT, _internal_advice("an entry was made")))
    elif entered:
        # Either way no ruling; only the pointer depends on liquidation, so both are named and a
        # reviewer checks the entry's status on the record before the answer goes out.
        reason = (
            "an entry was already made, so the transaction is not prospective "
            f"({CITE_PROSPECTIVE}): if it is unliquidated the question goes to the port, which may "
            f"ask for internal advice ({CITE_CURRENT}); if it is liquidated only a protest lies, "
            f"within 180 days after liquidation ({CITE_PROTEST_PERIOD}); the letter does not say "
            "whether it is liquidated"
        )
        findings.append(_no_ruling("R-PROSP", CITE_PROSPECTIVE, reason))
    elif not facts.prospective:
        advice = _internal_advice("the goods are already before CBP")
        findings.append(_no_ruling("R-PROSP", CITE_CURRENT, advice))
    # Said once: a transaction already found current or completed above is before CBP anyway.
    if facts.pending_before_cbp and not any(f.outcome for f in findings):
        advice = _internal_advice("the issue is before a CBP office")
        findings.append(_no_ruling("R-PROSP", CITE_CURRENT, advice))
    return findings


def check_no_ruling_grounds(facts: RulingFacts) -> list[Finding]:
    """R-NORULE: the issue is pending before a court (177.7(b)), or the question is hypothetical."""
    findings: list[Finding] = []
    if facts.pending_in_court:
        reason = (
            "the issue is pending before the Court of International Trade, the Federal Circuit "
            f"or an appeal from them ({CITE_COURT})"
        )
        findings.append(_no_ruling("R-NORULE", CITE_COURT, reason))
    elif not facts.pending_before_cbp and CITE_COURT.removeprefix("19 CFR ") in facts.unsure:
        # A sentence names a court or CBP, but whether the issue is there the reader could not
        # tell (an agent's standing in a named case, "we do not know whether ..."): never a
        # confident no_ruling, nor an accept past it.
        findings.append(finding(
            "R-READ", CITE_COURT, "warning",
            "A sentence speaks of a court or CBP in words the reader could not read as saying "
            "whether the issue is pending there: a person reads it.", moot_if=("no_ruling",)))
    if facts.hypothetical:
        reason = f"the question is hypothetical ({CITE_NO_RULING})"
        findings.append(_no_ruling("R-NORULE", CITE_NO_RULING, reason))
    return findings


def check_agent(facts: RulingFacts) -> list[Finding]:
    """R-AGENT: an agent stating no authority for its principal (177.1) goes to a person."""
    if not facts.acting_as_agent or facts.agent_authority_stated:
        return []
    # 177.1 asks an agent to state its authority, but no 177.2 element names it and 177.3's
    # deficiency letter is for 177.2; the authority may also be on file (a power of attorney,
    # 19 CFR 141.46). Senders and readers differ on "on behalf of our client" alone, so a person
    # decides, unless another ground already settles the outcome.
    if "177.1" in facts.unsure:
        reason = ("The agent speaks of its mandate in words the reader did not read as a "
                  "statement of authority; whether it states its authority is for a person.")
    else:
        reason = ("The request is made by an agent that does not state its authority to act for "
                  "its principal; a person checks for authority on file before the request is "
                  "answered.")
    return [finding("R-AGENT", CITE_AGENT, "warning", reason,
                    moot_if=("no_ruling", "deficient"))]


def protest_last_day(facts: RulingFacts) -> date | None:
    """Last day to protest the liquidation the letter gives: +180 days (+90 before 2004-12-18)."""
    if facts.liquidation_date is None:
        return None
    old_entry = facts.entry_date is not None and facts.entry_date < _PROTEST_180_FROM
    days = 90 if old_entry or facts.liquidation_date < _PROTEST_180_FROM else 180
    return facts.liquidation_date + timedelta(days=days)


def _protest_pointer(facts: RulingFacts, received: date) -> str:
    last_day = protest_last_day(facts)
    if last_day is None:
        # The answer cannot say whether a protest is still open: it gives the rule instead, and
        # the reviewer, who can see the entry on the record, may add the date.
        return (
            "a protest lies within 180 days after liquidation "
            f"({CITE_PROTEST_PERIOD}); the letter does not give the liquidation date"
        )
    if received <= last_day:
        return f"a protest may be filed until {long_date(last_day)} ({CITE_PROTEST_PERIOD})"
    return f"the protest period ended on {long_date(last_day)} ({CITE_PROTEST_PERIOD})"


def _internal_advice(why: str) -> str:
    return (
        f"current transaction: {why}, so no ruling can be given; the question goes to the port, "
        f"which may ask Headquarters for internal advice ({CITE_CURRENT})"
    )


def _no_ruling(rule: str, citation: str, reason: str) -> Finding:
    message = reason[0].upper() + reason[1:] + "."
    return finding(rule, citation, "error", message, outcome="no_ruling", reason=reason)
