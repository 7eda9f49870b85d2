package vn.khaothi.engine.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.khaothi.itembank.application.assembly.AnswerKeyEntry;
import vn.khaothi.itembank.application.assembly.AssemblyMode;
import vn.khaothi.itembank.application.assembly.AssemblyRequest;
import vn.khaothi.itembank.application.assembly.AssemblyResult;
import vn.khaothi.itembank.application.assembly.CandidateItem;
import vn.khaothi.itembank.application.assembly.ExposurePolicy;
import vn.khaothi.itembank.application.assembly.PaperAssembler;
import vn.khaothi.itembank.application.assembly.PaperVersion;
import vn.khaothi.itembank.application.assembly.PlacedItem;
import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.blueprint.BlueprintPart;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;

/** The key table against the assembler's own keys, on a 2025-format paper of four versions. */
class AnswerKeyExportTest {

    private static final Map<Long, ItemContent> CONTENTS = new HashMap<>();
    private static AssemblyResult result;
    private static List<VersionKey> keys;

    @BeforeAll
    static void assemble() {
        Random random = new Random(7);
        List<CandidateItem> bank = new ArrayList<>();
        long id = 1;
        for (int k = 0; k < 30; k++, id++) {
            int correct = random.nextInt(4);
            List<Choice> options = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                options.add(new Choice("o" + o, RichText.plain("Phương án " + o + " của câu " + id),
                        o == correct ? BigDecimal.ONE : BigDecimal.ZERO, null, false));
            }
            CONTENTS.put(id, ItemContent.of(ItemTypeCode.SINGLE_CHOICE, RichText.plain("Câu hỏi " + id),
                    new ChoiceBody(options)));
            bank.add(new CandidateItem(id, id * 10, true, "C1", "NB", "SINGLE_CHOICE", null, Set.of(), 0, 4,
                    Set.of(), false, Set.of(correct)));
        }
        for (int k = 0; k < 8; k++, id++) {
            List<Statement> statements = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                statements.add(new Statement("s" + s, RichText.plain("Ý " + s), random.nextBoolean()));
            }
            CONTENTS.put(id, ItemContent.of(ItemTypeCode.TRUE_FALSE_CLUSTER, RichText.plain("Chùm " + id),
                    new StatementsBody(statements)));
            bank.add(new CandidateItem(id, id * 10, true, "C2", "TH", "TRUE_FALSE_CLUSTER", null, Set.of(), 0, 4,
                    Set.of(), true, Set.of()));
        }
        for (int k = 0; k < 10; k++, id++) {
            BigDecimal value = new BigDecimal(id).divide(new BigDecimal(4));
            CONTENTS.put(id, ItemContent.of(ItemTypeCode.SHORT_NUMERIC, RichText.plain("Tính " + id),
                    new NumericBody(List.of(new NumericAnswer(value, null, BigDecimal.ONE, null)))));
            bank.add(new CandidateItem(id, id * 10, true, "C3", "VD", "SHORT_NUMERIC", null, Set.of(), 0, 0,
                    Set.of(), false, Set.of()));
        }
        Blueprint blueprint = Blueprint.onTenPointScale(90, List.of(
                new BlueprintPart("I", "Single choice", List.of(cell("C1", "NB", "SINGLE_CHOICE", 12, "0.25"))),
                new BlueprintPart("II", "True/false", List.of(cell("C2", "TH", "TRUE_FALSE_CLUSTER", 4, "1"))),
                new BlueprintPart("III", "Short", List.of(cell("C3", "VD", "SHORT_NUMERIC", 6, "0.5")))));
        result = new PaperAssembler().assemble(new AssemblyRequest(blueprint, bank,
                AssemblyRequest.sequentialCodes(101, 4), AssemblyMode.SAME_ITEMS, ExposurePolicy.PREFER_FRESH, false,
                42));
        keys = result.versions().stream().map(v -> VersionKey.of(v, CONTENTS::get)).toList();
    }

    private static BlueprintCell cell(String chapter, String level, String type, int count, String points) {
        return new BlueprintCell(chapter, level, type, count, new BigDecimal(points), "spec " + chapter);
    }

    @Test
    void excelCellsEqualTheAssemblersKeys() throws IOException {
        byte[] xlsx = new AnswerKeyExport().xlsx("Toán 12 – Giữa kì I", keys);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Đáp án");
            Row header = sheet.getRow(1);
            assertEquals("Câu", header.getCell(0).getStringCellValue());
            assertEquals(22, sheet.getLastRowNum() - 1, "one row per question");
            for (int v = 0; v < result.versions().size(); v++) {
                PaperVersion version = result.versions().get(v);
                assertEquals("Mã đề " + version.code(), header.getCell(2 + v).getStringCellValue());
                for (AnswerKeyEntry entry : version.answerKey()) {
                    Row row = sheet.getRow(1 + entry.position());
                    assertEquals(entry.position(), (int) row.getCell(0).getNumericCellValue());
                    String cell = row.getCell(2 + v).getStringCellValue();
                    ItemContent content = CONTENTS.get(entry.itemId());
                    switch (content.type()) {
                        case SINGLE_CHOICE -> {
                            assertEquals(entry.letters(), cell);
                            assertTrue(cell.matches("[ABCD]"), cell);
                        }
                        case TRUE_FALSE_CLUSTER -> {
                            StringBuilder expected = new StringBuilder();
                            for (Statement s : content.body(StatementsBody.class).statements()) {
                                expected.append(expected.isEmpty() ? "" : " ").append(s.correct() ? "Đ" : "S");
                            }
                            assertEquals(expected.toString(), cell);
                        }
                        case SHORT_NUMERIC -> assertEquals(content.body(NumericBody.class).answers().get(0).value()
                                .stripTrailingZeros().toPlainString().replace('.', ','), cell);
                        default -> throw new AssertionError("unexpected " + content.type());
                    }
                }
            }
        }
    }

    @Test
    void pdfTableListsEveryVersionAndVietnameseKeys() throws IOException {
        byte[] pdf = new AnswerKeyExport().pdf("Toán 12 – Giữa kì I", keys);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("BẢNG ĐÁP ÁN – Toán 12 – Giữa kì I"), text);
            for (PaperVersion v : result.versions()) {
                assertTrue(text.contains("Mã " + v.code()), v.code());
            }
            VersionKey first = keys.get(0);
            for (VersionKey.Cell cell : first.cells()) {
                assertTrue(text.contains(cell.key()), cell.key());
            }
            assertTrue(text.contains("Đ") && text.contains(","), text);
            assertTrue(doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next()).isEmbedded());
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "print"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 90),
                    "png", dir.resolve("answer-key.png").toFile());
        }
    }

    @Test
    void anAssembledVersionPrintsEveryItemOnceWithItsOptions() throws IOException {
        PaperVersion version = result.versions().get(2);
        List<PrintableItem> items = version.items().stream()
                .map(placed -> PrintableItem.of(placed, CONTENTS.get(placed.itemId()))).toList();
        PrintablePaper paper = new PrintablePaper("Sở Giáo dục và Đào tạo Đà Nẵng", "Trường THPT Phan Châu Trinh",
                "Toán", "10", "Kiểm tra cuối kì I", "2025 – 2026", 90, version.code(), items);
        try (PDDocument doc = Loader.loadPDF(new PaperPdf().render(paper))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Mã đề " + version.code()), text);
            for (PlacedItem placed : version.items()) {
                assertEquals(1, PaperPdfTest.count(text, "Câu " + placed.position() + "\\. [^\\n]*"
                        + java.util.regex.Pattern.quote(CONTENTS.get(placed.itemId()).stem().text())),
                        "Câu " + placed.position());
            }
            AnswerKeyEntry firstKey = version.answerKey().get(0);
            String keyOption = PrintableItem.of(version.items().get(0), CONTENTS.get(firstKey.itemId())).choices()
                    .get(firstKey.correctPositions().get(0));
            assertTrue(text.contains(firstKey.letters() + ". " + keyOption)
                    || text.contains(firstKey.letters() + "." + keyOption), keyOption);
        }
    }

    @Test
    void printableItemsShowOptionsInTheVersionsOrder() {
        PaperVersion version = result.versions().get(1);
        for (AnswerKeyEntry entry : version.answerKey()) {
            ItemContent content = CONTENTS.get(entry.itemId());
            if (content.type() != ItemTypeCode.SINGLE_CHOICE) {
                continue;
            }
            PlacedItem placed = version.items().get(entry.position() - 1);
            PrintableItem printable = PrintableItem.of(placed, content);
            String shownAtKey = printable.choices().get(entry.correctPositions().get(0));
            String correct = content.body(ChoiceBody.class).options().stream().filter(Choice::isCorrect)
                    .findFirst().orElseThrow().text().html();
            assertEquals(correct, shownAtKey, "position " + entry.position());
        }
    }
}
