"""Five ways a protest reaches CBP: three laid out by borb, two as Calc worksheets."""

from __future__ import annotations

from collections.abc import Callable

from bench.corpus_fifth import protest_words as words
from bench.corpus_fifth.ink import Ink
from bench.corpus_fifth.model import Block, Break, Fields, Grid, Para, Title
from bench.corpus_fifth.parties import BROKERS, FIRMS
from bench.corpus_fifth.protest_facts import Entry, ProtestFacts

Style = Callable[[ProtestFacts, Ink], list[Block]]
CBP_ADDRESS = "U.S. Customs and Border Protection"


def _stamp(facts: ProtestFacts, ink: Ink) -> list[Block]:
    if not facts.stamp:
        return []
    day = facts.received
    mark = ink.one([f"RECEIVED {day.strftime('%b').upper()} {day.day:02d} {day.year}",
                    f"Received by CBP: {day.month:02d}/{day.day:02d}/{day.year}",
                    f"CBP - RECEIVED - {day.isoformat()}"])
    ink.t(mark)
    return [Para(f"{mark}   {facts.port[0].upper()} ENTRY BRANCH", bold=True)]


def _goods(facts: ProtestFacts, ink: Ink) -> list[Block]:
    if not facts.show_goods:
        return []
    return [Para(f"{ink.one(words.GOODS_LABELS)} {ink.t(facts.goods)}")]


def _objection(facts: ProtestFacts, ink: Ink) -> str:
    return words.petition(facts, ink) if facts.petition_decision else words.argument(facts, ink)


def _closing(facts: ProtestFacts, ink: Ink) -> list[Block]:
    parts = [words.earlier(facts, ink), words.drawback(facts, ink),
             words.further_review(facts, ink), words.accelerated(facts, ink)]
    ink.rng.shuffle(parts)  # senders put these statements in any order
    return [Para(text) for text in parts if text]


def _entry_dates(entry: Entry, ink: Ink) -> tuple[str, str]:
    return (ink.d(entry.entered) if entry.show_entered else "",
            ink.d(entry.liquidated) if entry.show_liquidated else "")


def _entry_sentence(entries: list[Entry], ink: Ink) -> str:
    parts = []
    for entry in entries:
        entered, liquidated = _entry_dates(entry, ink)
        text = f"entry no. {ink.t(entry.number)}"
        if entered:
            text += f", entered on {entered}"
        if liquidated:
            text += f" and liquidated on {liquidated}"
        parts.append(text)
    return "; ".join(parts)


def _signature(facts: ProtestFacts, ink: Ink, title: str) -> list[Block]:
    close = ink.one(["Respectfully submitted,", "Sincerely,", "Very truly yours,",
                     "Respectfully,", "Yours faithfully,"])
    return [Para(close), Para(f"/s/ {ink.t(facts.signer)}"), Para(facts.signer), Para(title)]


def firm_letter(facts: ProtestFacts, ink: Ink) -> list[Block]:
    """A law firm's protest: letterhead, Re: block, entries table, argument on a later page."""
    firm, street, city = FIRMS[ink.rng.randrange(len(FIRMS))]
    who = facts.protestant
    blocks: list[Block] = [Title(firm), Para(f"{street} | {city}"), *_stamp(facts, ink),
                           Para(facts.letter_date.strftime("%B %-d, %Y")),
                           Para(f"Port Director, {CBP_ADDRESS}"),
                           Para(f"Port of {facts.port[0]} (Port Code {ink.t(facts.port[1])})"),
                           Para(f"Re: Protest of {who.name} - {len(facts.entries)} "
                                f"entr{'y' if len(facts.entries) == 1 else 'ies'}", bold=True),
                           Para("Dear Sir or Madam:")]
    naming = ink.one([
        f'On behalf of our client, {ink.t(who.name)} ("Protestant"), we protest under '
        "19 U.S.C. 1514 the decision described below.",
        f"We represent {ink.t(who.name)} and submit this protest on its behalf under "
        "19 CFR Part 174.",
        f"This firm is counsel to {ink.t(who.name)}, the importer of record, which hereby protests "
        "the liquidation of the entries listed below.",
    ])
    blocks.append(Para(naming))
    facts_line = []
    if facts.show_address:
        facts_line.append(f"Protestant's address is {ink.t(who.address)}.")
    if facts.show_ior:
        facts_line.append(ink.one([f"Its importer number is {ink.t(who.ein)}.",
                                   f"Importer of record number: {ink.t(who.ein)}.",
                                   f"Protestant's IRS number is {ink.t(who.ein)}."]))
    if facts_line:
        blocks.append(Para(" ".join(facts_line)))
    rows = [[ink.t(e.number), *_entry_dates(e, ink)] for e in facts.entries]
    blocks.append(Grid(["Entry No.", "Date of Entry", "Date of Liquidation"], rows,
                       ruled=ink.rng.random() < 0.6))
    blocks += _goods(facts, ink)
    blocks += [Break(), Title(ink.one(words.OBJECTION_HEADINGS)), Para(_objection(facts, ink))]
    blocks += _closing(facts, ink)
    return blocks + _signature(facts, ink, ink.one(["Partner", "Counsel for Protestant",
                                                    "Of Counsel", "Attorney at Law"]))


def importer_letter(facts: ProtestFacts, ink: Ink) -> list[Block]:
    """The importer's own plain letter, entries in a sentence."""
    who = facts.protestant
    blocks: list[Block] = [Title(ink.t(who.name))]
    if facts.show_address:
        blocks += [Para(ink.t(who.street)), Para(ink.t(who.city_line))]
    if facts.show_ior:
        label = ink.one(["IRS No. ", "Importer No. ", "IOR # ", "EIN "])
        blocks.append(Para(label + ink.t(who.ein)))
    blocks += _stamp(facts, ink)
    blocks += [Para(f"Date: {ink.d(facts.letter_date)}"),
               Para(f"To: Port Director, {CBP_ADDRESS}, {facts.port[0]} - port "
                    f"{ink.t(facts.port[1])}"),
               Para(ink.one(["Subject: Protest", "RE: PROTEST UNDER 19 U.S.C. 1514",
                             "Subject: Formal protest of liquidation"]), bold=True),
               Para(f"We hereby protest the "
                    f"{'decision' if facts.petition_decision else 'liquidation'}"
                    f" of {_entry_sentence(facts.entries, ink)}.")]
    blocks += _goods(facts, ink)
    blocks += [Para(ink.one(words.OBJECTION_HEADINGS), bold=True), Para(_objection(facts, ink))]
    blocks += _closing(facts, ink)
    return blocks + _signature(facts, ink, ink.one(words.IMPORTER_TITLES))


def _number(facts: ProtestFacts, ink: Ink) -> str:
    """The protest number CBP assigns: port code, two-digit year, serial (19 CFR 174.12(d))."""
    facts.protest_number = (f"{facts.port[1]}-{facts.received.year % 100:02d}-"
                            f"{ink.rng.randint(100000, 199999)}")
    return ink.t(facts.protest_number)


def efiling(facts: ProtestFacts, ink: Ink) -> list[Block]:
    """An electronic filing confirmation with the protest text attached on the next page."""
    who = facts.protestant
    blocks: list[Block] = [
        Title("Electronic Protest - Filing Confirmation"),
        Fields([("Protest number", _number(facts, ink)),
                ("Submitted", ink.d(facts.received)), ("Port of entry", ink.t(facts.port[1])),
                ("Status", "Received - pending review"), ("Filer", who.name)]),
        Para("The protest as submitted follows."), Break(),
        Title("PROTEST"), Para(f"1. Protestant: {ink.t(who.name)}")]
    if facts.show_address:
        blocks.append(Para(f"2. Address: {ink.t(who.address)}"))
    if facts.show_ior:
        blocks.append(Para(f"3. Importer of record number: {ink.t(who.ein)}"))
    blocks.append(Para("4. Entries protested:"))
    for entry in facts.entries:
        entered, liquidated = _entry_dates(entry, ink)
        line = f"- Entry {ink.t(entry.number)}"
        line += f"; date of entry {entered}" if entered else ""
        line += f"; liquidated {liquidated}" if liquidated else ""
        blocks.append(Para(line))
    blocks += _goods(facts, ink)
    blocks += [Para(f"6. {ink.one(words.OBJECTION_HEADINGS)}:"), Para(_objection(facts, ink))]
    blocks += _closing(facts, ink)
    return [*blocks, Para(f"Filed by {ink.t(facts.signer)}, {ink.one(words.TITLES)}")]


def _box(checked: bool) -> str:
    return "[X] Yes  [ ] No" if checked else "[ ] Yes  [X] No"


def form19_sheet(facts: ProtestFacts, ink: Ink) -> list[Block]:
    """A Form 19 look-alike filled in by a broker's software: numbered boxes, entry grid."""
    who = facts.protestant
    received = ink.d(facts.received) if facts.stamp else ""
    name_box = ink.t(who.name) + (f" / {ink.t(who.street)} / {ink.t(who.city_line)}"
                                  if facts.show_address else "")
    blocks: list[Block] = [
        Title("PROTEST (19 CFR Part 174) - SECTION I"),
        Fields([("1. Protest Number (CBP use)", _number(facts, ink) if facts.stamp else ""),
                ("2. Date Received (CBP use)", received),
                ("3. Port", f"{facts.port[0]} {ink.t(facts.port[1])}"),
                ("4. Importer Number", ink.t(who.ein) if facts.show_ior else ""),
                ("6. Name and Address of Protesting Party", name_box),
                ("7. Accelerated Disposition Requested", _box(facts.accelerated))])]
    rows = []
    for entry in facts.entries:
        filer, number, digit = entry.number.split("-")
        rows.append([facts.port[1], ink.t(filer), ink.t(number), ink.t(digit),
                     *_entry_dates(entry, ink)])
    blocks.append(Grid(["PORT CODE", "FILER CODE", "ENTRY NO.", "CHECK DIGIT", "DATE OF ENTRY",
                        "DATE OF LIQUIDATION"], rows))
    draw = words.drawback(facts, ink)
    blocks.append(Fields([("Drawback", draw or "")]))
    blocks += [Title("SECTION II - PROTEST DETAILS")]
    if facts.show_goods:
        blocks.append(Fields([("DESCRIPTION OF MERCHANDISE", ink.t(facts.goods))]))
    blocks.append(Fields([("JUSTIFICATION", _objection(facts, ink))]))
    for text in (words.earlier(facts, ink),):
        if text:
            blocks.append(Fields([("SECTION III - EARLIER PROTEST", text)]))
    blocks.append(Fields([("SECTION IV - FURTHER REVIEW", _box(facts.further_review))]))
    blocks.append(Fields([("Signature", f"/s/ {facts.signer}"), ("Name", ink.t(facts.signer)),
                          ("Title", ink.one(words.TITLES)), ("Date", ink.d(facts.letter_date))]))
    return blocks


def broker_sheet(facts: ProtestFacts, ink: Ink) -> list[Block]:
    """A broker's protest worksheet with the letter to the port director in merged cells."""
    broker, licence = BROKERS[ink.rng.randrange(len(BROKERS))]
    who = facts.protestant
    fields = [("Importer of record", ink.t(who.name))]
    if facts.show_address:
        fields.append(("Importer address", ink.t(who.address)))
    if facts.show_ior:
        fields.append(("IOR No.", ink.t(who.ein)))
    fields.append(("Port of entry", f"{facts.port[0]} ({ink.t(facts.port[1])})"))
    if facts.stamp:
        fields.append(("CBP date received", ink.d(facts.received)))
    blocks: list[Block] = [Title(f"{broker} - PROTEST WORKSHEET"), Para(licence), Fields(fields)]
    rows = [[ink.t(e.number), *_entry_dates(e, ink)] for e in facts.entries]
    blocks.append(Grid(["Entry #", "Entry Dt.", "Liq. Date"], rows, ruled=ink.rng.random() < 0.5))
    blocks += _goods(facts, ink)
    blocks += [Para(f"To the Port Director, {facts.port[0]}:"),
               Para(f"Under the power of attorney on file, {broker} files this protest for "
                    f"{who.name}, the importer of record. {_objection(facts, ink)}")]
    blocks += _closing(facts, ink)
    blocks += [Para(f"Prepared and signed by {ink.t(facts.signer)}, Licensed Customs Broker, "
                    f"on {ink.d(facts.letter_date)}")]
    return blocks


STYLES: dict[str, dict[str, Style]] = {
    "borb": {"firm-letter": firm_letter, "importer-letter": importer_letter, "efiling": efiling},
    "calc": {"form19-sheet": form19_sheet, "broker-sheet": broker_sheet},
}
