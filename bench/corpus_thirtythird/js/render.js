// Sets a document's blocks (bench/corpus_thirtythird/model.py) with PDFKit: node render.js SPEC.json OUT.pdf
"use strict";
const fs = require("fs");
const PDFDocument = require("pdfkit");

const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const FACES = {
  helv: { r: "Helvetica", b: "Helvetica-Bold", i: "Helvetica-Oblique", m: "Courier" },
  times: { r: "Times-Roman", b: "Times-Bold", i: "Times-Italic", m: "Courier" },
  courier: { r: "Courier", b: "Courier-Bold", i: "Courier-Oblique", m: "Courier" },
};
const face = FACES[spec.face] || FACES.helv;
const LEFT = 72, WIDTH = 468, BOTTOM = 720;
// A fixed creation date keeps the bytes the same for a seed.
const doc = new PDFDocument({ size: "LETTER", margins: { top: 72, left: LEFT, right: 72, bottom: 60 },
  info: { Title: spec.title, Producer: "PDFKit", CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
doc.pipe(fs.createWriteStream(process.argv[3]));

function need(height) {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function para(b) {
  doc.font(face[b.font]).fontSize(b.size);
  const opts = { width: WIDTH - b.indent, align: { l: "left", c: "center", r: "right" }[b.align] };
  need(doc.heightOfString(b.text, opts));
  doc.text(b.text, LEFT + b.indent, doc.y, opts);
  doc.y += b.after;
}

function table(b) {
  doc.font(face[b.font]).fontSize(b.size);
  b.rows.forEach((row, n) => {
    const font = n === 0 && b.ruled !== "none" ? face.b : face[b.font];
    doc.font(font);
    const height = Math.max(...row.map((cell, c) => doc.heightOfString(cell, { width: b.widths[c] - 6 }))) + 5;
    need(height);
    const top = doc.y;
    let x = LEFT;
    row.forEach((cell, c) => {
      doc.text(cell, x + 2, top + 2, { width: b.widths[c] - 6, lineBreak: true });
      x += b.widths[c];
    });
    doc.y = top + height;
    if (b.ruled === "all" || (b.ruled === "head" && n === 0) || (b.ruled === "head" && n === b.rows.length - 1)) {
      doc.moveTo(LEFT, doc.y).lineTo(x, doc.y).lineWidth(0.6).stroke();
    }
  });
  doc.y += 8;
}

function margin(b) {
  doc.fontSize(b.size);
  doc.font(face.b);
  const lh = doc.heightOfString(b.label, { width: 110 });
  doc.font(face.r);
  const th = doc.heightOfString(b.text, { width: WIDTH - 124 });
  need(Math.max(lh, th));
  const top = doc.y;
  doc.font(face.b).text(b.label, LEFT, top, { width: 110 });
  doc.font(face.r).text(b.text, LEFT + 124, top, { width: WIDTH - 124 });
  doc.y = top + Math.max(lh, th) + 6;
}

function box(b) {
  doc.font(face[b.font]).fontSize(b.size);
  const text = b.lines.join("\n");
  const height = doc.heightOfString(text, { width: WIDTH - 16 }) + 12;
  need(height);
  const top = doc.y;
  doc.rect(LEFT, top, WIDTH, height).lineWidth(0.8).stroke();
  doc.text(text, LEFT + 8, top + 6, { width: WIDTH - 16 });
  doc.y = top + height + 8;
}

for (const b of spec.blocks) {
  if (b.k === "p") para(b);
  else if (b.k === "table") table(b);
  else if (b.k === "margin") margin(b);
  else if (b.k === "box") box(b);
  else if (b.k === "rule") { doc.moveTo(LEFT, doc.y).lineTo(LEFT + WIDTH, doc.y).lineWidth(0.5).stroke(); doc.y += 6; }
  else if (b.k === "gap") { doc.y += b.h; }
  else if (b.k === "page") doc.addPage();
}
doc.end();
