"""Penalty referrals (19 U.S.C. 1592): a pdfmake case-system printout with a header block on
every page and a computation table with column spans, and a scanned FP&F referral memo."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_fourteenth import law
from bench.corpus_fourteenth.common import (
    FILERS,
    PARTIES,
    PEOPLE,
    PORTS,
    Built,
    ein,
    fmt_date,
    fmt_money,
)
from bench.corpus_fourteenth.doc import Doc

CASES = ["neg-mixed", "fraud-pd", "gn-dv-cap", "no-facts", "barred-entry", "fraud-noloss",
         "neg-noncommercial", "gn-no-violation-kind", "neg-small", "fraud-loss"]
CULP = {"negligence": ["Negligence", "negligent", "NEG - negligence", "ordinary negligence"],
        "gross_negligence": ["Gross negligence", "grossly negligent", "GN - gross negligence",
                             "gross negligence (actual knowledge or wanton disregard)"],
        "fraud": ["Fraud", "fraudulent", "FRD - fraud", "fraud (knowing and intentional)"]}
KINDS = ["undervaluation: the invoices omitted assists and a second payment to the seller",
         "misclassification: the goods were declared under a duty-free subheading",
         "false country of origin: Chinese goods declared as products of Malaysia"]
GOODS = ["steel wire shelving units", "women's synthetic-fiber jackets", "ceramic floor tiles",
         "aluminum ladders", "wooden bedroom furniture"]
MULT: dict[str, tuple[Decimal, Decimal, int, int]] = {
    "fraud": (Decimal(5), Decimal(8), 50, 80),
    "gross_negligence": (Decimal("2.5"), Decimal(4), 25, 40),
    "negligence": (Decimal("0.5"), Decimal(2), 5, 20)}


@dataclass
class Entry:
    number: str
    made: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Referral:
    case: str
    number: str
    party: str
    address: list[str]
    ior: str
    culpability: str
    pd: bool
    noncommercial: bool
    entries: list[Entry]
    dv: Decimal
    dutiable: Decimal | None
    today: date
    goods: str | None
    kind: str | None
    facts: bool
    officer: str


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def facts(case: str, rng: random.Random, idx: int) -> Referral:
    culp = {"fraud-pd": "fraud", "fraud-noloss": "fraud", "fraud-loss": "fraud",
            "gn-dv-cap": "gross_negligence", "gn-no-violation-kind": "gross_negligence"
            }.get(case, "negligence")
    filer = FILERS[(idx + 3) % len(FILERS)]
    start = date(2022, 3, 1) + timedelta(days=rng.randrange(0, 500))
    count = 1 if case in ("neg-noncommercial", "neg-small") else rng.choice((2, 3, 4))
    entries = []
    for i in range(count):
        value = _money(rng, 8000, 90000)
        paid = (value * Decimal("0.025")).quantize(Decimal("0.01"))
        owed = (value * Decimal("0.065")).quantize(Decimal("0.01"))
        if case == "fraud-noloss":
            owed = paid
        if case in ("neg-noncommercial", "neg-small"):
            value = _money(rng, 1500, 4000)
            paid = Decimal("0.00")
            owed = Decimal(rng.randrange(200, 480)) + Decimal(rng.choice((0, 50))) / 100
        entries.append(Entry(law.entry_number(filer, f"{rng.randrange(1000000, 9999999)}"),
                             start + timedelta(days=40 * i + rng.randrange(0, 9)),
                             i % 2 == 0 if case == "neg-mixed" else i < count - 1, value, paid,
                             owed))
    # Half-cent ends of 0.5 x or 2.5 x LOD: make the loss an even number of cents.
    lod = sum((max(e.owed - e.paid, Decimal(0)) for e in entries), Decimal(0))
    if (lod * 100) % 2:
        entries[0].owed += Decimal("0.01")
    total_value = sum((e.value for e in entries), Decimal(0))
    dv = (total_value * Decimal("1.35")).quantize(Decimal(1))
    if case == "gn-dv-cap":
        dv = (lod * 3).quantize(Decimal(1))
    dutiable = (total_value / 20).quantize(Decimal(1)) * 20 if idx % 2 or "noloss" in case \
        else None
    today = start + timedelta(days=rng.randrange(500, 900))
    if case == "barred-entry":
        today = entries[0].made.replace(year=entries[0].made.year + 5) + timedelta(days=20)
        # Only the first entry is barred: the second keeps about two months of its limit.
        entries[1].made = max(entries[1].made, today - timedelta(days=365 * 5 - 60))
    name, address = PARTIES[(idx + 9) % len(PARTIES)]
    port = PORTS[(idx + 1) % len(PORTS)][0]
    return Referral(
        case=case, number=f"{start.year + 2}-{port}-{rng.randrange(100000, 999999)}-01",
        party=name, address=address, ior=ein(rng), culpability=culp, pd=case == "fraud-pd",
        noncommercial=case == "neg-noncommercial", entries=entries, dv=dv, dutiable=dutiable,
        today=today, goods=None if case == "no-facts" else GOODS[idx % len(GOODS)],
        kind=None if case == "gn-no-violation-kind" else KINDS[idx % len(KINDS)],
        facts=case != "no-facts", officer=PEOPLE[(idx + 6) % len(PEOPLE)])


def decide(r: Referral) -> tuple[dict[str, Any], list[str]]:
    actual = sum((max(e.owed - e.paid, Decimal(0)) for e in r.entries if e.liquidated),
                 Decimal(0))
    potential = sum((max(e.owed - e.paid, Decimal(0)) for e in r.entries if not e.liquidated),
                    Decimal(0))
    lod = actual + potential
    low_m, high_m, low_p, high_p = MULT[r.culpability]
    if r.culpability == "fraud":
        stat = r.dv
    elif lod > 0:
        stat = min(r.dv, high_m * lod)
    else:
        assert r.dutiable is not None
        stat = min(r.dv, r.dutiable * high_p / 100)
    if lod > 0:
        rng_ = [min(r.dv, low_m * lod), min(r.dv, high_m * lod)]
    else:
        assert r.dutiable is not None
        rng_ = [min(r.dv, r.dutiable * low_p / 100), min(r.dv, r.dutiable * high_p / 100)]
    proposed = stat
    if r.pd:
        proposed = lod if lod > 0 else r.dutiable * Decimal("0.10")  # type: ignore[operator]
    violation = min(e.made for e in r.entries)
    limit = law.plus_years(violation, 5)
    barred = [e.number for e in r.entries if law.plus_years(e.made, 5) < r.today]
    human = limit < r.today or bool(barred) or not (r.goods and r.kind and r.facts)
    if human or proposed == 0:
        notice = "none"
    elif proposed > 1000 and not r.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision = {
        "loss_of_duties": {"actual": law.cents(actual), "potential": law.cents(potential),
                           "total": law.cents(lod)},
        "statutory_max": law.cents(stat), "guideline_range": [law.cents(x) for x in rng_],
        "proposed_penalty": law.cents(proposed), "limitations_date": limit.isoformat(),
        "notice": notice, "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
    return decision, []


def values(r: Referral) -> dict[str, Any]:
    return {
        "case_number": r.number, "party_name": r.party, "party_address": ", ".join(r.address),
        "importer_number": r.ior,
        "violation_date": min(e.made for e in r.entries).isoformat(),
        "culpability": r.culpability, "prior_disclosure": r.pd, "noncommercial": r.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.made.isoformat(),
                     "liquidated": e.liquidated, "entered_value": law.cents(e.value),
                     "duty_paid": law.cents(e.paid), "duty_owed": law.cents(e.owed)}
                    for e in r.entries],
        "domestic_value": law.cents(r.dv),
        "dutiable_value": law.cents(r.dutiable) if r.dutiable is not None else None,
    }


def _facts_text(r: Referral) -> str:
    if not r.facts:
        return "See file."
    return ("An audit of the importer's entries found that the declared values and tariff "
            "treatment did not match the purchase orders, the seller's commercial invoices and "
            "the payments made by wire transfer. The importer's customs manager acknowledged the "
            "discrepancy at the closing conference.")


def _pd_text(r: Referral, ds: int) -> str:
    if r.pd:
        return ["Prior disclosure: YES - filed under 19 CFR 162.74 before any investigation",
                "A valid prior disclosure was made (162.74); the loss of duties was tendered."
                ][ds % 2]
    return ["Prior disclosure: none", "No prior disclosure was filed."][ds % 2]


def _entry_rows(r: Referral, d: Doc, ds: int, ms: int) -> list[list[str]]:
    marks = [("LIQ", "UNLIQ"), ("Y", "N"), ("Final", "Open"), ("Liquidated", "Unliquidated")]
    yes, no = marks[ds % 4]
    return [[d.v(e.number), d.v(fmt_date(e.made, ds)), yes if e.liquidated else no,
             d.v(fmt_money(e.value, ms)), d.v(fmt_money(e.paid, ms)), d.v(fmt_money(e.owed, ms))]
            for e in r.entries]


def case_printout(r: Referral, rng: random.Random, ds: int) -> Doc:
    """A case system's printout: the case header on every page, a computation grid with spans."""
    ms = rng.randrange(4)
    d = Doc(font="sans" if ds % 2 else "mono",
            header=f"SEACATS-style case {r.number} | FP&F Office | For official use only",
            footer="Printed from the case management system")
    d.title("PENALTY CASE REFERRAL - 19 U.S.C. 1592")
    d.v(r.number)
    d.pairs([("Case no.", r.number), ("Violator", d.v(r.party)),
             ("Violator address", "; ".join(d.v(a) for a in r.address)),
             ("IOR no.", d.v(r.ior)),
             ("Date of violation", d.v(fmt_date(min(e.made for e in r.entries), ds))),
             ("Culpability", CULP[r.culpability][ds % 4]),
             ("Importation", "noncommercial (personal use)" if r.noncommercial else "commercial")])
    if r.goods:
        d.pairs([("Merchandise", r.goods)])
    if r.kind:
        d.pairs([("Violation", r.kind)])
    d.para(_pd_text(r, ds))
    d.page_break()
    d.para("ENTRY DETAIL AND LOSS OF DUTIES", bold=True)
    rows = _entry_rows(r, d, ds, ms)
    d.table(["Entry #", "Entry dt.", "Liq. status", "Entered value", "Duties deposited",
             "Correct duty"], rows)
    d.table(["Computation", "Basis", "Amount"],
             [["Domestic value", "162.43", d.v(fmt_money(r.dv, ms))]]
             + ([["Dutiable value", "all entries", d.v(fmt_money(r.dutiable, ms))]]
                if r.dutiable is not None else []),
             spans=[["Referred for a pre-penalty or penalty notice", "see officer"]])
    d.para("MATERIAL FACTS", bold=True)
    d.para(_facts_text(r))
    d.para("Referring officer: " + r.officer + ", Fines, Penalties and Forfeitures")
    return d


def referral_memo(r: Referral, rng: random.Random, ds: int) -> Doc:
    """An FP&F referral memorandum, typed, signed and scanned."""
    ms = rng.randrange(4)
    d = Doc(font="serif" if ds % 2 else "sans", header=f"Case {r.number}")
    d.title("MEMORANDUM")
    d.pairs([("TO", "Fines, Penalties and Forfeitures Officer"),
             ("FROM", r.officer + ", Import Specialist"),
             ("DATE", fmt_date(r.today - timedelta(days=12), ds)),
             ("SUBJECT", "Referral for 1592 penalty, case no. " + d.v(r.number))])
    intro = (f"This referral concerns {d.v(r.party)}, "
             + ", ".join(d.v(a) for a in r.address)
             + f" (importer no. {d.v(r.ior)}).")
    d.para(intro)
    if r.goods and r.kind:
        d.para(f"The merchandise, {r.goods}, is the subject of this violation: {r.kind}.")
    elif r.goods:
        d.para(f"The merchandise is {r.goods}.")
    d.para("The violation occurred on " + d.v(fmt_date(min(e.made for e in r.entries), ds))
           + ", the date of the first entry. The level of culpability is "
           + CULP[r.culpability][(ds + 1) % 4] + ". " + _pd_text(r, ds + 1) + ".")
    if r.noncommercial:
        d.para("The importation was noncommercial: the goods were for the traveler's own use.")
    d.para(_facts_text(r))
    d.table(["Entry No.", "Date of Entry", "Liquidated?", "Value", "Duty Paid", "Duty Owed"],
            _entry_rows(r, d, ds + 1, ms))
    d.pairs([("Domestic value", d.v(fmt_money(r.dv, ms)))]
            + ([("Dutiable value", d.v(fmt_money(r.dutiable, ms)))]
               if r.dutiable is not None else []))
    d.para("Signed,")
    d.space()
    d.para(r.officer)
    return d


STYLES = {"pdfmake": case_printout, "ocr": referral_memo}


def build(idx: int, producer: str, rng: random.Random) -> Built:
    case = CASES[idx % len(CASES)]
    r = facts(case, rng, idx)
    ds = rng.randrange(6)
    doc = STYLES[producer](r, rng, ds)
    decision, not_scored = decide(r)
    return Built("penalty-case", case, producer, doc, ["--today", r.today.isoformat()],
                 values(r), decision, not_scored, scribble=producer == "ocr")
