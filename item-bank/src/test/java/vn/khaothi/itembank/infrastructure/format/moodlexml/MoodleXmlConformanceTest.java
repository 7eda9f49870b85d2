package vn.khaothi.itembank.infrastructure.format.moodlexml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;
import vn.khaothi.itembank.infrastructure.format.FormatAssertions;
import vn.khaothi.itembank.infrastructure.format.PeerFixtures;

/** Moodle's XML fixtures through our reader, checked against moodle/xml/EXPECTED.md. */
class MoodleXmlConformanceTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new MoodleXmlReader()));

    private static ImportResult importFile(String name) {
        return IMPORT.run(ItemFormat.MOODLE_XML, PeerFixtures.bytes("moodle/xml/" + name), null);
    }

    private static ImportResult accepted(String name) {
        ImportResult result = importFile(name);
        assertTrue(result.accepted(), () -> name + ": " + result.problems());
        return result;
    }

    private static ItemContent one(String name) {
        ImportResult result = accepted(name);
        assertEquals(1, result.items().size(), name);
        return result.items().get(0).content();
    }

    private static Map<String, String> chapterOfItem(ImportResult result) {
        return result.items().stream().collect(Collectors.toMap(i -> i.content().name(), ImportedItem::chapterKey));
    }

    private static ImportedChapter chapter(ImportResult result, String key) {
        return result.chapters().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void everyFileIsReadOrClearlyRejected() {
        List<String> negative = List.of("error_invalid_grades.xml", "broken_cloze_questions.xml",
                "test_import_files_as_draft.xml", "test_import_hints_no_parts.xml", "test_import_hints_with_parts.xml",
                "test_import_no_hints_no_error.xml");
        for (Path file : PeerFixtures.list("moodle/xml", ".xml")) {
            ImportResult result = importFile(file.getFileName().toString());
            assertEquals(!negative.contains(file.getFileName().toString()), result.accepted(), () -> file + ": " + result.problems());
        }
        for (Path file : PeerFixtures.list("moodle/xml/inline", ".xml")) {
            ImportResult result = importFile("inline/" + file.getFileName());
            boolean bad = negative.contains(file.getFileName().toString());
            assertEquals(!bad, result.accepted(), () -> file + ": " + result.problems());
            if (bad) {
                assertTrue(result.problems().stream().allMatch(p -> p.line() > 0), result.problems().toString());
            }
        }
    }

    @Test
    void trueFalseFileWithEmbeddedImages() {
        ImportResult result = accepted("truefalse.xml");
        assertEquals(2, result.items().size());
        assertEquals("Default for testhead/TrueFalse", result.items().get(0).chapterKey());
        ItemContent falseOne = result.items().stream().filter(i -> i.content().name().equals("Moodle acronym (False)"))
                .findFirst().orElseThrow().content();
        ItemContent trueOne = result.items().stream().filter(i -> i.content().name().equals("Moodle acronym (True)"))
                .findFirst().orElseThrow().content();
        assertFalse(falseOne.body(TrueFalseBody.class).answer());
        assertTrue(falseOne.stem().text().contains("Education"));
        assertTrue(trueOne.body(TrueFalseBody.class).answer());
        assertTrue(trueOne.stem().text().contains("Environment"));
        assertTrue(trueOne.stem().html().contains("src=\"data:image/jpeg;base64,"), "logo.jpg inlined");
        assertTrue(trueOne.generalFeedback().html().contains("data:image/jpeg;base64,"), "infos.jpg inlined");
    }

    @Test
    void multichoiceFile() {
        ItemContent q = one("multichoice.xml");
        assertEquals("Greeting", q.name());
        assertEquals(ItemTypeCode.SINGLE_CHOICE, q.type());
        assertTrue(q.stem().text().contains("What language is being spoken?"));
        FormatAssertions.key(q, "French");
        assertEquals(4, q.body(vn.khaothi.itembank.domain.item.ChoiceBody.class).options().size());
        assertEquals("<p>Sorry, listen again.</p>", q.body(vn.khaothi.itembank.domain.item.ChoiceBody.class).options().get(0).feedback().html());
        ImportResult result = accepted("multichoice.xml");
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("bonjour.mp3")), "the mp3 cannot be kept: warned");
    }

    @Test
    void clozeFiles() {
        ItemContent q = one("multianswer.xml");
        assertEquals(ItemTypeCode.CLOZE, q.type());
        assertEquals("cloze with images", q.name());
        assertTrue(q.stem().text().contains("Match the following cities with the correct state,"));
        List<Gap> gaps = q.body(ClozeBody.class).gaps();
        assertEquals(5, gaps.size());
        assertEquals(0, new BigDecimal("5").compareTo(q.defaultPoints()));
        assertEquals(List.of("California", "Arizona", "California", "Arizona"), gaps.subList(0, 4).stream()
                .map(g -> g.answers().stream().filter(a -> a.fraction().compareTo(BigDecimal.ONE) == 0).findFirst().orElseThrow().text())
                .toList());
        Gap france = gaps.get(4);
        assertEquals(GapKind.TEXT, france.kind());
        assertEquals(List.of("Paris", "Marseille", "*"), france.answers().stream().map(a -> a.text()).toList());
        assertEquals(List.of(1.0, 0.5, 0.0), france.answers().stream().map(a -> a.fraction().doubleValue()).toList());
        assertTrue(france.answers().get(0).feedback().html().startsWith("Congratulations!<br>"));

        ImportResult old = accepted("sample_questions_with_old_image_tag.xml");
        assertEquals(2, old.items().size());
        ItemContent mcq = old.items().get(1).content();
        assertEquals("mcq with image", mcq.name());
        FormatAssertions.choices(mcq, "wrong answer", 0, "", "another wrong answer", 0, "", "right answer", 1, "");
        assertTrue(mcq.stem().html().contains("src=\"data:image/png;base64,"));
        assertTrue(old.items().get(0).content().stem().text().startsWith("This is a multianswer question with an image in the old"));
    }

    @Test
    void categories() {
        ImportResult alpha = accepted("category_with_description.xml");
        ImportedChapter a = chapter(alpha, "Alpha");
        assertEquals("", a.parentKey());
        assertEquals("This is Alpha category for test", a.description());
        assertEquals("alpha-idnumber", a.idnumber());
        ItemContent q = alpha.items().get(0).content();
        assertEquals("Alpha Question", q.name());
        assertEquals("<p>Testing Alpha Question</p>", q.stem().html());
        assertTrue(q.body(TrueFalseBody.class).answer());
        assertEquals("Alpha", alpha.items().get(0).chapterKey());
        for (String same : List.of("deprecated_category.xml", "export_category.xml")) {
            ImportResult r = accepted(same);
            assertEquals(a, chapter(r, "Alpha"), same);
            assertEquals(q.stem(), r.items().get(0).content().stem(), same);
        }

        ImportResult nested = accepted("nested_categories.xml");
        assertEquals("Delta", chapter(nested, "Delta/Epsilon").parentKey());
        assertEquals("Delta/Epsilon", chapter(nested, "Delta/Epsilon/Zeta").parentKey());
        assertEquals("This is Delta category for test", chapter(nested, "Delta").description());
        assertEquals("Delta/Epsilon/Zeta", nested.items().get(0).chapterKey());

        ImportResult withQuestions = accepted("nested_categories_with_questions.xml");
        assertEquals(Map.of("Iota Question", "Iota", "Kappa Essay Question", "Iota/Kappa", "Kappa Question", "Iota/Kappa",
                "Lambda Question", "Iota/Kappa/Lambda", "Mu Question", "Iota/Mu"), chapterOfItem(withQuestions));
        assertEquals("Iota", chapter(withQuestions, "Iota/Mu").parentKey());

        ImportResult old = accepted("old_format_file.xml");
        assertEquals(Map.of("Pi Question", "Pi", "Rho Question", "Pi/Rho"), chapterOfItem(old));
        assertEquals("", chapter(old, "Pi").description());

        ImportResult reverse = accepted("categories_reverse_order.xml");
        assertEquals(Map.of("Tau Question", "Sigma/Tau", "Sigma Question", "Sigma"), chapterOfItem(reverse));
        assertEquals("Sigma", chapter(reverse, "Sigma/Tau").parentKey());
        ItemContent sigma = reverse.items().stream().filter(i -> i.content().name().equals("Sigma Question")).findFirst()
                .orElseThrow().content();
        assertEquals(ItemTypeCode.SHORT_TEXT, sigma.type());
        assertEquals(List.of("yes", "no", "may be"), sigma.body(TextAnswerBody.class).answers().stream().map(x -> x.text()).toList());
        assertFalse(sigma.body(TextAnswerBody.class).caseSensitive());
    }

    @Test
    void idnumbersWithHtmlCharacters() {
        ImportResult r = accepted("html_chars_in_idnumbers.xml");
        assertEquals("The inequalities < & >", r.chapters().get(r.chapters().size() - 1).idnumber());
        assertEquals("T & F", r.items().get(0).content().idnumber());
    }

    @Test
    void invalidGradesRejectTheWholeFile() {
        ImportResult r = importFile("error_invalid_grades.xml");
        assertFalse(r.accepted());
        assertTrue(r.items().isEmpty());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("0.33")
                && p.message().contains("Question with invalid grades : x > 1 & x < 2") && p.line() > 0), r.problems().toString());
    }

    @Test
    void brokenClozeQuestionsAreAllReported() {
        ImportResult r = importFile("broken_cloze_questions.xml");
        assertFalse(r.accepted());
        assertTrue(r.items().isEmpty());
        String all = r.problems().toString();
        for (String name : List.of("Multianswer question without subquestions", "Multichoice subquestion without choices",
                "Multichoice subquestion with only one choice", "Multichoice subquestion with no completely correct answer",
                "Numerical subquestion with buggy answer")) {
            assertTrue(all.contains(name), name + " in " + all);
        }
        assertTrue(all.contains("at least one embedded answer"));
        assertTrue(all.contains("at least 2 choices"));
        assertTrue(all.contains("must score 100 %"));
        assertTrue(all.contains("must be a number"));
        assertTrue(all.toLowerCase().contains("invalid embedded answers (cloze) question"));
    }

    @Test
    void inlineImportCases() {
        ImportResult description = accepted("inline/test_import_description.xml");
        assertTrue(description.items().isEmpty());
        assertTrue(description.warnings().stream().anyMatch(w -> w.message().contains("description")));

        ItemContent essay20 = one("inline/test_import_essay_20.xml");
        assertEquals("An essay", essay20.name());
        assertEquals("Write something.", essay20.stem().html());
        assertEquals("I hope you wrote something interesting.", essay20.generalFeedback().html());
        assertEquals(List.of("tagEssay", "tagEssay20", "tagTest"), essay20.tags());
        ItemContent essay21 = one("inline/test_import_essay_21.xml");
        assertEquals("<p>Grade <b>generously</b>!</p>", essay21.body(EssayBody.class).guidance().html());
        assertEquals("<p>Here is something <b>really</b> interesting.</p>", essay21.body(EssayBody.class).responseTemplate().html());

        ItemContent match = one("inline/test_import_match_19.xml");
        assertEquals(ItemTypeCode.MATCHING, match.type());
        assertEquals("Match the upper and lower case letters.", match.stem().text());
        assertEquals(List.of("A", "B", "C", ""), match.body(MatchingBody.class).pairs().stream().map(p -> p.left().text()).toList());
        assertEquals(List.of("a", "b", "c", "d"), match.body(MatchingBody.class).pairs().stream().map(p -> p.right()).toList());
        assertEquals("The answer is A -> a, B -> b and C -> c.", match.generalFeedback().text());

        ItemContent mc = one("inline/test_import_multichoice_19.xml");
        assertEquals(ItemTypeCode.MULTIPLE_RESPONSE, mc.type());
        assertEquals(0, new BigDecimal("2").compareTo(mc.defaultPoints()));
        FormatAssertions.choices(mc, "1", 0, "", "2", 1, "", "3", 0, "", "4", 1, "");

        ItemContent num = one("inline/test_import_numerical_19.xml");
        NumericBody nb = num.body(NumericBody.class);
        assertEquals(3, nb.answers().size());
        assertEquals(0, new BigDecimal("42").compareTo(nb.answers().get(0).value()));
        assertEquals(0, new BigDecimal("0.001").compareTo(nb.answers().get(0).tolerance()));
        assertEquals("Well done!", nb.answers().get(0).feedback().text());
        assertEquals(0, BigDecimal.ONE.compareTo(nb.answers().get(1).tolerance()));
        assertTrue(nb.answers().get(2).isCatchAll());
        assertEquals("Completely wrong.", nb.answers().get(2).feedback().text());

        ItemContent sa = one("inline/test_import_shortanswer_19.xml");
        assertEquals("Fill in the gap in this sequence: Alpha, ________, Gamma.", sa.stem().text());
        assertEquals(List.of("Beta", "*"), sa.body(TextAnswerBody.class).answers().stream().map(a -> a.text()).toList());
        assertEquals("Doh!", sa.body(TextAnswerBody.class).answers().get(1).feedback().text());

        ItemContent tf = one("inline/test_import_truefalse_19.xml");
        assertTrue(tf.body(TrueFalseBody.class).answer());
        assertEquals("Well done!", tf.body(TrueFalseBody.class).feedbackTrue().text());
        assertEquals("Doh!", tf.body(TrueFalseBody.class).feedbackFalse().text());
        assertEquals("TestIdNum1", one("inline/test_import_truefalse_with_idnumber.xml").idnumber());

        ItemContent cloze = one("inline/test_import_multianswer.xml");
        assertEquals("id-101", cloze.idnumber());
        assertEquals(0, new BigDecimal("2").compareTo(cloze.defaultPoints()));
        assertEquals("Complete this opening line of verse: \"The {#1} and the {#2} went to sea\".", cloze.stem().html());
        Gap g1 = cloze.body(ClozeBody.class).gaps().get(0);
        Gap g2 = cloze.body(ClozeBody.class).gaps().get(1);
        assertEquals(GapKind.TEXT, g1.kind());
        assertEquals(List.of("Dog", "Owl", "*"), g1.answers().stream().map(a -> a.text()).toList());
        assertEquals(GapKind.CHOICE, g2.kind());
        assertEquals(List.of("Bow-wow", "Wiggly worm", "Pussy-cat"), g2.answers().stream().map(a -> a.text()).toList());
        assertEquals(List.of(0.0, 0.0, 1.0), g2.answers().stream().map(a -> a.fraction().doubleValue()).toList());
        assertEquals(List.of("tagCloze", "tagTest"), cloze.tags());
    }

    @Test
    void inlineExportCasesReadBackAsTheQuestionTheyDescribe() {
        assertEquals(one("inline/test_import_truefalse_19.xml").body(TrueFalseBody.class),
                one("inline/test_export_truefalse.xml").body(TrueFalseBody.class));
        assertEquals("TestIDNum2", one("inline/test_export_truefalse_with_idnumber.xml").idnumber());
        assertEquals(one("inline/test_import_numerical_19.xml").body(NumericBody.class),
                one("inline/test_export_numerical.xml").body(NumericBody.class));
        assertEquals(one("inline/test_import_match_19.xml").body(MatchingBody.class),
                one("inline/test_export_match.xml").body(MatchingBody.class));
        assertEquals(one("inline/test_import_essay_311.xml").body(EssayBody.class),
                one("inline/test_export_essay.xml").body(EssayBody.class));
        ItemContent dollars = one("inline/test_export_multianswer_withdollars.xml");
        assertEquals("Which is the right order? {#1}", dollars.stem().text());
        Gap gap = dollars.body(ClozeBody.class).gaps().get(0);
        assertEquals(List.of("y,y,$3", "$3,y,y"), gap.answers().stream().map(a -> a.text()).toList());
        assertEquals(0, BigDecimal.ONE.compareTo(gap.answers().get(0).fraction()));
        assertEquals(one("inline/test_import_multianswer.xml").body(ClozeBody.class),
                one("inline/test_export_multianswer.xml").body(ClozeBody.class));
        ItemContent mc = one("inline/test_export_multichoice.xml");
        FormatAssertions.choices(mc, "1", 0, "", "2", 1, "", "3", 0, "", "4", 1, "");
    }

    @Test
    void embeddedFilesThatAreNotImagesAreWarnedAbout() {
        ImportResult r = accepted("inline/test_import_truefalse_wih_files.xml");
        assertEquals(1, r.items().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("moodle.txt")), r.warnings().toString());
    }

    @Test
    void aQuestionWithoutATypeOrAFragmentIsRejectedWithItsPlace() {
        ImportResult empty = importFile("inline/test_import_no_hints_no_error.xml");
        assertFalse(empty.accepted());
        assertTrue(empty.problems().get(0).message().contains("no type"));
        assertEquals("/question", empty.problems().get(0).path());
        ImportResult fragment = importFile("inline/test_import_files_as_draft.xml");
        assertFalse(fragment.accepted());
        assertTrue(fragment.problems().get(0).message().contains("<quiz>"));
    }

    @Test
    void aGradeThatIsNotANumberIsAProblemNotACrash() {
        String xml = "<quiz>\n<question type=\"truefalse\"><name><text>x</text></name><questiontext><text>t</text></questiontext>"
                + "<defaultgrade>abc</defaultgrade><answer fraction=\"100\"><text>true</text></answer>"
                + "<answer fraction=\"0\"><text>false</text></answer></question></quiz>";
        ImportResult r = IMPORT.run(ItemFormat.MOODLE_XML, xml.getBytes(StandardCharsets.UTF_8), null);
        assertFalse(r.accepted());
        assertEquals(2, r.problems().get(0).line());
    }

    @Test
    void aFileThatIsNotXmlIsRejectedWithItsLine() {
        ImportResult r = IMPORT.run(ItemFormat.MOODLE_XML, "<quiz>\n<question type=\"essay\">\n</quiz>".getBytes(StandardCharsets.UTF_8), null);
        assertFalse(r.accepted());
        assertEquals(3, r.problems().get(0).line());
    }
}
