package vn.khaothi.itembank.infrastructure.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import java.math.BigDecimal;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.infrastructure.format.FormatAssertions;

/** Word banks written with POI the way teachers lay them out. */
class DocxReaderTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new DocxReader()));

    /** A paragraph of runs; a run starting with "_" is underlined, with "*" bold. */
    private static void paragraph(XWPFDocument doc, String... runs) {
        XWPFParagraph p = doc.createParagraph();
        for (String r : runs) {
            XWPFRun run = p.createRun();
            if (r.startsWith("_")) {
                run.setUnderline(UnderlinePatterns.SINGLE);
                r = r.substring(1);
            } else if (r.startsWith("*")) {
                run.setBold(true);
                r = r.substring(1);
            }
            run.setText(r);
        }
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    @Test
    void keysFromUnderlineAndBoldWithOptionsOnOneLineOrSeveral() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "Chương I. Căn bậc hai");
        paragraph(doc, "Câu 1. Căn bậc hai số học của 9 là");
        paragraph(doc, "A. -3\t", "_B.", " 3\t", "C. 81\tD. ±3");
        paragraph(doc, "Câu 2: Giá trị của \\(\\sqrt{16}\\) bằng");
        paragraph(doc, "A. 2");
        paragraph(doc, "B. 8");
        paragraph(doc, "*C. 4");
        paragraph(doc, "D. 16");
        paragraph(doc, "Câu 3. (1 điểm) Chứng minh rằng \\(\\sqrt2\\) là số vô tỉ.");
        ImportResult r = IMPORT.run(ItemFormat.DOCX, bytes(doc), null);
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(3, r.items().size());
        assertEquals("Chương I. Căn bậc hai", r.items().get(0).chapterKey());
        assertEquals("Căn bậc hai số học của 9 là", r.items().get(0).content().stem().html());
        FormatAssertions.choices(r.items().get(0).content(), "-3", 0, "", "3", 1, "", "81", 0, "", "±3", 0, "");
        FormatAssertions.key(r.items().get(1).content(), "4");
        assertEquals(ItemTypeCode.ESSAY, r.items().get(2).content().type());
        assertEquals(4, r.items().get(1).line(), "paragraph number");
    }

    @Test
    void keysFromAnAnswerTable() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "Câu 1. 1 + 1 = ?");
        paragraph(doc, "A. 1   B. 2   C. 3   D. 4");
        paragraph(doc, "Câu 2. 2 + 2 = ?");
        paragraph(doc, "A. 4   B. 2   C. 3   D. 5");
        paragraph(doc, "ĐÁP ÁN");
        XWPFTable table = doc.createTable(2, 2);
        table.getRow(0).getCell(0).setText("1");
        table.getRow(0).getCell(1).setText("2");
        table.getRow(1).getCell(0).setText("B");
        table.getRow(1).getCell(1).setText("A");
        ImportResult r = IMPORT.run(ItemFormat.DOCX, bytes(doc), null);
        assertTrue(r.accepted(), r.problems().toString());
        FormatAssertions.key(r.items().get(0).content(), "2");
        FormatAssertions.key(r.items().get(1).content(), "4");

        XWPFDocument inline = new XWPFDocument();
        paragraph(inline, "Câu 1. 1 + 1 = ?");
        paragraph(inline, "A. 1   B. 2");
        paragraph(inline, "Đáp án: 1-B");
        ImportResult r2 = IMPORT.run(ItemFormat.DOCX, bytes(inline), null);
        assertTrue(r2.accepted(), r2.problems().toString());
        FormatAssertions.key(r2.items().get(0).content(), "2");
    }

    @Test
    void everyQuestionWithoutAKeyIsReportedAndNothingImported() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "Câu 1. Không có đáp án");
        paragraph(doc, "A. x   B. y");
        paragraph(doc, "Câu 2. Hai đáp án");
        paragraph(doc, "_A. x", "   ", "_B. y");
        paragraph(doc, "Câu 3. Đúng");
        paragraph(doc, "_A. x", "   B. y");
        ImportResult r = IMPORT.run(ItemFormat.DOCX, bytes(doc), null);
        assertFalse(r.accepted());
        assertTrue(r.items().isEmpty());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(1, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().contains("no key"));
        assertEquals(3, r.problems().get(1).line());
        assertTrue(r.problems().get(1).message().contains("2 options"));
    }

    @Test
    void theThreePartFormatOf2025() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn");
        paragraph(doc, "Câu 1. Nghiệm của phương trình \\(2x - 4 = 0\\) là");
        paragraph(doc, "A. 1   B. 2   C. 3   D. 4");
        paragraph(doc, "PHẦN II. Câu trắc nghiệm đúng sai");
        paragraph(doc, "Câu 1. Cho hàm số \\(y = 2x + 1\\).");
        paragraph(doc, "a) Hàm số đồng biến. (Đ)");
        paragraph(doc, "b) Đồ thị đi qua (0; 2). (S)");
        paragraph(doc, "c) Đồ thị đi qua (1; 3). (Đ)");
        paragraph(doc, "d) Hệ số góc bằng 1. (S)");
        paragraph(doc, "Câu 2. Cho tam giác vuông có hai cạnh góc vuông 3 và 4.");
        paragraph(doc, "a) Cạnh huyền bằng 5.");
        paragraph(doc, "b) Diện tích bằng 12.");
        paragraph(doc, "c) Chu vi bằng 12.");
        paragraph(doc, "d) Đường cao ứng với cạnh huyền bằng 2.");
        paragraph(doc, "PHẦN III. Câu trắc nghiệm trả lời ngắn");
        paragraph(doc, "Câu 1. Tính \\(\\sqrt{6,25}\\).");
        paragraph(doc, "Đáp án: 2,5");
        paragraph(doc, "Câu 2. Tính \\(3^2\\).");
        paragraph(doc, "ĐÁP ÁN");
        paragraph(doc, "PHẦN I");
        paragraph(doc, "1-B");
        paragraph(doc, "PHẦN II");
        paragraph(doc, "2-ĐSĐS");
        paragraph(doc, "PHẦN III");
        paragraph(doc, "2-9");
        ImportResult r = IMPORT.run(ItemFormat.DOCX, bytes(doc), null);
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(List.of(ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.TRUE_FALSE_CLUSTER, ItemTypeCode.TRUE_FALSE_CLUSTER,
                ItemTypeCode.SHORT_NUMERIC, ItemTypeCode.SHORT_NUMERIC), r.items().stream().map(i -> i.content().type()).toList());
        FormatAssertions.key(r.items().get(0).content(), "2");
        assertEquals(List.of(true, false, true, false), r.items().get(1).content().body(StatementsBody.class).statements()
                .stream().map(Statement::correct).toList());
        assertEquals("Hàm số đồng biến.", r.items().get(1).content().body(StatementsBody.class).statements().get(0).text().html());
        assertEquals(List.of(true, false, true, false), r.items().get(2).content().body(StatementsBody.class).statements()
                .stream().map(Statement::correct).toList());
        assertEquals(0, new BigDecimal("2.5").compareTo(r.items().get(3).content().body(NumericBody.class).answers().get(0).value()));
        assertEquals(0, new BigDecimal("9").compareTo(r.items().get(4).content().body(NumericBody.class).answers().get(0).value()));
    }

    @Test
    void notAWordFileIsRefused() {
        ImportResult r = IMPORT.run(ItemFormat.DOCX, "Câu 1. x".getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertFalse(r.accepted());
        assertTrue(r.problems().get(0).message().contains(".docx"));
    }
}
