"""Penalty referrals: truth by 19 U.S.C. 1592, 19 CFR 162/171 App. B and the contract."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_sixth import words as w
from bench.corpus_sixth.law import FILERS, entry_number, five_years, money

Block = tuple[Any, ...]
CASES = ("neg-loss", "gross-loss", "fraud-loss", "neg-noloss", "fraud-pd-loss", "fraud-pd-noloss",
         "gross-pd-actual", "limitations-passed", "noncommercial", "under-1000", "mixed-liq",
         "dv-cap")
PARTIES = (("Keystone Valve & Fitting Co.", "900 Liberty Ave", "Pittsburgh, PA 15222",
            "25-1187403"),
           ("Desert Bloom Cosmetics LLC", "4410 E Camelback Rd", "Phoenix, AZ 85018",
            "86-2290415"),
           ("Northwind Marine Parts Inc.", "12 Wharf Road", "Portland, ME 04101", "01-0664728"),
           ("Lone Star Ceramic Tile Corp.", "3300 Commerce St", "Dallas, TX 75226",
            "75-3012846"))
GOODS = ("brass ball valves, 1/2 inch, model BV-12", "cosmetic brushes with synthetic bristles",
         "marine outboard propellers, aluminium", "glazed porcelain floor tiles, 60 x 60 cm")
D = Decimal


def build(rng: random.Random, case: str, index: int) -> tuple[dict[str, Any], list[Block]]:
    """(truth, blocks) for one referral."""
    name, street, city, ior = PARTIES[index % len(PARTIES)]
    culp = {"gross-loss": "gross_negligence", "gross-pd-actual": "gross_negligence",
            "fraud-loss": "fraud", "fraud-pd-loss": "fraud", "fraud-pd-noloss": "fraud",
            "limitations-passed": "gross_negligence",
            "dv-cap": "gross_negligence"}.get(case, "negligence")
    pd = case.startswith("fraud-pd") or case == "gross-pd-actual"
    noloss = case.endswith("noloss")
    today = date(2025, 11, 3) + timedelta(days=rng.randrange(20))
    first = date(2019, 3, 4) if case == "limitations-passed" else \
        date(2024, 3, 5) + timedelta(days=rng.randrange(200))
    n = 1 if case == "under-1000" else 2 + index % 2
    entries: list[dict[str, Any]] = []
    for k in range(n):
        value = D(rng.randrange(20000, 90000)) + D(rng.randrange(100)) / 100
        paid = (value * D("0.025")).quantize(D("0.01"))
        if noloss:
            owed = paid
        elif case == "under-1000":
            owed = paid + D("212.46")
        else:
            owed = paid + D(rng.randrange(400, 2400)) + D(2 * rng.randrange(50)) / 100
        liq = case in ("gross-pd-actual", "limitations-passed") or (case == "mixed-liq" and k == 0)
        entries.append({"entry_number": entry_number(rng, FILERS[(index + 3) % len(FILERS)]),
                        "entry_date": first + timedelta(days=40 * k), "liquidated": liq,
                        "entered_value": value, "duty_paid": paid, "duty_owed": owed})
    actual = sum((max(D(0), e["duty_owed"] - e["duty_paid"]) for e in entries if e["liquidated"]),
                 D(0))
    potential = sum((max(D(0), e["duty_owed"] - e["duty_paid"]) for e in entries
                     if not e["liquidated"]), D(0))
    lod = actual + potential
    dutiable = D(sum(int(e["entered_value"]) // 20 * 20 for e in entries)) if noloss or \
        case == "neg-noloss" else None
    dv = D(rng.randrange(300, 900) * 1000)
    if case == "dv-cap":
        dv = (lod * 3).quantize(D("1"))  # under 4 x LOD: the gross maximum is the DV
    if culp == "fraud":
        stat = dv
    else:
        factor = D(4) if culp == "gross_negligence" else D(2)
        pct = D("0.40") if culp == "gross_negligence" else D("0.20")
        stat = min(dv, factor * lod) if lod > 0 else min(dv, pct * (dutiable or D(0)))
    lo_f, hi_f = {"fraud": (D(5), D(8)), "gross_negligence": (D("2.5"), D(4)),
                  "negligence": (D("0.5"), D(2))}[culp]
    lo_p, hi_p = {"fraud": (D("0.5"), D("0.8")), "gross_negligence": (D("0.25"), D("0.40")),
                  "negligence": (D("0.05"), D("0.20"))}[culp]
    if lod > 0:
        rng_low, rng_high = min(dv, lo_f * lod), min(dv, hi_f * lod)
    else:
        rng_low, rng_high = (min(dv, lo_p * (dutiable or D(0))),
                             min(dv, hi_p * (dutiable or D(0))))
    if culp == "fraud" and pd:
        proposed: Decimal | None = lod if lod > 0 else D("0.10") * (dutiable or D(0))
    elif pd:
        proposed = None
    else:
        proposed = stat
    violation = first
    limit = five_years(violation)
    barred = [e["entry_number"] for e in entries if five_years(e["entry_date"]) < today]
    human = limit < today or bool(barred) or (pd and culp != "fraud")
    noncommercial = case == "noncommercial"
    if human or not proposed:
        notice = "none"
    else:
        notice = "pre_penalty" if proposed > 1000 and not noncommercial else "penalty"
    values: dict[str, Any] = {
        "case_number": f"2025-{4100 + index}-{rng.randrange(10**6):06d}-01", "party_name": name,
        "party_address": f"{street}, {city}", "importer_number": ior,
        "violation_date": violation.isoformat(), "culpability": culp, "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [{"entry_number": e["entry_number"], "entry_date": e["entry_date"].isoformat(),
                     "liquidated": e["liquidated"], "entered_value": money(e["entered_value"]),
                     "duty_paid": money(e["duty_paid"]), "duty_owed": money(e["duty_owed"])}
                    for e in entries],
        "domestic_value": money(dv), "dutiable_value": money(dutiable) if dutiable else None}
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": money(actual), "potential": money(potential),
                           "total": money(lod)},
        "statutory_max": money(stat), "guideline_range": [money(rng_low), money(rng_high)],
        "proposed_penalty": money(proposed) if proposed is not None else None,
        "limitations_date": limit.isoformat(), "notice": notice,
        "outcome": "needs_human" if human else "draft", "barred_entries": barred}
    for amount in (stat, rng_low, rng_high, proposed or D(0)):
        assert amount == amount.quantize(D("0.01")), (case, amount)
    not_scored: list[str] = []
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append("proposed_penalty: a gross-negligence prior disclosure with an actual "
                          "loss needs an interest computation a person makes")
    truth = {"kind": "penalty-case", "case": case, "args": ["--today", today.isoformat()],
             "values": values, "decision": decision, "not_scored": not_scored}
    return truth, _blocks(rng, index, values, entries, dv, dutiable, culp, pd, noncommercial)


def _blocks(rng: random.Random, index: int, v: dict[str, Any],
            entries: list[dict[str, Any]],
            dv: Decimal, dutiable: Decimal | None, culp: str, pd: bool,
            noncommercial: bool) -> list[Block]:
    ds, ms = index % 6, index % 5
    b: list[Block] = [("letterhead", "U.S. Customs and Border Protection",
                       ["Office of Field Operations", "Fines, Penalties and Forfeitures Office"]),
                      ("routing", ["FP&F Officer", "Associate Chief Counsel", "Port Director",
                                   "Case file"]),
                      ("h", w.pick(rng, ("MEMORANDUM: Referral for 19 U.S.C. 1592 penalty",
                                         "PENALTY CASE REFERRAL", "Case Referral - Section 592",
                                         "Referral for Pre-Penalty Action",
                                         "1592 Penalty Case Initiation")))]
    b.append(("kv", [(w.pick(rng, ("Case No.", "Case Number", "FP&F Case", "Penalty Case No.",
                                   "SEACATS Case")), v["case_number"]),
                     (w.pick(rng, ("Violator", "Party", "Importer", "Subject party",
                                   "Name of party")), v["party_name"]),
                     ("Address", v["party_address"]),
                     (w.pick(rng, ("Importer No.", "IOR No.", "Importer number", "EIN",
                                   "IOR")), v["importer_number"]),
                     ("Merchandise", GOODS[index % len(GOODS)]),
                     (w.pick(rng, ("Date of violation", "Violation date", "Date of first "
                                   "violation", "Violation occurred", "Date of violation")),
                      w.fmt_date(date.fromisoformat(v["violation_date"]), ds)),
                     (w.pick(rng, ("Culpability", "Level of culpability", "Culpability level",
                                   "Degree of culpability", "Culpability")),
                      w.pick(rng, w.CULPABILITY[culp]))]))
    heads = w.pick(rng, ("Entry No.|Entry Date|Liquidated?|Entered Value|Duty Paid|Duty Owed",
                         "Entry Number|Date of Entry|Status|Value (USD)|Duties Deposited|"
                         "Duties Lawfully Owed",
                         "Entry #|Entry Dt.|Liq.|Value|Deposited|Correct Duty",
                         "ENTRY|DATE|LIQ STATUS|ENTERED VALUE|DUTY PAID|DUTY OWED",
                         "Entry|Entered|Final?|Value|Paid|Owed")).split("|")
    marks = rng.choice((("Yes", "No"), ("LIQ", "UNLIQ"), ("Liquidated", "Unliquidated"),
                        ("Y", "N"), ("Final", "Open")))
    rows = [[e["entry_number"], w.fmt_date(e["entry_date"], ds),
             marks[0] if e["liquidated"] else marks[1], w.fmt_money(e["entered_value"], ms),
             w.fmt_money(e["duty_paid"], ms), w.fmt_money(e["duty_owed"], ms)] for e in entries]
    b.append(("table", heads, rows))
    said = w.dollars_in_words(dv) if index % 2 else w.fmt_money(dv, ms)
    b.append(("p", f"The domestic value of the merchandise is {said}."
              + (f" The dutiable value is {w.fmt_money(dutiable, ms)}." if dutiable else "")))
    b.append(("p", "The record shows that " + w.pick(rng, w.PD_WORDS if pd else w.NO_PD_WORDS)
              + "."))
    b.append(("p", "The importation was noncommercial: the goods were for the party's personal "
              "use." if noncommercial else "The importations were commercial shipments."))
    b.append(("p", "The importer declared the goods under a subheading and at a value that the "
              "audit found incorrect; the shortfall in duties is set out above. The referral "
              "asks the FP&F Officer to compute the penalty and issue the notice."))
    b.append(("sig", "Referred by:", w.pick(rng, ("Carla M. Benitez", "Howard L. Trask",
                                                  "Imani O. Adeyemi", "Victor S. Kahale",
                                                  "Ruth E. Lindqvist")),
              "Import Specialist"))
    return b
