package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The printable PDFs: a subject's gradebook, and a class's results (tổng kết) with their citations. */
public final class GradebookPrints {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Map<String, String> LEVEL = Map.of("TOT", "Tốt", "KHA", "Khá", "DAT", "Đạt", "CHUA_DAT", "Chưa đạt");

    private GradebookPrints() {
    }

    public static byte[] gradebook(GradebookViews.Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("STT", "Mã HS", "Họ và tên"));
        head.addAll(sheet.columns());
        head.add(sheet.scale().equals("COMMENTARY") ? "Kết quả" : "ĐTBmhk");
        rows.add(head);
        int n = 1;
        for (GradebookViews.Row row : sheet.rows()) {
            List<String> line = new ArrayList<>(List.of(String.valueOf(n++), row.code(), row.name()));
            sheet.columns().forEach(c -> line.add(text(row.scores().get(c))));
            line.add(row.average() != null ? text(row.average()) : text(row.result()));
            rows.add(line);
        }
        float[] widths = new float[head.size()];
        widths[0] = 3;
        widths[1] = 6;
        widths[2] = 16;
        for (int i = 3; i < widths.length; i++) {
            widths[i] = 4;
        }
        return TablePdf.render("SỔ ĐIỂM – Lớp " + sheet.classCode() + " – Môn " + sheet.subjectName(),
                List.of("Học kì " + (sheet.semester() == 1 ? "I" : "II") + ", năm học " + sheet.schoolYear()
                        + (sheet.locked() ? " – đã chốt sổ" : " – chưa chốt sổ")),
                widths, rows, List.of("ĐTBmhk theo TT22 Điều 9.1.b; điểm làm tròn theo Điều 5.3.b. In lúc " + now() + "."));
    }

    public static byte[] results(String classCode, String period, List<ResultViews.StudentResult> results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Họ và tên", "Học tập", "Tính ra", "Rèn luyện", "Lên lớp", "Kiểm tra lại", "Rèn luyện hè", "Khen thưởng"));
        int n = 1;
        java.util.Set<String> citations = new java.util.LinkedHashSet<>();
        for (ResultViews.StudentResult r : results) {
            citations.addAll(r.citations());
            rows.add(List.of(String.valueOf(n++), r.name(), level(r.learningLevel()) + (Boolean.TRUE.equals(r.adjusted()) ? " (Đ9.3)" : ""),
                    level(r.computedLevel()), level(r.conductLevel()), yes(r.promoted()),
                    r.retestSubjects() == null ? "" : String.join(", ", r.retestSubjects()), yes(r.summerTraining()),
                    r.award() == null ? "" : r.award().equals("OUTSTANDING") ? "HS Xuất sắc" : "HS Giỏi"));
        }
        String title = period.equals("YEAR") ? "cả năm" : "học kì " + (period.equals("1") ? "I" : "II");
        return TablePdf.render("KẾT QUẢ HỌC TẬP VÀ RÈN LUYỆN – Lớp " + classCode + " – " + title,
                List.of("Theo Thông tư 22/2021/TT-BGDĐT"), new float[] {3, 16, 6, 6, 6, 5, 9, 6, 7}, rows,
                List.of("Căn cứ: " + String.join("; ", citations), "In lúc " + now() + "."));
    }

    private static String level(String code) {
        return code == null ? "" : LEVEL.getOrDefault(code, code);
    }

    private static String yes(Boolean b) {
        return b == null ? "" : b ? "Có" : "Không";
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
        return value == null ? "" : value.equals("D") ? "Đ" : value.equals("CD") ? "CĐ" : value.toString();
    }

    private static String now() {
        return ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(PRINTED);
    }
}
