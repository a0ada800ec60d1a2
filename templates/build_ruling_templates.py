"""Build the ruling-request letter templates (templates/ruling/*.docx) with python-docx.

Run from the repository root: `.venv/bin/python templates/build_ruling_templates.py`. The .docx
files are committed too; rebuild them after changing this script (their template version changes).
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
    "acknowledgment": "Acknowledgment of ruling request",
    "deficiency": "Incomplete ruling request",
    "no_ruling": "No ruling will be issued",
}
# A ruling office, not a port, heads these letters and signs them; a request names no entries.
RULINGS_OFFICE = ("{{ office.division }}", "{{ office.name }}")


def _letter(subject: str) -> Doc:
    return open_letter(subject, "Control No. {{ control_number }}", office_lines=RULINGS_OFFICE,
                       care_of=True, entries=False)


def _received(doc: Doc) -> None:
    para(
        doc,
        "U.S. Customs and Border Protection (CBP) received on {{ received_date }} your request "
        "for a binding ruling under 19 CFR Part 177 on the {{ subject_label }} of the following "
        "merchandise: {{ product }}.",
        align="justify",
    )


def _close(doc: Doc) -> None:
    close_letter(doc, "Please quote the control number above in any correspondence about this "
                 "request.", "Ruling request {{ control_number }}", port=False)


def acknowledgment() -> Doc:
    """Complete request: control number, the office that rules, the target date."""
    doc = _letter("Acknowledgment of ruling request")
    _received(doc)
    para(
        doc,
        "The request contains the information required by 19 CFR 177.2. It has been given "
        "control number {{ control_number }} and referred to the {{ route_label }}.",
        align="justify",
    )
    tag(doc, "if proposed_hts")
    para(doc, "You proposed classification in {{ proposed_hts }}, HTSUS.", align="justify")
    tag(doc, "endif")
    tag(doc, "if has_target")
    para(
        doc,
        "The National Commodity Specialist Division generally issues rulings within 30 calendar "
        "days of receipt. The target date for this request is {{ target_date }}. If more "
        "information is needed, we will ask for it and the target date will move accordingly.",
        align="justify",
    )
    tag(doc, "else")
    para(
        doc,
        "Headquarters will issue its ruling as soon as the review of the request allows; there "
        "is no fixed target date. We will write to you if more information is needed.",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "if confidential_requested")
    para(
        doc,
        "We have noted your request under 19 CFR 177.2(b)(7) that identified information be "
        "treated as confidential. It will be handled as the regulation provides.",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "if sample_provided")
    para(doc, "The samples or photographs you provided have been received with the request.",
         align="justify")
    tag(doc, "endif")
    _close(doc)
    return doc


def deficiency() -> Doc:
    """Incomplete request: each missing 177.2 element with its citation; 177.3 cure period."""
    doc = _letter("Incomplete ruling request")
    _received(doc)
    para(
        doc,
        "A ruling request must contain the information listed in 19 CFR 177.2. The request "
        "does not contain, or is deficient in, the following:",
        align="justify",
        keep_with_next=True,
    )
    table(
        doc,
        ("Citation", "Missing information", "What to provide"),
        "for d in deficiencies",
        ("{{ d.citation }}", "{{ d.item }}", "{{ d.needed }}"),
        (1.45, 2.1, 2.95),
    )
    para(
        doc,
        "Under 19 CFR 177.3, you may supply this information within 30 days from the date of "
        "this letter, that is, on or before {{ cure_by }}. Please send it to this office with "
        "the control number above. If it is not received by then, the request will be closed "
        "administratively without a ruling; you may submit a new, complete request at any time.",
        align="justify",
    )
    _close(doc)
    return doc


def no_ruling() -> Doc:
    """Request that cannot be ruled on: the 177.7 or 177.1 ground and the route that remains."""
    doc = _letter("Ruling request: no ruling will be issued")
    _received(doc)
    para(doc, "CBP will not issue a ruling on this request, for the following reason(s):",
         align="justify", keep_with_next=True)
    table(doc, ("Citation", "Ground"), "for g in grounds", ("{{ g.citation }}", "{{ g.text }}"),
          (1.9, 4.6))
    tag(doc, "if protest_route")
    para(
        doc,
        "A binding ruling is given only on prospective transactions (19 CFR 177.1(a)). Where "
        "the merchandise has been entered and the entry liquidated, the decision may be "
        "challenged instead by a protest under 19 U.S.C. 1514 and 19 CFR Part 174, filed with "
        "the port of entry within 180 days after the date of liquidation.",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "if internal_advice_route")
    para(
        doc,
        "Questions about a current transaction are decided by the port where the merchandise "
        "is or was entered. You may ask that port to request internal advice from Headquarters "
        "under 19 CFR 177.11.",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "if also_missing")
    para(doc, "The request also lacks the following information required by 19 CFR 177.2:",
         keep_with_next=True)
    table(doc, ("Citation", "Missing information"), "for m in also_missing",
          ("{{ m.citation }}", "{{ m.item }}"), (1.9, 4.6))
    tag(doc, "endif")
    para(doc, "This letter does not address the merits of the question asked.", align="justify")
    _close(doc)
    return doc


def main(out_dir: Path = HERE / "ruling") -> list[Path]:
    """Write every ruling template into out_dir and return their paths."""
    return save_templates(out_dir, (acknowledgment, deficiency, no_ruling), TITLES)


if __name__ == "__main__":
    for written_path in main(*map(Path, sys.argv[1:2])):
        sys.stdout.write(f"{written_path}\n")
