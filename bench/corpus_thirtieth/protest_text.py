"""Protests printed from a terminal with a2ps: a forwarder's e-mail thread and a firm's
numbered-paragraph letter with its entries in an appendix."""

from __future__ import annotations

import random

from bench.corpus_thirtieth import protest_words as words
from bench.corpus_thirtieth import typed
from bench.corpus_thirtieth.formats import date_text
from bench.corpus_thirtieth.model import TextPrint
from bench.corpus_thirtieth.protest_cases import ProtestFacts


def _login(name: str) -> str:
    parts = name.replace(".", "").split()
    return (parts[0][0] + parts[-1]).lower()


def _domain(name: str) -> str:
    return "".join(c for c in name.split()[0].lower() if c.isalpha()) + ".com"


def _stamp(f: ProtestFacts) -> str:
    if not f.stamp:
        return ""
    return typed.receipt_block(f.port[0], date_text(f.received, "stamp"), f.protest_number) + "\n\n"


def mail_thread(f: ProtestFacts, rng: random.Random) -> tuple[TextPrint, list[str]]:
    """A forwarder's (or the importer's own) e-mail to the port's protest unit, with the thread."""
    ds = rng.choice(["us", "iso", "abbrev"])
    sender = f.agent or f.protestant
    login = _login(f.signer)
    entries = "\n".join(
        f"  * {e.number}"
        + (f" - entered {date_text(e.entered, ds)}" if e.show_entered else "")
        + (f", {words.decided_label(f).replace('date of ', '')} {date_text(e.decided, ds)}"
           if e.show_decided else "")
        + (f" (port {e.port})" if e.port != f.port[0] else "")
        for e in f.entries)
    who = f.protestant.name
    if f.address_given:
        who += ", " + ", ".join(f.protestant.lines)
    if f.ior:
        who += f" (importer no. {f.ior})"
    body = [
        f"From: {f.signer} <{login}@{_domain(sender.name)}>",
        f"To: Protest Unit, Port of {f.port[1]} <protests.{f.port[0]}@cbp.dhs.example>",
        f"Date: {typed.mail_date(f.letter_date, rng.randrange(8, 17), rng.randrange(60))}",
        f"Subject: PROTEST 19 USC 1514 - {words.CATEGORY_WORDS[f.category]} - "
        f"{len(f.entries)} entr{'y' if len(f.entries) == 1 else 'ies'}",
        "", _stamp(f) + "Good morning,", "",
        typed.wrapped(
            (f"On behalf of our client {who}, and under the customs power of attorney on file, "
             if f.agent else f"{who} ")
            + f"hereby protests {f.decision_text} on the entries below, filed at the Port of "
            f"{f.port[1]} (port code {f.port[0]})."),
        "", "Entries:", entries, "",
    ]
    if f.description_given:
        body += [typed.wrapped(f"Merchandise: {f.goods.description}"), ""]
    if f.justification:
        body += ["Why we protest:", typed.wrapped(f.justification, "  "), ""]
    else:
        body += [typed.wrapped("Our detailed grounds will follow under separate cover."), ""]
    for line in (words.earlier(f, date_text(f.earlier[1], ds) if f.earlier and f.earlier[1]
                               else ""), words.drawback(f, rng), words.review(f, rng),
                 words.accelerated(f, rng)):
        if line:
            body += [typed.wrapped(line), ""]
    body += ["Thanks and regards,", "", f.signer, f.title, sender.name, *sender.lines, ""]
    body += [
        "-----Original Message-----",
        f"From: Accounts Payable <ap@{_domain(f.protestant.name)}>",
        "Subject: RE: liquidation notice - please protest",
        "",
        typed.wrapped("Please go ahead and file the protest on these entries before the "
                      "deadline; the commercial documents are attached to the earlier message.",
                      "> ", "> "),
    ]
    header = f"Printed by {login}"
    return TextPrint("\n".join(body) + "\n", header=header,
                     left_title=f"{login}@{_domain(sender.name)}", center_title="Mail",
                     mail=True), words.shown_dates(f, ds)


def numbered_letter(f: ProtestFacts, rng: random.Random) -> tuple[TextPrint, list[str]]:
    """A firm's letter in numbered paragraphs; the entries sit in Appendix A on a page of their
    own."""
    ds = rng.choice(["long", "day-month", "us"])
    writer = f.agent or f.protestant
    out = [typed.centered([writer.name.upper(), *writer.lines]), "", date_text(f.letter_date,
                                                                              "long"), ""]
    if f.accelerated:
        out += ["BY CERTIFIED MAIL, RETURN RECEIPT REQUESTED", ""]
    out += ["Port Director", "U.S. Customs and Border Protection",
            f"Port of {f.port[1]} (Port Code {f.port[0]})", "",
            f"        Re:  Protest of {f.protestant.name}",
            "             Entries listed in Appendix A", "", "Dear Port Director:", ""]
    paras = []
    who = f"{f.protestant.name}"
    if f.address_given:
        who += ", whose address is " + ", ".join(f.protestant.lines)
    if f.ior:
        who += f", importer number {f.ior}"
    paras.append(f"Protestant. {who}, protests under 19 U.S.C. 1514 and 19 CFR Part 174"
                 + (f"; {writer.name} acts under a power of attorney." if f.agent else "."))
    paras.append(f"Decision protested. Protestant objects to {f.decision_text}.")
    if f.description_given:
        paras.append(f"Description of merchandise: {f.goods.description}.")
    paras.append("Entries. Each entry, its date of entry and its "
                 f"{words.decided_label(f)} are set out in Appendix A.")
    paras.append("Grounds. " + (f.justification or "Protestant will supplement this protest "
                                                   "with its grounds."))
    for extra in (words.earlier(f, date_text(f.earlier[1], ds) if f.earlier and f.earlier[1]
                                else ""), words.drawback(f, rng), words.review(f, rng),
                  words.accelerated(f, rng)):
        if extra:
            paras.append(extra)
    for n, text in enumerate(paras, start=1):
        out += [typed.wrapped(text, "     ", f"{n}.".ljust(5)), ""]
    out += ["Respectfully submitted,", "", f"/s/ {f.signer}", "", f.signer, f.title,
            writer.name, "", "Enclosure: Appendix A"]
    if rng.random() < 0.5:
        out += ["cc: " + f.protestant.name if f.agent else "cc: file"]
    rows = [[e.number, date_text(e.entered, ds) if e.show_entered else "",
             date_text(e.decided, ds) if e.show_decided else "", e.port] for e in f.entries]
    label = words.decided_label(f).replace("date of the ", "").replace("date of ", "")
    appendix = ["\f", "APPENDIX A - ENTRIES COVERED BY THIS PROTEST", "",
                typed.table(["Entry Number", "Date of Entry", label.title() + " Date"
                             if "date" not in label else label.title(), "Port"], rows,
                            ruled=rng.random() < 0.6), ""]
    text = _stamp(f) + "\n".join(out) + "\n" + "\n".join(appendix) + "\n"
    return TextPrint(text, header="", left_title=writer.name.split(",")[0],
                     right_title="Page $p./$p#"), words.shown_dates(f, ds)


STYLES = {"mail": mail_thread, "numbered": numbered_letter}
