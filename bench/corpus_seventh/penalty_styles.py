"""Penalty referral styles: a case-system key = value export and an officer's memo to file."""

from __future__ import annotations

from datetime import date
from typing import Any

from bench.corpus_seventh.fmt import Doc, Pick, money_styles

CULP_WORDS = {
    "negligence": [
        "NEGLIGENCE",
        "negligent",
        "Negligence (failure to exercise reasonable care)",
        "ordinary negligence",
        "Neg.",
    ],
    "gross_negligence": [
        "GROSS NEGLIGENCE",
        "grossly negligent",
        "Gross Negligence",
        "gross negligence (wanton disregard)",
        "Gross Neg.",
    ],
    "fraud": [
        "FRAUD",
        "fraudulent",
        "Fraud (knowing and intentional)",
        "intentional fraud",
        "Fraud",
    ],
}
PD_YES = [
    "Prior disclosure: YES - valid under 19 CFR 162.74, filed before any investigation.",
    "The party made a valid prior disclosure (162.74) and tendered the loss of duties.",
    "PD = accepted (19 CFR 162.74)",
]
PD_NO = [
    "Prior disclosure: none.",
    "No prior disclosure was made.",
    "PD = NO",
    "The party did not file a prior disclosure.",
]


def render(
    style: str, doc: Doc, v: dict[str, Any], entries: list[dict[str, Any]], pick: Pick, officer: str
) -> None:
    """Fill `doc` for `style`."""
    culp = pick.one(CULP_WORDS[v["culpability"]])
    pd = pick.one(PD_YES if v["prior_disclosure"] else PD_NO)
    form = [pick.rng.choice([0, 1, 2, 4])]
    violation = pick.date(date.fromisoformat(v["violation_date"]), form)
    money = pick.rng.choice([0, 1, 2])
    dv, dut = (_money(round(v[k] * 100), money) for k in ("domestic_value", "dutiable_value"))
    doc.printed += [
        v["case_number"],
        v["party_name"],
        v["party_address"],
        v["importer_number"],
        violation,
        dv,
        dut,
    ]
    rows = []
    marks = pick.rng.choice(
        [("Y", "N"), ("LIQ", "UNLIQ"), ("Liquidated", "Unliquidated"), ("Final", "Open")]
    )
    for e in entries:
        cells = [
            e["entry_number"],
            pick.date(e["entry_date"], form),
            marks[0] if e["liquidated"] else marks[1],
            _money(e["entered_value"], money),
            _money(e["duty_paid"], money),
            _money(e["duty_owed"], money),
        ]
        doc.printed += cells
        rows.append(cells)
    head = ["Entry No.", "Entry Date", "Liq. Status", "Entered Value", "Duty Paid", "Duty Owed"]
    if style == "kv-export":
        lines = [
            "FP&F CASE SYSTEM -- REFERRAL EXPORT",
            "=" * 64,
            f"case_no          = {v['case_number']}",
            f"violator         = {v['party_name'].upper()}; {v['party_address'].upper()}",
            f"ior_no           = {v['importer_number']}",
            f"violation_date   = {violation}",
            f"culpability      = {culp}",
            f"prior_disclosure = {pd}",
            "importation      = commercial",
            f"domestic_value   = {dv}",
            f"dutiable_value   = {dut}",
            "",
            "ENTRIES (" + " | ".join(head) + ")",
        ]
        lines += ["  " + "; ".join(r) for r in rows]
        lines += [
            "",
            f"referred by      = {officer}, Fines, Penalties & Forfeitures Officer",
            "note             = figures above are from the audit report; recompute before notice",
        ]
        doc.lines = lines
        doc.printed = [
            p.upper() if p in (v["party_name"], v["party_address"]) else p for p in doc.printed
        ]
        return
    doc.font = pick.one(["Times", "Helvetica", "Courier"])
    doc.header = f"MEMORANDUM TO FILE - case {v['case_number']}"
    doc.blocks = [
        ("b", "MEMORANDUM TO FILE"),
        ("p", f"Case number: {v['case_number']}"),
        (
            "p",
            f"Subject party: {v['party_name']}, {v['party_address']} (IOR {v['importer_number']})",
        ),
        ("p", f"Prepared by: {officer}, FP&F Officer"),
        ("b", "Chronology"),
        (
            "table",
            [
                ["Date", "Event"],
                [violation, "First entry with the misdescribed goods (date of violation)"],
                ["later", "Audit field work; findings sent to FP&F"],
            ],
        ),
        ("p", f"Level of culpability found: {culp}. {pd}"),
        ("p", "The importations were commercial shipments."),
        ("break",),
        ("b", "Computation worksheet"),
        ("table", [head, *rows]),
        ("p", f"Domestic value of the merchandise: {dv}"),
        ("p", f"Dutiable value: {dut}"),
        ("p", "Loss of duties and proposed penalty to be computed under 19 CFR 171 App. B."),
    ]


def _money(value_cents: int, style: int) -> str:
    return money_styles(value_cents)[style]
