package vn.khaothi.engine.application.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.remote.FilerRole;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.rules.Reason;

/**
 * The printable decision record (biên bản quyết định) of a remote-assessment request for the
 * school's files, in Vietnamese: school, student, class, sitting, reason, evidence, the rules'
 * reasons and citations, the decision and its form, who signed (and "KT. Hiệu trưởng" when a
 * deputy did), the date, and the audit entry whose hash ties the paper to the tamper-evident trail.
 *
 * <p>The fonts are the item bank's print fonts — Liberation Serif from the same
 * {@code openpdf-fonts-extra} jar on the class path ({@code /liberation/…}), embedded as subsets —
 * so the school's papers and records look alike and no font file is duplicated.
 */
final class DecisionRecordPdf {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final float MARGIN = 56;
    private static final float SIZE = 12;
    private static final float LEADING = 16;

    /** Everything the record prints, gathered by {@link RemoteRecords}. */
    record Facts(String schoolName, RemoteRequest request, DisplayNames.StudentInfo student,
                 DisplayNames.SittingInfo sitting, String subjectName, String filedByName, String decidedByName,
                 String principalName, List<EvidenceFile> evidence, AuditEntry decisionEntry) {
    }

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private PDPageContentStream out;
    private float y;

    private DecisionRecordPdf(PDDocument doc) {
        this.doc = doc;
        this.regular = font(doc, "Regular");
        this.bold = font(doc, "Bold");
        this.italic = font(doc, "Italic");
    }

    static byte[] render(Facts f) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Quyết định kiểm tra trực tuyến — " + f.request().id());
            info.setCreator("Khảo Thí");
            DecisionRecordPdf pdf = new DecisionRecordPdf(doc);
            pdf.newPage();
            pdf.write(f);
            pdf.out.close();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Facts f) throws IOException {
        RemoteRequest r = f.request();
        RemoteDecision d = r.decision().orElseThrow();
        float half = (PDRectangle.A4.getWidth() - 2 * MARGIN) / 2;
        float top = y;
        centered(upper(f.schoolName()), bold, 11, MARGIN, half);
        float leftEnd = y;
        y = top;
        centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 11, MARGIN + half, half);
        centered("Độc lập – Tự do – Hạnh phúc", bold, 11, MARGIN + half, half);
        y = Math.min(y, leftEnd) - LEADING;
        centered("QUYẾT ĐỊNH", bold, 14, MARGIN, 2 * half);
        centered("về yêu cầu kiểm tra định kì trực tuyến vì lí do bất khả kháng", bold, 12, MARGIN, 2 * half);
        centered("Mã yêu cầu: " + r.id(), italic, 10, MARGIN, 2 * half);
        y -= LEADING / 2;

        heading("1. Học sinh");
        line("Họ và tên: " + f.student().fullName() + " (" + r.studentId() + ")");
        line("Lớp: " + orDash(f.student().classCode() != null ? f.student().classCode() : r.sitting().classCode()));

        heading("2. Bài kiểm tra");
        line(r.sitting().kind().vi() + (f.subjectName() == null || f.subjectName().isEmpty() ? "" : " — môn " + f.subjectName())
                + ("-".equals(r.sitting().semester()) ? "; ngoài các học kì đã khai báo" : "; học kì " + r.sitting().semester()));
        if (f.sitting() != null) {
            line("Buổi kiểm tra: " + f.sitting().title() + " (số " + f.sitting().id() + ", "
                    + ("ONLINE".equals(f.sitting().mode()) ? "trực tuyến" : "trực tiếp") + "), từ "
                    + when(f.sitting().opensAt()) + " đến " + when(f.sitting().closesAt()));
        } else {
            line("Buổi kiểm tra số " + r.sitting().sittingId() + ", kết thúc " + when(r.sitting().closesAt()));
        }

        heading("3. Lí do và người đề nghị");
        line("Lí do: " + r.reason().vi());
        if (r.explanation() != null) {
            line("Giải trình: " + r.explanation());
        }
        line("Người đề nghị: " + f.filedByName() + " (" + filer(r.filedAs()) + "), lúc " + when(r.filedAt()));

        heading("4. Minh chứng");
        if (f.evidence().isEmpty()) {
            line("Không có minh chứng kèm theo.");
        }
        int n = 1;
        for (EvidenceFile e : f.evidence()) {
            line(n++ + ") " + e.fileName() + " — " + type(e.contentType()) + ", " + size(e.sizeBytes())
                    + ", SHA-256 " + e.sha256().substring(0, 16) + "…");
        }

        heading("5. Đối chiếu quy định (khi nộp yêu cầu)");
        line(r.eligibility().eligible() ? "Yêu cầu đủ điều kiện trình Hiệu trưởng xem xét."
                : "Yêu cầu không đủ điều kiện theo quy định; chỉ có thể không duyệt.");
        for (Reason reason : r.eligibility().reasons()) {
            // The articles are written out in full once, under "Căn cứ"; a reason repeats only one that is not there.
            boolean listed = reason.citation() == null || r.eligibility().citations().contains(reason.citation());
            line("– " + reason.vi() + (listed ? "" : " [" + vn.khaothi.engine.application.CitationText.vi(reason.citation()) + "]"));
        }
        if (!r.eligibility().citations().isEmpty()) {
            line("Căn cứ: " + vn.khaothi.engine.application.CitationText.vi(r.eligibility().citations()) + ".");
        }

        heading("6. Quyết định");
        if (d.approved()) {
            line("ĐỒNG Ý cho học sinh kiểm tra trực tuyến, hình thức: "
                    + (d.form() == RemoteForm.ONLINE_PROCTORED ? "làm bài trực tuyến có giám sát trực tiếp." : "vấn đáp trực tuyến."));
        } else {
            line("KHÔNG ĐỒNG Ý kiểm tra trực tuyến. Học sinh kiểm tra bù trực tiếp tại trường.");
        }
        if (d.note() != null) {
            line("Ghi chú: " + d.note());
        }
        line("Thời điểm quyết định: " + when(d.decidedAt()));

        y -= LEADING;
        ZonedDateTime at = d.decidedAt().atZone(VIETNAM);
        float right = MARGIN + half;
        centered(String.format("Ngày %02d tháng %02d năm %d", at.getDayOfMonth(), at.getMonthValue(), at.getYear()),
                italic, SIZE, right, half);
        if (d.onBehalfOf() != null) {
            centered("KT. HIỆU TRƯỞNG", bold, SIZE, right, half);
            centered("PHÓ HIỆU TRƯỞNG", bold, SIZE, right, half);
        } else {
            centered("HIỆU TRƯỞNG", bold, SIZE, right, half);
        }
        centered("(đã quyết định trên hệ thống Khảo Thí)", italic, 10, right, half);
        y -= LEADING;
        centered(f.decidedByName(), bold, SIZE, right, half);
        if (d.onBehalfOf() != null) {
            // "KT." is "ký thay" (signs in place of); "thay mặt" belongs to "TM.". The principal's
            // display name may already carry the title, which must not be written twice.
            centered("ký thay Hiệu trưởng " + orDash(withoutTitle(f.principalName())), italic, 10, right, half);
        }

        y -= LEADING;
        if (f.decisionEntry() != null) {
            small("Nhật kí kiểm toán (không sửa, không xoá được): mục số " + f.decisionEntry().sequence()
                    + ", mã băm SHA-256 " + f.decisionEntry().hash() + ".");
        }
        small("In lúc " + when(Instant.now()) + " (giờ Việt Nam).");
    }

    // ---- layout ---------------------------------------------------------------------------------

    private void heading(String text) throws IOException {
        y -= LEADING / 3;
        paragraph(text, bold, SIZE);
    }

    private void line(String text) throws IOException {
        paragraph(text, regular, SIZE);
    }

    private void small(String text) throws IOException {
        paragraph(text, italic, 9);
    }

    /** Greedy word wrap within the margins; a word wider than the line is cut between characters. */
    private void paragraph(String text, PDFont font, float size) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        String clean = printable(font, Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder current = new StringBuilder();
        for (String word : clean.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (width(font, tried, size) <= width) {
                current.setLength(0);
                current.append(tried);
                continue;
            }
            if (!current.isEmpty()) {
                show(current.toString(), font, size, MARGIN);
                current.setLength(0);
            }
            while (width(font, word, size) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, word.substring(0, cut), size) > width) {
                    cut--;
                }
                show(word.substring(0, cut), font, size, MARGIN);
                word = word.substring(cut);
            }
            current.append(word);
        }
        show(current.toString(), font, size, MARGIN);
    }

    private void centered(String text, PDFont font, float size, float left, float width) throws IOException {
        String clean = printable(font, Normalizer.normalize(text, Normalizer.Form.NFC));
        float w = width(font, clean, size);
        if (w > width) {
            for (String part : split(clean, font, size, width)) {
                show(part, font, size, left + Math.max(0, (width - width(font, part, size)) / 2));
            }
            return;
        }
        show(clean, font, size, left + (width - w) / 2);
    }

    private List<String> split(String text, PDFont font, float size, float width) throws IOException {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(font, tried, size) > width) {
                parts.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(tried);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private void show(String text, PDFont font, float size, float x) throws IOException {
        float step = Math.max(LEADING, size * 1.35f);
        if (y - step < MARGIN) {
            out.close();
            newPage();
        }
        y -= step;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Characters the font cannot show become '?' rather than failing the whole record. */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            try {
                font.getStringWidth(one);
                out.append(Character.isISOControl(cp) ? " " : one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static PDFont font(PDDocument doc, String style) {
        try (InputStream in = DecisionRecordPdf.class.getResourceAsStream("/liberation/LiberationSerif-" + style + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("font Liberation Serif " + style + " is not on the class path");
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- words ----------------------------------------------------------------------------------

    private static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(VIETNAM));
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(new java.util.Locale("vi"));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String filer(FilerRole role) {
        return switch (role) {
            case STUDENT -> "học sinh";
            case HOMEROOM_TEACHER -> "giáo viên chủ nhiệm";
            case SUBJECT_TEACHER -> "giáo viên bộ môn";
        };
    }

    private static String type(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "ảnh JPEG";
            case "image/png" -> "ảnh PNG";
            case "image/webp" -> "ảnh WebP";
            default -> contentType;
        };
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0).replace('.', ',')
                : Math.max(1, bytes / 1024) + " KB";
    }

    /** "Hiệu trưởng Trần Minh Đức" → "Trần Minh Đức": the title is printed once, by the caller. */
    static String withoutTitle(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        String title = "hiệu trưởng ";
        return trimmed.toLowerCase(java.util.Locale.ROOT).startsWith(title) ? trimmed.substring(title.length()).strip() : trimmed;
    }
}
