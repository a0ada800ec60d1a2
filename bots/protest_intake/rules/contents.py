"""What a protest must say (19 CFR 174.13(a)(1)-(9)); several entries in one protest (174.13(b))."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bots.common.findings import finding
from bots.protest_intake.model import PriorProtest, ProtestFacts
from bots.protest_intake.rules._common import (
    AT_LEAST_DEFICIENT,
    CITE_SEVERAL_ENTRIES,
    entry_key,
    entry_number_key,
    same_party,
    same_protest_number,
)
from tradebots.facts import Finding

ITEMS = {
    1: "name and address of the protestant",
    2: "importer number of the protestant",
    3: "entry number and entry date of every entry",
    4: "liquidation date, or date of the decision, of every entry",
    5: "a specific description of the merchandise",
    6: "the nature of, and justification for, each objection",
    7: "the number and receipt date of the earlier protest whose disposition is asked for",
    8: "a certification that the surety's protest is not collusive",
    9: "a declaration whether the entry is subject to drawback",
}


def missing_item(number: int) -> str:
    """The contract's name for a 174.13(a) item: "174.13(a)(N)"."""
    return f"174.13(a)({number})"


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def check_contents(
    facts: ProtestFacts, prior_protests: Sequence[PriorProtest] = ()
) -> list[Finding]:
    """One finding per 174.13(a) item not given; each carries `missing` = "174.13(a)(N)"."""
    absent: list[int] = []
    if _blank(facts.protestant_name) or _blank(facts.protestant_address):
        absent.append(1)
    if _blank(facts.importer_number):
        absent.append(2)
    if not facts.entries or any(
        _blank(e.entry_number) or e.entry_date is None for e in facts.entries
    ):
        absent.append(3)
    if not facts.entries or any(e.liquidation_date is None for e in facts.entries):
        absent.append(4)
    if _blank(facts.merchandise_description):
        absent.append(5)
    if _blank(facts.objection_text):
        absent.append(6)
    # (7) applies only when the protest asks for an earlier protest's disposition; Section III
    # is blank otherwise, so half of it filled in is what shows the request.
    if _blank(facts.earlier_protest_number) != (facts.earlier_protest_received is None):
        absent.append(7)
    # A date printed with its day and month either way round is given, only not read for sure.
    printed = {item for item, _ in facts.unsettled_dates}
    absent = [n for n in absent if n not in printed]
    unplaced = dict(facts.unplaced)
    findings = [_absent(n, n in facts.unsure_items, n in facts.inferred_items, unplaced.get(n))
                for n in absent]
    findings.extend(_inferred(n) for n in sorted(facts.inferred_items) if n not in absent)
    findings.extend(_from_attachment(item, point) for item, point in facts.attachment_points)
    findings.extend(_surety_certification(facts, prior_protests))
    findings.extend(_drawback_declaration(facts))
    return findings


def _absent(number: int, unsure: bool, inferred: bool, unplaced: str | None = None) -> Finding:
    # Absence is a deficiency only when the reader knew where to look, and knew the item was
    # asked for; otherwise a person checks the document before a deficiency letter goes out.
    # UNPLACED says why text the reader did not place may give it.
    if unsure or inferred:
        why = unplaced or ("the document's layout was not recognised well enough to be sure it "
                           "is absent" if unsure else
                           "what was found of it was read only from an inferred cue")
        return finding(
            f"P-CONT-{number}",
            f"19 CFR 174.13(a)({number})",
            "warning",
            f"Not found: {ITEMS[number]}; {why}.",
            moot_if=AT_LEAST_DEFICIENT,
            missing=missing_item(number),
        )
    return finding(
        f"P-CONT-{number}",
        f"19 CFR 174.13(a)({number})",
        "error",
        f"Not given: {ITEMS[number]}.",
        outcome="deficient",
        missing=missing_item(number),
    )


def _inferred(number: int) -> Finding:
    # An element read only from a guess (which paragraph objects) may be another element; an
    # accept must rest on every item found by a sure cue, so a person confirms this one.
    return finding(
        f"P-CONT-{number}",
        f"19 CFR 174.13(a)({number})",
        "warning",
        f"Found only by an inferred cue: {ITEMS[number]}; a person confirms it is given.",
        moot_if=AT_LEAST_DEFICIENT,
    )


def _from_attachment(number: int, point: str) -> Finding:
    # The protest must itself give the importer number and each entry's dates (174.13(a)(2)-
    # (4)); a copy of the entry summary or the notice of liquidation sent with it corroborates,
    # but a value read only there, or printed otherwise there, is for a person to settle before
    # the protest is accepted or a deficiency letter goes out.
    return finding(f"P-CONT-{number}", f"19 CFR 174.13(a)({number})", "warning",
                   f"{point}; a person decides.", person_decides=True)


def _surety_certification(
    facts: ProtestFacts, prior_protests: Sequence[PriorProtest]
) -> list[Finding]:
    # (8) binds a surety only where no other party protested in time. The portal lists protests
    # on file but not whether they were timely, so entries covered by another party's protest
    # leave the point open instead of settling it.
    if not facts.surety_protest or facts.non_collusion_certified:
        return []
    keys = [entry_key(e, i) for i, e in enumerate(facts.entries)]
    covered = {
        entry_number_key(p.entry_number)
        for p in prior_protests
        if not same_protest_number(p.protest_number, facts.protest_number)
        and same_party(
            p.importer_number, p.protestant_name, facts.importer_number, facts.protestant_name
        )
        is False
    }
    uncovered = [k for k in keys if k not in covered]
    message = f"Not given: {ITEMS[8]}"
    if uncovered or not keys:
        return [
            finding(
                "P-CONT-8",
                "19 CFR 174.13(a)(8)",
                "error",
                f"{message} (no other party's protest on {', '.join(uncovered) or 'file'}).",
                outcome="deficient",
                missing=missing_item(8),
            )
        ]
    return [
        finding(
            "P-CONT-8",
            "19 CFR 174.13(a)(8)",
            "warning",
            f"{message}; other parties protested every entry, and whether those protests "
            "were timely decides if it is needed.",
            moot_if=AT_LEAST_DEFICIENT,
            missing=missing_item(8),
        )
    ]


def _drawback_declaration(facts: ProtestFacts) -> list[Finding]:
    # The required wording of (9) is VERIFY: when no declaration was found it may be there in
    # words the reader does not know. It is listed as missing, and decide() sends the item to a
    # person only if that alone would turn an accept into a deficiency.
    if facts.drawback_declaration is not None:
        return []
    return [
        finding(
            "P-CONT-9",
            "19 CFR 174.13(a)(9)",
            "warning",
            f"Not found: {ITEMS[9]} (its wording varies: VERIFY).",
            moot_if=AT_LEAST_DEFICIENT,
            missing=missing_item(9),
        )
    ]


def check_several_entries(facts: ProtestFacts) -> list[Finding]:
    """174.13(b): several entries need one party, one category of goods and a common decision.

    One Form 19 has one protestant and one goods description, so party and goods are one by
    construction; what the facts can show is one decision protested and no entry twice.
    Entries at different ports are allowed and not checked.
    """
    if len(facts.entries) < 2:
        return []
    findings: list[Finding] = []
    keys = Counter(entry_key(e, i) for i, e in enumerate(facts.entries) if e.entry_number)
    twice = sorted(k for k, n in keys.items() if n > 1)
    if twice:
        findings.append(
            finding(
                "P-MULTI-1",
                CITE_SEVERAL_ENTRIES,
                "warning",
                f"Entry listed more than once: {', '.join(twice)}.",
                entries=twice,
            )
        )
    if facts.category is None:
        findings.append(
            finding(
                "P-MULTI-1",
                CITE_SEVERAL_ENTRIES,
                "warning",
                f"{len(facts.entries)} entries, but no decision protested is "
                "named: a decision common to all of them cannot be confirmed.",
                moot_if=AT_LEAST_DEFICIENT,
            )
        )
    return findings
