"""Protests under 19 U.S.C. 1514: the cases, their truths, and seven ways senders write them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_twentyfirst import law
from bench.corpus_twentyfirst.render import (
    Doc,
    PageBreak,
    Para,
    Space,
    Table,
    TwoColumns,
    caps_pair,
)
from bench.corpus_twentyfirst.words import (
    COMPANIES,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    fmt_date,
    fmt_money,
)

CASES = [
    "accept",
    "def-address",
    "untimely",
    "grace-sat",
    "accept-exclusion",
    "def-importer",
    "premature",
    "def-goods",
    "mixed",
    "accept-drawback",
    "def-objection",
    "ninety-late",
    "accept-1520d",
    "def-earlier",
    "invalid",
    "def-drawback",
    "accept-charges",
    "def-entrydate",
    "grace-holiday",
    "def-liq",
    "ninety-ok",
    "accept-multi",
    "accept-lastday",
    "untimely-multi",
]
STYLES = ["email", "packet", "landscape", "twocol", "numbered", "caps", "efile"]

CATEGORY_OF_CASE = {
    "accept-exclusion": "exclusion",
    "accept-drawback": "drawback",
    "accept-1520d": "reliquidation_1520d",
    "accept-charges": "charges",
}
NO_LIQUIDATION = {"exclusion", "drawback", "reliquidation_1520d", "charges"}


@dataclass
class Protest:
    """One protest as its sender knows it, and what it leaves out."""

    case: str
    style: str
    company: tuple[str, str, str]
    importer_no: str
    port: tuple[str, str]
    entries: list[tuple[str, date, date]]
    category: str
    goods: str
    hts: str
    received: date
    today: date
    signer: str
    firm: str | None
    accelerated: bool
    further_review: bool
    drawback: int
    stamp: bool
    protest_number: str | None = None
    omit: set[str] = field(default_factory=set)
    earlier: tuple[str, date | None] | None = None
    date_style: str = "long"

    @property
    def letter_date(self) -> date:
        return self.received - timedelta(days=3)


def _weekday_shift(day: date) -> date:
    while not law.is_business_day(day):
        day += timedelta(days=1)
    return day


def build(case: str, number: int, rng: random.Random) -> Protest:
    """The facts of a protest for CASE, drawn from RNG; timing chosen so the case holds."""
    company = COMPANIES[rng.randrange(len(COMPANIES))]
    filer = law.filer_code(rng)
    count = (
        3
        if case in ("accept-multi", "untimely-multi")
        else 2
        if case == "mixed"
        else rng.choice([1, 1, 2])
    )
    category = CATEGORY_OF_CASE.get(
        case, rng.choice(["classification", "appraised_value", "liquidation"])
    )
    if case in (
        "grace-sat",
        "grace-holiday",
        "ninety-late",
        "ninety-ok",
        "untimely",
        "mixed",
        "premature",
        "untimely-multi",
    ):
        category = rng.choice(["classification", "appraised_value"])
    goods, hts = GOODS[rng.randrange(len(GOODS))]
    liq = date(2025, 1, 3) + timedelta(days=rng.randrange(240))
    entry0 = liq - timedelta(days=300 + rng.randrange(60))
    if case.startswith("ninety"):
        entry0 = date(2004, 12, 17) - timedelta(days=rng.randrange(40))
        liq = entry0 + timedelta(days=320 + rng.randrange(40))
    if category == "exclusion":
        entry0 = liq - timedelta(days=25 + rng.randrange(15))  # excluded soon after entry
    if case == "accept-lastday":
        while not law.is_business_day(liq + timedelta(days=180)):
            liq += timedelta(days=1)
    if case == "grace-sat":
        while (liq + timedelta(days=180)).weekday() != 5:
            liq += timedelta(days=1)
    if case == "grace-holiday":
        # A last day on a Monday holiday (the next business day is the Tuesday).
        liq = date(2025, 1, 13) + timedelta(days=rng.randrange(2))
        while (
            law.is_business_day(liq + timedelta(days=180))
            or (liq + timedelta(days=180)).weekday() != 0
        ):
            liq += timedelta(days=1)
    entries = []
    for index in range(count):
        entry_date = entry0 + timedelta(days=index * rng.randrange(5, 20))
        if case.startswith("ninety"):
            entry_date = entry0 - timedelta(days=index * 3)
        decided = liq + timedelta(days=index * rng.randrange(1, 6)) if case != "mixed" else liq
        entries.append((law.entry_number(rng, filer), _weekday_shift(entry_date), decided))
    if case == "mixed":
        entries[1] = (entries[1][0], entries[1][1], liq - timedelta(days=25))
    last_days = [law.last_day(e, d) for _, e, d in entries]
    first_last = min(last_days)
    if case in ("untimely", "untimely-multi"):
        received = _weekday_shift(max(last_days) + timedelta(days=4 + rng.randrange(20)))
        while law.timing(received, first_last, entries[0][2]) != "late":
            received += timedelta(days=1)
    elif case == "ninety-late":
        received = _weekday_shift(first_last + timedelta(days=12))
    elif case.startswith("grace"):
        received = law.next_business_day(first_last)
    elif case == "mixed":
        received = _weekday_shift(first_last + timedelta(days=6))
    elif case == "premature":
        received = _weekday_shift(min(d for _, _, d in entries) - timedelta(days=12))
    elif case == "accept-lastday":
        received = first_last  # received on the last day itself: timely whatever the weekday
    elif case == "def-entrydate":
        received = _weekday_shift(max(d for _, _, d in entries) + timedelta(days=20))
    else:
        received = _weekday_shift(
            max(d for _, _, d in entries) + timedelta(days=15 + rng.randrange(60))
        )
        received = min(received, first_last) if received > first_last else received
        while not law.is_business_day(received):
            received -= timedelta(days=1)
    style = STYLES[number % len(STYLES)]
    firm = None if style in ("caps",) or rng.random() < 0.3 else FIRMS[rng.randrange(len(FIRMS))]
    port = PORTS[rng.randrange(len(PORTS))]
    omit = {
        "def-address": {"address"},
        "def-importer": {"importer"},
        "def-goods": {"goods"},
        "def-objection": {"objection"},
        "def-drawback": {"drawback"},
        "def-entrydate": {"entry_date"},
        "def-liq": {"liq"},
    }.get(case, set())
    earlier: tuple[str, date | None] | None = None
    if case == "def-earlier":
        earlier = (
            f"{port[0]}-{(received.year - 1) % 100:02d}-{rng.randrange(100000, 999999)}",
            None,
        )
    elif rng.random() < 0.15 and not case.startswith("def"):
        earlier = (
            f"{port[0]}-{(received.year - 1) % 100:02d}-{rng.randrange(100000, 999999)}",
            received - timedelta(days=200),
        )
    efiled = style in ("efile",)
    return Protest(
        case=case,
        style=style,
        company=company,
        importer_no=f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}",
        port=port,
        entries=entries,
        category=category,
        goods=goods,
        hts=hts,
        received=received,
        today=received + timedelta(days=rng.randrange(1, 30)),
        signer=PEOPLE[rng.randrange(len(PEOPLE))],
        firm=firm,
        accelerated=(not efiled and style != "email" and rng.random() < 0.35),
        further_review=rng.random() < 0.5,
        drawback=rng.randrange(6),
        stamp=rng.random() < 0.3,
        protest_number=(
            f"{port[0]}-{received.year % 100:02d}-{rng.randrange(100000, 999999)}"
            if efiled
            else None
        ),
        omit=omit,
        earlier=earlier,
        date_style=rng.choice(["long", "us", "short", "iso", "dmy", "abbr", "mil", "dash"]),
    )


def truth(p: Protest) -> dict[str, Any]:
    """The contract's values and decision as a careful officer reads this protest."""
    not_scored: list[str] = []
    entries = [
        {
            "entry_number": n,
            "entry_date": None if "entry_date" in p.omit else e.isoformat(),
            "liquidation_date": None if "liq" in p.omit else d.isoformat(),
        }
        for n, e, d in p.entries
    ]
    values: dict[str, Any] = {
        "protest_number": p.protest_number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": None if "importer" in p.omit else p.importer_no,
        "protestant_name": p.company[0],
        "protestant_address": None if "address" in p.omit else f"{p.company[1]}, {p.company[2]}",
        "entries": entries,
        "category": p.category,
        "merchandise_description": None if "goods" in p.omit else p.goods,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    missing = [
        f"174.13(a)({n})"
        for key, n in (
            ("address", 1),
            ("importer", 2),
            ("entry_date", 3),
            ("liq", 4),
            ("goods", 5),
            ("objection", 6),
        )
        if key in p.omit
    ]
    if p.earlier and p.earlier[1] is None:
        missing.append("174.13(a)(7)")
    if "drawback" in p.omit:
        missing.append("174.13(a)(9)")
    decision: dict[str, Any] = {"missing": missing}
    if p.case == "invalid":
        not_scored.append(
            "deadline/last_days: a penalty-petition decision (171.22) cannot be protested; the "
            "contract gives it no clock"
        )
        not_scored.append("category: the decision protested is none of the 1514(a) categories")
        del values["category"]
        decision["outcome"] = "invalid"
        return _pack(p, values, decision, not_scored)
    if "objection" in p.omit:
        del values["category"]
        not_scored.append(
            "category: the letter states no objection, so no decision category is named"
        )
    if "entry_date" in p.omit or "liq" in p.omit:
        not_scored.append(
            "deadline/last_days: an entry or decision date is not given, so no last day can be "
            "computed from the document"
        )
    else:
        lasts = {n: law.last_day(e, d) for n, e, d in p.entries}
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {n: d.isoformat() for n, d in lasts.items()}
    if "liq" in p.omit:
        not_scored.append(
            "outcome: without the liquidation date an officer cannot tell premature, timely or "
            "late from the document; the contract does not settle it"
        )
    elif "drawback" in p.omit and len(missing) == 1:
        not_scored.append(
            "outcome: the only open point is the 174.13(a)(9) drawback declaration, a VERIFY line"
        )
    else:
        decision["outcome"] = _outcome(p, missing)
        assert decision["outcome"] == _intended(p.case), (p.case, decision["outcome"])
    return _pack(p, values, decision, not_scored)


def _intended(case: str) -> str:
    """The outcome each case was built to show, so that no seed quietly turns one into another."""
    for prefix, outcome in (
        ("accept", "accept"),
        ("ninety-ok", "accept"),
        ("def-", "deficient"),
        ("untimely", "untimely"),
        ("ninety-late", "untimely"),
        ("premature", "premature"),
        ("grace", "needs_human"),
        ("mixed", "needs_human"),
    ):
        if case.startswith(prefix):
            return outcome
    raise ValueError(f"no intended outcome for {case}")


def _outcome(p: Protest, missing: list[str]) -> str:
    if "entry_date" in p.omit:
        # Received within 90 days of every decision: timely under either period.
        assert all(p.received <= d + timedelta(days=90) for _, _, d in p.entries)
        states = {"timely"}
    else:
        states = {law.timing(p.received, law.last_day(e, d), d) for _, e, d in p.entries}
        if p.category in NO_LIQUIDATION:
            assert "premature" not in states
    if "grace" in states or len(states) > 1:
        return "needs_human"
    state = states.pop()
    if state == "premature":
        return "premature"
    if state == "late":
        return "untimely"
    return "deficient" if missing else "accept"


def _pack(
    p: Protest, values: dict[str, Any], decision: dict[str, Any], not_scored: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "protest",
        "case": p.case,
        "args": ["--received", p.received.isoformat(), "--today", p.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out


# ------------------------------------------------------------------ wording

CATEGORY_WORDS = {
    "appraised_value": (
        "the appraised value of the merchandise",
        "CBP appraised the goods at a value built up from the seller's list price. The price "
        "actually paid or payable between unrelated parties is the transaction value under 19 "
        "U.S.C. 1401a(b), and the goods must be appraised at that value.",
    ),
    "classification": (
        "the classification of the merchandise and the rate of duty",
        "CBP liquidated the goods under a basket provision at a higher rate. The merchandise is "
        "properly classified in subheading {hts}, HTSUS, by application of GRI 1 and 6, and the "
        "excess duty must be refunded.",
    ),
    "liquidation": (
        "the liquidation of the entry",
        "The entry was liquidated without the reduced rate claimed at entry, although the "
        "supporting certificate was on file; the entry must be reliquidated at the claimed rate.",
    ),
    "charges": (
        "the merchandise processing fee and other charges assessed",
        "The merchandise processing fee was assessed on the full entered value, above the maximum "
        "of 19 CFR 24.23(b)(1); the excess fee must be refunded.",
    ),
    "exclusion": (
        "the exclusion of the merchandise from entry",
        "The goods were excluded for want of an admissibility document that was in fact filed "
        "with the entry; the exclusion must be withdrawn and the goods released.",
    ),
    "drawback": (
        "the refusal to pay the drawback claim",
        "The claim met every requirement of 19 CFR Part 190 and was filed in time; the refusal "
        "must be reversed and drawback paid.",
    ),
    "reliquidation_1520d": (
        "the refusal to reliquidate under 19 U.S.C. 1520(d)",
        "A valid USMCA certification of origin was presented within one year of importation; the "
        "entry must be reliquidated with preferential treatment.",
    ),
}

OBJECTION_HEADINGS = [
    "Statement of Objection and Justification",
    "Grounds for Protest",
    "Nature of and Justification for the Objection",
    "Why the Decision Is Wrong",
    "Basis of the Protest",
    "Argument",
]

DRAWBACK = [
    "The entries listed in this protest are not the subject of a drawback claim.",
    "Drawback: none of the merchandise covered by this protest has been or will be designated for "
    "drawback.",
    "Is any entry covered by this protest subject to drawback?   [ ] Yes   [X] No",
    "Protestant declares that the entries are not subject to drawback (19 CFR 174.13(a)(9)).",
    "We confirm that no drawback has been claimed on these entries, nor will any be.",
    "The merchandise on these entries is subject to a pending drawback claim.",
]

FURTHER_YES = [
    "Protestant applies for further review under 19 CFR 174.24(b): the decision raises a question "
    "of law not previously ruled upon, and no other application or court action is pending on "
    "this claim.",
    "APPLICATION FOR FURTHER REVIEW: [X] YES  [ ] NO - criterion 174.24(a) (the decision is "
    "inconsistent with a ruling on substantially similar merchandise).",
    "Should the port not allow this protest in full, we ask that it be forwarded for further "
    "review; the question has not been ruled on (174.24(b)).",
    "We hereby request further review of this protest by Headquarters.",
    "Further review requested: YES (19 CFR 174.24(c), facts not considered in the earlier ruling).",
]
FURTHER_NO = [
    "No application for further review is made at this time.",
    "FURTHER REVIEW: NOT REQUESTED",
    "",
    "Protestant does not ask for further review.",
]
ACCEL_YES = [
    "Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent by "
    "certified mail, return receipt requested.",
    "ACCELERATED DISPOSITION REQUESTED: YES (sent by registered mail)",
    "Kindly treat this letter as a request for accelerated disposition under 19 U.S.C. 1515(b); "
    "it reaches you by certified mail.",
    "Accelerated disposition: requested (19 CFR 174.22). Sent by certified mail, no. 7019 2280.",
    "We ask that this protest be disposed of on an accelerated basis; it goes by registered mail.",
]
ACCEL_NO = ["Accelerated disposition is not requested.", "ACCELERATED DISPOSITION: NO", "", ""]


def _d(p: Protest, day: date) -> str:
    return fmt_date(day, p.date_style)


def _pieces(p: Protest, rng: random.Random) -> dict[str, str]:
    name, street, city = p.company
    decision, argument = CATEGORY_WORDS[p.category]
    argument = argument.format(hts=p.hts)
    port_code, port_name = p.port
    noun = "decision" if p.category in NO_LIQUIDATION else "liquidation"
    if p.case == "invalid":
        serial = f"{rng.randrange(1000, 9999)}-000{rng.randrange(1, 9)}"
        case_no = f"{port_code}-{p.received.year - 1}-{serial}"
        decision = (
            "the decision of the Fines, Penalties and Forfeitures Officer on Protestant's petition "
            f"for relief in penalty case {case_no}"
        )
        argument = (
            "The petition showed that the violation was a clerical error; the penalty should have "
            "been remitted in full rather than mitigated."
        )
    port = rng.choice(
        [
            f"{port_name} (Port Code {port_code})",
            f"Port {port_code} - {port_name}",
            f"{port_name}, port code {port_code}",
            f"{port_code} ({port_name})",
            f"the Port of {port_name} ({port_code})",
        ]
    )
    return {
        "name": name,
        "street": street,
        "city": city,
        "decision": decision,
        "argument": argument,
        "port": port,
        "port_code": port_code,
        "port_name": port_name,
        "noun": noun,
        "drawback": "" if "drawback" in p.omit else DRAWBACK[p.drawback],
        "further": rng.choice(FURTHER_YES) if p.further_review else rng.choice(FURTHER_NO),
        "accel": rng.choice(ACCEL_YES) if p.accelerated else rng.choice(ACCEL_NO),
        "heading": rng.choice(OBJECTION_HEADINGS),
    }


def _entry_rows(p: Protest, with_port: bool = False) -> list[list[str]]:
    noun = "Decision Date" if p.category in NO_LIQUIDATION else "Date of Liquidation"
    head = ["Entry No.", "Date of Entry", noun]
    if with_port:
        head = ["Port", *head, "Invoice Value"]
    rows = [head]
    for number, entry_date, decided in p.entries:
        row = [
            number,
            "(not available)" if "entry_date" in p.omit else _d(p, entry_date),
            "" if "liq" in p.omit else _d(p, decided),
        ]
        if with_port:
            row = [p.port[0], *row, fmt_money(Decimal(37000 + len(rows) * 4210), "dollar")]
        rows.append(row)
    return rows


def _entry_sentence(p: Protest) -> str:
    parts = []
    for number, entry_date, decided in p.entries:
        text = f"entry no. {number}"
        if "entry_date" not in p.omit:
            text += f", entered {_d(p, entry_date)}"
        if "liq" not in p.omit:
            verb = "decided" if p.category in NO_LIQUIDATION else "liquidated"
            text += f" and {verb} {_d(p, decided)}"
        parts.append(text)
    return "; ".join(parts)


def _objection(p: Protest, k: dict[str, str]) -> list[str]:
    if "objection" in p.omit:
        return [f"Protestant hereby protests the {k['noun']} of the entries listed above."]
    return [f"Protestant objects to {k['decision']}.", k["argument"]]


def _earlier(p: Protest) -> str:
    if not p.earlier:
        return ""
    number, received = p.earlier
    text = (
        f"Protestant asks for the same disposition as in Protest No. {number}, for which further "
        "review is pending"
    )
    return text + (f"; that protest was received on {_d(p, received)}." if received else ".")


def _party_lines(p: Protest) -> list[str]:
    lines = [p.company[0]]
    if "address" not in p.omit:
        lines += [p.company[1], p.company[2]]
    return lines


def _ior(p: Protest) -> str:
    return "" if "importer" in p.omit else p.importer_no


def _stamp(p: Protest) -> list[Para]:
    if not p.stamp:
        return []
    return [Para(f"RECEIVED  {fmt_date(p.received, 'mil')}  CBP {p.port[1].upper()}", 9, True, "R")]


def _signature(p: Protest, rng: random.Random) -> list[Para]:
    closing = rng.choice(["Respectfully submitted,", "Sincerely,", "Very truly yours,", "Regards,"])
    title = (
        "Attorney for Protestant"
        if p.firm
        else rng.choice(["Director of Import Compliance", "President", "Trade Compliance Manager"])
    )
    org = p.firm or p.company[0]
    return [
        Para(closing, after=16),
        Para(f"/s/ {p.signer}", after=1),
        Para(p.signer, after=1),
        Para(title, after=1),
        Para(org),
    ]


def render(p: Protest, rng: random.Random) -> Doc:
    return {
        "email": _email,
        "packet": _packet,
        "landscape": _landscape,
        "twocol": _twocol,
        "numbered": _numbered,
        "caps": _caps,
        "efile": _efile,
    }[p.style](p, rng, _pieces(p, rng))


def _body(p: Protest, k: dict[str, str]) -> list[Para]:
    paras = [Para(f"Description of merchandise: {p.goods}")] if "goods" not in p.omit else []
    paras += [Para(k["heading"], bold=True)] + [Para(t, align="J") for t in _objection(p, k)]
    paras += [Para(t) for t in (_earlier(p), k["drawback"], k["further"], k["accel"]) if t]
    return paras


def _email(p: Protest, rng: random.Random, k: dict[str, str]) -> Doc:
    sender = p.signer.lower().replace(" ", ".").replace("..", ".")
    domain = (p.firm or p.company[0]).split()[0].lower().strip(",.&")
    sent = p.letter_date
    doc = Doc(font=rng.choice(["helv", "times"]))
    doc.add(
        Para("From: " + f"{p.signer} <{sender}@{domain}.com>", 9, after=1),
        Para(f"Sent: {fmt_date(sent, 'long')} 4:{rng.randrange(10, 59)} PM", 9, after=1),
        Para(f"To: Protests, {k['port_name']} <protests.{k['port_code']}@cbp.dhs.gov>", 9, after=1),
        Para(f"Subject: Protest - {p.company[0]} - entry {p.entries[0][0]}", 9, True, after=10),
        *_stamp(p),
        Para("Dear Protest Officer,"),
        Para(
            f'Please accept this e-mail as the protest of {p.company[0]} ("Protestant") against '
            f"{k['decision']} at {k['port']}. The signed original follows by mail.",
            align="J",
        ),
        Para("Protestant:", bold=True, after=1),
        *[Para(x, after=1) for x in _party_lines(p)],
        Para(f"Importer No.: {_ior(p)}" if _ior(p) else "", after=6),
        Para(f"The protest covers {_entry_sentence(p)}.", align="J"),
        *_body(p, k),
        *_signature(p, rng),
        Space(6),
        Para("-----Original Message-----", 9, after=1),
        Para(f"From: Entry Branch <entry.{k['port_code']}@cbp.dhs.gov>", 9, after=1),
        Para(f"Subject: Notice of action - entry {p.entries[0][0]}", 9, after=4),
        Para(
            "> This is a notice that the entry referred to has been acted upon. Any protest must "
            "be filed within the time allowed by 19 U.S.C. 1514(c)(3).",
            9,
        ),
        Space(10),
        Para(
            "CONFIDENTIALITY NOTICE: This e-mail and any attachment may contain privileged or "
            "confidential information. If you are not the intended recipient, delete it and "
            "notify the sender.",
            7.5,
            align="J",
        ),
    )
    return doc


def _form7501(p: Protest, number: str, entry_date: date, rng: random.Random) -> Table:
    value = rng.randrange(20000, 90000)
    return Table(
        [
            [
                f"1. Filer Code/Entry No.\n{number}",
                "2. Entry Type\n01 ABI/A",
                f"3. Summary Date\n{fmt_date(entry_date + timedelta(days=9), 'us')}",
                "4. Surety No.\n457",
            ],
            [
                "5. Bond Type\n8",
                f"6. Port Code\n{p.port[0]}",
                "7. Entry Date\n" + ("" if "entry_date" in p.omit else fmt_date(entry_date, "us")),
                "8. Importing Carrier\nMAERSK EMDEN",
            ],
            [
                "12. Exporting Country\nCN",
                f"24. Importer No.\n{_ior(p)}",
                f"29. Description\n{p.hts} {p.goods.split(',')[0]}",
                f"33. Entered Value\n{fmt_money(Decimal(value), 'comma')}",
            ],
            [
                f"26. Importer of Record\n{', '.join(_party_lines(p))}",
                "27. Consignee\nSAME",
                "",
                "",
            ],
        ],
        [1, 1, 1, 1],
        head=False,
        form=True,
        size=9,
    )


def _packet(p: Protest, rng: random.Random, k: dict[str, str]) -> Doc:
    org = p.firm or p.company[0]
    doc = Doc(font="times", header=f"Protest of {p.company[0]} - {p.entries[0][0]}")
    doc.add(
        Para(org.upper(), 13, True, "C", after=12),
        *_stamp(p),
        Para(fmt_date(p.letter_date, "long")),
        Para("Port Director", after=1),
        Para("U.S. Customs and Border Protection", after=1),
        Para(k["port"]),
        Para(f"Re: Protest on behalf of {p.company[0]}", bold=True),
        Para(
            "Enclosed for filing is the protest set out below, with a copy of the entry summary "
            "for each entry it covers. Please date-stamp the enclosed copy and return it to us.",
            align="J",
        ),
        *_signature(p, rng),
        PageBreak(),
        Para("PROTEST UNDER 19 U.S.C. 1514", 12, True, "C"),
        Para(f"Protesting party: {p.company[0]}", after=1),
        *[Para(x, indent=90, after=1) for x in _party_lines(p)[1:]],
        Para(f"Importer number: {_ior(p) or '-'}", after=1),
        Para(f"Port of entry: {k['port']}"),
        Table(_entry_rows(p), [2, 1.5, 1.5], ruled=rng.random() < 0.6),
        *_body(p, k),
        Para(f"Signed: {p.signer}, {fmt_date(p.letter_date, p.date_style)}"),
        PageBreak(),
    )
    for number, entry_date, _ in p.entries[:2]:
        doc.add(
            Para("ATTACHMENT - COPY OF ENTRY SUMMARY (CBP FORM 7501)", 10, True),
            _form7501(p, number, entry_date, rng),
            Space(10),
        )
    return doc


def _landscape(p: Protest, rng: random.Random, k: dict[str, str]) -> Doc:
    org = p.firm or p.company[0]
    doc = Doc(font="helv", landscape=True, header=f"{org} | Protest - {p.company[0]}")
    doc.add(
        Para(org, 14, True),
        *_stamp(p),
        Para(fmt_date(p.letter_date, "abbr")),
        Para(f"To: Port Director, {k['port']}"),
        Para(
            f"On behalf of our client {', '.join(_party_lines(p))} "
            f"(importer no. {_ior(p) or 'to follow'}), we protest {k['decision']} on the entries "
            "in the table below."
            if p.firm
            else f"{p.company[0]} protests {k['decision']} on the entries in the table below.",
            align="J",
        ),
        Para("Schedule of entries", bold=True),
        Table(_entry_rows(p, with_port=True), [1, 2, 1.6, 1.6, 1.4], ruled=True),
        *_body(p, k),
        *_signature(p, rng),
    )
    if not p.firm:
        doc.blocks.insert(
            3,
            Para(
                "Protestant: "
                + " / ".join(_party_lines(p))
                + (f" / IOR {_ior(p)}" if _ior(p) else "")
            ),
        )
    return doc


def _twocol(p: Protest, rng: random.Random, k: dict[str, str]) -> Doc:
    doc = Doc(font="times", header=f"PROTEST - {p.company[0]}")
    left = [
        f"The protesting party, {p.company[0]}, filed the entries below at {k['port']}.",
        *[t for t in _objection(p, k)],
    ]
    right = [t for t in (_earlier(p), k["drawback"], k["further"], k["accel"]) if t]
    doc.add(
        Para("NOTICE OF PROTEST", 14, True, "C"),
        *_stamp(p),
        Para("Protestant: " + p.company[0], after=1),
        *[Para(x, after=1) for x in _party_lines(p)[1:]],
        Para(f"IRS/EIN No. {_ior(p)}" if _ior(p) else "", after=1),
        Para(f"Port: {k['port']}"),
        Para(f"Date: {fmt_date(p.letter_date, p.date_style)}"),
        Table(_entry_rows(p), [2, 1.5, 1.5], ruled=False),
        Para(f"Merchandise: {p.goods}") if "goods" not in p.omit else Space(2),
        Para(k["heading"], bold=True),
        TwoColumns(left, right),
        *_signature(p, rng),
    )
    return doc


def _numbered(p: Protest, rng: random.Random, k: dict[str, str]) -> Doc:
    org = p.firm or p.company[0]
    doc = Doc(font=rng.choice(["times", "courier"]), header=f"Protest submission - {p.company[0]}")
    sections = [
        "Protestant",
        "Entries Protested",
        "Merchandise",
        k["heading"],
        "Other Matters",
        "Signature",
    ]
    doc.add(
        Para(org, 13, True, "C"),
        *_stamp(p),
        Para("PROTEST AND APPLICATION", 12, True, "C"),
        Para(f"Submitted {fmt_date(p.letter_date, 'legal')}", align="C"),
        Para("TABLE OF CONTENTS", bold=True),
        *[
            Para(f"{i}. {s} ......... {2 if i > 2 else 1}", indent=20, after=1)
            for i, s in enumerate(sections, 1)
        ],
        Space(10),
        Para("1. Protestant", bold=True),
        Para(
            f"1.1 The protestant is {p.company[0]}"
            + (f", of {p.company[1]}, {p.company[2]}" if "address" not in p.omit else "")
            + "."
        ),
        Para(
            f"1.2 Its importer of record number is {_ior(p)}."
            if _ior(p)
            else "1.2 The importer number will be supplied on request."
        ),
        Para("2. Entries Protested", bold=True),
        Para(f"2.1 Port of entry: {k['port']}."),
        Para(f"2.2 This protest covers {_entry_sentence(p)}."),
        PageBreak(),
        Para("3. Merchandise", bold=True),
        Para(
            f"3.1 Merchandise: {p.goods}" if "goods" not in p.omit else "3.1 See the entry papers."
        ),
        Para(f"4. {k['heading']}", bold=True),
        *[Para(f"4.{i} {t}", align="J") for i, t in enumerate(_objection(p, k), 1)],
        Para("5. Other Matters", bold=True),
        *[
            Para(f"5.{i} {t}")
            for i, t in enumerate(
                [t for t in (_earlier(p), k["drawback"], k["further"], k["accel"]) if t], 1
            )
        ],
        Para("6. Signature", bold=True),
        *_signature(p, rng),
    )
    return doc


def _caps(p: Protest, rng: random.Random, k: dict[str, str]) -> Doc:
    doc = Doc(font="courier", header=f"PROTEST WORKSHEET  {p.company[0].upper()}")

    doc.add(
        Para("CUSTOMS PROTEST - PREPARED BY IMPORTER", 12, True),
        *_stamp(p),
        *caps_pair("PROTESTING PARTY", p.company[0], 10),
        *caps_pair("ADDRESS", ", ".join(_party_lines(p)[1:]), 10),
        *caps_pair("IMPORTER NUMBER", _ior(p), 10),
        *caps_pair("PORT CODE", k["port_code"], 10),
        *caps_pair("PORT NAME", k["port_name"], 10),
        Table(_entry_rows(p), [2, 1.5, 1.5], ruled=False),
        *caps_pair("DESCRIPTION OF MERCHANDISE", "" if "goods" in p.omit else p.goods, 10),
        *caps_pair(
            "DECISION PROTESTED", "" if "objection" in p.omit else k["decision"].upper(), 10
        ),
        *caps_pair("REASONS", " ".join(_objection(p, k)), 10),
        *[Para(t, 9) for t in (_earlier(p), k["drawback"], k["further"], k["accel"]) if t],
        *caps_pair("DATE", fmt_date(p.letter_date, "mil"), 10),
        *caps_pair("NAME OF SIGNER", p.signer, 10),
        *caps_pair("SIGNATURE", f"/s/ {p.signer}", 10),
    )
    return doc


def _efile(p: Protest, rng: random.Random, k: dict[str, str]) -> Doc:
    doc = Doc(font="helv", header=f"Protest {p.protest_number}")
    doc.add(
        Para("PROTEST E-FILING CONFIRMATION", 12, True),
        Table(
            [
                ["Protest Number", "Date Received", "Port", "Filer"],
                [p.protest_number or "", fmt_date(p.received, "us"), p.port[0], p.signer],
            ],
            [1.3, 1, 0.7, 1.5],
            ruled=True,
        ),
        Para(
            "The protest below was accepted for filing. Keep this confirmation with your records.",
            9,
        ),
        Space(6),
        Para("ATTACHED PROTEST", 11, True),
        Para(f"{p.firm + ' for ' if p.firm else ''}{p.company[0]}, protestant", after=1),
        *[Para(x, after=1) for x in _party_lines(p)[1:]],
        Para(f"Importer No. {_ior(p)}" if _ior(p) else "", after=6),
        Table(_entry_rows(p), [2, 1.5, 1.5], ruled=True),
        *_body(p, k),
        *_signature(p, rng),
    )
    return doc
