package vn.khaothi.itembank.infrastructure.format.qti21;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.itembank.infrastructure.format.FormatAssertions;
import vn.khaothi.itembank.infrastructure.format.PeerFixtures;

/** The IMS/qti-sdk samples through our reader, checked against qti21/README.md. */
class QtiConformanceTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new QtiReader()));

    private static ImportResult item(String name) {
        return IMPORT.run(ItemFormat.QTI21, PeerFixtures.bytes("qti21/items/" + name), null);
    }

    private static ItemContent one(String name) {
        ImportResult r = item(name);
        assertTrue(r.accepted(), () -> name + ": " + r.problems());
        assertEquals(1, r.items().size(), () -> name + ": " + r.warnings());
        return r.items().get(0).content();
    }

    private static void skippedWithWarning(String name, String interaction) {
        ImportResult r = item(name);
        assertTrue(r.accepted(), r.problems().toString());
        assertTrue(r.items().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains(interaction) && w.message().contains("not imported")),
                r.warnings().toString());
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void everyFileIsReadWithoutCrashing() {
        for (Path file : PeerFixtures.list("qti21/items", ".xml")) {
            ImportResult r = IMPORT.run(ItemFormat.QTI21, PeerFixtures.bytes("qti21/items/" + file.getFileName()), null);
            assertTrue(r.accepted(), () -> file + ": " + r.problems());
            assertTrue(r.items().size() + r.warnings().size() > 0, file.toString());
        }
        for (Path file : PeerFixtures.list("qti21/tests/interaction_mix_sachsen", ".xml")) {
            ImportResult r = ItemImport.validated(new QtiReader().read(file, ImportProgressListener.NONE));
            assertTrue(r.accepted(), () -> file + ": " + r.problems());
        }
    }

    @Test
    void choice() {
        ItemContent q = one("choice.xml");
        assertEquals(ItemTypeCode.SINGLE_CHOICE, q.type());
        assertEquals("Unattended Luggage", q.name());
        assertEquals("choice", q.idnumber());
        assertTrue(q.stem().html().contains("src=\"images/sign.png\""), "media reference kept: " + q.stem());
        assertTrue(q.stem().text().contains("What does it say?"));
        FormatAssertions.key(q, "You must stay with your luggage at all times.");
        assertEquals("ChoiceA", q.body(ChoiceBody.class).options().get(0).id());
    }

    @Test
    void choiceMultipleWithMapping() {
        ItemContent q = one("choice_multiple.xml");
        assertEquals(ItemTypeCode.MULTIPLE_RESPONSE, q.type());
        assertEquals(0, d("2").compareTo(q.defaultPoints()));
        Map<String, BigDecimal> fractions = q.body(ChoiceBody.class).options().stream()
                .collect(Collectors.toMap(o -> o.id(), o -> o.fraction()));
        assertEquals(0, d("0.5").compareTo(fractions.get("H")));
        assertEquals(0, d("0.5").compareTo(fractions.get("O")));
        assertEquals(0, d("-0.5").compareTo(fractions.get("Cl")));
        assertEquals(0, d("-1").compareTo(fractions.get("N")));
        FormatAssertions.key(q, "Hydrogen", "Oxygen");
    }

    @Test
    void textEntryWithCaseSensitiveMapping() {
        ItemContent q = one("text_entry.xml");
        assertEquals(ItemTypeCode.SHORT_TEXT, q.type());
        TextAnswerBody body = q.body(TextAnswerBody.class);
        assertTrue(body.caseSensitive());
        assertEquals(List.of("York", "york"), body.answers().stream().map(a -> a.text()).toList());
        assertEquals(List.of("1", "0.5"), body.answers().stream().map(a -> a.fraction().toPlainString()).toList());
        assertTrue(q.stem().text().contains("_____"));
    }

    @Test
    void extendedTextIsAnEssay() {
        assertEquals(ItemTypeCode.ESSAY, one("extended_text.xml").type());
    }

    @Test
    void order() {
        ItemContent q = one("order.xml");
        assertEquals(ItemTypeCode.ORDERING, q.type());
        assertEquals(List.of("DriverC", "DriverA", "DriverB"),
                q.body(OrderingBody.class).sequence().stream().map(o -> o.id()).toList());
    }

    @Test
    void matchWithWeights() {
        ItemContent q = one("match.xml");
        assertEquals(ItemTypeCode.MATCHING, q.type());
        MatchingBody body = q.body(MatchingBody.class);
        Map<String, MatchPair> byId = body.premises().stream().collect(Collectors.toMap(MatchPair::id, p -> p));
        assertEquals("Romeo and Juliet", byId.get("C").right());
        assertEquals("A Midsummer-Night's Dream", byId.get("D").right());
        assertEquals("A Midsummer-Night's Dream", byId.get("L").right());
        assertEquals("The Tempest", byId.get("P").right());
        assertEquals(0, d("0.5").compareTo(byId.get("D").weight()));
        assertEquals(0, d("3").compareTo(q.defaultPoints()));
    }

    @Test
    void inlineChoiceAndGapMatchAreCloze() {
        ItemContent inline = one("inline_choice.xml");
        assertEquals(ItemTypeCode.CLOZE, inline.type());
        Gap g = inline.body(ClozeBody.class).gaps().get(0);
        assertEquals(GapKind.CHOICE, g.kind());
        assertEquals("Y", g.answers().stream().filter(a -> a.fraction().signum() > 0).findFirst().orElseThrow().id());
        assertTrue(inline.stem().html().contains(g.placeholder()));

        ItemContent gapMatch = one("gap_match.xml");
        List<Gap> gaps = gapMatch.body(ClozeBody.class).gaps();
        assertEquals(List.of("G1", "G2"), gaps.stream().map(Gap::id).toList());
        assertEquals("W", gaps.get(0).answers().stream().filter(a -> a.fraction().signum() > 0).findFirst().orElseThrow().id());
        assertEquals("Su", gaps.get(1).answers().stream().filter(a -> a.fraction().signum() > 0).findFirst().orElseThrow().id());
        assertEquals(0, d("2").compareTo(gaps.get(1).weight()));
        assertEquals(0, d("3").compareTo(gapMatch.defaultPoints()));
    }

    @Test
    void trueFalseChoicesWithFeedback() {
        ItemContent inline = one("feedbackInline.xml");
        assertEquals(ItemTypeCode.TRUE_FALSE, inline.type());
        assertTrue(inline.body(TrueFalseBody.class).answer());
        assertEquals(0, d("10").compareTo(inline.defaultPoints()));
        assertTrue(inline.body(TrueFalseBody.class).feedbackTrue().text().contains("That's correct"));
        ItemContent modal = one("modalFeedback.xml");
        assertEquals(ItemTypeCode.TRUE_FALSE, modal.type());
        assertTrue(modal.body(TrueFalseBody.class).answer());
    }

    @Test
    void interactionsWeCannotRepresentAreSkippedWithAWarning() {
        skippedWithWarning("hotspot.xml", "hotspotInteraction");
        skippedWithWarning("select_point.xml", "selectPointInteraction");
        skippedWithWarning("graphic_order.xml", "graphicOrderInteraction");
        skippedWithWarning("slider.xml", "sliderInteraction");
        skippedWithWarning("hottext.xml", "hottextInteraction");
        skippedWithWarning("associate.xml", "associateInteraction");
        skippedWithWarning("template.xml", "templated");
    }

    @Test
    void sachsenTestBecomesOneChapterOfItsSection() {
        Path test = PeerFixtures.file("qti21/tests/interaction_mix_sachsen/interaction_mix_sachsen.xml");
        int[] progress = new int[2];
        ImportResult r = ItemImport.validated(new QtiReader().read(test, (parsed, total) -> {
            progress[0] = parsed;
            progress[1] = total;
        }));
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(13, progress[1], "13 assessmentItemRefs");
        assertEquals(13, progress[0]);
        assertEquals(1, r.chapters().size());
        assertEquals("Sektion_181865064", r.chapters().get(0).key());
        assertEquals(11, r.items().size(), "hotspot and hottext skipped");
        assertTrue(r.items().stream().allMatch(i -> i.chapterKey().equals("Sektion_181865064")));
        assertEquals(2, r.warnings().stream().filter(w -> w.message().contains("not imported")).count(), r.warnings().toString());
        BigDecimal points = r.items().stream().map(i -> i.content().defaultPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, d("16").compareTo(points), "MAXSCORE 18 less the two skipped 1-point items");

        Map<String, ItemContent> byTitle = r.items().stream().map(ImportedItem::content)
                .collect(Collectors.toMap(ItemContent::idnumber, c -> c));
        ItemContent tf = byTitle.get("Choicetruefalse_176040516");
        assertEquals("choice_1164834606", tf.body(ChoiceBody.class).options().stream().filter(o -> o.isCorrect()).findFirst().orElseThrow().id());
        assertEquals(List.of("choice_693643701", "choice_853818748"), byTitle.get("Choicemultiple_2014410822")
                .body(ChoiceBody.class).options().stream().filter(o -> o.isCorrect()).map(o -> o.id()).sorted().toList());
        ItemContent perAnswer = byTitle.get("Choicemultiple_871212949");
        assertEquals(0, d("3").compareTo(perAnswer.defaultPoints()));
        assertEquals(3, perAnswer.body(ChoiceBody.class).options().stream().filter(o -> o.isCorrect()).count());
        assertEquals(List.of("Choice0", "Choice1", "Choice2", "Choice3", "Choice4"),
                byTitle.get("Order_913967682").body(OrderingBody.class).sequence().stream().map(o -> o.id()).toList());
        assertEquals(List.of("Dresden", "Leipzig", "Halle", "Bautzen"), byTitle.get("Matchsingle_143114773")
                .body(MatchingBody.class).premises().stream().map(MatchPair::right).toList());
        assertEquals(2L, byTitle.get("Matchmultiple_1038910213").body(MatchingBody.class).premises().stream()
                .filter(p -> p.right().equals("Dresden")).count());
        TextAnswerBody fichtelberg = byTitle.get("TextEntry_883368511").body(TextAnswerBody.class);
        assertEquals("Fichtelberg", fichtelberg.answers().get(0).text());
        assertFalse(fichtelberg.caseSensitive());
        List<Gap> borders = byTitle.get("TextEntrynumeric_2040297025").body(ClozeBody.class).gaps();
        assertEquals(List.of("4.0", "2.0"), borders.stream().map(g -> g.answers().get(0).text()).toList());
        NumericBody inhabitants = byTitle.get("TextEntrynumeric_770468849").body(NumericBody.class);
        assertEquals(0, d("4.136").compareTo(inhabitants.answers().get(0).value()));
        assertEquals(0, d("0.2068").compareTo(inhabitants.answers().get(0).tolerance()), "5 % of 4.136");
        List<Gap> cities = byTitle.get("TextEntrysubset_806481421").body(ClozeBody.class).gaps();
        assertEquals(3, cities.size());
        assertTrue(cities.stream().allMatch(g -> !g.caseSensitive()
                && g.answers().stream().map(a -> a.text()).toList().equals(List.of("Dresden", "Chemnitz", "Leipzig"))));
        r.items().forEach(i -> assertEquals(List.of(), ItemTypes.validate(i.content()), i.content().idnumber()));
    }

    @Test
    void emptyTestIsAcceptedWithNoItems() {
        ImportResult r = IMPORT.run(ItemFormat.QTI21, PeerFixtures.bytes("qti21/tests/empty_test_v2p1.xml"), null);
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(0, r.items().size());
        assertEquals("S01", r.chapters().get(0).key());
    }

    @Test
    void aTestWhoseItemsAreMissingIsRejected() {
        ImportResult r = IMPORT.run(ItemFormat.QTI21,
                PeerFixtures.bytes("qti21/tests/interaction_mix_sachsen/interaction_mix_sachsen.xml"), null);
        assertFalse(r.accepted());
        assertEquals(13, r.problems().size());
        assertTrue(r.problems().get(0).line() > 0);
    }
}
