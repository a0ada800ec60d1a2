# Two commands do all the set-up: `make run` and `make test`. Both are safe to run again.
# `make test-fast` runs only the tier that needs no chromium, PostgreSQL or LibreOffice and
# starts no extra processes: pure rules and extraction on stored PDFs, on both cores.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# python3-uno: the system Python bindings unoserver (the letters' converter) runs LibreOffice with.
# ghostscript: ps2pdf, the producer of bench/corpus_other's `gs` family (issue 13).
# libpango-1.0-0, libpangoft2-1.0-0: WeasyPrint, bench/corpus_fourth's `weasy` family (issue 13).
# libreoffice-calc-nogui: Calc worksheets printed to PDF, bench/corpus_fifth's `calc` family (issue 13).
# abiword: prints bench/corpus_tenth's .abw documents headless (`abiword --to=pdf`).
# groff: the -ms macros and gropdf that print bench/corpus_third's groff family (groff-base has neither).
# libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0: what PySide6's Qt libraries link against,
# for bench/corpus_eleventh's `qt` family (offscreen; no display server is needed).
APT_PACKAGES := chromium poppler-utils wkhtmltopdf libreoffice-writer-nogui libreoffice-calc-nogui python3-uno postgresql-15 fonts-dejavu-core ghostscript groff librsvg2-bin abiword \
  libpango-1.0-0 libpangoft2-1.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0
# texlive-latex-base: pdflatex, bench/corpus_eleventh's `latex` family (issue 13); installed without
# its recommends (lmodern, dvisvgm), which the corpus does not need.
# fop (Apache FOP) and libreoffice-draw-nogui (LibreOffice Draw, for .fodg drawings): the `fop` and
# `lodraw` families of bench/corpus_thirteenth (issue 13); neither needs its recommends.
# ruby-asciidoctor-pdf: asciidoctor-pdf (Prawn), bench/corpus_twelfth's `asciidoc` family; gnumeric:
# ssconvert prints its worksheets, the `gnumeric` family (issue 13). Both work without recommends.
# libreoffice-impress-nogui: prints bench/corpus_sixteenth's flat ODF presentations (.fodp), the
# `impress` family; nodejs + npm run its `jspdf` family (jsPDF, installed by `npm ci` in js/).
# libpdfbox2-java + openjdk-17-jdk-headless: Apache PDFBox 2 and javac, which compiles the form printer
# of bench/corpus_fifteenth's `pdfbox` family at generation time; pandoc + context: its `pandoc` family,
# Markdown printed through ConTeXt (not pdflatex). All four work without recommends (context: 30 s here).
# tesseract-ocr (with its recommended English data): makes the scanned PDFs of bench/corpus_fourteenth's
# `ocr` family (page image plus OCR text layer, issue 13); its `pdfmake` family runs on node (npm ci).
APT_PACKAGES += tesseract-ocr
# inkscape (SVG forms printed with --export-type=pdf) and texlive-xetex (XeLaTeX with fontspec) with
# fonts-liberation: bench/corpus_seventeenth's two families (issue 13); both work without recommends
# (52 s to install the two here).
# php-cli + php-tcpdf (PHP's TCPDF) and ruby-prawn + ruby-prawn-table (Ruby's Prawn): bench/corpus_eighteenth's
# `tcpdf` and `prawn` families (issue 13); all four work without recommends (php-cli + php-tcpdf: 13 s here).
# libpdf-api2-perl: Perl's PDF::API2, the `pdfapi2` family of bench/corpus_nineteenth (its `pdflib` family
# is pdf-lib on node, from `npm ci`); works without its recommends (the XS and libpng add-ons), 1 s here.
# texlive-luatex (lualatex; fontspec, KOMA-Script and tabularray come with texlive-xetex's
# dependencies) and ocrmypdf (OCR text layers on faxed pages; it runs tesseract-ocr):
# bench/corpus_twentieth's `lualatex` and `fax` families (issue 13). Both work without
# recommends (41 s to install the two here); pages are rasterized by poppler-utils' pdftoppm.
# libitext5-java (iText 5, compiled against with openjdk-17-jdk-headless's javac) and libhpdf-dev (libharu,
# compiled against with gcc and libc6-dev): the `itext` and `hpdf` families of bench/corpus_twentyfirst,
# whose Java and C printers are compiled at generation time (issue 13). Neither has recommends; 10 s to
# install the two here (about 3 MB of packages, downloaded and set up).
# golang-go + golang-github-jung-kurt-gofpdf-dev: the Go printer of bench/corpus_twentysecond's `gofpdf`
# family, built offline from GOPATH=/usr/share/gocode at generation time; its `dvipdfmx` family is
# texlive-latex-base's latex + dvipdfmx (issue 13). Both work without recommends (13 s to install here).
# mupdf-tools (`mutool convert`, MuPDF's own XHTML layout engine) and libpodofo-dev + g++ (a C++ PoDoFo
# printer compiled at generation time): the `mupdf` and `podofo` families of bench/corpus_twentythird
# (issue 13). Both work without recommends; 10 s to install the two here (7 packages, libboost-dev included).
# libpdf-create-perl (Perl's PDF::Create) and cups-filters (the CUPS texttopdf filter, run without CUPS or a
# PPD): the `pdfcreate` and `texttopdf` families of bench/corpus_twentyfourth (issue 13). Both work without
# recommends; about 10 s to install the two here (12 packages, poppler's C++ library included).
# bench/corpus_twentysixth needs no apt package: Basser Lout and SILE, the producers first asked for, are
# not in Debian bookworm, so its layouts are drawn with pydyf, a pip dev dependency (issue 13).
# php-fpdf (PHP's FPDF, run by php-cli) and mandoc (`mandoc -Tpdf` on man(7) sources): the `fpdfphp` and
# `mandoc` families of bench/corpus_twentyseventh (issue 13). Both work without recommends; 8 s to install
# the two here.
APT_NO_RECOMMENDS := texlive-latex-base fop libreoffice-draw-nogui ruby-asciidoctor-pdf gnumeric \
  libreoffice-impress-nogui libpdfbox2-java openjdk-17-jdk-headless pandoc context \
  inkscape texlive-xetex fonts-liberation php-cli php-tcpdf ruby-prawn ruby-prawn-table libpdf-api2-perl \
  texlive-luatex ocrmypdf libitext5-java libhpdf-dev gcc libc6-dev \
  golang-go golang-github-jung-kurt-gofpdf-dev mupdf-tools libpodofo-dev g++ \
  libpdf-create-perl cups-filters php-fpdf mandoc
# php-dompdf (PHP's dompdf, HTML+CSS on base-14 fonts; php-cli is above) and scribus driven headless by its
# Python scripter under xvfb-run (xvfb, xauth): the `dompdf` and `scribus` families of
# bench/corpus_twentyfifth (issue 13). All work without recommends; 24 s to install the four here.
APT_NO_RECOMMENDS += php-dompdf scribus xvfb xauth
# enscript (plain text set in Courier as PostScript, made PDF by ghostscript's ps2pdf, above) and
# libpdf-builder-perl (Perl's PDF::Builder, run by perl): the `enscript` and `pdfbuilder` families of
# bench/corpus_twentyninth (issue 13). Both work without recommends.
APT_NO_RECOMMENDS += enscript libpdf-builder-perl
# a2ps (GNU a2ps: text to PostScript with its own page headers; ghostscript's ps2pdf, above, makes the
# PDF): bench/corpus_thirtieth's `a2ps` family; its `cairo` family is cairocffi, a pip dev dependency
# (issue 13). Works without recommends.
APT_NO_RECOMMENDS += a2ps
# pango1.0-tools (pango-view: Pango markup laid out by Pango and written as PDF through cairo, fonts from
# fonts-dejavu-core and fonts-liberation above) and html2ps (the Perl HTML-to-PostScript printer; ghostscript's
# ps2pdf, above, makes the PDF): the `pango` and `html2ps` families of bench/corpus_thirtyfirst (issue 13).
# Both work without recommends.
APT_NO_RECOMMENDS += pango1.0-tools html2ps
# libtext-pdf-perl (Martin Hosken's Text::PDF, a low-level PDF writer on the base-14 fonts, run by perl):
# bench/corpus_thirtysecond's `textpdf` family; its `ps` family is a hand-written PostScript program made
# PDF by ghostscript's ps2pdf (above) (issue 13). Works without recommends; 2 s to install here.
APT_NO_RECOMMENDS += libtext-pdf-perl
# bench/corpus_thirtythird needs no new apt package: its `pdftex` family is plain TeX run by pdftex from
# texlive-latex-base (above), and its `pdfkit` family is PDFKit on node (nodejs, npm: the npm target, below).
# libgxps-utils (xpstopdf: an XPS package, the fixed pages a Windows XPS writer prints, rendered to PDF by
# libgxps and cairo, fonts from fonts-liberation and fonts-dejavu-core above): bench/corpus_thirtyfourth's
# `xps` family; its `gslp` family is ghostscript's own text printer (gslp.ps, ghostscript above). paps, the
# producer first asked for, draws its glyphs as outlines, which leaves the PDF without a text layer.
# Works without recommends.
APT_NO_RECOMMENDS += libgxps-utils
# tex-gyre (TeX Gyre Heros, Termes and Cursor as Type 1 fonts with AFM metrics): bench/corpus_thirtyfifth's
# `pyx` family sets its pages with them through PyX (a pip dev dependency); its `react` family is
# @react-pdf/renderer on node (the npm target, below). Works without recommends.
APT_NO_RECOMMENDS += tex-gyre
# htmldoc (HTMLDOC: HTML 3.2 set by its own PDF writer on the base-14 fonts) and gnuplot-nox (gnuplot's
# pdfcairo terminal: every line a label placed at page coordinates, rules drawn as arrows, fonts from
# fonts-liberation above): the `htmldoc` and `gnuplot` families of bench/corpus_thirtysixth (issue 13).
# Both work without recommends; 15 s to install the two here.
APT_NO_RECOMMENDS += htmldoc gnuplot-nox
# bench/corpus_thirtyseventh needs no apt package: its producers, svglib (SVG pages drawn by reportlab's
# renderPDF) and pdfrw (hand-built page objects and content streams), are pip dev dependencies.
# libpdf-reuse-perl (Perl's PDF::Reuse, a PDF writer of its own on the base-14 fonts, run by perl; pages
# laid out in Python): bench/corpus_thirtyeighth's `reuse` family; its `pdfjs` family is rkusa's pdfjs on
# node (the npm target, below). R's pdf() device, the producer first tried, prints every hyphen as a
# minus sign (U+2212), which would take the hyphens out of entry numbers. Works without recommends.
APT_NO_RECOMMENDS += libpdf-reuse-perl
# php-horde-pdf (Horde_Pdf_Writer, a PDF writer of its own on the base-14 fonts, run by php-cli above) and
# ruby-rbpdf (RBPDF, Ruby's port of TCPDF; it requires action_view, which its package does not pull in, so
# ruby-actionview is listed too): the `horde` and `rbpdf` families of bench/corpus_thirtyninth (issue 13).
# R's pdf() device, suggested first, still writes /Differences [45/minus] even with its own encoding
# file (see above). All work without recommends; 8 s to install the three here.
APT_NO_RECOMMENDS += php-horde-pdf ruby-rbpdf ruby-actionview
# graphviz (`dot -Tpdf`, cairo: each page one HTML-like table of labels and values, ruled or not):
# bench/corpus_fortieth's `dot` family; its `pdfium` family writes through pypdfium2's raw PDFium API
# (FPDFPage_New, FPDFText_SetText, FPDF_SaveAsCopy). Works without recommends.
APT_NO_RECOMMENDS += graphviz
# fp-compiler + fp-units-fcl (Free Pascal: a small printer, fclprint.pas, compiled with `fpc` at generation time
# and drawing with fcl-pdf's TPDFDocument on the base-14 fonts) and fig2dev (XFig files written by the
# generator, made PostScript by `fig2dev -L ps` and PDF by ghostscript, above): the `fcl` and `fig` families of
# bench/corpus_fortysecond (issue 13). fig2dev's ISO-Latin-1 vector prints 0x2D as /minus; the generator sets
# that entry to /hyphen so that entry numbers keep their hyphens. All work without recommends; 8 s to install here.
APT_NO_RECOMMENDS += fp-compiler fp-units-fcl fig2dev
# ploticus (its script language's annotate and drawcommands procs, written as PostScript and made PDF by
# ghostscript's ps2pdf, above; its own ISOLatin1 prolog maps the hyphen to /minus, so the prolog is patched
# back to /hyphen) and gle-graphics (the Graphics Layout Engine, `gle -d pdf`, PostScript fonts with TeX
# control spaces): the `ploticus` and `gle` families of bench/corpus_fortythird (issue 13). Both work without
# recommends.
APT_NO_RECOMMENDS += ploticus gle-graphics
# lilypond (pages of \markup text only, no music, `lilypond --pdf`) and vim (plain text printed by
# `vim -es` with `:hardcopy` to PostScript, its own header line, made PDF by ghostscript's ps2pdf, above):
# bench/corpus_fortyfourth's `lilypond` and `vimprint` families. Vim's latin1 print encoding names 0x2D
# /minus, so the generator keeps its own print/latin1.ps resource with /hyphen. Works without recommends.
APT_NO_RECOMMENDS += lilypond vim
# asymptote (`asy -f pdf`: each page a picture of label()s set by pdflatex in Latin Modern with T1 encoding, so
# hyphens stay hyphens in the text layer; pages joined with pypdf) and libcairo-perl (Perl's Cairo bindings:
# Cairo::PdfSurface with show_text on Liberation fonts, fonts-liberation above, run by perl): the `asy` and
# `perlcairo` families of bench/corpus_fortyfifth (issue 13). Both work without recommends; 16 s to install here.
APT_NO_RECOMMENDS += asymptote libcairo-perl
# emacs-nox (Emacs' ps-print: a plain-text buffer printed by `emacs --batch` to PostScript, no page header; its
# ISO-Latin-1 vector from ghostscript has /minus at 0x2D, so the generator puts /hyphen back before the prologue)
# and grace (gracebat: each page a Grace project of strings at view coordinates, PostScript device, as this
# Debian build has no PDF device); ghostscript's ps2pdf (above) makes the PDFs and poppler-utils' pdfunite
# joins Grace's pages: the `psprint` and `grace` families of bench/corpus_fortysixth (issue 13). Both work
# without recommends.
APT_NO_RECOMMENDS += emacs-nox grace
# mgp (MagicPoint: a .mgp presentation of short text pages written by the generator, made PostScript by
# `mgp2ps` under xvfb-run, above, and PDF by ghostscript) and Tk's canvas (text items, lines and rectangles at
# page coordinates, written by the canvas's own `postscript` command from python3-tk's tkinter, under xvfb-run;
# ghostscript makes the PDF): the `mgp` and `tk` families of bench/corpus_fortyninth (issue 13). mgp2ps sets
# 0x27 as a right quote, so no scored value carries an apostrophe. Works without recommends.
APT_NO_RECOMMENDS += mgp python3-tk
# dia (a .dia XML diagram of text, line and box objects exported headless by `dia -t cairo-pdf` under
# xvfb-run, above) and pyxplot (text labels set by LaTeX, texlive-latex-base above, on a page-sized canvas;
# pages joined by poppler-utils' pdfunite): the `dia` and `pyxplot` families of bench/corpus_fortyseventh
# (issue 13). Both work without recommends; about 15 s to install the two here.
APT_NO_RECOMMENDS += dia pyxplot
# yorick (a Yorick script of plt strings and pldj rules at NDC coordinates, hardcopy to PostScript; its
# ISOLatin1Encoding has /minus at 0x2D, so the generator puts /hyphen back, then ghostscript's ps2pdf) and tgif
# (a .obj drawing of text and box objects printed headless by `tgif -print -pdf`, no display needed; pages
# joined by poppler-utils' pdfunite): the `yorick` and `tgif` families of bench/corpus_fortyeighth (issue 13).
# Both work without recommends; about 20 s to install the two here.
APT_NO_RECOMMENDS += yorick tgif
# bench/corpus_fortyfirst needs no apt package: paps, the producer first asked for, leaves no text layer (see
# above), so its producers are rst2pdf and skia-python, pip dev dependencies (fonts from fonts-liberation above).
# bench/corpus_twentyeighth needs no apt package: its producers, typst and fpdf2, are pip dev dependencies
# (apt's paps 0.6.8 writes PostScript only, which would make its PDFs ghostscript's).
# plotutils (GNU plotutils' pic2plot: pic pictures made PostScript, then PDF by ghostscript's ps2pdf above; its
# prolog maps the hyphen to /minus, which the generator patches) and libcamlpdf-ocaml-dev, ocaml-nox and
# ocaml-findlib (OCaml's camlpdf: a small page printer compiled at generation time, base-14 fonts): the `pic`
# and `caml` families of bench/corpus_fiftieth (issue 13). Work without recommends; 14 s to install here.
APT_NO_RECOMMENDS += plotutils libcamlpdf-ocaml-dev ocaml-nox ocaml-findlib
# ruby-cairo (Ruby's cairo bindings: Cairo::PDFSurface pages drawn with show_text in DejaVu Sans) and MetaPost
# (`mpost` from texlive-binaries, already here through texlive-latex-base: words set `infont` cmr10/cmbx10 and
# drawn rules, one `prologues:=3` EPS per page made one PDF by ghostscript): the `rbcairo` and `mpost` families of
# bench/corpus_fiftyfirst (issue 13). ruby-cairo works without recommends; a few seconds to install here.
APT_NO_RECOMMENDS += ruby-cairo
# jgraph (a .jgr file of string and line annotations on a page-sized graph with no axes, PostScript out, PDF by
# ghostscript's ps2pdf above; the hyphen stays a hyphen in the text layer) and guile-cairo with guile-2.2 (a
# Guile Scheme script drawing text on a cairo PDF surface): the `jgraph` and `guile` families of
# bench/corpus_fiftysecond (issue 13). Work without recommends; 7 s to install the two here.
APT_NO_RECOMMENDS += jgraph guile-cairo guile-2.2
# bench/corpus_fiftythird needs no apt package: its producers, oxidize-pdf and minipdf (Word documents from
# python-docx printed by minipdf's own layout engine), are pip dev dependencies (issue 13).
# lua5.3 + lua-lgi + gir1.2-freedesktop (Lua's GObject-introspection binding and its cairo typelib: draw.lua
# shows text on a cairo PDF surface in the Liberation fonts above) and r-base-core (R's own pdf() graphics
# device, base-14 Type 1 fonts, run by Rscript): the `lua` and `rpdf` families of bench/corpus_fiftyfourth
# (issue 13). pdf4tcl, the Tcl library first asked for, is not in Debian. All work without recommends;
# about 20 s to install here.
APT_NO_RECOMMENDS += lua5.3 lua-lgi gir1.2-freedesktop r-base-core
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)
PYTEST_ARGS ?=
FAST_TIER := not browser and not postgres and not libreoffice and not slow

.PHONY: run test test-fast install pyvenv apt venv db npm lint typecheck bench-queue clean

# libfreehep-graphicsio-pdf-java with the FreeHEP jars it needs but does not declare (graphicsio, graphicsbase,
# graphics2d, io, util): FreeHEP's PDFGraphics2D, Java2D drawn onto PDF pages by a small printer (Printer.java)
# compiled with openjdk-17-jdk-headless's javac (above) at generation time; and pstoedit (a PostScript program
# written by the generator, converted by pstoedit's own PDF driver, `pstoedit -f pdf`; ghostscript, above, only
# interprets it): the `freehep` and `pstoedit` families of bench/corpus_fiftyfifth (issue 13). TCPDF and
# PDF::API2/PDF::Builder, the producers first suggested, belong to earlier hands. All work without recommends;
# about 6 s to install here.
APT_NO_RECOMMENDS += libfreehep-graphicsio-pdf-java libfreehep-graphicsio-java libfreehep-graphicsbase-java \
  libfreehep-graphics2d-java libfreehep-io-java libfreehep-util-java pstoedit
# ruby-origami (Origami, a Ruby PDF library of its own: pages of base-14 text, rules and grey fills written by
# origami_print.rb, run by ruby) and libpostscript-simple-perl (Perl's PostScript::Simple writes each page as a
# PostScript program; ghostscript's ps2pdf, above, makes the PDF; its ISOLatin1Encoding has /minus at 0x2D and
# curly quotes at 0x27 and 0x60, so the generator puts /hyphen, /quotesingle and /grave back): the `origami` and
# `pssimple` families of bench/corpus_fiftysixth (issue 13). Both work without recommends; 3 s to install here.
APT_NO_RECOMMENDS += ruby-origami libpostscript-simple-perl
# libtext-pdf-perl (Perl's Text::PDF, a low-level writer: the generator lays each line out and
# textpdf_print.pl writes the content streams' BT/Tf/Tm/Tj/ET operators itself, base-14 fonts) and context
# (ConTeXt MkIV, the generator's markup compiled by `context --batchmode`): the `textpdf` and `context` families
# of bench/corpus_fiftyseventh (issue 13). Text::PDF is 0.3 MB; context is 178 MB with lmodern and tex-gyre
# (53 MB) on top of texlive-binaries, texlive-base and texlive-metapost, which texlive-luatex above already
# brings. Both install without recommends (they were already present here, so the install was not timed).
APT_NO_RECOMMENDS += libtext-pdf-perl context
# octave (GNU Octave 7: text() on an axes-free figure drawn by the fltk toolkit under xvfb-run, above, and
# printed with `print -dpdf`, so gl2ps writes the text as PostScript strings and Octave's own pipeline hands them
# to ghostscript, above; -append adds the later pages), fonts-freefont-otf (Octave's FreeType renderer finds no
# font without it and refuses to create axes) and erlang-base (erlpdf.escript, a PDF writer of our own run by
# escript: base-14 fonts, TJ arrays kerned at capital pairs, relative Td moves, Flate streams, a classic xref):
# the `octave` and `erlpdf` families of bench/corpus_fiftyeighth (issue 13). Without recommends octave pulls in
# about 214 MB here (its numeric libraries; the Qt GUI is not needed), fonts-freefont-otf 7 MB, erlang-base 16 MB.
APT_NO_RECOMMENDS += octave fonts-freefont-otf erlang-base
# racket (racket/draw's pdf-dc% over cairo and pango, which earlier lines already bring; faces Times, Helvetica
# and Courier resolve to the URW base-35 fonts) and chicken-bin (CHICKEN Scheme's csi runs pdfw.scm, a PDF writer
# of the corpus's own): the `racket` and `chicken` families of bench/corpus_fiftyninth (issue 13). Both work
# without recommends. Racket is the heavy one: 112 MB to fetch, 434 MB installed with racket-common and
# chicken-bin (chicken-bin with libchicken11 and libchicken-dev is about 18 MB of it); about a minute here.
APT_NO_RECOMMENDS += racket chicken-bin
# gawk (GNU awk: pdfw.awk, a report writer of the corpus's own fed a pipe-delimited extract, needs gawk's
# byte-counting length() under LC_ALL=C; a bare Debian has only mawk) and tcl8.6 (tclsh runs pdfw.tcl, a PDF
# writer of the corpus's own with Flate streams from Tcl's built-in zlib): the `awk` and `tcl` families of
# bench/corpus_sixtieth (issue 13). Both install without recommends: gawk 2.9 MB, tcl8.6 0.1 MB over libtcl8.6
# (4.3 MB, which python3-tk above already brings); a few seconds.
APT_NO_RECOMMENDS += gawk tcl8.6
# gnucobol (GnuCOBOL 3.1: cobc compiles pdfrpt.cbl, a spool-to-PDF report program of the corpus's own that
# counts every line's bytes for its xref, one BT/Td/Tj/ET per print line, Courier and Helvetica base-14 faces)
# and gfortran (GNU Fortran 12: pdfwr.f90, a stream-access PDF writer of its own, one BT block per page with
# relative Td moves and TJ arrays, Times and Helvetica): the `cobol` and `fortran` families of
# bench/corpus_sixtyfirst (issue 13). Both work without recommends; gcc is already here, so together they
# add about 45 MB installed (12 MB to fetch), under a minute here.
APT_NO_RECOMMENDS += gnucobol gfortran
# gforth (Gforth runs pdfw.fs, a PDF writer of the corpus's own: objects, a classic xref, base-14 fonts, text as
# BT/Tf/Tm/Tj) and swi-prolog-nox (swipl runs pdfw.pl, another writer of its own over a fact file of pages):
# the `forth` and `prolog` families of bench/corpus_sixtysecond (issue 13). Both work without recommends:
# about 18 MB installed together (gforth with its common files and library 3 MB, SWI-Prolog's core and core
# packages 15 MB), ten seconds here.
APT_NO_RECOMMENDS += gforth swi-prolog-nox
# The set-up steps run side by side: pip builds the venv, ruff and mypy check it, while apt installs the
# system packages (on a bare machine apt takes 2-3 minutes and pip under one; CI's 30 minutes are tight).
# Output is not held back per target (--output-sync would hide pytest's progress and `make run`'s
# server log until they end); apt, pip and the checks print little.
MAKEFLAGS += --jobs=3

run: install
	$(BIN)/python -m tradebots.cli run

# pytest exits 5 when nothing was collected or everything was deselected, so neither target
# can pass having run no test. Both cores: the run took 1002 s and then 2809 s on one, near the
# 30-minute limit. A test file stays on one worker (loadfile), so a corpus its module fixture builds
# is built once, not once per worker; every server a test starts takes its own free port.
PYTEST_WORKERS ?= -n 2 --dist loadfile
test: install lint typecheck
	$(BIN)/pytest $(PYTEST_WORKERS) $(PYTEST_ARGS)

test-fast: install
	$(BIN)/pytest -n 2 -m "$(FAST_TIER)" $(PYTEST_ARGS)

install: apt venv db npm

# The node producers of bench/corpus_fourteenth (pdfmake), corpus_sixteenth (jsPDF) and corpus_nineteenth
# (pdf-lib fillable forms), corpus_thirtythird (PDFKit), corpus_thirtyfifth (@react-pdf/renderer) and
# corpus_thirtyeighth (pdfjs): their locked npm packages, installed once.
JS_CORPORA := bench/corpus_fourteenth/js bench/corpus_sixteenth/js bench/corpus_nineteenth/js \
  bench/corpus_thirtythird/js bench/corpus_thirtyfifth/js bench/corpus_thirtyeighth/js
npm: apt
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null; }
	@for dir in $(JS_CORPORA); do test -d $$dir/node_modules || (cd $$dir && npm ci --no-audit --no-fund) || exit 1; done

# python3-venv first and alone, when this Python lacks it: the venv is built beside the other apt packages.
pyvenv:
	@$(PYTHON) -c "import venv, ensurepip" 2>/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; }

apt: pyvenv
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	bare=""; \
	for pkg in $(APT_NO_RECOMMENDS); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || bare="$$bare $$pkg"; \
	done; \
	if [ -n "$$missing$$bare" ]; then \
	  echo "apt: installing$$missing$$bare"; \
	  apt-get update -qq; \
	  if [ -n "$$missing" ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi; \
	  if [ -n "$$bare" ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$bare >/dev/null; fi; \
	else echo "apt: everything is installed"; fi

venv: $(STAMP)

$(STAMP): pyproject.toml | pyvenv
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

db: venv
	$(BIN)/tradebots db upgrade

lint: venv
	$(BIN)/ruff check .

typecheck: venv
	$(BIN)/mypy

bench-queue: install
	bench/queue.sh

clean:
	rm -rf var/work var/bench
