package vn.khaothi.itembank.infrastructure.format.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.khaothi.itembank.application.importing.AnswerKeyFile;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.infrastructure.format.ZipGuard;

/**
 * An answer key kept in a file of its own (đáp án ở tệp riêng) beside a Word bank: a Word .docx
 * (paragraphs "1-A 2-B …" or a grid table, with or without an "ĐÁP ÁN" heading), an Excel .xlsx (the
 * first sheet: columns Câu | Đáp án, or a row of numbers over a row of answers) or UTF-8 text. The
 * kind is judged from the bytes, not the name. Every kind is read by {@link AnswerKey}, the same
 * reading as a key section at the end of the bank, "PHẦN I/II/III" included. Lines are the body
 * element (Word, as in the bank), the text line, or the sheet row.
 */
final class SeparateAnswerKey {

    /** A key needs far fewer rows and columns than this; the rest of a sheet is not looked at. */
    private static final int MAX_ROWS = 5_000;
    private static final int MAX_COLUMNS = 200;

    /** What was read: the key, or the problems that make the file unusable (then the key is empty). */
    record Read(AnswerKey key, List<ImportMessage> problems) {
    }

    private SeparateAnswerKey() {
    }

    static Read read(AnswerKeyFile file) {
        byte[] bytes = file.bytes();
        List<ImportMessage> problems = new ArrayList<>();
        AnswerKey key = new AnswerKey();
        if (bytes.length == 0) {
            problems.add(problem(file, "the answer key file is empty"));
        } else if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            readZip(file, key, problems);
        } else if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            problems.add(problem(file, "the answer key is an old Word .doc or Excel .xls file; "
                    + "save it as .docx, .xlsx or UTF-8 text (.txt)"));
        } else {
            readText(file, key, problems);
        }
        if (problems.isEmpty() && key.isEmpty()) {
            problems.add(problem(file, "no answer could be read from the answer key file; write it as "
                    + "\"1-A 2-B 3-C\", \"4: ĐSĐS\", \"5-12,5\" or as a table Câu | Đáp án"));
        }
        return new Read(problems.isEmpty() ? key : new AnswerKey(), problems);
    }

    private static ImportMessage problem(AnswerKeyFile file, String message) {
        return new ImportMessage(0, "file: " + file.name(), message);
    }

    private static void readZip(AnswerKeyFile file, AnswerKey key, List<ImportMessage> problems) {
        Optional<String> bomb = ZipGuard.problem(file.bytes());
        if (bomb.isPresent()) {
            problems.add(problem(file, "the answer key is not a readable Word or Excel file: " + bomb.get()));
            return;
        }
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException e) {
            names.clear(); // ZipGuard read it whole already; an error here leaves the kind unknown
        }
        try {
            if (names.contains("word/document.xml")) {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
                    readWord(WordText.blocks(doc.getBodyElements()), key);
                }
            } else if (names.contains("xl/workbook.xml")) {
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
                    readSheet(book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0), key);
                }
            } else {
                problems.add(problem(file, "the answer key is a zip file but neither a Word .docx nor an Excel .xlsx file"));
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            problems.add(problem(file, "the answer key file cannot be read; open it in Word or Excel and save it again "
                    + "as .docx or .xlsx"));
        }
    }

    /** From the first heading ("ĐÁP ÁN …") on when there is one (a title above it is not read), else all of it. */
    private static void readWord(List<DocxBlock> blocks, AnswerKey key) {
        int from = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DocxBlock.Para p && AnswerKey.heading(p.trimmed())) {
                from = i;
                break;
            }
        }
        boolean started = false;
        for (DocxBlock block : blocks.subList(from, blocks.size())) {
            if (block instanceof DocxBlock.Table table) {
                key.readTable(table, key.sectionPart(), false);
            } else if (block instanceof DocxBlock.Para p && !p.trimmed().isEmpty()) {
                if (!started && AnswerKey.heading(p.trimmed())) {
                    key.startSection(p.trimmed(), p.line());
                } else {
                    key.readSectionLine(p.trimmed(), p.line());
                }
                started = true;
            }
        }
    }

    private static void readText(AnswerKeyFile file, AnswerKey key, List<ImportMessage> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.bytes())).toString();
        } catch (CharacterCodingException e) {
            problems.add(problem(file, "the answer key is neither a Word .docx, an Excel .xlsx nor UTF-8 text; "
                    + "save a text key as UTF-8"));
            return;
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(problem(file, "the answer key is neither a Word .docx, an Excel .xlsx nor UTF-8 text"));
            return;
        }
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        int from = 0;
        for (int i = 0; i < lines.length; i++) {
            if (AnswerKey.heading(lines[i])) {
                from = i;
                break;
            }
        }
        boolean started = false;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!started && AnswerKey.heading(line)) {
                key.startSection(line, i + 1);
            } else {
                key.readSectionLine(line, i + 1);
            }
            started = true;
        }
    }

    /**
     * The first sheet as tables of text cells, one per part: a row starting "PHẦN …" begins the next
     * part, like in a Word key; each table is read as a grid with its rows as lines.
     */
    private static void readSheet(Sheet sheet, AnswerKey key) {
        if (sheet == null) {
            return;
        }
        DataFormatter format = new DataFormatter();
        List<List<List<DocxBlock.Para>>> rows = new ArrayList<>();
        int firstLine = 1;
        int part = 0;
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<List<DocxBlock.Para>> cells = new ArrayList<>();
            String first = "";
            for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                Cell cell = row.getCell(c);
                String text = cell == null ? "" : format.formatCellValue(cell).strip();
                first = first.isEmpty() ? text : first;
                cells.add(List.of(new DocxBlock.Para(r + 1, text, new byte[text.length()], null, 0, null, List.of(), 0)));
            }
            String upper = first.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("PHẦN") || upper.startsWith("PHAN ")) {
                readRows(rows, firstLine, part, key);
                rows = new ArrayList<>();
                firstLine = r + 2;
                part++;
            } else {
                rows.add(cells);
            }
        }
        readRows(rows, firstLine, part, key);
    }

    private static void readRows(List<List<List<DocxBlock.Para>>> rows, int firstLine, int part, AnswerKey key) {
        if (!rows.isEmpty()) {
            key.readTable(new DocxBlock.Table(firstLine, rows), part, true);
        }
    }
}
