"""Page furniture: a running footer or header that numbers the page ("Coastwise trade ruling
request  Page 1 of 1", "- 2 -", "Page 3") belongs to no part of the letter.

Left in, a footer under the signature block reads as the signer's organisation and sets the
requester in doubt; it names no party and states nothing the rules weigh.
"""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import Paragraph

# One line that ends with the page's number: "... Page 1 of 2", "Page 3", "- 2 -". A bare
# number stays: it may be a worksheet's value ("Number of items" | "6").
_PAGE_NUMBER = re.compile(r"(?:[^\n]{0,80}?\s)?(?:(?:page|pg\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
                          r"|[-\u2013]\s*\d{1,3}\s*[-\u2013])"
                          # a typesetter's "1/1", "2/3" footer, alone on its line
                          r"|\d{1,3}\s*/\s*\d{1,3}", re.I)


def without_furniture(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS less the one-line paragraphs that only number the page."""
    return [p for p in items if len(p.segments) > 1 or not _PAGE_NUMBER.fullmatch(p.text.strip())]
