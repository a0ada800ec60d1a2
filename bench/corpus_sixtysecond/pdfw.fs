\ pdfw.fs -- the report writer's PDF back end, in Gforth.
\ A page is opened with NEWPAGE ( w h -- ); TXT, RULE and BOX append operators to the page's
\ content buffer; FINISH ( addr u -- ) closes the last page and writes the file.
\ Object numbers: 1 catalog, 2 page tree, 3 info, 4..10 the seven base-14 fonts, then a
\ content stream and a page object for every page.

4000000 constant obmax
create obuf obmax allot   variable olen  0 olen !
1000000 constant cbmax
create cbuf cbmax allot   variable clen  0 clen !
create offs 2000 cells allot
create kids 1000 cells allot  variable nkids  0 nkids !
variable nobj  10 nobj !
variable pw  variable ph  variable open?  0 open? !

: >o ( addr u -- ) tuck obuf olen @ + swap move olen +! ;
: >c ( addr u -- ) tuck cbuf clen @ + swap move clen +! ;
: c>o ( c -- ) obuf olen @ + c! 1 olen +! ;
: c>c ( c -- ) cbuf clen @ + c! 1 clen +! ;
: nl>o 10 c>o ;  : nl>c 10 c>c ;
: sp>c 32 c>c ;
: num ( n -- addr u ) dup abs s>d <# #s rot sign #> ;
: n>o ( n -- ) num >o ;
: n>c ( n -- ) num >c sp>c ;
\ tenths: 5 -> "0.5"
: t>c ( n -- ) 10 /mod num >c [char] . c>c [char] 0 + c>c sp>c ;
\ hundredths: 90 -> "0.90"
: h>c ( n -- ) 100 /mod num >c [char] . c>c s>d <# # # #> >c sp>c ;
: obj ( n -- ) olen @ over cells offs + ! n>o s"  0 obj" >o nl>o ;
: endobj s" endobj" >o nl>o ;
: newobj ( -- n ) 1 nobj +! nobj @ ;

: font ( n addr u -- ) rot obj s" << /Type /Font /Subtype /Type1 /BaseFont /" >o >o
  s"  /Encoding /WinAnsiEncoding >>" >o nl>o endobj ;
: fonts
  4 s" Helvetica" font  5 s" Helvetica-Bold" font  6 s" Times-Roman" font
  7 s" Times-Bold" font  8 s" Courier" font  9 s" Courier-Bold" font
  10 s" Times-Italic" font ;

: pdf-header s" %PDF-1.4" >o nl>o 37 c>o 200 c>o 202 c>o 210 c>o 211 c>o nl>o fonts ;

: endpage ( -- )
  open? @ 0= if exit then
  newobj dup obj s" << /Length " >o clen @ n>o s"  >>" >o nl>o s" stream" >o nl>o
  cbuf clen @ >o s" endstream" >o nl>o endobj
  newobj dup obj s" << /Type /Page /Parent 2 0 R /MediaBox [0 0 " >o pw @ n>o 32 c>o ph @ n>o
  s" ] /Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R /F4 7 0 R /F5 8 0 R /F6 9 0 R /F7 10 0 R >> >>" >o
  nl>o s" /Contents " >o swap n>o s"  0 R >>" >o nl>o endobj
  kids nkids @ cells + ! 1 nkids +!
  0 clen ! 0 open? ! ;

: newpage ( w h -- ) endpage ph ! pw ! -1 open? ! ;

: esc>c ( addr u -- )
  bounds ?do i c@ dup [char] ( = over [char] ) = or over [char] \ = or
    if [char] \ c>c then c>c loop ;

\ TXT ( addr u font size x y -- )
: txt ( addr u f s x y -- )
  s" BT /F" >c 3 roll n>c >r >r n>c s" Tf 1 0 0 1 " >c r> r> swap n>c n>c s" Tm (" >c
  esc>c s" ) Tj ET" >c nl>c ;
\ RULE ( x1 y1 x2 y2 w10 -- )
: rule ( x1 y1 x2 y2 w -- ) t>c s" w " >c 2swap swap n>c n>c s" m " >c swap n>c n>c s" l S" >c nl>c ;
\ BOX ( x y w h grey100 -- ) grey < 0 strokes, else fills with that grey
: box ( x y w h g -- )
  dup 0< if drop s" 0.5 w " >c 2swap swap n>c n>c swap n>c n>c s" re S" >c nl>c
  else s" q " >c h>c s" g " >c 2swap swap n>c n>c swap n>c n>c s" re f Q" >c nl>c then ;

: info ( addr u -- ) 3 obj s" << /Producer (" >o >o s" ) /Creator (RPT/FORTH) >>" >o nl>o endobj ;

: xrefnum ( n -- ) s>d <# # # # # # # # # # # #> >o ;
variable xref-at
: finish ( addr u -- )
  endpage
  2 obj s" << /Type /Pages /Count " >o nkids @ n>o s"  /Kids [" >o
  nkids @ 0 ?do kids i cells + @ n>o s"  0 R " >o loop s" ] >>" >o nl>o endobj
  1 obj s" << /Type /Catalog /Pages 2 0 R >>" >o nl>o endobj
  olen @ xref-at !
  s" xref" >o nl>o s" 0 " >o nobj @ 1+ n>o nl>o s" 0000000000 65535 f " >o nl>o
  nobj @ 1+ 1 ?do offs i cells + @ xrefnum s"  00000 n " >o nl>o loop
  s" trailer" >o nl>o s" << /Size " >o nobj @ 1+ n>o s"  /Root 1 0 R /Info 3 0 R >>" >o nl>o
  s" startxref" >o nl>o xref-at @ n>o nl>o s" %%EOF" >o nl>o
  w/o create-file throw >r obuf olen @ r@ write-file throw r> close-file throw ;
