package vn.khaothi.engine.infrastructure.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX typeset by JLaTeXMath into images at {@value #DPI} dpi, one XObject per distinct formula in a
 * document. A formula JLaTeXMath cannot parse is set as {@code \text{…}} of its source without commands,
 * so no raw LaTeX reaches the paper.
 */
final class MathImages {

    static final int DPI = 360;
    private static final float SCALE = DPI / 72f;

    /** A typeset formula: its XObject and its size in points, {@code depth} below the baseline. */
    record Rendered(PDImageXObject image, float width, float height, float depth) {
    }

    private final PDDocument doc;
    private final Map<String, Rendered> cache = new HashMap<>();

    MathImages(PDDocument doc) {
        this.doc = doc;
    }

    Rendered render(String latex, boolean display, float size) {
        return cache.computeIfAbsent(display + "|" + size + "|" + latex, k -> typeset(latex, display, size));
    }

    private Rendered typeset(String latex, boolean display, float size) {
        TeXIcon icon = icon(latex, display, size * SCALE);
        icon.setInsets(new Insets(1, 1, 1, 1));
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.setForeground(Color.BLACK);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        try {
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            return new Rendered(xobject, w / SCALE, h / SCALE, icon.getIconDepth() / SCALE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TeXIcon icon(String latex, boolean display, float pixels) {
        int style = display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT;
        try {
            return new TeXFormula(latex).createTeXIcon(style, pixels);
        } catch (RuntimeException unparsable) {
            String plain = latex.replaceAll("\\\\[a-zA-Z]+", " ").replaceAll("[{}\\\\^_$]", " ")
                    .replaceAll("\\s+", " ").trim();
            return new TeXFormula("\\text{" + (plain.isEmpty() ? "?" : plain) + "}").createTeXIcon(style, pixels);
        }
    }
}
