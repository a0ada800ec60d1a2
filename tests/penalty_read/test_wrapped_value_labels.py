"""A mail's sentences that wrap a value's label at the line's end ("Domestic value of the" over
"merchandise: $346,396.00."): the amount is the domestic value, and the label's tail on the new
line is no description of the goods; nor is "The goods were a personal importation" one."""

from __future__ import annotations

from pathlib import Path

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

MAIL = [
    "From: Thomas P. McAllister <thomas.mcallister@cbp.dhs.gov>",
    "Subject: 1592 referral - Magellan Bicycle Works LLC",
    "I am referring the following party for a penalty under 19 U.S.C. 1592. The",
    "case number in the system is 2021-1401-273163-01.",
    "  Magellan Bicycle Works LLC",
    "  77 Velo Lane",
    "  Boulder, CO 80301",
    "  Importer of record no. 93-8872714",
    "The importer knowingly declared a false classification and origin for",
    "polyester fleece pullover jackets for women on the entries listed.",
    "The violation is referred as fraud under 19 U.S.C. 1592(a). No prior",
    "disclosure was made.",
]
ENTRIES = [
    "Entries (liquidation status as of today):",
    "  Entry           Date         Status       Entered value   Duty paid   Duty owed",
    "  E1F-8498482-9   2020-05-14   open         $82990.78       $2074.77    $5394.40",
]


def test_a_value_label_wrapped_before_merchandise_gives_the_domestic_value(
        tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *MAIL,
        "Date of violation (first entry): 2020-05-14. Domestic value of the",
        "merchandise: $346396.00.",
        *ENTRIES,
    ])
    facts = extract_penalty(path).facts
    assert facts.domestic_value == 346396
    assert facts.merchandise == "polyester fleece pullover jackets for women"


def test_what_the_goods_were_as_an_importation_is_no_description(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *MAIL,
        "The goods were a personal importation, not for sale: a noncommercial importation.",
        "Domestic value: $3,955.00.",
        *ENTRIES,
    ])
    assert extract_penalty(path).facts.merchandise == "polyester fleece pullover jackets for women"
