"""The own printed families (`rl`, `html`) get corpus-b truth files, so the all-folders scoring
holds the ruling requests the end-to-end tests print, not only the protests."""

from __future__ import annotations

import json
from pathlib import Path

from bench.corpus.printed_corpus import generate_rulings
from bench.corpus.rulings import plan_ruling_specs
from tests.corpus_b import figures, score, share


def test_printed_ruling_requests_are_filed_by_family_with_their_scenario_truth(
    tmp_path: Path,
) -> None:
    # The first three planned requests at the e2e seed are reportlab prints: no browser needed.
    specs = plan_ruling_specs(3, 11)
    assert {spec.producer for spec in specs} == {"reportlab"}
    written = generate_rulings(tmp_path, count=3, seed=11)
    assert [p.name for p in written] == [
        f"ruling_{n:03d}_rl_{spec.scenario.replace('_', '-')}.pdf"
        for n, spec in enumerate(specs, start=1)]
    for pdf, spec in zip(written, specs, strict=True):
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["kind"] == "ruling-request" and truth["case"] == spec.scenario
        assert truth["decision"]["outcome"] == spec.expected_outcome
    found = figures(score("ruling-request", sorted(tmp_path.glob("*.json")), at_least=3))
    assert found["confidently_wrong"] == 0 and share(found["outcomes"]) == 1.0, found["missed"]
