"""19 U.S.C. 1592 penalty referrals: entries, culpability, disclosure; figures by law.py."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_fourth import law, people
from bench.corpus_fourth.blocks import Block, Doc, Fields, Heading, Letterhead, Para, Table
from bench.corpus_fourth.printed import FILERS, ein, entry_number, fmt_date, fmt_money

CASES = ["neg", "gn-mixed", "fraud", "neg-nolod", "gn-dvcap", "fraud-pd", "fraud-pd-nolod",
         "neg-pd-actual", "expired", "near-gn", "noncommercial", "small"]
STYLES = {"weasy": ["memo", "summary-text"], "mupdf": ["worksheet", "letter-aligned"]}
CULP_WORDS = {"negligence": ["Negligence", "negligent", "ordinary negligence",
                             "NEG (negligence)", "failure to exercise reasonable care"],
              "gross_negligence": ["Gross negligence", "grossly negligent", "GN",
                                   "gross negligence (wanton disregard)",
                                   "actual knowledge or wanton disregard (gross negligence)"],
              "fraud": ["Fraud", "fraudulent", "knowing and intentional (fraud)",
                        "FRAUD - voluntary and deliberate", "intentional false statement (fraud)"]}
PD_YES = ["A valid prior disclosure under 19 CFR 162.74 was received before the investigation.",
          "Prior disclosure: YES", "The importer filed a prior disclosure, and the loss was "
          "tendered.", "The violator disclosed the violation before CBP learned of it "
          "(19 U.S.C. 1592(c)(4)).", "PD accepted as valid."]
PD_NO = ["No prior disclosure was made.", "Prior disclosure: NO", "The violation was found at "
         "audit; there was no disclosure.", "Prior disclosure - none.", "No PD on file."]


@dataclass
class Entry:
    number: str
    entered: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal

GOODS_DESCRIBED = False  # the referrals this hand writes never name or describe the goods


def _cents(rng: random.Random, low: int, high: int, even: bool = True) -> Decimal:
    cents = rng.randrange(low * 100, high * 100)
    return Decimal(cents - cents % 2 if even else cents) / 100


def _entries(rng: random.Random, case: str, first: date) -> list[Entry]:
    filer = rng.choice(FILERS)
    count = {"small": 1, "noncommercial": 1, "fraud-pd": 1}.get(case, rng.randrange(2, 5))
    out, day = [], first
    for n in range(count):
        value = _cents(rng, 8000, 90000)
        rate = Decimal(rng.choice(["0.025", "0.032", "0.039", "0.06"]))
        paid = (value * rate).quantize(law.CENT)
        owed = paid + _cents(rng, 300, 4000)
        if case.endswith("nolod"):
            owed = paid
        if case == "gn-dvcap":  # a high special duty: the loss is large against the value
            owed = paid + (value * Decimal("0.35")).quantize(law.CENT)
        if case == "small":
            owed = paid + Decimal("437.50")
        liquidated = case in ("neg-pd-actual", "expired") or (
            case == "gn-mixed" and n % 2 == 0) or (case not in ("neg", "gn-mixed")
                                                and rng.random() < 0.5)
        out.append(Entry(entry_number(rng, filer), day, liquidated, value, paid, owed))
        day += timedelta(days=rng.randrange(12, 60))
    total = sum(e.owed - e.paid for e in out)
    if total * 100 % 2:  # an even number of cents keeps 0.5 x and 2.5 x LOD exact to the cent
        out[-1].owed += Decimal("0.01")
    return out


def _figures(case: str, culp: str, pd: bool, entries: list[Entry], dv: Decimal,
             dutiable: Decimal | None) -> dict[str, Any]:
    actual = sum((max(e.owed - e.paid, Decimal(0)) for e in entries if e.liquidated), Decimal(0))
    potential = sum((max(e.owed - e.paid, Decimal(0)) for e in entries if not e.liquidated),
                    Decimal(0))
    lod = actual + potential
    cap = law.statutory_max(culp, lod, dv, dutiable)
    low, high = law.guideline(culp, lod, dv, dutiable)
    if culp == "fraud" and pd:
        assert dutiable is not None or lod > 0
        proposed: Decimal | None = lod if lod > 0 else Decimal("0.10") * (dutiable or 0)
    elif pd:
        proposed = Decimal(0) if actual == 0 else None  # interest a person computes
    else:
        proposed = cap
    for figure in (actual, potential, cap, low, high, proposed or Decimal(0)):
        assert law.exact(figure), (case, figure)
    return {"loss_of_duties": {"actual": law.money(actual), "potential": law.money(potential),
                               "total": law.money(lod)},
            "statutory_max": law.money(cap), "guideline_range": [law.money(low), law.money(high)],
            "proposed": proposed}


def build(rng: random.Random, case: str, producer: str) -> Doc:
    """One penalty referral of CASE printed by PRODUCER."""
    culp = ("gross_negligence" if case.startswith("gn") or case == "near-gn" else
            "fraud" if case.startswith("fraud") else "negligence")
    pd = "-pd" in case
    today = date(2025, 3, 1) + timedelta(days=rng.randrange(240))
    if case == "expired":
        first = today - timedelta(days=5 * 365 + rng.randrange(20, 120))
    elif case == "near-gn":
        first = law.add_years(today, -5) + timedelta(days=rng.randrange(30, 300))
    else:
        first = today - timedelta(days=rng.randrange(200, 1200))
    entries = _entries(rng, case, first)
    total_value = sum((e.value for e in entries), Decimal(0))
    dv = (total_value * Decimal("1.6")).to_integral_value()
    if case == "gn-dvcap":
        dv = (sum((e.owed - e.paid for e in entries), Decimal(0)) * Decimal("3.5")
              ).to_integral_value()
    dutiable: Decimal | None = (total_value / 20).to_integral_value() * 20
    if case in ("neg", "gn-mixed") and rng.random() < 0.6:
        dutiable = None  # a duty-loss referral may leave it out
    party = rng.choice(people.PERSONS if case == "noncommercial" else people.COMPANIES)
    ior = None if case == "noncommercial" else ein(rng)
    violation = entries[0].entered
    fig = _figures(case, culp, pd, entries, dv, dutiable)
    limitations = law.add_years(violation, 5)
    barred = [e.number for e in entries if law.add_years(e.entered, 5) < today]
    proposed: Decimal | None = fig.pop("proposed")
    # No referral of this hand describes the merchandise, which every notice must state
    # (19 CFR 162.77(b)(1)(i); 162.79a; customs-rules.md section 3): a person completes the case
    # before any notice (the integrator's correction, as for the third hand).
    human = limitations < today or bool(barred) or (pd and culp != "fraud") or not GOODS_DESCRIBED
    outcome = "needs_human" if human else "draft"
    if outcome == "needs_human" or not proposed:
        notice = "none"
    elif proposed > 1000 and case != "noncommercial":
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, Any] = {**fig, "limitations_date": limitations.isoformat(),
                                "notice": notice, "outcome": outcome, "barred_entries": barred}
    not_scored: list[str] = []
    if proposed is None:
        not_scored.append("proposed_penalty not scored: a (gross) negligence prior disclosure "
                          "with an actual loss needs an interest computation")
    else:
        decision["proposed_penalty"] = law.money(proposed)
    values: dict[str, Any] = {"case_number": f"{today.year}-{rng.choice(people.PORTS)[1]}-"
                             f"{rng.randrange(10**6):06d}-01",
              "party_name": party[0], "party_address": ", ".join(party[1]),
              "importer_number": ior, "violation_date": violation.isoformat(),
              "culpability": culp, "prior_disclosure": pd,
              "noncommercial": case == "noncommercial",
              "entries": [{"entry_number": e.number, "entry_date": e.entered.isoformat(),
                           "liquidated": e.liquidated, "entered_value": law.money(e.value),
                           "duty_paid": law.money(e.paid), "duty_owed": law.money(e.owed)}
                          for e in entries],
              "domestic_value": law.money(dv),
              "dutiable_value": None if dutiable is None else law.money(dutiable)}
    style = rng.choice(STYLES[producer])
    ds = rng.choice(["long", "slash", "abbr", "iso", "slash2", "dmy"])
    ms = rng.choice(["dollar", "plain", "usd", "bare", "dollar_nocomma"])
    written = today - timedelta(days=rng.randrange(10, 40))
    blocks = _compose(rng, style, values, entries, ds, ms, culp, pd, written, dv, dutiable)
    printed = [values["case_number"], party[0], *party[1], fmt_date(violation, ds),
               fmt_money(dv, "dollar_whole" if ms == "dollar" else ms)]
    if ior:
        printed.append(ior)
    for e in entries:
        printed += [e.number, fmt_date(e.entered, ds), fmt_money(e.value, ms),
                    fmt_money(e.paid, ms), fmt_money(e.owed, ms)]
    if dutiable is not None:
        printed.append(fmt_money(dutiable, "dollar_whole" if ms == "dollar" else ms))
    truth: dict[str, Any] = {"kind": "penalty-case", "case": case,
                             "args": ["--today", today.isoformat()],
                             "values": values, "decision": decision}
    if not_scored:
        truth["not_scored"] = not_scored
    return Doc("penalty-case", case, producer, style, blocks, truth, printed,
               "mono" if style == "summary-text" else rng.choice(["serif", "sans"]))


def _compose(rng: random.Random, style: str, values: dict[str, Any], entries: list[Entry],
             ds: str, ms: str, culp: str, pd: bool, written: date, dv: Decimal,
             dutiable: Decimal | None) -> list[Block]:
    violation = entries[0].entered
    whole = "dollar_whole" if ms == "dollar" else ms
    liq_words = rng.choice([("Y", "N"), ("Yes", "No"), ("LIQ", "UNLIQ"),
                            ("Liquidated", "Unliquidated"), ("Final", "Open")])
    header = rng.choice([["Entry No.", "Entry Date", "Liquidated?", "Entered Value",
                          "Duty Paid", "Duty Owed"],
                         ["Entry Number", "Date of Entry", "Liq. Status", "Value (USD)",
                          "Duties Deposited", "Duties Lawfully Owed"],
                         ["Entry #", "Entry Dt.", "Status", "Value", "Deposited",
                          "Correct Duty"]])
    rows = [[e.number, fmt_date(e.entered, ds), liq_words[0 if e.liquidated else 1],
             fmt_money(e.value, ms), fmt_money(e.paid, ms), fmt_money(e.owed, ms)]
            for e in entries]
    if style in ("memo", "worksheet") and rng.random() < 0.6:  # the officer's own loss column
        header = [*header, rng.choice(["Loss of Duty", "LOD", "Difference"])]
        for row, e in zip(rows, entries, strict=True):
            row.append(fmt_money(max(e.owed - e.paid, Decimal(0)), ms))
        total = sum((max(e.owed - e.paid, Decimal(0)) for e in entries), Decimal(0))
        rows.append(["TOTAL", "", "", fmt_money(sum((e.value for e in entries), Decimal(0)), ms),
                     fmt_money(sum((e.paid for e in entries), Decimal(0)), ms),
                     fmt_money(sum((e.owed for e in entries), Decimal(0)), ms),
                     fmt_money(total, ms)])
    culp_text = rng.choice(CULP_WORDS[culp])
    party, address = values["party_name"], values["party_address"]
    facts: list[tuple[str, str]] = [
        (rng.choice(["Case No.", "Case Number", "FP&F Case"]), values["case_number"]),
        (rng.choice(["Violator", "Party", "Subject"]), party),
        ("Address", address),
        (rng.choice(["IOR No.", "Importer Number"]), values["importer_number"] or "none"),
        (rng.choice(["Date of violation", "Violation date"]), fmt_date(violation, ds)),
        (rng.choice(["Culpability", "Level of culpability"]), culp_text),
        (rng.choice(["Domestic value", "Domestic value of merchandise"]), fmt_money(dv, whole))]
    if dutiable is not None:
        facts.append(("Dutiable value", fmt_money(dutiable, whole)))
    commercial = ("Importation: noncommercial (personal use)" if values["noncommercial"] else
                  "Importation: commercial")
    pd_text = rng.choice(PD_YES if pd else PD_NO)
    narrative = Para(f"{party} made the entries below. The referring officer finds the "
                     f"violation {culp_text if len(culp_text) < 30 else 'to be ' + culp_text}: "
                     "the invoices declared values and classifications that the importer's own "
                     "records contradict. " + pd_text)
    if style == "memo":
        return [Letterhead(["MEMORANDUM"]),
                Fields([("TO", "Fines, Penalties & Forfeitures Officer"),
                        ("FROM", f"Import Specialist, {rng.choice(people.SIGNERS)}"),
                        ("DATE", fmt_date(written, "long")),
                        ("SUBJECT", "Referral for 19 U.S.C. 1592 penalty action")]),
                Fields(facts, boxed=True), Para(commercial), narrative,
                Heading("Entries"), Table(header, rows, ruled=True),
                Heading("Computation worksheet"),
                Para("Loss of duties per entry = duty owed less duty deposited; actual on "
                     "liquidated entries, potential on the rest. Amounts to be computed by FP&F.")]
    if style == "summary-text":
        return [Letterhead(["CASE SUMMARY - SEIZURES AND PENALTIES CASE SYSTEM"]),
                Fields(facts), Para(commercial), Para(pd_text),
                Heading("ENTRIES"), Table(header, rows, ruled=False), narrative]
    if style == "worksheet":
        return [Letterhead(["PENALTY CASE WORKSHEET - 19 U.S.C. 1592"]),
                Fields(facts, boxed=True), Para(commercial), Para(pd_text),
                Table(header, rows, ruled=True),
                Para("Prepared for the FP&F Officer; the figures below are for the officer to "
                     "compute.")]
    return [Letterhead(["Office of Trade - Regulatory Audit"]),
            Para(fmt_date(written, ds)),
            Para("Fines, Penalties and Forfeitures Office"), Heading("Audit referral"),
            narrative, Fields(facts), Para(commercial), Table(header, rows, ruled=False),
            Para(f"Prepared by {rng.choice(people.SIGNERS)}, Auditor")]
