"""Protest cases (19 CFR Part 174) and three senders' styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortieth import formats as f
from bench.corpus_fortieth import law
from bench.corpus_fortieth.render import GAP, PAGE, RULE, Block, Doc, box, kv, line, para, table

CASES = [
    "accept",
    "weekend-grace",
    "untimely",
    "premature",
    "invalid-petition",
    "no-ior",
    "multi-accept",
    "holiday-grace",
    "old90-untimely",
    "no-desc",
    "partial-late",
    "exact-last-day",
    "no-address",
    "weekend-late",
    "no-entry-date",
    "old90-timely",
    "earlier-no-date",
    "charges",
    "no-justif",
    "surety-no-cert",
    "no-drawback-decl",
    "no-liq-date",
    "two-ports",
]
STYLES = ["grid", "letter", "bullets"]
OMIT = {
    "no-address": 1,
    "no-ior": 2,
    "no-entry-date": 3,
    "no-liq-date": 4,
    "no-desc": 5,
    "no-justif": 6,
    "earlier-no-date": 7,
    "surety-no-cert": 8,
    "no-drawback-decl": 9,
}
D = dt.timedelta


def _weekend_last_day(rng: random.Random, around: dt.date) -> dt.date:
    """A liquidation date whose 180th day falls on a Saturday or Sunday."""
    liq = around
    while law.protest_last_day(None, liq).weekday() < 5 or law.is_business_day(
        law.next_business_day(law.protest_last_day(None, liq)) - D(days=1)
    ):
        liq += D(days=1)
    return liq


def facts(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fortieth-protest-{seed}-{index}")
    case = CASES[index % len(CASES)]
    port, port_name = rng.choice(f.PORTS)
    goods = rng.choice(f.GOODS)
    category = rng.choice(["classification", "appraised_value"])
    if case == "charges":
        category = "charges"
    received = dt.date(2025, 1, 6) + D(days=rng.randint(0, 300))
    n_entries = {"multi-accept": 3, "partial-late": 2, "two-ports": 2}.get(
        case, rng.choice([1, 1, 2])
    )
    liqs: list[dt.date] = []
    entry_dates: list[dt.date] = []
    for _ in range(n_entries):
        liqs.append(received - D(days=rng.randint(25, 150)))
    if case == "exact-last-day":
        liqs = [received - D(days=180)] * n_entries
    elif case in ("untimely", "old90-untimely"):
        liqs = [received - D(days=rng.randint(200, 240)) for _ in liqs]
    elif case == "premature":
        liqs = [received + D(days=rng.randint(8, 40)) for _ in liqs]
    elif case in ("weekend-grace", "weekend-late"):
        liq = _weekend_last_day(rng, received - D(days=rng.randint(170, 200)))
        liqs = [liq] * n_entries
        last = law.protest_last_day(None, liq)
        received = law.next_business_day(last) + D(days=0 if case == "weekend-grace" else 2)
    elif case == "holiday-grace":
        last = rng.choice(
            [
                dt.date(2025, 7, 4),
                dt.date(2025, 11, 11),
                dt.date(2025, 5, 26),
                dt.date(2025, 9, 1),
                dt.date(2024, 12, 25),
            ]
        )
        liqs = [last - D(days=180)] * n_entries
        received = law.next_business_day(last)
    elif case == "partial-late":
        liqs = [received - D(days=rng.randint(205, 230)), received - D(days=rng.randint(30, 90))]
    if case in ("old90-timely", "old90-untimely"):
        entry_dates = [dt.date(2004, 12, 17) - D(days=rng.randint(0, 60)) for _ in liqs]
        shift = dt.date(2005, 9, 1) - received + D(days=rng.randint(0, 200))
        received += shift
        liqs = [x + shift for x in liqs]
        if case == "old90-timely":
            liqs = [received - D(days=rng.randint(20, 80)) for _ in liqs]
        else:
            liqs = [received - D(days=rng.randint(100, 170)) for _ in liqs]
    else:
        entry_dates = [x - D(days=rng.randint(200, 330)) for x in liqs]
    fcode = f.filer(rng)
    entries = []
    for number, (ed, ld) in enumerate(zip(entry_dates, liqs, strict=True)):
        code = f.filer(rng) if case == "two-ports" and number else fcode
        txn = f"{rng.randint(0, 9999999):07d}"
        entries.append(
            {"entry_number": law.entry_number(code, txn), "entry_date": ed, "liquidation_date": ld}
        )
    company = rng.choice(f.COMPANIES)
    surety = case == "surety-no-cert"
    protestant = "Keystone Fidelity Surety Company" if surety else company
    address = [rng.choice(f.STREETS), rng.choice(f.CITIES)]
    stamped = rng.random() < 0.5 or STYLES[(index // 2 + seed) % 3] == "bullets"
    return {
        "case": case,
        "index": index,
        "seed": seed,
        "producer": ["pdfium", "dot"][index % 2],
        "style": STYLES[(index // 2 + seed) % 3],
        "port": port,
        "port_name": port_name,
        "other_port": rng.choice(f.PORTS),
        "goods": goods[0],
        "category": category,
        "received": received,
        "today": received + D(days=rng.randint(3, 30)),
        "letter_date": received - D(days=rng.randint(1, 5)) if case != "premature" else received,
        "entries": entries,
        "company": company,
        "protestant": protestant,
        "surety": surety,
        "address": address,
        "ior": f.ein(rng),
        "signer": rng.choice(f.PEOPLE),
        "title": {
            "grid": "Licensed Customs Broker",
            "letter": rng.choice(["Vice President, Operations", "Import Manager", "Controller"]),
            "bullets": rng.choice(["Director of Trade Compliance", "Customs Compliance Analyst"]),
        }[STYLES[(index // 2 + seed) % 3]],
        "stamped": stamped,
        "protest_number": f"{port}-{received.year % 100:02d}-{rng.randint(100000, 999999)}",
        "accelerated": rng.random() < 0.3 and case not in ("premature",),
        "further_review": rng.random() < 0.5,
        "date_style": rng.choice(sorted(f.DATE_STYLES)),
        "face": rng.choice(["sans", "serif", "mono"]),
        "earlier": f"{port}-{(received.year - 1) % 100:02d}-{rng.randint(100000, 999999)}",
        "earlier_date": received - D(days=rng.randint(200, 300)),
        "petition_date": received - D(days=rng.randint(20, 60)),
        "omit": OMIT.get(case, 0),
        "demand_date": liqs[0] + D(days=rng.randint(10, 30)),
    }


def truth(x: dict[str, Any]) -> dict[str, Any]:
    """The contract values and decision for the facts, computed by the law module."""
    omit = x["omit"]
    received: dt.date = x["received"]
    entries = []
    for e in x["entries"]:
        entries.append(
            {
                "entry_number": e["entry_number"],
                "entry_date": None if omit == 3 else e["entry_date"].isoformat(),
                "liquidation_date": None if omit == 4 else e["liquidation_date"].isoformat(),
            }
        )
    values: dict[str, Any] = {
        "protest_number": x["protest_number"] if x["stamped"] else None,
        "port_code": x["port"],
        "received_date": received.isoformat(),
        "importer_number": None if omit == 2 else x["ior"],
        "protestant_name": x["protestant"],
        "protestant_address": None if omit == 1 else ", ".join(x["address"]),
        "entries": entries,
        "category": x["category"],
        "merchandise_description": None if omit == 5 else x["goods"],
        "accelerated_disposition": x["accelerated"],
        "further_review_requested": x["further_review"],
        "signer_name": x["signer"],
    }
    not_scored: list[str] = []
    last_days = {
        e["entry_number"]: law.protest_last_day(e["entry_date"], e["liquidation_date"])
        for e in x["entries"]
    }
    kinds = {
        law.timing(received, e["liquidation_date"], last_days[e["entry_number"]])
        for e in x["entries"]
    }
    missing = [f"174.13(a)({omit})"] if omit else []
    if "grace" in kinds or len(kinds) > 1:
        outcome = "needs_human"
    elif kinds == {"premature"}:
        outcome = "premature"
    elif kinds == {"late"}:
        outcome = "untimely"
    elif x["case"] == "invalid-petition":
        outcome = "invalid"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in last_days.items()},
        "missing": missing,
    }
    if x["case"] == "invalid-petition":
        del decision["deadline"], decision["last_days"], values["category"]
        not_scored.append(
            "deadline, last_days, category: the protest attacks a decision on a "
            "penalty petition (19 CFR 171.22), which no clock or category of 1514(a) fits"
        )
    if omit in (3, 4):
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline, last_days: an entry date or liquidation date is not printed, so "
            "the 90/180-day period or its start cannot be computed"
        )
    if omit == 4:
        del decision["outcome"]
        not_scored.append(
            "outcome: with no liquidation date, premature and timely cannot be told apart"
        )
    if omit == 9:
        del decision["outcome"]
        not_scored.append(
            "outcome: the only open point is the missing drawback declaration, "
            "174.13(a)(9), whose wording is a VERIFY line"
        )
    if omit == 8:
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline, last_days: a surety's clock runs from the mailing of the bond "
            "demand (P-TIME-4); the contract does not say which date last_days uses"
        )
    return {
        "kind": "protest",
        "family": x["producer"],
        "case": x["case"],
        "style": x["style"],
        "args": ["--received", received.isoformat(), "--today", x["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


# ---------------------------------------------------------------- styles


def _d(x: dict[str, Any], day: dt.date) -> str:
    return f.date(day, x["date_style"])


def _argument(x: dict[str, Any]) -> str:
    if x["omit"] == 6:
        return f"The protestant objects to {f.DECISIONS.get(x['category'], 'the decision')}."
    if x["case"] == "invalid-petition":
        return (
            "The protestant objects to the decision on its petition for relief under 19 U.S.C. "
            "1618 and 19 CFR Part 171, which denied mitigation of the penalty assessed, and asks "
            "that the decision be set aside."
        )
    return {
        "classification": "The merchandise was reclassified at liquidation under a heading that "
        "describes articles of a different principal use. The goods are properly classified as "
        "entered, and the protestant claims a refund of the excess duties with interest.",
        "appraised_value": "CBP appraised the merchandise at a value that added buying commissions "
        "and post-importation charges to the transaction value. Those amounts are not part of the "
        "price actually paid or payable, and the entered values should be restored.",
        "charges": "The merchandise processing fee was computed on a value that included "
        "international freight. The fee must be charged on the entered value alone, and the excess "
        "fee should be refunded.",
    }[x["category"]]


def _drawback(x: dict[str, Any]) -> list[Block]:
    if x["omit"] == 9:
        return []
    return [
        para(
            x["_rng"].choice(
                [
                    "Drawback: none of the entries is subject to drawback.",
                    "The protestant declares that the entries covered by this protest are "
                    "not subject to a "
                    "drawback claim.",
                    "Drawback declaration - the merchandise is not the subject of any "
                    "drawback claim.",
                ]
            )
        )
    ]


def _earlier(x: dict[str, Any]) -> list[Block]:
    if x["case"] != "earlier-no-date":
        return []
    return [
        para(
            f"The protestant asks for the same disposition as in its protest {x['earlier']}, "
            "on which further review is pending."
        )
    ]


def _surety(x: dict[str, Any]) -> list[Block]:
    if not x["surety"]:
        return []
    return [
        para(
            f"The protestant is the surety on the continuous bond of {x['company']}, importer "
            f"of record. CBP's demand on the bond was mailed on {_d(x, x['demand_date'])}."
        )
    ]


def _flags(x: dict[str, Any]) -> list[Block]:
    out = []
    if x["accelerated"]:
        out.append(
            para(
                "Accelerated disposition is requested under 19 CFR 174.22; this protest is "
                "sent by certified mail, return receipt requested."
            )
        )
    if x["further_review"]:
        out.append(
            para(
                x["_rng"].choice(
                    [
                        "Further review is requested under 19 CFR 174.24(b): the decision "
                        "raises a question of "
                        "law not previously ruled on. No earlier application and no court "
                        "action concern the "
                        "same claim.",
                        "APPLICATION FOR FURTHER REVIEW: the protestant applies for further "
                        "review (174.24(a)); "
                        "the decision is inconsistent with a ruling on substantially "
                        "similar merchandise.",
                    ]
                )
            )
        )
    else:
        out.append(para("Further review is not requested."))
    return out


def _decision_line(x: dict[str, Any]) -> str:
    if x["case"] == "invalid-petition":
        return (
            f"Decision protested: the decision dated {_d(x, x['petition_date'])} on the "
            "protestant's penalty petition"
        )
    return f"Decision protested: {f.DECISIONS[x['category']]}"


def _signature(x: dict[str, Any], closing: str) -> list[Block]:
    rng = x["_rng"]
    if rng.random() < 0.5:
        return [GAP, line(closing), line(f"/s/ {x['signer']}"), line(x["title"])]
    return [
        GAP,
        line(closing),
        GAP,
        line("______________________________"),
        line(x["signer"]),
        line(x["title"]),
    ]


def _stamp(x: dict[str, Any]) -> list[Block]:
    if not x["stamped"]:
        return []
    return [
        box(
            [
                "RECEIVED",
                f"U.S. CUSTOMS AND BORDER PROTECTION - PORT {x['port']}",
                f.stamp(x["received"]),
                f"Protest No. {x['protest_number']}",
            ]
        )
    ]


def _entry_rows(x: dict[str, Any]) -> list[list[str]]:
    rows = []
    for e in x["entries"]:
        rows.append(
            [
                e["entry_number"],
                "" if x["omit"] == 3 else _d(x, e["entry_date"]),
                "" if x["omit"] == 4 else _d(x, e["liquidation_date"]),
            ]
        )
    return rows


def style_grid(x: dict[str, Any]) -> Doc:
    """A broker's protest typed on a ruled continuation form, the argument on a rider page."""
    head = [("Port code:", x["port"] + f" ({x['port_name']})")]
    if x["omit"] != 2:
        head.append(("Importer No.:", x["ior"]))
    head.append(("Protesting party:", x["protestant"]))
    if x["omit"] != 1:
        head.append(("Address:", ", ".join(x["address"])))
    head.append(("Date of filing:", _d(x, x["letter_date"])))
    blocks = [
        line("PROTEST - CONTINUATION FORM", bold=True, align="center"),
        line("19 U.S.C. 1514 / 19 CFR Part 174", align="center"),
        GAP,
    ]
    blocks += _stamp(x)
    blocks += [
        kv(head, boxed=True),
        GAP,
        line("SCHEDULE OF ENTRIES", bold=True),
        table(["Entry No.", "Entry Date", "Liquidated"], _entry_rows(x), ruled=True),
    ]
    if x["case"] == "two-ports":
        blocks.append(
            para(
                f"The second entry was made at port {x['other_port'][0]} "
                f"({x['other_port'][1]}); the decision is common to both entries."
            )
        )
    blocks += [para(_decision_line(x)), PAGE, line("RIDER - STATEMENT OF GROUNDS", bold=True), RULE]
    if x["omit"] != 5:
        blocks.append(para(f"Description of merchandise: {x['goods']}"))
    blocks += [para(_argument(x)), *_earlier(x), *_surety(x), *_drawback(x), *_flags(x)]
    blocks += _signature(x, "Filed under power of attorney on behalf of the protestant,")
    return Doc(blocks, face=x["face"])


def style_letter(x: dict[str, Any]) -> Doc:
    """An importer's short business letter with a reference block at the top right."""
    blocks = [line(x["protestant"], bold=True)]
    if x["omit"] != 1:
        blocks += [line(a) for a in x["address"]]
    blocks += [RULE, line(f"Port: {x['port']}", align="right")]
    if x["omit"] != 2:
        blocks.append(line(f"IOR: {x['ior']}", align="right"))
    blocks += [
        line(f"Our ref.: PR-{x['index']:03d}", align="right"),
        line(_d(x, x["letter_date"]), align="right"),
        GAP,
    ]
    blocks += _stamp(x)
    blocks += [
        line("Port Director"),
        line("U.S. Customs and Border Protection"),
        line(f"{x['port_name']}"),
        GAP,
        line(
            f"Re: Protest - {'entries' if len(x['entries']) > 1 else 'entry'} "
            + ", ".join(e["entry_number"] for e in x["entries"]),
            bold=True,
        ),
        GAP,
        para("Dear Port Director:"),
    ]
    parts = []
    for e in x["entries"]:
        s = f"entry {e['entry_number']}"
        if x["omit"] != 3:
            s += f", made on {_d(x, e['entry_date'])}"
        if x["omit"] != 4:
            s += f" and liquidated on {_d(x, e['liquidation_date'])}"
        parts.append(s)
    blocks.append(
        para(
            f"{x['protestant']} protests the decision described below on " + "; ".join(parts) + "."
        )
    )
    if x["case"] == "two-ports":
        blocks.append(
            para(
                f"The second entry was filed at port {x['other_port'][0]}; the same "
                "decision was made on both."
            )
        )
    blocks.append(para(_decision_line(x) + "."))
    if x["omit"] != 5:
        blocks.append(para(f"Merchandise: {x['goods']}"))
    blocks += [para(_argument(x)), *_earlier(x), *_surety(x), *_drawback(x), *_flags(x)]
    blocks += _signature(x, "Sincerely,")
    return Doc(blocks, face=x["face"])


def style_bullets(x: dict[str, Any]) -> Doc:
    """An in-house compliance desk's protest as a bulleted checklist, stamped at the port."""
    blocks = [
        *_stamp(x),
        line(f"PROTEST OF {x['protestant'].upper()}", bold=True),
        RULE,
        line(f"Submitted {_d(x, x['letter_date'])}"),
    ]
    items = [f"- Protestant: {x['protestant']}"]
    if x["omit"] != 1:
        items.append(f"- Mailing address: {', '.join(x['address'])}")
    if x["omit"] != 2:
        items.append(f"- Importer of record number: {x['ior']}")
    items.append(f"- Port of entry: {x['port']}")
    blocks += [para(i) for i in items] + [GAP, line("Entries covered:", bold=True)]
    for e in x["entries"]:
        s = f"- {e['entry_number']}"
        if x["omit"] != 3:
            s += f" - entered {_d(x, e['entry_date'])}"
        if x["omit"] != 4:
            s += f" - liquidation {_d(x, e['liquidation_date'])}"
        blocks.append(para(s, indent=2))
    if x["case"] == "two-ports":
        blocks.append(
            para(
                f"- (second entry at port {x['other_port'][0]}; decision common to both)", indent=2
            )
        )
    blocks += [GAP, para(_decision_line(x))]
    if x["omit"] != 5:
        blocks.append(para(f"Commodity: {x['goods']}"))
    blocks += [line("Grounds:", bold=True), para(_argument(x)), *_earlier(x), *_surety(x)]
    blocks += _drawback(x) + _flags(x) + _signature(x, "Prepared and signed by")
    return Doc(blocks, face=x["face"])


def document(x: dict[str, Any]) -> Doc:
    x["_rng"] = random.Random(f"fortieth-protest-style-{x['seed']}-{x['index']}")
    doc = {"grid": style_grid, "letter": style_letter, "bullets": style_bullets}[x["style"]](x)
    del x["_rng"]
    return doc
