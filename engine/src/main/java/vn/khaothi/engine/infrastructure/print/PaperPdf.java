package vn.khaothi.engine.infrastructure.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The print-ready A4 PDF of one version (đề kiểm tra, one mã đề): the header block, the parts with their
 * headings in the wording of the 2025 format (PHẦN I, II, III, then tự luận), "Câu n." numbering, options
 * A–D in four, two or one column by length, statements a)–d), page numbers "Trang i/n – Mã đề …" and
 * "HẾT" at the end. An item is kept on one page whenever it fits on one, so an option never leaves its stem.
 */
public final class PaperPdf {

    static final float SIZE = 12;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    /** The PDF as bytes. */
    public byte[] render(PrintablePaper paper) {
        // the header says how many pages the paper has: lay it out once to count them
        byte[] draft = renderWith(paper, 0);
        int pages = pageCount(draft);
        byte[] pdf = renderWith(paper, pages);
        return pageCount(pdf) == pages ? pdf : renderWith(paper, pageCount(pdf));
    }

    public void write(PrintablePaper paper, OutputStream out) throws IOException {
        out.write(render(paper));
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] renderWith(PrintablePaper paper, int pageCount) {
        try (PDDocument doc = new PDDocument()) {
            PrintFonts fonts = PrintFonts.embedIn(doc);
            TextLayout layout = new TextLayout(doc, fonts, new MathImages(doc));
            try (PageFlow flow = new PageFlow(doc)) {
                new PaperHeader(layout, flow).draw(paper, pageCount);
                drawParts(paper, layout, flow);
                flow.skip(SIZE * 0.6f);
                flow.drawTogether(layout.lines(HtmlInline.text("------ HẾT ------", Atom.Style.BOLD), SIZE,
                        flow.width(), 0, 0, true), flow.left(), flow.width());
            }
            int total = doc.getNumberOfPages();
            PageFlow.footers(doc, fonts.italic, 10,
                    page -> "Trang " + page + "/" + total + " – Mã đề " + paper.versionCode());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(paper.kindLabel() + " – " + paper.subjectName() + " – Mã đề " + paper.versionCode());
            info.setCreator("Khảo Thí");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawParts(PrintablePaper paper, TextLayout layout, PageFlow flow) throws IOException {
        List<List<PrintableItem>> parts = new ArrayList<>();
        for (PrintableItem item : paper.items()) {
            if (parts.isEmpty() || !parts.get(parts.size() - 1).get(0).part().equals(item.part())) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(item);
        }
        ItemBlocks blocks = new ItemBlocks(layout, flow.width());
        for (int p = 0; p < parts.size(); p++) {
            List<PrintableItem> items = parts.get(p);
            List<Line> heading = layout.lines(heading(p, items), SIZE, flow.width(), 0, 0, false);
            List<Line> first = blocks.lines(items.get(0));
            // a heading never stands alone at the foot of a page
            flow.keep(PageFlow.height(heading) + Math.min(PageFlow.height(first), SIZE * 4));
            flow.skip(SIZE * 0.3f);
            flow.draw(heading, flow.left(), flow.width());
            for (PrintableItem item : items) {
                flow.drawTogether(blocks.lines(item), flow.left(), flow.width());
                flow.skip(SIZE * 0.25f);
            }
        }
    }

    private static List<Atom> heading(int index, List<PrintableItem> items) {
        String roman = index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1);
        int from = items.get(0).position();
        int to = items.get(items.size() - 1).position();
        String range = from == to ? "Thí sinh trả lời câu " + from + "."
                : "Thí sinh trả lời từ câu " + from + " đến câu " + to + ".";
        String title;
        String rest;
        switch (items.get(0).type()) {
            case SINGLE_CHOICE -> {
                title = "Câu trắc nghiệm nhiều phương án lựa chọn.";
                rest = range + " Mỗi câu hỏi thí sinh chỉ chọn một phương án.";
            }
            case MULTIPLE_RESPONSE -> {
                title = "Câu trắc nghiệm nhiều phương án lựa chọn.";
                rest = range + " Mỗi câu hỏi có thể có nhiều phương án đúng.";
            }
            case TRUE_FALSE_CLUSTER, TRUE_FALSE -> {
                title = "Câu trắc nghiệm đúng sai.";
                rest = range + " Trong mỗi ý a), b), c), d) ở mỗi câu, thí sinh chọn đúng hoặc sai.";
            }
            case SHORT_NUMERIC, SHORT_TEXT -> {
                title = "Câu trắc nghiệm trả lời ngắn.";
                rest = range;
            }
            case ESSAY -> {
                title = "Tự luận.";
                rest = range.replace("trả lời", "trình bày lời giải");
            }
            default -> {
                title = "Câu hỏi.";
                rest = range;
            }
        }
        List<Atom> atoms = new ArrayList<>(HtmlInline.text("PHẦN " + roman + ". " + title, Atom.Style.BOLD));
        atoms.addAll(HtmlInline.text(" " + rest, Atom.Style.PLAIN).stream()
                .map(a -> (Atom) new Atom.Word(((Atom.Word) a).text(), Atom.Style.PLAIN, true)).toList());
        return atoms;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    static void rule(PDPageContentStream cs, float x1, float x2, float y) throws IOException {
        cs.setLineWidth(0.6f);
        cs.moveTo(x1, y);
        cs.lineTo(x2, y);
        cs.stroke();
    }
}
