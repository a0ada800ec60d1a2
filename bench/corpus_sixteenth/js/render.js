// Renders one page-op list (written by bench/corpus_sixteenth/jspdf_out.py) to a PDF with jsPDF.
// Usage: node render.js SPEC.json OUT.pdf. The layout is decided in Python; this only draws it.
"use strict";
const fs = require("fs");
const { jsPDF } = require("jspdf");

const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const doc = new jsPDF({ orientation: spec.orientation, unit: "pt", format: "letter" });
doc.setProperties({ title: spec.title, creator: spec.creator });
spec.pages.forEach((ops, index) => {
  if (index > 0) doc.addPage("letter", spec.orientation);
  for (const op of ops) {
    if (op.op === "text") {
      doc.setFont(op.font, op.style);
      doc.setFontSize(op.size);
      doc.setTextColor(op.color[0], op.color[1], op.color[2]);
      doc.text(op.text, op.x, op.y, { align: op.align });
    } else if (op.op === "line") {
      doc.setDrawColor(op.color[0], op.color[1], op.color[2]);
      doc.setLineWidth(op.width);
      doc.line(op.x1, op.y1, op.x2, op.y2);
    } else if (op.op === "rect") {
      doc.setDrawColor(op.stroke[0], op.stroke[1], op.stroke[2]);
      doc.setFillColor(op.fill[0], op.fill[1], op.fill[2]);
      doc.setLineWidth(op.width);
      doc.roundedRect(op.x, op.y, op.w, op.h, op.r, op.r, op.mode);
    }
  }
});
fs.writeFileSync(process.argv[3], Buffer.from(doc.output("arraybuffer")));
