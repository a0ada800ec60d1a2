"""FP&F referrals in three invented styles: narrative, findings table, and case memo."""

from __future__ import annotations

import random

from .common import Block, Doc, fmt_date, fmt_money
from .penalties import PenaltyCase, decide

CULP_WORDS = {
    "negligence": [
        "negligence",
        "Negligence (19 U.S.C. 1592(c)(3))",
        "a negligent violation",
        "failure to exercise reasonable care (negligence)",
    ],
    "gross_negligence": [
        "gross negligence",
        "Gross Negligence (19 U.S.C. 1592(c)(2))",
        "a grossly negligent violation",
        "wanton disregard of the facts (gross negligence)",
    ],
    "fraud": [
        "fraud",
        "Fraud (19 U.S.C. 1592(c)(1))",
        "a fraudulent violation",
        "knowing and intentional falsity (fraud)",
    ],
}
PD_YES = [
    "The importer filed a valid prior disclosure under 19 CFR 162.74 "
    "before any investigation began.",
    "Prior disclosure: YES - perfected, duties tendered.",
    "A prior disclosure (162.74) was received and accepted.",
]
PD_NO = [
    "No prior disclosure was made.",
    "Prior disclosure: None.",
    "The importer did not file a prior disclosure.",
]
KINDS = [
    (
        "undervaluation",
        "the invoices declared prices below those actually paid; side "
        "payments were wired to the seller",
    ),
    (
        "misclassification",
        "the goods were entered under a duty-free subheading although "
        "they are finished articles of a dutiable heading",
    ),
    (
        "false country of origin",
        "the goods were declared as products of Vietnam but were made "
        "in China and only repacked in Vietnam",
    ),
]
GOODS = [
    "steel wire shelving units",
    "women's synthetic knit sweaters",
    "ceramic floor tiles",
    "aluminum ladders",
    "LED flashlights",
    "wooden bedroom furniture",
]


def _liq(e_liq: bool, style: int) -> str:
    return [("Y", "N"), ("Liquidated", "Unliquidated"), ("LIQ", "UNLIQ"), ("Final", "Open")][style][
        0 if e_liq else 1
    ]


def _entry_table(pc: PenaltyCase, header: list[str], ds: int, ms: int, ls: int) -> Block:
    """The entries as a ruled grid: number, date, liquidation mark, value, paid and owed."""
    rows = [
        [
            e.number,
            fmt_date(e.entered, ds),
            _liq(e.liquidated, ls),
            fmt_money(e.value, ms),
            fmt_money(e.paid, ms),
            fmt_money(e.owed, ms),
        ]
        for e in pc.entries
    ]
    return Block("table", rows=[header, *rows])


def build(pc: PenaltyCase, rng: random.Random, style: str, producer: str, index: int) -> Doc:
    """One referral's blocks; its goods, kind of violation or facts may be left out on purpose."""
    ds, ms, ls = rng.randrange(7), rng.randrange(5), rng.randrange(4)
    kind, facts = rng.choice(KINDS)
    goods = rng.choice(GOODS)
    if pc.lacks == "kind":
        facts = "a post-entry audit examined the importer's records for the entries listed"
    culp = rng.choice(CULP_WORDS[pc.culpability])
    pd = rng.choice(PD_YES) if pc.prior_disclosure else rng.choice(PD_NO)
    printed = [
        pc.case_number,
        pc.party.name,
        pc.party.street,
        pc.party.city,
        pc.party.ein,
        fmt_date(pc.violation, ds),
        fmt_money(pc.domestic, ms),
    ]
    money = [fmt_money(v, ms) for e in pc.entries for v in (e.value, e.paid, e.owed)]
    printed += (
        money + [e.number for e in pc.entries] + [fmt_date(e.entered, ds) for e in pc.entries]
    )
    goods_text = "" if pc.lacks == "goods" else goods
    kind_text = "" if pc.lacks == "kind" else kind
    blocks: list[Block] = []
    party = [
        f"{pc.party.name}",
        f"{pc.party.street}, {pc.party.city}",
        f"Importer No. {pc.party.ein}",
    ]
    extra = []
    if pc.noncommercial:
        extra.append(
            "The importation was noncommercial: the goods were for the importer's personal use."
        )
    dutiable = (
        f"Dutiable value of the merchandise: {fmt_money(pc.dutiable, ms)}."
        if pc.dutiable is not None
        else ""
    )
    if pc.dutiable is not None:
        printed.append(fmt_money(pc.dutiable, ms))
    if style == "narrative":
        blocks += [
            Block("h", "FINES, PENALTIES & FORFEITURES - REFERRAL FOR PENALTY ACTION"),
            Block("p", f"FP&F Case No. {pc.case_number}"),
            Block("p", "Subject party: " + "; ".join(party)),
            Block("h", "Chronology"),
        ]
        story = []
        for e in pc.entries:
            status = "it was liquidated as entered" if e.liquidated else "it remains unliquidated"
            story.append(
                f"On {fmt_date(e.entered, ds)} the importer filed entry "
                f"{e.number} declaring a value of "
                f"{fmt_money(e.value, ms)} and depositing duties of "
                f"{fmt_money(e.paid, ms)}; the duty lawfully "
                f"owed was {fmt_money(e.owed, ms)}, and {status}."
            )
        what = f"The goods are {goods_text}. " if goods_text else ""
        why = (
            f"The violation is {kind_text}: {facts}. "
            if kind_text
            else f"Review found that {facts}. "
        )
        if pc.lacks == "goods":
            why = (
                f"The violation is {kind_text}: the declarations on the entries below were false. "
            )
        blocks.append(Block("p", what + why + " ".join(story)))
        blocks += [
            Block(
                "p", f"The violation began on {fmt_date(pc.violation, ds)}. We find {culp}. {pd}"
            ),
            Block("p", " ".join([*extra, dutiable])),
            Block("break"),
            Block("p", f"Case No. {pc.case_number} - continued"),
            Block("h", "Computation"),
            Block(
                "box",
                rows=[["Entry", "Paid", "Owed"]]
                + [[e.number, fmt_money(e.paid, ms), fmt_money(e.owed, ms)] for e in pc.entries]
                + [["Domestic value", fmt_money(pc.domestic, ms), ""]],
            ),
        ]
    elif style == "findings":
        blocks += [
            Block("h", "REPORT OF FINDINGS - 19 U.S.C. 1592"),
            Block("p", f"Case: {pc.case_number}    Referred: {fmt_date(pc.today, ds)}"),
            Block(
                "box",
                rows=[
                    [f"Party: {pc.party.name}"],
                    [f"Address: {pc.party.street}, {pc.party.city}"],
                    [f"IOR: {pc.party.ein}"],
                ],
            ),
            _entry_table(
                pc,
                ["Entry #", "Entry Dt.", "Liq.", "Value", "Duty Deposited", "Correct Duty"],
                ds,
                ms,
                ls,
            ),
        ]
        f1 = f"Goods: {goods_text}" if goods_text else "Goods: see entry papers"
        f2 = f"Violation: {kind_text}; {facts}" if kind_text else f"Facts: {facts}"
        if pc.lacks == "goods":
            f2 = f"Violation: {kind_text}"
        blocks += [
            Block(
                "table",
                rows=[
                    ["Finding", "Detail"],
                    ["Finding 1", f1],
                    ["Finding 2", f2],
                    ["Finding 3", f"Culpability: {culp}"],
                ],
            ),
            Block("p", f"Date of violation: {fmt_date(pc.violation, ds)}"),
            Block("p", pd),
            Block("p", f"Domestic value: {fmt_money(pc.domestic, ms)}"),
            Block("p", " ".join([*extra, dutiable])),
        ]
    else:
        blocks += [
            Block("h", "MEMORANDUM"),
            Block("p", "TO: Fines, Penalties and Forfeitures Officer"),
            Block("p", "FROM: Import Specialist, Trade Enforcement"),
            Block("p", f"CASE: {pc.case_number}"),
            Block("p", f"SUBJECT: Penalty referral - {pc.party.name}"),
            Block(
                "p",
                f"Address of record: {pc.party.street}, "
                f"{pc.party.city}. Importer number {pc.party.ein}.",
            ),
        ]
        if goods_text:
            blocks.append(Block("p", f"Merchandise: {goods_text}."))
        if kind_text:
            blocks.append(Block("p", f"Nature of violation: {kind_text}. Material facts: {facts}."))
        else:
            blocks.append(Block("p", f"Material facts: {facts}."))
        blocks += [
            Block("p", f"Culpability: {culp}. {pd} Violation date {fmt_date(pc.violation, ds)}."),
            Block("break"),
            Block("p", f"CASE {pc.case_number} - page 2"),
            _entry_table(
                pc,
                ["Entry No.", "Entry Date", "Status", "Entered Value", "Duty Paid", "Duty Owed"],
                ds,
                ms,
                ls,
            ),
            Block(
                "p", f"Domestic value {fmt_money(pc.domestic, ms)}. " + " ".join([*extra, dutiable])
            ),
        ]
    values = {
        "case_number": pc.case_number,
        "party_name": pc.party.name,
        "party_address": pc.party.address,
        "importer_number": pc.party.ein,
        "violation_date": pc.violation.isoformat(),
        "culpability": pc.culpability,
        "prior_disclosure": pc.prior_disclosure,
        "noncommercial": pc.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entered.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": float(e.value),
                "duty_paid": float(e.paid),
                "duty_owed": float(e.owed),
            }
            for e in pc.entries
        ],
        "domestic_value": float(pc.domestic),
        "dutiable_value": float(pc.dutiable) if pc.dutiable is not None else None,
    }
    decision, not_scored = decide(pc)
    truth: dict[str, object] = {
        "kind": "penalty-case",
        "case": pc.case,
        "args": ["--today", pc.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        truth["not_scored"] = not_scored
    return Doc(
        "penalty-case",
        pc.case,
        blocks,
        truth,
        printed,
        header=f"Case {pc.case_number}",
        style=style,
    )
