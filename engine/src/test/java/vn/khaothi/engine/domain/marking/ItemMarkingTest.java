package vn.khaothi.engine.domain.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.item.Rubric;

/** Walkthroughs of an item's marking: single, double within and beyond the threshold, the third mark, the head. */
class ItemMarkingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);
    private static final MarkingPolicy DOUBLE = new MarkingPolicy(true, true, new BigDecimal("0.5"));
    private static final Marker AN = new Marker("gv.an", false);
    private static final Marker BINH = new Marker("gv.binh", false);
    private static final Marker CUONG = new Marker("gv.cuong", false);
    private static final Marker HEAD = new Marker("totruong.toan", true);

    /** "Lập luận" up to 1,5 and "Trình bày" up to 0,5: a 2-point essay. */
    private static final Rubric RUBRIC = new Rubric(List.of(
            new Rubric.Criterion("c1", "Lập luận", List.of(new Rubric.Level("Thiếu", BigDecimal.ZERO),
                    new Rubric.Level("Một phần", new BigDecimal("0.75")), new Rubric.Level("Đầy đủ", new BigDecimal("1.5")))),
            new Rubric.Criterion("c2", "Trình bày", List.of(new Rubric.Level("Cẩu thả", BigDecimal.ZERO),
                    new Rubric.Level("Rõ ràng", new BigDecimal("0.5"))))));

    private static MarkInput points(String p) {
        return MarkInput.points(new BigDecimal(p));
    }

    private static MarkInput criteria(String c1, String c2) {
        return new MarkInput(null, Map.of("c1", new BigDecimal(c1), "c2", new BigDecimal(c2)), "Thiếu kết luận");
    }

    private static void assertPoints(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "no final mark");
        assertEquals(0, new BigDecimal(expected).compareTo(actual.get()), "final " + actual.get());
    }

    @Test
    void singleMarkingIsFinalAtTheFirstMark() {
        ItemMarking m = ItemMarking.open(MarkingPolicy.SINGLE, new BigDecimal("2"), Rubric.NONE, CLOCK);
        assertEquals(MarkingStatus.AWAITING_FIRST, m.status());
        assertEquals(Optional.empty(), m.finalPoints());
        Mark mark = m.mark(AN, points("1.25"));
        assertEquals(MarkRound.FIRST, mark.round());
        assertEquals(1, mark.seq());
        assertEquals(MarkingStatus.FINAL, m.status());
        assertPoints("1.25", m.finalPoints());
        MarkingRefused again = assertThrows(MarkingRefused.class, () -> m.mark(BINH, points("2")));
        assertEquals("ALREADY_FINAL", again.code());
        assertEquals(1, m.marks().size(), "a refused command changes nothing");
    }

    @Test
    void theRubricGivesThePointsScaledToTheItemOnThisPaper() {
        ItemMarking full = ItemMarking.open(MarkingPolicy.SINGLE, new BigDecimal("2"), RUBRIC, CLOCK);
        Mark mark = full.mark(AN, criteria("0.75", "0.5"));
        assertEquals(0, new BigDecimal("1.25").compareTo(mark.points()));
        assertEquals("Thiếu kết luận", mark.comment());
        assertEquals(new BigDecimal("0.75"), mark.criteria().get("c1"));

        ItemMarking half = ItemMarking.open(MarkingPolicy.SINGLE, new BigDecimal("1"), RUBRIC, CLOCK);
        half.mark(AN, criteria("1.5", "0.5"));
        assertPoints("1", half.finalPoints());
    }

    @Test
    void badMarksAreRefusedNamingTheField() {
        ItemMarking m = ItemMarking.open(MarkingPolicy.SINGLE, new BigDecimal("2"), RUBRIC, CLOCK);
        MarkingRefused over = assertThrows(MarkingRefused.class, () -> m.mark(AN, criteria("1.75", "0")));
        assertEquals("MARK_OUT_OF_RANGE", over.code());
        assertEquals("criteria.c1", over.field());
        MarkingRefused missing = assertThrows(MarkingRefused.class,
                () -> m.mark(AN, new MarkInput(null, Map.of("c1", BigDecimal.ONE), "")));
        assertEquals("criteria.c2", missing.field());
        MarkingRefused unknown = assertThrows(MarkingRefused.class, () -> m.mark(AN, new MarkInput(null,
                Map.of("c1", BigDecimal.ONE, "c2", BigDecimal.ZERO, "c9", BigDecimal.ZERO), "")));
        assertEquals("criteria.c9", unknown.field());
        MarkingRefused decimals = assertThrows(MarkingRefused.class, () -> m.mark(AN, criteria("0.125", "0")));
        assertEquals("VALIDATION_FAILED", decimals.code());
        MarkingRefused negative = assertThrows(MarkingRefused.class, () -> m.mark(AN, criteria("-0.25", "0")));
        assertEquals("MARK_OUT_OF_RANGE", negative.code());
        assertEquals(MarkingStatus.AWAITING_FIRST, m.status());
        assertTrue(m.marks().isEmpty());

        ItemMarking plain = ItemMarking.open(MarkingPolicy.SINGLE, new BigDecimal("1"), Rubric.NONE, CLOCK);
        assertEquals("points", assertThrows(MarkingRefused.class, () -> plain.mark(AN, points("1.5"))).field());
        assertEquals("points", assertThrows(MarkingRefused.class, () -> plain.mark(AN, MarkInput.points(null))).field());
        assertEquals("criteria", assertThrows(MarkingRefused.class, () -> plain.mark(AN, criteria("1", "0"))).field());
    }

    @Test
    void doubleMarkingWithinTheThresholdGivesTheMean() {
        ItemMarking m = ItemMarking.open(DOUBLE, new BigDecimal("2"), RUBRIC, CLOCK);
        m.mark(AN, criteria("1.5", "0"));
        assertEquals(MarkingStatus.AWAITING_SECOND, m.status());
        assertEquals(Optional.empty(), m.finalPoints(), "one mark is not enough");
        assertFalse(m.awaits("gv.an"), "the first marker does not see it again");
        assertTrue(m.awaits("gv.binh"));
        MarkingRefused same = assertThrows(MarkingRefused.class, () -> m.mark(AN, criteria("1.5", "0")));
        assertEquals("SAME_MARKER", same.code());
        Mark second = m.mark(BINH, criteria("1.5", "0.5"));  // 1.5 vs 2.0: exactly the threshold
        assertEquals(MarkRound.SECOND, second.round());
        assertEquals(MarkingStatus.FINAL, m.status());
        assertPoints("1.75", m.finalPoints());
    }

    @Test
    void aDisagreementGoesToAThirdMarkerWhoseMarkIsFinal() {
        ItemMarking m = ItemMarking.open(DOUBLE, new BigDecimal("2"), Rubric.NONE, CLOCK);
        m.mark(AN, points("0.5"));
        m.mark(BINH, points("1.25"));  // 0.75 apart > 0.5
        assertEquals(MarkingStatus.DISPUTED, m.status());
        assertEquals(Optional.empty(), m.finalPoints());
        assertEquals("SAME_MARKER", assertThrows(MarkingRefused.class, () -> m.mark(BINH, points("1"))).code());
        assertEquals("SAME_MARKER", assertThrows(MarkingRefused.class, () -> m.mark(AN, points("1"))).code());
        assertTrue(m.awaits("gv.cuong"));
        Mark third = m.mark(CUONG, points("1"));
        assertEquals(MarkRound.THIRD, third.round());
        assertPoints("1", m.finalPoints());
        assertEquals("NOT_DISPUTED", assertThrows(MarkingRefused.class,
                () -> m.decide(HEAD, points("2"), "x")).code());
    }

    @Test
    void theHeadDecidesADisputeWithAReason() {
        ItemMarking m = ItemMarking.open(DOUBLE, new BigDecimal("2"), Rubric.NONE, CLOCK);
        assertEquals("NOT_DISPUTED", assertThrows(MarkingRefused.class, () -> m.decide(HEAD, points("1"), "x")).code());
        m.mark(AN, points("0"));
        m.mark(BINH, points("2"));
        assertEquals("NOT_HEAD", assertThrows(MarkingRefused.class, () -> m.decide(CUONG, points("1"), "x")).code());
        assertEquals("reason", assertThrows(MarkingRefused.class, () -> m.decide(HEAD, points("1"), " ")).field());
        Mark decision = m.decide(HEAD, points("1.5"), "Lập luận đúng, thiếu một bước");
        assertEquals(MarkRound.HEAD_DECISION, decision.round());
        assertEquals("Lập luận đúng, thiếu một bước", decision.reason());
        assertPoints("1.5", m.finalPoints());
    }

    @Test
    void replayingTheStoredMarksRebuildsTheSameState() {
        ItemMarking live = ItemMarking.open(DOUBLE, new BigDecimal("2"), Rubric.NONE, CLOCK);
        live.mark(AN, points("0.25"));
        live.mark(BINH, points("1.75"));
        ItemMarking disputed = ItemMarking.replay(DOUBLE, new BigDecimal("2"), Rubric.NONE, reversed(live.marks()), CLOCK);
        assertEquals(MarkingStatus.DISPUTED, disputed.status());
        disputed.mark(CUONG, points("1"));
        ItemMarking done = ItemMarking.replay(DOUBLE, new BigDecimal("2"), Rubric.NONE, disputed.marks(), CLOCK);
        assertEquals(MarkingStatus.FINAL, done.status());
        assertPoints("1", done.finalPoints());
        assertEquals(3, done.marks().size());
    }

    private static List<Mark> reversed(List<Mark> marks) {
        List<Mark> copy = new java.util.ArrayList<>(marks);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aDoublePolicyNeedsAThreshold() {
        assertEquals("markingThreshold", assertThrows(MarkingRefused.class,
                () -> new MarkingPolicy(false, true, null)).field());
        assertThrows(MarkingRefused.class, () -> new MarkingPolicy(false, true, BigDecimal.ZERO));
        assertThrows(MarkingRefused.class, () -> new MarkingPolicy(false, true, new BigDecimal("0.125")));
        assertEquals(null, new MarkingPolicy(true, false, BigDecimal.ONE).threshold(), "no threshold without double marking");
    }

    @Test
    void blindCodesAreDistinctAndNotInRosterOrder() {
        List<String> codes = BlindCodes.draw(45, new Random(7));
        assertEquals(45, new HashSet<>(codes).size());
        assertTrue(codes.stream().allMatch(c -> c.matches("\\d{4}")), codes.toString());
        assertFalse(codes.equals(codes.stream().sorted().toList()), "codes are not handed out in order");
        assertEquals(5, BlindCodes.draw(5000, new Random(1)).get(0).length(), "wider codes for big sittings");
    }
}
