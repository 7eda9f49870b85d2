package vn.khaothi.engine.infrastructure.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.khaothi.engine.application.sheet.SheetBubble;
import vn.khaothi.engine.application.sheet.SheetDesign;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.application.sheet.SheetQuestion;

/**
 * The machine-read answer sheet (phiếu trả lời trắc nghiệm) drawn exactly at {@link SheetDesign}'s geometry:
 * corner markers, a QR code with the paper and the version, the số báo danh and mã đề grids and the answer
 * bubbles under the numbers the paper prints. Several sheets (every version, or a class pre-filled with names
 * and student numbers) go into one PDF, one page each.
 */
public final class ScanSheetPdf {

    /** What the QR code of a sheet says: {@code KHAOTHI|<paperId>|<versionCode>}. */
    public static String qrText(long paperId, String versionCode) {
        return "KHAOTHI|" + paperId + "|" + versionCode;
    }

    /** The layout of a printed version: the same questions, in the same order, as the reader will expect. */
    public static SheetLayout layoutOf(PrintablePaper paper) {
        return SheetDesign.layout(paper.items().stream()
                .map(i -> SheetDesign.question(i.position(), i.type(), i.choices().size())).toList());
    }

    /** A student a sheet is printed for (phiếu in sẵn tên). */
    public record Candidate(String name, String className, String studentNumber) {
    }

    /** One page: the paper's header, its layout, and the student it is pre-filled for (or null). */
    public record Sheet(long paperId, PrintablePaper paper, SheetLayout layout, Candidate candidate) {
    }

    private PDPageContentStream cs;
    private PrintFonts fonts;

    public byte[] render(List<Sheet> sheets) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fonts = PrintFonts.embedIn(doc);
            for (Sheet sheet : sheets) {
                PDPage page = new PDPage(new PDRectangle((float) SheetDesign.WIDTH, (float) SheetDesign.HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                    cs = stream;
                    page(sheet);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(Sheet sheet) throws IOException {
        SheetLayout layout = sheet.layout();
        PrintablePaper paper = sheet.paper();
        for (SheetLayout.Marker m : layout.markers()) {
            fillRect(m.x() - m.size() / 2, m.y() - m.size() / 2, m.size(), m.size(), 0f);
        }
        // the top-left marker is hollow: the reader tells which way up the page is from it
        SheetLayout.Marker first = layout.markers().get(0);
        fillRect(first.x() - first.size() / 5, first.y() - first.size() / 5, first.size() * 0.4, first.size() * 0.4,
                1f);
        text(fonts.bold, 10, PaperPdf.upper(paper.schoolName()), 55, 62);
        text(fonts.bold, 14, "PHIẾU TRẢ LỜI TRẮC NGHIỆM", 55, 84);
        text(fonts.regular, 10, paper.kindLabel() + " – Môn " + paper.subjectName()
                + (paper.gradeLabel().isBlank() ? "" : " – Lớp " + paper.gradeLabel()), 55, 100);
        Candidate who = sheet.candidate();
        text(fonts.regular, 10, "Họ và tên: " + (who == null ? "....................................................."
                : who.name()), 55, 126);
        text(fonts.regular, 10, "Lớp: " + (who == null ? "................" : who.className())
                + "     Số báo danh: " + (who == null ? "................" : who.studentNumber()), 55, 146);
        text(fonts.regular, 10, "Chữ kí giám thị: ...................................", 55, 166);
        text(fonts.italic, 8, "Tô kín một ô bằng bút chì hoặc bút mực đậm; không tô ra ngoài.", 55, 186);
        grid(layout, SheetBubble.STUDENT_NUMBER, "Số báo danh", who == null ? "" : who.studentNumber());
        grid(layout, SheetBubble.VERSION_CODE, "Mã đề", paper.versionCode());
        qr(layout.qr(), qrText(sheet.paperId(), paper.versionCode()));
        centred(fonts.bold, 10, "Mã đề " + paper.versionCode(), layout.qr().x(), layout.qr().width(),
                layout.qr().y() + layout.qr().height() + 12);
        for (SheetDesign.Heading h : SheetDesign.headings(layout.questions())) {
            text(fonts.bold, 10, h.text(), 55, h.y());
        }
        labels(layout);
        for (SheetBubble b : layout.bubbles()) {
            circle(b.x(), b.y(), b.r());
        }
        // the mã đề is printed and bubbled: the reader cross-checks it with the QR code
        fillDigits(layout.bubbles(SheetBubble.VERSION_CODE, null), paper.versionCode());
        if (who != null) {
            fillDigits(layout.bubbles(SheetBubble.STUDENT_NUMBER, null), who.studentNumber());
        }
        text(fonts.italic, 8, "Phiếu được đọc bằng máy: giữ phẳng, không gấp, không viết vào bốn ô vuông ở góc.",
                55, SheetDesign.HEIGHT - 34);
    }

    private void fillDigits(List<SheetBubble> grid, String digits) throws IOException {
        for (int c = 0; c < digits.length(); c++) {
            String digit = digits.substring(c, c + 1);
            for (SheetBubble b : grid) {
                if (b.position() == c + 1 && b.value().equals(digit)) {
                    disc(b.x(), b.y(), b.r() * 0.85);
                }
            }
        }
    }

    private void grid(SheetLayout layout, String field, String title, String written) throws IOException {
        List<SheetBubble> bubbles = layout.bubbles(field, null);
        double x0 = bubbles.get(0).x();
        int columns = bubbles.stream().mapToInt(SheetBubble::position).max().orElse(0);
        double pitch = SheetDesign.GRID_PITCH;
        centred(fonts.bold, 8, title, x0 - pitch / 2, columns * pitch, SheetDesign.GRID_TOP - 4);
        for (int c = 0; c < columns; c++) {
            double bx = x0 + c * pitch - pitch / 2;
            strokeRect(bx, SheetDesign.GRID_TOP, pitch, SheetDesign.GRID_ROW * 1.2);
            if (c < written.length()) {
                centred(fonts.bold, 9, written.substring(c, c + 1), bx, pitch, SheetDesign.GRID_TOP + 11);
            }
        }
        if (field.equals(SheetBubble.STUDENT_NUMBER)) {
            for (SheetBubble b : bubbles) {
                if (b.position() == 1) {
                    centred(fonts.regular, 7, b.value(), b.x() - pitch - 6, 12, b.y() + 2.5);
                }
            }
        }
    }

    /** Question numbers, column letters, statement letters and digit labels, placed from the bubbles. */
    private void labels(SheetLayout layout) throws IOException {
        Map<Integer, List<SheetBubble>> byQuestion = new LinkedHashMap<>();
        for (SheetBubble b : layout.bubbles(SheetBubble.ANSWER, null)) {
            byQuestion.computeIfAbsent(b.question(), k -> new java.util.ArrayList<>()).add(b);
        }
        for (SheetQuestion q : layout.questions()) {
            List<SheetBubble> bs = byQuestion.get(q.number());
            if (bs == null) {
                continue;
            }
            SheetBubble a = bs.get(0);
            switch (q.kind()) {
                case CHOICE -> {
                    text(fonts.bold, 9, q.number() + ".", a.x() - 30, a.y() + 3);
                    cs.setNonStrokingColor(0.6f); // light grey: a reader must not take a letter for a mark
                    for (SheetBubble b : bs) {
                        centred(fonts.regular, 6, b.value(), b.x() - 4, 8, b.y() + 2);
                    }
                    cs.setNonStrokingColor(0f);
                }
                case CLUSTER -> {
                    text(fonts.bold, 9, "Câu " + q.number(), a.x() - 38, a.y() - 16);
                    centred(fonts.regular, 8, "Đúng", a.x() - 10, 20, a.y() - 8);
                    centred(fonts.regular, 8, "Sai", a.x() + 14, 20, a.y() - 8);
                    for (SheetBubble b : bs) {
                        if (b.value().equals("T")) {
                            text(fonts.regular, 9, b.statement() + ")", b.x() - 26, b.y() + 3);
                        }
                    }
                }
                case SHORT -> {
                    double x = a.x();
                    double top = a.y() - 12.5 * 1.4 - 12.5;
                    text(fonts.bold, 9, "Câu " + q.number(), x - 14, top - 2);
                    int columns = bs.stream().mapToInt(SheetBubble::position).max().orElse(1);
                    for (int c = 0; c < columns; c++) {
                        strokeRect(x + c * SheetDesign.GRID_PITCH - 7, top + 2, 14, 14);
                    }
                    for (SheetBubble b : bs) {
                        if (b.position() == 1 || b.value().equals(",") && b.position() == 2) {
                            String label = b.value().equals("-") ? "–" : b.value();
                            text(fonts.regular, 7, label, x - 18, b.y() + 2.5);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private void qr(SheetLayout.Box box, String content) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        double module = box.width() / m.getWidth();
        cs.setNonStrokingColor(0f);
        for (int yy = 0; yy < m.getHeight(); yy++) {
            for (int xx = 0; xx < m.getWidth(); xx++) {
                if (m.get(xx, yy)) {
                    cs.addRect((float) (box.x() + xx * module), (float) (SheetDesign.HEIGHT - box.y() - (yy + 1) * module),
                            (float) module + 0.05f, (float) module + 0.05f);
                }
            }
        }
        cs.fill();
    }

    private void fillRect(double x, double y, double w, double h, float grey) throws IOException {
        cs.setNonStrokingColor(grey);
        cs.addRect((float) x, (float) (SheetDesign.HEIGHT - y - h), (float) w, (float) h);
        cs.fill();
        cs.setNonStrokingColor(0f);
    }

    private void strokeRect(double x, double y, double w, double h) throws IOException {
        cs.setLineWidth(0.6f);
        cs.addRect((float) x, (float) (SheetDesign.HEIGHT - y - h), (float) w, (float) h);
        cs.stroke();
    }

    private void circle(double cx, double cyTop, double r) throws IOException {
        path(cx, SheetDesign.HEIGHT - cyTop, r);
        cs.setLineWidth(0.7f);
        cs.stroke();
    }

    private void disc(double cx, double cyTop, double r) throws IOException {
        path(cx, SheetDesign.HEIGHT - cyTop, r);
        cs.fill();
    }

    /** A circle of four Bézier arcs. */
    private void path(double x, double y, double radius) throws IOException {
        float cx = (float) x;
        float cy = (float) y;
        float r = (float) radius;
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    private void text(PDFont font, float size, String s, double x, double baselineFromTop) throws IOException {
        String t = PrintFonts.printable(font, s);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset((float) x, (float) (SheetDesign.HEIGHT - baselineFromTop));
        cs.showText(t);
        cs.endText();
    }

    private void centred(PDFont font, float size, String s, double x, double w, double baselineFromTop)
            throws IOException {
        text(font, size, s, x + (w - PrintFonts.width(font, PrintFonts.printable(font, s), size)) / 2,
                baselineFromTop);
    }
}
