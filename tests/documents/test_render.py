"""Rendering: autoescape always, missing variables named, template version recorded."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.documents._docs import NAMES, docx_text, flat, sample, template
from tradebots.documents.errors import DocumentError, MissingVariablesError
from tradebots.documents.render import (
    RESERVED_VARIABLES,
    render_docx,
    template_variables,
    template_version,
)


@pytest.mark.parametrize("name", NAMES)
def test_each_template_renders_its_sample(name: str, tmp_path: Path) -> None:
    context = sample(name)
    result = render_docx(template(name), context, tmp_path / f"{name}.docx")

    text = docx_text(result.path)
    assert "U.S. Customs and Border Protection" in text
    assert context["office"]["port_name"] in text
    assert context["office"]["officer_name"] in text
    assert f"Protest No. {context['protest_number']}" in text
    for entry in context["entries"]:
        assert entry["number"] in text
        assert entry["last_day"] in text
    assert "{{" not in text and "{%" not in text
    # The versions are the item's record, not the letter's: the public sees neither.
    assert result.template_version not in text and "rules" not in text


@pytest.mark.parametrize("name", NAMES)
def test_sample_gives_exactly_the_variables_the_template_reads(name: str) -> None:
    # A sample with a key the template never reads is a sample that drifted from its template.
    assert template_variables(template(name)) - RESERVED_VARIABLES == set(sample(name))


def test_template_version_is_the_sha256_prefix_of_the_file(tmp_path: Path) -> None:
    path = template("acknowledgment")
    expected = hashlib.sha256(path.read_bytes()).hexdigest()[:12]

    result = render_docx(path, sample("acknowledgment"), tmp_path / "out.docx")

    assert template_version(path) == expected
    assert result.template_version == expected
    assert result.template == path


def test_ampersand_and_angle_brackets_render_intact(tmp_path: Path) -> None:
    context = sample("acknowledgment")
    context["addressee"]["name"] = "Smith & Sons <Imports>"
    context["addressee"]["address"] = 'Dock "A" & <B>, Long Beach > Wilmington'

    result = render_docx(template("acknowledgment"), context, tmp_path / "escaped.docx")

    text = docx_text(result.path)
    assert "Smith & Sons <Imports>" in text
    assert 'Dock "A" & <B>, Long Beach > Wilmington' in text
    assert "&amp;" not in text and "&lt;" not in text


def test_missing_variables_are_named(tmp_path: Path) -> None:
    context = sample("deficiency")
    del context["amend_by"]
    del context["deficiencies"]

    with pytest.raises(MissingVariablesError) as caught:
        render_docx(template("deficiency"), context, tmp_path / "out.docx")

    assert caught.value.missing == ("amend_by", "deficiencies")
    assert "amend_by, deficiencies" in str(caught.value)
    assert "deficiency.docx" in str(caught.value)
    assert not (tmp_path / "out.docx").exists()


def test_missing_nested_value_is_an_error_not_a_blank(tmp_path: Path) -> None:
    context = sample("acknowledgment")
    del context["office"]["officer_name"]

    with pytest.raises(DocumentError, match="officer_name"):
        render_docx(template("acknowledgment"), context, tmp_path / "out.docx")


@pytest.mark.parametrize("key", sorted(RESERVED_VARIABLES))
def test_context_may_not_set_the_template_version(key: str, tmp_path: Path) -> None:
    context = {**sample("acknowledgment"), key: "forged"}

    with pytest.raises(DocumentError, match=key):
        render_docx(template("acknowledgment"), context, tmp_path / "out.docx")


def test_control_characters_are_dropped_not_written(tmp_path: Path) -> None:
    # \a and \f would become a paragraph and a page break; \x0b is not allowed in XML at all.
    context = sample("acknowledgment")
    context["addressee"]["name"] = "Pacific\x0b Rim\a Trading\f Co.\x00"

    result = render_docx(template("acknowledgment"), context, tmp_path / "out.docx")

    assert "Pacific Rim Trading Co." in docx_text(result.path)


def test_unreadable_template_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.docx"
    with pytest.raises(DocumentError, match=r"nowhere\.docx"):
        render_docx(missing, {}, tmp_path / "out.docx")


def test_render_replaces_an_existing_output_whole(tmp_path: Path) -> None:
    out = tmp_path / "letter.docx"
    out.write_bytes(b"old")

    render_docx(template("acknowledgment"), sample("acknowledgment"), out)

    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


# XML-legal text (no surrogates, no control characters): what must survive as is.
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_TEXT)
def test_any_protestant_name_renders_verbatim(name: str, tmp_path: Path) -> None:
    context = sample("untimely_premature")
    context["addressee"]["name"] = name

    result = render_docx(template("untimely_premature"), context, tmp_path / "any.docx")

    document = docx.Document(str(result.path))
    assert name in [p.text for p in document.paragraphs]
    assert flat(context["office"]["port_name"]) in flat(docx_text(result.path))
