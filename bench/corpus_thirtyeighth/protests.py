"""Protest cases (19 CFR Part 174) and the three senders who write them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyeighth import common as c
from bench.corpus_thirtyeighth import law

D = dt.date
DAY = dt.timedelta(days=1)

# The first 22 (the default count) cover every outcome and every 174.13(a) element.
CASES = [
    "timely",
    "stamp",
    "accel-afr",
    "timely-multi",
    "untimely",
    "pre2004-late",
    "grace-sat",
    "grace-holiday",
    "mixed-late",
    "premature",
    "mixed-early",
    "invalid-petition",
    "invalid-adcvd",
    "no-ior",
    "no-address",
    "no-desc",
    "no-grounds",
    "sec3-no-date",
    "surety-nocert",
    "no-liqdate",
    "no-entrydate",
    "no-drawback",
    "untimely-wknd",
    "pre2004-ok",
    "lastday-sat",
    "cbp-ior",
]
STYLES = ["rider", "bizletter", "email"]
SURETIES = ["Atlantic Bonding Company", "Great Plains Surety Corp.", "Keystone Indemnity Co."]

CATEGORY_WORDS = {
    "classification": [
        "the classification and rate of duty",
        "the tariff classification",
        "classification under the HTSUS",
    ],
    "appraised_value": ["the appraised value", "the appraisement", "the value determined for duty"],
    "charges": ["the merchandise processing fee charged", "the charges assessed"],
    "liquidation": ["the liquidation", "the liquidation of the entries"],
}
GOODS = [
    (
        "Stainless steel insulated beverage bottles, 750 ml, with screw caps, model TX-750",
        "9617.00.1000",
        "7323.93.0080",
    ),
    ("Men's woven cotton twill trousers, not knitted, style 4471", "6203.42.4011", "6203.42.4051"),
    (
        "Cordless rechargeable hair clippers with lithium-ion battery, model HC-20",
        "8510.20.9000",
        "8510.90.4000",
    ),
    ("Glazed ceramic dinnerware sets of 16 pieces, stoneware body", "6912.00.4810", "6912.00.3950"),
    ("Polyester fleece pet beds with foam fill, 30 x 24 inches", "6307.90.9891", "9404.90.2000"),
    (
        "LED under-cabinet light bars, 12 V, aluminum housing, 24 inch",
        "9405.42.8440",
        "9405.11.8010",
    ),
    ("Children's plastic building block sets, 420 pieces", "9503.00.0013", "9503.00.0073"),
    ("Carbon steel adjustable wrenches, 10 inch, chrome plated", "8204.12.0000", "8204.11.0030"),
    ("Bamboo cutting boards with juice groove, 18 x 12 inches", "4419.11.0000", "4421.99.9880"),
    ("Wireless optical computer mice, 2.4 GHz, battery operated", "8471.60.9050", "8471.60.2000"),
]
ARGUMENTS = {
    "classification": (
        "CBP liquidated the entries under subheading {wrong}, HTSUS. The merchandise is properly "
        "classified under subheading {right}, HTSUS, by application of GRI 1 and GRI 6, because "
        "the "
        "heading describes the articles by name and the Explanatory Notes confirm that articles of "
        "this construction are covered. The difference in duty should be refunded with interest."
    ),
    "appraised_value": (
        "CBP appraised the merchandise at a value that added assists and a buying commission to "
        "the "
        "price actually paid. The commission was paid to a bona fide buying agent and is not part "
        "of transaction value under 19 U.S.C. 1401a(b); no assists were supplied. The entries "
        "should "
        "be reliquidated at the invoice value."
    ),
    "charges": (
        "The merchandise processing fee was assessed above the maximum of 19 CFR 24.23(b)(1) on "
        "each "
        "formal entry. The excess fee should be refunded."
    ),
    "liquidation": (
        "The entries were liquidated at rates that do not apply to them: the extension notice was "
        "never sent, so the entries liquidated by operation of law at the rate asserted at entry "
        "under 19 U.S.C. 1504(a). The later liquidation is void and the deposits are final."
    ),
}


def _mondays_after_saturday(rng: random.Random, start: D, end: D) -> D:
    """A liquidation date whose 180th day after is a Saturday followed by a business Monday."""
    while True:
        liq = c.day_between(rng, start, end)
        last = liq + 180 * DAY
        if last.weekday() == 5 and law.business_day(last + 2 * DAY):
            return liq


def _holiday_liquidation(rng: random.Random) -> D:
    """A liquidation date whose last day is a weekday federal holiday."""
    year = rng.choice([2023, 2024, 2025])
    days = sorted(d for d in law.federal_holidays(year) if d.weekday() < 5)
    return rng.choice(days) - 180 * DAY


def plan(index: int, seed: int) -> dict[str, Any]:
    """The truth and the blocks of protest number `index`."""
    rng = random.Random(f"protest-{index}-{seed}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    if case == "accel-afr" and style == "email":
        # accelerated disposition needs certified or registered mail (174.22), not an e-mail
        style = "bizletter"
    producer = "reuse" if index % 2 == 0 else "pdfjs"
    not_scored: list[str] = []
    count = {"timely-multi": 3, "mixed-late": 2, "mixed-early": 2}.get(case, rng.choice([1, 1, 2]))
    numbers = c.entries(rng, count)
    port, port_name = rng.choice(c.PORTS)
    # timing
    liqs: list[D] = []
    entry_dates: list[D] = []
    base = c.day_between(rng, D(2023, 3, 1), D(2025, 3, 1))
    if case in ("grace-sat", "untimely-wknd", "lastday-sat"):
        base = _mondays_after_saturday(rng, D(2023, 3, 1), D(2025, 3, 1))
    if case == "grace-holiday":
        base = _holiday_liquidation(rng)
    if case == "pre2004-late":
        entry_dates = [D(2004, 12, 17)] * count
        base = D(2005, 9, 16) + rng.randint(0, 40) * DAY
    elif case == "pre2004-ok":
        entry_dates = [D(2004, 12, 20)] * count
        base = D(2005, 9, 16) + rng.randint(0, 40) * DAY
    else:
        entry_dates = [
            base - rng.randint(240, 330) * DAY - i * rng.randint(3, 20) * DAY for i in range(count)
        ]
    liqs = [base - i * rng.randint(0, 12) * DAY for i in range(count)]
    received = {
        "untimely": base + rng.randint(200, 300) * DAY,
        "pre2004-late": base + rng.randint(100, 150) * DAY,
        "pre2004-ok": base + rng.randint(100, 150) * DAY,
        "grace-sat": base + 182 * DAY,
        "untimely-wknd": base + 183 * DAY,
        "lastday-sat": base + 180 * DAY,
        "grace-holiday": law.next_business_day(base + 180 * DAY),
        "premature": base - rng.randint(5, 30) * DAY,
    }.get(case, base + rng.randint(20, 80) * DAY)
    if case in ("pre2004-late", "pre2004-ok"):
        liqs = [base] * count
    if case == "premature":
        liqs = [base + i * rng.randint(0, 12) * DAY for i in range(count)]
    if case == "mixed-late":
        liqs = [received - rng.randint(200, 260) * DAY, received - rng.randint(30, 90) * DAY]
        entry_dates = [liqs[0] - 300 * DAY, liqs[1] - 280 * DAY]
    if case == "mixed-early":
        liqs = [received - rng.randint(30, 90) * DAY, received + rng.randint(5, 25) * DAY]
        entry_dates = [liqs[0] - 300 * DAY, liqs[1] - 250 * DAY]
    if case in ("grace-sat", "untimely-wknd", "lastday-sat", "grace-holiday"):
        liqs = [base] * count
    if case == "no-entrydate":
        # timely under 90 days as under 180, so the missing date cannot change the outcome
        received = base + rng.randint(20, 60) * DAY
        liqs = [base] * count
    statuses = [
        law.entry_status(received, e, liq) for e, liq in zip(entry_dates, liqs, strict=True)
    ]
    want = {
        "untimely": {"late"},
        "pre2004-late": {"late"},
        "untimely-wknd": {"late"},
        "grace-sat": {"grace"},
        "grace-holiday": {"grace"},
        "mixed-late": {"late", "timely"},
        "premature": {"early"},
        "mixed-early": {"early", "timely"},
    }.get(case, {"timely"})
    assert set(statuses) == want, (case, statuses)
    category = rng.choice(["classification", "appraised_value"])
    if case in ("no-ior", "no-address", "accel-afr", "timely-multi", "stamp", "no-desc"):
        category = rng.choice(["classification", "appraised_value", "charges", "liquidation"])
    name = rng.choice(c.COMPANIES)
    principal = None
    if case == "surety-nocert":
        # the surety protests in its own name; the importer is the principal on the bond
        principal = name
        name = rng.choice(SURETIES)
    addr = c.address(rng)
    ior = c.cbp_assigned(rng) if case == "cbp-ior" else c.ein(rng)
    signer = rng.choice(c.PEOPLE)
    goods, right, wrong = rng.choice(GOODS)
    accelerated = case == "accel-afr" or (
        case == "timely" and style != "email" and rng.random() < 0.3
    )
    further = case in ("accel-afr", "stamp") or rng.random() < 0.4
    stamp = case in ("stamp", "grace-holiday") or (rng.random() < 0.25 and case != "no-liqdate")
    protest_number = (
        f"{port}-{received.year % 100:02d}-{rng.randint(100000, 199999)}" if stamp else None
    )
    missing: list[str] = []
    show = {
        "address": True,
        "ior": True,
        "desc": True,
        "grounds": True,
        "drawback": True,
        "liq": True,
        "entrydate": True,
    }
    if case == "no-address":
        show["address"] = False
        missing.append("174.13(a)(1)")
    if case == "no-ior":
        show["ior"] = False
        missing.append("174.13(a)(2)")
    if case == "no-entrydate":
        show["entrydate"] = False
        missing.append("174.13(a)(3)")
    if case == "no-liqdate":
        show["liq"] = False
        missing.append("174.13(a)(4)")
    if case == "no-desc":
        show["desc"] = False
        missing.append("174.13(a)(5)")
    if case == "no-grounds":
        show["grounds"] = False
        missing.append("174.13(a)(6)")
    earlier = None
    if case == "sec3-no-date":
        earlier = f"{port}-{(received.year - 1) % 100:02d}-{rng.randint(100000, 199999)}"
        missing.append("174.13(a)(7)")
    surety = case == "surety-nocert"
    if surety:
        missing.append("174.13(a)(8)")
    if case == "no-drawback":
        show["drawback"] = False
        missing.append("174.13(a)(9)")
    invalid = case in ("invalid-petition", "invalid-adcvd")
    outcome = law.protest_outcome(statuses, invalid, missing, verify=case == "cbp-ior")
    expected = {
        "untimely": "untimely",
        "pre2004-late": "untimely",
        "untimely-wknd": "untimely",
        "grace-sat": "needs_human",
        "grace-holiday": "needs_human",
        "mixed-late": "needs_human",
        "mixed-early": "needs_human",
        "premature": "premature",
        "invalid-petition": "invalid",
        "invalid-adcvd": "invalid",
        "cbp-ior": "needs_human",
    }.get(case, "deficient" if missing else "accept")
    assert outcome == expected, (case, outcome)
    last_days = {
        n: law.last_day(e, liq).isoformat()
        for n, e, liq in zip(numbers, entry_dates, liqs, strict=True)
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()),
        "last_days": last_days,
        "missing": missing,
    }
    values: dict[str, Any] = {
        "protest_number": protest_number,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": ior if show["ior"] else None,
        "protestant_name": name,
        "protestant_address": ", ".join(addr) if show["address"] else None,
        "entries": [
            {
                "entry_number": n,
                "entry_date": e.isoformat() if show["entrydate"] else None,
                "liquidation_date": liq.isoformat() if show["liq"] else None,
            }
            for n, e, liq in zip(numbers, entry_dates, liqs, strict=True)
        ],
        "category": category,
        "merchandise_description": goods if show["desc"] else None,
        "accelerated_disposition": accelerated,
        "further_review_requested": further,
        "signer_name": signer,
    }
    if invalid:
        del values["category"]
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "category, deadline, last_days: the decision protested (a "
            "penalty-petition "
            "decision or a Commerce AD/CVD determination) cannot be protested; the "
            "contract names no category or clock for it"
        )
    if case == "no-liqdate":
        del decision["outcome"], decision["deadline"], decision["last_days"]
        not_scored.append(
            "outcome, deadline, last_days: no liquidation date is given, so no clock can be run"
        )
    if case == "no-entrydate":
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline, last_days: without the entry date the 90- or 180-day period "
            "cannot be chosen (the receipt is within 90 days either way)"
        )
    if case == "no-drawback":
        del decision["outcome"]
        not_scored.append(
            "outcome: the only open point is the 174.13(a)(9) drawback declaration, "
            "a VERIFY line the contract does not settle"
        )
    today = received + rng.randint(2, 45) * DAY
    args = ["--today", today.isoformat()]
    if not stamp:
        args = ["--received", received.isoformat(), *args]
    elif rng.random() < 0.5:
        # the printed stamp wins over --received
        args = ["--received", (received + rng.randint(1, 6) * DAY).isoformat(), *args]
    facts = {
        "case": case,
        "style": style,
        "name": name,
        "addr": addr,
        "ior": ior,
        "port": port,
        "port_name": port_name,
        "numbers": numbers,
        "entry_dates": entry_dates,
        "liqs": liqs,
        "received": received,
        "stamp": stamp,
        "protest_number": protest_number,
        "category": category,
        "goods": goods,
        "right": right,
        "wrong": wrong,
        "accelerated": accelerated,
        "further": further,
        "signer": signer,
        "show": show,
        "earlier": earlier,
        "surety": surety,
        "invalid": case if invalid else None,
        "date_style": c.DATE_STYLES[rng.randrange(len(c.DATE_STYLES) - 1)],
        "letter_date": received - rng.randint(2, 9) * DAY,
        "principal": principal,
        "broker": rng.choice(
            [
                "Farrow & Lyle Customs Brokers",
                "Pinecrest Customs Brokerage, Inc.",
                "Halvard Global Logistics LLC",
            ]
        ),
        "title": rng.choice(
            [
                "Director of Trade Compliance",
                "President",
                "Import Manager",
                "Chief Financial Officer",
            ]
        ),
        "font": rng.choice(["Helvetica", "Times"]),
        "variant": rng.randrange(3),
        "mail": rng.choice(["certified", "registered"]),
    }
    blocks = {"rider": _rider, "bizletter": _bizletter, "email": _email}[style](facts)
    font = "Courier" if style == "email" and facts["variant"] == 2 else str(facts["font"])
    doc = {
        "font": font,
        "size": {"Helvetica": 11.5, "Times": 13, "Courier": 10}[font],
        "blocks": blocks,
    }
    truth = {
        "kind": "protest",
        "family": producer,
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return {"truth": truth, "doc": doc, "producer": producer, "case": case}


def _d(f: dict[str, Any], day: D) -> str:
    return c.fdate(day, f["date_style"])


def _stamp(f: dict[str, Any]) -> list[dict[str, Any]]:
    if not f["stamp"]:
        return []
    lines = [
        "RECEIVED",
        f"U.S. CUSTOMS AND BORDER PROTECTION - PORT {f['port']}",
        c.stamp_date(f["received"]),
    ]
    if f["variant"] == 1:
        lines = [f"CBP RECEIVED {c.stamp_date(f['received'])}", f"Port of {f['port_name']}"]
    lines.append(f"Protest No. {f['protest_number']}")
    return [{"t": "box", "lines": lines, "bold_first": True}, {"t": "space", "h": 6}]


def _decision_text(f: dict[str, Any]) -> str:
    if f["invalid"] == "invalid-petition":
        return (
            "the decision on our petition for relief from the penalty assessed under 19 U.S.C. "
            "1592 (19 CFR 171.22), which denied mitigation"
        )
    if f["invalid"] == "invalid-adcvd":
        return (
            "the antidumping duty rate assessed on the entries, as determined by the "
            "Department "
            "of Commerce in its final results of administrative review"
        )
    return random.Random(f["goods"] + f["case"]).choice(CATEGORY_WORDS[f["category"]])


def _argument(f: dict[str, Any]) -> str:
    if f["invalid"]:
        return (
            "The amount is excessive in light of the importer's record and cooperation, and "
            "the "
            "decision should be reversed."
        )
    return ARGUMENTS[f["category"]].format(right=f["right"], wrong=f["wrong"])


def _drawback(f: dict[str, Any]) -> str | None:
    if not f["show"]["drawback"]:
        return None
    return [
        "The entries are not subject to drawback.",
        "No drawback has been or will be claimed on the entries covered by this protest.",
        "Declaration under 19 CFR 174.13(a)(9): the merchandise is not the subject of a "
        "drawback "
        "claim.",
    ][int(f["variant"])]


def _entry_line(f: dict[str, Any], i: int) -> str:
    parts = [f"entry no. {f['numbers'][i]}"]
    if f["show"]["entrydate"]:
        parts.append(f"entered {_d(f, f['entry_dates'][i])}")
    if f["show"]["liq"]:
        word = "scheduled to liquidate" if f["liqs"][i] > f["received"] else "liquidated"
        if f["case"] in ("mixed-early", "premature") and f["liqs"][i] > f["received"]:
            word = "liquidation posted for"
        parts.append(f"{word} {_d(f, f['liqs'][i])}")
    return ", ".join(parts)


def _extras(f: dict[str, Any]) -> list[str]:
    out = []
    if f["accelerated"]:
        out.append(
            f"Accelerated disposition is requested under 19 CFR 174.22; this protest is "
            f"sent "
            f"by {f['mail']} mail."
        )
    elif f["variant"] == 0:
        out.append("Accelerated disposition is not requested.")
    if f["further"]:
        out.append(
            [
                "Further review is requested under 19 CFR 174.24(b): the decision raises a "
                "question of law not previously ruled upon.",
                "Application for further review: requested. The question has not been ruled "
                "on by Headquarters (174.24(b)).",
                "We ask that this protest be forwarded for further review by Regulations and "
                "Rulings, as no ruling addresses this merchandise.",
            ][int(f["variant"])]
        )
    if f["earlier"]:
        out.append(
            f"The same disposition is asked as in protest no. {f['earlier']}, which is "
            "pending further review."
        )
    if f["surety"]:
        out.append(
            f"This protest is filed by {f['name']} as surety on the continuous bond of "
            f"{f['principal']}, the importer of record; no other party has protested the decision."
        )
    return out


def _rider(f: dict[str, Any]) -> list[dict[str, Any]]:
    """A broker's protest on its own ruled continuation form, the argument on a rider page."""
    rows = [["Port of Entry", f"{f['port']} - {f['port_name']}"], ["Protesting Party", f["name"]]]
    if f["show"]["address"]:
        rows.append(["Address", "; ".join(f["addr"]) if f["variant"] == 9 else f["addr"][0]])
        rows.append(["", f["addr"][1]])
    if f["show"]["ior"]:
        rows.append(["Importer No. (IOR)", f["ior"]])
    rows.append(["Decision Protested", _decision_text(f)])
    rows.append(
        ["Accelerated Disposition", f"YES - {f['mail']} mail" if f["accelerated"] else "NO"]
    )
    rows.append(["Further Review (174.24)", "YES" if f["further"] else "NO"])
    blocks: list[dict[str, Any]] = [
        {"t": "right", "lines": [f["broker"], "Licensed Customs Broker"]},
        *_stamp(f),
        {
            "t": "h",
            "text": "PROTEST - CONTINUATION FORM (19 U.S.C. 1514)",
            "size": 14,
            "align": "center",
        },
        {"t": "kv", "rows": rows, "ruled": True, "lw": 150, "bold_labels": True},
        {"t": "h", "text": "ENTRIES COVERED", "size": 12},
    ]
    head = ["Line", "Entry Number"]
    if f["show"]["entrydate"]:
        head.append("Date of Entry")
    if f["show"]["liq"]:
        head.append("Date of Liquidation")
    table_rows = []
    for i, number in enumerate(f["numbers"]):
        row = [str(i + 1), number]
        if f["show"]["entrydate"]:
            row.append(_d(f, f["entry_dates"][i]))
        if f["show"]["liq"]:
            row.append(_d(f, f["liqs"][i]))
        table_rows.append(row)
    blocks.append(
        {
            "t": "table",
            "head": head,
            "rows": table_rows,
            "widths": [40, 140, 140, 140][: len(head)],
            "ruled": f["variant"] != 2,
        }
    )
    if f["show"]["desc"]:
        blocks.append({"t": "p", "text": f"Description of merchandise: {f['goods']}"})
    dec = _drawback(f)
    if dec:
        blocks.append({"t": "p", "text": dec})
    blocks.append({"t": "p", "text": "Statement of objections: see Rider A, attached."})
    blocks.append({"t": "break"})
    blocks.append({"t": "h", "text": "RIDER A - STATEMENT OF OBJECTIONS", "size": 13})
    blocks.append({"t": "p", "text": f"Protestant {f['name']} protests {_decision_text(f)}."})
    if f["show"]["grounds"]:
        blocks.append({"t": "p", "text": _argument(f)})
    for line in _extras(f):
        blocks.append({"t": "p", "text": line})
    blocks += [
        {"t": "space", "h": 14},
        {"t": "p", "text": f"{f['broker']}, as agent for the protestant under a power of attorney"},
        {"t": "p", "text": f"By: /s/ {f['signer']}"},
        {"t": "p", "text": f"{f['signer']}, Licensed Customs Broker"},
        {"t": "p", "text": f"Date: {_d(f, f['letter_date'])}"},
    ]
    return blocks


def _bizletter(f: dict[str, Any]) -> list[dict[str, Any]]:
    """An importer's short business letter with a reference block at the top right."""
    head = [f["name"]]
    if f["show"]["address"]:
        head += f["addr"]
    ref = [f"Date: {_d(f, f['letter_date'])}"]
    if f["show"]["ior"]:
        ref.append(f"IOR No.: {f['ior']}")
    ref.append(f"Port code: {f['port']}")
    blocks: list[dict[str, Any]] = [
        {"t": "center", "lines": head, "bold": True},
        {"t": "rule"},
        *_stamp(f),
        {"t": "right", "lines": ref},
        {
            "t": "p",
            "text": f"Port Director, U.S. Customs and Border Protection, Port of {f['port_name']}",
        },
        {"t": "p", "text": "Re: Protest under 19 U.S.C. 1514 and 19 CFR Part 174", "bold": True},
        {"t": "p", "text": "Dear Port Director:"},
    ]
    who = "We"
    entries = "; ".join(_entry_line(f, i) for i in range(len(f["numbers"])))
    opening = (
        f"{who} hereby protest {_decision_text(f)} on the "
        f"following {'entry' if len(f['numbers']) == 1 else 'entries'}: {entries}."
    )
    blocks.append({"t": "p", "text": opening})
    if f["show"]["desc"]:
        blocks.append({"t": "p", "text": f"Merchandise: {f['goods']}"})
    if f["show"]["grounds"]:
        blocks.append({"t": "p", "text": _argument(f)})
    for line in _extras(f):
        blocks.append({"t": "p", "text": line})
    dec = _drawback(f)
    if dec:
        blocks.append({"t": "p", "text": dec})
    blocks += [
        {"t": "p", "text": "Please direct any questions to the undersigned."},
        {"t": "p", "text": ["Sincerely,", "Very truly yours,", "Respectfully,"][int(f["variant"])]},
        {"t": "space", "h": 18},
        {"t": "p", "text": f["signer"]},
        {"t": "p", "text": f["title"]},
    ]
    return blocks


def _email(f: dict[str, Any]) -> list[dict[str, Any]]:
    """A compliance manager's protest sent as an e-mail and printed, particulars as bullets."""
    mark = ["-", "*", ">"][int(f["variant"])]
    sent = f["letter_date"]
    blocks: list[dict[str, Any]] = [
        {
            "t": "pre",
            "size": 9.5,
            "lines": [
                f"From:    {f['signer']}",
                f"Sent:    {c.MONTHS[sent.month - 1][:3]} {sent.day}, {sent.year} "
                f"4:{10 + sent.day} PM",
                f"To:      Protests, Port of {f['port_name']}",
                "Subject: Protest - " + ", ".join(f["numbers"][:2]),
            ],
        },
        {"t": "rule"},
        *_stamp(f),
        {"t": "p", "text": "Good afternoon,"},
        {"t": "p", "text": f"Please accept this protest of {_decision_text(f)}. The particulars:"},
    ]
    items = [f"Protestant: {f['name']}"]
    if f["surety"]:
        items.append(f"Principal on the bond (importer of record): {f['principal']}")
    if f["show"]["address"]:
        items.append(f"Mailing address: {', '.join(f['addr'])}")
    if f["show"]["ior"]:
        items.append(f"Importer of record number: {f['ior']}")
    items.append(f"Port: {f['port']} ({f['port_name']})")
    for i in range(len(f["numbers"])):
        items.append("Entry " + _entry_line(f, i).removeprefix("entry no. "))
    if f["show"]["desc"]:
        items.append(f"Commodity: {f['goods']}")
    blocks.append({"t": "bullets", "mark": mark, "items": items})
    if f["show"]["grounds"]:
        blocks.append({"t": "p", "text": "Why we protest: " + _argument(f)})
    for line in _extras(f):
        blocks.append({"t": "p", "text": line})
    dec = _drawback(f)
    if dec:
        blocks.append({"t": "p", "text": dec})
    blocks += [
        {"t": "p", "text": "Regards,"},
        {"t": "p", "text": f["signer"]},
        {"t": "p", "text": f"{f['title']}, {f['name']}"},
    ]
    return blocks
