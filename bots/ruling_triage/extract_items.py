"""The goods as a customs list: proposed HTS numbers as printed, ports of entry, and how many
items of which kind (19 CFR 177.2(b)(1); CBP's five-item practice)."""

from __future__ import annotations

import re

from bots.common.reading.ports import ports_in_prose
from bots.ruling_triage.extract_parties import STOP
from bots.ruling_triage.extract_text import (
    LABELLED,
    PROSE,
    Fields,
    Paragraph,
    Span,
    fold,
    label,
    labelled,
)

_HTS = re.compile(r"(?<![\d.,$])\d{4}\.\d{2}\.\d{2}(?:\.?\d{2})?(?![\d])")
# Undotted, a tariff number is told from a phone or account number by the words around it.
# A sentence's full stop may follow the number: "Proposed classification: 1804000007."
_HTS_PLAIN = re.compile(r"(?:subheading|heading|HTSUS|HTS|tariff\s+(?:number|item)|classified"
                        r"\s+(?:in|under)|proposed\s+classification\s*:)\s*(?:No\.?\s*|number\s*)?"
                        r":?\s*(?P<n>\d{10}|\d{8})(?!\d|\.\d)|(?<![\d.-])(?P<m>\d{10}|\d{8}),?\s+(?:of\s+the\s+)?"
                        r"(?:HTSUS|HTS\b|Harmonized)", re.I)
PORTS_SENTENCE = re.compile(r"(?:entered|arrive|be\s+imported|be\s+landed)\s+(?:at|through)\s+"
                            r"the\s+ports?\s+of\s+(?P<ports>[^.]+(?:\.\s*\(\d{4}\))?)", re.I)
_CODE = re.compile(r"\bport\s+code\s*:?\s*(?P<c>\d{4})\b", re.I)
_NOT_PORT = re.compile(r"^(?:Entry|Export|Lading|Loading|Origin|Call|Departure)\b")
_CODE = re.compile(r"\((\d{4})\)|(?<![\d-])(\d{4})(?![\d-])")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
_COUNT = re.compile(r"(?:covers|concerns|includes|involves)\s+(?:the\s+following\s+)?(?:[a-z]+\s+)?"
                    rf"\(?(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\)?\s+(?:different\s+|separate\s+)?"
                    r"(?:items?|products?|articles?|models?)\b", re.I)
_MODEL = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?|[,;(]?\s*\b(?:model|style|item|part|sku|ref|"
                    r"article|catalog)\b.*$", re.I)
_SAME_KIND = re.compile(r"(?P<no>not\s+(?:all\s+)?of\s+the\s+same\s+class|of\s+different\s+"
                        r"kinds)|of\s+the\s+same\s+class\s+or\s+kind", re.I)
_ITEM_HEAD = re.compile(r"(?m)^[ \t\u2022-]*Item\s+(?P<n>\d{1,2})\s*:", re.I)
_TICKED = re.compile(r"\[\s*[xX✓✔]\s*\]\s*(yes|no)\b", re.I)
_LABELS = {
    "ports": label(r"ports?(?:\(s\))?\s+of\s+entry"),
    "item_count": label(r"number\s+of\s+items"),
    "same_kind": label(r"same\s+class\s+or\s+kind"),
}


def read_classification(items: list[Paragraph], fields: Fields) -> None:
    """Proposed HTS numbers as printed, ports, and how many items of which kind."""
    _hts(items, fields)
    _ports(items, fields)
    found = labelled(items, _LABELS["item_count"], STOP)
    if found is not None and (digits := re.match(r"\s*(\d{1,3})\b", found.text)):
        fields.put_span("item_count", int(digits.group(1)), found, LABELLED)
    for paragraph in items:
        if count := _COUNT.search(paragraph.text):
            number = count["n"].lower()
            value = int(number) if number.isdigit() else _NUMBER_WORDS.index(number) + 1
            fields.put_span("item_count", value,
                            Span(paragraph, count.start(), count.end()), PROSE)
            if count["n"].lower() != "one" and (same := _same_model_list(items, paragraph,
                                                                           value)):
                fields.put_span("items_same_kind", True, same, PROSE)
        if kind := _SAME_KIND.search(paragraph.text):
            fields.put_span("items_same_kind", not kind["no"],
                            Span(paragraph, kind.start(), kind.end()), PROSE)
    _numbered_items(items, fields)
    box = labelled(items, _LABELS["same_kind"], STOP)
    if box is not None:
        answers = {m.group(1).lower() for m in _TICKED.finditer(box.text)}
        if len(answers) == 1:
            fields.put_span("items_same_kind", answers == {"yes"}, box, LABELLED)


def _numbered_items(items: list[Paragraph], fields: Fields) -> None:
    """Goods described under "Item 1:", "Item 2:" ... at the start of a paragraph or line: as many
    items as the highest number, when they run 1, 2, ... without a gap."""
    numbers: list[int] = []
    first: Span | None = None
    for paragraph in items:
        for match in _ITEM_HEAD.finditer(paragraph.text):
            numbers.append(int(match["n"]))
            first = first or Span(paragraph, match.start(), match.end())
    if first is not None and len(numbers) > 1 and numbers == list(range(1, len(numbers) + 1)):
        fields.put_span("item_count", len(numbers), first, PROSE)


def _hts(items: list[Paragraph], fields: Fields) -> None:
    """Every tariff number in printed order, each once, in the form it is printed."""
    numbers: list[str] = []
    first: Span | None = None
    for paragraph in items:
        spans = [(m.start(), m.end()) for m in _HTS.finditer(paragraph.text)]
        spans += [m.span("n") if m["n"] else m.span("m")
                  for m in _HTS_PLAIN.finditer(paragraph.text)]
        for start, end in sorted(spans):
            if paragraph.text[start:end] not in numbers:
                numbers.append(paragraph.text[start:end])
                first = first or Span(paragraph, start, end)
    if first is not None:
        fields.put_span("proposed_hts", tuple(numbers), first, PROSE)


def _same_model_list(items: list[Paragraph], after: Paragraph, count: int) -> Span | None:
    """The listed items, when they are one product in several models ("mug, model CM-14-01",
    "mug, model CM-14-02"): items of one class or kind (CBP's binding-ruling practice)."""
    start = items.index(after) + 1
    for paragraph in items[start:start + 3]:
        lines = [line for line in paragraph.text.split("\n") if line.strip()]
        # The list's numbers or bullets may stand in a column of their own.
        if len(lines) != count or all(re.fullmatch(r"\W*\d{0,2}\W*", line) for line in lines):
            continue
        names = {_MODEL.sub("", fold(line)).casefold() for line in lines}
        if len(names) == 1 and names != {""}:
            return Span(paragraph, 0, len(paragraph.text))
        return None
    return None


def _ports(items: list[Paragraph], fields: Fields) -> None:
    found = labelled(items, _LABELS["ports"], STOP)
    if found is None:
        for paragraph in items:
            if match := PORTS_SENTENCE.search(paragraph.text):
                found = Span(paragraph, match.start("ports"), match.end("ports"))
                break
    if found is not None:
        text = fold(found.text).rstrip(".")
        codes = [a or b for a, b in _CODE.findall(text)]
        names = [part.strip() for part in re.split(r",\s*|\s+and\s+|;\s*", text) if part.strip()]
        fields.put_span("ports", tuple(codes or names), found, LABELLED)
        return
    _ports_in_prose(items, fields)


def _ports_in_prose(items: list[Paragraph], fields: Fields) -> None:
    """Ports named in sentences anywhere in the letter: codes where printed, else names."""
    ports: list[str] = []
    first: Span | None = None
    for paragraph in items:
        for hit in ports_in_prose(paragraph.text.replace("\n", " ")):
            first = first or Span(paragraph, hit.start, hit.end)
            ports.extend(v for v in hit.ports if v not in ports)
    if first is not None:
        fields.put_span("ports", tuple(ports), first, PROSE)
