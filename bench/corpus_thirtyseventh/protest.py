"""Protests: the cases, their truths under 19 CFR Part 174, and three senders' ways of
writing them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyseventh import fmt, law, pools
from bench.corpus_thirtyseventh import layout as L

#: (case, entries, timing, special) -- cycled by index; the default 22 protests give each case once
CASES: list[tuple[str, int, str, str]] = [
    ("timely", 1, "timely", ""),
    ("untimely", 1, "untimely", ""),
    ("premature", 1, "premature", ""),
    ("petition-decision", 1, "timely", "petition"),
    ("grace-weekend", 1, "grace_weekend", ""),
    ("no-importer-number", 1, "timely", "no_ior"),
    ("two-ports", 2, "timely", "two_ports"),
    ("mixed-late", 2, "mixed", ""),
    ("no-description", 1, "timely", "no_desc"),
    ("grace-holiday", 1, "grace_holiday", ""),
    ("second-protest", 1, "timely", "second"),
    ("no-address", 1, "timely", "no_addr"),
    ("old-entry-90", 1, "old90", ""),
    ("no-justification", 1, "timely", "no_just"),
    ("saturday-ontime", 1, "sat_ontime", ""),
    ("earlier-no-date", 1, "timely", "earlier_nodate"),
    ("no-drawback", 1, "timely", "no_drawback"),
    ("cbp-assigned-ior", 1, "timely", "cbp_ior"),
    ("no-entry-date", 1, "timely", "no_edate"),
    ("no-liquidation-date", 1, "timely", "no_liq"),
    ("three-entries", 3, "timely", "fee"),
    ("surety-no-certification", 1, "timely", "surety"),
    ("old-entry-180", 1, "old180", ""),
    ("untimely-two", 2, "untimely", ""),
]
STYLES = ("pleading", "lineform", "email")

CATEGORIES = {
    "classification": "the classification of the merchandise and the rate of duty assessed on it",
    "appraised_value": "the appraised value of the merchandise as determined at liquidation",
    "charges": "the merchandise processing fee charged at liquidation in excess of the statutory "
    "maximum",
    "liquidation": "the liquidation of the entries after the suspension of liquidation was lifted",
}
GROUNDS = {
    "classification": "The goods are properly classified under the subheading claimed at entry. "
    "The port's "
    "reclassification disregards the essential character of the article and the relevant "
    "Explanatory Notes.",
    "appraised_value": "The transaction value declared at entry is the price actually paid or "
    "payable. The "
    "port added a buying commission that is not part of transaction value under 19 U.S.C. "
    "1401a(b).",
    "charges": "The fee exceeds the cap in 19 CFR 24.23(b)(1)(i); the excess must be refunded "
    "with interest.",
    "liquidation": "The entries were liquidated at a rate other than the one instructed; the "
    "deposit rate "
    "should have been applied and the excess duty refunded.",
}


def _pick_liq(rng: random.Random, timing: str) -> dt.date:
    start = dt.date(2024, 9, 2) + dt.timedelta(days=rng.randrange(300))
    if timing == "grace_weekend":
        while not (
            law.protest_last_day(dt.date(2023, 1, 1), start).weekday() in (5, 6)
            and law.business_day(start + dt.timedelta(days=182))
            and law.business_day(start + dt.timedelta(days=181))
        ):
            start += dt.timedelta(days=1)
    if timing == "sat_ontime":
        while law.protest_last_day(dt.date(2023, 1, 1), start).weekday() != 5:
            start += dt.timedelta(days=1)
    if timing == "grace_holiday":
        weekday_holidays = [
            d
            for d in sorted(law._holidays(2025) | law._holidays(2026))
            if d.weekday() < 5 and d > dt.date(2025, 3, 1)
        ]
        start = rng.choice(weekday_holidays[:12]) - dt.timedelta(days=180)
    return start


def plan(index: int, seed: int) -> dict[str, Any]:
    """Everything about one protest: truth, blocks to lay out, and the printed strings to check."""
    rng = random.Random(f"protest:{seed}:{index}")
    case, n_entries, timing, special = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    producer = ("svglib", "pdfrw")[index % 2]
    name, addr = rng.choice(pools.COMPANIES)
    principal = name
    if special == "surety":
        name, addr = rng.choice(pools.SURETIES)
    port, port_name = rng.choice(pools.PORTS)
    goods, hts = rng.choice(pools.GOODS)
    filer = rng.choice(pools.FILERS)
    category = rng.choice(["classification", "appraised_value"])
    if special == "fee":
        category = "charges"
    if special == "second":
        category = "classification"
    if timing in ("old90", "old180") or special == "surety":
        category = "liquidation"
    ior = pools.ein(rng, suffix=rng.random() < 0.3)
    if special == "cbp_ior":
        ior = f"{rng.randrange(10**6):06d}-{rng.randrange(10**5):05d}"

    liq = _pick_liq(rng, timing)
    entries: list[dict[str, Any]] = []
    for k in range(n_entries):
        e_liq = liq if timing != "mixed" else liq + dt.timedelta(days=k * 40)
        e_date = e_liq - dt.timedelta(days=rng.randrange(300, 340))
        if timing == "old90":
            e_date = dt.date(2004, 12, 17)
        if timing == "old180":
            e_date = dt.date(2004, 12, 20)
        e_port = port
        if special == "two_ports" and k == 1:
            e_port = next(p for p, _ in pools.PORTS if p != port)
        entries.append(
            {
                "entry_number": pools.entry(rng, filer),
                "entry_date": e_date,
                "liquidation_date": e_liq,
                "port": e_port,
            }
        )
    last_days = [law.protest_last_day(e["entry_date"], e["liquidation_date"]) for e in entries]
    first_last = min(last_days)
    if timing in ("timely", ""):
        received = liq + dt.timedelta(days=rng.randrange(40 if special == "surety" else 20, 170))
    elif timing == "untimely":
        received = law.next_business_day(max(last_days)) + dt.timedelta(days=rng.randrange(3, 40))
    elif timing == "premature":
        received = liq - dt.timedelta(days=rng.randrange(3, 25))
    elif timing in ("grace_weekend", "grace_holiday"):
        received = law.next_business_day(first_last)
    elif timing == "sat_ontime":
        received = first_last
    elif timing == "mixed":
        received = law.next_business_day(last_days[0]) + dt.timedelta(days=5)
        assert received <= last_days[1]
    elif timing in ("old90", "old180"):
        received = liq + dt.timedelta(days=120)
    else:
        raise AssertionError(timing)
    today = received + dt.timedelta(days=rng.randrange(6, 45))

    missing: list[str] = []
    not_scored: list[str] = []
    show_addr = special != "no_addr"
    show_ior = special != "no_ior"
    show_desc = special != "no_desc"
    show_liq = special != "no_liq"
    show_just = special != "no_just"
    show_drawback = special != "no_drawback"
    show_edate = special != "no_edate"
    if not show_addr:
        missing.append("174.13(a)(1)")
    if not show_ior:
        missing.append("174.13(a)(2)")
    if not show_edate:
        missing.append("174.13(a)(3)")
    if not show_liq:
        missing.append("174.13(a)(4)")
    if not show_desc:
        missing.append("174.13(a)(5)")
    if not show_just:
        missing.append("174.13(a)(6)")
    earlier: tuple[str, dt.date | None] | None = None
    if special == "earlier_nodate":
        earlier = (f"{port}-{(liq.year - 2000):02d}-{rng.randrange(100000, 999999)}", None)
        missing.append("174.13(a)(7)")
    if special == "second":
        earlier = (
            f"{port}-{(liq.year - 2000):02d}-{rng.randrange(100000, 999999)}",
            liq + dt.timedelta(days=15),
        )
    if special == "surety":
        missing.append("174.13(a)(8)")
    if not show_drawback:
        missing.append("174.13(a)(9)")

    timings = [
        law.entry_timing(received, e["liquidation_date"], d)
        for e, d in zip(entries, last_days, strict=True)
    ]
    verify = special in ("no_drawback", "cbp_ior")
    invalid = special in ("petition", "second")
    outcome = law.protest_outcome(timings, invalid=invalid, missing=missing, verify=verify)
    expected = {
        "timely": None,
        "untimely": "untimely",
        "premature": "premature",
        "grace_weekend": "needs_human",
        "grace_holiday": "needs_human",
        "mixed": "needs_human",
        "old90": "untimely",
        "old180": None,
        "sat_ontime": "accept",
    }
    assert expected.get(timing) in (None, outcome), (case, outcome)

    stamped = style != "email" and rng.random() < 0.5 and special not in ("no_liq",)
    protest_number = None
    args_received = received
    if stamped:
        protest_number = f"{port}-{received.year % 100:02d}-{rng.randrange(100000, 999999)}"
        args_received = received + dt.timedelta(days=rng.randrange(1, 4))
    accelerated = rng.random() < 0.25 and style != "email"
    further = rng.random() < 0.5 and special not in ("petition",)
    signer = rng.choice(pools.PEOPLE)
    firm = rng.choice(pools.FIRMS) if style == "pleading" else None
    date_style = rng.choice(fmt.DATE_STYLES)
    compact = rng.random() < 0.25

    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days).isoformat(),
        "last_days": {
            e["entry_number"]: d.isoformat() for e, d in zip(entries, last_days, strict=True)
        },
        "missing": missing,
    }
    values: dict[str, Any] = {
        "protest_number": protest_number,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": ior if show_ior else None,
        "protestant_name": name,
        "protestant_address": ", ".join(addr) if show_addr else None,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat() if show_edate else None,
                "liquidation_date": e["liquidation_date"].isoformat() if show_liq else None,
            }
            for e in entries
        ],
        "category": category,
        "merchandise_description": goods if show_desc else None,
        "accelerated_disposition": accelerated,
        "further_review_requested": further,
        "signer_name": signer,
    }
    if special == "petition":
        del values["category"]
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "category, deadline, last_days not scored: the decision protested is a "
            "penalty-petition "
            "decision (19 CFR 171.22), which is not one of the contract's categories and has no "
            "protest clock"
        )
    if special == "no_liq":
        del decision["deadline"], decision["last_days"], decision["outcome"]
        not_scored.append(
            "outcome, deadline, last_days not scored: no liquidation date is given, so the "
            "timeliness the outcome turns on cannot be settled from the document"
        )
    if special == "no_edate":
        del decision["deadline"], decision["last_days"], decision["outcome"]
        not_scored.append(
            "outcome, deadline, last_days not scored: no entry date is given, so whether the "
            "90-day period for entries made before 2004-12-18 applies cannot be settled"
        )
    if special == "surety":
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline, last_days not scored: a surety's clock runs from the mailing of the bond "
            "demand (P-TIME-4), which the contract's liquidation-based last day does not cover; "
            "receipt is within 180 days of both dates, so the outcome is scored"
        )
    if special == "no_drawback":
        not_scored.append(
            "outcome is needs_human by this corpus's rule for VERIFY lines: the drawback "
            "declaration (174.13(a)(9)) is a VERIFY item in customs-rules.md"
        )

    facts: dict[str, Any] = {
        "name": name,
        "addr": addr if show_addr else None,
        "ior": ior if show_ior else None,
        "port": port,
        "port_name": port_name,
        "goods": goods if show_desc else None,
        "hts": hts,
        "entries": entries,
        "show_liq": show_liq,
        "show_edate": show_edate,
        "principal": principal,
        "demand": liq + dt.timedelta(days=20),
        "premature": timing == "premature",
        "category": category,
        "special": special,
        "just": show_just,
        "drawback": show_drawback,
        "earlier": earlier,
        "accelerated": accelerated,
        "further": further,
        "signer": signer,
        "firm": firm,
        "received": received,
        "stamped": stamped,
        "protest_number": protest_number,
        "ds": date_style,
        "compact": compact,
        "letter_date": received - dt.timedelta(days=rng.randrange(1, 6)),
        "title": rng.choice(
            ["Director, Trade Compliance", "Vice President, Logistics", "Import Manager"]
        ),
        "phone": f"({rng.randrange(201, 989)}) 555-{rng.randrange(1000, 9999)}",
        "rng_font": rng.choice(["Helvetica", "Times", "Courier"]),
    }
    blocks, family = STYLE_FUNCS[style](facts, rng)
    d = facts["ds"]
    printed = [name, port, signer]
    printed += [fmt.entry(e["entry_number"], compact) for e in entries]
    if show_edate:
        printed += [fmt.date(e["entry_date"], d) for e in entries]
    if show_liq:
        printed += [fmt.date(e["liquidation_date"], d) for e in entries]
    if show_addr:
        printed += addr
    if show_ior:
        printed.append(ior)
    if show_desc:
        printed.append(goods)
    if stamped:
        printed += [fmt.stamp_date(received), str(protest_number)]
    args = ["--today", today.isoformat()]
    args = ["--received", args_received.isoformat(), *args]
    return {
        "kind": "protest",
        "case": case,
        "style": style,
        "family": producer,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "font": family,
        "blocks": blocks,
        "printed": printed,
    }


def _cat_text(f: dict[str, Any]) -> str:
    if f["special"] == "petition":
        return (
            "the decision of the Fines, Penalties and Forfeitures Officer on our petition for "
            "relief "
            "in the penalty case concerning the entry below, which denied mitigation"
        )
    if f["special"] == "surety":
        return (
            f"the liquidation of the entry of our principal, {f['principal']}, on which a demand "
            f"on our continuous bond was mailed {fmt.date(f['demand'], f['ds'])}; we protest as "
            "surety, and no protest has been filed by the importer"
        )
    return CATEGORIES[f["category"]]


def _drawback(rng: random.Random) -> str:
    return rng.choice(
        [
            "The merchandise covered by the entries is not subject to drawback.",
            "Drawback declaration: no drawback has been or will be claimed on these entries.",
            "We declare that the entry is not subject to a drawback claim.",
            "None of the merchandise is the subject of a drawback claim.",
        ]
    )


def _entry_phrase(f: dict[str, Any], e: dict[str, Any]) -> str:
    d = f["ds"]
    number = fmt.entry(e["entry_number"], f["compact"])
    s = f"Entry No. {number}"
    if f["show_edate"]:
        s += f", entered {fmt.date(e['entry_date'], d)}"
    if f["show_liq"] and f["premature"]:
        s += f", liquidation date {fmt.date(e['liquidation_date'], d)} per the bulletin notice"
    elif f["show_liq"]:
        s += f" and liquidated {fmt.date(e['liquidation_date'], d)}"
    return s + (f" (port {e['port']})" if f["special"] == "two_ports" else "")


def pleading(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """A trade-law firm's protest as a pleading: caption, numbered paragraphs, authorities."""
    firm, firm_addr = f["firm"]
    d = f["ds"]
    b: list[L.Block] = [
        L.title(firm.upper(), 12, "center"),
        L.title(" | ".join(firm_addr), 8.5, "center", False),
        L.rule(1.2),
        L.gap(4),
    ]
    if f["stamped"]:
        b.append(
            L.stamp(
                [
                    "RECEIVED",
                    fmt.stamp_date(f["received"]),
                    f"CBP - PORT {f['port']}",
                    f"PROTEST NO. {f['protest_number']}",
                ]
            )
        )
    b += [
        L.title("BEFORE U.S. CUSTOMS AND BORDER PROTECTION", 11, "center"),
        L.title(f"PORT OF {f['port_name'].upper()} (PORT CODE {f['port']})", 10, "center", False),
        L.gap(6),
        L.para(f"In the Matter of the Protest of {f['name']}, Protestant.", 10.5, bold=True),
        L.para(
            ("PROTEST AND APPLICATION FOR FURTHER REVIEW" if f["further"] else "PROTEST")
            + " UNDER 19 U.S.C. 1514",
            10.5,
            bold=True,
        ),
        L.gap(4),
    ]
    paras: list[str] = []
    who = f"Protestant {f['name']}"
    if f["addr"]:
        who += f", whose address is {', '.join(f['addr'])}"
    if f["ior"]:
        who += f", importer number {f['ior']}"
    paras.append(who + ", files this protest through its undersigned counsel.")
    ents = "; ".join(_entry_phrase(f, e) for e in f["entries"])
    paras.append(
        "This protest covers "
        f"{'the following entry' if len(f['entries']) == 1 else 'the following entries'}"
        f": {ents}."
    )
    if f["goods"]:
        paras.append(f"Description of merchandise: {f['goods']}")
    paras.append(f"Protestant protests {_cat_text(f)}.")
    if f["just"]:
        paras.append("Grounds. " + GROUNDS[f["category"]])
    if f["earlier"]:
        number, when = f["earlier"]
        if f["special"] == "second":
            paras.append(
                f"Protestant earlier filed Protest No. {number}, received {fmt.date(when, d)}, on "
                "the same "
                "entry and the same merchandise, contesting the appraisement; that protest "
                "remains pending. "
                "This protest now contests the classification of those goods."
            )
        else:
            paras.append(
                f"Protestant asks for the same disposition as in its Protest No. {number}, for "
                "which "
                "further review is pending."
            )
    if f["drawback"]:
        paras.append(_drawback(rng))
    paras.append(
        "Accelerated disposition under 19 CFR 174.22 is requested; this protest is sent by "
        "certified mail."
        if f["accelerated"]
        else "Protestant does not request accelerated disposition."
    )
    if f["further"]:
        paras.append(
            "Protestant applies for further review under 19 CFR 174.24(b): the decision raises a "
            "question "
            "of law not previously ruled on. No other application or court action is pending on "
            "this claim."
        )
    for i, text in enumerate(paras, 1):
        b.append(L.para(text, 10, hang=f"{i}."))
    b += [
        L.gap(6),
        L.para(
            "WHEREFORE, Protestant asks that the protest be allowed and the entries reliquidated."
        ),
    ]
    b += [
        L.gap(4),
        L.para(f"Dated: {fmt.date(f['letter_date'], d)}"),
        L.para("Respectfully submitted,"),
        L.para(f"/s/ {f['signer']}"),
        L.para(f"{f['signer']}, {firm}, Counsel for Protestant", 9.5),
    ]
    b += [
        L.gap(8),
        L.band("TABLE OF AUTHORITIES", 9),
        L.table(
            ["Authority", "Cited at"],
            [
                ["19 U.S.C. 1514(a), (c)", "Para. 1-3"],
                ["19 CFR 174.12, 174.13", "Para. 2"],
                ["19 CFR 174.24", "Para. " + str(len(paras))],
            ],
            [3, 1],
            ruled=False,
            size=8.5,
        ),
    ]
    return b, rng.choice(["Times", "Helvetica"])


def lineform(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """A carrier's customs desk form: caps labels, boxes marked X, a ruled entry grid."""
    d = f["ds"]
    marks_on, marks_off = ("[X]", "[ ]") if rng.random() < 0.5 else ("(X)", "( )")

    def box(on: bool) -> str:
        return marks_on if on else marks_off

    b: list[L.Block] = [
        L.title("TRANSOCEANIC CARRIERS - CUSTOMS CLAIMS DESK", 9, "left", False),
        L.title("PROTEST TRANSMITTAL - 19 CFR PART 174", 14),
        L.rule(1.5),
    ]
    if f["stamped"]:
        b.append(
            L.stamp(
                ["CBP RECEIVED", fmt.stamp_date(f["received"]), f"PROTEST {f['protest_number']}"]
            )
        )
    b.append(L.band("A. PROTESTING PARTY", 9))
    pairs = [("NAME", f["name"].upper())]
    pairs.append(("ADDRESS", ", ".join(f["addr"]).upper() if f["addr"] else "-"))
    pairs.append(("IMPORTER NO. (IOR)", f["ior"] or ""))
    pairs.append(("PORT CODE", f"{f['port']} ({f['port_name'].upper()})"))
    b.append(L.kv(pairs, 1, 140, 9.5))
    b.append(L.band("B. ENTRIES", 9))
    header = ["PORT", "ENTRY NUMBER", "DATE OF ENTRY", "DATE OF LIQUIDATION"]
    rows = [
        [
            e["port"],
            fmt.entry(e["entry_number"], f["compact"]),
            fmt.date(e["entry_date"], d) if f["show_edate"] else "",
            fmt.date(e["liquidation_date"], d) if f["show_liq"] else "",
        ]
        for e in f["entries"]
    ]
    b.append(L.table(header, rows, [1, 2.2, 2, 2.2], ruled=True))
    b.append(L.band("C. DECISION PROTESTED (MARK ONE)", 9))
    marks = [
        ("appraised_value", "APPRAISED VALUE"),
        ("classification", "CLASSIFICATION / RATE OF DUTY"),
        ("charges", "CHARGES OR EXACTIONS"),
        ("liquidation", "LIQUIDATION / RELIQUIDATION"),
    ]
    for key, label in marks:
        on = key == f["category"] and f["special"] != "petition"
        b.append(L.para(f"{box(on)} {label}", 9.5, indent=8))
    if f["special"] == "petition":
        b.append(L.para(f"{box(True)} OTHER: {_cat_text(f).upper()}", 9.5, indent=8))
    if f["special"] == "surety":
        b.append(L.para("REMARKS: SURETY PROTEST - " + _cat_text(f).upper(), 8.5))
    if f["goods"]:
        b.append(L.kv([("MERCHANDISE:", f["goods"])], 1, 95, 9.5))
    if f["just"]:
        b.append(L.kv([("CLAIM AND REASONS:", GROUNDS[f["category"]])], 1, 115, 9))
    if f["earlier"]:
        number, when = f["earlier"]
        b.append(
            L.kv(
                [
                    ("EARLIER PROTEST NO.:", number),
                    ("DATE RECEIVED:", fmt.date(when, d) if when else ""),
                ],
                1,
                125,
                9,
            )
        )
        if f["special"] == "second":
            b.append(
                L.para(
                    "REMARKS: SAME ENTRY AND SAME GOODS AS THE EARLIER PROTEST, WHICH CONTESTED "
                    "VALUE; THIS ONE CONTESTS CLASSIFICATION.",
                    8.5,
                )
            )
    b.append(L.band("D. DECLARATIONS", 9))
    if f["drawback"]:
        b.append(L.para(f"{box(True)} MERCHANDISE NOT SUBJECT TO DRAWBACK", 9.5, indent=8))
    b.append(
        L.para(
            f"{box(f['accelerated'])} ACCELERATED DISPOSITION REQUESTED (SENT CERTIFIED MAIL)",
            9.5,
            indent=8,
        )
    )
    b.append(L.para(f"{box(f['further'])} FURTHER REVIEW REQUESTED (174.24)", 9.5, indent=8))
    b += [
        L.gap(10),
        L.kv(
            [
                ("SIGNATURE:", "____________________"),
                ("PRINT NAME:", f["signer"].upper()),
                ("DATE:", fmt.date(f["letter_date"], d)),
            ],
            1,
            100,
            9.5,
        ),
    ]
    return b, rng.choice(["Helvetica", "Courier"])


def email(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """An importer's compliance manager's e-mail, printed: header lines, bullets, phone."""
    d = f["ds"]
    b: list[L.Block] = [
        L.kv(
            [
                ("From:", f"{f['signer']} <{f['signer'].split()[0].lower()}@example.com>"),
                ("Sent:", fmt.date(f["letter_date"], d)),
                ("To:", f"Protests, Port of {f['port_name']}"),
                ("Subject:", f"Protest - {f['name']} - port {f['port']}"),
            ],
            1,
            60,
            9.5,
        ),
        L.rule(0.8),
        L.gap(4),
        L.para(f"Dear Port of {f['port_name']} protest team,"),
        L.para(
            f"Please accept this as our formal protest of {_cat_text(f)} on the entries listed "
            "here."
        ),
    ]
    for e in f["entries"]:
        b.append(L.para(_entry_phrase(f, e), 10, indent=14, hang="-"))
    if f["goods"]:
        b.append(L.para(f"Merchandise: {f['goods']}"))
    if f["just"]:
        b.append(L.para("Why we disagree: " + GROUNDS[f["category"]]))
    if f["earlier"]:
        number, when = f["earlier"]
        if f["special"] == "second":
            b.append(
                L.para(
                    "Note we already protested this same entry and these same goods (Protest "
                    f"{number}, "
                    f"received {fmt.date(when, d)}) on value; this one is about classification."
                )
            )
        else:
            b.append(
                L.para(
                    f"We want the same result as our protest {number} which is in further review."
                )
            )
    if f["drawback"]:
        b.append(L.para(_drawback(rng)))
    b.append(
        L.para(
            "We would like further review of this protest if it is denied."
            if f["further"]
            else "We are not asking for further review at this time."
        )
    )
    ior_line = f"Our importer of record number is {f['ior']}." if f["ior"] else ""
    b.append(L.para(ior_line + " Reply to the address below."))
    b += [
        L.gap(6),
        L.para("Kind regards,"),
        L.para(f["signer"]),
        L.para(f["title"]),
        L.para(f["name"]),
    ]
    if f["addr"]:
        b += [L.para(line, 9.5) for line in f["addr"]]
    b.append(L.para(f"Tel. {f['phone']}", 9))
    return b, rng.choice(["Helvetica", "Times"])


STYLE_FUNCS = {"pleading": pleading, "lineform": lineform, "email": email}
