"""Log lines are bound to worker and item, and never carry secrets or SSN-form numbers."""

from __future__ import annotations

import json
from pathlib import Path

from loguru import logger

from tradebots.log import mask, register_secret, setup_logging


def test_ssn_form_importer_numbers_are_masked_but_eins_are_not():
    assert mask("importer 123-45-6789 and EIN 12-3456789") == (
        "importer ***-**-6789 and EIN 12-3456789"
    )


def test_passwords_and_tokens_are_masked_in_any_common_form():
    line = "login password=hunter2 token: abc.def url postgresql://bot:s3cret@db/x"
    assert mask(line) == "login password=*** token: *** url postgresql://bot:***@db/x"


def test_json_lines_are_bound_to_worker_and_item_and_masked(tmp_path: Path):
    register_secret("portal-pass-Xy9")
    setup_logging(tmp_path, worker="w1")
    with logger.contextualize(item=42):
        logger.info("typed portal-pass-Xy9 for importer 987-65-4321")
    logger.remove()
    (line,) = (tmp_path / "tradebots.jsonl").read_text().splitlines()
    record = json.loads(line)["record"]
    assert record["message"] == "typed *** for importer ***-**-4321"
    assert record["extra"]["worker"] == "w1" and record["extra"]["item"] == 42
