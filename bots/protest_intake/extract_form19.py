"""CBP Form 19, any revision: boxes found by their labels (wording and numbers vary)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bots.common.reading.tick_boxes import (
    LEAD_EMPTY,
    LEAD_MARK,
    boxed_options,
    question_choice,
    yes_no_choice,
)
from bots.protest_intake.extract_category import ARGUED, names_petition_decision
from bots.protest_intake.extract_fields import (
    LABELLED,
    POINTER,
    Fields,
    category_of,
    fold,
    importer_number_in,
    port_code_in,
    protest_number_in,
    ticked,
)
from bots.protest_intake.extract_objection_reasons import deferred
from bots.protest_intake.extract_surety import NON_COLLUSION, read_surety
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import (
    FieldText,
    PdfDocument,
    Segment,
    TextStream,
    Word,
    parse_us_date,
    read_field,
)
from tradebots.pdf.words import evidence_of

_NUMBER = r"(?:\d{1,2}[a-z]?\s*[.)]\s*)?"
_TAIL = r"(?:\s*\([^)]*\))*\s*:?"
_EARLIER = r"(?:earlier|prior|previous)"


def _label(body: str) -> re.Pattern[str]:
    return re.compile(rf"\s*{_NUMBER}(?:{body}){_TAIL}", re.I)


LABELS: dict[str, re.Pattern[str]] = {
    "protest_number": _label(r"protest\s+(?:number|no\.?)"),
    "received_date": _label(r"date\s+(?:received|of\s+receipt(?:\s+by\s+cbp)?)"),
    "port_code": _label(r"port(?:\s+code)?(?:\s+of\s+entry)?(?=\s*[:(]|\s*$)"),
    "importer_number": _label(
        r"(?:importer\s+(?:number|no\.?)|ior\s+no\.?)"
        r"(?:\s+of\s+(?:the\s+)?protest(?:ing\s+party|ant))?"
    ),
    # The box label may wrap in its cell after "OTHER": the rest is dropped from the value.
    "name_and_address": _label(
        r"name\s+and\s+address\s+of\s+(?:the\s+)?(?:importer\s+or\s+other\s*$|"
        r"(?:importer\s+or\s+other\s+)?protest(?:ing\s+party|ant))"
    ),
    "protestant_name": _label(r"(?:protestant|protesting\s+party)(?:'s)?(?:\s+name)?(?=\s*:)"),
    # A replica's own box: "6a. Street and city", "Mailing address", "Street address".
    "protestant_address": _label(r"address\s+of\s+(?:the\s+)?protest(?:ant|ing\s+party)"
                                 r"|(?:street\s+and\s+city|street\s+address|mailing\s+address)"
                                 r"(?=\s*[:(]|\s*$)"),
    "accelerated_disposition": _label(
        r"accelerated\s+disposition\s+requested|request\s+for\s+accelerated\s+disposition"
    ),
    "category": _label(r"(?:category\s+of\s+merchandise\s*(?:/|and|or)\s*)?"
                       r"(?:category\s+of\s+)?decision\s+protested"),
    "merchandise_description": _label(
        r"description\s+of\s+(?:the\s+)?merchandise|merchandise\s+description"
    ),
    # The objection's box by the form's names for it: "Nature of and justification for the
    # objection", a print's "Justification for protest (facts and legal arguments)". A letter's
    # "Basis of objection - ..." opens prose, not a box: it would make a letter look a form.
    "objection_text": _label(
        r"nature\s+of\s+and\s+justification\s+for\s+the\s+objection"
        r"|justification\s+for\s+(?:the\s+)?(?:protest|claim|objection)"
        r"|facts\s+and\s+legal\s+arguments?|reasons\s+for\s+(?:the\s+)?protest"
    ),
    "drawback_declaration": _label(r"(?:entries\s+)?subject\s+to\s+drawback"),
    "surety_protest": _label(r"protest\s+filed\s+by\s+(?:a\s+)?surety"),
    "bond_demand_mailed": _label(r"date\s+bond\s+demand\s+mailed|bond\s+demand\s+mailed\s+on"),
    # The earlier protest of 174.13(a)(7), however the box words it: "Number of earlier
    # protest", "12. Earlier protest number", "Prior protest no.", "Previous protest number".
    "earlier_protest_number": _label(
        rf"(?:number|no\.?)\s+of\s+(?:the\s+)?{_EARLIER}\s+protest"
        rf"|(?:\(a\)\s*)?{_EARLIER}\s+protest\s+(?:no\.?|number)"
    ),
    "earlier_protest_received": _label(
        rf"(?:receipt\s+date|date\s+(?:of\s+receipt|received))\s+of\s+(?:the\s+)?{_EARLIER}"
        rf"\s+protest|date\s+(?:the\s+)?{_EARLIER}\s+protest\s+(?:was\s+)?received"
        rf"|{_EARLIER}\s+protest\s+(?:received|receipt\s+date|date\s+received)"
        r"|\(b\)\s*date\s+received"
    ),
    "further_review_requested": _label(r"further\s+review\s+requested"),
    "afr_criterion": _label(r"criterion|174\.24\s+criterion"),
    # The signature box's printed name, however the form words it ("15. Name and title",
    # "Typed name", "Signer's name", "Name of person signing").
    "signer_name": _label(r"name\s+of\s+(?:the\s+)?(?:signer|person\s+signing)"
                          r"|(?:printed|typed)\s+name(?:\s+and\s+title)?|signer'?s\s+name"
                          r"|name\s+and\s+title(?:\s+of\s+(?:the\s+)?(?:signer|person\s+signing))?"
                          r"|name\s*\(print(?:ed)?\s+or\s+type\)"),
}
_OTHER_LABELS = (
    r"signature|title|date(?:\s+signed)?|principal|section\s+[ivx]+\b|entries\s+protested"
    r"|entries\s+covered|entry\s+details|port\s+code\b|is\s+(?:any|accelerated|further)\b"
)
# A numbered box that asks ("9. Are the entries in this protest subject to a drawback claim?")
# opens the next box, whatever it asks.
_NUMBERED_QUESTION = r"\s*\d{1,2}\s*[.)]\s*(?:is|are|was|were|has|have|do|does|did)\b[^?]{0,160}\?"
STOP = re.compile(
    "|".join(f"(?:{p.pattern})" for p in LABELS.values()) + rf"|\s*{_NUMBER}(?:{_OTHER_LABELS})"
    + f"|{_NUMBERED_QUESTION}",
    re.I,
)
# The yes/no questions of the 2021 revision: "Is Accelerated Disposition being requested?"
_QUESTIONS = (
    ("accelerated_disposition", re.compile(r"(?i)accelerated\s+disposition.*\?")),
    ("drawback_declaration", re.compile(r"(?i)drawback.*\?")),
    ("further_review_requested", re.compile(r"(?i)further\s+review\s+(?:being\s+)?requested")),
)
_YES_NO_BOXES = ("accelerated_disposition", "drawback_declaration", "surety_protest",
                 "further_review_requested")
# A line that gives an address, not a name: a street number first, or a state and ZIP code.
_ADDRESS_LIKE = re.compile(r"^\s*\d|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
# A name opens with a capital and is no note about one: "on file", "same as above", "N/A".
_NAME_ALONE = re.compile(r"(?i)^\s*(?!(?:on\s+file|same\s+as|n/?a|none|see)\b)(?-i:[A-Z])"
                         r"(?![^\n]*\bon\s+(?:file|record)\b)")
_LABEL_REST = re.compile(r"\s*protest(?:ing\s+party|ant)\s*", re.I)
_CRITERION = re.compile(r"(?:174\.24\s*)?\(?\b([a-d])\b\)?", re.I)
_ELECTRONIC = re.compile(r"filed\s+electronically|ACE\s+Protest\s+Module", re.I)


def _read(
    segments: list[Segment], key: str, parse: Callable[[str], Any], lines: int = 1
) -> tuple[Any, FieldText] | None:
    found = read_field(segments, LABELS[key], stop=STOP, max_lines=lines,
                       accept=lambda text: parse(text) is not None)
    return (parse(found.text), found) if found else None


def read_form19(document: PdfDocument, stream: TextStream, fields: Fields) -> None:
    """Fill `fields` from the boxes of a Form 19 (entries are read separately)."""
    segments = document.all_segments
    # Revision A gives name and address in one box: the first line is the name.
    block = read_field(segments, LABELS["name_and_address"], stop=STOP, max_lines=6)
    named = [x for x in (block.lines if block else ()) if not _LABEL_REST.fullmatch(x)]
    if block is not None and len(named) >= 2:
        evidence = block.evidence()
        fields.put("protestant_name", fold(named[0]), evidence, LABELLED)
        fields.put("protestant_address", ", ".join(fold(x) for x in named[1:]), evidence,
                   LABELLED)
    elif block is not None and len(named) == 1 and _NAME_ALONE.match(named[0]) \
            and not (_ADDRESS_LIKE.search(named[0]) or POINTER.match(named[0])):
        # The box filled with the name alone: the address left out is absent, the name is not.
        fields.put("protestant_name", fold(named[0]), block.evidence(), LABELLED)
    simple: dict[str, Callable[[str], Any]] = {
        "protest_number": protest_number_in,
        "received_date": parse_us_date,
        "port_code": port_code_in,
        "importer_number": importer_number_in,
        "protestant_name": lambda t: fold(t) or None,
        "protestant_address": lambda t: fold(t) or None,
        "accelerated_disposition": ticked,
        "category": category_of,
        "merchandise_description": lambda t: fold(t) or None,
        "drawback_declaration": ticked,
        "surety_protest": ticked,
        "bond_demand_mailed": parse_us_date,
        "earlier_protest_number": protest_number_in,
        "earlier_protest_received": parse_us_date,
        "further_review_requested": ticked,
        "afr_criterion": _criterion,
        "signer_name": _signer,
    }
    for key, parse in simple.items():
        read = _read(segments, key, parse)
        if read is not None:
            fields.put(key, read[0], read[1].evidence(), LABELLED)
    objection = read_field(segments, LABELS["objection_text"], stop=STOP, max_lines=20)
    if objection is not None and not deferred(objection.text):
        fields.put("objection_text", fold(objection.text), objection.evidence(), LABELLED)
    lines = [line for n in document.page_numbers for line in document.segments(n)]
    for key, question in _QUESTIONS:
        if (answer := question_choice(lines, question)) is not None:
            fields.put(key, answer[0], evidence_of(answer[1]), LABELLED)
    # A box captioned as a statement ("7. Accelerated disposition requested"), its Yes and No
    # on the line under the caption: the caption asks the question.
    for key in _YES_NO_BOXES:
        if key not in fields.items and (answer := _answer_under(lines, LABELS[key])):
            fields.put(key, answer[0], evidence_of(answer[1]), LABELLED)
    _boxes_leading_lines(lines, fields)
    if "further_review_requested" not in fields.items and (
            chosen := _requested_or_not(lines)) is not None:
        fields.put("further_review_requested", chosen[0], evidence_of(chosen[1]), LABELLED)
    for key, pattern in (("filed_electronically", _ELECTRONIC),
                         ("non_collusion_certified", NON_COLLUSION)):
        match = stream.search(pattern)
        if match is not None:
            fields.put(key, True, stream.evidence(match.start(), match.end()), LABELLED)
    read_surety(stream, fields)


def with_decision_protested(document: PdfDocument, fields: Fields) -> None:
    """The objection's nature is the decision protested (174.13(a)(6)): a "Decision protested"
    box read with the justification under its own caption, so the rules see what is protested
    ("the decision of the Fines, Penalties and Forfeitures Officer", 1514(b)) even when the
    box names no category."""
    found = read_field(document.all_segments, LABELS["category"], stop=STOP, max_lines=4)
    objection = fields.items.get("objection_text")
    if found is None or objection is None:
        return
    decision = fold(found.text).lstrip("—–-: ")
    if decision and decision[:40] not in str(objection.value):
        fields.items["objection_text"] = replace(objection, value=f"{decision} {objection.value}")
    category = fields.items.get("category")
    if category is not None and category.confidence <= ARGUED \
            and names_petition_decision(decision):
        # "Decision protested: denial of our petition for mitigation" names what is attacked,
        # decided on petition (171.22, 172.22); a decision only argued does not outweigh it.
        del fields.items["category"]


_FURTHER_REVIEW = re.compile(r"(?i)further\s+review")


def _requested_or_not(lines: list[list[Segment]]) -> tuple[bool, list[Word]] | None:
    """"Application for further review  X Requested  [] Not requested": a box pair whose options
    are "Requested" and "Not requested" instead of Yes and No, read as the Yes/No pair it is
    (19 CFR 174.24: the application is made, or not)."""
    for line in lines:
        words = [w for s in line for w in s.words]
        asked = next((i for i, s in enumerate(line) if _FURTHER_REVIEW.search(s.text)), None)
        if asked is None:
            continue
        after = [w for s in line[asked + 1:] for w in s.words]
        texts = [w.text.lower() for w in after]
        if "requested" not in texts or "not" not in texts:
            continue
        # "Not requested" is the No; a lone "Requested" the Yes. The Not's own "requested" is
        # dropped so the mark is measured to the option's first word.
        renamed: list[Word] = []
        for index, word in enumerate(after):
            if word.text.lower() == "not":
                renamed.append(replace(word, text="No"))
            elif word.text.lower() == "requested" and not (
                    index and after[index - 1].text.lower() == "not"):
                renamed.append(replace(word, text="Yes"))
            elif word.text.lower() != "requested":
                renamed.append(word)
        answer = yes_no_choice(renamed)
        if answer is not None:
            return answer, words
    return None


# What a box's answer line holds and nothing else: Yes, No and their marks or boxes.
_ANSWER_WORD = re.compile(r"(?i)^(?:yes|no|[\[\]()xX✓✔☐☒■□]+|\[\s*[xX✓✔]?\s*\])[.,:]?$")


def _answer_under(lines: list[list[Segment]], label: re.Pattern[str]
                  ) -> tuple[bool, list[Word]] | None:
    """The Yes/No marked on the line under a caption, within the caption's own span, when that
    line holds only the answers and their marks (never another box's question), and no other
    question follows it (a form that captions under its boxes: those answers are its)."""
    for index, line in enumerate(lines[:-1]):
        after = " ".join(s.text for s in lines[index + 2]) if index + 2 < len(lines) else ""
        if any(PROTEST.search(phrase, after) for _, phrase in _BOXED_QUESTIONS):
            continue
        for caption in line:
            if not label.match(caption.text):
                continue
            words = [w for s in lines[index + 1]
                     if caption.x0 - 6 <= s.x0 < caption.bbox[2] for w in s.words]
            if words and all(_ANSWER_WORD.match(w.text) for w in words) \
                    and (answer := yes_no_choice(words)) is not None:
                return answer, words
    return None


_TRAILING_ANSWER = re.compile(r"(?i)\b(yes|no)\W*$")
_BOXED_QUESTIONS = (("accelerated_disposition", "accelerated"),
                    ("further_review_requested", "further_review"),
                    ("drawback_declaration", "drawback"))


def _boxes_leading_lines(lines: list[list[Segment]], fields: Fields) -> None:
    """A broker print's one typed box at the head or the end of a line: "[ ] 7. Accelerated
    disposition requested" or "Further review requested [X]" is that box's state; "[ ] Entry
    subject to drawback: YES" / "[X] ...: NO", one line per option, is answered by the answer
    on the one ticked line."""
    for key, phrase in _BOXED_QUESTIONS:
        if key in fields.items:
            continue
        found: list[tuple[bool, str | None, list[Word]]] = []
        for line in lines:
            text = " ".join(s.text for s in line)
            boxed = _one_box(text)
            if boxed is None or not PROTEST.search(phrase, boxed[1]):
                continue
            answer = _TRAILING_ANSWER.search(boxed[1])
            found.append((boxed[0], answer.group(1).lower() if answer else None,
                          [w for s in line for w in s.words]))
        answered = [f for f in found if f[1] is not None]
        chosen = [f for f in answered if f[0]]
        if answered and len(chosen) == 1 and len(answered) == len(found):
            fields.put(key, chosen[0][1] == "yes", evidence_of(chosen[0][2]), LABELLED)
        elif len(found) == 1 and not answered:
            fields.put(key, found[0][0], evidence_of(found[0][2]), LABELLED)


_TRAIL_BOX = re.compile(r"\s*(?:(?P<on>\[\s*[xX✓✔]\s*\]|[☒■])|\[\s*\]|[☐□])\s*$")


def _one_box(text: str) -> tuple[bool, str] | None:
    """Whether the one typed box a line prints at its head or its end is ticked, and the line
    without it; None for a line with no box there, or with more boxes (a Yes/No pair)."""
    if len(boxed_options(text) or ()) != 1:
        return None
    if (lead := LEAD_MARK.match(text) or LEAD_EMPTY.match(text)) and lead.group().strip():
        return lead.re is LEAD_MARK, text[lead.end():]
    if trail := _TRAIL_BOX.search(text):
        return trail.group("on") is not None, text[:trail.start()]
    return None


def _criterion(text: str) -> str | None:
    match = _CRITERION.fullmatch(text.strip())
    return match.group(1).lower() if match else None


def _signer(text: str) -> str | None:
    # "PRINTED NAME AND TITLE" holds "Name, Title": the name is what comes before the comma.
    name = fold(text.removeprefix("/s/")).split(",")[0].strip()
    return name or None
