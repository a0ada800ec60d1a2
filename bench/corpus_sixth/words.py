"""Phrasings and date/money styles a US sender plausibly writes (five or more per element)."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.")
ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
       "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
       "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first")


def fmt_date(d: date, style: int) -> str:
    """One of six US date styles."""
    return (f"{d:%m/%d/%Y}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{ABBR[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            d.isoformat(), f"{d.month}/{d.day}/{d.year}")[style % 6]


def date_in_words(d: date) -> str:
    """'the fifth day of March, 2025 (March 5, 2025)': words and figures, as formal letters do."""
    return f"the {ORD[d.day - 1]} day of {MONTHS[d.month - 1]}, {d.year} ({fmt_date(d, 1)})"


ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _under_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens = ONES[rest] if rest < 20 else TENS[rest // 10] + ("-" + ONES[rest % 10] if rest % 10
                                                            else "")
    return " ".join(p for p in (f"{ONES[hundreds]} hundred" if hundreds else "", tens) if p)


def dollars_in_words(v: Decimal) -> str:
    """'Four hundred fifty thousand dollars ($450,000.00)': words and figures, as checks read."""
    whole = int(v)
    thousands, rest = divmod(whole, 1000)
    said = " ".join(p for p in (f"{_under_thousand(thousands)} thousand" if thousands else "",
                                _under_thousand(rest)) if p)
    cents = int((v - whole) * 100)
    tail = f" and {cents:02d}/100" if cents else ""
    return f"{said.capitalize()}{tail} dollars (${v:,.2f})"


def fmt_money(v: Decimal, style: int) -> str:
    """$1,234.56 / 1,234.56 / USD 1,234.56 / $ 1,234.56 / 1234.56."""
    plain = f"{v:,.2f}"
    return (f"${plain}", plain, f"USD {plain}", f"$ {plain}", f"{v:.2f}")[style % 5]


def pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)


FURTHER_REVIEW = (
    "Protestant requests further review of this protest under 19 CFR 174.24(b): the decision "
    "raises a question of law not previously ruled on.",
    "Application for Further Review is hereby made; the question presented has not been the "
    "subject of a ruling (19 CFR 174.24(b)).",
    "We ask that this protest be forwarded for further review, as the liquidation is inconsistent "
    "with CBP rulings on substantially similar merchandise (19 CFR 174.24(a)).",
    "The importer applies for further review pursuant to 19 U.S.C. 1515(c) because the facts were "
    "not considered in an earlier ruling (19 CFR 174.24(c)).",
    "FURTHER REVIEW REQUESTED: yes, under 174.24(b), a question of fact never ruled on.",
)
NO_FURTHER_REVIEW = (
    "Further review is not requested at this time.",
    "No application for further review is made.",
    "Protestant does not request further review.",
    "We do not seek further review of this protest.",
    "Application for further review: none.",
)
ACCELERATED = (
    "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by certified "
    "mail.",
    "Protestant requests accelerated disposition (19 U.S.C. 1515(b)); sent by registered mail.",
    "Please treat this as a request for accelerated disposition; mailed certified, return receipt "
    "requested.",
    "REQUEST FOR ACCELERATED DISPOSITION under 174.22, by certified mail.",
    "We request accelerated disposition of this protest, which goes by registered mail.",
)
NO_ACCELERATED = (
    "Accelerated disposition is not requested.",
    "No request for accelerated disposition is made.",
    "Protestant does not seek accelerated disposition.",
    "Accelerated disposition: not requested.",
    "We are not asking for accelerated disposition.",
)
DRAWBACK_NO = (
    "The entries covered by this protest are not subject to drawback.",
    "Protestant declares that the merchandise is not the subject of a drawback claim.",
    "Drawback declaration (19 CFR 174.13(a)(9)): the entry is not subject to drawback.",
    "We confirm that none of the listed entries is subject to drawback.",
    "Is any entry subject to drawback? No.",
)
OBJECTION_HEADS = ("Grounds for Protest", "Nature of and Justification for the Objection",
                   "Basis of Protest", "Argument", "Reasons for Protest", "Statement of Claim")
SIGNOFF = ("Respectfully submitted,", "Very truly yours,", "Sincerely,", "Yours faithfully,",
           "Respectfully,")
PENDING_NONE = (
    "To the best of our knowledge, the issue is not pending before any CBP office or before the "
    "Court of International Trade, and no ruling on it has been sought before.",
    "Statement under 19 CFR 177.2(b)(5): the question is not pending before CBP or any court, and "
    "has not been the subject of an earlier ruling request.",
    "We are not aware that this issue is under consideration by any CBP office or court.",
    "Neither the requester nor, to its knowledge, any agent has a matter on this issue pending "
    "with CBP or in any court.",
    "Pending matters: none before CBP, none before a court; no earlier request has been made.",
)
PD_WORDS = ("prior disclosure under 19 CFR 162.74 was filed", "the importer made a valid prior "
            "disclosure (19 U.S.C. 1592(c)(4))", "a timely prior disclosure was received",
            "PRIOR DISCLOSURE: yes", "the violation was disclosed before any investigation began")
NO_PD_WORDS = ("no prior disclosure was made", "prior disclosure: none", "PRIOR DISCLOSURE: no",
               "the importer did not file a prior disclosure",
               "there is no prior disclosure in this case")
CULPABILITY = {
    "negligence": ("negligence", "negligent violation", "NEGLIGENCE (19 U.S.C. 1592(c)(3))",
                   "Negligent", "failure to exercise reasonable care (negligence)"),
    "gross_negligence": ("gross negligence", "grossly negligent violation",
                         "GROSS NEGLIGENCE (19 U.S.C. 1592(c)(2))", "Grossly negligent",
                         "gross negligence: wanton disregard of the facts"),
    "fraud": ("fraud", "fraudulent violation", "FRAUD (19 U.S.C. 1592(c)(1))", "Fraudulent",
              "fraud: knowing and voluntary false statements"),
}
