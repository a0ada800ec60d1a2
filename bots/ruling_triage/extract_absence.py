"""The ruling reader's data for the shared absence rule (bots/common/reading/unplaced): which
177.2(b) elements text it did not place could hold, and the headings it reads under."""

from __future__ import annotations

import re

from bots.common.reading.unplaced import LETTER_SECTIONS, Element
from bots.ruling_triage.captions import is_box_caption, is_caption
from bots.ruling_triage.extract_request_captions import CAPTIONS
from bots.ruling_triage.extract_statements import asks_pending
from bots.ruling_triage.extract_text import asks
from bots.ruling_triage.field_labels import STOP
from bots.ruling_triage.rules._common import UNSURE_REQUESTER

# The requester, the facts of the goods and the transaction, and the reasons for the result
# asked: a sender may set each out under any heading of its own.
ELEMENTS = (
    # who asks, and where it is: a data sheet's own "Importer" and "Importer address" rows
    Element(UNSURE_REQUESTER, ("requester_name", "requester_address")),
    Element("177.2(b)(2)", ("transaction_description", "product_description", "principal_use",
                            "component_materials")),
    Element("177.2(b)(6)", ("result_basis_given",)),
)
# Pages set aside from the letter that are part of what it gives: a data sheet it encloses.
ATTACHED = ("specification sheet",)
# Sections whose sentences the reader reads for the statements 177.2(b) asks (basis, pending
# matters, samples, confidentiality).
# (It reads a basis from a sentence's words, not under a caption: "Basis:" is not its own.)
_OWN_SECTIONS = re.compile(r"(?i)(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s+)?(?:samples?"
                           r"|confidential(?:ity)?|samples?\s+and\s+confidential(?:ity|\s+treatment)"
                           r"|pending\s+(?:matters|proceedings|issues)|other\s+proceedings"
                           # a letter's own sections, read as prose: "THE QUESTION", "THE FACTS",
                           # "OUR QUESTIONS", "THE PRODUCT", and who asks: "WHO WE ARE"
                           r"|the\s+(?:question|facts)|(?:the|our)\s+(?:questions?|products?|goods"
                           r"|merchandise)|who\s+we\s+are"
                           # the questions put, numbered under it ("Questions" / "Q1. ...": a
                           # summary's one "Question" row is read only where it names the kind),
                           # and the goods' facts set out under their own captions ("Product
                           # specifications:" / "Principal use: ...")
                           r"|questions(?:\s+(?:presented|asked|raised))?"
                           r"|(?:(?:product|technical|article)\s+)?(?:specifications?|particulars)"
                           # the list of the items (the item readers count its lines), and how
                           # the goods are made: a fact of them, never the basis of the result
                           r"|(?:items|models|styles|variants)(?:\s+covered)?"
                           r"|(?:manufactur(?:e|ing)|production|processing)(?:\s+process)?)\s*:?")


# A goods table's column headers the column readers read under (materials, the tariff number,
# the part's code), and a "Schedule A" that heads the table of the goods the letter points to.
_TABLE_HEADS = re.compile(r"(?i)\s*(?:(?:component\s+)?materials?|composition|HTS(?:US|A)?"
                          r"|(?:proposed\s+)?(?:HTS(?:US)?|tariff)\s+(?:no\.?|number|code)"
                          r"|(?:part|model|style)\s+(?:no\.?|number|#)|schedule\s+[A-Z0-9])\s*")


def known_heading(text: str) -> bool:
    """Whether the reader reads what stands under TEXT: a caption or a section it knows."""
    return (is_caption(text) or is_box_caption(text) or STOP.match(text) is not None
            or LETTER_SECTIONS.fullmatch(text) is not None
            or _OWN_SECTIONS.fullmatch(text) is not None
            or _TABLE_HEADS.fullmatch(text) is not None
            # an interview's question about pending matters: its answer is read as a statement
            or (asks(text) and asks_pending(text))
            or any(caption.fullmatch(text) for caption in CAPTIONS))
