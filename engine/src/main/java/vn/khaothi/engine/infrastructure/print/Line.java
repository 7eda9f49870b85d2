package vn.khaothi.engine.infrastructure.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One laid-out line: pieces at x offsets from the line's left edge, with the line's extent above and below
 * its baseline. Lines of several columns are merged into one ({@link #merge}) so that a row of options
 * moves to the next page as a whole.
 */
record Line(List<Placed> pieces, float width, float ascent, float descent, boolean centered) {

    /** Drawable content measured in points. */
    sealed interface Piece {
        float width();

        float ascent();

        float descent();

        void draw(PDPageContentStream cs, float x, float baseline) throws IOException;
    }

    record Text(String text, PDFont font, float size, float rise, boolean underline, float width) implements Piece {
        @Override
        public float ascent() {
            return font.getFontDescriptor().getAscent() / 1000f * size + rise;
        }

        @Override
        public float descent() {
            return -font.getFontDescriptor().getDescent() / 1000f * size - rise;
        }

        @Override
        public void draw(PDPageContentStream cs, float x, float baseline) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline + rise);
            cs.showText(text);
            cs.endText();
            if (underline) {
                cs.setLineWidth(size / 18f);
                cs.moveTo(x, baseline - size * 0.12f);
                cs.lineTo(x + width, baseline - size * 0.12f);
                cs.stroke();
            }
        }
    }

    record Image(PDImageXObject image, float width, float height, float depth) implements Piece {
        @Override
        public float ascent() {
            return height - depth;
        }

        @Override
        public float descent() {
            return depth;
        }

        @Override
        public void draw(PDPageContentStream cs, float x, float baseline) throws IOException {
            cs.drawImage(image, x, baseline - depth, width, height);
        }
    }

    record Placed(Piece piece, float x) {
    }

    static Line of(List<Placed> pieces, boolean centered, float minAscent, float minDescent) {
        float ascent = minAscent;
        float descent = minDescent;
        float width = 0;
        for (Placed p : pieces) {
            ascent = Math.max(ascent, p.piece().ascent());
            descent = Math.max(descent, p.piece().descent());
            width = Math.max(width, p.x() + p.piece().width());
        }
        return new Line(List.copyOf(pieces), width, ascent, descent, centered);
    }

    float height() {
        return ascent + descent;
    }

    Line shifted(float dx) {
        List<Placed> moved = pieces.stream().map(p -> new Placed(p.piece(), p.x() + dx)).toList();
        return new Line(moved, width + dx, ascent, descent, centered);
    }

    /** Lines side by side (columns) as one line: the union of their pieces. */
    static Line merge(List<Line> columns) {
        List<Placed> all = new ArrayList<>();
        float ascent = 0;
        float descent = 0;
        for (Line l : columns) {
            all.addAll(l.pieces());
            ascent = Math.max(ascent, l.ascent());
            descent = Math.max(descent, l.descent());
        }
        return of(all, false, ascent, descent);
    }

    void draw(PDPageContentStream cs, float left, float available, float baseline) throws IOException {
        float x0 = centered ? left + (available - width) / 2 : left;
        for (Placed p : pieces) {
            p.piece().draw(cs, x0 + p.x(), baseline);
        }
    }
}
