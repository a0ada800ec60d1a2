"""Penalty referrals under 19 U.S.C. 1592: facts, truth, a FOP case print and a drawn memo."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import draw, fo
from .law import D, add_years, entry_number, money, penalty_figures
from .people import GOODS, PARTIES, PORTS, SIGNERS
from .protest_docs import _wrap
from .protests import DAY
from .styles import date_style, fmt_date, fmt_money, money_style

CASES = ["neg", "fraud-pd", "gross", "no-facts", "fraud", "neg-pd-actual", "noncommercial",
         "limitations-passed", "no-goods", "fraud-pd-noloss", "neg-noloss", "no-violation-kind",
         "small", "barred-entry", "gross-liquidated", "gross-pd-potential"]
CULP = {"neg": "negligence", "gross": "gross_negligence", "fraud": "fraud"}
KIND_WORDS = {"undervalued": "undervaluation", "misclassified": "misclassification",
              "origin": "false statement of the country of origin"}
# The facts name no kind of violation, so a referral without its kind line truly lacks it.
FACTS = ("Findings: a post-entry audit compared the importer's purchase orders, payments and "
         "supplier correspondence with the entry summaries and found that the entry summaries "
         "did not reflect those documents on each entry listed; the importer's broker had been "
         "told of the discrepancy before the later entries were filed.")


@dataclass
class PEntry:
    number: str
    entry_date: D
    liquidated: bool
    entered: Decimal
    paid: Decimal
    owed: Decimal
    port: tuple[str, str]


@dataclass
class Case:
    case: str
    style: str
    case_number: str
    party: tuple[str, list[str]]
    importer_number: str
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[PEntry]
    domestic: Decimal
    dutiable: Decimal | None
    today: D
    goods: str | None
    kind: str | None
    facts: bool
    officer: str


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def build(index: int, seed: int) -> Case:
    rng = random.Random(seed * 3571 + index)
    case = CASES[index % len(CASES)]
    stem = case.split("-")[0]
    culp = CULP[stem] if stem in CULP else rng.choice(list(CULP.values()))
    if case in ("no-facts", "no-violation-kind", "no-goods", "small", "limitations-passed"):
        culp = "negligence" if case != "limitations-passed" else "gross_negligence"
    first = D(2022, 6, 1) + rng.randrange(900) * DAY
    if case in ("limitations-passed",):
        first = D(2019, 3, 4) + rng.randrange(200) * DAY
    filer = "".join(rng.choice("ABCDEFGHI0123456789") for _ in range(3))
    ports = rng.sample(PORTS, 2)
    noloss = case in ("fraud-pd-noloss", "neg-noloss")
    count = 1 if case in ("small", "noncommercial") else rng.randrange(3, 6)
    entries: list[PEntry] = []
    for i in range(count):
        day = first + (0 if i == 0 else rng.randrange(20, 300)) * DAY
        entered = _cents(rng, 4000, 90000) if case != "small" else _cents(rng, 2000, 4000)
        paid = money(entered * Decimal("0.025"))
        owed = paid if noloss else money(entered * Decimal(rng.choice(["0.065", "0.08", "0.12"])))
        if case == "small":
            owed = paid + _cents(rng, 100, 400)
        if case == "noncommercial":  # over $1,000 proposed: only noncommercial makes it `penalty`
            owed = paid + _cents(rng, 700, 1500)
        liquidated = case in ("gross-liquidated", "neg-pd-actual") or (
            case != "gross-pd-potential" and rng.random() < 0.3)
        entries.append(PEntry(entry_number(filer, f"{rng.randrange(10**7):07d}"), day,
                              liquidated, entered, paid, owed, ports[i % 2]))
    entries.sort(key=lambda e: e.entry_date)
    entries[0].entry_date = first
    if case == "barred-entry":
        entries[0].entry_date = first = D(2020, 2, 3) + rng.randrange(60) * DAY
    style = ["print", "memo"][index % 2]
    if style == "print":  # the case print groups entries by port: truth keeps printed order
        entries.sort(key=lambda e: (e.port, e.entry_date))
    lod = sum((max(Decimal(0), e.owed - e.paid) for e in entries), Decimal(0))
    if (lod * 100) % 2:
        entries[-1].owed += Decimal("0.01")
    total_entered = sum((e.entered for e in entries), Decimal(0))
    domestic = Decimal(int(total_entered * Decimal(rng.choice(["1.6", "2.1", "2.7"]))))
    if case == "fraud" and rng.random() < 0.5:
        domestic = Decimal(int(total_entered * Decimal("1.1")))
    today = D(2025, 9, 1) + rng.randrange(120) * DAY
    return Case(case=case, style=style,
                case_number=f"{today.year}-{ports[0][0]}-{rng.randrange(100000, 999999)}-01",
                party=PARTIES[rng.randrange(len(PARTIES))],
                importer_number=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
                culpability=culp, prior_disclosure="-pd" in case,
                noncommercial=case == "noncommercial", entries=entries, domestic=domestic,
                dutiable=Decimal(int(total_entered)) if noloss else None, today=today,
                goods=None if case == "no-goods" else GOODS[rng.randrange(len(GOODS))][0],
                kind=None if case == "no-violation-kind" else rng.choice(list(KIND_WORDS)),
                facts=case != "no-facts", officer=rng.choice(SIGNERS))


def truth(c: Case) -> dict[str, Any]:
    actual = sum((max(Decimal(0), e.owed - e.paid) for e in c.entries if e.liquidated), Decimal(0))
    potential = sum((max(Decimal(0), e.owed - e.paid) for e in c.entries if not e.liquidated),
                    Decimal(0))
    lod = actual + potential
    maximum, low_high = penalty_figures(c.culpability, lod, c.domestic, c.dutiable)
    proposed: Decimal | None = c.domestic if c.culpability == "fraud" else maximum
    needs_human = False
    not_scored: list[str] = []
    if c.prior_disclosure:
        if c.culpability == "fraud":
            proposed = lod if lod > 0 else money(Decimal("0.10") * (c.dutiable or 0))
        elif actual > 0:
            proposed, needs_human = None, True
            not_scored.append("proposed_penalty not scored: a (gross) negligence prior disclosure "
                              "with an actual loss needs interest a person computes")
        else:
            proposed = Decimal(0)
    violation = min(e.entry_date for e in c.entries)
    limitations = add_years(violation, 5)
    barred = [e.number for e in c.entries if c.today > add_years(e.entry_date, 5)]
    if c.today > limitations or barred or not (c.goods and c.kind and c.facts):
        needs_human = True
    notice = "none"
    if not needs_human and proposed:
        notice = "pre_penalty" if proposed > 1000 and not c.noncommercial else "penalty"
    values = {
        "case_number": c.case_number, "party_name": c.party[0],
        "party_address": ", ".join(c.party[1]), "importer_number": c.importer_number,
        "violation_date": violation.isoformat(), "culpability": c.culpability,
        "prior_disclosure": c.prior_disclosure, "noncommercial": c.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.entry_date.isoformat(),
                     "liquidated": e.liquidated, "entered_value": float(e.entered),
                     "duty_paid": float(e.paid), "duty_owed": float(e.owed)} for e in c.entries],
        "domestic_value": float(c.domestic),
        "dutiable_value": float(c.dutiable) if c.dutiable is not None else None}
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": float(actual), "potential": float(potential),
                           "total": float(lod)},
        "statutory_max": float(maximum), "guideline_range": [float(x) for x in low_high],
        "limitations_date": limitations.isoformat(), "notice": notice,
        "outcome": "needs_human" if needs_human else "draft", "barred_entries": barred}
    if proposed is not None:
        decision["proposed_penalty"] = float(proposed)
    if barred:
        for key in ("loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty"):
            decision.pop(key, None)
        not_scored.append("loss, maximum, range and proposal not scored: the contract does not "
                          "say whether barred entries are taken out of them")
    if c.case == "gross-pd-potential":
        decision.pop("outcome")
        decision.pop("notice")
        decision.pop("proposed_penalty", None)
        not_scored.append("outcome, notice and proposed_penalty not scored: a gross-negligence "
                          "prior disclosure with no actual loss is left open by the contract")
    return {"values": values, "decision": decision, "not_scored": not_scored}


def _narrative(c: Case, ds: str, ms: str) -> list[str]:
    out = []
    if c.goods:
        out.append(f"Merchandise: {c.goods}.")
    if c.kind:
        out.append(f"Violation: {KIND_WORDS[c.kind]}, a material false statement under "
                   "19 U.S.C. 1592(a).")
    if c.facts:
        out.append(FACTS)
    culp = {"negligence": "negligence (19 U.S.C. 1592(c)(3))",
            "gross_negligence": "gross negligence (19 U.S.C. 1592(c)(2))",
            "fraud": "fraud (19 U.S.C. 1592(c)(1))"}[c.culpability]
    out.append(f"Culpability: {culp}.")
    out.append("Prior disclosure: " + ("yes, a valid prior disclosure was filed before the "
                                       "investigation began." if c.prior_disclosure else "none."))
    if c.noncommercial:
        out.append("The importation was noncommercial: personal effects for the importer's "
                   "own use.")
    if c.dutiable is not None:
        out.append(f"Dutiable value: {fmt_money(c.dutiable, ms)}. No loss of duty resulted.")
    out.append(f"Domestic value: {fmt_money(c.domestic, ms)}.")
    return out


def render(c: Case, rng: random.Random) -> tuple[str, str, list[str]]:
    ds, ms = date_style(rng), money_style(rng)
    needles = [c.case_number, c.party[0], c.importer_number, fmt_money(c.domestic, ms)]
    needles += c.party[1] + [e.number for e in c.entries]
    needles += [fmt_date(e.entry_date, ds) for e in c.entries]
    needles += [fmt_money(x, ms) for e in c.entries for x in (e.entered, e.paid, e.owed)]
    viol = fmt_date(min(e.entry_date for e in c.entries), ds)
    head = [("Case number", c.case_number), ("Violator", c.party[0]),
            ("Address", ", ".join(c.party[1])), ("Importer number", c.importer_number),
            ("Date of violation", viol), ("Referred by", c.officer)]
    narrative = _narrative(c, ds, ms)
    yes = rng.choice([("Yes", "No"), ("Y", "N"), ("Liquidated", "Unliquidated")])
    if c.style == "print":
        grid = "".join(f'<fo:table-row><fo:table-cell padding="1pt"><fo:block font-weight="bold">'
                       f'{k}</fo:block></fo:table-cell><fo:table-cell padding="1pt"><fo:block>'
                       f"{fo.block(v)[len('<fo:block >'):-len('</fo:block>')]}</fo:block>"
                       "</fo:table-cell></fo:table-row>" for k, v in head)
        body = [fo.block("FINES, PENALTIES AND FORFEITURES - CASE PRINT", font_weight="bold",
                         font_size="12pt", text_align="center"),
                fo.block(f"Printed {fmt_date(c.today - 2 * DAY, ds)}  |  "
                         f"user FPF-{rng.randrange(100, 999)}",
                         font_size="7pt", text_align="center", space_after="8pt"),
                '<fo:table table-layout="fixed" width="100%" font-size="9pt" space-after="8pt">'
                '<fo:table-column column-width="1.8in"/><fo:table-column column-width="4.9in"/>'
                f"<fo:table-body>{grid}</fo:table-body></fo:table>",
                fo.block("ENTRIES", font_weight="bold")]
        rows = [["Entry", "Date", "Liq.", "Entered value", "Duty paid", "Duty owed"]]
        for port in dict.fromkeys(e.port for e in c.entries):
            mine = [e for e in c.entries if e.port == port]
            rows += [[e.number, fmt_date(e.entry_date, ds), yes[0] if e.liquidated else yes[1],
                      fmt_money(e.entered, ms), fmt_money(e.paid, ms), fmt_money(e.owed, ms)]
                     for e in mine]
            rows.append([f"Subtotal port {port[0]}", "", "",
                         fmt_money(sum((e.entered for e in mine), Decimal(0)), ms),
                         fmt_money(sum((e.paid for e in mine), Decimal(0)), ms),
                         fmt_money(sum((e.owed for e in mine), Decimal(0)), ms)])
        body.append(fo.table(rows, ["1.35in", "1.15in", "0.75in", "1.2in", "1.05in", "1.05in"],
                             size="8pt"))
        body.append(fo.block("NARRATIVE OF FINDINGS", font_weight="bold", space_before="6pt"))
        body += [fo.block(t, space_after="4pt") for t in narrative]
        source = fo.document("".join(body), font="Courier", size="9pt",
                             header=f"Case {c.case_number}")
        return "fop", source, needles
    pages = [draw.Page()]
    pg = pages[0]
    pg.text(1.6, 1.2, "MEMORANDUM", size=15, bold=True)
    pg.text(1.6, 2.0, f"TO: Fines, Penalties and Forfeitures Officer\nFROM: {c.officer}, "
            f"Import Specialist\nDATE: {fmt_date(c.today - 5 * DAY, ds)}\nSUBJECT: Referral for "
            "penalty action under 19 U.S.C. 1592", size=9.5, w=18)
    y = 4.3
    for k, v in head:
        pg.box(1.6, y, 4.6, 0.6, shade=True)
        pg.box(6.2, y, 13.6, 0.6)
        pg.text(1.7, y + 0.12, k, size=8, bold=True, w=4.4)
        pg.text(6.35, y + 0.12, v, size=9, w=13.4)
        y += 0.6
    y += 0.4
    cols = [(1.6, 3.6), (5.2, 2.6), (7.8, 2.0), (9.8, 3.4), (13.2, 3.3), (16.5, 3.3)]
    headers = ["Entry no.", "Entry date", "Liquidated", "Entered value", "Duty paid", "Duty owed"]
    for (x, w), h in zip(cols, headers, strict=True):
        pg.box(x, y, w, 0.55, shade=True)
        pg.text(x + 0.08, y + 0.1, h, size=7.5, bold=True, w=w - 0.1)
    y += 0.55
    for e in c.entries:
        cells = [e.number, fmt_date(e.entry_date, ds), yes[0] if e.liquidated else yes[1],
                 fmt_money(e.entered, ms), fmt_money(e.paid, ms), fmt_money(e.owed, ms)]
        for (x, w), v in zip(cols, cells, strict=True):
            pg.box(x, y, w, 0.55)
            pg.text(x + 0.08, y + 0.12, v, size=8, w=w - 0.1)
        y += 0.55
    y += 0.6
    for para in narrative:
        lines = _wrap(para, 100)
        pg.text(1.6, y, "\n".join(lines), size=9, w=18.2)
        y += 0.42 * len(lines) + 0.25
    return "lodraw", draw.document(pages), needles
