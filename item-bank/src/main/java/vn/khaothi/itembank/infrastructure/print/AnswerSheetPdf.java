package vn.khaothi.itembank.infrastructure.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * The bubble answer sheet (phiếu trả lời trắc nghiệm) for a paper's layout, after the national exam sheet:
 * số báo danh and mã đề digit grids; Part I bubbles A–D per question; Part II Đúng/Sai per statement a)–d);
 * Part III a grid of four columns per question (sign "-" in the first, decimal comma in the second and
 * third, digits 0–9 in all). Each group of bubbles is a marked-content sequence ({@link #TAGS}) so that a
 * reader (or a test) can find them.
 */
/* Not thread-safe: it holds the page being drawn; use one instance per sheet at a time. */
public final class AnswerSheetPdf {

    /** Marked-content tags of the bubble groups. */
    public static final List<String> TAGS = List.of("StudentNumber", "VersionCode", "PartI", "PartII", "PartIII");

    private static final float R = 4.6f;
    private static final float PITCH = 12.5f;
    private static final float SIZE = 11;

    private PDDocument doc;
    private PrintFonts fonts;
    private PDPageContentStream cs;
    private float y;
    private String tag;

    public byte[] render(PrintablePaper paper) {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc = d;
            fonts = PrintFonts.embedIn(d);
            newPage();
            header(paper);
            long choices = count(paper, ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.MULTIPLE_RESPONSE);
            List<PrintableItem> clusters = paper.items().stream()
                    .filter(i -> i.type() == ItemTypeCode.TRUE_FALSE_CLUSTER).toList();
            long shortAnswers = count(paper, ItemTypeCode.SHORT_NUMERIC, ItemTypeCode.SHORT_TEXT);
            partOne((int) choices);
            partTwo(clusters);
            partThree((int) shortAnswers);
            cs.close();
            int total = d.getNumberOfPages();
            PageFlow.footers(d, fonts.italic, 9, p -> "Phiếu trả lời – Mã đề " + paper.versionCode()
                    + " – Trang " + p + "/" + total);
            d.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(PrintablePaper paper, ItemTypeCode... types) {
        return paper.items().stream().filter(i -> List.of(types).contains(i.type())).count();
    }

    private void header(PrintablePaper paper) throws IOException {
        float left = PageFlow.LEFT;
        float width = PageFlow.pageWidth() - PageFlow.LEFT - PageFlow.RIGHT;
        text(fonts.regular, SIZE, PaperPdf.upper(paper.authorityName()), left, y - SIZE);
        text(fonts.bold, SIZE, PaperPdf.upper(paper.schoolName()), left, y - 2.3f * SIZE);
        centred(fonts.bold, 15, "PHIẾU TRẢ LỜI TRẮC NGHIỆM", left + width * 0.45f, width * 0.55f, y - 15);
        centred(fonts.regular, SIZE, paper.kindLabel() + " – Môn " + paper.subjectName()
                + (paper.gradeLabel().isBlank() ? "" : " – Lớp " + paper.gradeLabel()), left + width * 0.45f,
                width * 0.55f, y - 32);
        y -= 56;
        float top = y;
        String[] fields = {"Họ và tên thí sinh: ..................................................",
            "Lớp: ................................", "Ngày kiểm tra: ........................",
            "Chữ kí của cán bộ coi kiểm tra: ........................"};
        for (String f : fields) {
            text(fonts.regular, SIZE, f, left, y - SIZE);
            y -= 24;
        }
        // the grids: a box to write each digit over a column of bubbles 0–9
        float gridX = left + width - (6 + 3) * PITCH - 3 * PITCH;
        digitGrid("StudentNumber", "Số báo danh", "", 6, gridX, top);
        digitGrid("VersionCode", "Mã đề", paper.versionCode(), 3, gridX + 8 * PITCH, top);
        y = Math.min(y, top - 13 * PITCH - 8) - 6;
        PaperPdf.rule(cs, left, left + width, y);
        y -= 6;
    }

    private void digitGrid(String tag, String title, String written, int columns, float x, float top)
            throws IOException {
        centred(fonts.bold, 9, title, x - PITCH / 2, columns * PITCH, top - 8);
        float boxTop = top - 12;
        for (int c = 0; c < columns; c++) {
            cs.addRect(x + c * PITCH - PITCH / 2, boxTop - PITCH, PITCH, PITCH);
            cs.stroke();
            if (c < written.length()) {
                centred(fonts.bold, 10, written.substring(c, c + 1), x + c * PITCH - PITCH / 2, PITCH,
                        boxTop - PITCH + 3);
            }
        }
        begin(tag);
        for (int c = 0; c < columns; c++) {
            for (int d = 0; d <= 9; d++) {
                bubble(x + c * PITCH, boxTop - PITCH - (d + 1) * PITCH + PITCH / 2 - 2, String.valueOf(d));
            }
        }
        end();
    }

    private void partOne(int questions) throws IOException {
        if (questions == 0) {
            return;
        }
        heading("PHẦN I. Thí sinh chọn một phương án cho mỗi câu (tô kín ô tròn)");
        begin("PartI");
        int perBlock = 10;
        float blockWidth = (PageFlow.pageWidth() - PageFlow.LEFT - PageFlow.RIGHT) / 4;
        for (int start = 1; start <= questions; start += perBlock * 4) {
            room((perBlock + 1) * PITCH);
            float top = y;
            for (int b = 0; b < 4; b++) {
                int first = start + b * perBlock;
                float x = PageFlow.LEFT + b * blockWidth;
                for (int q = first; q < Math.min(questions + 1, first + perBlock); q++) {
                    float rowY = top - (q - first + 1) * PITCH;
                    text(fonts.bold, 9, String.valueOf(q), x, rowY - 3);
                    for (int o = 0; o < 4; o++) {
                        bubble(x + 22 + o * PITCH * 1.3f, rowY, String.valueOf((char) ('A' + o)));
                    }
                }
            }
            y = top - (Math.min(perBlock, questions - start + 1) + 1) * PITCH;
        }
        end();
    }

    private void partTwo(List<PrintableItem> clusters) throws IOException {
        if (clusters.isEmpty()) {
            return;
        }
        heading("PHẦN II. Thí sinh chọn Đúng hoặc Sai cho mỗi ý a), b), c), d)");
        begin("PartII");
        float blockWidth = (PageFlow.pageWidth() - PageFlow.LEFT - PageFlow.RIGHT) / 4;
        for (int start = 0; start < clusters.size(); start += 4) {
            int statementsMax = clusters.subList(start, Math.min(clusters.size(), start + 4)).stream()
                    .mapToInt(i -> Math.max(4, i.choices().size())).max().orElse(4);
            room((statementsMax + 2) * PITCH);
            float top = y;
            for (int b = 0; b < 4 && start + b < clusters.size(); b++) {
                PrintableItem item = clusters.get(start + b);
                float x = PageFlow.LEFT + b * blockWidth;
                text(fonts.bold, 9, "Câu " + item.position(), x, top - PITCH + 2);
                float yes = x + 56;
                float no = yes + 2.4f * PITCH;
                centred(fonts.regular, 8, "Đúng", yes - 12, 24, top - PITCH + 2);
                centred(fonts.regular, 8, "Sai", no - 12, 24, top - PITCH + 2);
                int statements = item.choices().isEmpty() ? 4 : item.choices().size();
                for (int s = 0; s < statements; s++) {
                    float rowY = top - (s + 2) * PITCH;
                    text(fonts.regular, 9, (char) ('a' + s) + ")", x + 14, rowY - 3);
                    bubble(yes, rowY, "");
                    bubble(no, rowY, "");
                }
            }
            y = top - (statementsMax + 2) * PITCH;
        }
        end();
    }

    private void partThree(int questions) throws IOException {
        if (questions == 0) {
            return;
        }
        heading("PHẦN III. Thí sinh ghi kết quả vào ô trống rồi tô các ô tương ứng");
        begin("PartIII");
        float blockWidth = (PageFlow.pageWidth() - PageFlow.LEFT - PageFlow.RIGHT) / 6;
        for (int start = 1; start <= questions; start += 6) {
            room(15 * PITCH);
            float top = y;
            for (int b = 0; b < 6 && start + b <= questions; b++) {
                float x = PageFlow.LEFT + b * blockWidth + 14;
                text(fonts.bold, 9, "Câu " + (start + b), x, top - 9);
                for (int c = 0; c < 4; c++) {
                    cs.addRect(x + c * PITCH - PITCH / 2 + 6, top - 12 - PITCH, PITCH, PITCH);
                    cs.stroke();
                }
                float rowY = top - 12 - PITCH - PITCH / 2 - 2;
                text(fonts.regular, 8, "–", x - 12, rowY - 3);
                bubble(x + 6, rowY, "-");
                rowY -= PITCH;
                text(fonts.regular, 8, ",", x - 10, rowY - 3);
                bubble(x + 6 + PITCH, rowY, ",");
                bubble(x + 6 + 2 * PITCH, rowY, ",");
                for (int d = 0; d <= 9; d++) {
                    rowY -= PITCH;
                    for (int c = 0; c < 4; c++) {
                        bubble(x + 6 + c * PITCH, rowY, String.valueOf(d));
                    }
                }
            }
            y = top - 15 * PITCH;
        }
        end();
    }

    private void heading(String text) throws IOException {
        room(3 * PITCH);
        y -= 6;
        text(fonts.bold, SIZE, text, PageFlow.LEFT, y - SIZE);
        y -= SIZE + 6;
    }

    private void room(float h) throws IOException {
        if (y - h < PageFlow.BOTTOM) {
            // a marked-content sequence may not cross a page: close it and open it again on the next
            String open = tag;
            if (open != null) {
                end();
            }
            cs.close();
            newPage();
            if (open != null) {
                begin(open);
            }
        }
    }

    private void begin(String group) throws IOException {
        cs.beginMarkedContent(COSName.getPDFName(group));
        tag = group;
    }

    private void end() throws IOException {
        cs.endMarkedContent();
        tag = null;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - PageFlow.TOP;
    }

    /** A circle of four Bézier arcs with a small grey label inside. */
    private void bubble(float cx, float cy, String label) throws IOException {
        float k = 0.5523f * R;
        cs.setLineWidth(0.6f);
        cs.moveTo(cx + R, cy);
        cs.curveTo(cx + R, cy + k, cx + k, cy + R, cx, cy + R);
        cs.curveTo(cx - k, cy + R, cx - R, cy + k, cx - R, cy);
        cs.curveTo(cx - R, cy - k, cx - k, cy - R, cx, cy - R);
        cs.curveTo(cx + k, cy - R, cx + R, cy - k, cx + R, cy);
        cs.closeAndStroke();
        if (!label.isEmpty()) {
            cs.setNonStrokingColor(0.45f);
            centred(fonts.regular, 6, label, cx - R, 2 * R, cy - 2);
            cs.setNonStrokingColor(0f);
        }
    }

    private void text(PDFont font, float size, String s, float x, float baseline) throws IOException {
        String t = PrintFonts.printable(font, s);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(t);
        cs.endText();
    }

    private void centred(PDFont font, float size, String s, float x, float w, float baseline) throws IOException {
        text(font, size, s, x + (w - PrintFonts.width(font, PrintFonts.printable(font, s), size)) / 2, baseline);
    }
}
