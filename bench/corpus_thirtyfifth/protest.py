"""Protests: the cases, their truths (from law.py) and three senders' styles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from bench.corpus_thirtyfifth import law, pools
from bench.corpus_thirtyfifth.model import Doc, fmt_date, pick

CASES = [
    "accept",
    "multi-accept",
    "exact-last-day",
    "old90-timely",
    "charges",
    "untimely",
    "old90-untimely",
    "weekend-late",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "partial-late",
    "invalid-petition",
    "no-address",
    "no-ior",
    "no-entry-date",
    "no-desc",
    "no-justif",
    "earlier-no-date",
    "surety-no-cert",
    "no-drawback-decl",
    "no-liq-date",
]
STYLES = ("memo", "bilingual", "email")
CATEGORY_TEXT = {
    "classification": "the classification of the merchandise and the rate of duty assessed",
    "appraised_value": "the appraised value of the merchandise",
    "charges": "the merchandise processing fee charged at liquidation",
    "liquidation": "the liquidation of the entry and the demand for increased duties",
}
SURETIES = [("Meridian Surety & Casualty Co.", ["600 Bond Street, Floor 12", "Hartford, CT 06103"])]


@dataclasses.dataclass
class Entry:
    number: str
    entry_date: dt.date | None
    liquidation: dt.date | None


@dataclasses.dataclass
class Protest:
    case: str
    name: str
    address: list[str] | None
    ior: str | None
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    goods: str | None
    received: dt.date
    today: dt.date
    stamp_number: str | None
    accelerated: bool
    further_review: bool
    signer: str
    letter_date: dt.date
    justified: bool = True
    drawback_declared: bool = True
    earlier: tuple[str, dt.date | None] | None = None
    surety: bool = False
    petition_decision: dt.date | None = None


def _weekday(rng: random.Random, start: dt.date, span: int) -> dt.date:
    day = start + dt.timedelta(days=rng.randrange(span))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _liquidation_with_last_day(rng: random.Random, want: str) -> dt.date:
    """A liquidation date whose last day (+180) is a weekend day or a weekday federal holiday."""
    while True:
        liq = _weekday(rng, dt.date(2023, 1, 9), 900)
        last = liq + dt.timedelta(days=180)
        nxt = law.next_business_day(last)
        if want == "weekend" and last.weekday() == 5 and nxt == last + dt.timedelta(days=2):
            return liq
        if want == "holiday" and last.weekday() < 5 and not law.is_business_day(last):
            return liq


def plan(case: str, rng: random.Random) -> Protest:
    name, address = pools.COMPANIES[rng.randrange(len(pools.COMPANIES))]
    port = pools.PORTS[rng.randrange(len(pools.PORTS))]
    filer = pick(rng, pools.FILERS)
    liq = _weekday(rng, dt.date(2023, 3, 1), 800)
    entry_date = liq - dt.timedelta(days=rng.randrange(200, 330))
    entries = [Entry(law.entry_number(filer, pools.serial(rng)), entry_date, liq)]
    received = liq + dt.timedelta(days=rng.randrange(20, 170))
    category = pick(rng, ("classification", "appraised_value"))
    p = Protest(
        case=case,
        name=name,
        address=list(address),
        ior=pools.ior(rng),
        port=port,
        entries=entries,
        category=category,
        goods=pools.GOODS[rng.randrange(len(pools.GOODS))][0],
        received=received,
        today=received,
        stamp_number=None,
        accelerated=False,
        further_review=rng.random() < 0.5,
        signer=pick(rng, pools.PEOPLE),
        letter_date=received,
    )
    if case == "multi-accept":
        liq2 = liq + dt.timedelta(days=rng.randrange(3, 20))
        ed2 = entry_date + dt.timedelta(days=rng.randrange(5, 40))
        p.entries.append(Entry(law.entry_number(filer, pools.serial(rng)), ed2, liq2))
        p.accelerated = True
    elif case == "exact-last-day":
        p.received = liq + dt.timedelta(days=180)
    elif case in ("old90-timely", "old90-untimely"):
        ed = dt.date(2004, 12, rng.randrange(6, 18))
        liq = _weekday(rng, ed + dt.timedelta(days=280), 60)
        p.entries = [Entry(entries[0].number, ed, liq)]
        p.received = liq + dt.timedelta(
            days=rng.randrange(40, 85) if case == "old90-timely" else rng.randrange(100, 170)
        )
    elif case == "charges":
        p.category = "charges"
    elif case == "untimely":
        p.received = liq + dt.timedelta(days=rng.randrange(186, 260))
    elif case in ("weekend-late", "weekend-grace", "holiday-grace"):
        liq = _liquidation_with_last_day(rng, "holiday" if case == "holiday-grace" else "weekend")
        p.entries = [
            Entry(entries[0].number, liq - dt.timedelta(days=rng.randrange(200, 330)), liq)
        ]
        last = liq + dt.timedelta(days=180)
        nxt = law.next_business_day(last)
        p.received = nxt + dt.timedelta(days=1) if case == "weekend-late" else nxt
    elif case == "premature":
        p.received = liq - dt.timedelta(days=rng.randrange(3, 25))
    elif case == "partial-late":
        liq_old = liq - dt.timedelta(days=rng.randrange(60, 120))
        ed_old = liq_old - dt.timedelta(days=rng.randrange(200, 300))
        p.entries.insert(0, Entry(law.entry_number(filer, pools.serial(rng)), ed_old, liq_old))
        p.received = liq_old + dt.timedelta(days=rng.randrange(190, 200))
        assert p.received < liq + dt.timedelta(days=180)
    elif case == "invalid-petition":
        p.category = "penalty_petition"
        p.petition_decision = liq + dt.timedelta(days=rng.randrange(30, 60))
        p.received = p.petition_decision + dt.timedelta(days=rng.randrange(10, 40))
        p.entries[0].liquidation = None
    elif case == "no-address":
        p.address = None
    elif case == "no-ior":
        p.ior = None
    elif case == "no-entry-date":
        p.entries[0].entry_date = None
        p.received = liq + dt.timedelta(days=rng.randrange(20, 60))
    elif case == "no-desc":
        p.goods = None
    elif case == "no-justif":
        p.justified = False
    elif case == "earlier-no-date":
        p.earlier = (f"{port[0]}-{str(liq.year)[2:]}-{rng.randrange(100000, 999999)}", None)
    elif case == "surety-no-cert":
        p.surety = True
        p.category = "liquidation"
        p.name, address = SURETIES[0]
        p.address = list(address)
    elif case == "no-drawback-decl":
        p.drawback_declared = False
    elif case == "no-liq-date":
        p.entries[0].liquidation = None
    if rng.random() < 0.5:
        p.stamp_number = f"{port[0]}-{str(p.received.year)[2:]}-{rng.randrange(100000, 999999)}"
    p.letter_date = p.received - dt.timedelta(days=rng.randrange(1, 6))
    p.today = p.received + dt.timedelta(days=rng.randrange(2, 30))
    return p


def truth(p: Protest) -> tuple[dict[str, Any], dict[str, Any], list[str], list[str]]:
    """values, decision, not_scored, args."""
    not_scored: list[str] = []
    values: dict[str, Any] = {
        "protest_number": p.stamp_number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.ior,
        "protestant_name": p.name,
        "protestant_address": ", ".join(p.address) if p.address else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                "liquidation_date": e.liquidation.isoformat() if e.liquidation else None,
            }
            for e in p.entries
        ],
        "category": p.category,
        "merchandise_description": p.goods,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    missing = []
    for number, absent in (
        (1, p.address is None),
        (2, p.ior is None),
        (3, any(e.entry_date is None for e in p.entries)),
        (4, any(e.liquidation is None for e in p.entries) and p.petition_decision is None),
        (5, p.goods is None),
        (6, not p.justified),
        (7, p.earlier is not None and p.earlier[1] is None),
        (8, p.surety),
        (9, not p.drawback_declared),
    ):
        if absent:
            missing.append(f"174.13(a)({number})")
    decision: dict[str, Any] = {"missing": missing}
    if p.petition_decision is not None:
        del values["category"], values["entries"]
        not_scored += [
            "category: a penalty-petition decision (171.22) is none of the contract's categories",
            "entries, deadline, last_days: the clock of a decision that cannot be protested is "
            "not settled",
        ]
        decision["outcome"] = "invalid"
    elif any(e.entry_date is None or e.liquidation is None for e in p.entries):
        not_scored.append("deadline, last_days: an entry date or liquidation date is not given")
        if any(e.liquidation is None for e in p.entries):
            not_scored.append("outcome: with no liquidation date the timing cannot be decided")
        else:
            decision["outcome"] = "deficient"  # received within 90 days: timely under either period
    else:
        lasts = {e.number: law.protest_last_day(e.entry_date, e.liquidation) for e in p.entries}  # type: ignore[arg-type]
        states = [
            law.timing(p.received, e.liquidation, lasts[e.number], True)  # type: ignore[arg-type]
            for e in p.entries
        ]
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
        outcome = law.combine_timing(states)
        if outcome is None:
            outcome = "deficient" if missing else "accept"
        if missing == ["174.13(a)(9)"] and outcome in ("deficient", "accept"):
            not_scored.append(
                "outcome: only the drawback declaration (174.13(a)(9), a VERIFY line) is missing"
            )
        else:
            decision["outcome"] = outcome
    args = ["--today", p.today.isoformat()]
    if p.stamp_number is None:
        args = ["--received", p.received.isoformat(), *args]
    return values, decision, not_scored, args


# ----------------------------------------------------------------------------------------------
# styles


def _decision_sentence(p: Protest) -> str:
    if p.petition_decision is not None:
        return (
            "the decision on our petition for relief from the penalty assessed under 19 U.S.C. 1592"
        )
    return CATEGORY_TEXT[p.category]


def _grounds(p: Protest, rng: random.Random) -> str:
    if not p.justified:
        return "The protestant objects to this decision."
    goods_hts = pools.GOODS[rng.randrange(len(pools.GOODS))][1]
    if p.category == "classification":
        return (
            f"CBP reclassified the goods out of subheading {goods_hts}, HTSUS. The goods are "
            "described eo nomine by that subheading, their principal use confirms it, and the "
            "heading applied at liquidation covers articles of a different class or kind."
        )
    if p.category == "appraised_value":
        return (
            "CBP added the buyer's separately invoiced design costs to the transaction value. "
            "Those "
            "costs were incurred in the United States and are not an assist under 19 U.S.C. "
            "1401a(h)(1); the price actually paid or payable is the proper value."
        )
    if p.category == "charges":
        return (
            "The merchandise processing fee was computed on a value that included freight and "
            "insurance; 19 CFR 24.23 measures the fee on the value of the goods alone, and the "
            "surplus fee must be refunded."
        )
    if p.category == "liquidation":
        return (
            "The entry was liquidated at increased duties after the importer's bankruptcy and the "
            "demand on the bond rests on a rate that the classification ruling for these goods "
            "does "
            "not support."
        )
    return (
        "The penalty decision misread the importer's records; the violation, if any, was clerical "
        "and no duty was lost."
    )


def _drawback(p: Protest, style: str) -> str | None:
    if not p.drawback_declared:
        return None
    return {
        "memo": "The entries covered by this protest are not subject to drawback.",
        "bilingual": "Ninguna entrada está sujeta a devolución de derechos (drawback). / No entry "
        "is subject to drawback.",
        "email": "Drawback: none of these entries is subject to a drawback claim.",
    }[style]


def _review(p: Protest, style: str) -> list[str]:
    lines = []
    if p.further_review:
        lines.append(
            {
                "memo": "Application for Further Review. The protestant applies for further "
                "review under 19 CFR 174.24(b): the decision raises a question of law not "
                "previously ruled on. No prior adverse decision and no court action concern "
                "this claim.",
                "bilingual": "[X] Se solicita revisión adicional / Further review requested (19 "
                "CFR 174.24(b)).",
                "email": "We also ask for further review (AFR) under 174.24(b) -- the question "
                "has not been ruled on before; there is no pending application or court "
                "action on it.",
            }[style]
        )
    else:
        lines.append(
            {
                "memo": "The protestant does not apply for further review at this time.",
                "bilingual": "[ ] Se solicita revisión adicional / Further review requested: NO",
                "email": "No application for further review is being made.",
            }[style]
        )
    if p.accelerated:
        lines.append(
            {
                "memo": "Accelerated disposition is requested under 19 CFR 174.22; this protest "
                "is sent by certified mail, return receipt requested.",
                "bilingual": "[X] Disposición acelerada / Accelerated disposition requested (19 "
                "CFR 174.22) -- enviada por correo certificado / sent by certified mail.",
                "email": "Please treat this as a request for accelerated disposition (19 CFR "
                "174.22). A signed copy goes to the port today by certified mail.",
            }[style]
        )
    else:
        lines.append(
            {
                "memo": "Accelerated disposition is not requested.",
                "bilingual": "[ ] Disposición acelerada / Accelerated disposition: NO",
                "email": "We are not asking for accelerated disposition.",
            }[style]
        )
    return lines


def _stamp(doc: Doc, p: Protest, rng: random.Random) -> None:
    if p.stamp_number is None:
        return
    day = p.received
    form = rng.randrange(2)
    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    month = months[day.month - 1]
    stamped = f"{month} {day.day:02d} {day.year}"
    if form == 0:
        doc.p(
            f"RECEIVED  {stamped}  CBP - PORT OF {p.port[1].upper()}  PROTEST NO. {p.stamp_number}",
            align="right",
            bold=True,
        )
    else:
        doc.p(
            f"CBP USE ONLY -- Protest No.: {p.stamp_number}   "
            f"Date received: {fmt_date(day, 'slash')}",
            align="right",
        )
    doc.show(p.stamp_number)


def _entry_rows(p: Protest, ds: str, with_port: bool) -> list[list[str]]:
    rows = []
    for e in p.entries:
        row = [
            e.number,
            fmt_date(e.entry_date, ds) if e.entry_date else "",
            fmt_date(e.liquidation, ds)
            if e.liquidation
            else (fmt_date(p.petition_decision, ds) if p.petition_decision else ""),
        ]
        if with_port:
            row.append(p.port[0])
        rows.append(row)
    return rows


def _show_common(doc: Doc, p: Protest, ds: str) -> None:
    doc.show(p.name, p.ior, p.goods, p.signer, p.port[0], *(p.address or []))
    for e in p.entries:
        doc.show(e.number)
        if p.petition_decision is None:
            doc.show(*(fmt_date(d, ds) for d in (e.entry_date, e.liquidation) if d))


def render(p: Protest, style: str, rng: random.Random) -> Doc:
    if style == "memo":
        return _memo(p, rng)
    if style == "bilingual":
        return _bilingual(p, rng)
    return _email(p, rng)


def _memo(p: Protest, rng: random.Random) -> Doc:
    ds = pick(rng, ("long", "ordinal", "abbrev"))
    doc = Doc(font="serif", size=10, title=f"Protest memorandum - {p.name}", author=p.name)
    doc.h(p.name.upper(), align="center")
    doc.p(
        "Office of the General Counsel  |  " + "  |  ".join(p.address or ["Legal Department"]),
        align="center",
        size=8,
    )
    doc.rule()
    _stamp(doc, p, rng)
    doc.p("BEFORE U.S. CUSTOMS AND BORDER PROTECTION", bold=True, align="center")
    doc.p(f"PORT OF {p.port[1].upper()} (PORT CODE {p.port[0]})", align="center")
    doc.p(f"In re: Protest of {p.name}", align="center")
    doc.p(
        "PROTEST AND APPLICATION FOR FURTHER REVIEW" if p.further_review else "PROTEST MEMORANDUM",
        bold=True,
        align="center",
    )
    doc.p(fmt_date(p.letter_date, ds), align="right")
    intro = f'{p.name} ("Protestant")'
    if p.address:
        intro += f", {', '.join(p.address)}"
    if p.ior:
        intro += f", importer number {p.ior},"
    doc.p(
        f"1. Protestant. {intro} protests under 19 U.S.C. 1514 and 19 CFR Part 174 the decision "
        "described below.\u00b9"
    )
    if p.surety:
        doc.p(
            "Protestant is the surety on the importer's continuous bond. To its knowledge the "
            "importer has filed no protest against this liquidation."
        )
    doc.p("2. Entries.", bold=True)
    doc.table(
        [
            [
                "Entry No.",
                "Date of Entry",
                "Date of Decision" if p.petition_decision else "Date of Liquidation",
                "Port",
            ],
            *_entry_rows(p, ds, True),
        ],
        ruled=True,
        widths=[0.3, 0.25, 0.27, 0.18],
    )
    doc.p("3. Merchandise.", bold=True)
    if p.goods:
        doc.p(f"Description of merchandise: {p.goods}")
    else:
        doc.p("The merchandise is identified on the commercial invoices on file with the port.")
    doc.p("4. Decision protested and grounds.", bold=True)
    doc.p(f"Protestant objects to {_decision_sentence(p)}.\u00b2 {_grounds(p, rng)}")
    if p.earlier:
        doc.p(
            "5. Earlier protest. The same disposition is requested as in Protest No. "
            f"{p.earlier[0]}, for which further review is pending."
        )
    drawback = _drawback(p, "memo")
    if drawback:
        doc.p(f"{'6' if p.earlier else '5'}. Drawback. {drawback}")
    for line in _review(p, "memo"):
        doc.p(line)
    doc.gap()
    doc.p("Respectfully submitted,")
    doc.p(f"/s/ {p.signer}", tight=True)
    doc.p(f"{p.signer}, Associate General Counsel", tight=True)
    doc.p(p.name, tight=True)
    doc.rule()
    doc.p(
        "\u00b9 19 CFR 174.12(a)(1): the importer or consignee shown on the entry papers may file.",
        size=7,
    )
    doc.p("\u00b2 19 U.S.C. 1514(a); see also 19 CFR 174.11.", size=7)
    _show_common(doc, p, ds)
    return doc


def _bilingual(p: Protest, rng: random.Random) -> Doc:
    ds = pick(rng, ("dashmon", "daymonth"))
    doc = Doc(font="sans", size=9, title="Protesta / Protest", author=p.name)
    doc.h("PROTESTA ADUANAL / CUSTOMS PROTEST", align="center")
    doc.p(
        "Conforme a 19 U.S.C. 1514 y 19 CFR Parte 174 / Under 19 U.S.C. 1514 and 19 CFR Part 174",
        align="center",
        size=8,
    )
    _stamp(doc, p, rng)
    rows = [
        ["Campo / Field", "Dato / Particulars"],
        ["Puerto / Port", f"{p.port[0]} {p.port[1]}"],
        ["Protestante / Protestant", p.name],
    ]
    if p.address:
        rows += [["Domicilio / Address", p.address[0]], ["", p.address[1]]]
    if p.ior:
        rows.append(["Número de importador / Importer No.", p.ior])
    rows.append(["Fecha del escrito / Date of filing", fmt_date(p.letter_date, ds)])
    doc.table(rows, ruled=False, widths=[0.4, 0.6])
    if p.surety:
        doc.p(
            "El protestante es la fianza (surety) del bono continuo; el importador no ha "
            "protestado. / The protestant is the surety on the continuous bond; the importer "
            "has not protested."
        )
    doc.p("Entradas / Entries", bold=True)
    doc.table(
        [
            [
                "Entrada / Entry No.",
                "Fecha de entrada / Entry date",
                "Fecha de decisión / Decision date"
                if p.petition_decision
                else "Liquidación / Liquidated",
            ],
            *_entry_rows(p, ds, False),
        ],
        ruled=False,
        widths=[0.34, 0.33, 0.33],
    )
    if p.goods:
        doc.p(f"Mercancía / Merchandise: {p.goods}")
    cat = {
        "classification": "Clasificación / Classification",
        "appraised_value": "Valor / Appraised value",
        "charges": "Cargos / Charges",
        "liquidation": "Liquidación / Liquidation",
        "penalty_petition": "Petición de sanción / Penalty petition decision",
    }[p.category]
    doc.p(f"Decisión protestada / Decision protested: [X] {cat}")
    doc.p(f"Objeción y fundamento / Objection and grounds: {_grounds(p, rng)}")
    if p.earlier:
        doc.p(
            f"Protesta anterior / Earlier protest No.: {p.earlier[0]}   Fecha de recibo / Date "
            "received: ____"
        )
    drawback = _drawback(p, "bilingual")
    if drawback:
        doc.p(drawback)
    for line in _review(p, "bilingual"):
        doc.p(line)
    doc.gap()
    doc.p("Firma / Signature: ______________________", tight=True)
    doc.p(f"Nombre / Name: {p.signer}", tight=True)
    doc.p("Cargo / Title: Gerente de Comercio Exterior / Trade Manager", tight=True)
    _show_common(doc, p, ds)
    return doc


def _email(p: Protest, rng: random.Random) -> Doc:
    ds = pick(rng, ("slash", "iso"))
    doc = Doc(font="mono", size=9, title=f"Protest - {p.entries[0].number}", author=p.signer)
    domain = "".join(ch for ch in p.name.split()[0].lower() if ch.isalpha()) + ".com"
    sent = p.letter_date
    doc.p(f"From:    {p.signer} <{p.signer.split()[0].lower()}@{domain}>", tight=True)
    doc.p(f"Sent:    {sent.strftime('%A')}, {fmt_date(sent, 'long')} 4:52 PM", tight=True)
    doc.p(f"To:      protests.{p.port[1].lower().replace(' ', '')}@cbp.dhs.gov", tight=True)
    doc.p(f"Subject: PROTEST - port {p.port[0]} - entry {p.entries[0].number}", tight=True)
    doc.rule()
    _stamp(doc, p, rng)
    doc.p("Good afternoon,")
    who = f"{p.name}"
    doc.p(f"{who} protests the decision below under 19 CFR Part 174. Our details:")
    details = [f"Protestant: {p.name}"]
    if p.address:
        details.append(f"Address: {', '.join(p.address)}")
    if p.ior:
        details.append(f"IOR no.: {p.ior}")
    details.append(f"Port: {p.port[0]} ({p.port[1]})")
    doc.bullets(details, mark="-")
    if p.surety:
        doc.p(
            "We write as surety on the importer's bond; the importer has not filed its own protest."
        )
    doc.p("Entries covered:")
    items = []
    for e in p.entries:
        text = f"{e.number}"
        text += (
            f", entered {fmt_date(e.entry_date, ds)}" if e.entry_date else ", entry date to follow"
        )
        if e.liquidation:
            text += f", liquidated {fmt_date(e.liquidation, ds)}"
        elif p.petition_decision:
            text += f", petition decided {fmt_date(p.petition_decision, ds)}"
        items.append(text)
    doc.bullets(items, mark="*")
    if p.goods:
        doc.p(f"Merchandise: {p.goods}")
    doc.p(f"What we protest: {_decision_sentence(p)}.")
    doc.p(f"Why: {_grounds(p, rng)}")
    if p.earlier:
        doc.p(
            f"Same result asked as in our earlier protest {p.earlier[0]} "
            "(further review still pending)."
        )
    drawback = _drawback(p, "email")
    if drawback:
        doc.p(drawback)
    for line in _review(p, "email"):
        doc.p(line)
    doc.p("Thanks,")
    doc.p(p.signer, tight=True)
    doc.p(
        f"Import Logistics Manager | {p.name} | tel. +1 555 01{rng.randrange(10, 99)}", tight=True
    )
    doc.p("This e-mail and any attachments are confidential.", size=7)
    _show_common(doc, p, ds)
    return doc
