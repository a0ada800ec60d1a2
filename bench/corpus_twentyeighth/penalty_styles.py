"""Three ways a penalty referral reaches FP&F: a case summary sheet, a memorandum with a findings
table, and an investigative report with the entries in prose bullets."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.corpus_twentyeighth import fakes
from bench.corpus_twentyeighth.doc import (
    Block,
    Boxes,
    Bullets,
    Doc,
    Fields,
    Gap,
    Head,
    Para,
    Table,
    Title,
)
from bench.corpus_twentyeighth.penalty_cases import Case

CULPABILITY = {
    "negligence": ["Negligence", "negligent", "Negligence (19 U.S.C. 1592(c)(3))"],
    "gross_negligence": [
        "Gross negligence",
        "grossly negligent",
        "Gross Negligence (19 U.S.C. 1592(c)(2))",
    ],
    "fraud": ["Fraud", "fraudulent", "Fraud (19 U.S.C. 1592(c)(1))"],
}


def _m(c: Case, cents: int) -> str:
    return fakes.money_text(cents, c.money_style)


def _d(c: Case, day: object) -> str:
    return fakes.date_text(day, c.date_style)  # type: ignore[arg-type]


def _goods(c: Case) -> str:
    return c.goods[0].lower() + c.goods[1:]


def _disclosure(c: Case) -> str:
    if c.disclosed:
        return (
            "The party filed a prior disclosure under 19 CFR 162.74 before CBP began a formal "
            "investigation, and tendered the loss of duties it disclosed."
        )
    return "No prior disclosure was made; the violation was found by a CBP audit."


def _commercial(c: Case) -> str:
    if c.commercial:
        return "The importations were commercial shipments for resale."
    return (
        "The importation was a noncommercial importation of personal and household effects by a "
        "private individual, not for sale."
    )


def _party_rows(c: Case) -> list[tuple[str, str]]:
    rows = [("Violator:", c.party), ("Address:", ", ".join(c.address))]
    if c.ior:
        rows.append(("Importer No.:", c.ior))
    return rows


def summary(c: Case, rng: random.Random) -> Doc:
    """A Fines, Penalties & Forfeitures case summary: ruled boxes, a ruled entry grid, totals."""
    liq = rng.choice([("Liquidated", "Unliquidated"), ("Y", "N"), ("Final", "Open")])
    rows = tuple(
        (
            e.entry_number,
            _d(c, e.entry_date),
            liq[0] if e.liquidated else liq[1],
            _m(c, e.entered),
            _m(c, e.paid),
            _m(c, e.owed),
        )
        for e in c.entries
    )
    blocks: list[Block] = [
        Title("FINES, PENALTIES & FORFEITURES - CASE SUMMARY", size=12, align="center"),
        Para(f"Port of {c.port[1]} ({c.port[0]})", size=8, align="center"),
        Boxes(
            (
                ("FP&F CASE NUMBER", c.number),
                ("DATE OF VIOLATION", _d(c, c.violation)),
                ("LAW VIOLATED", "19 U.S.C. 1592"),
            )
        ),
        Boxes((("PARTY", c.party),)),
        Boxes(
            (("ADDRESS", ", ".join(c.address)), ("IMPORTER NO.", c.ior or "none")), widths=(5, 2)
        ),
        Boxes(
            (
                ("CULPABILITY", CULPABILITY[c.culpability][0]),
                ("PRIOR DISCLOSURE", "Yes" if c.disclosed else "No"),
                ("TYPE OF IMPORTATION", "Commercial" if c.commercial else "Noncommercial"),
            )
        ),
        Title("ENTRIES", size=10),
        Table(
            ("Entry No.", "Entry Date", "Liq. Status", "Entered Value", "Duty Paid", "Duty Owed"),
            rows,
            widths=(3, 2, 2, 2, 2, 2),
        ),
        Fields((("Domestic value:", _m(c, c.domestic)), ("Dutiable value:", _m(c, c.dutiable)))),
        Title("NARRATIVE", size=10),
        Para(
            f"The party declared {_goods(c)} at a lower rate of duty than the rate that applies. "
            + _disclosure(c)
            + " "
            + _commercial(c)
        ),
        Gap(8),
        Para(f"Prepared by: {c.officer[0]}, {c.officer[1]}"),
    ]
    return Doc(blocks, serif=False, size=9, footer=f"FP&F case {c.number} - for official use only")


def memo(c: Case, rng: random.Random) -> Doc:
    """An import specialist's memorandum to FP&F, its findings in an unruled table."""
    head = (
        "Entry",
        "Date of entry",
        "Status",
        "Value (USD)",
        "Duty deposited",
        "Duty lawfully owed",
    )
    rows = tuple(
        (
            e.entry_number,
            _d(c, e.entry_date),
            "LIQ" if e.liquidated else "UNLIQ",
            fakes.money_text(e.entered, "plain"),
            fakes.money_text(e.paid, "plain"),
            fakes.money_text(e.owed, "plain"),
        )
        for e in c.entries
    )
    blocks: list[Block] = [
        Head(
            "U.S. Customs and Border Protection",
            (f"Office of Field Operations - Port of {c.port[1]}",),
            align="left",
        ),
        Title("MEMORANDUM", size=14),
        Fields(
            (
                ("TO:", "Fines, Penalties and Forfeitures Officer"),
                ("FROM:", f"{c.officer[0]}, {c.officer[1]}"),
                ("DATE:", _d(c, c.today)),
                ("SUBJECT:", f"Penalty referral, case {c.number}"),
            )
        ),
        Para(
            f"This memorandum refers {c.party} ({', '.join(c.address)}"
            + (f"; importer number {c.ior}" if c.ior else "")
            + ") for a penalty under 19 U.S.C. 1592."
        ),
        Para(
            f"Findings. The entries below understated the duty owed on {_goods(c)}. We find the "
            f"violation {CULPABILITY[c.culpability][1]}; the first violation occurred on "
            f"{_d(c, c.violation)}."
        ),
        Table(
            head,
            rows,
            ruled=False,
            widths=(3, 2, 1, 2, 2, 2),
            caption="Table 1 - Findings by entry",
        ),
        Para(
            f"The domestic value of the merchandise is {_m(c, c.domestic)}; its dutiable value is "
            f"{_m(c, c.dutiable)}."
        ),
        Para(_disclosure(c) + " " + _commercial(c)),
        Para("Please open a case and issue the appropriate notice."),
        Gap(12),
        Para(c.officer[0]),
        Para(c.officer[1]),
    ]
    return Doc(blocks, serif=True, size=10, footer="Law enforcement sensitive")


def report(c: Case, rng: random.Random) -> Doc:
    """A report of investigation: numbered sections, each entry a bulleted sentence."""
    items = tuple(
        f"Entry {e.entry_number}, filed {_d(c, e.entry_date)} "
        f"({'liquidated' if e.liquidated else 'not yet liquidated'}): "
        f"entered value {_m(c, e.entered)}; duty paid {_m(c, e.paid)}; duty owed {_m(c, e.owed)}."
        for e in c.entries
    )
    blocks: list[Block] = [
        Title("REPORT OF INVESTIGATION", size=13, align="center"),
        Fields(
            (
                ("Case number:", c.number),
                ("Title:", c.party),
                ("Reporting agent:", c.officer[0]),
                ("Date of report:", _d(c, c.today)),
            )
        ),
        Title("1. Subject", size=11),
        Para(
            f"{c.party}, {', '.join(c.address)}."
            + (f" Importer of record number {c.ior}." if c.ior else "")
        ),
        Title("2. Synopsis", size=11),
        Para(
            f"The investigation found that the subject's entries of {_goods(c)} were "
            f"{CULPABILITY[c.culpability][1]}ly misdescribed."
            if c.culpability != "fraud"
            else "The investigation found that the subject knowingly misdescribed its "
            f"entries of {_goods(c)}."
        ),
        Para(
            f"Culpability: {CULPABILITY[c.culpability][2]}. "
            f"Date of violation: {_d(c, c.violation)}."
        ),
        Title("3. Entries examined", size=11),
        Bullets(items, mark="-"),
        Title("4. Values", size=11),
        Para(f"Domestic value: {_m(c, c.domestic)}. Dutiable value: {_m(c, c.dutiable)}."),
        Title("5. Disclosure and nature of the importation", size=11),
        Para(_disclosure(c) + " " + _commercial(c)),
        Gap(10),
        Para(f"{c.officer[0]}\n{c.officer[1]}"),
    ]
    return Doc(blocks, serif=rng.random() < 0.5, size=10, footer=f"ROI {c.number}")


STYLES: dict[str, Callable[[Case, random.Random], Doc]] = {
    "summary": summary,
    "memo": memo,
    "report": report,
}
