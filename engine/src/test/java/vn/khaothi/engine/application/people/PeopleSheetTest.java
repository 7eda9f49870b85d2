package vn.khaothi.engine.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PeopleSheetTest {

    @Test
    void readsCsvWithVietnameseHeadersAndSemicolons() {
        String csv = "\uFEFFMã học sinh;Họ và tên;Lớp;Ngày sinh;Giới tính\nhs901;Nguyễn Văn An;9A1;05/09/2011;Nam\n;;;;\nhs902;Trần Thị Bích;9a2;;Nữ\n";
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = PeopleSheet.read(csv.getBytes(StandardCharsets.UTF_8), StudentImport.COLUMNS, StudentImport.REQUIRED, problems);
        assertEquals(List.of(), problems);
        assertEquals(2, rows.size());
        assertEquals("Nguyễn Văn An", rows.get(0).get("fullName"));
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line(), "blank line 3 is skipped but still counted");
        assertEquals("9a2", rows.get(1).get("class"));
    }

    @Test
    void reportsUnknownAndMissingColumnsOnLineOne() {
        List<ImportProblem> problems = new ArrayList<>();
        PeopleSheet.read("code,name\nhs1,An\n".getBytes(StandardCharsets.UTF_8), StudentImport.COLUMNS, StudentImport.REQUIRED, problems);
        assertTrue(problems.contains(new ImportProblem(1, "Unknown column \"name\"")), problems.toString());
        assertTrue(problems.contains(new ImportProblem(1, "Missing column \"class\"")), problems.toString());
        assertTrue(problems.contains(new ImportProblem(1, "Missing column \"fullName\"")), problems.toString());
    }

    @Test
    void rejectsTextThatIsNotUtf8() {
        byte[] windows1258 = {'c', 'o', 'd', 'e', '\n', (byte) 0xD0, (byte) 0xEC, '\n'};
        List<ImportProblem> problems = new ArrayList<>();
        PeopleSheet.read(windows1258, StudentImport.COLUMNS, StudentImport.REQUIRED, problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("not UTF-8"));
    }

    @Test
    void readsExcelWithLineNumbersAndDates() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("HS");
            var header = sheet.createRow(0);
            String[] names = {"Code", "Full name", "Class", "Birth date"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(2); // line 3: an empty line 2 in between
            row.createCell(0).setCellValue("hs950");
            row.createCell(1).setCellValue("Lê Minh Đức");
            row.createCell(2).setCellValue("9A1");
            var date = row.createCell(3);
            date.setCellValue(java.time.LocalDate.of(2011, 3, 7));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = PeopleSheet.read(xlsx, StudentImport.COLUMNS, StudentImport.REQUIRED, problems);
        assertEquals(List.of(), problems);
        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).line());
        assertEquals("2011-03-07", rows.get(0).get("birthDate"));
        assertEquals("Lê Minh Đức", rows.get(0).get("fullName"));
    }
}
