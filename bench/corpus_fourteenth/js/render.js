// Renders pdfmake document definitions: node render.js JOBS.json, JOBS = [{"out": path, "doc": {...}}].
const fs = require('fs');
const PdfPrinter = require('pdfmake');

const dejavu = '/usr/share/fonts/truetype/dejavu/';
const fonts = {
  Helvetica: {normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique',
              bolditalics: 'Helvetica-BoldOblique'},
  Times: {normal: 'Times-Roman', bold: 'Times-Bold', italics: 'Times-Italic',
          bolditalics: 'Times-BoldItalic'},
  Courier: {normal: 'Courier', bold: 'Courier-Bold', italics: 'Courier-Oblique',
            bolditalics: 'Courier-BoldOblique'},
  DejaVu: {normal: dejavu + 'DejaVuSans.ttf', bold: dejavu + 'DejaVuSans-Bold.ttf',
           italics: dejavu + 'DejaVuSans.ttf', bolditalics: dejavu + 'DejaVuSans-Bold.ttf'},
};
const printer = new PdfPrinter(fonts);
const jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function one(job) {
  return new Promise((resolve, reject) => {
    const doc = job.doc;
    const header = doc.headerText;
    const footer = doc.footerText;
    delete doc.headerText;
    delete doc.footerText;
    if (header) {
      doc.header = (page, count) => ({text: header + '    Page ' + page + ' of ' + count,
                                      margin: [50, 20, 50, 0], fontSize: 8});
    }
    if (footer) {
      doc.footer = () => ({text: footer, margin: [50, 0, 50, 20], fontSize: 7});
    }
    const pdf = printer.createPdfKitDocument(doc, {});
    const stream = fs.createWriteStream(job.out);
    pdf.pipe(stream);
    pdf.end();
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
}

(async () => {
  for (const job of jobs) {
    await one(job);
  }
})().catch((err) => { console.error(err); process.exit(1); });
