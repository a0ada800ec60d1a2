"""Penalty referrals under 19 U.S.C. 1592: facts, the truth by App. B, and the printed blocks."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from . import law
from .doc import Block, Case, fmt_date, fmt_money
from .parties import GOODS, PARTIES, PEOPLE

CASES = [
    "neg",
    "gross",
    "fraud",
    "fraud-pd",
    "fraud-pd-noloss",
    "neg-noloss",
    "neg-dv-cap",
    "limitations-passed",
    "noncommercial",
    "under-1000",
    "neg-pd-actual",
    "mixed-liq",
]
CULP = {"neg": "negligence", "gross": "gross_negligence", "fraud": "fraud"}
CULP_WORDS = {
    "negligence": [
        "Negligence (19 U.S.C. 1592(a)(1)(A): failure to exercise reasonable care)",
        "NEG - reasonable care not exercised",
        "negligent violation",
    ],
    "gross_negligence": [
        "Gross negligence",
        "GN - wanton disregard of the importer's obligations",
        "grossly negligent violation",
    ],
    "fraud": [
        "Fraud - knowing and intentional",
        "FRD - deliberate false statement",
        "fraudulent violation (voluntary and intentional)",
    ],
}
PRIOR = {
    True: [
        "Prior disclosure: YES - a valid prior disclosure under 19 CFR 162.74 was filed before "
        "the investigation began.",
        "Prior discl.: Y (valid, 19 CFR 162.74)",
        "The importer made a valid prior disclosure before the investigation commenced.",
    ],
    False: [
        "Prior disclosure: NO (none received before the commencement of the investigation).",
        "Prior discl.: N",
        "No prior disclosure was made.",
    ],
}
# No referral of this hand names the kind of violation (undervalued, misclassified, origin...)
# or the material facts (what was false and how): "reviewed against the invoices" at most.
VIOLATION_STATED = False

RATES = {
    "negligence": (Decimal("0.5"), Decimal(2), Decimal("0.05"), Decimal("0.20")),
    "gross_negligence": (Decimal("2.5"), Decimal(4), Decimal("0.25"), Decimal("0.40")),
    "fraud": (Decimal(5), Decimal(8), Decimal("0.50"), Decimal("0.80")),
}


def build(index: int, rng: random.Random, producer: str) -> Case:
    """One referral for `CASES[index % len(CASES)]`."""
    case = CASES[index % len(CASES)]
    culp = CULP.get(case.split("-")[0], "negligence")
    if case == "limitations-passed":
        culp = "gross_negligence"
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    ior = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    filer = law.filer_code(rng)
    first = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randint(0, 900))
    if first.month == 2 and first.day == 29:
        first += dt.timedelta(days=1)
    count = 1 if case == "under-1000" else rng.randint(2, 3)
    noloss = case.endswith("noloss")
    entries: list[dict[str, Any]] = []
    for n in range(count):
        value = Decimal(rng.randint(800000, 9000000)) / 100
        paid = (value * Decimal("0.025")).quantize(law.CENT)
        # the DV-cap case carries a high duty (a base rate plus an additional duty), so that
        # twice the loss can exceed a domestic value that is still above the entered value
        rate = Decimal("0.9") if case == "neg-dv-cap" else Decimal("0.065")
        owed = paid if noloss else (value * rate).quantize(law.CENT)
        if case == "under-1000":
            value, paid = Decimal("8000.00"), Decimal("200.00")
            owed = paid + Decimal(rng.choice(["312.50", "500.00"]))
        if (owed - paid) * 100 % 2:
            owed += law.CENT
        liquidated = case in ("fraud", "limitations-passed", "neg-pd-actual") or (
            case == "mixed-liq" and n == 0
        )
        entries.append(
            {
                "entry_number": law.entry_number(filer, rng.randint(1000000, 9999999)),
                "entry_date": first + dt.timedelta(days=40 * n),
                "liquidated": liquidated,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    actual = sum(
        (max(Decimal(0), e["duty_owed"] - e["duty_paid"]) for e in entries if e["liquidated"]),
        Decimal(0),
    )
    potential = sum(
        (max(Decimal(0), e["duty_owed"] - e["duty_paid"]) for e in entries if not e["liquidated"]),
        Decimal(0),
    )
    lod = actual + potential
    entered = sum((e["entered_value"] for e in entries), Decimal(0))
    dutiable = Decimal(int(entered)) if noloss else None
    domestic = Decimal(int(entered * Decimal("1.6")))
    if case == "neg-dv-cap":
        domestic = Decimal(int(lod * Decimal("1.5")))
    low_r, high_r, low_p, high_p = RATES[culp]
    if lod > 0:
        mult = {"fraud": None, "gross_negligence": Decimal(4), "negligence": Decimal(2)}[culp]
        statutory = domestic if mult is None else min(domestic, mult * lod)
        rng_low, rng_high = low_r * lod, high_r * lod
    else:
        assert dutiable is not None
        pct = {"fraud": None, "gross_negligence": Decimal("0.40"), "negligence": Decimal("0.20")}[
            culp
        ]
        statutory = domestic if pct is None else min(domestic, pct * dutiable)
        rng_low, rng_high = low_p * dutiable, high_p * dutiable
    guideline = [min(domestic, rng_low), min(domestic, rng_high)]
    prior = case.startswith(("fraud-pd", "neg-pd"))
    proposed: Decimal | None = domestic if culp == "fraud" else statutory
    if prior and culp == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * (dutiable or Decimal(0))
    if prior and culp != "fraud":
        proposed = None
    violation = first
    limitations = law.plus_years(violation, 5)
    today = (
        limitations + dt.timedelta(days=rng.randint(20, 200))
        if case == "limitations-passed"
        else first + dt.timedelta(days=rng.randint(400, 900))
    )
    barred = [e["entry_number"] for e in entries if law.plus_years(e["entry_date"], 5) < today]
    # A notice must state the laws violated and the material facts (19 CFR 162.77(b)(1)(iii),
    # (iv); issue 14 item 3), which these referrals never give: a person completes the case
    # before any notice (the integrator's correction, as for the third, fourth, fifth and
    # seventh hands).
    needs_human = today > limitations or bool(barred) or proposed is None or not VIOLATION_STATED
    noncommercial = case == "noncommercial"
    if needs_human or not proposed:
        notice = "none"
    elif proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    office = rng.choice(["2704", "5301", "1001"])
    case_no = f"{today.year}-{office}-{rng.randint(100000, 999999)}-01"
    values: dict[str, Any] = {
        "case_number": case_no,
        "party_name": name,
        "party_address": ", ".join(address),
        "importer_number": ior,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": prior,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": law.money(e["entered_value"]),
                "duty_paid": law.money(e["duty_paid"]),
                "duty_owed": law.money(e["duty_owed"]),
            }
            for e in entries
        ],
        "domestic_value": law.money(domestic),
        "dutiable_value": law.money(dutiable) if dutiable is not None else None,
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": law.money(actual),
            "potential": law.money(potential),
            "total": law.money(lod),
        },
        "statutory_max": law.money(statutory),
        "guideline_range": [law.money(guideline[0]), law.money(guideline[1])],
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure with an actual "
            "loss needs an interest computation a person makes"
        )
    else:
        decision["proposed_penalty"] = law.money(proposed)
    style = (["worksheet", "memo"] if producer == "mpl" else ["findings", "ticket"])[index // 2 % 2]
    out = Case(
        "penalty-case", case, style, ["--today", today.isoformat()], values, decision, not_scored
    )
    _write(
        out,
        rng,
        name=name,
        address=address,
        ior=ior,
        culp=culp,
        prior=prior,
        entries=entries,
        domestic=domestic,
        dutiable=dutiable,
        violation=violation,
        noncommercial=noncommercial,
        case_no=case_no,
    )
    return out


def _write(out: Case, rng: random.Random, **f: Any) -> None:
    """Print the referral: header facts, culpability, disclosure, and the entries grid."""
    d = "oracle" if out.style in ("worksheet", "ticket") else "dots"
    m = {"worksheet": "usd", "findings": "plain"}.get(out.style, "dollar")
    liq = ("LIQ", "UNLIQ") if out.style in ("worksheet", "ticket") else ("Final", "Open")
    rows = []
    for e in f["entries"]:
        cells = (
            e["entry_number"],
            fmt_date(e["entry_date"], d),
            liq[0] if e["liquidated"] else liq[1],
            fmt_money(e["entered_value"], m),
            fmt_money(e["duty_paid"], m),
            fmt_money(e["duty_owed"], m),
        )
        rows.append(cells)
        out.printed += [c for c in cells if c not in liq]
    officer = rng.choice(PEOPLE)
    pd_text = rng.choice(PRIOR[f["prior"]])
    culp_text = rng.choice(CULP_WORDS[f["culp"]])
    facts = [
        ("Case No.", f["case_no"]),
        ("Violator", f["name"]),
        ("Address", ", ".join(f["address"])),
        ("IOR No.", f["ior"]),
        ("Date of violation", fmt_date(f["violation"], d)),
        ("Culpability", culp_text),
        ("Domestic value", fmt_money(f["domestic"], m)),
    ]
    if f["dutiable"] is not None:
        facts.append(("Dutiable value", fmt_money(f["dutiable"], m)))
    facts.append(
        ("Importation", "noncommercial (personal use)" if f["noncommercial"] else "commercial")
    )
    out.printed += [
        f["case_no"],
        f["name"],
        *f["address"],
        f["ior"],
        fmt_date(f["violation"], d),
        fmt_money(f["domestic"], m),
    ] + ([fmt_money(f["dutiable"], m)] if f["dutiable"] is not None else [])
    title = {
        "worksheet": "FP&F PENALTY COMPUTATION WORKSHEET (19 U.S.C. 1592)",
        "memo": "MEMORANDUM - REFERRAL FOR 1592 PENALTY ACTION",
        "findings": "IMPORT SPECIALIST FINDINGS - REFERRAL TO FINES, PENALTIES & FORFEITURES",
        "ticket": "CASE TRACKER - TICKET PRINTOUT - 1592 REFERRAL",
    }[out.style]
    out.header = title
    out.footer = f"Case {f['case_no']}"
    goods = rng.choice(GOODS)
    table = Block(
        "table",
        header=("Entry", "Entry Dt.", "Liq.", "Entered value", "Duty deposited", "Correct duty"),
        rows=tuple(rows),
    )
    if out.style == "findings":
        # a port import specialist's numbered finding list; the facts live in sentences
        worth = f"Domestic value of the merchandise: {fmt_money(f['domestic'], m)}."
        if f["dutiable"] is not None:
            worth += f" Dutiable value: {fmt_money(f['dutiable'], m)}."
        kind = "a noncommercial importation" if f["noncommercial"] else "a commercial importation"
        findings = [
            f"Case No. {f['case_no']}.",
            f"The importer of record is {f['name']}, {', '.join(f['address'])}, "
            f"IOR No. {f['ior']}.",
            f"The merchandise, {goods}, was entered as shown in the table below; this is {kind}.",
            f"The first violation occurred on {fmt_date(f['violation'], d)}.",
            f"Culpability found: {culp_text}.",
            pd_text,
            worth,
        ]
        out.blocks += [
            Block("head", title),
            *[Block("para", f"{n}. {t}") for n, t in enumerate(findings, start=1)],
            table,
            Block("lines", text=f"{officer}\nImport Specialist, Port of entry"),
        ]
        return
    if out.style == "memo":
        out.blocks += [
            Block("head", "MEMORANDUM"),
            Block(
                "lines",
                text="TO: Fines, Penalties & Forfeitures Officer\n"
                f"FROM: {officer}, Entry Branch\nSUBJECT: 1592 referral, case {f['case_no']}",
            ),
            Block("boxes", pairs=tuple(facts)),
            Block("para", pd_text),
            Block("para", f"Goods: {goods}. The entries below were reviewed against the invoices."),
            table,
        ]
        return
    out.blocks += [
        Block("head", title),
        Block("boxes", pairs=tuple(facts)),
        Block("para", pd_text),
        Block("para", f"Goods: {goods}. The entries below were reviewed against the invoices."),
        table,
        Block("lines", text=f"Referred by: {officer}\nImport Specialist"),
    ]
