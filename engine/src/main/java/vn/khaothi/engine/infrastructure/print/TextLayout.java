package vn.khaothi.engine.infrastructure.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Measures {@link Atom}s and breaks them into {@link Line}s: greedy filling, breaks only where white space
 * stood (so "x<sup>2</sup>+1" or a word glued to a formula never splits), a hanging indent for the lines
 * after the first, display formulas centred on their own line.
 */
final class TextLayout {

    /** Points (1/72 in): 283 pt = 10 cm. */
    static final float MAX_PICTURE_HEIGHT = 283f;

    private final PDDocument doc;
    private final PrintFonts fonts;
    private final MathImages math;

    TextLayout(PDDocument doc, PrintFonts fonts, MathImages math) {
        this.doc = doc;
        this.fonts = fonts;
        this.math = math;
    }

    PrintFonts fonts() {
        return fonts;
    }

    /**
     * Lines of at most {@code width} points; the first line starts at {@code firstIndent}, the others at
     * {@code hangIndent}.
     */
    List<Line> lines(List<Atom> atoms, float size, float width, float firstIndent, float hangIndent,
            boolean centered) {
        List<Line> lines = new ArrayList<>();
        List<Line.Placed> current = new ArrayList<>();
        float x = firstIndent;
        float lineStart = firstIndent;
        int i = 0;
        while (i < atoms.size()) {
            Atom atom = atoms.get(i);
            if (atom instanceof Atom.Break) {
                lines.add(finish(current, size, centered));
                current = new ArrayList<>();
                x = lineStart = hangIndent;
                i++;
                continue;
            }
            if (atom instanceof Atom.Math m && m.display()) {
                if (!current.isEmpty()) {
                    lines.add(finish(current, size, centered));
                }
                Line.Piece formula = fitted(piece(m, size), width - hangIndent);
                lines.add(Line.of(List.of(new Line.Placed(formula, 0)), true, 0, 0));
                current = new ArrayList<>();
                x = lineStart = hangIndent;
                i++;
                continue;
            }
            // a word: this atom and the ones glued to it (no white space between)
            List<Line.Piece> word = new ArrayList<>();
            word.add(fitted(piece(atom, size), width - hangIndent));
            int j = i + 1;
            while (j < atoms.size() && !atoms.get(j).spaceBefore()
                    && !(atoms.get(j) instanceof Atom.Math dm && dm.display())) {
                word.add(fitted(piece(atoms.get(j), size), width - hangIndent));
                j++;
            }
            if (word.size() == 1 && word.get(0) instanceof Line.Text t && t.width() > width - hangIndent) {
                // a word longer than a line (a long number, a row of dots) is cut where the line ends
                List<Line.Text> parts = cut(t, width - hangIndent);
                if (!current.isEmpty()) {
                    lines.add(finish(current, size, centered));
                }
                for (int k = 0; k < parts.size() - 1; k++) {
                    lines.add(finish(List.of(new Line.Placed(parts.get(k), hangIndent)), size, centered));
                }
                current = new ArrayList<>();
                x = lineStart = hangIndent;
                word = List.of(parts.get(parts.size() - 1));
            }
            float wordWidth = (float) word.stream().mapToDouble(Line.Piece::width).sum();
            float space = current.isEmpty() || !atom.spaceBefore() ? 0 : spaceWidth(atom, size);
            if (!current.isEmpty() && x + space + wordWidth > width) {
                lines.add(finish(current, size, centered));
                current = new ArrayList<>();
                x = lineStart = hangIndent;
                space = 0;
            }
            if (space > 0 && underlined(current.get(current.size() - 1).piece()) && underlined(word.get(0))) {
                // an underlined phrase is underlined across its spaces too
                Line.Text first = (Line.Text) word.get(0);
                current.add(new Line.Placed(new Line.Text(" ", first.font(), first.size(), 0, true, space), x));
            }
            x += space;
            for (Line.Piece p : word) {
                current.add(new Line.Placed(p, x));
                x += p.width();
            }
            i = j;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(finish(current, size, centered));
        }
        return lines;
    }

    /** The width of the atoms set on one line without breaking. */
    float naturalWidth(List<Atom> atoms, float size) {
        List<Line> one = lines(atoms, size, Float.MAX_VALUE, 0, 0, false);
        return (float) one.stream().mapToDouble(Line::width).max().orElse(0);
    }

    /** True when the atoms need more than one line even without a width limit (breaks, display math). */
    boolean hasBreaks(List<Atom> atoms) {
        return atoms.stream().anyMatch(a -> a instanceof Atom.Break || a instanceof Atom.Math m && m.display());
    }

    private Line finish(List<Line.Placed> pieces, float size, boolean centered) {
        float ascent = fonts.regular.getFontDescriptor().getAscent() / 1000f * size;
        float descent = -fonts.regular.getFontDescriptor().getDescent() / 1000f * size;
        return Line.of(pieces, centered, ascent, descent);
    }

    private float spaceWidth(Atom atom, float size) {
        PDFont font = atom instanceof Atom.Word w ? fonts.of(w.style()) : fonts.regular;
        return PrintFonts.width(font, " ", size);
    }

    private Line.Piece piece(Atom atom, float size) {
        if (atom instanceof Atom.Word w) {
            PDFont font = fonts.of(w.style());
            float s = w.style().script() == 0 ? size : size * 0.7f;
            float rise = w.style().script() > 0 ? size * 0.33f : w.style().script() < 0 ? -size * 0.15f : 0;
            String text = PrintFonts.printable(font, w.text());
            return new Line.Text(text, font, s, rise, w.style().underline(), PrintFonts.width(font, text, s));
        }
        if (atom instanceof Atom.Math m) {
            MathImages.Rendered r = math.render(m.latex(), m.display(), size);
            return new Line.Image(r.image(), r.width(), r.height(), r.depth());
        }
        Atom.Picture p = (Atom.Picture) atom;
        if (p.bytes() != null) {
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, p.bytes(), "picture");
                // pictures are drawn at 96 dpi, the size a browser shows them at
                float w = image.getWidth() * 0.75f;
                float h = image.getHeight() * 0.75f;
                // a tall figure (a scanned page, a phone photo) at most ~10 cm high; the width is fitted to the column later
                float k = h > MAX_PICTURE_HEIGHT ? MAX_PICTURE_HEIGHT / h : 1f;
                return new Line.Image(image, w * k, h * k, 0);
            } catch (IOException | IllegalArgumentException unreadable) {
                // falls through to the alternative text
            }
        }
        String alt = PrintFonts.printable(fonts.italic, p.alt());
        return new Line.Text(alt, fonts.italic, size, 0, false, PrintFonts.width(fonts.italic, alt, size));
    }

    /** Pieces of a text no wider than {@code max} each, cut between characters. */
    private static List<Line.Text> cut(Line.Text t, float max) {
        List<Line.Text> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int[] cps = t.text().codePoints().toArray();
        for (int cp : cps) {
            String next = part + new String(Character.toChars(cp));
            if (part.length() > 0 && PrintFonts.width(t.font(), next, t.size()) > max) {
                parts.add(text(t, part.toString()));
                part.setLength(0);
            }
            part.appendCodePoint(cp);
        }
        parts.add(text(t, part.toString()));
        return parts;
    }

    private static Line.Text text(Line.Text like, String s) {
        return new Line.Text(s, like.font(), like.size(), like.rise(), like.underline(),
                PrintFonts.width(like.font(), s, like.size()));
    }

    private static boolean underlined(Line.Piece piece) {
        return piece instanceof Line.Text t && t.underline();
    }

    /** An image wider than the column is scaled down to fit it. */
    private static Line.Piece fitted(Line.Piece piece, float maxWidth) {
        if (piece instanceof Line.Image img && img.width() > maxWidth && maxWidth > 0) {
            float k = maxWidth / img.width();
            return new Line.Image(img.image(), img.width() * k, img.height() * k, img.depth() * k);
        }
        return piece;
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
