"""The reading bench's figures as a table a person reads at the end of a run."""

from __future__ import annotations

from typing import Any

TOP_FIELDS = 10


def _row(label: str, figure: dict[str, Any]) -> str:
    return f"  {label:<34} {figure['right']:>6} / {figure['total']:<6} {_pct(figure):>7}"


def render(report: dict[str, Any]) -> str:
    """Totals, every decision field, the top missed fields, and one line per family."""
    lines = [f"reading bench: {report['kind']}, {report['documents']} documents in "
             f"{report['folder']}"]
    if report["only_families"] or report["excluded_families"]:
        lines.append(f"  families: only {report['only_families'] or 'all'}, "
                     f"excluded {report['excluded_families'] or 'none'}")
    lines.append(f"  {'':<34} {'right':>6} / {'total':<6} {'%':>7}")
    lines.append(_row("values", report["values"]))
    lines.append(_row("outcomes", report["outcomes"]))
    lines.extend(_row(f"decision.{key}", figure)
                 for key, figure in report["decision_fields"].items())
    lines.append(_row("documents fully right", report["fully_right"]))
    lines.append(f"  {'confidently wrong outcomes':<34} {report['confidently_wrong']:>6}")
    lines.append(f"  {'sent to a person':<34} {report['sent_to_person']:>6}")
    lines.append(f"  {'reader errors':<34} {report['reader_errors']:>6}")
    missed = list(report["misses_by_field"].items())[:TOP_FIELDS]
    if missed:
        lines.append("top missed fields: " + ", ".join(f"{field} {n}" for field, n in missed))
    lines.append(f"  {'family':<10} {'docs':>5} {'values':>8} {'outcomes':>9} {'fully':>6} "
                 f"{'conf.wrong':>10} {'to person':>9} {'errors':>6}")
    for family, figures in report["families"].items():
        lines.append(f"  {family:<10} {figures['documents']:>5} "
                     f"{_pct(figures['values']):>8} {_pct(figures['outcomes']):>9} "
                     f"{figures['fully_right']['right']:>6} {figures['confidently_wrong']:>10} "
                     f"{figures['sent_to_person']:>9} {figures['reader_errors']:>6}")
    lines.append("  confidence given          values right")
    lines.extend(_row(f"  {label}", figure) for label, figure in report["calibration"].items())
    for error in report["error_files"]:
        lines.append(f"error: {error['file']}: {error['message']}")
    return "\n".join(lines)


def _pct(figure: dict[str, Any]) -> str:
    return "-" if figure["pct"] is None else f"{figure['pct']:.1f}%"
