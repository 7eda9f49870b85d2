package vn.khaothi.engine.infrastructure.print;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A4 pages filled from the top: lines are drawn at a cursor that moves down, and a new page starts when
 * the next block does not fit. Margins follow common Vietnamese school practice (2 cm left, 1.5 cm
 * elsewhere); the bottom margin leaves room for the footer.
 */
final class PageFlow implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final float LEFT = 20 * MM;
    static final float RIGHT = 15 * MM;
    static final float TOP = 15 * MM;
    static final float BOTTOM = 18 * MM;
    static final float LINE_GAP = 0.18f;

    private final PDDocument doc;
    private PDPageContentStream cs;
    private float y;

    PageFlow(PDDocument doc) {
        this.doc = doc;
    }

    static float pageWidth() {
        return PDRectangle.A4.getWidth();
    }

    float left() {
        return LEFT;
    }

    float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    float y() {
        return y;
    }

    PDPageContentStream content() throws IOException {
        if (cs == null) {
            newPage();
        }
        return cs;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    static float spacing(Line line) {
        return line.height() + LINE_GAP * Math.min(line.height(), 14f);
    }

    static float height(List<Line> lines) {
        return (float) lines.stream().mapToDouble(PageFlow::spacing).sum();
    }

    /** Starts a new page unless {@code h} points fit below the cursor (or could not fit on any page). */
    void keep(float h) throws IOException {
        content();
        float full = PDRectangle.A4.getHeight() - TOP - BOTTOM;
        if (y - h < BOTTOM && h <= full && y < PDRectangle.A4.getHeight() - TOP) {
            newPage();
        }
    }

    /** Draws lines at {@code x}, breaking pages between lines where needed. */
    void draw(List<Line> lines, float x, float available) throws IOException {
        for (Line line : lines) {
            keep(spacing(line));
            line.draw(content(), x, available, y - line.ascent());
            y -= spacing(line);
        }
    }

    /** Draws lines kept together on one page when they fit on a page at all. */
    void drawTogether(List<Line> lines, float x, float available) throws IOException {
        keep(height(lines));
        draw(lines, x, available);
    }

    void skip(float h) throws IOException {
        content();
        y -= h;
    }

    void moveTo(float newY) {
        y = newY;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** Writes a centred footer on every page, once all pages exist. */
    static void footers(PDDocument doc, PDFont font, float size, IntFunction<String> text) throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String s = PrintFonts.printable(font, text.apply(i + 1));
                float w = PrintFonts.width(font, s, size);
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset((pageWidth() - w) / 2, BOTTOM / 2);
                cs.showText(s);
                cs.endText();
            }
        }
    }
}
