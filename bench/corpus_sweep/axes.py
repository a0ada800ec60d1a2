"""The sweep: every axis value as one variant of a baseline, plus seeded mixed documents."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.corpus_sweep.formats import CREDIT_STYLES, DATE_STYLES, ENTRY_FORMATS, MONEY_STYLES
from bench.corpus_sweep.labels import (
    LIQ_MARKS,
    PENALTY,
    PENALTY_COLUMNS,
    PROTEST,
    PROTEST_COLUMNS,
    RULING,
)
from bench.corpus_sweep.model import Spec
from bench.corpus_sweep.new_axes import (
    MIXED,
    MIXES_WITH,
    TAGGED_MIXES_WITH,
    Single,
    new_singles,
)
from bench.corpus_sweep.noise import NOISE

POSITIONS = ("tab", "leader", "above", "box", "below", "right", "table", "sidebar", "twocol")
ENTRY_STYLES = ("norules", "transposed", "bullets", "sentence", "break_repeat", "break_norepeat",
                "appendix")
SIGNATURES = ("slash", "by", "rule", "esign", "oneline", "form")
FONT_AXES = {"font-times": Spec(font="Times"), "font-courier": Spec(font="Courier"),
             "labels-upper": Spec(labels_upper=True), "values-upper": Spec(values_upper=True),
             "order-reversed": Spec(field_order="reversed"),
             "address-oneline": Spec(address_oneline=True)}
ALTERNATES = 5  # wording indexes 1..5: with the baseline, six phrasings of every label


@dataclass(frozen=True)
class Variant:
    """CASE = BASE-AXIS-VALUE; `group` keeps mixed documents to one value per axis."""

    case: str
    base: int
    spec: Spec
    group: str


@dataclass(frozen=True)
class KindAxes:
    kind: str
    bases: tuple[str, ...]
    scored_fields: tuple[str, ...]   # text fields every position is tried on
    other_fields: tuple[str, ...]    # unscored or boolean fields, a few positions each
    labels: dict[str, tuple[str, ...]]
    value_wordings: tuple[str, ...]
    parties: tuple[str, ...]
    has_entries: bool
    signatures: bool
    absent: dict[int, tuple[str, ...]]  # base index: fields it does not print


KINDS = {
    "protest": KindAxes(
        "protest", ("accept3", "noior", "late"),
        ("protest_number", "port_code", "importer_number", "protestant_name", "protestant_address",
         "category", "merchandise_description"),
        ("drawback", "accelerated", "further_review"),
        {**{k: v for k, v in PROTEST.items() if k != "received"}, **PROTEST_COLUMNS},
        ("category", "drawback", "accelerated", "further_review"),
        ("letterhead", "caption", "signature", "onbehalf", "reline", "running"), True, True,
        {1: ("importer_number",)}),
    "ruling-request": KindAxes(
        "ruling-request", ("ncsd", "hq", "nostatement"),
        ("request_date", "requester_name", "requester_address", "importer_number", "proposed_hts"),
        ("ruling_type", "product_description", "ports"),
        dict(RULING), ("ruling_type", "statement", "sample"),
        ("letterhead", "caption", "signature", "onbehalf", "reline", "running"), False, True,
        {1: ("proposed_hts", "sample", "datasheet"), 2: ("statement",)}),
    "penalty-case": KindAxes(
        "penalty-case", ("neg", "fraud-pd", "barred"),
        ("case_number", "party_name", "party_address", "importer_number", "violation_date",
         "domestic_value", "dutiable_value"),
        ("culpability", "prior_disclosure"),
        {**PENALTY, **{k: v for k, v in PENALTY_COLUMNS.items() if k != "loss"}},
        ("culpability", "prior_disclosure", "importation"),
        ("caption", "prose", "reline", "running"), True, False, {}),
}
LABEL_KEYS = {"protest": PROTEST, "ruling-request": RULING, "penalty-case": PENALTY}


def variants(kind: str, seed: int) -> list[Variant]:
    """Every single-axis variant of KIND, ten seeded mixed ones, then sweep 2's (README)."""
    axes = KINDS[kind]
    out: list[Variant] = [Variant(f"{name}-baseline", i, Spec(), "baseline")
                          for i, name in enumerate(axes.bases)]
    single: list[tuple[str, str, Spec, tuple[str, ...]]] = []  # (axis-value, group, spec, needs)
    for key in axes.scored_fields:
        for pos in POSITIONS:
            single.append((f"{key}-{pos}", "pos", Spec(positions=((key, pos),)), (key,)))
    for key in axes.other_fields:
        for pos in ("tab", "above", "box", "twocol"):
            single.append((f"{key}-{pos}", "pos", Spec(positions=((key, pos),)), (key,)))
    for key in axes.labels:
        for index in range(1, ALTERNATES + 1):
            single.append((f"{key}-label{index}", "label", Spec(wordings=((key, index),)), (key,)))
    for key in axes.value_wordings:
        for index in range(1, ALTERNATES + 1):
            single.append((f"{key}-says{index}", "says", Spec(wordings=((key + "=", index),)),
                           (key,)))
    for style in DATE_STYLES:
        if style != "long":
            single.append((f"date-{style}", "date", Spec(date_style=style), ()))
    if kind == "penalty-case":
        single += [(f"money-{m}", "money", Spec(money_style=m), ()) for m in MONEY_STYLES
                   if m != "dollar"]
        single += [(f"liq-{m}", "liq", Spec(liq_marks=m), ()) for m in LIQ_MARKS if m != "yes_no"]
        single += [(f"losscol-{c}", "loss", Spec(loss_column=c), ()) for c in CREDIT_STYLES]
    if axes.has_entries:
        styles = ENTRY_STYLES + (("form19",) if kind == "protest" else ())
        single += [(f"entries-{e}", "entries", Spec(entries=e), ()) for e in styles]
        single += [(f"entryno-{e}", "entryno", Spec(entry_format=e), ()) for e in ENTRY_FORMATS
                   if e != "dash"]
    single += [(f"party-{p}", "party", Spec(party=p), ()) for p in axes.parties]
    if axes.signatures:
        single += [(f"sign-{s}", "sign", Spec(signature=s), ()) for s in SIGNATURES]
    single += [(f"noise-{n}", "noise", Spec(noise=(n,)), ()) for n in NOISE]
    single += [(name, "look", spec, ()) for name, spec in FONT_AXES.items()]
    if kind != "penalty-case":
        single += [(f"stamp-{s}", "stamp", Spec(stamp=s), ()) for s in ("box", "recd", "form")]
    if kind == "protest":
        single.append(("tail-paragraph", "tail", Spec(positions=(("tail", "paragraph"),)), ()))
    for turn, (axis_value, group, spec, needs) in enumerate(single):
        base = _base_for(axes, turn, needs)
        out.append(Variant(f"{axes.bases[base]}-{axis_value}", base, spec, group))
    out += _mixed(axes, single, seed)
    return out + _sweep2(axes, single, seed)


def _sweep2(axes: KindAxes, old: list[tuple[str, str, Spec, tuple[str, ...]]],
            seed: int) -> list[Variant]:
    """The new axes' variants, then ten seeded documents mixing one of them with old values."""
    new = [(_base_for(axes, turn, s[3]), s)
           for turn, s in enumerate(new_singles(axes.kind, axes.has_entries, axes.parties))]
    out = [Variant(f"{axes.bases[base]}-{value}", base, spec, group)
           for base, (value, group, spec, _) in new]
    rng = random.Random(f"{axes.kind}-{seed}-sweep2")
    for number in range(1, 11):
        base, (value, _, spec, _) = rng.choice(new)
        allowed = TAGGED_MIXES_WITH if spec.tagged else MIXES_WITH
        pool = [s for s in old
                if s[1] in allowed and not set(s[3]) & set(axes.absent.get(base, ()))]
        target = rng.choice((1, 2))
        chosen = _one_per_group(rng, pool, target)
        for _, _, part, _ in chosen:
            spec = merge(spec, part)
        names = [value, *(c[0] for c in chosen)]
        out.append(Variant(f"{axes.bases[base]}-s2mixed{number}-{'+'.join(names)}", base, spec,
                           MIXED))
    return out


def _base_for(axes: KindAxes, turn: int, needs: tuple[str, ...]) -> int:
    """Round robin over the bases, skipping one that does not print a needed field."""
    for step in range(len(axes.bases)):
        base = (turn + step) % len(axes.bases)
        if not set(needs) & set(axes.absent.get(base, ())):
            return base
    raise AssertionError(needs)


def _mixed(axes: KindAxes, single: list[tuple[str, str, Spec, tuple[str, ...]]],
           seed: int) -> list[Variant]:
    """Ten documents combining 3-4 values of different axes (seeded)."""
    rng = random.Random(f"{axes.kind}-{seed}")
    out: list[Variant] = []
    for number in range(1, 11):
        base = rng.randrange(len(axes.bases))
        pool = [s for s in single if not set(s[3]) & set(axes.absent.get(base, ()))]
        target = rng.choice((3, 4))
        chosen = _one_per_group(rng, pool, target)
        spec = Spec()
        for _, _, part, _ in chosen:
            spec = merge(spec, part)
        name = "+".join(c[0] for c in chosen)
        out.append(Variant(f"{axes.bases[base]}-mixed{number}-{name}", base, spec, "mixed"))
    return out


def _one_per_group(rng: random.Random, pool: list[Single], target: int) -> list[Single]:
    """TARGET values of POOL in a seeded order, no two of one axis group."""
    chosen: list[Single] = []
    for candidate in rng.sample(pool, len(pool)):
        if candidate[1] not in {c[1] for c in chosen}:
            chosen.append(candidate)
        if len(chosen) == target:
            break
    return chosen


def merge(spec: Spec, part: Spec) -> Spec:
    """SPEC with every choice PART makes away from the baseline."""
    base = Spec()
    changes = {name: getattr(part, name) for name in part.__dataclass_fields__
               if getattr(part, name) != getattr(base, name)}
    changes["positions"] = spec.positions + part.positions
    changes["wordings"] = spec.wordings + part.wordings
    changes["noise"] = spec.noise + part.noise
    return spec.but(**changes)
