"""What a ruling request says, by subject: facts, pending-matters statement, samples, basis."""

from __future__ import annotations

import random

from .rulings import Ruling
from .sheet import Sheet


def subject(r: Ruling) -> str:
    return {"classification": "tariff classification", "valuation": "valuation",
            "marking": "country of origin marking", "origin": "country of origin",
            "carrier": "coastwise transportation (46 U.S.C. 55102)"}[r.ruling_type]


def facts(sheet: Sheet, r: Ruling) -> list[str]:
    g = r.goods
    out = [f"The merchandise is {g[0].lower()}, imported from Vietnam and China."]
    if r.give_use:
        out.append(f"Its principal use in the United States is {g[2]}.")
    if r.ruling_type == "valuation" or r.case == "class-and-value":
        out.append("The goods are bought FOB Haiphong from an unrelated seller under a written "
                   "supply agreement; the buyer pays a separate tooling charge on the first order.")
    if r.ruling_type == "marking":
        out.append("We propose to mark the country of origin on the retail carton only, since the "
                   "article itself is too small to carry a legible mark.")
    if r.ruling_type == "origin":
        out.append("The components are made in China and assembled in Vietnam, where they are "
                   "tested and packed.")
    if r.ruling_type == "carrier":
        out = ["The vessel M/V Northern Tern was built in Norway, is under the flag of the "
               "Marshall Islands, and would be used off the coast of Louisiana on an itinerary "
               "between Port Fourchon and offshore platforms, returning each day."]
    if r.case == "reconsider-ny":
        out.append(f"We ask Headquarters to reconsider New York ruling N{r.received.year % 100}"
                   "3417, which classified identical goods elsewhere.")
    if r.pending == "cbp":
        out.append("The first shipment arrived last week and its entry is now under review by "
                   "the import specialist at the port.")
    if r.pending == "completed":
        out.append("The goods were entered last year and the entry has been liquidated; we "
                   "want to know whether the classification used was right.")
    return out


def pending(r: Ruling, rng: random.Random) -> str:
    return {
        "none": rng.choice((
            "To our knowledge the issue is not pending before any CBP office or any court, and "
            "has not been the subject of an earlier ruling request.",
            "This question is not before CBP, the Court of International Trade or any other "
            "court, and it is not one of a series of transactions.")),
        "absent": "",
        "court": "The same classification question is now before the Court of International "
                 "Trade in our action filed last spring (Court No. 24-00187).",
        "cbp": "The issue is under review at the port of entry for the first shipment.",
        "completed": "The issue is not before any court, and no protest has been filed on the "
                     "entry.",
    }[r.pending]


def samples(r: Ruling, rng: random.Random) -> str:
    if r.sample == "sent":
        return rng.choice(("A sample is enclosed; please return it when you are done.",
                           "One sample is sent under separate cover and need not be returned."))
    if r.sample == "none":
        return ""
    if r.sample == "photos":
        return "Photographs and a specification sheet are enclosed in place of a sample."
    return "A sample is available on request."


def basis(r: Ruling) -> str:
    if r.ruling_type != "classification" or not r.basis:
        return ""
    return ("GRI 1 applies: the heading text describes the goods as imported, and the "
            "Explanatory Notes to the heading confirm it.")


def confidential(r: Ruling) -> str:
    if not r.confidential:
        return ""
    what = "charter hire rates" if r.ruling_type == "carrier" else "unit prices"
    return (f"We ask that the {what} be kept confidential under 19 CFR 177.2(b)(7); they are "
            "marked [CONFIDENTIAL] and their disclosure would harm our supplier relationship.")
