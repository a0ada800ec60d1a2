"""Portal work without waste: few page loads per protest, one login per worker, no images."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Request

from tests.browser.conftest import ENTRIES, Deployment, protest_form

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("deployment", ["classic"],
                                                           indirect=True)]


def test_a_one_entry_protest_is_checked_and_filed_in_sixteen_page_loads(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
):
    entry = ENTRIES[40]
    form = protest_form([entry], make_pdf("economy"))
    with deployment.session(tmp_path, "item-economy") as portal:
        portal.driver.step("warm up", lambda: None)  # the login, if the worker has none yet
        before = portal.driver.navigations
        assert portal.lookup_entry(entry.entry_number) is not None
        portal.list_protests_on_entry(entry.entry_number)
        created = portal.find_or_create_protest("item-economy", form)
        loads = portal.driver.navigations - before
    assert created.outcome == "created"
    # One load per look-up and search (their GET forms reached by address, was two each),
    # the bot's own drafts (one a killed run left is resumed, not duplicated), then the wizard:
    # a new draft and five steps, each a post and the redirect it answers with.
    assert loads == 3 + 1 + 12


def test_the_next_item_of_a_worker_gets_a_new_page_and_only_the_cookies_of_the_last(
    deployment: Deployment, tmp_path: Path,
):
    with deployment.session(tmp_path / "first", "item-a") as first:
        first.lookup_entry(ENTRIES[41].entry_number)
        first_page = first.driver.page
        first_page.evaluate("localStorage.setItem('left', 'by item a')")
    with deployment.session(tmp_path / "second", "item-b") as second:
        found = second.lookup_entry(ENTRIES[42].entry_number)
        second_page = second.driver.page
        left = second_page.evaluate("localStorage.getItem('left')")
    assert found is not None
    assert second.driver.logins == 0
    assert second_page is not first_page and first_page.is_closed()
    assert left is None


def test_a_failed_item_leaves_the_next_one_a_new_context(
    deployment: Deployment, tmp_path: Path,
):
    with pytest.raises(RuntimeError), deployment.session(tmp_path / "failed", "item-e") as failed:
        failed.lookup_entry(ENTRIES[46].entry_number)
        raise RuntimeError("the bot broke")
    with deployment.session(tmp_path / "next", "item-f") as following:
        assert following.lookup_entry(ENTRIES[47].entry_number) is not None
    assert following.driver.page.context is not failed.driver.page.context
    assert (tmp_path / "failed" / "trace.zip").exists()


def test_an_item_opened_inside_another_gets_its_own_context_and_leaves_the_outer_page_open(
    deployment: Deployment, tmp_path: Path,
):
    with deployment.session(tmp_path / "outer", "item-g") as outer:
        outer.lookup_entry(ENTRIES[48].entry_number)
        with deployment.session(tmp_path / "inner", "item-h") as inner:
            assert inner.lookup_entry(ENTRIES[49].entry_number) is not None
        assert outer.lookup_entry(ENTRIES[50].entry_number) is not None
    assert inner.driver.page.context is not outer.driver.page.context
    assert inner.driver.page.is_closed() and outer.driver.page.is_closed()


def test_an_expired_kept_login_is_renewed_within_the_step(
    deployment: Deployment, tmp_path: Path,
):
    with deployment.session(tmp_path / "first", "item-c") as first:
        first.lookup_entry(ENTRIES[43].entry_number)
        first.driver.page.click("#logout-submit")  # the portal forgets the session
    with deployment.session(tmp_path / "second", "item-d") as second:
        found = second.lookup_entry(ENTRIES[44].entry_number)
    assert found is not None and found.entry_number == ENTRIES[44].entry_number
    assert second.driver.logins == 1


def test_images_and_fonts_are_not_loaded(deployment: Deployment, tmp_path: Path):
    base = deployment.portal.base_url
    with deployment.session(tmp_path, "item-img") as portal:
        portal.lookup_entry(ENTRIES[45].entry_number)
        page = portal.driver.page
        failed: list[Request] = []
        page.on("requestfailed", lambda request: failed.append(request))
        page.set_content(
            f'<style>@font-face {{ font-family: F; src: url("{base}/f.woff2"); }}'
            f' p {{ font-family: F; }}</style><p>text</p><img src="{base}/logo.png">'
        )
        page.wait_for_load_state("load")
    assert sorted(r.resource_type for r in failed) == ["font", "image"]
    assert all((r.failure or "").startswith("net::ERR_BLOCKED_BY_CLIENT") for r in failed)
