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
import vn.khaothi.itembank.infrastructure.format.ItemTexts;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;

/**
 * Writes IMS QTI 2.1: one unfiled item without tags or pictures as an {@code assessmentItem} document;
 * otherwise a content package (zip): {@code imsmanifest.xml} (one resource per item, its tags as
 * LOM keywords, its pictures as files), {@code test.xml} (a section per chapter, nested sections
 * per lesson), {@code items/<identifier>.xml} and {@code media/<hash>.<ext>}. The identifier is the
 * bank id ({@code item-123}); the idnumber is the item's {@code label}. Not expressible: the
 * true/false cluster (refused). Written with a warning because QTI has no place for them: source,
 * author, per-answer feedback of text and numeric answers, answers worth 0, extra numeric answers,
 * feedback of inline choices, essay marking guides and rubrics, gap weights.
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
        boolean packaged = items.size() > 1 || items.stream().anyMatch(i -> !i.content().tags().isEmpty() || !i.chapterKey().isEmpty()
                || !MediaFiles.allIn(ItemTexts.all(i.content())).isEmpty());
        for (int i = 0; i < items.size(); i++) {
            ExportItem item = items.get(i);
            ItemContent c = item.content();
            String label = item.label(i) + ": ";
            Consumer<String> warn = w -> warnings.add(label + w);
            String identifier = identifier(item, i, identifiers);
            identifiers.add(identifier);
            String document = QtiItemXml.item(c, identifier, warn);
            // In a package the pictures are files beside the items (media/…, seen from items/ as ../media/…).
            documents.add(packaged ? MediaFiles.referenced(document, "../media/") : document);
        }
        if (!packaged) {
            return new ExportResult(documents.get(0).getBytes(StandardCharsets.UTF_8), "application/xml", "xml", warnings);
        }
        return new ExportResult(zip(items, identifiers, documents), "application/zip", "zip", warnings);
    }

    /**
     * The item's identifier: {@code item-<bank id>} for a stored item, else its idnumber when that
     * is an XML name, else its position. The idnumber itself travels in the {@code label}.
     */
    private static String identifier(ExportItem item, int index, List<String> taken) {
        String id = item.bankId() != null ? "item-" + item.bankId()
                : QtiItemXml.isIdentifier(item.content().idnumber()) ? item.content().idnumber() : "item" + (index + 1);
        return taken.contains(id) ? id + "_" + (index + 1) : id;
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
        // chapter → lesson ("" = directly in the chapter) → items
        Map<String, Map<String, List<Integer>>> sections = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            sections.computeIfAbsent(items.get(i).chapterKey(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(items.get(i).lessonKey(), k -> new ArrayList<>()).add(i);
        }
        StringBuilder test = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentTest xmlns=\"")
                .append(NS).append("\" identifier=\"khaothi-export\" title=\"Khảo Thí export\" toolName=\"")
                .append(QtiItemMapper.TOOL_NAME).append("\" toolVersion=\"1\">\n")
                .append("  <testPart identifier=\"part1\" navigationMode=\"nonlinear\" submissionMode=\"simultaneous\">\n");
        for (Map.Entry<String, Map<String, List<Integer>>> s : sections.entrySet()) {
            test.append("    <assessmentSection identifier=\"").append(sectionIdentifier(s.getKey())).append("\" title=\"")
                    .append(QtiItemXml.attr(s.getKey())).append("\" visible=\"true\">\n");
            for (Map.Entry<String, List<Integer>> lesson : s.getValue().entrySet()) {
                String indent = "      ";
                if (!lesson.getKey().isEmpty()) {
                    test.append("      <assessmentSection identifier=\"").append(sectionIdentifier(lesson.getKey()))
                            .append("\" title=\"").append(QtiItemXml.attr(lesson.getKey())).append("\" visible=\"true\">\n");
                    indent = "        ";
                }
                for (int i : lesson.getValue()) {
                    test.append(indent).append("<assessmentItemRef identifier=\"").append(identifiers.get(i))
                            .append("\" href=\"items/").append(identifiers.get(i)).append(".xml\"/>\n");
                }
                if (!lesson.getKey().isEmpty()) {
                    test.append("      </assessmentSection>\n");
                }
            }
            test.append("    </assessmentSection>\n");
        }
        test.append("  </testPart>\n</assessmentTest>\n");

        Map<String, MediaFiles.Picture> media = new LinkedHashMap<>();
        StringBuilder resources = new StringBuilder();
        StringBuilder dependencies = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String id = identifiers.get(i);
            List<MediaFiles.Picture> pictures = MediaFiles.allIn(ItemTexts.all(items.get(i).content()));
            pictures.forEach(p -> media.putIfAbsent(p.fileName(), p));
            dependencies.append("      <dependency identifierref=\"").append(id).append("\"/>\n");
            resources.append("    <resource identifier=\"").append(id).append("\" type=\"imsqti_item_xmlv2p1\" href=\"items/")
                    .append(id).append(".xml\">\n");
            List<String> tags = items.get(i).content().tags();
            if (!tags.isEmpty()) {
                resources.append("      <metadata><imsmd:lom><imsmd:general>");
                tags.forEach(t -> resources.append("<imsmd:keyword><imsmd:string>").append(QtiItemXml.attr(t))
                        .append("</imsmd:string></imsmd:keyword>"));
                resources.append("</imsmd:general></imsmd:lom></metadata>\n");
            }
            resources.append("      <file href=\"items/").append(id).append(".xml\"/>\n");
            pictures.forEach(p -> resources.append("      <file href=\"media/").append(p.fileName()).append("\"/>\n"));
            resources.append("    </resource>\n");
        }
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" xmlns:imsmd=\"http://ltsc.ieee.org/xsd/LOM\""
                + " identifier=\"khaothi-export-manifest\">\n"
                + "  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n"
                + "  <organizations/>\n  <resources>\n"
                + "    <resource identifier=\"khaothi-export\" type=\"imsqti_test_xmlv2p1\" href=\"test.xml\">\n"
                + "      <file href=\"test.xml\"/>\n" + dependencies + "    </resource>\n"
                + resources + "  </resources>\n</manifest>\n";

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("test.xml"));
            zip.write(test.toString().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < documents.size(); i++) {
                zip.putNextEntry(new ZipEntry("items/" + identifiers.get(i) + ".xml"));
                zip.write(documents.get(i).getBytes(StandardCharsets.UTF_8));
            }
            for (MediaFiles.Picture p : media.values()) {
                zip.putNextEntry(new ZipEntry("media/" + p.fileName()));
                zip.write(p.bytes());
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
