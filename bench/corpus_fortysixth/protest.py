"""Protest cases (facts and truth, decided by law.py) and three sender styles."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from typing import Any

from bench.corpus_fortysixth import law
from bench.corpus_fortysixth.pools import COMPANIES, FILERS, GOODS, PEOPLE, PORTS, fmt_date
from bench.corpus_fortysixth.render import Page

CASES = [
    "accept",
    "accept-multi",
    "accept-ad",
    "accept-pre2004",
    "untimely",
    "untimely-90",
    "premature",
    "invalid",
    "grace-weekend",
    "grace-holiday",
    "untimely-after-grace",
    "partial-late",
    "partial-early",
    "missing-a1",
    "missing-a2",
    "missing-a3",
    "missing-a4",
    "missing-a5",
    "missing-a6",
    "missing-a7",
    "missing-a9",
    "missing-a2-a5",
]
STYLES = ["fax", "grid", "letter"]
CATEGORY_TEXT = {
    "classification": "classification and rate of duty",
    "appraised_value": "appraised value",
}


def _weekday(rng: random.Random, start: dt.date, span: int) -> dt.date:
    day = start + dt.timedelta(days=rng.randrange(span))
    while not law.is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def _liq_with_last_day(rng: random.Random, want: str) -> dt.date:
    """A liquidation date whose day 180 falls on a weekend ('weekend') or a weekday holiday."""
    day = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randrange(500))
    while True:
        last = day + dt.timedelta(days=180)
        if law.is_business_day(day):
            if want == "weekend" and last.weekday() >= 5:
                return day
            if want == "holiday" and last.weekday() < 5 and not law.is_business_day(last):
                return day
        day += dt.timedelta(days=1)


def plan(index: int, seed: int) -> dict[str, Any]:
    """Facts and truth of protest `index` under `seed`."""
    rng = random.Random(f"fortysixth-protest-{seed}-{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    name, street, city = rng.choice(COMPANIES)
    signer, title = rng.choice(PEOPLE)
    port, port_name = rng.choice(PORTS)
    filer = rng.choice(FILERS)
    goods = rng.choice(GOODS)[0]
    category = rng.choice(list(CATEGORY_TEXT))
    count = 3 if case == "accept-multi" else 2 if case.startswith("partial") else 1
    liq = _weekday(rng, dt.date(2024, 3, 1), 420)
    if case in ("grace-weekend", "untimely-after-grace"):
        liq = _liq_with_last_day(rng, "weekend")
    elif case == "grace-holiday":
        liq = _liq_with_last_day(rng, "holiday")
    elif case in ("accept-pre2004", "untimely-90"):
        liq = _weekday(rng, dt.date(2005, 9, 1), 60)
    liqs = [liq] * count
    if case == "partial-late":
        liqs = [liq, liq + dt.timedelta(days=70)]
    if case == "partial-early":
        liqs = [liq, liq + dt.timedelta(days=40)]
    entries: list[dict[str, Any]] = []
    for number in range(count):
        entry_date = liqs[number] - dt.timedelta(days=rng.randrange(200, 330))
        if case in ("accept-pre2004", "untimely-90"):
            entry_date = dt.date(2004, 12, 17) - dt.timedelta(days=3 * number)
        serial = f"{rng.randrange(10**7):07d}"
        entries.append(
            {
                "number": law.entry_number(filer, serial),
                "entry_date": entry_date,
                "liq": liqs[number],
            }
        )
    last = law.protest_last_day(entries[0]["entry_date"], liq)
    if case in ("grace-weekend", "grace-holiday"):
        received = law.next_business_day(last)
    elif case == "untimely-after-grace":
        received = law.next_business_day(law.next_business_day(last))
    elif case == "untimely":
        received = last + dt.timedelta(days=rng.randrange(12, 60))
    elif case == "untimely-90":
        received = liq + dt.timedelta(days=rng.randrange(110, 170))
    elif case == "premature":
        received = liq - dt.timedelta(days=rng.randrange(4, 25))
    elif case == "partial-late":
        received = last + dt.timedelta(days=30)
    elif case == "partial-early":
        received = liq + dt.timedelta(days=20)
    else:
        received = liq + dt.timedelta(days=rng.randrange(15, 85))
    if not law.is_business_day(received) and case not in (
        "grace-weekend",
        "grace-holiday",
        "untimely-after-grace",
    ):
        received = law.next_business_day(received)
    letter_date = received - dt.timedelta(days=rng.choice([1, 2, 3, 4]))
    stamped = style == "grid" and rng.random() < 0.6
    facts: dict[str, Any] = {
        "name": name,
        "address": None if case == "missing-a1" else [street, city],
        "importer": None
        if case in ("missing-a2", "missing-a2-a5")
        else f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        "port": port,
        "port_name": port_name,
        "entries": entries,
        "category": category,
        "invalid": case == "invalid",
        "description": None if case in ("missing-a5", "missing-a2-a5") else goods,
        "grounds": case != "missing-a6",
        "accelerated": case == "accept-ad",
        "further_review": rng.random() < 0.5,
        "signer": signer,
        "title": title,
        "letter_date": letter_date,
        "received": received,
        "stamped": stamped,
        "protest_number": f"{port}-{received.year % 100:02d}-{rng.randrange(100000, 999999)}"
        if stamped
        else None,
        "earlier": (f"{port}-{(received.year - 1) % 100:02d}-{rng.randrange(100000, 999999)}", None)
        if case == "missing-a7"
        else None,
        "drawback": case != "missing-a9",
        "date_style": rng.randrange(6),
        "hide_entry_date": case == "missing-a3",
        "hide_liq": case == "missing-a4",
        "case": case,
        "style": style,
    }
    if facts["earlier"] is None and rng.random() < 0.2 and case.startswith("accept"):
        earlier_received = received - dt.timedelta(days=rng.randrange(40, 120))
        facts["earlier"] = (
            f"{port}-{earlier_received.year % 100:02d}-{rng.randrange(100000, 999999)}",
            earlier_received,
        )
    today = received + dt.timedelta(days=rng.randrange(3, 20))
    truth = decide(facts, today)
    return {"kind": "protest", "case": case, "style": style, "facts": facts, "truth": truth}


def decide(facts: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """The truth file's body for a protest's facts."""
    entries = facts["entries"]
    missing = []
    if facts["address"] is None:
        missing.append("174.13(a)(1)")
    if facts["importer"] is None:
        missing.append("174.13(a)(2)")
    if facts["hide_entry_date"]:
        missing.append("174.13(a)(3)")
    if facts["hide_liq"]:
        missing.append("174.13(a)(4)")
    if facts["description"] is None:
        missing.append("174.13(a)(5)")
    if not facts["grounds"]:
        missing.append("174.13(a)(6)")
    if facts["earlier"] is not None and facts["earlier"][1] is None:
        missing.append("174.13(a)(7)")
    if not facts["drawback"]:
        missing.append("174.13(a)(9)")
    received = facts["received"]
    last_days = {e["number"]: law.protest_last_day(e["entry_date"], e["liq"]) for e in entries}
    timings = {law.timing(last_days[e["number"]], e["liq"], received) for e in entries}
    not_scored = []
    if "grace" in timings or len(timings) > 1 or "174.13(a)(9)" in missing:
        outcome = "needs_human"
    elif timings == {"premature"}:
        outcome = "premature"
    elif timings == {"untimely"}:
        outcome = "untimely"
    elif facts["invalid"]:
        outcome = "invalid"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in last_days.items()},
        "missing": missing,
    }
    values: dict[str, Any] = {
        "protest_number": facts["protest_number"],
        "port_code": facts["port"],
        "received_date": received.isoformat(),
        "importer_number": facts["importer"],
        "protestant_name": facts["name"],
        "protestant_address": ", ".join(facts["address"]) if facts["address"] else None,
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": None if facts["hide_entry_date"] else e["entry_date"].isoformat(),
                "liquidation_date": None if facts["hide_liq"] else e["liq"].isoformat(),
            }
            for e in entries
        ],
        "category": facts["category"],
        "merchandise_description": facts["description"],
        "accelerated_disposition": facts["accelerated"],
        "further_review_requested": facts["further_review"],
        "signer_name": facts["signer"],
    }
    if facts["invalid"]:
        for key in ("deadline", "last_days"):
            del decision[key]
        del values["category"]
        not_scored.append(
            "deadline, last_days and category not scored: the decision protested (a "
            "penalty-petition decision, 19 CFR 171.22) cannot be protested, and the contract "
            "gives it no clock or category"
        )
    if facts["hide_entry_date"]:
        for key in ("deadline", "last_days"):
            del decision[key]
        not_scored.append(
            "deadline and last_days not scored: the entry date is not printed, so the 90- or "
            "180-day period cannot be told"
        )
    if facts["hide_liq"]:
        for key in ("deadline", "last_days", "outcome"):
            del decision[key]
        not_scored.append(
            "outcome, deadline and last_days not scored: no liquidation date is printed, so no "
            "clock can be run"
        )
    if "174.13(a)(9)" in missing and len(missing) == 1:
        not_scored.append(
            "outcome is needs_human by this corpus: the drawback declaration is a VERIFY line in "
            "customs-rules.md (its wording varies), and VERIFY cases go to a person"
        )
    args = ["--today", today.isoformat()]
    if not facts["stamped"]:
        args = ["--received", received.isoformat(), *args]
    return {"values": values, "decision": decision, "args": args, "not_scored": not_scored}


def _wrap(text: str, width: int = 74, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def _grounds(facts: dict[str, Any]) -> list[str]:
    decision = (
        "the denial of our petition for relief under 19 CFR Part 171"
        if facts["invalid"]
        else ("the " + CATEGORY_TEXT[facts["category"]] + " assessed at liquidation")
    )
    if not facts["grounds"]:
        return _wrap(f"We hereby protest {decision} and ask that the entries be reliquidated.")
    if facts["category"] == "classification":
        why = (
            "The port classified the goods under a residual provision. The articles are named eo "
            "nomine "
            "elsewhere in the tariff, and under GRI 1 and GRI 3(a) the more specific heading "
            "prevails. "
            "We ask that the entries be reliquidated at the lower rate and the excess duty "
            "refunded."
        )
    else:
        why = (
            "CBP added buying commissions and post-importation rebates to the transaction value. "
            "Buying "
            "commissions are not part of the price actually paid or payable under 19 U.S.C. "
            "1401a(b), "
            "and the rebates were not known at entry. The entered values should be restored."
        )
    return _wrap(f"Objection: {decision}. {why}")


def _drawback(facts: dict[str, Any], variant: int) -> list[str]:
    if not facts["drawback"]:
        return []
    return _wrap(
        [
            "The entries covered by this protest are not subject to a drawback claim.",
            "Drawback: none of the merchandise has been or will be claimed for drawback.",
            "We declare that the entry is not the subject of any drawback claim.",
        ][variant % 3]
    )


def _review(facts: dict[str, Any], variant: int) -> list[str]:
    if facts["further_review"]:
        return _wrap(
            [
                "Further review is requested under 19 CFR 174.24(b): the question has not been "
                "ruled on.",
                "We apply for further review (19 CFR 174.24(a)); the decision is inconsistent "
                "with ruling N312345.",
            ][variant % 2]
        )
    return []


def _ad(facts: dict[str, Any]) -> list[str]:
    if facts["accelerated"]:
        return _wrap(
            "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by "
            "certified mail, return receipt requested."
        )
    return []


def _earlier(facts: dict[str, Any], d: int) -> list[str]:
    if facts["earlier"] is None:
        return []
    number, when = facts["earlier"]
    text = (
        f"The same disposition is requested as in protest {number}, which is pending further review"
    )
    if when is not None:
        text += f" (received {fmt_date(when, d)})"
    return _wrap(text + ".")


def render(p: dict[str, Any]) -> list[Page]:
    """The pages of a protest in its style."""
    f = p["facts"]
    d = f["date_style"]
    style = p["style"]
    entries = f["entries"]

    def edate(e: dict[str, Any]) -> str:
        return "(not available)" if f["hide_entry_date"] else fmt_date(e["entry_date"], d)

    def ldate(e: dict[str, Any]) -> str:
        return "" if f["hide_liq"] else fmt_date(e["liq"], d)

    sign = ["", "Sincerely,", "", f"/s/ {f['signer']}", f["signer"], f["title"], f["name"]]
    if style == "fax":
        cover: Page = [
            "F A X   T R A N S M I S S I O N",
            None,
            [(0, "TO:"), (12, f"U.S. Customs and Border Protection, Port of {f['port_name']}")],
            [(12, "Attn: Protest and Entry Branch")],
            [(0, "FROM:"), (12, f["name"])],
            [(0, "SENT:"), (12, fmt_date(f["letter_date"], d + 1))],
            [(0, "PAGES:"), (12, "2 (including this cover)")],
            [(0, "RE:"), (12, "Protest - original follows by mail")],
            None,
            "",
            *_wrap(
                "CONFIDENTIALITY NOTICE: This facsimile is intended only for the addressee. If "
                "you received it in error, please call the sender and destroy all copies."
            ),
        ]
        body: Page = [f["name"].upper()]
        if f["address"]:
            body += [f["address"][0] + "  *  " + f["address"][1]] if False else list(f["address"])
        body += [
            None,
            fmt_date(f["letter_date"], d),
            "",
            f"Port Director, Port of {f['port_name']} (port code {f['port']})",
            "U.S. Customs and Border Protection",
            "",
            "Re:  Protest under 19 U.S.C. 1514",
        ]
        if f["importer"]:
            body.append(f"     Importer No. {f['importer']}")
        body.append("")
        body += _wrap(
            f"{f['name']} protests the liquidation of the entries below. Each entry is listed "
            f"with its date of entry and date of liquidation."
        )
        body.append("")
        for e in entries:
            text = f"Entry {e['number']}, entered {edate(e)}"
            if not f["hide_liq"]:
                text += f", liquidated {ldate(e)}"
            body += _wrap(text + ".", indent="  ")
        body.append("")
        if f["description"]:
            body.append(f"Merchandise: {f['description']}")
            body.append("")
        body += [
            *_grounds(f),
            "",
            *_drawback(f, d),
            *_review(f, d),
            *_ad(f),
            *_earlier(f, d),
            *sign,
        ]
        return [cover, body]
    if style == "grid":
        page1: Page = [
            "PROTEST - CONTINUATION FORM (broker copy)",
            None,
            [
                (0, "Port code:"),
                (14, f["port"]),
                (40, "CBP use - Protest No.:"),
                (64, f["protest_number"] or ""),
            ],
            [
                (0, "Importer no.:"),
                (14, f["importer"] or ""),
                (40, "CBP use - Date received:"),
                (65, fmt_date(f["received"], 2) if f["stamped"] else ""),
            ],
            None,
            "Name and address of protesting party:",
            "  " + f["name"],
        ]
        if f["address"]:
            page1 += ["  " + line for line in f["address"]]
        page1 += [
            None,
            [(0, "ENTRY NO."), (20, "DATE OF ENTRY"), (42, "DATE OF LIQUIDATION")],
            None,
        ]
        for e in entries:
            page1.append([(0, e["number"]), (20, edate(e)), (42, ldate(e))])
            page1.append(None)
        page1.append("")
        page1.append("Decision protested:")
        for cat, text in CATEGORY_TEXT.items():
            mark = "X" if cat == f["category"] and not f["invalid"] else " "
            page1.append(f"  [{mark}] {text.capitalize()}")
        if f["invalid"]:
            page1.append("  [X] Other: denial of petition under 19 CFR Part 171")
        page1.append("")
        if f["description"]:
            page1 += ["Description of merchandise:", "  " + f["description"], ""]
        page1.append(
            f"Accelerated disposition requested:  "
            f"{'[X] Yes  [ ] No' if f['accelerated'] else '[ ] Yes  [X] No'}"
        )
        page1.append(
            f"Further review requested:           "
            f"{'[X] Yes  [ ] No' if f['further_review'] else '[ ] Yes  [X] No'}"
        )
        page1 += [
            "",
            *_drawback(f, d + 1),
            "",
            "Statement of grounds: see rider, page 2.",
            "",
            f"Signature: /s/ {f['signer']}",
            f"Name: {f['signer']}",
            f"Title: {f['title']}",
            f"Date: {fmt_date(f['letter_date'], d)}",
        ]
        rider: Page = ["RIDER - STATEMENT OF GROUNDS", None, ""]
        rider += [*_grounds(f), "", *_review(f, d + 1), *_ad(f), *_earlier(f, d)]
        return [page1, rider]
    # letter: reference block at the top right, entries as bullets
    ref = [(46, "Our ref: PR-" + f["entries"][0]["number"][4:8])]
    page: Page = [f["name"]]
    if f["address"]:
        page += list(f["address"])
    page += ["", ref, [(46, f"Port: {f['port']} {f['port_name']}")]]
    if f["importer"]:
        page.append([(46, f"IOR No.: {f['importer']}")])
    page += [[(46, "Date: " + fmt_date(f["letter_date"], d))], "", "To the Port Director:", ""]
    page += _wrap(
        "We write to protest the following decision of your office concerning our entries:"
    )
    page.append("")
    for e in entries:
        line = f"  - {e['number']}   date of entry {edate(e)}"
        if not f["hide_liq"]:
            line += f";  liquidated {ldate(e)}"
        page.append(line)
    page.append("")
    if f["description"]:
        page += ["Description of merchandise:", "    " + f["description"], ""]
    page += [*_grounds(f), "", *_drawback(f, d + 2), *_review(f, d), *_ad(f), *_earlier(f, d)]
    page += ["", "Kind regards,", "", f["signer"], f["title"]]
    return [page]
