"""Protest cases: the truth by 19 CFR 174 and the contract, and the blocks a sender prints."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.corpus_sixth import words as w
from bench.corpus_sixth.law import (
    FILERS,
    entry_number,
    grace_day,
    last_day,
    liquidation_with_weekend_last_day,
)

Block = tuple[Any, ...]
CASES = ("accept", "accept-multi", "continuation-sheets", "missing-2", "missing-5", "missing-6",
         "missing-9", "missing-7", "missing-3", "untimely", "premature", "weekend-grace",
         "holiday-grace",         "mixed", "old-90-untimely", "old-180-timely", "invalid-petition")
PARTIES = (("Harbor Lane Textiles Inc.", "410 Dock Street", "Baltimore, MD 21202", "52-4417830"),
           ("Cedar & Pine Home Goods LLC", "88 Orchard Road", "Tacoma, WA 98402", "91-2206514"),
           ("Bright Orbit Electronics Corp.", "1200 Innovation Way", "San Jose, CA 95134",
            "77-0381925"),
           ("Lee's Kitchen <Wares> LLC", "5 Canal Place", "Newark, NJ 07102", "22-3318467"),
           ("Sunridge Footwear Co.", "301 Peachtree Center Ave", "Atlanta, GA 30303",
            "58-1902273"))
PORTS = (("1303", "Baltimore"), ("3002", "Tacoma"), ("2809", "San Francisco"), ("4601", "Newark"),
         ("1704", "Atlanta"))
GOODS = (("Men's cotton knit polo shirts, style PK-210", "classification"),
         ("Stainless steel cookware sets, 10 pieces, model SS-10", "appraised_value"),
         ("Lithium-ion battery packs for e-bikes, 36 V, model EB-36", "classification"),
         ("Women's leather ankle boots, style AB-77", "classification"),
         ("Solid oak bookcases, unassembled, item OB-5", "appraised_value"))
SIGNERS = ("Dana R. Whitcombe", "Marcus T. Oyelaran", "Elena V. Sorokina", "Patrick J. Mulroney",
           "Grace Y. Nakamura")


def build(rng: random.Random, case: str, index: int) -> tuple[dict[str, Any], list[Block]]:
    """(truth, blocks) for one protest case."""
    name, street, city, ior = PARTIES[index % len(PARTIES)]
    port, port_name = PORTS[(index + 1) % len(PORTS)]
    goods, category = GOODS[(index + 2) % len(GOODS)]
    signer = SIGNERS[index % len(SIGNERS)]
    filer = FILERS[index % len(FILERS)]
    ds = index % 6
    # A broker's protest of a whole season's entries runs onto continuation sheets.
    n_entries = {"accept-multi": 3, "mixed": 3, "continuation-sheets": 28}.get(case,
                                                                               1 + index % 2)
    if case in ("weekend-grace", "holiday-grace"):
        liq = liquidation_with_weekend_last_day(rng, 2025, case == "holiday-grace")
    elif case.startswith("old"):
        liq = date(2005, 3, 1) + timedelta(days=rng.randrange(30))
    else:
        liq = date(2025, 1, 6) + timedelta(days=rng.randrange(150))
    entries: list[dict[str, Any]] = []
    for k in range(n_entries):
        if case == "old-90-untimely":
            edate = date(2004, 12, 17) - timedelta(days=k)
        elif case == "old-180-timely":
            edate = date(2004, 12, 20) + timedelta(days=k)
        else:
            edate = liq - timedelta(days=300 + (4 if n_entries > 3 else 17) * k + rng.randrange(3))
        eliq = liq + timedelta(days=14 * k) if case == "mixed" else liq
        entries.append({"entry_number": entry_number(rng, filer), "entry_date": edate,
                        "liquidation_date": eliq})
    lasts = [last_day(e["entry_date"], e["liquidation_date"]) for e in entries]
    deadline = min(lasts)
    outcome = "accept"
    received = deadline - timedelta(days=20 + rng.randrange(40))
    if case == "untimely" or case == "old-90-untimely":
        received = deadline + timedelta(days=10 + rng.randrange(20))
        outcome = "untimely"
    elif case == "old-180-timely":
        received = deadline - timedelta(days=30)  # past 90 days: timely only because of 180
        assert received > entries[0]["liquidation_date"] + timedelta(days=90)
    elif case == "premature":
        received = liq - timedelta(days=5 + rng.randrange(10))
        outcome = "premature"
    elif case in ("weekend-grace", "holiday-grace"):
        grace = grace_day(deadline)
        assert grace is not None
        received = grace
        outcome = "needs_human"
    elif case == "mixed":
        received = lasts[0] + timedelta(days=3)  # first entry late, later ones on time
        assert lasts[0] < received <= lasts[1]
        outcome = "needs_human"
    elif case == "invalid-petition":
        outcome = "invalid"
    missing: list[str] = []
    if case.startswith("missing-"):
        missing = [f"174.13(a)({case.split('-')[1]})"]
        outcome = "deficient"
    further = index % 3 != 0
    accel = index % 4 == 1
    not_scored: list[str] = []
    values: dict[str, Any] = {
        "protest_number": None, "port_code": port, "received_date": received.isoformat(),
        "importer_number": None if case == "missing-2" else ior, "protestant_name": name,
        "protestant_address": f"{street}, {city}",
        "entries": [{"entry_number": e["entry_number"],
                     "entry_date": None if case == "missing-3" else e["entry_date"].isoformat(),
                     "liquidation_date": e["liquidation_date"].isoformat()} for e in entries],
        "category": category,
        "merchandise_description": None if case == "missing-5" else goods,
        "accelerated_disposition": accel, "further_review_requested": further,
        "signer_name": signer}
    decision: dict[str, Any] = {
        "outcome": outcome, "deadline": deadline.isoformat(),
        "last_days": {e["entry_number"]: d.isoformat()
                      for e, d in zip(entries, lasts, strict=True)},
        "missing": missing}
    if case == "missing-9":
        del decision["outcome"]
        not_scored.append("outcome: the only open point is a missing 174.13(a)(9) drawback "
                          "declaration, a VERIFY line in the rules")
    if case == "missing-6":
        del values["category"]
        not_scored.append("category: with no objection stated, only a heading hints at the "
                          "decision protested")
    if case == "missing-3":
        del decision["deadline"], decision["last_days"]
        not_scored.append("deadline/last_days: no entry date is printed, so 90 vs 180 days "
                          "(174.12(e)) is not settled by the document")
    if case == "invalid-petition":
        del decision["deadline"], decision["last_days"]
        del values["category"], values["entries"], decision["missing"]
        not_scored.append("deadline/last_days and entries' dates: a penalty-petition decision "
                          "(171.22) cannot be protested; the contract gives it no clock")
        not_scored.append("category and missing: a petition decision is none of the contract's "
                          "categories, and the 174.13 items of a protest that cannot lie are moot")
    truth = {"kind": "protest", "case": case,
             "args": ["--received", received.isoformat(), "--today",
                      (max(received, liq) + timedelta(days=7)).isoformat()],
             "values": values, "decision": decision, "not_scored": not_scored}
    blocks = _blocks(rng, case, index, entries, values, ds, port_name, accel, further)
    return truth, blocks


def _blocks(rng: random.Random, case: str, index: int, entries: list[dict[str, Any]],
            v: dict[str, Any], ds: int, port_name: str, accel: bool,
            further: bool) -> list[Block]:
    letter_date = date.fromisoformat(v["received_date"]) - timedelta(days=3)
    head = ("letterhead", v["protestant_name"], v["protestant_address"].split(", ", 1))
    b: list[Block] = [head, ("date", w.fmt_date(letter_date, ds + 1)),
                      ("address", ["U.S. Customs and Border Protection",
                                   f"Port of {port_name} (Port Code {v['port_code']})",
                                   "Attn: Protests and Entry Branch"])]
    intro = w.pick(rng, (
        "PROTEST under 19 U.S.C. 1514 and 19 CFR Part 174",
        "Re: Protest of liquidation, 19 U.S.C. 1514",
        "SUBJECT: Protest and Application for Further Review",
        "Protest filed pursuant to 19 CFR 174.11",
        "RE: Protest against CBP decision"))
    b.append(("h", intro))
    who = w.pick(rng, ("Protestant", "Importer of record", "Name of protesting party",
                       "Protesting party", "Importer"))
    b.append(("kv", [(who, v["protestant_name"]),
                     ("Address", v["protestant_address"])]
              + ([] if case == "missing-2" else
                 [(w.pick(rng, ("Importer No.", "IOR Number", "Importer number",
                                "Importer of Record No.", "IRS/EIN No.")),
                   v["importer_number"])])
              + [("Port code", v["port_code"])]))
    if case == "invalid-petition":
        b.append(("p", "This protest is made against the decision of the Fines, Penalties and "
                  "Forfeitures Officer on our petition for relief under 19 CFR 171, dated "
                  f"{w.fmt_date(letter_date - timedelta(days=40), ds)}, in penalty case "
                  f"2025-{v['port_code']}-{rng.randrange(10**6):06d}-01, concerning entry "
                  f"{entries[0]['entry_number']}."))
    else:
        rows = [[e["entry_number"],
                 "" if case == "missing-3" else w.fmt_date(e["entry_date"], ds),
                 w.fmt_date(e["liquidation_date"], ds)] for e in entries]
        heads = w.pick(rng, ("Entry No.|Date of Entry|Date of Liquidation",
                             "Entry Number|Entry Date|Liquidation Date",
                             "Entry #|Entered|Liquidated",
                             "Entry|Date of entry|Liquidated on",
                             "ENTRY NO.|DATE OF ENTRY|DATE OF LIQUIDATION")).split("|")
        if case == "missing-3":
            rows = [[r[0], r[2]] for r in rows]
            heads = [heads[0], heads[2]]
        b.append(("table", heads, rows))
    if case != "missing-5":
        label = w.pick(rng, ("Merchandise", "Description of merchandise", "Commodity",
                             "Goods protested", "Specific description of merchandise"))
        b.append(("kv", [(label, v["merchandise_description"])]))
    if case == "invalid-petition":
        b.append(("h", w.pick(rng, w.OBJECTION_HEADS)))
        b.append(("p", "Protestant objects to the denial of its petition: the mitigation "
                  "guidelines call for a lower amount, and the officer gave no weight to its "
                  "prior good record. Protestant asks that the penalty be cancelled."))
    elif case != "missing-6":
        decision = {"classification": "the classification and rate of duty",
                    "appraised_value": "the appraised value"}[str(v["category"])]
        b.append(("h", w.pick(rng, w.OBJECTION_HEADS)))
        b.append(("p", f"Protestant objects to {decision} assessed at liquidation. CBP "
                  "liquidated the entries at a rate and value the facts do not support; the goods "
                  "are properly classified and appraised as entered, for the reasons in the "
                  "attached invoices and mill certificates. Protestant claims a refund of the "
                  "excess duties with interest as provided by law."))
    if case == "missing-7":
        b.append(("p", "Protestant asks for the same disposition as in its earlier protest "
                  f"No. {v['port_code']}-25-{rng.randrange(10**6):06d}, on which further review "
                  "is pending."))
    if case != "missing-9":
        b.append(("p", w.pick(rng, w.DRAWBACK_NO)))
    b.append(("p", w.pick(rng, w.FURTHER_REVIEW if further else w.NO_FURTHER_REVIEW)))
    b.append(("p", w.pick(rng, w.ACCELERATED if accel else w.NO_ACCELERATED)))
    b.append(("sig", w.pick(rng, w.SIGNOFF), v["signer_name"],
              w.pick(rng, ("President", "Director, Trade Compliance", "Customs Manager",
                           "Chief Financial Officer", "Import Compliance Lead"))))
    return b
