"""Lays a Doc out as a PHP FPDF script (two layout families) and runs it with php-cli."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from .doc import Doc

FPDF_PATH = "/usr/share/php/fpdf/fpdf.php"
# Family "ruled": Helvetica, boxed tables, "Page n of N - head" at the top.
# Family "plain": Times with Courier tables, rules only under the header row, head in the footer.
CLASS = """class Doc extends FPDF {
  public $head = %(head)s; public $family = %(family)s;
  function Header() {
    if ($this->family == 'ruled') {
      $this->SetFont('Helvetica', '', 8);
      $this->Cell(0, 10, 'Page ' . $this->PageNo() . ' of {nb} - ' . $this->head, 0, 1, 'R');
      $this->Ln(6);
    }
  }
  function Footer() {
    if ($this->family == 'plain') {
      $this->SetY(-40); $this->SetFont('Times', 'I', 8);
      $this->Cell(0, 10, $this->head . '    page ' . $this->PageNo(), 'T', 0, 'C');
    }
  }
}
"""


def php_str(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _body_font(family: str) -> tuple[str, int]:
    return ("Helvetica", 10) if family == "ruled" else ("Times", 11)


def _table(family: str, headers: list[str], rows: list[list[str]]) -> list[str]:
    # Columns as wide as their longest cell (Helvetica 8 pt is about 4.5 pt a character).
    longest = [max(len(row[i]) for row in [headers, *rows]) + 2 for i in range(len(headers))]
    widths = [532 * n / sum(longest) for n in longest]
    face = "Helvetica" if family == "ruled" else "Courier"
    border = "1" if family == "ruled" else "0"
    head_border = "1" if family == "ruled" else "'B'"
    out = [f"$p->SetFont('{face}', 'B', 8);"]
    for width, head in zip(widths, headers, strict=True):
        out.append(f"$p->Cell({width:.1f}, 14, {php_str(head)}, {head_border}, 0, 'L');")
    out.append("$p->Ln();")
    out.append(f"$p->SetFont('{face}', '', 8);")
    for row in rows:
        for width, cell in zip(widths, row, strict=True):
            out.append(f"$p->Cell({width:.1f}, 13, {php_str(cell)}, {border}, 0, 'L');")
        out.append("$p->Ln();")
    out.append("$p->Ln(6);")
    return out


def script(doc: Doc, family: str, out: Path) -> str:
    """The PHP source that prints `doc` to `out`."""
    face, size = _body_font(family)
    rule = "'B'" if family == "ruled" else "0"
    lines = [
        "<?php",
        f"require({php_str(FPDF_PATH)});",
        CLASS % {"head": php_str(doc.running_head), "family": php_str(family)},
        "$p = new Doc('P', 'pt', 'Letter'); $p->AliasNbPages(); $p->SetMargins(40, 40, 40);",
        "$p->SetAutoPageBreak(true, 56); $p->AddPage();",
    ]
    for block in doc.blocks:
        tag = block[0]
        if tag == "title":
            lines += [
                f"$p->SetFont('{face}', 'B', 14);",
                f"$p->MultiCell(0, 18, {php_str(block[1])}, 0, 'C');",
                "$p->Ln(4);",
            ]
        elif tag == "head":
            lines += [
                "$p->Ln(4);",
                f"$p->SetFont('{face}', 'B', {size});",
                f"$p->Cell(0, 14, {php_str(block[1])}, {rule}, 1);",
                "$p->Ln(2);",
            ]
        elif tag == "para":
            lines += [
                f"$p->SetFont('{face}', '', {size});",
                f"$p->MultiCell(0, {size + 3}, {php_str(block[1])});",
                "$p->Ln(4);",
            ]
        elif tag in ("lines", "sign"):
            lines.append(f"$p->SetFont('{face}', '', {size});")
            lines += [f"$p->Cell(0, {size + 3}, {php_str(text)}, 0, 1);" for text in block[1]]
            lines.append("$p->Ln(4);")
        elif tag == "kv":
            for label, value in block[1]:
                lines += [
                    f"$p->SetFont('{face}', 'B', {size - 1});",
                    f"$p->Cell(150, {size + 4}, {php_str(label)}, 0, 0);",
                    f"$p->SetFont('{face}', '', {size});",
                    f"$p->MultiCell(0, {size + 4}, {php_str(value)});",
                ]
            lines.append("$p->Ln(4);")
        elif tag == "table":
            lines += _table(family, block[1], block[2])
        elif tag == "stamp":
            lines += [
                "$y = $p->GetY();",
                "$p->SetXY(372, $y);",
                "$p->SetFont('Courier', 'B', 10);",
                f"$p->MultiCell(200, 13, {php_str(block[1])}, 1, 'C');",
                "$p->Ln(6);",
            ]
        elif tag == "break":
            lines.append("$p->AddPage();")
    lines.append(f"$p->Output('F', {php_str(str(out))});")
    return "\n".join(lines) + "\n"


def render(doc: Doc, family: str, out: Path) -> None:
    """Writes the PDF with php-cli; the script is kept beside nothing (a temp file)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.php"
        source.write_text(script(doc, family, out))
        subprocess.run(["php", str(source)], check=True, capture_output=True, timeout=60)
