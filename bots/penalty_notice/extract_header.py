"""The label/value header of a penalty referral: party, case, culpability, values.

Referrals print each value after its label ("Party: ..."), below it (form boxes) or in the next
cell of a two-column table; labels vary by office, so each field has a pattern of its wordings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bots.common.reading.answers import Answer, answer_in
from bots.common.reading.caption_rows import value_under
from bots.common.reading.captions import NUMBERED_CAPTION
from bots.common.reading.parties import ends_street_line
from bots.common.reading.tick_boxes import prints_boxes
from bots.customs.identifiers import parse_importer_number
from bots.penalty_notice.city_set_apart import city_set_apart
from bots.penalty_notice.commercial_options import chosen_option, prints_both
from bots.penalty_notice.culpability import culpability_named, level_in, level_worded
from bots.penalty_notice.day_first import parse_date_either_way
from bots.penalty_notice.label_rows import label_runs_on, right_of, row_amount, run_on
from bots.penalty_notice.name_in_sentence import bare_name
from bots.penalty_notice.party_captions import value_before_caption
from bots.penalty_notice.wrapped_name import name_wrapped, unfinished
from tradebots.facts import Extracted
from tradebots.pdf import FieldText, LabelHit, Segment, Word, find_labels, parse_money
from tradebots.pdf.labels import read_below, read_right

LABELLED = 0.95  # a value read beside or below its label
IN_SENTENCE = 0.85  # a value right after its cue in a sentence ("Date of violation: ...")
INFERRED = 0.75  # a value concluded from the wording around a phrase, or with no cue at all
DEFAULTED = 0.7  # a yes/no the referral does not print, read as its default

# "(19 CFR 162.43)", possibly cut by a line wrap, a question's mark ("Prior disclosure?: No")
# and a colon (an export's "key = value": "=").
_TAIL = r"(?:\s*\([^)]*\)?)?\s*\??\s*[:=]?"
# An abbreviated label ("DV", "DOM VAL", "DUT VAL") may stand before its amount with no colon,
# as a clerk types it ("DV $90,000.00", "DV USD 90,000.00", "DV 90,000.00"): the amount, a
# currency then a figure or a figure with its thousands' commas or cents, marks it a label.
_AMOUNT_NEXT = (r"|(?=\s+(?:(?:US\$|USD|\$|EUR|€)\s?\d|\d{1,3}(?:,\d{3})+(?:\.\d\d)?\b"
                r"|\d+\.\d\d\b))")
# A case export pads a label with dot leaders ("IMPORTER........: X"), so a label's lookahead for
# its colon steps over dots.
# Each field's wordings across offices and forms: CBP's own (SEACATS, "Alleged Violator", "IOR"),
# abbreviations clerks type ("Dt.", "DV", "PD") and what audit and FP&F memos print.
LABEL_PATTERNS: dict[str, str] = {
    "case_number": (
        r"(?:(?:fp&f|penalty|seacats)\s+(?:case\s+)?(?:no\.?|number|#)"
        r"|(?:fp&f\s+|penalty\s+|seacats\s+)?case\s+(?:no\.?|number|#|id\b)"
        r"|(?:file|matter)\s+(?:no\.?|number|#)"
        # a box captioned "SEACATS Case" alone, its number below or beside it
        r"|(?:fp&f|penalty|seacats)\s+case(?=[\s.]*(?::|$))"
        # a case docket's title cell beside its number ("CASE DOCKET | 2025-2704-690016-01")
        r"|(?:case\s+)?docket(?:\s+(?:no\.?|number|#))?(?=[\s.]*(?::|$)))"
    ),
    "party_name": (
        r"(?:name\s+of\s+(?:the\s+)?(?:party|violator|importer|company|firm)"
        # a case system's "IOR NAME", "IMPORTER OF RECORD NAME"
        r"|(?:party|violator|importer(?:\s+of\s+record)?|ior|company|firm|business|entity"
        r"|auditee)(?:'s)?\s+name"
        # an audit's findings name the party it audited "Auditee", "Audited party", "Audited
        # importer", "Company audited", "Audit subject"
        r"|(?:alleged\s+|subject\s+|audited\s+)?(?:party|violator|auditee)"
        r"(?!\s+address|['’]s\b|\s+(?:audited|under\s+audit))"
        r"|(?:audited\s+(?:importer|company|firm|entity|business)|(?:party|importer|company|firm"
        r"|entity|business)\s+(?:audited|under\s+audit)|audit\s+subject|subject\s+of\s+(?:the\s+)?"
        r"audit)(?!\s+(?:address|no\b|number|#))"
        r"|importer\s+of\s+record(?!\s*(?:no\b|number|#|id\b|address))|importer(?=[\s.]*:|\s*$)"
        # a case export's "SUBJECT : <party>"; a memo's subject line is refused by its words;
        # a case system's bare "Name", "Respondent", "Company" before the address
        r"|(?:subject|name|respondent|company|entity)(?=[\s.]*:|\s*$))"
    ),
    "party_address": (
        # a form's abbreviation: "Addr.", "ADDR:"
        r"(?:(?:party|violator|auditee|mailing|importer|business|street|registered|last\s+known)\s+)?"
        r"(?:address(?:\s+of\s+record)?|addr\.|addr(?=[\s.]*(?::|$))"
        # a case system's "Location", "Place of business" for where the party is
        r"|(?:business\s+)?location(?=[\s.]*(?::|$))|place\s+of\s+business)"
        # a form's numbered lines: "Address line 1:", "Address 2:", "ADDR LINE 2"
        r"(?:\s+(?:line\s*)?[1-3](?=[\s.]*(?::|$))|\s+line\s*[1-3]\b)?"
    ),
    "importer_number": (
        # "EIN": the employer number an importer files under (19 CFR 24.5)
        # "CBP importer ID", "Importer identification no.", "Importer/record no.", "IR number"
        r"(?:(?:(?:cbp|customs)\s+)?(?:importer(?:\s+of\s+record|\s*/\s*record)?|ior|ir\b)\s*"
        r"(?:no\.?|number|#|id(?:entification)?(?:\s+(?:no\.?|number|#))?)(?![a-z])"
        # "IOR" alone captions a form box whose number sits below it
        r"|(?:ein\s*/\s*)?ior(?=[\s.]*(?::|$))|ein\b"
        # the IRS number an importer files under (19 CFR 24.5), however the form words it
        r"|irs\s*(?:no\.?|number|#)|(?:federal\s+)?tax\s+id(?:entification)?(?:\s+(?:no\.?|number|#))?)"
    ),
    "violation_date": (
        # a clerk's "Viol. date", "Dt. of viol."; a case export's "VIOL DATE.....:" and "DT OF
        # VIOL....:" lose the abbreviation's stop with the dot leader
        r"(?:(?:date|dt\.?)\s+of\s+(?:the\s+)?(?:first\s+|initial\s+)?viol(?:ation\b|\."
        r"|(?=[\s.]*:))"
        r"|date\s+(?:the\s+)?violation\s+(?:occurred|began|was\s+committed)"
        r"|viol(?:ation|\.|(?=\s))\s*(?:date|dt\.?)|earliest\s+violation(?:\s+date)?"
        # a period's first day is the first violation's ("Period of violation: 1/3/22 - ...")
        r"|period\s+of\s+(?:the\s+)?violations?|violation\s+period)"
    ),
    "culpability": (
        r"(?:(?:degree|level)\s+of\s+)?(?:culpability|culp(?:\.|(?=\s*:)))(?:\s+(?:level|determination))?"
    ),
    "prior_disclosure": (
        # "Prior discl.", "Prior disc.": a clerk's abbreviation of the label
        # a case export's "PRIOR DISCL..:" loses the abbreviation's stop with its dot leader
        # a fixed-width report's "PRIOR DISCL    YES": the abbreviation ends its cell, or a yes/no
        # follows it
        r"(?:(?:prior\s+(?:disclosure|discl?(?:\.|(?=\s*:)|(?=\s*$)"
        r"|(?=\s+(?:yes|no|y|n|none|true|false)\b)))|pd)"
        r"(?:\s+(?:status|filed|made|received))?"
        # a bare "Disclosure", "Disclosure (162.74)" caption
        r"|disclosure(?:\s+status)?(?=[\s.]*(?:\(|\?|:|$)))"
        r"(?!\s+date)"
    ),
    "noncommercial": (
        # a case system's "Import type", "Type of import"
        r"(?:(?:type\s+of\s+|nature\s+of\s+)?importation|(?:type|nature)\s+of\s+import\b"
        r"|import(?:ation)?\s+type"
        r"|commercial\s*/\s*non[\s-]*commercial|(?:non[\s-]*)?commercial\s+(?:status|use))"
    ),
    # "DV: ...", "D/V: ...", "DV (USD)", a case export's "DV.......: USD 1,000.00", "D.V. of
    # merchandise".
    "domestic_value": (
        # "DOMESTIC VAL..:" loses its stop with the leader, "DOMESTIC VAL" may end its cell;
        # "D/V:" is a clerk's slash form;
        # "DOM VALUE", "DOM VAL": a fixed-width report cuts the word without a stop; a clerk's
        # "DV $90,000.00", "DOM VAL USD 90,000.00" sets the amount after it with no colon
        rf"(?:total\s+)?(?:dom(?:estic|\.|(?=\s+val))\s*val(?:ue(?:\b|(?-i:(?<=[a-z])(?=[A-Z\d])))|\.|(?=\s*:)|(?=\s*$){_AMOUNT_NEXT})"
        rf"|d(?:\s*/\s*)?v(?=[\s.]*(?:\(|:|$){_AMOUNT_NEXT})"
        r"|d\.\s?v\.(?:\s+of\s+(?:the\s+)?merchandise)?)"
    ),
    # A bare "Entered Value" heads an entries column; only a total is the dutiable value. Either
    # value's label may run into its amount's currency ("Dutiable valueUSD 1.00").
    "dutiable_value": (
        # "DUTIABLE VAL..:", "DUT VAL....:": the leader takes the abbreviation's stop
        r"(?:(?:total|aggregate)\s+)?dut(?:iable|\.|(?=\s+val))\s*"
        rf"val(?:ue(?:\b|(?-i:(?<=[a-z])(?=[A-Z\d])))|\.|(?=[\s.]*:)|(?=\s*$){_AMOUNT_NEXT})"
        r"|(?:total|aggregate)\s+entered\s+value"
        rf"|dutiable(?=[\s.]*:{_AMOUNT_NEXT})"
    ),
    # The goods by their other names (162.77(b)(1)(i)): "Goods", "Commodity", "Products",
    # "Description of goods", "Goods description"; a bare plural only as a caption.
    "merchandise": (
        r"(?:description\s+of\s+(?:the\s+)?(?:imported\s+)?"
        r"(?:merchandise|goods|articles|products?|commodit(?:y|ies))"
        r"|(?:merchandise|goods|commodity|product|article)\s+description"
        r"|(?:imported\s+)?merchandise"
        r"|(?:goods|commodit(?:y|ies)|products?|articles)(?:\s+involved)?(?=[\s.]*(?::|$)))"
    ),
}
# A memo numbers its labelled lines: "2. Name of party: X", "7) Dutiable: 60401.00"; a letter
# bullets them ("- IOR: 34-1928374", "\u2022 Prior disclosure?: Not made").
_ITEM = r"(?:(?:\d{1,2}[.)]|[\u2022\u2023\u25aa\u25e6\u00b7\u2219*\u2013-])\s*)?"
_LABELS = {key: re.compile(rf"(?i){_ITEM}(?:{pattern}){_TAIL}")
           for key, pattern in LABEL_PATTERNS.items()}
# A segment that is any field's label is never another field's value.
# A numbered box's caption in capitals ("5. REMARKS") ends the box above it, known field or not.
STOP = re.compile(r"(?i)" + _ITEM + r"(?:" + "|".join(LABEL_PATTERNS.values()) + r")\b" + _TAIL
                  + "|" + NUMBERED_CAPTION.pattern)
# A label's words that run on into a verb are a sentence wrapped on to a new line ("No / prior
# disclosure was made."), not a label and its value.
# "The / violator did not disclose.": an auxiliary verb right after the label's words. Not a
# negation or participle: "Prior disclosure: Not filed", "PD: Made 3/1/24" are values.
_SENTENCE_GOES_ON = re.compile(
    r"(?i)^\s*(?:was|were|is|are|has|have|had|will|would|did|does|do|didn't|doesn't|can|could"
    r"|shall|should|must)\b")

_CASE = re.compile(r"[A-Z0-9][A-Z0-9-]{5,29}")
_IMPORTER = re.compile(r"[0-9][0-9A-Z-]{6,14}")
# A yes/no answered in words: "Yes", "Y", "None", "Not made". Boxes are the shared toolkit's.
_YES = re.compile(r"(?i)^\s*(?:yes|y|true)\b")
_NO = re.compile(r"(?i)^\s*(?:no|n|none|false|not\s+made)\b")
_ANSWER = re.compile(r"(?i)\b(?:yes|no)\b")


def fold(text: str) -> str:
    """Runs of white space folded to one space."""
    return " ".join(text.split())


def culpability_of(text: str) -> str | None:
    """The 1592(c) culpability a label's value names (a ticked box, a word, the law's words),
    or gives in other words ("Willful", "Gross", "1592(c)(2)")."""
    named = culpability_named(text)
    if named is None and (worded := level_worded(text)) is not None:
        return worded.value
    return named


def culpability_weak(text: str) -> bool:
    """A level read from an abbreviation or a writer's other words: the inferred confidence."""
    level = level_in(text) or level_worded(text)
    return level is not None and level.weak


def yes_no_of(text: str) -> bool | None:
    """A printed yes/no answer, or a ticked Yes/No box pair; None when neither is clear (an N/A,
    a pair left unmarked or marked both ways: the shared answer reader's states)."""
    answer = answer_in(text)
    if answer in (Answer.YES, Answer.NO):
        return answer is Answer.YES
    if answer is not Answer.UNANSWERED or prints_boxes(text) or len(_ANSWER.findall(text)) > 1:
        return None
    # No answer word first: a worded one ("True", "Not made").
    if _YES.match(text):
        return True
    if _NO.match(text):
        return False
    return None


# A disclosure answered in words: "Not filed", "No prior disclosure", "Prior disclosure perfected",
# "Valid prior disclosure filed (19 CFR 162.74)", "Yes - tendered".
_DISCLOSURE_NO = re.compile(r"(?i)^\s*(?:not|never|no|none)\b|\b(?:not|never)\s+(?:been\s+)?"
                            r"(?:filed|made|received|submitted|perfected|tendered|accepted)\b")
_DISCLOSURE_YES = re.compile(r"(?i)\b(?:filed|made|received|submitted|perfected|tendered|valid"
                             r"|accepted|granted|verified)\b")


def disclosure_of(text: str) -> bool | None:
    """Whether a prior disclosure was made, from a yes/no, a box or a worded answer; an N/A
    says neither."""
    answer = yes_no_of(text)
    if answer is not None or prints_boxes(text) or answer_in(text) is Answer.NOT_APPLICABLE:
        return answer
    if _DISCLOSURE_NO.search(text):
        return False
    if _DISCLOSURE_YES.search(text):
        return True
    return None


# The importation's kind in other words: goods for the party's own use ("Personal", "Personal
# effects", "Household goods", "Private", "Gift") are a noncommercial importation (162.77(c));
# a clerk cuts the words short ("NON-COMM", "COMM").
_PERSONAL = re.compile(r"(?i)\b(?:personal|private|household|gifts?|non[\s-]*comm)\b")
_TRADE = re.compile(r"(?i)\b(?:comm|trade|resale|business)\b")


def commercial_of(text: str) -> bool | None:
    """True for a noncommercial importation, False for a commercial one."""
    if prints_both(text):
        return chosen_option(text)  # a form's pair of options: the mark decides
    lowered = text.lower()
    if re.search(r"non[\s-]*commercial", lowered):
        return True
    if "commercial" in lowered:
        return False
    if _PERSONAL.search(text):
        return True
    if _TRADE.search(text):
        return False
    return None


# Figures a typist set apart by spaces where the form has hyphens: a case number "2025 2704
# 000411 01", an EIN "88 1204417": read whole, never as their longest group alone.
_SPACED_CASE = re.compile(r"(?<![A-Z0-9-])\d{2,4}(?: \d{2,6}){2,4}(?![A-Z0-9-])")
_SPACED_EIN = re.compile(r"(?<![A-Z0-9-])(\d{2}) (\d{7})(?: ?(\d{2}))?(?![A-Z0-9-])")


def importer_of(text: str) -> str | None:
    text = _SPACED_EIN.sub(lambda m: "-".join(g for g in m.groups() if g), text)
    for match in _IMPORTER.finditer(re.sub(r"-\s+", "-", text.upper())):
        parsed = parse_importer_number(match.group(0).rstrip("-"))
        if parsed is not None:
            return parsed.normalized
    return None


def case_of(text: str) -> str | None:
    text = _SPACED_CASE.sub(lambda m: m.group(0).replace(" ", "-"), text)
    match = _CASE.search(text.upper())
    return match.group(0) if match and any(c.isdigit() for c in match.group(0)) else None


@dataclass(frozen=True)
class _Reader:
    parse: Callable[[str], Any]
    lines: int = 1
    # A label whose own line holds a refused value is not this field's label: a memo's
    # "Subject: Audit referral - X" never gives the party from the line below it.
    own_line_decides: bool = False
    # A value read from a weak cue (a code such as "NEG") scores lower even beside its label.
    weak: Callable[[str], bool] = lambda text: False
    # A name or an address opens with a capital or a figure: after a label with no colon, a
    # lowercase word is a wrapped sentence going on ("The" over "party made a disclosure ...").
    capitalised: bool = False


def _text(value: str) -> str | None:
    folded = fold(value)
    return folded or None


# An amount where goods are told: the tail of a label wrapped at its line's end ("Domestic value
# of the" over "merchandise: $346,396.00."), never a description of the merchandise.
_AMOUNT_FIRST = re.compile(r"(?i)^(?:USD|US\$|\$)\s*\d|^\d[\d,]*\.\d{2}\b")


def _goods(value: str) -> str | None:
    folded = _text(value)
    return None if folded is None or _AMOUNT_FIRST.match(folded) else folded


# What a memo's subject line says ("Referral for penalty action - X"): not a party's name.
_NOT_A_NAME = re.compile(r"(?i)\b(?:referral|penalty|violation|1592|case)\b")


# A caption's own words after the party's label ("VIOLATOR - NAME AND ADDRESS"): no name.
_CAPTION_WORDS = re.compile(
    r"(?i)^\W*(?:full\s+|legal\s+)?name(?:\s*(?:and|&|/|\+)\s*(?:mailing\s+|business\s+)?"
    r"address)?\W*$")


# A mail's subject opens with its forward or reply mark ("FW: submission - 3 attachments"): a
# name in it only where one part of it names someone.
_MAIL_SUBJECT = re.compile(r"(?i)^(?:fwd?|re|aw|wg|tr|sv)\s*:")


def _party(value: str) -> str | None:
    # A name set over its address line ends in the comma that joins them: no part of the name.
    folded = bare_name(fold(value))
    if folded and (_NOT_A_NAME.search(folded) or _MAIL_SUBJECT.match(folded)):
        folded = _named_in_subject(folded) or ""
    # A legal caption's bracket column (")" after "Violator.") names no one.
    if not folded or _CAPTION_WORDS.match(folded) or not re.search(r"[A-Za-z]{2}", folded):
        return None
    return folded


# A subject line joins what the memo is and whom it concerns with a dash or a colon, either
# way round: "Penalty referral - X", "Referral for penalty action: X", "X – 1592 referral".
_SUBJECT_JOIN = re.compile(r"\s+[-–—]+\s+|:\s+")


# A mail's forward or reply mark before the subject ("FW: penalty referral") names no one.
_MAIL_PREFIX = re.compile(r"(?i)(?:fwd?|re|aw|wg|tr|sv)$")


def _named_in_subject(folded: str) -> str | None:
    """The one part of a subject line that is not the memo's own kind: the party's name."""
    parts = [p.strip(" ,") for p in _SUBJECT_JOIN.split(folded)]
    named = [p for p in parts if p and not _NOT_A_NAME.search(p) and not _MAIL_PREFIX.match(p)
             and re.search(r"[A-Za-z]{2}", p)]
    return named[0] if len(named) == 1 and len(parts) > 1 else None


def _party_weak(value: str) -> bool:
    """A name taken out of a subject line is a weaker cue than a party's own label; a name that
    stops on a joining word ("Harbor Reach Outfitters of") lost its wrapped rest."""
    return bool(_NOT_A_NAME.search(fold(value)) or _MAIL_SUBJECT.match(fold(value))
                or unfinished(fold(value)))


# An address's lines joined on one line by a semicolon or a spaced slash ("5050 Tanner Road;
# Portland, OR 97217", "88 Quarry Road / Barre, VT 05641") are its lines: a comma joins them.
_LINE_JOIN = re.compile(r"\s*;\s*|\s+/\s+")


def address_of(value: str) -> str | None:
    """An address folded to one line, its printed lines joined by commas; what goes on after its
    ZIP code ("..., TX 77011. Importer number 41-...") is no part of it, but for the country."""
    folded = _ATTENTION.sub("", _LINE_JOIN.sub(", ", fold(value)).strip(" ,"))
    zip_code = STATE_ZIP.search(folded)
    if zip_code and not _COUNTRY_AFTER.fullmatch(folded, zip_code.end()):
        folded = folded[:zip_code.end()]
    return folded or None


# "Attn: Legal Dept." over the street routes the notice inside the firm; it is no line of the
# address the notice goes to (162.77(b)).
_ATTENTION = re.compile(r"(?i)^(?:attn|attention)\b[.:]?[^,]*(?:,\s*|$)")
_COUNTRY_AFTER = re.compile(r"[\s,]*(?:(?:USA|U\.S\.A|U\.S|United\s+States(?:\s+of\s+America)?)"
                            r"\.?)?\s*", re.I)


READERS: dict[str, _Reader] = {
    "case_number": _Reader(case_of),
    "party_name": _Reader(_party, own_line_decides=True, weak=_party_weak, capitalised=True),
    "party_address": _Reader(address_of, lines=2, capitalised=True),
    "importer_number": _Reader(importer_of),
    "violation_date": _Reader(parse_date_either_way),
    "culpability": _Reader(culpability_of, weak=culpability_weak),
    "prior_disclosure": _Reader(disclosure_of),
    "noncommercial": _Reader(commercial_of),
    "domestic_value": _Reader(parse_money),
    "dutiable_value": _Reader(parse_money),
    # Beyond the contract: the notice describes the goods. An amount beside the label says it
    # is another label's wrapped tail, so nothing below it is the goods either.
    "merchandise": _Reader(_goods, own_line_decides=True),
}


_BOX_ALIGN = 8.0  # points: a box's value starts under its caption's left edge, give or take
_BOX_REACH = 3.0  # caption heights: how far below a small caption its box's value may sit


def _candidates(segments: Sequence[Segment], hit: LabelHit, lines: int,
                boxed: bool = False) -> list[FieldText]:
    """The text after the label, the next segment right of it, and the lines below it (for a
    BOXED field, an identifier, date or amount, also its value lower in a form's box)."""
    found = []
    if words := glued_tail(hit) + hit.rest:
        rest = FieldText(" ".join(w.text for w in words), words, hit, "right")
        found.append(run_on(segments, rest, STOP))
    # A label cut by a wrap leaves a stub after it; the value may still sit beside the label.
    whole = LabelHit(hit.segment, hit.start, len(hit.segment.text))
    # A caption alone on its line may have its value set in under it ("Violator" over
    # "  Acme Co."): below it, anywhere within the caption's own width.
    indent = 0.0 if hit.rest else hit.segment.bbox[2] - hit.x0
    right = read_right(segments, whole, STOP)
    below = read_below(segments, hit, STOP, lines, indent)
    if below is None and not hit.rest and boxed:
        # A form's caption in small type over its box: the value sits lower in the box than
        # a line's gap, but still right under the caption's left edge.
        under = value_under(hit.segment, segments, _BOX_ALIGN, _BOX_REACH,
                            lambda cell: not STOP.match(cell.text))
        below = FieldText(under.text, under.words, hit, "below", (under.text,)) if under else None
    for item in (right and run_on(segments, right, STOP), below):
        if item is not None:
            found.append(item)
    return found


# Where a value runs into its label ("Prior disclosureNone filed", "Domestic value$ 1.00", "IOR
# No.51-6560547"): the label's last letter lowercase and the value's a capital, or the value
# opening with a figure or a sign. A lowercase run ("Importers") is one word, no value.
_GLUED = re.compile(r"(?<=[a-z])[A-Z]|(?<=[A-Za-z.])[\d$]")


def glued_tail(hit: LabelHit) -> tuple[Word, ...]:
    """The value's start inside the label's last word, when a narrow column runs them together."""
    text = hit.segment.text
    if hit.end >= len(text) or text[hit.end].isspace() or not _GLUED.match(text, hit.end):
        return ()
    for word, start in zip(hit.segment.words, hit.segment.offsets(), strict=True):
        if start < hit.end < start + len(word.text):
            tail = word.text[hit.end - start:]
            # "Address1:", "Line2:": the figure numbers the label, which its colon ends.
            return () if tail.endswith((":", "=")) else (replace(word, text=tail),)
    return ()


def read_header(segments: Sequence[Segment]) -> dict[str, Extracted]:
    """Every header field the referral gives, by contract key, with evidence and confidence."""
    fields: dict[str, Extracted] = {}
    for key, reader in READERS.items():
        hits = list(find_labels(segments, _LABELS[key]))
        for index, hit in enumerate(hits):
            value = _first_value(segments, hit, reader)
            if value is None and key in _PARTY_KEYS:
                value = _party_before_caption(segments, hit, reader)
            if value is not None:
                if key == "party_address":
                    value = _label_repeated(segments, hit, hits[index + 1:index + 2], value)
                    value = city_set_apart(segments, value)
                fields[key] = value
                break
    return fields


def _label_repeated(segments: Sequence[Segment], hit: LabelHit, after: list[LabelHit],
                    street: Extracted) -> Extracted:
    """A case report that prints its label again for each line of the address ("ADDRESS ....
    9 Millpond Street" over "ADDRESS .... Portland, ME 04101"): the street and the city line
    under it, when the street has no city and the line right below gives it under the same
    label at the same indent."""
    if not after or not isinstance(street.value, str) or STATE_ZIP.search(street.value):
        return street
    below = after[0]
    top, bottom = hit.segment.bbox[1], hit.segment.bbox[3]
    gap = below.segment.bbox[1] - bottom
    if not (0 <= gap <= 2.5 * (bottom - top) and abs(below.x0 - hit.x0) <= _BOX_ALIGN):
        return street
    city = _first_value(segments, below, READERS["party_address"])
    if city is None or not isinstance(city.value, str) or not _BARE_CITY_LINE.match(city.value):
        return street
    return Extracted(f"{street.value.rstrip(' ,')}, {city.value}", street.evidence,
                     min(street.confidence, city.confidence))


_PARTY_KEYS = ("party_name", "party_address")


def _party_before_caption(segments: Sequence[Segment], hit: LabelHit,
                          reader: _Reader) -> Extracted | None:
    """The party's name or address printed before its caption (above it, or left of it)."""
    found = value_before_caption(segments, hit, STOP, address=reader.lines > 1)
    if found is None:
        return None
    value = reader.parse(", ".join(found.lines) if reader.lines > 1 else found.text)
    return Extracted(value, found.evidence(), LABELLED) if value is not None else None


# Fields whose value says what it is (a number, a date, an amount, a level of culpability), and
# the answers a caption tied to them names ("No" captioned "Prior disclosure" under it).
_SELF_EVIDENT = ("case_number", "importer_number", "violation_date", "culpability",
                 "domestic_value", "dutiable_value", "prior_disclosure", "noncommercial")


def names_value(value: str, caption: str) -> bool:
    """Whether CAPTION, all of it, is a field's label and VALUE reads as that field's value:
    "43-4837468" captioned "IOR No." right of it."""
    return any(_LABELS[key].fullmatch(caption.strip()) and READERS[key].parse(value) is not None
               for key in _SELF_EVIDENT)


# Values that say what they are (a number, a date, an amount): safe to take from lower in a box.
_BOXED: tuple[Callable[[str], Any], ...] = (case_of, importer_of, parse_date_either_way,
                                            parse_money)
_LEADER = re.compile(r"^[\s.]*(?::=|[:=])\s*")
# A state written "TX." as well as "TX" before the ZIP code.
STATE_ZIP = re.compile(r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b")
# A city line, with or without the comma before the state ("PORTLAND ME 04101").
_BARE_CITY_LINE = re.compile(r"[A-Z][A-Za-z .'-]{1,40}?,?\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\s*$")


def _wrapped(segments: Sequence[Segment], found: FieldText) -> FieldText:
    """An address beside its label that wraps in its cell: the line below joined to it."""
    if found.where != "right" or STATE_ZIP.search(found.text):
        return found
    # The value's own segment, or (a monospaced page that prints "ADDRESS....: 2 Main St" as one
    # segment) the label's, read from the value's first word: the wrapped line stands under it.
    # A colon set apart from its label ("ADDRESS     : 2 Main St") opens the value's segment:
    # the value, and the line wrapped under it, start at the word after it.
    first = next((w for w in found.words if not _LEADER.fullmatch(w.text)), found.words[0])
    cell = next((s for s in segments if first in s.words), None)
    at = cell.offsets()[cell.words.index(first)] if cell else 0
    below = read_below(segments, LabelHit(cell, at, len(cell.text)), STOP, 1) if cell else None
    if below is None:
        # A printout wraps the city line back to the margin, under the label ("ADDRESS: 212
        # WHARF ST STE 300" over "PORTLAND ME 04101"), or sets it in by spaces that a
        # proportional font makes fall short of the street: only a whole city line is the
        # address's.
        below = read_below(segments, found.label, STOP, 1,
                           indent=max(0.0, found.words[0].x0 - found.label.x0))
        if below is not None and _UNIT_LINE.match(below.text):
            # A unit's line at the margin too ("Suite 200" over "Reno, NV 89502"): the whole
            # city line under it closes the address.
            return _unit_at_margin(segments, found, below)
        if below is None or not _BARE_CITY_LINE.match(below.text):
            return found
        return FieldText(f"{found.text.rstrip().rstrip(',')}, {below.text}",
                         found.words + below.words, found.label, "right")
    text, words = _joined_line(found.text, below.text), found.words + below.words
    # A unit's line between the street and the city ("77 Depot Street" over "Suite 3" over
    # "Keene, NH 03431"), or before the street ("Suite 3" over "77 Depot Street"): the lines go
    # on under each other to the city's.
    unit_first = bool(_UNIT_LINE.match(found.text))
    for _ in range(_MORE_LINES):
        if STATE_ZIP.search(text) or not (_UNIT_LINE.match(below.text) or unit_first):
            break
        unit_first = False
        under = next((s for s in segments if below.words[0] in s.words), None)
        nxt = read_below(segments, LabelHit(under, 0, len(under.text)), STOP, 1) if under else None
        if nxt is None:
            break
        # Under a unit's line a whole city line starts a new part ("STE 300" over "BARRE VT").
        joined = (f"{text.rstrip().rstrip(',')}, {nxt.text}" if _BARE_CITY_LINE.match(nxt.text)
                  else _joined_line(text, nxt.text))
        text, words, below = joined, words + nxt.words, nxt
    if not STATE_ZIP.search(text):
        return found
    return FieldText(text, words, found.label, "right")


def _unit_at_margin(segments: Sequence[Segment], found: FieldText,
                    unit: FieldText) -> FieldText:
    """The street beside its label, the unit's line and the city line under it, both at the
    margin; the street alone when no whole city line follows the unit's."""
    under = next((s for s in segments if unit.words[0] in s.words), None)
    city = read_below(segments, LabelHit(under, 0, len(under.text)), STOP, 1) if under else None
    if city is None or not _BARE_CITY_LINE.match(city.text):
        return found
    return FieldText(f"{found.text.rstrip().rstrip(',')}, {unit.text}, {city.text}",
                     found.words + unit.words + city.words, found.label, "right")


_MORE_LINES = 2
_UNIT_LINE = re.compile(r"(?i)^\s*(?:suite|ste\.?|unit|apt\.?|floor|fl\.|room|rm\.?|building"
                        r"|bldg\.?|dept\.?|p\.?\s*o\.?\s+box)\b")


def _joined_line(head: str, below: str) -> str:
    """An address's line and the line below it as one text."""
    # "Blvd.," over "Norcross, GA 30071" is a new address line; "Miami, FL" over "33136" is not.
    head = head.rstrip()
    # "2 Mercer Plaza" over "Greensboro, NC 27401": a street line, then the city line, is two
    # lines of the address; a line that holds a comma already began the city ("12 Main St., New").
    # So is a street line ending in its suite or floor ("..., Suite 600" over "Seattle, ..."),
    # and a street line over its unit's ("77 Depot Street" over "Suite 3").
    new_line = head.endswith(",") or bool(_UNIT_LINE.match(below) or _UNIT_LINE.match(head)) or (
        bool(_BARE_CITY_LINE.match(below)) and ("," not in head or ends_street_line(head)))
    return f"{head.rstrip(',')}, {below}" if new_line else f"{head} {below}"


def _first_value(segments: Sequence[Segment], hit: LabelHit, reader: _Reader) -> Extracted | None:
    if label_runs_on(segments, hit):
        return None
    if reader.own_line_decides:
        own = hit.rest or tuple(w for s in right_of(segments, hit.segment) for w in s.words)
        if own and reader.parse(_LEADER.sub("", " ".join(w.text for w in own))) is None:
            return None
    for candidate in _candidates(segments, hit, reader.lines, reader.parse in _BOXED):
        if candidate.where == "right" and _SENTENCE_GOES_ON.match(candidate.text):
            return None
        if reader.capitalised and candidate.where == "right" and _runs_on_lowercase(hit,
                                                                                     candidate):
            return None
        found = candidate
        if reader.parse is parse_money and candidate.where == "right" and not hit.rest:
            # A computation row prints its basis ("162.43") before the amount.
            if (row := row_amount(segments, hit, candidate, STOP)) is None:
                return None  # figures nothing tells apart: a person reads the row
            found = row
        if reader.lines > 1:
            found = _wrapped(segments, found)
        elif reader.parse is _party:
            found = name_wrapped(segments, found, STOP)
        text = ", ".join(found.lines) if found.lines else found.text
        # A case export pads its labels: "NAME OF PARTY      : X" leaves ": X" to the right.
        value = reader.parse(_LEADER.sub("", text))
        if value is not None:
            weak = reader.weak(_LEADER.sub("", text))
            return Extracted(value, found.evidence(), INFERRED if weak else LABELLED)
    return None


_LOWERCASE_WORD = re.compile(r"^[a-z]{2,}\b")


def _runs_on_lowercase(hit: LabelHit, candidate: FieldText) -> bool:
    """Whether a label printed with no colon runs on into a lowercase word: a sentence's words."""
    label = hit.segment.text[hit.start:hit.end]
    return not re.search(r"[:=]", label) and bool(_LOWERCASE_WORD.match(candidate.text.strip()))
