package vn.khaothi.itembank.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AnswerSheetPdfTest {

    @Test
    void bubblesMatchThePaperLayout() throws IOException {
        byte[] pdf = new AnswerSheetPdf().render(SamplePapers.maths("101"));
        Map<String, Integer> bubbles = bubbles(pdf);
        assertEquals(SamplePapers.CHOICES * 4, bubbles.get("PartI"), "A–D per question");
        assertEquals(SamplePapers.CLUSTERS * 4 * 2, bubbles.get("PartII"), "Đúng/Sai per statement");
        assertEquals(SamplePapers.SHORT * (1 + 2 + 40), bubbles.get("PartIII"), "sign, two commas, 4 × 10 digits");
        assertEquals(60, bubbles.get("StudentNumber"));
        assertEquals(30, bubbles.get("VersionCode"));
    }

    @Test
    void sheetCarriesTheCandidateFieldsAndTheVersion() throws IOException {
        byte[] pdf = new AnswerSheetPdf().render(SamplePapers.maths("102"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[] {"PHIẾU TRẢ LỜI TRẮC NGHIỆM", "Họ và tên thí sinh", "Lớp:",
                    "Số báo danh", "Mã đề", "PHẦN I.", "PHẦN II.", "PHẦN III.", "Đúng", "Sai", "Câu 13",
                    "Phiếu trả lời – Mã đề 102 – Trang 1/1"}) {
                assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
            }
            assertEquals(1, doc.getNumberOfPages());
            Path dir = Files.createDirectories(Path.of("target", "print"));
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png",
                    dir.resolve("answer-sheet-102.png").toFile());
        }
    }

    @Test
    void aLongPaperFlowsOntoMorePages() throws IOException {
        PrintablePaper base = SamplePapers.maths("103");
        List<PrintableItem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (PrintableItem item : base.items()) {
                many.add(new PrintableItem(many.size() + 1, item.part() + i, item.type(), item.stemHtml(),
                        item.choices(), item.points()));
            }
        }
        PrintablePaper big = new PrintablePaper(base.authorityName(), base.schoolName(), base.subjectName(),
                base.gradeLabel(), base.kindLabel(), base.schoolYear(), 90, "103", many);
        Map<String, Integer> bubbles = bubbles(new AnswerSheetPdf().render(big));
        assertEquals(5 * SamplePapers.CHOICES * 4, bubbles.get("PartI"));
        assertEquals(5 * SamplePapers.SHORT * 43, bubbles.get("PartIII"));
    }

    /** Circles (four curve operators each) inside each marked-content group, over all pages. */
    static Map<String, Integer> bubbles(byte[] pdf) throws IOException {
        Map<String, Integer> curves = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                Deque<String> tags = new ArrayDeque<>();
                Object previous = null;
                for (Object token : new PDFStreamParser(page).parse()) {
                    if (token instanceof Operator op) {
                        switch (op.getName()) {
                            case "BMC" -> tags.push(((COSName) previous).getName());
                            case "EMC" -> tags.pop();
                            case "c" -> {
                                if (!tags.isEmpty()) {
                                    curves.merge(tags.peek(), 1, Integer::sum);
                                }
                            }
                            default -> { }
                        }
                    }
                    previous = token;
                }
            }
        }
        Map<String, Integer> circles = new HashMap<>();
        curves.forEach((tag, n) -> {
            assertEquals(0, n % 4, tag + " has a partial circle");
            circles.put(tag, n / 4);
        });
        return circles;
    }
}
