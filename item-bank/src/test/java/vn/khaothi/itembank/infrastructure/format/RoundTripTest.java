package vn.khaothi.itembank.infrastructure.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.exporting.ExportItem;
import vn.khaothi.itembank.application.exporting.ExportNotPossibleException;
import vn.khaothi.itembank.application.exporting.ExportResult;
import vn.khaothi.itembank.application.exporting.ItemWriter;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.application.importing.ItemReader;
import java.math.BigDecimal;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.infrastructure.format.gift.GiftReader;
import vn.khaothi.itembank.infrastructure.format.gift.GiftWriter;
import vn.khaothi.itembank.infrastructure.format.json.KhaothiJsonReader;
import vn.khaothi.itembank.infrastructure.format.moodlexml.MoodleXmlReader;
import vn.khaothi.itembank.infrastructure.format.moodlexml.MoodleXmlWriter;
import vn.khaothi.itembank.infrastructure.format.qti21.QtiReader;
import vn.khaothi.itembank.infrastructure.format.qti21.QtiWriter;

/**
 * import(export(x)) == x for every type a format expresses, over items that came from every
 * reader (GIFT, Moodle XML, QTI and khaothi-json samples), and a clear refusal for the rest.
 */
class RoundTripTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new GiftReader(), new MoodleXmlReader(),
            new KhaothiJsonReader(), new QtiReader()));

    private static List<ImportedItem> imported(ItemFormat format, byte[] file) {
        ImportResult r = IMPORT.run(format, file, null);
        assertTrue(r.accepted(), r.problems().toString());
        return r.items();
    }

    /** Samples of every type, from every reader. */
    static List<ImportedItem> samples() {
        List<ImportedItem> all = new ArrayList<>();
        all.addAll(imported(ItemFormat.GIFT, PeerFixtures.bytes("moodle/gift/examples.txt")));
        all.addAll(imported(ItemFormat.GIFT, PeerFixtures.bytes("moodle/gift/questions.gift.txt")));
        all.addAll(imported(ItemFormat.GIFT, PeerFixtures.bytes("moodle/gift/questions_in_category.gift.txt")));
        for (String f : List.of("nested_categories_with_questions.xml", "multianswer.xml", "multichoice.xml",
                "inline/test_import_multianswer.xml", "inline/test_import_match_19.xml", "inline/test_import_numerical_19.xml",
                "inline/test_import_essay_311.xml", "inline/test_import_shortanswer_19.xml", "inline/test_export_multianswer_withdollars.xml")) {
            all.addAll(imported(ItemFormat.MOODLE_XML, PeerFixtures.bytes("moodle/xml/" + f)));
        }
        all.addAll(imported(ItemFormat.KHAOTHI_JSON, vn.khaothi.itembank.infrastructure.format.json.KhaothiJsonReaderTest.BANK
                .getBytes(StandardCharsets.UTF_8)));
        return all;
    }

    private static void roundTrip(ItemWriter writer, ItemFormat format, List<ImportedItem> items,
                                  java.util.function.UnaryOperator<ItemContent> whatTheFormatKeeps) {
        roundTrip(writer, format, items, whatTheFormatKeeps, k -> k);
    }

    private static void roundTrip(ItemWriter writer, ItemFormat format, List<ImportedItem> items,
                                  java.util.function.UnaryOperator<ItemContent> whatTheFormatKeeps,
                                  java.util.function.UnaryOperator<String> chapterKept) {
        // Grouped by chapter, as a QTI test writes one section per chapter.
        List<ImportedItem> expressible = items.stream().filter(i -> writer.expresses().contains(i.content().type()))
                .collect(java.util.stream.Collectors.groupingBy(ImportedItem::chapterKey, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()))
                .values().stream().flatMap(List::stream).toList();
        assertTrue(expressible.stream().map(i -> i.content().type()).distinct().count() >= writer.expresses().size(),
                "samples cover every type " + format + " expresses");
        ExportResult written = writer.write(expressible.stream().map(i -> new ExportItem(i.chapterKey(), i.content())).toList());
        List<ImportedItem> back = imported(format, written.file());
        assertEquals(expressible.size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            ItemContent original = whatTheFormatKeeps.apply(expressible.get(i).content());
            assertEquals(original, back.get(i).content(), format + " item " + (i + 1));
            assertEquals(chapterKept.apply(expressible.get(i).chapterKey()), back.get(i).chapterKey(), format + " chapter of item " + (i + 1));
        }
    }

    @Test
    void gift() {
        // Points and the essay guide travel in our own comment markers; Moodle would lose them (warned).
        roundTrip(new GiftWriter(), ItemFormat.GIFT, samples(), c -> Lossy.withoutCase(Lossy.withoutWeights(Lossy.withoutLocks(c))));
    }

    @Test
    void moodleXml() {
        roundTrip(new MoodleXmlWriter(), ItemFormat.MOODLE_XML, samples(), c -> Lossy.withoutWeights(Lossy.withoutLocks(c)));
    }

    @Test
    void qti21() {
        List<ImportedItem> samples = new ArrayList<>(samples());
        for (String f : List.of("choice.xml", "choice_multiple.xml", "order.xml", "match.xml", "inline_choice.xml", "text_entry.xml")) {
            samples.addAll(imported(ItemFormat.QTI21, PeerFixtures.bytes("qti21/items/" + f)));
        }
        List<ImportedItem> portable = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            ImportedItem item = samples.get(i);
            if (qtiCarriesExactly(item.content())) {
                ItemContent c = item.content().idnumber().isEmpty() ? item.content().withIdnumber("item" + i) : item.content();
                portable.add(new ImportedItem(item.chapterKey(), item.level(), c, item.line()));
            }
        }
        roundTrip(new QtiWriter(), ItemFormat.QTI21, portable, RoundTripTest::whatQtiKeeps, QtiWriter::sectionIdentifier);
    }

    /** QTI has no source or author, nor essay guides (the writer warns); tags and general feedback travel. */
    private static ItemContent whatQtiKeeps(ItemContent c) {
        ItemContent kept = new ItemContent(c.type(), c.name(), c.stem(), c.generalFeedback(), c.defaultPoints(), c.tags(), "", "",
                c.idnumber(), c.body());
        return Lossy.withoutEssayGuide(kept);
    }

    /** Samples whose every detail QTI can carry (the writer warns about the others). */
    private static boolean qtiCarriesExactly(ItemContent c) {
        Object body = c.body();
        if (body instanceof ChoiceBody b && c.type() == ItemTypeCode.SINGLE_CHOICE) {
            return true;
        }
        if (body instanceof TextAnswerBody b) {
            return b.answers().stream().allMatch(a -> a.fraction().signum() > 0 && a.feedback().isEmpty());
        }
        if (body instanceof NumericBody b) {
            return b.answers().size() == 1 && b.answers().get(0).feedback().isEmpty();
        }
        if (body instanceof MatchingBody b) {
            List<MatchPair> pairs = b.pairs();
            return pairs.subList(b.premises().size(), pairs.size()).stream().allMatch(MatchPair::isDistractor)
                    && b.pairs().stream().allMatch(p -> p.id().matches("[A-Za-z_].*"));
        }
        if (body instanceof ClozeBody b) {
            return (b.gaps().size() > 1 || b.gaps().get(0).kind() == GapKind.CHOICE) && b.gaps().stream().allMatch(g -> g.id().matches("[A-Za-z_].*")
                    && g.weight().compareTo(BigDecimal.ONE) == 0
                    && g.answers().stream().allMatch(a -> a.feedback().isEmpty() && (a.fraction().signum() > 0 || g.kind() == GapKind.CHOICE)));
        }
        return c.type() != ItemTypeCode.TRUE_FALSE_CLUSTER;
    }

    @Test
    void giftTrueFalseWithOnlyTheWrongChoicesFeedbackKeepsItsGeneralFeedback() {
        // Found by RoundTripPropertyTest: "FALSE#wrong#" + "####general" read back as "#general".
        for (boolean answer : new boolean[] {true, false}) {
            ItemContent tf = ItemContent.of(ItemTypeCode.TRUE_FALSE, RichText.plain("Hàm số y = 2x + 1 đồng biến"),
                    new vn.khaothi.itembank.domain.item.TrueFalseBody(answer, answer ? RichText.EMPTY : RichText.plain("Xem lại hệ số a"),
                            answer ? RichText.plain("Xem lại hệ số a") : RichText.EMPTY))
                    .withGeneralFeedback(RichText.plain("a = 2 > 0"));
            ExportResult written = new GiftWriter().write(List.of(new ExportItem("C1", tf)));
            ItemContent back = imported(ItemFormat.GIFT, written.file()).get(0).content();
            assertEquals("a = 2 &gt; 0", back.generalFeedback().html(), new String(written.file(), StandardCharsets.UTF_8));
            assertEquals(tf.body(vn.khaothi.itembank.domain.item.TrueFalseBody.class),
                    back.body(vn.khaothi.itembank.domain.item.TrueFalseBody.class));
        }
    }

    @Test
    void typesAFormatCannotExpressAreRefusedNotDropped() {
        List<ExportItem> cluster = samples().stream().filter(i -> i.content().type() == ItemTypeCode.TRUE_FALSE_CLUSTER)
                .map(i -> new ExportItem("", i.content())).toList();
        for (ItemWriter writer : List.of(new GiftWriter(), new MoodleXmlWriter(), new QtiWriter())) {
            ExportNotPossibleException e = assertThrows(ExportNotPossibleException.class, () -> writer.write(cluster));
            assertTrue(e.getMessage().contains("TRUE_FALSE_CLUSTER"), e.getMessage());
        }
        List<ExportItem> ordering = samples().stream().filter(i -> i.content().type() == ItemTypeCode.ORDERING)
                .map(i -> new ExportItem("", i.content())).toList();
        assertThrows(ExportNotPossibleException.class, () -> new GiftWriter().write(ordering));
    }

    @Test
    void whatAFormatCannotCarryIsWarnedAbout() {
        ItemContent quarter = samples().stream().filter(i -> i.content().type() == ItemTypeCode.SINGLE_CHOICE
                && i.content().defaultPoints().compareTo(new java.math.BigDecimal("0.25")) == 0).findFirst().orElseThrow().content();
        ExportResult r = new GiftWriter().write(List.of(new ExportItem("", quarter)));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("points")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("lock")), r.warnings().toString());
    }
}
