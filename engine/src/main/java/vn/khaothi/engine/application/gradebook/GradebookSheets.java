package vn.khaothi.engine.application.gradebook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;
import vn.khaothi.engine.application.gradebook.GradebookViews;
import vn.khaothi.engine.domain.gradebook.Columns;

/**
 * A subject's gradebook as a spreadsheet, in the column layout the sector's systems (VnEdu, SMAS)
 * import marks from — one student a row: STT, Mã học sinh, Họ và tên, then the regular columns
 * ĐĐGtx1…ĐĐGtxn (TX1…TXn), ĐĐGgk (GK), ĐĐGck (CK), and ĐTBmhk, under a group row in TT22 words —
 * and the reading of such a sheet (or a CSV with the same header) back into cells, for an import. See docs/gradebook.md for the layout.
 */
public final class GradebookSheets {

    /** Header texts that name the student column of an imported sheet. */
    private static final List<String> STUDENT_HEADERS = List.of("MÃ HỌC SINH", "MÃ HS", "STUDENTID", "TÀI KHOẢN");

    private GradebookSheets() {
    }

    /** The .xlsx of a sheet: a title row, the group row, the code row, one row per student. */
    public static byte[] xlsx(GradebookViews.Sheet sheet) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = book.createSheet("So diem " + sheet.classCode() + " " + sheet.subject());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle oneDecimal = book.createCellStyle();
            oneDecimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            Row title = s.createRow(0);
            title.createCell(0).setCellValue("SỔ ĐIỂM – Lớp " + sheet.classCode() + " – Môn " + sheet.subjectName()
                    + " – Học kì " + (sheet.semester() == 1 ? "I" : "II") + " – Năm học " + sheet.schoolYear());
            title.getCell(0).setCellStyle(bold);
            Row groups = s.createRow(2);
            Row codes = s.createRow(3);
            List<String> head = new ArrayList<>(List.of("STT", "Mã học sinh", "Họ và tên"));
            sheet.columns().forEach(column -> head.add(header(column)));
            boolean commentary = sheet.scale().equals("COMMENTARY");
            head.add(commentary ? "Kết quả" : "ĐTBmhk");
            for (int i = 0; i < head.size(); i++) {
                codes.createCell(i).setCellValue(head.get(i));
                codes.getCell(i).setCellStyle(bold);
            }
            int regular = (int) sheet.columns().stream().filter(Columns::regular).count();
            for (int i = 0; i < head.size(); i++) {
                String group = i < 3 ? head.get(i)
                        : i < 3 + regular ? "Điểm đánh giá thường xuyên"
                        : i < 3 + sheet.columns().size() ? (Columns.MIDTERM.equals(sheet.columns().get(i - 3))
                                ? "Điểm đánh giá giữa kì" : "Điểm đánh giá cuối kì")
                        : commentary ? "Kết quả học kì" : "Điểm trung bình môn học kì";
                groups.createCell(i).setCellValue(group);
                groups.getCell(i).setCellStyle(bold);
            }
            if (regular > 1) {
                s.addMergedRegion(new CellRangeAddress(2, 2, 3, 2 + regular));
            }
            int r = 4;
            for (GradebookViews.Row row : sheet.rows()) {
                Row line = s.createRow(r);
                line.createCell(0).setCellValue(r - 3);
                line.createCell(1).setCellValue(row.studentId());
                line.createCell(2).setCellValue(row.name());
                int col = 3;
                for (String column : sheet.columns()) {
                    put(line.createCell(col++), row.scores().get(column), oneDecimal);
                }
                put(line.createCell(col), row.average() != null ? row.average() : row.result(), oneDecimal);
                r++;
            }
            s.setColumnWidth(1, 14 * 256);
            s.setColumnWidth(2, 28 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The header of a column in TT22 wording: {@code ĐĐGtx1}…{@code ĐĐGtxn} (điểm đánh giá thường
     * xuyên), {@code ĐĐGgk}, {@code ĐĐGck}; {@link #code} reads them back.
     */
    static String header(String column) {
        return Columns.regular(column) ? "ĐĐGtx" + column.substring(2)
                : Columns.MIDTERM.equals(column) ? "ĐĐGgk" : Columns.FINAL.equals(column) ? "ĐĐGck" : column;
    }

    /**
     * The column code of an import header, or null: our codes ({@code TX1}, {@code GK}, {@code CK})
     * or the TT22 names ({@code ĐĐGtx1}, {@code ĐĐGtx 1}, {@code ĐĐGgk}, {@code ĐĐGck}), any case.
     */
    static String code(String header) {
        String text = header.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (text.startsWith("ĐĐG")) {
            String rest = text.substring(3);
            text = rest.startsWith("TX") ? rest : rest.equals("GK") ? Columns.MIDTERM : rest.equals("CK") ? Columns.FINAL : text;
        }
        return Columns.wellFormed(text) ? text : null;
    }

    private static void put(Cell cell, Object value, CellStyle oneDecimal) {
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(oneDecimal);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    /** A problem of an import, named by its row (1-based, as the spreadsheet shows) and cell. */
    public record Problem(int row, String cell, String message) {
    }

    /** What a sheet says: the cells to write, or the problems found reading its layout. */
    public record Parsed(List<CellWrite> cells, List<Problem> problems) {
    }

    /**
     * Reads an .xlsx (or a .csv when {@code csv}) whose header row holds a student column and
     * column codes; unknown headers (names, averages) are ignored, empty cells are skipped.
     */
    public static Parsed read(byte[] content, boolean csv) {
        List<List<String>> rows = csv ? csvRows(content) : xlsxRows(content);
        List<Problem> problems = new ArrayList<>();
        int headerAt = -1;
        int studentColumn = -1;
        Map<Integer, String> codes = new LinkedHashMap<>();
        for (int r = 0; r < rows.size() && headerAt < 0; r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c).strip().toUpperCase(Locale.ROOT);
                if (STUDENT_HEADERS.contains(text)) {
                    studentColumn = c;
                } else if (code(text) != null) {
                    codes.put(c, code(text));
                }
            }
            if (studentColumn >= 0 && !codes.isEmpty()) {
                headerAt = r;
            } else {
                studentColumn = -1;
                codes.clear();
            }
        }
        if (headerAt < 0) {
            problems.add(new Problem(1, "A1", "Không tìm thấy dòng tiêu đề: cần một cột «Mã học sinh» và các cột điểm"
                    + " ĐĐGtx1… (TX1…), ĐĐGgk (GK), ĐĐGck (CK)"));
            return new Parsed(List.of(), problems);
        }
        List<CellWrite> cells = new ArrayList<>();
        for (int r = headerAt + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String student = studentColumn < row.size() ? row.get(studentColumn).strip() : "";
            if (student.isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, String> code : codes.entrySet()) {
                String value = code.getKey() < row.size() ? row.get(code.getKey()).strip() : "";
                if (!value.isEmpty()) {
                    cells.add(new CellWrite(student, code.getValue(), value,
                            new CellAddress(r, code.getKey()).formatAsString()));
                }
            }
        }
        return new Parsed(cells, problems);
    }

    /** The row number (1-based) in a cell name like {@code D7}. */
    public static int rowOf(String cell) {
        try {
            return new CellAddress(cell).getRow() + 1;
        } catch (RuntimeException notACell) {
            return 0;
        }
    }

    private static List<List<String>> xlsxRows(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                                ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                                : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new vn.khaothi.engine.domain.gradebook.GradebookRefusal(vn.khaothi.itembank.domain.Refusal.Kind.UNPROCESSABLE, "IMPORT_INVALID",
                    "Không đọc được tệp Excel (.xlsx)", List.of(new Problem(0, "", "Tệp không phải là bảng tính Excel hợp lệ")));
        }
        return rows;
    }

    private static List<List<String>> csvRows(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = text.lines().findFirst().map(l -> l.chars().filter(ch -> ch == ';').count() > l.chars().filter(ch -> ch == ',').count())
                .orElse(false) ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build()
                .parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new vn.khaothi.engine.domain.gradebook.GradebookRefusal(vn.khaothi.itembank.domain.Refusal.Kind.UNPROCESSABLE, "IMPORT_INVALID", "Không đọc được tệp CSV",
                    List.of(new Problem(0, "", "Tệp CSV không hợp lệ")));
        }
        return rows;
    }
}
