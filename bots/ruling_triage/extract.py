"""Read a binding-ruling request letter (any layout) into RulingFacts, each value with evidence.

    extract_ruling(path) -> RulingExtraction        typed UnusablePdf / NotARulingRequest errors
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from bots.common.reading.packets import read_packet
from bots.common.reading.parties import address_parts_joined
from bots.common.reading.tick_boxes import DrawnBox, drawn_boxes
from bots.common.reading.unplaced import open_absences
from bots.ruling_triage.address_commas import street_parted_from_city
from bots.ruling_triage.extract_absence import ATTACHED, ELEMENTS, known_heading
from bots.ruling_triage.extract_answers import answer_rows
from bots.ruling_triage.extract_asked_goods import read_asked_goods, read_goods_to_import
from bots.ruling_triage.extract_box_column import read_box_column
from bots.ruling_triage.extract_boxes import read_boxes
from bots.ruling_triage.extract_caption_rows import pair_caption_rows
from bots.ruling_triage.extract_caption_under import join_captions_under
from bots.ruling_triage.extract_cells import pair_cells
from bots.ruling_triage.extract_code_rows import read_code_rows
from bots.ruling_triage.extract_columns import read_fact_columns
from bots.ruling_triage.extract_data_sheet import read_data_sheet, sheet_paragraphs
from bots.ruling_triage.extract_designated_models import read_designated_models
from bots.ruling_triage.extract_enclosed_sample import read_enclosed_sample
from bots.ruling_triage.extract_frame import RULING_WORDS, read_request_letter, without_cover
from bots.ruling_triage.extract_furniture import without_fax_header, without_furniture
from bots.ruling_triage.extract_goods import read_goods
from bots.ruling_triage.extract_grid import split_grid_columns
from bots.ruling_triage.extract_header import read_header
from bots.ruling_triage.extract_interview import without_interview_marks
from bots.ruling_triage.extract_issue_date import read_issue_date
from bots.ruling_triage.extract_item_heads import read_item_heads, read_named_codes
from bots.ruling_triage.extract_item_list import read_item_list
from bots.ruling_triage.extract_items import (
    count_by_numbers,
    read_classification,
    same_number_same_kind,
)
from bots.ruling_triage.extract_label_lines import split_label_lines
from bots.ruling_triage.extract_letter import read_requester
from bots.ruling_triage.extract_list_heads import split_list_heads
from bots.ruling_triage.extract_numbered_heads import split_numbered_heads
from bots.ruling_triage.extract_parties import read_parties
from bots.ruling_triage.extract_port_undecided import read_port_undecided
from bots.ruling_triage.extract_prospective import read_prospective
from bots.ruling_triage.extract_quoted import without_quoted_requirements
from bots.ruling_triage.extract_referred import read_referred_facts
from bots.ruling_triage.extract_rows import (
    read_articles_across,
    read_listed_variants,
    read_numbered_rows,
    read_repeated_description,
    read_variant_paragraphs,
)
from bots.ruling_triage.extract_running_address import read_running_address
from bots.ruling_triage.extract_signature import read_signature
from bots.ruling_triage.extract_statements import read_statements
from bots.ruling_triage.extract_subject import read_subject
from bots.ruling_triage.extract_table_cells import split_table_cells
from bots.ruling_triage.extract_text import (
    ABSENT,
    PROSE,
    Fields,
    Paragraph,
    all_sentences,
    paragraphs,
)
from bots.ruling_triage.extract_transaction import read_transaction
from bots.ruling_triage.extract_unsure import unsure_elements
from bots.ruling_triage.extract_wrapped import rejoin_wrapped
from bots.ruling_triage.model import RulingFacts
from bots.ruling_triage.name_place import without_number_after, without_place
from bots.ruling_triage.request_date_order import settle_request_date
from tradebots.errors import BusinessError
from tradebots.facts import Extracted
from tradebots.pdf import open_pdf

_FLAGS = ("pending_statement", "pending_in_court", "pending_before_cbp", "sample_provided",
          "confidential_requested", "signed")


class NotARulingRequest(BusinessError):
    """A readable PDF that is not a ruling request (no word of a ruling in it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: not a ruling request (it never mentions a ruling)",
                         code="wrong_document", data={"path": str(path)})


@dataclass(frozen=True)
class RulingExtraction:
    """What was read from one letter: the facts, every value with its evidence, the stamp."""

    sha256: str
    pages: int
    facts: RulingFacts
    fields: dict[str, Extracted]
    received_stamp: date | None

    def extras(self) -> dict[str, Any]:
        """Values read beyond the contract's (agent, prices, entry...), JSON-ready."""
        contract = set(self.facts.to_contract_json())
        return {key: _json(item.value) for key, item in sorted(self.fields.items())
                if key not in contract}


def extract_ruling(path: Path) -> RulingExtraction:
    """Read the letter at PATH; UnusablePdf for a bad file, NotARulingRequest for another kind."""
    with open_pdf(path) as document:
        packet = read_packet(document)
        drawn = drawn_boxes(document)
        printed, items = _read_items(paragraphs(document), drawn)
        if not any(RULING_WORDS.search(p.text) for p in items):
            raise NotARulingRequest(path)
        fields = Fields()
        read_header(items, fields, without_cover(items))
        read_parties(items, fields)
        letter = read_request_letter(items)
        read_requester(letter, items, fields)
        read_signature(letter, items, fields)
        read_subject(items, fields)
        read_goods(items, fields)
        read_fact_columns(items, fields)
        read_asked_goods(items, fields)
        read_classification(items, fields)
        read_port_undecided(items, fields)  # "has not yet chosen a port of entry"
        read_item_heads(items, fields)
        read_named_codes(items, fields)
        read_numbered_rows(printed, fields)
        read_articles_across(printed, fields)
        read_variant_paragraphs(items, fields)
        read_item_list(items, fields)
        read_code_rows(items, fields)
        read_listed_variants(items, fields)
        read_designated_models(items, fields)
        read_repeated_description(fields)
        read_transaction(items, fields)
        read_prospective(items, fields)  # "no shipment has yet arrived": a prospective one
        count_by_numbers(fields)
        same_number_same_kind(fields)
        # A ticked box outranks a sentence about the same thing.
        read_boxes(printed, fields, drawn)
        read_box_column(drawn, fields)
        read_statements(all_sentences(items), fields)
        read_enclosed_sample(items, fields)  # a sample listed among the enclosures only
        if sheet := sheet_paragraphs(document, packet.parts):
            read_data_sheet(_read_items(sheet, drawn)[1], items, fields)
        if (cover := packet.cover_date) is not None:  # put keeps the request's own date
            fields.put("request_date", cover.value, cover.evidence, cover.confidence)
        read_running_address(document, fields)
        read_referred_facts(items, fields)  # a fact given as shown in an enclosed paper
        read_goods_to_import(items, fields)  # the weakest cue: only where nothing else said it
        read_issue_date(items, fields)  # a head's "Prepared 20-Feb-2025", where nothing dates it
        settle_request_date(fields, "\n".join(p.text for p in items))
        unsure = unsure_elements(letter, items, fields, scanned=document.any_scanned)
        enclosed = [page for page, part in packet.parts.others.items() if part in ATTACHED]
        # Only where the layout vouches for absences: an unrecognised one leaves them open alone.
        unplaced = {element: why for element, why in open_absences(
            document, fields.items, ELEMENTS, known_heading, enclosed).items()
            if element not in unsure}
        if fields.value("signature_typed_only") and not fields.value("signed"):
            unplaced["177.2(c)"] = TYPED_NAME_ONLY
        facts = replace(_facts(fields, (*unsure, *unplaced)), unplaced=tuple(unplaced.items()))
        return RulingExtraction(document.sha256, document.page_count, facts, dict(fields.items),
                                fields.value("received_stamp"))


# Why a typed name under the closing leaves the signature open (19 CFR 177.2(c)).
TYPED_NAME_ONLY = ("a person's name is typed under the closing with no signature mark, and an "
                   "ink signature over it would be no part of the text read")


def _read_items(
    read: list[Paragraph], drawn: Sequence[DrawnBox]
) -> tuple[list[Paragraph], list[Paragraph]]:
    """The paragraphs as printed (labelled lines, table cells, answered boxes apart) and as
    items (a caption paired with its value)."""
    lines = split_label_lines(split_numbered_heads(split_list_heads(without_quoted_requirements(
        without_fax_header(without_furniture(without_interview_marks(rejoin_wrapped(read))))))))
    printed = answer_rows(split_grid_columns(split_table_cells(join_captions_under(lines))), drawn)
    return printed, pair_caption_rows(pair_cells(printed))


def _facts(fields: Fields, unsure: tuple[str, ...]) -> RulingFacts:
    value = fields.value
    if "item_count" not in fields.items and not value("items_uncounted"):
        # A letter that lists no items asks about the one product it describes; one that lists
        # items the reader could not count leaves the count unknown.
        fields.put("item_count", 1, None, ABSENT)
    _current(fields)
    _importation(fields)
    for key in _FLAGS:
        fields.flag(key)
    agent = bool(value("acting_as_agent"))
    entered = bool(value("entry_made")) or bool(value("already_imported"))
    fields.put("prospective", not entered, None, ABSENT if not entered else 0.85)
    address = street_parted_from_city(address_parts_joined(
        without_number_after(value("requester_address"))))
    return RulingFacts(
        requester_name=without_place(value("requester_name")),
        requester_address=address,
        importer_number=value("importer_number"),
        request_date=None if value("request_date_readings") else value("request_date"),
        ruling_type=value("ruling_type"),
        product_description=value("product_description"),
        proposed_hts=value("proposed_hts", ()),
        ports=value("ports", ()),
        item_count=value("item_count"),
        prospective=not entered,
        pending_statement=value("pending_statement"),
        pending_in_court=value("pending_in_court"),
        pending_before_cbp=value("pending_before_cbp"),
        sample_provided=value("sample_provided"),
        confidential_requested=value("confidential_requested"),
        signed=value("signed"),
        other_subjects=value("other_subjects", ()),
        reconsideration_requested=bool(value("reconsideration_requested")),
        reconsidered_ruling=value("reconsidered_ruling"),
        entry_made=bool(value("entry_made")),
        liquidated=value("liquidated"),
        entry_date=value("entry_date"),
        liquidation_date=value("liquidation_date"),
        transaction_description=value("transaction_description"),
        principal_use=value("principal_use"),
        component_materials=value("component_materials"),
        terms_of_sale=value("terms_of_sale"),
        parties_related=value("parties_related"),
        particular_result_requested=bool(value("particular_result_requested")),
        result_basis_given=bool(value("result_basis_given")),
        items_same_kind=value("items_same_kind"),
        acting_as_agent=agent,
        agent_authority_stated=bool(value("agent_authority_stated")),
        principal_name=without_place(value("requester_name")) if agent else None,
        principal_address=address if agent else None,
        hypothetical=bool(value("hypothetical")),
        submitted_electronically=bool(value("submitted_electronically")),
        unsure=unsure,
        requester_disputed=bool(value("requester_disputed")),
        request_date_readings=value("request_date_readings", ()),
        request_date_doubt=value("request_date_doubt"),
    )


def _current(fields: Fields) -> None:
    """A letter telling that the goods have arrived or been entered, not yet liquidated, says
    the transaction is before CBP now (contract: `pending_before_cbp`); so telling, it states
    whether the issue is pending before CBP (177.2(b)(5)), as a sentence naming the office would."""
    entered = fields.items.get("already_imported") or fields.items.get("entry_made")
    if entered is not None and not fields.value("liquidated"):
        fields.put("pending_before_cbp", True, entered.evidence, PROSE)
        fields.put("pending_statement", True, entered.evidence, PROSE)


def _importation(fields: Fields) -> None:
    """Ports of entry read say where the goods will be imported: a prospective importation, the
    transaction 177.2(b)(2)(i) itself names, though no other sentence describes it. Without
    them, goods bought on stated terms of sale ("FOB Ningbo") to sell at a U.S. selling price
    are bought abroad to be imported: the transaction, told by a weaker cue."""
    ports = fields.items.get("ports")
    if fields.value("transaction_description"):
        return
    if ports is not None and ports.value:
        stated = "importation through " + ", ".join(ports.value)
        fields.put("transaction_description", stated, ports.evidence, PROSE)
    elif (terms := fields.items.get("terms_of_sale")) is not None and (
            price := fields.value("selling_price")) is not None:
        # (the terms' cue is its first words; its evidence prints the whole term)
        said = terms.evidence.text.strip(" ;,.") if terms.evidence else str(terms.value)
        stated = f"purchase {said} for sale in the United States at ${price}"
        fields.put("transaction_description", stated, terms.evidence, PROSE - 0.1)


def _json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    return value
