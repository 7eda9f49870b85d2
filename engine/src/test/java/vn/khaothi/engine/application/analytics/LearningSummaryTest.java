package vn.khaothi.engine.application.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.analytics.SubjectRecord;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;

/** The leaders' summary takes averages and levels from the TT22 rules, and counts what is missing. */
class LearningSummaryTest {

    private final Regulations regulations = Regulations.forSchoolYear(SchoolYear.parse("2025-2026"));

    private static SubjectRecord scored(String student, String cls, String subject, int semester, double gk, double ck,
                                        double... tx) {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (int i = 0; i < tx.length; i++) {
            scores.put("TX" + (i + 1), BigDecimal.valueOf(tx[i]));
        }
        scores.put("GK", BigDecimal.valueOf(gk));
        scores.put("CK", BigDecimal.valueOf(ck));
        return new SubjectRecord(student, student, cls, 9, subject, false, "gv." + subject.toLowerCase(), semester, scores,
                Map.of());
    }

    @Test
    void averagesComeFromTheRulesAndAMissingSubjectLeavesTheLevelIncomplete() {
        List<SubjectRecord> records = new ArrayList<>();
        // hs001: ĐTBmhk MATH = (8 + 9 + 2·8 + 3·9)/7 = 60/7 = 8.57… → 8.6 (TT22 Art. 9.1.b, half-up to 0.1)
        records.add(scored("hs001", "9A1", "MATH", 1, 8, 9, 8, 9));
        records.add(scored("hs001", "9A1", "LITERATURE", 1, 7, 7, 7, 7));
        records.add(scored("hs002", "9A1", "MATH", 1, 4, 3, 5, 4)); // (5 + 4 + 8 + 9)/7 = 26/7 = 3.71… → 3.7
        // hs002 has no LITERATURE yet: the level cannot be decided.
        var result = LearningSummary.of(records, "1", LearningSummary.By.SUBJECT, regulations, null);
        var math = result.groups().stream().filter(g -> g.key().equals("MATH")).findFirst().orElseThrow();
        assertEquals(2, math.students());
        assertEquals((8.6 + 3.7) / 2, math.scores().mean(), 1e-9);
        assertEquals(1, math.scores().distribution().get(8));
        assertEquals(1, math.scores().distribution().get(3));
        assertEquals(1, math.levels().get(LearningSummary.INCOMPLETE));
        String hs001Level = regulations.learningResult(List.of(new BigDecimal("8.6"), new BigDecimal("7.0")), 0, 0)
                .value().level().name();
        assertEquals(1, math.levels().get(hs001Level), "hs001's level is the rules' level for 8.6 and 7.0");
        assertEquals(false, result.citations().isEmpty(), "the citations of the rules that fired are given");
    }

    @Test
    void theYearAverageIsTheRulesOne() {
        List<SubjectRecord> records = List.of(scored("hs001", "9A1", "MATH", 1, 6, 6, 6),
                scored("hs001", "9A1", "MATH", 2, 9, 9, 9));
        var year = LearningSummary.of(records, "YEAR", LearningSummary.By.CLASS, regulations, null);
        // ĐTBmcn = (6.0 + 2·9.0)/3 = 8.0 (TT22 Art. 9.1.b)
        assertEquals(8.0, year.groups().get(0).scores().mean(), 1e-9);
        assertEquals("9A1", year.groups().get(0).key());
    }
}
