"""Terms of sale stated in prose: an Incoterm (ICC Incoterms 2020, and the older FAS/ex-works
wordings) with the sale or price, an Incoterm before its named place, or the payment terms."""

from __future__ import annotations

import re

# A full stop inside the sentence ("Harbin Export Co., a company ...", "U.S. buyer") ends nothing.
_TERMS = re.compile(r"\b(?:sold|purchased|bought|priced|invoiced|sells?|buys?)\b"
                    r"(?:[^.]|\.(?-i:(?=[ \t\n]*[a-z,;]|[A-Z]\.)))*?\b(?:FOB|CIF|"
                    r"CFR|FCA|EXW|DDP|DAP|DPU|CPT|CIP|FAS|ex[- ]works|delivered)\b"
                    r"|\bterms\s+of\s+(?:sale|payment)\b|\bpayment\s+(?:is\s+)?due\b|\bIncoterms?\b"
                    # "Terms: FOB port of export": a term of sale labelled, or named by its place.
                    r"|\bterms\s*:\s*(?:FOB|CIF|CFR|FCA|EXW|DDP|DAP|DPU|CPT|CIP|FAS|ex[- ]works)\b"
                    r"|\b(?:FOB|FCA|FAS)\s+(?:the\s+)?(?:port|place)\s+of\s+(?:export|shipment|"
                    r"loading|lading)\b"
                    # "sales are on FOB terms at the port of export", "priced on a CIF basis"
                    r"|\bon\s+(?:an?\s+)?(?:FOB|CIF|CFR|FCA|EXW|DDP|DAP|DPU|CPT|CIP|FAS"
                    r"|ex[- ]works)\s+(?:terms|basis)\b"
                    # An Incoterm before a place ("FOB Yokohama"); CFR also names the regulations.
                    r"|(?-i:\b(?:FOB|CIF|FCA|EXW|DDP|DAP|CPT|CIP|FAS)\s+(?:port\s+of\s+)?[A-Z][a-z])",
                    re.I)


def terms_of_sale(text: str) -> re.Match[str] | None:
    """The first statement of the terms of sale in `text`, or None."""
    return _TERMS.search(text)
