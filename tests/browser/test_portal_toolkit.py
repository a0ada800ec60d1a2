"""Bots drive the portal through the toolkit, in either skin, with only the config changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from bots.portal import PenaltyForm, RulingForm
from tests.browser.conftest import ENTRIES, Deployment, protest_form
from tradebots.errors import BusinessError, LeaseLost

pytestmark = pytest.mark.browser
# The representative set runs in both skins; the rest in the classic one only, to save time.
classic_only = pytest.mark.parametrize("deployment", ["classic"], indirect=True)


def rows(deployment: Deployment, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(deployment.portal.db_path) as conn:
        return conn.execute(sql, args).fetchall()


def test_logs_in_and_looks_up_entries(deployment: Deployment, tmp_path: Path):
    liquidated = next(e for e in ENTRIES if e.liquidation_date)
    open_entry = next(e for e in ENTRIES if e.liquidation_date is None)
    with deployment.session(tmp_path) as portal:
        found = portal.lookup_entry(liquidated.entry_number)
        still_open = portal.lookup_entry(open_entry.entry_number)
        unknown = portal.lookup_entry("ABC-0000001-0")
    assert found is not None and still_open is not None
    assert (found.port_code, found.importer_number, found.importer_name) == (
        liquidated.port_code, liquidated.importer_number, liquidated.importer_name)
    assert (found.entry_date, found.liquidation_date, found.status) == (
        liquidated.entry_date, liquidated.liquidation_date, "liquidated")
    assert (still_open.liquidation_date, still_open.status) == (None, "unliquidated")
    assert unknown is None
    assert portal.driver.logins == 1


def test_a_protest_with_three_entries_and_its_pdf_is_created_then_found_again(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    form = protest_form(list(ENTRIES[10:13]), make_pdf("three entries"))
    with deployment.session(tmp_path, "item-3e") as portal:
        created = portal.find_or_create_protest("item-3e", form)
        again = portal.find_or_create_protest("item-3e", form)
        record = portal.read_protest(created.number)
    assert created.outcome == "created" and created.number.startswith(form.port_code + "-")
    assert again == (created.number, "found", {})
    assert [line[0] for line in record.entries] == [e.entry_number for e in ENTRIES[10:13]]
    assert record.entries[0][1] == ENTRIES[10].entry_date.isoformat()
    assert [(f.kind, f.name) for f in record.files] == [("protest", form.pdf_path.name)]
    assert record.reference == "item-3e"
    assert rows(deployment, "SELECT COUNT(*) FROM protests WHERE reference = 'item-3e'") == [(1,)]


@classic_only
def test_corrected_values_update_the_protest_and_say_what_changed(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    form = protest_form(list(ENTRIES[20:22]), make_pdf("before correction"))
    corrected = replace(form, protestant_name="Harbor Imports LLC", entries=form.entries[:1],
                        pdf_path=make_pdf("after correction"))
    with deployment.session(tmp_path, "item-fix") as portal:
        number = portal.find_or_create_protest("item-fix", form).number
        result = portal.find_or_create_protest("item-fix", corrected)
        record = portal.read_protest(number)
    assert result.number == number and result.outcome == "updated"
    assert result.changes["protestant_name"] == ("Harbor Imports Inc.", "Harbor Imports LLC")
    assert set(result.changes) == {"protestant_name", "entries", "protest_pdf"}
    assert record.protestant_name == "Harbor Imports LLC"
    assert [line[0] for line in record.entries] == [ENTRIES[20].entry_number]
    assert len([f for f in record.files if f.kind == "protest"]) == 2


@classic_only
def test_a_second_protest_by_the_same_party_is_refused_with_the_portals_message(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    form = protest_form([ENTRIES[30]], make_pdf("first"))
    with deployment.session(tmp_path, "item-dup") as portal:
        first = portal.find_or_create_protest("item-dup-1", form).number
        with pytest.raises(BusinessError) as refused:
            portal.find_or_create_protest("item-dup-2", replace(form, category="appraised_value"))
    assert refused.value.message == (
        f"Protest refused: importer {form.importer_number} already protested entry "
        f"{ENTRIES[30].entry_number} for this merchandise in protest {first} "
        "(19 U.S.C. 1514(c)(1))."
    )
    assert not (tmp_path / "trace.zip").exists()  # handled inside the item: not a failed step


@classic_only
def test_protests_on_an_entry_are_listed_across_pages_and_consolidated(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    entry = ENTRIES[40]
    with deployment.session(tmp_path, "item-list") as portal:
        forms = [protest_form([entry], make_pdf("party"), importer=f"2{n}-7654321")
                 for n in range(3)]
        numbers = [portal.find_or_create_protest(f"item-party-{n}", form).number
                   for n, form in enumerate(forms)]
        listed = portal.list_protests_on_entry(entry.entry_number)
    assert [row.protest_number for row in listed] == numbers  # page size 2: two pages
    assert [row.consolidated_with for row in listed] == [None, numbers[0], numbers[0]]
    assert listed[1].importer_number == "21-7654321"
    assert listed[1].merchandise_description == "Steel bolts"


@classic_only
def test_the_letter_and_the_status_are_written_once(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    form = protest_form([ENTRIES[50]], make_pdf("letter case"))
    letter = make_pdf("the acknowledgement letter")
    with deployment.session(tmp_path, "item-letter") as portal:
        number = portal.find_or_create_protest("item-letter", form).number
        uploads = [portal.upload_protest_letter(number, letter) for _ in range(2)]
        changes = [portal.set_protest_status(number, "accepted") for _ in range(2)]
        record = portal.read_protest(number)
    assert uploads == [True, False]
    assert changes == ["received", None]
    assert record.status == "accepted"
    assert [f.kind for f in record.files] == ["protest", "letter"]


def test_a_ruling_case_is_created_found_attached_and_moved(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    form = RulingForm(requester_name="Cedar Tools LLC", ruling_type="classification",
                      product_description="Cordless drill, 18 V", proposed_hts=("8467.21.0030",),
                      route="NCSD")
    with deployment.session(tmp_path, "item-ruling") as portal:
        created = portal.find_or_create_ruling_case("item-ruling", form)
        found = portal.find_or_create_ruling_case("item-ruling", form)
        updated = portal.find_or_create_ruling_case("item-ruling", replace(form, route="HQ"))
        attached = portal.attach_ruling_file(created.number, make_pdf("ruling request"), "request")
        previous = portal.set_ruling_status(created.number, "assigned")
        case = portal.read_ruling_case(created.number)
    assert created.outcome == "created" and created.number.startswith("R")
    assert found == (created.number, "found", {})
    assert updated == (created.number, "updated", {"route": ("NCSD", "HQ")})
    assert attached and previous == "received"
    assert (case.status, case.values["route"], case.reference) == ("assigned", "HQ", "item-ruling")
    assert [f.kind for f in case.files] == ["request"]


def test_a_penalty_case_is_created_when_absent_then_found_and_corrected(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    form = PenaltyForm(party_name="Granite Supply Co.", importer_number="12-3456789",
                       culpability="negligence", loss_of_duties=Decimal("1234.5"),
                       proposed_penalty=Decimal("4938"),
                       entries=(ENTRIES[60].entry_number, ENTRIES[61].entry_number))
    case = "2026-2704-000123-01"
    with deployment.session(tmp_path, "item-penalty") as portal:
        created = portal.open_penalty_case(case, "item-penalty", form)
        found = portal.open_penalty_case(case, "item-penalty", form)
        updated = portal.open_penalty_case(case, "item-penalty",
                                           replace(form, culpability="gross_negligence"))
        uploaded = portal.upload_penalty_notice(case, make_pdf("pre-penalty notice"))
        previous = portal.set_penalty_status(case, "pre_penalty_issued")
        record = portal.read_penalty_case(case)
    assert created == (case, "created", {})
    assert found == (case, "found", {})
    assert updated == (case, "updated", {"culpability": ("negligence", "gross_negligence")})
    assert uploaded and previous == "open"
    assert record.values["loss_of_duties"] == "1234.50"
    assert (record.status, [f.kind for f in record.files]) == ("pre_penalty_issued", ["notice"])


@classic_only
def test_nothing_is_written_once_the_lease_is_lost(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    def lost() -> None:
        raise LeaseLost("item 7 was taken over")

    form = protest_form([ENTRIES[70]], make_pdf("lease"))
    with pytest.raises(LeaseLost), deployment.session(tmp_path, "item-lease", guard=lost) as portal:
        portal.find_or_create_protest("item-lease", form)
    filed = rows(deployment, "SELECT COUNT(*) FROM protests WHERE reference = 'item-lease'")
    assert filed == [(0,)]
    assert rows(deployment, "SELECT COUNT(*) FROM drafts WHERE data LIKE '%item-lease%'") == [(0,)]
