package vn.khaothi.itembank.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.bank.ImportPreviews;
import vn.khaothi.itembank.application.bank.Views;
import vn.khaothi.itembank.infrastructure.format.Formats;

/** The explicit alternative to all or nothing, in every text format, and the preview built on it. */
class ValidOnlyImportTest {

    private static final ItemImport IMPORT = Formats.importer();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> stems(PartialImport p) {
        return p.valid().items().stream().map(i -> i.content().stem().text()).toList();
    }

    @Test
    void giftKeepsTheGoodQuestionsAndListsTheBadOnesWithTheirLines() {
        byte[] file = utf8("::b1:: Câu tốt {=1 ~2}\n\n::b2:: Câu không có đáp án đúng {~1 ~2}\n\n::b3:: Câu tốt nữa {=3 ~4}\n");
        assertFalse(IMPORT.run(ItemFormat.GIFT, file, null).accepted(), "all or nothing stays the default");
        PartialImport p = IMPORT.runValidOnly(ItemFormat.GIFT, file, null);
        assertEquals(List.of("Câu tốt", "Câu tốt nữa"), stems(p));
        assertEquals(1, p.skipped());
        assertEquals(3, p.problems().get(0).line(), p.problems().toString());
    }

    @Test
    void aikenLeavesOutAnUnfinishedQuestion() {
        byte[] file = utf8("Câu một?\nA. 1\nB. 2\nANSWER: B\n\nCâu hai thiếu đáp án?\nA. 1\nB. 2\n\nCâu ba?\nA. 1\nC. 2\nANSWER: A\n");
        PartialImport p = IMPORT.runValidOnly(ItemFormat.AIKEN, file, null);
        assertEquals(List.of("Câu một?"), stems(p));
        assertTrue(p.problems().size() >= 2, p.problems().toString());
    }

    @Test
    void moodleXmlLeavesOutTheQuestionWithAProblem() {
        byte[] file = utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="multichoice"><name><text>good</text></name>
                    <questiontext format="html"><text>Tốt</text></questiontext><single>true</single>
                    <answer fraction="100"><text>1</text></answer><answer fraction="0"><text>2</text></answer>
                  </question>
                  <question type="multichoice"><name><text>bad</text></name>
                    <questiontext format="html"><text>Điểm không phải số</text></questiontext><single>true</single>
                    <answer fraction="abc"><text>1</text></answer><answer fraction="0"><text>2</text></answer>
                  </question>
                </quiz>
                """);
        assertFalse(IMPORT.run(ItemFormat.MOODLE_XML, file, null).accepted());
        PartialImport p = IMPORT.runValidOnly(ItemFormat.MOODLE_XML, file, null);
        assertEquals(List.of("Tốt"), stems(p));
        assertEquals(1, p.problems().size(), p.problems().toString());
        assertFalse(p.problems().get(0).path().isEmpty(), "the element path is named");
    }

    @Test
    void aFileThatCannotBeReadAtAllHasNothingValid() {
        PartialImport p = IMPORT.runValidOnly(ItemFormat.MOODLE_XML, utf8("<quiz><question"), null);
        assertTrue(p.valid().items().isEmpty());
        assertFalse(p.problems().isEmpty());
    }

    @Test
    void thePreviewShowsEachQuestionWithItsKeyAndTheProblems() {
        byte[] file = utf8("::b1:: Căn bậc hai của 9 {=3 ~-3 ~9}\n\n::b2:: Hỏng {~1 ~2}\n\n::b3:: 2,5 + 1 = ? {#3.5}\n");
        Views.ImportPreview preview = ImportPreviews.of("gift", IMPORT.read(ItemFormat.GIFT, file));
        assertEquals(2, preview.valid());
        assertEquals(1, preview.skipped());
        assertFalse(preview.acceptedWhole());
        Views.PreviewQuestion first = preview.questions().get(0);
        assertEquals("SINGLE_CHOICE", first.type());
        assertEquals("Căn bậc hai của 9", first.stem());
        assertEquals("A", first.key());
        assertEquals(List.of("3", "-3", "9"), first.options().stream().map(Views.PreviewOption::text).toList());
        assertEquals("3,5", preview.questions().get(1).key());
        assertEquals(3, preview.problems().get(0).line());
    }
}
