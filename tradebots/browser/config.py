"""The portal deployment the bots drive, read from config/portal.toml: URLs and selectors."""

from __future__ import annotations

import os
import tomllib

from pydantic import BaseModel, ConfigDict, ValidationError

from tradebots.errors import ConfigError
from tradebots.settings import Settings

URL_ENV = "TRADEBOTS_PORTAL_URL"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Paths(_Section):
    login: str
    entry_inquiry: str
    protest_new: str
    protest_header: str
    protest_entries: str
    protest_goods: str
    protest_document: str
    protest_review: str
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


class Common(_Section):
    error: str
    error_message: str
    confirm_ok: str
    next_page: str


class Login(_Section):
    username: str
    password: str
    submit: str


class EntryInquiry(_Section):
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


class ProtestFormSelectors(_Section):
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


class ProtestView(_Section):
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


class RecordSelectors(_Section):
    file_rows: str
    file_kind: str
    file_name: str
    file_sha256: str
    document_kind: str
    document_file: str
    document_submit: str
    status_select: str
    status_submit: str


class Search(_Section):
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


class CaseFields(_Section):
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


class PenaltyOpen(_Section):
    case_number: str
    submit: str


class PortalConfig(_Section):
    base_url: str
    paths: Paths
    common: Common
    login: Login
    entry: EntryInquiry
    protest_form: ProtestFormSelectors
    protest_view: ProtestView
    record: RecordSelectors
    search: Search
    case_form: CaseForm
    case_view: CaseView
    penalty_open: PenaltyOpen

    def url(self, path: str, **values: str) -> str:
        """The absolute URL of a configured path, with its {placeholders} filled."""
        return self.base_url.rstrip("/") + path.format(**values)


def load_portal_config(settings: Settings, base_url: str | None = None) -> PortalConfig:
    """Read settings.portal.config_file; BASE_URL, else TRADEBOTS_PORTAL_URL, overrides base_url."""
    path = settings.path(settings.portal.config_file)
    try:
        raw = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"setting portal.config_file ({path}): {exc}") from exc
    override = base_url or os.environ.get(URL_ENV)
    if override:
        raw["base_url"] = override
    try:
        return PortalConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"portal config {path}: {problems}") from exc

