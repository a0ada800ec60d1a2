"""How a protest is printed in each style; every scored value is recorded as printed."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .doc import Block, Case, fmt_date

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


def write(out: Case, rng: random.Random, **f: Any) -> None:
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
        "Accelerated disposition is requested under 19 U.S.C. 1515(b), 19 CFR 174.22; this "
        "protest is sent by certified mail."
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
        if style == "form":
            boxes.append(("Date Rec'd (CBP)", fmt_date(f["received"], d)))
            out.printed.append(fmt_date(f["received"], d))
        else:
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
