"""19 U.S.C. 1592 penalty referrals: case-system exports, worksheets, findings in prose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_ninth.blocks import Doc, h, kv, p, table
from bench.corpus_ninth.fmt import day, money
from bench.corpus_ninth.law import CENT, exact, five_years, penalty_figures
from bench.corpus_ninth.people import Draw

CULPABILITY = {"negligence": "Negligence (19 U.S.C. 1592(a)(1)(A))",
               "gross_negligence": "Gross negligence",
               "fraud": "Fraud - knowing and intentional"}

GOODS_DESCRIBED = False  # the referrals this hand writes never describe the goods


@dataclass(frozen=True)
class Case:
    """One referral; `loss` False makes duty paid equal duty owed on every entry."""

    number: int
    producer: str
    style: str
    case: str
    culpability: str
    disclosed: bool = False
    loss: bool = True
    stale: bool = False
    money_style: str = "dollar"
    date_style: str = "slash"
    special: str = ""  # ad_rate | exact_1000 | overpaid | noncommercial


CASES = [
    Case(1, "pikepdf", "export", "neg-export", "negligence", date_style="mil"),
    Case(2, "xhtml2pdf", "worksheet", "gross-mixed", "gross_negligence", money_style="usd_suffix",
         date_style="long"),
    Case(3, "pikepdf", "findings", "fraud-dv", "fraud", money_style="bare", date_style="dash"),
    Case(4, "xhtml2pdf", "findings", "fraud-pd", "fraud", disclosed=True, date_style="legal"),
    Case(5, "pikepdf", "export", "limitations-passed", "negligence", stale=True, date_style="iso",
         money_style="usd"),
    Case(6, "xhtml2pdf", "worksheet", "neg-no-loss-small", "negligence", loss=False,
         date_style="intl"),
    Case(7, "pikepdf", "export", "gross-no-loss", "gross_negligence", loss=False,
         money_style="usd", date_style="dash"),
    Case(8, "xhtml2pdf", "worksheet", "gross-dv-cap", "gross_negligence", special="ad_rate",
         date_style="iso"),
    Case(9, "pikepdf", "export", "neg-exactly-1000", "negligence", special="exact_1000",
         money_style="bare", date_style="slash"),
    Case(10, "xhtml2pdf", "findings", "fraud-pd-no-loss", "fraud", disclosed=True, loss=False,
         money_style="usd_suffix", date_style="long"),
    Case(11, "pikepdf", "worksheet", "neg-overpaid-entry", "negligence", special="overpaid",
         money_style="usd_suffix", date_style="mil"),
    Case(12, "xhtml2pdf", "worksheet", "neg-noncommercial", "negligence",
         special="noncommercial", date_style="dash"),
]


def _entries(case: Case, draw: Draw) -> list[dict[str, Any]]:
    start = date(2019, 2, 4) if case.stale else date(2022, 9, 1)
    out: list[dict[str, Any]] = []
    if case.special == "exact_1000":  # loss 500.00: negligence max 1,000.00, not over $1,000
        entered = start + timedelta(days=draw.rng.randint(0, 300))
        paid, owed = Decimal("500.00"), Decimal("1000.00")
        return [{"entry_number": draw.entry(), "entry_date": entered.isoformat(),
                 "liquidated": True, "entered_value": 20000.0, "duty_paid": float(paid),
                 "duty_owed": float(owed), "_dec": (paid, owed, entered)}]
    rate = Decimal("1.525") if case.special == "ad_rate" else Decimal("0.065")
    for index in range(draw.rng.randint(2, 4)):
        entered = start + timedelta(days=40 * index + draw.rng.randint(0, 30))
        value = Decimal(draw.rng.randint(800000, 9900000)) / 100 if case.loss else \
            Decimal(draw.rng.randint(100, 120)) * 10
        paid = (value * Decimal("0.025")).quantize(CENT)
        owed = (value * rate).quantize(CENT) if case.loss else paid
        if case.special == "overpaid" and index == 1:  # overpaid: no offset against the others
            owed = (paid * Decimal("0.6")).quantize(CENT)
        out.append({"entry_number": draw.entry(), "entry_date": entered.isoformat(),
                    "liquidated": index % 2 == 0, "entered_value": float(exact(value)),
                    "duty_paid": float(paid), "duty_owed": float(owed),
                    "_dec": (paid, owed, entered)})
    lod = sum((max(e["_dec"][1] - e["_dec"][0], Decimal(0)) for e in out), Decimal(0))
    if lod * 100 % 2:  # half and two-and-a-half times the loss stay whole cents
        paid, owed, entered = out[0]["_dec"]
        out[0]["_dec"] = (paid, owed + Decimal("0.01"), entered)
        out[0]["duty_owed"] = float(owed + Decimal("0.01"))
    return out


def build(case: Case, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The referral and its truth file."""
    draw = Draw(seed * 1000 + 200 + case.number)
    name, street, city = draw.company()
    importer: str | None = draw.importer_number()
    noncommercial = case.special == "noncommercial"
    if noncommercial:
        name, street, city = draw.person(), "27 Orchard Hill Road", "Fairfield, CT 06824"
        importer = None
    entries = _entries(case, draw)
    violation = min(e["_dec"][2] for e in entries)
    actual = sum((max(e["_dec"][1] - e["_dec"][0], Decimal(0)) for e in entries
                  if e["liquidated"]), Decimal(0))
    potential = sum((max(e["_dec"][1] - e["_dec"][0], Decimal(0)) for e in entries
                     if not e["liquidated"]), Decimal(0))
    lod = actual + potential
    dutiable = sum((Decimal(str(e["entered_value"])) for e in entries), Decimal(0))
    dv = Decimal(int(dutiable * Decimal("1.6")) // 100 * 100)
    maximum, rng, proposal = penalty_figures(case.culpability, lod, dv, dutiable,
                                             case.disclosed)
    case_number = f"{draw.rng.randint(2024, 2025)}-{draw.rng.choice(['1703', '2704', '5301'])}-" \
                  f"{draw.rng.randint(100000, 999999)}-01"
    today = date(2025, 11, 17) + timedelta(days=draw.rng.randint(0, 10))
    limit = five_years(violation)
    barred = [e["entry_number"] for e in entries if five_years(e["_dec"][2]) < today]
    assert proposal is not None, "no case here needs the interest a person computes"
    # No style describes the goods ("the merchandise" at most), and the export names neither the
    # kind of violation nor the facts, which every notice must state (19 CFR 162.77(b)(1)(i),
    # (iii), (iv); issue 14 item 3): a person completes the case before any notice (the
    # integrator's correction, as for the third, fourth, fifth and seventh hands).
    needs_human = limit < today or bool(barred) or not GOODS_DESCRIBED
    notice = "none" if needs_human or proposal == 0 else (
        "pre_penalty" if proposal > 1000 and not noncommercial else "penalty")
    v = locals()
    doc = _STYLES[case.style](case, draw, v)
    values = {"case_number": case_number, "party_name": name,
              "party_address": f"{street}, {city}", "importer_number": importer,
              "violation_date": violation.isoformat(), "culpability": case.culpability,
              "prior_disclosure": case.disclosed, "noncommercial": noncommercial,
              "entries": [{k: x for k, x in e.items() if k != "_dec"} for e in entries],
              "domestic_value": float(dv), "dutiable_value": float(dutiable)}
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": float(actual), "potential": float(potential),
                           "total": float(lod)},
        "statutory_max": float(maximum), "guideline_range": [float(rng[0]), float(rng[1])],
        "proposed_penalty": float(proposal), "limitations_date": limit.isoformat(),
        "notice": notice, "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred}
    not_scored: list[str] = []
    if case.stale:
        for key in ("loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty"):
            decision.pop(key)
        not_scored.append("loss/max/range/proposal: every entry is barred; what the bar takes out "
                          "of the figures is a person's call")
    truth = {"kind": "penalty-case", "case": case.case,
             "args": ["--today", today.isoformat()], "values": values, "decision": decision}
    if not_scored:
        truth["not_scored"] = not_scored
    return doc, truth


def _rows(v: dict[str, Any]) -> list[tuple[str, ...]]:
    case: Case = v["case"]
    m = case.money_style
    d = case.date_style if case.date_style in {"slash", "mil", "dash", "iso"} else "slash"
    marks = ("LIQ", "UNLIQ") if case.number % 2 else ("Final", "Open")
    return [(e["entry_number"], day(e["_dec"][2], d), marks[0] if e["liquidated"] else marks[1],
             money(Decimal(str(e["entered_value"])), m), money(e["_dec"][0], m),
             money(e["_dec"][1], m)) for e in v["entries"]]


HEAD = ("Entry No.", "Entry Date", "Liq. Status", "Entered Value", "Duty Deposited",
        "Duty Lawfully Owed")


def _parties(v: dict[str, Any]) -> list[tuple[str, str]]:
    if v["noncommercial"]:
        return [("Violator", v["name"]), ("Violator address", f"{v['street']}, {v['city']}"),
                ("Importation", "Noncommercial - household goods for personal use")]
    return [("Violator", v["name"]), ("Violator address", f"{v['street']}, {v['city']}"),
            ("IOR number", v["importer"])]


def _values(v: dict[str, Any]) -> list[tuple[str, str]]:
    m = v["case"].money_style
    return [("Domestic value", money(v["dv"], m)), ("Dutiable value", money(v["dutiable"], m))]


def _export(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc(("SEACATS-style Case Record Export", "Fines, Penalties & Forfeitures",
               "Generated from the case management system - field/value view"),
              font="Courier", footer=f"Case {v['case_number']}")
    h(doc, "CASE RECORD")
    kv(doc, [("Case No.", v["case_number"]), ("Case type", "19 USC 1592 - commercial fraud"),
             *_parties(v), ("Culpability level", CULPABILITY[case.culpability]),
             ("Date of violation", day(v["violation"], case.date_style)),
             ("Prior disclosure", "Yes" if case.disclosed else "No"), *_values(v)])
    h(doc, "ENTRIES")
    table(doc, HEAD, _rows(v))
    h(doc, "AUDIT TRAIL")
    opened = v["today"] - timedelta(days=60)
    table(doc, ("When", "User", "Action"), [
        (day(opened, "iso"), "FPF-OFFICER", "Case opened from audit referral"),
        (day(opened + timedelta(days=9), "iso"), "IMPORT-SPEC", "Entry data attached"),
        (day(opened + timedelta(days=30), "iso"), "FPF-OFFICER", "Referred for penalty action")])
    return doc


def _worksheet(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc(("U.S. Customs and Border Protection", "Office of Field Operations - FP&F Office",
               "Penalty Computation Worksheet"), footer=f"Worksheet {v['case_number']}")
    kv(doc, [("Penalty case number", v["case_number"]), *_parties(v),
             ("Degree of culpability", CULPABILITY[case.culpability]),
             ("Violation date", day(v["violation"], case.date_style)),
             ("Prior disclosure", "none filed" if not case.disclosed else "filed")])
    table(doc, HEAD, _rows(v))
    kv(doc, _values(v))
    p(doc, "The importer misdescribed the merchandise on the entry summaries, so that a lower "
           "rate was declared. Computation of the loss and the proposal is left to the deciding "
           "officer.")
    return doc


def _findings(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc(("Regulatory Audit and Agency Advisory Services", "Report of findings and referral",
               "For official use only"), font="Times-Roman", footer=v["case_number"])
    conduct = ("undervalued its entries" if case.loss else
               "misstated the country of origin on duty-free entries")
    disclosure = (" Before any investigation began, the importer filed a valid prior disclosure "
                  "under 19 CFR 162.74 and tendered the loss of duties."
                  if case.disclosed else " No prior disclosure was made.")
    p(doc, f"Case {v['case_number']}. The audit of {v['name']}, {v['street']}, {v['city']} "
           f"(importer no. {v['importer']}), found that the company knowingly {conduct}"
           f", beginning {day(v['violation'], case.date_style)}. We find the "
           f"conduct to be fraud.{disclosure}")
    table(doc, HEAD, _rows(v))
    kv(doc, _values(v))
    return doc


_STYLES = {"export": _export, "worksheet": _worksheet, "findings": _findings}
