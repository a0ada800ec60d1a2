"""The three ruling-request bases, their truths by 19 CFR Part 177, and their documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_sweep.datasheet import COVER, MOVED, data_sheet
from bench.corpus_sweep.formats import fmt_date
from bench.corpus_sweep.heads import running_heads
from bench.corpus_sweep.labels import RULING
from bench.corpus_sweep.model import Doc, Field, Para, Party, Signature, Spec
from bench.corpus_sweep.noise import noise_paragraphs, received_stamp, top_lines
from bench.corpus_sweep.protests import pick

NCSD = ["Director, National Commodity Specialist Division", "U.S. Customs and Border Protection",
        "Attn: Binding Ruling Request", "201 Varick Street, Suite 501", "New York, NY 10014"]
HQ = ["Regulations and Rulings, Office of Trade", "U.S. Customs and Border Protection",
      "90 K Street NE, 10th Floor", "Washington, DC 20229-1177"]
AGENT = Party("Pell & Adeyemi Trade Advisors LLC", ("1 Gateway Center, Suite 2600",
                                                     "Newark, NJ 07102"),
              Field("agent", ("Agent",), ()), Field("agent_address", ("Address",), ()))
AGENT_SIGNER = ("Thomas J. Pell", "Licensed Customs Broker")
AGENT_OPEN = ("requester_name/address not scored: the letter is written by an agent for the "
              "importer, and the contract does not say which of the two is the requester")


@dataclass(frozen=True)
class RulingBase:
    case: str
    subject: str  # classification | valuation
    request_date: date
    received: date
    today: date
    name: str
    address: tuple[str, ...]
    importer: str
    product: str
    hts: tuple[str, ...]
    port: str
    signer: str
    title: str
    statement: bool
    sample: bool
    confidential: bool
    outcome: str
    missing: tuple[str, ...]


BASES = (
    RulingBase("ncsd", "classification", date(2025, 4, 7), date(2025, 4, 10), date(2025, 4, 14),
               "Copperline Home Goods LLC", ("88 Riverside Drive, Unit 4", "Paterson, NJ 07501"),
               "22-3184065", "Stainless steel French press coffee maker, 34 oz., model CP-34",
               ("7323.93.0080",), "Newark, NJ (4601)", "Alicia Brandt", "Director of Sourcing",
               True, True, False, "accept", ()),
    RulingBase("hq", "valuation", date(2025, 5, 12), date(2025, 5, 15), date(2025, 5, 20),
               "Ashgrove Instruments Corp.", ("4100 Research Parkway", "Ann Arbor, MI 48108"),
               "38-2750914", "Handheld digital multimeters, models AG-10 and AG-20, purchased "
                             "from the related seller Ashgrove Electronics (Shenzhen) Co., Ltd.",
               (), "Detroit, MI (3801)", "Kenneth Oyelaran", "General Counsel",
               True, False, True, "accept", ()),
    RulingBase("nostatement", "classification", date(2025, 2, 3), date(2025, 2, 6),
               date(2025, 2, 10), "Bluewater Paddle Sports Inc.",
               ("3155 Harbor Boulevard", "Costa Mesa, CA 92626"), "33-0951276",
               "Inflatable stand-up paddle board of drop-stitch PVC, 10 ft. 6 in., model SUP-106",
               ("9506.29.0080",), "Los Angeles/Long Beach, CA (2704)", "Erin Castellanos",
               "President", False, True, False, "deficient", ("177.2(b)(5)",)),
)

SUBJECT = {"classification": ("Tariff classification", "Classification under the HTSUS",
                              "HTSUS classification", "Classification",
                              "Binding ruling - tariff classification", "TARIFF CLASSIFICATION"),
           "valuation": ("Valuation", "Customs valuation (transaction value)",
                         "Appraisement - transaction value", "Value",
                         "Valuation under 19 U.S.C. 1401a",
                         "VALUATION")}
STATEMENT = ("To the best of our knowledge, the issue is not pending before any CBP office, the "
             "Court of International Trade, the Court of Appeals for the Federal Circuit or any "
             "appellate court, and has not been the subject of an earlier ruling request.",
             "The requester states that no transaction or issue of this kind is or has been "
             "before a CBP office or any court, and that this request is not one of a series.",
             "Pursuant to 19 CFR 177.2(b)(5): the question is not before any CBP office, the CIT, "
             "the CAFC or any court of appeal.",
             "Nothing about this merchandise is pending with CBP or in litigation.",
             "Statement (177.2(b)(5)): None - no pending matters.",
             "We are not aware of any pending CBP or court matter involving these goods.")
SAMPLE = ("A sample is enclosed.", "Sample enclosed: Yes.",
          "One sample is submitted under separate cover by overnight courier.",
          "One (1) sample accompanies this request; please return it when the review is complete.",
          "Enclosed please find a sample of the item.", "Sample: provided (see enclosure 2).")
NO_SAMPLE = "No sample is submitted; the question concerns the price actually paid or payable."
CONFIDENTIAL = ("Confidential treatment is requested under 19 CFR 177.2(b)(7) for the bracketed "
                "pricing and royalty figures in Exhibit B, which are commercially sensitive.")
NOT_CONFIDENTIAL = "No confidential treatment is requested."


def build(base: RulingBase, spec: Spec) -> tuple[Doc, dict[str, Any], list[str]]:
    ds = spec.date_style
    agent = spec.party == "onbehalf"
    signer, title = AGENT_SIGNER if agent else (base.signer, base.title)
    name_f = Field("requester_name", RULING["requester_name"], (base.name,), not agent)
    addr_f = Field("requester_address", RULING["requester_address"], spec.address(base.address),
                   not agent)
    fields = [Field("request_date", RULING["request_date"], (fmt_date(base.request_date, ds),)),
              Field("importer_number", RULING["importer_number"], (base.importer,)),
              Field("ruling_type", RULING["ruling_type"],
                    (pick(SUBJECT[base.subject], spec, "ruling_type="),), False),
              Field("product_description", RULING["product_description"], (base.product,), False)]
    if base.hts and spec.datasheet != "hts":  # on `hts` the number stands in the data sheet
        fields.append(Field("proposed_hts", RULING["proposed_hts"], base.hts))
    fields.append(Field("ports", RULING["ports"], (base.port,), False))
    paragraphs = _facts(base)
    if spec.datasheet:
        paragraphs = [Para("", COVER), *(p for p in paragraphs if p.heading not in MOVED)]
    if base.statement:
        paragraphs.append(Para("Statement Regarding Pending Matters",
                               pick(STATEMENT, spec, "statement=")))
    paragraphs.append(Para("Samples", pick(SAMPLE, spec, "sample=") if base.sample
                           else NO_SAMPLE))
    paragraphs.append(Para("Confidentiality", CONFIDENTIAL if base.confidential
                           else NOT_CONFIDENTIAL))
    doc = Doc(
        title="REQUEST FOR BINDING RULING",
        to_lines=NCSD if base.subject == "classification" else HQ,
        party=Party(base.name, base.address, name_f, addr_f), fields=fields, entries_intro="",
        columns=[], rows=[], entry_sentence=[], paragraphs=paragraphs, closing="Sincerely,",
        signature=Signature(signer, title, AGENT.name if agent else "",
                            fmt_date(base.request_date, ds)),
        agent=AGENT if agent else None, caption="IN THE MATTER OF THE RULING REQUEST OF",
        party_role="Requester")
    if agent:
        doc.paragraphs.insert(0, Para("", f"We write on behalf of our client, {base.name}, "
                                          f"{', '.join(base.address)}, under a power of attorney "
                                          "on file, to request a binding ruling under 19 CFR "
                                          "Part 177."))
    doc.top_lines = top_lines(spec, base.received, base.name)
    doc.noise_lines = noise_paragraphs(spec, "ruling-request", base.request_date)
    if spec.party == "running":
        doc.running = f"{base.name} - {', '.join(base.address)} - Ruling Request"
    if spec.datasheet:
        doc.sheet = data_sheet(base.case, spec.datasheet, base.hts)
    doc.heads = running_heads(doc, spec, "File 25-0417",
                              fmt_date(base.request_date - timedelta(days=2), ds))
    doc.stamp_lines, doc.stamp_value = received_stamp(
        spec, base.received, "NCSD" if base.subject == "classification" else "OT/RR",
        "Date Received (CBP)")
    required = [fmt_date(base.request_date, ds), base.importer, *base.hts,
                *([] if agent else [base.name, *base.address]),
                *([doc.stamp_value] if doc.stamp_value else [])]
    return doc, _truth(base, agent), required


def _facts(base: RulingBase) -> list[Para]:
    if base.subject == "valuation":
        return [Para("Facts", "The requester will buy the multimeters from its parent company, "
                              "Ashgrove Electronics (Shenzhen) Co., Ltd., 18 Keyuan Road, Nanshan "
                              "District, Shenzhen, China, which owns all of its shares. Terms of "
                              "sale: FOB Shenzhen, payment 60 days from invoice; invoice prices "
                              "US$ 38.50 per unit (AG-10) and US$ 52.00 per unit (AG-20). "
                              "In addition to the invoice price the requester will pay the parent "
                              "a royalty of 3 percent of its U.S. net sales for the use of the "
                              "Ashgrove trademark; the royalty is not a condition of the sale."),
                Para("Ruling Requested", "We ask CBP to rule that the royalty is not part of the "
                                         "price actually paid or payable and is not an addition "
                                         "under 19 U.S.C. 1401a(b)(1)(D), and that the related-"
                                         "party price is acceptable under 19 U.S.C. 1401a(b)(2)(B) "
                                         "(circumstances of sale)."),
                Para("Law and Analysis", "Under 19 CFR 152.103(f) and HQ H192144, a royalty is "
                                         "dutiable only if it is paid as a condition of the sale "
                                         "for export. Here it is paid for the trademark after "
                                         "resale and the buyer may import without paying it; the "
                                         "parent's prices are settled as with unrelated buyers.")]
    return list(CLASSIFICATION_FACTS[base.case])  # a copy: the caller appends to it


CLASSIFICATION_FACTS = {
    "ncsd": [Para("Description", "The item is a manual coffee maker consisting of a cylindrical "
                                 "vessel, a lid with a plunger and a mesh filter. Principal use in "
                                 "the United States: brewing coffee in the household kitchen. "
                                 "Commercial name: French press; also sold as coffee plunger."),
             Para("Component Materials", "Stainless steel 18/8, 91 percent by weight and 96 "
                                         "percent by value; polypropylene knob 6 percent by "
                                         "weight; silicone gasket 3 percent by weight."),
             Para("Prices", "Purchase price FOB Ningbo US$ 11.40 per unit; U.S. selling price "
                            "US$ 34.99 retail."),
             Para("Basis for the Proposed Classification", "The article is a household article "
                  "of stainless steel of heading 7323 by GRI 1; it is not a machine of heading "
                  "8419 because it has no heating element.")],
    "nostatement": [Para("Description", "The board is an inflatable stand-up paddle board with a "
                                        "drop-stitch core, a deck pad and a removable fin. "
                                        "Principal use in the United States: recreational "
                                        "paddling on lakes and the sea. Commercial name: iSUP."),
                    Para("Component Materials", "PVC-coated drop-stitch polyester fabric, 88 "
                                                "percent by weight; EVA foam deck pad 8 percent; "
                                                "nylon fin 4 percent."),
                    Para("Prices", "Purchase price FOB Ningbo US$ 142.00 per unit; U.S. selling "
                                   "price US$ 449.00 retail."),
                    Para("Basis for the Proposed Classification", "Paddle boards are water-sport "
                         "equipment of heading 9506 by GRI 1 and the Explanatory Notes to heading "
                         "9506, not inflatable boats of heading 8903 (no hull for carrying "
                         "persons seated).")],
}


def _truth(base: RulingBase, agent: bool) -> dict[str, Any]:
    classification = base.subject == "classification"
    route = "NCSD" if classification else "HQ"
    missing = [] if base.statement else ["177.2(b)(5)"]
    outcome = "deficient" if missing else "accept"
    assert outcome == base.outcome and tuple(missing) == base.missing
    values: dict[str, Any] = {
        "importer_number": base.importer, "request_date": base.request_date.isoformat(),
        "ruling_type": base.subject, "proposed_hts": list(base.hts), "prospective": True,
        "pending_statement": base.statement, "pending_in_court": False,
        "pending_before_cbp": False, "sample_provided": base.sample,
        "confidential_requested": base.confidential, "signed": True}
    not_scored = ["product_description and ports not scored: the contract fixes neither the "
                  "extent of a description nor the form of a port (name or code)"]
    if agent:
        not_scored.append(AGENT_OPEN)
    else:
        values["requester_name"] = base.name
        values["requester_address"] = ", ".join(base.address)
    if classification:
        values["item_count"] = 1
    else:
        not_scored.append("item_count not scored outside classification")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing,
                                "reason": None}
    if outcome == "accept":
        decision["due"] = ((base.received + timedelta(days=30)).isoformat() if classification
                           else None)
    else:
        not_scored.append("due not scored: whether a target date runs for a deficient request "
                          "is not fixed by the contract")
    return {"kind": "ruling-request", "values": values, "decision": decision,
            "not_scored": not_scored,
            "args": ["--received", base.received.isoformat(), "--today", base.today.isoformat()]}
