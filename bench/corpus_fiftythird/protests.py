"""Protests in three senders' styles: a broker's e-mail printed from webmail, a law firm's
letter with footnotes, and a broker's protest filing worksheet with check boxes."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import (
    BROKERS,
    COMPANIES,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    ein,
    filer_code,
    fmt_date,
    new_entry,
    one_line,
)
from .render import Block

CASES = [
    "accept",
    "two-entries",
    "no-description",
    "untimely",
    "premature",
    "grace-weekend",
    "invalid-petition",
    "no-importer-number",
    "pre2004-untimely",
    "post2004-timely",
    "mixed",
    "exclusion",
    "afr",
    "earlier-no-date",
    "day-181",
    "grace-holiday",
    "stamp",
    "verify-ior",
    "no-drawback",
    "charges",
    "invalid-second",
    "accelerated",
]
STYLES = ["email", "footnote", "worksheet"]

CATEGORY_WORDS = {
    "classification": ("classification", "the classification and rate of duty"),
    "appraised_value": ("appraised value", "the appraised value"),
    "charges": ("charges or exactions", "the merchandise processing fee charged"),
    "exclusion": ("exclusion", "the exclusion of the merchandise from entry"),
}
HOLIDAYS_ON_WEEKDAYS = [
    dt.date(2025, 11, 11),
    dt.date(2026, 1, 19),
    dt.date(2025, 10, 13),
    dt.date(2026, 5, 25),
]


def _liq_for_last(rng: random.Random, want: str) -> dt.date:
    """A liquidation date whose last day is a Saturday, a weekday holiday or a business day."""
    if want == "holiday":
        return rng.choice(HOLIDAYS_ON_WEEKDAYS) - dt.timedelta(days=180)
    while True:
        liq = dt.date(2024, 9, 1) + dt.timedelta(days=rng.randint(0, 420))
        last = liq + dt.timedelta(days=180)
        if liq.weekday() >= 5:
            continue
        if want == "saturday" and last.weekday() == 5:
            return liq
        if (
            want == "business"
            and law.is_business_day(last)
            and law.is_business_day(last + dt.timedelta(days=1))
        ):
            return liq


def make(index: int, seed: int, style: str) -> tuple[dict[str, Any], list[Block], str, str | None]:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"protest-{index}-{seed}")
    name, addr = rng.choice(COMPANIES)
    port, port_name = rng.choice(PORTS)
    ior = ein(rng)
    if case == "verify-ior":
        ior = f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
    signer = rng.choice(PEOPLE)
    goods, _hts = rng.choice(GOODS)
    filer = filer_code(rng)
    dstyle = rng.choice(["long", "us", "dmy", "abbr", "iso", "mil"])
    category = {
        "exclusion": "exclusion",
        "charges": "charges",
        "afr": "appraised_value",
        "invalid-second": "appraised_value",
    }.get(case, "classification")

    # ---- entries and clocks
    if case == "day-181":
        liq = _liq_for_last(rng, "business")
    elif case == "grace-weekend":
        liq = _liq_for_last(rng, "saturday")
    elif case == "grace-holiday":
        liq = _liq_for_last(rng, "holiday")
    else:
        liq = law.next_business_day(dt.date(2024, 10, 1) + dt.timedelta(days=rng.randint(0, 360)))
    entries: list[dict[str, Any]] = []
    n_entries = 2 if case in ("two-entries", "mixed") else 1
    for k in range(n_entries):
        edate = liq - dt.timedelta(days=rng.randint(300, 340) + 9 * k)
        entries.append({"number": new_entry(rng, filer), "date": edate, "liq": liq})
    if case == "mixed":
        entries[0]["liq"] = law.next_business_day(liq - dt.timedelta(days=rng.randint(215, 260)))
        entries[0]["date"] = entries[0]["liq"] - dt.timedelta(days=320)
    if case in ("pre2004-untimely", "post2004-timely"):
        edate = dt.date(2004, 12, 17) if case == "pre2004-untimely" else dt.date(2004, 12, 20)
        entries[0]["date"] = edate
        entries[0]["liq"] = liq = law.next_business_day(
            dt.date(2005, 11, 4) + dt.timedelta(days=rng.randint(0, 20))
        )
    last_days = {e["number"]: law.last_day(e["date"], e["liq"]) for e in entries}
    first_last = min(last_days.values())
    if case in ("untimely",):
        received = first_last + dt.timedelta(days=rng.randint(9, 40))
    elif case == "pre2004-untimely":
        received = liq + dt.timedelta(days=120 + rng.randint(0, 20))
    elif case == "post2004-timely":
        received = liq + dt.timedelta(days=150 + rng.randint(0, 10))
    elif case == "premature":
        received = liq - dt.timedelta(days=rng.randint(4, 25))
    elif case == "day-181":
        received = first_last + dt.timedelta(days=1)
    elif case in ("grace-weekend", "grace-holiday"):
        received = law.next_business_day(first_last)
    elif case == "mixed":
        received = liq + dt.timedelta(days=rng.randint(30, 90))
    else:
        received = liq + dt.timedelta(days=rng.randint(25, 165))
    while not law.is_business_day(received):
        received += dt.timedelta(days=1)
    clocks = [law.timing(received, e["liq"], last_days[e["number"]]) for e in entries]
    today = received + dt.timedelta(days=rng.randint(2, 20))
    arg_received = received
    if case == "stamp":
        arg_received = received + dt.timedelta(days=rng.randint(3, 9))
        today = arg_received + dt.timedelta(days=2)

    missing: list[str] = []
    if case == "no-description":
        missing.append("174.13(a)(5)")
    if case == "no-importer-number":
        missing.append("174.13(a)(2)")
    if case == "earlier-no-date":
        missing.append("174.13(a)(7)")
    if case == "no-drawback":
        missing.append("174.13(a)(9)")
    invalid = case in ("invalid-petition", "invalid-second")
    outcome = law.protest_outcome(clocks, invalid, missing, verify=case == "verify-ior")
    expected = {
        "untimely": "untimely",
        "premature": "premature",
        "grace-weekend": "needs_human",
        "grace-holiday": "needs_human",
        "pre2004-untimely": "untimely",
        "mixed": "needs_human",
        "day-181": "untimely",
        "verify-ior": "needs_human",
        "no-description": "deficient",
        "no-importer-number": "deficient",
        "earlier-no-date": "deficient",
        "no-drawback": "deficient",
        "invalid-petition": "invalid",
        "invalid-second": "invalid",
    }
    assert outcome == expected.get(case, "accept"), (case, outcome, clocks)

    further = case == "afr" or (style == "worksheet" and rng.random() < 0.3 and case == "accept")
    accelerated = case == "accelerated"
    pnum = None
    if style == "worksheet" and rng.random() < 0.6:
        pnum = f"{port}-{str(received.year)[2:]}-{rng.randint(100000, 199999)}"
    earlier = f"{port}-{str(received.year)[2:]}-{rng.randint(100000, 199999)}"
    stamp = case == "stamp"

    values: dict[str, Any] = {
        "protest_number": pnum,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": None if case == "no-importer-number" else ior,
        "protestant_name": name,
        "protestant_address": one_line(addr),
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidation_date": e["liq"].isoformat(),
            }
            for e in entries
        ],
        "category": category,
        "merchandise_description": None if case == "no-description" else goods,
        "accelerated_disposition": accelerated,
        "further_review_requested": further,
        "signer_name": signer,
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in last_days.items()},
        "missing": missing,
    }
    not_scored: list[str] = []
    if case == "invalid-petition":
        for key in ("deadline", "last_days"):
            decision.pop(key)
        values.pop("category")
        values.pop("entries")
        not_scored.append(
            "deadline, last_days and entries: a penalty-petition decision has no protest clock "
            "and no liquidation; category: the decision is not one of 1514(a)"
        )
    if case == "no-drawback":
        decision.pop("outcome")
        not_scored.append(
            "outcome: the only open point is the missing 174.13(a)(9) declaration (VERIFY)"
        )

    truth = {
        "kind": "protest",
        "case": case,
        "style": style,
        "args": ["--received", arg_received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    ctx = dict(
        case=case,
        name=name,
        addr=addr,
        port=port,
        port_name=port_name,
        ior=ior,
        signer=signer,
        goods=goods,
        entries=entries,
        dstyle=dstyle,
        category=category,
        further=further,
        accelerated=accelerated,
        pnum=pnum,
        earlier=earlier,
        stamp=stamp,
        received=received,
        rng=rng,
        filed=received - dt.timedelta(days=rng.randint(1, 3)),
    )
    blocks, family, footer = {"email": _email, "footnote": _footnote, "worksheet": _worksheet}[
        style
    ](ctx)
    return truth, blocks, family, footer


def _d(c: dict[str, Any], day: dt.date) -> str:
    return fmt_date(day, c["dstyle"])


def _decision_phrase(c: dict[str, Any]) -> str:
    if c["case"] == "invalid-petition":
        return (
            "the decision denying its petition for relief under 19 CFR Part 171 in the penalty case"
        )
    return CATEGORY_WORDS[c["category"]][1]


def _grounds(c: dict[str, Any]) -> str:
    cat = c["category"]
    if c["case"] == "invalid-petition":
        return (
            "The mitigated penalty remains disproportionate to the clerical error found, and the "
            "petition showed extraordinary cooperation."
        )
    if cat == "classification":
        return (
            "The merchandise was liquidated under a heading that covers articles of a different "
            "material and use; it is properly classified under the heading claimed at entry, "
            "consistent with the General Rules of Interpretation 1 and 6."
        )
    if cat == "appraised_value":
        return (
            "The transaction value was rejected although the buyer and seller are unrelated "
            "and the "
            "price actually paid was fully documented; value should be the invoice price."
        )
    if cat == "charges":
        return (
            "The merchandise processing fee was assessed above the maximum of 19 CFR 24.23(b) "
            "for a "
            "formal entry; the excess should be refunded."
        )
    return (
        "The merchandise was excluded as restricted although the importer presented the required "
        "certificate of compliance at the time of examination."
    )


def _clock_label(c: dict[str, Any]) -> str:
    return "decision" if c["category"] == "exclusion" else "liquidation"


def _drawback(c: dict[str, Any]) -> str | None:
    if c["case"] == "no-drawback":
        return None
    return str(
        c["rng"].choice(
            [
                "The entries covered by this protest are not subject to drawback.",
                "None of the entries is the subject of a drawback claim, and none will be.",
                "Protestant declares that the merchandise is not subject to drawback.",
            ]
        )
    )


def _earlier_text(c: dict[str, Any]) -> str | None:
    if c["case"] == "earlier-no-date":
        return (
            f"Protestant asks for the same disposition as in Protest No. {c['earlier']}, on "
            "which an "
            f"application for further review is pending."
        )
    if c["case"] == "invalid-second":
        return (
            f"Protestant filed Protest No. {c['earlier']} on the same merchandise of this entry, "
            f"contesting its classification; that protest was received on "
            f"{_d(c, c['received'] - dt.timedelta(days=15))}. The present protest contests the "
            "appraised value."
        )
    return None


def _stamp_block(c: dict[str, Any]) -> Block:
    return (
        "box",
        [f"RECEIVED {fmt_date(c['received'], 'mil')}", f"CBP - PORT OF {c['port_name'].upper()}"],
        {"width": 190, "indent": 280, "size": 9},
    )


def _email(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    rng = c["rng"]
    broker, baddr = rng.choice(BROKERS)
    bior = ein(rng)
    user = c["signer"].split()[0].lower()
    blocks: list[Block] = []
    if c["stamp"]:
        blocks.append(_stamp_block(c))
    hdr = [
        ["From:", f"{c['signer']} <{user}@{broker.split()[0].lower()}-entry.example>"],
        [
            "Sent:",
            f"{c['filed'].strftime('%A')}, {fmt_date(c['filed'], 'long')} "
            f"9:{rng.randint(10, 59)} AM",
        ],
        ["To:", f"Protests, Port of {c['port_name']} <protests-{c['port']}@cbp.example>"],
        ["Subject:", f"Protest under 19 USC 1514 - {c['name']}"],
        ["Attachments:", "POA_signed.pdf; entry_summary.pdf"],
    ]
    blocks += [
        ("table", hdr, {"widths": [0.16, 0.84], "ruled": False, "header": False, "size": 9.5}),
        ("rule",),
    ]
    blocks.append(("p", "Good morning,", {}))
    who = f"{c['name']}, {one_line(c['addr'])}"
    ior_text = "" if c["case"] == "no-importer-number" else f" (importer number {c['ior']})"
    blocks.append(
        (
            "p",
            f"Under the power of attorney on file, we submit this protest for our client {who}"
            f"{ior_text}, against {_decision_phrase(c)} of the entry below at the Port of "
            f"{c['port_name']}, port code {c['port']}.",
            {},
        )
    )
    for e in c["entries"]:
        blocks.append(
            (
                "p",
                f"- Entry {e['number']}, entered {_d(c, e['date'])}, {_clock_label(c)} "
                f"{_d(c, e['liq'])}",
                {"indent": 18, "after": 1},
            )
        )
    blocks.append(("gap", 6))
    if c["case"] != "no-description":
        blocks.append(("p", f"Merchandise: {c['goods']}", {}))
    else:
        blocks.append(("p", "The goods are those shown on the entry summary attached.", {}))
    blocks.append(("p", f"Why we protest: {_grounds(c)}", {}))
    for extra in (_earlier_text(c), _drawback(c)):
        if extra:
            blocks.append(("p", extra, {}))
    blocks.append(
        (
            "p",
            "We apply for further review under 19 CFR 174.24(b): the question has not been "
            "ruled on "
            "by Headquarters, and no other application or court action on this claim is pending."
            if c["further"]
            else "No application for further review is made with this protest.",
            {},
        )
    )
    if c["accelerated"]:
        blocks.append(
            (
                "p",
                "A copy of this protest goes to the port by certified mail today, and we request "
                "accelerated disposition under 19 CFR 174.22.",
                {},
            )
        )
    blocks += [
        ("gap", 8),
        ("p", "Thanks and regards,", {}),
        (
            "p",
            f"{c['signer']}\nLicensed Customs Broker, {broker}\n{one_line(baddr)}\n"
            f"Broker's importer number {bior}",
            {"size": 9.5},
        ),
        ("gap", 10),
        (
            "p",
            "This message and its attachments are for the addressee only.",
            {"size": 7.5, "font": "italic"},
        ),
    ]
    return blocks, "helv", "Printed from webmail - page {page} of {pages}"


def _footnote(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    rng = c["rng"]
    firm, faddr = rng.choice(FIRMS)
    blocks: list[Block] = [
        ("p", firm, {"font": "bold", "size": 13, "align": "center", "after": 1}),
        ("p", "  |  ".join(faddr), {"size": 8.5, "align": "center"}),
        ("rule",),
    ]
    if c["stamp"]:
        blocks.append(_stamp_block(c))
    blocks += [
        ("p", _d(c, c["filed"]), {"align": "right"}),
        (
            "p",
            "BY CERTIFIED MAIL" if c["accelerated"] else "BY FEDERAL EXPRESS",
            {"font": "bold", "size": 9},
        ),
        (
            "p",
            f"Port Director\nU.S. Customs and Border Protection\nPort of {c['port_name']} "
            f"(Port Code {c['port']})",
            {},
        ),
        (
            "p",
            f"Re:  Protest of {c['name']} under 19 U.S.C. § 1514",
            {"font": "bold", "indent": 36},
        ),
        ("p", "Dear Port Director:", {}),
    ]
    ior = "" if c["case"] == "no-importer-number" else f", importer number {c['ior']}"
    blocks.append(
        (
            "p",
            f"This firm represents {c['name']}, {one_line(c['addr'])}{ior} (the “Protestant”), "
            f"which protests¹ {_decision_phrase(c)} of the entries listed in the table below.",
            {},
        )
    )
    rows = [
        [
            "Entry Number",
            "Date of Entry",
            "Date of Decision" if c["category"] == "exclusion" else "Date of Liquidation",
        ]
    ]
    rows += [[e["number"], _d(c, e["date"]), _d(c, e["liq"])] for e in c["entries"]]
    blocks.append(("table", rows, {"widths": [0.36, 0.32, 0.32]}))
    blocks.append(("p", "I. Merchandise", {"font": "bold"}))
    blocks.append(
        (
            "p",
            f"Description of merchandise: {c['goods']}"
            if c["case"] != "no-description"
            else "The merchandise is described in the commercial invoices of the entries.",
            {},
        )
    )
    blocks.append(("p", "II. Objection and Justification", {"font": "bold"}))
    blocks.append(("p", _grounds(c) + "²", {}))
    earlier = _earlier_text(c)
    if earlier:
        blocks.append(("p", "III. Earlier Protest", {"font": "bold"}))
        blocks.append(("p", earlier, {}))
    blocks.append(("p", "IV. Declarations", {"font": "bold"}))
    dbk = _drawback(c)
    if dbk:
        blocks.append(("p", dbk, {}))
    blocks.append(
        (
            "p",
            "Protestant applies for further review of this protest³ under 19 C.F.R. § 174.24(a); "
            "no prior adverse decision or pending court action concerns this claim."
            if c["further"]
            else "Protestant does not apply for further review.",
            {},
        )
    )
    if c["accelerated"]:
        blocks.append(
            (
                "p",
                "Protestant requests accelerated disposition under 19 C.F.R. § 174.22; this "
                "protest "
                "is sent by certified mail.",
                {},
            )
        )
    blocks += [
        ("p", "Respectfully submitted,", {}),
        ("gap", 10),
        ("p", f"/s/ {c['signer']}", {"font": "italic"}),
        ("p", f"{c['signer']}\n{firm}\nCounsel for Protestant", {}),
        ("gap", 14),
        ("rule",),
        (
            "p",
            "¹ 19 U.S.C. § 1514(a); 19 C.F.R. § 174.12. Filed by counsel under 19 C.F.R. § 174.3.",
            {"size": 7.5, "after": 1},
        ),
        (
            "p",
            "² See 19 C.F.R. § 174.13(a)(6) (nature of and justification for each objection).",
            {"size": 7.5, "after": 1},
        ),
        ("p", "³ Criteria of 19 C.F.R. § 174.24; routing under § 174.26(b).", {"size": 7.5}),
    ]
    return blocks, "times", None


def _box(on: bool) -> str:
    return "[X]" if on else "[ ]"


def _worksheet(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    rng = c["rng"]
    broker, baddr = rng.choice(BROKERS)
    blocks: list[Block] = [
        ("p", f"{broker.upper()} - PROTEST FILING WORKSHEET", {"font": "bold", "size": 12}),
        ("p", f"ACE protest module transmission - {one_line(baddr)}", {"size": 8.5}),
        ("rule",),
    ]
    rows = [
        ["ACE Protest No.", c["pnum"] or "(assigned on transmission)"],
        ["Date received by CBP", fmt_date(c["received"], c["dstyle"]) if c["stamp"] else ""],
        ["Port code / port", f"{c['port']} / {c['port_name']}"],
        ["Protestant", c["name"]],
        ["Protestant address", "\n".join(c["addr"])],
        ["Importer of record no.", "" if c["case"] == "no-importer-number" else c["ior"]],
    ]
    blocks.append(("table", rows, {"widths": [0.3, 0.7], "header": False, "size": 9.5}))
    cat = c["category"]
    if c["case"] == "invalid-petition":
        boxes = (
            "[ ] Appraised value  [ ] Classification  [ ] Charges  [ ] Exclusion  [X] "
            "Other: denial of petition, 19 CFR 171"
        )
    else:
        boxes = "  ".join(
            f"{_box(cat == k)} {w}"
            for k, w in (
                ("appraised_value", "Appraised value"),
                ("classification", "Classification / rate"),
                ("charges", "Charges / exactions"),
                ("exclusion", "Exclusion"),
                ("liquidation", "Liquidation"),
            )
        )
    blocks += [
        ("p", "Decision protested:", {"font": "bold", "after": 1}),
        ("p", boxes, {"size": 9}),
    ]
    head = [
        "Entry no. (filer-number-check)",
        "Entry date",
        "Decision date" if cat == "exclusion" else "Liquidation date",
    ]
    blocks.append(
        (
            "table",
            [head] + [[e["number"], _d(c, e["date"]), _d(c, e["liq"])] for e in c["entries"]],
            {"widths": [0.44, 0.28, 0.28], "size": 9.5},
        )
    )
    if c["case"] != "no-description":
        blocks.append(("p", f"Description of merchandise: {c['goods']}", {}))
    blocks.append(
        ("box", [_grounds(c)], {"title": "Nature of and justification for the objection"})
    )
    earlier = _earlier_text(c)
    if earlier:
        blocks.append(("p", f"Earlier protest: {earlier}", {}))
    if c["case"] != "no-drawback":
        blocks.append(("p", "Entries subject to drawback?  [ ] Yes  [X] No", {}))
    blocks.append(
        (
            "p",
            f"Accelerated disposition (19 CFR 174.22) requested?  {_box(c['accelerated'])} Yes  "
            f"{_box(not c['accelerated'])} No"
            + ("  (certified mail copy sent)" if c["accelerated"] else ""),
            {},
        )
    )
    blocks.append(
        (
            "p",
            f"Application for further review?  {_box(c['further'])} Yes  "
            f"{_box(not c['further'])} No"
            + ("  - criterion 174.24(b): no ruling on the question" if c["further"] else ""),
            {},
        )
    )
    blocks += [
        ("gap", 8),
        (
            "table",
            [
                ["Signature", f"/s/ {c['signer']}"],
                ["Name", c["signer"]],
                ["Title", "Compliance manager, for the importer"],
                ["Date", _d(c, c["filed"])],
            ],
            {"widths": [0.2, 0.8], "header": False, "size": 9},
        ),
        ("p", "Internal: keep with the entry file for 5 years (19 CFR 163.4).", {"size": 7.5}),
    ]
    return blocks, "courier" if rng.random() < 0.5 else "helv", "Worksheet page {page} of {pages}"
