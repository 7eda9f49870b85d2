package vn.khaothi.itembank.infrastructure.format.qti21;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * A QTI 2.1/2.2 content package shaped like IMS's entry-level conformance packages (a manifest,
 * a test under {@code Tests/…} referring to items under {@code Items/<name>/<name>.xml} through
 * {@code ../../}, pictures beside the items), written here from scratch: scoring by mappings and
 * templates, hint buttons, items we must refuse one by one with their file and element path.
 */
class QtiPackageTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new QtiReader()));
    private static final String NS21 = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private static final String NS22 = "http://www.imsglobal.org/xsd/imsqti_v2p2";
    private static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";
    private static final String MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static String item(String ns, String id, String declarations, String body, String processing) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentItem xmlns=\"" + ns + "\" identifier=\"" + id
                + "\" title=\"" + id + "\" adaptive=\"false\" timeDependent=\"false\">\n" + declarations
                + "\n<outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>\n<itemBody>\n" + body
                + "\n</itemBody>\n" + processing + "\n</assessmentItem>\n";
    }

    private static String template(String t) {
        return "<responseProcessing template=\"" + t + "\"/>";
    }

    private static String choices(String response, int max, String... idAndText) {
        StringBuilder out = new StringBuilder("<choiceInteraction responseIdentifier=\"" + response + "\" shuffle=\"false\" maxChoices=\""
                + max + "\"><prompt>Chọn</prompt>");
        for (int i = 0; i < idAndText.length; i += 2) {
            out.append("<simpleChoice identifier=\"").append(idAndText[i]).append("\">").append(idAndText[i + 1]).append("</simpleChoice>");
        }
        return out.append("</choiceInteraction>").toString();
    }

    static Map<String, byte[]> conformancePackage() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Items/choice/choice.xml", utf8(item(NS21, "choice", """
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                  <correctResponse><value>ChoiceA</value></correctResponse></responseDeclaration>""",
                "<p>Bảng chỉ dẫn:</p><p><img src=\"directory.jpg\" alt=\"directory\"/></p>"
                        + choices("RESPONSE", 1, "ChoiceA", "Tầng 2", "ChoiceB", "Tầng 3"), template(MATCH_CORRECT))));
        files.put("Items/choice/directory.jpg", PNG);
        files.put("Items/partial/partial.xml", utf8(item(NS22, "partial", """
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                  <mapping defaultValue="0"><mapEntry mapKey="A" mappedValue="2"/><mapEntry mapKey="B" mappedValue="1"/></mapping>
                </responseDeclaration>""", "<p>Giá trị gần đúng của \\(\\pi\\)?</p>"
                        + choices("RESPONSE", 1, "A", "3,14", "B", "3,1", "C", "3"), template(MAP_RESPONSE))));
        files.put("Items/multi/multi.xml", utf8(item(NS21, "multi", """
                <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
                  <correctResponse><value>A</value><value>B</value></correctResponse>
                  <mapping defaultValue="0"><mapEntry mapKey="A" mappedValue="5"/><mapEntry mapKey="B" mappedValue="5"/></mapping>
                </responseDeclaration>""", "<p>Số nguyên tố?</p>"
                        + choices("RESPONSE", 0, "A", "2", "B", "3", "C", "4"), template(MATCH_CORRECT))));
        files.put("Items/hint/hint.xml", utf8(item(NS21, "hint", """
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                  <correctResponse><value>B</value></correctResponse></responseDeclaration>
                <responseDeclaration identifier="HINTREQUEST" cardinality="single" baseType="boolean"/>""",
                "<p>Thủ đô?</p>" + choices("RESPONSE", 1, "A", "Huế", "B", "Hà Nội")
                        + "<p><endAttemptInteraction responseIdentifier=\"HINTREQUEST\" title=\"Gợi ý\"/></p>", template(MATCH_CORRECT))));
        files.put("Items/cloze/cloze.xml", utf8(item(NS21, "cloze", """
                <responseDeclaration identifier="G1" cardinality="single" baseType="identifier">
                  <correctResponse><value>x</value></correctResponse>
                  <mapping defaultValue="0"><mapEntry mapKey="x" mappedValue="1"/><mapEntry mapKey="y" mappedValue="0.5"/></mapping>
                </responseDeclaration>""", "<p>Chọn: <inlineChoiceInteraction responseIdentifier=\"G1\" shuffle=\"false\">"
                        + "<inlineChoice identifier=\"x\">đúng</inlineChoice><inlineChoice identifier=\"y\">gần đúng</inlineChoice>"
                        + "<inlineChoice identifier=\"z\">sai</inlineChoice></inlineChoiceInteraction></p>", template(MAP_RESPONSE))));
        files.put("Items/bad/bad.xml", utf8(item(NS21, "bad", """
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                  <correctResponse><value>Z</value></correctResponse></responseDeclaration>""",
                "<p>Hỏng</p>" + choices("RESPONSE", 1, "A", "một", "B", "hai"), template(MATCH_CORRECT))));
        files.put("Items/mixed/mixed.xml", utf8(item(NS21, "mixed", """
                <responseDeclaration identifier="R1" cardinality="single" baseType="identifier">
                  <correctResponse><value>A</value></correctResponse></responseDeclaration>
                <responseDeclaration identifier="R2" cardinality="single" baseType="string"/>""",
                "<p>Hai câu</p>" + choices("R1", 1, "A", "một", "B", "hai")
                        + "<div><extendedTextInteraction responseIdentifier=\"R2\"/></div>", template(MATCH_CORRECT))));
        files.put("Items/svg/svg.xml", utf8(item(NS21, "svg", """
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                  <correctResponse><value>A</value></correctResponse></responseDeclaration>""",
                "<p><img src=\"../shared/figure.png\" alt=\"svg\"/></p>" + choices("RESPONSE", 1, "A", "một", "B", "hai"),
                template(MATCH_CORRECT))));
        files.put("Items/shared/figure.png", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        files.put("Tests/test1/test1.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="test1" title="Entry level">
                  <testPart identifier="P1" navigationMode="linear" submissionMode="individual">
                    <assessmentSection identifier="S1" title="Phần 1" visible="true">
                      <assessmentItemRef identifier="choice" href="../../Items/choice/choice.xml"/>
                      <assessmentItemRef identifier="partial" href="../../Items/partial/partial.xml"/>
                      <assessmentItemRef identifier="multi" href="../../Items/multi/multi.xml"/>
                      <assessmentItemRef identifier="hint" href="../../Items/hint/hint.xml"/>
                      <assessmentItemRef identifier="cloze" href="../../Items/cloze/cloze.xml"/>
                      <assessmentItemRef identifier="bad" href="../../Items/bad/bad.xml"/>
                      <assessmentItemRef identifier="mixed" href="../../Items/mixed/mixed.xml"/>
                      <assessmentItemRef identifier="svg" href="../../Items/svg/svg.xml"/>
                    </assessmentSection>
                  </testPart>
                </assessmentTest>
                """));
        StringBuilder resources = new StringBuilder();
        for (String name : List.of("choice", "partial", "multi", "hint", "cloze", "bad", "mixed", "svg")) {
            resources.append("<resource identifier=\"R_").append(name).append("\" type=\"imsqti_item_xmlv2p1\" href=\"Items/")
                    .append(name).append('/').append(name).append(".xml\">");
            if (name.equals("choice")) {
                resources.append("<metadata><imsmd:lom><imsmd:general><imsmd:keyword><imsmd:langstring>hình học</imsmd:langstring>"
                        + "</imsmd:keyword></imsmd:general></imsmd:lom></metadata>");
            }
            resources.append("<file href=\"Items/").append(name).append('/').append(name).append(".xml\"/></resource>\n");
        }
        files.put("imsmanifest.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_v1p2\" identifier=\"M1\">"
                + "<organizations/><resources>"
                + "<resource identifier=\"T1\" type=\"imsqti_test_xmlv2p1\" href=\"Tests/test1/test1.xml\"><file href=\"Tests/test1/test1.xml\"/></resource>\n"
                + resources + "</resources></manifest>"));
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal fraction(ItemContent c, String option) {
        return c.body(ChoiceBody.class).options().stream().filter(o -> o.id().equals(option)).map(Choice::fraction).findFirst().orElseThrow();
    }

    @Test
    void aPackageIsReadThroughItsManifestWithHrefsRelativeToTheTest() {
        ImportResult r = IMPORT.run(ItemFormat.QTI21, zip(conformancePackage()), null);
        assertTrue(r.accepted(), r.problems().toString());
        Map<String, ItemContent> byId = r.items().stream().map(i -> i.content()).collect(Collectors.toMap(ItemContent::idnumber, c -> c));
        assertEquals(List.of("choice", "partial", "multi", "hint", "cloze", "svg"),
                r.items().stream().map(i -> i.content().idnumber()).toList(), r.warnings().toString());
        assertTrue(r.items().stream().allMatch(i -> i.chapterKey().equals("S1")));
        assertEquals("Phần 1", r.chapters().get(0).title());
        ItemContent choice = byId.get("choice");
        assertEquals(List.of("hình học"), choice.tags(), "keywords of the item's resource are its tags");
        assertTrue(choice.stem().html().contains("src=\"data:image/png;base64,"), "the picture beside the item is kept: " + choice.stem());
        assertTrue(byId.get("svg").stem().html().contains("figure.png") && !byId.get("svg").stem().html().contains("data:"),
                "an SVG in disguise is not inlined");
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("SVG")), r.warnings().toString());
    }

    @Test
    void mappedCreditIsKeptAndMatchCorrectGivesOnlyWhatQtiGives() {
        ImportResult r = IMPORT.run(ItemFormat.QTI21, zip(conformancePackage()), null);
        Map<String, ItemContent> byId = r.items().stream().map(i -> i.content()).collect(Collectors.toMap(ItemContent::idnumber, c -> c));
        ItemContent partial = byId.get("partial");
        assertEquals(ItemTypeCode.SINGLE_CHOICE, partial.type());
        assertEquals(0, BigDecimal.ONE.compareTo(fraction(partial, "A")), "keys only in the mapping are keys");
        assertEquals(0, new BigDecimal("0.5").compareTo(fraction(partial, "B")), "a mapped half is half");
        assertEquals(0, fraction(partial, "C").signum());

        ItemContent multi = byId.get("multi");
        assertEquals(0, new BigDecimal("0.5").compareTo(fraction(multi, "A")), "match_correct: the mapping plays no part");
        assertEquals(0, BigDecimal.ONE.compareTo(multi.defaultPoints()), "match_correct scores 1, not the mapping's 10");
        assertTrue(r.warnings().stream().anyMatch(w -> w.path().contains("Items/multi/multi.xml") && w.message().contains("match_correct")),
                r.warnings().toString());

        var gap = byId.get("cloze").body(ClozeBody.class).gaps().get(0);
        assertEquals(List.of("1", "0.5", "0"), gap.answers().stream().map(a -> a.fraction().toPlainString()).toList(),
                "partial credit of an inline choice");
    }

    @Test
    void aHintButtonIsDroppedAndTheQuestionKept() {
        ImportResult r = IMPORT.run(ItemFormat.QTI21, zip(conformancePackage()), null);
        ItemContent hint = r.items().stream().map(i -> i.content()).filter(c -> c.idnumber().equals("hint")).findFirst().orElseThrow();
        assertEquals(ItemTypeCode.SINGLE_CHOICE, hint.type());
        assertFalse(hint.stem().html().contains("endAttempt"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("Gợi ý") && w.message().contains("endAttemptInteraction")),
                r.warnings().toString());
    }

    @Test
    void aBadItemIsRefusedAloneWithItsFileLineAndElementPath() {
        ImportResult r = IMPORT.run(ItemFormat.QTI21, zip(conformancePackage()), null);
        assertTrue(r.accepted());
        ImportMessage bad = r.warnings().stream().filter(w -> w.path().startsWith("Items/bad/bad.xml")).findFirst().orElseThrow();
        assertTrue(bad.message().contains("not imported"), bad.toString());
        assertTrue(bad.line() > 0, bad.toString());
        assertTrue(bad.path().contains("/assessmentItem"), bad.toString());
        ImportMessage mixed = r.warnings().stream().filter(w -> w.path().startsWith("Items/mixed/mixed.xml")).findFirst().orElseThrow();
        assertTrue(mixed.path().endsWith("extendedTextInteraction[1]") || mixed.path().contains("extendedTextInteraction"), mixed.toString());
        assertTrue(mixed.message().contains("several interactions") && mixed.message().contains("not imported"), mixed.toString());
        assertTrue(mixed.line() > 0);
        assertTrue(r.warnings().stream().noneMatch(w -> w.path().isEmpty() && w.message().contains("not imported")), r.warnings().toString());
    }

    @Test
    void aMissingItemFileNamesTheTestFileAndTheReference() {
        Map<String, byte[]> files = conformancePackage();
        files.remove("Items/partial/partial.xml");
        ImportResult r = IMPORT.run(ItemFormat.QTI21, zip(files), null);
        assertFalse(r.accepted());
        ImportMessage m = r.problems().get(0);
        assertTrue(m.path().startsWith("Tests/test1/test1.xml") && m.message().contains("../../Items/partial/partial.xml"), m.toString());
        assertTrue(m.line() > 0);
    }

    @Test
    void hrefsResolveAgainstTheReferringFile() {
        assertEquals("Items/a/a.xml", QtiReader.resolve("Tests/t/t.xml", "../../Items/a/a.xml"));
        assertEquals("Items/a/b c.png", QtiReader.resolve("Items/a/a.xml", "./b%20c.png"));
        assertEquals("x.xml", QtiReader.resolve("", "/x.xml#part"));
        assertEquals("../x.xml", QtiReader.resolve("t.xml", "../x.xml"));
    }

    @Test
    void withoutAManifestTheZipIsSearched() {
        Map<String, byte[]> files = conformancePackage();
        files.remove("imsmanifest.xml");
        ImportResult r = IMPORT.run(ItemFormat.QTI21, zip(files), null);
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(6, r.items().size());
    }
}
