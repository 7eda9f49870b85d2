package vn.khaothi.engine.infrastructure.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif (metric-compatible with Times New Roman, the face of Vietnamese school papers; SIL OFL
 * 1.1, licence in the jar at {@code liberation/LICENSE}) in its four styles, embedded as subsets. It covers
 * every precomposed Vietnamese letter (ạ ầ … ỹ đ Đ); text is NFC-normalised before it is set.
 */
final class PrintFonts {

    private static final String DIR = "/liberation/LiberationSerif-";

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    final PDFont boldItalic;

    private PrintFonts(PDDocument doc) {
        regular = load(doc, "Regular");
        bold = load(doc, "Bold");
        italic = load(doc, "Italic");
        boldItalic = load(doc, "BoldItalic");
    }

    static PrintFonts embedIn(PDDocument doc) {
        return new PrintFonts(doc);
    }

    PDFont of(Atom.Style style) {
        if (style.bold()) {
            return style.italic() ? boldItalic : bold;
        }
        return style.italic() ? italic : regular;
    }

    /** Width of {@code text} in points; characters the font lacks are measured as '?'. */
    static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return font == null ? 0 : width(font, printable(font, text), size);
        }
    }

    /** The text with every character the font cannot show replaced by '?'. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            try {
                font.getStringWidth(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static PDFont load(PDDocument doc, String style) {
        try (InputStream in = PrintFonts.class.getResourceAsStream(DIR + style + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("font Liberation Serif " + style + " is not on the class path");
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
