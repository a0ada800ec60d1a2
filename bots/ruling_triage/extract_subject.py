"""What the request is about: subjects, the goods and their facts, HTS, ports, items, entries."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_parties import STOP
from bots.ruling_triage.extract_text import (
    LABELLED,
    PROSE,
    Fields,
    Paragraph,
    Span,
    first_sentence,
    fold,
    label,
    labelled,
)
from bots.ruling_triage.model import RulingType
from tradebots.pdf import find_dates, parse_money

# Tried at each position in this order, so "country of origin marking" is marking, not origin.
_SUBJECT = re.compile(
    r"(?P<marking>country\s+of\s+origin\s+marking|\bmarking)"
    r"|(?P<origin>country\s+of\s+origin|\borigin\b|USMCA|NAFTA|preferential\s+treatment)"
    r"|(?P<classification>classification|\bHTSUS\b)"
    r"|(?P<valuation>valuation|appraisement|transaction\s+value|customs\s+value)"
    r"|(?P<carrier>coastwise|\bcarrier\b|\bvessel\b|Jones\s+Act|cabotage)",
    re.I,
)
_RE_LINE = re.compile(r"\s*Re\s*:\s*", re.I)
_RULING_ON = re.compile(r"ruling\s+(?:under\s+19\s+CFR\s+Part\s+177\s+)?(?:on|regarding|"
                        r"concerning|as\s+to)\s+(?P<what>[^.]+)", re.I)
_RECONSIDER = re.compile(r"reconsider\w*\s+(?:of\s+)?(?:New\s+York\s+|NY\s+|Headquarters\s+|HQ\s+)?"
                         r"Ruling\s+(?:No\.?\s*)?(?P<n>[NH]\d{6}|\d{6})", re.I)
_HTS = re.compile(r"(?<![\d.,$])\d{4}\.\d{2}\.\d{2}(?:\.?\d{2})?(?![\d])")
_PORTS = re.compile(r"(?:entered|arrive|be\s+imported|be\s+landed)\s+(?:at|through)\s+the\s+"
                    r"ports?\s+of\s+(?P<ports>[^.]+(?:\.\s*\(\d{4}\))?)", re.I)
_CODE = re.compile(r"\((\d{4})\)|(?<![\d-])(\d{4})(?![\d-])")
_COUNT = re.compile(r"covers\s+(?:[a-z]+\s+)?\(?(?P<n>\d{1,3})\)?\s+(?:different\s+)?items", re.I)
_SAME_KIND = re.compile(r"(?P<no>not\s+(?:all\s+)?of\s+the\s+same\s+class|of\s+different\s+"
                        r"kinds)|of\s+the\s+same\s+class\s+or\s+kind", re.I)
_TICKED = re.compile(r"\[\s*[xX✓✔]\s*\]\s*(yes|no)\b", re.I)
_DESCRIBED = re.compile(r"described\s+as\s+follows\s*:\s*(?P<v>[^\n]+?(?:\n[^\n]+?)*?)\."
                        r"(?=\s|$)", re.I)
_MADE_OF = re.compile(r"(?:is|are)\s+(?:made|composed)\s+of\s+(?P<v>[^.]+)\.", re.I)
_USE = re.compile(r"principal\s+use\s+(?:in\s+the\s+United\s+States\s+)?is\s+(?P<v>[^.]+)\.",
                  re.I)
_PRICE = {"purchase_price": re.compile(r"purchase\s+price\s*:?\s*(?P<v>\$\s?[\d,]+(?:\.\d\d)?)",
                                       re.I),
          "selling_price": re.compile(r"selling\s+price\s*:?\s*(?P<v>\$\s?[\d,]+(?:\.\d\d)?)",
                                      re.I)}
_RELATED = re.compile(r"(?:buyer|importer)\s+and\s+(?:the\s+)?(?:seller|exporter)\s+are\s+"
                      r"(?P<not>not\s+)?related", re.I)
_TRANSACTION = re.compile(r"\b(?:intends?|plans?)\s+to\s+(?:import|purchase)|\bimported\s+the\b|"
                          r"\bwill\s+(?:import|purchase)\b", re.I)
_ENTERED = re.compile(r"(?:were|was)\s+entered\s+on\s+", re.I)
_ENTRY_NO = re.compile(r"entry\s+(?:number|no\.?)\s+(?P<n>[A-Z0-9]{3}-?\d{7}-?\d)", re.I)
_LIQUIDATED = re.compile(r"(?<!not\s)liquidated\s+on\s+", re.I)
_UNLIQUIDATED = re.compile(r"not\s+(?:yet\s+)?been\s+liquidated|\bunliquidated\b", re.I)
_ALREADY = re.compile(r"ha(?:ve|s)\s+(?:already\s+)?(?:been\s+imported|arrived)|"
                      r"(?:are|is)\s+(?:now\s+)?(?:detained|held)\s+at\s+the\s+port", re.I)
_LABELS = {
    "ruling_type": label(r"(?:ruling\s+type|subject\s+of\s+(?:the\s+)?ruling)"),
    "product_description": label(r"description(?:\s+of\s+the\s+(?:merchandise|goods|product))?"),
    "component_materials": label(r"component\s+materials|materials"),
    "principal_use": label(r"principal\s+use"),
    "terms_of_sale": label(r"terms\s+of\s+sale"),
    "transaction_description": label(r"(?:the\s+)?transaction|description\s+of\s+the\s+"
                                     r"transaction"),
    "ports": label(r"ports?(?:\(s\))?\s+of\s+entry"),
    "item_count": label(r"number\s+of\s+items"),
    "same_kind": label(r"same\s+class\s+or\s+kind"),
}


def subjects_in(text: str) -> list[RulingType]:
    """The subjects a phrase names, in order of appearance, each once."""
    found: list[RulingType] = []
    for match in _SUBJECT.finditer(text):
        kind = match.lastgroup
        if kind is not None and kind not in found:
            found.append(kind)  # type: ignore[arg-type]
    return found


def read_subject(items: list[Paragraph], fields: Fields) -> None:
    """The main subject in the letter's own words and any further ones; a reconsideration."""
    source: tuple[Span, float] | None = None
    for paragraph in items:
        if match := _RE_LINE.match(paragraph.text):
            source = (Span(paragraph, match.end(), len(paragraph.text)), LABELLED)
            break
    if source is None and (found := labelled(items, _LABELS["ruling_type"], STOP)):
        source = (found, LABELLED)
    if source is None:
        for paragraph in items:
            if match := _RULING_ON.search(paragraph.text):
                source = (Span(paragraph, match.start("what"), match.end("what")), PROSE)
                break
    if source is not None:
        span, confidence = source
        subjects = subjects_in(span.text) or ["other"]
        fields.put_span("ruling_type", subjects[0], span, confidence)
        fields.put_span("other_subjects", tuple(subjects[1:]), span, confidence)
    for paragraph in items:
        if match := _RECONSIDER.search(paragraph.text):
            span = Span(paragraph, match.start(), match.end())
            fields.put_span("reconsideration_requested", True, span, PROSE)
            fields.put_span("reconsidered_ruling", match["n"].upper(), span, PROSE)
            break


def read_goods(items: list[Paragraph], fields: Fields) -> None:
    """Description, materials, use, prices, terms of sale and the parties' relationship."""
    for key in ("product_description", "component_materials", "principal_use", "terms_of_sale"):
        # Under a "Terms of sale" heading a letter may state only the parties' relationship.
        found = labelled(items, _LABELS[key], STOP, _not_relationship)
        if found is not None:
            value = first_sentence(found)
            fields.put_span(key, value.flat, value, LABELLED)
    for key, pattern in (("product_description", _DESCRIBED), ("component_materials", _MADE_OF),
                         ("principal_use", _USE)):
        for paragraph in items:
            if match := pattern.search(paragraph.text):
                span = Span(paragraph, match.start("v"), match.end("v"))
                fields.put_span(key, span.flat, span, PROSE)
                break
    for paragraph in items:
        for key, pattern in _PRICE.items():
            if match := pattern.search(paragraph.text):
                amount = parse_money(match["v"].replace(" ", ""))
                fields.put_span(key, amount, Span(paragraph, match.start("v"), match.end("v")),
                                PROSE)
        if match := _RELATED.search(paragraph.text):
            fields.put_span("parties_related", not match["not"],
                            Span(paragraph, match.start(), match.end()), PROSE)


def _not_relationship(text: str) -> bool:
    return not _RELATED.search(re.split(r"\.\s", text, maxsplit=1)[0])


def read_classification(items: list[Paragraph], fields: Fields) -> None:
    """Proposed HTS numbers as printed, ports, and how many items of which kind."""
    numbers: list[str] = []
    first: Span | None = None
    for paragraph in items:
        for hts in _HTS.finditer(paragraph.text):
            if hts.group(0) not in numbers:
                numbers.append(hts.group(0))
                first = first or Span(paragraph, hts.start(), hts.end())
    if first is not None:
        fields.put_span("proposed_hts", tuple(numbers), first, PROSE)
    _ports(items, fields)
    found = labelled(items, _LABELS["item_count"], STOP)
    if found is not None and (digits := re.match(r"\s*(\d{1,3})\b", found.text)):
        fields.put_span("item_count", int(digits.group(1)), found, LABELLED)
    for paragraph in items:
        if count := _COUNT.search(paragraph.text):
            fields.put_span("item_count", int(count["n"]),
                            Span(paragraph, count.start(), count.end()), PROSE)
        if kind := _SAME_KIND.search(paragraph.text):
            fields.put_span("items_same_kind", not kind["no"],
                            Span(paragraph, kind.start(), kind.end()), PROSE)
    box = labelled(items, _LABELS["same_kind"], STOP)
    if box is not None:
        answers = {m.group(1).lower() for m in _TICKED.finditer(box.text)}
        if len(answers) == 1:
            fields.put_span("items_same_kind", answers == {"yes"}, box, LABELLED)


def _ports(items: list[Paragraph], fields: Fields) -> None:
    found = labelled(items, _LABELS["ports"], STOP)
    if found is None:
        for paragraph in items:
            if match := _PORTS.search(paragraph.text):
                found = Span(paragraph, match.start("ports"), match.end("ports"))
                break
    if found is None:
        return
    text = fold(found.text).rstrip(".")
    codes = [a or b for a, b in _CODE.findall(text)]
    names = [part.strip() for part in re.split(r",\s*|\s+and\s+|;\s*", text) if part.strip()]
    fields.put_span("ports", tuple(codes or names), found, PROSE)


def read_transaction(items: list[Paragraph], fields: Fields) -> None:
    """The transaction described; an entry already made for the goods and its liquidation."""
    # A "transaction" heading over nothing but the ports sentence describes no transaction.
    found = labelled(items, _LABELS["transaction_description"], STOP,
                     lambda text: bool(_TRANSACTION.search(text)) or not _PORTS.search(text))
    if found is not None:
        fields.put_span("transaction_description", found.flat, found, LABELLED)
    for paragraph in items:
        if match := _TRANSACTION.search(paragraph.text):
            span = Span(paragraph, 0, len(paragraph.text))
            fields.put_span("transaction_description", span.flat, span, PROSE)
            break
    for paragraph in items:
        text = paragraph.text
        if match := _ENTRY_NO.search(text):
            fields.put_span("entry_made", True, Span(paragraph, match.start(), match.end()), PROSE)
            fields.put_span("entry_number", match["n"], Span(paragraph, match.start("n"),
                                                             match.end("n")), PROSE)
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
        if match := _ALREADY.search(text):
            fields.put_span("already_imported", True, Span(paragraph, match.start(),
                                                           match.end()), PROSE)

