"""Penalty referral cases (19 U.S.C. 1592; 19 CFR 162, 171 App. B): facts, truth and wording."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_twentyfifth.formats import day_text, money_text
from bench.corpus_twentyfifth.law import entry_number, exact, money, plus_years
from bench.corpus_twentyfifth.model import Block, Doc, Fields, Heading, Para, Table
from bench.corpus_twentyfifth.parties import FILERS, GOODS, IMPORTERS, PEOPLE

# The first twelve make a run of 12 referrals; the rest come in longer runs.
CASES = (
    "neg-loss",
    "gross-loss",
    "fraud-loss",
    "fraud-pd-loss",
    "no-goods",
    "neg-noloss",
    "dv-cap",
    "neg-pd-actual",
    "limitations-passed",
    "under-1000",
    "noncommercial",
    "fraud-pd-noloss",
    "no-facts",
    "mixed-liq",
    "no-kind",
    "gross-noloss",
)
CULP = {
    "negligence": (
        "Negligence",
        "negligent",
        "failure to exercise reasonable care (negligence)",
        "NEG - negligence",
        "negligent violation of 19 U.S.C. 1592(a)",
    ),
    "gross_negligence": (
        "Gross negligence",
        "grossly negligent",
        "wanton disregard of the facts (gross negligence)",
        "GN - gross negligence",
        "grossly negligent violation",
    ),
    "fraud": (
        "Fraud",
        "fraudulent",
        "knowing and intentional false statements (fraud)",
        "FRD - fraud",
        "fraudulent violation of 19 U.S.C. 1592(a)",
    ),
}
KINDS = (
    (
        "undervaluation",
        "the commercial invoices presented at entry stated prices about one third below the "
        "prices actually paid, shown by the wire transfers obtained in the audit",
    ),
    (
        "misclassification",
        "the goods were entered under a duty-free subheading although they are articles of "
        "a heading dutiable at a higher rate, as the importer's own product sheets describe them",
    ),
    (
        "false country of origin",
        "the goods were declared as products of Malaysia although they were made in "
        "China and only repacked in Malaysia, as the supplier's production records show",
    ),
)
PD_YES = (
    "The importer made a prior disclosure under 19 CFR 162.74 before any formal investigation "
    "began.",
    "Prior disclosure: YES - received by the port before CBP's inquiry, with the duty tendered.",
    "A valid prior disclosure (19 CFR 162.74) was filed by the party.",
    "Party filed a timely prior disclosure covering all entries below.",
    "Prior disclosure was perfected; the disclosing letter is attached.",
)
PD_NO = (
    "No prior disclosure was made.",
    "Prior disclosure: none.",
    "Prior disclosure: N/A",
    "The party did not file a prior disclosure.",
    "There was no prior disclosure before the audit.",
)


def _q(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def build(rng: random.Random, index: int, producer: str) -> Doc:
    """The index-th referral of the corpus, its case chosen in turn."""
    case = CASES[index % len(CASES)]
    name, street, city, port = IMPORTERS[rng.randrange(len(IMPORTERS))]
    goods = GOODS[rng.randrange(len(GOODS))][0]
    culp = (
        "gross_negligence"
        if case.startswith("gross")
        else "fraud"
        if case.startswith("fraud")
        else "negligence"
    )
    if case in ("no-goods", "no-facts", "no-kind", "mixed-liq", "limitations-passed", "dv-cap"):
        culp = rng.choice(("negligence", "gross_negligence"))
    pd = "-pd" in case
    noloss = "noloss" in case
    filer = FILERS[rng.randrange(len(FILERS))]
    count = 2 if case in ("limitations-passed", "mixed-liq") else rng.choice((1, 2, 3))
    first = date(2021, 1, 4) + timedelta(days=rng.randint(0, 900))
    today = first + timedelta(days=rng.randint(300, 900))
    if case == "limitations-passed":
        first = date(2020, 3, 2) + timedelta(days=rng.randint(0, 200))
        today = plus_years(first, 5) + timedelta(days=rng.randint(20, 60))
    if first.month == 2 and first.day == 29:
        first += timedelta(days=1)
    while True:
        rows: list[dict[str, Any]] = []
        for k in range(count):
            entered = first + timedelta(days=k * rng.randint(30, 90))
            value = _q(rng.randint(8000, 160000) + rng.randint(0, 99) / 100)
            rate = Decimal(rng.choice(("0.025", "0.04", "0.065", "0.08")))
            paid = _q(float(value * rate))
            owed = (
                paid
                if noloss
                else _q(float(value * rate * Decimal(rng.choice(("1.6", "2.1", "2.5", "3")))))
            )
            if case == "dv-cap":  # an antidumping deposit left off: the loss is most of the value
                owed = paid + _q(float(value * Decimal("0.9")))
            if case == "under-1000":
                owed = paid + _q(rng.randint(100, 450) / count)
            liquidated = (
                (k == 0)
                if case == "mixed-liq"
                else rng.random() < 0.3
                if case != "neg-pd-actual"
                else True
            )
            rows.append(
                {
                    "entry_number": entry_number(rng, filer),
                    "entry_date": entered.isoformat(),
                    "liquidated": liquidated,
                    "entered_value": value,
                    "duty_paid": paid,
                    "duty_owed": owed,
                }
            )
        lod_rows = [max(Decimal(0), r["duty_owed"] - r["duty_paid"]) for r in rows]
        total = sum(lod_rows, Decimal(0))
        if (total * 100) % 2 == 0:  # even cents: 0.5 x and 2.5 x the loss are exact to the cent
            break
    actual = sum((x for x, r in zip(lod_rows, rows, strict=False) if r["liquidated"]), Decimal(0))
    potential = total - actual
    dutiable_sum = sum((r["entered_value"] for r in rows), Decimal(0))
    dutiable: Decimal | None = (dutiable_sum // 20 + 1) * 20 if noloss else None
    # Domestic value above the entered value; in dv-cap the 2x/4x loss still exceeds it.
    multiplier = "1.3" if case == "dv-cap" else rng.choice(("1.4", "1.8", "2.2"))
    domestic = ((dutiable or dutiable_sum) * Decimal(multiplier) // 10) * 10
    base = dutiable if dutiable is not None else Decimal(0)
    if culp == "fraud":
        stat = domestic
        low, high = (
            (total * 5, total * 8) if total > 0 else (base * Decimal("0.5"), base * Decimal("0.8"))
        )
    elif culp == "gross_negligence":
        stat = min(domestic, total * 4 if total > 0 else base * Decimal("0.4"))
        low, high = (
            (total * Decimal("2.5"), total * 4)
            if total > 0
            else (base * Decimal("0.25"), base * Decimal("0.4"))
        )
    else:
        stat = min(domestic, total * 2 if total > 0 else base * Decimal("0.2"))
        low, high = (
            (total * Decimal("0.5"), total * 2)
            if total > 0
            else (base * Decimal("0.05"), base * Decimal("0.2"))
        )
    low, high = min(low, domestic), min(high, domestic)
    if culp == "fraud":
        proposed: Decimal | None = (
            (total if total > 0 else base * Decimal("0.1")) if pd else domestic
        )
    else:
        proposed = None if pd else stat
    for figure in (stat, low, high, proposed or Decimal(0), total, actual):
        assert exact(figure), (case, figure)
    noncommercial = case == "noncommercial"
    violation = first
    limitations = plus_years(violation, 5)
    barred = [
        r["entry_number"]
        for r in rows
        if plus_years(date.fromisoformat(r["entry_date"]), 5) < today
    ]
    assert today != limitations
    assert case != "dv-cap" or stat == domestic, "the domestic-value cap must bind"
    lacking = case in ("no-goods", "no-facts", "no-kind")
    needs_human = today > limitations or bool(barred) or (pd and culp != "fraud") or lacking
    outcome = "needs_human" if needs_human else "draft"
    if needs_human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    expect_notice = {"under-1000": "penalty", "noncommercial": "penalty"}
    if case in expect_notice:
        assert notice == expect_notice[case], (case, notice, proposed)
    case_no = f"{today.year}-{port}-{rng.randint(100000, 999999)}-0{rng.randint(1, 4)}"
    importer_no = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    values: dict[str, Any] = {
        "case_number": case_no,
        "party_name": name,
        "party_address": f"{street}, {city}",
        "importer_number": importer_no,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [
            dict(
                r,
                entered_value=money(r["entered_value"]),
                duty_paid=money(r["duty_paid"]),
                duty_owed=money(r["duty_owed"]),
            )
            for r in rows
        ],
        "domestic_value": money(domestic),
        "dutiable_value": None if dutiable is None else money(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": money(actual),
            "potential": money(potential),
            "total": money(total),
        },
        "statutory_max": money(stat),
        "guideline_range": [money(low), money(high)],
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": outcome,
        "barred_entries": barred,
    }
    not_scored: list[str] = []
    if proposed is None:
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure with an actual loss needs an "
            "interest computation a person makes"
        )
    else:
        decision["proposed_penalty"] = money(proposed)
    truth = {
        "kind": "penalty-case",
        "case": case,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        truth["not_scored"] = not_scored
    style = rng.randrange(3)
    blocks = _blocks(
        rng, case, style, values, rows, culp, pd, goods, domestic, dutiable, noncommercial, port
    )
    running = f"FP&F referral - {name} - Case {case_no}"
    return Doc(
        "penalty-case",
        case,
        "Penalty referral",
        running,
        blocks,
        truth,
        style=style,
        font=rng.choice(("sans", "serif", "mono")),
    )


def _blocks(
    rng: random.Random,
    case: str,
    style: int,
    values: dict[str, Any],
    rows: list[dict[str, Any]],
    culp: str,
    pd: bool,
    goods: str,
    domestic: Decimal,
    dutiable: Decimal | None,
    noncommercial: bool,
    port: str,
) -> list[Block]:
    ds, ms = rng.randrange(6), rng.randrange(4)

    def m(value: Decimal) -> str:  # one money style per document
        return money_text(value, ms)

    kind, facts = KINDS[rng.randrange(len(KINDS))]
    heads = [
        (
            "Entry No.",
            "Entry Date",
            "Liquidated?",
            "Entered Value",
            "Duty Paid",
            "Duty Owed",
            "Difference",
        ),
        (
            "Entry #",
            "Entered",
            "Liq. Status",
            "Value (USD)",
            "Duties Deposited",
            "Correct Duty",
            "Shortfall",
        ),
        (
            "Entry Number",
            "Date of Entry",
            "Status",
            "Entered Value",
            "Duty Deposited",
            "Duties Lawfully Owed",
            "Loss",
        ),
    ][rng.randrange(3)]
    marks = [("Yes", "No"), ("LIQ", "UNLIQ"), ("Liquidated", "Unliquidated"), ("Final", "Open")][
        rng.randrange(4)
    ]
    table_rows: list[tuple[str, ...]] = []
    for r in rows:
        diff = r["duty_owed"] - r["duty_paid"]
        table_rows.append(
            (
                r["entry_number"],
                day_text(date.fromisoformat(r["entry_date"]), ds),
                marks[0] if r["liquidated"] else marks[1],
                m(r["entered_value"]),
                m(r["duty_paid"]),
                m(r["duty_owed"]),
                m(diff) if diff >= 0 else money_text(-diff, ms, negative=True),
            )
        )
    table = Table(heads, tuple(table_rows), transposed=rng.random() < 0.3)
    culp_text = CULP[culp][rng.randrange(5)]
    pd_text = (PD_YES if pd else PD_NO)[rng.randrange(5)]
    ident = [
        (
            rng.choice(
                ("Case No.", "FP&F Case Number", "Case number", "SEACATS case", "Penalty case no.")
            ),
            values["case_number"],
        ),
        (
            rng.choice(
                ("Violator", "Party", "Subject party", "Importer of record", "Name of party")
            ),
            values["party_name"],
        ),
        (
            rng.choice(
                (
                    "Address",
                    "Party address",
                    "Mailing address",
                    "Address of record",
                    "Business address",
                )
            ),
            values["party_address"],
        ),
        (
            rng.choice(
                ("IOR No.", "Importer No.", "Importer number", "EIN / IOR", "CBP importer ID")
            ),
            values["importer_number"],
        ),
        (
            rng.choice(
                (
                    "Date of violation",
                    "Violation date",
                    "Violation occurred",
                    "Date of first violation",
                    "Violation dt.",
                )
            ),
            day_text(date.fromisoformat(values["violation_date"]), ds),
        ),
        (
            rng.choice(
                (
                    "Culpability",
                    "Level of culpability",
                    "Culpability level",
                    "Degree of culpability",
                    "Culpability found",
                )
            ),
            culp_text,
        ),
    ]
    money_fields = [
        (
            rng.choice(
                (
                    "Domestic value",
                    "Domestic value of merchandise",
                    "DV (162.43)",
                    "Domestic value (USD)",
                    "Total domestic value",
                )
            ),
            m(domestic),
        )
    ]
    if dutiable is not None:
        money_fields.append(
            (
                rng.choice(("Dutiable value", "Total dutiable value", "Dutiable value (USD)")),
                m(dutiable),
            )
        )
    goods_b = (
        []
        if case == "no-goods"
        else [
            Para(
                rng.choice(
                    (
                        "Merchandise: ",
                        "Goods: ",
                        "Description of merchandise: ",
                        "Commodity: ",
                        "Merchandise involved: ",
                    )
                )
                + goods
            )
        ]
    )
    kind_b = (
        []
        if case == "no-kind"
        else [
            Para(
                rng.choice(
                    (
                        "Nature of violation: ",
                        "Violation: ",
                        "False statement: ",
                        "Type of violation: ",
                        "What was false: ",
                    )
                )
                + kind
                + "."
            )
        ]
    )
    facts_b = (
        []
        if case == "no-facts"
        else [
            Para(
                rng.choice(
                    ("Material facts: ", "Facts: ", "Findings: ", "Basis: ", "Summary of facts: ")
                )
                + facts[0].upper()
                + facts[1:]
                + "."
            )
        ]
    )
    nc_b = (
        [Para("The importation was noncommercial: personal effects of the party, not for sale.")]
        if noncommercial
        else []
    )
    officer = PEOPLE[rng.randrange(len(PEOPLE))]
    close = [
        Para(
            rng.choice(("Referred by: ", "Prepared by: ", "Officer: ", "Submitted by: "))
            + officer
            + rng.choice(
                (
                    ", Import Specialist",
                    ", Auditor, Regulatory Audit",
                    ", Special Agent",
                    ", Entry Specialist",
                )
            )
        )
    ]
    if style == 0:  # a slide-like summary: callout boxes of key figures, then the detail
        return [
            Heading("Referral Summary for Penalty Action - 19 U.S.C. 1592"),
            Fields(tuple(ident[:3])),
            Fields(tuple(ident[3:])),
            Fields(tuple(money_fields)),
            Para(pd_text),
            *goods_b,
            *kind_b,
            *facts_b,
            *nc_b,
            Heading("Entries"),
            table,
            *close,
        ]
    if style == 1:  # a narrative referral from the port to FP&F
        return [
            Heading(
                rng.choice(
                    (
                        "MEMORANDUM FOR: Fines, Penalties & Forfeitures Officer, Port of " + port,
                        "TO: FP&F Officer - Referral for Section 592 Penalty",
                    )
                )
            ),
            Fields(tuple(ident)),
            Para(
                f"This referral recommends a penalty against {values['party_name']} "
                "for false statements made on the entries below."
            ),
            *goods_b,
            *kind_b,
            *facts_b,
            *nc_b,
            Para(pd_text),
            table,
            Fields(tuple(money_fields)),
            *close,
        ]
    return [
        Heading("Findings and referral"),
        Fields(tuple(ident + money_fields)),
        table,
        *goods_b,
        *kind_b,
        *facts_b,
        *nc_b,
        Para(pd_text),
        *close,
    ]
