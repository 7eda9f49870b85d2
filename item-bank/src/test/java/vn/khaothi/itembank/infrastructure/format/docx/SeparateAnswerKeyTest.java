package vn.khaothi.itembank.infrastructure.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.AnswerKeyFile;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.application.importing.PartialImport;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.infrastructure.format.FormatAssertions;

/**
 * The answer key in a file of its own (issue 18): a questions.docx without key and a dap-an.docx,
 * dap-an.xlsx or dap-an.txt beside it, all generated here with POI, give the items their keys; a
 * disagreement, an answer for a question the bank lacks and an unreadable key file are problems.
 */
class SeparateAnswerKeyTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new DocxReader()));

    /** Three single-choice questions "Câu 1." … with no key at all: options 1, 2, 3, 4 in order. */
    private static byte[] bankWithoutKey() {
        Word w = new Word();
        w.p("Câu 1. Một cộng một bằng");
        w.p("A. 1   B. 2   C. 3   D. 4");
        w.p("Câu 2. Hai cộng hai bằng");
        w.p("A. 1   B. 2   C. 3   D. 4");
        w.p("Câu 3. Một cộng hai bằng");
        w.p("A. 1   B. 2   C. 3   D. 4");
        return w.bytes();
    }

    private static ImportResult run(byte[] bank, String keyName, byte[] key) {
        return IMPORT.run(ItemFormat.DOCX, bank, new AnswerKeyFile(keyName, key), null);
    }

    private static ImportResult accepted(byte[] bank, String keyName, byte[] key) {
        ImportResult r = run(bank, keyName, key);
        assertTrue(r.accepted(), r.problems().toString());
        return r;
    }

    private static byte[] xlsx(String[][] rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Đáp án");
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.xssf.usermodel.XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(rows[r][c])); // numbers as Excel numbers
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWordKeyFileInParagraphsKeysABankThatHasNone() {
        Word key = new Word();
        key.p("Trường THCS Nguyễn Du – Tổ Toán 9A"); // a title above the heading is not read ("9A" is no answer)
        key.p("ĐÁP ÁN ĐỀ KIỂM TRA 15 PHÚT");
        key.p("1-B   2.D   3: C");
        ImportResult r = accepted(bankWithoutKey(), "dap-an.docx", key.bytes());
        assertEquals(3, r.items().size());
        FormatAssertions.key(r.items().get(0).content(), "2");
        FormatAssertions.key(r.items().get(1).content(), "4");
        FormatAssertions.key(r.items().get(2).content(), "3");
        assertTrue(r.warnings().stream().anyMatch(m -> m.path().equals("file: dap-an.docx")
                && m.message().startsWith("3 answers read")), r.warnings().toString());
    }

    @Test
    void aWordKeyFileAsAGridTableWithoutHeading() {
        Word key = new Word();
        XWPFTable t = key.doc.createTable(2, 3);
        String[][] cells = {{"1", "2", "3"}, {"C", "B", "A"}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                t.getRow(r).getCell(c).setText(cells[r][c]);
            }
        }
        ImportResult r = accepted(bankWithoutKey(), "dap-an.docx", key.bytes());
        FormatAssertions.key(r.items().get(0).content(), "3");
        FormatAssertions.key(r.items().get(1).content(), "2");
        FormatAssertions.key(r.items().get(2).content(), "1");
    }

    @Test
    void anExcelKeyInColumnsOrAsARowOfNumbersOverARowOfAnswers() {
        ImportResult columns = accepted(bankWithoutKey(), "dap-an.xlsx",
                xlsx(new String[][] {{"Câu", "Đáp án"}, {"1", "D"}, {"2", "A"}, {"3", "B"}}));
        FormatAssertions.key(columns.items().get(0).content(), "4");
        FormatAssertions.key(columns.items().get(1).content(), "1");
        FormatAssertions.key(columns.items().get(2).content(), "2");

        ImportResult grid = accepted(bankWithoutKey(), "dap-an.xlsx",
                xlsx(new String[][] {{"Câu", "1", "2", "3"}, {"Đáp án", "A", "C", "D"}}));
        FormatAssertions.key(grid.items().get(0).content(), "1");
        FormatAssertions.key(grid.items().get(1).content(), "3");
        FormatAssertions.key(grid.items().get(2).content(), "4");
    }

    @Test
    void aPlainTextKeyInUtf8() {
        ImportResult r = accepted(bankWithoutKey(), "dap-an.txt", utf8("\uFEFF1-A 2-B\n3-C\n"));
        FormatAssertions.key(r.items().get(0).content(), "1");
        FormatAssertions.key(r.items().get(1).content(), "2");
        FormatAssertions.key(r.items().get(2).content(), "3");
    }

    @Test
    void theKeyFileCompletesTheBanksOwnKeyAndAgreementIsNoProblem() {
        Word w = new Word();
        w.p("Câu 1. Một cộng một bằng");
        w.p("A. 1   B. 2");
        w.p("Đáp án: B");
        w.p("Câu 2. Hai cộng hai bằng");
        w.p("A. 4   B. 5");
        ImportResult r = accepted(w.bytes(), "dap-an.txt", utf8("1-B 2-A"));
        FormatAssertions.key(r.items().get(0).content(), "2");
        FormatAssertions.key(r.items().get(1).content(), "4");
    }

    @Test
    void keysThatDisagreeAreAProblemNamingBothLinesAndNothingIsImported() {
        Word w = new Word();
        w.p("Câu 1. Một cộng một bằng");
        w.p("A. 1   B. 2");
        w.p("Câu 2. Hai cộng hai bằng");
        w.p("A. 4   B. 5");
        w.p("ĐÁP ÁN");
        w.p("1-B 2-A");
        byte[] bank = w.bytes();
        ImportResult r = run(bank, "dap-an.txt", utf8("ĐÁP ÁN\n1-B\n2-B"));
        assertFalse(r.accepted());
        assertEquals(0, r.items().size(), "all or nothing");
        assertEquals(1, r.problems().size(), r.problems().toString());
        ImportMessage p = r.problems().get(0);
        assertEquals(3, p.line(), "the question's line in the bank");
        assertEquals("Câu 2: the bank gives the answer \"A\" (line 6) but dap-an.txt gives \"B\" (line 3); "
                + "correct one of them", p.message());
        PartialImport some = ItemImport.validOnly(IMPORT.read(ItemFormat.DOCX, bank,
                new AnswerKeyFile("dap-an.txt", utf8("1-B\n2-B"))));
        assertEquals(1, some.valid().items().size(), "valid-only keeps the question both keys agree on");
    }

    @Test
    void anAnswerForAQuestionTheBankDoesNotHaveAndAQuestionStillWithoutKeyAreProblems() {
        ImportResult r = run(bankWithoutKey(), "dap-an.txt", utf8("1-A\n2-B\n\n7-C"));
        assertFalse(r.accepted());
        List<String> problems = r.problems().stream().map(ImportMessage::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 5: Câu 3: no key"), problems.toString());
        assertEquals("line 4 (file: dap-an.txt): the answer key gives \"C\" for Câu 7, which the bank does not have",
                problems.get(1));
    }

    @Test
    void partsRestartTheNumberingInTheKeyFileAsInTheBank() {
        Word w = new Word();
        w.p("PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn");
        w.p("Câu 1. Nghiệm của phương trình 2x − 4 = 0 là");
        w.p("A. 1   B. 2   C. 3   D. 4");
        w.p("Câu 2. Số nguyên tố nhỏ nhất là");
        w.p("A. 1   B. 2   C. 3   D. 4");
        w.p("PHẦN II. Câu trắc nghiệm đúng sai");
        w.p("Câu 1. Cho hàm số y = 2x + 1.");
        w.p("a) Hàm số đồng biến.");
        w.p("b) Đồ thị đi qua (0; 2).");
        w.p("c) Đồ thị đi qua (1; 3).");
        w.p("d) Hệ số góc bằng 1.");
        w.p("PHẦN III. Câu trắc nghiệm trả lời ngắn");
        w.p("Câu 1. Một vật đi 25 m trong 2 s. Tốc độ trung bình (m/s) là bao nhiêu?");
        w.p("Đáp án: 12,5");
        Word key = new Word();
        key.p("BẢNG ĐÁP ÁN");
        key.p("PHẦN I");
        key.p("1-B 2-B");
        key.p("PHẦN II");
        key.p("Câu 1: a) Đ b) S c) Đ d) S");
        key.p("PHẦN III");
        key.p("1-12,50");
        byte[] bank = w.bytes();
        ImportResult r = accepted(bank, "dap-an.docx", key.bytes());
        assertEquals(List.of(ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.TRUE_FALSE_CLUSTER,
                ItemTypeCode.SHORT_NUMERIC), r.items().stream().map(i -> i.content().type()).toList());
        FormatAssertions.key(r.items().get(0).content(), "2");
        FormatAssertions.key(r.items().get(1).content(), "2");
        assertEquals(List.of(true, false, true, false), r.items().get(2).content().body(StatementsBody.class)
                .statements().stream().map(Statement::correct).toList());
        assertEquals(0, new BigDecimal("12.5").compareTo(
                r.items().get(3).content().body(NumericBody.class).answers().get(0).value()),
                "12,50 in the key agrees with 12,5 in the bank");

        ImportResult sheet = accepted(bank, "dap-an.xlsx", xlsx(new String[][] {
            {"PHẦN I"}, {"Câu", "Đáp án"}, {"1", "B"}, {"2", "C"}, {"PHẦN II"}, {"1", "ĐSĐS"}, {"PHẦN III"}, {"1", "12,5"}}));
        FormatAssertions.key(sheet.items().get(1).content(), "3");
    }

    @Test
    void aKeyFileWithoutPartsForABankThatRestartsItsNumbersSaysSoOnce() {
        Word w = new Word();
        w.p("PHẦN I");
        w.p("Câu 1. Một cộng một bằng");
        w.p("A. 1   B. 2");
        w.p("PHẦN II");
        w.p("Câu 1. Hai cộng hai bằng");
        w.p("A. 4   B. 5");
        ImportResult r = run(w.bytes(), "dap-an.txt", utf8("1-B\n1-A"));
        assertFalse(r.accepted());
        List<ImportMessage> fromKey = r.problems().stream().filter(p -> p.path().equals("file: dap-an.txt")).toList();
        assertEquals(1, fromKey.size(), r.problems().toString());
        assertEquals("the bank numbers its questions again in each PHẦN; write PHẦN I, PHẦN II, … in the answer key file too",
                fromKey.get(0).message());
        assertEquals(3, r.problems().size(), "and each of the two questions still lacks its key: " + r.problems());
    }

    @Test
    void aKeyFileThatCannotBeReadRejectsTheImportWithAClearProblem() {
        List<byte[]> broken = List.of(new byte[0], new byte[] {'P', 'K', 3, 4, 0, 0, 1},
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, new byte[] {(byte) 0xC3, (byte) 0x28},
                utf8("Chúc các em làm bài tốt"));
        List<String> expected = List.of("the answer key file is empty", "the answer key is not a readable Word or Excel file",
                "the answer key is an old Word .doc or Excel .xls file", "the answer key is neither",
                "no answer could be read from the answer key file");
        for (int i = 0; i < broken.size(); i++) {
            ImportResult r = run(bankWithoutKey(), "dap-an.bin", broken.get(i));
            assertFalse(r.accepted());
            assertEquals(1, r.problems().size(), r.problems().toString());
            assertEquals("file: dap-an.bin", r.problems().get(0).path());
            assertTrue(r.problems().get(0).message().startsWith(expected.get(i)), r.problems().toString());
            assertTrue(ItemImport.validOnly(r).valid().items().isEmpty(), "a broken key file imports nothing");
        }
    }

    @Test
    void onlyWordBanksTakeASeparateKey() {
        assertTrue(ItemFormat.DOCX.takesAnswerKeyFile());
        assertFalse(ItemFormat.GIFT.takesAnswerKeyFile());
    }
}
