"""The importer number a request gives (19 CFR 24.5): a CBP-assigned number goes to a person; a
request date the letter prints either way round is left for a person to read."""

from __future__ import annotations

from bots.common.findings import finding
from bots.customs.identifiers import mask_importer_number, parse_importer_number
from bots.ruling_triage.model import RulingFacts
from bots.ruling_triage.rules._common import CITE_IMPORTER_NUMBER, CITE_ROUTE
from tradebots.facts import Finding


def check_importer_number(facts: RulingFacts) -> list[Finding]:
    """R-IOR: an importer number of the CBP-assigned form NNNNNN-NNNNN is for a person to check.

    customs-rules.md marks that form VERIFY ("the bot must send such cases to a person"), so the
    bot cannot tell whether it identifies the requester as 177.2(b)(1) asks. It is an open point,
    as in the protest bot: a request already refused (no_ruling) or returned for a deficiency
    goes out that way whatever the number turns out to be. An EIN, an SSN, an unrecognised
    string or no number at all raise nothing here.
    """
    if facts.importer_number is None or not facts.importer_number.strip():
        return []
    parsed = parse_importer_number(facts.importer_number)
    if parsed is None or parsed.format_verified:
        return []
    shown = mask_importer_number(facts.importer_number)
    return [
        finding(
            "R-IOR",
            CITE_IMPORTER_NUMBER,
            "warning",
            f"Importer number {shown} has the CBP-assigned form, which is VERIFY "
            f"({CITE_IMPORTER_NUMBER}): a person checks it against the record.",
            moot_if=("no_ruling", "deficient"),
        )
    ]


def check_request_date(facts: RulingFacts) -> list[Finding]:
    """R-DATE: the request's date left unread, its day and month either way round (a note for
    the person who reviews; no outcome rests on the request's own date)."""
    if facts.request_date is not None or facts.request_date_doubt is None:
        return []
    return [finding("R-DATE", CITE_ROUTE, "warning",
                    f"{facts.request_date_doubt} A person reads the request date.")]
