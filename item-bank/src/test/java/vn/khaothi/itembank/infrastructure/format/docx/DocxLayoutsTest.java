package vn.khaothi.itembank.infrastructure.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.application.importing.PartialImport;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.infrastructure.format.FormatAssertions;

/** Every Word layout of issue 18, generated with POI, read to exact items and keys. */
class DocxLayoutsTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new DocxReader()));

    private static ImportResult read(Word w) {
        ImportResult r = IMPORT.run(ItemFormat.DOCX, w.bytes(), null);
        assertTrue(r.accepted(), r.problems().toString());
        return r;
    }

    private static String layout(ImportResult r) {
        return r.warnings().get(0).message();
    }

    private static List<Boolean> truth(ItemContent c) {
        return c.body(StatementsBody.class).statements().stream().map(Statement::correct).toList();
    }

    @Test
    void bracketNumbersWithAnswerLines() {
        Word w = new Word();
        w.p("ĐỀ KIỂM TRA 15 PHÚT");
        w.p("[1] Thủ đô của Việt Nam là");
        w.p("A. Huế");
        w.p("B. Hà Nội");
        w.p("C. Đà Nẵng");
        w.p("D. Sài Gòn");
        w.p("ANSWER: B");
        w.p("[2] 2 + 3 = ?");
        w.p("A. 5   B. 6   C. 7   D. 8");
        w.p("ANSWER: A");
        ImportResult r = read(w);
        assertEquals(2, r.items().size());
        assertTrue(layout(r).contains("[1]"), layout(r));
        assertEquals("Thủ đô của Việt Nam là", r.items().get(0).content().stem().html());
        FormatAssertions.choices(r.items().get(0).content(), "Huế", 0, "", "Hà Nội", 1, "", "Đà Nẵng", 0, "", "Sài Gòn", 0, "");
        FormatAssertions.key(r.items().get(1).content(), "5");
        assertEquals(2, r.items().get(0).line());
    }

    @Test
    void wordsAutomaticNumberingWithLetteredOptionsAndMarks() {
        ImportResult r = IMPORT.run(ItemFormat.DOCX, numberedWithUnderline().bytes(), null);
        assertTrue(r.accepted(), r.problems().toString());
        assertTrue(layout(r).contains("automatic numbering"), layout(r));
        assertEquals(2, r.items().size());
        FormatAssertions.choices(r.items().get(0).content(), "4", 0, "", "7", 1, "", "9", 0, "");
        FormatAssertions.key(r.items().get(1).content(), "15");
        assertEquals("Câu 2", r.items().get(1).content().name());
    }

    private static Word numberedWithUnderline() {
        Word w = new Word();
        w.numbered(0, "Số nào là số nguyên tố?");
        w.numbered(1, "4");
        w.numbered(1, "7").getRuns().get(0).setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        w.numbered(1, "9");
        w.p("");
        w.numbered(0, "Số nào chia hết cho 5?");
        w.numbered(1, "12");
        w.numbered(1, "15").getRuns().get(0).setColor("C00000");
        w.numbered(1, "17");
        return w;
    }

    @Test
    void aTableOfQuestionsWithHeadersWithoutDiacritics() {
        Word w = new Word();
        w.p("NGÂN HÀNG CÂU HỎI TOÁN 9");
        XWPFTable t = w.doc.createTable(3, 4);
        String[][] cells = {
            {"STT", "Noi dung", "Phuong an", "Dap an"},
            {"1", "Căn bậc hai của 16 là", "A. 2\nB. 4\nC. 8\nD. 16", "B"},
            {"2", "Tính 2^3", "A. 6   B. 8   C. 9", "b"}};
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < 4; c++) {
                var cell = t.getRow(r).getCell(c);
                String[] lines = cells[r][c].split("\n");
                cell.getParagraphs().get(0).createRun().setText(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    cell.addParagraph().createRun().setText(lines[i]);
                }
            }
        }
        ImportResult r = read(w);
        assertTrue(layout(r).contains("table"), layout(r));
        assertEquals(2, r.items().size());
        FormatAssertions.choices(r.items().get(0).content(), "2", 0, "", "4", 1, "", "8", 0, "", "16", 0, "");
        FormatAssertions.key(r.items().get(1).content(), "8");
        assertEquals("Tính 2^3", r.items().get(1).content().stem().html());
    }

    @Test
    void aTableWithOneColumnPerOptionAndTheKeyMarkedBold() {
        Word w = new Word();
        XWPFTable t = w.doc.createTable(2, 5);
        String[] head = {"Câu hỏi", "A", "B", "C", "D"};
        String[] row = {"Nước sôi ở bao nhiêu độ C?", "90", "100", "110", "120"};
        for (int c = 0; c < 5; c++) {
            t.getRow(0).getCell(c).getParagraphs().get(0).createRun().setText(head[c]);
            var run = t.getRow(1).getCell(c).getParagraphs().get(0).createRun();
            run.setText(row[c]);
            run.setBold(c == 2);
        }
        ImportResult r = read(w);
        FormatAssertions.choices(r.items().get(0).content(), "90", 0, "", "100", 1, "", "110", 0, "", "120", 0, "");
    }

    @Test
    void keysMarkedByRedStarHashAndBoldTextUnderUniformlyBoldLabels() {
        Word w = new Word();
        w.p("Câu 1. Red");
        w.p("A. x   ", "!B. y", "   C. z");
        w.p("Câu 2. Star");
        w.p("A. x");
        w.p("*B. y");
        w.p("C. z");
        w.p("Câu 3. Hash");
        w.p("A. x   #B. y   C. z");
        w.p("Câu 4. Every label is bold; the key's text is bold too");
        w.p("^A.", " x   ", "^B.", " y   ", "^C.", "^ z");
        ImportResult r = read(w);
        assertEquals(4, r.items().size());
        FormatAssertions.key(r.items().get(0).content(), "y");
        FormatAssertions.choices(r.items().get(1).content(), "x", 0, "", "y", 1, "", "z", 0, "");
        FormatAssertions.key(r.items().get(2).content(), "y");
        FormatAssertions.key(r.items().get(3).content(), "z");
    }

    @Test
    void keysAtTheEndAsTextAndAsAVerticalGrid() {
        Word w = new Word();
        for (int i = 1; i <= 4; i++) {
            w.p("Câu " + i + ". Câu hỏi " + i);
            w.p("A. a" + i + "   B. b" + i + "   C. c" + i + "   D. d" + i);
        }
        w.p("ĐÁP ÁN");
        w.p("1-A 2.B");
        XWPFTable t = w.doc.createTable(3, 2);
        String[][] grid = {{"STT", "Đáp án"}, {"3", "C"}, {"4", "D"}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                t.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(grid[r][c]);
            }
        }
        ImportResult r = read(w);
        assertEquals(List.of("a1", "b2", "c3", "d4"), r.items().stream().map(i -> i.content().body(
                vn.khaothi.itembank.domain.item.ChoiceBody.class).options().stream()
                .filter(vn.khaothi.itembank.domain.item.Choice::isCorrect).findFirst().orElseThrow().text().html()).toList());
    }

    @Test
    void the2025LayoutWithDungSaiKeysAndDecimalCommas() {
        Word w = new Word();
        w.p("PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn");
        w.p("Câu 1. Nghiệm của phương trình 2x − 4 = 0 là");
        w.p("A. 1   B. 2   C. 3   D. 4");
        w.p("PHẦN II. Câu trắc nghiệm đúng sai");
        w.p("Câu 1. Cho hàm số y = 2x + 1.");
        w.p("a) Hàm số đồng biến.");
        w.p("b) Đồ thị đi qua (0; 2).");
        w.p("c) Đồ thị đi qua (1; 3).");
        w.p("d) Hệ số góc bằng 1.");
        w.p("Đáp án: a) Đúng b) Sai c) Đúng d) Sai");
        w.p("PHẦN III. Câu trắc nghiệm trả lời ngắn");
        w.p("Câu 1. Một vật đi 25 m trong 2 s. Tốc độ trung bình (m/s) là bao nhiêu?");
        w.p("Đáp án: 12,5");
        w.p("BẢNG ĐÁP ÁN");
        w.p("PHẦN I");
        w.p("1.B");
        ImportResult r = read(w);
        assertEquals(List.of(ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.TRUE_FALSE_CLUSTER, ItemTypeCode.SHORT_NUMERIC),
                r.items().stream().map(i -> i.content().type()).toList());
        FormatAssertions.key(r.items().get(0).content(), "2");
        assertEquals(List.of(true, false, true, false), truth(r.items().get(1).content()));
        assertEquals(0, new BigDecimal("12.5").compareTo(r.items().get(2).content().body(NumericBody.class).answers().get(0).value()));
    }

    @Test
    void wordEquationsBecomeLatexPicturesBecomePicturesAndMathTypeIsWarnedPerQuestion() {
        Word w = new Word();
        w.math("Câu 1. Rút gọn ", "<m:f><m:num><m:r><m:t>1</m:t></m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f>"
                + "<m:r><m:t>+</m:t></m:r><m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup>");
        w.p("A. 1   B. 2");
        w.p("ANSWER: A");
        w.picture("Câu 2. Quan sát hình vẽ ", "hinh1.png");
        w.p("A. 1   B. 2");
        w.p("ANSWER: B");
        w.mathType("Câu 3. Giải phương trình ");
        w.p("A. 1   B. 2");
        w.p("ANSWER: B");
        ImportResult r = read(w);
        assertEquals("Rút gọn \\(\\frac{1}{2}+x^{2}\\)", r.items().get(0).content().stem().html());
        String picture = r.items().get(1).content().stem().html();
        assertTrue(picture.startsWith("Quan sát hình vẽ <img") && picture.contains("src=\"data:image/png;base64,iVBOR"),
                "a PNG in the question becomes the item's picture (the bank stores it by its hash): " + picture);
        assertEquals("Giải phương trình [MathType]", r.items().get(2).content().stem().html());
        List<ImportMessage> perQuestion = r.warnings().subList(1, r.warnings().size());
        assertEquals(1, perQuestion.size(), "a stored picture needs no warning, MathType does: " + perQuestion);
        assertTrue(perQuestion.get(0).message().startsWith("Câu 3: 1 MathType equation"), perQuestion.toString());
    }

    @Test
    void aFileInNoLayoutSaysWhichWereTriedAndShowsTheFirstLines() {
        Word w = new Word();
        w.p("Trường THCS Nguyễn Du");
        w.p("Hãy trả lời các câu hỏi sau");
        w.p("Thủ đô của Việt Nam là gì");
        ImportResult r = IMPORT.run(ItemFormat.DOCX, w.bytes(), null);
        assertFalse(r.accepted());
        String first = r.problems().get(0).message();
        assertTrue(first.contains("layouts tried") && first.contains("Câu 1.") && first.contains("[1]")
                && first.contains("automatic numbering") && first.contains("STT | Nội dung"), first);
        assertEquals(List.of(1, 2, 3), r.problems().subList(1, 4).stream().map(ImportMessage::line).toList());
        assertEquals("could not be placed: Trường THCS Nguyễn Du", r.problems().get(1).message());
    }

    @Test
    void validOnlyImportsTheGoodQuestionsAndListsTheRest() {
        Word w = new Word();
        w.p("Câu 1. Có đáp án");
        w.p("A. x   B. y");
        w.p("ANSWER: B");
        w.p("Câu 2. Không có đáp án");
        w.p("A. x   B. y");
        w.p("Câu 3. Có đáp án");
        w.p("A. x   B. y");
        w.p("ANSWER: A");
        byte[] file = w.bytes();
        ImportResult all = IMPORT.run(ItemFormat.DOCX, file, null);
        assertFalse(all.accepted());
        assertTrue(all.items().isEmpty(), "all or nothing by default");
        PartialImport some = IMPORT.runValidOnly(ItemFormat.DOCX, file, null);
        assertEquals(List.of("Câu 1", "Câu 3"), some.valid().items().stream().map(i -> i.content().name()).toList());
        assertEquals(1, some.skipped());
        assertEquals(4, some.problems().get(0).line());
        assertTrue(some.problems().get(0).message().startsWith("Câu 2: no key"), some.problems().toString());
    }

    @Test
    void levelTagsOptionsWithoutSpacesAndAHorizontalKeyGridWithALabelColumn() {
        Word w = new Word();
        for (int i = 1; i <= 4; i++) {
            w.p("Câu " + i + " (" + (i % 2 == 1 ? "NB" : "VD") + "): Câu hỏi " + i);
            w.p("A.a" + i + "  B.b" + i + "  C.c" + i + "  D.d" + i);
        }
        w.p("BẢNG ĐÁP ÁN");
        XWPFTable t = w.doc.createTable(4, 3);
        String[][] grid = {{"Câu", "1", "2"}, {"Đáp án", "D", "C"}, {"Câu", "3", "4"}, {"Đáp án", "B", "A"}};
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 3; c++) {
                t.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(grid[r][c]);
            }
        }
        ImportResult r = read(w);
        assertEquals(List.of("d1", "c2", "b3", "a4"), r.items().stream().map(i -> i.content().body(
                vn.khaothi.itembank.domain.item.ChoiceBody.class).options().stream()
                .filter(vn.khaothi.itembank.domain.item.Choice::isCorrect).findFirst().orElseThrow().text().html()).toList());
        assertEquals(List.of(vn.khaothi.itembank.domain.item.CognitiveLevel.NB, vn.khaothi.itembank.domain.item.CognitiveLevel.VD),
                List.of(r.items().get(0).level(), r.items().get(1).level()));
        assertEquals("Câu hỏi 1", r.items().get(0).content().stem().html());
    }

    @Test
    void aKeyLineWithoutSeparatorsAndEssaysWithParts() {
        Word w = new Word();
        w.p("Câu 1. Một?");
        w.p("A. 1   B. 2");
        w.p("Câu 2. Hai?");
        w.p("A. 1   B. 2");
        w.p("Câu 3. Cho tam giác ABC vuông tại A.");
        w.p("a) Tính BC.");
        w.p("b) Chứng minh rằng AB < BC.");
        w.p("ĐÁP ÁN: 1B 2A");
        ImportResult r = read(w);
        FormatAssertions.key(r.items().get(0).content(), "2");
        FormatAssertions.key(r.items().get(1).content(), "1");
        assertEquals(ItemTypeCode.ESSAY, r.items().get(2).content().type());
        assertEquals("Cho tam giác ABC vuông tại A.\na) Tính BC.\nb) Chứng minh rằng AB &lt; BC.",
                r.items().get(2).content().stem().html());
    }
}
