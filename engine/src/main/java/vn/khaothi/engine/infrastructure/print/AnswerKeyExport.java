package vn.khaothi.engine.infrastructure.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The answer key table of all versions (bảng đáp án): one row per question, one column per mã đề, as an
 * Excel workbook and as an A4 PDF (columns split into several tables when there are many versions).
 */
public final class AnswerKeyExport {

    /** Rows "Câu", "Phần", then one column per version, in the order given. */
    public byte[] xlsx(String title, List<VersionKey> versions) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Đáp án");
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle centre = book.createCellStyle();
            centre.setAlignment(HorizontalAlignment.CENTER);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(head);
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("Câu");
            header.createCell(1).setCellValue("Phần");
            for (int v = 0; v < versions.size(); v++) {
                header.createCell(2 + v).setCellValue("Mã đề " + versions.get(v).versionCode());
            }
            header.forEach(c -> c.setCellStyle(head));
            int r = 2;
            for (Map.Entry<Integer, String[]> row : table(versions).entrySet()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.getKey());
                line.createCell(1).setCellValue(row.getValue()[0]);
                for (int v = 0; v < versions.size(); v++) {
                    line.createCell(2 + v).setCellValue(row.getValue()[1 + v]);
                    line.getCell(2 + v).setCellStyle(centre);
                }
            }
            for (int c = 0; c < 2 + versions.size(); c++) {
                sheet.setColumnWidth(c, c < 2 ? 8 * 256 : 14 * 256);
            }
            sheet.createFreezePane(2, 2);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same table on A4 pages, at most {@value #COLUMNS_PER_TABLE} versions side by side. */
    public byte[] pdf(String title, List<VersionKey> versions) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PrintFonts fonts = PrintFonts.embedIn(doc);
            Map<Integer, String[]> rows = table(versions);
            for (int from = 0; from < Math.max(1, versions.size()); from += COLUMNS_PER_TABLE) {
                int to = Math.min(versions.size(), from + COLUMNS_PER_TABLE);
                drawTable(doc, fonts, title, versions, rows, from, to);
            }
            int total = doc.getNumberOfPages();
            PageFlow.footers(doc, fonts.italic, 10, page -> "Trang " + page + "/" + total);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final int COLUMNS_PER_TABLE = 8;
    private static final float SIZE = 11;
    private static final float ROW = 17;

    private static void drawTable(PDDocument doc, PrintFonts fonts, String title, List<VersionKey> versions,
            Map<Integer, String[]> rows, int from, int to) throws IOException {
        float left = PageFlow.LEFT;
        float width = PageFlow.pageWidth() - PageFlow.LEFT - PageFlow.RIGHT;
        float first = 50;
        float column = (width - first) / Math.max(1, to - from);
        List<Integer> positions = new ArrayList<>(rows.keySet());
        int index = 0;
        do {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = PDRectangle.A4.getHeight() - PageFlow.TOP;
                centred(cs, fonts.bold, 13, "BẢNG ĐÁP ÁN – " + title, left, width, y - 13);
                y -= 32;
                List<String> head = new ArrayList<>(List.of("Câu"));
                versions.subList(from, to).forEach(v -> head.add("Mã " + v.versionCode()));
                y = row(cs, fonts.bold, head, left, first, column, y);
                while (index < positions.size() && y - ROW > PageFlow.BOTTOM) {
                    String[] keys = rows.get(positions.get(index));
                    List<String> cells = new ArrayList<>(List.of(String.valueOf(positions.get(index))));
                    for (int v = from; v < to; v++) {
                        cells.add(keys[1 + v]);
                    }
                    y = row(cs, fonts.regular, cells, left, first, column, y);
                    index++;
                }
            }
        } while (index < positions.size());
    }

    private static float row(PDPageContentStream cs, PDFont font, List<String> cells, float left, float first,
            float column, float y) throws IOException {
        cs.setLineWidth(0.5f);
        float x = left;
        for (int c = 0; c < cells.size(); c++) {
            float w = c == 0 ? first : column;
            cs.addRect(x, y - ROW, w, ROW);
            cs.stroke();
            centred(cs, font, SIZE, cells.get(c), x, w, y - ROW + 5);
            x += w;
        }
        return y - ROW;
    }

    private static void centred(PDPageContentStream cs, PDFont font, float size, String text, float x, float w,
            float baseline) throws IOException {
        String s = PrintFonts.printable(font, text);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x + (w - PrintFonts.width(font, s, size)) / 2, baseline);
        cs.showText(s);
        cs.endText();
    }

    /** Position → [part, key of version 0, key of version 1, …]; a version without the position gives "". */
    private static Map<Integer, String[]> table(List<VersionKey> versions) {
        Map<Integer, String[]> rows = new TreeMap<>();
        for (int v = 0; v < versions.size(); v++) {
            for (VersionKey.Cell cell : versions.get(v).cells()) {
                String[] row = rows.computeIfAbsent(cell.position(), p -> {
                    String[] fresh = new String[1 + versions.size()];
                    java.util.Arrays.fill(fresh, "");
                    return fresh;
                });
                row[0] = cell.part();
                row[1 + v] = cell.key();
            }
        }
        return rows;
    }
}
