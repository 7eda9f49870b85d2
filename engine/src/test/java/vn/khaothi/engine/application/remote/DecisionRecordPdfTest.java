package vn.khaothi.engine.application.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.Filing;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.SittingRef;
import vn.khaothi.engine.domain.remote.StudentTeachers;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.ForceMajeureReason;

/** The printable decision record: Vietnamese intact, the signature block, the rules' citations, the audit hash. */
class DecisionRecordPdfTest {

    private static final Instant NOW = Instant.parse("2025-10-20T01:00:00Z");
    private static final SittingRef SITTING = new SittingRef("42", AssessmentKind.MIDTERM,
            Instant.parse("2025-10-27T03:00:00Z"), "2025-2026/1", "9A1", "MATH");
    private static final StudentTeachers HOMEROOM_OF_ALL = new StudentTeachers() {
        @Override
        public boolean isHomeroomTeacher(String teacherId, String studentId) {
            return true;
        }

        @Override
        public boolean teachesSubject(String teacherId, String studentId, String subjectCode) {
            return false;
        }

        @Override
        public boolean isCandidate(String studentId, String sittingId) {
            return true;
        }
    };

    @Test
    void aDeputysApprovalReadsKtHieuTruongWithEverythingTheFileNeeds() throws Exception {
        RemoteRequest request = filed("Sốt xuất huyết, nằm viện Bệnh viện Đa khoa tỉnh Điện Biên từ ngày 18/10; "
                + "giấy ra viện dự kiến ngày 30/10. ".repeat(8));
        Delegation delegation = Delegation.record("d-1", "hieutruong", "phohieutruong", Delegation.REMOTE_ASSESSMENT,
                NOW.minusSeconds(3600), NOW.plusSeconds(3600), Actor.of("hieutruong", Role.PRINCIPAL), NOW.minusSeconds(7200));
        request.decide(Actor.of("phohieutruong", Role.DEPUTY_PRINCIPAL), List.of(delegation), true,
                RemoteForm.ONLINE_PROCTORED, "Giám thị: thầy Bình", NOW);
        String text = text(render(request));

        assertTrue(text.contains("TRƯỜNG THCS KHẢO THÍ"), text);
        assertTrue(text.contains("Nguyễn Thị Ánh Tuyết"), text);
        assertTrue(text.contains("Lớp: 9A1"), text);
        assertTrue(text.contains("Kiểm tra giữa kì — môn Toán"), text);
        assertTrue(text.contains("ốm đau, tai nạn"), text);
        assertTrue(text.contains("giấy-khám-bệnh.pdf"), text);
        // Citations as an official Vietnamese document writes them (issue 17), never "TT09 Art. 6".
        assertTrue(text.replaceAll("\\s+", " ").contains("Điều 6, Thông tư 09/2021/TT-BGDĐT"), text);
        assertFalse(text.contains("Art."), text);
        assertTrue(text.contains("ĐỒNG Ý"), text);
        assertTrue(text.contains("có giám sát"), text);
        assertTrue(text.contains("KT. HIỆU TRƯỞNG"), text);
        assertTrue(text.contains("PHÓ HIỆU TRƯỞNG"), text);
        assertTrue(text.contains("Lê Thị Hoa"), text);
        // "KT." is "ký thay"; the title is not doubled although the display name carries it.
        assertTrue(text.contains("ký thay Hiệu trưởng Trần Minh Đức"), text);
        assertFalse(text.contains("thay mặt"), text);
        assertFalse(text.contains("Hiệu trưởng Hiệu trưởng"), text);
        assertTrue(text.contains("a".repeat(64)), "the audit entry's hash is printed: " + text);
        assertTrue(text.contains("Ngày 20 tháng 10 năm 2025"), text);
    }

    @Test
    void thePrincipalsRejectionPointsToTheMakeUpAndLongTextStaysOnThePage() throws Exception {
        RemoteRequest request = filed(null);
        request.decide(Actor.of("hieutruong", Role.PRINCIPAL), List.of(), false, null,
                "Em kiểm tra bù tại trường ngày 03/11. " + "Rất-dài-không-có-chỗ-ngắt".repeat(20), NOW);
        byte[] pdf = render(request);
        String text = text(pdf);
        assertTrue(text.contains("KHÔNG ĐỒNG Ý"), text);
        assertTrue(text.contains("kiểm tra bù trực tiếp tại trường"), text);
        assertFalse(text.contains("KT. HIỆU TRƯỞNG"), text);
        assertTrue(text.contains("HIỆU TRƯỞNG"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            // every font is embedded (a school's printer has no Vietnamese fonts of its own)
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
    }

    private static RemoteRequest filed(String explanation) {
        return RemoteRequest.file("r-1", new Filing("hs001", SITTING, ForceMajeureReason.ILLNESS, explanation,
                        List.of(new EvidenceRef("f-1", "application/pdf", 120_000))),
                Actor.of("gv.toan", Role.TEACHER), HOMEROOM_OF_ALL, Regulations.forSchoolYear(SchoolYear.of(2025)), NOW);
    }

    private static byte[] render(RemoteRequest r) {
        boolean deputy = r.decision().orElseThrow().onBehalfOf() != null;
        return DecisionRecordPdf.render(new DecisionRecordPdf.Facts("Trường THCS Khảo Thí (trường mẫu)", r,
                new DisplayNames.StudentInfo("hs001", "Nguyễn Thị Ánh Tuyết", "9A1"),
                new DisplayNames.SittingInfo("42", "Kiểm tra giữa kì I Toán 9", "ONLINE", NOW, NOW.plusSeconds(86400), "MATH", "9A1"),
                "Toán", "Thầy Phạm Văn Bình", deputy ? "Phó hiệu trưởng Lê Thị Hoa" : "Hiệu trưởng Trần Minh Đức",
                // As the demo names him: the display name carries the title.
                deputy ? "Hiệu trưởng Trần Minh Đức" : null,
                List.of(new EvidenceFile("f-1", "gv.toan", "giấy-khám-bệnh.pdf", "application/pdf", 120_000, "b".repeat(64),
                        NOW, "r-1")),
                new AuditEntry(7, NOW, "phohieutruong", "hieutruong", "REMOTE_REQUEST_APPROVED", "r-1", "{}",
                        "0".repeat(64), "a".repeat(64))));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
