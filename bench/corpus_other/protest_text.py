"""Protests as other senders write them: e-mail, broker export, fax, letterhead, short, numbered."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.corpus_other import facts
from bench.corpus_other import phrases as ph
from bench.corpus_other.doc import Block, Columns, Document, Gap, Line, PageBreak, Table, fit
from bench.corpus_other.pen import Pen
from bench.corpus_other.protest_plan import Protest

STYLES = ["email", "export", "fax", "letterhead", "importer", "numbered"]


class _Pen(Pen):
    """A protest sender's habits: the date style, the entry-number style, the wording."""

    def __init__(self, p: Protest, rng: random.Random) -> None:
        super().__init__(rng)
        self.p = p
        self.entry_style = rng.randint(0, 3)

    def e(self, number: str) -> str:
        return facts.print_entry(number, self.entry_style)


def _fill(text: str, p: Protest) -> str:
    goods = p.goods
    return text.format(good=goods[2], bad=goods[1], use=goods[4], case=p.related_case)


def _stamp(pen: _Pen) -> list[Block]:
    p = pen.p
    if not p.stamped:
        return []
    day = p.received
    forms = [f"RECEIVED {facts.stamp_date(day)} U.S. CUSTOMS AND BORDER PROTECTION - PORT "
             f"{p.port[0]}", f"CBP DATE RECEIVED: {pen.d(day)}",
             f"*** RECEIVED BY CBP {day.isoformat()} ***",
             f"Received: {facts.stamp_date(day)} CBP {p.port[1].upper()}",
             f"[CBP RECEIPT STAMP] {facts.stamp_date(day)}"]
    number = pen.pick([f"Protest No. {p.protest_number}", f"CBP Protest Number: "
                       f"{p.protest_number}", f"PROTEST # {p.protest_number}"])
    return [Line(pen.pick(forms), "bold"), Line(number, "bold"), Gap(6)]


def _addressee(pen: _Pen) -> list[str]:
    code, name = pen.p.port
    return pen.pick([
        ["Port Director", "U.S. Customs and Border Protection", f"Port of {name} ({code})"],
        ["U.S. Customs and Border Protection", f"{name}, Port Code {code}", "Attn: Protests"],
        [f"CBP - Port of {name}", f"Port code: {code}"],
        ["Protest Unit", f"U.S. Customs and Border Protection, {name} ({code})"],
        [f"Port Director, {name}", f"Port {code}", "U.S. Customs and Border Protection"],
    ])


def _party_sentence(pen: _Pen) -> str:
    p = pen.p
    party = p.party
    where = "" if "address" in p.omit else f", {party.street}, {party.city}"
    ior = "" if "ior" in p.omit else pen.pick([
        f" (importer number {party.ior})", f", IOR No. {party.ior}",
        f" (Importer of Record No. {party.ior})", f" (EIN {party.ior})",
        f", importer number {party.ior}"])
    who = f"{party.name}{where}{ior}"
    if p.firm:
        return pen.pick([f"On behalf of our client, {who}, we protest",
                         f"This firm represents {who}, which protests",
                         f'We write for {who} (the "Protestant") to protest',
                         f"As agent for {who}, we hereby file a protest against",
                         f"Please accept this protest, filed for {who}, against"])
    return pen.pick([f"We, {who}, hereby protest", f"{who} protests",
                     f"Our company, {who}, protests", f"The undersigned importer, {who}, protests",
                     f"{who} hereby files this protest against"])


def _decision_text(pen: _Pen) -> str:
    return _fill(pen.pick(ph.DECISIONS[pen.p.decision]), pen.p)


def _entry_blocks(pen: _Pen, mode: str) -> list[Block]:
    p = pen.p
    dates = "entry_dates" not in p.omit
    if mode in ("ruled", "plain"):
        head = ["Entry number", "Date of entry", "Date of liquidation"] if dates else \
            ["Entry number", "Date of liquidation"]
        head = pen.pick([head, [h.replace("Date of ", "").title() for h in head]])
        rows = [[pen.e(e.number), *([pen.d(e.entry_date)] if dates else []),
                 pen.d(e.liquidation)] for e in p.entries]
        return [Table(head, rows, fit(head, rows), ruled=mode == "ruled")]
    if mode == "bullets":
        return [Line(f"- {pen.e(e.number)}" + (f", entered {pen.d(e.entry_date)}" if dates
                                               else "") + f", liquidated {pen.d(e.liquidation)}",
                     indent=14) for e in p.entries]
    parts = []
    for e in p.entries:
        made = f" of {pen.d(e.entry_date)}" if dates else ""
        parts.append(pen.pick([f"entry no. {pen.e(e.number)}{made} (liquidated "
                               f"{pen.d(e.liquidation)})",
                               f"entry {pen.e(e.number)}{made}, liquidated on "
                               f"{pen.d(e.liquidation)}"]))
    return [Line("The entries concerned are " + "; ".join(parts) + ".")]


def _objection(pen: _Pen, head: bool) -> list[Block]:
    p = pen.p
    if "objection" in p.omit:
        text = pen.pick(ph.BARE_OBJECTIONS)
    else:
        text = _fill(pen.pick(ph.JUSTIFICATIONS[p.decision]), p)
    heading = [Line(pen.pick(ph.OBJECTION_HEADS), "bold")] if head else []
    return [*heading, Line(text)]


def _extras(pen: _Pen) -> list[str]:
    """Drawback, earlier protest, accelerated disposition and further review, in shuffled order."""
    p = pen.p
    out = []
    if "drawback" not in p.omit:
        out.append(pen.pick(ph.DRAWBACK))
    if p.earlier:
        number, received = p.earlier
        pool = ph.EARLIER_NO_DATE if "earlier_date" in p.omit else ph.EARLIER
        out.append(pen.pick(pool).format(number=number, date=pen.d(received)))
    if p.accelerated:
        out.append(pen.pick(ph.ACCELERATED))
    out.append(pen.pick(ph.FURTHER_REVIEW) if p.further_review else pen.pick(ph.NO_FURTHER_REVIEW))
    pen.rng.shuffle(out)
    return [text for text in out if text]


def _merch(pen: _Pen) -> list[Block]:
    if "description" in pen.p.omit:
        return []
    return [Line(f"{pen.pick(ph.MERCH_LABELS)} {pen.p.goods[0]}")]


def _signature(pen: _Pen) -> list[Block]:
    p = pen.p
    org = p.firm[0] if p.firm else p.party.name
    kind = pen.rng.randint(0, 4)
    close = Line(pen.pick(ph.CLOSINGS))
    if kind == 0:
        return [close, Line(f"/s/ {p.signer}"), Line(p.signer), Line(p.signer_title), Line(org)]
    if kind == 1:
        return [close, Gap(18), Line("______________________________"), Line(p.signer),
                Line(f"{p.signer_title}, {org}")]
    if kind == 2:
        return [close, Line(org), Gap(10), Line(f"By: /s/ {p.signer}"),
                Line(f"Name: {p.signer}"), Line(f"Title: {p.signer_title}")]
    if kind == 3:
        return [close, Gap(14), Line(f"{p.signer}, {p.signer_title}"), Line(org)]
    return [close, Gap(12), Line(p.signer, "bold"), Line(p.signer_title, "small"),
            Line(org, "small")]


def _letterhead(pen: _Pen) -> list[Block]:
    p = pen.p
    if p.firm:
        name, street, city = p.firm
    else:
        name, street, city = p.party.name, p.party.street, p.party.city
    phone = f"Tel. (555) 555-{pen.rng.randint(1000, 9999)}"
    return [Columns([name, street, city], [phone, pen.d(p.letter_date)]), Gap(10)]


def _body(pen: _Pen, numbered: bool, mode: str = "") -> list[Block]:
    p = pen.p
    intro = f"{_party_sentence(pen)} {_decision_text(pen)}."
    if p.decision == "penalty_petition":
        intro += " The entries involved were liquidated as shown below."
    mode = mode or pen.pick(["ruled", "plain", "bullets", "sentence"])
    sections: list[list[Block]] = [[Line(intro)], _entry_blocks(pen, mode), _merch(pen),
                                   _objection(pen, head=not numbered)]
    sections += [[Line(text)] for text in _extras(pen)]
    sections = [s for s in sections if s]
    if not numbered:
        return [b for s in sections for b in (*s, Gap(4))]
    out: list[Block] = []
    for number, section in enumerate(sections, start=1):
        first = section[0]
        if isinstance(first, Line):
            out.append(Line(f"{number}. {first.text}", first.style))
            out.extend(section[1:])
        else:
            out.append(Line(f"{number}. Entries:"))
            out.extend(section)
    return out


def _re_line(pen: _Pen) -> Line:
    p = pen.p
    return Line(pen.pick([f"Re: Protest - {p.party.name}", f"RE: Protest under 19 U.S.C. 1514 "
                          f"- entry {pen.e(p.entries[0].number)}",
                          f"Subject: Protest of liquidation, {p.party.name}",
                          "Re: Protest and request for relief",
                          f"Re: {p.party.name} / Protest"]), "bold")


def _letter(pen: _Pen, numbered: bool, mode: str = "") -> list[Block]:
    blocks = [*_letterhead(pen), *_stamp(pen)]
    blocks += [Line(text) for text in _addressee(pen)] + [Gap(8), _re_line(pen), Gap(6)]
    blocks += [Line(pen.pick(["Dear Sir or Madam:", "Dear Port Director:", "To whom it may "
                              "concern:", "Dear Sirs:", "Ladies and Gentlemen:"])), Gap(4)]
    return [*blocks, *_body(pen, numbered, mode), Gap(10), *_signature(pen)]


def _email(pen: _Pen) -> list[Block]:
    p = pen.p
    sender = p.firm[0] if p.firm else p.party.name
    domain = sender.split()[0].lower().strip(",'&") + ".example.com"
    fwd_day = p.received
    header = [f"From: {pen.p.clerk} <{pen.p.clerk.split()[0].lower()}@cbp.example.gov>",
              "To: Protest Team <protests@cbp.example.gov>",
              f"Sent: {facts.fmt_date(fwd_day, 'long')} 9:{pen.rng.randint(10, 59)} AM",
              f"Subject: FW: Protest - {p.party.name}"]
    note = pen.pick(["Forwarding the protest below for intake.", "Please log the protest "
                     "below.", "FYI - protest received, see below.", "For processing, thanks.",
                     "New protest for the queue."])
    original = [f"From: {p.signer} <{p.signer.split()[0].lower()}@{domain}>",
                f"Sent: {pen.d(p.letter_date)}",
                f"To: {p.port[1]} Protests <protests-{p.port[0]}@cbp.example.gov>",
                f"Subject: Protest, port {p.port[0]}"]
    quoted = [*_body(pen, numbered=pen.rng.random() < 0.3), Gap(6), *_signature(pen)]
    blocks: list[Block] = [*(Line(h, "mono") for h in header), Gap(8), *_stamp(pen),
                           Line(note), Gap(8),
                           Line("-----Original Message-----"), *(Line(h) for h in original),
                           Gap(8)]
    for block in quoted:
        blocks.append(Line(f"> {block.text}", block.style) if isinstance(block, Line) else block)
    return blocks


def _export(pen: _Pen) -> list[Block]:
    p = pen.p
    party = p.party
    dots = pen.pick([".", " "])

    def kv(key: str, value: str) -> Line:
        return Line(f"{key.upper():{dots}<18}: {value}", "mono")

    rows = [kv("Report", "PROTEST FILING SUMMARY"), kv("Run date", pen.d(p.letter_date)),
            kv("Port", f"{p.port[0]} {p.port[1].upper()}"), kv("Protestant", party.name)]
    if "address" not in p.omit:
        rows += [kv("Address", party.street), kv("City/State/Zip", party.city)]
    if "ior" not in p.omit:
        rows.append(kv("IOR number", party.ior))
    rows.append(kv("Decision protested", {"classification": "CLASSIFICATION",
                                          "appraised_value": "APPRAISED VALUE"}.get(
        p.decision, _decision_text(pen))))
    if "description" not in p.omit:
        rows.append(kv("Merchandise desc", p.goods[0]))
    rows.append(kv("Further review", "Y" if p.further_review else "N"))
    if p.accelerated:
        rows.append(kv("Accel. disposition", "Y (certified mail)"))
    if "drawback" not in p.omit:
        rows.append(kv("Drawback", "N - entries not subject to drawback"))
    dates = "entry_dates" not in p.omit
    grid = [Line(f"{'ENTRY NO':<16}" + (f"{'ENTRY DT':<14}" if dates else "") + "LIQ DT", "mono")]
    grid += [Line(f"{pen.e(e.number):<16}" + (f"{pen.d(e.entry_date):<14}" if dates else "")
                  + pen.d(e.liquidation), "mono") for e in p.entries]
    blocks: list[Block] = [Line(p.firm[0] if p.firm else party.name, "bold"), *_stamp(pen),
                           *rows, Gap(6), *grid, Gap(8)]
    blocks += _objection(pen, head=True)
    blocks += [Line(text) for text in _extras(pen) if "drawback" not in text.lower()]
    return [*blocks, Gap(8), *_signature(pen)]


def _fax(pen: _Pen) -> list[Block]:
    p = pen.p
    sender = p.firm[0] if p.firm else p.party.name
    cover: list[Block] = [Line("FAX TRANSMITTAL", "title"), Gap(10),
             Table(["", ""], [["To:", f"CBP {p.port[1]} - Protests"],
                              ["Fax:", f"(555) 01{pen.rng.randint(10, 99)}-0100"],
                              ["From:", sender], ["Date:", pen.d(p.letter_date)],
                              ["Pages:", "3 (including cover)"]], [1, 5], ruled=False),
             Line(pen.pick(["Original follows by mail.", "Please confirm receipt.",
                            "Confidential: intended only for the addressee.",
                            "Protest attached.", "Hard copy to follow."]), "small"),
             PageBreak()]
    return cover + _letter(pen, numbered=pen.rng.random() < 0.5)


def compose(p: Protest, style: str, rng: random.Random) -> Document:
    """The document a sender of STYLE writes for protest P."""
    pen = _Pen(p, rng)
    font = rng.choice(["helvetica", "times", "courier"])
    doc = Document(font, 10 if font != "times" else 11)
    builders: dict[str, Callable[[_Pen], list[Block]]] = {
        "email": _email, "export": _export, "fax": _fax,
        "letterhead": lambda pen: _letter(pen, numbered=False),
        "importer": lambda pen: _letter(pen, numbered=False, mode="sentence"),
        "numbered": lambda pen: _letter(pen, numbered=True)}
    doc.add(*builders[style](pen))
    return doc
