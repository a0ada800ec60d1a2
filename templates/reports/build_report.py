"""Build templates/reports/morning_report.docx with python-docx.

Run from the repository root: `.venv/bin/python templates/reports/build_report.py`. The .docx is
committed too; rebuild it after changing this script.
"""

from __future__ import annotations

from pathlib import Path

from tradebots.documents.layout import new_letter, para, save_template, table

HERE = Path(__file__).resolve().parent
ROW = ("{{ r.a }}", "{{ r.b }}", "{{ r.c }}", "{{ r.d }}")


def build() -> Path:
    """Write the morning report template; return its path."""
    doc = new_letter()
    para(doc, ("Morning report", "b"), size=16, after=2)
    para(doc, "Written {{ report_date }}", size=9, after=10)
    para(doc, ("Night window: ", "b"), "{{ window }} ({{ duration }})")
    para(doc, ("Items processed: ", "b"), "{{ total }}", after=4)
    table(doc, ("Bot", "Outcome", "Items", ""), "for r in processed", ROW, (1.8, 2.2, 1.0, 1.5))
    para(doc, ("Bots paused for the night", "b"), after=4)
    table(doc, ("Bot", "Why", "", ""), "for r in paused", ROW, (1.5, 4.0, 0.5, 0.5))
    para(doc, ("Pauses opened or closed overnight", "b"), after=4)
    table(doc, ("Paused", "Fault", "Opened", "Closed"), "for r in pauses", ROW,
          (1.1, 3.0, 1.2, 1.2))
    para(doc, ("Awaiting review", "b"), after=4)
    table(doc, ("Item", "Bot", "State", "Reference"), "for r in review", ROW,
          (0.7, 1.5, 1.4, 2.9))
    para(doc, ("Needs a person, or failed", "b"), after=4)
    table(doc, ("Item", "Bot", "State", "Reason"), "for r in attention", ROW,
          (0.7, 1.5, 1.2, 3.1))
    para(doc, ("Deadlines in the next 7 days", "b"), after=4)
    table(doc, ("Date", "What", "Citation", "Item"), "for r in deadlines", ROW,
          (1.1, 3.2, 1.5, 0.7))
    target = HERE / "morning_report.docx"
    save_template(doc, target, "Morning report")
    return target


if __name__ == "__main__":
    build()
