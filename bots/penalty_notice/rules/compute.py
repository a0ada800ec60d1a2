"""The money figures of a 1592 case (customs-rules.md section 3), exact, each with its explanation.

Arithmetic is exact `Decimal` throughout; a figure keeps its exact value and is rounded to the cent
(ROUND_HALF_UP) only where it is reported, so that no intermediate rounding can move a cap or a
range end by a cent. Every explanation begins with the law it applies: it is shown on the review
page and quoted in the notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from bots.penalty_notice.model import Culpability, PenaltyEntry, cents, usd

CITE_LOD = "19 CFR 162.71(a)"
CITE_MAX: dict[tuple[Culpability, bool], str] = {
    # (culpability, there is a loss of duties) -> the paragraph of 1592(c) that sets the maximum
    ("fraud", True): "19 U.S.C. 1592(c)(1); 19 CFR 162.73",
    ("fraud", False): "19 U.S.C. 1592(c)(1); 19 CFR 162.73",
    ("gross_negligence", True): "19 U.S.C. 1592(c)(2)(A); 19 CFR 162.73",
    ("gross_negligence", False): "19 U.S.C. 1592(c)(2)(B); 19 CFR 162.73",
    ("negligence", True): "19 U.S.C. 1592(c)(3)(A); 19 CFR 162.73",
    ("negligence", False): "19 U.S.C. 1592(c)(3)(B); 19 CFR 162.73",
}
CITE_PD_FRAUD = "19 U.S.C. 1592(c)(4)(A)"
CITE_PD_OTHER = "19 U.S.C. 1592(c)(4)(B)"
CITE_RANGE = "19 CFR Part 171 App. B (F)(2)"
CITE_PROPOSED = "19 CFR Part 171 App. B (E)(1)(b)"

_WORDS: dict[Culpability, str] = {
    "fraud": "fraud",
    "gross_negligence": "gross negligence",
    "negligence": "negligence",
}
# 1592(c)(2)-(3): multiple of the loss of duties, or share of dutiable value without one.
_MAX_RATE: dict[Culpability, tuple[Decimal, Decimal]] = {
    "gross_negligence": (Decimal(4), Decimal("0.40")),
    "negligence": (Decimal(2), Decimal("0.20")),
}
# App. B (F)(2): (low, high) multiples of the loss of duties, and shares of dutiable value.
_RANGE_LOD: dict[Culpability, tuple[Decimal, Decimal]] = {
    "fraud": (Decimal(5), Decimal(8)),
    "gross_negligence": (Decimal("2.5"), Decimal(4)),
    "negligence": (Decimal("0.5"), Decimal(2)),
}
_RANGE_DUTIABLE: dict[Culpability, tuple[Decimal, Decimal]] = {
    "fraud": (Decimal("0.50"), Decimal("0.80")),
    "gross_negligence": (Decimal("0.25"), Decimal("0.40")),
    "negligence": (Decimal("0.05"), Decimal("0.20")),
}
_PD_FRAUD_DUTIABLE = Decimal("0.10")
_TIMES = {Decimal(2): "twice", Decimal(4): "four times"}


@dataclass(frozen=True)
class Figure:
    """One amount, exact, with the citation, the sentence that explains it on the review page,
    and the same in plain words for a notice to the public (no shorthand, no citation)."""

    exact: Decimal
    citation: str
    explanation: str
    plain: str = ""

    @property
    def amount(self) -> Decimal:
        return cents(self.exact)


@dataclass(frozen=True)
class Loss:
    """Loss of duties, exact: actual on liquidated entries, potential on the others."""

    actual: Decimal
    potential: Decimal
    per_entry: tuple[Decimal, ...]
    citation: str
    explanation: str
    plain: str = ""

    @property
    def total(self) -> Decimal:
        return self.actual + self.potential


@dataclass(frozen=True)
class Range:
    """A guideline range, exact ends, with its explanation."""

    low: Decimal
    high: Decimal
    citation: str
    explanation: str


@dataclass(frozen=True)
class InterestDue:
    """A (gross) negligence disclosure with an actual loss: interest a person must compute."""

    actual: Decimal
    citation: str
    explanation: str


def entry_loss(entry: PenaltyEntry) -> Decimal:
    """Duty owed minus duty paid on one entry, never below zero; both figures must be given."""
    if entry.duty_owed is None or entry.duty_paid is None:
        raise ValueError(f"entry {entry.entry_number}: duty owed and duty paid are both needed")
    # An overpayment on one entry does not offset a loss on another: each is floored at zero.
    return max(entry.duty_owed - entry.duty_paid, Decimal(0))


def loss_of_duties(entries: Sequence[PenaltyEntry]) -> Loss:
    """Actual, potential and total loss of duties over the entries (162.71(a))."""
    per_entry = tuple(entry_loss(entry) for entry in entries)
    actual = sum(
        (loss for e, loss in zip(entries, per_entry, strict=True) if e.liquidated), Decimal(0)
    )
    potential = sum(per_entry, Decimal(0)) - actual
    explanation = (
        f"{CITE_LOD}: duty owed minus duty paid per entry, never below zero: actual "
        f"{usd(actual)} (liquidated entries) + potential {usd(potential)} "
        f"= {usd(actual + potential)}"
    )
    plain = (
        f"duty owed minus duty paid on each entry, never below zero: {usd(actual)} actual loss "
        f"(liquidated entries) and {usd(potential)} potential loss (unliquidated entries)"
    )
    return Loss(actual, potential, per_entry, CITE_LOD, explanation, plain)


def statutory_maximum(
    culpability: Culpability,
    lod: Decimal,
    domestic_value: Decimal,
    dutiable_value: Decimal | None,
) -> Figure:
    """The 1592(c)(1)-(3) maximum for the culpability, capped at the domestic value.

    `dutiable_value` is needed only when there is no loss of duties (ValueError otherwise).
    """
    citation = CITE_MAX[(culpability, lod > 0)]
    head = f"{citation.split(';')[0]}: {_WORDS[culpability]}"
    if culpability == "fraud":
        return Figure(domestic_value, citation, f"{head}, the domestic value {usd(domestic_value)}",
                      f"for fraud, the domestic value of the merchandise, {usd(domestic_value)}")
    multiple, share = _MAX_RATE[culpability]
    if lod > 0:
        raw, basis = multiple * lod, f"{multiple} x LOD {usd(lod)}"
        words = f"{_TIMES[multiple]} the loss of duties of {usd(lod)}"
    else:
        dutiable = _need_dutiable(dutiable_value)
        raw, basis = (
            share * dutiable,
            f"no loss of duties, {_pct(share)} of dutiable value {usd(dutiable)}",
        )
        words = f"with no loss of duties, {_pct(share)} of the dutiable value of {usd(dutiable)}"
    amount = min(raw, domestic_value)
    cap = f", limited to the domestic value of {usd(domestic_value)}" \
        if raw > domestic_value else ""
    return Figure(
        amount, citation, f"{head}, {basis} = {usd(raw)}, {_against_dv(raw, domestic_value)}",
        f"for {_WORDS[culpability]}, {words}: {usd(raw)}{cap}",
    )


def prior_disclosure_amount(
    culpability: Culpability, lod: Loss, dutiable_value: Decimal | None
) -> Figure | InterestDue:
    """The 1592(c)(4) maximum after a prior disclosure, or the interest a person must compute.

    Fraud: 1 x LOD, or 10% of dutiable value with no loss. Gross negligence and negligence: interest
    on the actual loss only, so 0 when the loss is only potential or there is none.
    """
    words = f"{_WORDS[culpability]} with prior disclosure"
    if culpability == "fraud":
        if lod.total > 0:
            return Figure(
                lod.total,
                CITE_PD_FRAUD,
                f"{CITE_PD_FRAUD}: {words}, 1 x LOD {usd(lod.total)} = {usd(lod.total)}",
                f"for fraud with a prior disclosure, the loss of duties, {usd(lod.total)}",
            )
        dutiable = _need_dutiable(dutiable_value)
        raw = _PD_FRAUD_DUTIABLE * dutiable
        return Figure(
            raw,
            CITE_PD_FRAUD,
            f"{CITE_PD_FRAUD}: {words}, no loss of duties, {_pct(_PD_FRAUD_DUTIABLE)} of dutiable "
            f"value {usd(dutiable)} = {usd(raw)}",
            f"for fraud with a prior disclosure and no loss of duties, "
            f"{_pct(_PD_FRAUD_DUTIABLE)} of the dutiable value of {usd(dutiable)}: {usd(raw)}",
        )
    if lod.actual > 0:
        return InterestDue(
            lod.actual,
            CITE_PD_OTHER,
            f"{CITE_PD_OTHER}: {words}, interest on the actual loss {usd(lod.actual)} from "
            "liquidation to tender: a person computes it",
        )
    why = (
        f"the loss {usd(lod.potential)} is only potential"
        if lod.potential > 0
        else "there is no loss of duties"
    )
    return Figure(Decimal(0), CITE_PD_OTHER, f"{CITE_PD_OTHER}: {words}, {why}: $0.00",
                  f"for {words.replace(' with prior', ' with a prior')}, no penalty, as {why}")


def guideline_range(
    culpability: Culpability,
    lod: Decimal,
    domestic_value: Decimal,
    dutiable_value: Decimal | None,
) -> Range:
    """App. B (F)(2) range for the culpability, each end capped at the domestic value."""
    head = f"{CITE_RANGE}: {_WORDS[culpability]}"
    if lod > 0:
        low_rate, high_rate = _RANGE_LOD[culpability]
        basis = f"{low_rate}-{high_rate} x LOD {usd(lod)}"
        raw_low, raw_high = low_rate * lod, high_rate * lod
    else:
        dutiable = _need_dutiable(dutiable_value)
        low_rate, high_rate = _RANGE_DUTIABLE[culpability]
        basis = (
            f"no loss of duties, {_pct(low_rate, sign=False)}-{_pct(high_rate)} of dutiable value "
            f"{usd(dutiable)}"
        )
        raw_low, raw_high = low_rate * dutiable, high_rate * dutiable
    low, high = min(raw_low, domestic_value), min(raw_high, domestic_value)
    explanation = f"{head}, {basis} = {usd(raw_low)}-{usd(raw_high)}"
    if raw_high > domestic_value:
        ends = "both ends" if raw_low > domestic_value else "the high end"
        explanation += f", {ends} capped at the domestic value {usd(domestic_value)}"
    return Range(low, high, CITE_RANGE, explanation)


def proposed_penalty(
    culpability: Culpability,
    maximum: Figure,
    prior_disclosure: Figure | InterestDue | None,
) -> Figure | None:
    """The pre-penalty proposal of App. B (E)(1)(b); None when a person must compute interest.

    Without a disclosure: the statutory maximum (for fraud, the domestic value). With one: the
    1592(c)(4) amount.
    """
    words = _WORDS[culpability]
    if isinstance(prior_disclosure, InterestDue):
        return None
    if prior_disclosure is not None:
        return Figure(
            prior_disclosure.exact,
            CITE_PROPOSED,
            f"{CITE_PROPOSED}: {words} with prior disclosure, the 1592(c)(4) amount "
            f"{usd(prior_disclosure.exact)}",
            f"the most the law allows after your prior disclosure, {usd(prior_disclosure.exact)}",
        )
    what = "the domestic value" if culpability == "fraud" else "the statutory maximum"
    plain = "the domestic value of the merchandise" if culpability == "fraud" \
        else "the most the law allows"
    return Figure(
        maximum.exact, CITE_PROPOSED, f"{CITE_PROPOSED}: {words}, {what} {usd(maximum.exact)}",
        f"for {words}, {plain}, {usd(maximum.exact)}",
    )


def _need_dutiable(dutiable_value: Decimal | None) -> Decimal:
    if dutiable_value is None:
        raise ValueError("with no loss of duties the dutiable value is needed")
    return dutiable_value


def _pct(share: Decimal, *, sign: bool = True) -> str:
    # 0.05 -> "5%"; normalize() drops the trailing zeros that quantized rates carry.
    number = f"{(share * 100).normalize():f}"
    return f"{number}%" if sign else number


def _against_dv(raw: Decimal, domestic_value: Decimal) -> str:
    if raw > domestic_value:
        return f"capped at the domestic value {usd(domestic_value)}"
    if raw == domestic_value:
        return f"equal to the domestic value {usd(domestic_value)}"
    return f"below the domestic value {usd(domestic_value)}"
