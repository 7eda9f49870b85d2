package vn.khaothi.engine.application.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khaothi.engine.domain.analytics.PeriodicComparison;

/**
 * The leaders' statistics and the đối sánh as Excel workbooks (Apache POI), headings in Vietnamese
 * as schools file them, numbers as numbers (Excel shows them with the reader's decimal mark).
 */
public final class AnalyticsWorkbook {

    private AnalyticsWorkbook() {
    }

    public static byte[] summary(LearningSummary.Result r) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Thống kê");
            CellStyle bold = bold(wb);
            title(sheet, bold, "Thống kê kết quả học tập — " + ("YEAR".equals(r.period()) ? "cả năm" : "học kì " + r.period())
                    + ", theo " + r.by().toLowerCase());
            header(sheet, 2, bold, "Nhóm", "Số HS", "Tốt", "Khá", "Đạt", "Chưa đạt", "Chưa đủ điểm", "Số điểm TB môn",
                    "Trung bình", "Độ lệch chuẩn", "Nhỏ nhất", "Q1", "Trung vị", "Q3", "Lớn nhất");
            int row = 3;
            for (LearningSummary.Group g : r.groups()) {
                Row x = sheet.createRow(row++);
                int c = 0;
                x.createCell(c++).setCellValue(g.key());
                x.createCell(c++).setCellValue(g.students());
                for (String level : List.of("TOT", "KHA", "DAT", "CHUA_DAT", LearningSummary.INCOMPLETE)) {
                    x.createCell(c++).setCellValue(g.levels().getOrDefault(level, 0));
                }
                x.createCell(c++).setCellValue(g.scores().n());
                for (Double v : new Double[] {g.scores().mean(), g.scores().sd(), g.scores().min(), g.scores().q1(),
                        g.scores().median(), g.scores().q3(), g.scores().max()}) {
                    number(x.createCell(c++), v);
                }
            }
            sheet.createRow(row + 1).createCell(0).setCellValue("Mức đánh giá và điểm trung bình môn theo quy định: "
                    + String.join("; ", r.citations()));
            return bytes(wb, sheet, 15);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] comparison(GradebookAnalytics.Comparison c) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = bold(wb);
            Sheet groups = wb.createSheet("Đối sánh theo lớp");
            title(groups, bold, "Đối sánh điểm định kì với điểm thường xuyên — ngưỡng lớp " + c.groupGap()
                    + " điểm, học sinh " + c.studentGap() + " điểm");
            header(groups, 2, bold, "Lớp", "Môn", "Giáo viên", "Số HS", "TB thường xuyên", "TB giữa kì", "TB cuối kì",
                    "TB định kì (2·GK+3·CK)/5", "Chênh lệch", "Tương quan", "Cần chú ý");
            int row = 3;
            for (PeriodicComparison.GroupLine g : c.result().groups()) {
                Row x = groups.createRow(row++);
                x.createCell(0).setCellValue(g.classCode());
                x.createCell(1).setCellValue(g.subject());
                x.createCell(2).setCellValue(g.teacher() == null ? "" : g.teacher());
                x.createCell(3).setCellValue(g.students());
                number(x.createCell(4), g.regularMean());
                number(x.createCell(5), g.midtermMean());
                number(x.createCell(6), g.finalMean());
                number(x.createCell(7), g.periodicMean());
                number(x.createCell(8), g.gap());
                number(x.createCell(9), g.correlation());
                x.createCell(10).setCellValue(g.flagged() ? "Có" : "");
            }
            autosize(groups, 11);
            Sheet students = wb.createSheet("Học sinh");
            header(students, 0, bold, "Mã HS", "Họ và tên", "Lớp", "Môn", "TB thường xuyên", "Giữa kì", "Cuối kì",
                    "TB định kì", "Chênh lệch", "Cần chú ý");
            row = 1;
            for (PeriodicComparison.StudentLine s : c.result().students()) {
                Row x = students.createRow(row++);
                x.createCell(0).setCellValue(s.studentId());
                x.createCell(1).setCellValue(s.name() == null ? "" : s.name());
                x.createCell(2).setCellValue(s.classCode());
                x.createCell(3).setCellValue(s.subject());
                number(x.createCell(4), s.regularMean());
                number(x.createCell(5), s.midterm());
                number(x.createCell(6), s.finalScore());
                number(x.createCell(7), s.periodicMean());
                number(x.createCell(8), s.gap());
                x.createCell(9).setCellValue(s.flagged() ? "Có" : "");
            }
            return bytes(wb, students, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bold(XSSFWorkbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void title(Sheet sheet, CellStyle bold, String text) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
    }

    private static void header(Sheet sheet, int at, CellStyle bold, String... names) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(bold);
        }
    }

    private static void number(Cell cell, Double v) {
        if (v != null && !v.isNaN()) {
            cell.setCellValue(Math.round(v * 100) / 100.0);
        }
    }

    private static void autosize(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    private static byte[] bytes(XSSFWorkbook wb, Sheet last, int columns) throws IOException {
        autosize(last, columns);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
