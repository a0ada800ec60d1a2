// bench/corpus_thirtyeighth's `pdfjs` family: a document of blocks (JSON, argv[2]) set by pdfjs's
// own flow layout on its AFM base-14 fonts and written to argv[3].
'use strict';
const fs = require('fs');
const pdf = require('pdfjs');

const FONTS = {
  Helvetica: [require('pdfjs/font/Helvetica'), require('pdfjs/font/Helvetica-Bold')],
  Times: [require('pdfjs/font/Times-Roman'), require('pdfjs/font/Times-Bold')],
  Courier: [require('pdfjs/font/Courier'), require('pdfjs/font/Courier-Bold')],
};

function main() {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const [regular, bold] = FONTS[spec.font];
  const mono = FONTS.Courier[0];
  const size = spec.size;
  const doc = new pdf.Document({font: regular, fontSize: size, padding: 54, lineHeight: 1.2});
  doc.info.creationDate = new Date(Date.UTC(2026, 0, 1));
  for (const b of spec.blocks) {
    const font = b.bold ? bold : regular;
    switch (b.t) {
      case 'h':
        doc.text(b.text, {font: bold, fontSize: b.size || size + 2, textAlign: b.align || 'left'});
        break;
      case 'p':
        doc.cell({paddingBottom: size * 0.45}).text(b.text, {font, textAlign: b.align || 'left'});
        break;
      case 'right':
        for (const line of b.lines) doc.text(line, {textAlign: 'right'});
        break;
      case 'center':
        for (const line of b.lines) doc.text(line, {textAlign: 'center', font});
        break;
      case 'space':
        doc.cell({paddingTop: b.h}).text(' ');
        break;
      case 'rule':
        doc.cell({borderBottomWidth: 0.75, paddingTop: 2}).text('');
        break;
      case 'pre':
        for (const line of b.lines) doc.text(line, {font: mono, fontSize: b.size || 9.5});
        break;
      case 'bullets':
        for (const item of b.items) {
          doc.cell({paddingLeft: 14, paddingBottom: 2}).text(`${b.mark} ${item}`, {font});
        }
        break;
      case 'box': {
        const cell = doc.cell({borderWidth: 1, padding: 6});
        b.lines.forEach((line, i) => cell.text(line, {font: i === 0 && b.bold_first ? bold : regular}));
        break;
      }
      case 'kv':
      case 'table': {
        const total = b.t === 'kv' ? 1 : b.widths.reduce((a, w) => a + w, 0);
        const widths = b.t === 'kv' ? [b.lw || 160, null] : b.widths.map((w) => (w * 504) / total);
        const table = doc.table({widths, borderWidth: b.ruled ? 0.6 : 0, padding: 3});
        if (b.head) {
          const row = table.header();
          for (const h of b.head) row.cell(h, {font: bold});
        }
        for (const r of b.rows) {
          const row = table.row();
          r.forEach((c, i) => row.cell(c, {font: b.t === 'kv' && i === 0 && b.bold_labels ? bold : regular}));
        }
        break;
      }
      case 'break':
        doc.pageBreak();
        break;
      default:
        throw new Error(`unknown block ${b.t}`);
    }
  }
  const out = fs.createWriteStream(process.argv[3]);
  doc.pipe(out);
  doc.end().then(() => out.on('finish', () => process.exit(0))).catch((e) => { console.error(e); process.exit(1); });
}

main();
