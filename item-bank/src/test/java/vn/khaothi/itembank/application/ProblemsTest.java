package vn.khaothi.itembank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17: the sentences teachers met in English carry a code and parameters the pages translate. */
class ProblemsTest {

    @Test
    void theEditorsValidationSplitsIntoOneCodePerProblem() {
        List<Map<String, Object>> problems = Problems.describeAll(
                "the stem is empty; option A has no text; only one option may be the key; use MULTIPLE_RESPONSE for several");
        assertEquals(List.of("STEM_EMPTY", "OPTION_NO_TEXT", "ONE_KEY_ONLY"), problems.stream().map(p -> p.get("code")).toList());
        assertEquals(Map.of("id", "A"), problems.get(1).get("params"));
        assertEquals("option A has no text", problems.get(1).get("message"));
    }

    @Test
    void importProblemsAndWarningsHaveCodes() {
        assertEquals("NUMERIC_NOT_A_NUMBER", Problems.code("numerical answer \"bốn\" is not a number, a number:tolerance or a min..max range"));
        assertEquals(Map.of("value", "bốn"), Problems.params("numerical answer \"bốn\" is not a number, a number:tolerance or a min..max range"));
        assertEquals("DEFAULT_LEVEL_USED", Problems.code("items without a level were filed as NB"));
        assertEquals(Map.of("level", "NB"), Problems.params("items without a level were filed as NB"));
        Map<String, Object> imported = Problems.describe("SINGLE_CHOICE \"q1\": option B has no text");
        assertEquals("OPTION_NO_TEXT", imported.get("code"));
        assertEquals(Map.of("id", "B", "itemType", "SINGLE_CHOICE", "itemName", "q1"), imported.get("params"));
        assertEquals(Map.of("value", "bốn", "question", "3"), Problems.params("Câu 3: the answer \"bốn\" is not a number"));
        assertEquals("REJECTION_NOTE_REQUIRED", Problems.code("A rejection needs a note saying what to change"));
    }

    @Test
    void theSeparateAnswerKeysProblemsHaveCodes() {
        assertEquals("NO_KEY_IN_FILE", Problems.code("Câu 3: no key: underline, bold or colour red the right option, start it "
                + "with *, or add an answer key (1-A, 2-B, …)"));
        assertEquals(Map.of("own", "A", "ownLine", "6", "file", "dap-an.txt", "other", "B", "otherLine", "3", "question", "2"),
                Problems.params("Câu 2: the bank gives the answer \"A\" (line 6) but dap-an.txt gives \"B\" (line 3); "
                        + "correct one of them"));
        assertEquals(Map.of("value", "C", "number", "7, PHẦN II"),
                Problems.params("the answer key gives \"C\" for Câu 7, PHẦN II, which the bank does not have"));
        assertEquals(Map.of("value", "C", "number", "7"),
                Problems.params("the answer key gives \"C\" for Câu 7, which the bank does not have"));
        assertEquals("KEY_FILE_UNREADABLE", Problems.code("the answer key is not a readable Word or Excel file: the file is not a "
                + "readable zip (it may be damaged or only partly uploaded)"));
        assertEquals("KEY_FILE_NOT_TEXT", Problems.code("the answer key is neither a Word .docx, an Excel .xlsx nor UTF-8 text; "
                + "save a text key as UTF-8"));
        assertEquals(Map.of("n", "3"), Problems.params("3 answers read from the answer key file"));
    }

    @Test
    void theAssemblersWarningsKeepTheirCodeAndCell() {
        String stored = "EXPOSED_ITEMS_USED [C1 / NB / SINGLE_CHOICE]: 3 recently used items, the cell has too few fresh ones";
        assertEquals("EXPOSED_ITEMS_USED", Problems.code(stored));
        assertEquals(Map.of("cell", "C1 / NB / SINGLE_CHOICE", "n", "3"), Problems.params(stored));
        assertEquals("PARTIAL_DIFFICULTY_STATISTICS",
                Problems.code("PARTIAL_DIFFICULTY_STATISTICS: 2 of 13 items have no statistics; mean difficulty covers the others"));
    }

    @Test
    void exportWarningsNameTheItemAndWhatTheFormatCannotCarry() {
        Map<String, Object> w = Problems.describe("item 12 \"Căn bậc hai\": GIFT has no rubric; its 3 criteria are not written");
        assertEquals("EXPORT_NO_RUBRIC", w.get("code"));
        assertEquals(Map.of("n", "3", "item", "12", "itemName", "Căn bậc hai"), w.get("params"));
        assertEquals(Map.of("format", "Moodle", "id", "B", "item", "4"),
                Problems.params("item 4: Moodle cannot lock option B; it may be shuffled"));
        assertEquals("EXPORT_GAP_FEEDBACK", Problems.code("item 2 of the selection: gap g1: QTI inline choices hold no feedback; not written"));
        assertEquals("PROBLEM", Problems.code("item 2: a sentence no writer says"));
    }

    @Test
    void anUnknownSentenceIsAGeneralProblemWithItsWordsKept() {
        Map<String, Object> p = Problems.describe("something nobody wrote a pattern for");
        assertEquals("PROBLEM", p.get("code"));
        assertEquals("something nobody wrote a pattern for", p.get("message"));
    }
}
