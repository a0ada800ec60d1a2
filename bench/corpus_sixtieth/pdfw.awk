#!/usr/bin/gawk -f
# pdfw.awk -- the report writer of a small in-house system: reads a pipe-delimited print extract
# on stdin and writes a PDF 1.4 file on stdout (run with LC_ALL=C so length() counts bytes).
#   H|title|author           document info
#   P                        new page (US Letter)
#   T|font|size|x|y|text     one text line (font: R B I C CB TR TB TI)
#   L|x1|y1|x2|y2|width      a rule
#   R|x|y|w|h|width          a box
#   G|x|y|w|h|gray           a filled box (0..1)
BEGIN {
    FS = "|"
    fontname["R"] = "Helvetica";   fontname["B"] = "Helvetica-Bold"; fontname["I"] = "Helvetica-Oblique"
    fontname["C"] = "Courier";     fontname["CB"] = "Courier-Bold"
    fontname["TR"] = "Times-Roman"; fontname["TB"] = "Times-Bold"; fontname["TI"] = "Times-Italic"
    nfonts = split("R B I C CB TR TB TI", fontorder, " ")
    npages = 0; title = ""; author = ""
}
function esc(s) {
    gsub(/\\/, "\\\\", s); gsub(/\(/, "\\(", s); gsub(/\)/, "\\)", s)
    return s
}
$1 == "H" { title = $2; author = $3; next }
$1 == "P" { npages++; content[npages] = ""; curfont[npages] = ""; next }
$1 == "T" {
    # each line its own BT ... ET block, positioned with Td from the origin
    s = "BT /" $2 " " $3 " Tf " $4 " " $5 " Td (" esc($6) ") Tj ET\n"
    content[npages] = content[npages] s; next
}
$1 == "L" { content[npages] = content[npages] $6 " w " $2 " " $3 " m " $4 " " $5 " l S\n"; next }
$1 == "R" { content[npages] = content[npages] $6 " w " $2 " " $3 " " $4 " " $5 " re S\n"; next }
$1 == "G" { content[npages] = content[npages] "q " $6 " g " $2 " " $3 " " $4 " " $5 " re f Q\n"; next }
END {
    # object numbers: 1 catalog, 2 pages, 3 info, 4.. fonts, then per page: page, content
    nobj = 3
    for (f = 1; f <= nfonts; f++) { fontobj[fontorder[f]] = ++nobj }
    for (p = 1; p <= npages; p++) { pageobj[p] = ++nobj; contobj[p] = ++nobj }
    obj[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    kids = ""
    for (p = 1; p <= npages; p++) kids = kids pageobj[p] " 0 R "
    obj[2] = "<< /Type /Pages /Count " npages " /Kids [ " kids "] >>"
    obj[3] = "<< /Title (" esc(title) ") /Author (" esc(author) ") /Producer (RPTW 2.3 gawk) >>"
    fres = ""
    for (f = 1; f <= nfonts; f++) {
        k = fontorder[f]
        obj[fontobj[k]] = "<< /Type /Font /Subtype /Type1 /BaseFont /" fontname[k] " /Encoding /WinAnsiEncoding >>"
        fres = fres "/" k " " fontobj[k] " 0 R "
    }
    for (p = 1; p <= npages; p++) {
        obj[pageobj[p]] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << " fres ">> >> /Contents " contobj[p] " 0 R >>"
        obj[contobj[p]] = "<< /Length " length(content[p]) " >>\nstream\n" content[p] "endstream"
    }
    out = "%PDF-1.4\n%\342\343\317\323\n"
    printf "%s", out
    pos = length(out)
    for (i = 1; i <= nobj; i++) {
        off[i] = pos
        s = i " 0 obj\n" obj[i] "\nendobj\n"
        printf "%s", s
        pos += length(s)
    }
    printf "xref\n0 %d\n0000000000 65535 f \n", nobj + 1
    for (i = 1; i <= nobj; i++) printf "%010d 00000 n \n", off[i]
    printf "trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n", nobj + 1, pos
}
