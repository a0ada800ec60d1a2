"""A fillable Form-19 look-alike (pdf-lib): boxes with numbers and captions, fields filled in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from bench.corpus_nineteenth.fmt import show_date
from bench.corpus_nineteenth.layout import Op, line, rect, text
from bench.corpus_nineteenth.protests import Protest
from bench.corpus_nineteenth.wording import CATEGORY_WORDS, DRAWBACK_NO, FURTHER_REVIEW, JUSTIFY

ROWS_ON_FORM = 4
OPTIONS = [("appraised_value", "Appraised value"), ("classification", "Classification, rate"),
           ("charges", "Charges or exactions"), ("liquidation", "Liquidation"),
           ("other", "Other (specify)")]


def field(kind: str, name: str, x: float, y: float, wd: float, h: float, value: Any,
          **more: Any) -> Op:
    return {"t": "field", "kind": kind, "name": name, "x": x, "y": y, "wd": wd, "h": h,
            "value": value, **more}


def box(page: list[Op], x: float, y: float, wd: float, h: float, caption: str) -> None:
    page.append(rect(x, y, wd, h))
    page.append(text(x + 2, y + h - 7, caption, "Helvetica", 5.5))


def pages(p: Protest) -> list[list[Op]]:
    d = p.rng

    def day(value: date | None) -> str:
        return show_date(value, p.date_style) if value else ""

    page: list[Op] = [
        text(36, 760, "DEPARTMENT OF HOMELAND SECURITY", "Helvetica-Bold", 8),
        text(36, 750, "U.S. Customs and Border Protection", "Helvetica", 8),
        text(250, 752, "PROTEST", "Helvetica-Bold", 16),
        text(430, 760, "19 CFR Part 174", "Helvetica", 7),
        text(430, 751, "Prepared with ClearPort eForms 4.2", "Helvetica", 6),
        text(36, 736, "SECTION I - PROTESTANT INFORMATION", "Helvetica-Bold", 7),
    ]
    box(page, 36, 698, 135, 34, "1. PROTEST NUMBER (CBP use)")
    page.append(field("text", "protest_number", 40, 701, 126, 16, p.protest_number or ""))
    box(page, 171, 698, 135, 34, "2. DATE RECEIVED (CBP use)")
    page.append(field("text", "date_received", 175, 701, 126, 16,
                      day(p.received) if p.received_printed else ""))
    box(page, 306, 698, 110, 34, "3. PORT CODE")
    codes = sorted({p.port[0], "2704", "1001", "1703", "3002", "5301"})
    page.append(field("dropdown", "port_code", 310, 701, 100, 16, p.port[0], options=codes))
    box(page, 416, 698, 160, 34, "4. IMPORTER NUMBER")
    page.append(field("text", "importer_number", 420, 701, 150, 16,
                      p.party.importer_number if p.importer_given else ""))
    box(page, 36, 560, 340, 134, "5. ENTRIES (attach continuation sheet if more than four)")
    heads = [("ENTRY NUMBER", 40, 130), ("DATE OF ENTRY", 172, 100),
             ("DATE OF LIQUIDATION" if not p.petition else "DATE OF DECISION", 274, 100)]
    for caption, x, _ in heads:
        page.append(text(x, 676, caption, "Helvetica-Bold", 6))
    for row, entry in enumerate(p.entries[:ROWS_ON_FORM]):
        y = 650 - row * 22
        values = [entry.number, day(entry.entry_date), day(entry.liquidation)]
        for (caption, x, wd), value in zip(heads, values, strict=True):
            page.append(field("text", f"entry{row + 1}_{caption.split()[-1].lower()}", x, y,
                              wd - 4, 16, value))
    box(page, 376, 560, 200, 134, "6. NAME AND ADDRESS OF PROTESTANT")
    address = "\n".join([p.party.name, *(p.party.address if p.address_given else ())])
    page.append(field("text", "protestant", 380, 566, 192, 110, address, multiline=True))
    box(page, 36, 528, 540, 30, "7. ACCELERATED DISPOSITION REQUESTED (19 CFR 174.22)")
    page.append(text(60, 534, "YES", "Helvetica", 8))
    page.append(field("check", "accelerated_yes", 46, 533, 10, 10, p.accelerated))
    page.append(text(114, 534, "NO", "Helvetica", 8))
    page.append(field("check", "accelerated_no", 100, 533, 10, 10, not p.accelerated))
    page.append(text(36, 514, "SECTION II - DECISION PROTESTED AND JUSTIFICATION",
                     "Helvetica-Bold", 7))
    box(page, 36, 470, 540, 40, "8. DECISION PROTESTED (mark one)")
    chosen = "other" if p.petition else p.category
    for number, (value, caption) in enumerate(OPTIONS):
        x = 44 + number * 106
        page.append(field("radio", "decision", x, 476, 10, 10, value == chosen, option=value))
        page.append(text(x + 13, 477, caption, "Helvetica", 7))
    if p.petition:
        page.append(field("text", "decision_other", 390, 488, 180, 12,
                          "Decision on petition, 19 CFR 171", size=7))
    box(page, 36, 434, 540, 34, "9. DESCRIPTION OF MERCHANDISE")
    page.append(field("text", "merchandise", 40, 437, 530, 16, p.goods or ""))
    box(page, 36, 290, 540, 142, "10. NATURE OF AND JUSTIFICATION FOR THE OBJECTION")
    reason = d.choice(JUSTIFY.get(p.category, JUSTIFY["classification"]))
    if p.petition:
        reason = ("The Fines, Penalties and Forfeitures Officer denied our petition for relief "
                  "from the penalty assessed under 19 U.S.C. 1592. The decision ignores the "
                  "mitigating factors of 19 CFR 171, App. B.")
    if p.justification:
        words = d.choice(CATEGORY_WORDS.get(p.category, ["Decision"]))
        reason = f"{words}. {reason}"
    page.append(field("text", "justification", 40, 296, 530, 120,
                      reason if p.justification else "", multiline=True))
    box(page, 36, 256, 540, 32, "11. DRAWBACK (19 CFR 174.13(a)(9)): IS ANY ENTRY SUBJECT TO "
        "DRAWBACK?")
    page.append(field("check", "drawback_yes", 46, 261, 10, 10, False))
    page.append(text(60, 262, "YES", "Helvetica", 8))
    page.append(field("check", "drawback_no", 100, 261, 10, 10, p.drawback_line))
    page.append(text(114, 262, "NO", "Helvetica", 8))
    if p.drawback_line:
        page.append(text(150, 262, d.choice(DRAWBACK_NO)[:80], "Helvetica", 6))
    page.append(text(36, 242, "SECTION III - DISPOSITION SOUGHT SAME AS EARLIER PROTEST",
                     "Helvetica-Bold", 7))
    box(page, 36, 206, 270, 32, "12. EARLIER PROTEST NUMBER")
    box(page, 306, 206, 270, 32, "13. DATE EARLIER PROTEST RECEIVED")
    page.append(field("text", "earlier_number", 40, 209, 260, 16, p.earlier[0] if p.earlier
                      else ""))
    page.append(field("text", "earlier_received", 310, 209, 260, 16,
                      day(p.earlier[1]) if p.earlier and p.earlier[1] else ""))
    page.append(text(36, 192, "SECTION IV - APPLICATION FOR FURTHER REVIEW", "Helvetica-Bold", 7))
    page.append(field("check", "further_review", 40, 176, 10, 10, p.further_review))
    page.append(text(54, 177, "Further review requested (19 CFR 174.24, 174.25)", "Helvetica", 8))
    page.append(field("text", "further_review_basis", 260, 173, 316, 16,
                      d.choice(FURTHER_REVIEW)[:95] if p.further_review else "", size=6))
    box(page, 36, 100, 270, 60, "14. SIGNATURE")
    page.append(field("text", "signature", 40, 106, 260, 30, f"/s/ {p.signer}", size=12,
                      font="Times-Roman"))
    box(page, 306, 130, 270, 30, "15. NAME AND TITLE")
    page.append(field("text", "signer", 310, 133, 260, 14, f"{p.signer}, {p.title}"))
    box(page, 306, 100, 270, 30, "16. DATE")
    page.append(field("text", "signed_date", 310, 103, 260, 14, day(p.written)))
    if p.agent:
        page.append(text(36, 84, f"Filed by agent: {p.agent.name}, {', '.join(p.agent.address)}"
                         f" (importer no. {p.agent.importer_number}) under a power of attorney "
                         "on file.", "Helvetica", 6.5))
    page.append(line(36, 74, 576, 74))
    page.append(text(36, 64, "Look-alike of CBP Form 19 generated by the filer's software.",
                     "Helvetica", 6))
    result = [page]
    if len(p.entries) > ROWS_ON_FORM:
        result.append(continuation(p, day))
    return result


def continuation(p: Protest, day: Callable[[date | None], str]) -> list[Op]:
    """Entries past the fourth on a plain page, as drawn text (no fields)."""
    page = [text(36, 750, f"CONTINUATION SHEET - PROTEST OF {p.party.name.upper()}",
                 "Helvetica-Bold", 10),
            text(36, 736, f"Port code {p.port[0]}  -  Block 5, entries continued", "Helvetica", 8),
            text(40, 712, "ENTRY NUMBER", "Helvetica-Bold", 7),
            text(180, 712, "DATE OF ENTRY", "Helvetica-Bold", 7),
            text(300, 712, "DATE OF LIQUIDATION", "Helvetica-Bold", 7), line(36, 708, 420, 708)]
    for row, entry in enumerate(p.entries[ROWS_ON_FORM:]):
        y = 694 - row * 16
        page += [text(40, y, entry.number, "Courier", 9),
                 text(180, y, day(entry.entry_date), "Courier", 9),
                 text(300, y, day(entry.liquidation), "Courier", 9)]
    return page
