// Draws the pdflib family with pdf-lib: reads a JSON list of jobs {"out", "flatten", "pages"} on stdin.
// Text and rules are drawn on the page; "field" ops become AcroForm fields filled with their
// values (appearance streams generated), flattened into page content only when the job says so.
'use strict';
const fs = require('fs');
const { PDFDocument, PDFName, StandardFonts, rgb } = require('pdf-lib');

const FONTS = {
  Helvetica: StandardFonts.Helvetica, 'Helvetica-Bold': StandardFonts.HelveticaBold,
  'Times-Roman': StandardFonts.TimesRoman, 'Times-Bold': StandardFonts.TimesRomanBold,
  Courier: StandardFonts.Courier, 'Courier-Bold': StandardFonts.CourierBold,
};

async function draw(job) {
  const doc = await PDFDocument.create();
  doc.setTitle(job.title);
  doc.setProducer('pdf-lib');
  // Fixed dates: the same seed gives the same bytes.
  doc.setCreationDate(new Date(job.date));
  doc.setModificationDate(new Date(job.date));
  const fonts = {};
  for (const [name, std] of Object.entries(FONTS)) fonts[name] = await doc.embedFont(std);
  const form = doc.getForm();
  const radios = {};
  for (const ops of job.pages) {
    const page = doc.addPage([612, 792]);
    for (const op of ops) {
      if (op.t === 'text') {
        page.drawText(op.v, { x: op.x, y: op.y, size: op.s, font: fonts[op.f] });
      } else if (op.t === 'line') {
        page.drawLine({ start: { x: op.x1, y: op.y1 }, end: { x: op.x2, y: op.y2 },
          thickness: op.w || 0.6, color: rgb(0, 0, 0) });
      } else if (op.t === 'rect') {
        page.drawRectangle({ x: op.x, y: op.y, width: op.wd, height: op.h,
          borderWidth: op.w || 0.6, borderColor: rgb(0, 0, 0) });
      } else if (op.t === 'field') {
        field(form, page, op, fonts, radios);
      }
    }
  }
  form.updateFieldAppearances(fonts[job.field_font || 'Helvetica']);
  if (job.flatten) {
    form.flatten();
    dropDeadAnnots(doc);
  }
  fs.writeFileSync(job.out, await doc.save());
}

// pdf-lib 1.17's flatten() deletes the widgets but leaves their references in each page's
// /Annots; Acrobat's flattened files have none, so the dangling references are dropped.
function dropDeadAnnots(doc) {
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    const live = annots.asArray().filter((ref) => doc.context.lookup(ref) !== undefined);
    if (live.length) page.node.set(PDFName.of('Annots'), doc.context.obj(live));
    else page.node.delete(PDFName.of('Annots'));
  }
}

function field(form, page, op, fonts, radios) {
  const box = { x: op.x, y: op.y, width: op.wd, height: op.h, borderWidth: 0.5 };
  if (op.kind === 'text') {
    const f = form.createTextField(op.name);
    if (op.multiline) f.enableMultiline();
    f.setText(op.value);
    f.addToPage(page, { ...box, font: fonts[op.font || 'Helvetica'] });
    f.setFontSize(op.size || 9);
  } else if (op.kind === 'check') {
    const f = form.createCheckBox(op.name);
    f.addToPage(page, box);
    if (op.value) f.check();
  } else if (op.kind === 'radio') {
    let f = radios[op.name];
    if (!f) { f = form.createRadioGroup(op.name); radios[op.name] = f; }
    f.addOptionToPage(op.option, page, box);
    if (op.value) f.select(op.option);
  } else if (op.kind === 'dropdown') {
    const f = form.createDropdown(op.name);
    f.addOptions(op.options);
    f.select(op.value);
    f.addToPage(page, { ...box, font: fonts.Helvetica });
    f.setFontSize(op.size || 9);
  }
}

(async () => {
  const jobs = JSON.parse(fs.readFileSync(0, 'utf8'));
  for (const job of jobs) await draw(job);
})().catch((err) => { console.error(err); process.exit(1); });
