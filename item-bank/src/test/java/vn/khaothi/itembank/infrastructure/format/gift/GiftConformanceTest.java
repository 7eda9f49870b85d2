package vn.khaothi.itembank.infrastructure.format.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;
import vn.khaothi.itembank.infrastructure.format.FormatAssertions;
import vn.khaothi.itembank.infrastructure.format.PeerFixtures;

/** Moodle's GIFT fixtures through our reader, checked against moodle/gift/EXPECTED.md. */
class GiftConformanceTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new GiftReader()));

    private static ImportResult importFile(String name) {
        return IMPORT.run(ItemFormat.GIFT, PeerFixtures.bytes("moodle/gift/" + name), null);
    }

    private static ItemContent one(String name) {
        ImportResult result = importFile(name);
        assertTrue(result.accepted(), () -> name + ": " + result.problems());
        assertEquals(1, result.items().size(), name);
        return result.items().get(0).content();
    }

    @Test
    void everyGiftFixtureIsReadOrClearlyRejected() {
        for (Path file : PeerFixtures.list("moodle/gift", ".gift", ".gift.txt", "examples.txt")) {
            ImportResult result = importFile(file.getFileName().toString());
            if (file.getFileName().toString().contains("windows-1252")) {
                assertFalse(result.accepted(), file.toString());
            } else {
                assertTrue(result.accepted(), () -> file + ": " + result.problems());
                assertFalse(result.items().isEmpty(), file.toString());
            }
        }
    }

    @Test
    void windows1252FileIsRefusedAsNotUtf8() {
        ImportResult result = importFile("questions_encoding_windows-1252.gift.txt");
        assertFalse(result.accepted());
        assertTrue(result.items().isEmpty());
        assertTrue(result.problems().get(0).message().contains("not UTF-8"), result.problems().toString());
        assertTrue(result.problems().get(0).line() > 0);
    }

    @Test
    void essay() {
        ItemContent q = one("test_import_essay.gift");
        assertEquals(ItemTypeCode.ESSAY, q.type());
        assertEquals("Q8", q.name());
        assertEquals("How are you?", q.stem().html());
        assertTrue(q.generalFeedback().isEmpty());
        assertEquals(q, one("test_export_essay.gift"));
    }

    @Test
    void matching() {
        ItemContent q = one("test_import_match.gift");
        assertEquals(ItemTypeCode.MATCHING, q.type());
        assertEquals("Moodle activities", q.name());
        assertEquals("Match the <b>activity</b> to the description.", q.stem().html());
        MatchingBody body = q.body(MatchingBody.class);
        assertEquals(List.of("An activity supporting asynchronous discussions.",
                "A teacher asks a question and specifies a choice of multiple responses.",
                "A bank of record entries which participants can add to.",
                "A collection of web pages that anyone can add to or edit.", ""),
                body.pairs().stream().map(p -> p.left().html()).toList());
        assertEquals(List.of("Forum", "Choice", "Database", "Wiki", "Chat"),
                body.pairs().stream().map(p -> p.right()).toList());
        assertTrue(body.pairs().get(4).isDistractor());

        MatchingBody exported = one("test_export_match.gift").body(MatchingBody.class);
        assertEquals("<div class=\"frog\">An activity supporting asynchronous discussions.</div>",
                exported.pairs().get(0).left().html());
        assertEquals("Chat", exported.pairs().get(4).right());
    }

    @Test
    void singleChoiceWithFeedback() {
        ItemContent q = one("test_import_multichoice.gift");
        assertEquals(ItemTypeCode.SINGLE_CHOICE, q.type());
        assertEquals("Q2", q.name());
        assertEquals("What's between orange and green in the spectrum?", q.stem().html());
        FormatAssertions.choices(q, "yellow", 1, "right; good!", "red", 0, "wrong, it's yellow", "blue", 0, "wrong, it's yellow");
        ItemContent exported = one("test_export_multichoice.gift");
        assertEquals(ItemTypeCode.SINGLE_CHOICE, exported.type());
        FormatAssertions.choices(exported, "yellow", 1, "right; good!", "red", 0, "wrong, it's yellow", "blue", 0, "wrong, it's yellow");
    }

    @Test
    void multipleResponse() {
        ItemContent q = one("test_import_multichoice_multi.gift");
        assertEquals(ItemTypeCode.MULTIPLE_RESPONSE, q.type());
        assertEquals("colours", q.name());
        FormatAssertions.choices(q, "yellow", 0.5, "right; good!", "red", -1, "wrong", "off-beige", 0.5, "right; good!",
                "blue", -1, "wrong");
        ItemContent tricky = one("test_import_multichoice_multi_tricky.gift");
        assertEquals(ItemTypeCode.MULTIPLE_RESPONSE, tricky.type(), "no = means multiple, even with a 100 % answer");
        FormatAssertions.choices(tricky, "yellow", 1, "right; good!", "red", -0.5, "wrong", "blue", -0.5, "wrong");
        ItemContent exported = one("test_export_multichoice_multi_tricky.gift");
        assertEquals(ItemTypeCode.MULTIPLE_RESPONSE, exported.type());
        FormatAssertions.choices(exported, "yellow", 1, "right; good!", "red", -0.5, "wrong, it's yellow",
                "blue", -0.5, "wrong, it's yellow");
    }

    @Test
    void numerical() {
        for (String file : List.of("test_import_numerical.gift", "test_export_numerical.gift")) {
            ItemContent q = one(file);
            assertEquals(ItemTypeCode.SHORT_NUMERIC, q.type());
            assertEquals("Q5", q.name());
            assertEquals("What is a number from 1 to 5?", q.stem().html());
            NumericBody body = q.body(NumericBody.class);
            assertEquals(2, body.answers().size());
            assertEquals(0, new BigDecimal("3").compareTo(body.answers().get(0).value()));
            assertEquals(0, new BigDecimal("2").compareTo(body.answers().get(0).tolerance()));
            assertEquals(0, BigDecimal.ONE.compareTo(body.answers().get(0).fraction()));
            assertTrue(body.answers().get(0).feedback().isEmpty());
            assertTrue(body.answers().get(1).isCatchAll());
            assertEquals(0, BigDecimal.ZERO.compareTo(body.answers().get(1).fraction()));
            assertEquals("Completely wrong", body.answers().get(1).feedback().html());
        }
    }

    @Test
    void shortAnswer() {
        ItemContent q = one("test_import_shortanswer.gift");
        assertEquals(ItemTypeCode.SHORT_TEXT, q.type());
        assertEquals("Shortanswer", q.name());
        assertEquals("Which is the best animal?", q.stem().html());
        TextAnswerBody body = q.body(TextAnswerBody.class);
        assertEquals(List.of("Frog", "Cat", "*"), body.answers().stream().map(a -> a.text()).toList());
        assertEquals(List.of(1.0, 0.5, 0.0), body.answers().stream().map(a -> a.fraction().doubleValue()).toList());
        assertEquals(List.of("Good!", "What is it with Moodlers and cats?", "Completely wrong"),
                body.answers().stream().map(a -> a.feedback().html()).toList());
        assertTrue(q.generalFeedback().isEmpty());
        assertEquals(body, one("test_export_shortanswer.gift").body(TextAnswerBody.class).answers().size() == 3
                ? one("test_export_shortanswer.gift").body(TextAnswerBody.class) : null);

        ItemContent withFeedback = one("test_import_shortanswer_with_general_feedback.gift");
        assertEquals("Here is some general feedback!", withFeedback.generalFeedback().html());
        assertEquals(withFeedback, one("test_export_shortanswer_with_general_feedback.gift"));
    }

    @Test
    void trueFalse() {
        ItemContent q = one("test_import_truefalse.gift");
        assertEquals(ItemTypeCode.TRUE_FALSE, q.type());
        assertEquals("Q1", q.name());
        assertEquals("42 is the Absolute Answer to everything.", q.stem().html());
        TrueFalseBody body = q.body(TrueFalseBody.class);
        assertFalse(body.answer());
        assertEquals("42 is the Ultimate Answer.", body.feedbackTrue().html());
        assertEquals("You gave the right answer.", body.feedbackFalse().html());

        for (String file : List.of("test_import_truefalse_true_answer1.gift", "test_import_truefalse_true_answer2.gift")) {
            ItemContent t = one(file);
            assertEquals("2-08 TSL", t.name());
            assertEquals("TSL is blablabla.", t.stem().html());
            assertTrue(t.body(TrueFalseBody.class).answer());
            assertTrue(t.body(TrueFalseBody.class).feedbackTrue().isEmpty());
        }

        TrueFalseBody exported = one("test_export_truefalse.gift").body(TrueFalseBody.class);
        assertTrue(exported.answer());
        assertEquals("You gave the right answer.", exported.feedbackTrue().html());
        assertEquals("42 is the Ultimate Answer.", exported.feedbackFalse().html());
    }

    @Test
    void backslashes() {
        assertEquals("A \\ B \\\\ C", one("test_import_backslash.gift").stem().html());
        ItemContent exported = one("test_export_backslash.gift");
        assertEquals("backslash", exported.name());
        assertEquals("A \\ B \\\\ C", exported.stem().html());
    }

    @Test
    void preformattedContentKeepsIndentationInTheSingleQuestionReader() {
        ItemContent q = GiftReader.readQuestion(PeerFixtures.text("moodle/gift/test_import_pre_content.gift")).content();
        assertEquals(ItemTypeCode.ESSAY, q.type());
        assertEquals("Q001", q.name());
        // HTML drops a line break right after <pre>, and so does the sanitiser; the indentation stays.
        assertEquals("<p>What would running the test method print?</p>\n<pre>    public void test() {\n"
                + "        method1();\n        method2();\n        method3();\n    }\n</pre>", q.stem().html());
    }

    @Test
    void tagsAndIdnumberFromComments() {
        ItemContent q = one("test_import_question_with_tags.gift");
        assertEquals("Question name", q.name());
        assertEquals(List.of("tag", "other-tag"), q.tags());
        assertEquals("myid", q.idnumber());

        ItemContent e = one("test_export_question_with_tags_and_idnumber.gift");
        assertEquals(ItemTypeCode.TRUE_FALSE, e.type());
        assertEquals("The answer is true.", e.stem().html());
        assertTrue(e.body(TrueFalseBody.class).answer());
        assertEquals("This is the right answer.", e.body(TrueFalseBody.class).feedbackTrue().html());
        assertEquals("This is the wrong answer.", e.body(TrueFalseBody.class).feedbackFalse().html());
        assertEquals("You should have selected true.", e.generalFeedback().html());
        assertEquals("myid", e.idnumber());
        assertEquals(List.of("tag1", "tag2"), e.tags());
    }

    @Test
    void commentCasesFromTheDataProvider() throws Exception {
        String json = Files.readString(PeerFixtures.file("moodle/gift/extract_idnumber_and_tags_from_comment.json"));
        JsonObject root = Json.createReader(new StringReader(json)).readObject();
        List<JsonObject> cases = root.getJsonArray("cases").getValuesAs(JsonObject.class);
        assertEquals(9, cases.size());
        for (JsonObject c : cases) {
            GiftComments parsed = GiftComments.parse(c.getString("comment"));
            assertEquals(c.getString("expected_idnumber"), parsed.idnumber(), c.getString("name"));
            assertEquals(c.getJsonArray("expected_tags").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList(), parsed.tags(), c.getString("name"));
        }
    }

    @Test
    void wholeFileQuestions() {
        ImportResult result = importFile("questions.gift.txt");
        assertTrue(result.accepted(), result.problems().toString());
        List<ItemContent> qs = result.items().stream().map(i -> i.content()).toList();
        assertEquals(9, qs.size());
        assertEquals(List.of(ItemTypeCode.ESSAY, ItemTypeCode.MATCHING, ItemTypeCode.SINGLE_CHOICE,
                ItemTypeCode.MULTIPLE_RESPONSE, ItemTypeCode.SHORT_NUMERIC, ItemTypeCode.SHORT_TEXT,
                ItemTypeCode.TRUE_FALSE, ItemTypeCode.TRUE_FALSE, ItemTypeCode.TRUE_FALSE), qs.stream().map(ItemContent::type).toList());
        assertEquals(List.of("Q8", "Moodle activities", "Q2", "colours", "Q5", "Shortanswer", "Q1", "2-08 TSL", "2-08 TSL"),
                qs.stream().map(ItemContent::name).toList());
        assertTrue(qs.stream().anyMatch(q -> q.stem().html().equals("What's between orange and green in the spectrum?")));
        assertEquals("This is, of course, a Hitchiker's Guide to the Galaxy reference.", qs.get(6).generalFeedback().html());
        assertEquals("What is a number from 1 to 5? _____\";", qs.get(4).stem().html());
        assertEquals("42 is the Absolute Answer to everything._____\";", qs.get(6).stem().html());
    }

    @Test
    void fileWithCategory() {
        ImportResult result = importFile("questions_in_category.gift.txt");
        assertTrue(result.accepted(), result.problems().toString());
        assertEquals(4, result.items().size());
        assertEquals("Default for New Features", result.chapters().get(0).key());
        assertTrue(result.items().stream().allMatch(i -> i.chapterKey().equals("Default for New Features")));
        ItemContent greeting = result.items().get(1).content();
        assertEquals("Greeting", greeting.name());
        assertEquals(ItemTypeCode.SINGLE_CHOICE, greeting.type());
        assertEquals("<a href=\"http://demo.moodle.net/file.php/5/media/bonjour.mp3\">Listen to this greeting:</a><br><br>What language is being spoken?",
                greeting.stem().html());
        FormatAssertions.choices(greeting, "English", 0, "Sorry, listen again.", "French", 1, "Yes, well done!",
                "German", 0, "Sorry, listen again.", "Spanish", 0, "Sorry, listen again.");
        TextAnswerBody moodler = result.items().get(2).content().body(TextAnswerBody.class);
        assertEquals("Moodler", moodler.answers().get(0).text());
        assertEquals(1, moodler.answers().size());
        assertTrue(result.items().get(3).content().body(TrueFalseBody.class).answer());
        assertEquals(5, result.items().get(0).content().body(MatchingBody.class).pairs().size());
    }

    @Test
    void examplesFile() {
        ImportResult result = importFile("examples.txt");
        assertTrue(result.accepted(), result.problems().toString());
        List<ItemContent> qs = result.items().stream().map(i -> i.content()).toList();
        assertEquals(43, qs.size());
        Map<ItemTypeCode, Long> byType = qs.stream().collect(Collectors.groupingBy(ItemContent::type, Collectors.counting()));
        assertEquals(16L, byType.get(ItemTypeCode.SINGLE_CHOICE));
        assertEquals(2L, byType.get(ItemTypeCode.MULTIPLE_RESPONSE));
        assertEquals(9L, byType.get(ItemTypeCode.SHORT_TEXT));
        assertEquals(8L, byType.get(ItemTypeCode.SHORT_NUMERIC));
        assertEquals(5L, byType.get(ItemTypeCode.TRUE_FALSE));
        assertEquals(3L, byType.get(ItemTypeCode.MATCHING));

        assertEquals("Grant is _____ in Grant's tomb.", qs.get(1).stem().html());
        assertFalse(qs.get(2).body(TrueFalseBody.class).answer());
        NumericBody pi = qs.get(17).body(NumericBody.class);
        assertEquals(0, new BigDecimal("3.1415").compareTo(pi.answers().get(0).value()));
        assertEquals(0, new BigDecimal("0.0005").compareTo(pi.answers().get(0).tolerance()));
        assertEquals("Japanese characters originally\ncame from what country?", qs.get(20).stem().html());
        assertEquals("Kanji Origins", qs.get(20).name());
        assertEquals(List.of("Canada", "Italy", "Japan", "India"),
                qs.get(14).body(MatchingBody.class).pairs().stream().map(p -> p.left().html()).toList());
        assertEquals("New Delhi", qs.get(14).body(MatchingBody.class).pairs().get(3).right());
        assertEquals("Who's buried in **Grant's tomb**?", qs.get(24).stem().html());
        assertEquals("No one is buried in Grant's tomb.", qs.get(25).body(TrueFalseBody.class).feedbackTrue().html());
        assertTrue(qs.get(25).body(TrueFalseBody.class).feedbackFalse().isEmpty());
        FormatAssertions.choices(qs.get(27), "Jerusalem", 0, "This was an important city, but the wrong answer.",
                "Bethlehem", 0.25, "He was born here, but not raised here.", "Galilee", 0.5, "You need to be more specific.",
                "Nazareth", 1, "Yes! That's right!");
        assertEquals("Jesus Christ was from", qs.get(28).stem().html());
        assertEquals("Jesus Christ was from _____.", qs.get(41).stem().html());
        FormatAssertions.choices(qs.get(30), "No one", -0.5, "", "Grant", 0.5, "", "Grant's wife", 0.5, "", "Grant's father", -0.5, "");
        FormatAssertions.choices(qs.get(31), "= 2 + 2", 0, "", "= 2 + 3", 1, "", "= 2 + 4", 0, "");
        ChoiceBody control = qs.get(32).body(ChoiceBody.class);
        assertEquals(List.of("~", "=", "#", "{", "}", "\\"), control.options().stream().map(o -> o.text().html()).toList());
        assertTrue(control.options().get(5).feedback().html().startsWith("Correct! \\ (backslash) is not a control character. BUT,"));
        assertEquals(4, control.options().get(5).feedback().html().split("\n").length);
        NumericBody example = qs.get(42).body(NumericBody.class);
        assertEquals("He was born in 1822.\nYou get 50% credit for being close.", example.answers().get(1).feedback().html());
        assertEquals(0, new BigDecimal("0.5").compareTo(example.answers().get(1).fraction()));
        assertEquals(0, new BigDecimal("2").compareTo(example.answers().get(1).tolerance()));
    }
}
