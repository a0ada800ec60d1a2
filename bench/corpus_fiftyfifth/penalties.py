"""Referrals for 19 U.S.C. 1592 penalties: cases, truths and three senders' layouts. Every referral
describes the goods, names the kind of violation with the laws violated and states the material
facts (19 CFR 162.77(b)(1)), so a complete one can be drafted."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import COMPANIES, GOODS, PEOPLE, PORTS, date_fmt, entries, ior, money, truth
from .layout import Doc

CASES = [
    "negligence",
    "gross-mixed",
    "fraud",
    "negligence-no-loss",
    "negligence-dv-cap",
    "fraud-pd",
    "gross-pd-actual",
    "limitations-passed",
    "barred-entry",
    "small-claim",
    "noncommercial",
    "fraud-pd-no-loss",
]
STYLES = ["slip", "cms", "audit"]
D = dt.timedelta
CULP = {
    "negligence": "negligence",
    "gross-mixed": "gross_negligence",
    "fraud": "fraud",
    "negligence-no-loss": "negligence",
    "negligence-dv-cap": "negligence",
    "fraud-pd": "fraud",
    "gross-pd-actual": "gross_negligence",
    "limitations-passed": "negligence",
    "barred-entry": "gross_negligence",
    "small-claim": "negligence",
    "noncommercial": "negligence",
    "fraud-pd-no-loss": "fraud",
}
KINDS = {
    "value": (
        "undervaluation",
        "19 U.S.C. 1592(a)(1)(A), 19 U.S.C. 1484 and 19 U.S.C. 1401a",
        "the commercial invoices presented at entry showed unit prices below the prices the "
        "importer actually paid, as the supplier's bank statements and a second set of invoices "
        "found in the audit show",
    ),
    "class": (
        "misclassification",
        "19 U.S.C. 1592(a)(1)(A), 19 U.S.C. 1484 and the HTSUS",
        "the entries declared the goods under a duty-free subheading although the importer's own "
        "product sheets describe goods of a dutiable subheading, which CBP confirmed on review",
    ),
    "origin": (
        "false country of origin",
        "19 U.S.C. 1592(a)(1)(A), 19 U.S.C. 1304 and 19 U.S.C. 1484",
        "the entries declared the goods as of Thai origin, but production records and the "
        "factory visit show they were made in China and only repacked in Thailand",
    ),
}


def _cents(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi) * 100 + rng.randint(0, 99)


def plan(index: int, seed: int, family: str, style: str) -> tuple[dict[str, Any], Doc]:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"penalty-{seed}-{index}")
    culp = CULP[case]
    pd = case.startswith("fraud-pd") or case == "gross-pd-actual"
    noncommercial = case == "noncommercial"
    today = dt.date(2025, 6, 2) + D(days=rng.randint(0, 400))
    n = 1 if case in ("small-claim", "noncommercial") else rng.randint(2, 4)
    if case == "barred-entry":
        n = 3
    if case == "limitations-passed":
        start = today - D(days=5 * 365 + rng.randint(30, 200))
    elif case == "barred-entry":
        start = today - D(days=5 * 365 + rng.randint(20, 60))
    else:
        start = today - D(days=rng.randint(300, 900))
    dates = [start]
    for _ in range(n - 1):
        dates.append(dates[-1] + D(days=rng.randint(25, 80 if case != "barred-entry" else 60)))
    if case == "barred-entry":
        dates[1] = max(dates[1], start + D(days=70))
        dates[2] = dates[1] + D(days=rng.randint(20, 50))
    dates = [d if not (d.month == 2 and d.day == 29) else d + D(days=1) for d in dates]
    numbers = entries(rng, n)
    kind = rng.choice(list(KINDS))
    if case in ("negligence-no-loss", "fraud-pd-no-loss"):
        kind = "origin"
    ents: list[dict[str, Any]] = []
    for i, (num, day) in enumerate(zip(numbers, dates, strict=True)):
        value = (
            _cents(rng, 1500, 9000)
            if case in ("small-claim", "noncommercial")
            else _cents(rng, 18000, 90000)
        )
        paid = value * rng.randint(2, 6) // 100
        if case in ("negligence-no-loss", "fraud-pd-no-loss"):
            owed = paid
        elif case == "negligence-dv-cap":
            owed = paid + value * 7 // 10
        elif case == "noncommercial":
            owed = paid + rng.randint(600, 1500) * 100
        elif case == "small-claim":
            owed = paid + rng.randint(150, 450) * 100
        else:
            owed = paid + value * rng.randint(3, 9) // 100
        if case == "gross-mixed" and i == n - 1:
            owed = paid - rng.randint(20, 90) * 100  # overpaid: no offset against the others
        if (owed - paid) % 2:
            owed += 1
        liquidated = (day < today - D(days=330)) if case not in ("gross-pd-actual",) else i == 0
        if case in ("negligence", "fraud", "small-claim", "negligence-dv-cap"):
            liquidated = False
        if case == "gross-mixed":
            liquidated = i % 2 == 0
        ents.append(
            {
                "number": num,
                "date": day,
                "liquidated": liquidated,
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
    dutiable = sum(e["value"] for e in ents) // 100 * 100
    domestic = dutiable * rng.randint(125, 160) // 100 // 100 * 100
    if case == "negligence-dv-cap":
        domestic = dutiable * 115 // 100 // 100 * 100
    violation = dates[1] if case == "barred-entry" else dates[0]
    calc = law.penalty(
        culp, pd, noncommercial, [{**e} for e in ents], domestic, dutiable, violation, today
    )
    lod = calc["total"]
    if case == "negligence-dv-cap":
        assert 2 * lod > domestic and calc["statutory_max"] == domestic
    if case == "small-claim":
        assert calc["proposed"] <= 100000 and calc["notice"] == "penalty"
    if case == "noncommercial":
        assert calc["proposed"] > 100000 and calc["notice"] == "penalty"
    if case == "limitations-passed":
        assert calc["limitations"] < today
    if case == "barred-entry":
        assert calc["barred"] == [numbers[0]] and calc["limitations"] > today
    human = case in ("gross-pd-actual", "limitations-passed", "barred-entry")
    assert (calc["outcome"] == "needs_human") == human, (case, calc)
    if case not in ("limitations-passed", "barred-entry"):
        assert not calc["barred"]
    party = COMPANIES[rng.randrange(len(COMPANIES))]
    name, street, city = party
    importer: str | None = ior(rng)
    if noncommercial:
        name = rng.choice(PEOPLE)
        street, city = f"{rng.randint(10, 990)} Larkspur Court", "Asheville, NC 28803"
        importer = None
    case_number = f"{today.year}-{rng.choice(PORTS)[0]}-{rng.randint(100000, 999999)}-01"
    goods = rng.choice(GOODS)[0]
    if noncommercial:
        goods = "Antique furniture and household articles shipped as part of a personal move"

    def c(v: int) -> float:
        return round(v / 100, 2)

    values: dict[str, Any] = {
        "case_number": case_number,
        "party_name": name,
        "party_address": f"{street}, {city}",
        "importer_number": importer,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": c(e["value"]),
                "duty_paid": c(e["paid"]),
                "duty_owed": c(e["owed"]),
            }
            for e in ents
        ],
        "domestic_value": c(domestic),
        "dutiable_value": c(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": c(calc["actual"]),
            "potential": c(calc["potential"]),
            "total": c(lod),
        },
        "statutory_max": c(calc["statutory_max"]),
        "guideline_range": [c(calc["range"][0]), c(calc["range"][1])],
        "proposed_penalty": None if calc["proposed"] is None else c(calc["proposed"]),
        "limitations_date": calc["limitations"].isoformat(),
        "notice": calc["notice"],
        "outcome": calc["outcome"],
        "barred_entries": calc["barred"],
    }
    not_scored: list[str] = []
    if pd:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range for "
            "the undisclosed case; the contract does not say what the value is then"
        )
    if calc["proposed"] is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure with an actual loss "
            "needs an interest computation a person makes"
        )
    args = ["--today", today.isoformat()]
    t = truth("penalty-case", family, case, style, args, values, decision, not_scored)
    f = {
        "case": case,
        "name": name,
        "street": street,
        "city": city,
        "importer": importer,
        "case_number": case_number,
        "violation": violation,
        "culp": culp,
        "pd": pd,
        "noncommercial": noncommercial,
        "ents": ents,
        "domestic": domestic,
        "dutiable": dutiable,
        "goods": goods,
        "kind": KINDS[kind],
        "officer": rng.choice(PEOPLE),
        "rng": rng,
        "today": today,
        "memo_date": today - D(days=rng.randint(3, 20)),
        "pd_date": violation + D(days=rng.randint(200, 400)),
    }
    doc = {"slip": _slip, "cms": _cms, "audit": _audit}[style](f)
    return t, doc


CULP_WORDS = {
    "slip": {"negligence": "Negligence", "gross_negligence": "Gross negligence", "fraud": "Fraud"},
    "cms": {
        "negligence": "Negligent",
        "gross_negligence": "Grossly negligent",
        "fraud": "Fraudulent",
    },
}


def _facts(f: dict[str, Any]) -> str:
    kind, laws, facts = f["kind"]
    if f["noncommercial"]:
        return (
            "The party declared the shipment as used household effects free of duty, but it "
            "included "
            "antique furniture bought abroad for resale to dealers, a false statement material to "
            "the duty owed (19 U.S.C. 1592(a)(1)(A), 19 U.S.C. 1484)."
        )
    return f"Violation: {kind} ({laws}). Material facts: {facts}."


def _slip(f: dict[str, Any]) -> Doc:
    doc = Doc(font="H", size=9.5, top=60)
    doc.line("ROUTING AND TRANSMITTAL SLIP", "HB", 11)
    doc.table(
        [("To (name, office)", 210), ("Initials", 70), ("Date", 90), ("Note", 98)],
        [
            ["FP&F Officer, Port of entry", "", "", "Action"],
            ["Penalties Branch file", "", "", "File"],
        ],
        size=8.5,
    )
    doc.labelled(
        "From:", f"{f['officer']}, Regulatory Audit and Agency Advisory Services", 50, size=8.5
    )
    doc.gap(4)
    doc.rule(doc.left, doc.y, doc.right, doc.y, 1.4)
    doc.gap(10)
    doc.line("MEMORANDUM - REFERRAL FOR 19 U.S.C. 1592 ACTION", "HB", 12)
    doc.gap(4)
    rows = [
        ("Case number:", f["case_number"]),
        ("Date:", date_fmt(f["memo_date"], "long")),
        ("Party:", f["name"]),
        ("Address:", f"{f['street']}, {f['city']}"),
    ]
    if f["importer"]:
        rows.append(("Importer number:", f["importer"]))
    rows += [
        ("Importation:", "Noncommercial (personal)" if f["noncommercial"] else "Commercial"),
        ("Merchandise:", f["goods"]),
        ("Date of violation:", date_fmt(f["violation"], "long")),
        ("Culpability:", CULP_WORDS["slip"][f["culp"]]),
        (
            "Prior disclosure:",
            f"Yes - filed {date_fmt(f['pd_date'], 'long')} (19 CFR 162.74)" if f["pd"] else "No",
        ),
        ("Domestic value:", money(f["domestic"])),
        ("Dutiable value:", money(f["dutiable"])),
    ]
    for label, value in rows:
        doc.labelled(label, value, 110, lfont="HB")
    doc.gap(6)
    doc.para(_facts(f))
    doc.line("Entries", "HB")
    doc.table(
        [
            ("Entry No.", 95),
            ("Entry Date", 90),
            ("Liquidated", 60),
            ("Entered Value", 80),
            ("Duty Paid", 70),
            ("Duty Owed", 70),
        ],
        [
            [
                e["number"],
                date_fmt(e["date"], "long"),
                "Yes" if e["liquidated"] else "No",
                money(e["value"]),
                money(e["paid"]),
                money(e["owed"]),
            ]
            for e in f["ents"]
        ],
        size=8.5,
    )
    doc.para(
        "Please prepare the notice and the demand for any actual loss of duties under 19 U.S.C. "
        "1592(d). Working papers are in the shared audit folder."
    )
    doc.gap(8)
    doc.line(f["officer"])
    doc.line("Field Auditor", size=8.5)
    doc.footer("Page {page} of {pages}", "H", 8)
    return doc


def _cms(f: dict[str, Any]) -> Doc:
    doc = Doc(font="C", size=8.5, top=54, left=50, right=562)
    gap = " " * 10
    printed = date_fmt(f["memo_date"], "us")
    header = f"SEIZURES AND PENALTIES CASE SYSTEM{gap}CASE DETAIL{gap}PRINTED {printed}"
    doc.line(header, "CB", 8.5)
    doc.rule(doc.left, doc.y + 1, doc.right, doc.y + 1, 0.8)
    doc.gap(6)
    pairs = [
        ("CASE NUMBER", f["case_number"]),
        ("CASE TYPE", "1592 COMMERCIAL FRAUD/NEGLIGENCE REFERRAL"),
        ("VIOLATOR NAME", f["name"]),
        ("VIOLATOR ADDRESS", f"{f['street']}, {f['city']}"),
        ("IMPORTER NUMBER", f["importer"] or ""),
        ("IMPORTATION", "NONCOMMERCIAL" if f["noncommercial"] else "COMMERCIAL"),
        ("VIOLATION DATE", date_fmt(f["violation"], "us")),
        ("CULPABILITY LEVEL", CULP_WORDS["cms"][f["culp"]]),
        ("PRIOR DISCLOSURE", f"YES - RECEIVED {date_fmt(f['pd_date'], 'us')}" if f["pd"] else "NO"),
        ("DOMESTIC VALUE", money(f["domestic"], "plain")),
        ("DUTIABLE VALUE", money(f["dutiable"], "plain")),
        ("COMMODITY", f["goods"]),
    ]
    for label, value in pairs:
        doc.labelled(f"{label:.<22}", value, 130)
    doc.gap(6)
    doc.line("LINE ITEMS (ENTRIES)", "CB")
    doc.table(
        [
            ("ENTRY", 95),
            ("ENTRY DT", 70),
            ("STATUS", 50),
            ("VALUE", 80),
            ("DUTY DEP", 70),
            ("DUTY OWED", 70),
        ],
        [
            [
                e["number"],
                date_fmt(e["date"], "us"),
                "LIQ" if e["liquidated"] else "UNLIQ",
                money(e["value"], "plain"),
                money(e["paid"], "plain"),
                money(e["owed"], "plain"),
            ]
            for e in f["ents"]
        ],
        grid="none",
        hfont="CB",
    )
    doc.gap(6)
    doc.line("NARRATIVE", "CB")
    doc.para(_facts(f).upper() if False else _facts(f))
    doc.para(
        f"Referred by {f['officer']} for a penalty determination. Demand any actual loss under "
        "19 U.S.C. 1592(d)."
    )
    doc.footer("CASE DETAIL - PAGE {page} OF {pages}", "C", 7, "right")
    return doc


def _audit(f: dict[str, Any]) -> Doc:
    doc = Doc(font="T", size=11)
    doc.line("Regulatory Audit - Report of Findings (excerpt)", "TB", 14)
    doc.line(f"Referral to Fines, Penalties and Forfeitures - file {f['case_number']}", "T", 10)
    doc.gap(4)
    doc.rule(doc.left, doc.y, doc.right, doc.y, 0.8)
    doc.gap(8)
    who = f["name"]
    role = "Party" if f["noncommercial"] else "Auditee"
    ior_text = f" (importer number {f['importer']})" if f["importer"] else ""
    doc.para(
        f"1. {role}. {who}{ior_text}, whose address is {f['street']}, {f['city']}."
        + (
            " The importation was noncommercial: personal effects of a private individual."
            if f["noncommercial"]
            else ""
        )
    )
    doc.para(f"2. Merchandise. {f['goods']}.")
    doc.para(
        f"3. Findings. {_facts(f)} The first violation occurred on "
        f"{date_fmt(f['violation'], 'dmy')}."
    )
    culp = {
        "negligence": "negligence: the importer failed to exercise reasonable care",
        "gross_negligence": "gross negligence: the importer acted with actual knowledge of, or "
        "wanton "
        "disregard for, the relevant facts",
        "fraud": "fraud: the false statements were made knowingly and intentionally",
    }[f["culp"]]
    doc.para(f"4. Culpability. The evidence supports a finding of {culp}.")
    if f["pd"]:
        doc.para(
            f"5. Disclosure. The importer made a prior disclosure under 19 CFR 162.74 on "
            f"{date_fmt(f['pd_date'], 'dmy')}, before any investigation began, and tendered the "
            "duties it calculated."
        )
    else:
        doc.para("5. Disclosure. No prior disclosure was made.")
    doc.para(
        f"6. Values. Domestic value of the merchandise: {money(f['domestic'], 'usd')}. Dutiable "
        "value: "
        f"{money(f['dutiable'], 'usd')}. The entries are listed in Schedule 1."
    )
    doc.gap(10)
    doc.line("Audit Manager", "TB")
    doc.line(f["officer"])
    doc.new_page()
    doc.line("Schedule 1 - Entries reviewed", "TB", 12)
    doc.gap(4)
    doc.table(
        [
            ("Entry Number", 100),
            ("Date of Entry", 95),
            ("Liq. Status", 75),
            ("Entered Value", 92),
            ("Duties Deposited", 92),
            ("Correct Duty", 78),
        ],
        [
            [
                e["number"],
                date_fmt(e["date"], "dmy"),
                "Final" if e["liquidated"] else "Open",
                money(e["value"], "usd"),
                money(e["paid"], "usd"),
                money(e["owed"], "usd"),
            ]
            for e in f["ents"]
        ],
        font="T",
        size=8.5,
        grid="rows",
    )
    doc.para("Liq. Status: Final = liquidated, Open = unliquidated.", "T", 8.5)
    doc.footer("Report of Findings - {page}", "T", 8)
    return doc
