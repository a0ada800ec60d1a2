// bench/corpus_thirtyfifth: draws one document description (JSON on stdin) with @react-pdf/renderer.
// Blocks: h, p, table, bullets, cols, rule, gap, break. Usage: node render.js OUT.pdf < doc.json
"use strict";
const React = require("react");
const { Document, Page, View, Text, Font, renderToFile } = require("@react-pdf/renderer");

Font.registerHyphenationCallback((word) => [word]);
const e = React.createElement;
const FONTS = {
  sans: ["Helvetica", "Helvetica-Bold"],
  serif: ["Times-Roman", "Times-Bold"],
  mono: ["Courier", "Courier-Bold"],
};

function para(block, fonts, size) {
  const style = {
    fontFamily: block.bold ? fonts[1] : fonts[0],
    fontSize: block.size || size,
    textAlign: block.align || "left",
    marginBottom: block.tight ? 1 : 4,
    marginLeft: block.indent || 0,
  };
  return e(Text, { style }, block.text);
}

function table(block, fonts, size) {
  const widths = block.widths || block.rows[0].map(() => 1 / block.rows[0].length);
  const border = block.ruled ? { borderWidth: 0.6, borderColor: "#333" } : {};
  const rows = block.rows.map((row, r) =>
    e(
      View,
      { key: r, style: { flexDirection: "row", ...(block.ruled ? {} : { marginBottom: 2 }) } },
      row.map((cell, c) =>
        e(
          View,
          { key: c, style: { width: `${widths[c] * 100}%`, padding: 2, ...border } },
          e(
            Text,
            { style: { fontSize: size - 1, fontFamily: r === 0 && block.header ? fonts[1] : fonts[0] } },
            cell
          )
        )
      )
    )
  );
  return e(View, { style: { marginBottom: 6, marginTop: 2 } }, rows);
}

function block(b, i, fonts, size) {
  let node;
  if (b.t === "h") node = para({ ...b, bold: true, size: b.size || size + 3 }, fonts, size);
  else if (b.t === "p") node = para(b, fonts, size);
  else if (b.t === "table") node = table(b, fonts, size);
  else if (b.t === "bullets")
    node = e(
      View,
      { style: { marginBottom: 4 } },
      b.items.map((item, k) => e(Text, { key: k, style: { fontFamily: fonts[0], fontSize: size, marginLeft: 12, marginBottom: 2 } }, `${b.mark || "\u2022"} ${item}`))
    );
  else if (b.t === "cols")
    node = e(
      View,
      { style: { flexDirection: "row", marginBottom: 4 } },
      [b.left, b.right].map((lines, k) =>
        e(View, { key: k, style: { width: "50%", paddingRight: 8 } }, lines.map((line, m) => e(Text, { key: m, style: { fontFamily: fonts[0], fontSize: size, marginBottom: 2 } }, line)))
      )
    );
  else if (b.t === "rule") node = e(View, { style: { borderBottomWidth: 0.8, borderColor: "#000", marginVertical: 4 } });
  else if (b.t === "gap") node = e(View, { style: { height: 8 } });
  else if (b.t === "break") node = e(View, { break: true });
  else throw new Error(`unknown block ${b.t}`);
  return e(React.Fragment, { key: i }, node);
}

async function main() {
  const out = process.argv[2];
  const doc = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const fonts = FONTS[doc.font] || FONTS.sans;
  const size = doc.size || 10;
  const page = e(Page, { size: "LETTER", style: { padding: 54 } }, doc.blocks.map((b, i) => block(b, i, fonts, size)));
  const info = { title: doc.title, author: doc.author, creator: doc.author, producer: "react-pdf" };
  await renderToFile(e(Document, info, page), out);
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
