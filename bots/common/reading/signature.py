"""Who signed a letter, from its signature block: "/s/ Name", a name under a signature line,
a memo's FROM line, or a person's name printed under the closing ("Sincerely,")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bots.common.reading.lines import fold
from bots.common.reading.phrases import CLOSINGS

# The line under the rule may caption the name it prints ("Name  Ann Lee", "Printed name: Ann
# Lee"), as a certification block sets its Name / Title / Date rows.
_SIGNATURE_LINE = re.compile(r"(?m)^\s*(?:By:?\s*)?_{5,}\s*$\n\s*(?P<caption>(?i:(?:printed"
                             r"\s+|typed\s+)?name\b[^\S\n]*:?[^\S\n]*(?=\S)))?(?P<name>[^\n]+)")
_SIGNED = re.compile(r"/s/\s*(?P<name>[^\n]+)")
# An electronic signature's line (E-SIGN Act, 15 U.S.C. 7001): "Electronically signed by Ann
# Lee, Manager, on June 13, 2025", "Digitally signed by Ann Lee", "e-signed: Ann Lee".
_ESIGNED = re.compile(r"(?i)(?:(?:electronically|digitally)\s+signed|signed\s+(?:electronically|"
                      r"digitally)|e-?signed)(?:\s+by)?\s*:?[^\S\n]*(?P<name>[^,\n]+)")
# A firm's signature block signed for it by its officer: "By: Ann Lee" over "Its: Manager"
# ("Title:"), the corporate form of a signature.
_BY_ITS = re.compile(r"(?im)^[^\S\n]*By[^\S\n]*:[^\S\n]*(?P<name>[^\n_]+)\n[^\S\n]*"
                     r"(?:Its|Title)[^\S\n]*:")
# A form's signature row left as a rule, the signer's printed name under it ("Signature: ____" /
# "Name: Ann Lee"): who was to sign, not a signature (a weak cue).
_FORM_NAME = re.compile(r"(?im)^[^\S\n]*signature[^\S\n]*:?[^\S\n]*_{3,}[^\S\n]*\n[^\S\n]*"
                        r"(?:printed\s+|typed\s+)?name[^\S\n]*:[^\S\n]*(?P<name>[^\n]+)")
_MEMO_FROM = re.compile(r"(?m)^\s*FROM\s*:\s*(?P<name>[^\n]+)$")
# A broker's printout closes "Submitted by: Name, licensed customs broker, for ...", "Filed by:
# Name", or "Submitted by" alone on its line with the name printed under it. ("Prepared by:" names
# the preparer, a broker's firm as often as a person: no signer.)
# "Signed: Name, Owner, for the protestant", "Signatory: Name", "Executed by: Name" label the
# signer the same way ("Signature:" too, when a name and no "/s/" follows it); so does the
# "By: Name" ("Per: Name") that counsel types under its firm's name in a signature block. A
# message or statement authenticated in place of a signature names its signer so too:
# "AUTHENTICATED: NAME", "Attested by: Name", "Certified correct by: Name".
_SUBMITTED_BY = re.compile(r"(?im)^[^\S\n]*(?:(?:submitted|signed|filed|executed|authenticated"
                           r"|attested|certified(?:\s+(?:correct|true))?)\s+by|signed"
                           r"|signature|signatory|by|per|authenticated|attested)[^\S\n]*"
                           r"(?::[^\S\n]*\n?[^\S\n]*|\n[^\S\n]*)(?P<name>[^,\n]+)")
# A memo of tags at the margin prints the signer beside its tag, no colon: "SIGNED  Ann Lee"
# (capitals, or small capitals read as capitals); a man(7) page puts it under AUTHORS.
# A telex or cable abbreviates it, the title run on after the name: "SGD ANN K. LEE IMPORT MANAGER".
_TAGGED = re.compile(r"(?m)^[^\S\n]*(?:SIGNED(?:[^\S\n]+BY)?|SGD|SIGNATURE|SIGNATORY)[^\S\n]+"
                     r"(?P<name>[^,\n]+)")
# A fax machine's transmission line ("FROM: ACME CORP.  FAX (555) 555-0100  PAGE 1/2") names the
# sending firm, not a memo's writer: its FROM is no signer.
_FAX_LINE = re.compile(r"(?i)\bPAGE\s*\d+\s*(?:/|of)\s*\d+|\bFAX\b|\(\d{3}\)\s*\d{3}-\d{4}")
# A given name may be two joined by a hyphen, each capitalised: "Mei-Ling", "Jean-Pierre".
# Names are spelled with their accents ("Ignacio Villaseñor", "Zoë Łukasik"): Latin-1's and
# Latin Extended-A's letters count as letters.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_PERSON = re.compile(
    rf"^\s*(?:[{_UP}][{_LOW}'-]+(?:(?<=-)[{_UP}][{_LOW}']+)?|[{_UP}]\.)"
    rf"(?:\s+(?:[{_UP}][{_UP}{_LOW}'-]+\.?|[{_UP}]\.)){{1,3}}\s*$"
)
# A firm by its legal form, spelled out or abbreviated, at home or abroad.
_COMPANY = re.compile(
    r"(?i)\b(?:LLP|LLC|L\.P\.|Inc|Incorporated|Co|Corp|Corporation|Company|Ltd|Limited|PLLC"
    r"|P\.C|Associates|Group|GmbH|AG|S\.?A|S\.?p\.?A|S\.?r\.?l|B\.?V|N\.?V|PLC|Pty"
    r"|K\.?K|S\.?A\.?S)\b|&"
)
# What a form prints under a blank signature line: "(Authorized signature)", "Name and title".
PLACEHOLDER = re.compile(r"signature|signed|signatory|\bname\b|\btitle\b|\bdate\b|^\(.*\)$", re.I)
# A title is not a name: "Vice President, Operations" under the closing names no one.
_TITLE = re.compile(
    r"(?i)\b(?:president|manager|director|counsel|partner|officer|broker|attorney|secretary"
    r"|treasurer|agent|chief|head|vice)\b"
)
# The labels a signature row prints after the signed name, on the same line.
_NEXT_LABEL = re.compile(r"(?i)\s+(?:printed\s+|typed\s+)?(?:name|title|position|capacity|date"
                         r"(?:\s+signed)?|for|company|firm)\s*:")
_CLOSING_REACH = 5  # lines under the closing where the signer's printed name may stand


@dataclass(frozen=True)
class Signer:
    """The signer's name, its span in the text, and whether the cue was a weak one."""

    name: str
    start: int
    end: int
    weak: bool


def signer_in(text: str) -> Signer | None:
    """The letter's signer: a signed or ruled line first, a memo head, else under the closing."""
    for pattern in (_SIGNED, _ESIGNED, _SIGNATURE_LINE, _BY_ITS, _MEMO_FROM, _FORM_NAME,
                    _SUBMITTED_BY, _TAGGED):
        for match in pattern.finditer(text):
            # A form's signature row runs on into its next labels ("/s/ Ann Lee Name: Ann Lee
            # Title: Broker"): the signed name ends where the next label starts.
            line = _NEXT_LABEL.split(fold(match.group("name")))[0]
            name = _signed_name(line.split(",")[0].strip())
            # A memo's writer may add the firm after the name ("FROM: Ann Lee, Counsel, Acme
            # Inc."); a FROM that is itself a firm, or a fax's transmission line, names no one.
            if pattern is _MEMO_FROM and (_COMPANY.search(name) or _FAX_LINE.search(line)):
                continue
            if pattern is _TAGGED:
                name = name_before_title(name)
            if pattern in (_SUBMITTED_BY, _ESIGNED, _BY_ITS, _FORM_NAME, _TAGGED) \
                    and not is_person(name):
                continue
            if name and not name.startswith("_") and not PLACEHOLDER.search(name):
                return Signer(name, match.start("name"), match.end("name"),
                              pattern in (_MEMO_FROM, _SUBMITTED_BY, _FORM_NAME, _TAGGED)
                              # A name captioned under a rule is who was to sign, as a form's.
                              or match.groupdict().get("caption") is not None)
    return _under_closing(text)


def _signed_name(line: str) -> str:
    """A signed line that goes on past the name with the name printed again beside it ("/s/ Ann
    Lee Ann Lee Customs Manager": a form's Signature | Name | Title row read as one line)."""
    words = line.split()
    for size in range(2, len(words) // 2 + 1):
        if words[:size] == words[size:2 * size]:
            return " ".join(words[:size])
    return line


# Courtesy words a sender puts before its closing: "Thanks and regards,", "Many thanks and
# best regards,", "With kind regards,", "Thank you and regards,".
_COURTESY = re.compile(r"(?i)^(?:(?:many\s+)?thanks|thank\s+you|with)(?:\s+(?:and|&))?\s+")
# An e-mail's short sign-off, alone on its line with its comma: "Thanks,", "Best,", "Cheers,".
_SIGN_OFF = re.compile(r"(?im)^[^\S\n]*(?:(?:many\s+)?thanks(?:\s+again)?|best(?:\s+wishes)?"
                       r"|all\s+the\s+best|cheers|warmly)[^\S\n]*,[^\S\n]*$")


def signer_after_sign_off(text: str) -> Signer | None:
    """The name under a closing with courtesy words before it ("Thanks and regards," / "Ann
    Lee") or under an e-mail's short sign-off ("Best,"): the closing-line cue of `signer_in`,
    read as e-mails sign off (a message quoted under the reply is cut off before: packet_parts)."""
    return _under_closing(text, courtesy=True)


def _under_closing(text: str, courtesy: bool = False) -> Signer | None:
    """A name signed under "Sincerely," with no /s/ and no signature line: the first line below
    the closing that reads as a person's name (a firm's name is skipped)."""
    closing = None
    for match in CLOSINGS.finditer("closing", text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        # The closing stands alone on its line ("Sincerely,"), not inside a sentence; a rule to
        # sign on may follow it on the same line ("Very truly yours, ________").
        line = fold(text[line_start:line_end]).strip(" ,_").lower()
        if courtesy:
            line = _COURTESY.sub("", line)
        if line_end > 0 and line == fold(match.group(0)).lower():
            closing = line_end
    if courtesy:  # the last sign-off of either kind, as the last closing
        ends = [m.end() for m in _SIGN_OFF.finditer(text)]
        closing = max([*ends, closing] if closing is not None else ends, default=None)
    if closing is None:
        return None
    offset = closing + 1
    for line in text[offset:].split("\n")[:_CLOSING_REACH]:
        # "Priya Raghunathan, Counsel for Protestant": the name, then the title after a comma.
        name = line.split(",")[0] if "," in line else line
        if is_person(name) and not _COMPANY.search(line):
            start = offset + len(line) - len(line.lstrip())
            return Signer(fold(name), start, start + len(name.strip()), True)
        offset += len(line) + 1
    return None


def is_person(name: str) -> bool:
    """A person's name, as typed or in capitals ("GABRIELA OSTROWSKI"), and not a title."""
    shaped = name.title() if name.isupper() else name
    return bool(_PERSON.match(ocr_initials(shaped))) and not _TITLE.search(name)


_ZERO_INITIAL = re.compile(r"(?<=[A-Za-z] )0\.")


def ocr_initials(name: str) -> str:
    """NAME with a middle initial O that OCR read as a zero put right: "Renata 0. Castellanos"."""
    return _ZERO_INITIAL.sub("O.", name)


# What a signature block prints under the signer's name besides _TITLE's words.
_MORE_TITLES = re.compile(r"(?i)\b(?:specialist|owner|principal|founder|proprietor|member|"
                          r"coordinator|analyst|associate|lead|esq\.?|CEO|CFO|COO|consultant|"
                          r"advis[eo]r|administrator|supervisor|executive|controller|"
                          r"representative|paralegal|chair(?:man|woman|person)?|clerk)\b")
_TITLE_LINE = 60  # characters: a title line is short
# Words that open a title run on after a name on one line ("IMPORT MANAGER", "SENIOR COUNSEL",
# "DIRECTOR OF TRADE COMPLIANCE"): the title's own words, or the field a title names.
_TITLE_OPENER = re.compile(r"(?i)^(?:import|export|trade|customs|compliance|logistics|operations"
                           r"|senior|junior|general|assistant|deputy|regional|sales|finance"
                           r"|purchasing|supply|traffic|shipping|managing|corporate|legal"
                           r"|acting|interim|associate)$")
_INITIAL = re.compile(r"^[A-Z]\.$")


def name_before_title(line: str) -> str:
    """A person's name with the title run on after it on its line cut off ("DMITRI K. SOLOVYOV
    IMPORT MANAGER" -> "DMITRI K. SOLOVYOV"): the name ends before the first word that opens a
    title, when the rest names a title; else after the surname that follows a middle initial.
    A line with no title after the name is itself."""
    words = line.split()
    for at in range(2, len(words)):
        rest = " ".join(words[at:])
        opens = _TITLE_OPENER.match(words[at].strip(",")) or _TITLE.match(words[at]) \
            or _MORE_TITLES.match(words[at])
        if opens and (_TITLE.search(rest) or _MORE_TITLES.search(rest)) \
                and is_person(" ".join(words[:at])):
            return " ".join(words[:at])
    initial = next((i for i, word in enumerate(words[:3]) if i and _INITIAL.match(word)), None)
    if initial is not None and initial + 2 < len(words) \
            and is_person(name := " ".join(words[:initial + 2])):
        return name
    return line


def named_with_title(lines: list[str]) -> int | None:
    """The index of the line that names a person with a title under it ("Ann Lee" / "Customs
    Compliance Manager") or after a comma ("Ann Lee, Partner"): a signature block typed without
    a closing word."""
    for index, line in enumerate(lines):
        name, comma, title = line.partition(",")
        if not comma:
            title = lines[index + 1] if index + 1 < len(lines) else ""
        title = title.strip()
        if (title and is_person(name) and not _COMPANY.search(name) and len(title) <= _TITLE_LINE
                and not any(c.isdigit() for c in title)
                and (_TITLE.search(title) or _MORE_TITLES.search(title))):
            return index
    return None


_BLOCK_REACH = 4  # lines under the signer's name where its title and organisation stand


@dataclass(frozen=True)
class Organisation:
    """The firm a signature block names under its signer ("Ann Lee" / "Director" / "Acme Inc.")."""

    name: str
    start: int
    end: int


def organisation_under_signer(text: str) -> Organisation | None:
    """The company line under the signer's name and title: the sender's own name when a letter
    prints only its address at the head. A person's name again, a title, or a rule are passed."""
    signer = signer_in(text)
    if signer is None:
        return None
    # A memo's FROM line names the signer at the head; the block with the firm is the name
    # printed again at the foot ("Ann Lee" / "Import Manager, Acme Inc.").
    for at in (signer.end, *_printed_again(text, signer)):
        if (firm := _firm_under(text, signer, at)) is not None:
            return firm
    return _organisation_over(text, text.rfind("\n", 0, signer.start) + 1)


def _printed_again(text: str, signer: Signer) -> list[int]:
    """The ends of the later lines that start with the signer's name."""
    name = re.escape(signer.name)
    again = re.compile(rf"(?m)^[^\S\n]*{name}(?!\w)[^\n]*$")
    return [m.end() for m in again.finditer(text, signer.end)]


def _firm_under(text: str, signer: Signer, at: int) -> Organisation | None:
    offset = text.find("\n", at)
    if offset < 0:
        return None
    offset += 1
    for line in text[offset:].split("\n")[:_BLOCK_REACH]:
        bare = fold(line).strip()
        begin, start = offset, offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        firm = bool(_COMPANY.search(bare))
        if not bare or bare.casefold() == signer.name.casefold() \
                or (is_person(bare) and not firm) or set(bare) <= set("_-. "):
            continue
        if len(bare) <= _TITLE_LINE and (_TITLE.search(bare) or _MORE_TITLES.search(bare)) \
                and not firm:
            continue
        # "Owner, Acme Inc.", "Import Manager, Acme Inc.": the title, then the firm after a comma.
        title, comma, rest = bare.partition(", ")
        if comma and len(title) <= _TITLE_LINE and not _COMPANY.search(title) \
                and (_TITLE.search(title) or _MORE_TITLES.search(title)) and _COMPANY.search(rest):
            skip = line.index(rest.split()[0], start - begin + len(title))
            start, bare, line = begin + skip, rest, line[skip:]
        # The first other line ends the block: it is the firm only when it reads as one.
        if firm and _firm_shaped(bare):
            return Organisation(bare, start, start + len(line.strip()))
        return None
    return None


_SIGNED_MARK = re.compile(r"(?i)^\s*(?:by|per)\s*:?\s*$|/s/")


def _organisation_over(text: str, signed_line: int) -> Organisation | None:
    """The firm printed between the closing and the signed line ("Sincerely," / "Acme Inc." /
    "By: /s/ Ann Lee"): the line right over the signer, when it reads as a firm."""
    end = signed_line - 1
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    bare = fold(line).strip()
    if _COMPANY.search(bare) and _firm_shaped(bare) and not CLOSINGS.search("closing", bare) \
            and not _SIGNED_MARK.search(bare):
        begin = start + len(line) - len(line.lstrip())
        return Organisation(bare, begin, begin + len(line.strip()))
    return None


_CONNECTING = {"of", "and", "the", "for", "de", "del", "der", "und", "y", "et", "&"}


def _firm_shaped(line: str) -> bool:
    """A firm's name line: short, no figures or colon, every word capitalised but connectors
    ("Old Mill Kitchenware Company", "Gulf Coast Pump & Valve Co."), unlike a sentence."""
    words = line.split()
    return (0 < len(line) <= _TITLE_LINE and not any(c.isdigit() for c in line) and ":" not in line
            and all(w[0].isupper() or w.casefold() in _CONNECTING for w in words))
