"""The goods as a referral's facts name them in prose, when no cue labels them.

A sender often tells what the goods are only inside the act ("The importer declared glazed
stoneware dinnerware under a provision for ...", "invoiced knit sweaters at a second price",
"three shipments of marine winches", "understated the duty owed on steel pipe"). The words after
the act up to the next preposition or stop are the goods, unless they name something else (the
value, the entries, "the goods"); a weak cue, so the value carries the inferred confidence
(19 CFR 162.77(b)(1)(i) needs it stated).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bots.penalty_notice.extract_header import INFERRED
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

# What the statement says was wrong about the goods.
_ASPECT = r"(?:classification|valuation|description|origin|value|marking)"
# Lower case only: "Entered Value", "Declared value" are a table's or a label's captions.
_ACT_BEFORE_GOODS = (
    r"(?:\b(?:declared|imported|entered|invoiced|shipped|classified|misclassified|described"
    r"|misdescribed|undervalued|transshipped|brought\s+in)"
    # A sentence may open with them: "Entries of dog sweaters were filed with ...".
    r"|\b(?i:shipments?|importations?|imports|consignments?|entries|cargoes|loads)\s+of"
    # What a review found wrong is about the goods reviewed: "post-entry review of brass
    # hinges found ...", "an audit of cotton towels showed ...".
    r"|\b(?i:(?:review|audit|examination|inspection|verification)\s+of)"
    # What was classified or valued is the goods: "in classifying wool coats", "the correct
    # classification of wooden toys", "a false classification and origin for camp chairs".
    r"|\b(?:classifying|misclassifying|valuing|undervaluing|describing|misdescribing)"
    rf"|\b{_ASPECT}(?:\s+and\s+{_ASPECT})?\s+(?:of|for)"
    # What the duty was owed on is the goods: "understated the duty lawfully owed on X".
    r"|\b(?:duty|duties)\s+(?:(?:lawfully\s+)?(?:owed|due|payable|paid|deposited|assessed)\s+)?on"
    # What the entries held is the goods: "THE ENTRIES COVERED CHILDREN'S BLOCK SETS", "the
    # shipments at issue consisted of cast iron skillets" ("covered by" names no goods).
    r"|\b(?i:entry|entries|shipments?|importations?|imports|consignments?)"
    r"(?:\s+(?i:at\s+issue|in\s+question|under\s+review|concerned|involved))?"
    r"\s+(?:covered|contained|comprised|consisted\s+of))"
)
# Words that end the goods: a preposition, a conjunction or a clause of what was done with them.
_BOUND = (r"(?:under|as|at|from|into|in|with|for|through|by|on|onto|without|while|which|that"
          r"|who|to|and|or|but|although|though|because|since|after|before|when|where|so|via"
          r"|valued|worth|was|were|is|are|had|has|have|despite|instead|rather|than|using"
          # Where the price or the time stood: "declared X below the prices paid".
          r"|below|above|beneath|during|against|upon|until"
          # What a review of them found: "review of brass hinges found ...".
          r"|found|showed|revealed|disclosed|established|confirmed|indicated)")
# A typeset apostrophe is a word's own as a typed one is ("children’s").
_WORD = r"[A-Za-z0-9][\w'\u2019/-]*"
_ACT = re.compile(_ACT_BEFORE_GOODS)
_GOODS = re.compile(
    rf"(?i)\s+(?P<goods>(?!{_BOUND}\b){_WORD}"
    rf"(?:[ \t\n]+(?!{_BOUND}\b){_WORD}){{0,9}})(?=[ \t\n]+{_BOUND}\b|\s*[,;:.()]|\s*$)"
)
# The goods as the subject of a sentence in the passive: "Knit wool sweaters were invoiced at a
# second price", "The ceramic tiles were declared as ...": a sentence's start, on one line.
_PASSIVE_ACT = (r"(?:declared|imported|entered|invoiced|shipped|classified|misclassified"
                r"|described|misdescribed|undervalued|transshipped)")
# The subject may carry what the goods are set off by commas: "The frozen shrimp, peeled and
# deveined were imported ...", "Cotton towels, bleached and hemmed, were declared ...".
_SET_OFF = rf",[ \t]+{_WORD}(?:[ \t]+(?:and|or|{_WORD})){{0,5}}"
_GOODS_AS_SUBJECT = re.compile(
    rf"(?m)(?:^|(?<=[.:][ \t]))[ \t]*"
    rf"(?P<goods>[A-Z][\w'\u2019/-]*(?:[ \t]+(?!{_BOUND}\b){_WORD}){{0,7}}(?:{_SET_OFF})?),?"
    rf"[ \t\n]+(?:was|were)[ \t\n]+(?:[a-z]+ly[ \t\n]+)?{_PASSIVE_ACT}\b"
)
# The goods as the subject of what a review found was done with them: "our audit found that woven
# polyester upholstery fabric, 280 g/m2, in rolls were entered at values that left out assists";
# the subject may hold its size between commas and wrap to the next line, never a stop.
_GOODS_FOUND = re.compile(
    r"\b(?:found|showed|shows|revealed|determined|established|disclosed|confirmed|concluded)"
    rf"[ \t\n]+that[ \t\n]+(?P<goods>(?!{_BOUND}\b)[A-Za-z0-9][^.;:()]{{2,90}}?)"
    rf"[ \t\n]+(?:was|were)[ \t\n]+(?:[a-z]+ly[ \t\n]+)?{_PASSIVE_ACT}\b"
)
# The goods named by what they were entered as: "goods declared as LED lamps at a lower rate",
# "the merchandise was falsely described as cotton towels", "products invoiced as spare parts";
# the same act with no noun for the goods before it ("declared as duty-free") names none.
_DECLARED_AS = re.compile(
    r"\b(?i:goods|merchandise|products|articles|items|imports|shipments?|consignments?)"
    r"[ \t\n]+(?:(?:was|were|had[ \t\n]+been|having[ \t\n]+been|being)[ \t\n]+)?"
    r"(?:[a-z]+ly[ \t\n]+)?(?:declared|entered|described|invoiced|classified|reported|presented"
    rf"|manifested)[ \t\n]+as(?=[ \t\n])(?=[ \t\n]+(?!(?:{_BOUND}|an?|the)\b)[A-Za-z0-9])"
)
# A state, not goods, after "as": "declared as duty-free", "entered as originating in ...",
# "described as non-dutiable" (one word; "declared as folding chairs" names goods).
_STATE = re.compile(r"(?i)[\w'-]*(?:ing|ed|free|exempt|eligible|able|ible)|non-?[\w-]+")
_LONGEST_SUBJECT = 12  # words: a longer subject is a clause, not the goods' name
# Not goods: a phrase that names the value, the papers, a rate, the merchandise in general, or
# points back ("them", "these"); the goods are named by what they are.
_NOT_GOODS_WORDS = frozenset((
    "merchandise", "goods", "product", "products", "article", "articles", "item", "items",
    "entry", "entries", "value", "values", "price", "prices", "invoice", "invoices", "amount",
    "amounts", "rate", "rates", "duty", "duties", "shipment", "shipments", "country", "origin",
    "classification", "provision", "provisions", "subheading", "heading", "it", "them", "this",
    "these", "those", "such", "same", "lower", "higher", "false", "incorrect", "wrong", "its",
    "their", "his", "her", "cost", "costs", "quantity", "quantities", "number", "documents",
    "document", "papers", "information", "statement", "statements", "declaration", "under",
    "importer", "broker", "party", "company", "cbp", "customs", "one", "two", "three", "four",
    "five", "six", "several", "all", "each", "both", "other", "any", "certain", "loss",
    "losses", "penalty", "violation", "error", "errors", "payment", "payments", "agreement",
    "record", "records", "file", "files",
    # What a review looks at besides the goods: "an audit of the importer's books".
    "books", "accounts", "account", "documentation", "filings", "submissions", "transactions",
    "case", "matter", "port", "practices", "procedures", "compliance",
    "cartons", "packages", "pieces", "units", "containers", "boxes", "pallets",
    # What a duty is owed on besides the goods: "the duty due on liquidation", "... on the date".
    "liquidation", "importation", "importations", "arrival", "release", "date", "dates",
    # What entries cover besides the goods: "the entries covered the period from ...".
    "period", "periods", "years", "months", "ports",
))
# Goods are told in common nouns ("glazed stoneware dinnerware", "LED lamps"): a phrase with no
# word in lower case is a name or a date ("Vietnam", "Bayview Ceramics", "January 5").
_COMMON_WORD = re.compile(r"(?<![\w'\u2019/-])[a-z][a-z'\u2019-]{2,}")
_DETERMINER = re.compile(r"(?i)^(?:the|a|an|some)\s+")


def goods_in_prose(stream: TextStream) -> Extracted | None:
    """The goods named as the object of an act in the referral's prose, or as the subject of a
    passive one; None when none is."""
    for start, end, goods in _goods_named(stream.text):
        return Extracted(goods, stream.evidence(start, end), INFERRED)
    return None


def names_goods(text: str) -> bool:
    """Whether TEXT names goods as the object of an act ("the importer's entries of jute bags")."""
    return next(_goods_named(text), None) is not None


def not_goods(phrase: str) -> bool:
    """Whether PHRASE names something else than goods: the importation, the value, papers."""
    return bool(_NOT_GOODS_WORDS.intersection(re.findall(r"[a-z']+", phrase.lower())))


def _goods_named(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, goods as printed) of each place the goods are told."""
    cased = _unshouted(text)
    objects = (_GOODS.match(cased, act.end()) for act in _ACT.finditer(cased))
    found = (hit for hit in _GOODS_FOUND.finditer(cased)
             if len(hit.group("goods").split()) <= _LONGEST_SUBJECT)
    declared = (hit for act in _DECLARED_AS.finditer(cased)
                if (hit := _GOODS.match(cased, act.end())) is not None
                and not _STATE.fullmatch(hit.group("goods")))
    for hit in (*objects, *_GOODS_AS_SUBJECT.finditer(cased), *found, *declared):
        if hit is None:
            continue
        goods = _DETERMINER.sub("", " ".join(hit.group("goods").split()))
        words = re.findall(r"[a-z0-9][\w'\u2019/-]*", goods.lower())
        if words and _COMMON_WORD.search(goods) and not _NOT_GOODS_WORDS.intersection(words):
            # The goods' own qualifiers after them: "LED desk lamps with adjustable arms, model
            # DL-90", "ball bearings of steel for industrial machinery".
            end = described_on(cased, hit.end("goods"))
            # As printed: a narrative in capitals names them in capitals; the determiner the
            # core lost ("the", "a") stays off.
            core = " ".join(text[hit.start("goods"):hit.end("goods")].split())
            told = " ".join(text[hit.start("goods"):end].split())
            yield hit.start("goods"), end, told[len(core) - len(goods):]


# A qualifier that describes the goods themselves: what they are made of, have, hold or serve
# ("of steel", "with adjustable aluminum arms and usb charging ports", "in adobo sauce", "for
# household use"), or a specification set off by a comma (", 250 pieces", ", model DL-90",
# ", 750 ml", ", style KN-220"). Its words are goods' words: "with CBP", "in its entries", "for a
# lower rate", "in 2023" describe the act, not the goods, and end them.
# A specification's model codes or sizes may be joined as alternatives ("20 oz and 32 oz",
# "model DL-90 or DL-95", "20 oz, 24 oz and 32 oz"): the goods come in each.
_CODE = r"[\w./-]*\d[\w./-]*"
_SIZE = r"\d[\d.,/]*[ \t\n]*(?:[a-z][\w/]*)"
_OTHER = r",?[ \t\n]+(?:and|or|&)[ \t\n]+"
_QUALIFIER = re.compile(
    rf"(?i),?[ \t\n]+(?P<words>(?:of|with|in|for)[ \t\n]+(?!{_BOUND}\b){_WORD}"
    rf"(?:[ \t\n]+(?!{_BOUND}\b){_WORD}){{0,5}}"
    rf"(?:[ \t\n]+and[ \t\n]+(?!{_BOUND}\b){_WORD}(?:[ \t\n]+(?!{_BOUND}\b){_WORD}){{0,4}})?)"
    rf"(?=[ \t\n]+{_BOUND}\b|\s*[,;:.()]|\s*$)"
    rf"|,[ \t\n]+(?P<spec>(?:(?:model|style|item|part|size|type|no\.?)[ \t\n]+{_CODE}"
    rf"(?:{_OTHER}{_CODE})*|{_SIZE}(?:{_OTHER}{_SIZE})*(?:[ \t\n]+[a-z]+)?))"
    rf"(?=\s*[,;:.()]|[ \t\n]+{_BOUND}\b|\s*$)")
_MOST_QUALIFIERS = 4
# A goods' part may be a port or its pieces ("with usb charging port", "in 250 pieces"); the rest
# of the words that name no goods end them. A qualifier that points ("in the", "with its", "for a")
# tells where, with whom or for what the act was done.
_ACTS_WORDS = _NOT_GOODS_WORDS - {"port", "ports", "pieces", "units", "cartons", "packages",
                                  "boxes"}
_POINTING = frozenset(("the", "its", "their", "his", "her", "a", "an", "this", "these", "those",
                       "such", "each", "all", "any"))
# A year or a date is when, not what: "in 2023", "for 2022", "in March 2023" ("with marble
# tops" is no month).
_WHEN = re.compile(r"(?i)\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov"
                   r"|dec)(?:uary|ruary|ch|il|e|y|ust|ember|ober)?\.?\s+\d")


def described_on(text: str, end: int) -> int:
    """Where the goods' description that ends at END goes on to, over their qualifiers."""
    for _ in range(_MOST_QUALIFIERS):
        more = _QUALIFIER.match(text, end)
        if more is None:
            break
        told = more.group("words") or more.group("spec")
        words = re.findall(r"[a-z0-9][\w'\u2019/-]*", told.lower())
        after = told.split(None, 1)[1] if more.group("words") else told  # past "of", "with"
        if more.group("words") and (_ACTS_WORDS.intersection(words[1:]) or words[1] in _POINTING
                                    or not _COMMON_WORD.search(after) or _WHEN.search(told)):
            break
        end = more.end()
    return end


_SHOUTED = re.compile(r"[A-Z]{2,}(?:\s+[A-Z]{2,}){3}")


def _unshouted(text: str) -> str:
    """TEXT with each line typed in capitals ("THE IMPORTER DID NOT EXERCISE REASONABLE CARE IN
    CLASSIFYING ...") in lower case, as a reader takes it; the same length, so offsets hold."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        lowered = line.lower()
        if (_SHOUTED.search(line) and not any(c.islower() for c in line)
                and len(lowered) == len(line)):
            lines[index] = lowered
    return "\n".join(lines)
