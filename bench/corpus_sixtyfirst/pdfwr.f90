! pdfwr - the cargo-systems group's report-to-PDF writer.
! Reads the same fixed-column spool as the print queue (P page, T text, L rule;
! see the layout in the header of each record below) and writes an uncompressed
! PDF 1.3: an Info dictionary, Times and Helvetica base-14 faces, one BT block per
! page whose lines are moved with relative Td and shown with TJ arrays, rules
! stroked after the text, and a byte-counted cross-reference table.
!   usage: pdfwr SPOOL PDF
program pdfwr
  implicit none
  integer, parameter :: maxobj = 2000, buflen = 400000
  character(len=512) :: line, inname, outname
  character(len=buflen) :: text, rules
  integer :: ntext, nrules, ios, u_in, u_out, npages, nobj, i, pos
  integer :: offs(maxobj), kids(500)
  integer :: font, size, x, y, lastx, lasty, lastfont, lastsize, x2, y2
  logical :: inpage
  character(len=32) :: a, b, c, d

  call get_command_argument(1, inname)
  call get_command_argument(2, outname)
  open(newunit=u_in, file=trim(inname), status='old', action='read', iostat=ios)
  if (ios /= 0) stop 2
  open(newunit=u_out, file=trim(outname), access='stream', form='unformatted', &
       status='replace', action='write')
  offs = 0
  npages = 0
  ! objects: 1 catalog, 2 info, 3 pages (written last), 4-7 fonts, then content/page pairs
  nobj = 7
  call put('%PDF-1.3')
  call put('%' // achar(226) // achar(227) // achar(207) // achar(211))
  call begin_obj(2)
  call put('<< /Producer (PDFWR F90 1.4 CARGO SYSTEMS) /Creator (PDFWR) >>')
  call put('endobj')
  call font_obj(4, 'F1', 'Times-Roman')
  call font_obj(5, 'F2', 'Times-Bold')
  call font_obj(6, 'F3', 'Helvetica')
  call font_obj(7, 'F4', 'Helvetica-Bold')
  inpage = .false.
  do
    read(u_in, '(A)', iostat=ios) line
    if (ios /= 0) exit
    select case (line(1:1))
    case ('P')
      if (inpage) call flush_page()
      inpage = .true.
      ntext = 0
      nrules = 0
      lastx = 0
      lasty = 0
      lastfont = -1
      lastsize = -1
      call add(text, ntext, 'BT')
    case ('T')
      if (len_trim(line(11:)) == 0) cycle
      read(line(2:10), '(I1,I2,I3,I3)') font, size, x, y
      if (font /= lastfont .or. size /= lastsize) then
        write(a, '(I0)') font
        write(b, '(I0)') size
        call add(text, ntext, '/F' // trim(a) // ' ' // trim(b) // ' Tf')
        lastfont = font
        lastsize = size
      end if
      write(a, '(I0)') x - lastx
      write(b, '(I0)') y - lasty
      call add(text, ntext, trim(a) // ' ' // trim(b) // ' Td')
      call add(text, ntext, '[(' // trim(line(11:)) // ')] TJ')
      lastx = x
      lasty = y
    case ('L')
      read(line(2:13), '(4I3)') x, y, x2, y2
      write(a, '(I0)') x
      write(b, '(I0)') y
      write(c, '(I0)') x2
      write(d, '(I0)') y2
      call add(rules, nrules, trim(a) // ' ' // trim(b) // ' m ' // trim(c) // ' ' // trim(d) // ' l')
    end select
  end do
  if (inpage) call flush_page()
  close(u_in)

  call begin_obj(1)
  call put('<< /Type /Catalog /Pages 3 0 R >>')
  call put('endobj')
  call begin_obj(3)
  write(a, '(I0)') npages
  call put('<< /Type /Pages /Count ' // trim(a))
  call put('   /Kids [')
  do i = 1, npages
    write(a, '(I0)') kids(i)
    call put('     ' // trim(a) // ' 0 R')
  end do
  call put('   ] >>')
  call put('endobj')
  inquire(unit=u_out, pos=pos)
  call put('xref')
  write(a, '(I0)') nobj + 1
  call put('0 ' // trim(a))
  call put_raw('0000000000 65535 f ' // achar(10))
  do i = 1, nobj
    write(a, '(I10.10)') offs(i)
    call put_raw(a(1:10) // ' 00000 n ' // achar(10))
  end do
  write(a, '(I0)') nobj + 1
  call put('trailer')
  call put('<< /Size ' // trim(a) // ' /Root 1 0 R /Info 2 0 R >>')
  call put('startxref')
  write(a, '(I0)') pos - 1
  call put(trim(a))
  call put('%%EOF')
  close(u_out)

contains

  subroutine put(s)
    character(len=*), intent(in) :: s
    write(u_out) s // achar(10)
  end subroutine put

  subroutine put_raw(s)
    character(len=*), intent(in) :: s
    write(u_out) s
  end subroutine put_raw

  subroutine add(buf, n, s)
    character(len=*), intent(inout) :: buf
    integer, intent(inout) :: n
    character(len=*), intent(in) :: s
    buf(n + 1:n + len(s) + 1) = s // achar(10)
    n = n + len(s) + 1
  end subroutine add

  subroutine begin_obj(k)
    integer, intent(in) :: k
    character(len=16) :: s
    integer :: p
    inquire(unit=u_out, pos=p)
    offs(k) = p - 1
    write(s, '(I0)') k
    call put(trim(s) // ' 0 obj')
  end subroutine begin_obj

  subroutine font_obj(k, tag, face)
    integer, intent(in) :: k
    character(len=*), intent(in) :: tag, face
    call begin_obj(k)
    call put('<< /Type /Font /Subtype /Type1 /Name /' // tag // ' /BaseFont /' // face)
    call put('   /Encoding /WinAnsiEncoding >>')
    call put('endobj')
  end subroutine font_obj

  subroutine flush_page()
    character(len=16) :: s1, s2
    integer :: total
    call add(text, ntext, 'ET')
    if (nrules > 0) then
      call add(text, ntext, 'q 0.5 w')
      text(ntext + 1:ntext + nrules) = rules(1:nrules)
      ntext = ntext + nrules
      call add(text, ntext, 'S Q')
    end if
    total = ntext
    npages = npages + 1
    nobj = nobj + 1
    call begin_obj(nobj)
    write(s1, '(I0)') total
    call put('<< /Length ' // trim(s1) // ' >>')
    call put('stream')
    call put_raw(text(1:total))
    call put('endstream')
    call put('endobj')
    nobj = nobj + 1
    kids(npages) = nobj
    call begin_obj(nobj)
    write(s2, '(I0)') nobj - 1
    call put('<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents ' // trim(s2) // ' 0 R')
    call put('   /Resources << /ProcSet [/PDF /Text] /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R /F4 7 0 R >> >> >>')
    call put('endobj')
    inpage = .false.
  end subroutine flush_page

end program pdfwr
