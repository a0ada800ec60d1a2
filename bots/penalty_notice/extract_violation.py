"""What a referral says happened: the goods, the statement of the violation and its kind.

The notice must give them (19 CFR 162.77(b)(1)(i), (iii), (iv)). Referrals state the violation
after a cue ("2. Violation.", "Nature of violation:", "Narrative:", "Findings", "Material facts")
and name the goods after another ("Merchandise:", "Goods:", "Commodity:", "The merchandise
is"); the kind of violation is read from the statement's words. Each value keeps its evidence.
"""

from __future__ import annotations

import re
from itertools import islice

from bots.penalty_notice.extract_header import IN_SENTENCE, INFERRED
from bots.penalty_notice.extract_narrative import (
    ACT,
    LABEL_LINE,
    SHORTEST_STATEMENT,
    paragraphs,
    read_narrative,
)
from bots.penalty_notice.goods_in_prose import not_goods
from bots.penalty_notice.violation_sentence import read_violation_sentence
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

# A row's heading before a label, as a findings table or a numbered list prints it: "2.",
# "Finding 2", "Item 3:", "Count 1", "No. 2", or the word alone with its number wrapped below.
ROW_HEAD = (r"(?:(?:\d{1,3}[.)]|(?:(?:finding|item|count|charge|point)[ \t]*(?:no\.|\#)?|no\.|\#)"
            r"[ \t]*(?:\d{1,3}[.:)]?)?)[ \t]*)?")
_FACTS_CUE = re.compile(
    # "2. Violation." heads a section; "VIOLATION.......:" is a label padded by a dot leader.
    rf"(?im)^[ \t]*{ROW_HEAD}violation\.(?![.:])[ \t]*"
    r"|nature[ \t]+of[ \t]+(?:the[ \t]+)?violation[ \t]*:[ \t]*"
    rf"|^[ \t]*{ROW_HEAD}(?:narrative|description)[ \t]*:[ \t]*"
    # A heading alone on its line, worded by meaning: "Material facts", "Statement of facts",
    # "Facts and circumstances", "Summary of findings", "Narrative", "Details of the violation".
    rf"|^[ \t]*{ROW_HEAD}(?:(?:statement|summary)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:material[ \t]+)?facts(?:[ \t]+(?:and|&)[ \t]+circumstances"
    r"|[ \t]+of[ \t]+(?:the[ \t]+)?(?:case|violation))?|findings|narrative"
    r"|circumstances(?:[ \t]+of[ \t]+(?:the[ \t]+)?violation)?"
    r"|details[ \t]+of[ \t]+(?:the[ \t]+)?violation)[ \t]*[:.]?[ \t]*\n"
    rf"|^[ \t]*{ROW_HEAD}(?:(?:statement[ \t]+of[ \t]+)?(?:the[ \t]+)?(?:material[ \t]+)?facts"
    r"|findings"
    r"|summary[ \t]+of[ \t]+(?:the[ \t]+)?(?:facts|findings)"
    # "Basis:", "Grounds for the penalty:", "Reasons for referral:": facts only when they tell
    # an act (_CHARGE_CUE), as a computation's "Basis: 2 x LOD" does not.
    r"|(?:basis|grounds?|reasons?)(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:penalty|referral"
    r"|action|violation|case|findings?))?)[ \t]*:[ \t]*"
    r"|\bfound[ \t]+the[ \t]+following\.[ \t]*"
    # A run-in heading with its stop, the statement on its line: "3. Findings. The party
    # declared ...", "Material facts. The importer ...", "Statement of facts. On ...".
    rf"|^[ \t]*{ROW_HEAD}(?:(?:statement|summary)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:material[ \t]+)?facts|findings|narrative)\.[ \t]+(?=[A-Z])"
)
# Not a value's label: "Dutiable value of merchandise: $126,580.00", "Domestic value of the
# merchandise: 193,807.00" name an amount.
_MERCHANDISE_CUE = re.compile(
    r"(?i)\b(?<!value\sof\s)(?<!value\sof\sthe\s)"
    r"(?:description\s+of\s+(?:the\s+)?merchandise|merchandise|goods|commodity)\s*:\s*"
    r"|(?<!value\sof\s)\bthe\s+merchandise\s+is\s+"
    # "The merchandise concerned is ...", "The goods involved were ...", "The imported
    # products consist of ...": the goods told in a sentence, by what they are.
    r"|\bthe\s+(?:imported\s+)?(?:merchandise|goods|products|articles)\s+"
    r"(?:(?:concerned|involved|at\s+issue|in\s+question|covered)\s+(?:is|are|was|were)"
    r"|consist(?:s|ed)?\s+of|compris(?:e|es|ed))\s+"
    # "The goods are aluminum ladders.": what they are, not what was done with them ("The
    # goods were declared as ...", "... are subject to ...", "... were not marked").
    r"|(?<!value\sof\s)\bthe\s+(?:imported\s+)?(?:merchandise|goods|products|articles)\s+"
    r"(?:is|are|was|were)\s+(?!(?:(?-i:[a-z]+ed)|not|also|subject|from|of|in|under|to|for|being|then"
    r"|now|still|all|each|both|said|as|at|on|by)\b)"
)
# Where a statement of the violation ends: the goods, the date, the culpability, the next
# numbered item or heading of the referral.
_FACTS_END = re.compile(
    r"(?im)\b(?:description\s+of\s+(?:the\s+)?merchandise|merchandise|goods|commodity)\s*:"
    r"|\bthe\s+merchandise\s+is\b|\bthe\s+first\s+entry\b|\bdate\s+of\s+(?:the\s+)?violation\b"
    r"|^[ \t]*(?:\d+\.[ \t]+[A-Z]|entry\s+detail|level\s+of\s+culpab|culpab"
    r"|please\s+open\b|senior\b|attachments?\b)"
    # The entries' caption or table, not a sentence wrapped before its word ("... boards on the"
    # over "entries listed by omitting ..."): the line above ends no sentence in a small letter.
    r"|^(?<!(?-i:[a-z,])\n)[ \t]*entries\b"
)
# The goods named in apposition: "The merchandise, jars, 16 oz., item FJ-16, was entered ...";
# an abbreviation's period ("oz.", "nos.") stays inside, the closing ", was" bounds it, or the
# sentence going on after it ("entered the merchandise, steel pots, under a provision ...").
_GOODS_BETWEEN_COMMAS = re.compile(
    r"(?i)\bthe\s+(?:imported\s+)?(?:merchandise|goods),\s+(?P<goods>[^;:]{3,160}?),\s+"
    r"(?:was|were|is|are|had|has|have|under|as|at|from|into|in|with|for|through|by|on|to|and"
    r"|(?-i:[a-z]+ed))\b"
)
# "The merchandise, valued at $1, was ...", "..., described above, was ...", "the goods,
# however, were ...": no description.
_NOT_GOODS = re.compile(
    r"(?i)^(?:valued|worth|described|listed|shown|identified|referenced|mentioned|detailed"
    r"|which|as|that|see|however|therefore|thus|also|accordingly|in\s+turn|in\s+fact)\b"
    r"|.*(?:\$|\bUSD\b)")
# A label that names the kind of violation ("Nature of the violation: undervaluation",
# "Violation: misclassification, ...", a worksheet's "Violation  misdescription of the goods"):
# its words are the kind, and the facts only when they report what the party did. 1592(a)
# speaks of a material false statement or omission, so senders label it that way too ("Nature of
# the false statement: misdescribed", "Type of misstatement"). A label alone on its line (a
# heading, "VIOLATION:") has its kind on the next line.
KIND_LABEL = re.compile(
    rf"(?im)^[ \t]*{ROW_HEAD}(?:(?:nature|type|kind)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:violation|(?:material[ \t]+)?(?:false[ \t]+statement|misstatement|omission|offen[cs]e))"
    r"|(?:alleged[ \t]+)?violation(?:[ \t]+(?:type|kind))?)[ \t]*[:.]?(?:[ \t]+(?=\S)|[ \t]*\n)"
)
# Cues that may head the charge alone ("Nature of violation: undervaluation", "2. Violation.
# Misclassification (19 U.S.C. 1592(a)(1)(A))"): their words are the facts only when they report
# an act; the kind and the law it breaks are no material facts (19 CFR 162.77(b)(1)(iv)).
_CHARGE_CUE = re.compile(r"(?i)nature\s+of|violation\.|\b(?:basis|grounds?|reasons?)\b")
# A cue whose words send the reader elsewhere ("Facts: see investigative file.", "Narrative:
# refer to the attached report", "Material facts: to follow", "N/A") states no facts.
_REFERS_ELSEWHERE = re.compile(
    r"(?i)^(?:\(?(?:please\s+)?(?:see|refer(?:\s+to)?|cf\.)\b"
    r"|(?:(?:is|are|will\s+be)\s+)?(?:attached|enclosed|on\s+file|in\s+(?:the\s+)?(?:case\s+)?file"
    r"|to\s+(?:follow|be\s+(?:provided|supplied|added|determined))|pending|forthcoming)\b"
    r"|(?:tbd|tba|n/?a|none|nil|unknown|not\s+(?:available|provided|stated|known))\b)")
_SENTENCE_END = re.compile(r"\.(?=\s|$)")
# A heading's body that opens with a labelled field ("Party:  X") lists fields under it.
_FIELD_LIST = re.compile(r"\s*[A-Z][\w .#&/()'-]{0,30}:[ \t]")
_LONGEST_GOODS = 160
# Valuation and classification charged at once: the laws of both (rules/laws.py).
TWO_KINDS = "valuation and classification"
# The kind of violation, from the words of its statement; the first kind that matches wins, so
# the narrower kinds come first ("rules of origin" is a preference claim, not an origin error).
VIOLATION_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"(?i){pattern}")) for kind, pattern in (
        # One charge of both a value and a rate ("declared X at values and rates that did not
        # match", "filed with a value and classification that did not reflect the transaction",
        # "undervalued and misclassified"): two kinds, and a notice states every law violated
        # (19 CFR 162.77(b)(1)(iii)), so the pair is read, never one kind of it alone.
        # "the declared values and the rates", "undervalued the lamps and misclassified them".
        (TWO_KINDS, r"\b(?:values?|prices?)\s+(?:and|&)\s+(?:(?:the|its|their)\s+)?"
                    r"(?:(?:duty|tariff)\s+)?(?:rates?|classifications?)\b"
                    r"|\b(?:(?:duty|tariff)\s+)?(?:rates?|classifications?)\s+(?:and|&)\s+"
                    r"(?:(?:the|its|their)\s+)?(?:values?|valuations?)\b"
                    r"|\bvaluations?\s+(?:and|&)\s+(?:tariff\s+)?classifications?\b"
                    r"|\bunder-?valu\w*\b[^.;]{0,60}?\s(?:and|&)\s+mis-?classif"
                    r"|\bmis-?classif\w*\b[^.;]{0,60}?\s(?:and|&)\s+under-?valu"),
        ("antidumping", r"anti-?dumping|countervailing|\bADD?\s*/\s*CVD\b"),
        ("manufacturer", r"manufacturer\s+identification|named\s+a\s+manufacturer|\bMID\b"),
        ("preference", r"preferential|rules\s+of\s+origin|free\s+trade\s+agreement|\bUSMCA\b"
                       r"|\bGSP\b|\b(?:NAFTA|CAFTA|AGOA)\b|duty[- ]free\s+treatment"
                       r"|trade[- ]program|\bpreference\s+(?:claim|program)|claimed\s+(?:a\s+)?"
                       r"(?:[\w-]+\s+){0,2}preference"),
        ("marking", r"\bmark(?:ed|ing)\b|\bunmarked\b"),
        ("origin", r"country\s+of\s+origin|\borigin\b|transship"),
        # "declared the goods under a provision with a lower rate than the one that applies",
        # "misdescribed the merchandise, so that a lower rate was declared"
        ("classification", r"subheading|classif|\bHTS(?:US)?\b"
                           r"|tariff\s+(?:provision|heading|number|item|code|classification)"
                           r"|rate\s+of\s+duty|\b(?:provision|heading)\s+(?:with|at|carrying"
                           r"|bearing)\s+a\s+lower\s+(?:duty\s+)?rate"
                           r"|\blower[- ]rate\s+(?:provision|heading)"
                           r"|\blower\s+(?:duty\s+)?rate\s+(?:was|were|had\s+been)\s+(?:declared"
                           r"|claimed|entered|applied)"),
        ("quantity", r"\bquantit|short[- ]?shipped|number\s+of\s+(?:units|pieces|cartons)"
                     r"|\b(?:fewer|more)\s+(?:units|pieces|cartons|items|packages)\s+than"),
        # "prices about 40% below the prices actually paid", "a second set of invoices"
        ("valuation", r"undervalu|\bassists?\b|prices?\s+actually\s+paid|understated"
                      r"|purchase\s+price|royalt|transaction\s+value|under-?invoic"
                      # "a second, higher invoice", "presented only the lower invoice"
                      r"|(?:dual|double|second|false|parallel|separate)(?:,?\s+(?:higher|true"
                      r"|real|actual))?\s+(?:set\s+of\s+)?invoic|\b(?:higher|lower)\s+invoic"
                      r"|paid\s+or\s+payable|first[- ]sale|\brebates?\b"
                      r"|\b(?:prices?|values?|amounts?)\s+(?:(?:was|were|is|are)\s+)?(?:(?:about"
                      r"|approximately|some|roughly|nearly|over)\s+)?\d+(?:\.\d+)?\s*%\s+"
                      r"(?:below|under|less\s+than|lower\s+than)"
                      r"|\b(?:buying|selling|sales|agent'?s?)\s+commissions?\b"
                      # "invoiced at a second, lower price", "paid under a side agreement": the
                      # price declared is not the one paid (19 U.S.C. 1401a(b)).
                      r"|\b(?:second|lower|reduced|false|fictitious|artificial)(?:,?\s+(?:lower"
                      r"|reduced|false))?\s+(?:prices?|values?)\b"
                      r"|\bside\s+(?:agreements?|payments?|letters?|contracts?|arrangements?)\b"
                      r"|\bvalues?\s+(?:below|(?:lower|less)\s+than)"),
        # Last: a false description whose effect the statement does not name (rate, value).
        ("description", r"\bmisdescri(?:ption|bed)\b"
                        r"|\b(?:false(?:ly)?|wrong(?:ly)?|incorrect(?:ly)?)\s+descri(?:ption|bed)\b"
                        r"|\bdescribed\s+as\b.{0,80}\balthough\b"),
    )
)


def read_violation(stream: TextStream) -> dict[str, Extracted]:
    """The statement of the violation, its kind and the goods, by PenaltyFacts field."""
    fields: dict[str, Extracted] = {}
    goods = read_merchandise(stream)
    if goods is not None:
        fields["merchandise"] = goods
    # With no heading, the narrative paragraph that reports the act states the violation.
    facts = (read_material_facts(stream) or read_narrative(stream, kind_of)
             or _facts_after_kind_label(stream) or read_violation_sentence(stream, kind_of))
    if facts is not None:
        fields["material_facts"] = facts
    kind = violation_kind(stream, facts) if facts is not None else labelled_kind(stream)
    if kind is not None:
        fields["violation_type"] = kind
    return fields


# The cue that says what the goods are ("The goods were ..."), not one that labels them.
_SAID_OF_GOODS = re.compile(r"(?i)\b(?:is|are|was|were)\s+$")
# Goods are described in words: an amount or a number alone ("322,400.00.") is a value's tail.
_WORDED = re.compile(r"[A-Za-z]{3}")


def read_merchandise(stream: TextStream) -> Extracted | None:
    """The goods named after their cue, to the end of that sentence."""
    for cue in stream.finditer(_MERCHANDISE_CUE):
        end = _SENTENCE_END.search(stream.text, cue.end(), cue.end() + _LONGEST_GOODS)
        stop = end.start() if end else min(len(stream.text), cue.end() + _LONGEST_GOODS)
        # A label's value unstopped ("Merchandise: bicycle handlebars, part HB-720") ends where
        # the next label's line begins ("Violation: False statements at entry ...").
        label = _next_label_line(stream.text, cue.end(), stop)
        if label is None and ":" in cue.group():
            label = _label_line_end(stream.text, cue.end(), stop)
        stop = stop if label is None else label
        value = " ".join(stream.text[cue.end():stop].split())
        if _SAID_OF_GOODS.search(cue.group()) and not_goods(value.split(",")[0]):
            continue  # "The goods were a personal importation": what they were, not which
        if value and (end is not None or label is not None) and _WORDED.search(value):
            return Extracted(value, stream.evidence(cue.end(), stop), IN_SENTENCE)
    for between in stream.finditer(_GOODS_BETWEEN_COMMAS):
        value = " ".join(between.group("goods").split())
        if not _NOT_GOODS.match(value):
            return Extracted(value, stream.evidence(between.start("goods"), between.end("goods")),
                             IN_SENTENCE)
    return None


# A list item's marker opening its line: a dash, a star, a bullet, "(b)", "c)".
_LIST_ITEM = re.compile(r"[ \t]*(?:[-\u2013\u2014*\u2022\u00b7o]|\(?[a-z0-9][.)])[ \t]+\S")


def _next_label_line(text: str, start: int, stop: int) -> int | None:
    """Where the first line opening with a label or a list's next item ("- The importer ...")
    between START and STOP begins, if one does."""
    line = text.find("\n", start, stop)
    while line >= 0:
        if LABEL_LINE.match(text[line + 1:stop]) or _LIST_ITEM.match(text, line + 1, stop):
            return line
        line = text.find("\n", line + 1, stop)
    return None


# A labelled value left without its stop ("Merchandise: steel tumblers") ends with its line where
# the next line opens something else: a blank line, a sentence ("The importer declared ..."), a
# label or a one-word heading ("Narrative"). A line that ends in a comma or a joining word, or a
# next line in capitals or small letters, goes on with the value ("tumblers, 20 oz and" over
# "32 oz", "STAINLESS STEEL" over "TUMBLERS").
_VALUE_GOES_ON = re.compile(r"(?i)(?:[,&/-]|\b(?:and|or|of|with|for|in|x))[ \t]*$")
_NEW_LINE_OPENS = re.compile(r"[ \t]*(?:$|[A-Z][a-z]+(?:[ \t]+[a-z]|[ \t]*:|[ \t]*$))", re.M)


def _label_line_end(text: str, start: int, stop: int) -> int | None:
    """Where a label's value on the label's line ends when the next line opens anew, if it does
    before STOP."""
    line = text.find("\n", start, stop)
    if line < 0 or not text[start:line].strip() or _VALUE_GOES_ON.search(text, start, line):
        return None
    return line if _NEW_LINE_OPENS.match(text, line + 1) else None


def read_material_facts(stream: TextStream) -> Extracted | None:
    """The referral's statement of the violation: the words after its cue, folded."""
    for cue in stream.finditer(_FACTS_CUE):
        end = stream.search(_FACTS_END, cue.end())
        stop = end.start() if end else len(stream.text)
        value = " ".join(stream.text[cue.end():stop].split())
        if _CHARGE_CUE.search(cue.group()) and not ACT.search(value):
            continue  # "Nature of the violation: undervaluation": its kind, not its facts
        if _REFERS_ELSEWHERE.match(value):
            continue
        if _FIELD_LIST.match(stream.text, cue.end()) and not ACT.search(value):
            continue  # "FINDINGS" over "Party: X", "Violation date: ...": fields, no statement
        if len(value) > 20:  # a heading word alone is not a statement
            return Extracted(value, stream.evidence(cue.end(), stop), IN_SENTENCE)
    return None


# Weaker cues, tried only when no cue above names a kind: where the goods were made ("declared as
# made in Vietnam but made in China") and a wrong rate of duty say origin and classification
# only when nothing else in the statement names the violation.
_FALLBACK_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"(?i){pattern}")) for kind, pattern in (
        ("origin", r"country\s+of\s+(?:manufacture|production)"
                   r"|\b(?:made|produced|manufactured|grown)\s+in\b"),
        ("classification", r"\b(?:wrong|incorrect|improper|erroneous)\s+(?:duty\s+)?rate\b"),
        # Last: what the goods were declared as against what they were, with no word of a
        # rate, a value or an origin: "declared the shipment as used household effects, but it
        # included antiques", "entered as parts although the cartons held finished units".
        ("description", r"\b(?:declared|entered|described|presented|identified)\b[^.;]{0,80}?"
                        r"\bas\b[^.;]{0,120}?\b(?:but|although|though|whereas|while|yet"
                        r"|when\s+in\s+fact)\s+(?:it|they|the\s+\w+|in\s+fact)?\s*(?:\w+\s+)?"
                        r"(?:included|contained|consisted|held|comprised|was|were)\b"),
    )
)


def kind_of(statement: str) -> str | None:
    """The kind of violation a statement names; None when no cue names one (a person reads it)."""
    return next((kind for kind, pattern in (*VIOLATION_CUES, *_FALLBACK_CUES)
                 if pattern.search(statement)), None)


def labelled_kind(stream: TextStream) -> Extracted | None:
    """The kind named on the line of a kind-of-violation label, with that line as evidence."""
    for label in stream.finditer(KIND_LABEL):
        stop = stream.text.find("\n", label.end())
        stop = len(stream.text) if stop < 0 else stop
        kind = kind_of(stream.text[label.end():stop])
        if kind is not None:
            return Extracted(kind, stream.evidence(label.end(), stop), INFERRED)
    return None


_LABEL_CONTINUES = 2  # paragraphs: a label's own wrapped line, then the statement


def _facts_after_kind_label(stream: TextStream) -> Extracted | None:
    """A kind label's charge ("Violation: undervaluation ...") and the paragraph after it that
    reports the act ("The invoices presented at entry showed ..."): the statement, read whole."""
    for label in stream.finditer(KIND_LABEL):
        line_end = stream.text.find("\n", label.end())
        line_end = len(stream.text) if line_end < 0 else line_end
        if kind_of(stream.text[label.end():line_end]) is None:
            continue
        if (told := _facts_on_label_line(stream, label, line_end)) is not None:
            return told
        rest = stream.text[line_end + 1:]
        for start, end in islice(paragraphs(rest), _LABEL_CONTINUES):
            block = rest[start:end]
            if LABEL_LINE.match(block):
                break
            if ACT.search(block) and len(block) >= SHORTEST_STATEMENT:
                stop = line_end + 1 + end
                return Extracted(" ".join(stream.text[label.end():stop].split()),
                                 stream.evidence(label.end(), stop), INFERRED)
    return None


_WRAPPED_LINES = 3  # a label's value in a table's cell wraps onto at most this many more lines
_FINDING_ROW = re.compile(r"(?i)\s*findings?\b")
_WRAPPED_ROW_NUMBER = re.compile(r"^\d{1,3}[ \t]+")


def _facts_on_label_line(stream: TextStream, label: re.Match[str], line_end: int
                         ) -> Extracted | None:
    """The kind and the act told in a finding's own cell ("Finding 2  Violation: undervaluation;
    the invoices declared prices below those actually paid"), with the lines it wraps onto, up
    to the next label; a row number wrapped under its heading ("Finding" over "2") is left out.
    The row calls its words a finding, as a "Findings" heading does; a bare "Violation: ..."
    line names the charge, and its facts are looked for elsewhere."""
    if not _FINDING_ROW.match(label.group()) or not ACT.search(stream.text, label.end(), line_end):
        return None
    parts = [stream.text[label.end():line_end]]
    stop = line_end
    for line in stream.text[line_end + 1:].split("\n")[:_WRAPPED_LINES]:
        if not line.strip() or LABEL_LINE.match(line) or parts[-1].rstrip().endswith("."):
            break
        parts.append(_WRAPPED_ROW_NUMBER.sub("", line))
        stop += 1 + len(line)
    statement = " ".join(" ".join(parts).split())
    if len(statement) < SHORTEST_STATEMENT:
        return None
    return Extracted(statement, stream.evidence(label.end(), stop), INFERRED)


def violation_kind(stream: TextStream, facts: Extracted) -> Extracted | None:
    """The kind of violation its label or the statement names, with the words that name it."""
    kind = kind_of(str(facts.value))
    if kind is None:
        return labelled_kind(stream)
    found = next((hit for cue, pattern in (*VIOLATION_CUES, *_FALLBACK_CUES) if cue == kind
                  and (hit := stream.search(pattern)) is not None), None)
    evidence = stream.evidence(found.start(), found.end()) if found else facts.evidence
    return Extracted(kind, evidence, INFERRED)
