# Draws a page list (JSON on stdin) with RBPDF (ruby-rbpdf, Ruby's port of TCPDF) and writes the PDF
# to ARGV[0]. Ops as in horde_pdf.php: font, text, line, rect, width; points, y from the top.
require 'json'
require 'rbpdf'
doc = JSON.parse($stdin.read)
pdf = RBPDF.new('P', 'pt', 'LETTER', true, 'UTF-8')
pdf.set_print_header(false)
pdf.set_print_footer(false)
pdf.set_auto_page_break(false)
pdf.set_margins(0, 0, 0)
pdf.set_title(doc['title'])
pdf.set_creator('RBPDF')
doc['pages'].each do |ops|
  pdf.add_page
  ops.each do |op|
    case op[0]
    when 'font' then pdf.set_font(op[1], op[2], op[3])
    when 'text'
      pdf.set_xy(op[1], op[2] - pdf.get_font_size * 0.85)
      pdf.cell(0, pdf.get_font_size, op[3], 0, 0, 'L', false, '', 0, false, 'T', 'T')
    when 'line' then pdf.line(op[1], op[2], op[3], op[4])
    when 'rect' then pdf.rect(op[1], op[2], op[3], op[4])
    when 'width' then pdf.set_line_width(op[1])
    end
  end
end
pdf.output(ARGV[0], 'F')
