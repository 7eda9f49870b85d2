package vn.khaothi.engine.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaperPdfTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = new PaperPdf().render(SamplePapers.maths("101"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void vietnameseTextSurvivesExtraction() {
        for (String expected : new String[] {"Căn bậc hai số học", "Đường tròn tâm", "HẾT", "Mã đề 101",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "TRƯỜNG THPT CHU VĂN AN", "ĐỀ KIỂM TRA GIỮA KÌ I",
                "NĂM HỌC 2025 – 2026", "Môn: TOÁN – Lớp 12", "không kể thời gian phát đề",
                "PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn", "PHẦN II. Câu trắc nghiệm đúng sai",
                "PHẦN III. Câu trắc nghiệm trả lời ngắn", "PHẦN IV. Tự luận", "Họ và tên thí sinh:",
                "Số báo danh:", "không thích", "theo đơn vị lít", "Lớp:"}) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void everyQuestionIsNumberedExactlyOnce() {
        int total = SamplePapers.CHOICES + SamplePapers.CLUSTERS + SamplePapers.SHORT + SamplePapers.ESSAYS;
        for (int n = 1; n <= total; n++) {
            assertEquals(1, count(text, "Câu " + n + "\\."), "Câu " + n + ".");
        }
        assertEquals(0, count(text, "Câu " + (total + 1) + "\\."));
    }

    @Test
    void optionsAndStatementsAreLabelled() {
        for (String label : new String[] {"A.", "B.", "C.", "D."}) {
            assertEquals(SamplePapers.CHOICES, count(text, "(^|\\s)" + Pattern.quote(label)), label);
        }
        for (String label : new String[] {"a)", "b)", "c)", "d)"}) {
            // once per cluster, and once more in the Part II heading
            assertEquals(SamplePapers.CLUSTERS + 1, count(text, "(^|\\s)" + Pattern.quote(label)), label);
        }
    }

    @Test
    void pagesAreNumberedWithTheVersionCode() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2 && pages <= 6, "pages: " + pages);
            for (int p = 1; p <= pages; p++) {
                assertEquals(1, count(text, "Trang " + p + "/" + pages + " – Mã đề 101"), "page " + p);
            }
            assertTrue(text.contains("(Đề có 0" + pages + " trang)"), text);
            assertTrue(text.indexOf("HẾT") > text.indexOf("Câu 23."), "HẾT comes last");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("LiberationSerif"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 3, "fonts used: " + fonts);
        }
    }

    @Test
    void mathIsTypesetAsImagesNeverAsSource() throws IOException {
        for (String source : new String[] {"\\sqrt", "\\frac", "\\(", "$$", "\\pm", "^2", "\\mathbb"}) {
            assertFalse(text.contains(source), "raw LaTeX " + source);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources first = doc.getPage(0).getResources();
            int images = 0;
            for (COSName name : first.getXObjectNames()) {
                if (first.getXObject(name) instanceof PDImageXObject image) {
                    images++;
                    assertTrue(image.getHeight() >= 30, "formula images are high resolution: " + image.getHeight());
                }
            }
            assertTrue(images >= 8, "formula images on page 1: " + images);
        }
    }

    @Test
    void firstPageRendersToPng() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            Path dir = Files.createDirectories(Path.of("target", "print"));
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 110);
                ImageIO.write(image, "png", dir.resolve("paper-101-page" + (p + 1) + ".png").toFile());
                assertEquals(Math.round(8.27 * 110), image.getWidth(), 2);
            }
            Files.write(dir.resolve("paper-101.pdf"), pdf);
        }
    }

    static int count(String haystack, String regex) {
        Matcher m = Pattern.compile(regex).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
