"""Penalty referrals printed with a2ps: a port's referral worksheet as a terminal prints it, and
an import specialist's e-mail to FP&F."""

from __future__ import annotations

import random

from bench.corpus_thirtieth import penalty_words as words
from bench.corpus_thirtieth import typed
from bench.corpus_thirtieth.model import TextPrint
from bench.corpus_thirtieth.penalty_cases import PenaltyFacts


def worksheet(f: PenaltyFacts, rng: random.Random) -> tuple[TextPrint, list[str]]:
    ds, ms = rng.choice(["us", "iso"]), rng.choice(["plain", "bare"])
    printer = words.Printer(ds, ms)
    d, m, shown = printer.d, printer.m, printer.shown
    yes, no = rng.choice(words.LIQUIDATION)

    out = [f"PENALTY CASE REFERRAL WORKSHEET{'PORT ' + f.port[0]:>47}", "=" * 78,
           f"CASE NO......: {f.case_number:<28}PREPARED: {d(f.memo_date)}",
           f"PARTY........: {f.party.name}", f"ADDRESS......: {f.party.lines[0]}",
           *[f"               {line}" for line in f.party.lines[1:]],
           f"IMPORTER NO..: {f.ior or 'NONE (individual)'}",
           f"VIOLATION DT.: {d(f.violation)}",
           f"CULPABILITY..: {words.culpability(f, rng).upper()}",
           f"PRIOR DISCL..: {'YES' if f.disclosed else 'NO'}",
           f"IMPORTATION..: {words.commerce(f).upper()}",
           f"DOMESTIC VAL.: {m(f.domestic)}"]
    if f.dutiable is not None:
        out.append(f"DUTIABLE VAL.: {m(f.dutiable)}")
    out += ["", "ENTRIES", "-------"]
    rows = [[e.number, d(e.entered), yes if e.liquidated else no, m(e.value), m(e.paid),
             m(e.owed)] for e in f.entries]
    out.append(typed.table(["ENTRY NO.", "ENTRY DT", "LIQ", "ENTERED VALUE", "DUTY PAID",
                            "DUTY OWED"], rows, ruled=rng.random() < 0.5))
    out += ["", "REMARKS:", typed.wrapped(words.violation(f), "  "),
            typed.wrapped(words.disclosure(f, rng), "  "), "",
            f"REFERRING OFFICER: {f.officer}, Import Specialist",
            f"REFERRED TO......: Fines, Penalties and Forfeitures, Port of {f.port[1]}"]
    return TextPrint("\n".join(out) + "\n", header="", left_title=f"CASE {f.case_number}",
                     center_title="", right_title="PG $p."), shown


def mail(f: PenaltyFacts, rng: random.Random) -> tuple[TextPrint, list[str]]:
    ds, ms = rng.choice(["long", "us", "abbrev"]), rng.choice(["dollar", "usd", "dollar"])
    printer = words.Printer(ds, ms)
    d, m, shown = printer.d, printer.m, printer.shown

    login = f.officer.split()[0][0].lower() + f.officer.split()[-1].lower()
    out = [f"From: {f.officer} <{login}@cbp.dhs.example>",
           f"To: FPF Case Intake, Port of {f.port[1]} <fpf.{f.port[0]}@cbp.dhs.example>",
           f"Date: {typed.mail_date(f.memo_date, rng.randrange(8, 17), rng.randrange(60))}",
           f"Subject: 1592 referral - case {f.case_number} - {f.party.name}", "",
           "FP&F team,", ""]
    ior = f" (importer no. {f.ior})" if f.ior else ""
    out.append(typed.wrapped(
        f"Please open a 1592 case against {f.party.name}, " + ", ".join(f.party.lines)
        + f"{ior}. {words.violation(f)} The first affected entry, and so the date of "
        f"violation, is {d(f.violation)}. We assess the conduct as "
        f"{words.culpability(f, rng).lower()}. {words.disclosure(f, rng)} "
        f"{words.commerce(f)}."))
    out += ["", "Entries reviewed:"]
    for e in f.entries:
        status = "liquidated" if e.liquidated else "not yet liquidated"
        out.append(typed.wrapped(
            f"{e.number}, entered {d(e.entered)} ({status}): entered value {m(e.value)}, "
            f"duty deposited {m(e.paid)}, duty lawfully owed {m(e.owed)}", "    ", "  - "))
    out += ["", typed.wrapped(f"Domestic value of the merchandise: {m(f.domestic)}.")]
    if f.dutiable is not None:
        out.append(typed.wrapped(f"Dutiable value of the merchandise: {m(f.dutiable)}."))
    out += ["", "Entry packets and the audit working papers are on the shared drive.", "",
            "Thanks,", f.officer, "Import Specialist, Trade Enforcement Team", ""]
    return TextPrint("\n".join(out) + "\n", header=f"Printed by {login}",
                     left_title=f"{login}@cbp.dhs.example", center_title="Mail",
                     mail=True), shown


STYLES = {"worksheet": worksheet, "mail": mail}
