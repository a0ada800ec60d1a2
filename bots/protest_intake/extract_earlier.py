"""A letter asking for the disposition of an earlier protest (174.13(a)(7)): "the same
disposition as in Protest No. 5301-24-118280, received March 3, 2024", "apply the disposition of
Protest No. ..."; or, only as a guess, another protest's number on a line calling it related."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from bots.protest_intake.extract_fields import INFERRED, PROSE, Fields, protest_number_in
from tradebots.pdf import TextStream

_CALLED_EARLIER = r"\b(?:earlier|prior|previous|related|pending|companion)\b"


def _number(group: str) -> str:
    return rf"(?P<{group}>\d{{4}}\s*-\s*\d{{2,4}}\s*-\s*\d{{6}})"


# "the same result / outcome / relief as protest ...": any word for what CBP decided asks it.
_WHAT_DECIDED = (r"(?:disposition|treatment|decision|result|outcome|relief|resolution"
                 r"|determination|action|ruling)")
# "Same disposition requested as in protest ...": the request's verb between the words.
_ASKED_FOR = r"(?:(?:is\s+|be\s+)?(?:requested|sought|asked(?:\s+for)?|claimed)\s+)?"
# The sentence runs on past "Aug. 5, 2024": a full stop before a digit does not end it.
_SAME_DISPOSITION = re.compile(
    # "SAME AS OUR EARLIER PROTEST 3901-25-337020" asks for its disposition in three words.
    rf"(?:same\s+(?:{_WHAT_DECIDED}\s+)?{_ASKED_FOR}as|decided\s+(?:like|as|the\s+same\s+as)"
    r"|(?:apply|extend|accord|give)\s+(?:it\s+|them\s+)?(?:the\s+)?disposition\s+of"
    # "We ask for the disposition given in protest ...": asked for by the verb, no "same".
    rf"|\b(?:ask|request|seek)(?:s|ed|ing)?\s+(?:for\s+)?(?:the\s+)?{_WHAT_DECIDED})"
    # "... as was sought in protest ...", "as that granted in", "as given to": what the earlier
    # protest asked or got, said in a clause between "as" and the protest.
    r"\s+(?:(?:that|was|is|were|has\s+been|had\s+been|it\s+was)\s+)*"
    r"(?:(?:sought|requested|asked\s+for|claimed|granted|given|accorded|obtained|made)\s+)?"
    r"(?:(?:in|that\s+of|for|by|to|under|with)\s+)?(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:earlier\s+|prior\s+)?protest\s+"
    rf"(?:no\.?|number|#)?\s*{_number('number')}(?P<rest>(?:[^.]|\.(?=\s*\d))*)",
    re.I,
)
# The protest named first, the request after it in the same sentence: "The same issue is before
# CBP in Protest 1001-24-196352 (received May 2, 2024); we request the same disposition."
_ASKED_AFTER = rf"(?P<rest>(?:[^.]|\.(?=\s*\d))*?\bsame\s+{_WHAT_DECIDED}\b)"
_NAMED_THEN_ASKED = re.compile(
    rf"\bprotest\s+(?:no\.?\s*|number\s*|#\s*)?{_number('number')}{_ASKED_AFTER}", re.I
)
_ASKED = re.compile(_ASKED_AFTER, re.I)
# "Related protest with pending further review: No. 5201-24-120065": another protest named, but
# whether its disposition is asked for is not said; its number is a guess at (a)(7).
_MENTIONED = re.compile(
    rf"(?im)^[^\n]*?{_CALLED_EARLIER}[^\n]*?\bprotest[^\n\d]{{0,60}}?{_number('number')}"
    r"(?P<rest>[^\n]*)"
    rf"|^[^\n]*?\bprotest[^\n\d]{{0,24}}?{_number('other')}"
    rf"(?=[^\n]*{_CALLED_EARLIER})(?P<after>[^\n]*)"
)
# The earlier protest's own caption, alone before its number on the line.
_CAPTIONED = re.compile(r"(?i)\s*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:earlier|prior|previous)\s+protest"
                        r"\s*(?:number|no\.?|#)\s*[:.]?\s*")
_RECEIVED = re.compile(r"\b(?:received|filed|lodged)\b", re.I)


def same_disposition_asked(after: str) -> bool:
    """Whether the sentence that runs on after a protest number asks for its disposition."""
    return _ASKED.match(after) is not None


def read_earlier_protest(stream: TextStream, fields: Fields) -> None:
    """The earlier protest's number, and its receipt date when the same sentence gives one."""
    match = stream.search(_SAME_DISPOSITION) or stream.search(_NAMED_THEN_ASKED)
    if match is not None:
        _put(stream, fields, match.start("number"), match.end("number"), match.start("rest"),
             match.group("rest"))
        return
    for match in stream.finditer(_MENTIONED):
        group, rest = ("number", "rest") if match.group("number") else ("other", "after")
        number = protest_number_in(match.group(group))
        if number is None or number == fields.value("protest_number"):
            continue
        # A number already read under its own caption, or printed after it on its line
        # ("EARLIER PROTEST NO.: ...", "Prior protest number: ..."), is no guess.
        line_start = stream.text.rfind("\n", 0, match.start(group)) + 1
        guessed = "earlier_protest_number" not in fields.items and not _CAPTIONED.fullmatch(
            stream.text[line_start:match.start(group)])
        _put(stream, fields, match.start(group), match.end(group), match.start(rest),
             match.group(rest))
        # Only a missing receipt date makes the guess matter: then (a)(7) may or may not apply.
        if guessed and "earlier_protest_received" not in fields.items:
            fields.put(INFERRED[7], True, stream.evidence(match.start(), match.end()), PROSE)
        return


def _put(stream: TextStream, fields: Fields, start: int, end: int, rest_start: int,
         rest: str) -> None:
    fields.put("earlier_protest_number", protest_number_in(stream.text[start:end]),
               stream.evidence(start, end), PROSE)
    received = _RECEIVED.search(rest)
    found = next(iter(find_dates(rest[received.end():])), None) if received else None
    if received is not None and found is not None:
        at = rest_start + received.end() + found.start
        fields.put("earlier_protest_received", found.value,
                   stream.evidence(at, at + len(found.text)), PROSE)
