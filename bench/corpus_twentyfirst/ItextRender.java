// Prints the corpus's iText family: reads a job file of flow blocks and writes one PDF per DOC.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class ItextRender {
    static Map<String, BaseFont> fonts = new HashMap<>();

    static BaseFont base(String family, boolean bold) throws Exception {
        String key = family + bold;
        if (fonts.containsKey(key)) return fonts.get(key);
        BaseFont bf;
        switch (family) {
            case "times": bf = BaseFont.createFont(bold ? BaseFont.TIMES_BOLD : BaseFont.TIMES_ROMAN, BaseFont.WINANSI, false); break;
            case "courier": bf = BaseFont.createFont(bold ? BaseFont.COURIER_BOLD : BaseFont.COURIER, BaseFont.WINANSI, false); break;
            case "dejavu": bf = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans" + (bold ? "-Bold" : "") + ".ttf", BaseFont.IDENTITY_H, true); break;
            case "liberation": bf = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-" + (bold ? "Bold" : "Regular") + ".ttf", BaseFont.IDENTITY_H, true); break;
            default: bf = BaseFont.createFont(bold ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA, BaseFont.WINANSI, false);
        }
        fonts.put(key, bf);
        return bf;
    }

    static class Header extends PdfPageEventHelper {
        String text; BaseFont bf;
        Header(String text, BaseFont bf) { this.text = text; this.bf = bf; }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            if (!text.isEmpty()) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(text, new Font(bf, 8)), d.left(), d.top() + 18, 0);
            }
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Page " + w.getPageNumber(), new Font(bf, 8)), d.right(), d.bottom() - 20, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8));
        String line; Document doc = null; String family = "helv"; PdfPTable table = null; int tableRow = 0;
        PdfWriter writer = null;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "DOC": {
                    family = f[3];
                    Rectangle size = f[2].equals("L") ? PageSize.LETTER.rotate() : PageSize.LETTER;
                    doc = new Document(size, 60, 60, 60, 60);
                    writer = PdfWriter.getInstance(doc, new FileOutputStream(f[1]));
                    writer.setPageEvent(new Header(f[4], base(family, false)));
                    doc.open();
                    break;
                }
                case "P": {
                    boolean bold = f[1].contains("b");
                    Font font = new Font(base(family, bold), Float.parseFloat(f[2]));
                    if (f[1].contains("u")) font.setStyle(Font.UNDERLINE);
                    Paragraph p = new Paragraph(f[4], font);
                    p.setAlignment(f[3].equals("C") ? Element.ALIGN_CENTER : f[3].equals("R") ? Element.ALIGN_RIGHT
                        : f[3].equals("J") ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT);
                    p.setIndentationLeft(Float.parseFloat(f[5]));
                    p.setSpacingAfter(Float.parseFloat(f[6]));
                    doc.add(p);
                    break;
                }
                case "SP": doc.add(new Paragraph(" ", new Font(base(family, false), Float.parseFloat(f[1])))); break;
                case "NP": doc.newPage(); break;
                case "TABLE": {
                    String[] ws = f[3].split(",");
                    float[] widths = new float[ws.length];
                    for (int i = 0; i < ws.length; i++) widths[i] = Float.parseFloat(ws[i]);
                    table = new PdfPTable(widths);
                    table.setWidthPercentage(100);
                    table.setHeaderRows(0);
                    table.setSpacingAfter(8);
                    table.getDefaultCell().setBorder(f[2].equals("1") ? Rectangle.BOX : Rectangle.NO_BORDER);
                    table.setSplitLate(false);
                    tableRow = 0;
                    table.getDefaultCell().setPadding(3);
                    table.getDefaultCell().setMinimumHeight(Float.parseFloat(f[4]));
                    break;
                }
                case "ROW": {
                    boolean head = f[1].equals("H");
                    Font font = new Font(base(family, head), Float.parseFloat(f[2]));
                    for (int i = 3; i < f.length; i++) {
                        PdfPCell cell = new PdfPCell(table.getDefaultCell());
                        cell.setPhrase(new Phrase(f[i].replace("\\n", "\n"), font));
                        if (head && table.getDefaultCell().getBorder() != Rectangle.NO_BORDER) cell.setGrayFill(0.88f);
                        table.addCell(cell);
                    }
                    tableRow++;
                    break;
                }
                case "ENDTABLE": doc.add(table); table = null; break;
                case "BOX": {
                    // absolute box on the current page: x y w h caption value
                    PdfContentByte cb = writer.getDirectContent();
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), w = Float.parseFloat(f[3]), h = Float.parseFloat(f[4]);
                    cb.rectangle(x, y, w, h); cb.stroke();
                    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(f[5], new Font(base(family, false), 6)), x + 2, y + h - 8, 0);
                    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(f[6], new Font(base(family, true), 9)), x + 4, y + 4, 0);
                    break;
                }
                case "END": doc.close(); doc = null; break;
                default: throw new IllegalArgumentException("bad job line: " + line);
            }
        }
    }
}
