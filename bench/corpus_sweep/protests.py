"""The three protest bases, their truths by 19 U.S.C. 1514 / 19 CFR 174, and their documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_sweep.formats import fmt_date, fmt_entry
from bench.corpus_sweep.heads import running_heads
from bench.corpus_sweep.labels import PROTEST, PROTEST_COLUMNS
from bench.corpus_sweep.law import clear_of_grace, entry_number, protest_last_day
from bench.corpus_sweep.model import Column, Doc, Field, Para, Party, Signature, Spec
from bench.corpus_sweep.noise import noise_paragraphs, received_stamp, top_lines

AGENT = Party("Calloway Briggs & Nunez LLP", ("600 Wilshire Boulevard, Suite 1400",
                                               "Los Angeles, CA 90017"),
              Field("agent", ("Counsel",), ()), Field("agent_address", ("Address",), ()))
AGENT_SIGNER = ("Marisol T. Okafor", "Partner")


@dataclass(frozen=True)
class ProtestBase:
    """The facts of one protest; `outcome` and `missing` are asserted against the law."""

    case: str
    protest_number: str
    port: str
    received: date
    today: date
    importer: str | None
    name: str
    address: tuple[str, ...]
    entries: tuple[tuple[str, date, date], ...]
    description: str
    signer: str
    title: str
    outcome: str
    missing: tuple[str, ...] = ()
    accelerated: bool = False
    further_review: bool = True


BASES = (
    ProtestBase(
        "accept3", "2704-25-100417", "2704", date(2025, 6, 16), date(2025, 6, 20), "95-4417382",
        "Harbor Lane Outfitters, Inc.", ("1450 Commerce Way, Suite 210", "Carson, CA 90746"),
        ((entry_number("BDF", "0412775"), date(2024, 8, 5), date(2025, 1, 10)),
         (entry_number("BDF", "0418832"), date(2024, 9, 16), date(2025, 2, 14)),
         (entry_number("BDF", "0423019"), date(2024, 10, 21), date(2025, 3, 21))),
        "Men's woven cotton twill work jackets, style nos. WJ-220 and WJ-240",
        "Dana M. Whitfield", "Vice President, Trade Compliance", "accept"),
    ProtestBase(
        "noior", "1001-25-100233", "1001", date(2025, 4, 22), date(2025, 4, 25), None,
        "Greenpoint Lamp Works LLC", ("211 Kent Avenue", "Brooklyn, NY 11249"),
        ((entry_number("EH4", "2210587"), date(2024, 7, 2), date(2025, 1, 17)),
         (entry_number("EH4", "2214460"), date(2024, 8, 12), date(2025, 2, 21))),
        "Ceramic table lamps with linen shades, 24 inches high, item nos. TL-7 and TL-9",
        "Victor Ilescu", "Owner", "deficient", ("174.13(a)(2)",)),
    ProtestBase(
        "late", "5301-25-100058", "5301", date(2025, 3, 3), date(2025, 3, 7), "74-2906513",
        "Lone Star Pump & Valve Co.", ("9800 Bissonnet Street", "Houston, TX 77036"),
        ((entry_number("A1C", "5530921"), date(2023, 11, 6), date(2024, 7, 12)),
         (entry_number("A1C", "5536678"), date(2023, 12, 4), date(2024, 8, 9))),
        "Cast iron gate valves, flanged, 4 and 6 inch, model GV-400 and GV-600",
        "Ruth Ann Delgado", "Import Manager", "untimely"),
)


def decide(base: ProtestBase) -> dict[str, Any]:
    """Outcome, deadline, last days and missing items as a careful officer decides them."""
    last = {number: protest_last_day(entered, liquidated)
            for number, entered, liquidated in base.entries}
    late = [n for n, day in last.items() if base.received > day]
    early = [n for n, entered, liquidated in base.entries if base.received < liquidated]
    assert all(clear_of_grace(base.received, day) for day in last.values())
    missing = list(base.missing)
    if (early and len(early) < len(last)) or (late and len(late) < len(last)):
        outcome = "needs_human"
    elif early:
        outcome = "premature"
    elif late:
        outcome = "untimely"
    else:
        outcome = "deficient" if missing else "accept"
    assert outcome == base.outcome, (base.case, outcome)
    return {"outcome": outcome, "deadline": min(last.values()).isoformat(),
            "last_days": {n: d.isoformat() for n, d in last.items()}, "missing": missing}


def pick(options: tuple[str, ...], spec: Spec, key: str) -> str:
    return options[spec.wording(key) % len(options)]


ACCELERATED_NO = ("No", "N", "[ ] Yes  [X] No", "Not requested", "NO", "None requested")
FURTHER_YES = ("Yes", "Y", "[X] Yes  [ ] No", "Requested", "YES", "Yes - see Section IV below")
CATEGORY = ("Classification", "Classification and rate of duty",
            "Tariff classification (19 U.S.C. 1514(a)(2))",
            "Classification / rate and amount of duty",
            "CLASSIFICATION", "Liquidated classification of the merchandise")
DRAWBACK = ("The entries are not subject to drawback.", "No",
            "None of the entries is subject to drawback.", "Not subject to drawback",
            "No drawback has been or will be claimed on these entries.", "N")


FORM19_COLUMNS = (("port", "PORT CODE"), ("filer", "FILER CODE"), ("serial", "ENTRY NO."),
                  ("check", "CHECK DIGIT"), ("entry_date", "DATE OF ENTRY"),
                  ("liquidation_date", "DATE OF LIQUIDATION"))
TAIL_SENTENCES = ("Protestant declares that the entries are not subject to drawback. Protestant "
                  "does not request accelerated disposition. Protestant requests further review of "
                  "this protest under 19 CFR 174.24, because the decision is inconsistent with a "
                  "CBP ruling on substantially similar merchandise (174.24(a)).")


def build(base: ProtestBase, spec: Spec) -> tuple[Doc, dict[str, Any], list[str]]:
    """The document and its truth for BASE drawn with SPEC."""
    ds = spec.date_style
    agent = spec.party == "onbehalf"
    signer, title = AGENT_SIGNER if agent else (base.signer, base.title)
    name_f = Field("protestant_name", PROTEST["protestant_name"], (base.name,))
    addr_f = Field("protestant_address", PROTEST["protestant_address"], spec.address(base.address))
    fields = [Field("protest_number", PROTEST["protest_number"], (base.protest_number,)),
              Field("port_code", PROTEST["port_code"], (base.port,))]
    if base.importer:
        fields.append(Field("importer_number", PROTEST["importer_number"], (base.importer,)))
    fields += [Field("category", PROTEST["category"], (pick(CATEGORY, spec, "category="),)),
               Field("merchandise_description", PROTEST["merchandise_description"],
                     (base.description,))]
    rows = [[fmt_entry(n, spec.entry_format), fmt_date(e, ds), fmt_date(liq, ds)]
            for n, e, liq in base.entries]
    clauses = [f"entry no. {r[0]}, entered {r[1]} and liquidated {r[2]}" for r in rows]
    columns = [Column(k, v) for k, v in PROTEST_COLUMNS.items()]
    if spec.entries == "form19":  # Form 19 block 5 splits the number over four columns
        columns = [Column(k, (label,), k != "port") for k, label in FORM19_COLUMNS]
        rows = [[base.port, *n.split("-"), fmt_date(e, ds), fmt_date(liq, ds)]
                for n, e, liq in base.entries]
    argument = ("CBP liquidated the entries under a tariff provision that does not describe "
                "the merchandise and assessed duty at a higher rate than the law provides. The "
                "goods are properly classified under the provision claimed in the attached "
                "memorandum by GRI 1 and the terms of the heading, and the excess duties should be "
                "refunded with interest as provided by law.")
    paragraphs = [Para("Objection and Justification", argument)]
    tail = [Field("drawback", PROTEST["drawback"], (pick(DRAWBACK, spec, "drawback="),), False),
            Field("accelerated", PROTEST["accelerated"],
                  (pick(ACCELERATED_NO, spec, "accelerated="),), False),
            Field("further_review", PROTEST["further_review"],
                  (pick(FURTHER_YES, spec, "further_review="),), False)]
    if spec.position("tail") != "paragraph":
        fields += tail
    else:
        paragraphs.append(Para("Other Matters", TAIL_SENTENCES))
    intro = "Entries protested:"
    doc = Doc(
        title="PROTEST", to_lines=["To: Port Director, U.S. Customs and Border Protection",
                                   f"Port {base.port}"],
        party=Party(base.name, base.address, name_f, addr_f), fields=fields,
        entries_intro=intro,
        columns=columns, rows=rows,
        entry_sentence=clauses, paragraphs=paragraphs, closing="Respectfully submitted,",
        signature=Signature(signer, title, AGENT.name if agent else "",
                            fmt_date(base.received - timedelta(days=3), ds)),
        agent=AGENT if agent else None, party_role="Protestant")
    if agent:
        doc.paragraphs.insert(0, Para("", f"On behalf of our client, {base.name}, "
                                          f"{', '.join(base.address)} (\"Protestant\"), we protest "
                                          "the decision described below under 19 U.S.C. 1514.",
                                      (base.name, ", ".join(base.address))))
    _noise(doc, base, spec)
    values: dict[str, Any] = {
        "protest_number": base.protest_number, "port_code": base.port,
        "received_date": base.received.isoformat(), "importer_number": base.importer,
        "protestant_name": base.name, "protestant_address": ", ".join(base.address),
        "entries": [{"entry_number": n, "entry_date": e.isoformat(),
                     "liquidation_date": liq.isoformat()} for n, e, liq in base.entries],
        "category": "classification", "merchandise_description": base.description,
        "accelerated_disposition": base.accelerated,
        "further_review_requested": base.further_review, "signer_name": signer}
    truth = {"kind": "protest", "values": values, "decision": decide(base), "not_scored": [],
             "args": ["--received", base.received.isoformat(), "--today", base.today.isoformat()]}
    required = [base.protest_number, base.port, *([base.importer] if base.importer else []),
                base.name, *base.address, base.description, signer,
                *(cell for r in rows for cell in r)]
    if doc.stamp_value:
        required.append(doc.stamp_value)
    return doc, truth, required


def _noise(doc: Doc, base: ProtestBase, spec: Spec) -> None:
    doc.top_lines = top_lines(spec, base.received, base.name)
    doc.noise_lines = noise_paragraphs(spec, "protest", base.received)
    if spec.party == "running":
        doc.running = f"{base.name} - {', '.join(base.address)} - Protest"
    doc.stamp_lines, doc.stamp_value = received_stamp(spec, base.received, f"PORT {base.port}",
                                                      PROTEST["received"][1])
    doc.heads = running_heads(doc, spec, base.protest_number,
                              fmt_date(base.received - timedelta(days=5), spec.date_style))

