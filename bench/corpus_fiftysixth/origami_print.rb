# Draws the pages of a JSON plan (text, rules, boxes, grey fills) with Ruby's Origami PDF library.
# usage: ruby origami_print.rb PLAN.json OUT.pdf
require 'json'
require 'origami'
include Origami

FONTS = {
  'Helvetica' => :F1, 'Helvetica-Bold' => :F2, 'Helvetica-Oblique' => :F3, 'Times-Roman' => :F4,
  'Times-Bold' => :F5, 'Times-Italic' => :F6, 'Courier' => :F7, 'Courier-Bold' => :F8
}.freeze
CLASSES = {
  'Helvetica' => Font::Type1::Standard::Helvetica, 'Helvetica-Bold' => Font::Type1::Standard::HelveticaBold,
  'Helvetica-Oblique' => Font::Type1::Standard::HelveticaOblique, 'Times-Roman' => Font::Type1::Standard::TimesRoman,
  'Times-Bold' => Font::Type1::Standard::TimesBold, 'Times-Italic' => Font::Type1::Standard::TimesItalic,
  'Courier' => Font::Type1::Standard::Courier, 'Courier-Bold' => Font::Type1::Standard::CourierBold
}.freeze

plan = JSON.parse(File.read(ARGV[0]))
w, h = plan['size']
pdf = PDF.new
plan['pages'].each do |ops|
  page = Page.new.setMediaBox(Rectangle[llx: 0, lly: 0, urx: w, ury: h])
  pdf.append_page(page)
  FONTS.each do |name, res|
    font = CLASSES[name].new.pre_build
    font.Encoding = :WinAnsiEncoding
    page.add_font(font, res)
  end
  cs = ContentStream.new
  ops.each do |op|
    case op[0]
    when 't'
      text = op[5].encode('Windows-1252').force_encoding('BINARY')
      cs.write text, x: op[1], y: op[2], font: FONTS.fetch(op[3]), size: op[4]
    when 'l'
      cs.draw_line([op[1], op[2]], [op[3], op[4]], line_width: op[5])
    when 'r'
      cs.draw_rectangle(op[1], op[2], op[3], op[4], line_width: op[5])
    when 'f'
      cs.draw_rectangle(op[1], op[2], op[3], op[4], fill: true, stroke: false,
                        fill_color: Graphics::Color::GrayScale.new(op[5]))
    end
  end
  page.Contents = cs
end
pdf.save(ARGV[1])
