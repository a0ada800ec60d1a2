"""Protests (19 CFR Part 174): cases with their truth, drawn as a scanned Form 19, a scanned
importer letter, a pdfmake e-filing receipt, or a pdfmake law-firm protest."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_fourteenth import law
from bench.corpus_fourteenth.common import FILERS, PARTIES, PEOPLE, PORTS, Built, ein, fmt_date
from bench.corpus_fourteenth.doc import Doc

CASES = ["accept", "weekend-grace", "untimely", "deficient-addr", "premature", "mixed-timely",
         "deficient-ior", "old-entry-90", "deficient-desc", "invalid-petition",
         "deficient-entrydate", "deficient-earlier"]
GOODS = {
    "classification": ["Stainless steel vacuum-insulated beverage bottles, 20 oz, item VB-20",
                       "Cotton knit pullover sweaters for women, style 4471",
                       "Glazed ceramic dinnerware sets, 16 pieces, pattern Juniper"],
    "appraised_value": ["Aluminum folding camp chairs, model TrailRest 3",
                        "LED under-cabinet light bars, 12 inch, part UCL-12"],
}
CLAIMS = {
    "classification": "classification of the merchandise under subheading 7323.93.0080, HTSUS; "
                      "it is properly classified under subheading 9617.00.1000, HTSUS",
    "appraised_value": "appraised value: CBP added buying commissions to the transaction value; "
                       "they are not part of the price actually paid or payable",
}


@dataclass
class Facts:
    """What the protest says, before it is drawn."""

    case: str
    port: tuple[str, str]
    number: str | None
    received: date
    stamped: bool
    ior: str | None
    name: str
    address: list[str] | None
    entries: list[tuple[str, date | None, date]]
    category: str
    goods: str | None
    accelerated: bool
    review: bool
    signer: str
    earlier: tuple[str, date | None] | None = None
    petition: bool = False
    letter_date: date = date(2025, 1, 1)
    notes: list[str] = field(default_factory=list)


def _entries(rng: random.Random, count: int, start: date) -> list[tuple[str, date]]:
    filer = rng.choice(FILERS)
    out = []
    for i in range(count):
        out.append((law.entry_number(filer, f"{rng.randrange(1000000, 9999999)}"),
                    start + timedelta(days=9 * i + rng.randrange(0, 5))))
    return out


def facts(case: str, rng: random.Random, idx: int) -> Facts:
    port = PORTS[idx % len(PORTS)]
    name, address = PARTIES[idx % len(PARTIES)]
    category = "classification" if idx % 3 else "appraised_value"
    goods = rng.choice(GOODS[category])
    liq = date(2025, 1, 6) + timedelta(days=rng.randrange(0, 150))
    count = 2 if case == "mixed-timely" else rng.choice((1, 1, 2, 3))
    made = _entries(rng, count, liq - timedelta(days=330))
    entries: list[tuple[str, date | None, date]] = [(e, d, liq) for e, d in made]
    received = liq + timedelta(days=rng.randrange(30, 150))
    if case == "weekend-grace":
        while law.business_day(law.last_day(made[0][1], liq)):
            liq += timedelta(days=1)
        entries = [(e, d, liq) for e, d in made]
        received = law.next_business_day(law.last_day(made[0][1], liq))
    elif case == "untimely":
        received = liq + timedelta(days=180 + rng.randrange(12, 40))
    elif case == "premature":
        received = liq - timedelta(days=rng.randrange(5, 20))
    elif case == "mixed-timely":
        later = liq + timedelta(days=45)
        entries = [(made[0][0], made[0][1], liq), (made[1][0], made[1][1], later)]
        received = liq + timedelta(days=200)
    elif case == "old-entry-90":
        liq = date(2005, 6, 10) + timedelta(days=rng.randrange(0, 60))
        made = _entries(rng, 1, date(2004, 12, 1))
        entries = [(made[0][0], made[0][1], liq)]
        received = liq + timedelta(days=rng.randrange(40, 85))
    if case == "deficient-entrydate":
        entries = [(e, None, q) for e, _, q in entries]
    year = received.year % 100
    number = f"{port[0]}-{year:02d}-{rng.randrange(100000, 999999)}" if idx % 2 == 0 else None
    return Facts(
        case=case, port=port, number=number, received=received, stamped=False,
        ior=None if case == "deficient-ior" else ein(rng), name=name,
        address=None if case == "deficient-addr" else address, entries=entries,
        category=category, goods=None if case == "deficient-desc" else goods,
        accelerated=idx % 4 == 1, review=idx % 3 != 2, signer=PEOPLE[idx % len(PEOPLE)],
        earlier=(f"{port[0]}-24-{rng.randrange(100000, 999999)}", None)
        if case == "deficient-earlier" else None,
        petition=case == "invalid-petition",
        letter_date=received - timedelta(days=rng.randrange(1, 6)))


def decide(f: Facts) -> tuple[dict[str, Any], list[str]]:
    """The truth's decision, by P-TIME-1..5 and 174.13(a), and what the contract leaves open."""
    not_scored: list[str] = []
    if f.petition:
        not_scored.append("deadline/last_days not scored: a penalty-petition decision (19 CFR "
                          "171.22) cannot be protested, so no protest period applies")
        not_scored.append("category not scored: the decision protested is none of the contract's "
                          "categories")
        return {"outcome": "invalid", "missing": []}, not_scored
    last = {e: law.last_day(d or date(2024, 1, 1), q) for e, d, q in f.entries}
    missing = []
    if f.address is None:
        missing.append("174.13(a)(1)")
    if f.ior is None:
        missing.append("174.13(a)(2)")
    if any(d is None for _, d, _ in f.entries):
        missing.append("174.13(a)(3)")
    if f.goods is None:
        missing.append("174.13(a)(5)")
    if f.earlier is not None and f.earlier[1] is None:
        missing.append("174.13(a)(7)")
    states = []
    for e, _, q in f.entries:
        if f.received <= q:
            states.append("premature")
        elif f.received <= last[e]:
            states.append("timely")
        elif not law.business_day(last[e]) and f.received <= law.next_business_day(last[e]):
            states.append("grace")
        else:
            states.append("late")
    if "grace" in states or len(set(states)) > 1:
        outcome = "needs_human"
    elif states[0] == "premature":
        outcome = "premature"
    elif states[0] == "late":
        outcome = "untimely"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision = {"outcome": outcome, "deadline": min(last.values()).isoformat(),
                "last_days": {e: d.isoformat() for e, d in last.items()}, "missing": missing}
    if any(d is None for _, d, _ in f.entries):
        del decision["deadline"], decision["last_days"]
        not_scored.append("deadline/last_days not scored: no entry date is printed, so the 90-day "
                          "rule for pre-2004-12-18 entries cannot be ruled out from the page")
    return decision, not_scored


def values(f: Facts) -> dict[str, Any]:
    out: dict[str, Any] = {
        "protest_number": f.number, "port_code": f.port[0],
        "received_date": f.received.isoformat(), "importer_number": f.ior,
        "protestant_name": f.name,
        "protestant_address": ", ".join(f.address) if f.address else None,
        "entries": [{"entry_number": e, "entry_date": d.isoformat() if d else None,
                     "liquidation_date": q.isoformat()} for e, d, q in f.entries],
        "category": f.category, "merchandise_description": f.goods,
        "accelerated_disposition": f.accelerated, "further_review_requested": f.review,
        "signer_name": f.signer,
    }
    if f.petition:
        del out["category"]
    return out


DRAWBACK = ["The entries are not subject to drawback.",
            "No drawback claim has been or will be filed on these entries.",
            "Protestant declares that the merchandise is not the subject of a drawback claim.",
            "Drawback: none of the entries covered by this protest is subject to drawback.",
            "We confirm the entries are not, and will not be, subject to drawback."]
REVIEW_YES = ["Protestant requests further review under 19 CFR 174.24(b): the decision raises a "
              "question of law not previously ruled on.",
              "Application for further review is made; the question has not been ruled on by "
              "Headquarters (19 CFR 174.24(b)).",
              "We ask that this protest be referred to Headquarters for further review, the "
              "liquidation being inconsistent with ruling NY N301122 (174.24(a))."]
REVIEW_NO = ["No application for further review is made.",
             "Further review is not requested at this time."]


def _decision_text(f: Facts) -> str:
    if f.petition:
        return ("the decision of the Fines, Penalties and Forfeitures Officer denying our petition "
                "for relief under 19 CFR Part 171 in penalty case " + f"{f.port[0]}-24-0417-01")
    return CLAIMS[f.category]


def form19(f: Facts, rng: random.Random, ds: int) -> Doc:
    """A broker's typed Form 19, scanned, with CBP's RECEIVED stamp in block 2."""
    f.stamped = True
    d = Doc(font="mono" if ds % 2 else "sans", footer="CBP Form 19 (typed by broker software)")
    d.title("PROTEST - DEPARTMENT OF HOMELAND SECURITY")
    d.para("U.S. Customs and Border Protection - 19 CFR Part 174")
    d.pairs([("1. Protest No.", d.v(f.number) if f.number else ""),
             ("2. Date received", "see stamp"),
             ("3. Port", d.v(f.port[0]) + f" ({f.port[1]})"),
             ("4. Importer No.", d.v(f.ior) if f.ior else "")])
    d.stamp(["RECEIVED", d.v(fmt_date(f.received, ds)), f"CBP PORT {f.port[0]}"])
    d.para("5. ENTRIES", bold=True)
    d.table(["Entry No.", "Date of entry", "Date of liquidation"],
            [[d.v(e), d.v(fmt_date(x, ds)) if x else "", d.v(fmt_date(q, ds))]
             for e, x, q in f.entries])
    body = [d.v(f.name)] + ([d.v(a) for a in f.address] if f.address else [])
    d.pairs([("6. Protesting party", "\n".join(body)),
             ("7. Accelerated disposition", "[X] Yes  [ ] No" if f.accelerated
              else "[ ] Yes  [X] No")])
    d.para("SECTION II - OBJECTION AND CLAIM", bold=True)
    if f.goods:
        # A caption above its box, as on the form: a wrapped caption beside a wrapped value
        # would interleave the two in the OCR text.
        d.para("Description of merchandise:", bold=True)
        d.para(d.v(f.goods))
    d.pairs([("Decision protested", _decision_text(f)),
             ("Drawback", DRAWBACK[ds % 5])])
    d.para("Justification: the merchandise is described in the attached invoices; the rate "
           "applied exceeds the rate the tariff provides for goods of this kind.")
    d.para("SECTION III - SAME DISPOSITION AS EARLIER PROTEST", bold=True)
    if f.earlier:
        d.pairs([("Protest No.", f.earlier[0]), ("Date received", "")])
    else:
        d.para("Not applicable.")
    d.para("SECTION IV - FURTHER REVIEW", bold=True)
    d.para(("[X] " + REVIEW_YES[ds % 3]) if f.review else ("[ ] " + REVIEW_NO[ds % 2]))
    d.pairs([("Signature", "/s/ " + d.v(f.signer)), ("Title", "Licensed Customs Broker, "
             "attorney-in-fact"), ("Date", fmt_date(f.letter_date, ds))])
    return d


def importer_letter(f: Facts, rng: random.Random, ds: int) -> Doc:
    """An importer's own letter on letterhead, scanned; entries in a sentence."""
    d = Doc(font="serif")
    d.title(d.v(f.name))
    if f.address:
        d.para(" | ".join(d.v(a) for a in f.address))
    if f.ior:
        d.para("Importer of record no. " + d.v(f.ior))
    d.para(fmt_date(f.letter_date, ds))
    d.para(f"Port Director\nU.S. Customs and Border Protection\nPort of {f.port[1]} "
           f"(port code {d.v(f.port[0])})")
    head = f"Re: Protest No. {d.v(f.number)}" if f.number else "Re: Protest under 19 U.S.C. 1514"
    d.para(head, bold=True)
    parts = []
    for e, x, q in f.entries:
        when = f", entered {d.v(fmt_date(x, ds))}," if x else ""
        parts.append(f"entry {d.v(e)}{when} liquidated on {d.v(fmt_date(q, ds))}")
    d.para("Dear Port Director:")
    d.para("We protest " + _decision_text(f) + ", as applied to " + "; ".join(parts) + ".")
    if f.goods:
        d.para("Merchandise: " + d.v(f.goods))
    d.para("The invoices show the goods as shipped; the rate CBP applied is not the rate the "
           "tariff provides, and we ask that the entries be reliquidated with a refund of the "
           "excess duty and interest.")
    if f.earlier:
        d.para(f"We ask for the same disposition as in protest no. {f.earlier[0]}, which is "
               "pending further review.")
    d.para(DRAWBACK[(ds + 2) % 5])
    d.para(REVIEW_YES[ds % 3] if f.review else REVIEW_NO[ds % 2])
    if f.accelerated:
        d.para("Accelerated disposition is requested under 19 CFR 174.22; this protest is "
               "sent by certified mail, return receipt requested.")
    d.para("Sincerely,")
    d.space()
    d.para(d.v(f.signer) + "\nDirector of Import Compliance")
    return d


def efiling(f: Facts, rng: random.Random, ds: int) -> Doc:
    """An e-filing receipt (two-column table) followed by the protest as filed."""
    d = Doc(font="dejavu", header=f"Protest filing receipt - {f.name}")
    d.title("Electronic Protest Filing - Receipt")
    rows = [("Filing status", "ACCEPTED FOR REVIEW"),
            ("Date received by CBP", d.v(fmt_date(f.received, ds)))]
    if f.number:
        rows.insert(0, ("Protest number", d.v(f.number)))
    rows += [("Port of entry", d.v(f.port[0]) + " - " + f.port[1]),
             ("Filer", d.v(f.signer))]
    d.pairs(rows)
    d.para("This receipt confirms the submission below. It is not a decision on the protest.")
    d.page_break()
    d.title("Protest as filed")
    party = [("Protestant", d.v(f.name))]
    if f.address:
        party.append(("Address", ", ".join(d.v(a) for a in f.address)))
    if f.ior:
        party.append(("IOR number", d.v(f.ior)))
    d.pairs(party)
    d.table(["Entry number", "Entered", "Liquidated"],
            [[d.v(e), d.v(fmt_date(x, ds)) if x else "(not stated)", d.v(fmt_date(q, ds))]
             for e, x, q in f.entries])
    if f.goods:
        d.pairs([("Commodity", d.v(f.goods))])
    d.para("Objection: " + _decision_text(f) + ". " + DRAWBACK[(ds + 1) % 5])
    if f.earlier:
        d.para(f"Same disposition requested as protest {f.earlier[0]} (further review pending).")
    d.para(REVIEW_YES[(ds + 1) % 3] if f.review else REVIEW_NO[(ds + 1) % 2])
    d.para("Accelerated disposition: " + ("requested (paper copy sent by registered mail)"
                                          if f.accelerated else "not requested"))
    d.para("Submitted by: " + f.signer)
    return d


def lawfirm(f: Facts, rng: random.Random, ds: int) -> Doc:
    """A law firm's protest: caption, entries table, argument over pages, a header on each."""
    ref = f"Protest of {f.name}"
    d = Doc(font="serif" if ds % 2 else "sans", header=ref,
            footer="Whitlock, Barrow & Pei LLP - 1100 K Street NW, Washington, DC 20005")
    d.para("WHITLOCK, BARROW & PEI LLP", bold=True)
    d.para(fmt_date(f.letter_date, ds))
    d.para(f"Port Director, U.S. Customs and Border Protection, Port {d.v(f.port[0])} "
           f"({f.port[1]})")
    d.para(("Protest No. " + d.v(f.number)) if f.number else "Protest No.: to be assigned",
           bold=True)
    d.para("On behalf of our client, and under the power of attorney on file with the port, we "
           "protest the decision described below under 19 U.S.C. 1514.")
    party = [("Protestant", d.v(f.name))]
    if f.address:
        party.append(("Address", "\n".join(d.v(a) for a in f.address)))
    if f.ior:
        party.append(("Importer number", d.v(f.ior)))
    d.pairs(party)
    d.table(["Entry", "Entry date", "Liquidation date"],
            [[d.v(e), d.v(fmt_date(x, ds)) if x else "-", d.v(fmt_date(q, ds))]
             for e, x, q in f.entries])
    if f.goods:
        d.para("Description of merchandise: " + d.v(f.goods))
    d.para("I. DECISION PROTESTED", bold=True)
    d.para("Protestant objects to " + _decision_text(f) + ".")
    d.para("II. ARGUMENT", bold=True)
    for i in range(4 + ds % 3):
        d.para(f"{i + 1}. The General Rules of Interpretation require that classification be "
               "determined by the terms of the headings and any relative section or chapter "
               "notes. The merchandise, as imported, is described by the heading Protestant "
               "claims; the heading CBP applied covers articles of a different kind, and the "
               "Explanatory Notes confirm that reading. CBP's rulings on substantially similar "
               "goods reach the same result.")
    if f.earlier:
        d.para(f"III. Protestant asks for the same disposition as in Protest No. {f.earlier[0]}, "
               "now under further review.")
    d.para(DRAWBACK[(ds + 3) % 5])
    d.para(REVIEW_YES[(ds + 2) % 3] if f.review else REVIEW_NO[ds % 2])
    d.para("Accelerated disposition is " + ("requested; this protest is sent by certified mail."
                                            if f.accelerated else "not requested."))
    d.para("Respectfully submitted,")
    d.para(d.v(f.signer) + "\nWhitlock, Barrow & Pei LLP, counsel to Protestant")
    return d


STYLES = {"ocr": [form19, importer_letter], "pdfmake": [efiling, lawfirm]}


def build(idx: int, producer: str, rng: random.Random) -> Built:
    case = CASES[idx % len(CASES)]
    f = facts(case, rng, idx)
    ds = rng.randrange(6)
    style = STYLES[producer][(idx // 2) % 2]
    if style is efiling:
        f.accelerated = False  # 174.22 needs certified or registered mail: never asked in ACE
    doc = style(f, rng, ds)
    decision, not_scored = decide(f)
    today = max(f.received + timedelta(days=20), f.entries[0][2] + timedelta(days=1))
    args = ["--today", today.isoformat()]
    if not f.stamped:
        args = ["--received", f.received.isoformat(), *args]
    return Built("protest", case, producer, doc, args, values(f), decision, not_scored,
                 scribble=style is form19)
