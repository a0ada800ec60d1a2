"""Four ways a 1592 case is referred: FP&F memorandum with a computation worksheet, a case
worksheet with tick boxes, a case-system printout with an unruled table, an audit letter."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from bench.corpus_twentysecond import blocks as b
from bench.corpus_twentysecond.fmt import dater, mixed_dater, pick_date_style, show_date, show_money
from bench.corpus_twentysecond.penalty_cases import VIOLATIONS, Penalty

CULPABILITY = {
    "negligence": [
        "negligence",
        "Negligence (failure to exercise reasonable care)",
        "negligent",
        "NEGLIGENCE",
        "ordinary negligence",
    ],
    "gross_negligence": [
        "gross negligence",
        "Gross Negligence (wanton disregard)",
        "grossly negligent",
        "GROSS NEGLIGENCE",
        "gross negligence, with actual knowledge",
    ],
    "fraud": [
        "fraud",
        "Fraud (knowing and voluntary)",
        "fraudulent",
        "FRAUD",
        "fraud, deliberate false statements",
    ],
}
LIQ = [
    ("Liquidated", "Unliquidated"),
    ("Y", "N"),
    ("Final", "Open"),
    ("LIQ", "UNLIQ"),
    ("Yes", "No"),
]
Styled = tuple[dict[str, Any], dict[str, Any]]


def _culp(p: Penalty, rng: random.Random) -> str:
    return rng.choice(CULPABILITY[p.culpability])


def _facts(p: Penalty, rng: random.Random, d: Callable[[date], str]) -> list[str]:
    out = []
    if p.show_goods:
        out.append(f"Merchandise: {p.goods.description}.")
    if p.show_violation:
        out.append("Violation: " + VIOLATIONS[p.violation] + ".")
    if p.show_facts and not p.show_violation:  # facts that do not name the kind of violation
        out.append(
            "Material facts: an importer self-review and a CBP Form 28 response showed that "
            "the declared information on the listed entries was false; the differences "
            "between the declared and correct duty are computed below."
        )
    elif p.show_facts:
        out.append(
            rng.choice(
                [
                    f"Material facts: a post-entry audit begun {d(p.violation_date)} compared the "
                    "entry "
                    "summaries with the supplier's ledgers and bank records; the differences are "
                    "shown per "
                    "entry below, and the importer's own emails show it knew of the supplier's "
                    "second "
                    "invoice.",
                    f"Facts: the Regulatory Audit report of {d(p.today)} found that the entered "
                    "values and "
                    "declarations did not match the purchase orders and payments for the entries "
                    "listed; "
                    "the importer's broker was given the correct documents and did not use them.",
                    "Material facts: an importer self-review and a CBP Form 28 response showed "
                    "that the "
                    "declared information on the listed entries was false; the differences between "
                    "the "
                    "declared and correct duty are computed below.",
                ]
            )
        )
    if p.noncommercial:
        out.append(
            "The importation was noncommercial: the goods were for the personal use of the "
            "importer and not for sale."
        )
    return out


def _pd(p: Penalty, rng: random.Random) -> str:
    if p.prior_disclosure:
        return rng.choice(
            [
                "A valid prior disclosure under 19 CFR 162.74 was made before the "
                "investigation began, and the loss was tendered.",
                "Prior disclosure: YES (19 CFR 162.74), filed before any CBP inquiry.",
                "The violator filed a prior disclosure that CBP accepted as valid.",
            ]
        )
    return rng.choice(
        [
            "No prior disclosure was made.",
            "Prior disclosure: none.",
            "The party did not file a prior disclosure.",
        ]
    )


def _rows(p: Penalty, rng: random.Random, money_style: str) -> tuple[list[str], list[list[str]]]:
    yes, no = rng.choice(LIQ)
    compact = rng.choice(["us", "us_short", "iso", "abbrev"])  # fits a narrow column
    header = rng.choice(
        [
            ["Entry No.", "Entry Date", "Liquidated?", "Entered Value", "Duty Paid", "Duty Owed"],
            [
                "Entry Number",
                "Date of Entry",
                "Status",
                "Value",
                "Duties Deposited",
                "Correct Duty",
            ],
            [
                "Entry #",
                "Entry Dt.",
                "Liq. Status",
                "Entered Value (USD)",
                "Duty Deposited",
                "Duties Lawfully Owed",
            ],
        ]
    )
    rows = [
        [
            e.number,
            show_date(e.entry_date, compact),
            yes if e.liquidated else no,
            show_money(e.entered_value, money_style),
            show_money(e.duty_paid, money_style),
            show_money(e.duty_owed, money_style),
        ]
        for e in p.entries
    ]
    return header, rows


def _values(p: Penalty, rng: random.Random, money_style: str) -> list[str]:
    out = [f"Domestic value: {show_money(p.domestic_value, money_style)}"]
    if p.dutiable_value is not None:
        out.append(f"Dutiable value: {show_money(p.dutiable_value, money_style)}")
    return out


def memo(p: Penalty, rng: random.Random, family: str) -> Styled:
    style = pick_date_style(rng)
    d = dater(style)
    ms = rng.choice(["dollar", "plain", "usd"])
    header, rows = _rows(p, rng, ms)
    blocks = [
        b.para("MEMORANDUM", style="B", size=14, align="L"),
        b.grid(
            [
                ["TO:", f"Fines, Penalties and Forfeitures Officer, Port of {p.port[1]}"],
                ["FROM:", f"{p.officer}, Import Specialist"],
                ["DATE:", d(p.today)],
                ["SUBJECT:", f"Referral for 19 U.S.C. 1592 penalty - Case No. {p.case_number}"],
            ],
            [0.15, 0.85],
            border=False,
        ),
        b.rule(),
        b.para(
            f"Party: {p.party.name}, {p.party.street}, {p.party.city_line}. Importer "
            f"number {p.party.ein}.",
            align="L",
        ),
        b.para(
            f"{rng.choice(['Date of violation', 'Violation date', 'Violation occurred on'])}: "
            f"{d(p.violation_date)} (first entry).",
            align="L",
        ),
        b.para(f"Culpability: {_culp(p, rng)}. {_pd(p, rng)}", align="L"),
    ]
    blocks += [b.para(t) for t in _facts(p, rng, d)]
    blocks += [
        b.para("Computation worksheet", style="B", align="L"),
        b.table(header, rows, [0.18, 0.18, 0.12, 0.18, 0.16, 0.18], border=True, size=9),
        b.lines(_values(p, rng, ms)),
    ]
    blocks += [
        b.para("Please prepare the notice for the FP&F Officer's signature.", align="L"),
        b.lines([f"/s/ {p.officer}", "Import Specialist"]),
    ]
    return b.job(blocks, family=family, size=10, header=f"Case {p.case_number}", footer=True), {}


def worksheet(p: Penalty, rng: random.Random, family: str) -> Styled:
    style = pick_date_style(rng)
    d = dater(style)
    ms = rng.choice(["dollar", "plain"])
    na = rng.choice(["N/A", "None", "Not applicable"])
    facts = _facts(p, rng, d)
    qs = [
        ["1.", "Case number", p.case_number],
        ["2.", "Violator", p.party.name],
        ["3.", "Address", f"{p.party.street}, {p.party.city_line}"],
        ["4.", "Importer number", p.party.ein],
        ["5.", "Date of violation", d(p.violation_date)],
        ["6.", "Culpability", _culp(p, rng)],
        ["7.", "Prior disclosure?", b.ticked(p.prior_disclosure, family)],
        ["8.", "Commercial importation?", b.ticked(not p.noncommercial, family)],
        ["9.", "Domestic value", show_money(p.domestic_value, ms)],
        [
            "10.",
            "Dutiable value",
            show_money(p.dutiable_value, ms) if p.dutiable_value is not None else na,
        ],
        [
            "11.",
            "Goods, violation and facts",
            " ".join(f for f in facts if "noncommercial" not in f) or na,
        ],
    ]
    header, rows = _rows(p, rng, ms)
    blocks = [
        b.para("PENALTY CASE WORKSHEET - 19 U.S.C. 1592", style="B", align="C", size=13),
        b.grid(qs[:8], [0.06, 0.34, 0.6]),
    ]
    if rng.random() < 0.5:
        blocks.append(b.page())
    blocks += [
        b.grid(qs[8:], [0.06, 0.34, 0.6]),
        b.para("Entries", style="B", align="L"),
        b.table(header, rows, [0.18, 0.18, 0.12, 0.18, 0.16, 0.18], border=True, size=8.5),
        b.lines([f"Prepared by: {p.officer}", f"Date: {d(p.today)}"]),
    ]
    return b.job(
        blocks, family=family, size=9.5, header=f"Case No. {p.case_number}", footer=True
    ), {}


def caseprint(p: Penalty, rng: random.Random, family: str) -> Styled:
    d = mixed_dater(rng, ["us", "iso"])
    ms = rng.choice(["plain", "dollar"])
    header, rows = _rows(p, rng, ms)
    blocks = [
        b.para(
            "SEIZED AND PENALTY CASE SYSTEM - CASE SUMMARY PRINT", style="B", align="L", size=12
        ),
        b.grid(
            [
                ["Case ID", p.case_number],
                ["Case Type", "19 USC 1592 penalty"],
                ["Port", f"{p.port[0]} {p.port[1]}"],
                ["Party", p.party.name],
                ["Party Address", p.party.address],
                ["IOR No.", p.party.ein],
                ["Violation Date", d(p.violation_date)],
                ["Culpability", _culp(p, rng)],
                ["Prior Disclosure", "Y" if p.prior_disclosure else "N"],
                ["Noncommercial", "Y" if p.noncommercial else "N"],
            ],
            [0.25, 0.75],
            border=False,
        ),
        b.para("Narrative", style="B", align="L"),
    ]
    blocks += [b.para(t, align="L") for t in _facts(p, rng, d)]
    blocks += [
        b.para("Entry Detail", style="B", align="L"),
        b.table(header, rows, [0.18, 0.18, 0.12, 0.18, 0.16, 0.18], border=False, size=8.5),
        b.lines(_values(p, rng, ms)),
        b.para(
            f"Entered by: {p.officer} (Import Specialist)  Printed: {d(p.today)}", size=8, align="L"
        ),
    ]
    return b.job(blocks, family=family, size=9, header=f"Case {p.case_number}", footer=True), {}


def letter(p: Penalty, rng: random.Random, family: str) -> Styled:
    style = pick_date_style(rng)
    d = dater(style)
    yes, no = rng.choice(LIQ[:1] + LIQ[2:3])
    entries = "; ".join(
        f"entry {e.number} of {d(e.entry_date)} ({(yes if e.liquidated else no).lower()}), entered "
        f"value {show_money(e.entered_value, 'dollar')}, duty paid "
        f"{show_money(e.duty_paid, 'dollar')}, duty owed {show_money(e.duty_owed, 'dollar')}"
        for e in p.entries
    )
    blocks = [
        b.lines(
            ["Regulatory Audit and Agency Advisory Services", f"Field Office {p.port[1]}"],
            style="B",
            align="C",
        ),
        b.para(d(p.today), align="R"),
        b.lines(["Fines, Penalties and Forfeitures Officer", f"Port of {p.port[1]} ({p.port[0]})"]),
        b.para(f"Re: Case No. {p.case_number}; {p.party.name}", style="B", align="L"),
        b.para(
            "We refer for penalty action under 19 U.S.C. 1592 the following matter "
            f"concerning {p.party.name}, {p.party.street}, {p.party.city_line} (importer "
            f"number {p.party.ein})."
        ),
        b.para(
            "The violation began with the first entry listed below; the culpability we "
            f"found is {_culp(p, rng)}. {_pd(p, rng)}",
            footnote=f"First entry filed {d(p.violation_date)}.",
        ),
    ]
    blocks += [b.para(t) for t in _facts(p, rng, d)]
    blocks.append(b.para(f"The entries are: {entries}."))
    dv = show_money(p.domestic_value, "words")
    text = f"The domestic value of the merchandise is {dv}"
    if p.dutiable_value is not None:
        text += f", and its dutiable value is {show_money(p.dutiable_value, 'words')}"
    blocks.append(b.para(text + "."))
    blocks.append(b.side_by_side(["Sincerely,"], [p.officer, "Auditor-in-Charge"]))
    return b.job(blocks, family=family, size=11, header=f"Case No. {p.case_number}"), {}


STYLES: dict[str, Callable[[Penalty, random.Random, str], Styled]] = {
    "memo": memo,
    "worksheet": worksheet,
    "caseprint": caseprint,
    "letter": letter,
}


_ = Decimal  # amounts are Decimals throughout
