"""Four ways an FP&F officer refers a 1592 case: summary grid, bare worksheet, memo behind a
slip, form boxes."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from bench.corpus_eleventh.doc import (
    Block,
    Boxes,
    Document,
    Lines,
    PageBreak,
    Para,
    Table,
    Title,
    show_date,
    show_money,
)
from bench.corpus_eleventh.penalties import PenaltyFacts

CULPABILITY = {
    "negligence": (
        "Negligence (19 U.S.C. 1592(c)(3))",
        "negligent violation",
        "NEG - failure to exercise reasonable care",
        "Level of culpability: negligence",
        "ordinary negligence",
    ),
    "gross_negligence": (
        "Gross negligence (19 U.S.C. 1592(c)(2))",
        "grossly negligent violation",
        "GN",
        "Level of culpability: gross negligence",
        "gross negligence",
    ),
    "fraud": (
        "Fraud (19 U.S.C. 1592(c)(1))",
        "fraudulent violation",
        "FRAUD - knowing and voluntary",
        "Level of culpability: fraud",
        "fraud",
    ),
}
DISCLOSED = (
    "Prior disclosure: YES - valid under 19 CFR 162.74",
    "The importer made a valid prior disclosure.",
    "PD filed and accepted (162.74).",
    "Prior disclosure received before the investigation began.",
)
NOT_DISCLOSED = (
    "Prior disclosure: none.",
    "No prior disclosure was made.",
    "PD: N",
    "The violator did not disclose.",
)
MARKS = (
    ("Y", "N"),
    ("LIQ", "UNLIQ"),
    ("Final", "Open"),
    ("Liquidated", "Unliquidated"),
    ("Yes", "No"),
)


def _short_culp(facts: PenaltyFacts, rng: random.Random) -> str:
    return rng.choice(CULPABILITY[facts.culpability])


def _pd(facts: PenaltyFacts, rng: random.Random) -> str:
    return rng.choice(DISCLOSED if facts.disclosed else NOT_DISCLOSED)


def _rows(
    facts: PenaltyFacts, ds: str, ms: str, marks: tuple[str, str]
) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            e.entry_number,
            show_date(e.entry_date, ds),
            marks[0] if e.liquidated else marks[1],
            show_money(e.entered_value, ms),
            show_money(e.duty_paid, ms),
            show_money(e.duty_owed, ms),
        )
        for e in facts.entries
    )


def _values(facts: PenaltyFacts, ms: str) -> list[Block]:
    blocks: list[Block] = [Para(f"Domestic value: {show_money(facts.domestic, ms)}")]
    if facts.dutiable is not None:
        blocks.append(Para(f"Dutiable value: {show_money(facts.dutiable, ms)}"))
    if facts.noncommercial:
        blocks.append(Para("The importation was noncommercial (personal use goods)."))
    return blocks


def _totals(facts: PenaltyFacts, ms: str) -> tuple[str, ...]:
    total = [
        sum((getattr(e, f) for e in facts.entries), Decimal(0))
        for f in ("entered_value", "duty_paid", "duty_owed")
    ]
    return ("TOTAL", "", "", *(show_money(t, ms) for t in total))


def summary(facts: PenaltyFacts, rng: random.Random, ds: str) -> Document:
    """A landscape tabular case summary with a totals row, then a narrative."""
    ms = rng.choice(("dollar", "grouped"))
    marks = rng.choice(MARKS)
    doc = Document(font="sans", landscape=True)
    doc.add(
        Title("CASE SUMMARY - 19 U.S.C. 1592"),
        Table(
            ("Case no.", "Violator", "Address", "IOR"),
            ((facts.case_number, facts.name, ", ".join(facts.address), facts.ior),),
        ),
        Table(
            (
                "Entry",
                "Entered",
                "Liq. status",
                "Entered value",
                "Duty deposited",
                "Duty lawfully owed",
            ),
            (*_rows(facts, ds, ms, marks), _totals(facts, ms)),
        ),
        *_values(facts, ms),
        Para("Narrative", bold=True),
        Para(
            f"Post-entry audit found the goods undervalued. Assessed: {_short_culp(facts, rng)}. "
            f"{_pd(facts, rng)} The first violation occurred on {show_date(facts.violation, ds)}."
        ),
        Lines(("Prepared by: FP&F Specialist R. Quintero", f"Port {facts.case_number[:4]}")),
    )
    return doc


def worksheet(facts: PenaltyFacts, rng: random.Random, ds: str) -> Document:
    """A computation worksheet typed as aligned columns with no rules."""
    ms = rng.choice(("plain", "usd", "grouped"))
    marks = rng.choice(MARKS)
    doc = Document(font="mono")
    doc.add(
        Lines(
            (
                f"PENALTY COMPUTATION WORKSHEET         CASE {facts.case_number}",
                f"PARTY: {facts.name}",
                f"ADDR:  {', '.join(facts.address)}",
                f"IOR:   {facts.ior}",
                f"DATE OF VIOLATION: {show_date(facts.violation, ds)}",
            )
        ),
        Table(
            ("ENTRY NO", "ENTRY DT", "LIQ", "VALUE", "PAID", "OWED"),
            _rows(facts, ds, ms, marks),
            ruled=False,
        ),
        *_values(facts, ms),
        Para(f"CULPABILITY: {_short_culp(facts, rng)}"),
        Para(_pd(facts, rng)),
    )
    return doc


def memo(facts: PenaltyFacts, rng: random.Random, ds: str) -> Document:
    """A transmittal slip, then the referral memorandum with a ruled entries table."""
    ms = rng.choice(("dollar", "usd"))
    marks = rng.choice(MARKS)
    doc = Document(font="serif")
    doc.add(
        Title("ROUTING AND TRANSMITTAL SLIP"),
        Table(("To", "Initials", "Date"), (("Chief, FP&F", "", ""), ("Penalty Branch", "", ""))),
        Para("Remarks: referral attached for a pre-penalty review."),
        PageBreak(),
        Title("MEMORANDUM"),
        Lines(
            (
                "TO: Fines, Penalties and Forfeitures Officer",
                "FROM: Regulatory Audit",
                f"SUBJECT: Penalty referral, case {facts.case_number}",
            )
        ),
        Para(
            f"{facts.name}, {', '.join(facts.address)} (importer number {facts.ior}), made "
            f"the entries below. "
            f"We find a {_short_culp(facts, rng)}. {_pd(facts, rng)}"
        ),
        Table(
            ("Entry #", "Date of Entry", "Status", "Value", "Duty Paid", "Correct Duty"),
            _rows(facts, ds, ms, marks),
        ),
        *_values(facts, ms),
        Para(f"Date of violation: {show_date(facts.violation, ds)}."),
    )
    return doc


def boxes(facts: PenaltyFacts, rng: random.Random, ds: str) -> Document:
    """A case-initiation form in boxes; the entries grid puts duty owed before duty paid."""
    ms = rng.choice(("dollar", "grouped", "plain"))
    marks = rng.choice(MARKS)
    doc = Document(font=rng.choice(("sans", "serif")), drawn=True)
    doc.add(
        Title("Penalty Case Initiation"),
        Boxes((("Case number", facts.case_number), ("Importer no.", facts.ior))),
        Boxes((("Party", facts.name), ("Address", ", ".join(facts.address)))),
        Boxes(
            (
                ("Violation date", show_date(facts.violation, ds)),
                ("Culpability", _short_culp(facts, rng)),
            )
        ),
    )
    rows = tuple(
        (
            e.entry_number,
            show_date(e.entry_date, ds),
            show_money(e.entered_value, ms),
            show_money(e.duty_owed, ms),
            show_money(e.duty_paid, ms),
            marks[0] if e.liquidated else marks[1],
        )
        for e in facts.entries
    )
    doc.add(
        Table(
            (
                "Entry Number",
                "Entry Date",
                "Entered Value",
                "Duties Lawfully Owed",
                "Duties Deposited",
                "Liquidated?",
            ),
            rows,
        ),
        *_values(facts, ms),
        Para(_pd(facts, rng)),
    )
    return doc


STYLES: dict[str, Callable[[PenaltyFacts, random.Random, str], Document]] = {
    "summary": summary,
    "worksheet": worksheet,
    "memo": memo,
    "boxes": boxes,
}
