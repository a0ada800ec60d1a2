"""The office portal's pages as config/portal.toml describes them: every path and selector."""

from __future__ import annotations

from tradebots.browser.config import Paths, PortalConfig, Section, load_portal_config
from tradebots.browser.driver import Driver
from tradebots.settings import Settings


class OfficePaths(Paths):
    entry_inquiry: str
    protest_new: str
    protest_header: str
    protest_entries: str
    protest_goods: str
    protest_document: str
    protest_review: str
    protest_drafts: str
    protest_search: str
    protest: str
    protest_edit: str
    ruling_new: str
    ruling_search: str
    ruling: str
    ruling_edit: str
    penalty_open: str
    penalty: str
    penalty_edit: str
    # Search forms that are plain GETs, reached by their address: one page load, not two.
    # Left out, the bot opens the form and fills it like a person.
    entry_lookup: str | None = None  # e.g. "/entries?number={number}"
    protest_find: str | None = None  # e.g. "/protests/search?by={by}&q={q}"


class EntryInquiry(Section):
    number: str
    submit: str
    result: str
    not_found: str
    entry_number: str
    port_code: str
    port_name: str
    importer_number: str
    importer_name: str
    entry_date: str
    liquidation_date: str
    status: str


class ProtestFormSelectors(Section):
    draft_id: str
    port_code: str
    protestant_name: str
    protestant_address: str
    importer_number: str
    received_date: str
    reference: str
    header_next: str
    grid_rows: str
    grid_entry: str  # "{i}" is the 0-based row
    grid_entry_date: str
    grid_liquidation_date: str
    add_row: str
    entries_next: str
    category: str
    merchandise: str
    goods_next: str
    pdf: str
    document_next: str
    review_submit: str
    edit_submit: str


class DraftList(Section):
    """The "my drafts" page: one row per unfinished protest of the logged-in user."""

    rows: str
    id: str
    reference: str
    started: str  # UTC, "YYYY-MM-DD HH:MM:SS"
    discard: str  # "{draft}" is the draft's id


class ProtestView(Section):
    number: str
    status: str
    port_code: str
    protestant_name: str
    protestant_address: str
    importer_number: str
    received_date: str
    category: str
    merchandise: str
    reference: str
    consolidated_with: str
    entry_rows: str
    entry_number: str
    entry_date: str
    liquidation_date: str


class RecordSelectors(Section):
    file_rows: str
    file_kind: str
    file_name: str
    file_sha256: str
    document_kind: str
    document_file: str
    document_submit: str
    status_select: str
    status_submit: str


class Search(Section):
    by: str
    query: str
    submit: str
    rows: str
    number: str
    port_code: str
    importer_number: str
    protestant_name: str
    category: str
    merchandise: str
    status: str
    reference: str
    consolidated_with: str
    entries: str


class CaseFields(Section):
    """Ruling and penalty case fields; the form and the case page each give their selectors."""

    requester_name: str
    ruling_type: str
    product_description: str
    proposed_hts: str
    route: str
    party_name: str
    importer_number: str
    culpability: str
    loss_of_duties: str
    proposed_penalty: str
    entries: str
    reference: str


class CaseForm(CaseFields):
    submit: str


class CaseView(CaseFields):
    number: str
    status: str


class PenaltyOpen(Section):
    case_number: str
    submit: str


class OfficePortalConfig(PortalConfig):
    """The trade case system: entries, the protest wizard, ruling and penalty cases."""

    paths: OfficePaths
    entry: EntryInquiry
    protest_form: ProtestFormSelectors
    drafts: DraftList
    protest_view: ProtestView
    record: RecordSelectors
    search: Search
    case_form: CaseForm
    case_view: CaseView
    penalty_open: PenaltyOpen


OfficeDriver = Driver[OfficePortalConfig]


def load_office_config(settings: Settings, base_url: str | None = None) -> OfficePortalConfig:
    """The office portal deployment named by settings.portal.config_file."""
    return load_portal_config(OfficePortalConfig, settings, base_url)
