"""1592 penalty referrals: situations, their figures under 19 CFR 171 App. B, three writers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_third import data
from bench.corpus_third.doc import Bullets, Document, Heading, Table
from bench.corpus_third.fmt import show_date, show_money
from bench.corpus_third.law import add_years, guideline_range, money, statutory_max

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PenaltyEntry:
    number: str
    entry_date: date
    liquidated: bool
    entered_value: Decimal
    duty_paid: Decimal
    duty_owed: Decimal


@dataclass
class PenaltyFacts:
    case: str
    case_number: str
    party: str
    address: list[str]
    importer_number: str
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[PenaltyEntry]
    domestic_value: Decimal
    dutiable_value: Decimal | None
    today: date
    referral_date: date

    @property
    def violation_date(self) -> date:
        return min(entry.entry_date for entry in self.entries)


GOODS_DESCRIBED = False  # the referrals below never name or describe the goods


def losses(facts: PenaltyFacts) -> tuple[Decimal, Decimal]:
    """(actual, potential): owed minus paid per entry, never below zero, split by liquidation."""
    actual = sum(
        (max(ZERO, e.duty_owed - e.duty_paid) for e in facts.entries if e.liquidated), ZERO
    )
    potential = sum(
        (max(ZERO, e.duty_owed - e.duty_paid) for e in facts.entries if not e.liquidated), ZERO
    )
    return money(actual), money(potential)


def truth(facts: PenaltyFacts, style: str) -> dict[str, Any]:
    actual, potential = losses(facts)
    lod = actual + potential
    culpability, dv, dutiable = facts.culpability, facts.domestic_value, facts.dutiable_value
    maximum = statutory_max(culpability, lod, dv, dutiable)
    low, high = guideline_range(culpability, lod, dv, dutiable)
    limitations = add_years(facts.violation_date, 5)
    assert facts.today != limitations
    barred = [e.number for e in facts.entries if add_years(e.entry_date, 5) < facts.today]
    not_scored = []
    interest = facts.prior_disclosure and culpability != "fraud"
    assert not (interest and actual == 0), "the contract leaves this outcome open: not generated"
    proposed: Decimal | None
    if interest:
        proposed = None
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure with an "
            "actual loss needs an interest computation"
        )
    elif culpability == "fraud" and facts.prior_disclosure:
        proposed = lod if lod > 0 else money(Decimal("0.10") * (dutiable or ZERO))
    elif culpability == "fraud":
        proposed = dv
    else:
        proposed = maximum
    # No referral of this hand describes the merchandise, which every notice must state
    # (19 CFR 162.77(b)(1)(i); 162.79a; customs-rules.md section 3): a person completes the case
    # before any notice (correction of issue 13, round 3).
    human = interest or facts.today > limitations or bool(barred) or not GOODS_DESCRIBED
    if human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 1000 and not facts.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    values = {
        "case_number": facts.case_number,
        "party_name": facts.party,
        "party_address": ", ".join(facts.address),
        "importer_number": facts.importer_number,
        "violation_date": facts.violation_date.isoformat(),
        "culpability": culpability,
        "prior_disclosure": facts.prior_disclosure,
        "noncommercial": facts.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": float(e.entered_value),
                "duty_paid": float(e.duty_paid),
                "duty_owed": float(e.duty_owed),
            }
            for e in facts.entries
        ],
        "domestic_value": float(dv),
        "dutiable_value": None if dutiable is None else float(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": float(actual),
            "potential": float(potential),
            "total": float(lod),
        },
        "statutory_max": float(maximum),
        "guideline_range": [float(low), float(high)],
    }
    if proposed is not None:
        decision["proposed_penalty"] = float(proposed)
    decision.update(
        {
            "limitations_date": limitations.isoformat(),
            "notice": notice,
            "outcome": "needs_human" if human else "draft",
            "barred_entries": barred,
        }
    )
    record = {
        "kind": "penalty-case",
        "case": facts.case,
        "args": ["--today", facts.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        record["not_scored"] = not_scored
    return record


CASES = [
    "neg",
    "gn",
    "fraud",
    "neg-nolod",
    "fraud-pd",
    "fraud-pd-nolod",
    "gn-pd-actual",
    "expired",
    "noncommercial",
    "small",
    "mixed-overpaid",
    "neg-dvcap",
    "near-limit",
    "gn-nolod",
    "exact-1000",
]
CULPABILITY = {
    "gn": "gross_negligence",
    "gn-pd-actual": "gross_negligence",
    "gn-nolod": "gross_negligence",
    "fraud": "fraud",
    "fraud-pd": "fraud",
    "fraud-pd-nolod": "fraud",
}


def plan(rng: random.Random, count: int) -> list[PenaltyFacts]:
    return [_situation(rng, CASES[i % len(CASES)], i) for i in range(count)]


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _situation(rng: random.Random, case: str, index: int) -> PenaltyFacts:
    party, address = data.COMPANIES[(index * 3 + 7) % len(data.COMPANIES)]
    port = rng.choice(data.PORTS)[0]
    filer = data.filer_code(rng)
    today = date(2025, 1, 6) + timedelta(days=rng.randrange(0, 300))
    first = today - timedelta(days=rng.randrange(300, 900))
    if case == "expired":
        first = today - timedelta(days=5 * 365 + rng.randrange(30, 200))
    elif case == "near-limit":
        first = add_years(today, -5) + timedelta(days=rng.randrange(40, 300))
    count = 1 if case in ("noncommercial", "small", "exact-1000") else rng.choice([2, 3, 4])
    if case == "mixed-overpaid":
        count = 4
    days = [first] + [first + timedelta(days=rng.randrange(10, 120)) for _ in range(count - 1)]
    dates = sorted(data.weekday_before(_not_leap_day(day)) for day in days)
    entries = []
    for position, entry_date in enumerate(dates):
        value = (
            _cents(rng, 800, 9000)
            if case in ("noncommercial", "small", "exact-1000")
            else _cents(rng, 12000, 160000)
        )
        paid = (value * Decimal("0.04")).quantize(Decimal("0.01"))
        owed = (value * Decimal("0.11")).quantize(Decimal("0.01"))
        if case.endswith("nolod"):
            owed = paid
        if case == "mixed-overpaid" and position == 1:
            owed = paid - Decimal("37.20")  # overpaid: no offset against the others
        liquidated = rng.random() < 0.5
        if case == "mixed-overpaid":
            liquidated = position % 2 == 0
        if case in ("expired",):
            liquidated = True
        if case == "gn-pd-actual":
            liquidated = liquidated or position == 0
        entries.append(
            PenaltyEntry(data.entry_number(rng, filer), entry_date, liquidated, value, paid, owed)
        )
    entries = _even_loss(entries)
    if case == "small":
        entries = [_with_loss(entries[0], Decimal(rng.randrange(6000, 22500) * 2) / 100)]
    if case == "exact-1000":
        entries = [_with_loss(entries[0], Decimal("500.00"))]  # negligence: 2 x 500 = 1,000.00
    total_value = sum((e.entered_value for e in entries), ZERO)
    dv = Decimal(int(total_value * Decimal("1.6")))
    if case == "neg-dvcap":
        dv = Decimal(
            int(sum((max(ZERO, e.duty_owed - e.duty_paid) for e in entries), ZERO) * Decimal("1.5"))
        )
    dutiable = Decimal(int(total_value)) if case.endswith("nolod") or rng.random() < 0.5 else None
    return PenaltyFacts(
        case=case,
        case_number=f"{today.year}-{port}-{rng.randrange(100000, 999999)}-01",
        party=party,
        address=address,
        importer_number=data.ein(rng),
        culpability=CULPABILITY.get(case, "negligence"),
        prior_disclosure=case in ("fraud-pd", "fraud-pd-nolod", "gn-pd-actual"),
        noncommercial=case == "noncommercial",
        entries=entries,
        domestic_value=dv,
        dutiable_value=dutiable,
        today=today,
        referral_date=today - timedelta(days=rng.randrange(3, 20)),
    )


def _not_leap_day(day: date) -> date:
    # Five years after Feb 29 is a date the law text does not settle (Feb 28 or Mar 1): avoided.
    return day - timedelta(days=1) if (day.month, day.day) == (2, 29) else day


def _even_loss(entries: list[PenaltyEntry]) -> list[PenaltyEntry]:
    """Make every loss an even number of cents, so 0.5 x and 2.5 x LOD stay exact to the cent."""
    fixed = []
    for e in entries:
        loss = e.duty_owed - e.duty_paid
        if loss > 0 and (loss * 100) % 2:
            e = PenaltyEntry(
                e.number,
                e.entry_date,
                e.liquidated,
                e.entered_value,
                e.duty_paid,
                e.duty_owed + Decimal("0.01"),
            )
        fixed.append(e)
    return fixed


def _with_loss(entry: PenaltyEntry, loss: Decimal) -> PenaltyEntry:
    return PenaltyEntry(
        entry.number,
        entry.entry_date,
        entry.liquidated,
        entry.entered_value,
        entry.duty_paid,
        entry.duty_paid + loss,
    )


# ---------------------------------------------------------------- wording

CULPABILITY_WORDS = {
    "negligence": [
        "negligence",
        "a negligent violation",
        "failure to exercise reasonable care (negligence)",
        "Negligence",
        "negligent",
    ],
    "gross_negligence": [
        "gross negligence",
        "a grossly negligent violation",
        "wanton disregard of the facts (gross negligence)",
        "Gross Negligence",
        "grossly negligent",
    ],
    "fraud": [
        "fraud",
        "a fraudulent violation",
        "knowing and intentional false statements (fraud)",
        "Fraud",
        "fraudulent",
    ],
}


def _culpability_sentence(rng: random.Random, facts: PenaltyFacts) -> str:
    word = rng.choice(CULPABILITY_WORDS[facts.culpability][:3])
    return rng.choice(
        [
            f"The evidence supports {word}.",
            f"FP&F recommends that the violation be charged as {word}.",
            f"The level of culpability is {word}.",
        ]
    )


def _disclosure_sentence(rng: random.Random, facts: PenaltyFacts) -> str:
    if facts.prior_disclosure:
        return rng.choice(
            [
                "The importer filed a valid prior disclosure under 19 CFR 162.74 before any "
                "investigation began.",
                "A prior disclosure was made and accepted as valid (19 C.F.R. 162.74).",
                "The party disclosed the violation to CBP before it learned of any inquiry "
                "(prior disclosure).",
                "Before any investigation, the importer told CBP of the false statements in "
                "writing and tendered the duties (prior disclosure under 19 U.S.C. 1592(c)(4)).",
                "This case arises from the importer's own prior disclosure.",
            ]
        )
    return rng.choice(
        [
            "No prior disclosure was made.",
            "The importer did not file a prior disclosure.",
            "There is no prior disclosure in this case.",
            "The violation was found by CBP audit; the importer made no disclosure before it.",
            "Prior disclosure: none.",
        ]
    )


def _kind_sentence(facts: PenaltyFacts) -> str | None:
    if facts.noncommercial:
        return "The goods were imported for personal use, not for sale (noncommercial importation)."
    return None


def _liq_word(style: str, liquidated: bool) -> str:
    return {
        "yn": ("Y", "N"),
        "yesno": ("Yes", "No"),
        "liq": ("LIQ", "UNLIQ"),
        "words": ("Liquidated", "Unliquidated"),
    }[style][0 if liquidated else 1]


def _entry_row(
    doc: Document, entry: PenaltyEntry, dates: str, cash: str, liq: str
) -> tuple[str, ...]:
    """An entries-table row: number, date, liquidation mark, entered value, duty paid, duty owed."""
    return (
        doc.show(entry.number),
        doc.show(show_date(entry.entry_date, dates)),
        _liq_word(liq, entry.liquidated),
        doc.show(show_money(entry.entered_value, cash)),
        doc.show(show_money(entry.duty_paid, cash)),
        doc.show(show_money(entry.duty_owed, cash)),
    )


# ---------------------------------------------------------------- senders


def memo(rng: random.Random, facts: PenaltyFacts) -> Document:
    """An FP&F referral memorandum: TO/FROM block, prose, entries as aligned text with no rules."""
    doc = Document(
        running_header=f"Case {facts.case_number} - For Official Use Only", page_numbers=True
    )
    dates = rng.choice(["slash", "long", "dmy-dash"])
    cash = rng.choice(["dollar", "comma", "plain"])
    doc.para("MEMORANDUM", bold=True, align="center")
    doc.para(
        "TO: Fines, Penalties and Forfeitures Officer\nFROM: Import Specialist, Trade Enforcement\n"
        f"DATE: {show_date(facts.referral_date, dates)}\n"
        f"SUBJECT: Referral for penalty action under 19 U.S.C. 1592 - Case No. "
        f"{doc.show(facts.case_number)}"
    )
    doc.para(
        f"This memorandum refers {doc.show(facts.party)}, {doc.show(', '.join(facts.address))}, "
        f"importer "
        f"number {doc.show(facts.importer_number)}, for a penalty. The first false entry was "
        f"filed on "
        f"{doc.show(show_date(facts.violation_date, dates))}, which is the date of the violation."
    )
    doc.para(_culpability_sentence(rng, facts) + " " + _disclosure_sentence(rng, facts))
    kind = _kind_sentence(facts)
    if kind:
        doc.para(kind)
    liq = rng.choice(["yn", "liq"])
    rows = tuple(_entry_row(doc, e, dates, cash, liq) for e in facts.entries)
    doc.add(
        Table(
            ("Entry", "Entered", "Liq.", "Value", "Duty Deposited", "Duty Lawfully Owed"),
            rows,
            ruled=False,
        )
    )
    doc.para(
        "The domestic value of the merchandise is "
        f"{doc.show(show_money(facts.domestic_value, 'dollar'))}."
        + (
            f" Its dutiable value is {doc.show(show_money(facts.dutiable_value, 'dollar'))}."
            if facts.dutiable_value is not None
            else ""
        )
    )
    doc.para("Please open a case and issue the appropriate notice.")
    return doc


def worksheet(rng: random.Random, facts: PenaltyFacts) -> Document:
    """A penalty worksheet: label: value grid and a ruled entries table with a TOTAL row."""
    doc = Document(page_numbers=True)
    dates = rng.choice(["slash", "iso", "abbrev"])
    cash = rng.choice(["dollar", "usd", "comma"])
    doc.para("19 U.S.C. 1592 PENALTY WORKSHEET", bold=True, align="center")
    culpability = rng.choice(CULPABILITY_WORDS[facts.culpability][3:])
    lines = [
        f"Case Number: {doc.show(facts.case_number)}",
        f"Violator: {doc.show(facts.party)}",
        f"Address: {doc.show(', '.join(facts.address))}",
        f"IOR Number: {doc.show(facts.importer_number)}",
        f"Date of Violation: {doc.show(show_date(facts.violation_date, dates))}",
        f"Culpability: {culpability}",
        "Prior Disclosure: " + ("Yes" if facts.prior_disclosure else "No"),
        "Commercial Importation: " + ("No" if facts.noncommercial else "Yes"),
        f"Domestic Value: {doc.show(show_money(facts.domestic_value, cash))}",
        "Dutiable Value: "
        + (
            doc.show(show_money(facts.dutiable_value, cash))
            if facts.dutiable_value is not None
            else "not determined"
        ),
    ]
    for line in lines:
        doc.para(line)
    liq = rng.choice(["yesno", "words", "liq"])
    rows = [_entry_row(doc, e, dates, cash, liq) for e in facts.entries]
    total = sum((e.entered_value for e in facts.entries), ZERO)
    rows.append(("TOTAL", "", "", show_money(total, cash), "", ""))
    doc.add(
        Table(
            (
                "Entry Number",
                "Entry Date",
                "Liquidated?",
                "Entered Value",
                "Duty Paid",
                "Correct Duty",
            ),
            tuple(rows),
            ruled=True,
        )
    )
    doc.para(f"Prepared {show_date(facts.referral_date, dates)} by the FP&F Officer.")
    return doc


def narrative(rng: random.Random, facts: PenaltyFacts) -> Document:
    """A report of findings in prose, with the entries in bullets."""
    doc = Document(running_header="Report of Findings", page_numbers=rng.random() < 0.5)
    dates = rng.choice(["long", "abbrev", "ordinal"])
    cash = rng.choice(["dollar", "whole", "usd"])
    doc.para("REPORT OF FINDINGS - 19 U.S.C. 1592", bold=True)
    doc.para(
        f"Case: {doc.show(facts.case_number)}\nSubject: {doc.show(facts.party)}\n"
        + "\n".join(doc.show(line) for line in facts.address)
        + f"\nImporter of record no. {doc.show(facts.importer_number)}"
    )
    doc.add(Heading("Findings"))
    doc.para(
        f"Beginning {doc.show(show_date(facts.violation_date, dates))} (the date of violation), "
        f"the "
        "importer declared the goods below at values and rates that understated the duty owed."
    )
    items = []
    for e in facts.entries:
        status = "liquidated" if e.liquidated else "not yet liquidated"
        items.append(
            f"Entry {doc.show(e.number)}, entered {doc.show(show_date(e.entry_date, dates))}, "
            f"{status}: entered value {doc.show(show_money(e.entered_value, cash))}, duty paid "
            f"{doc.show(show_money(e.duty_paid, cash))}, duty owed "
            f"{doc.show(show_money(e.duty_owed, cash))}"
        )
    doc.add(Bullets(tuple(items)))
    doc.para(_culpability_sentence(rng, facts) + " " + _disclosure_sentence(rng, facts))
    kind = _kind_sentence(facts)
    if kind:
        doc.para(kind)
    doc.para(
        f"Domestic value: {doc.show(show_money(facts.domestic_value, cash))}."
        + (
            f" Dutiable value: {doc.show(show_money(facts.dutiable_value, cash))}."
            if facts.dutiable_value is not None
            else ""
        )
    )
    return doc


STYLES = {"memo": memo, "worksheet": worksheet, "narrative": narrative}


def allowed(style: str, facts: PenaltyFacts) -> bool:
    return True
