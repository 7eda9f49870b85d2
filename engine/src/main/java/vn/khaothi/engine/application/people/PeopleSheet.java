package vn.khaothi.engine.application.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.khaothi.itembank.infrastructure.format.ZipGuard;

/**
 * Reads a people list from CSV (UTF-8, comma or semicolon) or Excel (.xlsx, first sheet) with a
 * header row. Headers may be English or Vietnamese (e.g. "Họ và tên"); {@code aliases} maps each
 * accepted header, folded to lower-case ASCII, to a canonical column name.
 */
public final class PeopleSheet {

    private PeopleSheet() {
    }

    public static List<SheetRow> read(byte[] content, Map<String, String> aliases, java.util.Set<String> required,
            List<ImportProblem> problems) {
        if (content.length == 0) {
            problems.add(new ImportProblem(1, "The file is empty"));
            return List.of();
        }
        if (isExcel(content)) {
            var bomb = ZipGuard.problem(content);
            if (bomb.isPresent()) {
                problems.add(new ImportProblem(1, "The Excel file cannot be read: " + bomb.get()));
                return List.of();
            }
        }
        try {
            return isExcel(content) ? readExcel(content, aliases, required, problems) : readCsv(content, aliases, required, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(1, "The file cannot be read as CSV or Excel (.xlsx): open it in Excel and save it again as .xlsx or \"CSV UTF-8\""));
            return List.of();
        }
    }

    private static boolean isExcel(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K'; // .xlsx is a zip
    }

    private static List<SheetRow> readCsv(byte[] content, Map<String, String> aliases, java.util.Set<String> required,
            List<ImportProblem> problems)
            throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(1, "The file is not UTF-8 text: save it as \"CSV UTF-8\" or as .xlsx"));
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<SheetRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = null;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                List<String> cells = record.toList();
                if (columns == null) {
                    columns = canonicalColumns(cells, aliases, required, problems);
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new SheetRow(line, toMap(columns, cells)));
            }
        }
        return rows;
    }

    private static List<SheetRow> readExcel(byte[] content, Map<String, String> aliases, java.util.Set<String> required,
            List<ImportProblem> problems)
            throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> columns = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cellText(cell, formatter));
                }
                int line = row.getRowNum() + 1;
                if (columns == null) {
                    columns = canonicalColumns(cells, aliases, required, problems);
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new SheetRow(line, toMap(columns, cells)));
            }
        }
        return rows;
    }

    /** Dates typed in Excel come as dates: give them as ISO text; everything else as displayed. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static List<String> canonicalColumns(List<String> header, Map<String, String> aliases, java.util.Set<String> required,
            List<ImportProblem> problems) {
        List<String> columns = new ArrayList<>();
        for (String name : header) {
            String canonical = aliases.get(fold(name));
            if (canonical == null && !name.isBlank()) {
                problems.add(new ImportProblem(1, "Unknown column \"" + name.trim() + "\""));
            }
            columns.add(canonical);
        }
        required.stream().sorted().filter(c -> !columns.contains(c))
                .forEach(c -> problems.add(new ImportProblem(1, "Missing column \"" + c + "\"")));
        return columns;
    }

    private static Map<String, String> toMap(List<String> columns, List<String> cells) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            if (columns.get(i) != null) {
                map.put(columns.get(i), cells.get(i));
            }
        }
        return map;
    }

    /** "Họ và tên" → "ho va ten": header matching ignores case, diacritics and spacing. */
    static String fold(String header) {
        String decomposed = Normalizer.normalize(header.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace('đ', 'd');
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[\\s_]+", " ").trim();
    }
}
