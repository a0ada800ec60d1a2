"""Protest documents in three invented styles, with truth and the strings to find in print."""

from __future__ import annotations

import random
from datetime import timedelta

from .common import Block, Doc, fmt_date
from .protests import CATEGORIES, ProtestCase, decide

DRAWBACK = [
    "The entries are not subject to drawback.",
    "No drawback has been or will be claimed on this merchandise.",
    "Protestant declares that the merchandise is not the subject of a drawback claim.",
    "Drawback declaration: none of the entries listed is subject to drawback.",
    "To the best of the protestant's knowledge, the entries are not subject to drawback.",
]
FURTHER_YES = [
    "Further review is requested under 19 CFR 174.24(b).",
    "Protestant applies for further review of this protest (19 CFR 174.24(c)).",
    "APPLICATION FOR FURTHER REVIEW: YES - criterion 174.24(b).",
    "We ask that this protest be referred for further review under 19 CFR 174.24(a).",
    "Request for further review: Yes (no ruling on this question exists, 174.24(b)).",
]
FURTHER_NO = [
    "No application for further review is made.",
    "Further review is not requested.",
    "Application for further review: No",
    "",
]
ACCEL = [
    "Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent by "
    "certified mail, return receipt requested.",
    "ACCELERATED DISPOSITION REQUESTED (19 CFR 174.22) - sent by registered mail.",
]
NO_ACCEL = ["Accelerated disposition is not requested.", "", "Accelerated disposition: No"]
OBJECT = {
    "classification": [
        "protests the classification of the merchandise and the rate of duty assessed",
        "objects to CBP's tariff classification of the goods",
        "contests the HTSUS classification applied at liquidation",
        "challenges the classification and resulting rate of duty",
    ],
    "appraised_value": [
        "protests the appraised value of the merchandise",
        "objects to the appraisement of the goods",
        "contests the value CBP determined at liquidation",
        "challenges the appraisement under 19 U.S.C. 1401a",
    ],
}
GOODS_LABEL = ["Merchandise:", "Description of merchandise:", "Commodity:", "Goods:", "Product:"]
ARGUMENT = (
    "The goods were entered under the subheading that describes them by name; CBP's change at "
    "liquidation rests on a reading of the heading that the Explanatory Notes do not support, "
    "and the merchandise is correctly classified as entered."
)
VALUE_ARG = (
    "The price actually paid or payable was the transaction value; the buyer and seller are "
    "not related, and the assists CBP added were supplied free of charge by a third party "
    "for another product line."
)


def _objection(pc: ProtestCase, rng: random.Random) -> str:
    if pc.petition is not None:
        return (
            f"protests the decision dated {fmt_date(pc.petition, 0)} on its petition for relief "
            f"under 19 CFR Part 171 in penalty case 2025-{rng.randrange(1000, 9999)}-"
            f"{rng.randrange(100000, 999999)}-01, which denied mitigation of the penalty"
        )
    return rng.choice(OBJECT[pc.category])


def build(pc: ProtestCase, rng: random.Random, style: str, producer: str, index: int) -> Doc:
    """The blocks of one protest and its truth; style is ace, letterhead or counsel."""
    ds = rng.randrange(7)
    printed_received = style == "ace" or rng.random() < 0.3
    blocks: list[Block] = []
    printed = [pc.party.name, pc.signer, pc.port[0]]
    if pc.show_ior:
        printed.append(pc.party.ein)
    printed += [pc.party.street, pc.party.city]
    label = rng.choice(GOODS_LABEL)
    goods_line = f"{label} {pc.goods}" if pc.goods else ""
    further = rng.choice(FURTHER_YES) if pc.further_review else rng.choice(FURTHER_NO)
    accel = rng.choice(ACCEL) if pc.accelerated else rng.choice(NO_ACCEL)
    drawback = rng.choice(DRAWBACK)
    objection = _objection(pc, rng)
    argument = VALUE_ARG if pc.category == "appraised_value" else ARGUMENT
    for number, entered, liq in pc.entries:
        printed += [number, fmt_date(entered, ds), fmt_date(liq, ds)]
    if printed_received:
        printed.append(fmt_date(pc.received, ds))
    header = ""
    if style == "ace":
        blocks += [
            Block("h", "ACE PROTEST MODULE - PROTEST SUMMARY PRINTOUT"),
            Block("small", f"Printed by filer software {fmt_date(pc.today, 3)}  |  Status: FILED"),
            Block(
                "box",
                rows=[
                    [f"Port of Entry: {pc.port[0]} ({pc.port[1]})"],
                    [f"Protest Filed / Received by CBP: {fmt_date(pc.received, ds)}"],
                    ["CBP Protest No.: (to be assigned)"],
                ],
            ),
            Block("h", "Filer / Importer of Record"),
            Block(
                "box",
                rows=[
                    [f"IOR Name: {pc.party.name}"],
                    [f"IOR No.: {pc.party.ein}" if pc.show_ior else "IOR No.:"],
                    [f"Address: {pc.party.street}"],
                    [f"         {pc.party.city}"],
                ],
            ),
            Block("h", "Entries Protested"),
        ]
        rows = [["Ln", "Entry No.", "Dates"]]
        for k, (number, entered, liq) in enumerate(pc.entries, start=1):
            rows.append([f"{k:02d}", number, f"Entry Dt: {fmt_date(entered, ds)}"])
            rows.append(["", f"Port {pc.port[0]}", f"Liq Dt: {fmt_date(liq, ds)}"])
        blocks.append(Block("table", rows=rows))
        blocks += [
            Block(
                "p",
                f"Category: {CATEGORIES[pc.category].upper()}"
                if pc.petition is None
                else "Category: OTHER",
            ),
            Block("p", goods_line) if goods_line else Block("p", ""),
            Block("p", f"The importer {objection}. {argument}"),
            Block("break"),
            Block("p", drawback),
            Block("p", further),
            Block("p", accel),
            Block("p", f"Submitted by: {pc.signer}, authorized employee of the importer"),
        ]
    elif style == "letterhead":
        blocks += [
            Block(
                "small",
                f"{pc.party.street} | {pc.party.city} | Tel. (555) 010-{rng.randrange(1000, 9999)}",
            ),
            Block("p", fmt_date(pc.received - timedelta(days=3), ds)),
            Block(
                "p",
                "Port Director, U.S. Customs and Border Protection, "
                f"Port of {pc.port[1]} (Port Code {pc.port[0]})",
            ),
            Block("h", "PROTEST UNDER 19 U.S.C. 1514"),
        ]
        if printed_received:
            blocks.insert(
                0, Block("box", rows=[["RECEIVED"], [fmt_date(pc.received, ds)], ["CBP"]])
            )
        who = (
            f"We, the undersigned importer (importer no. {pc.party.ein}),"
            if pc.show_ior
            else "We, the undersigned importer,"
        )
        blocks.append(Block("p", f"{who} {objection} in the following entries:"))
        for k, (number, entered, liq) in enumerate(pc.entries, start=1):
            blocks.append(
                Block(
                    "p",
                    f"{k}. Entry {number}, entered {fmt_date(entered, ds)}, "
                    f"liquidated {fmt_date(liq, ds)}.",
                )
            )
        if goods_line:
            blocks.append(Block("p", goods_line))
        blocks += [
            Block("p", argument),
            Block("p", drawback),
            Block("p", further),
            Block("p", accel),
            Block("p", "Sincerely,"),
            Block("p", f"/s/ {pc.signer}"),
            Block("p", pc.signer),
            Block("p", "Director of Import Compliance"),
            Block("p", pc.party.name),
        ]
    else:
        header = f"Protest of {pc.party.name}"
        if printed_received:
            blocks.append(Block("box", rows=[[f"CBP RECEIVED {fmt_date(pc.received, ds)}"]]))
        blocks += [
            Block("p", f"Port of {pc.port[1]} ({pc.port[0]})"),
            Block(
                "h",
                "PROTEST AND APPLICATION FOR FURTHER REVIEW" if pc.further_review else "PROTEST",
            ),
            Block("p", f"Protestant: {pc.party.name}"),
            Block("p", f"Address: {pc.party.street}, {pc.party.city}"),
        ]
        if pc.show_ior:
            blocks.append(Block("p", f"Importer No.: {pc.party.ein}"))
        blocks.append(Block("p", f"Protestant {objection}, as follows."))
        rows = [["Entry Number", "Date of Entry", "Date of Liquidation"]]
        rows += [[n, fmt_date(e, ds), fmt_date(lq, ds)] for n, e, lq in pc.entries]
        blocks.append(Block("table", rows=rows))
        if goods_line:
            blocks.append(Block("p", goods_line))
        blocks += [
            Block("h", "Argument"),
            Block("p", argument),
            Block("p", argument),
            Block("break"),
            Block("p", drawback),
            Block("p", further),
            Block("p", accel),
            Block("p", "Respectfully submitted,"),
            Block(
                "p", rng.choice(["Halvorsen, Quade & Lindqvist LLP", "Marchetti Trade Law PLLC"])
            ),
            Block("p", f"By: {pc.signer}"),
            Block("p", "Counsel for Protestant"),
        ]
    values: dict[str, object] = {
        "protest_number": None,
        "port_code": pc.port[0],
        "received_date": pc.received.isoformat(),
        "importer_number": pc.party.ein if pc.show_ior else None,
        "protestant_name": pc.party.name,
        "protestant_address": pc.party.address,
        "entries": [
            {"entry_number": n, "entry_date": e.isoformat(), "liquidation_date": lq.isoformat()}
            for n, e, lq in pc.entries
        ],
        "category": pc.category,
        "merchandise_description": pc.goods,
        "accelerated_disposition": pc.accelerated,
        "further_review_requested": pc.further_review,
        "signer_name": pc.signer,
    }
    if pc.goods:
        printed.append(pc.goods)
    decision = decide(pc)
    not_scored = []
    if pc.petition is not None:
        del values["category"]
        del decision["deadline"], decision["last_days"]
        not_scored = [
            "category: a penalty-petition decision is none of the contract's categories",
            "deadline/last_days of a protest against a penalty-petition decision",
        ]
    args = ["--today", pc.today.isoformat()]
    if not printed_received:
        args = ["--received", pc.received.isoformat(), *args]
    truth: dict[str, object] = {
        "kind": "protest",
        "case": pc.case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        truth["not_scored"] = not_scored
    return Doc("protest", pc.case, blocks, truth, printed, header=header, style=style)
