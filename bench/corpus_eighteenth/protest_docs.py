"""Protests: a portal confirmation, a broker's Form 19 print, counsel's and importers' letters."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_eighteenth import law
from bench.corpus_eighteenth.common import (
    FIRMS,
    Block,
    brk,
    checks,
    grid,
    h,
    kv,
    p,
    pick,
    rule,
    spec,
    stamp,
    table,
)
from bench.corpus_eighteenth.protest_cases import CATEGORY_WORDS, Protest

Drawn = tuple[dict[str, object], list[str]]
NO_CLAIM = "no drawback claim has been filed or will be filed"
FORM_TITLES = ["President", "Import Manager", "Customs Broker (POA on file)"]
OWNER_TITLES = ["Owner", "Vice President, Operations", "Logistics Manager"]


def _drawback(pr: Protest, rng: random.Random) -> str | None:
    if pr.drawback is None:
        return None
    subject = rng.random() < 0.25
    return pick(
        rng,
        [
            f"The entry covered by this protest {'is' if subject else 'is not'} the subject of a "
            "drawback claim.",
            "Declaration under 19 CFR 174.13(a)(9): the merchandise "
            f"{'is' if subject else 'is not'} subject to drawback.",
            "Protestant declares that "
            f"{'a drawback claim has been filed' if subject else NO_CLAIM} on the entries listed.",
            f"Subject to drawback: {'Yes' if subject else 'No'}.",
            f"We confirm the entries {'are' if subject else 'are not'} subject to drawback.",
        ],
    )


def _afr(pr: Protest, rng: random.Random) -> str | None:
    if pr.further_review:
        return pick(
            rng,
            [
                "Protestant requests further review of this protest under 19 CFR 174.24(b): the "
                "decision raises a question of law not previously ruled upon.",
                "Application for Further Review is requested; the decision is inconsistent with "
                "CBP's rulings on substantially similar merchandise (19 CFR 174.24(a)).",
                "We ask that this protest be treated as an application for further review and "
                "forwarded to Regulations and Rulings.",
                "Further review by Headquarters is respectfully requested pursuant to 19 CFR "
                "174.23 through 174.26, as facts not considered in an earlier ruling are "
                "presented (174.24(c)).",
                "Please accept this submission also as an application for further review (19 CFR "
                "174.24(b)); no prior adverse decision or court action exists on this claim.",
            ],
        )
    return pick(
        rng,
        [
            None,
            "No application for further review is made at this time.",
            "Protestant does not request further review.",
        ],
    )


def _accel(pr: Protest, rng: random.Random) -> str | None:
    if pr.accelerated:
        return pick(
            rng,
            [
                "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent "
                "by certified mail, return receipt requested.",
                "Protestant requests accelerated disposition of this protest (19 CFR 174.22). "
                "Sent via registered mail.",
                "REQUEST FOR ACCELERATED DISPOSITION: made herewith by certified mail under 19 "
                "U.S.C. 1515(b).",
            ],
        )
    return pick(rng, [None, None, "Accelerated disposition is not requested."])


def _objection(pr: Protest, rng: random.Random) -> str:
    if not pr.objection:
        return pick(
            rng,
            [
                "Protestant protests the liquidation of the entry set out above.",
                "The liquidation is protested in full.",
                "We hereby file our protest against this decision.",
            ],
        )
    if pr.petition:
        return (
            "The Fines, Penalties and Forfeitures Officer denied our petition for relief in full. "
            "The denial "
            "ignored the mitigating factors shown and should be set aside."
        )
    if pr.category == "appraised_value":
        return pick(
            rng,
            [
                "CBP appraised the merchandise at the resale price of a related distributor. The "
                "transaction value between unrelated parties, as shown by the commercial invoice "
                "and proof of payment, is the correct basis of appraisement under 19 U.S.C. "
                "1401a(b).",
                "The import specialist added assists that were never furnished by the importer. "
                "The buyer provided no molds, tools or engineering; the addition to the price "
                "actually paid or payable is unsupported and must be removed.",
            ],
        )
    if pr.category == "charges":
        return (
            "The merchandise processing fee was assessed above the statutory maximum of 19 CFR "
            "24.23(b)(1). "
            "The excess fee must be refunded with interest."
        )
    return pick(
        rng,
        [
            "CBP classified the goods under a residual 'other' subheading. The goods are "
            "specifically provided for in a heading that describes them by name, and GRI 1 and "
            "GRI 3(a) require that heading.",
            "The liquidated classification treats the articles as parts. They are complete "
            "articles when imported, and are properly classified under the heading for the "
            "finished good at a lower rate of duty.",
            "The goods were classified by their packaging rather than their essential character. "
            "Under GRI 3(b) the component that gives the essential character controls, and the "
            "lower rate applies.",
        ],
    )


def _earlier(pr: Protest) -> str | None:
    if pr.earlier is None:
        return None
    number, when = pr.earlier
    dated = f", received {law.fmt_date(when, 'long')}" if when else ""
    return (
        f"Protestant asks for the same disposition as in Protest No. {number}{dated}, which is "
        "pending "
        "further review."
    )


def _entry_rows(pr: Protest, style: str) -> list[list[str]]:
    return [
        [n, law.fmt_date(e, style) if e else "", law.fmt_date(lq, style)] for n, e, lq in pr.entries
    ]


def _printed(pr: Protest, style: str) -> list[str]:
    out = [pr.party.name, pr.signer, pr.port[0]]
    out += list(pr.party.lines) if pr.address else []
    out += [x for x in (pr.importer, pr.goods, pr.protest_number) if x]
    for n, e, lq in pr.entries:
        out += [n, law.fmt_date(lq, style)] + ([law.fmt_date(e, style)] if e else [])
    return out


def portal(pr: Protest, rng: random.Random) -> Drawn:
    """An e-filing portal's confirmation (receipt, time, status), the filed protest after it."""
    ds = pick(rng, ["us", "us-short", "iso"])
    pr.protest_number = f"{pr.port[0]}-{pr.received.year % 100:02d}-{rng.randrange(100000, 999999)}"
    receipt = f"EP{pr.received:%y%m%d}{rng.randrange(10000, 99999)}"
    clock = f"{rng.randrange(8, 17):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} ET"
    stamp_time = f"{law.fmt_date(pr.received, ds)} {clock}"
    blocks: list[Block] = [
        h(
            pick(
                rng,
                [
                    "Electronic Protest Filing - Confirmation",
                    "Protest Submission Receipt",
                    "e-Protest Portal: Filing Confirmed",
                ],
            ),
            14,
        ),
        p("Your protest has been transmitted and received. Keep this page for your records."),
        kv(
            [
                ("Receipt Number", receipt),
                ("Protest Number", pr.protest_number),
                ("Date Received by CBP", stamp_time),
                (
                    "Status",
                    pick(rng, ["RECEIVED - PENDING REVIEW", "Accepted for filing", "Submitted"]),
                ),
                ("Port of Entry", f"{pr.port[1]} ({pr.port[0]})"),
                ("Filer", pr.signer),
            ],
            0.3,
        ),
        p("The protest as filed is attached on the following page(s)."),
        brk(),
        h("PROTEST (19 U.S.C. 1514; 19 CFR Part 174)", 12),
    ]
    party = [("Protesting Party", pr.party.name)]
    if pr.address:
        party.append(("Address", "\n".join(pr.party.lines)))
    party.append(("Importer Number", pr.importer or ""))
    party.append(("Port Code", pr.port[0]))
    blocks.append(kv(party, 0.3))
    blocks.append(
        table(
            ["Entry Number", "Entry Date", "Liquidation Date"],
            _entry_rows(pr, ds),
            [0.4, 0.3, 0.3],
            "all",
        )
    )
    decision = (
        "Denial of petition for relief (19 CFR 171)"
        if pr.petition
        else pick(rng, CATEGORY_WORDS[pr.category or "classification"])
    )
    rows = [("Decision Protested", decision)]
    if pr.goods:
        rows.append(
            (
                pick(rng, ["Description of Merchandise", "Merchandise", "Commodity Description"]),
                pr.goods,
            )
        )
    rows.append(("Statement of Objection", _objection(pr, rng) if pr.objection else ""))
    blocks.append(kv(rows, 0.3))
    for line in (_earlier(pr), _drawback(pr, rng), _afr(pr, rng)):
        if line:
            blocks.append(p(line))
    blocks.append(
        kv(
            [
                ("Submitted by", pr.signer),
                (
                    "Title",
                    pick(
                        rng,
                        [
                            "Customs Compliance Manager",
                            "Licensed Customs Broker",
                            "Director, Import Operations",
                        ],
                    ),
                ),
            ],
            0.3,
        )
    )
    doc = spec(
        blocks,
        font=pick(rng, ["helvetica", "dejavusans"]),
        size=9,
        creator="ePortal (TCPDF)",
        header=f"Protest {pr.protest_number} | Receipt {receipt}",
        footer="Page {page} of {total}",
    )
    return doc, [*_printed(pr, ds), pr.protest_number]


def form19(pr: Protest, rng: random.Random) -> Drawn:
    """A broker system's CBP Form 19 print: numbered boxes in a grid, entries grid, checkboxes."""
    ds = pick(rng, ["us", "oracle", "us-short"])
    received = law.fmt_date(pr.received, ds) if pr.stamped else ""
    if pr.stamped:
        pr.protest_number = (
            f"{pr.port[0]}-{pr.received.year % 100:02d}-{rng.randrange(100000, 999999)}"
        )
    name_addr = pr.party.name + ("\n" + "\n".join(pr.party.lines) if pr.address else "")
    blocks: list[Block] = [
        h("DEPARTMENT OF HOMELAND SECURITY  U.S. Customs and Border Protection", 9, "C"),
        h("PROTEST  (19 CFR Part 174)", 13, "C"),
        grid(
            [
                [
                    ("1. PROTEST NUMBER (CBP use)", pr.protest_number or "", 0.34),
                    ("2. DATE RECEIVED (CBP use)", received, 0.33),
                    ("3. PORT CODE", pr.port[0], 0.33),
                ],
                [
                    ("4. IMPORTER NUMBER OF PROTESTANT", pr.importer or "", 0.5),
                    ("6. NAME AND ADDRESS OF PROTESTANT", name_addr, 0.5),
                ],
            ]
        ),
        p("5. ENTRIES PROTESTED", bold=True),
        table(
            ["PORT", "FILER", "ENTRY NO.", "CD", "DATE OF ENTRY", "DATE OF LIQUIDATION"],
            [
                [
                    pr.port[0],
                    n[:3],
                    n[4:11],
                    n[12],
                    law.fmt_date(e, ds) if e else "",
                    law.fmt_date(lq, ds),
                ]
                for n, e, lq in pr.entries
            ],
            [0.1, 0.1, 0.2, 0.08, 0.26, 0.26],
            "all",
        ),
        checks([("7. ACCELERATED DISPOSITION REQUESTED (19 CFR 174.22)", pr.accelerated)]),
    ]
    dbk = _drawback(pr, rng)
    if dbk is not None:
        subject = (
            "is the subject" in dbk
            or "Yes" in dbk
            or "has been filed" in dbk
            or " are subject" in dbk
        )
        blocks.append(
            checks(
                [
                    ("Entry subject to drawback: YES", subject),
                    ("Entry subject to drawback: NO", not subject),
                ]
            )
        )
    else:
        blocks.append(
            checks(
                [
                    ("Entry subject to drawback: YES", False),
                    ("Entry subject to drawback: NO", False),
                ]
            )
        )
    decision = (
        "Penalty petition decision"
        if pr.petition
        else pick(rng, CATEGORY_WORDS[pr.category or "classification"])
    )
    blocks += [
        p("SECTION II - Category of merchandise", bold=True),
        grid(
            [
                [
                    ("DECISION PROTESTED", decision, 0.4),
                    ("DESCRIPTION OF MERCHANDISE", pr.goods or "", 0.6),
                ]
            ]
        ),
        grid(
            [
                [
                    (
                        "JUSTIFICATION FOR PROTEST (facts and legal arguments)",
                        _objection(pr, rng) if pr.objection else "",
                        1.0,
                    )
                ]
            ]
        ),
    ]
    if pr.earlier:
        blocks.append(
            grid(
                [
                    [
                        ("SECTION III - SAME DISPOSITION AS PROTEST NO.", pr.earlier[0], 0.5),
                        (
                            "DATE RECEIVED",
                            law.fmt_date(pr.earlier[1], ds) if pr.earlier[1] else "",
                            0.5,
                        ),
                    ]
                ]
            )
        )
    blocks.append(
        checks([("SECTION IV - APPLICATION FOR FURTHER REVIEW requested", pr.further_review)])
    )
    blocks.append(
        grid(
            [
                [
                    ("SIGNATURE", f"/s/ {pr.signer}", 0.4),
                    (
                        "NAME AND TITLE",
                        f"{pr.signer}, {pick(rng, FORM_TITLES)}",
                        0.4,
                    ),
                    ("DATE", law.fmt_date(pr.received - dt.timedelta(days=2), ds), 0.2),
                ]
            ]
        )
    )
    doc = spec(
        blocks,
        font=pick(rng, ["helvetica", "courier"]),
        size=8,
        creator="BrokerSuite Form Printer (TCPDF)",
        footer="CBP Form 19 (broker system print)   Page {page} of {total}",
    )
    printed = [pr.party.name, pr.signer, pr.port[0]] + [
        x for x in (pr.importer, pr.goods, pr.protest_number) if x
    ]
    printed += list(pr.party.lines) if pr.address else []
    for n, e, lq in pr.entries:
        printed += [n[:3], n[4:11], law.fmt_date(lq, ds)] + ([law.fmt_date(e, ds)] if e else [])
    return doc, printed


def lawfirm(pr: Protest, rng: random.Random) -> Drawn:
    """Counsel's protest letter: Re: block, ruled entries table, argument, repeated header."""
    ds = pick(rng, ["long", "abbr", "us"])
    firm, firm_addr = pick(rng, FIRMS[:3])
    client = pick(
        rng,
        [
            f'On behalf of our client, {pr.party.name} ("Protestant"), we protest',
            f'We represent {pr.party.name} (the "Importer"), and on its behalf protest',
            f"This firm is counsel to {pr.party.name}, which protests",
        ],
    )
    blocks: list[Block] = [h(firm, 14, "C"), p("  |  ".join(firm_addr), align="C"), rule()]
    if pr.stamped:
        blocks.append(
            stamp(
                ["RECEIVED", law.fmt_date(pr.received, "abbr").upper(), f"CBP - PORT {pr.port[0]}"]
            )
        )
    blocks += [
        p(law.fmt_date(pr.received - dt.timedelta(days=3), ds)),
        p(
            f"Port Director\nU.S. Customs and Border Protection\nPort of {pr.port[1]} (Port Code "
            f"{pr.port[0]})"
        ),
        p(
            f"Re: Protest of {pr.party.name}"
            + (
                f"\n{pick(rng, ['Merchandise', 'Goods', 'Product'])}: {pr.goods}"
                if pr.goods
                else ""
            )
            + (f"\nImporter No.: {pr.importer}" if pr.importer else ""),
            bold=True,
        ),
        p("Dear Sir or Madam:"),
        p(
            f"{client} under 19 U.S.C. 1514 the "
            + (
                "denial of its petition for relief in the penalty case concerning"
                if pr.petition
                else pick(
                    rng, ["liquidation", "decision as to " + (pr.category or "").replace("_", " ")]
                )
                + " of"
            )
            + " the entries listed below."
        ),
    ]
    if pr.address:
        blocks.append(p(f"Protestant's address is {', '.join(pr.party.lines)}."))
    if any(lq > pr.received for _, _, lq in pr.entries):
        blocks.append(
            p("The courtesy notice shows the entries scheduled to liquidate on the dates below.")
        )
    blocks.append(
        table(
            ["Entry No.", "Date of Entry", "Date of Liquidation"],
            _entry_rows(pr, ds),
            [0.4, 0.3, 0.3],
            pick(rng, ["h", "bottom", "none"]),
        )
    )
    heading = pick(
        rng,
        [
            "Grounds for Protest",
            "Nature of and Justification for the Objection",
            "Argument",
            "Basis of Protest",
            "Statement of Objection",
        ],
    )
    blocks.append(p(heading, bold=True))
    blocks.append(p(_objection(pr, rng), align="J"))
    if pr.objection:
        blocks.append(
            p(
                "The same argument applies to every entry listed, as each covers the same "
                "merchandise "
                "entered under the same decision. " * 2,
                align="J",
            )
        )
    if rng.random() < 0.5:
        blocks.append(brk())
    for line in (_earlier(pr), _drawback(pr, rng), _afr(pr, rng), _accel(pr, rng)):
        if line:
            blocks.append(p(line))
    blocks += [
        p("Respectfully submitted,"),
        p(f"/s/ {pr.signer}\n{pr.signer}\n{firm}\nCounsel for Protestant"),
    ]
    doc = spec(
        blocks,
        font=pick(rng, ["times", "helvetica"]),
        size=10,
        creator="Prawn (LawDesk)",
        header=f"Protest of {pr.party.name} - Port {pr.port[0]}",
        footer="{page} / {total}",
    )
    return doc, _printed(pr, ds)


def importer(pr: Protest, rng: random.Random) -> Drawn:
    """An importer's own letter: letterhead, entries in one sentence, day-month-year dates."""
    ds = pick(rng, ["dmy", "long", "us"])
    head = [h(pr.party.name, 15)]
    if pr.address:
        head.append(p("\n".join(pr.party.lines)))
    blocks: list[Block] = [*head, rule()]
    if pr.stamped:
        blocks.append(
            stamp(["U.S. CUSTOMS & BORDER PROTECTION", "RECEIVED", law.fmt_date(pr.received, "us")])
        )
    sentences = []
    for n, e, lq in pr.entries:
        made = f", entered {law.fmt_date(e, ds)}" if e else ""
        liquidated = "scheduled to liquidate" if lq > pr.received else "liquidated"
        sentences.append(f"entry {n}{made} and {liquidated} {law.fmt_date(lq, ds)}")
    blocks += [
        p(law.fmt_date(pr.received - dt.timedelta(days=4), ds)),
        p(f"To: Port Director, {pr.port[1]}, port {pr.port[0]}"),
        p(
            "Subject: Protest" + (f" - importer number {pr.importer}" if pr.importer else ""),
            bold=True,
        ),
        p(
            f"{pr.party.name} protests the "
            f"{'decision on our penalty petition' if pr.petition else 'liquidation'} of "
            + "; ".join(sentences)
            + ".",
            align="J",
        ),
    ]
    if pr.goods:
        blocks.append(
            p(
                f"{pick(rng, ['Merchandise', 'Description of merchandise', 'Commodity'])}: "
                f"{pr.goods}"
            )
        )
    blocks.append(
        p(
            f"{pick(rng, ['Why we protest', 'Our objection', 'Reason for protest'])}: "
            f"{_objection(pr, rng)}",
            align="J",
        )
    )
    for line in (_earlier(pr), _drawback(pr, rng), _afr(pr, rng), _accel(pr, rng)):
        if line:
            blocks.append(p(line))
    blocks += [
        p(pick(rng, ["Sincerely,", "Yours truly,", "Regards,"])),
        p(f"{pr.signer}\n{pick(rng, OWNER_TITLES)}"),
    ]
    doc = spec(
        blocks,
        font=pick(rng, ["helvetica", "courier", "times"]),
        size=10,
        creator="Prawn (OfficeApp)",
        footer=pick(rng, [None, "page {page}"]),
    )
    return doc, _printed(pr, ds)


STYLES = {"tcpdf": [portal, form19], "prawn": [lawfirm, importer]}
