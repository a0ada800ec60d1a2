"""What a ruling request must contain (19 CFR 177.2), and CBP's five-item practice."""

from __future__ import annotations

from bots.common.findings import finding
from bots.ruling_triage.model import RulingFacts
from bots.ruling_triage.rules._common import CITE_ITEMS, UNSURE_REQUESTER, blank
from tradebots.facts import Finding

MAX_ITEMS = 5
REQUESTER = "the requester's name and address"
PRINCIPAL = "the principal's name and address"


def asks_particular_result(facts: RulingFacts) -> bool:
    """Whether the letter asks for a particular result: said so, or a proposed HTS number given."""
    # A proposed classification is a requested result as much as a stated one: 177.2(b)(6) asks
    # for its reasons and authorities either way.
    return facts.particular_result_requested or bool(facts.proposed_hts)


def check_completeness(facts: RulingFacts) -> list[Finding]:
    """R-COMPLETE: one finding per required element not given, each with its `missing` string;
    R-READ: an open point where the reader is unsure the element is absent, or who asks.

    Samples (b)(3), documents (b)(4) and confidentiality (b)(7) are never required.
    """
    gaps: list[tuple[str, str, str]] = []  # (missing string, citation, what is not given)
    if blank(facts.requester_name) or blank(facts.requester_address):
        gaps.append(("177.2(b)(1)", "19 CFR 177.2(b)(1)", REQUESTER))
    if facts.acting_as_agent and (blank(facts.principal_name) or blank(facts.principal_address)):
        gaps.append(("177.2(b)(1)", "19 CFR 177.2(b)(1)", PRINCIPAL))
    if _merchandise_entered(facts) and not any(port.strip() for port in facts.ports):
        gaps.append(("177.2(b)(1)", "19 CFR 177.2(b)(1)", "the port(s) of entry"))
    if blank(facts.transaction_description):
        gaps.append(("177.2(b)(2)", "19 CFR 177.2(b)(2)(i)", "a description of the transaction"))
    if "classification" in facts.subjects:
        gaps.extend(_classification_gaps(facts))
    if "valuation" in facts.subjects:
        gaps.extend(_valuation_gaps(facts))
    if not facts.pending_statement:
        gaps.append(
            (
                "177.2(b)(5)",
                "19 CFR 177.2(b)(5)",
                "a statement whether the issue is or was before a CBP office or a court",
            )
        )
    if asks_particular_result(facts) and not facts.result_basis_given:
        gaps.append(
            (
                "177.2(b)(6)",
                "19 CFR 177.2(b)(6)",
                "the basis and supporting authority for the result asked for",
            )
        )
    if not facts.signed:
        gaps.append(("177.2(c)", "19 CFR 177.2(c)", "the signature of an authorized person"))
    findings = [_gap(facts, missing, citation, what) for missing, citation, what in gaps]
    # An unsure part of an element already concluded missing changes neither the outcome nor
    # `missing` ("177.2(b)(2)" either way): the deficiency letter asks for that element.
    concluded = {f.data.get("missing") for f in findings if f.rule == "R-COMPLETE"}
    findings = [f for f, (missing, _, _) in zip(findings, gaps, strict=True)
                if f.rule == "R-COMPLETE" or missing not in concluded]
    if facts.requester_disputed:
        findings.append(finding(
            "R-READ", "19 CFR 177.2(b)(1)", "warning",
            "The letter names the requester differently in different places (letterhead, body, "
            "signature): who asks is for a person to read.", moot_if=("no_ruling",)))
    return findings


def _merchandise_entered(facts: RulingFacts) -> bool:
    """Whether the request is about merchandise to be entered: 177.2(b)(1) asks for "the port(s)
    at which the merchandise will be entered"; a carrier request alone asks about a vessel's
    voyages (177.2(b)(2)(iv): build, flag, place of use, itinerary) and enters no merchandise."""
    return facts.subjects != ("carrier",)


def _gap(facts: RulingFacts, missing: str, citation: str, what: str) -> Finding:
    """A gap the letter shows, or (R-READ) one the reader could not establish: a person decides.

    A deficiency letter is sent only for an absence the reader is sure of; when it did not
    recognise where the sender would have put the element, it does not conclude "missing".
    """
    # The principal an agent writes for is the requester: one not found is as unsure as the
    # requester; one named without its address is a gap the agent could fill.
    requester = what == REQUESTER or (what == PRINCIPAL and blank(facts.principal_name))
    if (missing in facts.unsure or citation.removeprefix("19 CFR ") in facts.unsure
            or (requester and UNSURE_REQUESTER in facts.unsure)):
        if (why := _unplaced(facts, missing, citation, requester)) is not None:
            # Only text the reader did not place leaves it open: as for a protest's items, a
            # request deficient for what it surely lacks is deficient whatever that text says.
            return finding("R-READ", citation, "warning", f"Not found: {what}; {why}.",
                           moot_if=("no_ruling", "deficient"))
        return finding("R-READ", citation, "warning",
                       f"Not found: {what}; the reader did not recognise where this letter would "
                       "give it, so its absence is not concluded.",
                       moot_if=("no_ruling",))
    return finding("R-COMPLETE", citation, "error", f"Not given: {what}.", outcome="deficient",
                   missing=missing)


def _unplaced(facts: RulingFacts, missing: str, citation: str, requester: bool) -> str | None:
    """Why the gap is open when text the reader did not place alone leaves it so (the reader
    records it only for an element its layout otherwise vouches for); None otherwise."""
    unplaced = dict(facts.unplaced)
    if requester:
        return unplaced.get(UNSURE_REQUESTER)
    cited = citation.removeprefix("19 CFR ")
    # A part of the element unsure on its own cue ("177.2(b)(2)(i)") keeps that reason.
    return unplaced.get(missing) if cited == missing or cited not in facts.unsure else None


def check_items(facts: RulingFacts) -> list[Finding]:
    """R-ITEMS: at most five items, all of one class or kind, in one request (CBP practice).

    Deficient through a finding; nothing is added to `missing`, which lists 177.2 elements only.
    """
    count = facts.item_count
    several = count is None or count > 1  # an unknown count may still be several items
    findings: list[Finding] = []
    if count is None:
        # The letter lists its items in a way the reader could not count: whether they exceed
        # five is not known, so neither "accept" nor "deficient" is concluded.
        findings.append(finding(
            "R-READ", CITE_ITEMS, "warning",
            "The letter lists items the reader could not count: whether it covers more than "
            f"{MAX_ITEMS} items is for a person to read.", moot_if=("no_ruling", "deficient")))
    if count is not None and count > MAX_ITEMS:
        findings.append(
            finding(
                "R-ITEMS",
                CITE_ITEMS,
                "error",
                f"The request covers {count} items; CBP's practice for binding-ruling requests "
                f"is at most {MAX_ITEMS} items of one class or kind in one request.",
                outcome="deficient",
                item_count=count,
            )
        )
    if facts.items_same_kind is False and several:
        findings.append(
            finding(
                "R-ITEMS",
                CITE_ITEMS,
                "error",
                "The items are not all of the same class or kind: each kind needs its own request.",
                outcome="deficient",
            )
        )
    elif facts.items_same_kind is None and count is not None and 1 < count <= MAX_ITEMS:
        # Whether goods are of one class or kind is a specialist's call, not the bot's.
        findings.append(
            finding(
                "R-ITEMS",
                CITE_ITEMS,
                "warning",
                f"The letter does not show whether its {count} items are of one class or kind.",
                moot_if=("no_ruling", "deficient"),
            )
        )
    return findings


def _classification_gaps(facts: RulingFacts) -> list[tuple[str, str, str]]:
    cite = "19 CFR 177.2(b)(2)(ii)(A)"
    required = (
        (facts.product_description, "a full description of the merchandise"),
        (facts.principal_use, "the principal use of the merchandise in the United States"),
        (facts.component_materials, "the component materials and their share"),
    )
    return [("177.2(b)(2)", cite, what) for value, what in required if blank(value)]


def _valuation_gaps(facts: RulingFacts) -> list[tuple[str, str, str]]:
    cite = "19 CFR 177.2(b)(2)(iii)"
    gaps: list[tuple[str, str, str]] = []
    if blank(facts.terms_of_sale):
        gaps.append(("177.2(b)(2)", cite, "the terms of sale"))
    if facts.parties_related is None:
        gaps.append(("177.2(b)(2)", cite, "whether buyer and seller are related"))
    return gaps
