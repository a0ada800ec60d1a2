"""The goods a ruling request is about and their facts: description, materials and their shares,
principal use, price, the parties' relationship; captioned, run in or told in sentences."""

from __future__ import annotations

import re

from bots.common.reading.incoterms import terms_of_sale
from bots.ruling_triage.extract_request_captions import LABELS, RE_LINE
from bots.ruling_triage.extract_text import (
    LABELLED,
    PROSE,
    Fields,
    Paragraph,
    Span,
    answer,
    asks,
    first_sentence,
    fold,
    labelled,
    sentences,
)
from bots.ruling_triage.field_labels import STOP
from tradebots.pdf import parse_money

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
                  # (not "sold as a consumer item", "sold as a set": how it is marketed, no use;
                  # "sold as a toy for children" tells its use after "for")
                  r"(?:is|are)\s+sold\s+(?:in\s+the\s+United\s+States\s+)?"
                  r"(?:as\s+[^.,;]{1,40}?\s+)?(?=for\s)|"
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
    # "The seller is the requester's parent company", "the vendor is our sister company"
    rf"|{_PARTY}\s+(?:is|are)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:(?:requester|importer|buyer|"
    r"seller|applicant|company)['’]s\s+)?(?:parent|subsidiary|affiliate|sister)"
    r"(?:\s+(?:company|corporation|firm))?\b"
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
        found = labelled(items, LABELS[key], STOP, _not_relationship, column_heads=True)
        if found is not None:
            # A heading's paragraph may open with its own run-in label: "Description: ...".
            if inner := LABELS[key].match(found.text):
                found = Span(found.paragraph, found.start + inner.end(), found.end)
            value = first_sentence(found)
            # A line under it that opens a caption of its own ("Principal use ...: ...") is
            # the next fact, though no full stop ended this one.
            if cut := _NEXT_CAPTIONED.search(value.text):
                value = Span(value.paragraph, value.start, value.start + cut.start())
            fields.put_span(key, value.flat, value, LABELLED)
        elif found := _run_in(items, LABELS[key]):
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
