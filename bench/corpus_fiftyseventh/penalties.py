# ruff: noqa: E501
"""Referrals for 19 U.S.C. 1592 penalties, in three styles of this hand:

- `chronology`: a case chronology (Date | Event) followed by the entry schedule;
- `ledger`: a ledger card per case, header particulars with captions under the lines, one ledger row per entry;
- `minutes`: minutes of a penalty case review meeting, items discussed and an entry table."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import COMPANIES, FILERS, PEOPLE, dollars, ein, entry, fdate, money, pick

STYLES = ("chronology", "ledger", "minutes")
CASES = (
    "negligence", "gross", "fraud", "fraud-pd", "neg-no-loss", "dv-cap", "limitations-passed",
    "small-claim", "noncommercial", "gross-pd-actual", "fraud-pd-no-loss", "mixed-liquidation",
)  # fmt: skip
CULP_TEXT = {"negligence": "negligence", "gross_negligence": "gross negligence", "fraud": "fraud"}


def plan(i: int, rng: random.Random) -> dict[str, Any]:
    case = CASES[i % len(CASES)]
    style = STYLES[i % len(STYLES)]
    company, street, city = pick(rng, COMPANIES)
    culp = {"gross": "gross_negligence", "fraud": "fraud", "fraud-pd": "fraud", "gross-pd-actual": "gross_negligence",
            "fraud-pd-no-loss": "fraud"}.get(case, "negligence")  # fmt: skip
    pd = case in ("fraud-pd", "gross-pd-actual", "fraud-pd-no-loss")
    noncom = case == "noncommercial"
    n = 1 if case in ("small-claim", "noncommercial") else rng.randint(2, 3)
    today = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 90))
    first = today - dt.timedelta(days=rng.randint(200, 700))
    if case == "limitations-passed":
        first = today.replace(year=today.year - 5) - dt.timedelta(days=rng.randint(10, 60))
    filer = pick(rng, FILERS)
    no_loss = case in ("neg-no-loss", "fraud-pd-no-loss")
    entries: list[dict[str, Any]] = []
    d = first
    for k in range(n):
        value = rng.randint(800000, 9000000)
        paid = value * rng.choice([2, 3, 5]) // 100
        if no_loss:
            owed = paid
        elif case == "small-claim":
            owed = paid + 2 * rng.randint(10000, 24000)
        elif case == "dv-cap":
            owed = paid + value // 2 * 2  # undeclared antidumping duty at 100 percent of the value
        elif case == "noncommercial":
            owed = paid + 2 * rng.randint(20000, 60000)
        else:
            owed = paid + 2 * rng.randint(100000, 900000)
        if case == "mixed-liquidation" or case == "gross-pd-actual":
            liq = k == 0
        else:
            liq = rng.random() < 0.4
        entries.append(
            {
                "number": entry(rng, filer),
                "date": d,
                "liquidated": liq,
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
        d += dt.timedelta(days=rng.randint(20, 70))
    lod = sum(max(0, e["owed"] - e["paid"]) for e in entries)
    total_value = sum(e["value"] for e in entries)
    domestic = (total_value * 16 // 10) // 100 * 100
    assert case != "dv-cap" or 2 * lod > domestic  # the domestic value caps the negligence maximum
    dutiable = total_value // 100 * 100 if (no_loss or rng.random() < 0.5) else None
    violation = first
    r = law.penalty(
        culp,
        pd,
        noncom,
        [dict(e, date=e["date"]) for e in entries],
        domestic,
        dutiable,
        violation,
        today,
    )
    f = {
        "company": company,
        "street": street,
        "city": city,
        "importer": ein(rng),
        "culp": culp,
        "pd": pd,
        "noncom": noncom,
        "entries": entries,
        "domestic": domestic,
        "dutiable": dutiable,
        "violation": violation,
        "case_no": f"{today.year}-{rng.choice(['2704', '1001', '5301', '3901'])}-{rng.randint(100000, 999999)}-01",
        "officer": pick(rng, PEOPLE),
        "ds": pick(rng, ["long", "us", "iso", "abbr", "dmy"]),
        "ms": pick(rng, ["$", "USD", ""]),
        "rng": rng,
        "today": today,
        "goods": pick(
            rng,
            [
                "steel wire rope",
                "ceramic tableware",
                "bicycle parts",
                "cotton knit shirts",
                "LED lamps",
            ],
        ),
    }
    if case == "dv-cap":
        f["goods"] = "steel wire rope subject to an antidumping duty order"  # fmt: skip
    doc = {"chronology": _chronology, "ledger": _ledger, "minutes": _minutes}[style](f)
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": dollars(r["actual"]),
            "potential": dollars(r["potential"]),
            "total": dollars(r["total"]),
        },
        "statutory_max": dollars(r["statutory_max"]),
        "guideline_range": [dollars(r["range"][0]), dollars(r["range"][1])],
        "proposed_penalty": dollars(r["proposed"]),
        "limitations_date": r["limitations"].isoformat(),
        "notice": r["notice"],
        "outcome": r["outcome"],
        "barred_entries": r["barred"],
    }
    not_scored = []
    if r["proposed"] is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: interest on the actual loss of a gross-negligence prior disclosure is computed by a person"
        )
    truth = {
        "kind": "penalty-case", "case": case, "style": style, "args": ["--today", today.isoformat()],
        "values": {
            "case_number": f["case_no"], "party_name": company, "party_address": f"{street}, {city}",
            "importer_number": f["importer"], "violation_date": violation.isoformat(), "culpability": culp,
            "prior_disclosure": pd, "noncommercial": noncom,
            "entries": [{"entry_number": e["number"], "entry_date": e["date"].isoformat(), "liquidated": e["liquidated"],
                         "entered_value": dollars(e["value"]), "duty_paid": dollars(e["paid"]), "duty_owed": dollars(e["owed"])}
                        for e in entries],
            "domestic_value": dollars(domestic), "dutiable_value": dollars(dutiable),
        },
        "decision": decision, "not_scored": not_scored,
    }  # fmt: skip
    return {"truth": truth, "doc": doc}


def _m(f: dict[str, Any], cents: int) -> str:
    return money(cents, f["ms"])


def _rows(f: dict[str, Any], liq_words: tuple[str, str]) -> list[list[str]]:
    return [[e["number"], fdate(e["date"], f["ds"]), liq_words[0] if e["liquidated"] else liq_words[1], _m(f, e["value"]),
             _m(f, e["paid"]), _m(f, e["owed"])] for e in f["entries"]]  # fmt: skip


def _pd_text(f: dict[str, Any]) -> str:
    if f["pd"]:
        return "The importer made a valid prior disclosure under 19 CFR 162.74 before the investigation began and tendered the loss of duties."
    return "No prior disclosure was made."


def _values_text(f: dict[str, Any]) -> list[str]:
    out = [f"Domestic value of the merchandise: {_m(f, f['domestic'])}."]
    if f["dutiable"] is not None:
        out.append(f"Dutiable value of the merchandise: {_m(f, f['dutiable'])}.")
    if f["noncom"]:
        out.append(
            "The importation was noncommercial: personal effects shipped for the party's own use."
        )
    return out


HEAD = ["Entry No.", "Entry Date", "Liq. Status", "Entered Value", "Duty Paid", "Duty Owed"]
FR = [0.2, 0.16, 0.14, 0.17, 0.16, 0.17]


def _chronology(f: dict[str, Any]) -> dict[str, Any]:
    ds = f["ds"]
    dated: list[tuple[dt.date, int, str]] = [
        (f["violation"], 0, "Date of the violation (first false statement).")
    ]
    for e in f["entries"]:
        dated.append(
            (
                e["date"],
                1,
                f"Entry {e['number']} filed; goods declared as {f['goods']} at a lower rate of duty.",
            )
        )
    if f["pd"]:
        dated.append(
            (
                f["entries"][-1]["date"] + dt.timedelta(days=90),
                2,
                "Prior disclosure received from the importer with tender of duties.",
            )
        )
    dated.append(
        (
            f["today"] - dt.timedelta(days=14),
            3,
            "Audit report forwarded to Fines, Penalties and Forfeitures.",
        )
    )
    events = [[fdate(d, ds), text] for d, _, text in sorted(dated)]
    blocks: list[Any] = [
        ("title", "PENALTY REFERRAL - CASE CHRONOLOGY"),
        ("p", [("Case number: ", "b"), (f["case_no"], "n")]),
        (
            "p",
            [
                ("Party: ", "b"),
                (f["company"], "n"),
                ("   Importer number: ", "b"),
                (f["importer"], "n"),
            ],
        ),
        ("p", [("Address: ", "b"), (f"{f['street']}, {f['city']}", "n")]),
        ("p", [("Culpability found: ", "b"), (CULP_TEXT[f["culp"]], "n")]),
        ("h", "Chronology"),
        ("table", ["Date", "Event"], events, [0.22, 0.78]),
        ("p", _pd_text(f)),
        ("h", "Entries"),
        ("table", HEAD, _rows(f, ("Liquidated", "Unliquidated")), FR),
    ]
    blocks += [("p", s) for s in _values_text(f)]
    blocks += [("gap",), ("lines", [f"Prepared by {f['officer']}, Import Specialist"])]
    return {"font": "Helvetica", "size": 10, "header": f"Case {f['case_no']}", "blocks": blocks}


def _ledger(f: dict[str, Any]) -> dict[str, Any]:
    ds = f["ds"]
    blocks: list[Any] = [
        ("title", "1592 CASE LEDGER CARD"),
        ("fields", [("Case number", f["case_no"], 0.4), ("Importer number", f["importer"], 0.3), ("Date of violation", fdate(f["violation"], ds), 0.3)]),
        ("fields", [("Party name", f["company"], 0.5), ("Address", f"{f['street']}, {f['city']}", 0.5)]),
        ("fields", [("Culpability", CULP_TEXT[f["culp"]].upper(), 0.3), ("Prior disclosure", "YES" if f["pd"] else "NO", 0.2),
                    ("Importation", "NONCOMMERCIAL" if f["noncom"] else "COMMERCIAL", 0.25), ("Domestic value", _m(f, f["domestic"]), 0.25)]),
    ]  # fmt: skip
    if f["dutiable"] is not None:
        blocks.append(("fields", [("Dutiable value", _m(f, f["dutiable"]), 0.4)]))
    blocks += [
        ("h", "LEDGER"),
        (
            "table",
            ["Entry #", "Entered", "Status", "Value", "Deposited", "Lawful duty"],
            _rows(f, ("LIQ", "UNLIQ")),
            FR,
        ),
        ("small", "Status: LIQ = liquidated (final); UNLIQ = not liquidated."),
        ("p", _pd_text(f)),
        ("gap",),
        ("lines", [f"Posted by: {f['officer']}"]),
    ]
    return {"font": "Courier", "size": 10, "header": None, "blocks": blocks}


def _minutes(f: dict[str, Any]) -> dict[str, Any]:
    ds = f["ds"]
    rng: random.Random = f["rng"]
    others = [p for p in PEOPLE if p != f["officer"]]
    blocks: list[Any] = [
        ("title", "MINUTES - PENALTY CASE REVIEW MEETING"),
        ("p", f"Fines, Penalties and Forfeitures Office. Present: {f['officer']} (chair), {pick(rng, others)} (Regulatory Audit), {pick(rng, others)} (Import Specialist)."),
        ("h", f"Item 1. Case {f['case_no']}"),
        ("p", f"The meeting reviewed the referral concerning {f['company']}, {f['street']}, {f['city']}, importer number {f['importer']}. The audit found that the party declared {f['goods']} under a lower-rated subheading."),
        ("p", f"The violation is dated {fdate(f['violation'], ds)}. After discussion the meeting agreed that the evidence supports {CULP_TEXT[f['culp']]} as the level of culpability."),
        ("p", _pd_text(f)),
        ("h", "Item 2. Entries reviewed"),
        ("table", ["Entry Number", "Date of Entry", "Liquidated?", "Value", "Duty Deposited", "Duty Owed"], _rows(f, ("Yes", "No")), FR),
        ("h", "Item 3. Values"),
    ]  # fmt: skip
    blocks += [("p", s) for s in _values_text(f)]
    blocks += [
        ("h", "Action"),
        ("p", "The chair will have the case drafted for the notice the law requires."),
        ("small", f"Minutes taken by {f['officer']}. Approved at the next meeting."),
    ]
    return {
        "font": "Times",
        "size": 11,
        "header": f"Minutes - case {f['case_no']}",
        "blocks": blocks,
    }
