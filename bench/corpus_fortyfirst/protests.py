"""Protest cases and their three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyfirst import formats as fm
from bench.corpus_fortyfirst import law

CASES = [
    "accept",
    "deficient-address",
    "untimely",
    "premature",
    "invalid",
    "nh-weekend",
    "accept-90day",
    "deficient-ior",
    "nh-mixed",
    "deficient-description",
    "accept-multi",
    "nh-drawback",
    "untimely-90day",
    "deficient-prior",
    "premature-multi",
    "nh-holiday",
    "accept-stamp",
    "untimely-multi",
    "accept-liquidation",
    "deficient-objection",
    "nh-weekend-multi",
    "accept-appraisal",
]
STYLES = ("grid", "letter", "bullets")
CATEGORY_WORDS = {
    "classification": "the classification of the merchandise and the rate of duty assessed",
    "appraised_value": "the appraised value of the merchandise",
    "liquidation": "the liquidation of the entries",
}
DAY = dt.timedelta(days=1)


def _liquidation_with_last(rng: random.Random, want: str) -> dt.date:
    """A weekday liquidation whose last day is a business day, a weekend day or a holiday."""
    while True:
        liq = dt.date(2023, 1, 2) + rng.randint(0, 900) * DAY
        if liq.weekday() > 4:
            continue
        last = liq + 180 * DAY
        if want == "business" and law.business_day(last):
            return liq
        if want == "weekend" and last.weekday() > 4:
            return liq
        if want == "holiday" and last.weekday() < 5 and not law.business_day(last):
            return liq


def plan(index: int, seed: int, rng: random.Random) -> dict[str, Any]:
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    ds = fm.DATE_STYLES[(index * 7 + seed) % len(fm.DATE_STYLES)]
    name, address = rng.choice(fm.PARTIES)
    port_code, port_name = rng.choice(fm.PORTS)
    goods = rng.choice(fm.GOODS)[0]
    signer = rng.choice(fm.PEOPLE)
    ior = fm.ein(rng)
    filer = rng.choice(fm.FILERS)
    category = (
        "liquidation"
        if "liquidation" in case
        else "appraised_value"
        if "appraisal" in case
        else rng.choice(["classification", "classification", "appraised_value"])
    )
    count = 3 if "multi" in case else rng.choice([1, 1, 2])
    if case == "nh-mixed":
        count = 2
    old = "90day" in case
    want = "weekend" if "weekend" in case else "holiday" if "holiday" in case else "business"
    base_liq = (
        dt.date(2005, 2, 1) + rng.randint(0, 60) * DAY if old else _liquidation_with_last(rng, want)
    )
    while base_liq.weekday() > 4:
        base_liq += DAY
    entries: list[dict[str, Any]] = []
    for n in range(count):
        liq = base_liq if n == 0 or case != "nh-mixed" else base_liq + 40 * DAY
        entry_date = (
            dt.date(2004, 12, 17) - n * 3 * DAY if old else liq - rng.randint(250, 330) * DAY
        )
        entries.append(
            {
                "entry_number": fm.pick_entry(rng, filer),
                "entry_date": entry_date,
                "liquidation_date": liq,
            }
        )
    lasts = [law.protest_last_day(e["entry_date"], e["liquidation_date"]) for e in entries]
    first_last = min(lasts)
    if case.startswith("untimely"):
        received = law.next_business_day(first_last) + rng.randint(2, 25) * DAY
    elif case.startswith("premature"):
        received = base_liq - rng.randint(4, 20) * DAY
    elif case in ("nh-weekend", "nh-holiday", "nh-weekend-multi"):
        received = law.next_business_day(first_last)
    elif case == "nh-mixed":
        received = first_last + rng.randint(3, 30) * DAY
        assert received < max(lasts)
    else:
        received = base_liq + rng.randint(10, 170 if not old else 80) * DAY
    if "weekend" not in case and "holiday" not in case:
        step = DAY if case.startswith("untimely") or case == "nh-mixed" else -DAY
        while not law.business_day(received):
            received += step
    states = [
        law.timing(received, e["liquidation_date"], last)
        for e, last in zip(entries, lasts, strict=True)
    ]
    missing = []
    if "address" in case:
        missing.append("174.13(a)(1)")
    if case == "deficient-ior":
        missing.append("174.13(a)(2)")
    if case == "deficient-description":
        missing.append("174.13(a)(5)")
    if case == "deficient-objection":
        missing.append("174.13(a)(6)")
    if case == "deficient-prior":
        missing.append("174.13(a)(7)")
    if case == "nh-drawback":
        missing.append("174.13(a)(9)")
    invalid = case == "invalid"
    outcome = law.protest_outcome(states, invalid, missing)
    stamped = "stamp" in case or rng.random() < 0.25
    protest_number = (
        f"{port_code}-{received.year % 100:02d}-{rng.randint(100000, 199999)}" if stamped else None
    )
    accelerated = rng.random() < 0.3 and not invalid
    review = rng.random() < 0.5
    today = received + rng.randint(1, 20) * DAY
    values: dict[str, Any] = {
        "protest_number": protest_number,
        "port_code": port_code,
        "received_date": received.isoformat(),
        "importer_number": None if case == "deficient-ior" else ior,
        "protestant_name": name,
        "protestant_address": None if "address" in case else ", ".join(address),
        "entries": [
            {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in e.items()}
            for e in entries
        ],
        "category": category,
        "merchandise_description": None if case == "deficient-description" else goods,
        "accelerated_disposition": accelerated,
        "further_review_requested": review,
        "signer_name": signer,
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": first_last.isoformat(),
        "last_days": {
            e["entry_number"]: last.isoformat() for e, last in zip(entries, lasts, strict=True)
        },
        "missing": missing,
    }
    not_scored = []
    if invalid:
        del values["category"]
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "category, deadline, last_days: the protest attacks a penalty-petition decision "
            "(19 CFR 171.22), which is no 1514(a) category and runs no protest clock the "
            "contract defines"
        )
    args = (
        ["--today", today.isoformat()]
        if stamped
        else ["--received", received.isoformat(), "--today", today.isoformat()]
    )
    doc = dict(
        values,
        entries=entries,
        received=received,
        address=address,
        port_name=port_name,
        ds=ds,
        stamped=stamped,
        case=case,
        ior=ior,
        goods=goods,
        invalid=invalid,
        category=category,
        prior=rng.randint(100000, 199999),
        title=rng.choice(
            [
                "Customs Compliance Manager",
                "Vice President, Operations",
                "Licensed Customs Broker",
                "Director of Logistics",
            ]
        ),
    )
    blocks = STYLE_FUNCS[style](doc, rng)
    return {
        "kind": "protest",
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "blocks": blocks,
    }


def _d(doc: dict[str, Any], day: dt.date) -> str:
    return fm.date(day, doc["ds"])


def _what(doc: dict[str, Any]) -> str:
    if doc["invalid"]:
        return (
            "the decision of the Fines, Penalties and Forfeitures Officer denying our petition "
            "for relief "
            "in penalty case " + f"{doc['received'].year}-{doc['port_code']}-{doc['prior']:06d}-01"
        )
    return CATEGORY_WORDS[doc["category"]]


def _drawback(doc: dict[str, Any], rng: random.Random) -> list[str]:
    if doc["case"] == "nh-drawback":
        return []
    return [
        rng.choice(
            [
                "Drawback: the entries listed are not subject to drawback.",
                "The protestant declares that no drawback claim has been or will be filed on "
                "these entries.",
                "Subject to drawback? NO",
                "None of the entries covered by this protest is the subject of a drawback claim.",
            ]
        )
    ]


def _prior(doc: dict[str, Any]) -> list[str]:
    if doc["case"] != "deficient-prior":
        return []
    return [
        f"The protestant asks for the same disposition as in its protest {doc['port_code']}-"
        f"{doc['received'].year % 100 - 1:02d}-{doc['prior']:06d}, which is pending further review."
    ]


def _stamp(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    if not doc["stamped"]:
        return []
    stamp = fm.date(doc["received"], "dmy")
    return [
        (
            "box",
            [
                f"RECEIVED {stamp}",
                f"CBP PORT {doc['port_code']}",
                f"Protest No. {doc['protest_number']}",
            ],
        )
    ]


def _flags(doc: dict[str, Any]) -> list[str]:
    acc = (
        "Accelerated disposition under 19 CFR 174.22 is requested; this protest is sent by "
        "certified mail."
        if doc["accelerated_disposition"]
        else "Accelerated disposition is not requested."
    )
    rev = (
        "Further review is requested under 19 CFR 174.24(b): the decision raises a question "
        "not previously ruled on."
        if doc["further_review_requested"]
        else "The protestant does not apply for further review."
    )
    return [acc, rev]


def _argument(doc: dict[str, Any]) -> str:
    if doc["invalid"]:
        return (
            "The penalty was mitigated too little given the protestant's record; the "
            "protestant asks that the "
            "petition decision be set aside."
        )
    return {
        "classification": "The goods were reclassified at liquidation under a provision that "
        "does not describe them. "
        "Under GRI 1 the heading we entered covers them by its terms, and CBP's own rulings on the "
        "same goods agree. The duty assessed on the difference should be refunded.",
        "appraised_value": "CBP appraised the goods at a value that added buying commissions "
        "to the price actually "
        "paid. Bona fide buying commissions are not part of transaction value "
        "(19 U.S.C. 1401a(b)).",
        "liquidation": "The entries liquidated at rates that ignore the preference claimed at "
        "entry; the claim was "
        "supported and should have been applied at liquidation.",
    }[doc["category"]]


def grid(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    blocks: list[tuple[Any, ...]] = [
        ("head", "PROTEST - CONTINUATION FORM (19 U.S.C. 1514; 19 CFR Part 174)")
    ]
    blocks += _stamp(doc)
    fields = [("Port code", doc["port_code"]), ("Protestant", doc["protestant_name"])]
    if doc["protestant_address"]:
        fields.append(("Address", ", ".join(doc["address"])))
    if doc["importer_number"]:
        fields.append(("Importer No.", doc["importer_number"]))
    fields.append(("Decision protested", _what(doc)))
    if doc["merchandise_description"]:
        fields.append(("Description of merchandise", doc["goods"]))
    blocks.append(("table", ["Item", "Particulars"], [list(f) for f in fields], True))
    rows = [
        [e["entry_number"], _d(doc, e["entry_date"]), _d(doc, e["liquidation_date"])]
        for e in doc["entries"]
    ]
    blocks.append(("table", ["Entry No.", "Date of Entry", "Date of Liquidation"], rows, True))
    blocks += [("text", t) for t in _drawback(doc, rng) + _prior(doc) + _flags(doc)]
    if doc["case"] != "deficient-objection":
        blocks.append(("text", "Statement of objections: see rider attached."))
        blocks.append(("page",))
        blocks.append(("head", "RIDER - STATEMENT OF OBJECTIONS AND ARGUMENT"))
        blocks.append(("text", _argument(doc)))
    blocks.append(
        (
            "sig",
            [
                f"/s/ {doc['signer_name']}",
                doc["title"],
                f"Dated: {_d(doc, doc['received'] - 2 * DAY)}",
            ],
        )
    )
    return blocks


def letter(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    ref = [
        f"Our ref.: PR-{rng.randint(1000, 9999)}",
        f"Port: {doc['port_name']} ({doc['port_code']})",
    ]
    if doc["importer_number"]:
        ref.append(f"IOR No. {doc['importer_number']}")
    blocks: list[tuple[Any, ...]] = [("head", doc["protestant_name"])]
    if doc["protestant_address"]:
        blocks.append(("lines", doc["address"]))
    blocks += [("right", ref), *_stamp(doc)]
    blocks.append(("text", _d(doc, doc["received"] - 3 * DAY)))
    blocks.append(
        (
            "lines",
            ["Port Director", "U.S. Customs and Border Protection", f"Port of {doc['port_name']}"],
        )
    )
    parts = [
        f"entry {e['entry_number']} dated {_d(doc, e['entry_date'])}, liquidated "
        f"{_d(doc, e['liquidation_date'])}"
        for e in doc["entries"]
    ]
    blocks.append(
        (
            "text",
            f"Dear Port Director: {doc['protestant_name']} protests {_what(doc)} on "
            + "; ".join(parts)
            + ".",
        )
    )
    if doc["merchandise_description"]:
        blocks.append(("text", f"Merchandise: {doc['goods']}"))
    if doc["case"] != "deficient-objection":
        blocks.append(("text", _argument(doc)))
    blocks += [("text", t) for t in _prior(doc) + _drawback(doc, rng) + _flags(doc)]
    blocks.append(("sig", ["Sincerely,", doc["signer_name"], doc["title"]]))
    return blocks


def bullets(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    blocks: list[tuple[Any, ...]] = [
        ("head", f"Protest on behalf of {doc['protestant_name']}"),
        *_stamp(doc),
    ]
    intro = [f"Protestant: {doc['protestant_name']}"]
    if doc["protestant_address"]:
        intro.append("Address: " + ", ".join(doc["address"]))
    if doc["importer_number"]:
        intro.append(f"Importer number: {doc['importer_number']}")
    intro.append(f"Port of entry: {doc['port_code']} {doc['port_name']}")
    blocks.append(("lines", intro))
    blocks.append(("text", f"Protested decision: {_what(doc)}. The entries:"))
    blocks.append(
        (
            "bullets",
            [
                f"{e['entry_number']} - entered {_d(doc, e['entry_date'])} - liquidated "
                f"{_d(doc, e['liquidation_date'])}"
                for e in doc["entries"]
            ],
        )
    )
    if doc["merchandise_description"]:
        blocks.append(("text", f"Description of merchandise: {doc['goods']}"))
    if doc["case"] != "deficient-objection":
        blocks.append(("text", "Grounds. " + _argument(doc)))
    blocks += [("text", t) for t in _flags(doc) + _drawback(doc, rng) + _prior(doc)]
    blocks.append(("sig", ["Respectfully submitted,", "", doc["signer_name"], doc["title"]]))
    return blocks


STYLE_FUNCS = {"grid": grid, "letter": letter, "bullets": bullets}
