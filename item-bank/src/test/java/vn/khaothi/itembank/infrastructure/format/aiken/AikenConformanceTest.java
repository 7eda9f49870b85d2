package vn.khaothi.itembank.infrastructure.format.aiken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.infrastructure.format.FormatAssertions;
import vn.khaothi.itembank.infrastructure.format.PeerFixtures;

/** Moodle's Aiken fixtures through our reader, checked against moodle/aiken/EXPECTED.md. */
class AikenConformanceTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new AikenReader()));

    private static ImportResult importFile(String name) {
        return IMPORT.run(ItemFormat.AIKEN, PeerFixtures.bytes("moodle/aiken/" + name), null);
    }

    @Test
    void questionsFile() {
        ImportResult r = importFile("questions.aiken.txt");
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(2, r.items().size());
        ItemContent first = r.items().get(0).content();
        assertEquals(ItemTypeCode.SINGLE_CHOICE, first.type());
        assertEquals("The Moodle project was started by:", first.stem().html());
        FormatAssertions.choices(first, "Petr Skoda", 0, "", "Martin Dougiamas", 1, "", "Eloy Lafuente", 0, "", "Tim Hunt", 0, "");
        ItemContent second = r.items().get(1).content();
        assertEquals("Moodle's abilities include handling user input that includes &lt;html class=\"cool\"&gt; &amp; images:",
                second.stem().html());
        FormatAssertions.key(second, "True");
    }

    @Test
    void errorsFileReportsEveryBadBlockWithItsLineAndImportsNothing() {
        ImportResult r = importFile("aiken_errors.txt");
        assertFalse(r.accepted());
        assertTrue(r.items().isEmpty(), "all or nothing");
        assertEquals(List.of(3, 5, 7, 18), r.problems().stream().map(ImportMessage::line).toList());
        assertTrue(r.problems().get(0).message().contains("at least 2 answers"));
        assertTrue(r.problems().get(1).message().contains("question not started"));
        assertTrue(r.problems().get(2).message().contains("question not started"));
        assertTrue(r.problems().get(3).message().contains("not completed"));
    }

    @Test
    void errorsFileHoldsExactlyThreeGoodQuestions() {
        AikenReader.Parsed parsed = AikenReader.parse(PeerFixtures.text("moodle/aiken/aiken_errors.txt"), ImportProgressListener.NONE);
        assertEquals(3, parsed.items().size());
        FormatAssertions.choices(parsed.items().get(0).content(), "Correct", 1, "", "Incorrect", 0, "");
        assertEquals("A second good question", parsed.items().get(1).content().stem().html());
        FormatAssertions.choices(parsed.items().get(1).content(), "Incorrect (No space)", 0, "", "Correct (No space)", 1, "");
        assertEquals("A third good question with HTML chars such as &gt; &lt; &amp;", parsed.items().get(2).content().stem().html());
        FormatAssertions.choices(parsed.items().get(2).content(), "Correct (&lt; &gt; &amp;)", 1, "", "Incorrect (&lt; &gt; &amp;)", 0, "");
    }

    @Test
    void exportOutputsReadBack() {
        for (String[] c : List.of(new String[] {"test_export_questions.aiken.txt", "Which is the oddest number?"},
                new String[] {"test_hidden_question_not_exported.aiken.txt", "This question is the visible one."})) {
            ImportResult r = importFile(c[0]);
            assertTrue(r.accepted(), r.problems().toString());
            assertEquals(1, r.items().size());
            assertEquals(c[1], r.items().get(0).content().stem().html());
            FormatAssertions.choices(r.items().get(0).content(), "One", 1, "", "Two", 0, "", "Three", 0, "", "Four", 0, "");
        }
    }
}
