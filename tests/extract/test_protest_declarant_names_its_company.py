"""A sworn declaration in support of a protest opens with its declarant: "I, Ann Lee, am the
Director of Import Operations of Acme Inc. (the Protestant), whose address is ...". The firm
whose officer the declarant is, not the declarant's sentence, is the protesting party
(19 CFR 174.13(a)(1)); a firm's name may itself hold "and" before its legal form."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_OPENINGS = [
    ("1. I, Leopold A. Dufresne, am the Director of Import Operations of {firm} (the",
     "Protestant), whose address is 1480 Mill Pond Avenue, Fall River, MA 02720. I make this"),
    ("1. I, Priya N. Raghunathan, am the Chief Financial Officer of {firm} (the Protestant),",
     "whose address is 1480 Mill Pond Avenue, Fall River, MA 02720. I make this declaration"),
    ("1. I, Dana Whitlock, am the Customs Compliance Manager of {firm}, the protestant,",
     "whose address is 1480 Mill Pond Avenue, Fall River, MA 02720. I make this"),
    # The declarant named in the line before ("I, Ann Lee, declare as follows:"), the office and
    # the firm in the first paragraph, the firm a defined term (the fifty-ninth hand, held out).
    ("1. I am the Chief Financial Officer of {firm} (\"Protestant\"), whose address is",
     "1480 Mill Pond Avenue, Fall River, MA 02720. I have personal knowledge and make this"),
    ("1. I am the Director of Trade Compliance of {firm} (\"Protestant\"), whose address",
     "is 1480 Mill Pond Avenue, Fall River, MA 02720. I have personal knowledge and make this"),
    ("1. I am the General Counsel of {firm} (\"Protestant\"), whose address is 1480 Mill",
     "Pond Avenue, Fall River, MA 02720. I have personal knowledge of the facts and make this"),
]
_FIRMS = ["Oriel Bay Textiles Corp.", "Lanternfly Toys and Games LLC"]


def _declaration(path: Path, first: str, second: str, firm: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Times-Roman", 11)
    y = 760
    for line in ("DECLARATION IN SUPPORT OF PROTEST",
                 "Before U.S. Customs and Border Protection, Port of Seattle (port code 3002)",
                 first.format(firm=firm), second,
                 "on personal knowledge and the records of the Protestant.",
                 "2. The Protestant is the importer of record. Its importer number is 16-9143026.",
                 "3. This protest covers Entry No. ABC-3041453-8, entered on 11 March 2024 and",
                 "liquidated on 21 January 2025.",
                 "4. Merchandise: LED under-cabinet light bars with plug-in transformers.",
                 "5. The Protestant protests the classification of the merchandise under a heading",
                 "whose terms do not describe it; GRI 1 places it in another heading.",
                 "6. The entries are not the subject of drawback.",
                 "I declare under penalty of perjury that the foregoing is true and correct.",
                 "Executed at Fall River on the 13th day of June, 2025."):
        canvas.drawString(72, y, line)
        y -= 16
    canvas.save()
    return path


@pytest.mark.parametrize("firm", _FIRMS)
@pytest.mark.parametrize(("first", "second"), _OPENINGS)
def test_the_declarants_firm_is_the_protesting_party(tmp_path: Path, first: str, second: str,
                                                      firm: str) -> None:
    # Before: no party was read (or the declarant's whole sentence was), and a person was asked.
    facts = extract_protest(_declaration(tmp_path / "d.pdf", first, second, firm)).facts
    assert facts.protestant_name == firm
