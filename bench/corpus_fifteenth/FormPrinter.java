// Prints customs forms with Apache PDFBox 2 the way a case or ERP system does: every string and
// rule is placed at coordinates computed by the caller (bench/corpus_fifteenth/pdfbox_render.py).
// Usage: java FormPrinter LAYOUT.txt OUT.pdf [LAYOUT.txt OUT.pdf ...]
// Layout lines (tab-separated): PAGE | FONT name size | TEXT x y text | LINE x1 y1 x2 y2 | RECT x y w h | GRAY g
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

public final class FormPrinter {
    private FormPrinter() {}

    private static PDFont font(String name) {
        switch (name) {
            case "Helvetica-Bold": return PDType1Font.HELVETICA_BOLD;
            case "Courier": return PDType1Font.COURIER;
            case "Courier-Bold": return PDType1Font.COURIER_BOLD;
            case "Times-Roman": return PDType1Font.TIMES_ROMAN;
            case "Times-Bold": return PDType1Font.TIMES_BOLD;
            default: return PDType1Font.HELVETICA;
        }
    }

    private static void print(File layout, File out) throws Exception {
        List<String> lines = Files.readAllLines(layout.toPath(), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setProducer("FormPrinter (Apache PDFBox 2)");
            PDPageContentStream cs = null;
            PDFont current = PDType1Font.HELVETICA;
            float size = 10f;
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "PAGE":
                        if (cs != null) cs.close();
                        PDPage page = new PDPage(PDRectangle.LETTER);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        cs.setLineWidth(0.6f);
                        break;
                    case "FONT":
                        current = font(f[1]);
                        size = Float.parseFloat(f[2]);
                        break;
                    case "GRAY":
                        cs.setNonStrokingColor(Float.parseFloat(f[1]));
                        break;
                    case "TEXT":
                        cs.beginText();
                        cs.setFont(current, size);
                        cs.newLineAtOffset(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
                        cs.showText(f[3]);
                        cs.endText();
                        break;
                    case "LINE":
                        cs.moveTo(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
                        cs.lineTo(Float.parseFloat(f[3]), Float.parseFloat(f[4]));
                        cs.stroke();
                        break;
                    case "RECT":
                        cs.addRect(Float.parseFloat(f[1]), Float.parseFloat(f[2]),
                                   Float.parseFloat(f[3]), Float.parseFloat(f[4]));
                        cs.stroke();
                        break;
                    default:
                        throw new IllegalArgumentException(layout + ": unknown layout line: " + line);
                }
            }
            if (cs != null) cs.close();
            doc.save(out);
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            print(new File(args[i]), new File(args[i + 1]));
        }
    }
}
