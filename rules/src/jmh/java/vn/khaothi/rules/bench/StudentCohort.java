package vn.khaothi.rules.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible cohort: each student has 12 subjects, 9 scored (year averages on 0.0–10.0,
 * one decimal) and 3 commentary-only. Scores spread around 6.8 so that every level, and the
 * TT22 Art. 9.3 raise, occur.
 */
final class StudentCohort {

    static final int SCORED_SUBJECTS = 9;
    static final int COMMENTARY_SUBJECTS = 3;

    record Student(List<BigDecimal> scored, int commentaryPassed, int commentaryFailed) {
    }

    private StudentCohort() {
    }

    static List<Student> generate(int size, long seed) {
        Random random = new Random(seed);
        List<Student> students = new ArrayList<>(size);
        for (int s = 0; s < size; s++) {
            double ability = 6.8 + random.nextGaussian() * 1.3;
            List<BigDecimal> scored = new ArrayList<>(SCORED_SUBJECTS);
            for (int i = 0; i < SCORED_SUBJECTS; i++) {
                double score = ability + random.nextGaussian() * 1.0;
                if (random.nextInt(40) == 0) {
                    score -= 3.5; // the odd subject that pulls one student down (Art. 9.3 cases)
                }
                long tenths = Math.round(Math.max(0, Math.min(10, score)) * 10);
                scored.add(BigDecimal.valueOf(tenths, 1));
            }
            int failed = 0;
            for (int i = 0; i < COMMENTARY_SUBJECTS; i++) {
                if (random.nextInt(30) == 0) {
                    failed++;
                }
            }
            students.add(new Student(List.copyOf(scored), COMMENTARY_SUBJECTS - failed, failed));
        }
        return students;
    }
}
