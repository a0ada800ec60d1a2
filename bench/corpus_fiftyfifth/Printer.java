// Draws the page jobs written by render.py with FreeHEP's PDFGraphics2D (Java2D onto a PDF
// page, base-14 fonts, no embedding). Usage: java Printer JOBFILE
// Job lines, tab separated: D path | P | T font size x y text | L x1 y1 x2 y2 w |
// R x y w h lw | F x y w h gray | E
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Insets;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.freehep.graphicsbase.util.UserProperties;
import org.freehep.graphicsio.pdf.PDFGraphics2D;

public class Printer {
    static Font font(String code, float size) {
        String family = code.startsWith("H") ? "Helvetica" : code.startsWith("T") ? "Times" : "Courier";
        int style = code.endsWith("B") ? Font.BOLD : Font.PLAIN;
        return new Font(family, style, 10).deriveFont(size);
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8));
        PDFGraphics2D g = null;
        boolean open = false;
        int page = 0;
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "D": {
                    UserProperties p = new UserProperties();
                    p.setProperty(PDFGraphics2D.EMBED_FONTS, false);
                    p.setProperty(PDFGraphics2D.TEXT_AS_SHAPES, false);
                    p.setProperty(PDFGraphics2D.PAGE_MARGINS, new Insets(0, 0, 0, 0));
                    p.setProperty(PDFGraphics2D.FIT_TO_PAGE, false);
                    p.setProperty(PDFGraphics2D.COMPRESS, true);
                    p.setProperty(PDFGraphics2D.PAGE_SIZE, "Letter");
                    g = new PDFGraphics2D(new File(f[1]), new Dimension(612, 792));
                    g.setProperties(p);
                    g.setMultiPage(true);
                    g.startExport();
                    page = 0;
                    break;
                }
                case "P":
                    if (open) g.closePage();
                    page++;
                    g.openPage(new Dimension(612, 792), "page " + page);
                    g.setColor(Color.BLACK);
                    open = true;
                    break;
                case "T":
                    g.setColor(Color.BLACK);
                    g.setFont(font(f[1], Float.parseFloat(f[2])));
                    g.drawString(f[5], Float.parseFloat(f[3]), Float.parseFloat(f[4]));
                    break;
                case "L":
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(Float.parseFloat(f[5])));
                    g.draw(new Line2D.Double(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                    break;
                case "R":
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(Float.parseFloat(f[5])));
                    g.draw(new Rectangle2D.Double(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                    break;
                case "F": {
                    float v = Float.parseFloat(f[5]);
                    g.setColor(new Color(v, v, v));
                    g.fill(new Rectangle2D.Double(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                    g.setColor(Color.BLACK);
                    break;
                }
                case "E":
                    if (open) g.closePage();
                    open = false;
                    g.endExport();
                    g = null;
                    break;
                default:
                    throw new IllegalArgumentException("bad job line: " + line);
            }
        }
        in.close();
    }
}
