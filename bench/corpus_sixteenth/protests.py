"""Protests (19 CFR Part 174): a browser case tool's summary (jsPDF), a landscape deck (Impress)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.corpus_sixteenth.common import (
    COMPANIES,
    FILERS,
    GOODS,
    PEOPLE,
    PORTS,
    Built,
    date_style,
    fmt_date,
    pick,
)
from bench.corpus_sixteenth.law import entry_number, is_business_day, last_day, next_business_day
from bench.corpus_sixteenth.layout import Badge, Document, Flow

NAVY = (31, 58, 96)

CASES = [
    "timely",
    "multi",
    "no-ior",
    "no-desc",
    "no-objection",
    "no-address",
    "untimely",
    "premature",
    "grace-weekend",
    "grace-holiday",
    "mixed",
    "invalid-petition",
    "pre2004-timely",
    "pre2004-late",
    "no-drawback-decl",
]
CATEGORY_WORDS = {
    "classification": [
        "Classification and rate of duty",
        "Tariff classification",
        "Classification (HTSUS)",
        "Rate and amount of duty (classification)",
        "Decision on tariff classification",
    ],
    "appraised_value": [
        "Appraised value",
        "Appraisement",
        "Value of merchandise (appraisement)",
        "Transaction value as appraised",
        "Appraised value of the merchandise",
    ],
}
ARGUMENTS = {
    "classification": "CBP liquidated the goods under heading {wrong} at a higher rate. The goods "
    "are properly classified in subheading {hts}, HTSUS, by GRI 1 and the "
    "Explanatory Notes, because their essential character is given by the "
    "component named in that heading.",
    "appraised_value": "CBP appraised the goods by adding an assist that the buyer never supplied. "
    "Transaction value under 19 U.S.C. 1401a(b) is the price actually paid, "
    "as shown on the commercial invoice, and no addition is lawful.",
}
DRAWBACK = [
    ("Subject to drawback", "No"),
    ("Drawback", "None of the entries listed is subject to drawback"),
    ("Is any entry subject to drawback?", "[ ] Yes  [X] No"),
    ("Drawback declaration (19 CFR 174.13(a)(9))", "not subject to drawback"),
    ("Drawback status", "Not the subject of any drawback claim"),
]
AFR_YES = [
    ("Further review", "Requested (19 CFR 174.24(b))"),
    ("Application for further review", "Yes"),
    ("AFR requested?", "YES - inconsistent with ruling on same merchandise"),
    ("Further review requested", "Yes, under 19 CFR 174.24"),
    ("Request further review by HQ", "[X] Yes  [ ] No"),
]
AFR_NO = [
    ("Further review", "Not requested"),
    ("Application for further review", "No"),
    ("AFR requested?", "NO"),
    ("Further review requested", "No"),
    ("Request further review by HQ", "[ ] Yes  [X] No"),
]
ACCEL_YES = [
    ("Accelerated disposition", "Requested - sent by certified mail (19 CFR 174.22)"),
    ("Accelerated disposition requested?", "Yes (registered mail)"),
]
ACCEL_NO = [
    ("Accelerated disposition", "Not requested"),
    ("Accelerated disposition requested?", "No"),
    ("174.22 accelerated disposition", "No"),
]
LABELS = {
    "name": [
        "Protestant",
        "Protesting party",
        "Name of protestant",
        "Importer / protestant",
        "Filing party",
    ],
    "address": [
        "Address",
        "Mailing address",
        "Protestant address",
        "Business address",
        "Address of record",
    ],
    "ior": ["Importer No.", "IOR number", "Importer number", "Importer of record no.", "IOR #"],
    "port": ["Port of entry", "Port", "Port code", "CBP port", "Filed at port"],
    "goods": [
        "Merchandise",
        "Description of merchandise",
        "Goods",
        "Commodity",
        "Merchandise description",
    ],
    "decision": [
        "Decision protested",
        "Category",
        "Protested decision",
        "Issue",
        "Nature of objection",
    ],
}


@dataclass
class Protest:
    """What one protest says, and what it leaves out."""

    case: str
    name: str
    street: str
    city: str
    ior: str | None
    port: tuple[str, str]
    entries: list[tuple[str, date, date | None]]
    category: str | None
    goods: str | None
    hts: str
    argue: bool
    drawback: bool
    afr: bool
    accel: bool
    signer: str
    received: date
    today: date
    number: str | None
    petition_date: date | None = None
    missing: list[str] = field(default_factory=list)


def _spec(rng: random.Random, case: str, serial: int) -> Protest:
    name, street, city = COMPANIES[rng.randrange(len(COMPANIES))]
    port = PORTS[rng.randrange(len(PORTS))]
    goods, hts = GOODS[rng.randrange(len(GOODS))]
    filer = pick(rng, FILERS)
    category = "classification" if rng.random() < 0.6 else "appraised_value"
    liq = date(2025, 1, 6) + timedelta(days=rng.randrange(300))
    count = 3 if case in ("multi",) else 2 if case == "mixed" else rng.choice([1, 1, 2])
    entries: list[tuple[str, date, date | None]] = []
    for i in range(count):
        entered = liq - timedelta(days=300 + rng.randrange(60) + 7 * i)
        entries.append((entry_number(filer, rng.randrange(10**7)), entered, liq))
    received = liq + timedelta(days=20 + rng.randrange(140))
    number = f"{port[0]}-25-{100000 + serial * 37:06d}" if rng.random() < 0.35 else None
    spec = Protest(
        case,
        name,
        street,
        city,
        f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        port,
        entries,
        category,
        goods,
        hts,
        True,
        True,
        rng.random() < 0.5,
        rng.random() < 0.2,
        pick(rng, PEOPLE),
        received,
        received,
        number,
    )
    if spec.accel:
        spec.number = None  # mailed, not filed in ACE: CBP has not numbered it on this copy
    return _apply_case(rng, spec)


def _apply_case(rng: random.Random, s: Protest) -> Protest:
    first_liq = s.entries[0][2]
    assert first_liq is not None
    if s.case == "no-ior":
        s.ior, s.missing = None, ["174.13(a)(2)"]
    elif s.case == "no-desc":
        s.goods, s.missing = None, ["174.13(a)(5)"]
    elif s.case == "no-objection":
        s.argue, s.missing = False, ["174.13(a)(6)"]
    elif s.case == "no-address":
        s.street, s.city, s.missing = "", "", ["174.13(a)(1)"]
    elif s.case == "untimely":
        end = last_day(s.entries[0][1], first_liq)
        s.received = max(next_business_day(end), end + timedelta(days=1)) + timedelta(
            days=1 + rng.randrange(25)
        )
    elif s.case == "premature":
        s.received = first_liq - timedelta(days=3 + rng.randrange(30))
    elif s.case in ("grace-weekend", "grace-holiday"):
        s.entries, s.received = _grace(rng, s, s.case == "grace-holiday")
    elif s.case == "mixed":
        late_liq = first_liq - timedelta(days=100)
        s.entries[1] = (s.entries[1][0], late_liq - timedelta(days=250), late_liq)
        s.received = last_day(s.entries[1][1], late_liq) + timedelta(days=5 + rng.randrange(10))
        while not is_business_day(s.received) or s.received > last_day(s.entries[0][1], first_liq):
            s.received -= timedelta(days=1)
    elif s.case == "invalid-petition":
        s.petition_date = first_liq
        s.entries = [(e, entered, None) for e, entered, _ in s.entries]
        s.category = None
    elif s.case.startswith("pre2004"):
        entered = date(2004, 12, 6 + rng.randrange(10))
        liq = date(2005, 9, 12) + timedelta(days=rng.randrange(60))
        s.entries = [(s.entries[0][0], entered, liq)]
        s.received = liq + timedelta(
            days=40 + rng.randrange(40) if s.case == "pre2004-timely" else 100 + rng.randrange(70)
        )
    elif s.case == "no-drawback-decl":
        s.drawback = False
    s.today = s.received + timedelta(days=rng.randrange(1, 20))
    return s


def _grace(
    rng: random.Random, s: Protest, holiday: bool
) -> tuple[list[tuple[str, date, date | None]], date]:
    """A last day that is a weekend day (or a weekday holiday); received the next business day."""
    candidates = (
        [
            date(2025, 7, 4),
            date(2025, 9, 1),
            date(2025, 11, 11),
            date(2025, 5, 26),
            date(2025, 10, 13),
        ]
        if holiday
        else []
    )
    if not holiday:
        end = date(2025, 6, 7) + timedelta(days=7 * rng.randrange(30) + rng.randrange(2))
        candidates = [end]
    end = candidates[rng.randrange(len(candidates))]
    liq = end - timedelta(days=180)
    entered = liq - timedelta(days=310)
    assert not is_business_day(end)
    return [(s.entries[0][0], entered, liq)], next_business_day(end)


def truth(s: Protest) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """The contract's values and decision for S, and the keys it leaves unscored."""
    not_scored: list[str] = []
    values: dict[str, object] = {
        "protest_number": s.number,
        "port_code": s.port[0],
        "received_date": s.received.isoformat(),
        "importer_number": s.ior,
        "protestant_name": s.name,
        "protestant_address": f"{s.street}, {s.city}" if s.street else None,
        "entries": [
            {
                "entry_number": e,
                "entry_date": d.isoformat(),
                "liquidation_date": liq.isoformat() if liq else None,
            }
            for e, d, liq in s.entries
        ],
        "category": s.category,
        "merchandise_description": s.goods,
        "accelerated_disposition": s.accel,
        "further_review_requested": s.afr,
        "signer_name": s.signer,
    }
    decision: dict[str, object] = {"missing": s.missing}
    if s.case == "invalid-petition":
        del values["category"], values["entries"]
        del decision["missing"]
        decision["outcome"] = "invalid"
        not_scored += [
            "category: a penalty-petition decision (19 CFR 171.22) is none of the "
            "protestable categories",
            "entries, deadline, last_days, missing: the "
            "decision is not a liquidation and cannot be protested at all",
        ]
        return values, decision, not_scored
    days = {e: last_day(d, liq) for e, d, liq in s.entries if liq}
    decision["last_days"] = {e: d.isoformat() for e, d in days.items()}
    decision["deadline"] = min(days.values()).isoformat()
    late = [e for e, d in days.items() if s.received > d]
    early = [e for e, _, liq in s.entries if liq and s.received < liq]
    grace = [
        e
        for e in late
        if not is_business_day(days[e]) and s.received <= next_business_day(days[e])
    ]
    if grace or (late and len(late) < len(days)) or (early and len(early) < len(days)):
        outcome = "needs_human"
    elif early:
        outcome = "premature"
    elif late:
        outcome = "untimely"
    elif s.missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision["outcome"] = outcome
    if not s.drawback:
        del decision["outcome"], decision["missing"]
        not_scored.append(
            "outcome, missing: the only open point is the missing 174.13(a)(9) "
            "drawback declaration, a VERIFY line"
        )
    return values, decision, not_scored


def build(rng: random.Random, index: int, producer: str) -> Built:
    case = CASES[index % len(CASES)]
    s = _spec(rng, case, index)
    values, decision, not_scored = truth(s)
    ds = date_style(rng)
    if case.startswith("pre2004") and ds == 1:
        ds = 2  # a two-digit year of 2004 would be read back as 2004 either way; keep it plain
    doc, needles = (_webapp if producer == "jspdf" else _deck)(rng, s, ds)
    needles += [s.port[0], s.name, s.signer] + [e for e, _, _ in s.entries]
    needles += [x for x in (s.ior, s.goods, s.number, s.street, s.city) if x]
    args = ["--received", s.received.isoformat(), "--today", s.today.isoformat()]
    return Built("protest", case, producer, args, values, decision, doc, needles, not_scored)


def _facts(rng: random.Random, s: Protest, ds: int) -> list[tuple[str, str]]:
    """Label/value pairs in a varied order; absent elements are left out, not blanked."""
    rows = [(pick(rng, LABELS["name"]), s.name)]
    if s.street:
        rows.append((pick(rng, LABELS["address"]), f"{s.street}, {s.city}"))
    if s.ior:
        rows.append((pick(rng, LABELS["ior"]), s.ior))
    port_label = pick(rng, LABELS["port"])
    rows.append(
        (
            port_label,
            f"{s.port[0]} ({s.port[1]})" if rng.random() < 0.5 else f"{s.port[1]}, {s.port[0]}",
        )
    )
    if s.goods:
        rows.append((pick(rng, LABELS["goods"]), s.goods[0].upper() + s.goods[1:]))
    if s.category:
        rows.append((pick(rng, LABELS["decision"]), pick(rng, CATEGORY_WORDS[s.category])))
    else:
        rows.append(
            (
                pick(rng, LABELS["decision"]),
                "Denial of petition for relief, decided "
                + fmt_date(s.petition_date or s.received, ds),
            )
        )
    head, tail = rows[:2], rows[2:]
    rng.shuffle(tail)
    return head + tail


def _declarations(rng: random.Random, s: Protest) -> list[tuple[str, str]]:
    rows = [
        rng.choice(AFR_YES if s.afr else AFR_NO),
        rng.choice(ACCEL_YES if s.accel else ACCEL_NO),
    ]
    if s.drawback:
        rows.append(rng.choice(DRAWBACK))
    rng.shuffle(rows)
    return rows


def _entry_rows(
    s: Protest, ds: int, order: int
) -> tuple[list[tuple[str, float]], list[list[str]]]:
    titles = [
        ["Entry No.", "Entry Date", "Liquidation Date"],
        ["Entry #", "Date of Entry", "Liquidated"],
        ["Entry number", "Entered", "Date of liquidation"],
    ][order % 3]
    if s.petition_date:
        titles[2] = "Decision date"
    rows = []
    for e, d, liq in s.entries:
        rows.append([e, fmt_date(d, ds), fmt_date(liq or s.petition_date or d, ds)])
    return list(zip(titles, [150.0, 130.0, 150.0], strict=True)), rows


def _titles(s: Protest) -> list[str]:
    """Titles that do not contradict the document: no AFR title without one, no e-file copy
    with accelerated disposition (174.22 needs certified or registered mail)."""
    titles = ["Protest under 19 U.S.C. 1514", "PROTEST - 19 CFR PART 174"]
    if s.afr:
        titles.append("Protest and Application for Further Review")
    if not s.accel:
        titles.append("Customs protest (e-file copy)")
    return titles


def _awkward_break(rng: random.Random, rows: list[list[str]]) -> int | None:
    """Sometimes a page break after the first entry line, as a browser print splits a table."""
    return 1 if len(rows) > 1 and rng.random() < 0.4 else None


def _argument(s: Protest) -> str:
    if s.case == "invalid-petition":
        return (
            "Protestant objects to the decision on its petition for relief from the penalty "
            "assessed under 19 U.S.C. 1592 and asks that the mitigated amount be cancelled."
        )
    wrong = "9817" if s.hts.startswith("8") else "3926"
    return ARGUMENTS[s.category or "classification"].format(wrong=wrong, hts=s.hts)


def _webapp(rng: random.Random, s: Protest, ds: int) -> tuple[Document, list[str]]:
    """A protest summary printed from a broker's browser case tool: labels left, values right."""
    app = pick(rng, ["ProtestDesk", "EntryTrack Online", "ClearPath Compliance", "Portside Filer"])
    ref = f"PR-{rng.randrange(10000, 99999)}"
    doc = Document(f"{app} protest summary {ref}", landscape=False)

    def header(flow: Flow, page: int) -> None:
        flow.page.append(Badge(flow.margin, flow.y, flow.right - flow.margin, 16, NAVY, NAVY))
        flow.line(
            f"{app}  |  Protest summary  |  Case {ref}",
            size=9,
            bold=True,
            colour=(255, 255, 255),
            x=flow.margin + 6,
        )
        flow.line(f"page {page}", x=flow.right - 6, size=8, align="right", colour=(90, 90, 90))
        flow.gap(6)

    flow = Flow(doc, margin=48, size=10, header=header)
    flow.line(
        pick(rng, _titles(s)),
        size=14,
        bold=True,
    )
    flow.line(
        f"Prepared {fmt_date(s.received - timedelta(days=rng.randrange(1, 4)), ds)}",
        size=8,
        colour=(90, 90, 90),
    )
    if s.number:
        flow.line(f"ACE protest no. {s.number}", size=9, bold=True)
    flow.gap(4)
    needles: list[str] = []
    key_x = flow.margin
    val_x = flow.margin + 170
    for label, value in _facts(rng, s, ds):
        flow.line(label, x=key_x, bold=True, size=9, colour=(60, 60, 60), advance=False)
        flow.para(value, x=val_x, after=1)
    flow.gap(6)
    flow.line(
        pick(rng, ["Entries covered", "Entry lines", "ENTRIES", "Entries protested"]),
        bold=True,
        size=11,
    )
    columns, rows = _entry_rows(s, ds, rng.randrange(3))
    flow.table(
        columns,
        rows,
        ruled=rng.random() < 0.6,
        shade=(225, 232, 242),
        break_after=_awkward_break(rng, rows),
        repeat_header=rng.random() < 0.6,
    )
    needles += [c for row in rows for c in row[1:]]
    if s.argue:
        flow.line(
            pick(
                rng,
                [
                    "Grounds",
                    "Basis of protest",
                    "Statement of claim",
                    "Why we protest",
                    "Objection and justification",
                ],
            ),
            bold=True,
            size=11,
        )
        flow.para(_argument(s))
        flow.para(
            "Protestant asks that the entries be reliquidated accordingly and the excess "
            "duties refunded with interest as provided by law."
        )
    else:
        flow.para("Details of the objection will follow under separate cover.")
    flow.gap(4)
    for label, value in _declarations(rng, s):
        flow.line(label, x=key_x, bold=True, size=9, colour=(60, 60, 60), advance=False)
        flow.para(value, x=val_x, after=1)
    flow.gap(8)
    flow.line(
        pick(rng, ["Submitted by", "Signature", "Filed by", "Authorized signature"]), bold=True
    )
    title = pick(
        rng,
        [
            "Director of Trade Compliance",
            "Customs Manager",
            "Vice President, Operations",
            "Import Compliance Lead",
            "General Counsel",
        ],
    )
    flow.line(f"/s/ {s.signer}", face="times", size=12)
    flow.line(f"{s.signer}, {title}, {s.name}", size=9)
    return doc, needles


def _deck(rng: random.Random, s: Protest, ds: int) -> tuple[Document, list[str]]:
    """A protest filed as a landscape summary deck: one topic per slide, the case on each."""
    doc = Document(f"Protest - {s.name}", landscape=True)
    short = s.name.split(",")[0]

    def header(flow: Flow, page: int) -> None:
        flow.line(
            f"Protest of {short}  -  Port {s.port[0]}  -  slide {page}",
            size=9,
            colour=(110, 110, 110),
        )
        flow.rule(1.2, (150, 30, 30))
        flow.gap(6)

    flow = Flow(doc, margin=40, size=13, header=header)
    flow.line(
        pick(
            rng,
            ["PROTEST", "Protest Summary Sheet", "Protest - 19 U.S.C. 1514", "Summary of Protest"],
        ),
        size=26,
        bold=True,
    )
    if s.number:
        flow.line(f"Protest No. {s.number}", size=14, bold=True)
    flow.gap(8)
    needles: list[str] = []
    for label, value in _facts(rng, s, ds):
        flow.line(f"{label}:", bold=True, advance=False)
        flow.para(value, x=flow.margin + 230, after=2)
    flow.new_page()
    flow.line(pick(rng, ["Entries", "Entries under protest", "The entries"]), size=20, bold=True)
    flow.gap(6)
    columns, rows = _entry_rows(s, ds, rng.randrange(3))
    columns = [(t, w * 1.35) for t, w in columns]
    flow.table(columns, rows, ruled=True, size=13)
    needles += [c for row in rows for c in row[1:]]
    flow.new_page()
    flow.line(
        pick(rng, ["Grounds", "Why the decision is wrong", "Objection", "Claim"]),
        size=20,
        bold=True,
    )
    flow.gap(6)
    if s.argue:
        for sentence in re.split(r"(?<=\.) (?=[A-Z])", _argument(s)):
            flow.para(sentence.rstrip(".") + ".", indent="\u2022 ")
    else:
        flow.para("To be supplemented.", indent="\u2022 ")
    flow.gap(10)
    for label, value in _declarations(rng, s):
        flow.line(f"{label}:", bold=True, advance=False, size=12)
        flow.para(value, x=flow.margin + 330, size=12, after=2)
    flow.gap(14)
    flow.line(f"Signed: /s/ {s.signer}", size=14)
    flow.line(
        pick(
            rng,
            [
                "for the protestant",
                "Authorized officer of the protestant",
                "on its own behalf as importer of record",
            ],
        ),
        size=11,
    )
    return doc, needles
