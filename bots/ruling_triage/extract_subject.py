"""What the request is about: subjects, the goods and their facts, the transaction and entries."""

from __future__ import annotations

import re
from itertools import accumulate

from bots.common.reading.incoterms import terms_of_sale
from bots.common.reading.pending_sense import asserted, denied_before
from bots.common.reading.sentences import sentence_spans
from bots.ruling_triage.extract_text import (
    COLON_AHEAD,
    LABELLED,
    PROSE,
    Fields,
    Paragraph,
    Span,
    answer,
    asks,
    first_sentence,
    fold,
    label,
    labelled,
    sentences,
)
from bots.ruling_triage.field_labels import STOP
from bots.ruling_triage.model import RulingType
from tradebots.pdf import find_dates, parse_money

# Tried at each position in this order, so "country of origin marking" is marking, not origin.
_SUBJECT = re.compile(
    # "country-of-origin marking" (hyphenated or not) asks about marking, not origin.
    r"(?P<marking>country[\s-]+of[\s-]+origin\s+marking|\bmarking)"
    r"|(?P<origin>country[\s-]+of[\s-]+origin|\borigin\b|USMCA|NAFTA|preferential\s+treatment)"
    r"|(?P<classification>classification|\bHTSUS\b)"
    r"|(?P<valuation>valuation|appraisement|transaction\s+value|customs\s+value)"
    r"|(?P<carrier>coastwise|\bcarrier\b|\bvessel\b|Jones\s+Act|cabotage)",
    re.I,
)
_ASKED = re.compile(r"\b(?:request|ask)\w*\s+(?:for\s+)?(?:a|an)\s+(?:binding\s+)?ruling\b[^.]*?"
                    r"(?P<k>transaction\s+value|valuation|appraisement|customs\s+value|coastwise|"
                    r"Jones\s+Act|cabotage)", re.I)
_ASKED_TOO = re.compile(r"\b(?:second|further|another|additional|other)\s+question\s+"
                        r"(?:concerns|is|relates\s+to|involves|asks)\b[^.]*?(?P<k>transaction\s+"
                        r"value|valuation|appraisement|customs\s+value|coastwise|Jones\s+Act|"
                        r"cabotage)", re.I)
# A question the body puts in its own words: "We ask whether the transaction value is acceptable".
_ASKS_WHETHER = re.compile(r"\b(?:we|it|the\s+(?:importer|requester|company)|our\s+client)\s+"
                           r"(?:also\s+)?ask\w*\s+whether\b[^.]*?(?P<k>transaction\s+value|"
                           r"valuation|appraisement|customs\s+value|coastwise|Jones\s+Act|"
                           r"cabotage)", re.I)
RE_LINE = re.compile(r"\s*(?:Re|Subject|Subj\.?|Regarding)\s*:\s*", re.I)
_RE_INNER = re.compile(r"\n[ \t]*(?:Re|Subject|Subj\.?|Regarding)[ \t]*:[ \t]*(?P<v>\S[^\n]*)",
                       re.I)
_RE_CELL = re.compile(r"\s*(?:Re|Subject|Subj\.?|Regarding|Ruling\s+type|Type\s+of\s+ruling)"
                      r"\s*:?\s*", re.I)
# The sentence that asks for the ruling names its kind when a subject line does not ("Re: Request
# for binding ruling" ... "we ask for a binding tariff classification ruling").
# (an abbreviation's full stop, "the U.S. subsidiary", "19 U.S.C. 1401a", ends no sentence)
_IN_SENTENCE = r"(?:[^.]|(?<=\bU)\.(?=S\.)|(?<=\bU\.S)\.(?=C\.|\s+[a-z])|(?<=\bU\.S\.C)\.)"
_REQUEST_CLAUSE = re.compile(r"\b(?:request|ask|seek)\w*\s+(?:for\s+)?(?:a|an)\s+"
                             rf"(?P<what>[^.]{{0,60}}?\bruling\b{_IN_SENTENCE}*)", re.I)
_QUESTION = re.compile(r"\b(?:we|it|the\s+(?:importer|requester|company)|our\s+client)\s+"
                       r"(?:ask|believe|submit|propose)s?\s+(?:whether|that|which|how)?"
                       r"[^.]*(?:\.\d[^.]*)*", re.I)
_RULING_ON = re.compile(r"ruling\s+(?:under\s+19\s+CFR\s+Part\s+177\s+)?(?:on|regarding|"
                        r"concerning|as\s+to)\s+(?P<what>[^.]+)", re.I)
_RECONSIDER = re.compile(r"reconsider\w*\s+(?:of\s+)?(?:New\s+York\s+|NY\s+|Headquarters\s+|HQ\s+)?"
                         r"Ruling\s+(?:No\.?\s*)?(?P<n>[NH]\d{6}|\d{6})", re.I)
_DESCRIBED = re.compile(r"described\s+as\s+follows\s*:\s*(?P<v>[^\n]+?(?:\n[^\n]+?)*?)\."
                        r"(?=\s|$)", re.I)
# "is made of", "is composed of", and as senders also write it: "it consists of metal (80% by
# value) and polymer fittings (20%)", "is manufactured from", "comprises".
_MADE_OF = re.compile(r"(?:(?:is|are)\s+(?:made|composed|manufactured|constructed)\s+(?:of|from)|"
                      r"\bconsists?\s+of|(?:is|are)\s+comprised\s+of)\s+(?P<v>[^.]+)\.", re.I)
# The goods described in a sentence of their own under any name: "The merchandise is enameled
# carbon steel stockpots, 8 and 12 quart."
_MERCHANDISE_IS = re.compile(
    # A list of facts may set each on its own bulleted line ("- The article is ..."), or a
    # caption the sentence follows ("Facts: The merchandise is ...").
    r"(?:^|(?<=[.:]\s))(?:[-\u2013\u2014\u2022*\u00b7][ \t]+)?"
    r"(?:The|These|This|Each)\s+(?:merchandise|goods|products?|articles?|items?)\s+"
    r"(?:is|are)\s+(?!classified|sold|imported|entered|shipped|subject|not\b|priced|purchased|"
    r"used|made|composed|designed|intended|to\b|being|expected|planned"
    # what is done to them, not what they are: "The goods are assembled in Vietnam from ..."
    r"|[a-z]+ed\s+(?:in|from|by|at|into|through|on|under|with|to|for)\b)(?P<v>[^.]+)", re.M)
_USE = re.compile(r"(?:principal\s+use\s+(?:of\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?"
                  r"(?:in\s+the\s+United\s+States\s+)?is\s+|"
                  r"will\s+be\s+(?:principally\s+|primarily\s+|mainly\s+)?used\s+(?=for|to|in|as)|"
                  r"(?:is|are)\s+(?:principally|primarily|chiefly|mainly|solely|typically)?\s*"
                  r"used\s+(?:(?:principally|primarily|chiefly|mainly)\s+)?(?=for|to|in|by|as|on)|"
                  r"(?:is|are)\s+(?:designed|intended)\s+(?:to|for)\s+|"
                  # said of the goods in an apposition: "Cordless drivers, 20 V, intended for
                  # sale through retail stores", "leashes, used mainly for walking dogs"
                  r",\s+(?:intended|designed|destined|meant)\s+(?:principally\s+|primarily\s+|"
                  r"mainly\s+)?(?:to|for)\s+|"
                  r",\s+(?:principally\s+|primarily\s+|chiefly\s+|mainly\s+)?used\s+"
                  r"(?:(?:principally|primarily|chiefly|mainly)\s+)?(?=for|to|in|by|as|on)|"
                  # "It is sold to retailers and used in US households."
                  r"(?:is|are)\s+sold\s+[^.]{0,60}?\band\s+(?:principally\s+|mainly\s+)?used\s+"
                  r"(?=for|to|in|by|as|on)|"
                  # the importation's own purpose: "which we will begin importing from X Co.,
                  # Ltd. for use in commercial kitchens" (a sale or resale to retailers is where
                  # the goods go, not what they are used for)
                  r"\bimport(?:s|ed|ing)?\b(?:\b[A-Z]\.|(?:Co|Ltd|Inc|Corp)\.|[^.]){0,120}?"
                  r"\bfor\s+(?=use\b)|"
                  # "In the United States the product is sold for home and office lighting."
                  r"(?:is|are)\s+sold\s+(?:in\s+the\s+United\s+States\s+)?(?=for\s|as\s)|"
                  # the use told by its users or its purpose: "Consumers use the jars to carry
                  # meals", "The purpose of the article is to keep soup hot", "Its function is ..."
                  r"\b(?:consumers|customers|users|end[- ]users|buyers|purchasers|hospitals|"
                  r"retailers|professionals)\s+(?:\w+\s+)?use\s+(?:it|them|(?:the|these|this|each|"
                  r"our)\s+\w+(?:\s+\w+)?)\s+(?=to\s|for\s|as\s|in\s)|"
                  # (not "The purpose of this letter is to request a ruling")
                  r"\b(?:purpose|function)\s+of\s+(?:the|this|these|each)\s+(?!letter|request|"
                  r"submission|memo|ruling)\w+(?:\s+\w+)?\s+"
                  r"(?:is|are)\s+|\b(?:its|their)\s+(?:purpose|function)\s+is\s+)"
                  r"(?P<v>[^.]+)\.", re.I)
_MATERIALS = re.compile(r"(?:component\s+materials?(?:\s+by\s+(?:weight|value|volume))?\s*:"
                        r"|component\s+materials\s+are)\s*"
                        r"(?P<v>[^\n]+(?:\n[^\n]+)*?)(?:\.\s|\.?$)", re.I)
# "The silicone baking mat is a flexible baking sheet liner of ...": the goods the Re: line
# names, described in a sentence of their own.
# The goods the Re: line names, described at a paragraph's or a sentence's start: "The Model
# A464 is a cordless ...", "... described below. The Model A464: Cordless impact drivers, ...".
_IS_A = (r"(?:^|(?<=[.;]\s))\s*(?P<v>(?:The|Each|These|This)\s+(?:{goods})"
         r"(?:\s+(?:is|are|consists?\s+of)\s+|\s*:\s+)"
         r"(?!classified|sold|imported|entered|shipped|subject|not\b|priced|purchased|used|"
         r"principally|made\s+in|produced\s+in)[^.]+)\.")
_GOODS = (re.compile(r"(?:classification|marking|origin|valuation|appraisement)\s+of\s+(?:the\s+)?"
                     r"(?P<g>[^;()\n]+)", re.I),
          re.compile(r"\s[-\u2013\u2014]\s+(?P<g>[^;()\n-]+)$"))
_PRICE = {"purchase_price": re.compile(r"purchase\s+price\s*:?\s*(?P<v>\$\s?[\d,]+(?:\.\d\d)?)",
                                       re.I),
          "selling_price": re.compile(r"selling\s+price\s*:?\s*(?P<v>\$\s?[\d,]+(?:\.\d\d)?)",
                                      re.I)}
_PARTY = r"(?:buyer|importer|seller|exporter|manufacturer|vendor|supplier|parties|shipper)"
_RELATED = re.compile(
    # "The seller, Hanoi Crafts JSC, is not related to us": the party may be named in between.
    rf"{_PARTY}(?:,\s+[^,.;]{{1,60}},)?\s+(?:and\s+(?:the\s+)?{_PARTY}\s+|to\s+the\s+(?:sale|transaction)\s+)?"
    r"(?:are|is)\s+(?:an?\s+)?(?P<not>not\s+|un)?"
    r"(?:related|affiliated)|(?:is|are)\s+(?:a\s+|the\s+)?(?:wholly[- ]owned\s+)?"
    rf"(?:subsidiary|parent|affiliate)\s+of\s+(?:the\s+)?{_PARTY}"
    rf"|(?P<none>no\s+(?:relationship|affiliation)\s+(?:exists\s+)?between"
    # Ownership denied both ways (19 U.S.C. 1401a(g)(1)): "Neither party owns any interest in
    # the other", "neither holds shares in the other".
    r"|neither\s+(?:party|company|one)?\s*(?:owns|holds|controls)\b[^.]{0,40}\bin\s+the\s+other\b)"
    # The seller named by its relationship: "bought FOB Ningbo from an unrelated seller".
    r"|\b(?:from|by|to|with)\s+(?:an?|the|its|our)\s+(?P<un>un)?(?:related|affiliated)\s+"
    r"(?:foreign\s+)?(?:seller|buyer|supplier|vendor|manufacturer|exporter|party|company)\b"
    # The party described in an aside: "from the seller, a company related to the importer
    # through common ownership", "the vendor, a firm not affiliated with us".
    rf"|{_PARTY},\s+(?:an?|the)\s+(?:\w+\s+)?(?:company|firm|corporation|business|party|entity)\s+"
    r"(?P<app>not\s+|un)?(?:related|affiliated)\s+(?:to|with)\b",
    re.I)
# The relationship stated in other words (19 U.S.C. 1401a(g)): the parties named in any order
# ("the seller and Lakeshore Bicycle Imports are unrelated", "Acme and its supplier are
# independent companies"), the importer speaking of itself ("we are not related to the
# seller"), a relationship denied ("no relationship with the vendor") or the parties' kind
# ("a sale between unrelated parties").
_WHO = rf"(?:{_PARTY}|we|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,6}})"
_RELATIONSHIP = re.compile(
    rf"\b{_WHO}\s+and\s+(?:the\s+|its\s+|our\s+|their\s+)?{_WHO}\s+(?:are|were)\s+"
    r"(?:(?P<not>not\s+|un)?(?:related|affiliated)|(?P<ind>independent|unaffiliated|"
    r"not\s+affiliated))\b"
    rf"|\b(?:we|I|{_PARTY})\s+(?:are|is|am)\s+(?P<not2>not\s+|un)(?:related|affiliated)\s+(?:to|with)\b"
    r"|\b(?:has|have|there\s+is)\s+(?P<none>no)\s+(?:corporate\s+|business\s+|financial\s+)?"
    r"(?:relationship|affiliation|common\s+ownership)\s+(?:with|to|between)\b"
    # only the unrelated kind: "price ... between the related parties" may ask about a
    # relationship it never states (corpus-b's valuation-no-relationship)
    r"|\b(?:between|among|by)\s+(?P<not3>un|non-?)related[- ]part(?:y|ies)\b"
    # the seller called what it is: "its parent company in Taiwan, a related party within 19
    # U.S.C. 1401a(g)", "is an unrelated party", "buys from its subsidiary"
    r"|(?:,|\b(?:is|are|as))\s+(?:a|an)\s+(?P<not4>un|non-?)?related[- ]part(?:y|ies)\b"
    r"|\b(?:from|by|with|of)\s+(?:its|our|their|the\s+importer's)\s+(?:own\s+)?(?:parent|"
    r"subsidiary|affiliate|sister\s+company|related\s+company)\b"
    # Control in common (19 U.S.C. 1401a(g)(1)(F), (G)): "the seller and the importer share a
    # parent company", "have the same owner", "are under common control", "are sister companies",
    # "belong to the same group"; denied: "do not share an owner".
    rf"|\b{_WHO}\s+and\s+(?:the\s+|its\s+|our\s+|their\s+)?{_WHO}\s+(?:"
    r"(?P<not5>do\s+not\s+|don't\s+)?(?:share|have)\s+(?:a\s+|an\s+|the\s+)?(?:same\s+|common\s+)?"
    r"(?:parent|owners?|shareholders?|holding\s+company)"
    r"|(?:are|were)\s+(?P<not6>not\s+)?(?:under\s+common\s+(?:ownership|control)|owned\s+by\s+"
    r"the\s+same|sister\s+companies|(?:members\s+of|part\s+of)\s+the\s+same\s+(?:corporate\s+)?"
    r"group)"
    r"|(?:belong|belongs)\s+to\s+the\s+same\s+(?:corporate\s+)?group)\b", re.I)
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
_LABELS = {
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


# "Ruling requested" on a line of its own heads a section: its answer when that names a subject
# ("1. Ruling requested" / "Tariff classification."), else the question asked in prose under it.
_RULING_HEADING = label(r"ruling\s+(?:requested|sought)(?=[ \t]*(?:\n|$))")

# A question naming no subject but a tariff number ("The importer proposes subheading ...", "a
# ruling that the goods fall in 8714943000") asks for a classification; only then, so a valuation
# question that mentions the goods' subheading stays a valuation question.
_TARIFF_ASKED = re.compile(r"\bsubheading\b|\bfalls?\s+(?:in|under|within)\s+(?:heading\s+)?\d{4}",
                           re.I)

# The captions this reader reads a value under: a heading among them is one it looked under.
CAPTIONS = tuple(_LABELS.values())
# A summary's row of the question put, when it names the kind: "Question: the tariff
# classification of ...", "Question presented -", "Issue:". Not among the captions the reader
# reads under: a question it did not read the kind from ("Is this marking conspicuous ...?")
# stays text it did not place.
_QUESTION_ROW = label(r"(?:the\s+)?(?:question|issue)(?:\s+(?:presented|asked|raised|posed))?"
                      + COLON_AHEAD)


def question_subjects(text: str) -> list[RulingType]:
    """The subjects a phrase names; classification when it names none but a tariff number."""
    return subjects_in(text) or (["classification"] if _TARIFF_ASKED.search(text) else [])


def _names_subject(text: str) -> bool:
    return bool(question_subjects(text))


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
    subject_line: Span | None = None
    for index, paragraph in enumerate(items):
        if match := RE_LINE.match(paragraph.text):
            subject_line = Span(paragraph, match.end(), len(paragraph.text))
            break
        if inner := _RE_INNER.search(paragraph.text):
            # Set tight under the addressee or the title ("To: ...\nSubject: valuation of ..."),
            # the subject line shares their paragraph: the line is the subject.
            subject_line = Span(paragraph, inner.start("v"), inner.end("v"))
            break
        if _RE_CELL.fullmatch(paragraph.text) and index + 1 < len(items):
            # A worksheet's "Subject" cell, its value in the cell beside it, read apart.
            after = items[index + 1]
            subject_line = Span(after, 0, len(after.text))
            break
    # A subject line that names a subject wins; one that names only the goods or "a ruling"
    # leaves the kind to the sentence asking for the ruling, and is "other" only failing that.
    source: tuple[Span, float] | None = None
    if subject_line is not None and subjects_in(subject_line.text):
        source = (subject_line, LABELLED)
    if source is None and (found := labelled(items, _LABELS["ruling_type"], STOP)
                           or labelled(items, _QUESTION_ROW, STOP, _names_subject)
                           or labelled(items, _RULING_HEADING, STOP, _names_subject)
                           or _section_line(items, _RULING_HEADING)):
        source = (found, LABELLED)
    if source is None:
        source = _titled(items)
    if source is None:
        source = _asked_for(items)
    if source is None:
        source = _question_asked(items)
    if source is None:
        source = _first_naming(items, _DIRECT_QUESTION)
    if source is None:
        source = _first_naming(items, _RULE_THAT)
    if source is None:
        source = _first_naming(items, _TREATMENT_ASKED)
    tariff_reconsidered = source is None and (source := _reconsidered_on(items)) is not None
    if source is None and subject_line is not None:
        source = (subject_line, LABELLED)
    if source is None:
        source = _first_naming(items, _QUESTION_PUT)
    if source is None:
        source = _asked_for(items, named=False)
    if source is not None:
        span, confidence = source
        subjects = question_subjects(span.text) or (
            ["classification"] if tariff_reconsidered else ["other"])
        subjects += [s for s in _asked_in_body(items) if s not in subjects]
        fields.put_span("ruling_type", subjects[0], span, confidence)
        fields.put_span("other_subjects", tuple(subjects[1:]), span, confidence)
    for paragraph in items:
        # "This request does not seek reconsideration of Ruling N312345" asks for none.
        if (match := _RECONSIDER.search(paragraph.text)) and not denied_before(
                paragraph.text, match.start()):
            span = Span(paragraph, match.start(), match.end())
            fields.put_span("reconsideration_requested", True, span, PROSE)
            fields.put_span("reconsidered_ruling", match["n"].upper(), span, PROSE)
            break


# A form's or a letter's title line: "REQUEST FOR BINDING RULING - CLASSIFICATION", "Request for
# a country of origin ruling", "Marking ruling request"; or a run-in heading that names the
# question: "Valuation question: whether ...", "Carrier question (46 U.S.C. 55102): ...".
_TITLE = re.compile(r"[^\n]{0,60}\bruling\b[^\n]{0,60}", re.I)
_TITLE_WORDS = re.compile(r"\brequest\b", re.I)
_QUESTION_HEADING = re.compile(r"\s*(?P<what>[A-Za-z][A-Za-z -]{2,40}?)\s+(?:question|issue)\b"
                               r"[^:\n]{0,40}:", re.I)
# The result asked for names the subject: "ask Headquarters ... to rule that the merchandise is
# classified in subheading 7323.94.0040".
_RULE_THAT = re.compile(r"\brule\s+that\s+(?P<what>[^.;]+)", re.I)
# The question put in so many words, a list's item or a sentence of its own: "* What is the
# appraisement (transaction value) of the articles?", "1. Is the price paid acceptable as
# transaction value?", "What is the country of origin of the assembled lamps?".
_DIRECT_QUESTION = re.compile(r"(?:^|(?<=[.:]\s))[ \t]*(?:[*\u2022\u00b7-]|\d{1,2}[.)])?[ \t]*"
                              r"(?P<what>(?:What|Which|Is|Are|Does|Do|May|Can|Should|How|Would)"
                              r"\b[^?.]{5,200}\?)", re.M)
# The ruling asked for as the treatment wanted, no subject named: "We request that the merchandise
# be classified in subheading 8714.91.50", "we ask that the goods be found to fall under heading
# 6911", "The importer seeks confirmation that the articles are classifiable in ...".
_TREATMENT_ASKED = re.compile(r"\b(?:request|ask|seek|submit|propose)\w*\s+(?:(?:confirmation|a\s+"
                              r"ruling)\s+)?that\s+(?P<what>[^.;]{0,60}?\b(?:be|is|are)\s+"
                              r"(?:found\s+to\s+(?:be|fall)\s+|properly\s+)?(?:classif|fall)[^.;]+)",
                              re.I)

# The question put on a line or in a clause of its own, which the asking sentence points back to
# ("We ask for a binding ruling on the question above"): "Question: whether the price is
# transaction value", "Issue presented - whether ...", "...; question whether this is coastwise
# trade", "Question for CBP: does the marking satisfy 19 U.S.C. 1304?".
_QUESTION_PUT = re.compile(r"(?:^|[;\n\u2022]|\.\s)[ \t-]*(?:the\s+)?(?:legal\s+)?"
                           r"(?:question|issue)s?"
                           r"(?:\s+(?:presented|raised|for\s+(?:CBP|the\s+ruling)))?"
                           r"(?:\s*[:\u2013-]\s*|\s+(?=whether\b))(?P<what>[^.?]+)", re.I)


def _titled(items: list[Paragraph]) -> tuple[Span, float] | None:
    """The subject a one-line title or a question's run-in heading names."""
    for paragraph in items:
        first = paragraph.text.split("\n")[0]
        if ("\n" not in paragraph.text.strip() and _TITLE.fullmatch(first)
                and _TITLE_WORDS.search(first) and subjects_in(first)):
            return Span(paragraph, 0, len(first)), LABELLED
        if (match := _QUESTION_HEADING.match(paragraph.text)) and subjects_in(match["what"]):
            return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


# Why a ruling should be reconsidered, in a tariff's terms: "it misread the heading", "the
# subheading it gave is wrong", "GRI 3(b) was misapplied", "the Explanatory Notes ...".
_RECONSIDER_WHY = re.compile(r"\breconsider\w*\b[^.]*?\b(?P<what>(?:sub)?headings?|tariff|HTSU?S?|"
                             r"GRI|General\s+Rules?\s+of\s+Interpretation|Explanatory\s+Notes?|"
                             r"classif\w*)\b", re.I)


def _reconsidered_on(items: list[Paragraph]) -> tuple[Span, float] | None:
    """A ruling asked to be reconsidered for what it said of the tariff: a classification ruling
    (19 CFR 177.12), though neither the Re: line nor the request names the kind."""
    for paragraph in items:
        if match := _RECONSIDER_WHY.search(paragraph.text):
            return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


def _first_naming(items: list[Paragraph], pattern: re.Pattern[str]) -> tuple[Span, float] | None:
    """The first match of PATTERN whose `what` names a subject, at a sentence's confidence."""
    for paragraph in items:
        for match in pattern.finditer(paragraph.text):
            if question_subjects(match["what"]):
                return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


def _asked_for(items: list[Paragraph], *, named: bool = True) -> tuple[Span, float] | None:
    """The first sentence asking for a ruling whose words name its subject (any ruling on ...
    when not `named`), at a sentence's confidence."""
    patterns = (_REQUEST_CLAUSE, _RULING_ON) if named else (_RULING_ON,)
    for pattern in patterns:
        for paragraph in items:
            for match in pattern.finditer(paragraph.text):
                if question_subjects(match["what"]) or not named:
                    return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


def _question_asked(items: list[Paragraph]) -> tuple[Span, float] | None:
    """The question the body puts when neither the Re: line nor the request names the kind:
    "We ask whether the price ... may be used as transaction value", "We believe it is
    classified in subheading 6912.00.48, HTSUS"."""
    for paragraph in items:
        for match in _QUESTION.finditer(paragraph.text):
            if question_subjects(match.group(0)):
                return Span(paragraph, match.start(), match.end()), PROSE
    return None


def _asked_in_body(items: list[Paragraph]) -> list[RulingType]:
    """Headquarters subjects a sentence of the body asks about ("We also request a ruling that
    the price is acceptable as transaction value", "A second question concerns valuation", "We
    ask whether the transaction value is acceptable"), though the Re: line names only one."""
    found: list[RulingType] = []
    for paragraph in items:
        text = paragraph.text
        for asked in (*_ASKED.finditer(text), *_ASKED_TOO.finditer(text),
                      *_ASKS_WHETHER.finditer(text)):
            found += [s for s in subjects_in(asked["k"]) if s not in found]
    return found


# A table of the materials: "Component | Share by weight | Share by value", "Material | %".
_MATERIALS_TABLE = re.compile(r"^[ \t]*(?:component|material|part)s?(?:\s+materials?)?\b"
                              r"[^\n]{0,40}?(?:\bshare\b|\bpercent(?:age)?\b|%|\bby\s+(?:weight|"
                              r"value))", re.I)


def _materials_table(items: list[Paragraph], fields: Fields) -> None:
    """A materials table's header states 177.2(b)(2)(ii)(A)'s component materials, its rows
    their shares (printed as one paragraph or, column by column, as several)."""
    if "component_materials" in fields.items:
        return
    for index, paragraph in enumerate(items):
        if _MATERIALS_TABLE.match(paragraph.text) and any(
                "%" in p.text for p in items[index:index + 6]):
            span = Span(paragraph, 0, len(paragraph.text))
            fields.put_span("component_materials", span.flat, span, PROSE)
            return


# The materials told by their shares in a sentence of their own, however it opens: "By weight it
# is 82% steel and 18% nylon", "Its component materials by value are 70% metal, 30% plastics",
# "The composition is cotton 60%, polyester 40%", the sign spelled out ("82 percent steel", "18 per
# cent nylon"). A share of money ("a royalty of 4% of net sales", "duty of 3.4% ad valorem") names
# no material.
SHARE = r"\d{1,3}(?:\.\d+)?\s*(?:%|(?i:per[ \t]?cent|pct)\b\.?)"
_SHARES_CUE = re.compile(r"\bby\s+(?:weight|value|volume)\b|\bmaterials?\b|\bcomposition\b|"
                         r"\bcomposed\b", re.I)
_MATERIAL_SHARE = re.compile(rf"{SHARE}[ \t\n]+(?!of\b|ad\s+valorem\b|duty\b|rate\b|royalt)"
                             rf"[a-z]|\b[a-z]{{3,}}[ \t\n]+{SHARE}", re.I)


# An item's row or entry with its tariff number ("1. R9488-01  polyethylene 100%  price $ 734.75
# HTS 5209110035"): shares named by a word and adding up to the whole are its materials, no cue
# word needed; a payment's split ("30% deposit, 70% balance") is no material.
_ROW_TARIFF = re.compile(r"(?<![\d.,$])(?:\d{4}\.\d{2}(?:\.\d{2,4})?|\d{10})(?![\d])")
_NAMED_SHARE = re.compile(rf"\b(?P<w>[a-z]{{3,}})[ \t\n]+(?P<s>{SHARE})|(?P<s2>{SHARE})[ \t\n]+"
                          r"(?P<w2>[a-z]{3,})\b", re.I)
_NOT_MATERIAL = re.compile(r"(?i)deposit|balance|advance|payment|down|discount|duty|rate|royalty|"
                           r"commission|tax|interest|markup|margin|upfront|off|per")


def _whole_shares(text: str) -> bool:
    """Whether TEXT names materials by shares that add up to 100 ("steel 80%, nylon 20%")."""
    shares = [(m["w"] or m["w2"], m["s"] or m["s2"]) for m in _NAMED_SHARE.finditer(text)]
    if not shares or any(_NOT_MATERIAL.fullmatch(word) for word, _ in shares):
        return False
    total = sum(float(re.sub(r"[^\d.]", "", share).rstrip(".")) for _, share in shares)
    return abs(total - 100) < 0.5


def _material_shares(items: list[Paragraph], fields: Fields) -> None:
    """A sentence giving the materials' shares states 177.2(b)(2)(ii)(A)'s component materials."""
    if "component_materials" in fields.items:
        return
    for paragraph in items:
        for sentence in sentences(paragraph):
            if _SHARES_CUE.search(sentence.text) and _MATERIAL_SHARE.search(sentence.text):
                value = first_sentence(sentence)
                fields.put_span("component_materials", value.flat, value, PROSE)
                return
    for paragraph in items:
        at = 0
        for line in paragraph.text.split("\n"):  # one row a line
            if _ROW_TARIFF.search(line) and _whole_shares(line):
                span = Span(paragraph, at, at + len(line))
                fields.put_span("component_materials", span.flat, span, PROSE - 0.1)
                return
            at += len(line) + 1


# A price quoted on an Incoterm, no verb of sale before it: "The purchase price is about $7.18
# per unit FOB", "unit price USD 4.10 CIF".
_PRICE_TERMS = re.compile(r"\bprice\b[^.\n]{0,20}?(?:\$|USD|US\$)\s?[\d,]+(?:\.\d+)?"
                          r"(?:[ \t\n]+(?:(?:per|a)[ \t\n]+\w+|each)|[ \t]*/[ \t]*\w+)?"
                          r"[ \t\n]+(?-i:FOB|CIF|CFR|FCA|EXW|DDP|DAP|DPU|CPT|CIP|FAS)\b", re.I)
_NEXT_CAPTIONED = re.compile(r"\n(?=[ \t]*[A-Z][\w ()/.'-]{1,40}:)")


def read_goods(items: list[Paragraph], fields: Fields) -> None:
    """Description, materials, use, prices, terms of sale and the parties' relationship."""
    for key in ("product_description", "component_materials", "principal_use", "terms_of_sale"):
        # Under a "Terms of sale" heading a letter may state only the parties' relationship.
        found = labelled(items, _LABELS[key], STOP, _not_relationship, column_heads=True)
        if found is not None:
            # A heading's paragraph may open with its own run-in label: "Description: ...".
            if inner := _LABELS[key].match(found.text):
                found = Span(found.paragraph, found.start + inner.end(), found.end)
            value = first_sentence(found)
            # A line under it that opens a caption of its own ("Principal use ...: ...") is
            # the next fact, though no full stop ended this one.
            if cut := _NEXT_CAPTIONED.search(value.text):
                value = Span(value.paragraph, value.start, value.start + cut.start())
            fields.put_span(key, value.flat, value, LABELLED)
        elif found := _run_in(items, _LABELS[key]):
            value = first_sentence(found)
            fields.put_span(key, value.flat, value, PROSE)
    patterns = [("product_description", _DESCRIBED), ("component_materials", _MATERIALS),
                ("component_materials", _MADE_OF), ("principal_use", _USE)]
    if goods := _goods_named(items):
        patterns.append(("product_description", re.compile(_IS_A.format(goods=goods), re.I)))
    for key, pattern in patterns:
        for paragraph in items:
            if match := pattern.search(paragraph.text):
                span = Span(paragraph, match.start("v"), match.end("v"))
                fields.put_span(key, span.flat, span, PROSE)
                break
    _materials_table(items, fields)
    _material_shares(items, fields)
    if "product_description" not in fields.items:
        for paragraph in items:
            if match := _MERCHANDISE_IS.search(paragraph.text):
                span = Span(paragraph, match.start("v"), match.end("v"))
                fields.put_span("product_description", span.flat, span, PROSE)
                break
    if (described := _named_before_facts(items)) is not None:
        fields.put_span("product_description", described.flat, described, PROSE)
    for paragraph in items:
        for key, pattern in _PRICE.items():
            if match := pattern.search(paragraph.text):
                amount = parse_money(match["v"].replace(" ", ""))
                fields.put_span(key, amount, Span(paragraph, match.start("v"), match.end("v")),
                                PROSE)
        if match := _RELATED.search(paragraph.text):
            denied = match["not"] or match["none"] or match["un"] or match["app"]
            fields.put_span("parties_related", not denied,
                            Span(paragraph, match.start(), match.end()), PROSE)
        elif match := _RELATIONSHIP.search(paragraph.text):
            denied = any(match[g] for g in ("not", "ind", "not2", "none", "not3", "not4", "not5",
                                            "not6"))
            fields.put_span("parties_related", not denied,
                            Span(paragraph, match.start(), match.end()), PROSE)
        if match := terms_of_sale(paragraph.text) or _PRICE_TERMS.search(paragraph.text):
            span = Span(paragraph, match.start(), match.end())
            fields.put_span("terms_of_sale", span.flat, span, PROSE)


def _named_before_facts(items: list[Paragraph]) -> Span | None:
    """The goods named in the sentence that opens a paragraph of their facts: "Glazed stoneware
    plates, 10.5 in. Principal use in the United States: ..." (no label before the name)."""
    for paragraph in items:
        facts = _FACTS_RUN_IN.search(paragraph.text)
        if facts is None or facts.start() == 0:
            continue
        before = paragraph.text[:facts.start()]
        item = _ITEM_LABEL.match(before)
        start = item.end() if item else 0
        name = before[start:].rstrip().rstrip(".")
        if name and not _NOT_GOODS.search(name) and len(name) <= 240:
            return Span(paragraph, start, start + len(name))
    return None


def _goods_named(items: list[Paragraph]) -> str | None:
    """The goods the Re: line names, as a pattern tolerant of line breaks."""
    for index, paragraph in enumerate(items):
        if match := RE_LINE.match(paragraph.text):
            rest = fold(paragraph.text[match.end():])
            if not rest and index + 1 < len(items):
                # A typed "Re:" set apart from its words by spaces: the subject is the cell after.
                rest = fold(items[index + 1].text)
            for pattern in _GOODS:
                if found := pattern.search(rest):
                    # Several goods named ("Model A981, Model B335"): any of them.
                    names = [n.split() for n in re.split(r",\s*|\s+and\s+", found["g"])
                             if n.strip()]
                    return "|".join(r"\s+".join(re.escape(w) for w in words)
                                    for words in names) or None
            return None
    return None


# A caption run into the sentence before it, whose full stop the sender left out ("... model
# B-110 Principal use in the United States: feeding pets."): a capitalised caption with its
# colon after a word in lower case or a figure, its words perhaps wrapped over two lines.
_MID_CAPTION = re.compile(r"(?<=[a-z0-9)][ \t])(?=[A-Z][a-z]+(?:\s+[A-Za-z.]+){0,6}[ \t]*:\s)")


def _section_line(items: list[Paragraph], pattern: re.Pattern[str]) -> Span | None:
    """The line under a caption that fills a numbered section's heading line inside a paragraph
    set single-spaced ("...\n1. Ruling requested\nTariff classification.\n2. ..."), where that
    line names a subject (a section's first line of prose may not: the later cues read it)."""
    for paragraph in items:
        lines = paragraph.text.split("\n")
        next_starts = list(accumulate(len(line) + 1 for line in lines))
        for index in range(1, len(lines) - 1):
            if pattern.fullmatch(lines[index]) and _names_subject(lines[index + 1]):
                start = next_starts[index]
                return Span(paragraph, start, start + len(lines[index + 1]))
    return None


def _wrapped_caption(paragraph: Paragraph, following: Paragraph | None,
                     pattern: re.Pattern[str], start: int) -> Span | None:
    """The value after a caption that ends PARAGRAPH and wraps into the next, which the wrap's
    colon set apart as a label of its own ("... Principal use in the United" / "States: household
    use."): the words after the colon."""
    if following is None or following.page != paragraph.page:
        return None
    joined = f"{paragraph.text}\n{following.text}"
    match = pattern.match(joined, start)
    cut = len(paragraph.text) + 1
    if match is None or match.end() <= cut or not match[0].rstrip().endswith(":"):
        return None
    return Span(following, match.end() - cut, len(following.text))


def _run_in(items: list[Paragraph], pattern: re.Pattern[str]) -> Span | None:
    """A label with its colon opening a line or a sentence inside a paragraph ("... model C-15.
    Merchandise: LED desk lamps"): the words after it."""
    for index, paragraph in enumerate(items):
        starts = [*_LINE_OR_SENTENCE.finditer(paragraph.text),
                  *_MID_CAPTION.finditer(paragraph.text)]
        following = items[index + 1] if index + 1 < len(items) else None
        for start in starts:
            match = pattern.match(paragraph.text, start.end())
            if (wrapped := _wrapped_caption(paragraph, following, pattern, start.end())) \
                    is not None:
                return wrapped
            # A question asked inside the paragraph ("...\nQ. What is it made of?\nA. Steel")
            # is a caption as much as a label with its colon.
            caption = paragraph.text[match.start():match.end()] if match else ""
            if not (caption.rstrip().endswith(":") or asks(caption)):
                continue
            found: Span | None = None
            if match is not None and match.end() < len(paragraph.text.rstrip()):
                found = Span(paragraph, match.end(), len(paragraph.text))
            # The label ends its printed row; the value is the row below ("... 8%. Principal
            # use in the U.S.:" / "household use."), unless that row opens a label of its own.
            elif (index + 1 < len(items) and not STOP.match(items[index + 1].text)
                  and items[index + 1].page == paragraph.page):
                found = Span(items[index + 1], 0, len(items[index + 1].text))
            if found is not None:
                return answer(found) if asks(caption) else found
    return None


# The facts a classification request gives for its goods, run into the paragraph after their name.
# A sentence ends after a word, a number, a bracket or a share: "... copper 8%. Principal use: ...".
# A unit in capitals after a figure ends one too: "... cordless drills, 18 V. Principal use: ...",
# "rated 60 W.", "10 MM." (a lone capital after a word is a name's initial, no end).
_SENTENCE_END = (r"(?:(?<=[a-z0-9)%\]\"'][.])|(?<=\d[ \t][A-Z][.])|(?<=\d[A-Z][.])"
                 r"|(?<=\d[ \t][A-Z]{2}[.])|(?<=\d[A-Z]{2}[.]))")
# Or after a semicolon, a list's way: "Item 1: Bamboo cutting board; materials: bamboo, oil".
_FACTS_RUN_IN = re.compile(
    r"(?:" + _SENTENCE_END + r"|;)\s+(?:principal\s+use|component\s+materials|materials?"
    r"|composition|(?:intended\s+|end\s+)?use)\b[^:.;]{0,40}:", re.I)
_ITEM_LABEL = re.compile(r"\s*(?:item\s+\d{1,2}|\d{1,2}[.)](?!\d))\s*:?\s*", re.I)
_NOT_GOODS = re.compile(r"\bruling\b|\brequest|\bask|\bwe\b|:", re.I)
_LINE_OR_SENTENCE = re.compile(r"\n|;\s+|" + _SENTENCE_END + r"\s+")


# A table's header row: the cell right of "Description" heads the next column ("Material",
# "Unit price"); it is not the description.
_COLUMN_HEAD = re.compile(r"\s*(?:(?:component\s+)?materials?|(?:unit\s+)?price|quantity|qty\.?|"
                          r"model|style|sku|origin|value|composition|hts(?:us)?|unit|amount|"
                          r"remarks?|notes?|"
                          # a two-column form's own header row: "Item | Detail", "Field | Entry"
                          r"details?|particulars|information|entry|response|answer)\s*", re.I)


def _not_relationship(text: str) -> bool:
    if _COLUMN_HEAD.fullmatch(text):
        return False
    return not _RELATED.search(re.split(r"\.\s", text, maxsplit=1)[0])


def read_transaction(items: list[Paragraph], fields: Fields) -> None:
    """The transaction described; an entry already made for the goods and its liquidation."""
    found = labelled(items, _LABELS["transaction_description"], STOP)
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

