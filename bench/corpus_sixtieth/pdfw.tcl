#!/usr/bin/env tclsh
# pdfw.tcl -- the print module of an office case system, in Tcl 8.6: reads tab-separated
# drawing records on stdin, writes a PDF 1.5 file (Flate-compressed page streams) on stdout.
#   doc <TAB> title              page              text <TAB> font <TAB> size <TAB> x <TAB> y <TAB> string
#   rule <TAB> x1 y1 x2 y2 w     box <TAB> x y w h lw     shade <TAB> x y w h gray
fconfigure stdin -encoding utf-8
fconfigure stdout -translation binary
set fonts {F1 Times-Roman F2 Times-Bold F3 Times-Italic F4 Helvetica F5 Helvetica-Bold F6 Courier F7 Courier-Bold F8 Helvetica-Oblique}
set title ""
set pages {}
set cur ""
set curfont ""
set intext 0

proc pdfstr {s} {
    return [string map {\\ \\\\ ( \\( ) \\)} [encoding convertto cp1252 $s]]
}
proc flushpage {} {
    global pages cur intext
    if {$intext} { append cur "ET\n"; set intext 0 }
    if {$cur ne ""} { lappend pages "${cur}Q\n" }
    set cur ""
}
while {[gets stdin line] >= 0} {
    set f [split $line "\t"]
    switch -- [lindex $f 0] {
        doc { set title [lindex $f 1] }
        page {
            if {$cur ne "" || [llength $pages] > 0 || $intext} { flushpage }
            set cur "q\n"; set curfont ""
        }
        text {
            lassign $f - font size x y str
            if {!$intext} { append cur "BT\n"; set intext 1 }
            if {"$font/$size" ne $curfont} { append cur "/$font $size Tf\n"; set curfont "$font/$size" }
            append cur [format "1 0 0 1 %.2f %.2f Tm\n(%s) Tj\n" $x $y [pdfstr $str]]
        }
        rule - box - shade {
            if {$intext} { append cur "ET\n"; set intext 0; set curfont "" }
            lassign $f op a b c d e
            switch -- $op {
                rule  { append cur [format "%.2f w\n%.2f %.2f m\n%.2f %.2f l\nS\n" $e $a $b $c $d] }
                box   { append cur [format "%.2f w\n%.2f %.2f %.2f %.2f re\nS\n" $e $a $b $c $d] }
                shade { append cur [format "%.2f g\n%.2f %.2f %.2f %.2f re\nf\n0 g\n" $e $a $b $c $d] }
            }
        }
    }
}
flushpage

# objects: 1 catalog, 2 page tree, 3 font resources, 4..10 fonts, 11 info, then content/page pairs
set objs [dict create]
set fres ""
set n 4
foreach {tag base} $fonts {
    dict set objs $n "<< /Type /Font /Subtype /Type1 /BaseFont /$base /Encoding /WinAnsiEncoding >>"
    append fres "/$tag $n 0 R "
    incr n
}
dict set objs 3 "<< /Font << $fres>> /ProcSet \[/PDF /Text\] >>"
dict set objs $n "<< /Title ([pdfstr $title]) /Creator (casesys print module) /Producer (pdfw.tcl 0.9) >>"
set info $n
incr n
set kids {}
foreach body $pages {
    set z [zlib compress [encoding convertto cp1252 $body]]
    dict set objs $n "<< /Length [string length $z] /Filter /FlateDecode >>\nstream\n$z\nendstream"
    dict set objs [expr {$n + 1}] "<< /Type /Page /Parent 2 0 R /Resources 3 0 R /Contents $n 0 R >>"
    lappend kids "[expr {$n + 1}] 0 R"
    incr n 2
}
dict set objs 1 "<< /Type /Catalog /Pages 2 0 R /PageLayout /SinglePage >>"
dict set objs 2 "<< /Type /Pages /Kids \[[join $kids { }]\] /Count [llength $kids] /MediaBox \[0 0 612 792\] >>"

set out "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
set offsets {}
for {set i 1} {$i < $n} {incr i} {
    lappend offsets [string length $out]
    append out "$i 0 obj\n[dict get $objs $i]\nendobj\n"
}
set xref [string length $out]
append out "xref\n0 $n\n0000000000 65535 f\r\n"
foreach o $offsets { append out [format "%010d 00000 n\r\n" $o] }
append out "trailer\n<< /Size $n /Root 1 0 R /Info $info 0 R >>\nstartxref\n$xref\n%%EOF\n"
puts -nonewline stdout $out
