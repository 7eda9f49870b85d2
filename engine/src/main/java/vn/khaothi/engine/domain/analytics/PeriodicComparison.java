package vn.khaothi.engine.domain.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Đối sánh: a student's periodic results against their regular ones (api-contract.md, "Analytics").
 * regularMean = mean of the TX columns; periodicMean = (2·GK + 3·CK)/5, the weights GK and CK carry
 * in ĐTBmhk (TT22 Art. 9.1.b); gap = periodicMean − regularMean. A group (class × subject, with its
 * teacher) takes the means of its students' figures and the Pearson correlation of regularMean
 * against periodicMean over its students. A pure function; the thresholds are the caller's
 * (configured, see docs/analytics.md).
 */
public final class PeriodicComparison {

    /** Default: a student whose periodic mean is 2 points away from their regular mean (see docs/analytics.md). */
    public static final double DEFAULT_STUDENT_GAP = 2.0;
    /** Default: a class whose mean gap is 1 point (see docs/analytics.md). */
    public static final double DEFAULT_GROUP_GAP = 1.0;

    public record StudentLine(String studentId, String name, String classCode, String subject, Double regularMean,
                              Double midterm, Double finalScore, Double periodicMean, Double gap, boolean flagged) {
    }

    public record GroupLine(String classCode, String subject, String teacher, int students, Double regularMean,
                            Double midtermMean, Double finalMean, Double periodicMean, Double gap, Double correlation,
                            int paired, boolean flagged, Map<String, String> notes) {
    }

    public record Result(List<GroupLine> groups, List<StudentLine> students) {
    }

    private PeriodicComparison() {
    }

    public static Result of(List<SubjectRecord> records, double studentGap, double groupGap) {
        Map<String, List<StudentLine>> byGroup = new LinkedHashMap<>();
        Map<String, SubjectRecord> groupHead = new LinkedHashMap<>();
        List<StudentLine> students = new ArrayList<>();
        for (SubjectRecord r : records) {
            if (r.commentaryOnly()) {
                continue; // commentary-only subjects have no scores to compare (TT22 Art. 5)
            }
            StudentLine line = student(r, studentGap);
            students.add(line);
            String key = r.classCode() + "|" + r.subject();
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            groupHead.putIfAbsent(key, r);
        }
        List<GroupLine> groups = new ArrayList<>();
        byGroup.forEach((key, lines) -> groups.add(group(groupHead.get(key), lines, groupGap)));
        groups.sort(Comparator.comparing(GroupLine::classCode).thenComparing(GroupLine::subject));
        students.sort(Comparator.comparing(StudentLine::classCode).thenComparing(StudentLine::subject)
                .thenComparing(StudentLine::studentId));
        return new Result(groups, students);
    }

    static StudentLine student(SubjectRecord r, double threshold) {
        List<Double> regular = new ArrayList<>();
        r.scores().forEach((column, score) -> {
            if (column.startsWith("TX") && score != null) {
                regular.add(score.doubleValue());
            }
        });
        Double regularMean = regular.isEmpty() ? null : regular.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        Double gk = value(r.scores().get("GK"));
        Double ck = value(r.scores().get("CK"));
        Double periodic = gk == null || ck == null ? null : (2 * gk + 3 * ck) / 5;
        Double gap = periodic == null || regularMean == null ? null : periodic - regularMean;
        return new StudentLine(r.studentId(), r.name(), r.classCode(), r.subject(), regularMean, gk, ck, periodic, gap,
                gap != null && Math.abs(gap) >= threshold - 1e-9);
    }

    private static Double value(BigDecimal b) {
        return b == null ? null : b.doubleValue();
    }

    static GroupLine group(SubjectRecord head, List<StudentLine> lines, double threshold) {
        Map<String, String> notes = new LinkedHashMap<>();
        Double regular = mean(lines.stream().map(StudentLine::regularMean).toList());
        Double midterm = mean(lines.stream().map(StudentLine::midterm).toList());
        Double fin = mean(lines.stream().map(StudentLine::finalScore).toList());
        Double periodic = mean(lines.stream().map(StudentLine::periodicMean).toList());
        List<StudentLine> paired = lines.stream().filter(l -> l.gap() != null).toList();
        Double gap = mean(paired.stream().map(StudentLine::gap).toList());
        Double correlation = null;
        if (paired.size() < 3) {
            notes.put("correlation", "TOO_FEW_STUDENTS");
        } else {
            double[] x = paired.stream().mapToDouble(StudentLine::regularMean).toArray();
            double[] y = paired.stream().mapToDouble(StudentLine::periodicMean).toArray();
            Variance v = new Variance();
            if (v.evaluate(x) < 1e-12 || v.evaluate(y) < 1e-12) {
                notes.put("correlation", "ZERO_VARIANCE");
            } else {
                correlation = new PearsonsCorrelation().correlation(x, y);
            }
        }
        if (gap == null) {
            notes.put("gap", "NO_COMPLETE_STUDENT");
        }
        return new GroupLine(head.classCode(), head.subject(), head.teacher(), lines.size(), regular, midterm, fin, periodic,
                gap, correlation, paired.size(), gap != null && Math.abs(gap) >= threshold - 1e-9, notes);
    }

    static Double mean(List<Double> values) {
        double[] present = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        return present.length == 0 ? null : new Mean().evaluate(present);
    }
}
