package vn.khaothi.engine.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Đối sánh on a class worked by hand. */
class PeriodicComparisonTest {

    private static final double EPS = 1e-9;

    static SubjectRecord record(String student, String cls, Double gk, Double ck, double... tx) {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (int i = 0; i < tx.length; i++) {
            scores.put("TX" + (i + 1), BigDecimal.valueOf(tx[i]));
        }
        if (gk != null) {
            scores.put("GK", BigDecimal.valueOf(gk));
        }
        if (ck != null) {
            scores.put("CK", BigDecimal.valueOf(ck));
        }
        return new SubjectRecord(student, "Name " + student, cls, 9, "MATH", false, "gv.toan", 1, scores, Map.of());
    }

    @Test
    void studentsAndTheirClassByHand() {
        var result = PeriodicComparison.of(List.of(
                record("hs001", "9A1", 8.0, 9.0, 8, 9),      // regular 8.5, periodic (16 + 27)/5 = 8.6
                record("hs002", "9A1", 5.0, 4.0, 7, 7),      // regular 7,   periodic (10 + 12)/5 = 4.4, gap −2.6
                record("hs003", "9A1", 6.0, 7.0, 6),         // regular 6,   periodic (12 + 21)/5 = 6.6
                record("hs004", "9A1", null, 8.0, 5, 6, 7)), // no midterm: no periodic mean, no gap
                2.0, 1.0);
        var s = result.students();
        assertEquals(8.5, s.get(0).regularMean(), EPS);
        assertEquals(8.6, s.get(0).periodicMean(), EPS);
        assertEquals(0.1, s.get(0).gap(), 1e-9);
        assertFalse(s.get(0).flagged());
        assertEquals(-2.6, s.get(1).gap(), 1e-9);
        assertTrue(s.get(1).flagged(), "2.6 points below the regular mean");
        assertNull(s.get(3).periodicMean());
        assertNull(s.get(3).gap());
        assertFalse(s.get(3).flagged());

        var g = result.groups().get(0);
        assertEquals("9A1", g.classCode());
        assertEquals("gv.toan", g.teacher());
        assertEquals(4, g.students());
        assertEquals(3, g.paired());
        assertEquals((8.5 + 7 + 6 + 6) / 4, g.regularMean(), EPS);
        assertEquals((8 + 5 + 6) / 3.0, g.midtermMean(), EPS);
        assertEquals((9 + 4 + 7 + 8) / 4.0, g.finalMean(), EPS);
        assertEquals((0.1 - 2.6 + 0.6) / 3, g.gap(), EPS);
        double mx = (8.5 + 7 + 6) / 3;
        double my = (8.6 + 4.4 + 6.6) / 3;
        double sxy = (8.5 - mx) * (8.6 - my) + (7 - mx) * (4.4 - my) + (6 - mx) * (6.6 - my);
        double sxx = Math.pow(8.5 - mx, 2) + Math.pow(7 - mx, 2) + Math.pow(6 - mx, 2);
        double syy = Math.pow(8.6 - my, 2) + Math.pow(4.4 - my, 2) + Math.pow(6.6 - my, 2);
        assertEquals(sxy / Math.sqrt(sxx * syy), g.correlation(), 1e-9);
        assertEquals(0.5737, g.correlation(), 1e-4);
        assertFalse(g.flagged(), "a mean gap of 0.63 is under the group threshold of 1");
        assertTrue(PeriodicComparison.of(List.of(record("hs001", "9A1", 8.0, 9.0, 8, 9), record("hs002", "9A1", 5.0, 4.0, 7, 7),
                record("hs003", "9A1", 6.0, 7.0, 6)), 2.0, 0.5).groups().get(0).flagged(), "threshold 0.5");
    }

    @Test
    void fewerThanThreePairsGiveNoCorrelation() {
        var g = PeriodicComparison.of(List.of(record("hs001", "9A1", 8.0, 9.0, 8), record("hs002", "9A1", 5.0, 4.0, 7)),
                2.0, 1.0).groups().get(0);
        assertNull(g.correlation());
        assertEquals("TOO_FEW_STUDENTS", g.notes().get("correlation"));
    }
}
