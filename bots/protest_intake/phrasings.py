"""How senders word each protest element: Form 19's own labels, 19 CFR 174's wording, and what
counsel, brokers and importers write. Matched through bots.common.reading.phrases."""

from __future__ import annotations

import re

from bots.common.reading.phrases import PhraseBank, asked_caption

# Antidumping or countervailing duties, Commerce's determinations and the words of its reviews
# (19 U.S.C. 1514(b)): named by the duty, the department, its findings or its case numbers.
AD_CVD_WORDS = re.compile(
    r"\b(anti-?dumping|countervailing|ad/cvd|dumping margin|department\s+of\s+commerce"
    r"|commerce\s+(?:erred|determined|found|selected|calculated|instructed|instructions?)"
    r"|adverse\s+facts\s+available|separate\s+rate|administrative\s+review"
    r"|[AC]-\d{3}-\d{3,6})\b",
    re.I,
)

# A letter's salutation: "Dear Port Director", "Ladies and Gentlemen", "To whom it may concern",
# a mail's "Good afternoon" or "Hello team". It ends at its first comma, colon or "!"; what
# follows it, on its line or the next, is the letter's first sentence.
SALUTATION = (r"(?i:good\s+(?:morning|afternoon|evening|day)|hello|hi|greetings|dear"
              r"|ladies\s+and\s+gentlemen|gentlemen|to\s+whom\s+it\s+may\s+concern)\b"
              r"(?![-'’&])[^\n.,:!]{0,40}[,:!]")

# What a sender calls the goods whose description 174.13(a)(5) asks for.
_GOODS_NOUNS = ("merchandise", "goods", "commodity", "commodities", "product", "products",
                "article", "articles", "item", "items")

PROTEST = PhraseBank({
    # Headings under which the 174.13(a)(6) objection and its justification are set out.
    "objection_heading": (
        "nature of and justification for the objection", "justification for claim",
        "facts and legal argument*", "facts and argument*", "legal argument*", "argument*",
        "grounds for protest", "grounds of protest", "grounds", "basis for protest", "basis",
        "statement of the objection", "objection*", "reasons for protest", "our reasons",
        "reasons", "claim and argument", "claim", "claims", "decision protested and claim",
        "detailed reasons for protest", "statement of facts and law", "discussion",
        "law and analysis", "legal basis", "justification", "argument in support",
        "argument in support of protest", "argument in support of the protest",
        "statement of grounds", "summary of argument", "law and argument", "facts and law",
        "points and authorities", "legal discussion", "analysis", "reasons for the protest",
        "basis for the claim", "basis of the claim", "basis of protest",
        "why the decision is wrong", "why cbp erred", "statement of reasons", "basis of objection",
        "basis for objection", "nature of objection and justification",
        "nature of the objection", "objection and justification",
        "statement of facts and argument", "statement of facts and legal argument",
        "facts and legal basis", "grounds for the protest", "grounds for objection",
        "reasons for objection", "basis for the objection", "protestant's position",
        "position of the protestant", "memorandum in support", "memorandum of law",
        "legal grounds", "arguments", "statement of the case and argument",
        "why we object", "we disagree because",
        # A clerk answering a bill: "Why we disagree:", "Why we dispute this bill:".
        "why we disagree", "why we dispute this bill", "why we dispute the bill",
        "why we dispute it", "reasons we disagree", "reason we disagree", "why we do not agree",
        "basis for our objection", "claim / justification",
        "claim and justification", "basis of claim", "basis for claim", "basis of the protest",
        "basis for the protest", "grounds of the protest", "grounds of claim",
        # An e-filing module prints what the filer typed under its own heading.
        "protest text", "protest text as filed", "text of protest", "text of the protest",
        "protest narrative", "narrative", "protest statement", "statement of protest",
        "protest details", "details of protest", "explanation", "explanation of protest",
        # The decision and why it is wrong under one heading: "DECISION PROTESTED AND GROUNDS",
        # "4. Decision and argument", "Decision protested and reasons".
        "decision protested and grounds", "decision protested and reasons",
        "decision protested and argument", "decision protested and justification",
        "decision and argument", "decision and grounds", "decision and reasons",
        "decision and justification", "grounds and argument", "objection and grounds",
    ),
    # Sentences that state the objection's substance without a heading.
    "objection_prose": (
        "protestant claims", "protestant contends", "protestant submits that",
        "protestant asserts", "we contend", "we submit that", "we claim",
        "the correct classification",
        "should have been classified", "should have been appraised", "is properly classified",
        "are properly classified", "was erroneous", "is erroneous", "in error",
        "should be classified", "should be appraised", "is classifiable", "are classifiable",
        "properly appraised", "cbp erred", "erroneously", "incorrectly", "protestant maintains",
        "the correct rate", "is entitled to", "are entitled to",
        "must be refunded", "should be refunded", "refund of the excess", "excess duty",
        # An owner's plain words: the decision called wrong, the right provision named.
        "is wrong", "was wrong", "are wrong", "were wrong", "is incorrect", "was incorrect",
        "are incorrect", "is mistaken", "was mistaken", "the correct provision",
        "the correct subheading", "the correct heading", "the correct tariff number",
        "the proper provision", "the proper subheading", "the proper classification",
        "the correct value", "the proper value", "properly classifiable", "should have used",
    ),
    "drawback": (
        "subject of drawback", "subject to drawback", "subject of any drawback",
        "subject of a drawback", "drawback claim", "claim for drawback", "drawback declaration",
        "designated as an import entry on a drawback claim", "drawback has been claimed",
        "no drawback", "drawback",
    ),
    # "AFR": the application for further review by its initials.
    "further_review": ("further review", "review by headquarters", "regulations and rulings",
                       "afr"),
    # 19 CFR 174.22 as a sender asks for it: "disposed of on an accelerated basis", "expedited".
    "accelerated": ("accelerated disposition", "accelerate* disposition", "174.22",
                    "accelerated basis", "accelerated decision", "accelerated consideration",
                    "accelerated handling", "expedited disposition"),
    "decision_protested": (
        "decision protested", "decision being protested", "decisions protested",
        "category of decision protested", "nature of decision", "protested decision",
        # What else a form or counsel calls the box: the decision objected to or contested.
        "decision objected to", "decision under protest", "decision contested",
        "decision challenged", "decision complained of", "nature of the decision",
        "type of decision", "decision appealed",
        # A plain-worded sender labels it as the question it answers: "What we protest:".
        "what we protest", "what we are protesting", "what is protested", "what is being protested",
        "what we object to", "what we are objecting to", "what we dispute", "what we contest",
        "what we challenge", "what we are disputing", "what we are contesting",
    ),
    "merchandise": (
        "description of merchandise", "description of the merchandise", "merchandise description",
        "merchandise", "commodity", "goods", "products", "product description",
        "merchandise desc", "goods in issue", "description of goods", "goods description",
        "what we imported", "products at issue", "goods at issue", "merchandise at issue",
        "imported merchandise", "imported goods", "merchandise imported", "goods imported",
        "merchandise protested", "goods protested", "merchandise covered", "articles",
        "imported articles",
        # A form's box named by the goods alone or by what the sender's form lists them as:
        # "Product", "HTS description", "Products covered", "Articles imported". ("Description"
        # alone is also a manual page's section, over the whole document.)
        "product", "hts description", "htsus description", "tariff description",
        *(f"{noun} {verb}" for noun in ("products", "articles", "items", "commodities")
          for verb in ("covered", "imported")),
        # A label worded as the start of a sentence: "The merchandise is described as: ...".
        "the merchandise is described as", "the goods are described as",
        "merchandise is described as", "goods are described as", "the merchandise is",
        "the goods are", "the merchandise consists of", "the goods consist of",
        "merchandise involved", "goods involved", "the merchandise in question",
        # The goods' description by whatever the sender calls the goods: "Commodity
        # description", "Description of the articles", "Item description".
        *(form for noun in _GOODS_NOUNS
          for form in (f"{noun} description", f"description of {noun}",
                       f"description of the {noun}", f"description of imported {noun}")),
    ),
})

# The words an objection heading is built of, however a sender combines them ("Claim and
# supporting argument", "Statement of objection and reasons", "Grounds and reasons in support"):
# at least one word naming the objection, the rest such words or their plain connectives.
_OBJECTION_WORDS = frozenset({
    "claim", "claims", "argument", "arguments", "objection", "objections", "reason", "reasons",
    "ground", "grounds", "basis", "justification", "justifications", "contention", "contentions",
})
_CONNECTIVES = frozenset({
    "and", "of", "the", "for", "in", "to", "our", "its", "with", "supporting", "support",
    "detailed", "legal", "statement", "summary", "protestant", "protestant's", "protestants",
    "s", "full", "specific", "&", "brief", "points", "this", "protest",
    # 174.13(a)(6)'s own wording and a question's: "the nature of each objection and the reasons
    # therefor", "the objection and the reasons for it".
    "nature", "each", "every", "therefor", "therefore", "it", "them", "your",
    # The facts and the law set out with the grounds: "Facts and legal grounds", "Facts, law
    # and grounds of protest" (a heading of facts alone names no objection).
    "facts", "fact", "law", "factual",
})
_ATTACHED_SHEET = re.compile(
    r"(?i)^\W*(?:rider|attachment|continuation(?:\s+sheet)?|annex|addendum|schedule|exhibit"
    r"|appendix)(?:\s+(?:[a-z]|\d{1,2}|[ivx]{1,4}))?\s*[-\u2013\u2014:.]\s+(?=\S)")
_HEADING_WORDS = 8  # a heading is short; a sentence naming a claim is not one
_WHY_WORDS = 6  # "Why the liquidation was wrong": a question short enough to be a label


def sheet_heading(line: str) -> bool:
    """Whether LINE names an attached sheet and the objection on it: "RIDER: STATEMENT OF
    GROUNDS", "Attachment 1: Reasons for protest" (a label's colon, not a heading's words)."""
    return _ATTACHED_SHEET.match(line) is not None and objection_heading(line)


def objection_heading(line: str) -> bool:
    """Whether LINE heads the 174.13(a)(6) objection: a known phrasing, or a short line made of
    the objection's words and their connectives."""
    # A questionnaire asks for it: "Q8. State the objection and the reasons for it."
    line = asked_caption(line) or line
    # The sheet it is set out on, named before it: "RIDER - STATEMENT OF GROUNDS", "Attachment
    # 1: Reasons for protest", "Continuation sheet - Grounds".
    line = _ATTACHED_SHEET.sub("", line)
    if PROTEST.heading("objection_heading", line):
        return True
    words = re.findall(r"[a-z&']+", re.sub(r"^\W*(?:\d+|[ivx]+|[a-z])\s*[.)]\s+", "",
                                            line.strip().lower()))
    # A plain-worded sender asks it: "Why:", "Why we protest:", "Why CBP is wrong:".
    if words[:1] == ["why"] and len(words) <= _WHY_WORDS:
        return True
    return 0 < len(words) <= _HEADING_WORDS and any(w in _OBJECTION_WORDS for w in words) \
        and all(w in _OBJECTION_WORDS or w in _CONNECTIVES for w in words)
