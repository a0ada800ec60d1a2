"""Protests as designed SVG forms: captions over rules with values on them, or numbered boxes."""

from __future__ import annotations

import random
import textwrap

from bench.corpus_seventeenth.fmt import when
from bench.corpus_seventeenth.protests import Protest
from bench.corpus_seventeenth.svg import LSANS, MONO, SANS, SERIF, Page
from bench.corpus_seventeenth.wording import ProtestWords, protest_words

CHECKED, EMPTY = "☒", "☐"


def render(p: Protest, rng: random.Random) -> list[Page]:
    """One page (two for a long entry list), in one of two designs."""
    return _ruled_form(p, rng) if rng.random() < 0.5 else _numbered_boxes(p, rng)


def _caption(page: Page, x: float, y: float, label: str) -> None:
    page.text(x, y, label, size=6.5, caps=True, spacing=0.6, layer="captions")


def _field(page: Page, x: float, y: float, width: float, label: str, value: str,
           font: str, size: float = 10) -> None:
    """A caption in small caps above the rule, the value sitting on the rule."""
    _caption(page, x, y, label)
    page.text(x + 2, y + 14, value, font=font, size=size)
    page.rule(x, y + 17, x + width, y + 17)


def _ruled_form(p: Protest, rng: random.Random) -> list[Page]:
    w = protest_words(p, rng)
    ds = rng.choice(["slash", "long", "abbrev", "iso"])
    font = rng.choice([SANS, LSANS, SERIF])
    page = Page()
    page.text(40, 50, w.form_title, size=15, bold=True, font=LSANS, layer="heading")
    page.text(40, 64, "19 U.S.C. 1514 · 19 CFR Part 174", size=8, layer="heading")
    page.text(572, 50, f"Port {p.port[0]} ({p.port[1]})", size=9, anchor="end", layer="heading")
    if p.stamp or p.protest_number:
        page.box(400, 72, 172, 44)
        _caption(page, 406, 82, "For CBP use")
        page.text(406, 96, f"Protest No. {p.protest_number or ''}", size=8.5, font=SANS)
        page.text(406, 110, f"RECEIVED {when(p.stamp, ds)}" if p.stamp else "", size=8.5)
    y = 132.0
    _field(page, 40, y, 330, w.party_label, p.party.name, font)
    if p.show_ior:
        _field(page, 390, y, 182, w.ior_label, p.party.ior, font)
    y += 30
    if p.show_address:
        _field(page, 40, y, 532, w.address_label, p.party.address, font)
        y += 30
    _field(page, 40, y, 250, w.port_label, f"{p.port[0]} {p.port[1]}", font)
    _field(page, 310, y, 262, w.category_label, w.category_text, font, 9)
    y += 36
    _caption(page, 40, y, w.entries_caption)
    y = _entry_rows(page, p, y + 6, ds, font)
    if p.show_desc:
        _caption(page, 40, y + 10, w.desc_label)
        y = page.para(42, y + 24, p.goods.description, 92, font=font, size=9.5) + 2
        page.rule(40, y - 8, 572, y - 8)
    if p.justification:
        _caption(page, 40, y + 8, w.justification_label)
        y = page.para(42, y + 22, w.justification, 100, font=font, size=9, leading=11.5) + 4
    y = _tail_boxes(page, p, w, y, ds, font)
    _caption(page, 40, y + 14, "Signature")
    page.text(42, y + 30, f"/s/ {p.signer}", font=SERIF, size=11)
    page.rule(40, y + 33, 300, y + 33)
    _field(page, 320, y + 14, 140, "Name", p.signer, font, 9)
    _field(page, 470, y + 14, 102, "Date", when(p.letter_date, ds), font, 9)
    page.text(322, y + 46, p.title + (f", {p.firm[0]}" if p.firm else ""), size=7.5)
    if p.firm:
        page.text(322, y + 56, f"{p.firm[1]}, {p.firm[2]}", size=7.5)
    return [page]


def _entry_rows(page: Page, p: Protest, y: float, ds: str, font: str) -> float:
    heads = ["Entry number", "Date of entry", "Date of liquidation"]
    for x, head in zip((44, 220, 380), heads, strict=True):
        page.text(x, y + 8, head, size=7, bold=True, layer="captions")
    y += 12
    for e in p.entries:
        page.text(44, y + 10, e.number, font=MONO, size=9.5)
        page.text(220, y + 10, when(e.entry_date, ds) if e.entry_date else "", font=font, size=9.5)
        liquidated = when(e.liquidation, ds) if e.liquidation else ""
        page.text(380, y + 10, liquidated, font=font, size=9.5)
        page.rule(40, y + 13, 572, y + 13, 0.3)
        y += 15
    return y + 4


def _tail_boxes(page: Page, p: Protest, w: ProtestWords, y: float, ds: str, font: str) -> float:
    if p.drawback:
        page.text(40, y + 12, w.drawback, size=8.5)
        y += 14
    if p.earlier:
        number, receipt = p.earlier
        page.text(40, y + 12, f"{w.earlier_label} {number}"
                  + (f", received {when(receipt, ds)}" if receipt else ""), size=8.5, font=font)
        y += 14
    mark = CHECKED if p.further_review else EMPTY
    page.text(40, y + 12, f"{mark} {w.further_review_box}", size=8.5)
    y += 14
    yes, no = (CHECKED, EMPTY) if p.accelerated else (EMPTY, CHECKED)
    page.text(40, y + 12, f"{w.accelerated_box}   {yes} Yes   {no} No", size=8.5)
    return y + 16


def _numbered_boxes(p: Protest, rng: random.Random) -> list[Page]:
    w = protest_words(p, rng)
    ds = rng.choice(["slash", "long", "dash_abbrev", "day_month"])
    font = rng.choice([SANS, LSANS])
    page = Page()
    page.box(36, 36, 540, 40, fill="#eeeeee")
    page.text(306, 56, w.form_title.upper(), size=12, bold=True, anchor="middle", layer="heading")
    page.text(306, 70, "Filed under 19 U.S.C. 1514 and 19 CFR Part 174", size=7.5, anchor="middle",
              layer="heading")

    def cell(n: int, x: float, y: float, width: float, height: float, label: str,
             rows: list[str]) -> None:
        page.box(x, y, width, height)
        page.text(x + 3, y + 9, f"{n}. {label}", size=6.5, layer="captions", bold=True)
        wrapped = [part for row in rows for part in (textwrap.wrap(row, 50) or [""])]
        page.lines(x + 5, y + 22, wrapped, font=font, size=9.5, leading=11.5)

    cell(1, 36, 84, 270, 34, "Protest number", [p.protest_number or ""])
    cell(2, 306, 84, 270, 34, "Date received", [when(p.stamp, ds) if p.stamp else ""])
    cell(3, 36, 118, 270, 34, w.port_label, [f"{p.port[1]} ({p.port[0]})"])
    cell(4, 306, 118, 270, 34, w.ior_label, [p.party.ior if p.show_ior else ""])
    addr = [p.party.name] + ([p.party.street, p.party.city] if p.show_address else [])
    cell(5, 36, 152, 270, 60, w.party_label, addr)
    cell(6, 306, 152, 270, 60, w.category_label, [w.category_text])  # wraps to 3 lines at most
    page.box(36, 212, 540, 24 + 15 * len(p.entries))
    page.text(39, 221, f"7. {w.entries_caption}", size=6.5, bold=True, layer="captions")
    y = _entry_rows(page, p, 222, ds, font)
    y = max(y, 236 + 15 * len(p.entries))
    desc = w.desc_label + ": " + (p.goods.description if p.show_desc else "")
    page.box(36, y, 540, 40)
    page.text(39, y + 9, "8. Merchandise", size=6.5, bold=True, layer="captions")
    page.para(41, y + 22, desc, 95, font=font, size=9.5)
    y += 40
    if p.justification:
        page.text(39, y + 12, f"9. {w.justification_label}", size=6.5, bold=True, layer="captions")
        y = page.para(41, y + 25, w.justification, 98, font=font, size=9, leading=11.5) + 2
    y = _tail_boxes(page, p, w, y + 2, ds, font)
    page.box(36, y + 4, 540, 52)
    page.text(39, y + 13, "10. Signature of protestant or agent", size=6.5, bold=True,
              layer="captions")
    page.text(45, y + 32, p.signer, font=SERIF, size=12)
    page.text(45, y + 48, f"{p.title} · signed {when(p.letter_date, ds)}", size=8)
    if p.firm:
        page.text(570, y + 32, p.firm[0], size=8, anchor="end")
        page.text(570, y + 42, p.firm[1], size=8, anchor="end")
        page.text(570, y + 52, p.firm[2], size=8, anchor="end")
    return [page]
