package vn.khaothi.itembank.infrastructure.format.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.domain.itemtype.ContentLimits;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.itembank.infrastructure.format.Formats;

/**
 * Issue 11, "importer fuzzing": property-based tests (jqwik) over the GIFT, Aiken, Moodle XML,
 * QTI 2.1 and Word readers. Inputs are random text over each format's syntax characters and random
 * edits of a valid file. Whatever comes in, the import answers a result or a list of problems —
 * no exception escapes, no problem quotes a Java class — and every item it accepts can be stored,
 * read back equal, and shown to a student. Tries are bounded so the module's tests stay quick.
 */
class ImporterFuzzTest {

    private static final String GIFT_SEED = """
            // bài kiểm tra
            $CATEGORY: Toán 9/Chương 1

            ::q1:: 1 + 1 = ? {=2 ~3 ~4#sai}

            ::q2:: [html]<b>x</b> \\(a<b\\) {T#đúng#sai}

            ::q3:: Số pi {#3.14:0.01}

            ::q4:: Ghép {=a -> 1 =b -> 2 =c -> 3}

            ::q5:: Viết cảm nghĩ {}

            ::q6:: Thủ đô {=Hà Nội =Ha Noi}

            ::q7:: Chọn {~%50%a ~%50%b ~%-100%c}

            ::q8:: Khoảng {#1..2 =%50%3:1}
            """;
    private static final String GIFT_CHARS = "{}=~#:%[]$\\/\n\n ->.0123456789eE-+TFabcđâ<>&;\"'";

    private static final String AIKEN_SEED = """
            Căn bậc hai số học của 9 là?
            A. -3
            B. 3
            C) 81
            D. ±3
            ANSWER: B

            2 + 2 = ?
            A. 4
            B. 5
            ANSWER: A
            """;
    private static final String AIKEN_CHARS = "ABCDE.):\nANSWER: xyz0123 ";

    private static final String MOODLE_SEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Đại số</text></category></question>
              <question type="multichoice">
                <name><text>m1</text></name>
                <questiontext format="html"><text><![CDATA[<p>Nghiệm của <b>x - 3 = 0</b></p>]]></text></questiontext>
                <defaultgrade>1</defaultgrade>
                <single>true</single>
                <answer fraction="100"><text>3</text><feedback><text>đúng</text></feedback></answer>
                <answer fraction="0"><text>-3</text></answer>
              </question>
              <question type="numerical">
                <name><text>n1</text></name>
                <questiontext format="html"><text>pi?</text></questiontext>
                <answer fraction="100"><text>3.14</text><tolerance>0.01</tolerance></answer>
              </question>
              <question type="truefalse">
                <name><text>t1</text></name>
                <questiontext format="html"><text>2 &gt; 1</text></questiontext>
                <answer fraction="100"><text>true</text></answer>
                <answer fraction="0"><text>false</text></answer>
              </question>
              <question type="shortanswer">
                <name><text>s1</text></name>
                <questiontext format="html"><text>Thủ đô?</text></questiontext>
                <answer fraction="100"><text>Hà Nội</text></answer>
              </question>
            </quiz>
            """;
    private static final String XML_CHARS = "<>/=\"'&;![]CDATA?- 0123456789.eE+ab\n";

    private static final String QTI_SEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i1" title="Câu 1"
                adaptive="false" timeDependent="false">
              <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                <correctResponse><value>B</value></correctResponse>
              </responseDeclaration>
              <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
                <defaultValue><value>0</value></defaultValue>
              </outcomeDeclaration>
              <itemBody>
                <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
                  <prompt>Căn bậc hai số học của 9 là</prompt>
                  <simpleChoice identifier="A">-3</simpleChoice>
                  <simpleChoice identifier="B">3</simpleChoice>
                  <simpleChoice identifier="C">81</simpleChoice>
                </choiceInteraction>
              </itemBody>
              <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
            </assessmentItem>
            """;

    // ---- the properties ----------------------------------------------------------------------

    @Property(tries = 200)
    void giftText(@ForAll("giftInputs") String text) {
        holds(ItemFormat.GIFT, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void aikenText(@ForAll("aikenInputs") String text) {
        holds(ItemFormat.AIKEN, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void moodleXml(@ForAll("moodleInputs") String text) {
        holds(ItemFormat.MOODLE_XML, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void qtiItemAndPackage(@ForAll("qtiInputs") String text, @ForAll boolean zipped) throws IOException {
        byte[] xml = text.getBytes(StandardCharsets.UTF_8);
        holds(ItemFormat.QTI21, zipped ? zip("items/item1.xml", xml) : xml);
    }

    @Property(tries = 100)
    void wordDocuments(@ForAll("docxParagraphs") List<Tuple.Tuple2<String, Integer>> paragraphs) throws IOException {
        holds(ItemFormat.DOCX, docx(paragraphs));
    }

    @Property(tries = 200)
    void anyBytesInAnyFormat(@ForAll("formats") ItemFormat format, @ForAll byte[] bytes) {
        holds(format, bytes);
    }

    // ---- what must hold ------------------------------------------------------------------------

    private static void holds(ItemFormat format, byte[] file) {
        ImportResult r = Formats.importer().run(format, file, null);   // an exception here fails the property
        for (ImportMessage m : r.problems()) {
            assertFalse(m.message().matches("(?s).*\\b(java|javax|jakarta|org|com|sun)\\.[a-z]+\\..*")
                    || m.message().contains("Exception"), "a problem in words: " + m);
        }
        if (!r.accepted()) {
            assertFalse(r.problems().isEmpty());
            assertTrue(r.items().isEmpty(), "all or nothing");
            return;
        }
        for (ImportedItem item : r.items()) {
            ItemContent content = item.content();
            assertEquals(List.of(), ContentLimits.problems(content), "within the limits");
            assertEquals(List.of(), ItemTypes.validate(content), "valid for its type");
            assertEquals(content, ItemContentJson.read(ItemContentJson.write(content)), "read back as stored");
            ItemTypes.of(content.type()).renderForStudent(content, List.of(), content.defaultPoints());
            String stored = ItemContentJson.write(content).toLowerCase();
            assertFalse(stored.contains("<script") || stored.matches("(?s).*<[a-z][^>]*(javascript|vbscript):.*"), stored);
        }
    }

    // ---- inputs --------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> giftInputs() {
        return Arbitraries.oneOf(mutations(GIFT_SEED, GIFT_CHARS), text(GIFT_CHARS, 400));
    }

    @Provide
    Arbitrary<String> aikenInputs() {
        return Arbitraries.oneOf(mutations(AIKEN_SEED, AIKEN_CHARS), text(AIKEN_CHARS, 300));
    }

    @Provide
    Arbitrary<String> moodleInputs() {
        return Arbitraries.oneOf(mutations(MOODLE_SEED, XML_CHARS), text(XML_CHARS, 300));
    }

    @Provide
    Arbitrary<String> qtiInputs() {
        return Arbitraries.oneOf(mutations(QTI_SEED, XML_CHARS), text(XML_CHARS, 300));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<String, Integer>>> docxParagraphs() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("Câu 1.", "Câu 2:", "Câu 3. (1 điểm)", "A. 3", "B. 4\tC. 5\tD. 6", "a) Đúng", "b) Sai",
                        "Chương I. Căn bậc hai", "ĐÁP ÁN", "1B 2C", "1 + 1 = ?", "\\(x^2\\)", "<a href=\"javascript:x\">"),
                text("ABCDabcd.:)(\t 0123456789Câuđiểm", 60));
        return Combinators.combine(line, Arbitraries.integers().between(0, 2)).as(Tuple::of).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<ItemFormat> formats() {
        return Arbitraries.of(ItemFormat.GIFT, ItemFormat.AIKEN, ItemFormat.MOODLE_XML, ItemFormat.QTI21, ItemFormat.DOCX);
    }

    private static Arbitrary<String> text(String chars, int maxLength) {
        return Arbitraries.strings().withChars(chars.toCharArray()).withCharRange('\u0000', '\u00ff').ofMaxLength(maxLength);
    }

    /** The seed with up to 8 random edits: a character from the format's syntax inserted, deleted or replaced. */
    private static Arbitrary<String> mutations(String seed, String chars) {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, seed.length()),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, chars.length() - 1),
                Arbitraries.integers().between(1, 6)).as((at, op, c, n) -> new int[] {at, op, c, n});
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            StringBuilder s = new StringBuilder(seed);
            for (int[] e : edits) {
                int at = Math.min(e[0], s.length());
                String piece = String.valueOf(chars.charAt(e[2])).repeat(e[3]);
                switch (e[1]) {
                    case 0 -> s.insert(at, piece);
                    case 1 -> s.delete(at, Math.min(s.length(), at + e[3]));
                    default -> s.replace(at, Math.min(s.length(), at + e[3]), piece);
                }
            }
            return s.toString();
        });
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Paragraphs with a style each: 0 plain, 1 underlined, 2 bold (how Word banks mark keys). */
    private static byte[] docx(List<Tuple.Tuple2<String, Integer>> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Tuple.Tuple2<String, Integer> p : paragraphs) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setText(p.get1().replace('\u0000', ' '));
                if (p.get2() == 1) {
                    run.setUnderline(UnderlinePatterns.SINGLE);
                } else if (p.get2() == 2) {
                    run.setBold(true);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
