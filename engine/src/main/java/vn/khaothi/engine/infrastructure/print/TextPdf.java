package vn.khaothi.engine.infrastructure.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * An A4 document of plain text set like the papers (văn bản in): the same embedded Liberation Serif,
 * margins, line breaking and page breaks as {@link PaperPdf}, for the school's other printed records
 * (the remote-assessment decision record), so that papers and records look alike and the layout
 * code exists once. Text is set as given, never parsed as HTML or math.
 */
public final class TextPdf {

    /** The face a run of text is set in. */
    public enum Style {
        PLAIN(Atom.Style.PLAIN), BOLD(Atom.Style.BOLD), ITALIC(Atom.Style.ITALIC);

        private final Atom.Style atom;

        Style(Atom.Style atom) {
            this.atom = atom;
        }
    }

    /** What the caller writes on the pages. */
    @FunctionalInterface
    public interface Body {
        void write(TextPdf pdf) throws IOException;
    }

    private final TextLayout layout;
    private final PageFlow flow;

    private TextPdf(TextLayout layout, PageFlow flow) {
        this.layout = layout;
        this.flow = flow;
    }

    /** The PDF as bytes, with {@code title} in its document information. */
    public static byte[] render(String title, Body body) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Khảo Thí");
            TextLayout layout = new TextLayout(doc, PrintFonts.embedIn(doc), new MathImages(doc));
            try (PageFlow flow = new PageFlow(doc)) {
                body.write(new TextPdf(layout, flow));
            }
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width of the text between the margins, in points. */
    public float width() {
        return flow.width();
    }

    /** A paragraph across the page, wrapped within the margins; a new page starts where needed. */
    public void paragraph(String text, Style style, float size) throws IOException {
        flow.draw(layout.lines(HtmlInline.text(text, style.atom), size, flow.width(), 0, 0, false), flow.left(),
                flow.width());
    }

    /**
     * A text centred in the column that starts {@code from} points right of the left margin and is
     * {@code width} wide, wrapped within it.
     */
    public void centered(String text, Style style, float size, float from, float width) throws IOException {
        flow.draw(layout.lines(HtmlInline.text(text, style.atom), size, width, 0, 0, true), flow.left() + from, width);
    }

    /** The cursor's height on the page (points from the bottom), to set columns side by side. */
    public float y() throws IOException {
        flow.content();
        return flow.y();
    }

    /** Moves the cursor back up (the next column) or down. */
    public void moveTo(float y) {
        flow.moveTo(y);
    }

    /** Leaves {@code points} of white space. */
    public void skip(float points) throws IOException {
        flow.skip(points);
    }
}
