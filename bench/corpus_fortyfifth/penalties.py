"""Penalty referrals under 19 U.S.C. 1592 and three senders' habits."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any, cast

from bench.corpus_fortyfifth import law, pools
from bench.corpus_fortyfifth.sheet import DATE_STYLES, MONEY_STYLES, Sheet, fdate, money, pick

CASES = [
    "neg-loss",
    "gross-loss",
    "fraud-loss",
    "limitations-passed",
    "neg-noloss",
    "fraud-pd-loss",
    "small-claim",
    "barred-entry",
    "noncommercial",
    "neg-dvcap",
    "fraud-pd-noloss",
    "neg-pd-actual",
]
STYLES = ["audit", "memo", "fixed"]
CULP = {
    "neg": "negligence",
    "gro": "gross_negligence",
    "fra": "fraud",
    "lim": "negligence",
    "sma": "negligence",
    "bar": "gross_negligence",
    "non": "negligence",
}
WORDS = {
    "negligence": ["negligence", "Negligence (19 U.S.C. 1592(c)(3))", "negligent"],
    "gross_negligence": ["gross negligence", "Gross Negligence (1592(c)(2))", "grossly negligent"],
    "fraud": ["fraud", "Fraud (19 U.S.C. 1592(c)(1))", "fraudulent"],
}
D = dt.timedelta
M = Decimal


def _m(rng: random.Random, low: int, high: int) -> Decimal:
    return M(rng.randrange(low * 100, high * 100)) / 100


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"penalty-45-{seed}-{index}")
    case = CASES[index % len(CASES)]
    culp = CULP[case[:3]]
    name, address = rng.choice(pools.PARTIES)
    goods, _ = rng.choice(pools.GOODS)
    code = pools.filer(rng)
    count = 2 if case == "small-claim" else rng.choice([2, 3, 4])
    start = dt.date(2021, 3, 1) + D(days=rng.randrange(700))
    if case == "barred-entry":
        start = dt.date(2019, 6, 3) + D(days=rng.randrange(200))
    entries: list[dict[str, Any]] = []
    for number in range(count):
        entered = _m(rng, 8000, 90000)
        paid = (entered * M(rng.choice(["0.025", "0.04", "0.065"]))).quantize(M("0.01"))
        loss = _m(rng, 300, 6000)
        if case in ("neg-noloss", "fraud-pd-noloss"):
            loss = M(0)
        if case == "small-claim":
            loss = _m(rng, 60, 200)
        owed = paid + loss
        if number == 1 and case in ("gross-loss", "neg-dvcap"):
            owed = paid - _m(rng, 20, 200)
        liq = rng.random() < 0.5
        if case == "neg-pd-actual" and number == 0:
            liq = True
        gap = 400 if case == "barred-entry" else rng.randrange(20, 90)
        entries.append(
            {
                "entry_number": pools.entry(rng, code),
                "entry_date": start + D(days=number * gap),
                "liquidated": liq,
                "entered_value": entered,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    dutiable = sum((e["entered_value"] for e in entries), M(0))
    lod = sum((max(e["duty_owed"] - e["duty_paid"], M(0)) for e in entries), M(0))
    domestic = (dutiable * M("1.6")).quantize(M("1"))
    if case == "neg-dvcap":
        domestic = (lod * M("1.5")).quantize(M("1"))
    violation = entries[-1]["entry_date"] if case == "barred-entry" else entries[0]["entry_date"]
    limit = law.add_years(violation, 5)
    today = violation + D(days=400 + rng.randrange(500))
    if case == "limitations-passed":
        today = limit + D(days=rng.randrange(5, 90))
    if case == "barred-entry":
        today = law.add_years(entries[0]["entry_date"], 5) + D(days=30)
        assert today < limit
    doc: dict[str, Any] = {
        "case": case,
        "culp": culp,
        "name": name,
        "address": address,
        "goods": goods,
        "entries": entries,
        "dutiable": dutiable,
        "domestic": domestic,
        "violation": violation,
        "today": today,
        "pd": case.startswith("fraud-pd") or case == "neg-pd-actual",
        "noncommercial": case == "noncommercial",
        "importer": pools.ein(rng),
        "case_no": f"{today.year}-{rng.choice(pools.PORTS)[0]}-{rng.randrange(10**5, 10**6)}-01",
        "dstyle": rng.choice(DATE_STYLES),
        "mstyle": rng.choice(MONEY_STYLES),
        "print_dutiable": case in ("neg-noloss", "fraud-pd-noloss") or rng.random() < 0.6,
        "author": rng.choice(pools.SIGNERS),
        "words": rng.choice(WORDS[culp]),
        "report_date": today - D(days=rng.randrange(3, 30)),
    }
    doc["truth"] = truth(doc)
    return doc


def truth(doc: dict[str, Any]) -> dict[str, Any]:
    entries = doc["entries"]
    result = law.penalty(
        doc["culp"],
        [(e["liquidated"], e["duty_paid"], e["duty_owed"]) for e in entries],
        doc["domestic"],
        doc["dutiable"] if doc["print_dutiable"] else None,
        doc["pd"],
    )
    limit = law.add_years(doc["violation"], 5)
    barred = [
        e["entry_number"] for e in entries if law.add_years(e["entry_date"], 5) < doc["today"]
    ]
    proposed = result["proposed"]
    needs = limit < doc["today"] or bool(barred) or proposed is None
    if needs or proposed == 0:
        notice = "none"
    elif isinstance(proposed, Decimal) and proposed > 1000 and not doc["noncommercial"]:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    low, high = cast(tuple[Decimal, Decimal], result["range"])
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": float(cast(Decimal, result["actual"])),
            "potential": float(cast(Decimal, result["potential"])),
            "total": float(cast(Decimal, result["total"])),
        },
        "statutory_max": float(cast(Decimal, result["max"])),
        "guideline_range": [float(low), float(high)],
        "proposed_penalty": None if proposed is None else float(cast(Decimal, proposed)),
        "limitations_date": limit.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss needs interest "
            "a person computes"
        )
    if doc["pd"]:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range"
        )
    values = {
        "case_number": doc["case_no"],
        "party_name": doc["name"],
        "party_address": ", ".join(doc["address"]),
        "importer_number": doc["importer"],
        "violation_date": doc["violation"].isoformat(),
        "culpability": doc["culp"],
        "prior_disclosure": doc["pd"],
        "noncommercial": doc["noncommercial"],
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": float(e["entered_value"]),
                "duty_paid": float(e["duty_paid"]),
                "duty_owed": float(e["duty_owed"]),
            }
            for e in entries
        ],
        "domestic_value": float(doc["domestic"]),
        "dutiable_value": float(doc["dutiable"]) if doc["print_dutiable"] else None,
    }
    return {
        "kind": "penalty-case",
        "case": doc["case"],
        "args": ["--today", doc["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def draw(doc: dict[str, Any], style: str, rng: random.Random) -> Sheet:
    return {"audit": _audit, "memo": _memo, "fixed": _fixed}[style](doc, rng)


def _liq(doc: dict[str, Any], flag: bool, rng: random.Random) -> str:
    """The liquidation mark: one habit per sender (Liquidated/Unliquidated, Y/N or Final/Open)."""
    pairs = [("Liquidated", "Unliquidated"), ("Y", "N"), ("Final", "Open")]
    return pairs[len(doc["name"]) % 3][0 if flag else 1]


def _pd_text(doc: dict[str, Any], rng: random.Random) -> str:
    if doc["pd"]:
        return pick(
            rng,
            "The importer filed a prior disclosure under 19 CFR 162.74 before the "
            "investigation began.",
            "Prior disclosure: YES (19 CFR 162.74), the loss of duties was tendered.",
        )
    return pick(rng, "No prior disclosure was made.", "Prior disclosure: NO")


def _nature(doc: dict[str, Any]) -> str:
    if doc["noncommercial"]:
        return "The importation was noncommercial: the goods were for the party's personal use."
    return "The importations were commercial shipments for resale."


def _m2(doc: dict[str, Any], value: Decimal) -> str:
    return money(value, doc["mstyle"])


def _audit(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """An audit report with numbered findings and an exhibit listing the entries."""
    s = Sheet("serif", 10.5, left=72, top=72)
    ds = doc["dstyle"]
    s.put(72, 52, "REGULATORY AUDIT - REPORT OF FINDINGS", "serif-b", 13)
    s.put(72, 66, "Referral for penalty action under 19 U.S.C. 1592", "serif", 9)
    s.y = 96
    for label, value in [
        ("Case No.", doc["case_no"]),
        ("Auditee", doc["name"]),
        ("Address", ", ".join(doc["address"])),
        ("Importer of record no.", doc["importer"]),
        ("Report date", fdate(doc["report_date"], ds)),
    ]:
        s.line(f"{label}: {value}")
    s.y += 8
    findings = [
        f"The auditee imported {doc['goods'].lower()} on the entries listed in Exhibit 1 "
        f"and understated their "
        "value by omitting assists and royalties.",
        f"The violation occurred on {fdate(doc['violation'], ds)}, the date of the first "
        f"false entry."
        if doc["case"] != "barred-entry"
        else f"The violation is dated {fdate(doc['violation'], ds)}, the last entry of the series.",
        f"The audit team assesses the culpability as {doc['words']}.",
        _pd_text(doc, rng),
        _nature(doc),
        f"Domestic value of the merchandise: {_m2(doc, doc['domestic'])}.",
    ]
    if doc["print_dutiable"]:
        findings.append(f"Dutiable value of the merchandise: {_m2(doc, doc['dutiable'])}.")
    s.line("FINDINGS", font="serif-b")
    for number, text in enumerate(findings, start=1):
        s.para(f"Finding {number}. {text}", 84)
    s.para(f"Prepared by {doc['author']}, Regulatory Audit.")
    s.new_page()
    s.line("EXHIBIT 1 - ENTRIES EXAMINED", font="serif-b", size=11)
    s.y += 6
    cols = [72, 160, 236, 290, 375, 465]
    s.row(
        list(
            zip(
                cols,
                [
                    "Entry Number",
                    "Entry Date",
                    "Status",
                    "Entered Value",
                    "Duty Deposited",
                    "Duty Owed",
                ],
                strict=False,
            )
        ),
        font="serif-b",
        size=9,
    )
    for e in doc["entries"]:
        s.row(
            list(
                zip(
                    cols,
                    [
                        e["entry_number"],
                        fdate(e["entry_date"], ds),
                        _liq(doc, e["liquidated"], rng),
                        _m2(doc, e["entered_value"]),
                        _m2(doc, e["duty_paid"]),
                        _m2(doc, e["duty_owed"]),
                    ],
                    strict=False,
                )
            ),
            size=9,
        )
    return s


def _memo(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """A referral memo with the party in a boxed header and the entries in a ruled table."""
    s = Sheet("sans", 9.5, left=60, top=60)
    ds = doc["dstyle"]
    s.put(60, 44, "MEMORANDUM", "sans-b", 14)
    s.put(
        60, 60, f"TO: Fines, Penalties and Forfeitures Officer    FROM: {doc['author']}", "sans", 9
    )
    s.put(
        60,
        74,
        "DATE: "
        + fdate(doc["report_date"], ds)
        + "    SUBJECT: 1592 referral, case "
        + doc["case_no"],
        "sans",
        9,
    )
    s.box(56, 86, 500, 62, 1.0)
    s.put(64, 100, "PARTY: " + doc["name"], "sans-b", 10)
    s.put(64, 114, "ADDRESS: " + ", ".join(doc["address"]), "sans", 9)
    s.put(64, 128, "IOR NO.: " + doc["importer"], "sans", 9)
    s.put(64, 142, "VIOLATION DATE: " + fdate(doc["violation"], ds), "sans", 9)
    s.y = 172
    s.para(f"Culpability: {doc['words']}. {_pd_text(doc, rng)} {_nature(doc)}", 100)
    s.para(f"Merchandise: {doc['goods']}.", 100)
    s.line(
        f"Domestic value {_m2(doc, doc['domestic'])}"
        + (f"; dutiable value {_m2(doc, doc['dutiable'])}" if doc["print_dutiable"] else "")
    )
    s.y += 10
    cols = [64, 170, 250, 330, 410, 490]
    top = s.y - 12
    s.row(
        list(
            zip(
                cols,
                ["Entry No.", "Entry Date", "Liq. Status", "Value", "Duty Paid", "Duty Owed"],
                strict=False,
            )
        ),
        font="sans-b",
        size=8.5,
    )
    s.rule(56, 556, 0.6, dy=-10)
    for e in doc["entries"]:
        s.row(
            list(
                zip(
                    cols,
                    [
                        e["entry_number"],
                        fdate(e["entry_date"], ds),
                        _liq(doc, e["liquidated"], rng),
                        _m2(doc, e["entered_value"]),
                        _m2(doc, e["duty_paid"]),
                        _m2(doc, e["duty_owed"]),
                    ],
                    strict=False,
                )
            ),
            size=8.5,
        )
        s.rule(56, 556, 0.3, dy=-10)
    s.box(56, top, 500, s.y - top - 10, 0.6)
    for x in cols[1:]:
        s.vline(x - 6, top, s.y - 10)
    s.y += 16
    s.line(doc["author"], font="sans-b")
    s.line("Import Specialist")
    return s


def _fixed(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """A plain-text report of fixed-width columns."""
    s = Sheet("mono", 8.5, left=50, top=56)
    ds = doc["dstyle"]
    lines = [
        "PENALTY CASE REFERRAL REPORT".ljust(60) + "RUN " + fdate(doc["report_date"], ds),
        "=" * 95,
        f"CASE NUMBER ....... {doc['case_no']}",
        f"PARTY ............. {doc['name']}",
        f"ADDRESS ........... {', '.join(doc['address'])}",
        f"IMPORTER NO ....... {doc['importer']}",
        f"VIOLATION DATE .... {fdate(doc['violation'], ds)}",
        f"CULPABILITY ....... {doc['words']}",
        f"PRIOR DISCLOSURE .. {'YES' if doc['pd'] else 'NO'}",
        f"IMPORTATION ....... {'NONCOMMERCIAL' if doc['noncommercial'] else 'COMMERCIAL'}",
        f"DOMESTIC VALUE .... {_m2(doc, doc['domestic'])}",
    ]
    if doc["print_dutiable"]:
        lines.append(f"DUTIABLE VALUE .... {_m2(doc, doc['dutiable'])}")
    lines += [
        "",
        f"COMMODITY: {doc['goods']}",
        "",
        "-" * 95,
        f"{'ENTRY #':<16}{'ENTRY DT':<20}{'LIQ':<14}{'VALUE':>15}{'PAID':>15}{'OWED':>15}",
        "-" * 95,
    ]
    for e in doc["entries"]:
        mark = _liq(doc, e["liquidated"], rng)
        value, paid, owed = (_m2(doc, e[k]) for k in ("entered_value", "duty_paid", "duty_owed"))
        lines.append(
            f"{e['entry_number']:<16}{fdate(e['entry_date'], ds):<20}{mark:<14}"
            f"{value:>15}{paid:>15}{owed:>15}"
        )
    lines += ["-" * 95, "", f"REFERRED BY: {doc['author']}", "*** END OF REPORT ***"]
    for text in lines:
        s.line(text.rstrip())
    return s
