"""The captions a ruling request prints over its facts (description, materials, use, price,
relationship, transaction, entries), shared by the readers of the goods and the transaction."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import COLON_AHEAD, label

RE_LINE = re.compile(r"\s*(?:Re|Subject|Subj\.?|Regarding)\s*:\s*", re.I)
DESCRIPTION_LABEL = (r"(?:(?:product|merchandise)\s+)?description(?!\s+of\s+the\s+transaction)"
                     r"(?:\s+of\s+(?:the\s+)?"
                     r"(?:merchandise|goods|products?|articles?))?"
                     # one box for both: "Description of the merchandise and transaction"
                     r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:transaction|facts|use))?"
                     # with its article too: "The merchandise: X", "The commodity: X"
                     r"|(?:the\s+)?(?:merchandise|commodity)" + COLON_AHEAD
                     # a help-desk ticket or an order form captions the goods "Item:"
                     # (or, for several models, "Articles:" and "Products:")
                     + r"|(?:the\s+)?(?:products?|goods|articles?|item)" + COLON_AHEAD
                     # a founder's plain words, the question turned round: "What it is:", "What
                     # they are (3 versions):", "What we are importing:", "What we make:"
                     + r"|what\s+(?:it|they|this|these)\s+(?:is|are)(?:\s*\([^()\n]{0,30}\))?"
                     + COLON_AHEAD + r"|what\s+we(?:'re|\s+are|\s+will\s+be)?\s+(?:importing|"
                     r"bringing\s+in|selling|making|make|sell|import)" + COLON_AHEAD
                     # or by the item's own code: "* Model A794: LED fixtures", "Style 1420:"
                     # ("Item 1:" lists run-in facts, read with them)
                     + r"|(?:model|style|sku|part)\s*(?:no\.?|#)?\s*"
                     r"(?=[\w./-]*\d)[A-Za-z0-9][\w./-]{0,15}" + COLON_AHEAD)
_FACTS_ROW = (r"(?:(?:statement\s+of\s+(?:the\s+)?|relevant\s+|the\s+)?"
              r"(?:facts|particulars|details)[ \t]*[:\u2013-][ \t]*)")
# The same facts asked as questions, an interview-style request's captions ("Q. What is it made
# of?" over "A. Aluminum 62%", or "What is its principal use: household cooking"). A question may
# go on with a phrase ("... principal use in the United States?"), never with another verb: "What
# is it made of?" asks no description.
_THEN_ASKED = r"(?:\s+(?:in|within|for|by|to|at|on|of|under|here)\b[^?:\n]{0,50})?\s*[?:]"
_GOODS_WORD = r"(?:product|goods|merchandise|article|item|commodit(?:y|ies))s?"
_ITS = r"(?:its|their|the|this|these|your)(?:\s+[\w-]+(?:'s|s')?)?"
ASKED_FACTS = {
    "product_description": (rf"(?:what\s+(?:is|are)\s+(?:the|this|these|your)\s+{_GOODS_WORD}"
                            r"|what\s+(?:is|are|will\s+be)\s+(?:being\s+|to\s+be\s+)?imported"
                            r"|what\s+(?:is|are)\s+(?:it|they))"
                            + _THEN_ASKED
                            # a request put as such: "Q. Describe the goods."
                            + rf"|(?:please\s+)?describe\s+(?:the|this|these|your)\s+{_GOODS_WORD}"
                            r"[^?:.\n]{0,50}[?:.]"
                            # a terse question, the caption asked: "Q2. Product?"
                            rf"|(?:the\s+)?{_GOODS_WORD}(?:\s+description)?\s*\?"),
    "principal_use": (rf"(?:what\s+(?:is|are)\s+{_ITS}\s+(?:(?:principal|intended|main|chief|"
                      r"primary|end|actual)\s+)?uses?"
                      r"|(?:what|how)\s+(?:is|are|will)\s+(?:it|they|the\s+[\w-]+)\s+(?:be\s+)?"
                      r"used(?:\s+for)?|what\s+(?:is|are)\s+(?:it|they)\s+(?:used\s+)?for"
                      r"|for\s+what\s+(?:purpose|use)[^?:\n]{0,40})" + _THEN_ASKED
                      + r"|(?:(?:principal|intended|main|end)\s+)?uses?\s*\?"),
    "component_materials": (r"(?:what\s+(?:is|are)\s+(?:it|they|the\s+[\w-]+)\s+(?:made|composed|"
                            r"constructed|manufactured)\s+(?:of|from)"
                            rf"|what\s+(?:is|are)\s+{_ITS}\s+(?:(?:component|constituent)\s+)?"
                            r"(?:materials?|composition|make-?up)"
                            r"|(?:what|which)\s+materials?\s+(?:is|are|does|do)\b[^?:\n]{0,40}"
                            r"|of\s+what\s+(?:materials?\s+)?(?:is|are)\s+(?:it|they)\s+made)"
                            + _THEN_ASKED
                            + r"|(?:component\s+)?(?:materials?|composition)\s*\?"),
    "terms_of_sale": (r"(?:what\s+are\s+the\s+(?:terms\s+of\s+(?:the\s+)?(?:sale|purchase|"
                      r"delivery)|(?:sale|delivery)\s+terms|incoterms?)"
                      r"|(?:on|under)\s+what\s+terms\s+(?:is|are)\s+(?:it|they|the\s+[\w-]+)\s+"
                      r"(?:sold|bought|purchased))" + _THEN_ASKED),
    "transaction_description": (r"what\s+is\s+the\s+transaction" + _THEN_ASKED
                                + r"|(?:please\s+)?describe\s+the\s+transaction"
                                r"[^?:.\n]{0,50}[?:.]"),
}
# A data sheet's heading on a line of its own, its paragraph under it ("Intended use" /
# "Recreational paddling ..."), or a caption pairing two names of the materials ("Composition /
# materials:", "Materials and composition").
_OWN_LINE = r"(?=[ \t]*\n)"
_MATERIALS_HEADING = (r"(?:composition|materials?)\s*(?:/|and|&)\s*(?:composition|materials?)"
                      r"(?=[ \t]*(?::|\n))")
# The rest of a question up to its "?" at its line's end: the options it lists are no answer.
_ASKED_TO_END = r"[^?\n]{0,80}(?=\?[ \t]*(?:\n|$))"
# Each fact's captions, by field.
LABELS = {
    # A form's box for the kind of ruling: "Ruling type", "Type of ruling", "Ruling requested
    # on", "Ruling sought for", "Subject of the ruling".
    # So do "Nature of request", "Type of request", "Request type", and "Ruling requested:"
    # with its colon (without, it heads a section asking the question in prose).
    # A questionnaire asks it: "Type of ruling requested?".
    "ruling_type": label(r"(?:ruling\s+type|(?:type|kind|category)\s+of\s+(?:the\s+)?"
                         r"(?:ruling|request)(?:\s+(?:requested|sought)(?=\s*\?))?"
                         r"|subject\s+of\s+(?:the\s+)?ruling|ruling\s+"
                         r"(?:requested|sought|asked)\s+(?:on|for|about)|ruling\s+(?:requested|"
                         r"sought)" + COLON_AHEAD + r"|nature\s+of\s+(?:the\s+)?(?:ruling\s+)?"
                         r"request|request\s+type|ruling\s+category"
                         # a record's "REQ.SUBJECT=" spelled out
                         r"|(?:request|ruling)\s+subject" + COLON_AHEAD +
                         # a questionnaire's "What is the subject of the request (classification,
                         # valuation, ...)?", its answer under it: the options are no answer
                         r"|(?:what\s+is\s+)?(?:the\s+)?(?:subject|kind|type)\s+of\s+"
                         r"(?:the\s+|this\s+|your\s+)?(?:ruling\s+)?request(?:ed)?\b"
                         + _ASKED_TO_END
                         + r"|what\s+(?:kind|type|sort)\s+of\s+ruling\b" + _ASKED_TO_END + ")"),
    # A section headed by the goods alone ("GOODS", "Part C - The goods", "1. The article")
    # describes them under it.
    # A summary's row of the facts at large may open with the goods' own caption: "Facts:
    # Product: X", "Particulars - Merchandise: X", "Details: Description: X".
    "product_description": label(rf"{_FACTS_ROW}(?:{DESCRIPTION_LABEL})"
                                 rf"|{DESCRIPTION_LABEL}|{ASKED_FACTS['product_description']}"
                                 r"|(?-i:The\s+(?:goods|articles?|products?|merchandise)"
                                 r"|THE\s+(?:GOODS|ARTICLES?|PRODUCTS?|MERCHANDISE)"
                                 # (a bare "Products" may head a table of them instead; a
                                 # form's "5. Product" captions the one article's answer)
                                 r"|GOODS|Goods|MERCHANDISE|Merchandise|PRODUCT|Product"
                                 r"|ARTICLE|Article)"
                                 r"(?=[ \t]*(?:\n|$))"
                                 # a letter's run-in heading: "Merchandise. Steel dog bowls, ..."
                                 r"|(?-i:Merchandise|Goods|Product|Article)(?=\.[ \t]+[A-Z])"),
    # A summary's "Facts:" row label may lead these captions as it leads the goods' own.
    "component_materials": label(_FACTS_ROW + r"?(?:component\s+)?materials?"
                                 r"(?:\s*\([^)]{1,30}\))?"
                                 + COLON_AHEAD + r"|component\s+materials|composition"
                                 + COLON_AHEAD + r"|" + _MATERIALS_HEADING + r"|"
                                 + ASKED_FACTS["component_materials"]),
    "principal_use": label(_FACTS_ROW + r"?principal\s+use"
                           r"(?:\s+in\s+the\s+(?:United\s+States|U\.S\.(?=:)))?"
                           r"|(?:intended\s+|end\s+)?use" + COLON_AHEAD
                           + r"|function" + COLON_AHEAD
                           + r"|(?:intended|end)\s+use" + _OWN_LINE + r"|"
                           + ASKED_FACTS["principal_use"]),
    "terms_of_sale": label(r"terms\s+of\s+sale|" + ASKED_FACTS["terms_of_sale"]),
    # 177.2(b)(2)(i) asks for "a complete statement of all relevant facts relating to the
    # transaction": a "Facts" or "Goods and facts" section is that statement.
    # One box for goods and transaction ("Description of the merchandise and transaction")
    # describes both.
    "transaction_description": label(ASKED_FACTS["transaction_description"] + r"|"
                                     r"(?:the\s+)?transaction|description\s+of\s+the\s+"
                                     r"transaction|description\s+of\s+(?:the\s+)?(?:merchandise|"
                                     r"goods|products?|articles?)\s+(?:and|&)\s+(?:the\s+)?"
                                     r"transaction|(?:statement\s+of\s+(?:the\s+)?|goods\s+and\s+)?"
                                     r"facts(?=\s*(?::|\n|$))"),
}

# The captions this reader reads a value under: a heading among them is one it looked under.
CAPTIONS = tuple(LABELS.values())
