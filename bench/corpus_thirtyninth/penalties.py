"""Penalty-referral cases (19 U.S.C. 1592) and three sender styles that print them."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_thirtyninth import law
from bench.corpus_thirtyninth.layout import Page
from bench.corpus_thirtyninth.pools import FILERS, GOODS, PARTIES, SIGNERS, ein, fmt_date, fmt_money

D = dt.date
T = dt.timedelta
CASES = [
    "negligence", "gross-mixed", "fraud", "negligence-no-loss", "dv-cap", "fraud-pd",
    "fraud-pd-no-loss", "negligence-pd-actual", "limitations-passed", "barred-entry",
    "noncommercial", "under-1000", "overpaid-entry", "gross-no-loss",
]
STYLES = ["boxmemo", "fixedreport", "auditletter"]
CULP_WORDS = {
    "negligence": ["negligence", "Negligent", "NEGLIGENCE", "ordinary negligence"],
    "gross_negligence": ["gross negligence", "Grossly negligent", "GROSS NEGLIGENCE",
                         "gross neglect"],
    "fraud": ["fraud", "Fraudulent", "FRAUD", "intentional (fraud)"],
}


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"penalty-{seed}-{index}")
    case = CASES[(index + seed) % len(CASES)]
    style = STYLES[(index + seed // 2) % 3]
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    goods, _ = GOODS[rng.randrange(len(GOODS))]
    culp = {"gross-mixed": "gross_negligence", "fraud": "fraud", "fraud-pd": "fraud",
            "fraud-pd-no-loss": "fraud", "dv-cap": "negligence", "gross-no-loss":
            "gross_negligence", "limitations-passed": "gross_negligence"}.get(case, "negligence")
    pd = case in ("fraud-pd", "fraud-pd-no-loss", "negligence-pd-actual")
    today = D(2025, 3, 3) + T(rng.randint(0, 400))
    first = today - T(rng.randint(300, 900))
    if case == "limitations-passed":
        first = law.add_years(today, -5) - T(rng.randint(10, 60))
    if case == "barred-entry":
        first = law.add_years(today, -5) - T(rng.randint(10, 40))
    count = rng.randint(2, 4)
    filer = rng.choice(FILERS)
    serials = rng.sample(range(1000000, 9999999), count)
    no_loss = case in ("negligence-no-loss", "fraud-pd-no-loss", "gross-no-loss")
    entries: list[dict[str, Any]] = []
    day = first
    for n in range(count):
        if n:
            day = day + T(rng.randint(20, 70))
            if case == "barred-entry" and n == 1:
                day = today - T(rng.randint(400, 700))
        value = Decimal(rng.randint(800000, 9000000)) / 100
        if case == "under-1000":
            value = Decimal(rng.randint(50000, 150000)) / 100
        paid = (value * Decimal("0.025")).quantize(Decimal("0.01"))
        extra = Decimal(rng.randint(1500, 90000) * 2) / 100
        if case == "under-1000":
            extra = Decimal(rng.randint(2000, 9000) * 2) / 100 / count
            extra = (extra / 2).quantize(Decimal("0.01")) * 2
        if no_loss:
            extra = Decimal(0)
        if case == "overpaid-entry" and n == 0:
            extra = Decimal(-rng.randint(500, 9000)) / 100
        liquidated = True
        if case == "gross-mixed" and n % 2 == 1:
            liquidated = False
        if case in ("fraud-pd", "negligence-pd-actual") and n == count - 1:
            liquidated = False
        entries.append({"entry_number": law.entry_number(filer, f"{serials[n]:07d}"),
                        "entry_date": day.isoformat(), "liquidated": liquidated,
                        "entered_value": float(value), "duty_paid": float(paid),
                        "duty_owed": float(paid + extra)})
    total_value = sum((Decimal(str(e["entered_value"])) for e in entries), Decimal(0))
    dutiable = (total_value / 20).quantize(Decimal(1)) * 20
    domestic = (dutiable * Decimal("1.5")).quantize(Decimal(1))
    if case == "dv-cap":
        for e in entries:
            e["duty_owed"] = float(Decimal(str(e["duty_paid"])) + Decimal(rng.randint(900, 2400)))
        lod = sum(Decimal(str(e["duty_owed"])) - Decimal(str(e["duty_paid"])) for e in entries)
        domestic = (lod * Decimal("1.6")).quantize(Decimal(1))
    noncommercial = case == "noncommercial"
    violation = D.fromisoformat(entries[-1]["entry_date"] if case == "barred-entry"
                                else entries[0]["entry_date"])
    decision, open_keys = law.penalty(culp, pd, entries, domestic, dutiable, violation, today,
                                      noncommercial)
    case_number = f"{today.year}-{rng.choice(['2704', '1001', '5301'])}-" \
        f"{rng.randint(100000, 999999)}-01"
    values: dict[str, Any] = {
        "case_number": case_number, "party_name": name, "party_address": ", ".join(address),
        "importer_number": ein(rng), "violation_date": violation.isoformat(),
        "culpability": culp, "prior_disclosure": pd, "noncommercial": noncommercial,
        "entries": entries, "domestic_value": float(domestic), "dutiable_value": float(dutiable),
    }
    not_scored = []
    for key in open_keys:
        decision.pop(key)
        not_scored.append(f"{key}: a (gross) negligence prior disclosure with an actual loss "
                          "needs an interest computation a person makes")
    if pd:
        decision.pop("guideline_range")
        not_scored.append("guideline_range: with a prior disclosure the notice shows no App. B "
                          "range, and the contract does not say what the field then holds")
    facts = {"case": case, "values": values, "goods": goods, "today": today,
             "signer": SIGNERS[rng.randrange(len(SIGNERS))],
             "culp_word": rng.choice(CULP_WORDS[culp]),
             "date_style": rng.choice(["long", "us", "iso", "dmy", "abbr", "ordinal"]),
             "money": rng.choice(["dollar", "plain", "usd", "bare", "spaced"]),
             "liq_marks": rng.choice([("Y", "N"), ("LIQ", "UNLIQ"), ("Final", "Open"),
                                      ("Liquidated", "Unliquidated")]),
             "pd_word": rng.choice(["A prior disclosure was made under 19 CFR 162.74.",
                                    "The importer filed a valid prior disclosure (162.74).",
                                    "Prior disclosure: YES"])}
    truth = {"kind": "penalty-case", "case": case, "style": style,
             "args": ["--today", today.isoformat()], "values": values, "decision": decision,
             "not_scored": not_scored}
    page = {"boxmemo": boxmemo, "fixedreport": fixedreport, "auditletter": auditletter}[style](
        facts)
    return {"truth": truth, "page": page}


def _d(facts: dict[str, Any], iso: str) -> str:
    return fmt_date(D.fromisoformat(iso), facts["date_style"])


def _m(facts: dict[str, Any], value: float) -> str:
    return fmt_money(value, facts["money"])


def _statements(facts: dict[str, Any]) -> list[str]:
    v = facts["values"]
    out = [f"Culpability: {facts['culp_word']}.",
           f"Date of violation: {_d(facts, v['violation_date'])}.",
           f"Domestic value: {_m(facts, v['domestic_value'])}. Dutiable value: "
           f"{_m(facts, v['dutiable_value'])}."]
    if v["prior_disclosure"]:
        out.append(facts["pd_word"])
    elif facts["case"] in ("negligence", "fraud"):
        out.append("No prior disclosure was made.")
    if v["noncommercial"]:
        out.append("The importation was noncommercial (personal use of the importer).")
    return out


def boxmemo(facts: dict[str, Any]) -> Page:
    """A referral memo: the party in a boxed header, the entries in a ruled table."""
    v = facts["values"]
    page = Page("helvetica", 9.5)
    page.font(style="B", size=12)
    page.line("MEMORANDUM - PENALTY REFERRAL (19 U.S.C. 1592)", gap=16)
    page.font(style="", size=9.5)
    page.line(f"Date: {fmt_date(facts['today'] - T(5), facts['date_style'])}")
    page.line("To: Fines, Penalties and Forfeitures Officer")
    page.line(f"Case number: {v['case_number']}")
    page.skip(8)
    top = page.y
    page.line(f"Party: {v['party_name']}", x=80)
    page.line(f"Address: {v['party_address']}", x=80)
    page.line(f"Importer No.: {v['importer_number']}", x=80)
    page.box(72, top - 12, 468, page.y - top + 4)
    page.skip(10)
    page.para(f"Merchandise: {facts['goods']}.")
    yes, no = facts["liq_marks"]
    rows = [[e["entry_number"], _d(facts, e["entry_date"]), yes if e["liquidated"] else no,
             _m(facts, e["entered_value"]), _m(facts, e["duty_paid"]), _m(facts, e["duty_owed"])]
            for e in v["entries"]]
    page.font(size=8.5)
    page.table([76, 148, 242, 298, 380, 460], ["Entry No.", "Entry Date", "Liq.",
                                                "Entered Value", "Duty Paid", "Duty Owed"],
               rows, ruled=True)
    page.font(size=9.5)
    for text in _statements(facts):
        page.para(text)
    page.skip(14)
    page.line(facts["signer"])
    page.line("Import Specialist")
    return page


def fixedreport(facts: dict[str, Any]) -> Page:
    """A plain-text report of fixed-width columns from a case system, in Courier."""
    v = facts["values"]
    page = Page("courier", 8.5)
    page.line("CASE REPORT 1592-REF" + " " * 30 + f"RUN {facts['today'].isoformat()}")
    page.line("-" * 92)
    page.line(f"CASE NO ........ {v['case_number']}")
    page.line(f"PARTY .......... {v['party_name']}")
    page.line(f"ADDRESS ........ {v['party_address']}")
    page.line(f"IMPORTER NO .... {v['importer_number']}")
    page.line(f"VIOLATION DATE . {_d(facts, v['violation_date'])}")
    page.line(f"CULPABILITY .... {facts['culp_word']}")
    page.line(f"PRIOR DISCL .... {'YES' if v['prior_disclosure'] else 'NO'}")
    if v["noncommercial"]:
        page.line("IMPORT TYPE .... NONCOMMERCIAL")
    page.line(f"DOMESTIC VALUE . {_m(facts, v['domestic_value'])}")
    page.line(f"DUTIABLE VALUE . {_m(facts, v['dutiable_value'])}")
    page.line(f"COMMODITY ...... {facts['goods']}")
    page.line("-" * 92)
    yes, no = facts["liq_marks"]
    page.line(f"{'ENTRY':<16}{'ENTERED':<21}{'STATUS':<14}{'VALUE':>14}{'PAID':>13}{'OWED':>13}")
    for e in v["entries"]:
        page.line(f"{e['entry_number'].replace('-', ''):<16}{_d(facts, e['entry_date']):<21}"
                  f"{(yes if e['liquidated'] else no):<14}{_m(facts, e['entered_value']):>14}"
                  f"{_m(facts, e['duty_paid']):>13}{_m(facts, e['duty_owed']):>13}")
    page.line("-" * 92)
    page.line(f"PREPARED BY {facts['signer'].upper()}")
    return page


def auditletter(facts: dict[str, Any]) -> Page:
    """A regulatory audit's referral letter; each entry a bullet in prose."""
    v = facts["values"]
    page = Page("times", 11)
    page.font(style="B", size=13)
    page.line("Regulatory Audit and Agency Advisory Services", gap=14)
    page.font(style="", size=11)
    page.line(f"{fmt_date(facts['today'] - T(9), facts['date_style'])}")
    page.skip(8)
    page.para(f"Subject: referral of case {v['case_number']} for a penalty under 19 U.S.C. 1592")
    page.para(f"Our audit of {v['party_name']}, {v['party_address']} (importer number "
              f"{v['importer_number']}) found that {facts['goods'].lower()} were entered at "
              "values that left out assists and royalties. The entries are:")
    _yes, _no = facts["liq_marks"]
    for e in v["entries"]:
        status = "liquidated" if e["liquidated"] else "not yet liquidated"
        page.para(f"- Entry {e['entry_number']} of {_d(facts, e['entry_date'])}, {status}; "
                  f"entered value {_m(facts, e['entered_value'])}, duty paid "
                  f"{_m(facts, e['duty_paid'])}, duty owed {_m(facts, e['duty_owed'])}.",
                  x=86, width=440, after=2)
    page.skip(6)
    for text in _statements(facts):
        page.para(text)
    page.skip(10)
    page.line("Respectfully,")
    page.skip(16)
    page.line(facts["signer"])
    page.line("Field Director, Regulatory Audit")
    return page
