"""A business letter read by its structure: letterhead, date, addressee, subject (Re:) line,
salutation, body, closing and signature block, enclosures.

Works on any list of text blocks (paragraphs) in reading order. A value a letter gives in two
places (the sender in the letterhead, the body and the signature block) is offered as several
cues; `agree` says whether they name the same party, so a caller can lower its confidence or send
the document to a person when they do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from rapidfuzz import fuzz

from bots.common.reading.date_line import date_line
from bots.common.reading.signature import PLACEHOLDER, ocr_initials
from tradebots.facts import Evidence


class Block(Protocol):
    """A paragraph of the page: its text, where it starts, evidence for a character span."""

    @property
    def page(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def top(self) -> float: ...

    @property
    def x0(self) -> float: ...

    def evidence(self, start: int, end: int) -> Evidence | None: ...


@dataclass(frozen=True)
class Part:
    """Characters start..end of one block: a piece of the letter with its evidence."""

    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]

    def evidence(self) -> Evidence | None:
        return self.block.evidence(self.start, self.end)


@dataclass(frozen=True)
class Signature:
    """The block under the closing: who signed and how; `signed` False for a blank line."""

    signed: bool
    how: str  # "/s/", "name under a signature line", "typed name", "blank line", "no name",
    # or "bracketed mark" ("[signature]": signed or not, the text does not say)
    where: Part
    signer: Part | None = None
    title: Part | None = None
    organisation: Part | None = None


@dataclass
class Letter:
    """The parts of a letter; a part the letter lacks is None (lists: empty)."""

    stamp: list[Block] = field(default_factory=list)
    letterhead: list[Block] = field(default_factory=list)
    date: Part | None = None
    addressee: list[Block] = field(default_factory=list)
    subject: Part | None = None
    salutation: Block | None = None
    body: list[Block] = field(default_factory=list)
    closing: Block | None = None
    signature: Signature | None = None
    enclosures: list[Block] = field(default_factory=list)

    @property
    def recognised(self) -> bool:
        """A letter's frame was found: an opening (date, Re: line or salutation) and a closing.
        A date under a letterhead opens a letter that greets no one ("Facts" follows)."""
        opened = (self.salutation is not None or self.subject is not None
                  or (self.date is not None and bool(self.letterhead)))
        return opened and self.closing is not None


# A receipt stamp shouts, sometimes letter-spaced ("R E C E I V E D"); "received" in prose does not.
STAMP = re.compile(r"\bR ?E ?C ?E ?I ?V ?E ?D\b")
_SUBJECT = re.compile(r"\s*(?:re|subject|regarding|in\s+re)\s*:\s*", re.I)
_SALUTATION = re.compile(
    r"\s*(?:dear\b[^\n]{0,60}|ladies\s+and\s+gentlemen|gentlemen|sir\s+or\s+madam|madam|sir"
    r"|to\s+whom\s+it\s+may\s+concern)\s*[:,]?\s*$", re.I)
_SALUTATION_RUN_IN = re.compile(r"\s*dear\b[^\n:,]{1,60}[:,][ \t]+[A-Z]", re.I)
# The closing words on a line of their own, however warm: "Warm regards,", "With kind regards,",
# "Best,", "Yours,", "Respectfully yours,", "Thank you,".
# A letter with headnotes in its margin may caption the closing too: "Signature  Respectfully
# submitted," (read as "Signature: Respectfully submitted,"), "Sign-off: Sincerely,".
_CLOSING = re.compile(
    r"\s*(?:(?:signature(?:\s+block)?|signed|sign-?off|closing)\s*:\s*)?"
    r"(?:respectfully(?:\s+(?:submitted|yours))?|submitted|sincerely(?:\s+yours)?|"
    r"very\s+truly\s+yours|yours(?:\s+(?:very\s+)?(?:truly|sincerely|faithfully))?|"
    r"(?:with\s+)?(?:(?:best|kind|kindest|warm|warmest)\s+)?regards|best(?:\s+wishes)?|"
    r"cordially|thank\s+you|many\s+thanks)"
    r"\s*,?\s*(?:\n|$)", re.I)
_AFTER = re.compile(r"\s*(?:enc(?:losures?|l)?\.?|attachments?|exhibits?|cc|bcc)\b\s*:?", re.I)
_PAGE_NUMBER = re.compile(r"\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$|\s*-\s*\d{1,3}\s*-\s*$",
                          re.I)
# A signed line in any of the ways a conformed or electronic signature is typed: "/s/ Name",
# "s/ Name", "(signed) Name", "[signed] Name", "Signed: Name", "e-signed by Name", "Electronically
# signed by: Name". The name after it must be a person's, so "Signed: ______" signs nothing.
_SLASH_S = re.compile(r"(?:/s/|(?<![\w/])s/(?=\s)|[(\[](?i:signed|sgd\.?)[)\]]|"
                      r"(?i:(?:e-?|electronically\s+|digitally\s+)?signed)(?:\s+(?i:by))?\s*:|"
                      r"(?i:e-?|electronically\s+|digitally\s+)signed\s+(?i:by)\b)"
                      r"\s*(?:/s/\s*)?(?P<name>[^\n,]+)")
# A name typed between slashes, the way an e-filing signs ("/Ann Lee/"), alone on its line.
_SLASHED_NAME = re.compile(r"\s*/(?P<name>[A-Z][^/\n]{2,60}?)/\s*$")
_MARK = re.compile(r"\s*\[[^\]\n]{0,30}\bsign[^\]\n]{0,30}\]\s*", re.I)
_NAME_LABEL = re.compile(r"\s*(?:(?:(?:print(?:ed)?|typed)\s+)?name|signature)\s*:\s*", re.I)
_BY = re.compile(r"\s*by\s*:", re.I)
_RULE = re.compile(r"\s*(?:(?:by|signature|signed)\s*:?\s*)?_{4,}\s*", re.I)
# A person's name as signers type it: a courtesy title before it ("Dr. Ann Lee") and particles in
# lower case inside the family name ("Maria de la Cruz", "Jan van der Berg").
_COURTESY = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?"
_PARTICLES = r"(?:\s+(?:de|del|della|la|los|van|von|der|den|da|di|du|dos|le|ten|ter)){0,2}"
_PERSON = re.compile(rf"{_COURTESY}(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.)(?:{_PARTICLES}\s+"
                     r"(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.)){1,4}")
# (a partnership's suffix dotted or not: "LP", "L.P.", "LLP", "L.L.P.")
_ORGANISATION = re.compile(r"\b(?:LLP|LLC|L\.L\.C\.|Inc|Corp|Corporation|Co|Company|P\.?C|PLLC|Ltd|"
                           r"Group|GmbH|S\.A|S\.\s*de\s+R\.\s*L|de\s+C\.\s*V|LP|L\.(?:L\.)?P|"
                           r"Associates|Services|Brokers?\s+Inc)\b\.?",
                           re.I)
_SIGNATURE_BLOCKS = 4
# A one-line title naming what the paper asks: "REQUEST FOR PROSPECTIVE RULING: marking".
_HEADING = re.compile(r"[^\n:]{0,60}\b(?:REQUEST|RULING|PROTEST|PETITION|APPLICATION|APPEAL)\b"
                      r"[^\n:]{0,60}(?::[^\n]{0,80})?", re.I)
_HEADING_WORDS = 10


def _is_heading(text: str) -> bool:
    """One line naming what the paper asks, not a sentence: in capitals up to any colon, or a
    short phrase without a full stop ("Ruling request concerning tariff classification")."""
    if _HEADING.fullmatch(text) is None or text.endswith("."):
        return False
    head = text.split(":")[0]
    return head == head.upper() or (text[0].isupper() and len(text.split()) <= _HEADING_WORDS)


def read_letter(blocks: Sequence[Block]) -> Letter:
    """The letter's parts, found by what each looks like and where it sits."""
    letter = Letter()
    body_from = 0
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if STAMP.search(text) and not letter.stamp:
            letter.stamp = _stamp_blocks(blocks, index)
            continue
        if block in letter.stamp:
            continue
        if (letter.date is None and letter.salutation is None and block.page == blocks[0].page
                and date_line(text) is not None):
            lead = len(block.text) - len(block.text.lstrip())
            letter.date = Part(block, lead, lead + len(text))
            continue
        if letter.subject is None and letter.salutation is None and (
            match := _SUBJECT.match(block.text)
        ):
            letter.subject = Part(block, match.end(), len(block.text.rstrip()))
            body_from = index + 1
            continue
        if (letter.date is not None and letter.subject is None and letter.salutation is None
                and _is_heading(text)):
            # A title in capitals under the date and addressee stands where a Re: line would.
            lead = len(block.text) - len(block.text.lstrip())
            letter.subject = Part(block, lead, lead + len(text))
            body_from = index + 1
            continue
        if letter.salutation is None and _SALUTATION.match(block.text):
            letter.salutation = block
            body_from = index + 1
            break
        if letter.salutation is None and _SALUTATION_RUN_IN.match(block.text):
            # "Dear National Import Specialist: Kestrel Outdoor Gear Inc. ... asks": the body
            # runs on after the greeting, in the same block.
            letter.salutation = block
            body_from = index
            break
    _frame(letter, blocks, body_from)
    return letter


def _stamp_blocks(blocks: Sequence[Block], index: int) -> list[Block]:
    """The RECEIVED block and the upper-case lines printed with it (office, date)."""
    first = blocks[index]
    stamp = [first]
    for later in blocks[index + 1:index + 3]:
        near = later.page == first.page and later.top - first.top < 60 and later.x0 > first.x0 - 60
        if near and later.text == later.text.upper() and len(later.text) < 40:
            stamp.append(later)
    return stamp


def _frame(letter: Letter, blocks: Sequence[Block], body_from: int) -> None:
    opening = letter.date or letter.subject
    first_page = blocks[0].page if blocks else 1
    top_limit = opening.block.top if opening else None
    for block in blocks:
        if block.page != first_page or block in letter.stamp:
            continue
        if top_limit is not None and block.top < top_limit:
            letter.letterhead.append(block)
    if letter.date is not None:
        after_date = blocks.index(letter.date.block) + 1
        opening_blocks = [letter.subject.block if letter.subject else None, letter.salutation]
        end = next((i for i, b in enumerate(blocks) if any(b is o for o in opening_blocks)),
                   after_date)
        letter.addressee = [b for b in blocks[after_date:end] if b not in letter.stamp]
    _sidebar(letter, blocks[body_from:])
    closing_at = None
    for index in range(len(blocks) - 1, body_from - 1, -1):
        if _CLOSING.match(blocks[index].text) and not _label_value(blocks, index):
            closing_at = index
            break
    if closing_at is None:
        letter.body = list(blocks[body_from:])
        return
    letter.closing = blocks[closing_at]
    letter.body = list(blocks[body_from:closing_at])
    tail = [b for b in blocks[closing_at:] if not _PAGE_NUMBER.match(b.text)]
    under: list[Block] = []
    for block in tail[1:]:
        if _AFTER.match(block.text):
            letter.enclosures.append(block)
        elif not letter.enclosures and len(under) < _SIGNATURE_BLOCKS:
            under.append(block)
    letter.signature = read_signature(letter.closing, under)


def _label_value(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block is the value printed after a label ending the block before it
    ("Status:" then a "SUBMITTED" pill or badge): a form's field, not a letter's closing."""
    if index == 0 or blocks[index - 1].page != blocks[index].page:
        return False
    return blocks[index - 1].text.rstrip().endswith(":")


_SIDEBAR_GAP = 72.0  # points: a column this far left of the body's is a column of its own


def _sidebar(letter: Letter, body: Sequence[Block]) -> None:
    """A sender block printed in a column of its own left of the body, level with the date or
    the addressee (a sidebar letterhead), is the letterhead, not part of the addressee."""
    if not letter.addressee or not body:
        return
    margin = sorted(b.x0 for b in body)[len(body) // 2]  # the body's own left edge
    aside = [b for b in letter.addressee if b.x0 < margin - _SIDEBAR_GAP]
    if aside and len(aside) < len(letter.addressee):
        letter.letterhead.extend(aside)
        letter.addressee = [b for b in letter.addressee if b not in aside]


def read_signature(closing: Block, under: Sequence[Block], ends: int | None = None) -> Signature:
    """Who signed under the closing: "/s/ name", a name under a rule, or a typed name. ENDS:
    where the closing's words end in its block, for a closing the caller recognised itself."""
    lines: list[Part] = []
    match = _CLOSING.match(closing.text)
    start = ends if ends is not None else match.end() if match else len(closing.text)
    for block in (closing, *under):
        position = start if block is closing else 0
        for line in block.text[position:].split("\n"):
            if line.strip():
                lines.append(Part(block, position, position + len(line)))
            position += len(line) + 1
    where = Part(closing, 0, len(closing.text))
    if not lines:
        return Signature(False, "no name", where)
    if slashed := next((p for p in lines if (hit := _SLASH_S.search(p.text))
                        and ("/s/" in hit.group(0) or _is_name(hit["name"]))), None):
        hit = _SLASH_S.search(slashed.text)
        assert hit is not None
        signer = Part(slashed.block, slashed.start + hit.start("name"),
                      slashed.start + hit.end("name"))
        signature = _described(Signature(True, "/s/", slashed, signer), lines, slashed)
        at = lines.index(slashed)
        if at and _BY.match(slashed.text):
            # "Acme Corp.\nBy: /s/ Ann Lee": the firm signs by its officer, named above "By:".
            return replace(signature, organisation=lines[at - 1])
        return signature
    if slashed := next((p for p in lines if (hit := _SLASHED_NAME.fullmatch(p.text))
                        and _is_name(hit["name"])), None):
        hit = _SLASHED_NAME.fullmatch(slashed.text)
        assert hit is not None
        signer = Part(slashed.block, slashed.start + hit.start("name"),
                      slashed.start + hit.end("name"))
        return _described(Signature(True, "/s/", slashed, signer), lines, slashed)
    if _MARK.fullmatch(lines[0].text):
        # "[signature]": a conformed copy's mark or a template's unfilled place; no reader tells.
        return Signature(False, "bracketed mark", lines[0])
    ruled = _RULE.match(lines[0].text)
    rest = lines[1:] if ruled else lines
    if ruled and lines[0].text[ruled.end():].strip():
        rest = [Part(lines[0].block, lines[0].start + ruled.end(), lines[0].end), *rest]
    if rest and (label := _NAME_LABEL.match(rest[0].text)):  # "Name: Ann Lee" under "By: ____"
        named = Part(rest[0].block, rest[0].start + label.end(), rest[0].end)
        lines[lines.index(rest[0])] = named  # the title is looked for under the name's own line
        rest = [named, *rest[1:]]
    if not rest or not _is_name(rest[0].text):
        how = "blank line" if ruled else "no name"
        return Signature(False, how, lines[0])
    name = rest[0]
    how = "name under a signature line" if ruled else "typed name"
    person = _PERSON.match(name.text.strip())
    lead = len(name.text) - len(name.text.lstrip())
    signer = (Part(name.block, name.start + lead, name.start + lead + person.end())
              if person else name)
    signature = _described(Signature(True, how, name, signer), lines, name)
    if not ruled and signature.title is None:
        # A typed name alone, straight above the firm's name, is where a signature would go,
        # not a signature: "Respectfully submitted," signs with a name and a title.
        return Signature(False, "typed name without title", name, signer, None,
                         signature.organisation)
    return signature


# What may follow a signature block: "P.S. Our importer number is ...", "PS:", "P.P.S.",
# "Postscript:", "Enclosures:", "Encl.", "cc:", "bcc:".
_AFTER_BLOCK = re.compile(r"\s*(?:P\.\s?(?:P\.\s?)?S\.|P?PS\s*:|post-?script\b|"
                          r"enc(?:l(?:osures?)?)?(?:\.|\s*:)|b?cc\s*:)", re.I)


def _described(signature: Signature, lines: list[Part], name: Part) -> Signature:
    """Title and organisation: after a comma on the name's line, or the lines below it."""
    # A name signed above a rule and printed again below it is one signer, not a title.
    signer_text = " ".join((signature.signer or name).text.split()).casefold()
    below = [_after_signer(p, signer_text) for p in lines[lines.index(name) + 1:]
             if not _RULE.fullmatch(p.text) and " ".join(p.text.split()).casefold() != signer_text]
    # A postscript, an enclosure list or a copy line after the block ends it: no title or firm.
    ends = next((at for at, line in enumerate(below) if _AFTER_BLOCK.match(line.text)), None)
    below = below[:ends]
    if len(below) > 1 and below[1].block is below[0].block and _SUFFIX.fullmatch(below[1].text):
        # The firm's name wrapped before its suffix ("... Lighting Solutions" / "LLC"): one line.
        below = [Part(below[0].block, below[0].start, below[1].end), *below[2:]]
    title: Part | None = None
    after = name.text.find(signature.signer.text if signature.signer else "")
    comma = min((at for at in (name.text.find(",", after), name.text.find("|", after)) if at > 0),
                default=-1)
    if comma > 0 and name.text[comma + 1:].strip():
        title = Part(name.block, name.start + comma + 1, name.end)
    elif below and len(below[0].text) < 60 and not _ORGANISATION.search(below[0].text):
        title, below = below[0], below[1:]
    elif below and (split := _title_split(below[0].text)) > 0 and not _ORGANISATION.search(
            below[0].text[:split]):
        # "Licensed Customs Broker, Bayside Trade Law Group", "Counsel | Marchetti Trade Law
        # Group": a title, then the organisation.
        line = below[0]
        return Signature(signature.signed, signature.how, signature.where, signature.signer,
                         Part(line.block, line.start, line.start + split),
                         Part(line.block, line.start + split + 1, line.end))
    organisation = below[0] if below else None
    return Signature(signature.signed, signature.how, signature.where, signature.signer, title,
                     organisation)


def _after_signer(line: Part, signer_text: str) -> Part:
    """A line printing the signer's name again before the title and firm ("Ann Lee, President,
    Acme LLC" under "/s/ Ann Lee") without the name: what follows it describes the signer."""
    words = signer_text.split()
    if not words:
        return line
    again = re.match(r"\s*" + r"\s+".join(map(re.escape, words)) + r"\s*,\s*", line.text, re.I)
    if again is None or not line.text[again.end():].strip():
        return line
    return Part(line.block, line.start + again.end(), line.end)


def _title_split(line: str) -> int:
    """Where a "title | organisation" or "title, organisation" line divides; -1 if it does not.
    A title may hold a comma itself ("Vice President, Trade Compliance, Acme Audio, Inc."): the
    organisation is then the last comma's part that names a firm, not its suffix alone."""
    bar = line.find("|")
    if bar > 0:
        return bar
    commas = [m.start() for m in re.finditer(",", line)]
    for comma in reversed(commas[1:]):
        rest = line[comma + 1:]
        if _ORGANISATION.search(rest) and not _FORM_TAIL.fullmatch(line[comma:]):
            return comma
    return line.find(",")


def _is_name(text: str) -> bool:
    text = ocr_initials(text.strip())
    if not text or PLACEHOLDER.search(text) or any(c.isdigit() for c in text):
        return False
    # A firm's name under a bare line is no signer; a bar divides as a comma does ("Ann Lee |
    # President | Acme LLC").
    if _ORGANISATION.search(re.split(r"[,|]", text)[0]):
        return False
    return _PERSON.match(text) is not None


@dataclass(frozen=True)
class Cue:
    """One place the document names a party: the name, where, and how sure that reading is."""

    name: str
    source: str  # "label", "body", "letterhead", "signature", "subject"
    confidence: float
    part: Part | None = None


_SUFFIX = re.compile(r"[,.]?\s*\b(?:inc|llc|l\.l\.c|ltd|corp(?:oration)?|co|company|p\.?c|pllc|"
                     r"llp|lp|l\.(?:l\.)?p|gmbh|s\.a)\b\.?", re.I)
# A firm's legal form after its comma, as a name ends: ", Inc.", ", S.A. de C.V.", ", S. de R.L.",
# with a note of its own ("(U.S. Branch)"); no organisation of its own after a title's comma.
_FORM_TAIL = re.compile(_SUFFIX.pattern + r"|[,]?\s*(?:s\.\s*a\.|s\.\s*de\s+r\.\s*l\.)"
                        r"(?:\s+de\s+c\.\s*v\.)?(?:\s*\([^()\n]{1,30}\))?", re.I)
SAME_PARTY = 90.0  # rapidfuzz score at or above which two spellings name one party


def same_party(one: str, other: str) -> bool:
    """Whether two printed names name one party, tolerant of case, punctuation and suffixes."""
    a, b = (_SUFFIX.sub("", " ".join(n.split())).casefold().strip(" ,.") for n in (one, other))
    return bool(a) and bool(b) and fuzz.ratio(a, b) >= SAME_PARTY


def agree(cues: Sequence[Cue]) -> tuple[Cue | None, bool]:
    """The strongest cue, and whether every other cue names the same party."""
    if not cues:
        return None, True
    best = max(cues, key=lambda c: c.confidence)
    return best, all(same_party(best.name, c.name) for c in cues)
