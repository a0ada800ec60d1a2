"""The laws a 1592 violation breaks, by its kind, and the 162.77(b)(1) facts a notice must give.

19 CFR 162.77(b)(1) (looked up 2026-12-01, eCFR): the notice describes the merchandise, sets out
the details of the entry, specifies all laws and regulations allegedly violated, discloses all the
material facts and states the culpability; 162.79a requires the same of a penalty notice issued
without a pre-penalty notice. A referral that does not give them goes to a person.
"""

from __future__ import annotations

from bots.common.findings import finding
from bots.penalty_notice.model import PenaltyFacts
from tradebots.facts import Finding

CITE_CONTENTS = "19 CFR 162.77(b)(1)"

# Every 1592 violation: the false statement or omission, and the importer's duty of care.
GENERAL = (
    "19 U.S.C. 1592(a)(1)(A): entering or introducing merchandise into the commerce of the United "
    "States by means of a material and false document, statement or act, or a material omission",
    "19 U.S.C. 1484(a)(1): the importer of record's duty to use reasonable care in making entry "
    "and to file the information CBP needs to assess duties",
)
# The kind of violation -> the laws and regulations it breaks besides GENERAL (sections checked
# against the U.S. Code and eCFR texts; 141.86(a) is the invoice's required contents).
VIOLATION_LAWS: dict[str, tuple[str, ...]] = {
    "valuation": (
        "19 U.S.C. 1401a(b): the transaction value, the price actually paid or payable with the "
        "packing costs, assists and other additions it names",
        "19 U.S.C. 1481(a) and 19 CFR 141.86(a): the invoice must state the purchase price, all "
        "charges and any assists not included in the price",
    ),
    "classification": (
        "19 U.S.C. 1202: the Harmonized Tariff Schedule of the United States, by which the "
        "merchandise is classified and its rate of duty set",
        "19 U.S.C. 1484(a)(1)(B): the entry must state the classification and the rate of duty "
        "applicable to the merchandise",
    ),
    "origin": (
        "19 U.S.C. 1481(a) and 19 CFR 141.86(a): the invoice must state the country of origin of "
        "the merchandise",
        "19 CFR 134.1(b): the country of origin is the country of manufacture, production or "
        "growth, or of the last substantial transformation",
    ),
    "preference": (
        "19 U.S.C. 1484(a)(1)(B): the entry must state the rate of duty applicable to the "
        "merchandise; a preferential rate may be claimed only for goods that meet the rules of "
        "origin of the program claimed",
        "19 U.S.C. 1481(a) and 19 CFR 141.86(a): the invoice must state the country of origin of "
        "the merchandise",
    ),
    "marking": (
        "19 U.S.C. 1304: every article of foreign origin must be marked with its country of origin",
        "19 CFR Part 134: country of origin marking",
    ),
    "quantity": (
        "19 U.S.C. 1481(a) and 19 CFR 141.86(a): the invoice must state the quantities of the "
        "merchandise",
    ),
    "manufacturer": (
        "19 U.S.C. 1481(a) and 19 CFR 141.86(a): the invoice must name the person by whom the "
        "merchandise is sold or shipped and describe it as sold by the manufacturer",
        "19 CFR 102.23(a): the manufacturer identification code constructed from the name and "
        "address of the entity that performed the origin-conferring operations",
    ),
    "description": (
        "19 U.S.C. 1481(a)(3) and 19 CFR 141.86(a)(3): the invoice must give a detailed "
        "description of the merchandise, with the name by which each item is known",
    ),
    "antidumping": (
        "19 U.S.C. 1673e(a)(3): estimated antidumping duties must be deposited on entry of "
        "merchandise subject to an antidumping duty order",
        "19 CFR 351.211: antidumping and countervailing duty orders and the cash deposit they "
        "require",
    ),
}


def laws_violated(violation_type: str | None) -> tuple[str, ...]:
    """Every law and regulation the notice states; empty when a kind has no entry here.

    One charge may name two kinds ("valuation and classification": values and rates declared
    false at once); the notice then states every law either breaks (162.77(b)(1)(iii)).
    """
    kinds = violation_type.split(" and ") if violation_type else []
    if not kinds or any(kind not in VIOLATION_LAWS for kind in kinds):
        return ()
    laws = (law for kind in kinds for law in VIOLATION_LAWS[kind])
    return tuple(dict.fromkeys((*GENERAL, *laws)))  # once each, as first stated


def check_notice_contents(facts: PenaltyFacts) -> list[Finding]:
    """162.77(b)(1): what a notice must state and the referral does not give goes to a person."""
    missing: list[str] = []
    if not _given(facts.merchandise):
        missing.append("(i) the description of the merchandise")
    if not facts.entries or any(not e.entry_number or e.entry_date is None for e in facts.entries):
        missing.append("(ii) the details of each entry (its number and date)")
    if not laws_violated(facts.violation_type):
        kind = facts.violation_type or "not stated"
        missing.append(f"(iii) the laws and regulations violated (kind of violation: {kind})")
    if not _given(facts.material_facts):
        missing.append("(iv) the material facts")
    if facts.culpability is None:
        missing.append("(v) the culpability")
    if not missing:
        return []
    return [finding("PEN-CONTENTS", CITE_CONTENTS, "error",
                    f"{CITE_CONTENTS}: the notice must state what the referral does not give: "
                    f"{'; '.join(missing)}. A person completes the case.",
                    person_decides=True, missing=missing)]


def _given(text: str | None) -> bool:
    return text is not None and bool(text.strip())
