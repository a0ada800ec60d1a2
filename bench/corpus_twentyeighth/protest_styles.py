"""Three senders' protests: a broker's cover letter with a schedule, an importer's own plain
letter, and a protest form of the sender's own drawing."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.corpus_twentyeighth import fakes
from bench.corpus_twentyeighth.doc import (
    Block,
    Boxes,
    Break,
    Bullets,
    Doc,
    Fields,
    Gap,
    Head,
    Para,
    Stamp,
    Table,
    Title,
)
from bench.corpus_twentyeighth.protest_cases import CATEGORY_WORDS, Protest


def _d(p: Protest, day: object) -> str:
    return fakes.date_text(day, p.date_style) if day else ""  # type: ignore[arg-type]


def _stamp(p: Protest, rng: random.Random) -> list[Block]:
    if not p.stamped:
        return []
    day = p.received.strftime("%b %d %Y").upper() if rng.random() < 0.5 else p.received.isoformat()
    number = (f"PROTEST NO. {p.protest_number}",) if p.protest_number else ()
    return [Stamp(("RECEIVED", day, f"U.S. CUSTOMS - {p.port[1].upper()}", *number))]


def _decision(p: Protest) -> str:
    if p.category is None:
        return (
            "the decision of the Fines, Penalties and Forfeitures Officer denying our petition "
            "for relief under 19 CFR Part 171 in the penalty case arising from the entries"
        )
    return CATEGORY_WORDS[p.category]


def _grounds(p: Protest) -> list[str]:
    """The objection and its justification, or the bare objection where the case leaves it out."""
    if not p.justified:
        return [f"The protestant objects to {_decision(p)}."]
    if p.category == "appraised_value":
        return [
            f"The protestant objects to {_decision(p)}. The port appraised the goods at a "
            "value that "
            "adds the buying commission paid to the protestant's agent in the country of "
            "export. A bona "
            "fide buying commission is not part of the price actually paid or payable (19 U.S.C. "
            "1401a(b)(1)); the agency agreement and the commission invoices show the agent "
            "acted for "
            "the buyer. The entered transaction value should be restored."
        ]
    if p.category == "charges":
        return [
            f"The protestant objects to {_decision(p)}. The fee was computed on a value "
            "that included "
            "the international freight, contrary to 19 CFR 24.23(b)(1); the fee should be "
            "reduced to "
            "the amount computed on the entered value, and the excess refunded."
        ]
    if p.category is None:
        return [
            f"The protestant objects to {_decision(p)}. The petition showed that the violation was "
            "clerical and that the protestant acted with due care."
        ]
    return [
        f"The protestant objects to {_decision(p)}. CBP classified the merchandise under "
        "subheading "
        f"{p.hts_assessed}, HTSUS. The goods are properly classified under subheading "
        f"{p.hts_claimed}, "
        "HTSUS, by application of General Rules of Interpretation 1 and 6: the heading describes "
        "the articles by name, and their essential character is imparted by the material "
        "named there."
    ]


def _closing(p: Protest) -> list[str]:
    lines = []
    if p.drawback_stated:
        lines.append(
            "None of the entries covered by this protest is the subject of a drawback claim."
        )
    if p.earlier:
        number, day = p.earlier
        when = f", received by CBP on {_d(p, day)}," if day else ""
        lines.append(
            f"The same disposition is requested as in Protest No. {number}{when} on which an "
            "application for further review is pending."
        )
    if p.surety:
        lines.append("No protest of these liquidations has been filed by the importer of record.")
    if p.accelerated:
        lines.append(
            "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by "
            "certified mail, return receipt requested."
        )
    if p.further_review:
        lines.append(
            "Further review is requested under 19 CFR 174.24(b): the decision raises a question of "
            "law or fact not previously ruled upon by Headquarters."
        )
    return lines


def _party(p: Protest) -> list[tuple[str, str]]:
    rows = [("Protestant:", p.protestant)]
    if p.address:
        rows += [("Address:", ", ".join(p.address))]
    if p.ior:
        rows.append(("Importer No.:", p.ior))
    return rows


def _entry_rows(p: Protest) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (e.number, _d(p, e.entry_date) or "-", _d(p, e.liquidation) or "-") for e in p.entries
    )


def broker_letter(p: Protest, rng: random.Random) -> Doc:
    """A cover letter on the filer's letterhead, the entries on an attached schedule (page 2)."""
    sender, slines = (p.agent[0], p.agent[1]) if p.agent else (p.protestant, p.address or ("",))
    blocks: list[Block] = [
        Head(sender, tuple(x for x in slines if x), align=rng.choice(["left", "center"]))
    ]
    blocks += _stamp(p, rng)
    blocks += [
        Para(_d(p, p.letter_date)),
        Para("VIA CERTIFIED MAIL" if p.accelerated else "VIA COURIER"),
        Para(
            f"U.S. Customs and Border Protection\nPort Director, {p.port[1]}\nAttn: Protest Section"
        ),
        Fields((("Re:", f"Protest under 19 U.S.C. 1514 - Port code {p.port[0]}"),), tabbed=False),
    ]
    who = (
        f"On behalf of our client, {p.protestant}, and under the power of attorney on file, "
        "we protest "
        if p.agent
        else f"{p.protestant} hereby protests "
    )
    if p.surety:
        who = (
            f"{p.protestant}, as surety on the continuous bond of the importer of record, protests "
        )
    blocks.append(
        Para(
            f"Dear Sir or Madam:\n\n{who}{_decision(p)} of the entries listed on the enclosed "
            "Schedule 1. The protestant's particulars are:"
        )
    )
    blocks.append(
        Fields(tuple(_party(p)) + ((("Filer's importer No.:", p.agent[2]),) if p.agent else ()))
    )
    if p.description:
        blocks.append(Fields((("Merchandise:", p.description),), tabbed=False))
    blocks += [Title("Grounds", size=11)] + [Para(x) for x in _grounds(p)]
    blocks += [Para(x) for x in _closing(p)]
    blocks += [
        Para("Please direct any questions to the undersigned."),
        Para("Very truly yours,"),
        Gap(14),
        Para(p.signer[0], bold=True),
        Para(p.signer[1] + (f", {p.agent[0]}" if p.agent else "")),
    ]
    blocks += [
        Para("Enclosure: Schedule 1 - Entries", size=8),
        Break(),
        Title("SCHEDULE 1 - ENTRIES COVERED BY THIS PROTEST", size=11, align="center"),
        Para(f"Protestant: {p.protestant}    Port: {p.port[1]} ({p.port[0]})", size=9),
        Table(
            ("Entry number", "Date of entry", "Date of liquidation"),
            _entry_rows(p),
            ruled=rng.random() < 0.6,
            widths=(3, 2, 2),
        ),
    ]
    return Doc(
        blocks, serif=rng.random() < 0.5, size=10, footer=f"{sender} - Protest, port {p.port[0]}"
    )


def plain_letter(p: Protest, rng: random.Random) -> Doc:
    """The importer's own letter: address block at top, entries in a sentence or in bullets."""
    blocks: list[Block] = []
    if p.address:
        blocks.append(Head(p.protestant, p.address, align="right", rule=False))
    else:
        blocks.append(Title(p.protestant, size=12, align="right"))
    blocks += [*_stamp(p, rng), Para(_d(p, p.letter_date))]
    blocks.append(
        Para(
            f"Port Director\nU.S. Customs and Border Protection\nPort of {p.port[1]} "
            f"(port code {p.port[0]})"
        )
    )
    blocks.append(Para("PROTEST", bold=True))
    intro = f"To whom it may concern,\n\nWe, {p.protestant}"
    if p.ior:
        intro += f" (importer number {p.ior})"
    intro += f", protest {_decision(p)} of the following entries at the port of {p.port[1]}:"
    blocks.append(Para(intro))
    items = []
    for e in p.entries:
        item = f"Entry {e.number}"
        if e.entry_date:
            item += f", entered {_d(p, e.entry_date)}"
        if e.liquidation:
            item += (
                f", liquidation posted for {_d(p, e.liquidation)}"
                if p.case == "premature"
                else f", liquidated {_d(p, e.liquidation)}"
            )
        items.append(item)
    blocks.append(
        Bullets(tuple(items), mark=rng.choice(["-", "*"]))
        if rng.random() < 0.6
        else Para("; ".join(items) + ".")
    )
    if p.description:
        blocks.append(Para(f"Description of merchandise: {p.description}"))
    blocks += [Para(x) for x in _grounds(p) + _closing(p)]
    blocks += [
        Para("Sincerely,"),
        Gap(6),
        Para(f"/s/ {p.signer[0]}"),
        Para(p.signer[0]),
        # a broker signing the importer's letter says whose agent it is
        Para(
            f"{p.signer[1]}, {p.agent[0]}, agent" if p.agent else f"{p.signer[1]}, {p.protestant}"
        ),
    ]
    return Doc(blocks, serif=True, size=11, footer=p.protestant)


def form(p: Protest, rng: random.Random) -> Doc:
    """A protest form laid out by the filer: numbered ruled boxes, an entry grid, the grounds."""
    mark = {True: "[X] Yes  [ ] No", False: "[ ] Yes  [X] No"}
    address = ", ".join(p.address) if p.address else ""
    blocks: list[Block] = [
        Title("PROTEST - 19 U.S.C. 1514 / 19 CFR PART 174", size=12, align="center"),
        Para(f"Filed at the port of {p.port[1]}", size=8, align="center"),
        Boxes(
            (
                ("1. PROTEST NUMBER (CBP USE)", p.protest_number or ""),
                (
                    "2. DATE RECEIVED (CBP USE)",
                    p.received.strftime("%m/%d/%Y") if p.stamped else "",
                ),
                ("3. PORT CODE", p.port[0]),
                ("4. IMPORTER NUMBER OF PROTESTANT", p.ior or ""),
            )
        ),
        Boxes((("5. NAME OF PROTESTANT", p.protestant),)),
        Boxes((("6. ADDRESS OF PROTESTANT", address),)),
        Title("7. ENTRIES PROTESTED", size=9),
        Table(
            ("ENTRY NUMBER", "DATE OF ENTRY", "DATE OF LIQUIDATION OR DECISION"),
            _entry_rows(p),
            widths=(3, 2, 3),
        ),
        Boxes((("8. DESCRIPTION OF MERCHANDISE", p.description or ""),)),
        Boxes(
            (
                ("9. ACCELERATED DISPOSITION REQUESTED", mark[p.accelerated]),
                ("10. FURTHER REVIEW REQUESTED", mark[p.further_review]),
                ("11. SUBJECT TO DRAWBACK", "[ ] Yes  [X] No" if p.drawback_stated else ""),
            ),
            widths=(4, 4, 3),
        ),
        Title("12. DECISION PROTESTED AND GROUNDS", size=9),
    ]
    blocks += [Para(x, size=9) for x in _grounds(p)]
    closing = [
        x
        for x in _closing(p)
        if "drawback" not in x and "further review" not in x.lower() and "Accelerated" not in x
    ]
    blocks += [Para(x, size=9) for x in closing]
    if p.agent:
        blocks.append(
            Boxes(
                (
                    ("AGENT (POWER OF ATTORNEY ON FILE)", p.agent[0]),
                    ("AGENT IMPORTER NO.", p.agent[2]),
                )
            )
        )
    blocks.append(
        Boxes(
            (
                ("SIGNATURE", f"/s/ {p.signer[0]}"),
                ("PRINTED NAME", p.signer[0]),
                ("TITLE", p.signer[1]),
                ("DATE", p.letter_date.strftime("%m/%d/%Y")),
            )
        )
    )
    return Doc(blocks, serif=False, size=9, footer="Protest form (filer's own layout)")


STYLES: dict[str, Callable[[Protest, random.Random], Doc]] = {
    "broker": broker_letter,
    "plain": plain_letter,
    "form": form,
}
