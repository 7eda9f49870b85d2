package vn.khaothi.engine.application.remote;

import static vn.khaothi.engine.infrastructure.print.TextPdf.Style.BOLD;
import static vn.khaothi.engine.infrastructure.print.TextPdf.Style.ITALIC;
import static vn.khaothi.engine.infrastructure.print.TextPdf.Style.PLAIN;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.remote.FilerRole;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.infrastructure.print.TextPdf;
import vn.khaothi.rules.Reason;

/**
 * The printable decision record (biên bản quyết định) of a remote-assessment request for the
 * school's files, in Vietnamese: school, student, class, sitting, reason, evidence, the rules'
 * reasons and citations, the decision and its form, who signed (and "KT. Hiệu trưởng" when a
 * deputy did), the date, and the audit entry whose hash ties the paper to the tamper-evident trail.
 *
 * <p>Set by the papers' print layout ({@link TextPdf}: the same embedded Liberation Serif, margins,
 * line and page breaking), so the school's papers and records look alike and the layout code
 * exists once.
 */
final class DecisionRecordPdf {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final float SIZE = 12;
    private static final float LEADING = 16;

    /** Everything the record prints, gathered by {@link RemoteRecords}. */
    record Facts(String schoolName, RemoteRequest request, DisplayNames.StudentInfo student,
                 DisplayNames.SittingInfo sitting, String subjectName, String filedByName, String decidedByName,
                 String principalName, List<EvidenceFile> evidence, AuditEntry decisionEntry) {
    }

    private final TextPdf pdf;

    private DecisionRecordPdf(TextPdf pdf) {
        this.pdf = pdf;
    }

    static byte[] render(Facts f) {
        return TextPdf.render("Quyết định kiểm tra trực tuyến — " + f.request().id(),
                pdf -> new DecisionRecordPdf(pdf).write(f));
    }

    private void write(Facts f) throws IOException {
        RemoteRequest r = f.request();
        RemoteDecision d = r.decision().orElseThrow();
        float half = pdf.width() / 2;
        float top = pdf.y();
        pdf.centered(upper(f.schoolName()), BOLD, 11, 0, half);
        float leftEnd = pdf.y();
        pdf.moveTo(top);
        pdf.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD, 11, half, half);
        pdf.centered("Độc lập – Tự do – Hạnh phúc", BOLD, 11, half, half);
        pdf.moveTo(Math.min(pdf.y(), leftEnd) - LEADING);
        pdf.centered("QUYẾT ĐỊNH", BOLD, 14, 0, 2 * half);
        pdf.centered("về yêu cầu kiểm tra định kì trực tuyến vì lí do bất khả kháng", BOLD, 12, 0, 2 * half);
        pdf.centered("Mã yêu cầu: " + r.id(), ITALIC, 10, 0, 2 * half);
        pdf.skip(LEADING / 2);

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

        pdf.skip(LEADING);
        ZonedDateTime at = d.decidedAt().atZone(VIETNAM);
        float right = half;
        pdf.centered(String.format("Ngày %02d tháng %02d năm %d", at.getDayOfMonth(), at.getMonthValue(), at.getYear()),
                ITALIC, SIZE, right, half);
        if (d.onBehalfOf() != null) {
            pdf.centered("KT. HIỆU TRƯỞNG", BOLD, SIZE, right, half);
            pdf.centered("PHÓ HIỆU TRƯỞNG", BOLD, SIZE, right, half);
        } else {
            pdf.centered("HIỆU TRƯỞNG", BOLD, SIZE, right, half);
        }
        pdf.centered("(đã quyết định trên hệ thống Khảo Thí)", ITALIC, 10, right, half);
        pdf.skip(LEADING);
        pdf.centered(f.decidedByName(), BOLD, SIZE, right, half);
        if (d.onBehalfOf() != null) {
            // "KT." is "ký thay" (signs in place of); "thay mặt" belongs to "TM.". The principal's
            // display name may already carry the title, which must not be written twice.
            pdf.centered("ký thay Hiệu trưởng " + orDash(withoutTitle(f.principalName())), ITALIC, 10, right, half);
        }

        pdf.skip(LEADING);
        if (f.decisionEntry() != null) {
            small("Nhật kí kiểm toán (không sửa, không xoá được): mục số " + f.decisionEntry().sequence()
                    + ", mã băm SHA-256 " + f.decisionEntry().hash() + ".");
        }
        small("In lúc " + when(Instant.now()) + " (giờ Việt Nam).");
    }


    // ---- layout: the papers' (TextPdf) ------------------------------------------------------------

    private void heading(String text) throws IOException {
        pdf.skip(LEADING / 3);
        pdf.paragraph(text, BOLD, SIZE);
    }

    private void line(String text) throws IOException {
        pdf.paragraph(text, PLAIN, SIZE);
    }

    private void small(String text) throws IOException {
        pdf.paragraph(text, ITALIC, 9);
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
