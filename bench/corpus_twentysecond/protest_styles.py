"""Six ways a protest reaches the port: portal receipt, intake questionnaire, memo, logo letter,
law-firm brief with footnotes, broker letter. Each returns a job and the values it prints."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from bench.corpus_twentysecond import blocks as b
from bench.corpus_twentysecond import people
from bench.corpus_twentysecond.fmt import dater, mixed_dater, pick_date_style, show_money
from bench.corpus_twentysecond.protest_cases import AFR_GROUNDS, Protest

Styled = tuple[dict[str, Any], dict[str, Any]]

DECISION = {
    "classification": [
        "the classification of the merchandise and the rate of duty assessed",
        "CBP's tariff classification of the goods",
        "the classification under the HTSUS and the resulting duty rate",
    ],
    "appraised_value": [
        "the appraised value of the merchandise",
        "CBP's appraisement of the imported goods",
        "the value at which the merchandise was appraised",
    ],
    "charges": [
        "the merchandise processing fee assessed at liquidation (a charge or exaction)",
        "the charges and exactions assessed on the entries (merchandise processing fee)",
    ],
}
DRAWBACK = [
    "The entries covered by this protest are not subject to drawback.",
    "None of the entries listed above is the subject of a drawback claim.",
    "Protestant declares that the merchandise covered by this protest is not subject to drawback.",
    "Drawback: the entries are not subject to drawback under 19 U.S.C. 1313.",
    "We declare that no entry included in this protest is subject to drawback.",
]
AFR_YES = [
    "Protestant requests further review of this protest under 19 CFR 174.24, because {g}.",
    "Further review is requested: {g}.",
    "We ask that this protest be treated as an application for further review "
    "(19 CFR 174.24); {g}.",
    "Application for Further Review is hereby made, on the ground that {g}.",
    "The protestant applies for further review, as {g}.",
]
AFR_NO = [
    "Further review is not requested.",
    "Protestant does not apply for further review.",
    "No application for further review is made at this time.",
    "We are not requesting further review of this protest.",
    "",
]
ACCEL_YES = [
    "Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent by "
    "certified mail, return receipt requested.",
    "Accelerated disposition of this protest is requested (19 CFR 174.22). "
    "Sent by registered mail.",
    "We request accelerated disposition pursuant to 19 CFR 174.22 and are sending this protest by "
    "certified mail.",
]


def _category_argument(p: Protest, rng: random.Random, money: str) -> str:
    g = p.goods
    if p.category == "classification":
        return rng.choice(
            [
                f"CBP classified the goods under subheading {g.alt_hts}. They are properly "
                "classified "
                f"under subheading {g.hts}, HTSUS, by application of GRI 1, because the heading "
                f"describes the goods by name and their principal use is {g.use}. The difference "
                "in "
                f"duty is {money}.",
                f"The goods are {g.materials}. Their essential character and principal use "
                f"({g.use}) "
                f"place them in subheading {g.hts}, not in subheading {g.alt_hts} as liquidated. "
                f"Excess duties of {money} were collected.",
            ]
        )
    if p.category == "appraised_value":
        return rng.choice(
            [
                "CBP added a buying commission to the price actually paid or payable. A bona fide "
                "buying commission is not part of transaction value under 19 U.S.C. 1401a(b). The "
                f"increase in duties was {money}.",
                "The entered values are the transaction values of sales between unrelated parties. "
                "CBP appraised the goods at a higher value without any basis under 19 U.S.C. "
                "1401a, "
                f"increasing duties by {money}.",
            ]
        )
    return rng.choice(
        [
            "The merchandise processing fee was computed on a value that included international "
            "freight, which is not part of the value on which the fee is assessed (19 CFR 24.23). "
            "The "
            f"overcharge is {money}.",
            "The fee was assessed above the maximum in 19 CFR 24.23(b)(1). The excess collected is "
            f"{money}.",
        ]
    )


def _objection(p: Protest, rng: random.Random, money: str) -> list[str]:
    """The objection paragraph(s): nature and justification, or the nature alone."""
    if p.decision_date is not None:
        return [
            "Protestant objects to the decision on its petition for relief in penalty case "
            f"No. {p.port_code}-2024-{rng.randint(100000, 999999)}-01, issued "
            f"{p.decision_date:%B} {p.decision_date.day}, {p.decision_date.year}, which "
            "mitigated the penalty to a sum Protestant considers excessive."
        ]
    assert p.category is not None
    what = rng.choice(DECISION[p.category])
    if not p.justification:
        return [f"Protestant protests {what}."]
    return [f"Protestant protests {what}.", _category_argument(p, rng, money)]


def _entry_phrases(p: Protest, d: Callable[[date], str], ports: bool) -> list[str]:
    out = []
    for e in p.entries:
        text = f"Entry No. {e.number}"
        if ports:
            text += f" (port {e.port_code})"
        if e.entry_date:
            text += f", entered {d(e.entry_date)}"
        text += f", liquidated {d(e.liquidation)}"
        out.append(text)
    return out


def _entry_rows(
    p: Protest, d: Callable[[date], str], ports: bool
) -> tuple[list[str], list[list[str]], list[float]]:
    header = ["Entry Number", "Date of Entry", "Date of Liquidation"]
    widths = [0.4, 0.3, 0.3]
    if ports:
        header, widths = ["Port", *header], [0.12, 0.36, 0.26, 0.26]
    rows = []
    for e in p.entries:
        row = [e.number, d(e.entry_date) if e.entry_date else "", d(e.liquidation)]
        rows.append([e.port_code, *row] if ports else row)
    return header, rows, widths


def _earlier(p: Protest, d: Callable[[date], str], rng: random.Random) -> str:
    if p.earlier is None:
        return ""
    number, received = p.earlier
    if received is None:
        return rng.choice(
            [
                f"Protestant requests the same disposition as in Protest No. {number}, "
                "for which further review is pending.",
                f"The same disposition is requested as was sought in protest {number}, "
                "now under further review.",
            ]
        )
    return rng.choice(
        [
            f"Protestant requests the same disposition as in Protest No. {number}, "
            f"received by CBP on {d(received)}, for which further review is pending.",
            f"We ask for the disposition given in protest {number} (received "
            f"{d(received)}), which is pending further review.",
        ]
    )


def _closing_statements(p: Protest, rng: random.Random, d: Callable[[date], str]) -> list[b.Block]:
    """A letter's statements after the objection: earlier protest, drawback, review, mail."""
    texts = [_earlier(p, d, rng)]
    if p.drawback_declared:
        texts.append(rng.choice(DRAWBACK))
    if p.further_review:
        texts.append(rng.choice(AFR_YES).format(g=rng.choice(AFR_GROUNDS)))
    else:
        texts.append(rng.choice(AFR_NO))
    if p.accelerated:
        texts.append(rng.choice(ACCEL_YES))
    return [b.para(text) for text in texts if text]


def _stamp(p: Protest) -> list[b.Block]:
    if p.stamped is None:
        return []
    day = p.stamped
    return [
        b.lines(
            [
                "RECEIVED",
                f"{day:%b}".upper() + f" {day.day:02d} {day.year}",
                f"CBP - PORT OF {p.port_name.upper()}",
            ],
            style="B",
            align="R",
        )
    ]


def _duty(rng: random.Random) -> str:
    amount = Decimal(rng.randint(1200, 48000)) + Decimal(rng.choice([0, 25, 50, 75])) / 100
    return show_money(amount, rng.choice(["dollar", "words", "usd", "dollar"]))


def portal(p: Protest, rng: random.Random, family: str) -> Styled:
    """A printout of an e-filing portal's submission receipt with the protest text in a box."""
    d = mixed_dater(rng, ["us", "iso"])
    number = f"{p.port_code}-{p.received.year % 100:02d}-{rng.randint(100000, 999999)}"
    sub_id = f"PRT{rng.randint(10**8, 10**9 - 1)}"
    rows = [
        ["Submission ID", sub_id],
        ["Protest Number", number],
        ["Port of Entry", f"{p.port_code} - {p.port_name}"],
        ["Date Received by CBP", d(p.received)],
        ["Filer / Protestant", p.party.name],
    ]
    if p.show_address:
        rows.append(["Protestant Address", f"{p.party.street}, {p.party.city_line}"])
    if p.show_ior:
        rows.append(["Importer of Record No.", p.party.ein])
    if p.category:
        rows.append(
            [
                "Decision Protested",
                {
                    "classification": "Classification / Rate",
                    "appraised_value": "Appraisement (Value)",
                    "charges": "Charges / Exactions",
                }[p.category],
            ]
        )
    else:
        rows.append(["Decision Protested", "Other (see statement)"])
    rows.append(["Application for Further Review", "Yes" if p.further_review else "No"])
    if p.drawback_declared:
        rows.append(["Entries Subject to Drawback", "No"])
    if p.show_desc:
        rows.append(["Merchandise Description", p.goods.description])
    header, entry_rows, widths = _entry_rows(p, d, len({e.port_code for e in p.entries}) > 1)
    statement = _objection(p, rng, _duty(rng))
    extra = _earlier(p, d, rng)
    if p.further_review:
        statement.append(rng.choice(AFR_YES).format(g=rng.choice(AFR_GROUNDS)))
    if extra:
        statement.append(extra)
    blocks = [
        b.para("ELECTRONIC PROTEST MODULE - SUBMISSION RECEIPT", style="B", align="C", size=13),
        b.para("Your protest has been received. Keep this receipt for your records.", align="C"),
        b.grid(rows, [0.35, 0.65], border=True),
        b.para("Entries", style="B", align="L"),
        b.table(header, entry_rows, widths, border=True),
        b.box("Protest Statement (as submitted)", statement),
        b.para(
            f"Submitted by: {p.signer}, {p.signer_title}, on behalf of {p.party.name}", align="L"
        ),
        b.para(f"Status: RECEIVED  |  Printed {d(p.received)}", size=8, align="L"),
    ]
    return (
        b.job(blocks, family=family, size=9.5, header=f"Submission {sub_id}", footer=True),
        {"protest_number": number},
    )


def questionnaire(p: Protest, rng: random.Random, family: str) -> Styled:
    """An intake form with numbered questions answered by ticked boxes or N/A."""
    style = pick_date_style(rng)
    d = dater(style)
    na = rng.choice(["N/A", "None", "Not applicable"])
    qs: list[list[str]] = [
        ["1.", "Name of protesting party", p.party.name],
        [
            "2.",
            "Mailing address",
            f"{p.party.street}, {p.party.city_line}" if p.show_address else "",
        ],
        ["3.", "Importer number (IRS/EIN)", p.party.ein if p.show_ior else ""],
        ["4.", "Port of entry", f"{p.port_name} ({p.port_code})"],
        ["5.", "Merchandise description", p.goods.description if p.show_desc else ""],
    ]
    objection = _objection(p, rng, _duty(rng))
    qs.append(["6.", "Decision protested; reasons", " ".join(objection)])
    if p.drawback_declared:
        qs.append(["7.", "Entry subject to drawback?", b.ticked(False, family)])
    qs.append(["8.", "Accelerated disposition?", b.ticked(p.accelerated, family)])
    qs.append(["9.", "Further review requested?", b.ticked(p.further_review, family)])
    earlier = p.earlier
    qs.append(
        [
            "10.",
            "Earlier protest, same claim",
            na
            if earlier is None
            else (f"{earlier[0]}, received {d(earlier[1])}" if earlier[1] else earlier[0]),
        ]
    )
    qs.append(["11.", "Surety non-collusion cert.", na])
    header, rows, widths = _entry_rows(p, d, len({e.port_code for e in p.entries}) > 1)
    blocks = [
        *_stamp(p),
        b.para("PROTEST INTAKE QUESTIONNAIRE", style="B", align="C", size=13),
        b.para(
            f"To: U.S. Customs and Border Protection, Port of {p.port_name}. Complete every "
            "question; answer N/A where a question does not apply.",
            align="L",
        ),
        b.grid(qs[:5], [0.06, 0.36, 0.58], border=True),
        b.para("Entries covered (list each)", style="B", align="L"),
        b.table(header, rows, widths, border=rng.random() < 0.5),
        b.grid(qs[5:], [0.06, 0.36, 0.58], border=True),
    ]
    if p.accelerated:
        blocks.append(b.para("Sent by certified mail, return receipt requested.", align="L"))
    blocks += [
        b.para("Certification: the information above is true and correct.", align="L"),
        b.lines(
            [
                "Signature: /s/ " + p.signer,
                f"Printed name: {p.signer}",
                f"Title: {p.signer_title}",
                f"Date: {d(p.sent)}",
            ]
        ),
    ]
    return b.job(blocks, family=family, size=9.5, footer=True), {}


def memo(p: Protest, rng: random.Random, family: str) -> Styled:
    """A company memorandum (TO/FROM/DATE/SUBJECT) addressed to the port as its protest."""
    style = pick_date_style(rng)
    d = dater(style)
    ref = f"TC-{rng.randint(1000, 9999)}"
    entries = "; ".join(_entry_phrases(p, d, len({e.port_code for e in p.entries}) > 1))
    body = [
        b.para("MEMORANDUM", style="B", size=14, align="L"),
        b.grid(
            [
                [
                    "TO:",
                    f"Protest Unit, U.S. Customs and Border Protection, Port of {p.port_name} "
                    f"(Port Code {p.port_code})",
                ],
                ["FROM:", f"{p.signer}, {p.signer_title}, {p.party.name}"],
                ["DATE:", d(p.sent)],
                ["SUBJECT:", "Protest under 19 U.S.C. 1514 - " + ("see entries below")],
            ],
            [0.15, 0.85],
            border=False,
        ),
        b.rule(),
    ]
    if p.show_address:
        body.append(
            b.para(f"Protestant: {p.party.name}, {p.party.street}, {p.party.city_line}.", align="L")
        )
    else:
        body.append(b.para(f"Protestant: {p.party.name}.", align="L"))
    if p.show_ior:
        body.append(
            b.para(
                rng.choice(["Importer No.: ", "IOR number: ", "Importer of record number: "])
                + p.party.ein,
                align="L",
            )
        )
    body.append(b.para(f"This protest covers the following entries: {entries}.", align="L"))
    if p.show_desc:
        body.append(
            b.para(
                f"{rng.choice(['Merchandise:', 'Commodity:', 'Goods:'])} {p.goods.description}",
                align="L",
            )
        )
    for text in _objection(p, rng, _duty(rng)):
        body.append(b.para(text))
    body += _closing_statements(p, rng, d)
    body += [b.space(10), b.lines([f"/s/ {p.signer}", p.signer_title])]
    return b.job(_stamp(p) + body, family=family, size=10.5, header=f"Our ref. {ref}"), {}


def logo_letter(p: Protest, rng: random.Random, family: str) -> Styled:
    """A letter whose party is named only in the letterhead's logo line, signed on the right."""
    style = pick_date_style(rng)
    d = dater(style)
    dot = " \u00b7 "
    logo = [p.party.name.upper()]
    if p.show_address:
        logo.append(f"{p.party.street}{dot}{p.party.city_line}")
    logo.append(f"Tel. (555) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}")
    entries = "; ".join(_entry_phrases(p, d, len({e.port_code for e in p.entries}) > 1))
    body = [
        b.lines(logo, style="B", align="C"),
        b.rule(),
        *_stamp(p),
        b.para(d(p.sent), align="R"),
        b.lines(
            [
                "U.S. Customs and Border Protection",
                f"Port of {p.port_name}",
                f"Port Code {p.port_code}",
                "Attn: Protest Section",
            ]
        ),
        b.para(
            "Re: Protest of "
            + ("decision on penalty petition" if p.decision_date else "liquidation"),
            style="B",
            align="L",
        ),
        b.para("Dear Sir or Madam:", align="L"),
        b.para(
            "We write to protest, under 19 U.S.C. 1514, the following entries made by our "
            f"company: {entries}."
        ),
    ]
    if p.show_ior:
        body.append(b.para(f"Our importer number is {p.party.ein}."))
    if p.show_desc:
        body.append(b.para(f"Description of merchandise: {p.goods.description}", align="L"))
    for text in _objection(p, rng, _duty(rng)):
        body.append(b.para(text))
    body += _closing_statements(p, rng, d)
    body.append(
        b.side_by_side(["Very truly yours,"], ["______________________", p.signer, p.signer_title])
    )
    return b.job(body, family=family, size=11), {}


def law_firm(p: Protest, rng: random.Random, family: str) -> Styled:
    """Counsel's protest over several pages: client named in the body, footnoted dates, headers."""
    style = pick_date_style(rng)
    d = dater(style)
    firm = rng.choice(people.LAW_FIRMS)
    matter = f"Matter {rng.randint(10000, 99999)}-{rng.randint(10, 99)}"
    client = p.party.name
    intro = rng.choice(
        [
            f'On behalf of our client, {client} ("Protestant"), we protest the decision described '
            "below.",
            f'This firm represents {client}, the importer of record (the "Protestant"), and files '
            "this protest on its behalf.",
            f"We submit this protest for our client {client} under 19 U.S.C. 1514 and 19 CFR Part "
            "174.",
        ]
    )
    body: list[b.Block] = [
        b.lines(
            [
                firm.upper(),
                "Attorneys at Law",
                "1200 Seventeenth Street NW, Suite 800",
                "Washington, DC 20036",
            ],
            style="B",
            align="L",
        ),
        *_stamp(p),
        b.para(d(p.sent), align="L"),
        b.lines(
            [
                f"Port Director, Port of {p.port_name} ({p.port_code})",
                "U.S. Customs and Border Protection",
            ]
        ),
        b.para(
            "Re: Protest and Application for Further Review" if p.further_review else "Re: Protest",
            style="B",
            align="L",
        ),
        b.para(intro),
    ]
    if p.show_address:
        body.append(b.para(f"Protestant's address is {p.party.street}, {p.party.city_line}."))
    if p.show_ior:
        body.append(
            b.para(
                f"Protestant's importer number is {p.party.ein}. Our power of attorney "
                "is on file with the port."
            )
        )
    ports = len({e.port_code for e in p.entries}) > 1
    if len(p.entries) > 1 or rng.random() < 0.5:
        header, rows, widths = _entry_rows(p, d, ports)
        body += [
            b.para("I. The Entries", style="B", align="L"),
            b.table(header, rows, widths, border=True),
        ]
    else:
        e = p.entries[0]
        when = f", made on {d(e.entry_date)}" if e.entry_date else ""
        body += [
            b.para("I. The Entry", style="B", align="L"),
            b.para(
                f"The protest covers entry number {e.number}{when}, which CBP liquidated "
                "as shown in the footnote.",
                footnote=f"Liquidated {d(e.liquidation)} (bulletin notice).",
            ),
        ]
    body.append(b.page() if rng.random() < 0.5 else b.space(6))
    if p.show_desc:
        body += [
            b.para("II. Merchandise", style="B", align="L"),
            b.para(f"Description of merchandise: {p.goods.description}"),
        ]
    body.append(b.para("III. Nature of and Justification for the Objection", style="B", align="L"))
    body += [b.para(t) for t in _objection(p, rng, _duty(rng))]
    body.append(b.para("IV. Other Statements", style="B", align="L"))
    body += _closing_statements(p, rng, d)
    body += [
        b.para("Respectfully submitted,", align="L"),
        b.lines(
            [
                f"/s/ {p.signer}",
                p.signer,
                firm,
                f"Counsel for {client}",
                f"Counsel's importer no.: {rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}",
            ]
        ),
    ]
    running = f"Protest of {client} - Port {p.port_code} - {matter}"
    return b.job(body, family=family, size=11, header=running, footer=True), {}


def broker(p: Protest, rng: random.Random, family: str) -> Styled:
    """A customs broker's letter under a power of attorney with an unruled entry list."""
    style = pick_date_style(rng)
    d = dater(style)
    firm = rng.choice(people.BROKERS)
    body: list[b.Block] = [
        b.lines(
            [
                firm,
                "Licensed Customs Broker",
                f"{rng.randint(10, 999)} Airport Road, Building {rng.randint(1, 9)}",
                rng.choice(["Jamaica, NY 11430", "Inglewood, CA 90301", "Atlanta, GA 30320"]),
                f"Broker importer no. {rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}",
            ],
            style="B",
            align="R",
        ),
        *_stamp(p),
        b.para(f"Date: {d(p.sent)}", align="L"),
        b.lines(["Customs and Border Protection", f"{p.port_name} Port of Entry - {p.port_code}"]),
        b.para(
            f"Subject: Protest - {rng.choice(['IOR', 'Importer'])} {p.party.name}",
            style="B",
            align="L",
        ),
        b.para(
            "Acting under a power of attorney from the importer named below, we protest the "
            "decision described in this letter."
        ),
    ]
    facts = [["Importer (protestant)", p.party.name]]
    if p.show_address:
        facts.append(["Address", f"{p.party.street}, {p.party.city_line}"])
    if p.show_ior:
        facts.append(["Importer No.", p.party.ein])
    if p.show_desc:
        facts.append(["Merchandise", p.goods.description])
    body.append(b.grid(facts, [0.3, 0.7], border=False))
    header, rows, widths = _entry_rows(p, d, len({e.port_code for e in p.entries}) > 1)
    body.append(b.table(header, rows, widths, border=False))
    body += [b.para(t) for t in _objection(p, rng, _duty(rng))]
    body += _closing_statements(p, rng, d)
    body += [
        b.para("Sincerely,", align="L"),
        b.space(14),
        b.lines([p.signer, f"Licensed Customs Broker, {firm}"]),
    ]
    return b.job(body, family=family, size=10), {}


STYLES: dict[str, Callable[[Protest, random.Random, str], Styled]] = {
    "portal": portal,
    "questionnaire": questionnaire,
    "memo": memo,
    "logo": logo_letter,
    "lawfirm": law_firm,
    "broker": broker,
}
