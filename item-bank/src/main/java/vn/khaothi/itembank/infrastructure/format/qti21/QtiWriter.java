package vn.khaothi.itembank.infrastructure.format.qti21;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.khaothi.itembank.application.exporting.ExportItem;
import vn.khaothi.itembank.application.exporting.ExportResult;
import vn.khaothi.itembank.application.exporting.ItemWriter;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * Writes IMS QTI 2.1: one item as an {@code assessmentItem} document; several as a zip holding an
 * {@code assessmentTest} (one section per chapter) and one file per item. Not expressible: the
 * true/false cluster (refused). Written with a warning because QTI has no place for them: tags,
 * general feedback, source, author, per-answer feedback of text and numeric answers, answers worth
 * 0, extra numeric answers, essay marking guides, gap weights.
 */
public final class QtiWriter implements ItemWriter {

    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    @Override
    public ItemFormat format() {
        return ItemFormat.QTI21;
    }

    @Override
    public List<ItemTypeCode> expresses() {
        return List.of(ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.MULTIPLE_RESPONSE, ItemTypeCode.TRUE_FALSE,
                ItemTypeCode.SHORT_NUMERIC, ItemTypeCode.SHORT_TEXT, ItemTypeCode.MATCHING, ItemTypeCode.ORDERING,
                ItemTypeCode.CLOZE, ItemTypeCode.ESSAY);
    }

    @Override
    public ExportResult write(List<ExportItem> items) {
        requireExpressible(items);
        List<String> warnings = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemContent c = items.get(i).content();
            String label = "item " + (i + 1) + ": ";
            Consumer<String> warn = w -> warnings.add(label + w);
            String identifier = QtiItemXml.isIdentifier(c.idnumber()) && !identifiers.contains(c.idnumber())
                    ? c.idnumber() : "item" + (i + 1);
            identifiers.add(identifier);
            documents.add(QtiItemXml.item(c, identifier, warn));
        }
        if (items.size() == 1) {
            return new ExportResult(documents.get(0).getBytes(StandardCharsets.UTF_8), "application/xml", "xml", warnings);
        }
        return new ExportResult(zip(items, identifiers, documents), "application/zip", "zip", warnings);
    }

    /** The section identifier a chapter key is written under (QTI identifiers are XML names). */
    public static String sectionIdentifier(String chapterKey) {
        if (chapterKey.isEmpty()) {
            return "unfiled";
        }
        String id = chapterKey.replaceAll("[^A-Za-z0-9_.-]", "_");
        return Character.isLetter(id.charAt(0)) || id.charAt(0) == '_' ? id : "_" + id;
    }

    private static byte[] zip(List<ExportItem> items, List<String> identifiers, List<String> documents) {
        Map<String, List<Integer>> sections = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            sections.computeIfAbsent(items.get(i).chapterKey(), k -> new ArrayList<>()).add(i);
        }
        StringBuilder test = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentTest xmlns=\"")
                .append(NS).append("\" identifier=\"khaothi-export\" title=\"Khảo Thí export\">\n")
                .append("  <testPart identifier=\"part1\" navigationMode=\"nonlinear\" submissionMode=\"simultaneous\">\n");
        for (Map.Entry<String, List<Integer>> s : sections.entrySet()) {
            test.append("    <assessmentSection identifier=\"").append(sectionIdentifier(s.getKey())).append("\" title=\"")
                    .append(QtiItemXml.attr(s.getKey())).append("\" visible=\"true\">\n");
            for (int i : s.getValue()) {
                test.append("      <assessmentItemRef identifier=\"").append(identifiers.get(i)).append("\" href=\"items/")
                        .append(identifiers.get(i)).append(".xml\"/>\n");
            }
            test.append("    </assessmentSection>\n");
        }
        test.append("  </testPart>\n</assessmentTest>\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("test.xml"));
            zip.write(test.toString().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < documents.size(); i++) {
                zip.putNextEntry(new ZipEntry("items/" + identifiers.get(i) + ".xml"));
                zip.write(documents.get(i).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static boolean isOne(BigDecimal value) {
        return value.compareTo(BigDecimal.ONE) == 0;
    }
}
