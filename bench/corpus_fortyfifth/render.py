"""Two producers for a page model: Asymptote (`asy -f pdf`, labels set by pdflatex) and Perl Cairo.

A document is a list of pages; a page is a list of operations with the origin at the top left, in
points on a US-letter page: ("t", x, y, text, font, size) with font sans|serif|mono and an optional
"-b" for bold (y is the baseline), ("l", x0, y0, x1, y1, width) and ("r", x, y, w, h, width).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

Op = tuple[object, ...]
Page = list[Op]

_TEX = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "'": r"\textquotesingle{}",
    '"': r"\textquotedbl{}",
    "-": "-{}",
    "`": r"\textasciigrave{}",
    "<": r"\textless{}",
    "\u2022": r"\textbullet{}",
    ">": r"\textgreater{}",
}
_FAMILY = {"sans": r"\sffamily", "serif": r"\rmfamily", "mono": r"\ttfamily"}


def tex(text: str) -> str:
    return "".join(_TEX.get(char, char) for char in text)


def _asy_page(page: Page) -> str:
    out = [
        'settings.outformat="pdf";',
        r'texpreamble("\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{textcomp}\spaceskip=0.42em\relax");',
        "unitsize(1bp);",
        "draw((0,0)--(612,0)--(612,792)--(0,792)--cycle, invisible);",
    ]
    for op in page:
        if op[0] == "t":
            _, x, y, text, font, size = op
            name = str(font)
            style = _FAMILY[name.split("-")[0]] + (r"\bfseries" if name.endswith("-b") else "")
            # a mono line keeps every space as a control space (its columns line up); other text has
            # spaces of 0.42em (\spaceskip), wide enough for a text layer's word breaks
            space = "\\ " if name.startswith("mono") else " "
            body = space.join(tex(part) for part in str(text).split(" "))
            sel = f"\\fontsize{{{size}}}{{{size}}}\\selectfont{style} "
            # NE puts the label's box a label margin off the point: move it back onto the baseline
            ax = float(str(x)) - 2.6
            ay = 792 - float(str(y)) - 4 * float(str(size)) / 9
            out.append(f'label("{sel}{body}", ({ax:.1f},{ay:.1f}), NE, p=linewidth(0));')
        elif op[0] == "l":
            _, x0, y0, x1, y1, width = op
            out.append(
                f"draw(({x0},{792 - float(str(y0))})--({x1},{792 - float(str(y1))}), "
                f"linewidth({width}));"
            )
        elif op[0] == "r":
            _, x, y, w, h, width = op
            top = 792 - float(str(y))
            right = float(str(x)) + float(str(w))
            out.append(
                f"draw(box(({x},{top - float(str(h))}),({right},{top})), linewidth({width}));"
            )
    return "\n".join(out) + "\n"


def asy_pdf(pages: list[Page], target: Path) -> None:
    """One asy picture per page, joined with pypdf."""
    from pypdf import PdfWriter

    with tempfile.TemporaryDirectory() as tmp:
        writer = PdfWriter()
        for number, page in enumerate(pages):
            source = Path(tmp) / f"p{number}.asy"
            source.write_text(_asy_page(page))
            subprocess.run(
                ["asy", "-f", "pdf", "-o", f"p{number}", source.name],
                cwd=tmp,
                check=True,
                capture_output=True,
                timeout=120,
            )
            writer.append(str(Path(tmp) / f"p{number}.pdf"))
        writer.add_metadata({"/Producer": "Asymptote"})
        with target.open("wb") as handle:
            writer.write(handle)


_PERL = r"""
use strict; use warnings; use Cairo; use JSON::PP;
local $/; open(my $fh, '<:raw', $ARGV[0]) or die;
my $doc = JSON::PP->new->utf8->decode(<$fh>); close $fh;
my %face = (sans => 'Liberation Sans', serif => 'Liberation Serif', mono => 'Liberation Mono');
my $s = Cairo::PdfSurface->create($ARGV[1], 612, 792);
my $cr = Cairo::Context->create($s);
for my $page (@$doc) {
  for my $op (@$page) {
    my @o = @$op;
    if ($o[0] eq 't') {
      my ($fam, $b) = split /-/, $o[4];
      $cr->select_font_face($face{$fam}, 'normal', defined $b ? 'bold' : 'normal');
      $cr->set_font_size($o[5]); $cr->move_to($o[1], $o[2]); $cr->show_text($o[3]);
    } elsif ($o[0] eq 'l') {
      $cr->set_line_width($o[5]); $cr->move_to($o[1], $o[2]);
      $cr->line_to($o[3], $o[4]); $cr->stroke;
    } elsif ($o[0] eq 'r') {
      $cr->set_line_width($o[5]); $cr->rectangle($o[1], $o[2], $o[3], $o[4]); $cr->stroke;
    }
  }
  $cr->show_page;
}
$s->finish;
"""


def cairo_pdf(pages: list[Page], target: Path) -> None:
    """Perl's Cairo bindings: Cairo::PdfSurface with show_text, run by perl."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "doc.json"
        data.write_text(json.dumps(pages))
        script = Path(tmp) / "draw.pl"
        script.write_text(_PERL)
        subprocess.run(
            ["perl", str(script), str(data), str(target)],
            check=True,
            capture_output=True,
            timeout=120,
        )


PRODUCERS = {"asy": asy_pdf, "perlcairo": cairo_pdf}
