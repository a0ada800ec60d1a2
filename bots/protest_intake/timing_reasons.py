"""Why a liquidation was wrong by when it was made (19 CFR 174.13(a)(6)): the entry was
liquidated while something that stays liquidation was in force or pending, before something
the importer asked for was acted on, or before an extension had run out. No cite and no verdict
word ("void", "erroneous") is needed: the timing is the reason."""

from __future__ import annotations

import re

# What may stand in force or open against a liquidation: an extension, a suspension, a request
# or correction, a court order ("... was in force", "... remained in effect", "... was pending").
_IN_FORCE = (r"(?:in\s+(?:force|effect|place)|pending|suspended|outstanding|unresolved"
             r"|undecided|under\s+(?:review|consideration))")
# What the importer awaited ("... was processed", "... had been acted upon", "... was decided").
_ACTED_ON = (r"(?:processed|decided|acted\s+(?:up)?on|reviewed|considered|resolved|completed"
             r"|finali[sz]ed|answered|adjudicated|lifted|terminated|ended)")
_WORDS = r"(?:[\w'’.,-]+\s+){1,8}?"
_SOME_WORDS = r"(?:[\w'’.,-]+\s+){0,8}?"
MADE_WHEN_WORDS = (
    # "while an extension of liquidation was in force", "while the suspension remained in effect"
    rf"\bwhile\s+{_WORDS}(?:was|were|is|are|remained|remains|stood|still\s+stood)\s+"
    rf"(?:still\s+)?{_IN_FORCE}"
    # "before the importer's post-summary correction was processed", "before its PSC had been
    # acted upon", "before the court's order could be decided"
    rf"|\bbefore\s+{_WORDS}(?:was|were|had\s+been|has\s+been|could\s+be)\s+(?:\w+ly\s+)?"
    rf"{_ACTED_ON}"
    # "before the extension it granted had expired", "before the suspension ended"
    rf"|\bbefore\s+(?:the|its|their|an?|our)\s+{_SOME_WORDS}(?:had\s+)?(?:expired|ended|lapsed"
    r"|run\s+out|ran\s+out)\b"
    # "liquidated prematurely", "the premature liquidation", "during the suspension"
    r"|\bliquidat\w*\s+prematurely|\bprematurely\s+liquidat\w*|\bpremature\s+liquidation"
    r"|\bduring\s+the\s+(?:suspension|extension|pendency)\b")
MADE_WHEN = re.compile(MADE_WHEN_WORDS, re.I)
# The lodging sentence's own reason after its colon or dash on the same line: "Protestant
# objects to the liquidation itself: the entries were liquidated while ...".
_SAYS_WHY_AFTER = re.compile(r"(?::|\s[-\u2013\u2014]+)[^\S\n]+(?=\S)")


def own_reason(sentence: str) -> str | None:
    """The words after the lodging SENTENCE's inline colon or dash, where it goes on to say
    why; None where nothing follows on its line (a list follows) or there is no such mark."""
    mark = _SAYS_WHY_AFTER.search(sentence)
    return sentence[mark.end():] if mark else None
