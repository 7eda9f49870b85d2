package vn.khaothi.engine.application.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;

/**
 * The VnEdu/SMAS-style export opened back with Apache POI: Vietnamese headers intact in TT22
 * wording (ĐĐGtx1…, ĐĐGgk, ĐĐGck, ĐTBmhk), names with diacritics, scores as numbers; and the
 * exported sheet (and a sheet with our short codes) imports back to the same cells.
 */
class GradebookSheetsTest {

    private static GradebookViews.Sheet sheet() {
        List<String> columns = List.of("TX1", "TX2", "TX3", "TX4", "GK", "CK");
        List<GradebookViews.Row> rows = new ArrayList<>();
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("TX1", new BigDecimal("8.5"));
        scores.put("TX2", new BigDecimal("7.0"));
        scores.put("TX3", null);
        scores.put("TX4", new BigDecimal("10.0"));
        scores.put("GK", new BigDecimal("6.3"));
        scores.put("CK", new BigDecimal("9.0"));
        rows.add(new GradebookViews.Row("hs001", "HS001", "Nguyễn Thị Ánh Tuyết", scores, Map.of(), null, null, List.of()));
        Map<String, Object> second = new LinkedHashMap<>(scores);
        second.put("TX3", new BigDecimal("5.5"));
        rows.add(new GradebookViews.Row("hs002", "HS002", "Đặng Quốc Hưng", second, Map.of(), new BigDecimal("7.7"), null,
                List.of()));
        return new GradebookViews.Sheet("9A1", "MATH", "Toán", 1, "2026-2027", "SCORED", columns, List.of(), false, true, rows);
    }

    @Test
    void theExportOpensWithVietnameseHeadersInTt22Wording() throws Exception {
        byte[] xlsx = GradebookSheets.xlsx(sheet());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheetAt(0);
            String title = s.getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.startsWith("SỔ ĐIỂM – Lớp 9A1 – Môn Toán – Học kì I – Năm học 2026-2027"), title);
            assertEquals(List.of("STT", "Mã học sinh", "Họ và tên", "ĐĐGtx1", "ĐĐGtx2", "ĐĐGtx3", "ĐĐGtx4", "ĐĐGgk", "ĐĐGck",
                    "ĐTBmhk"), texts(s.getRow(3)));
            List<String> groups = texts(s.getRow(2));
            assertEquals("Điểm đánh giá thường xuyên", groups.get(3));
            assertEquals("Điểm đánh giá giữa kì", groups.get(7));
            assertEquals("Điểm đánh giá cuối kì", groups.get(8));
            assertEquals("Điểm trung bình môn học kì", groups.get(9));
            assertTrue(s.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 2 && r.getFirstColumn() == 3
                    && r.getLastColumn() == 6), "ĐĐGtx spans the four regular columns");
            assertEquals(1, s.getRow(4).getCell(0).getNumericCellValue(), 1e-9);
            assertEquals("hs001", s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("Nguyễn Thị Ánh Tuyết", s.getRow(4).getCell(2).getStringCellValue());
            assertEquals("Đặng Quốc Hưng", s.getRow(5).getCell(2).getStringCellValue());
            assertEquals(8.5, s.getRow(4).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("0.0", s.getRow(4).getCell(3).getCellStyle().getDataFormatString(), "shown 8,5 by a Vietnamese Excel");
            var empty = s.getRow(4).getCell(5);
            assertTrue(empty == null || empty.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK, "an empty cell stays empty");
            assertEquals(7.7, s.getRow(5).getCell(9).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void theExportedSheetImportsBackAndTheShortCodesStillDo() {
        GradebookSheets.Parsed parsed = GradebookSheets.read(GradebookSheets.xlsx(sheet()), false);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        List<CellWrite> hs2 = parsed.cells().stream().filter(c -> c.studentId().equals("hs002")).toList();
        assertEquals(List.of("TX1", "TX2", "TX3", "TX4", "GK", "CK"), hs2.stream().map(CellWrite::column).toList());
        assertEquals("5.5", hs2.get(2).value());
        assertEquals("F6", hs2.get(2).field(), "named by the cell a teacher sees");
        assertEquals(11, parsed.cells().size(), "hs001's empty TX3 is skipped");

        String csv = "Mã học sinh;ĐĐGtx 2;ĐĐGgk;CK;ĐTBmhk\nhs003;7,5;8;9;8,4\n";
        GradebookSheets.Parsed mixed = GradebookSheets.read(csv.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(List.of("TX2", "GK", "CK"), mixed.cells().stream().map(CellWrite::column).toList(), "ĐTBmhk is not imported");
        assertEquals("TX1", GradebookSheets.code("tx1"));
        assertEquals("GK", GradebookSheets.code("đđggk"));
        assertNull(GradebookSheets.code("ĐTBmhk"));
        assertEquals("ĐĐGtx3", GradebookSheets.header("TX3"));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return out;
    }
}
