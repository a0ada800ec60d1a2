"""Protest cases: the facts, the truth under 19 CFR Part 174, and the blocks that print them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .doc import Block, Case, fmt_date
from .parties import GOODS, PARTIES, PEOPLE, PORTS

CASES = [
    "accept",
    "schedule-range",
    "untimely",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "mixed-timeliness",
    "pre2004-accept",
    "pre2004-untimely",
    "invalid-petition",
    "no-address",
    "no-importer-no",
    "no-entry-date",
    "no-liq-date",
    "no-description",
    "no-objection",
    "earlier-no-date",
    "no-drawback",
    "accel-review",
    "accept-two-entries",
    "accept",
    "untimely",
    "weekend-grace",
    "no-description",
]
CATEGORY_WORDS = {
    "classification": [
        "the classification and rate of duty",
        "the tariff classification",
        "classification under the HTSUS",
    ],
    "appraised_value": ["the appraised value", "the appraisement", "the value as liquidated"],
}
DRAWBACK = [
    "Drawback: none of the entries is subject to drawback.",
    "The protestant declares that the merchandise is not subject to a drawback claim.",
    "Drawback status: NOT subject to drawback (19 CFR 174.13(a)(9)).",
    "We confirm no drawback has been or will be claimed on these entries.",
    "Subject to drawback? [ ] Yes [X] No",
]


def _weekend_liq(rng: random.Random, year: int) -> tuple[dt.date, dt.date]:
    """A liquidation date whose last day falls on a weekend, and the next business day."""
    while True:
        liq = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        last = liq + dt.timedelta(days=180)
        if last.weekday() >= 5 and last + dt.timedelta(days=7) < dt.date(2031, 1, 1):
            return liq, law.next_business_day(last)


def _holiday_liq(rng: random.Random) -> tuple[dt.date, dt.date]:
    """A liquidation date whose last day is an observed federal holiday on a weekday."""
    day = rng.choice(law.holidays_between(dt.date(2024, 3, 1), dt.date(2026, 6, 30)))
    return day - dt.timedelta(days=180), law.next_business_day(day)


def build(index: int, rng: random.Random, producer: str) -> Case:
    """One protest document for `CASES[index % len(CASES)]`."""
    case = CASES[index % len(CASES)]
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    port_code, port_name = PORTS[rng.randrange(len(PORTS))]
    goods = rng.choice(GOODS)
    signer = rng.choice(PEOPLE)
    ior = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    category = rng.choice(["classification", "appraised_value"])
    filer = law.filer_code(rng)
    count = (
        4
        if case == "schedule-range"
        else 2
        if case in ("mixed-timeliness", "accept-two-entries")
        else 1
    )
    serial = rng.randint(100000, 9000000)
    entries: list[dict[str, Any]] = []
    liq = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
    received = liq + dt.timedelta(days=rng.randint(20, 160))
    if case in ("weekend-grace", "holiday-grace"):
        liq, received = (
            _weekend_liq(rng, rng.choice([2024, 2025]))
            if case == "weekend-grace"
            else _holiday_liq(rng)
        )
    elif case.startswith("pre2004"):
        liq = dt.date(2005, 9, 12) + dt.timedelta(days=rng.randint(0, 40))
        received = liq + dt.timedelta(
            days=rng.randint(20, 80) if case == "pre2004-accept" else rng.randint(100, 170)
        )
    elif case == "untimely":
        received = liq + dt.timedelta(days=180 + rng.randint(6, 40))
        while law.next_business_day(liq + dt.timedelta(days=180)) >= received:
            received += dt.timedelta(days=3)
    elif case == "premature":
        received = liq - dt.timedelta(days=rng.randint(4, 25))
    elif case == "no-entry-date":
        # within 90 days, so the unknown entry date cannot make the protest late
        received = liq + dt.timedelta(days=rng.randint(10, 85))
    for n in range(count):
        entry_liq = liq
        if case == "mixed-timeliness" and n == 1:
            entry_liq = liq - dt.timedelta(days=150)
        entry_date = (
            dt.date(2004, 12, 10)
            if case.startswith("pre2004")
            else entry_liq - dt.timedelta(days=rng.randint(280, 330))
        )
        number = (
            law.entry_number(filer, serial + n)
            if case == "schedule-range"
            else law.entry_number(filer, rng.randint(1000000, 9999999))
        )
        entries.append(
            {"entry_number": number, "entry_date": entry_date, "liquidation_date": entry_liq}
        )
    if case == "mixed-timeliness":
        received = liq - dt.timedelta(days=10)  # entry 0 premature... keep it simple below
        received = entries[1]["liquidation_date"] + dt.timedelta(days=200)
        # entry 1 (liquidated 150 days earlier) is 20 days late; entry 0 is timely
        while (
            law.next_business_day(entries[1]["liquidation_date"] + dt.timedelta(days=180))
            >= received
        ):
            received += dt.timedelta(days=2)
    today = received + dt.timedelta(days=rng.randint(5, 60))
    missing: list[str] = []
    not_scored: list[str] = []
    lasts = {
        e["entry_number"]: law.last_day(e["entry_date"], e["liquidation_date"]) for e in entries
    }
    outcome = "accept"
    late = [n for n, day in lasts.items() if received > day]
    early = [e for e in entries if received < e["liquidation_date"]]
    grace = [
        n
        for n, day in lasts.items()
        if received > day
        and not law.is_business_day(day)
        and received <= law.next_business_day(day)
    ]
    if grace or (early and len(early) < len(entries)) or (late and len(late) < len(entries)):
        outcome = "needs_human"
    elif early:
        outcome = "premature"
    elif late:
        outcome = "untimely"
    fields = {
        "address": True,
        "ior": True,
        "entry_date": True,
        "liq": True,
        "goods": True,
        "objection": True,
        "drawback": True,
    }
    gap = {
        "no-address": ("address", "174.13(a)(1)"),
        "no-importer-no": ("ior", "174.13(a)(2)"),
        "no-entry-date": ("entry_date", "174.13(a)(3)"),
        "no-liq-date": ("liq", "174.13(a)(4)"),
        "no-description": ("goods", "174.13(a)(5)"),
        "no-objection": ("objection", "174.13(a)(6)"),
        "no-drawback": ("drawback", "174.13(a)(9)"),
    }
    if case in gap:
        fields[gap[case][0]] = False
        missing.append(gap[case][1])
        outcome = "deficient"
    earlier = None
    if case == "earlier-no-date":
        earlier = f"{port_code}-{str(liq.year)[2:]}-{rng.randint(100000, 199999)}"
        missing.append("174.13(a)(7)")
        outcome = "deficient"
    if case == "no-drawback":
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) declaration, whose "
            "wording is a VERIFY rule"
        )
    if case == "no-liq-date":
        not_scored.append(
            "outcome, deadline and last_days not scored: without a liquidation date the timeliness "
            "cannot be checked, and the contract does not say whether that goes to a person"
        )
    if case == "no-entry-date":
        not_scored.append(
            "deadline and last_days not scored: without the entry date the 90- or 180-day "
            "period is not known"
        )
    accel = case == "accel-review" or (case == "accept" and index % 2 == 1)
    review = case in ("accel-review", "schedule-range", "pre2004-accept") or index % 3 == 0
    invalid = case == "invalid-petition"
    if invalid:
        outcome = "invalid"
        not_scored.append(
            "deadline and last_days not scored: the protested decision is a penalty petition "
            "decision, not a liquidation"
        )
    if case == "no-objection":
        not_scored.append(
            "category not scored: the letter names no decision or ground, only that the entries "
            "are protested"
        )
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port_code,
        "received_date": received.isoformat(),
        "importer_number": ior if fields["ior"] else None,
        "protestant_name": name,
        "protestant_address": ", ".join(address) if fields["address"] else None,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat() if fields["entry_date"] else None,
                "liquidation_date": e["liquidation_date"].isoformat() if fields["liq"] else None,
            }
            for e in entries
        ],
        "category": None if invalid else category,
        "merchandise_description": goods if fields["goods"] else None,
        "accelerated_disposition": accel,
        "further_review_requested": review,
        "signer_name": signer,
    }
    if case == "no-objection":
        del values["category"]
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    if not invalid and case not in ("no-liq-date", "no-entry-date"):
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {n: d.isoformat() for n, d in lasts.items()}
    if case in ("no-drawback", "no-liq-date"):
        del decision["outcome"]
    styles = (
        ["grid", "cover-schedule", "twocol"]
        if producer == "typst"
        else ["screen", "form", "findings"]
    )
    style = "cover-schedule" if case == "schedule-range" else styles[index % 3]
    dstyle = {
        "grid": "oracle",
        "cover-schedule": "dots",
        "twocol": "long",
        "screen": "oracle",
        "form": "us",
        "findings": "euro",
    }[style]
    out = Case(
        "protest",
        case,
        style,
        ["--received", received.isoformat(), "--today", today.isoformat()],
        values,
        decision,
        not_scored,
    )
    _write(
        out,
        rng,
        name=name,
        address=address,
        port=(port_code, port_name),
        goods=goods,
        signer=signer,
        ior=ior,
        category=category,
        entries=entries,
        fields=fields,
        earlier=earlier,
        accel=accel,
        review=review,
        invalid=invalid,
        dstyle=dstyle,
        received=received,
    )
    return out


def _write(out: Case, rng: random.Random, **f: Any) -> None:
    """Print the protest in the case's style; record every scored value as printed."""
    d = f["dstyle"]
    fields = f["fields"]
    dated = f["received"] - dt.timedelta(days=rng.randint(1, 4))
    name, address, signer = f["name"], f["address"], f["signer"]
    port_code, port_name = f["port"]
    cat_words = rng.choice(CATEGORY_WORDS[f["category"]])
    if f["invalid"]:
        objection = (
            "The protestant objects to the decision of the Fines, Penalties and Forfeitures "
            "Officer denying its petition for relief from the penalty assessed on the entry below."
        )
    elif fields["objection"]:
        objection = rng.choice(
            [
                (
                    f"Grounds: CBP erred in {cat_words}; the goods are properly described "
                    "elsewhere "
                    f"and the liquidated duty must be refunded."
                ),
                (
                    f"The protestant contests {cat_words} adopted at liquidation. The decision "
                    f"is wrong because the goods are finished articles of a different heading, "
                    f"as the enclosed specification shows."
                ),
                (
                    f"Basis of objection - {cat_words}: the liquidation disregarded the invoice "
                    "facts and the Explanatory Notes; the entry should be reliquidated as entered."
                ),
            ]
        )
    else:
        objection = "The importer hereby protests the entries listed."
    table_rows = []
    for e in f["entries"]:
        table_rows.append(
            (
                e["entry_number"],
                fmt_date(e["entry_date"], d) if fields["entry_date"] else "",
                fmt_date(e["liquidation_date"], d) if fields["liq"] else "",
            )
        )
        out.printed.append(e["entry_number"])
        if fields["entry_date"]:
            out.printed.append(fmt_date(e["entry_date"], d))
        if fields["liq"]:
            out.printed.append(fmt_date(e["liquidation_date"], d))
    out.printed += [name, signer, port_code]
    if fields["address"]:
        out.printed += list(address)
    if fields["ior"]:
        out.printed.append(f["ior"])
    if fields["goods"]:
        out.printed.append(f["goods"])
    drawback = [Block("para", rng.choice(DRAWBACK))] if fields["drawback"] else []
    review = (
        (
            "Further review is requested under 19 CFR 174.24; the decision is contrary to rulings "
            "of CBP on substantially similar merchandise."
        )
        if f["review"]
        else "No application for further review is made."
    )
    accel = (
        (
            "Accelerated disposition is requested under 19 U.S.C. 1504... 19 CFR 174.22; this "
            "protest is sent by certified mail."
        ).replace("1504... ", "1515(b), ")
        if f["accel"]
        else ""
    )
    earlier = (
        [
            Block(
                "para",
                (
                    f"The same disposition is requested as in Protest No. {f['earlier']}, for "
                    f"which further review is pending."
                ),
            )
        ]
        if f["earlier"]
        else []
    )
    ent_header = ("Entry No.", "Entry Dt.", "Liq. Dt.")
    style = out.style
    addr_text = ", ".join(address) if fields["address"] else ""
    if style in ("grid", "screen", "form"):
        boxes = [("Port", f"{port_code} {port_name}"), ("Protestant", name)]
        if fields["address"]:
            boxes.append(("Addr.", addr_text))
        if fields["ior"]:
            boxes.append(("Imp. of Rec. No.", f["ior"]))
        boxes.append(("Prot. No.", ""))
        boxes.append(("Rec'd", "(CBP use)"))
        if fields["goods"]:
            boxes.append(("Mdse. Desc.", f["goods"]))
        title = {
            "grid": "PROTEST - 19 U.S.C. 1514 / 19 CFR PART 174 - FILING SUMMARY",
            "screen": "ACE-BROKER WS  >  PROTEST ENTRY SCREEN 19P  (printed)",
            "form": "PROTEST (CBP FORM 19 CONTENT) - PREPARED BY BROKER",
        }[style]
        out.header = f"Prepared {fmt_date(dated, d)} for {name}"
        out.blocks += [
            Block("head", title),
            Block("boxes", pairs=tuple(boxes)),
            Block("table", header=ent_header, rows=tuple(table_rows)),
            Block("head", "Objection / justification"),
            Block("para", objection),
            *earlier,
            *drawback,
            Block("para", review),
        ]
        if accel:
            out.blocks.append(Block("para", accel))
        out.blocks.append(
            Block("lines", text=f"Signature: /s/ {signer}\nName: {signer}\nFor: {name}")
        )
        return
    if style == "cover-schedule":
        nums = [e["entry_number"] for e in f["entries"]]
        span = (
            f"entries {nums[0]} through -{nums[-1].split('-', 1)[1]}"
            if len(nums) > 1
            else f"entry {nums[0]}"
        )
        out.header = name
        out.blocks += [
            Block("para", name),
            *([Block("para", line) for line in address] if fields["address"] else []),
            Block("para", fmt_date(dated, d)),
            Block(
                "para",
                f"U.S. Customs and Border Protection, Port of {port_name} (port code {port_code})",
            ),
            Block("head", "Protest under 19 U.S.C. 1514"),
            Block(
                "para",
                (
                    f"{name} protests the liquidation of {span}, "
                    "as detailed in the attached Schedule A. "
                )
                + (f"Our importer number is {f['ior']}. " if fields["ior"] else "")
                + (f"The merchandise is described as: {f['goods']}" if fields["goods"] else ""),
            ),
            Block("para", objection),
            *earlier,
            *drawback,
            Block("para", review),
        ]
        if accel:
            out.blocks.append(Block("para", accel))
        out.blocks += [
            Block("lines", text=f"Very truly yours,\n\n{signer}\nDirector, Trade Compliance"),
            Block("break"),
            Block("head", "Schedule A - Entries protested"),
            Block(
                "table",
                header=("Entry number", "Date of entry", "Date of liquidation"),
                rows=tuple(table_rows),
            ),
        ]
        return
    # twocol: counsel's letter whose body runs in two columns; findings: numbered paragraphs
    # by the importer itself, whose name and address appear only under the signature
    signed_only = style == "findings"
    out.footer = "Protest - page" if signed_only else f"{name} - protest - page"
    ior_text = f" (importer no. {f['ior']})" if fields["ior"] else ""
    if signed_only:
        intro = (
            f"The importer named under the signature below{ior_text} protests with the Port "
            f"of {port_name} ({port_code}) the decisions described in this letter."
        )
    else:
        intro = (
            f"On behalf of our client, {name}"
            + (f", {addr_text}" if fields["address"] else "")
            + ior_text
            + f", we file this protest with the Port of {port_name} ({port_code})."
        )
    items = [intro]
    if fields["goods"]:
        items.append(f"Merchandise: {f['goods']}")
    items += [objection, *[b.text for b in earlier], *[b.text for b in drawback], review]
    if accel:
        items.append(accel)
    out.blocks.append(Block("para", fmt_date(dated, d)))
    out.blocks.append(Block("head", "RE: PROTEST OF LIQUIDATION"))
    if signed_only:
        out.blocks += [Block("para", f"{n}. {text}") for n, text in enumerate(items, start=1)]
        where = "\n".join(address) if fields["address"] else ""
        closing = f"Yours faithfully,\n\n/s/ {signer}\nfor {name}\n{where}".rstrip()
    else:
        out.blocks.append(Block("columns", rows=tuple((t,) for t in items)))
        closing = f"Respectfully,\n\n/s/ {signer}\nCounsel to the protestant"
    out.blocks += [
        Block("table", header=ent_header, rows=tuple(table_rows)),
        Block("lines", text=closing),
    ]
