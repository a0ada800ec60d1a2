"""Build the penalty notice templates (templates/penalty/*.docx) with python-docx.

Run from the repository root: `.venv/bin/python templates/build_penalty_templates.py`.
The pre-penalty notice states the 19 CFR 162.77(b) elements in the order of the rule; the penalty
notice issued without one (claim, CBP Form 5955A; 162.79a) the same facts, the petition rights and,
for an actual loss
of duties, the 1592(d) demand with its computation per entry.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tradebots.documents.layout import (
    Doc,
    close_letter,
    open_letter,
    para,
    save_templates,
    table,
    tag,
)

HERE = Path(__file__).resolve().parent
TITLES = {
    "pre_penalty": "Pre-penalty notice (19 CFR 162.77)",
    "penalty": "Notice of penalty and demand for payment (CBP Form 5955A)",
    "penalty_after_response": "Notice of penalty after the pre-penalty notice (CBP Form 5955A)",
}
ENTRY_TABLE = (
    ("Entry No.", "Entry date", "Status", "Entered value", "Duty paid", "Duty owed",
     "Loss of duties"),
    "for e in entries",
    ("{{ e.number }}", "{{ e.entry_date }}", "{{ e.status }}", "{{ e.entered_value }}",
     "{{ e.duty_paid }}", "{{ e.duty_owed }}", "{{ e.loss }}"),
    (1.2, 0.9, 1.0, 0.9, 0.85, 0.8, 0.85),
)
FIGURE_TABLE = (
    ("Figure", "Amount", "How it is computed"),
    "for f in figures",
    ("{{ f.label }}", "{{ f.amount }}", "{{ f.basis }}"),
    (1.4, 1.1, 4.0),
)


def _letter(subject: str) -> Doc:
    return open_letter(subject, "Case No. {{ case_number }}")


def _heading(doc: Doc, text: str) -> None:
    para(doc, (text, "b"), after=3, keep_with_next=True)


def _description(doc: Doc) -> None:
    _heading(doc, "1. Description of the merchandise")
    para(doc, "{{ merchandise }}", align="justify")
    _heading(doc, "2. Details of the entry or introduction")
    para(doc, "The merchandise was entered or introduced on the following entries (loss of duties "
         "per entry: duty owed minus duty paid, never below zero; 19 CFR 162.71(a)):",
         align="justify", keep_with_next=True)
    table(doc, *ENTRY_TABLE)


def _laws_facts_culpability(doc: Doc) -> None:
    _heading(doc, "3. Laws and regulations violated")
    tag(doc, "for law in laws")
    para(doc, "{{ law }}", align="justify", after=2)
    tag(doc, "endfor")
    _heading(doc, "4. Material facts")
    para(doc, "The violation occurred on {{ violation_date }}. {{ material_facts }}",
         align="justify")
    _heading(doc, "5. Degree of culpability")
    para(doc, "The violation is believed to have resulted from {{ culpability }} "
         "({{ culpability_citation }}).", align="justify")


def _limitations(doc: Doc) -> None:
    para(doc, "The limitations date of this case is {{ limitations_date }}: five years after the "
         "date of the violation, {{ violation_date }} (19 U.S.C. 1621).", align="justify")
    tag(doc, "if waiver_requested")
    para(doc, "Because less than one year remains before that date, you are asked to waive the "
         "statute of limitations (19 U.S.C. 1621) for this case in writing, so that the matter can "
         "be decided on its merits.", align="justify")
    tag(doc, "endif")


def _disclosure(doc: Doc) -> None:
    tag(doc, "if prior_disclosure")
    para(doc, "Because you made a valid prior disclosure of the violation (19 CFR 162.74), the "
         "penalty may not exceed the amount stated by 19 U.S.C. 1592(c)(4), and it is that amount "
         "that is stated here.", align="justify")
    tag(doc, "endif")


def _close(doc: Doc) -> None:
    close_letter(doc, "Please quote the case number above in any correspondence about this case.",
                 "Case No. {{ case_number }}")


def _demand(doc: Doc, number: str) -> None:
    tag(doc, "if demand")
    _heading(doc, f"{number}. Demand for the actual loss of duties")
    para(doc, "Under 19 U.S.C. 1592(d) and 19 CFR 162.79b, payment of the actual loss of duties "
         "of {{ demand_total }} is demanded, payable within 30 days from the date of this "
         "notice, whether or not a penalty is finally imposed. It is computed per entry:",
         align="justify", keep_with_next=True)
    table(doc, ("Entry No.", "Computation", "Actual loss of duties"), "for d in demand_entries",
          ("{{ d.number }}", "{{ d.computation }}", "{{ d.loss }}"), (1.6, 3.3, 1.6))
    tag(doc, "endif")


def pre_penalty() -> Doc:
    """19 U.S.C. 1592(b)(1); 19 CFR 162.77: the seven elements, in order."""
    doc = _letter("Pre-penalty notice under 19 U.S.C. 1592")
    para(doc, "U.S. Customs and Border Protection (CBP) is contemplating the issuance of a claim "
         "for a monetary penalty against you under 19 U.S.C. 1592. This notice is given under "
         "19 U.S.C. 1592(b)(1) and 19 CFR 162.77.", align="justify")
    _description(doc)
    _laws_facts_culpability(doc)
    _heading(doc, "6. Estimated loss of duties and proposed penalty")
    para(doc, "The estimated loss of duties is {{ loss_total }} ({{ loss_actual }} actual, on "
         "liquidated entries, and {{ loss_potential }} potential). CBP proposes a penalty of "
         "{{ proposed_penalty }}, computed as follows:", align="justify", keep_with_next=True)
    table(doc, *FIGURE_TABLE)
    _disclosure(doc)
    tag(doc, "if demand")
    para(doc, "In addition, the actual loss of duties of {{ demand_total }} will be demanded under "
         "19 U.S.C. 1592(d) and 19 CFR 162.79b, whatever the amount of any penalty.",
         align="justify")
    tag(doc, "endif")
    _heading(doc, "7. Your right to make representations")
    tag(doc, "if period_shortened")
    para(doc, "You have the right to make oral and written representations to this office on why "
         "a claim for a monetary penalty should not be issued, in the amount stated or at all. "
         "Because less than one year remains before the limitations date, the period is "
         "shortened: your representations must be received within 7 business days from the date "
         "this notice is mailed ({{ period_citation }}).", align="justify")
    tag(doc, "else")
    para(doc, "You have the right to make oral and written representations to this office on why "
         "a claim for a monetary penalty should not be issued, in the amount stated or at all, "
         "within 30 days from the date this notice is mailed ({{ period_citation }}).",
         align="justify")
    tag(doc, "endif")
    _limitations(doc)
    para(doc, "If you make no representations within that period, or if they do not show that no "
         "claim should be issued, CBP will issue a penalty notice (19 CFR 162.79).",
         align="justify")
    _close(doc)
    return doc


def penalty() -> Doc:
    """19 CFR 162.79a (CBP Form 5955A), issued with no pre-penalty notice: the 162.77(b)(1) facts,
    the claim, petition rights and the 1592(d) demand."""
    doc = _letter("Notice of penalty and demand for payment (CBP Form 5955A)")
    para(doc, "A claim for a monetary penalty of {{ proposed_penalty }} is made against you under "
         "19 U.S.C. 1592 for the violation described below. No pre-penalty notice was issued "
         "because {{ no_pre_penalty_reason }} (19 CFR 162.77(c)); this notice therefore states "
         "every element of 19 CFR 162.77(b)(1) (19 CFR 162.79a).", align="justify")
    _description(doc)
    _laws_facts_culpability(doc)
    _heading(doc, "6. Amount of the penalty")
    para(doc, "The loss of duties is {{ loss_total }} ({{ loss_actual }} actual and "
         "{{ loss_potential }} potential). The penalty claimed is {{ proposed_penalty }}, "
         "computed as follows:", align="justify", keep_with_next=True)
    table(doc, *FIGURE_TABLE)
    _disclosure(doc)
    _heading(doc, "7. Your right to petition")
    tag(doc, "if period_shortened")
    para(doc, "You may petition for the remission or mitigation of this penalty under "
         "19 U.S.C. 1618 and 19 CFR Part 171. Because fewer than 180 days remain before the "
         "limitations date, the petition must be filed within 7 working days from the date this "
         "notice is mailed ({{ period_citation }}).", align="justify")
    tag(doc, "else")
    para(doc, "You may petition for the remission or mitigation of this penalty under "
         "19 U.S.C. 1618 and 19 CFR Part 171. The petition must be filed within 60 days from "
         "the date this notice is mailed ({{ period_citation }}).", align="justify")
    tag(doc, "endif")
    para(doc, "Address the petition to the Fines, Penalties and Forfeitures Officer at the address "
         "above (19 CFR 171.2). If no petition is filed and the penalty is not paid, the matter "
         "may be referred for collection or suit (19 U.S.C. 1592(e)).", align="justify")
    _limitations(doc)
    _demand(doc, "8")
    _close(doc)
    return doc


# -- The penalty notice after a pre-penalty notice and its response period (19 CFR 162.79) --------

def _petition(doc: Doc, number: str) -> None:
    _heading(doc, f"{number}. Your right to petition")
    para(doc, "You may petition for the remission or mitigation of this penalty under "
         "19 U.S.C. 1618 and 19 CFR Part 171. The petition must be filed within "
         "{% if period_shortened %}7 working days, because fewer than 180 days remain before the "
         "limitations date,{% else %}60 days{% endif %} from the date this notice is mailed, "
         "that is by {{ petition_due }} ({{ period_citation }}).", align="justify")
    para(doc, "Address the petition to the Fines, Penalties and Forfeitures Officer at the address "
         "above (19 CFR 171.2). If no petition is filed and the penalty is not paid, the matter "
         "may be referred for collection or suit (19 U.S.C. 1592(e)).", align="justify")


def penalty_after_response() -> Doc:
    """19 CFR 162.79 (CBP Form 5955A) after a pre-penalty notice: final culpability and amounts,
    the changes from the pre-penalty notice and why, petition rights, the 1592(d) demand."""
    doc = _letter("Notice of penalty and demand for payment (CBP Form 5955A)")
    para(doc, "On {{ pre_penalty_date }} U.S. Customs and Border Protection (CBP) issued you a "
         "pre-penalty notice in this case under 19 U.S.C. 1592(b)(1) and 19 CFR 162.77. "
         "{{ response }} CBP has determined that a violation of 19 U.S.C. 1592 occurred, and a "
         "claim for a monetary penalty of {{ proposed_penalty }} is made against you "
         "(19 U.S.C. 1592(b)(2); 19 CFR 162.79).", align="justify")
    _heading(doc, "1. Changes from the pre-penalty notice")
    tag(doc, "if changes")
    para(doc, "This notice differs from the pre-penalty notice as follows:", align="justify",
         keep_with_next=True)
    table(doc, ("What", "Pre-penalty notice", "This notice"), "for c in changes",
          ("{{ c.what }}", "{{ c.before }}", "{{ c.after }}"), (2.2, 2.1, 2.1))
    para(doc, "The reasons for the changes: {{ changes_reason }}", align="justify")
    tag(doc, "else")
    para(doc, "The culpability and the amounts are those stated in the pre-penalty notice; "
         "nothing has changed them.", align="justify")
    tag(doc, "endif")
    _heading(doc, "2. Final determination")
    para(doc, "The violation concerns {{ merchandise }}, entered or introduced on entries "
         "{{ entry_numbers }}, on or about {{ violation_date }}. It resulted from "
         "{{ culpability }} ({{ culpability_citation }}).", align="justify")
    para(doc, "The loss of duties is {{ loss_total }} ({{ loss_actual }} actual and "
         "{{ loss_potential }} potential). The penalty claimed is {{ proposed_penalty }}, "
         "computed as follows:", align="justify", keep_with_next=True)
    table(doc, *FIGURE_TABLE)
    _petition(doc, "3")
    _limitations(doc)
    _demand(doc, "4")
    _close(doc)
    return doc


def main(out_dir: Path = HERE / "penalty") -> list[Path]:
    """Write every penalty template into out_dir and return their paths."""
    return save_templates(out_dir, (pre_penalty, penalty, penalty_after_response), TITLES)


if __name__ == "__main__":
    for written_path in main(*map(Path, sys.argv[1:2])):
        sys.stdout.write(f"{written_path}\n")
