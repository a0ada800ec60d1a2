"""Protest cases and the three protest senders (grid, letter, checklist)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyfourth import common as C
from bench.corpus_fortyfourth import law as L

CASES = [
    "accept",
    "accept-multi",
    "deficient-a1",
    "deficient-a2",
    "deficient-a3",
    "untimely",
    "premature",
    "invalid",
    "grace-weekend",
    "partial-late",
    "deficient-a5",
    "deficient-a6",
    "deficient-a7",
    "deficient-a8",
    "drawback-silent",
    "accept-90day",
    "untimely-90day",
    "accept-stamp",
    "grace-holiday",
    "deficient-a4",
    "accept-accelerated",
    "deficient-a2-a5",
]
STYLES = ["grid", "letter", "checklist"]
CATS = {
    "classification": "classification",
    "appraised_value": "appraised value",
    "liquidation": "liquidation",
}
DRAWBACK = [
    "No entry covered by this protest is subject to drawback.",
    "The protestant declares that the entries are not the subject of a drawback claim.",
    "Drawback: none of the merchandise has been or will be claimed for drawback.",
    "We state that the entries listed are not subject to drawback.",
]


def _grace_liq(rng: random.Random, entry: dt.date, holiday: bool) -> dt.date:
    liq = entry + dt.timedelta(days=rng.randint(250, 400))
    while True:
        last = L.protest_last_day(entry, liq)
        if liq.weekday() >= 5:
            pass
        elif (holiday and last.weekday() < 5 and not L.business_day(last)) or (
            not holiday
            and last.weekday() == 5
            and L.next_business_day(last) == last + dt.timedelta(days=2)
        ):
            return liq
        liq += L.ONE


def plan(index: int, seed: int) -> dict[str, Any]:
    """Truth and blocks for one protest."""
    rng = random.Random(f"protest:{seed}:{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index // 2 + seed) % 3]
    habit = rng.randrange(7)
    port, port_name = rng.choice(C.PORTS)
    name, addr = rng.choice(C.COMPANIES)
    signer = rng.choice(C.PEOPLE)
    goods = rng.choice(C.GOODS)[0]
    ior = C.ein(rng)
    category = rng.choice(list(CATS))
    fcode = C.filer(rng)
    n_entries = 3 if case in ("accept-multi", "partial-late") else rng.choice([1, 1, 2])
    if case.startswith(("untimely", "premature", "grace")) or "90day" in case:
        n_entries = 1
    base = dt.date(2024, rng.randint(1, 9), rng.randint(1, 28))
    if "90day" in case:
        base = dt.date(2004, 12, 17)
    entries: list[list[Any]] = []
    for k in range(n_entries):
        e_date = L.weekday(base + dt.timedelta(days=9 * k))
        if case.startswith("grace"):
            liq = _grace_liq(rng, base, case == "grace-holiday") if k == 0 else None
        elif "90day" in case:
            liq = L.weekday(dt.date(2025, 3, 14) + dt.timedelta(days=rng.randint(0, 60)))
        else:
            liq = L.weekday(e_date + dt.timedelta(days=rng.randint(300, 330)))
        entries.append([L.entry_number(fcode, f"{rng.randint(0, 9999999):07d}"), e_date, liq])
    if case.startswith("grace"):
        for e in entries:
            e[2] = entries[0][2]
    first_liq = min(e[2] for e in entries)
    lasts = {e[0]: L.protest_last_day(e[1], e[2]) for e in entries}
    deadline = min(lasts.values())
    if case == "untimely" or case == "untimely-90day":
        received = L.next_business_day(deadline) + dt.timedelta(days=rng.randint(3, 20))
    elif case == "premature":
        received = first_liq - dt.timedelta(days=rng.randint(4, 25))
    elif case.startswith("grace"):
        received = L.next_business_day(deadline)
    elif case == "partial-late":
        entries[0][2] = L.weekday(entries[0][2] - dt.timedelta(days=60))
        lasts = {e[0]: L.protest_last_day(e[1], e[2]) for e in entries}
        deadline = min(lasts.values())
        received = L.next_business_day(deadline) + dt.timedelta(days=10)
    elif case == "accept-90day":
        received = first_liq + dt.timedelta(days=rng.randint(30, 80))
    else:
        received = max(e[2] for e in entries) + dt.timedelta(days=rng.randint(20, 80))
    while received.weekday() >= 5 and not case.startswith("grace"):
        received += L.ONE if case != "premature" else -L.ONE
    today = received + dt.timedelta(days=rng.randint(1, 12))
    timing = [L.protest_timing(received, e[2], lasts[e[0]]) for e in entries]
    missing: list[str] = []
    outcome = "accept"
    not_scored: list[str] = []
    decision_kind = "normal"
    if case == "invalid":
        decision_kind = "petition"
    a = {k: case.find(k) >= 0 for k in ("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8")}
    for num in range(1, 9):
        if a[f"a{num}"]:
            missing.append(f"174.13(a)({num})")
    drawback_silent = case == "drawback-silent"
    if drawback_silent:
        missing.append("174.13(a)(9)")
    if any(t == "grace" for t in timing) or (len(set(timing)) > 1) or drawback_silent:
        outcome = "needs_human"
    elif timing[0] == "premature":
        outcome = "premature"
    elif timing[0] == "untimely":
        outcome = "untimely"
    elif decision_kind == "petition":
        outcome = "invalid"
    elif missing:
        outcome = "deficient"
    stamp = case == "accept-stamp" or rng.random() < 0.3
    protest_no = f"{port}-{str(received.year)[2:]}-{rng.randint(100000, 999999)}" if stamp else None
    values: dict[str, Any] = {
        "protest_number": protest_no,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": None if a["a2"] else ior,
        "protestant_name": name,
        "protestant_address": None if a["a1"] else ", ".join(addr),
        "entries": [
            {
                "entry_number": e[0],
                "entry_date": None if a["a3"] else e[1].isoformat(),
                "liquidation_date": None if a["a4"] else e[2].isoformat(),
            }
            for e in entries
        ],
        "category": category,
        "merchandise_description": None if a["a5"] else goods,
        "accelerated_disposition": case == "accept-accelerated",
        "further_review_requested": rng.random() < 0.5,
        "signer_name": signer,
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": deadline.isoformat(),
        "last_days": {k: v.isoformat() for k, v in lasts.items()},
        "missing": missing,
    }
    if a["a3"] or a["a4"]:
        del decision["deadline"], decision["last_days"]
        not_scored.append("deadline/last_days: an entry or liquidation date is not printed")
    if a["a4"]:
        del decision["outcome"]
        not_scored.append(
            "outcome: with no liquidation date the contract does not settle timeliness"
        )
    if decision_kind == "petition":
        del values["category"], decision["deadline"], decision["last_days"]
        not_scored.append(
            "category/deadline/last_days: a penalty-petition decision is protested, "
            "which is none of the contract's categories"
        )
    args = [
        "--received",
        (received + dt.timedelta(days=2) if stamp else received).isoformat(),
        "--today",
        today.isoformat(),
    ]
    doc = {
        "kind": "protest",
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    blocks = _blocks(
        style,
        rng,
        habit,
        doc,
        addr,
        entries,
        a,
        drawback_silent,
        decision_kind,
        port_name,
        received,
    )
    return {"truth": doc, "blocks": blocks, "style": style, "case": case}


def _blocks(
    style: str,
    rng: random.Random,
    habit: int,
    doc: dict[str, Any],
    addr: list[str],
    entries: list[list[Any]],
    a: dict[str, bool],
    drawback_silent: bool,
    decision_kind: str,
    port_name: str,
    received: dt.date,
) -> list[tuple[object, ...]]:
    v = doc["values"]

    def d(day: dt.date) -> str:
        return C.fmt_date(day, habit)

    letter_date = received - dt.timedelta(days=rng.randint(2, 6))
    cat_word = CATS.get(v.get("category") or "classification", "classification")
    if decision_kind == "petition":
        objection = (
            "Protestant objects to the decision of the Fines, Penalties and Forfeitures "
            "Officer denying its petition for relief under 19 CFR Part 171 in the case "
            "arising from these entries."
        )
    elif a["a6"]:
        objection = f"Protestant protests the {cat_word} of the merchandise on the entries below."
    else:
        objection = {
            "classification": "Protestant objects to the classification made at liquidation. "
            "CBP placed the goods under a residual provision although a heading describes them "
            "by name; under GRI 1 and GRI 3(a) the specific heading prevails, at a lower rate. "
            "CBP should reliquidate at that rate and refund the excess duties with interest.",
            "appraised_value": "Protestant objects to the appraised value. CBP added to the price "
            "actually paid a buying commission that the importer paid to its own agent; such a "
            "commission is not part of transaction value under 19 U.S.C. 1401a(b). The entries "
            "should be reliquidated at the invoice price and the excess refunded with interest.",
            "liquidation": "Protestant objects to the liquidation itself: the entries were "
            "liquidated while an extension of liquidation was in force, before the importer's "
            "post-summary correction was processed. CBP should reliquidate on the corrected "
            "entry summaries and refund the excess duties with interest.",
        }.get(v.get("category") or "", "")
        objection = objection or (
            f"Protestant objects to the {cat_word} made at liquidation. The goods were "
            "advanced at a rate that ignores the terms of the heading and the Explanatory "
            "Notes; the correct treatment follows GRI 1 and the invoices on file show the "
            "transaction value actually paid. CBP should reliquidate and refund the excess "
            "duties with interest."
        )
    rows = [[e[0], "n/a" if a["a3"] else d(e[1]), "n/a" if a["a4"] else d(e[2])] for e in entries]
    ior_line = [] if a["a2"] else [("Importer No.", v["importer_number"])]
    afr = (
        "Further review is requested under 19 CFR 174.24(b): the question has not been ruled on."
        if v["further_review_requested"]
        else "Further review is not requested."
    )
    accel = (
        "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by "
        "certified mail, return receipt requested."
        if v["accelerated_disposition"]
        else "Accelerated disposition is not requested."
    )
    extra: list[str] = []
    if a["a7"]:
        extra.append(
            "The same disposition is asked for as in protest No. "
            f"{v['port_code']}-24-{rng.randint(100000, 999999)}, "
            "now pending further review."
        )
    if a["a8"]:
        extra.append(
            f"{v['protestant_name']} files as surety on the continuous bond of the importer "
            "of record."
        )
    elif not a["a7"]:
        extra.append("No earlier protest on these entries asks for the same disposition.")
    if not drawback_silent:
        extra.append(rng.choice(DRAWBACK))
    goods = [] if a["a5"] else [("Merchandise", v["merchandise_description"])]
    stamp: list[tuple[object, ...]] = []
    if v["protest_number"]:
        stamp = [
            (
                "box",
                [
                    f"RECEIVED  {C.fmt_date(received, 5)}",
                    f"CBP PORT {v['port_code']}",
                    f"Protest No. {v['protest_number']}",
                ],
            )
        ]
    addr_lines = [] if a["a1"] else addr
    sig = [
        ("blank",),
        ("line", "/s/ " + v["signer_name"] if rng.random() < 0.5 else "______________________"),
        ("line", v["signer_name"]),
        (
            "line",
            rng.choice(
                [
                    "Director, Trade Compliance",
                    "Import Manager",
                    "Licensed Customs Broker",
                    "Vice President, Operations",
                ]
            ),
        ),
    ]
    if style == "grid":
        blocks: list[tuple[object, ...]] = [
            ("title", "PROTEST -- CONTINUATION FORM"),
            *stamp,
            ("line", f"Port of entry: {port_name} ({v['port_code']})"),
            (
                "kv",
                [
                    ("Protesting party", v["protestant_name"]),
                    *[("Address" if i == 0 else " ", ln) for i, ln in enumerate(addr_lines)],
                    *ior_line,
                    ("Decision protested", cat_word),
                    *goods,
                ],
            ),
            ("blank",),
            ("line", "ENTRIES COVERED"),
            ("table", ["Entry number", "Date of entry", "Date of liquidation"], rows, True),
            ("blank",),
            ("line", accel),
            ("line", afr),
            *sig,
            ("page",),
            ("title", "RIDER -- STATEMENT OF OBJECTIONS"),
            ("para", objection),
            *[("para", x) for x in extra],
        ]
    elif style == "letter":
        blocks = [
            ("title", v["protestant_name"]),
            *[("line", x) for x in addr_lines],
            ("blank",),
            (
                "box",
                [
                    f"Our ref: PR-{rng.randint(100, 999)}",
                    f"Date: {d(letter_date)}",
                    f"Port: {v['port_code']}",
                ]
                + ([f"IOR: {v['importer_number']}"] if not a["a2"] else []),
            ),
            *stamp,
            ("line", f"U.S. Customs and Border Protection, Port of {port_name}"),
            ("blank",),
            ("line", "Re: Protest under 19 U.S.C. 1514"),
            ("blank",),
            (
                "para",
                f"Dear Port Director: {v['protestant_name']} protests the decision described below "
                "on the following entries.",
            ),
            (
                "bullets",
                [
                    f"Entry {r[0]}"
                    + (f", entered {r[1]}" if r[1] != "n/a" else "")
                    + (f", liquidated {r[2]}" if r[2] != "n/a" else "")
                    for r in rows
                ],
            ),
            *[("kv", [g]) for g in goods],
            ("para", objection),
            *[("para", x) for x in extra],
            ("para", accel + " " + afr),
            ("line", "Sincerely,"),
            *sig,
        ]
    else:
        blocks = [
            ("title", "PROTEST CHECKLIST (19 CFR 174.13)"),
            *stamp,
            ("line", f"Filed at port {v['port_code']} -- {port_name}"),
            ("blank",),
            ("line", "Item 1 -- Protestant"),
            ("line", "   " + v["protestant_name"]),
            *[("line", "   " + x) for x in addr_lines],
            ("line", "Item 2 -- Importer number"),
            ("line", "   " + (v["importer_number"] or "")),
            ("line", "Item 3/4 -- Entries, entry dates and liquidation dates"),
            ("table", ["Entry", "Entered", "Liquidated"], rows, False),
            ("line", "Item 5 -- Merchandise"),
            *[("kv", [g]) for g in goods],
            ("line", f"Item 6 -- Objection ({cat_word})"),
            ("para", objection),
            ("line", "Items 7-9 -- Other statements"),
            ("bullets", extra),
            ("line", accel),
            ("line", afr),
            ("line", f"Prepared {d(letter_date)}"),
            *sig,
        ]
    return blocks
