# Renders one document spec (JSON, see render.py) with Prawn, the way a Rails back office prints.
# Usage: ruby render.rb SPEC.json OUT.pdf
require 'json'
require 'prawn'
require 'prawn/table'

spec = JSON.parse(File.read(ARGV[0]))
FONTS = { 'helvetica' => 'Helvetica', 'times' => 'Times-Roman', 'courier' => 'Courier' }.freeze
BORDERS = { 'all' => %i[top bottom left right], 'h' => %i[top bottom], 'bottom' => [:bottom], 'none' => [] }.freeze

Prawn::Document.generate(ARGV[1], page_size: 'LETTER', margin: [spec['header'] ? 64 : 54, 54, 54, 54],
                                  info: { Creator: spec['creator'] }) do |pdf|
  pdf.font FONTS.fetch(spec['font'])
  base = spec['size']
  pdf.font_size base
  width = pdf.bounds.width
  if spec['header']
    pdf.repeat(:all) do
      pdf.bounding_box([0, pdf.bounds.top + 22], width: width, height: 14) do
        pdf.text spec['header'], size: 8, style: :bold
        pdf.stroke_horizontal_rule
      end
    end
  end
  spec['blocks'].each do |b|
    case b['t']
    when 'h'
      pdf.text b['text'], size: b['size'], style: :bold, align: b['align'] == 'C' ? :center : :left
      pdf.move_down 4
    when 'p'
      align = { 'L' => :left, 'C' => :center, 'R' => :right, 'J' => :justify }.fetch(b['align'])
      pdf.text b['text'], style: b['bold'] ? :bold : :normal, align: align
      pdf.move_down 6
    when 'kv'
      rows = b['rows'].map { |k, v| [{ content: k, font_style: :bold }, v] }
      pdf.table(rows, width: width, column_widths: [width * b['w'], width * (1 - b['w'])],
                      cell_style: { size: base, borders: %i[bottom], padding: [3, 4] })
      pdf.move_down 8
    when 'grid'
      b['rows'].each do |row|
        cells = row.map { |c| "<font size='6'>#{c[0].encode(xml: :text)}</font>\n#{c[1].encode(xml: :text)}" }
        pdf.table([cells], width: width, column_widths: row.map { |c| width * c[2] },
                           cell_style: { size: base, inline_format: true, padding: [2, 3] })
      end
      pdf.move_down 8
    when 'table'
      pdf.table([b['head']] + b['rows'], header: true, width: width,
                                         column_widths: b['widths'].map { |w| width * w },
                                         cell_style: { size: base - 1, borders: BORDERS.fetch(b['borders']), padding: [3, 4] }) do |t|
        t.row(0).font_style = :bold
        t.row(0).borders = %i[bottom] if b['borders'] == 'none'
      end
      pdf.move_down 8
    when 'checks'
      b['items'].each { |label, on| pdf.text "#{on ? '[X]' : '[  ]'} #{label}" }
      pdf.move_down 6
    when 'stamp'
      pdf.fill_color 'A00000'
      pdf.stroke_color 'A00000'
      pdf.bounding_box([width - 170, pdf.cursor], width: 170) do
        pdf.move_down 3
        b['lines'].each { |l| pdf.text l, align: :center, style: :bold }
        pdf.move_down 3
        pdf.stroke_bounds
      end
      pdf.fill_color '000000'
      pdf.stroke_color '000000'
      pdf.move_down 8
    when 'rule'
      pdf.stroke_horizontal_rule
      pdf.move_down 6
    when 'space'
      pdf.move_down b['h']
    when 'break'
      pdf.start_new_page
    end
  end
  if spec['footer']
    pdf.number_pages spec['footer'].gsub('{page}', '<page>').gsub('{total}', '<total>'),
                     at: [0, -20], width: width, align: :center, size: 7
  end
end
