"""The three penalty-case bases, their truths by 19 U.S.C. 1592 / 1621 and 19 CFR 171 App. B."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_sweep.formats import fmt_credit, fmt_date, fmt_entry, fmt_money
from bench.corpus_sweep.heads import running_heads
from bench.corpus_sweep.labels import LIQ_MARKS, PENALTY, PENALTY_COLUMNS
from bench.corpus_sweep.law import entry_number, five_years, money, penalty_figures
from bench.corpus_sweep.model import Column, Doc, Field, Para, Party, Signature, Spec
from bench.corpus_sweep.noise import noise_paragraphs, top_lines
from bench.corpus_sweep.protests import pick


@dataclass(frozen=True)
class Row:
    number: str
    entered: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


def row(filer: str, serial: str, entered: date, liq: bool, value: str, paid: str,
        owed: str) -> Row:
    return Row(entry_number(filer, serial), entered, liq, money(value), money(paid), money(owed))


@dataclass(frozen=True)
class PenaltyBase:
    case: str
    case_number: str
    today: date
    name: str
    address: tuple[str, ...]
    importer: str
    culpability: str
    prior_disclosure: bool
    rows: tuple[Row, ...]
    domestic: Decimal
    dutiable: Decimal
    outcome: str
    facts: str


BASES = (
    PenaltyBase(
        "neg", "2025-2809-000318-01", date(2025, 5, 20), "Bayview Ceramics Trading Co.",
        ("2250 Marina Boulevard", "San Leandro, CA 94577"), "94-3318207", "negligence", False,
        (row("C2E", "1104382", date(2023, 2, 14), True, "41250.00", "1031.25", "2681.25"),
         row("C2E", "1109917", date(2023, 4, 3), True, "38900.40", "972.51", "2528.53"),
         row("C2E", "1115260", date(2023, 6, 19), True, "52118.75", "1302.97", "3387.73"),
         row("C2E", "1121048", date(2023, 8, 28), True, "12399.85", "806.00", "744.00")),
        money("216000.00"), money("144669.00"), "draft",
        "The importer declared glazed stoneware dinnerware under a provision for hotel and "
        "restaurant ware at a lower rate of duty. Post-entry review of the catalogue shows the "
        "sets were sold for household use; the importer's broker did not ask for the catalogue."),
    PenaltyBase(
        "fraud-pd", "2025-3001-000127-01", date(2025, 7, 1), "Northgate Apparel Group LLC",
        ("1200 Westlake Avenue North, Suite 600", "Seattle, WA 98109"), "91-2047736", "fraud",
        True,
        (row("D3F", "2204416", date(2023, 9, 11), True, "86400.00", "14256.00", "24019.20"),
         row("D3F", "2209953", date(2023, 11, 20), True, "72150.50", "11904.83", "20057.84"),
         row("D3F", "2215087", date(2024, 3, 4), False, "64975.50", "10720.92", "18063.12")),
        money("335000.00"), money("223526.00"), "draft",
        "The importer invoiced knit sweaters at a second, lower price prepared for entry while the "
        "seller was paid under a side agreement. The importer disclosed the circumstances in a "
        "prior disclosure before any inquiry and tendered the loss of duties."),
    PenaltyBase(
        "barred", "2025-5301-000044-01", date(2025, 6, 2), "Gulf Coast Marine Supply, Inc.",
        ("7400 Harrisburg Boulevard", "Houston, TX 77011"), "76-0482291", "gross_negligence",
        False,
        (row("G7H", "3300125", date(2020, 3, 10), True, "28600.00", "572.00", "2002.00"),
         row("G7H", "3306841", date(2020, 5, 20), True, "31240.00", "624.80", "2186.80"),
         row("G7H", "3312290", date(2021, 2, 8), True, "19880.00", "397.60", "1391.60")),
        money("119580.00"), money("79720.00"), "needs_human",
        "The importer declared marine winches as parts of general machinery after its own "
        "classification review had identified the correct provision; the review memorandum "
        "was ignored for three shipments."),
)

CULPABILITY = {"negligence": ("Negligence", "Negligent", "NEGLIGENCE",
                              "Negligence (19 U.S.C. 1592(c)(3))", "Simple negligence", "Neg."),
               "gross_negligence": ("Gross Negligence", "Grossly negligent", "GROSS NEGLIGENCE",
                                    "Gross negligence (19 U.S.C. 1592(c)(2))", "Gross neg.",
                                    "Gross Negligence - 1592(c)(2)"),
               "fraud": ("Fraud", "Fraudulent", "FRAUD", "Fraud (19 U.S.C. 1592(c)(1))",
                         "Intentional (fraud)", "Fraud - 1592(c)(1)")}
DISCLOSURE = {True: ("Yes", "Y", "Yes - filed and perfected", "YES", "Valid (19 CFR 162.74)",
                     "Yes, duties tendered"),
              False: ("No", "N", "None", "NO", "No prior disclosure", "Not filed")}
IMPORTATION = ("Commercial", "Commercial importation", "Commercial shipment", "COMMERCIAL",
               "Commercial (formal entry)", "Commercial - formal")


def build(base: PenaltyBase, spec: Spec) -> tuple[Doc, dict[str, Any], list[str]]:
    ds, ms = spec.date_style, spec.money_style
    name_f = Field("party_name", PENALTY["party_name"], (base.name,))
    addr_f = Field("party_address", PENALTY["party_address"], spec.address(base.address))
    fields = [Field("case_number", PENALTY["case_number"], (base.case_number,)),
              Field("importer_number", PENALTY["importer_number"], (base.importer,)),
              Field("violation_date", PENALTY["violation_date"],
                    (fmt_date(base.rows[0].entered, ds),)),
              Field("culpability", PENALTY["culpability"],
                    (pick(CULPABILITY[base.culpability], spec, "culpability="),), False),
              Field("prior_disclosure", PENALTY["prior_disclosure"],
                    (pick(DISCLOSURE[base.prior_disclosure], spec, "prior_disclosure="),), False),
              Field("importation", PENALTY["importation"],
                    (pick(IMPORTATION, spec, "importation="),), False),
              Field("domestic_value", PENALTY["domestic_value"], (fmt_money(base.domestic, ms),)),
              Field("dutiable_value", PENALTY["dutiable_value"], (fmt_money(base.dutiable, ms),))]
    yes, no = LIQ_MARKS[spec.liq_marks]
    keys = ["entry_number", "entry_date", "liquidated", "entered_value", "duty_paid", "duty_owed"]
    columns = [Column(k, PENALTY_COLUMNS[k], k != "liquidated") for k in keys]
    rows = [[fmt_entry(r.number, spec.entry_format), fmt_date(r.entered, ds),
             yes if r.liquidated else no, fmt_money(r.value, ms), fmt_money(r.paid, ms),
             fmt_money(r.owed, ms)] for r in base.rows]
    if spec.loss_column:
        columns.append(Column("loss", PENALTY_COLUMNS["loss"], False))
        for cells, r in zip(rows, base.rows, strict=True):
            cells.append(fmt_credit(r.owed - r.paid, spec.loss_column))
    clauses = [f"entry {c[0]}, entered {c[1]}, "
               f"{'liquidated' if r.liquidated else 'not yet liquidated'}, entered value {c[3]}, "
               f"duty deposited {c[4]}, duty lawfully owed {c[5]}" for c, r in zip(rows, base.rows,
                                                                                   strict=True)]
    paragraphs = [Para("Facts", base.facts),
                  Para("Recommendation", "Issue the notice the case calls for under 19 CFR 162.77 "
                                         "or 162.79 and demand the actual loss of duties under "
                                         "19 U.S.C. 1592(d).")]
    doc = Doc(
        title="PENALTY CASE REFERRAL - 19 U.S.C. 1592",
        to_lines=["MEMORANDUM FOR: Fines, Penalties and Forfeitures Officer",
                  "FROM: Supervisory Import Specialist, Center of Excellence and Expertise",
                  "SUBJECT: Referral for penalty action"],
        party=Party(base.name, base.address, name_f, addr_f), fields=fields,
        entries_intro="Entries:", columns=columns, rows=rows, entry_sentence=clauses,
        paragraphs=paragraphs, closing="Prepared by:",
        signature=Signature("Janet R. Kowalczyk", "Supervisory Import Specialist", "",
                            fmt_date(base.today, ds)),
        caption="IN THE MATTER OF", party_role="Violator",
        sentence_intro="The referral covers")
    if spec.party == "prose":
        doc.paragraphs.insert(0, Para("", f"The importer of record, {base.name}, "
                                          f"{', '.join(base.address)}, made the entries listed "
                                          "below.", (base.name, ", ".join(base.address))))
    doc.top_lines = top_lines(spec, base.today, "CBP FP&F")
    doc.noise_lines = noise_paragraphs(spec, "penalty-case", base.today)
    if spec.party == "running":
        doc.running = f"{base.name} - {', '.join(base.address)} - Case {base.case_number}"
    doc.heads = running_heads(doc, spec, base.case_number,
                              fmt_date(base.today - timedelta(days=1), ds))
    required = [base.case_number, base.name, *base.address, base.importer,
                fmt_date(base.rows[0].entered, ds), fmt_money(base.domestic, ms),
                fmt_money(base.dutiable, ms),
                *(cell for cells in rows for i, cell in enumerate(cells) if columns[i].scored)]
    return doc, truth(base), required


def truth(base: PenaltyBase) -> dict[str, Any]:
    """The decision a careful FP&F officer reaches from the referral alone."""
    figures = penalty_figures(base.culpability, base.prior_disclosure,
                              [(r.liquidated, r.paid, r.owed) for r in base.rows],
                              base.domestic, base.dutiable)
    violation = base.rows[0].entered
    limitations = five_years(violation)
    assert limitations != base.today
    barred = [r.number for r in base.rows if five_years(r.entered) < base.today]
    needs_human = limitations < base.today or bool(barred)
    outcome = "needs_human" if needs_human else "draft"
    assert outcome == base.outcome
    notice = ("none" if needs_human or figures.proposed == 0
              else "pre_penalty" if figures.proposed > 1000 else "penalty")

    def dollars(amount: Decimal) -> float:
        return float(amount)

    values = {
        "case_number": base.case_number, "party_name": base.name,
        "party_address": ", ".join(base.address), "importer_number": base.importer,
        "violation_date": violation.isoformat(), "culpability": base.culpability,
        "prior_disclosure": base.prior_disclosure, "noncommercial": False,
        "entries": [{"entry_number": r.number, "entry_date": r.entered.isoformat(),
                     "liquidated": r.liquidated, "entered_value": dollars(r.value),
                     "duty_paid": dollars(r.paid), "duty_owed": dollars(r.owed)}
                    for r in base.rows],
        "domestic_value": dollars(base.domestic), "dutiable_value": dollars(base.dutiable)}
    decision = {
        "loss_of_duties": {"actual": dollars(figures.actual),
                           "potential": dollars(figures.potential),
                           "total": dollars(figures.total)},
        "statutory_max": dollars(figures.statutory_max),
        "guideline_range": [dollars(figures.low), dollars(figures.high)],
        "proposed_penalty": dollars(figures.proposed), "limitations_date": limitations.isoformat(),
        "notice": notice, "outcome": outcome, "barred_entries": barred}
    return {"kind": "penalty-case", "values": values, "decision": decision, "not_scored": [],
            "args": ["--today", base.today.isoformat()]}
