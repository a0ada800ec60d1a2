"""Five ways a 1592 case reaches the drafting officer: three by borb, two as Calc worksheets."""

from __future__ import annotations

from collections.abc import Callable

from bench.corpus_fifth.ink import Ink
from bench.corpus_fifth.model import Block, Break, Fields, Grid, Para, Title
from bench.corpus_fifth.parties import PEOPLE
from bench.corpus_fifth.penalty_facts import PenaltyFacts

Style = Callable[[PenaltyFacts, Ink], list[Block]]
CULPABILITY = {
    "negligence": ["negligence", "Negligence (19 U.S.C. 1592(c)(3))", "NEGLIGENCE",
                   "a negligent violation: failure to exercise reasonable care (negligence)",
                   "Neg."],
    "gross_negligence": ["gross negligence", "Gross Negligence (19 U.S.C. 1592(c)(2))",
                         "GROSS NEGLIGENCE", "wanton disregard of the facts (gross negligence)",
                         "Gross Neg."],
    "fraud": ["fraud", "Fraud (19 U.S.C. 1592(c)(1))", "FRAUD",
              "a knowing and voluntary false statement (fraud)", "Fraud"],
}
MARKS = [("Y", "N"), ("Yes", "No"), ("LIQ", "UNLIQ"), ("Liquidated", "Unliquidated"),
         ("Final", "Open")]
HEADERS = [["Entry No.", "Entry Date", "Liquidated?", "Entered Value", "Duty Paid", "Duty Owed"],
           ["Entry Number", "Date of Entry", "Liq. Status", "Value (USD)", "Duties Deposited",
            "Duties Lawfully Owed"],
           ["Entry #", "Entry Dt.", "Status", "Entered Value (USD)", "Duty Deposited",
            "Correct Duty"]]


def _case_no(facts: PenaltyFacts, ink: Ink) -> str:
    label = ink.one(["Case No.", "FP&F Case Number:", "Case #", "Penalty Case No.", "Case Number:"])
    return f"{label} {ink.t(facts.case_number)}"


def _culpability(facts: PenaltyFacts, ink: Ink) -> str:
    return ink.one(CULPABILITY[facts.culpability])


def _disclosure(facts: PenaltyFacts, ink: Ink) -> str | None:
    if facts.prior_disclosure:
        return ink.one(["Prior disclosure: Yes (19 CFR 162.74), received before any inquiry.",
                        "The importer made a valid prior disclosure under 19 CFR 162.74.",
                        "PD: Y",
                        "A prior disclosure was filed before the start of a formal investigation.",
                        "Prior disclosure perfected; tender of the loss of duties received."])
    return ink.one([None, "Prior disclosure: No", "No prior disclosure was made.", "PD: N",
                    "The violation was not disclosed before the investigation began."])


def _commerce(facts: PenaltyFacts, ink: Ink) -> str | None:
    if facts.noncommercial:
        return ink.one(["The importation was for personal use and is noncommercial.",
                        "Importation type: Non-commercial (personal effects)."])
    return ink.one([None, "Importation type: Commercial", "The goods were imported for resale."])


def _values(facts: PenaltyFacts, ink: Ink) -> list[tuple[str, str]]:
    rows = [(ink.one(["Domestic value", "Domestic Value (DV)", "D.V. of merchandise"]),
             ink.m(facts.domestic_value))]
    if facts.dutiable_value is not None:
        rows.append((ink.one(["Dutiable value", "Total dutiable value"]),
                     ink.m(facts.dutiable_value)))
    return rows


def _table(facts: PenaltyFacts, ink: Ink, ruled: bool) -> Grid:
    yes, no = ink.one(MARKS)
    with_loss = ink.rng.random() < 0.5
    header = list(ink.one(HEADERS)) + (["Loss"] if with_loss else [])
    rows = []
    for entry in facts.entries:
        row = [ink.t(entry.number), ink.d(entry.entered), yes if entry.liquidated else no,
               ink.m(entry.value), ink.m(entry.paid), ink.m(entry.owed)]
        rows.append(row + ([ink.m(entry.loss)] if with_loss else []))
    return Grid(header, rows, ruled=ruled)


def _party(facts: PenaltyFacts, ink: Ink) -> list[tuple[str, str]]:
    who = facts.party
    return [(ink.one(["Violator", "Party", "Importer of record", "Subject"]), ink.t(who.name)),
            ("Address", ink.t(who.address)),
            (ink.one(["IOR No.", "Importer number", "EIN"]), ink.t(who.ein))]


def _violation(facts: PenaltyFacts, ink: Ink) -> str:
    return (f"{ink.one(['Date of violation', 'Violation date', 'Earliest violation'])}: "
            f"{ink.d(facts.violation_date)}")


def _narrative(facts: PenaltyFacts, ink: Ink) -> str:
    return ink.one([
        f"Post-entry review showed that {facts.party.name} declared the goods under a provision "
        "with a lower rate than the one that applies.",
        "The invoices presented at entry understated the price actually paid; the difference was "
        "remitted to the seller through a separate account.",
        "The importer misdescribed the merchandise on the entry summaries and claimed a trade "
        "preference for which the goods did not qualify.",
    ])


def _lines(*texts: str | None) -> list[Block]:
    return [Para(text) for text in texts if text]


def referral_memo(facts: PenaltyFacts, ink: Ink) -> list[Block]:
    """An FP&F referral memorandum: TO/FROM/DATE/SUBJECT, facts in prose, a ruled entries table."""
    blocks: list[Block] = [
        Title("MEMORANDUM"),
        Para(f"TO: Fines, Penalties & Forfeitures Officer, Port of {facts.port[0]}"),
        Para(f"FROM: {ink.one(PEOPLE)}, Import Specialist"),
        Para(f"DATE: {ink.d(facts.today)}"),
        Para(f"SUBJECT: 19 U.S.C. 1592 referral - {_case_no(facts, ink)}", bold=True),
        Para(f"The party is {ink.t(facts.party.name)}, {ink.t(facts.party.address)}, importer "
             f"number {ink.t(facts.party.ein)}. {_narrative(facts, ink)}"),
        Para(f"The facts support a finding of {_culpability(facts, ink)}. "
             f"{_violation(facts, ink)}."),
        *_lines(_disclosure(facts, ink), _commerce(facts, ink)),
        _table(facts, ink, ruled=True),
        Fields(_values(facts, ink)),
        Para("Please prepare the pre-penalty notice or the penalty notice as appropriate."),
    ]
    return blocks


def case_summary(facts: PenaltyFacts, ink: Ink) -> list[Block]:
    """A case-system summary: labelled fields and an entries table printed as aligned text."""
    blocks: list[Block] = [
        Title("PENALTY CASE SUMMARY"),
        Fields([("Case", ink.t(facts.case_number)), *_party(facts, ink),
                ("Culpability", _culpability(facts, ink))]),
        Para(_violation(facts, ink)),
        *_lines(_disclosure(facts, ink), _commerce(facts, ink)),
        _table(facts, ink, ruled=False),
        Fields(_values(facts, ink)),
    ]
    return blocks


def audit_referral(facts: PenaltyFacts, ink: Ink) -> list[Block]:
    """A Regulatory Audit referral in prose, entries as bullets, on two pages."""
    who = facts.party
    blocks: list[Block] = [
        Title("Regulatory Audit - Referral for Penalty Action"), Para(_case_no(facts, ink)),
        Para(f"Auditee: {ink.t(who.name)}, {ink.t(who.address)}; "
             f"importer number {ink.t(who.ein)}."),
        Para(_narrative(facts, ink)),
        Para(f"We consider the level of culpability to be {_culpability(facts, ink)}."),
        Break(), Para("Entries examined:")]
    yes, no = ink.one(MARKS)
    for entry in facts.entries:
        blocks.append(Para(
            f"- {ink.t(entry.number)}, entered {ink.d(entry.entered)}, "
            f"{yes if entry.liquidated else no}; entered value {ink.m(entry.value)}; duty paid "
            f"{ink.m(entry.paid)}; duty owed {ink.m(entry.owed)}"))
    blocks += [Para(f"{_violation(facts, ink)}."), *_lines(_disclosure(facts, ink),
                                                            _commerce(facts, ink))]
    return blocks + [Para(f"{label}: {value}") for label, value in _values(facts, ink)]


def computation_sheet(facts: PenaltyFacts, ink: Ink) -> list[Block]:
    """An FP&F computation worksheet, with the referral text in merged cells."""
    return [Title(f"PENALTY COMPUTATION WORKSHEET - PORT {facts.port[1]}"),
            Fields([("Case number", ink.t(facts.case_number)), *_party(facts, ink),
                    ("Culpability", _culpability(facts, ink)),
                    ("Violation date", ink.d(facts.violation_date))]),
            _table(facts, ink, ruled=ink.rng.random() < 0.5),
            Fields(_values(facts, ink)),
            *_lines(_disclosure(facts, ink), _commerce(facts, ink)),
            Para(f"Narrative: {_narrative(facts, ink)}")]


def initiation_sheet(facts: PenaltyFacts, ink: Ink) -> list[Block]:
    """A case initiation sheet: check boxes, then the entries on a second page."""
    culp = facts.culpability
    boxes = "   ".join(f"[{'X' if culp == key else ' '}] {label}" for key, label in
                       (("negligence", "Negligence"), ("gross_negligence", "Gross negligence"),
                        ("fraud", "Fraud")))
    return [Title("CASE INITIATION - 19 U.S.C. 1592"),
            Fields([("Case", ink.t(facts.case_number)), *_party(facts, ink),
                    ("Culpability", boxes),
                    ("Prior disclosure", "[X] Yes  [ ] No" if facts.prior_disclosure
                     else "[ ] Yes  [X] No"),
                    ("Commercial importation", "[ ] Yes  [X] No" if facts.noncommercial
                     else "[X] Yes  [ ] No")]),
            Para(_violation(facts, ink)), Break(), Title("ENTRIES"),
            _table(facts, ink, ruled=True), Fields(_values(facts, ink))]


STYLES: dict[str, dict[str, Style]] = {
    "borb": {"referral-memo": referral_memo, "case-summary": case_summary,
             "audit-referral": audit_referral},
    "calc": {"computation-sheet": computation_sheet, "initiation-sheet": initiation_sheet},
}
