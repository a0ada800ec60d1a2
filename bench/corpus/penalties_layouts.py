"""Three memo layouts of a penalty referral: label lines, form boxes, a label/value table.

Each document picks its own money style, date style, label wording and entries-table columns,
the way referrals from different offices differ.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from bench.corpus import blocks as b
from bench.corpus.formats import DateStyle, pick_any, yes_no
from bench.corpus.penalties_spec import Line, PenaltySpec

MoneyStyle = Callable[[Decimal], str]
MONEY_STYLES: tuple[MoneyStyle, ...] = (
    lambda a: f"${a:,.2f}",  # $12,345.67
    lambda a: f"USD {a:,.2f}",  # USD 12,345.67
    lambda a: f"{a:,.2f}",  # 12,345.67
    lambda a: f"{a:,.2f} USD",  # 12,345.67 USD
    lambda a: f"${a:.2f}",  # $12345.67
    lambda a: f"US$ {a:,.2f}",  # US$ 12,345.67
    lambda a: f"${a:,.0f}" if a == a.to_integral_value() else f"${a:,.2f}",  # $12,345
)
CULPABILITY_WORDS = {
    "negligence": ("Negligence", "NEGLIGENCE", "Negligence (19 U.S.C. 1592(c)(3))"),
    "gross_negligence": ("Gross Negligence", "GROSS NEGLIGENCE",
                         "Gross negligence (19 U.S.C. 1592(c)(2))"),
    "fraud": ("Fraud", "FRAUD", "Fraud (19 U.S.C. 1592(c)(1))"),
}
LABELS = {
    "case_number": ("Case No.", "FP&F Case Number", "Penalty Case No."),
    "party_name": ("Party", "Violator", "Name of Party"),
    "party_address": ("Address", "Party Address", "Mailing Address"),
    "importer_number": ("Importer No.", "IOR Number", "Importer Number"),
    "violation_date": ("Date of Violation", "Violation Date"),
    "culpability": ("Culpability", "Degree of Culpability", "Culpability Level"),
    "prior_disclosure": ("Prior Disclosure", "Prior Disclosure (19 CFR 162.74)"),
    "noncommercial": ("Type of Importation", "Importation"),
    "domestic_value": ("Domestic Value", "Domestic Value (19 CFR 162.43)"),
    "dutiable_value": ("Dutiable Value", "Total Dutiable Value"),
    "merchandise": ("Merchandise", "Description of Merchandise"),
}
# Entries tables: (header, cell maker) per column; cell makers take (line, money, date style).
Cell = Callable[[Line, MoneyStyle, DateStyle], str]
COLUMNS: dict[str, tuple[str, Cell]] = {
    "number": ("Entry No.", lambda ln, m, d: ln.seed.entry_number),
    "number2": ("Entry Number", lambda ln, m, d: ln.seed.entry_number),
    "date": ("Entry Date", lambda ln, m, d: d(ln.seed.entry_date)),
    "date2": ("Date of Entry", lambda ln, m, d: d(ln.seed.entry_date)),
    "status": ("Status", lambda ln, m, d: "Liquidated" if ln.liquidated else "Unliquidated"),
    "yesno": ("Liquidated?", lambda ln, m, d: "Yes" if ln.liquidated else "No"),
    "liq_date": ("Liquidation", lambda ln, m, d: _liquidation(ln, d)),
    "value": ("Entered Value", lambda ln, m, d: m(ln.entered_value)),
    "paid": ("Duty Paid", lambda ln, m, d: m(ln.duty_paid)),
    "paid2": ("Duties Deposited", lambda ln, m, d: m(ln.duty_paid)),
    "owed": ("Duty Owed", lambda ln, m, d: m(ln.duty_owed)),
    "owed2": ("Correct Duties", lambda ln, m, d: m(ln.duty_owed)),
    "owed3": ("Lawful Duty", lambda ln, m, d: m(ln.duty_owed)),
    "loss": ("Loss of Duties", lambda ln, m, d: m(ln.loss)),
    "diff": ("Difference", lambda ln, m, d: m(ln.duty_owed - ln.duty_paid)),
}
TABLES = (
    ("number", "date", "status", "value", "paid", "owed"),
    ("number2", "date2", "value", "paid2", "owed2", "loss", "yesno"),
    ("number", "date2", "liq_date", "value", "paid2", "owed3", "diff"),
)


def _liquidation(line: Line, style: DateStyle) -> str:
    liquidation = line.seed.liquidation_date
    return style(liquidation) if line.liquidated and liquidation else "Pending"


def _pick(rng: random.Random, key: str) -> str:
    return rng.choice(LABELS[key])


def _header_values(spec: PenaltySpec, rng: random.Random, money: MoneyStyle,
                   dates: DateStyle) -> dict[str, str]:
    disclosure = rng.choice((("Yes", "No"), ("Yes", "None"), ("Yes, tendered", "No")))
    return {
        "case_number": spec.case_number,
        "party_name": spec.party_name,
        "party_address": spec.party_address,
        "importer_number": spec.importer_number,
        "violation_date": dates(spec.violation_date),
        "culpability": rng.choice(CULPABILITY_WORDS[spec.culpability]),
        "prior_disclosure": disclosure[0] if spec.prior_disclosure else disclosure[1],
        "noncommercial": "Noncommercial" if spec.noncommercial else "Commercial",
        "domestic_value": money(spec.domestic_value),
        "dutiable_value": money(spec.dutiable_value),
        "merchandise": spec.merchandise,
    }


def _memo_head(doc: b.Document, spec: PenaltySpec, dates: DateStyle) -> None:
    doc.add(
        b.Para("U.S. Department of Homeland Security", 8, align="center"),
        b.Heading("U.S. Customs and Border Protection", 12, "center"),
        b.Heading("MEMORANDUM", 14, "center"),
        b.Para(f"TO: Fines, Penalties and Forfeitures Officer, Port of {spec.port_name}"),
        b.Para(f"FROM: Regulatory Audit and Agency Advisory Services, Port {spec.port_code}"),
        b.Para(f"MEMO DATE: {dates(spec.today)}"),
        b.Para("SUBJECT: Penalty referral under 19 U.S.C. 1592", bold=True),
        b.Spacer(6),
    )


def _narrative(spec: PenaltySpec, money: MoneyStyle) -> list[b.Block]:
    count = len(spec.lines)
    first = (
        f"The party imported {spec.merchandise} on {count} "
        f"entr{'y' if count == 1 else 'ies'} and declared a lower rate of duty than the "
        "merchandise bears. The review of the entry documents, the commercial invoices and the "
        "party's records shows that the declarations were material and false."
    )
    more = (
        "The audit team compared the declared classification with the tariff provisions that "
        "apply to the goods as imported, obtained the purchase orders and the payment records, "
        "and interviewed the party's import manager. The findings were shared with the party, "
        "who was given the chance to comment before this referral was written. The figures "
        "below are taken from the liquidated and open entry summaries as they stand today."
    )
    blocks: list[b.Block] = [b.Para("Material facts", bold=True), b.Para(first)]
    blocks += [b.Para(more) for _ in range(spec.narrative_paragraphs - 1)]
    return blocks


def _entries(spec: PenaltySpec, rng: random.Random, money: MoneyStyle,
             dates: DateStyle) -> list[b.Block]:
    columns = rng.choice(TABLES)
    header = tuple(COLUMNS[c][0] for c in columns)
    rows = [tuple(COLUMNS[c][1](ln, money, dates) for c in columns) for ln in spec.lines]
    widths = tuple(1.5 if c.startswith("number") else 1.0 for c in columns)
    total: list[tuple[str, ...]] = []
    if "loss" in columns:
        loss = sum((ln.loss for ln in spec.lines), Decimal(0))
        total = [tuple("Total" if i == 0 else (money(loss) if c == "loss" else "")
                       for i, c in enumerate(columns))]
    blocks: list[b.Block] = [b.Para("Entries", bold=True)]
    if spec.split_table:
        half = len(rows) // 2
        blocks += [b.Grid(header, tuple(rows[:half]), widths), b.PageBreak(),
                   b.Para("Entries (continued)", bold=True),
                   b.Grid(header, tuple(rows[half:] + total), widths)]
    else:
        blocks.append(b.Grid(header, tuple(rows + total), widths))
    return blocks


def _sign(doc: b.Document) -> None:
    doc.add(b.Spacer(10), b.Para("Please open a penalty case and issue the appropriate notice."),
            b.Para("Senior Import Specialist"))


def penalty_document(spec: PenaltySpec, rng: random.Random) -> b.Document:
    """The referral laid out as its spec's layout says."""
    money = rng.choice(MONEY_STYLES)
    dates = pick_any(rng)
    values = _header_values(spec, rng, money, dates)
    labels = {key: _pick(rng, key) for key in LABELS}
    doc = b.Document(f"Penalty referral {spec.case_number}", font=rng.choice(("sans", "serif")))
    _memo_head(doc, spec, dates)
    omit_commercial = not spec.noncommercial and rng.random() < 0.4
    keys = [k for k in LABELS if not (k == "noncommercial" and omit_commercial)]
    if spec.layout == "memo_lines":
        doc.add(*(b.Para(f"{labels[k]}: {values[k]}") for k in keys))
        doc.add(*_narrative(spec, money), *_entries(spec, rng, money, dates))
    elif spec.layout == "memo_boxes":
        street, _, rest = spec.party_address.partition(", ")
        box = {k: b.Box(labels[k], (values[k],)) for k in keys}
        box["party_address"] = b.Box(labels["party_address"], (street, rest))
        box["prior_disclosure"] = b.Box(labels["prior_disclosure"],
                                        (yes_no(spec.prior_disclosure,
                                                yes_first=rng.random() < 0.7,
                                                box_after=rng.random() < 0.4),))
        rows = (("case_number", "violation_date"), ("party_name", "importer_number"),
                ("party_address",), ("culpability", "prior_disclosure", "noncommercial"),
                ("domestic_value", "dutiable_value"), ("merchandise",))
        for row in rows:
            doc.add(b.BoxRow(tuple(box[k] for k in row if k in box)))
        doc.add(b.Spacer(8), *_entries(spec, rng, money, dates), *_narrative(spec, money))
    else:
        doc.add(b.Grid(("Item", "Particulars"), tuple((labels[k], values[k]) for k in keys),
                       (1.0, 2.2), size=10))
        doc.add(*_narrative(spec, money), *_entries(spec, rng, money, dates))
    _sign(doc)
    return doc

