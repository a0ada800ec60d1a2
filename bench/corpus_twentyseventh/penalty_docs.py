"""Three referral styles: a Focused Assessment audit-findings extract, a chronology of events, and a
typewritten FP&F case transmittal (mandoc)."""

from __future__ import annotations

import random

from . import fmt
from .doc import Doc
from .penalty_cases import Penalty
from .people import OFFICERS

CULP_WORDS = {
    "negligence": [
        "negligence",
        "negligent",
        "Negligence (19 U.S.C. 1592(a)(1))",
        "ordinary negligence",
    ],
    "gross_negligence": [
        "gross negligence",
        "grossly negligent",
        "Gross Negligence",
        "gross negligence (actual knowledge or wanton disregard)",
    ],
    "fraud": ["fraud", "fraudulent", "Fraud (knowing and voluntary)", "intentional (fraud)"],
}
PD_WORDS = [
    "A valid prior disclosure under 19 CFR 162.74 was filed before any investigation began.",
    "The importer made a prior disclosure (19 CFR 162.74) and tendered the duties.",
    "Prior disclosure: yes - perfected before notice of a formal investigation.",
]
NO_PD = [
    "No prior disclosure was made.",
    "Prior disclosure: none.",
    "The importer did not file a prior disclosure.",
]


def _culp(p: Penalty, rng: random.Random) -> str:
    return rng.choice(CULP_WORDS[p.culpability])


def _facts(p: Penalty) -> str:
    what = {
        "undervaluation": "the invoices presented at entry understated the price actually paid; "
        "the "
        "importer paid the supplier a second invoice by wire for the difference",
        "misclassification": "the goods were entered under a duty-free subheading although the "
        "importer's own "
        "product specifications place them in a dutiable one",
        "wrong country of "
        "origin": "the goods were declared as products of Vietnam although the factory "
        "records show they were made in China and only repacked in Vietnam",
    }
    return f"The {p.violation} was found in the audit: {what[p.violation]}."


def _table(p: Penalty, rng: random.Random, ms: str, ds: str) -> tuple[list[str], list[list[str]]]:
    marks = rng.choice([("Y", "N"), ("Yes", "No"), ("LIQ", "UNLIQ"), ("Liquidated", "Open")])
    heads = rng.choice(
        [
            ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"],
            [
                "Entry Number",
                "Date of Entry",
                "Status",
                "Value (USD)",
                "Duties Deposited",
                "Correct Duty",
            ],
            ["Entry #", "Entered", "Liquidated?", "Entered Value", "Duty Deposited", "Duties Owed"],
        ]
    )
    rows = [
        [
            e.number,
            fmt.date(e.entered, ds),
            marks[0] if e.liquidated else marks[1],
            fmt.money(e.value, ms),
            fmt.money(e.paid, ms),
            fmt.money(e.owed, ms),
        ]
        for e in p.entries
    ]
    return heads, rows


def _shows(doc: Doc, p: Penalty, rows: list[list[str]], ms: str, ds: str) -> None:
    doc.shows(
        p.number,
        p.name,
        *p.address,
        p.ior,
        fmt.money(p.domestic, ms),
        fmt.money(p.dutiable, ms),
        fmt.date(p.violation_date, ds),
    )
    for row in rows:
        doc.shows(*[row[i] for i in (0, 1, 3, 4, 5)])


def _facts_blocks(doc: Doc, p: Penalty, rng: random.Random) -> None:
    """The goods, the kind of violation and the facts; a no-facts referral leaves one out."""
    # Leaving out the kind of violation would leave the facts naming it, so only goods or facts go.
    drop = rng.choice(["goods", "facts"]) if p.case == "no-facts" else ""
    if drop != "goods":
        doc.add("kv", [("Merchandise:", p.goods)])
    doc.add("kv", [("Violation:", f"False statements at entry ({p.violation}), 19 U.S.C. 1592(a)")])
    if drop != "facts":
        doc.add("para", _facts(p))


def audit(p: Penalty, rng: random.Random) -> Doc:
    """Focused Assessment findings (condition, criteria, cause, effect) extracted for FP&F."""
    ms, ds = rng.choice(fmt.MONEY_STYLES), fmt.pick_date_style(rng)
    doc = Doc("penalty-case", p.case, "audit", f"FA Findings Extract - Case {p.number}")
    doc.add("title", "FOCUSED ASSESSMENT - AUDIT FINDINGS EXTRACT FOR PENALTY REFERRAL")
    doc.add(
        "kv",
        [
            ("FP&F Case No.:", p.number),
            ("Auditee:", p.name),
            ("Address:", ", ".join(p.address)),
            ("IOR No.:", p.ior),
            ("Port:", f"{p.port[1]} ({p.port[0]})"),
        ],
    )
    doc.add("head", "Finding 1")
    doc.add(
        "para",
        f"Condition: entries from {fmt.date(p.violation_date, ds)} on were filed with false "
        "statements."
        + (
            " The importations were for the importer's own non-commercial use."
            if p.noncommercial
            else ""
        ),
    )
    _facts_blocks(doc, p, rng)
    doc.add(
        "para",
        f"Criteria: 19 U.S.C. 1484 and 1592(a). Cause: the audit team rates the conduct as "
        f"{_culp(p, rng)}. " + rng.choice(PD_WORDS if p.disclosure else NO_PD),
    )
    if rng.random() < 0.5:
        doc.add("break")
    doc.add("head", "Effect - entries tested")
    heads, rows = _table(p, rng, ms, ds)
    doc.add("table", heads, rows)
    doc.add(
        "kv",
        [
            ("Domestic value:", fmt.money(p.domestic, ms)),
            ("Dutiable value:", fmt.money(p.dutiable, ms)),
            ("Date of violation:", fmt.date(p.violation_date, ds)),
        ],
    )
    officer = rng.choice(OFFICERS)
    doc.add(
        "sign", [f"Prepared by {officer}, Auditor, Regulatory Audit and Agency Advisory Services"]
    )
    _shows(doc, p, rows, ms, ds)
    return doc


def chronology(p: Penalty, rng: random.Random) -> Doc:
    """A referral written as a dated timeline of events, with the computation facts at the end."""
    ms, ds = rng.choice(fmt.MONEY_STYLES), fmt.pick_date_style(rng)
    doc = Doc("penalty-case", p.case, "chronology", f"Case {p.number} - Chronology")
    doc.add("title", "PENALTY REFERRAL - CHRONOLOGY OF EVENTS")
    doc.add(
        "lines",
        [
            f"Case number {p.number}",
            f"Subject: {p.name}",
            ", ".join(p.address),
            f"Importer number {p.ior}",
        ],
    )
    events = [(e.entered, f"Entry {e.number} filed at {p.port[1]}.") for e in p.entries]
    events.sort()
    doc.add("head", "Chronology")
    doc.add("table", ["Date", "Event"], [[fmt.date(d, ds), text] for d, text in events])
    if p.disclosure:
        doc.add("para", rng.choice(PD_WORDS))
    _facts_blocks(doc, p, rng)
    doc.add(
        "para",
        f"Culpability assessed: {_culp(p, rng)}."
        + ("" if p.disclosure else " " + rng.choice(NO_PD))
        + (" Noncommercial importation (personal use)." if p.noncommercial else ""),
    )
    doc.add("head", "Entries and duties")
    heads, rows = _table(p, rng, ms, ds)
    doc.add("table", heads, rows)
    doc.add(
        "para",
        f"Violation date (earliest entry): {fmt.date(p.violation_date, ds)}. Domestic value "
        f"{fmt.money(p.domestic, ms)}; dutiable value {fmt.money(p.dutiable, ms)}.",
    )
    doc.add("sign", [rng.choice(OFFICERS), "Fines, Penalties and Forfeitures Specialist"])
    _shows(doc, p, rows, ms, ds)
    return doc


def transmittal(p: Penalty, rng: random.Random) -> Doc:
    """A typewritten FP&F case transmittal (mandoc): tagged particulars, an indented entry list."""
    ms, ds = rng.choice(fmt.MONEY_STYLES), fmt.pick_date_style(rng)
    doc = Doc("penalty-case", p.case, "transmittal", f"FPF  case  {p.number}")
    doc.add("head", "Case")
    doc.add(
        "kv",
        [
            ("Case No.", p.number),
            ("Violator", p.name),
            ("Address", ", ".join(p.address)),
            ("Importer No.", p.ior),
            ("Culpability", _culp(p, rng)),
            ("Violation date", fmt.date(p.violation_date, ds)),
        ],
    )
    doc.add("head", "Facts")
    _facts_blocks(doc, p, rng)
    doc.add(
        "para",
        rng.choice(PD_WORDS if p.disclosure else NO_PD)
        + (" The goods were imported for personal, noncommercial use." if p.noncommercial else ""),
    )
    doc.add("head", "Entries")
    heads, rows = _table(p, rng, ms, ds)
    doc.add("table", heads, rows)
    doc.add("head", "Values")
    doc.add(
        "kv",
        [
            ("Domestic value", fmt.money(p.domestic, ms)),
            ("Dutiable value", fmt.money(p.dutiable, ms)),
        ],
    )
    doc.add("sign", [rng.choice(OFFICERS), "FP&F Officer"])
    _shows(doc, p, rows, ms, ds)
    return doc
