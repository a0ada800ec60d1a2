"""Protests drawn with cairo: an importer's protest filing worksheet in cells and a two-column
brief with headings in the margin."""

from __future__ import annotations

import random

from bench.corpus_thirtieth import protest_words as words
from bench.corpus_thirtieth.formats import date_text
from bench.corpus_thirtieth.model import Drawing
from bench.corpus_thirtieth.protest_cases import ProtestFacts
from bench.corpus_thirtieth.sheet import WIDTH, Sheet


def stamp(sheet: Sheet, f: ProtestFacts, x: float, y: float) -> None:
    """A rubber receipt stamp: a box with the port, the date and the protest number."""
    if not f.stamp:
        return
    sheet.rect(x, y, 150, 50, line=1.2)
    sheet.text(x + 8, y + 13, "RECEIVED  CBP", 9, bold=True)
    sheet.text(x + 8, y + 26, f"PORT {f.port[0]}   {date_text(f.received, 'stamp')}", 8.5)
    if f.protest_number:
        sheet.text(x + 8, y + 39, f"Protest {f.protest_number}", 8.5)


def worksheet(f: ProtestFacts, rng: random.Random) -> tuple[Drawing, list[str]]:
    """The compliance department's worksheet: label cells, an entry grid, tick answers."""
    ds = rng.choice(["sheet", "us", "iso"])
    s = Sheet("DejaVu Sans", 8.5, 40)
    stamp(s, f, WIDTH - 200, 30)
    s.y = 90 if f.stamp else 50
    s.row(["PROTEST FILING WORKSHEET - 19 U.S.C. 1514"], [WIDTH - 80], bold=True, shade=0.85,
          size=11)
    s.row([f"Prepared {date_text(f.letter_date, ds)} for filing at Port of {f.port[1]}"],
          [WIDTH - 80], ruled=False)
    label, value = 150, WIDTH - 80 - 150
    rows = [("Protesting party", f.protestant.name)]
    if f.address_given:
        rows.append(("Address", "\n".join(f.protestant.lines)))
    if f.ior:
        rows.append(("Importer number", f.ior))
    rows.append(("Port code", f.port[0]))
    if f.agent:
        rows.append(("Filed by (agent, POA on file)",
                     f"{f.agent.name}, " + ", ".join(f.agent.lines)))
    rows.append(("Decision protested", f.decision_text[0].upper() + f.decision_text[1:]))
    if f.description_given:
        rows.append(("Description of merchandise", f.goods.description))
    for name, text in rows:
        s.row([name, text], [label, value], size=8.5)
    s.y += 10
    head = ["Line", "Entry No.", "Entry date", words.decided_label(f).capitalize(), "Port"]
    widths = [34.0, 120.0, 110.0, 160.0, WIDTH - 80 - 424]
    s.row(head, widths, bold=True, shade=0.9)
    for n, e in enumerate(f.entries, start=1):
        s.row([str(n), e.number, date_text(e.entered, ds) if e.show_entered else "",
               date_text(e.decided, ds) if e.show_decided else "", e.port], widths)
    s.y += 10
    s.row(["Basis for protest", f.justification or "(to be supplied)"], [label, value])
    extra = [words.earlier(f, date_text(f.earlier[1], ds) if f.earlier and f.earlier[1] else ""),
             words.drawback(f, rng)]
    for text in extra:
        if text:
            s.row(["Declarations", text], [label, value])
    s.row(["Further review requested", "Yes" if f.further_review else "No"], [label, value])
    s.row(["Accelerated disposition (174.22)",
           "Yes - sent by certified mail" if f.accelerated else "No"], [label, value])
    s.y += 14
    s.row(["Signature", f"/s/ {f.signer}"], [label, value])
    s.row(["Name and title", f"{f.signer}, {f.title}"], [label, value])
    return s.drawing, words.shown_dates(f, ds)


def brief(f: ProtestFacts, rng: random.Random) -> tuple[Drawing, list[str]]:
    """A serif brief: bold headings in a left margin column, text in the right column."""
    ds = rng.choice(["long", "abbrev", "day-month"])
    s = Sheet("Liberation Serif", 10.5, 60)
    writer = f.agent or f.protestant
    s.text(60, 58, writer.name, 14, bold=True)
    s.text(60, 72, "  |  ".join(writer.lines), 9)
    s.rule(60, 80, WIDTH - 60, 80, 1.0)
    stamp(s, f, WIDTH - 215, 88)
    s.y = 150 if f.stamp else 100
    s.para("PROTEST AND REQUEST FOR RELIEF", size=12, bold=True)
    s.para(f"To the Port Director, Port of {f.port[1]}, port code {f.port[0]} - "
           f"{date_text(f.letter_date, ds)}")
    col, body = 60.0, 190.0

    def section(head: str, text: str) -> None:
        s.room(30)
        top = s.y
        s.text(col, top + 10.5 * 1.35, head, 10, bold=True)
        s.para(text, x=body, gap=8)

    who = f.protestant.name + ("\n" + "\n".join(f.protestant.lines) if f.address_given else "")
    if f.ior:
        who += f"\nImporter No. {f.ior}"
    section("Protestant", who)
    section("Decision", f"The protestant contests {f.decision_text}.")
    if f.description_given:
        section("Merchandise", f"Merchandise: {f.goods.description}")
    s.room(30)
    s.text(col, s.y + 14, "Entries", 10, bold=True)
    s.y += 4
    widths = [112.0, 100.0, 100.0, 44.0]
    s.row(["Entry", "Entered", words.decided_label(f).split(" date")[0].replace("date of ", "")
           .capitalize(), "Port"], widths, x=body, bold=True, ruled=False)
    s.rule(body, s.y, body + sum(widths), s.y, 0.4)
    for e in f.entries:
        s.row([e.number, date_text(e.entered, ds) if e.show_entered else "-",
               date_text(e.decided, ds) if e.show_decided else "-", e.port], widths, x=body,
              ruled=False)
    s.y += 8
    section("Argument", f.justification or "Protestant reserves its argument for a later "
                                           "submission.")
    closing = " ".join(t for t in (
        words.earlier(f, date_text(f.earlier[1], ds) if f.earlier and f.earlier[1] else ""),
        words.drawback(f, rng), words.review(f, rng), words.accelerated(f, rng)) if t)
    if closing:
        section("Requests", closing)
    section("Signed", f"{f.signer}\n{f.title}\n{writer.name}")
    return s.drawing, words.shown_dates(f, ds)


STYLES = {"worksheet": worksheet, "brief": brief}
