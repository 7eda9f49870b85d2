package vn.khaothi.engine.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.khaothi.engine.application.sheet.SheetBubble;
import vn.khaothi.engine.application.sheet.SheetDesign;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/** The machine-read sheet: numbered as the paper, one page per sheet, a QR code that reads back. */
class ScanSheetPdfTest {

    /** 12 single choice, 4 clusters, 6 short answers and an essay, positions 1–23 as the paper prints them. */
    private static PrintablePaper paper(String code) {
        List<PrintableItem> items = new ArrayList<>();
        List<String> four = List.of("a", "b", "c", "d");
        for (int p = 1; p <= 23; p++) {
            ItemTypeCode type = p <= 12 ? ItemTypeCode.SINGLE_CHOICE : p <= 16 ? ItemTypeCode.TRUE_FALSE_CLUSTER
                    : p <= 22 ? ItemTypeCode.SHORT_NUMERIC : ItemTypeCode.ESSAY;
            items.add(new PrintableItem(p, "", type, "Câu hỏi", p <= 16 ? four : List.of(), BigDecimal.ONE));
        }
        return new PrintablePaper("", "Trường THCS Demo", "Toán", "9", "Kiểm tra giữa kì I", "2025 – 2026", 90, code,
                items);
    }

    @Test
    void partThreeIsNumberedAsThePaperNotFromOne() {
        SheetLayout layout = ScanSheetPdf.layoutOf(paper("101"));
        Set<Integer> shortAnswers = layout.bubbles(SheetBubble.ANSWER, null).stream()
                .filter(b -> b.position() != null).map(SheetBubble::question).collect(Collectors.toSet());
        assertEquals(Set.of(17, 18, 19, 20, 21, 22), shortAnswers);
        assertEquals(Set.of(13, 14, 15, 16), layout.bubbles(SheetBubble.ANSWER, null).stream()
                .filter(b -> b.statement() != null).map(SheetBubble::question).collect(Collectors.toSet()));
        assertTrue(layout.bubbles(SheetBubble.ANSWER, 23).isEmpty(), "an essay has no bubbles");
        assertTrue(layout.bubbles().stream().allMatch(b -> b.y() > 0 && b.y() < SheetDesign.HEIGHT - 40
                && b.x() > 40 && b.x() < SheetDesign.WIDTH - 40), "every bubble between the markers");
    }

    @Test
    void everyVersionIsOnePageWithItsNumbersAndAQrCodeThatReadsBack() throws Exception {
        List<ScanSheetPdf.Sheet> sheets = List.of("101", "102").stream().map(c -> new ScanSheetPdf.Sheet(42, paper(c),
                ScanSheetPdf.layoutOf(paper(c)), null)).toList();
        try (PDDocument doc = Loader.loadPDF(new ScanSheetPdf().render(sheets))) {
            assertEquals(2, doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String text = stripper.getText(doc);
            assertTrue(text.contains("Câu 17") && text.contains("Câu 22") && text.contains("Mã đề 102"), text);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(1, 150);
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            assertEquals(ScanSheetPdf.qrText(42, "102"), qr);
        }
    }

    @Test
    void aClassSheetCarriesTheStudentsNameAndNumber() throws Exception {
        PrintablePaper p = paper("101");
        byte[] pdf = new ScanSheetPdf().render(List.of(new ScanSheetPdf.Sheet(42, p, ScanSheetPdf.layoutOf(p),
                new ScanSheetPdf.Candidate("Nguyễn Văn An", "9A1", "900001"))));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nguyễn Văn An") && text.contains("900001"), text);
        }
    }

    @Test
    void aPaperTooLargeForOneSheetIsRefused() {
        List<vn.khaothi.engine.application.sheet.SheetQuestion> many = new ArrayList<>();
        for (int p = 1; p <= 60; p++) {
            many.add(SheetDesign.question(p, ItemTypeCode.SHORT_NUMERIC, 0));
        }
        assertThrows(IllegalArgumentException.class, () -> SheetDesign.layout(many));
    }
}
