"""Things senders print that look like scored values but are not: dates, numbers, money, headers."""

from __future__ import annotations

from datetime import date, timedelta

from bench.corpus_sweep.formats import fmt_date, fmt_money
from bench.corpus_sweep.law import money
from bench.corpus_sweep.model import Para, Spec

NOISE = ("letter_date", "argument_dates", "lookalike_numbers", "other_money", "page_numbers",
         "fax_header", "email_header", "phone_lines")


def top_lines(spec: Spec, day: date, sender: str) -> list[str]:
    """A fax machine's transmission line or a forwarding e-mail's header, on every page."""
    sent = day - timedelta(days=3)
    if "fax_header" in spec.noise:
        return [f"{sent.strftime('%m/%d/%Y')} 10:42   FAX 2125550142   {sender.upper()}   "
                "P.002/004"]
    if "email_header" in spec.noise:
        return [f"From: compliance@example-importer.com  Sent: {sent.strftime('%A, %B')} "
                f"{sent.day}, {sent.year} 10:31 AM",
                "To: trade-intake@cbp.dhs.gov  Subject: FW: submission - 3 attachments"]
    return []


def received_stamp(spec: Spec, received: date, office: str,
                   caption: str) -> tuple[list[str], str]:
    """A CBP receipt stamp (its lines and the date as printed), or nothing off that axis."""
    if not spec.stamp:
        return [], ""
    printed = {"box": received.strftime("%b %d %Y").upper(),
               "recd": fmt_date(received, "numeric"),
               "form": fmt_date(received, spec.date_style)}[spec.stamp]
    lines = {"box": ["RECEIVED", printed, f"CBP {office}"],
             "recd": [f"Rec'd {printed}", f"CBP - {office}"],
             "form": [caption, printed]}[spec.stamp]
    return lines, printed


def noise_paragraphs(spec: Spec, kind: str, day: date) -> list[Para]:
    """Paragraphs of look-alikes; a heading "top" puts the line above the addressee."""
    ds, out = spec.date_style, []
    if "letter_date" in spec.noise:
        earlier = fmt_date(day - timedelta(days=4), ds)
        # A ruling request's own date is scored, so its look-alike is another dated line.
        out.append(Para("top", f"Further to our telephone call of {earlier}" if kind ==
                        "ruling-request" else f"Date: {earlier}"))
    if "phone_lines" in spec.noise:
        out.append(Para("top", "Tel. (310) 555-0187  |  Fax (310) 555-0188  |  "
                               "Ref. 2025-0611-HL"))
    if "argument_dates" in spec.noise:
        first, second = day - timedelta(days=400), day - timedelta(days=250)
        if kind == "ruling-request":  # nothing a reader could take for a matter before CBP
            out.append(Para("Background", f"The supplier sent first production samples on "
                                          f"{fmt_date(first, ds)}, and the design was settled "
                                          f"on {fmt_date(second, ds)}; no shipment has been made."))
        else:
            out.append(Para("Background", f"On {fmt_date(first, ds)} the supplier shipped a first "
                                          "trial order of the same goods, which was entered and "
                                          "cleared without question. On "
                                          f"{fmt_date(second, ds)} CBP issued a Request for "
                                          "Information (CBP Form 28) about a different product "
                                          "line, which was answered within the time given."))
    if "lookalike_numbers" in spec.noise:
        out.append(Para("References", "Commercial Invoice No. 2025-04417; Bill of Lading "
                                      "MAEU583920114; Our File No. 24-0193-HL; Continuous Bond "
                                      "No. 9B1234567; Manufacturer ID CNHARLAN1450CAR; "
                                      "related ruling NY N312456"
                                      + ("." if kind == "ruling-request"
                                         else "; Form 28 no. 2024-2704-0188.")))
    if "other_money" in spec.noise:
        invoice, freight, bond = (fmt_money(money(v), spec.money_style)
                                  for v in ("48210.50", "1187.00", "50000.00"))
        out.append(Para("Amounts", f"The invoice total was {invoice}; freight and insurance came "
                                   f"to {freight}, and the bond amount is {bond}."))
    assert kind in ("protest", "ruling-request", "penalty-case")
    return out
