package vn.khaothi.engine.application.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A printable table (the gradebook of a subject, the class's results) on landscape A4 pages:
 * a title, lines under it, a header row repeated on every page, grid lines. Fonts are the
 * project's Liberation Serif (from the openpdf-fonts-extra jar), so Vietnamese prints intact.
 */
public final class TablePdf {

    private static final float MARGIN = 28;
    private static final float ROW = 16;
    private static final float SIZE = 9;

    private TablePdf() {
    }

    /** {@code widths} are relative; the first row of {@code rows} is the header. */
    public static byte[] render(String title, List<String> subtitle, float[] widths, List<List<String>> rows,
                                List<String> footer) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "Regular");
            PDFont bold = font(doc, "Bold");
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            float scale = (size.getWidth() - 2 * MARGIN) / total;
            int next = 1;
            boolean first = true;
            while (first || next < rows.size()) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = size.getHeight() - MARGIN;
                    if (first) {
                        text(cs, bold, 13, MARGIN, y, title);
                        y -= 18;
                        for (String line : subtitle) {
                            text(cs, regular, 10, MARGIN, y, line);
                            y -= 14;
                        }
                        y -= 4;
                    }
                    y = row(cs, bold, rows.get(0), widths, scale, y);
                    while (next < rows.size() && y - ROW > MARGIN + (next == rows.size() - 1 ? 14 * footer.size() : 0)) {
                        y = row(cs, regular, rows.get(next++), widths, scale, y);
                    }
                    if (next >= rows.size()) {
                        y -= 14;
                        for (String line : footer) {
                            text(cs, regular, 9, MARGIN, y, line);
                            y -= 12;
                        }
                    }
                }
                first = false;
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float row(PDPageContentStream cs, PDFont font, List<String> cells, float[] widths, float scale, float top)
            throws IOException {
        float x = MARGIN;
        float bottom = top - ROW;
        for (int i = 0; i < widths.length; i++) {
            float w = widths[i] * scale;
            cs.addRect(x, bottom, w, ROW);
            String value = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            text(cs, font, SIZE, x + 3, bottom + 5, fit(font, value, w - 6));
            x += w;
        }
        cs.stroke();
        return bottom;
    }

    private static String fit(PDFont font, String value, float width) throws IOException {
        String text = value;
        while (!text.isEmpty() && font.getStringWidth(text) / 1000 * SIZE > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static PDFont font(PDDocument doc, String style) {
        try (InputStream in = TablePdf.class.getResourceAsStream("/liberation/LiberationSerif-" + style + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("font Liberation Serif " + style + " is not on the class path");
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
