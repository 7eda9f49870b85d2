package vn.khaothi.engine.application.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.GradebookRefs;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.tt22.CommentaryResult;
import vn.khaothi.rules.tt22.LevelOutcome;

/**
 * Property: for random gradebooks, the row's ĐTBmhk is the rules' answer for exactly those
 * columns in their roles (TX regular, GK ×2, CK ×3), checked against the worked formula of
 * regulations.md on exact decimals; a commentary subject passes only when every verdict does;
 * an incomplete row has no result; and the learning level of random result profiles is the rules'.
 */
class SubjectAveragesPropertyTest {

    private static final Regulations RULES = Regulations.forSchoolYear(SchoolYear.of(2026));
    private static final RuleMemo MEMO = new RuleMemo(RULES);
    private static final ClassRef CLASS = new ClassRef(1, "9A1", 9, "gvcn", "2026-2027");

    private static SubjectPlan plan(int periods, boolean commentary) {
        return SubjectPlan.of(CLASS, new SubjectRef(1, "S", "Môn", "Subject", commentary, periods), 1, RULES);
    }

    private static StoredCell cell(CellValue v) {
        return new StoredCell(v, 1, "t", Instant.EPOCH);
    }

    @Test
    void semesterAverageIsTheRulesAndTheFormulaForRandomGradebooks() {
        Random random = new Random(13);
        for (int i = 0; i < 400; i++) {
            SubjectPlan plan = plan(new int[] {35, 70, 105, 140}[random.nextInt(4)], false);
            Map<String, StoredCell> cells = new HashMap<>();
            List<BigDecimal> regular = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal midterm = null;
            BigDecimal end = null;
            for (String column : plan.columns()) {
                BigDecimal score = BigDecimal.valueOf(random.nextInt(101), 1);
                cells.put(column, cell(CellValue.score(score)));
                if (column.startsWith("TX")) {
                    regular.add(score);
                    sum = sum.add(score);
                } else if (column.equals("GK")) {
                    midterm = score;
                } else {
                    end = score;
                }
            }
            BigDecimal ours = SubjectAverages.of(plan, cells, MEMO).average();
            assertEquals(RULES.subjectAverage(regular, midterm, end).value(), ours);
            BigDecimal formula = sum.add(midterm.multiply(BigDecimal.valueOf(2))).add(end.multiply(BigDecimal.valueOf(3)))
                    .divide(BigDecimal.valueOf(regular.size() + 5), 10, java.math.RoundingMode.HALF_UP)
                    .setScale(1, java.math.RoundingMode.HALF_UP);
            assertEquals(0, formula.compareTo(ours), "TT22 Art. 9.1.b for " + cells);
        }
    }

    @Test
    void theWorkedExampleOfTheRegulations() {
        SubjectPlan plan = plan(70, false);
        assertEquals(List.of("TX1", "TX2", "TX3", "GK", "CK"), plan.columns());
        Map<String, StoredCell> cells = Map.of("TX1", cell(CellValue.score(new BigDecimal("5.9"))),
                "TX2", cell(CellValue.score(new BigDecimal("5.1"))), "TX3", cell(CellValue.score(new BigDecimal("4.9"))),
                "GK", cell(CellValue.score(new BigDecimal("6.2"))), "CK", cell(CellValue.score(new BigDecimal("5.2"))));
        assertEquals(new BigDecimal("5.5"), SubjectAverages.of(plan, cells, MEMO).average());
    }

    @Test
    void anIncompleteRowHasNoResult() {
        SubjectPlan plan = plan(140, false);
        Map<String, StoredCell> cells = new HashMap<>();
        for (String column : plan.columns().subList(0, plan.columns().size() - 1)) {
            cells.put(column, cell(CellValue.score(new BigDecimal("8.0"))));
        }
        assertNull(SubjectAverages.of(plan, cells, MEMO).average());
        cells.put("CK", cell(CellValue.EMPTY));
        assertNull(SubjectAverages.of(plan, cells, MEMO).average());
    }

    @Test
    void aCommentarySubjectPassesOnlyWhenEveryVerdictDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            SubjectPlan plan = plan(70, true);
            Map<String, StoredCell> cells = new HashMap<>();
            int failed = 0;
            for (String column : plan.columns()) {
                boolean pass = random.nextDouble() < 0.8;
                failed += pass ? 0 : 1;
                cells.put(column, cell(CellValue.verdict(pass ? "D" : "CD")));
            }
            CommentaryResult result = SubjectAverages.of(plan, cells, MEMO).commentary();
            assertEquals(RULES.commentarySemesterResult(plan.columns().size(), plan.columns().size(), failed).value(), result);
            assertEquals(failed == 0 ? CommentaryResult.DAT : CommentaryResult.CHUA_DAT, result);
        }
    }

    @Test
    void levelsOfRandomProfilesAreTheRules() {
        Random random = new Random(99);
        for (int i = 0; i < 200; i++) {
            List<BigDecimal> scored = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                scored.add(BigDecimal.valueOf(20 + random.nextInt(81), 1));
            }
            int failed = random.nextDouble() < 0.2 ? 1 : 0;
            ResultsService.YearInputs in = new ResultsService.YearInputs();
            in.scored.addAll(scored);
            in.passed = 4 - failed;
            in.failed = failed;
            for (int s = 0; s < 8; s++) {
                in.yearResults.add(vn.khaothi.rules.tt22.SubjectYearResult.scored("S" + s, scored.get(s)));
            }
            for (int s = 0; s < 4; s++) {
                in.yearResults.add(vn.khaothi.rules.tt22.SubjectYearResult.commentary("C" + s,
                        s < failed ? CommentaryResult.CHUA_DAT : CommentaryResult.DAT));
            }
            var result = ResultsService.StudentOutcome.of(new GradebookRefs.StudentRef(1, "hs", "hs", "HS"), "1", in, "TOT", 0, MEMO);
            LevelOutcome rules = RULES.learningResult(scored, 4 - failed, failed).value();
            assertEquals(rules.level().name(), result.learningLevel());
            assertEquals(rules.computedLevel().name(), result.computedLevel());
            assertEquals(rules.adjusted(), result.adjusted());
        }
    }
}
