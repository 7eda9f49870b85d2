package vn.khaothi.engine.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.khaothi.itembank.domain.item.ItemTypeCode;

/** Page breaks, simple HTML and pictures. */
class PaperLayoutTest {

    @Test
    void aPageBreakNeverSeparatesOptionsFromTheirStem() throws IOException {
        PrintablePaper base = SamplePapers.maths("104");
        List<PrintableItem> many = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (PrintableItem item : base.items()) {
                many.add(new PrintableItem(many.size() + 1, item.part() + round, item.type(), item.stemHtml(),
                        item.choices(), item.points()));
            }
        }
        PrintablePaper big = new PrintablePaper(base.authorityName(), base.schoolName(), base.subjectName(),
                base.gradeLabel(), base.kindLabel(), base.schoolYear(), 90, "104", many);
        try (PDDocument doc = Loader.loadPDF(new PaperPdf().render(big))) {
            assertTrue(doc.getNumberOfPages() >= 8, "pages: " + doc.getNumberOfPages());
            int seen = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                int stems = 0;
                int statements = 0;
                for (PrintableItem item : many) {
                    if (PaperPdfTest.count(page, "Câu " + item.position() + "\\.") == 1) {
                        seen++;
                        stems += item.type() == ItemTypeCode.SINGLE_CHOICE ? 1 : 0;
                        statements += item.type() == ItemTypeCode.TRUE_FALSE_CLUSTER ? 1 : 0;
                    }
                }
                assertEquals(stems, PaperPdfTest.count(page, "(^|\\s)A\\."), "page " + p + " A.");
                assertEquals(stems, PaperPdfTest.count(page, "(^|\\s)D\\."), "page " + p + " D.");
                assertEquals(statements, PaperPdfTest.count(page, "(^|\\n)d\\)"), "page " + p + " d)");
                assertEquals(1, PaperPdfTest.count(page, "Trang " + p + "/" + doc.getNumberOfPages()));
            }
            assertEquals(many.size(), seen, "every question on exactly one page");
        }
    }

    @Test
    void simpleHtmlIsStyledAndUnknownTagsGiveTheirText() throws IOException {
        String picture = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
        PrintableItem item = new PrintableItem(1, "I", ItemTypeCode.SINGLE_CHOICE,
                "<p>Công thức <b>đậm</b>, <i>nghiêng</i>, <u>gạch chân</u>, x<sup>2</sup> và H<sub>2</sub>O."
                        + "<br><custom-tag>Thẻ lạ vẫn hiện chữ</custom-tag></p><p><img src=\"" + picture
                        + "\" alt=\"hình tam giác\"> Quan sát hình vẽ.</p>",
                List.of("Một", "Hai", "Ba", "Bốn"), new BigDecimal("0.25"));
        PrintablePaper paper = new PrintablePaper("Phòng Giáo dục và Đào tạo Quận Ba Đình", "Trường THCS Giảng Võ",
                "Ngữ văn", "9", "Kiểm tra cuối kì II", "2025 – 2026", 90, "201", List.of(item));
        try (PDDocument doc = Loader.loadPDF(new PaperPdf().render(paper))) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[] {"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "QUẬN BA ĐÌNH", "ĐỀ KIỂM TRA CUỐI KÌ II",
                    "đậm", "nghiêng", "gạch chân", "Thẻ lạ vẫn hiện chữ", "Quan sát hình vẽ", "Thời gian làm bài: 90 phút",
                    "Thí sinh trả lời câu 1.", "Trang 1/1 – Mã đề 201"}) {
                assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
            }
            assertFalse(text.contains("<"), "no markup printed");
            assertFalse(text.contains("hình tam giác"), "the picture is drawn, not its alternative text");
            PDResources resources = doc.getPage(0).getResources();
            boolean pictureDrawn = false;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image && image.getWidth() == 120) {
                    pictureDrawn = true;
                }
            }
            assertTrue(pictureDrawn, "the data: image is on the page");
            assertTrue(resources.getFont(resources.getFontNames().iterator().next()).isEmbedded());
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "print"));
            ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 110), "png",
                    dir.resolve("html-201.png").toFile());
        }
    }

    @Test
    void everyVietnameseLetterPrintsInEveryStyleEvenWhenDecomposed() throws IOException {
        String letters = "ạ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ đ Đ ơ ư Ơ Ư "
                + "Ạ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự Ỳ Ỵ Ỷ Ỹ";
        String decomposed = java.text.Normalizer.normalize("Tiếng Việt có dấu", java.text.Normalizer.Form.NFD);
        String stem = "<p>" + letters + "</p><p><b>" + letters + "</b></p><p><i>" + letters + "</i></p><p><b><i>"
                + letters + "</i></b></p><p>" + decomposed + "</p>";
        PrintablePaper paper = new PrintablePaper("", "", "Ngữ văn", "", "Kiểm tra thường xuyên", "", 15, "301",
                List.of(new PrintableItem(1, "E", ItemTypeCode.ESSAY, stem, List.of(), new BigDecimal("2"))));
        try (PDDocument doc = Loader.loadPDF(new PaperPdf().render(paper))) {
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc),
                    java.text.Normalizer.Form.NFC);
            String compact = text.replaceAll("\\s", "");
            assertEquals(4, PaperPdfTest.count(compact, java.util.regex.Pattern.quote(letters.replace(" ", ""))), text);
            assertTrue(text.contains("Tiếng Việt có dấu"), text);
            assertTrue(text.contains("(2,0 điểm)"), text);
            assertFalse(text.contains("?"), "no missing glyph");
        }
    }

    @Test
    void aWordLongerThanTheLineIsCutNotLost() throws IOException {
        String digits = "1234567890".repeat(20);
        PrintablePaper paper = new PrintablePaper("", "", "Toán", "6", "Kiểm tra thường xuyên", "", 15, "302",
                List.of(new PrintableItem(1, "III", ItemTypeCode.SHORT_NUMERIC, "Số " + digits + " chia hết cho 9?",
                        List.of(), BigDecimal.ONE)));
        try (PDDocument doc = Loader.loadPDF(new PaperPdf().render(paper))) {
            float[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(string, positions);
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains(digits + "chiahếtcho9?"), text);
            float margin = PageFlow.pageWidth() - PageFlow.RIGHT;
            assertTrue(rightmost[0] <= margin + 0.5f, "text ends at " + rightmost[0] + ", margin at " + margin);
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLACK);
        g.drawPolygon(new int[] {10, 110, 60}, new int[] {70, 70, 10}, 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
