"""Protests (19 CFR Part 174) in six styles; each case states its outcome by the law."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_ninth.blocks import Doc, h, kv, p, table
from bench.corpus_ninth.fmt import day
from bench.corpus_ninth.law import business_day, last_day, timing
from bench.corpus_ninth.people import GOODS, PORTS, Draw

CATEGORY_WORDS = {"classification": "the classification and rate of duty assessed at liquidation",
                  "appraised_value": "the appraised value determined at liquidation"}
DRAWBACK = ["None of the entries covered by this protest is subject to drawback.",
            "Drawback: the merchandise is not the subject of any drawback claim.",
            "Protestant declares that the entries are not subject to drawback "
            "(19 CFR 174.13(a)(9)).",
            "To the best of Protestant's knowledge, no drawback has been or will be claimed on "
            "these entries.",
            "Is any entry subject to drawback? No."]
REVIEW = ["Protestant requests further review of this protest under 19 CFR 174.24(b).",
          "We ask that this protest be forwarded to Headquarters as an Application for Further "
          "Review.",
          "Further review is requested: the decision raises a question of law not previously "
          "ruled upon.",
          "APPLICATION FOR FURTHER REVIEW: requested (criterion 174.24(a))."]


@dataclass
class Case:
    """What one protest shows; the flags take 174.13(a) items out."""

    number: int
    producer: str
    style: str
    case: str
    entries: int = 1
    timing: str = "timely"  # timely | late | grace_weekend | grace_holiday | mixed | premature
    no_description: bool = False
    no_importer: bool = False
    no_address: bool = False
    invalid: bool = False
    stamped: bool = False
    review: bool = False
    accelerated: bool = False
    date_style: str = "long"
    extra: dict[str, Any] = field(default_factory=dict)


CASES = [
    Case(1, "pikepdf", "counsel", "accept", entries=2, date_style="legal", review=True),
    Case(2, "xhtml2pdf", "memo", "accept-memo", date_style="mil", stamped=True),
    Case(3, "pikepdf", "margin", "no-description", date_style="dash", no_description=True),
    Case(4, "xhtml2pdf", "sheet", "no-importer-number", date_style="slash", accelerated=True,
         no_importer=True),
    Case(5, "pikepdf", "counsel", "untimely", timing="late", date_style="long"),
    Case(6, "xhtml2pdf", "plain", "premature", timing="premature", date_style="intl"),
    Case(7, "pikepdf", "margin", "weekend-grace", timing="grace_weekend", stamped=True,
         date_style="mil"),
    Case(8, "xhtml2pdf", "memo", "mixed-timeliness", entries=2, timing="mixed", date_style="iso"),
    Case(9, "pikepdf", "broker", "invalid-petition", invalid=True, date_style="dash"),
    Case(10, "xhtml2pdf", "sheet", "no-address", date_style="long", review=True,
         no_address=True),
    Case(11, "pikepdf", "broker", "accept-long-list", entries=44, date_style="dash", review=True),
    Case(12, "xhtml2pdf", "plain", "holiday-grace", timing="grace_holiday", date_style="legal"),
    Case(13, "pikepdf", "counsel", "accelerated-certified", accelerated=True, date_style="intl"),
    Case(14, "xhtml2pdf", "memo", "old-entry-90-days-late", timing="old90_late",
         date_style="slash"),
    Case(15, "pikepdf", "margin", "no-entry-date", date_style="long",
         extra={"no_entry_date": True}),
    Case(16, "xhtml2pdf", "sheet", "weekend-then-late", timing="weekend_late", date_style="mil"),
    Case(17, "pikepdf", "broker", "received-on-last-day", timing="on_last_day", stamped=True,
         date_style="slash"),
    Case(18, "xhtml2pdf", "plain", "entry-after-cutoff-180", timing="old180", date_style="long"),
    Case(19, "pikepdf", "counsel", "no-address-no-importer", no_address=True, no_importer=True,
         date_style="dash"),
    Case(20, "xhtml2pdf", "memo", "grace-and-timely", entries=2, timing="grace_mixed",
         date_style="intl", review=True),
    Case(21, "pikepdf", "margin", "accept-review", entries=3, date_style="iso", review=True),
    Case(22, "xhtml2pdf", "sheet", "all-late", entries=3, timing="late", date_style="dash"),
    Case(23, "pikepdf", "broker", "premature-broker", timing="premature", date_style="mil"),
    Case(24, "xhtml2pdf", "plain", "accept-plain", date_style="dash", accelerated=True),
]


def _dates(case: Case, draw: Draw) -> tuple[list[tuple[date, date | None]], date]:
    """(entry date, liquidation date) per entry and the CBP receipt date, fitting the timing."""
    if case.timing == "grace_holiday":
        last = date(2025, 10, 13)  # Columbus Day, a Monday
        liq = last - timedelta(days=180)
        return [(liq - timedelta(days=300), liq)], date(2025, 10, 14)
    if case.timing in {"grace_weekend", "weekend_late", "grace_mixed"}:
        last = draw.day_between(date(2025, 3, 1), date(2025, 9, 1))
        while last.weekday() != 5 or not business_day(last + timedelta(days=2)):
            last += timedelta(days=1)
        liq = last - timedelta(days=180)
        late = 3 if case.timing == "weekend_late" else 2  # Tuesday is past Monday's grace
        rows: list[tuple[date, date | None]] = [
            (liq - timedelta(days=draw.rng.randint(200, 320)), liq)]
        if case.timing == "grace_mixed":
            later = liq + timedelta(days=draw.rng.randint(20, 60))
            rows.append((later - timedelta(days=draw.rng.randint(200, 300)), later))
        return rows, last + timedelta(days=late)
    if case.timing in {"old90_late", "old180"}:
        entered = date(2004, 12, 17) if case.timing == "old90_late" else date(2004, 12, 20)
        liq = draw.day_between(date(2025, 1, 6), date(2025, 3, 28))
        received = liq + timedelta(days=120 if case.timing == "old90_late" else 150)
        while received.weekday() > 4:
            received += timedelta(days=1)
        return [(entered, liq)], received
    if case.timing == "on_last_day":
        received = draw.day_between(date(2025, 3, 3), date(2025, 9, 26))
        while not business_day(received):
            received += timedelta(days=1)
        return [(received - timedelta(days=180 + 300), received - timedelta(days=180))], received
    received = draw.day_between(date(2025, 2, 3), date(2025, 9, 26))
    while received.weekday() > 4:
        received += timedelta(days=1)
    out: list[tuple[date, date | None]] = []
    for index in range(case.entries):
        if case.timing == "premature":
            out.append((received - timedelta(days=draw.rng.randint(40, 120)), None))
            continue
        late = case.timing == "late" or (case.timing == "mixed" and index == 0)
        age = draw.rng.randint(200, 260) if late else draw.rng.randint(30, 170)
        if case.extra.get("no_entry_date"):
            age = draw.rng.randint(30, 85)  # timely even under the 90-day rule
        liq = received - timedelta(days=age)
        out.append((liq - timedelta(days=draw.rng.randint(250, 330)), liq))
    return out, received


def build(case: Case, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The document and its truth file."""
    draw = Draw(seed * 1000 + case.number)
    name, street, city = draw.company()
    importer = draw.importer_number()
    port_code, port_name = draw.rng.choice(PORTS)
    goods, hts = draw.rng.choice(GOODS)
    signer = draw.person()
    category = draw.rng.choice(sorted(CATEGORY_WORDS))
    if case.timing == "premature":
        category = "classification"  # a rate advance proposed before liquidation
    rows, received = _dates(case, draw)
    numbers = [draw.entry() for _ in rows]
    no_entry_date = bool(case.extra.get("no_entry_date"))
    entries = [{"entry_number": n, "entry_date": None if no_entry_date else e.isoformat(),
                "liquidation_date": liq.isoformat() if liq else None}
               for n, (e, liq) in zip(numbers, rows, strict=True)]
    today = received + timedelta(days=draw.rng.randint(3, 40))
    f = case.date_style
    doc = _STYLES[case.style](case, draw, locals())
    values: dict[str, Any] = {
        "protest_number": None, "port_code": port_code, "received_date": received.isoformat(),
        "importer_number": None if case.no_importer else importer, "protestant_name": name,
        "protestant_address": None if case.no_address else f"{street}, {city}",
        "entries": entries, "category": category,
        "merchandise_description": None if case.no_description else goods,
        "accelerated_disposition": case.accelerated, "further_review_requested": case.review,
        "signer_name": signer,
    }
    missing = [item for flag, item in ((case.no_address, "174.13(a)(1)"),
                                       (case.no_importer, "174.13(a)(2)"),
                                       (no_entry_date, "174.13(a)(3)"),
                                       (case.no_description, "174.13(a)(5)")) if flag]
    lasts = {n: last_day(e, liq).isoformat() for n, (e, liq) in zip(numbers, rows, strict=True)
             if liq is not None}
    states = {timing(received, date.fromisoformat(v)) for v in lasts.values()}
    decision: dict[str, Any] = {"outcome": _outcome(case, states, missing),
                                "deadline": min(lasts.values()) if lasts else None,
                                "last_days": lasts, "missing": missing}
    not_scored: list[str] = []
    if case.invalid:
        for key in ("deadline", "last_days", "missing"):
            decision.pop(key)
        values.pop("category")
        values.pop("entries")
        not_scored += ["deadline/last_days: a protest against a penalty-petition decision "
                       "(the contract leaves its clock open)",
                       "category/entries/missing: the decision protested is not one of 1514(a)'s"]
    if no_entry_date:
        for key in ("deadline", "last_days"):
            decision.pop(key)
        not_scored.append("deadline/last_days: without the entry date the 90/180-day rule is "
                          "open (the receipt is within 90 days either way)")
    if case.timing == "premature":
        for key in ("deadline", "last_days", "missing"):
            decision.pop(key)
        not_scored.append("deadline/last_days/missing: no liquidation yet; whether 174.13(a)(4) "
                          "is missing for a premature protest is open")
    args = ["--today", today.isoformat()]
    if not case.stamped:
        args = ["--received", received.isoformat(), *args]
    truth = {"kind": "protest", "case": case.case, "args": args, "values": values,
             "decision": decision}
    if not_scored:
        truth["not_scored"] = not_scored
    return doc, truth


def _outcome(case: Case, states: set[str], missing: list[str]) -> str:
    if case.timing == "premature":
        return "premature"
    if "grace" in states or len(states) > 1:
        return "needs_human"
    if states == {"late"}:
        return "untimely"
    if case.invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def _entry_rows(v: dict[str, Any]) -> list[tuple[str, ...]]:
    f = v["f"]
    return [(n, day(e, f), day(liq, f) if liq else "not liquidated")
            for n, (e, liq) in zip(v["numbers"], v["rows"], strict=True)]


def _objection(v: dict[str, Any]) -> str:
    if v["case"].invalid:
        return ("Protestant objects to the decision of the Fines, Penalties and Forfeitures "
                "Officer denying its petition for relief under 19 CFR 171 in the penalty case "
                "arising from the entry, and asks that the decision be set aside.")
    if v["case"].timing == "premature":
        return (f"The proposed rate advance is wrong: the goods are properly classified in "
                f"subheading {v['hts']}, HTSUS, by GRI 1, and the entered rate is correct.")
    if v["category"] == "classification":
        return (f"CBP liquidated the merchandise under a heading other than the one claimed. The "
                f"goods are properly classified in subheading {v['hts']}, HTSUS, by GRI 1 and the "
                "terms of the heading; the liquidated rate should be refunded with interest.")
    return ("CBP appraised the merchandise on a deductive value basis although a transaction "
            "value existed: the invoice price was paid by an unrelated buyer (19 U.S.C. 1401a(b)). "
            "Protestant objects to the appraised value and asks for reliquidation at the invoice "
            "value.")


def _closing(doc: Doc, v: dict[str, Any]) -> None:
    case: Case = v["case"]
    p(doc, DRAWBACK[case.number % len(DRAWBACK)])
    if case.review:
        p(doc, REVIEW[case.number % len(REVIEW)])
    if case.accelerated:
        p(doc, "Accelerated disposition of this protest is requested under 19 U.S.C. 1515(b); "
               "this protest is sent by certified mail, return receipt requested.")


def _stamp(doc: Doc, v: dict[str, Any]) -> None:
    if v["case"].stamped:
        doc.add("stamp", f"RECEIVED  {day(v['received'], 'slash')}  U.S. CBP {v['port_name']}")


def _counsel(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc(("Ashgrove Pellham & Reyes LLP", "Customs and International Trade Counsel",
               "1750 Pennsylvania Avenue NW, Washington, DC 20006"), font="Times-Roman",
              footer=f"Protest - {v['name']}")
    p(doc, day(v["received"] - timedelta(days=3), "long"))
    p(doc, f"Port Director, U.S. Customs and Border Protection, {v['port_name']} "
           f"(Port Code {v['port_code']})")
    number = "" if case.no_importer else f", Importer No. {v['importer']}"
    p(doc, f"Re: Protest of {v['name']}{number}")
    seat = "" if case.no_address else f", of {v['street']}, {v['city']}"
    p(doc, f"On behalf of our client, {v['name']}{seat} "
           "(\"Protestant\"), we hereby protest under 19 U.S.C. 1514 "
           f"{CATEGORY_WORDS[v['category']]} of the entries listed below.")
    table(doc, ("Entry Number", "Entry Date", "Liquidation Date"), _entry_rows(v))
    p(doc, f"Merchandise: {v['goods']}")
    h(doc, "Nature of and Justification for the Objection")
    p(doc, _objection(v))
    _closing(doc, v)
    doc.add("sig", f"Respectfully submitted,\n/s/ {v['signer']}\n{v['signer']}\n"
                   f"Ashgrove Pellham & Reyes LLP\nCounsel for {v['name']}")
    return doc


def _margin(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc((v["name"], v["street"], v["city"]), footer="PROTEST (19 U.S.C. 1514)")
    _stamp(doc, v)
    h(doc, "PROTEST AND REQUEST FOR RELIQUIDATION")
    pairs = [("Protesting party", v["name"]), ("Address", f"{v['street']}, {v['city']}"),
             ("Importer of record no.", v["importer"]),
             ("Port of entry", f"{v['port_name']} - {v['port_code']}")]
    if v["no_entry_date"]:
        pairs += [(f"Entry {i + 1}", f"{n}  liquidated {liq}")
                  for i, (n, _, liq) in enumerate(_entry_rows(v))]
    else:
        pairs += [(f"Entry {i + 1}", f"{n}  entered {e}  liquidated {liq}")
                  for i, (n, e, liq) in enumerate(_entry_rows(v))]
    if not case.no_description:
        pairs.append(("Description of merchandise", v["goods"]))
    pairs.append(("Decision protested", CATEGORY_WORDS[v["category"]]))
    kv(doc, pairs)
    h(doc, "Grounds")
    p(doc, _objection(v))
    _closing(doc, v)
    doc.add("sig", f"For the protestant:\n______________________\n{v['signer']}\nDirector, "
                   "Trade Compliance")
    return doc


def _broker(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc(("Meridian Customs Brokerage, Inc.", "Licensed Customs Broker No. 31877",
               "410 Terminal Road, Suite 12, Jamaica, NY 11430"), font="Courier",
              footer=f"Ref {v['importer']}")
    _stamp(doc, v)
    p(doc, f"Date: {day(v['received'] - timedelta(days=2), 'dash')}")
    p(doc, f"TO: Director of Field Operations, Port of {v['port_name']}, port {v['port_code']}")
    p(doc, f"We file this protest as agent under power of attorney for the importer of record, "
           f"{v['name']}, {v['street']}, {v['city']}, importer no. {v['importer']}.")
    p(doc, f"The {len(v['rows'])} entries protested (entered / liquidated) are:")
    table(doc, ("Entry #", "Entered", "Liquidated"), _entry_rows(v))
    p(doc, f"Description of merchandise: {v['goods']}")
    h(doc, "STATEMENT OF OBJECTION")
    p(doc, _objection(v))
    _closing(doc, v)
    doc.add("sig", f"Meridian Customs Brokerage, Inc., as agent\nBy: /s/ {v['signer']}\n"
                   f"{v['signer']}, Licensed Customs Broker")
    return doc


def _memo(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    approver = draw.person()
    doc = Doc((v["name"], "Internal - Customs Compliance", f"{v['street']}, {v['city']}"),
              footer="Approval memo with attachment")
    h(doc, "INTERNAL APPROVAL MEMORANDUM")
    kv(doc, [("To", approver + ", Vice President, Supply Chain"),
             ("From", "Trade Compliance Department"),
             ("Subject", "Approval to file protest - attached text")])
    p(doc, "Please approve the protest below. Once approved, Compliance will file it with CBP. "
           "The text in Attachment A is the protest as filed.")
    kv(doc, [("Approved", "Yes"), ("Approver", approver)])
    doc.add("break")
    _stamp(doc, v)
    h(doc, "ATTACHMENT A - PROTEST UNDER 19 U.S.C. 1514")
    p(doc, f"{v['name']}, {v['street']}, {v['city']} (importer number {v['importer']}) protests "
           f"the following decision at the port of {v['port_name']} ({v['port_code']}): "
           f"{CATEGORY_WORDS[v['category']]}.")
    table(doc, ("Entry No.", "Date of Entry", "Date of Liquidation"), _entry_rows(v))
    p(doc, f"Merchandise: {v['goods']}")
    h(doc, "Why the decision is wrong")
    p(doc, _objection(v))
    _closing(doc, v)
    doc.add("sig", f"/s/ {v['signer']}\n{v['signer']}\nCustoms Compliance Manager")
    return doc


def _sheet(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc(("PROTEST SUBMISSION", f"Filed at {v['port_name']}",
               "Prepared with the filer's protest worksheet"), footer=v["name"])
    address = [] if case.no_address else [("Protestant address", f"{v['street']}, {v['city']}")]
    importer = [] if case.no_importer else [("Importer No.", v["importer"])]
    kv(doc, [("Port code", v["port_code"]), ("Protestant", v["name"]), *address, *importer,
             ("Decision protested", CATEGORY_WORDS[v["category"]]),
             ("Description of merchandise", v["goods"])])
    table(doc, ("Entry No.", "Entry Dt.", "Liq. Dt."), _entry_rows(v))
    h(doc, "Claim and justification")
    p(doc, _objection(v))
    _closing(doc, v)
    doc.add("sig", f"Signature: /s/ {v['signer']}\nName: {v['signer']}\nTitle: Import Manager")
    return doc


def _plain(case: Case, draw: Draw, v: dict[str, Any]) -> Doc:
    doc = Doc((v["name"], v["street"], v["city"]), font="Times-Roman")
    p(doc, day(v["received"] - timedelta(days=4), "intl"))
    p(doc, f"U.S. Customs and Border Protection, Port of {v['port_name']} ({v['port_code']})")
    p(doc, "Dear Sir or Madam,")
    n, e, liq = _entry_rows(v)[0]
    if case.timing == "premature":
        p(doc, f"We write to protest the rate advance CBP proposes for entry {n}, made on {e}. "
               "The entry has not yet liquidated: CBP has sent us a Notice of Action (CBP Form "
               "29) proposing to change the classification and rate of duty.")
    else:
        p(doc, f"We write to protest {CATEGORY_WORDS[v['category']]} of entry {n}, made on {e} "
               f"and liquidated on {liq}.")
    p(doc, f"Our importer number is {v['importer']}. Merchandise: {v['goods']}")
    p(doc, _objection(v))
    _closing(doc, v)
    doc.add("sig", f"Yours faithfully,\n\n{v['signer']}\nPresident, {v['name']}")
    return doc


_STYLES = {"counsel": _counsel, "margin": _margin, "broker": _broker, "memo": _memo,
           "sheet": _sheet, "plain": _plain}
