"""1592 referral plans: the case, its truth under 19 CFR 162 / 171 App. B, and three styles."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_fortyninth import formats as f
from bench.corpus_fortyninth import law

CASES = [
    "neg",
    "gross-mixed",
    "fraud",
    "fraud-pd",
    "neg-noloss",
    "dv-cap",
    "under-1000",
    "noncommercial",
    "limitations-passed",
    "barred-entry",
    "neg-pd-actual",
    "fraud-pd-noloss",
]
STYLES = ("memo", "fixedwidth", "summary")
CULP = {
    "negligence": ["negligence", "negligent", "Negligence (19 U.S.C. 1592(c)(3))"],
    "gross_negligence": [
        "gross negligence",
        "grossly negligent",
        "Gross negligence (19 U.S.C. 1592(c)(2))",
    ],
    "fraud": ["fraud", "fraudulent", "Fraud (19 U.S.C. 1592(c)(1))"],
}
DAY = dt.timedelta(days=1)


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low // 2, high // 2) * 2) / 100


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fortyninth-penalty-{seed}-{index}")
    case = CASES[index % len(CASES)]
    producer = ("mgp", "tk")[(index + 1) % 2]
    style = STYLES[(index + seed) % 3]
    dstyle = rng.choice(f.DATE_STYLES)
    mstyle = rng.choice(f.MONEY_STYLES)
    name, address = rng.choice(f.COMPANIES)
    filer = rng.choice(f.FILERS)
    ior = f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"
    culp = {"gross-mixed": "gross_negligence", "noncommercial": "gross_negligence"}.get(case, "")
    culp = culp or ("fraud" if case.startswith("fraud") else "negligence")
    prior = case.endswith("-pd") or "-pd-" in case
    noloss = case.endswith("noloss")
    n = rng.choice([2, 3])
    start = dt.date(2022, 3, 1) + DAY * rng.randrange(0, 500)
    entries: list[dict[str, Any]] = []
    for k in range(n):
        edate = start + DAY * (k * rng.randrange(20, 90))
        value = Decimal(rng.randrange(1_500_000, 9_000_000)) / 100
        paid = _cents(rng, 30_000, 400_000)
        if case == "dv-cap":
            extra = _cents(rng, 1_200_000, 1_600_000)
        elif case == "under-1000":
            extra = _cents(rng, 5_000, 12_000)
        else:
            extra = _cents(rng, 50_000, 500_000)
        owed = paid if noloss else paid + extra
        liquidated = case in ("gross-mixed", "neg-pd-actual") and k == 0
        entries.append(
            {
                "entry_number": law.entry_number(filer, f"{rng.randrange(10**7):07d}"),
                "entry_date": edate,
                "liquidated": liquidated,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    if case == "barred-entry":
        entries[0]["entry_date"] = dt.date(2020, 5, 4) + DAY * rng.randrange(0, 60)
    violation = entries[-1]["entry_date"] if case == "barred-entry" else entries[0]["entry_date"]
    limitations = law.add_years(violation, 5)
    today = max(e["entry_date"] for e in entries) + DAY * rng.randrange(200, 600)
    if case == "limitations-passed":
        today = limitations + DAY * rng.randrange(10, 200)
    if case == "barred-entry":
        today = max(law.add_years(entries[0]["entry_date"], 5) + DAY * 30, today)
        assert today < limitations
    actual = sum(
        (max(e["duty_owed"] - e["duty_paid"], Decimal(0)) for e in entries if e["liquidated"]),
        Decimal(0),
    )
    potential = sum(
        (max(e["duty_owed"] - e["duty_paid"], Decimal(0)) for e in entries if not e["liquidated"]),
        Decimal(0),
    )
    lod = actual + potential
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    dv = Decimal(int(total_value * Decimal("1.35")))
    if case == "dv-cap":
        dv = Decimal(int(lod * Decimal("1.5")))
    dutiable: Decimal | None = Decimal(int(total_value)) if noloss or rng.random() < 0.5 else None
    maximum, (low, high) = law.penalty(culp, lod, dv, dutiable)
    not_scored: list[str] = []
    if prior and culp == "fraud":
        assert lod > 0 or dutiable is not None
        proposed: Decimal | None = law.money(lod if lod > 0 else dutiable * Decimal("0.10"))  # type: ignore[operator]
    elif prior:
        proposed = None
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss "
            "needs interest from liquidation to tender, which a person computes"
        )
    elif culp == "fraud":
        proposed = dv
    else:
        proposed = maximum
    barred = [e["entry_number"] for e in entries if law.add_years(e["entry_date"], 5) < today]
    noncommercial = case == "noncommercial"
    needs = today > limitations or bool(barred) or (prior and culp != "fraud")
    if needs or not proposed:
        notice = "none"
    elif proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": float(actual),
            "potential": float(potential),
            "total": float(lod),
        },
        "statutory_max": float(maximum),
        "guideline_range": [float(low), float(high)],
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs else "draft",
        "barred_entries": barred,
    }
    if proposed is not None:
        decision["proposed_penalty"] = float(proposed)
    case_no = f"2026-{rng.choice(['2704', '1001', '5301'])}-{rng.randrange(100000, 999999)}-01"
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
                "entered_value": float(e["entered_value"]),
                "duty_paid": float(e["duty_paid"]),
                "duty_owed": float(e["duty_owed"]),
            }
            for e in entries
        ],
        "domestic_value": float(dv),
        "dutiable_value": float(dutiable) if dutiable else None,
    }

    def fd(day: dt.date) -> str:
        return f.fmt_date(day, dstyle)

    def fm(amount: Decimal) -> str:
        if style == "summary":  # a sheet filled by several hands: the style follows the amount
            return f.fmt_money(amount, ("usd", "us", "words")[int(amount * 100) % 3])
        return f.fmt_money(amount, mstyle)

    ctx = dict(
        case=case,
        name=name,
        address=address,
        ior=ior,
        entries=entries,
        culp=culp,
        prior=prior,
        noncommercial=noncommercial,
        violation=violation,
        dv=dv,
        dutiable=dutiable,
        fd=fd,
        fm=fm,
        case_no=case_no,
        rng=rng,
        memo_date=today - DAY * rng.randrange(3, 20),
    )
    blocks = {"memo": _memo, "fixedwidth": _fixed, "summary": _summary}[style](ctx)
    needles = [case_no, name, *address, ior, fd(violation), fm(dv)]
    needles += [
        x
        for e in entries
        for x in (
            e["entry_number"],
            fd(e["entry_date"]),
            fm(e["entered_value"]),
            fm(e["duty_paid"]),
            fm(e["duty_owed"]),
        )
    ]
    if dutiable:
        needles.append(fm(dutiable))
    truth = {
        "kind": "penalty-case",
        "family": producer,
        "case": case,
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return {
        "truth": truth,
        "blocks": blocks,
        "needles": needles,
        "producer": producer,
        "name": f"penalty_{index:03d}_{producer}_{case}",
    }


def _culp_line(c: dict[str, Any]) -> str:
    word = c["rng"].choice(CULP[c["culp"]])
    return f"Culpability: {word}"


def _pd_line(c: dict[str, Any]) -> str:
    if c["prior"]:
        return (
            "Prior disclosure: yes - the party filed a valid prior disclosure under "
            "19 CFR 162.74 before the investigation began and tendered the loss."
        )
    return "Prior disclosure: none."


def _nc_line(c: dict[str, Any]) -> list[Any]:
    if c["noncommercial"]:
        return [
            (
                "text",
                "The importation was noncommercial: personal goods brought in for the "
                "party's own use, not for sale.",
            )
        ]
    return []


def _liq(e: dict[str, Any], marks: tuple[str, str]) -> str:
    return marks[0] if e["liquidated"] else marks[1]


def _memo(c: dict[str, Any]) -> list[Any]:
    fd, fm = c["fd"], c["fm"]
    box = [
        f"Party: {c['name']}",
        "Address: " + ", ".join(c["address"]),
        f"Importer No.: {c['ior']}",
        f"Case No.: {c['case_no']}",
    ]
    rows = [
        [
            e["entry_number"],
            fd(e["entry_date"]),
            _liq(e, ("Liquidated", "Unliquidated")),
            fm(e["entered_value"]),
            fm(e["duty_paid"]),
            fm(e["duty_owed"]),
        ]
        for e in c["entries"]
    ]
    b: list[Any] = [
        ("title", "MEMORANDUM"),
        ("text", "TO: Fines, Penalties and Forfeitures Officer"),
        ("text", "FROM: Regulatory Audit, Field Office"),
        ("text", f"DATE: {fd(c['memo_date'])}"),
        ("text", "SUBJECT: Referral for penalty action under 19 U.S.C. 1592"),
        ("rule",),
        ("box", box),
        ("text", f"Date of violation: {fd(c['violation'])}"),
        ("text", _culp_line(c)),
        ("text", _pd_line(c)),
        *_nc_line(c),
        ("label", "Entries"),
        (
            "table",
            ["Entry No.", "Entry Date", "Status", "Entered Value", "Duty Paid", "Duty Owed"],
            rows,
            True,
        ),
        ("text", f"Domestic value: {fm(c['dv'])}"),
    ]
    if c["dutiable"]:
        b.append(("text", f"Dutiable value: {fm(c['dutiable'])}"))
    b += [
        (
            "text",
            "The importer declared the goods under a lower-rated subheading on each entry "
            "listed. We recommend a pre-penalty notice if the law allows.",
        ),
        ("gap",),
        ("text", "Audit Manager"),
    ]
    return b


def _fixed(c: dict[str, Any]) -> list[Any]:
    fd, fm = c["fd"], c["fm"]
    rows = [
        [
            e["entry_number"],
            fd(e["entry_date"]),
            _liq(e, ("Y", "N")),
            fm(e["entered_value"]),
            fm(e["duty_paid"]),
            fm(e["duty_owed"]),
        ]
        for e in c["entries"]
    ]
    b: list[Any] = [
        ("title", "CASE REPORT - 19 USC 1592"),
        ("text", f"CASE NUMBER ........ {c['case_no']}"),
        ("text", f"VIOLATOR ........... {c['name']}"),
    ]
    b += [("text", f"ADDRESS ............ {line}") for line in c["address"]]
    b += [
        ("text", f"IMPORTER NO ........ {c['ior']}"),
        ("text", f"VIOLATION DATE ..... {fd(c['violation'])}"),
        ("text", "CULPABILITY ........ " + c["rng"].choice(CULP[c["culp"]]).upper()),
        ("text", "PRIOR DISCLOSURE ... " + ("YES" if c["prior"] else "NO")),
        (
            "text",
            "IMPORTATION ........ " + ("NONCOMMERCIAL" if c["noncommercial"] else "COMMERCIAL"),
        ),
        ("gap",),
        (
            "table",
            ["ENTRY #", "ENTRY DT", "LIQ", "VALUE", "DUTY DEPOSITED", "DUTY OWED"],
            rows,
            False,
        ),
        ("text", f"DOMESTIC VALUE ..... {fm(c['dv'])}"),
    ]
    if c["dutiable"]:
        b.append(("text", f"DUTIABLE VALUE ..... {fm(c['dutiable'])}"))
    return [*b, ("text", "END OF REPORT")]


def _summary(c: dict[str, Any]) -> list[Any]:
    fd, fm = c["fd"], c["fm"]
    b: list[Any] = [
        ("title", "Penalty Case Summary Sheet"),
        ("box", [f"Case: {c['case_no']}", f"Prepared: {fd(c['memo_date'])}"]),
        ("label", "SECTION A - PARTY"),
        ("box", [c["name"], *c["address"], f"IOR number {c['ior']}"]),
        ("label", "SECTION B - VIOLATION"),
        (
            "box",
            [f"Violation date: {fd(c['violation'])}", _culp_line(c), _pd_line(c)]
            + (["Noncommercial importation (personal use)."] if c["noncommercial"] else []),
        ),
        ("label", "SECTION C - ENTRIES"),
    ]
    for e in c["entries"]:
        b.append(
            (
                "text",
                f"* Entry {e['entry_number']} of {fd(e['entry_date'])}, "
                f"{_liq(e, ('final (liquidated)', 'open (unliquidated)'))}: entered value "
                f"{fm(e['entered_value'])}; duty deposited {fm(e['duty_paid'])}; duty lawfully "
                f"owed {fm(e['duty_owed'])}.",
            )
        )
    vals = [f"Domestic value: {fm(c['dv'])}"]
    if c["dutiable"]:
        vals.append(f"Dutiable value: {fm(c['dutiable'])}")
    return [*b, ("label", "SECTION D - VALUES"), ("box", vals)]
