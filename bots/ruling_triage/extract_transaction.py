"""The transaction a ruling request is about: whether it is prospective, and its entries' dates,
numbers and liquidation."""

from __future__ import annotations

import re

from bots.common.reading.pending_sense import asserted
from bots.common.reading.sentences import sentence_spans
from bots.ruling_triage.extract_request_captions import LABELS
from bots.ruling_triage.extract_text import LABELLED, PROSE, Fields, Paragraph, Span, labelled
from bots.ruling_triage.field_labels import STOP
from tradebots.pdf import find_dates

_TRANSACTION = re.compile(r"\b(?:intends?|plans?|proposes?|expects?)\s+to\s+(?:import|purchase|buy|"
                          r"charter|use|operate|enter|transport)|\bimported\s+the\b|"
                          r"\bwill\s+(?:import|purchase|buy|be\s+(?:entered|imported))\b|"
                          # "which we will begin importing from X", "will start buying from X"
                          r"\bwill\s+(?:begin|start|commence)\s+(?:import|purchas|buy)ing\b|"
                          # a prospective importation stated as planned or not yet made
                          r"\b(?:importation|shipment|entry)\s+is\s+(?:planned|scheduled|expected)|"
                          r"\bfirst\s+(?:shipment\s+)?is\s+(?:planned|scheduled|expected)|"
                          r"\b(?:concerns|covers|for)\s+future\s+(?:importations?|imports|"
                          r"shipments|entries)\b|"
                          r"\bha(?:ve|s)\s+not\s+yet\s+been\s+(?:imported|entered|shipped)|"
                          # a prospective importation stated by where or how the goods come in
                          # (177.2(b)(2)(i)'s own example of a transaction): "will be entered at
                          # Boston", "import through Savannah", "shipments clear customs at Seattle"
                          r"\b(?:are|is)\s+to\s+be\s+(?:entered|imported|shipped)\b|"
                          # or told of the goods in an aside: "The article is X, to be imported
                          # in commercial quantities from our supplier abroad."
                          r",\s+to\s+be\s+(?:imported|entered|bought|purchased)\b|"
                          r"\bwill\s+(?:arrive|land|clear|ship|sail|be\s+(?:shipped|landed|"
                          r"cleared|brought\s+in))\b|\bclears?\s+customs\b|"
                          r"\bimport\w*\s+(?:\w+\s+){0,3}(?:through|at|via|into)\b|"
                          r"\b(?:entry|importation)\s+(?:will\s+be\s+(?:made|filed)|is\s+(?:expected|"
                          r"planned))\s+(?:at|through|in|via)\b|"
                          # the sale for export, a valuation's transaction: "bought FOB Ningbo
                          # from an unrelated seller under a written supply contract"
                          r"\b(?:sold|bought|purchased)\b[^.;]{0,80}?\bunder\s+(?:a|an|the|its)\s+"
                          r"(?:[\w-]+\s+){0,3}(?:agreement|contract)\b", re.I)
_ENTERED = re.compile(r"(?:were|was)\s+entered\s+on\s+", re.I)
# "entry number ABC-1234567-8", or the word alone before a number in the entry's own hyphenated
# form ("were entered under entry D47-7393714-7").
_ENTRY_NO = re.compile(r"entry\s+(?:(?:number|no\.?)\s+(?P<n>[A-Z0-9]{3}-?\d{7}-?\d)|"
                       r"(?P<h>[A-Z0-9]{3}-\d{7}-\d)\b)", re.I)
_LIQUIDATED = re.compile(r"(?<!not\s)liquidated\s+on\s+", re.I)
_UNLIQUIDATED = re.compile(r"not\s+(?:yet\s+)?(?:been\s+)?liquidated|\bunliquidated\b", re.I)
_ALREADY = re.compile(r"ha(?:ve|s)\s+(?:already\s+)?(?:been\s+imported|arrived)|"
                      r"(?:are|is)\s+(?:now\s+)?(?:being\s+)?(?:detained|held)\s+(?:at\s+the\s+port|"
                      r"pending\s+entry|in\s+(?:a\s+)?(?:bonded\s+)?warehouse)|\bshipment\s+arrived\b|"
                      r"\barrived\s+at\s+the\s+port\b|\bawaiting\s+(?:entry|release|clearance)\b|"
                      # The goods themselves entered and not liquidated: "The goods were entered
                      # last month", "the entry is awaiting liquidation", "pending liquidation".
                      # "The first shipment was entered at the port", "our initial order has been
                      # entered", "an earlier consignment was entered".
                      r"\b(?:the|these|this|our|an?)\s+(?:(?:first|initial|earlier|previous|prior|"
                      r"latest|last|recent|trial|sample)\s+)?(?:goods|merchandise|shipments?|"
                      r"articles?|orders?|consignments?|lots?|units?)\s+"
                      r"(?:were|was|ha(?:ve|s)\s+been)\s+(?:already\s+)?entered\b|"
                      r"\b(?:awaiting|pending|before\s+the\s+port\s+for)\s+liquidation\b|"
                      # Told as a past event: "The merchandise arrived and is the subject of an
                      # entry filed at Buffalo", "our first shipment arrived in June", "an entry
                      # was filed at Newark", "the entry ... is still open with the port".
                      r"\b(?:the|these|this|our)\s+(?:(?:first|initial|earlier|previous|prior|latest"
                      r"|last|recent|trial)\s+)?(?:goods|merchandise|shipments?|articles?|orders?"
                      r"|consignments?|lots?)\s+(?:already\s+)?arrived\b|"
                      r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:the\s+)?subject\s+of\s+an?\s+(?:open\s+"
                      r"|pending\s+)?entry\b|\ban\s+entry\s+(?:was\s+|has\s+been\s+)?filed\b|"
                      r"\bentry\b[^.;]{0,60}\b(?:is|remains)\s+(?:still\s+)?open\b",
                      re.I)
# "No goods have been imported", "none of the goods has arrived", "nothing has been imported":
# the subject denies the importation its verb names.
_DENIED_SUBJECT = re.compile(r"\b(?:no|none|nothing|neither)\b[^.;:]{0,30}$", re.I)


def read_transaction(items: list[Paragraph], fields: Fields) -> None:
    """The transaction described; an entry already made for the goods and its liquidation."""
    found = labelled(items, LABELS["transaction_description"], STOP)
    if found is not None:
        fields.put_span("transaction_description", found.flat, found, LABELLED)
    for paragraph in items:
        # 177.2(b)(2)(i) names "a prospective importation of merchandise" as a transaction: a
        # sentence stating one, even only by where the goods will be entered ("Shipments will
        # arrive at Miami (5201), where they will be entered"), describes the transaction.
        if any(_TRANSACTION.search(paragraph.text[start:end])
               for start, end in sentence_spans(paragraph.text)):
            span = Span(paragraph, 0, len(paragraph.text))
            fields.put_span("transaction_description", span.flat, span, PROSE)
            break
    for paragraph in items:
        text = paragraph.text
        if match := _ENTRY_NO.search(text):
            fields.put_span("entry_made", True, Span(paragraph, match.start(), match.end()), PROSE)
            number = "n" if match["n"] else "h"
            fields.put_span("entry_number", match[number],
                            Span(paragraph, match.start(number), match.end(number)), PROSE)
        for key, pattern in (("entry_date", _ENTERED), ("liquidation_date", _LIQUIDATED)):
            if match := pattern.search(text):
                day = next(find_dates(text[match.end():match.end() + 40]), None)
                if day is not None and day.start == 0:
                    span = Span(paragraph, match.end(), match.end() + day.end)
                    fields.put_span(key, day.value, span, PROSE)
                    fields.put_span("entry_made", True, span, PROSE)
                    if key == "liquidation_date":
                        fields.put_span("liquidated", True, span, PROSE)
        if match := _UNLIQUIDATED.search(text):
            fields.put_span("liquidated", False, Span(paragraph, match.start(), match.end()),
                            PROSE)
        # "before the goods have arrived", "if the first shipment has arrived": no arrival.
        if (match := _ALREADY.search(asserted(text))) and not _DENIED_SUBJECT.search(
                text[max(0, match.start() - 40):match.start()]):
            fields.put_span("already_imported", True, Span(paragraph, match.start(),
                                                           match.end()), PROSE)
