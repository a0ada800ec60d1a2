"""The wordings of a penalty referral's header labels, field by field, and the STOP pattern that
ends a value at any field's label."""

from __future__ import annotations

import re

from bots.common.reading.captions import NUMBERED_CAPTION

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
# Each field's label, compiled: its wordings with an item's number or bullet and the tail.
LABELS = {key: re.compile(rf"(?i){_ITEM}(?:{pattern}){_TAIL}")
           for key, pattern in LABEL_PATTERNS.items()}
# A segment that is any field's label is never another field's value.
# A numbered box's caption in capitals ("5. REMARKS") ends the box above it, known field or not.
STOP = re.compile(r"(?i)" + _ITEM + r"(?:" + "|".join(LABEL_PATTERNS.values()) + r")\b" + _TAIL
                  + "|" + NUMBERED_CAPTION.pattern)
