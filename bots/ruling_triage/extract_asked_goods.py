"""The goods named in the sentence that asks for the ruling: "We ask for a prospective
classification ruling on battery-operated plush toys (models A-100), which we plan to import";
or in the one that says what the requester will import: "We intend to import insulated food
jars with lids, 16 oz., style FJ-16 from our supplier in Vietnam"."""

from __future__ import annotations

import re
from collections.abc import Callable

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

# The request's own sentence, then what it is about: "ruling on", "ruling concerning", "ruling
# as to the classification of", "ruling on the tariff classification of".
_ASKING = re.compile(
    r"(?:\b(?:ask|request|seek|apply)\w*\s+(?:for\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?ruling"
    # a subject line's "Re: Binding ruling request on the tariff classification of X"
    r"|\bruling\s+request)\s+"
    # the rule it is asked under may stand between: "a binding ruling under 19 CFR Part 177 on"
    r"(?:(?:under|pursuant\s+to)\s+19\s+C\.?F\.?R\.?\s+(?:Part\s+|\u00a7\s*)?177[\w.()]*\s+)?"
    r"(?:on|concerning|regarding|covering|for|about|as\s+to|with\s+respect\s+to)\s+"
    r"(?:the\s+)?(?:(?:tariff\s+)?(?:classification|country\s+of\s+origin|marking|origin|"
    r"transaction\s+value|customs\s+value|valuation|appraisement)"
    # (a note on the subject in brackets: "valuation (transaction value) of")
    r"(?:\s*\([^()\n]{1,40}\))?\s+of\s+(?:the\s+)?)?"
    # the importation the ruling is for: "on a prospective importation of X", "on planned
    # imports of X", "regarding the proposed entry of X"
    r"(?:(?:an?\s+|the\s+|our\s+)?(?:prospective|proposed|planned|intended|future|first|"
    r"upcoming)\s+(?:importations?|imports?|entry|entries|shipments?|purchases?)\s+of\s+"
    r"(?:the\s+)?)?"
    # a form letter's lead to its blank: "of the following merchandise: X"
    r"(?:following\s+(?:merchandise|goods|products?|articles?|items?)\s*:\s*)?(?P<v>(?:[^.;()]|(?<=\d)\.(?=\d))+?)"
    r"(?=\s*\(|,\s+(?:which|that|to\s+be|imported|we)\b|\s+(?:which|that)\s+(?:we|the|our|it)\b"
    r"|\s+(?:to\s+be|we\s+(?:plan|intend|expect))\b|\s+(?:bought|purchased|sold|made|"
    r"manufactured|produced|imported)\s+(?:from|by|in)\b|\.\s|\.$|;|\s*$)", re.I | re.S)
# Words that show the span is not goods but the ruling's subject or the transaction itself.
_NOT_GOODS = re.compile(r"^(?:the\s+)?(?:transaction\s+value|valuation|appraisement|customs\s+"
                        r"value|this\s+matter|the\s+following|our\s+(?:question|request))\b", re.I)
# "the yoga mats described in this letter": a pointer to a description, not one (177.2(b)(2)(ii)(A)
# asks for a full description; whether the letter gives it elsewhere is read there).
_DEFERRED = re.compile(r"\b(?:described|detailed|listed|specified|identified|set\s+(?:out|forth))"
                       r"\b|\b(?:below|herein|hereafter|attached|enclosed)\b", re.I)
# What the requester will import, up to where the goods' source or route begins.
_TO_IMPORT = re.compile(
    r"\b(?:intends?|plans?|proposes?|expects?|wish(?:es)?|wants?)\s+to\s+import\s+"
    r"(?!(?:from|through|via|into|at|for|in|under|next|later|soon)\b)"
    r"(?P<v>(?:[^.:;\n]|\n(?!\n)|\.(?=[^\s])|\.(?=\s+[a-z\d(]))+?)"
    r"(?=\s+(?:from|through|via|into|at|for\s+(?:sale|resale|use))\b|\.(?:\s|$)|[:;]|$)", re.I)
# What the request covers, counted in its models: "The request covers six models of a wired
# vertical computer mouse, 6 buttons, items A through F, ...", "This application concerns three
# sizes of stainless steel food jars".
_COVERS = re.compile(
    r"\b(?:request|application|submission|letter|ruling)\s+(?:covers|concerns|is\s+for)\s+"
    r"(?:\w+|\d{1,2})\s+(?:models?|items?|styles?|versions?|sizes?|variants?|articles?|"
    r"products?|colou?rways?)\s+of\s+(?P<v>(?:[^.;:\n]|\n(?!\n)|\.(?=\d))+?)"
    r"(?=,\s+(?:items?|models?|numbered|designated|styles?|differing|which)\b|\.(?:\s|$)|;|$)",
    re.I)
# A bare name ("ceramic mugs") names the goods; a description gives at least a few words of them.
_FEWEST_WORDS = 4


def read_asked_goods(items: list[Paragraph], fields: Fields) -> None:
    """PRODUCT_DESCRIPTION from the asking sentence, when no label or sentence gave it."""
    _read_named_goods(items, fields, _ASKING)


def read_goods_to_import(items: list[Paragraph], fields: Fields) -> None:
    """PRODUCT_DESCRIPTION from the sentence saying what the requester will import, or what the
    request covers in its models, when no other part of the request gave it."""
    _read_named_goods(items, fields, _TO_IMPORT, _described)
    _read_named_goods(items, fields, _COVERS, _described)


# "the cotton bath towels": goods named before, by name; a description gives more.
_DETERMINER = re.compile(r"(?i)^(?:the|a|an|our|its|their|these|those|such)\s+")


def _described(goods: str) -> bool:
    """Whether GOODS says more than a name: enough words after its article, or a detail (a
    material "of", a part "with", a size or model in figures, a list after a comma)."""
    bare = _DETERMINER.sub("", goods)
    return (len(bare.split()) >= _FEWEST_WORDS
            or re.search(r",|\bwith\b|\bof\b|\d", bare) is not None)


def _read_named_goods(items: list[Paragraph], fields: Fields, pattern: re.Pattern[str],
                      described: Callable[[str], bool] = lambda goods: True) -> None:
    for paragraph in items:
        for match in pattern.finditer(paragraph.text):
            # A forwarded text quotes each line with "> ".
            goods = " ".join(re.sub(r"\n[ \t]*>[ \t>]*", " ", match["v"]).split())
            if (len(goods.split()) >= _FEWEST_WORDS and not _NOT_GOODS.match(goods)
                    and not _DEFERRED.search(goods) and described(goods)):
                # Read from a sentence about something else (the request): less sure than a label.
                fields.put_span("product_description", goods,
                                Span(paragraph, match.start("v"), match.end("v")), PROSE - 0.05)
                return
