"""Build the protest letter templates (templates/protest/*.docx) with python-docx.

Run from the repository root: `.venv/bin/python templates/build_templates.py`. The .docx files are
committed too; rebuild them after changing this script, which changes their template version.
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
    "acknowledgment": "Acknowledgment of protest",
    "deficiency": "Deficient protest",
    "untimely_premature": "Notice of denial of protest",
}

ENTRY_TABLE = (
    ("Entry No.", "Entry date", "Liquidation or decision date", "Last day to protest"),
    "for e in entries",
    ("{{ e.number }}", "{{ e.entry_date }}", "{{ e.liquidation_date }}", "{{ e.last_day }}"),
    (1.6, 1.2, 1.9, 1.6),
)


def _letter(subject: str) -> Doc:
    return open_letter(subject, "Protest No. {{ protest_number }}")


def _close(doc: Doc) -> None:
    close_letter(doc, "Please quote the protest number above in any correspondence about this "
                 "protest.", "Protest No. {{ protest_number }}")


def acknowledgment() -> Doc:
    """Timely and complete protest: receipt, entries, the decision clocks or the deemed denial."""
    doc = _letter("{{ notice_title }}")
    para(
        doc,
        "U.S. Customs and Border Protection (CBP) received the protest referenced above on "
        "{{ received_date }}. The protest was filed under 19 U.S.C. 1514 against the "
        "{{ category_label }} for the entries listed below. It was filed within the period "
        "allowed by 19 U.S.C. 1514(c)(3) and 19 CFR 174.12 and contains the information "
        "required by 19 CFR 174.13(a).",
        align="justify",
    )
    table(doc, *ENTRY_TABLE)
    tag(doc, "if exclusion_deemed_denied")
    para(
        doc,
        "Because the protest concerns the exclusion of merchandise from entry or delivery and "
        "was not allowed or denied within 30 days from the date it was filed, it was deemed "
        "denied on {{ exclusion_due }} (19 CFR 174.21(b)).",
        align="justify",
    )
    _court(doc, "within 180 days after the date of the deemed denial, that is, on or before "
                "{{ court_by }} (28 U.S.C. 2636(a); 19 CFR 174.31(c))")
    tag(doc, "else")
    para(
        doc,
        "Under 19 CFR 174.21(a), CBP will review the protest and allow or deny it, in whole or "
        "in part, within two years from the date it was filed, that is, on or before "
        "{{ decision_due }}.",
        align="justify",
    )
    tag(doc, "if exclusion")
    para(
        doc,
        "Because the protest concerns the exclusion of merchandise from entry or delivery, it "
        "will be deemed denied if it is not allowed or denied within 30 days from the date it "
        "was filed, that is, by {{ exclusion_due }} (19 CFR 174.21(b)).",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "if accelerated_electronic")
    para(
        doc,
        "The protest was filed electronically and indicates a request for accelerated "
        "disposition. Under 19 CFR 174.22, accelerated disposition must be requested in writing "
        "by certified or registered mail; it cannot be requested through the electronic protest "
        "module. The indication therefore does not start the 30-day period of 19 CFR 174.22.",
        align="justify",
    )
    tag(doc, "elif accelerated_requested")
    para(
        doc,
        "You requested accelerated disposition of the protest by certified or registered mail "
        "(19 CFR 174.22). If CBP does not allow or deny the protest within 30 days from the date "
        "the request was mailed, the protest is deemed denied on the 30th day. The protest can "
        "no longer be amended (19 CFR 174.14).",
        align="justify",
    )
    tag(doc, "else")
    para(
        doc,
        "You may request accelerated disposition of the protest under 19 CFR 174.22 in writing, "
        "by certified or registered mail; it cannot be requested through the electronic protest "
        "module. A protest for which accelerated disposition is requested is deemed denied if "
        "it is not allowed or denied within 30 days from the date the request was mailed.",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "if further_review_requested")
    para(
        doc,
        "The application for further review filed with the protest will be handled under "
        "19 CFR 174.24 through 174.26.",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "endif")
    _close(doc)
    return doc


def deficiency() -> Doc:
    """Protest lacking 174.13(a) items: each item, its citation, what to send; 174.14 window."""
    doc = _letter("Deficient protest")
    para(
        doc,
        "U.S. Customs and Border Protection (CBP) received the protest referenced above on "
        "{{ received_date }}. A protest must contain the information listed in 19 CFR 174.13(a). "
        "The protest does not contain the following:",
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
    tag(doc, "if accelerated_requested")
    para(
        doc,
        "Because accelerated disposition of the protest was requested (19 CFR 174.22), the "
        "protest can no longer be amended (19 CFR 174.14).",
        align="justify",
    )
    tag(doc, "elif amendment_open and amend_by")
    para(
        doc,
        "Under 19 CFR 174.14, you may amend the protest to supply this information at any time "
        "before the 180-day period for filing a protest ends. For the entries covered by this "
        "protest that period ends on {{ amend_by }}. Please send the amendment to this office.",
        align="justify",
    )
    tag(doc, "elif amendment_open")
    para(
        doc,
        "Under 19 CFR 174.14, you may amend the protest to supply this information at any time "
        "before the 180-day period for filing a protest ends. Please send the amendment to this "
        "office.",
        align="justify",
    )
    tag(doc, "else")
    para(
        doc,
        "The period for filing a protest on these entries ended on {{ amend_by }}. The protest "
        "can no longer be amended to supply this information (19 CFR 174.14); only new grounds "
        "in support of objections already made may still be presented (19 CFR 174.28).",
        align="justify",
    )
    tag(doc, "endif")
    tag(doc, "if entries")
    para(doc, "The protest lists the following entries:", keep_with_next=True)
    table(doc, *ENTRY_TABLE)
    tag(doc, "endif")
    _close(doc)
    return doc


def untimely_premature() -> Doc:
    """Notice of denial of a protest filed after its period (untimely) or before liquidation
    (premature): the reason and the right to contest the denial in court (19 CFR 174.30(a))."""
    doc = _letter("Notice of denial of protest")
    para(
        doc,
        "U.S. Customs and Border Protection (CBP) received the protest referenced above on "
        "{{ received_date }}. The protest is denied in full. This is the notice of denial "
        "required by 19 CFR 174.30(a).",
        align="justify",
    )
    para(doc, ("Reason for the denial", "b"), after=3, keep_with_next=True)
    tag(doc, "if premature")
    para(
        doc,
        "Under 19 U.S.C. 1514(c)(3) and 19 CFR 174.12, a protest must be filed within 180 days "
        "after, and not before, the date of liquidation or reliquidation or, where there is no "
        "liquidation, the date of the decision protested. When the protest was received, the "
        "entries listed below had not been liquidated. The protest was filed prematurely and "
        "is denied for that reason.",
        align="justify",
    )
    tag(doc, "else")
    para(
        doc,
        "Under 19 U.S.C. 1514(c)(3) and 19 CFR 174.12, a protest must be filed within 180 days "
        "after the date of liquidation or reliquidation or, where there is no liquidation, the "
        "date of the decision protested (90 days for entries made before December 18, 2004, "
        "19 CFR 174.12(e)). A protest is filed on the date CBP receives it (19 CFR 174.12(f)). "
        "The period for each entry listed below ended before the protest was received. The "
        "protest is untimely and is denied for that reason.",
        align="justify",
    )
    tag(doc, "endif")
    table(doc, *ENTRY_TABLE)
    para(
        doc,
        "This notice does not address the merits of the objections raised in the protest.",
        align="justify",
    )
    tag(doc, "if premature")
    para(
        doc,
        "You may file a new protest after the entries are liquidated, within 180 days after "
        "the date of liquidation (19 U.S.C. 1514(c)(3); 19 CFR 174.12).",
        align="justify",
    )
    tag(doc, "endif")
    _court(doc, "within 180 days after the date this notice is mailed (28 U.S.C. 2636(a); "
                "19 CFR 174.31(a))")
    _close(doc)
    return doc


def _court(doc: Doc, when: str) -> None:
    """174.30(a): every denial tells the protestant how, and by when, to contest it."""
    para(doc, ("Right to contest the denial", "b"), after=3, keep_with_next=True)
    para(
        doc,
        "You may contest the denial of this protest by filing a civil action in the United "
        f"States Court of International Trade under 28 U.S.C. 1581(a) and 2632, {when}.",
        align="justify",
    )


def main(out_dir: Path = HERE / "protest") -> list[Path]:
    """Write every protest template into out_dir and return their paths."""
    return save_templates(out_dir, (acknowledgment, deficiency, untimely_premature), TITLES)


if __name__ == "__main__":
    for written_path in main(*map(Path, sys.argv[1:2])):
        sys.stdout.write(f"{written_path}\n")
