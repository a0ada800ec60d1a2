"""The goods as a customs list: proposed HTS numbers as printed, ports of entry, and how many
items of which kind (19 CFR 177.2(b)(1); CBP's five-item practice)."""

from __future__ import annotations

import re

from bots.common.reading.date_line import date_line
from bots.common.reading.ports import ports_in_prose
from bots.ruling_triage.extract_across import item_columns
from bots.ruling_triage.extract_model_list import (
    codes_listed,
    models_in_brackets,
    models_listed,
    models_of_one_article,
)
from bots.ruling_triage.extract_tariff_column import tariff_cells
from bots.ruling_triage.extract_text import (
    COLON_AHEAD,
    LABELLED,
    PROSE,
    Fields,
    Paragraph,
    Span,
    empty_box,
    fold,
    label,
    labelled,
)
from bots.ruling_triage.field_labels import STOP
from bots.ruling_triage.rejected_options import on_ruled_out_row, ruled_out_rows

_HTS = re.compile(r"(?<![\d.,$])\d{4}\.\d{2}\.\d{2}(?:\.?\d{2})?(?![\d])")
# A date written "2025.01.09" has a tariff number's shape but names no heading: chapter 19's
# headings end at 1905 and chapter 20's at 2009, so a dotted year from 1906 to 1999 or from 2010
# on, with a month and a day after it, is a date wherever it stands.
_DOTTED_DATE = re.compile(r"(?:19(?:0[6-9]|[1-9]\d)|20[1-9]\d)\.(?:0[1-9]|1[0-2])"
                          r"\.(?:0[1-9]|[12]\d|3[01])")
# Undotted, a tariff number is told from a phone or account number by the words around it.
# A sentence's full stop may follow the number: "Proposed classification: 1804000007."
_HTS_PLAIN = re.compile(r"(?:subheading|heading|HTSUS|HTS|tariff\s+(?:number|item)|classified"
                        r"\s+(?:in|under)|classifiable\s+(?:in|under)|falls?\s+(?:in|under|within)"
                        r"|classification(?:\s+(?:in|under))?)"
                        r"\s*(?:No\.?\s*|number\s*)?:?\s*(?P<n>\d{10}|\d{8})"
                        r"(?!\d|\.\d)|(?<![\d.-])(?P<m>\d{10}|\d{8}),?\s+(?:of\s+the\s+)?"
                        r"(?:HTSUS|HTS\b|Harmonized)", re.I)
_MORE_PLAIN = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<n>\d{10}|\d{8})(?![\d.])")
# Numbers offered as alternatives for one article, not one number per article.
_ALTERNATIVES = re.compile(r"\d{4}\.?\d{2}(?:\.?\d{2,4})?,?\s+or\s+(?:(?:sub)?heading\s+|in\s+)?"
                           r"\d{4}\.?\d{2}|\balternativ\w*\b[^.]{0,80}\d{4}\.?\d{2}", re.I)
PORTS_SENTENCE = re.compile(r"(?:entered|arrive|be\s+imported|be\s+landed)\s+(?:at|through)\s+"
                            r"the\s+ports?\s+of\s+(?P<ports>[^.]+(?:\.\s*\(\d{4}\))?)", re.I)
_CODE = re.compile(r"\bport\s+code\s*:?\s*(?P<c>\d{4})\b", re.I)
_NOT_PORT = re.compile(r"^(?:Entry|Export|Lading|Loading|Origin|Call|Departure)\b")
_CODE = re.compile(r"\((\d{4})\)|(?<![\d-])(\d{4})(?![\d-])")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
# The sender's count in its own sentence: "covers 6 items", "the classification of 7 models of
# the product", "a ruling on six styles", "The 7 item(s) are: ...".
# ... or the count of all the goods asked about: "We ask that all 6 articles be classified".
_COUNT = re.compile(r"(?:(?:covers|concerns|includes|involves)\s+(?:the\s+following\s+)?"
                    r"(?:[a-z]+\s+)?|\bclassification\s+of\s+(?:the\s+|our\s+|these\s+)?|"
                    r"\ball\s+(?:of\s+)?(?:the\s+|our\s+|these\s+)?|"
                    r"\bruling\s+(?:on|for|about)\s+(?:the\s+|our\s+|these\s+)?|"
                    r"(?:^|(?<=[.:]\s))(?-i:The|These|Our)\s+)"
                    rf"\(?(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\)?\s+(?:different\s+|separate\s+)?"
                    r"(?:(?:items?|products?|articles?|models?|styles?|SKUs?)(?:\(s\))?)(?![\w-])",
                    re.I | re.M)
# The count in an aside after the goods' name: "frames, 700c road geometry (6 items, one per
# model)", "(3 models)", "(two articles in all)".
_COUNT_ASIDE = re.compile(rf"\((?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+(?:different\s+|"
                          r"separate\s+)?(?:items?|products?|articles?|models?|styles?|SKUs?)"
                          r"(?=\s*\)|\s*,\s*one\s+(?:per|for\s+each|of\s+each)\b|\s+in\s+all\b)",
                          re.I)
# The aside's items are the one article's models: "(6 items, one per model)".
_PER_MODEL = re.compile(r"\s*,\s*one\s+(?:per|for\s+each|of\s+each)\s+(?:model|style|size|variant"
                        r"|version|colou?r)\b", re.I)
# A count of the goods' models standing alone: "2 models of the article, identical but for size",
# "sold in 7 models of the same design differing only in colour", "three styles, which differ
# only in ...": the sender counts what it asks about, though no "ruling on" leads the count.
_MODELS_OF = re.compile(rf"(?<![\w.,-])(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+"
                        r"(?:different\s+)?(?:models?|styles?|variants?|versions?)\s*(?:of\s+(?:the|this|our|one|a"
                        r"|each)\b|,?\s*(?:identical|differing|(?:that|which)\s+differ)"
                        # or counted over the list it opens: "six models of insulated food
                        # jars: FJ-10, ...", "four styles of towels, namely ..."
                        r"|\s+of\s+[^.:;\n]{1,60}?(?::|,?\s+(?:namely|as\s+follows)\b))", re.I)
# The article made in a number of sizes or models, their codes listed after the colon.
_IN_SIZES = re.compile(rf"\b(?:in|comes\s+in|made\s+in|offered\s+in|available\s+in)\s+"
                       rf"(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+(?:different\s+)?"
                       r"(?:sizes|models|styles|versions|variants|designs|capacities)\s*:", re.I)
# A list entry's number and its model designation, which tell items of one kind apart ("mug,
# model CM-14-01", "Bilge pump - version B", "Towel, variant 2").
MODEL = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?|[,;(]?\s*(?:-\s*)?\b(?:model|style|item|part|sku|"
                   r"ref|article|catalog|version|variant)\b.*$", re.I)
_SAME_KIND = re.compile(r"(?P<no>not\s+(?:all\s+)?of\s+the\s+same\s+class|of\s+different\s+"
                        r"kinds)|of\s+the\s+same\s+class\s+or\s+kind", re.I)
# "Ruling N330187 classified the goods under 6912.00.48", "currently entered under": the number
# a ruling or the port gave, not the one the requester proposes.
_EARLIER = re.compile(r"\b(?:[NH]\d{6}|ruling\s+(?:No\.?\s*)?\d{6}),?\s+(?:which\s+|that\s+)?"
                      r"(?:classified|held)\b|\b(?:CBP|the\s+port|Customs)\s+"
                      r"(?:has\s+)?(?:classified|liquidated)\b|\b(?:currently|previously|formerly)"
                      r"\s+(?:entered|classified)\b|\bhave\s+been\s+(?:entered|classified)\b", re.I)
# A number the letter names only to set it aside: "subheading 4421.99.98 does not apply",
# "rather than 4421.99", "and not in heading 9503", "we rejected 6110.20.20 because ...",
# "4421.99.98 is inapplicable" - argued against, not the result asked for (19 CFR 177.2(b)(6)).
# Only the words a sender puts between the cue and the number: "rather than in subheading".
_NUMBER_LEAD = (r"(?:\s+(?:in|under|from|within|the|also|both|to))*\s*(?:(?:sub)?headings?|"
                r"HTSUS|HTS|tariff\s+(?:items?|numbers?))?\s*$")
_NUMBER_TAIL = (r"^\s*,?\s*(?:(?:of\s+the\s+)?(?:HTSUS|HTS|Harmonized\s+Tariff\s+Schedule"
                r"(?:\s+of\s+the\s+United\s+States)?)\s*,?\s*)?"
                r"(?:also\s+|clearly\s+|simply\s+|therefore\s+)?")
_SET_ASIDE_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|other\s+than|"
                               r"not|reject\w*|exclud\w*|ruled?\s+out|(?:do|does|did)\s+not\s+"
                               r"(?:believe|consider|propose))" + _NUMBER_LEAD, re.I)
_SET_ASIDE_AFTER = re.compile(_NUMBER_TAIL + r"(?:(?:does|do|did|would|could|can|should|will)"
                              r"\s*(?:not|n[o']t)\s+(?:apply|cover|describe|fit|govern)|cannot\s+"
                              r"(?:apply|cover|describe)|(?:is|are|was|were)\s+(?:not\s+(?:"
                              r"applicable|appropriate|correct|proper)|inapplicable|inappropriate|"
                              r"incorrect|rejected|excluded|ruled\s+out))\b", re.I)
# What the request covers, not what it encloses ("We enclose the following items: ...").
# Or what the requester will import: "intends to import the following article(s) from next
# season: X, model A-100; X, model B-110".
_LIST_LEAD = re.compile(r"\b(?:covers|concerns|includes|involves|is\s+for"
                        r"|(?:intends?|plans?|expects?)\s+to\s+import)\s+(?:the\s+following|these)\s+(?:\w+\s+)?(?:item|product"
                        r"|article|model)(?:s|\(s\))(?:\s+[^:.;\n]{1,40}?)?\s*:\s*", re.I)
_LIST_END = re.compile(r"\.(?=\s+[A-Z]|\s*$)")
# "Item 1:", "Item 2." or a table's rows "Item 1  Zinc-plated steel hex bolts ...".
# A table's "Item 1" may stand in a cell of its own, its description in the next.
_ITEM_HEAD = re.compile(r"(?m)^[ \t\u2022-]*(?i:item)\s+(?P<n>\d{1,2})"
                        r"(?:\s*(?::|[.)]\s)|\s+(?=[A-Z])|[ \t]*$)")
_TICKED = re.compile(r"\[\s*[xX✓✔]\s*\]\s*(yes|no)\b", re.I)
_LABELS = {
    # "Port(s) of entry", "Port of importation", "Entry port:", a party table's bare "Port" row
    # ("Port: 3002", "Port code: 1001"); a bare "Port" only as a caption, so "Port Elizabeth
    # is ..." opening a sentence is no label.
    # Said of the plan too: "Expected ports of arrival", "Intended port(s) of entry", "Ports
    # where the goods will be entered", "Port at which the merchandise will arrive".
    "ports": label(r"(?:(?:expected|intended|anticipated|planned|proposed|likely)\s+)?(?:"
                   r"ports?(?:\(s\))?\s+of\s+(?:entry|importation|arrival|unlading)|"
                   r"ports?(?:\(s\))?\s+(?:where|at\s+which|through\s+which)\s+[^:\n]{0,50}"
                   r"(?=:)|"
                   # a founder's plain words: "Where it comes in:", "Where the goods will
                   # arrive:", "Where we bring them in:", "Point(s) of entry:"
                   r"where\s+(?:it|they|the\s+\w+|our\s+\w+|we)\s+[^:\n]{0,30}?\b(?:comes?|"
                   r"arrives?|enters?|lands?|bring|ship|import|clears?)\b[^:\n]{0,20}(?=:)|"
                   r"points?(?:\(s\))?\s+of\s+(?:entry|arrival)|"
                   # or asked, its answer under it: "Where will the goods be entered?",
                   # "Through which port(s) will the goods be entered?", "At what port will
                   # they arrive?"
                   r"(?:where|(?:at|through|via)\s+(?:which|what)\s+ports?(?:\(s\))?|(?:which|"
                   r"what)\s+ports?(?:\(s\))?)\s+[^?:\n]{0,50}?\b(?:entered|enter|imported|"
                   r"arrive|land(?:ed)?|clear(?:ed)?|come\s+in)\b[^?:\n]{0,20}\?|"
                   r"(?:(?:entry|arrival|U\.?S\.?)\s+)?ports?(?:\(s\))?(?:\s+code)?"
                   # or a caption on a line of its own over its value ("Intended port" /
                   # "Pittsburgh (1104)"), as a sidebar or a boxed form prints it
                   r"(?:" + COLON_AHEAD + r"|(?=[ \t]*(?:\n|$))))"),
    # "Number of items", "No. of models", "Item count", "Total items": a count alone beside it.
    # Said of the request too: "Items in this request", "Models covered by the request", "Items
    # covered", "Products included".
    "item_count": label(r"(?:number|no\.?)\s+of\s+(?:items|models|styles|products|articles|SKUs|"
                        r"variants)|item\s+count|total\s+(?:items|models|products|articles)|"
                        r"(?:items|models|styles|products|articles)\s+(?:(?:in|covered\s+by|under|"
                        r"of)\s+(?:this|the)\s+(?:ruling\s+)?(?:request|application)|covered|"
                        r"requested|included)" + COLON_AHEAD),
    "same_kind": label(r"same\s+class\s+or\s+kind"),
}


def read_classification(items: list[Paragraph], fields: Fields) -> None:
    """Proposed HTS numbers as printed, ports, and how many items of which kind."""
    read_hts(items, fields)
    _ports(items, fields)
    read_count_caption(items, fields)
    if (last := item_columns(items)) is not None:  # a table set one column per item
        fields.put_span("item_count", int(re.sub(r"\D", "", last.text)),
                        Span(last, 0, len(last.text)), PROSE)
    for paragraph in items:
        if count := _COUNT.search(paragraph.text) or _COUNT_ASIDE.search(paragraph.text):
            value = _counted(count["n"])
            fields.put_span("item_count", value,
                            Span(paragraph, count.start(), count.end()), PROSE)
            if count["n"].lower() != "one" and (same := _same_model_list(items, paragraph,
                                                                           value)):
                fields.put_span("items_same_kind", True, same, PROSE)
            elif (models_listed(paragraph.text[count.end():], value)
                  or (count.re is _COUNT_ASIDE and _PER_MODEL.match(paragraph.text, count.end()))
                  or (value > 1 and models_of_one_article(paragraph.text[count.end():]))):
                fields.put_span("items_same_kind", True,
                                Span(paragraph, count.start(), len(paragraph.text)), PROSE)
        if count is None and (models := _MODELS_OF.search(paragraph.text)):
            _models_counted(paragraph, models, fields)
        elif count is None and (sizes := _IN_SIZES.search(paragraph.text)) and codes_listed(
                paragraph.text[sizes.end():], _counted(sizes["n"])):
            # "insulated food jars in six sizes: FJ-10, FJ-12, ...": one article's models
            span = Span(paragraph, sizes.start(), len(paragraph.text))
            fields.put_span("item_count", _counted(sizes["n"]), span, PROSE)
            fields.put_span("items_same_kind", True, span, PROSE)
        if kind := _SAME_KIND.search(paragraph.text):
            fields.put_span("items_same_kind", not kind["no"],
                            Span(paragraph, kind.start(), kind.end()), PROSE)
    _numbered_items(items, fields)
    _listed_items(items, fields)
    _bracketed_models(items, fields)
    box = labelled(items, _LABELS["same_kind"], STOP)
    if box is not None:
        answers = {m.group(1).lower() for m in _TICKED.finditer(box.text)}
        if len(answers) == 1:
            fields.put_span("items_same_kind", answers == {"yes"}, box, LABELLED)


def read_count_caption(items: list[Paragraph], fields: Fields) -> None:
    """The count a caption gives: "Number of items: 6", "Item count 3"."""
    found = labelled(items, _LABELS["item_count"], STOP)
    if found is not None and (digits := re.match(r"\s*(\d{1,3})\b", found.text)):
        fields.put_span("item_count", int(digits.group(1)), found, LABELLED)


def _models_counted(paragraph: Paragraph, models: re.Match[str], fields: Fields) -> None:
    """The count of models a sentence gives. Whether two to five are of one class or kind is
    left to a person, as for any count the letter does not qualify in the reader's words."""
    # (Not even "2 models of the article, identical but for size": a form that so counts may
    # leave its agent's boxes unread, nineteenth hand ruling 003; a request that says it covers
    # them, "covers 2 models of this article", is read above.)
    fields.put_span("item_count", _counted(models["n"]),
                    Span(paragraph, models.start(), models.end()), PROSE)
    # Models of one article the sender names, then lists by their codes alone ("two models of
    # food jars: FJ-12 and FJ-16"): one class or kind, by the sender's own words.
    if models[0].rstrip().endswith((":", "namely", "follows")) and codes_listed(
            paragraph.text[models.end():], _counted(models["n"])):
        fields.put_span("items_same_kind", True,
                        Span(paragraph, models.start(), len(paragraph.text)), PROSE)


def _counted(number: str) -> int:
    """A count as printed, in figures or in words ("7", "seven")."""
    number = number.lower()
    return int(number) if number.isdigit() else _NUMBER_WORDS.index(number) + 1


_MOST_UNREAD = 2  # item heads a numbered list may lose to a scan and still be counted


def _numbered_items(items: list[Paragraph], fields: Fields) -> None:
    """Goods described under "Item 1:", "Item 2:" ... at the start of a paragraph or line: as many
    items as the highest number, when they run 1, 2, ... upward. A gap is a head the reader
    could not read (a scan's "[tem 5"): the last number still counts the list, less surely."""
    numbers: list[int] = []
    first: Span | None = None
    for paragraph in items:
        for match in _ITEM_HEAD.finditer(paragraph.text):
            numbers.append(int(match["n"]))
            first = first or Span(paragraph, match.start(), match.end())
    if first is not None and len(numbers) > 1 and numbers == list(range(1, len(numbers) + 1)):
        fields.put_span("item_count", len(numbers), first, PROSE)
    elif (first is not None and len(numbers) > 1 and numbers[0] == 1
          and numbers == sorted(set(numbers)) and numbers[-1] <= len(numbers) + _MOST_UNREAD):
        fields.put_span("item_count", numbers[-1], first, PROSE - 0.1)


def _listed_items(items: list[Paragraph], fields: Fields) -> None:
    """Goods run in after "the following items:", one from the next by semicolons, up to the
    sentence's full stop: as many items as entries; one product in several models is one kind."""
    for paragraph in items:
        if (lead := _LIST_LEAD.search(paragraph.text)) is None:
            continue
        rest = paragraph.text[lead.end():]
        stop = _LIST_END.search(rest)
        # (a semicolon inside an entry's parentheses, "(item no. 1; style B-7)", parts none)
        entries = [fold(entry) for entry in re.split(r";(?![^()\n]*\))",
                                                     rest[:stop.start() if stop else len(rest)])]
        if len(entries) < 2 or not all(entries):
            return  # not a list this reader can count: the count stays what else was read
        span = Span(paragraph, lead.start(), lead.end() + (stop.start() if stop else len(rest)))
        fields.put_span("item_count", len(entries), span, PROSE)
        if len({MODEL.sub("", entry).casefold() for entry in entries}) == 1:
            fields.put_span("items_same_kind", True, span, PROSE)
        return


def _bracketed_models(items: list[Paragraph], fields: Fields) -> None:
    """The goods' models listed in brackets by their designations alone, no count given: as many
    items as designations, models of the one article described (one class or kind)."""
    for paragraph in items:
        if (listed := models_in_brackets(paragraph.text)) is not None:
            start, end, count = listed
            fields.put_span("item_count", count, Span(paragraph, start, end), PROSE)
            fields.put_span("items_same_kind", True, Span(paragraph, start, end), PROSE)
            return


def read_hts(items: list[Paragraph], fields: Fields) -> None:
    """Every tariff number in printed order, in the form it is printed: each once, unless one
    list gives it again for a further article."""
    numbers: list[str] = []
    first: Span | None = None
    previous_row = -1  # the list number of the row that gave the last tariff number
    in_column = tariff_cells(items)
    parts: set[str] = set()  # the part designations numbers were given for
    number_cell: Paragraph | None = None  # the last number's cell, when it held that alone
    column: list[str] = []  # the numbers of the column of cells number_cell ends
    ruled_out = ruled_out_rows(items)
    for paragraph, previous in zip(items, [None, *items], strict=False):
        if date_line(paragraph.text) is not None:
            continue  # a letter dated "2025.09.24" on a line of its own names no tariff number
        spans = [(m.start(), m.end()) for m in _HTS.finditer(paragraph.text)]
        seen = {re.sub(r"\D", "", number) for number in numbers}
        if (bare := in_column.get(id(paragraph))) is not None and bare not in seen:
            # (a number the letter gave before, dotted, is not a second article's)
            at = paragraph.text.index(bare)
            spans.append((at, at + len(bare)))  # "0910300000" under a "Proposed HTS" header
        for plain in _HTS_PLAIN.finditer(paragraph.text):
            spans.append(plain.span("n") if plain["n"] else plain.span("m"))
            # "classified in HTSUS 6205202016, 6912004810, 9405114010": the run of numbers the
            # one keyword leads.
            at = spans[-1][1]
            while more := _MORE_PLAIN.match(paragraph.text, at):
                spans.append(more.span("n"))
                at = more.end()
        last = -1
        # A numbered row after the row the last number stood in ("1. ... HTS 8518.22.0000" /
        # "2. ... HTS 8518.22.0000"): its number is the next article's, though the same.
        row = _ROW_MARK.match(paragraph.text)
        next_row = row is not None and int(row["n"]) == previous_row + 1
        if spans:
            previous_row = int(row["n"]) if row else -1
        for start, end in sorted(set(spans)):
            if _DOTTED_DATE.fullmatch(paragraph.text, start, end):
                continue
            if _EARLIER.search(_sentence_before(paragraph.text, start)):
                continue  # what a ruling or CBP gave before is not the classification proposed
            if set_aside(paragraph.text, start, end) \
                    or on_ruled_out_row(paragraph, start, end, ruled_out):
                continue  # (an option a table of the options considered answers "No")
            number = paragraph.text[start:end]
            # "Part HR-4343: HTSUS 6201.40.7580 ... Part TR-6370: HTSUS 6201.40.7580": each part
            # the letter designates anew is one more article, its number the same or not.
            code = _DESIGNATED.search(_before(paragraph, previous, start))
            new_part = code is not None and code["code"].casefold() not in parts
            if code is not None:
                parts.add(code["code"].casefold())
            # (a list that gives a number again is one more article: not one that restates
            # the numbers an earlier line gave, "Proposed HTS: A, B" then "in A and B")
            if (number not in numbers or (_listed_again(paragraph.text, last, start)
                                          and number in paragraph.text[:start])
                    or (next_row and last < 0) or (new_part and len(parts) > 1)
                    # a number the column itself gave again: the next row's article (a column
                    # repeating the numbers the letter gave before adds none)
                    or (_column_of_numbers(paragraph.text, last, start)
                        and number in paragraph.text[:start])
                    or (_cell_under(paragraph, number_cell) and number in column)):
                numbers.append(number)
                first = first or Span(paragraph, start, end)
            last = end
        if spans:
            alone = _NUMBER_LINE.fullmatch(paragraph.text) is not None
            column = [*column, paragraph.text.strip()] if (
                alone and _cell_under(paragraph, number_cell)) else [paragraph.text.strip()]
            number_cell = paragraph if alone else None
    if first is not None:
        fields.put_span("proposed_hts", tuple(numbers), first, PROSE)
        if any(_ALTERNATIVES.search(p.text) for p in items):
            fields.put_span("hts_alternatives", True, first, PROSE)


# One list of numbers, one a listed article: "subheading 8714.91.3000, subheading 8714.91.3000
# and subheading 8714.91.3000 HTSUS" proposes the same number for each of three articles, where a
# number named again in another sentence or cell only repeats the proposal.
_LIST_GAP = re.compile(r"\s*[,;]\s*(?:and\s+)?(?:(?:sub)?heading\s+|HTSUS\s+|HTS\s+|No\.\s*)?"
                       r"|\s+and\s+(?:(?:sub)?heading\s+|HTSUS\s+|HTS\s+)?")


# Or one entry of a list after another, each with its number: "B8812-01, ..., proposed subheading
# 8201500000; R8989-02, ..., proposed subheading 8201500000", or numbered rows one a line ("1.
# B6139-01 ... HTS 8518.22.0000" / "2. B3013-02 ... HTS 8518.22.0000"); never past a sentence.
_ROW_MARK = re.compile(r"[ \t]*(?P<n>\d{1,2})[.)][ \t]")
# After a semicolon the next entry opens with its own designation ("; M-2, ..."), not with the
# number said again ("...; subheading 7323100000 covers them").
_NEXT_ENTRY = re.compile(r";[ \t\n]*(?=[A-Z0-9][A-Za-z0-9]*[-./]?\d)|\n[ \t]*\d{1,2}[.)][ \t]")
_SENTENCE_GAP = re.compile(r"(?<=[a-z)])[.!?][ \t\n]+[A-Z]")


# A part's designation right before its number: "Part TR-6370: HTSUS", "Model B-2 -
# subheading", "Item No. 44-10:".
_DESIGNATED = re.compile(r"\b(?i:part|model|style|item|article|sku|product)\s*(?i:no\.?|number|#)?"
                         r"\s*(?P<code>[A-Z0-9][\w./-]*\d[\w./-]*)\s*[:\u2013\u2014-]\s*"
                         r"(?:(?i:proposed\s+)?(?i:HTSUS|HTS|(?:sub)?heading|tariff\s+(?:no\.?|"
                         r"number))\s*(?i:no\.?)?\s*)?$")
_ALIGNED = 3.0  # points: the cells of one column start at the same x, give or take
_DESIGNATION_REACH = 60  # characters before a number its designation may take
# A table's tariff column set as one block, a number a line and nothing else on it.
_NUMBER_LINE = re.compile(r"[ \t]*(?:\d{4}\.\d{2}\.\d{2}(?:\.?\d{2})?|\d{8}|\d{10})[ \t]*")


def _before(paragraph: Paragraph, previous: Paragraph | None, start: int) -> str:
    """The words before START that may designate its number's part, from the paragraph before
    too when START opens this one (a line break may part "Part TR-6370: HTSUS" from it)."""
    text = paragraph.text[max(0, start - _DESIGNATION_REACH):start]
    opens = not paragraph.text[:start].strip()
    if previous is not None and previous.page == paragraph.page and opens:
        text = previous.text[-_DESIGNATION_REACH:] + "\n" + text
    return text


_NEXT_ROW = 40.0  # points: a table's next row stands this close under the last


def _cell_under(paragraph: Paragraph, above: Paragraph | None) -> bool:
    """Whether PARAGRAPH is a tariff number alone in its cell, set right under the cell that
    gave the last number in the same column: the next row's number, the same or not."""
    return (above is not None and _NUMBER_LINE.fullmatch(paragraph.text) is not None
            and above.page == paragraph.page and abs(above.x0 - paragraph.x0) <= _ALIGNED
            and 0 < paragraph.top - above.top <= _NEXT_ROW)


def _column_of_numbers(text: str, last: int, start: int) -> bool:
    """Whether the number at START is the line under the number ending at LAST in a column of
    tariff numbers, every line of it one: one row's number, then the next row's."""
    return (last >= 0 and text[last:start].strip(" \t") == "\n"
            and all(_NUMBER_LINE.fullmatch(line) for line in text.split("\n") if line.strip()))


def _listed_again(text: str, last: int, start: int) -> bool:
    """Whether the number at START follows the number ending at LAST in one list."""
    return last >= 0 and (_LIST_GAP.fullmatch(text, last, start) is not None or (
        _NEXT_ENTRY.search(text, last, start) is not None
        and _SENTENCE_GAP.search(text, last, start) is None))


def same_number_same_kind(fields: Fields) -> None:
    """Items the sender proposes one tariff number for, one number each, are of one class or
    kind (CBP's five-item practice): it classifies them alike itself."""
    numbers, count = fields.items.get("proposed_hts"), fields.value("item_count")
    if (numbers is None or "items_same_kind" in fields.items or not isinstance(count, int)
            or count < 2 or len(numbers.value) != count
            or len({re.sub(r"\D", "", number) for number in numbers.value}) != 1):
        return
    fields.put("items_same_kind", True, numbers.evidence, PROSE - 0.1)


def count_by_numbers(fields: Fields) -> None:
    """Goods counted by the tariff numbers proposed for them when nothing else counts them: six
    numbers asked about in one question are six items (CBP's five-item practice), unless the
    letter offers them as alternatives for one article ("6912.00.48 or 6912.00.50")."""
    numbers = fields.items.get("proposed_hts")
    if (numbers is None or len(numbers.value) < 2 or "item_count" in fields.items
            or fields.value("items_uncounted") or fields.value("hts_alternatives")):
        return
    fields.put("item_count", len(numbers.value), numbers.evidence, PROSE - 0.1)


def set_aside(text: str, start: int, end: int) -> bool:
    """Whether the number at START..END is named only to be argued against."""
    return bool(_SET_ASIDE_BEFORE.search(_sentence_before(text, start))
                or _SET_ASIDE_AFTER.search(text[end:end + 80]))


def _sentence_before(text: str, at: int) -> str:
    """The words of AT's sentence before it."""
    starts = [m.end() for m in re.finditer(r"[.;:]\s+(?=[A-Z0-9])|\n\n", text[:at])]
    return text[starts[-1] if starts else 0:at]


def _same_model_list(items: list[Paragraph], after: Paragraph, count: int) -> Span | None:
    """The listed items, when they are one product in several models ("mug, model CM-14-01",
    "mug, model CM-14-02"): items of one class or kind (CBP's binding-ruling practice)."""
    start = items.index(after) + 1
    for paragraph in items[start:start + 3]:
        lines = [line for line in paragraph.text.split("\n") if line.strip()]
        # The list's numbers or bullets may stand in a column of their own.
        if len(lines) != count or all(re.fullmatch(r"\W*\d{0,2}\W*", line) for line in lines):
            continue
        names = {MODEL.sub("", fold(line)).casefold() for line in lines}
        if len(names) == 1 and names != {""}:
            return Span(paragraph, 0, len(paragraph.text))
        return None
    return None


# An answer that names no port yet: "We have not decided yet.", "To be determined", "TBD".
_UNDECIDED = re.compile(r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:decided|determined|chosen|known|"
                        r"selected|fixed)|undecided|unknown|to\s+be\s+(?:determined|decided|"
                        r"confirmed|advised|chosen)|(?-i:TBD|TBA)|none\s+yet)\b", re.I)


def _ports(items: list[Paragraph], fields: Fields) -> None:
    found = labelled(items, _LABELS["ports"], STOP)
    if found is not None and _UNDECIDED.search(found.text) and not _CODE.search(found.text):
        # Asked and answered that no port is chosen: the letter gives none (177.2(b)(1)).
        fields.put_span("ports", (), found, LABELLED)
        # (so the ports' caption is no hint of ports the reader missed: it was answered)
        fields.put_span("ports_undecided", True, found, LABELLED)
        return
    if found is None and (empty := empty_box(items, _LABELS["ports"])) is not None:
        fields.put_span("ports", (), empty, LABELLED)
        return
    if found is None:
        for paragraph in items:
            if match := PORTS_SENTENCE.search(paragraph.text):
                found = Span(paragraph, match.start("ports"), match.end("ports"))
                break
    if found is not None and (said := [port for hit in ports_in_prose(
            fold(found.text), hedged=True, planned=True) for port in hit.ports]):
        # A caption answered by a sentence ("Ports of entry" over "The goods will be entered at
        # Los Angeles and Chicago."): the ports are those the sentence names, not its words.
        fields.put_span("ports", tuple(dict.fromkeys(said)), found, LABELLED)
        return
    if found is not None:
        text = fold(found.text).rstrip(".")
        codes = [a or b for a, b in _CODE.findall(text)]
        # A comma before a state code ("Long Beach, CA") is inside one port's name.
        names = [part.strip() for part in re.split(r",(?!\s*[A-Z]{2}\b)\s*|\s+and\s+|;\s*", text)
                 if part.strip()]
        fields.put_span("ports", tuple(codes or names), found, LABELLED)
        return
    _ports_in_prose(items, fields)


def _ports_in_prose(items: list[Paragraph], fields: Fields) -> None:
    """Ports named in sentences anywhere in the letter: codes where printed, else names."""
    ports: list[str] = []
    first: Span | None = None
    for paragraph in items:
        for hit in ports_in_prose(paragraph.text.replace("\n", " "), hedged=True,
                                  planned=True):
            first = first or Span(paragraph, hit.start, hit.end)
            ports.extend(v for v in hit.ports if v not in ports)
    if first is not None:
        fields.put_span("ports", tuple(ports), first, PROSE)
