"""Three penalty referral writers: a seizure/penalty case intake data sheet, a memorandum of
investigation with a chronology table, and a spreadsheet export of entries behind a cover note."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_thirtyfirst.blocks import (
    Break,
    Doc,
    Fields,
    Grid,
    Heading,
    Items,
    Lines,
    Para,
    Rule,
)
from bench.corpus_thirtyfirst.formats import date, money
from bench.corpus_thirtyfirst.penalty_cases import PenaltyFacts
from bench.corpus_thirtyfirst.penalty_words import LIQ, culpability, disclosure
from bench.corpus_thirtyfirst.pools import PEOPLE

STYLES = ["intake", "chronology", "export"]


def _shows(doc: Doc, f: PenaltyFacts, habit: str, cash: str) -> None:
    doc.shows(
        f.case_number,
        f.party,
        *f.address,
        f.ior,
        date(f.violation, habit),
        money(f.domestic, cash),
        money(f.dutiable, cash),
    )
    for x in f.lines:
        doc.shows(
            x.number,
            date(x.entered, habit),
            money(x.value, cash),
            money(x.paid, cash),
            money(x.owed, cash),
        )


def _rows(
    f: PenaltyFacts, habit: str, cash: str, marks: tuple[str, str]
) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            x.number,
            date(x.entered, habit),
            marks[0] if x.liquidated else marks[1],
            money(x.value, cash),
            money(x.paid, cash),
            money(x.owed, cash),
        )
        for x in f.lines
    )


def intake(f: PenaltyFacts, doc: Doc, rng: random.Random) -> None:
    habit, cash = rng.choice(["us-slash", "mon-abbr"]), rng.choice(["dollar", "plain"])
    officer = rng.choice(PEOPLE)
    doc.add(
        Heading("SEIZURE / PENALTY CASE INTAKE DATA SHEET", 1),
        Lines(
            (f"Fines, Penalties and Forfeitures - Port of {f.port[1]} ({f.port[0]})",), small=True
        ),
        Rule(),
    )
    doc.add(
        Fields(
            (
                ("Case No.", f.case_number),
                ("Date Opened", date(f.today - dt.timedelta(days=12), habit)),
                ("Violation", "19 U.S.C. 1592"),
                ("Culpability", culpability(f.culpability, rng)),
                ("Date of Violation", date(f.violation, habit)),
                (
                    "Importation",
                    "Noncommercial (personal use)" if f.noncommercial else "Commercial",
                ),
            ),
            2,
        )
    )
    doc.add(
        Heading("Violator", 2),
        Fields(
            (
                ("Name", f.party),
                ("Street", f.address[0]),
                ("City/State/ZIP", f.address[1]),
                ("IOR No.", f.ior),
            )
        ),
    )
    marks = rng.choice(LIQ)
    doc.add(
        Heading("Entries", 2),
        Grid(
            ("Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"),
            _rows(f, habit, cash, marks),
            rng.random() < 0.6,
        ),
    )
    doc.add(
        Fields(
            (
                ("Domestic Value", money(f.domestic, cash)),
                ("Dutiable Value", money(f.dutiable, cash)),
                ("Prior Disclosure", disclosure(f.disclosure, rng)),
            )
        )
    )
    doc.add(
        Para(
            "Remarks: the entries were found to misstate the classification of the goods; "
            "the loss of duties and penalty are to be computed by the case officer."
        ),
        Lines(
            (
                "Intake officer: " + officer,
                f"Entered {date(f.today - dt.timedelta(days=12), habit)}",
            )
        ),
    )
    _shows(doc, f, habit, cash)


def chronology(f: PenaltyFacts, doc: Doc, rng: random.Random) -> None:
    habit, cash = rng.choice(["us-long", "us-slash"]), rng.choice(["dollar", "usd"])
    agent, chief = rng.sample(PEOPLE, 2)
    opened = f.today - dt.timedelta(days=30)
    doc.add(
        Heading("MEMORANDUM OF INVESTIGATION", 1),
        Fields(
            (
                ("TO", f"{chief}, FP&F Officer, Port of {f.port[1]}"),
                ("FROM", f"{agent}, Special Agent"),
                ("DATE", date(f.today - dt.timedelta(days=5), habit)),
                ("SUBJECT", f"{f.party} - Case {f.case_number}"),
            )
        ),
        Rule(),
    )
    doc.add(
        Heading("Synopsis", 2),
        Para(
            f"{f.party} ({', '.join(f.address)}; importer no. {f.ior}) entered the goods "
            "listed below with an understated rate of duty. The conduct is assessed as "
            f"{culpability(f.culpability, rng)}. "
            f"Prior disclosure: {disclosure(f.disclosure, rng)}"
            + (
                " The goods were imported for personal use, not for sale."
                if f.noncommercial
                else ""
            )
        ),
    )
    events = [
        (
            date(f.violation, habit),
            "First entry filed with the misstated classification (date of violation)",
        )
    ]
    events += [(date(x.entered, habit), f"Entry {x.number} filed") for x in f.lines[1:]]
    events.append((date(opened, habit), "Case opened on a referral from the import specialist"))
    doc.add(Heading("Chronology", 2), Grid(("Date", "Event"), tuple(events), rng.random() < 0.5))
    marks = rng.choice(LIQ)
    doc.add(
        Heading("Entries examined", 2),
        Items(
            tuple(
                f"Entry {x.number} of {date(x.entered, habit)} "
                f"({marks[0] if x.liquidated else marks[1]}): "
                f"entered value {money(x.value, cash)}; duty deposited {money(x.paid, cash)}; "
                f"duty lawfully owed {money(x.owed, cash)}."
                for x in f.lines
            ),
            "bullet",
        ),
    )
    doc.add(
        Para(
            f"The domestic value of the merchandise is {money(f.domestic, cash)}; its dutiable "
            f"value is {money(f.dutiable, cash)}."
        ),
        Lines(("", agent, "Special Agent")),
    )
    _shows(doc, f, habit, cash)


def export(f: PenaltyFacts, doc: Doc, rng: random.Random) -> None:
    habit, cash = "iso", rng.choice(["bare", "plain"])
    author = rng.choice(PEOPLE)
    doc.add(
        Lines(
            (f"Port of {f.port[1]} - Entry Branch", date(f.today - dt.timedelta(days=3), "us-long"))
        ),
        Heading(f"Penalty referral {f.case_number}", 2),
        Para(
            f"The attached sheet is an export of the entries of {f.party}, importer no. {f.ior}, "
            f"{', '.join(f.address)}, drawn from our entry review workbook. We refer the matter "
            f"for a penalty under 19 U.S.C. 1592; the violation is assessed as "
            f"{culpability(f.culpability, rng)}, the first violation dating from "
            f"{date(f.violation, habit)}. Prior disclosure: "
            f"{disclosure(f.disclosure, rng).rstrip('.')}."
        ),
        Para(
            "The importation was noncommercial."
            if f.noncommercial
            else "The goods were imported for resale."
        ),
        Lines(("", author, "Entry Specialist")),
        Break(),
    )
    marks = rng.choice(LIQ)
    rows = _rows(f, habit, cash, marks)
    total = (
        "TOTAL",
        "",
        "",
        money(sum(x.value for x in f.lines), cash),
        money(sum(x.paid for x in f.lines), cash),
        money(sum(x.owed for x in f.lines), cash),
    )
    doc.add(
        Lines((f"entries_{f.case_number}.xlsx - Sheet1",), small=True),
        Grid(
            ("entry_no", "entry_date", "liq_status", "entered_value", "duty_paid", "duty_owed"),
            (*rows, total),
            True,
        ),
        Fields(
            (
                ("domestic_value", money(f.domestic, cash)),
                ("dutiable_value", money(f.dutiable, cash)),
            )
        ),
    )
    _shows(doc, f, habit, cash)


RENDER = {"intake": intake, "chronology": chronology, "export": export}
FACE = {"intake": "mono", "chronology": "serif", "export": "sans"}
