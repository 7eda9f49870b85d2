package vn.khaothi.engine.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analysis against examples computed independently, by a published source or by hand. */
class TestAnalysisWorkedExamplesTest {

    private static final double EPS = 1e-6;

    /**
     * K. Wuensch, "The Kuder-Richardson 20" (East Carolina University, StatHelp/KR20.txt): ten
     * students, a ten-item quiz scored 0/1. The page gives p = .7 .7 .6 .7 .6 .8 .7 .7 .5 .6,
     * Σpq = 2.18 and the variance of the totals 5.84 (divided by n), so
     * KR-20 = 10/9 · (1 − 2.18/5.84) = 0.696347…, and says it equals Cronbach's α on 0/1 data.
     */
    @Test
    void publishedKr20Example() {
        int[][] data = {
            {1, 1, 1, 1, 1, 1, 0, 1, 1, 0},
            {1, 0, 1, 1, 0, 1, 1, 1, 0, 1},
            {1, 1, 1, 1, 0, 1, 1, 0, 0, 1},
            {0, 0, 1, 0, 0, 0, 1, 0, 0, 0},
            {0, 0, 0, 0, 0, 1, 0, 0, 1, 0},
            {1, 1, 1, 0, 1, 1, 1, 1, 1, 1},
            {1, 1, 0, 1, 1, 1, 0, 1, 1, 1},
            {1, 1, 1, 1, 1, 1, 1, 1, 0, 1},
            {0, 1, 0, 1, 1, 1, 1, 1, 0, 1},
            {1, 1, 0, 1, 1, 0, 1, 1, 1, 0},
        };
        List<ItemSpec> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new ItemSpec(i + 1, 100 + i, 1, "TRUE_FALSE", 1, List.of(), Set.of()));
        }
        ScoreSheet sheet = new ScoreSheet(items);
        for (int[] row : data) {
            int r = sheet.addAttempt("101");
            for (int i = 0; i < 10; i++) {
                sheet.set(r, i, row[i], true, 0);
            }
        }
        TestReport report = TestAnalysis.analyse(sheet);
        double expected = 10.0 / 9 * (1 - 2.18 / 5.84);
        assertEquals(0.696347, expected, 1e-6, "the published figures");
        assertEquals(expected, report.reliability().kr20(), EPS);
        assertEquals(expected, report.reliability().alpha(), EPS);
        assertEquals(6.6, report.mean(), EPS);
        assertEquals(Math.sqrt(58.4 / 9), report.sd(), EPS, "n − 1: Σ(x − x̄)² = 58.4");
        double[] p = {.7, .7, .6, .7, .6, .8, .7, .7, .5, .6};
        for (int i = 0; i < 10; i++) {
            assertEquals(p[i], report.items().get(i).facility(), EPS, "p of item " + (i + 1));
        }
        assertEquals(Math.sqrt(58.4 / 9) * Math.sqrt(1 - expected), report.reliability().sem(), EPS);
    }

    /**
     * By hand: five students, four items — A and B 0/1, C worth 2 with partial credit, D answered
     * right by everyone (zero variance). Totals 5, 4, 3, 3, 1 (a tie). Item variances (n − 1)
     * .3, .3, .7, 0; total variance 2.2; α = 4/3 · (1 − 1.3/2.2) = 6/11; SEM = √2.2 · √(5/11) = 1.
     * Item–rest: A 1.2/√(1.2·5.2), B 0.4/√(1.2·6.8), C 2/√(2.8·2), D undefined.
     */
    @Test
    void handComputedCaseWithTiesPartialCreditAndAZeroVarianceItem() {
        List<ItemSpec> items = List.of(
                new ItemSpec(1, 1, 1, "SINGLE_CHOICE", 1, List.of("A", "B", "C", "D"), Set.of("A")),
                new ItemSpec(2, 2, 1, "TRUE_FALSE", 1, List.of(), Set.of()),
                new ItemSpec(3, 3, 1, "ESSAY", 2, List.of(), Set.of()),
                new ItemSpec(4, 4, 1, "SHORT_NUMERIC", 1, List.of(), Set.of()));
        double[][] scores = {{1, 1, 2, 1}, {1, 0, 2, 1}, {0, 1, 1, 1}, {1, 0, 1, 1}, {0, 0, 0, 1}};
        String[] chosen = {"A", "A", "B", "A", "C"};
        ScoreSheet sheet = new ScoreSheet(items);
        for (int s = 0; s < 5; s++) {
            int r = sheet.addAttempt("101");
            for (int i = 0; i < 4; i++) {
                int mask = i == 0 ? OptionChoices.ofBankIds(List.of(chosen[s]), items.get(0).optionIds()) : 0;
                sheet.set(r, i, scores[s][i], true, mask);
            }
        }
        TestReport report = TestAnalysis.analyse(sheet);
        assertEquals(5, report.attempts());
        assertEquals(3.2, report.mean(), EPS);
        assertEquals(Math.sqrt(2.2), report.sd(), EPS);
        assertEquals(6.0 / 11, report.reliability().alpha(), EPS);
        assertNull(report.reliability().kr20(), "item C had partial credit");
        assertEquals("NOT_DICHOTOMOUS", report.notes().get("kr20"));
        assertEquals(1.0, report.reliability().sem(), EPS);

        var a = report.items().get(0);
        assertEquals(0.6, a.facility(), EPS);
        assertEquals(1.2 / Math.sqrt(1.2 * 5.2), a.discrimination(), EPS);
        assertEquals(0.4 / Math.sqrt(1.2 * 6.8), report.items().get(1).discrimination(), EPS);
        assertEquals(0.6, report.items().get(2).facility(), EPS, "1.2 of 2 points");
        assertEquals(2 / Math.sqrt(2.8 * 2), report.items().get(2).discrimination(), EPS);
        var d = report.items().get(3);
        assertEquals(1.0, d.facility(), EPS);
        assertNull(d.discrimination());
        assertEquals("ZERO_VARIANCE_ITEM", d.notes().get("discrimination"));

        assertEquals(List.of("A", "B", "C", "D"), a.options().stream().map(TestReport.OptionReport::optionId).toList());
        assertEquals(0.6, a.options().get(0).share(), EPS);
        assertTrue(a.options().get(0).key());
        assertEquals(4.0, a.options().get(0).meanTotal(), EPS, "(5 + 4 + 3) / 3");
        assertEquals(3.0, a.options().get(1).meanTotal(), EPS);
        assertEquals(1.0, a.options().get(2).meanTotal(), EPS);
        assertEquals(0.0, a.options().get(3).share(), EPS);
        assertNull(a.options().get(3).meanTotal());
        assertEquals("NO_CHOOSERS", a.notes().get("options.D.meanTotal"));
        assertTrue(a.flags().isEmpty(), "five responses are too few to flag");

        assertEquals(List.of(0, 1, 0, 2, 2), report.distribution().stream().map(TestReport.Bin::count).toList(),
                "totals 1, 3, 3, 4, 5 in one-point bins up to the 5 points of the paper (the last bin is closed)");
    }

    @Test
    void anItemNobodyAnsweredHasNoFacilityOrDiscriminationAndSaysWhy() {
        List<ItemSpec> items = List.of(
                new ItemSpec(1, 1, 1, "TRUE_FALSE", 1, List.of(), Set.of()),
                new ItemSpec(2, 2, 1, "TRUE_FALSE", 1, List.of(), Set.of()),
                new ItemSpec(3, 3, 1, "SINGLE_CHOICE", 1, List.of("A", "B"), Set.of("B")));
        ScoreSheet sheet = new ScoreSheet(items);
        double[][] scores = {{1, 1}, {1, 0}, {0, 0}};
        for (double[] s : scores) {
            int r = sheet.addAttempt("101");
            sheet.set(r, 0, s[0], true, 0);
            sheet.set(r, 1, s[1], true, 0);
            sheet.set(r, 2, 0, false, 0);
        }
        var blank = TestAnalysis.analyse(sheet).items().get(2);
        assertEquals(0, blank.responses());
        assertEquals(3, blank.attempts());
        assertNull(blank.facility());
        assertNull(blank.discrimination());
        assertEquals("NO_RESPONSES", blank.notes().get("facility"));
        assertEquals("NO_RESPONSES", blank.notes().get("discrimination"));
        assertEquals(0.0, blank.options().get(0).share());
    }

    @Test
    void aSingleAttemptGivesNoSpreadAndNoCorrelations() {
        List<ItemSpec> items = List.of(new ItemSpec(1, 1, 1, "TRUE_FALSE", 1, List.of(), Set.of()),
                new ItemSpec(2, 2, 1, "TRUE_FALSE", 1, List.of(), Set.of()));
        ScoreSheet sheet = new ScoreSheet(items);
        int r = sheet.addAttempt("101");
        sheet.set(r, 0, 1, true, 0);
        sheet.set(r, 1, 0, true, 0);
        TestReport report = TestAnalysis.analyse(sheet);
        assertEquals(1.0, report.mean(), EPS);
        assertNull(report.sd());
        assertEquals("TOO_FEW_ATTEMPTS", report.notes().get("sd"));
        assertNull(report.reliability().alpha());
        assertEquals("TOO_FEW_ATTEMPTS", report.notes().get("alpha"));
        assertNull(report.reliability().sem());
        assertEquals(1.0, report.items().get(0).facility(), EPS);
        assertNull(report.items().get(0).discrimination());
        assertEquals("TOO_FEW_ATTEMPTS", report.items().get(0).notes().get("discrimination"));
    }

    @Test
    void everyoneWithTheSameTotalHasNoReliability() {
        List<ItemSpec> items = List.of(new ItemSpec(1, 1, 1, "TRUE_FALSE", 1, List.of(), Set.of()),
                new ItemSpec(2, 2, 1, "TRUE_FALSE", 1, List.of(), Set.of()));
        ScoreSheet sheet = new ScoreSheet(items);
        for (int s = 0; s < 4; s++) {
            int r = sheet.addAttempt("101");
            sheet.set(r, 0, s % 2, true, 0);
            sheet.set(r, 1, 1 - s % 2, true, 0);
        }
        TestReport report = TestAnalysis.analyse(sheet);
        assertEquals(0.0, report.sd(), EPS);
        assertNull(report.reliability().alpha());
        assertEquals("ZERO_VARIANCE", report.notes().get("alpha"));
        assertEquals(-1.0, report.items().get(0).discrimination(), EPS, "the rest mirrors the item exactly");
    }

    @Test
    void noAttemptsAtAll() {
        TestReport report = TestAnalysis.analyse(new ScoreSheet(List.of(new ItemSpec(1, 1, 1, "ESSAY", 1, List.of(),
                Set.of()))));
        assertEquals(0, report.attempts());
        assertNull(report.mean());
        assertEquals("NO_ATTEMPTS", report.notes().get("mean"));
        assertNull(report.items().get(0).facility());
        assertEquals("NOT_ON_ANY_VERSION", report.items().get(0).notes().get("facility"));
    }

    @Test
    void lettersReadFromAVersionAreMappedBackToTheBankOptions() {
        List<String> ids = List.of("A", "B", "C", "D");
        // The version showed the authored options 2, 0, 3, 1: its printed "A" is the bank's "C".
        List<Integer> order = List.of(2, 0, 3, 1);
        assertEquals(1 << 2, OptionChoices.ofShownLetters(List.of("A"), ids, order));
        assertEquals(1 << 1, OptionChoices.ofShownLetters(List.of("d"), ids, order));
        assertEquals(1 << 0, OptionChoices.ofShownLetters(List.of("A"), ids, List.of()), "no shuffle");
        assertEquals(0, OptionChoices.ofShownLetters(List.of("E"), ids, order), "not an option of the item");
        assertEquals(1 << 2, OptionChoices.ofBankIds(List.of("C"), ids), "bank ids are taken as they are");
        assertEquals((1 << 0) | (1 << 3), OptionChoices.ofBankIds(List.of("A", "D", "X"), ids));
    }

    @Test
    void versionsThatOnlyReshuffleTheSameItemsAreOneForm() {
        List<ItemSpec> items = List.of(new ItemSpec(1, 1, 1, "TRUE_FALSE", 1, List.of(), Set.of()),
                new ItemSpec(2, 2, 1, "TRUE_FALSE", 1, List.of(), Set.of()),
                new ItemSpec(3, 3, 1, "TRUE_FALSE", 1, List.of(), Set.of()));
        int[][] data = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}, {1, 0, 1}, {0, 1, 1}};
        ScoreSheet split = new ScoreSheet(items);
        ScoreSheet together = new ScoreSheet(items);
        for (int s = 0; s < data.length; s++) {
            int a = split.addAttempt(s % 2 == 0 ? "101" : "102");
            int b = together.addAttempt("101");
            for (int i = 0; i < 3; i++) {
                split.set(a, i, data[s][i], true, 0);
                together.set(b, i, data[s][i], true, 0);
            }
        }
        TestReport r = TestAnalysis.analyse(split);
        assertEquals(1, r.reliability().forms());
        assertEquals(TestAnalysis.analyse(together).reliability().alpha(), r.reliability().alpha(), EPS);
    }
}
