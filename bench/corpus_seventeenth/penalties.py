"""FP&F referrals for 19 U.S.C. 1592 penalties: the document's blocks and the officer's truth."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_seventeenth import law
from bench.corpus_seventeenth.blocks import Block, Doc, Fields, Para, Sign, Table, Title
from bench.corpus_seventeenth.fmt import cash, when
from bench.corpus_seventeenth.people import FILERS, GOODS, PEOPLE, PORTS, Goods, Party, pick_party

CASES = ["neg", "gn", "fraud", "fraud-pd", "neg-no-loss", "dv-cap", "limitations-passed",
         "under-1000", "noncommercial", "no-goods", "neg-pd", "no-facts", "mixed-overpaid",
         "limit-near", "no-violation", "gn-no-loss"]
VIOLATIONS = {"undervalued": "the invoices omitted assists and a royalty paid to the seller",
              "misclassified": "the goods were entered under a duty-free subheading that does not "
                               "describe them",
              "wrong origin": "goods of China were declared as products of Vietnam"}
CULPABILITY_WORDS = {
    "negligence": ["Negligence", "negligent", "Negligence (19 U.S.C. 1592(c)(3))"],
    "gross_negligence": ["Gross negligence", "grossly negligent", "Gross Negligence (1592(c)(2))"],
    "fraud": ["Fraud", "fraudulent", "Fraud (19 U.S.C. 1592(c)(1))"],
}


@dataclass
class PEntry:
    number: str
    entry_date: date
    liquidated: bool
    entered: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Penalty:
    case: str
    party: Party
    case_number: str
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[PEntry]
    domestic: Decimal
    goods: Goods
    violation: str
    today: date
    officer: str
    port: tuple[str, str]
    show_goods: bool = True
    show_violation: bool = True
    show_facts: bool = True

    @property
    def violation_date(self) -> date:
        return self.entries[0].entry_date

    @property
    def dutiable(self) -> Decimal:
        return sum((e.entered for e in self.entries), Decimal(0))


def _day(rng: random.Random, start: date, span: int) -> date:
    while True:
        day = start + timedelta(days=rng.randint(0, span))
        if day.weekday() < 5 and (day.month, day.day) != (2, 29):
            return day


def build(case: str, rng: random.Random) -> Penalty:
    party, goods, port = pick_party(rng), rng.choice(GOODS), rng.choice(PORTS)
    old = case in ("limitations-passed", "limit-near")  # so no memo is dated after 2026
    first = _day(rng, date(2019, 3, 1) if old else date(2020, 3, 1), 600 if old else 900)
    no_loss = case.endswith("no-loss")
    entries: list[PEntry] = []
    day = first
    for index in range(rng.randint(2, 4)):
        entered = Decimal(rng.randint(8000, 90000)) + (0 if no_loss else
                                                       Decimal(rng.randint(0, 99)) / 100)
        paid = (entered * Decimal(rng.choice(["0.02", "0.035", "0.04"]))).quantize(law.CENT)
        owed = paid if no_loss else (entered * Decimal(rng.choice(["0.12", "0.25", "0.15"]))
                                     ).quantize(law.CENT)
        if case == "mixed-overpaid" and index == 1:
            owed = paid - Decimal("212.40")  # overpaid: no offset against the other entries
        liquidated = not (case == "mixed-overpaid" and index % 2 == 0) and rng.random() < 0.8
        entries.append(PEntry(law.entry_number(rng, rng.choice(FILERS)), day, liquidated,
                              entered, paid, owed))
        day = _day(rng, day + timedelta(days=12), 60)
    if case == "neg-pd":
        entries[0].liquidated = True  # an actual loss: interest from liquidation to tender
    if case == "noncommercial":
        party = Party(rng.choice(PEOPLE), party.street, party.city, party.ior)
    if case == "under-1000":
        entries = entries[:1]
        entries[0].owed = entries[0].paid + Decimal(rng.choice(["500.00", "388.26", "471.10"]))
    _even_loss(entries)
    lod = sum((max(Decimal(0), e.owed - e.paid) for e in entries), Decimal(0))
    dutiable = sum((e.entered for e in entries), Decimal(0))
    domestic = (dutiable * Decimal("1.6")).quantize(Decimal(1))
    if case == "dv-cap":
        domestic = (lod * Decimal("1.5")).quantize(Decimal(1))
    culpability = {"gn": "gross_negligence", "gn-no-loss": "gross_negligence", "fraud": "fraud",
                   "fraud-pd": "fraud", "no-violation": "gross_negligence"}.get(case, "negligence")
    today = law.add_years(first, rng.randint(1, 3)) + timedelta(days=rng.randint(10, 200))
    if case == "limitations-passed":
        today = law.add_years(first, 5) + timedelta(days=rng.randint(20, 120))
    elif case == "limit-near":
        today = law.add_years(first, 4) + timedelta(days=rng.randint(90, 300))
    return Penalty(case, party, f"{today.year}-{port[0]}-{rng.randint(100000, 999999)}-01",
                   culpability, case in ("fraud-pd", "neg-pd"), case == "noncommercial", entries,
                   domestic, goods, rng.choice(list(VIOLATIONS)), today, rng.choice(PEOPLE), port,
                   show_goods=case != "no-goods", show_violation=case != "no-violation",
                   show_facts=case != "no-facts")


def _even_loss(entries: list[PEntry]) -> None:
    """Makes the loss of duties an even number of cents, so 0.5 x and 2.5 x LOD are exact."""
    lod = sum((max(Decimal(0), e.owed - e.paid) for e in entries), Decimal(0))
    if (lod * 100) % 2:
        losing = next(e for e in entries if e.owed > e.paid)
        losing.owed += law.CENT


def truth(p: Penalty) -> dict[str, Any]:
    zero = Decimal(0)
    actual = sum((max(zero, e.owed - e.paid) for e in p.entries if e.liquidated), zero)
    potential = sum((max(zero, e.owed - e.paid) for e in p.entries if not e.liquidated), zero)
    lod = actual + potential
    maximum = law.statutory_max(p.culpability, lod, p.domestic, p.dutiable)
    low, high = law.guideline_range(p.culpability, lod, p.domestic, p.dutiable)
    not_scored: list[str] = []
    proposed: Decimal | None = maximum
    needs_human = False
    if p.prior_disclosure and p.culpability == "fraud":
        proposed = lod if lod > 0 else (p.dutiable * Decimal("0.10"))
    elif p.prior_disclosure:
        proposed, needs_human = None, True
        not_scored.append("proposed_penalty: a negligence prior disclosure with an actual loss "
                          "(interest a person computes)")
    limit = law.add_years(p.violation_date, 5)
    barred = [e.number for e in p.entries if law.add_years(e.entry_date, 5) < p.today]
    if limit < p.today or barred or not (p.show_goods and p.show_violation and p.show_facts):
        needs_human = True  # 1621; 162.77(b)(1): no notice without the goods, violation and facts
    law.assert_cents(actual, potential, maximum, low, high, *( [proposed] if proposed else []))
    if needs_human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 1000 and not p.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": law.money(actual), "potential": law.money(potential),
                           "total": law.money(lod)},
        "statutory_max": law.money(maximum), "guideline_range": [law.money(low), law.money(high)],
        "limitations_date": limit.isoformat(), "notice": notice,
        "outcome": "needs_human" if needs_human else "draft", "barred_entries": barred,
    }
    if proposed is not None:
        decision["proposed_penalty"] = law.money(proposed)
    values = {
        "case_number": p.case_number, "party_name": p.party.name, "party_address": p.party.address,
        "importer_number": p.party.ior, "violation_date": p.violation_date.isoformat(),
        "culpability": p.culpability, "prior_disclosure": p.prior_disclosure,
        "noncommercial": p.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.entry_date.isoformat(),
                     "liquidated": e.liquidated, "entered_value": law.money(e.entered),
                     "duty_paid": law.money(e.paid), "duty_owed": law.money(e.owed)}
                    for e in p.entries],
        "domestic_value": law.money(p.domestic), "dutiable_value": law.money(p.dutiable),
    }
    return {"kind": "penalty-case", "case": p.case, "args": ["--today", p.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}


def blocks(p: Penalty, rng: random.Random) -> Doc:
    """A referral memo: header fields, facts, an entries table, a computation block, footnotes."""
    ds = rng.choice(["slash", "long", "abbrev", "iso", "day_month"])
    ms = rng.choice(["dollar", "plain", "usd", "dollar_bare"])
    culp = rng.choice(CULPABILITY_WORDS[p.culpability])
    memo = [("Case number", p.case_number), ("Date", when(p.today - timedelta(days=3), ds)),
            ("To", "Fines, Penalties and Forfeitures Officer"),
            ("From", f"{p.officer}, Import Specialist, Port of {p.port[1]}"),
            ("Subject", "Referral for penalty action under 19 U.S.C. 1592")]
    party = [("Party", p.party.name), ("Address", p.party.address),
             ("Importer number", p.party.ior), ("Date of violation", when(p.violation_date, ds)),
             ("Culpability", culp)]
    if p.show_goods:
        party.append(("Merchandise", p.goods.description))
    if p.noncommercial:
        party.append(("Nature of importation", "Noncommercial (personal use)"))
    party.append(("Domestic value", cash(p.domestic, ms)))
    party.append(("Dutiable value", cash(p.dutiable, ms)))
    out: list[Block] = [Title(rng.choice(["Penalty Case Referral", "Memorandum: 1592 Referral",
                                          "Referral to FP&F"]), f"Port {p.port[0]}"),
                        Fields(memo), Fields(party, numbered=rng.random() < 0.5)]
    if p.show_violation and not p.show_facts:
        out.append(Para(f"The entries below were {p.violation}.", heading="Violation"))
    elif p.show_violation:
        out.append(Para(f"The entries below were {p.violation}: {VIOLATIONS[p.violation]}.",
                        heading="Violation", footnote="19 U.S.C. 1592(a)(1)(A); 19 CFR 162.71."))
    if p.show_facts:
        what = p.goods.description if p.show_goods else "the goods"
        out.append(Para(f"A post-entry review found that the declarations for {what} did not match "
                        "the purchase orders and the seller's records obtained under 19 U.S.C. "
                        "1509. The importer was told of the discrepancy and did not correct it.",
                        heading="Material facts"))
    if p.prior_disclosure:
        out.append(Para("The importer filed a prior disclosure before any investigation began and "
                        "tendered the loss of duties.", heading="Prior disclosure",
                        footnote="19 CFR 162.74."))
    out.append(_entries(p, ds, ms, rng))
    out.append(_computation(p, ms, rng))
    out.append(Para(f"Proposed culpability: {culp.lower()}. The limitations period runs from the "
                    "date of the violation.", footnote="19 U.S.C. 1621; 19 CFR Part 171, App. B."))
    out.append(Sign([p.officer, "Import Specialist"], [f"Port of {p.port[1]} ({p.port[0]})"],
                    mark=f"/s/ {p.officer}"))
    return Doc(f"Case {p.case_number}", out)


def _computation(p: Penalty, ms: str, rng: random.Random) -> Fields:
    """The loss of duties worked out per entry, as the referring officer prints it."""
    zero = Decimal(0)
    pairs = [(f"Loss on {e.number}", f"{cash(e.owed, ms)} - {cash(e.paid, ms)} = "
                                     f"{cash(max(zero, e.owed - e.paid), ms)}") for e in p.entries]
    total = sum((max(zero, e.owed - e.paid) for e in p.entries), zero)
    pairs.append((rng.choice(["Total loss of duties", "Loss of revenue (total)", "LOD"]),
                  cash(total, ms)))
    return Fields(pairs)


def _entries(p: Penalty, ds: str, ms: str, rng: random.Random) -> Table:
    yes, no = rng.choice([("Y", "N"), ("Yes", "No"), ("LIQ", "UNLIQ"), ("Liquidated", "Open")])
    heads = rng.choice([["Entry No.", "Entry Date", "Liquidated?", "Entered Value", "Duty Paid",
                         "Duty Owed"],
                        ["Entry", "Date of Entry", "Status", "Value", "Duties Deposited",
                         "Correct Duty"]])
    rows = [[e.number, when(e.entry_date, ds), yes if e.liquidated else no, cash(e.entered, ms),
             cash(e.paid, ms), cash(e.owed, ms)] for e in p.entries]
    return Table(heads, rows, caption=rng.choice(["Entries", "Computation worksheet",
                                                  "Entries and duties"]))
