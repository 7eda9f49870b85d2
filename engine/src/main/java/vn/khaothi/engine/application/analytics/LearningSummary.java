package vn.khaothi.engine.application.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.khaothi.engine.domain.analytics.ScoreSummary;
import vn.khaothi.engine.domain.analytics.SubjectRecord;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.tt22.CommentaryResult;
import vn.khaothi.rules.tt22.LevelOutcome;

/**
 * Statistics for leaders (thống kê kết quả học tập) by subject, teacher, grade or class for a
 * semester or the year: the number of students at each learning level, and the mean, spread and
 * distribution of the subject averages. Every average and level comes from the regulations
 * ({@link Regulations}: ĐTBmhk, ĐTBmcn, commentary results, the Art. 9.2/9.3 level) — nothing of
 * TT22 is computed here. A student whose gradebook is not complete in every subject of their class
 * for the period has no level and is counted as INCOMPLETE.
 */
public final class LearningSummary {

    public enum By { SUBJECT, TEACHER, GRADE, CLASS }

    public static final String INCOMPLETE = "INCOMPLETE";
    private static final List<String> LEVELS = List.of("TOT", "KHA", "DAT", "CHUA_DAT", INCOMPLETE);

    public record Group(String key, int students, Map<String, Integer> levels, ScoreSummary scores) {
    }

    public record Result(String period, String by, List<Group> groups, List<String> citations) {
    }

    /** One student's result in one subject for the period: an average (scored) or a verdict (commentary). */
    record SubjectResult(String studentId, String classCode, int grade, String subject, String teacher,
                         BigDecimal average, CommentaryResult verdict) {
        boolean complete() {
            return average != null || verdict != null;
        }
    }

    private LearningSummary() {
    }

    /**
     * @param records both semesters' records of the students concerned (all their subjects, so that levels are right)
     * @param period  "1", "2" or "YEAR"
     * @param subjects when not null, only these subjects' groups and scores are shown (levels still use every subject)
     */
    public static Result of(List<SubjectRecord> records, String period, By by, Regulations regulations, Set<String> subjects) {
        Set<String> citations = new LinkedHashSet<>();
        List<SubjectResult> results = results(records, period, regulations, citations);
        Map<String, String> levels = levels(results, regulations, citations);
        Map<String, List<SubjectResult>> groups = new TreeMap<>();
        for (SubjectResult r : results) {
            if (subjects != null && !subjects.contains(r.subject())) {
                continue;
            }
            String key = switch (by) {
                case SUBJECT -> r.subject();
                case TEACHER -> r.teacher() == null ? "-" : r.teacher();
                case GRADE -> String.valueOf(r.grade());
                case CLASS -> r.classCode();
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((key, members) -> {
            Set<String> students = new LinkedHashSet<>();
            members.forEach(m -> students.add(m.studentId()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            LEVELS.forEach(l -> counts.put(l, 0));
            students.forEach(s -> counts.merge(levels.getOrDefault(s, INCOMPLETE), 1, Integer::sum));
            List<Double> averages = members.stream().filter(m -> m.average() != null)
                    .map(m -> m.average().doubleValue()).toList();
            out.add(new Group(key, students.size(), counts, ScoreSummary.of(averages)));
        });
        return new Result(period, by.name(), out, List.copyOf(citations));
    }

    static List<SubjectResult> results(List<SubjectRecord> records, String period, Regulations regulations,
                                       Set<String> citations) {
        Map<String, SubjectRecord[]> bySubject = new LinkedHashMap<>();
        for (SubjectRecord r : records) {
            bySubject.computeIfAbsent(r.studentId() + "|" + r.subject(), k -> new SubjectRecord[2])[r.semester() - 1] = r;
        }
        List<SubjectResult> out = new ArrayList<>();
        for (SubjectRecord[] pair : bySubject.values()) {
            SubjectRecord any = pair[1] != null ? pair[1] : pair[0];
            BigDecimal average = null;
            CommentaryResult verdict = null;
            try {
                if ("YEAR".equals(period)) {
                    if (any.commentaryOnly()) {
                        CommentaryResult r1 = verdict(pair[0], regulations, citations);
                        CommentaryResult r2 = verdict(pair[1], regulations, citations);
                        verdict = r1 == null || r2 == null ? null : cite(regulations.commentaryYearResult(r1, r2), citations);
                    } else {
                        BigDecimal a1 = average(pair[0], regulations, citations);
                        BigDecimal a2 = average(pair[1], regulations, citations);
                        average = a1 == null || a2 == null ? null : cite(regulations.yearAverage(a1, a2), citations);
                    }
                } else {
                    SubjectRecord r = pair[Integer.parseInt(period) - 1];
                    if (r == null) {
                        continue;
                    }
                    average = r.commentaryOnly() ? null : average(r, regulations, citations);
                    verdict = r.commentaryOnly() ? verdict(r, regulations, citations) : null;
                }
            } catch (InvalidFactException e) {
                average = null; // an incomplete or invalid gradebook row has no result
                verdict = null;
            }
            out.add(new SubjectResult(any.studentId(), any.classCode(), any.grade(), any.subject(), any.teacher(), average,
                    verdict));
        }
        return out;
    }

    private static BigDecimal average(SubjectRecord r, Regulations regulations, Set<String> citations) {
        if (r == null) {
            return null;
        }
        List<BigDecimal> regular = new ArrayList<>();
        r.scores().entrySet().stream().filter(e -> e.getKey().startsWith("TX") && e.getValue() != null)
                .sorted(Comparator.comparingInt(e -> columnNumber(e.getKey())))
                .forEach(e -> regular.add(e.getValue()));
        BigDecimal gk = r.scores().get("GK");
        BigDecimal ck = r.scores().get("CK");
        if (regular.isEmpty() || gk == null || ck == null) {
            return null;
        }
        return cite(regulations.subjectAverage(regular, gk, ck), citations);
    }

    private static CommentaryResult verdict(SubjectRecord r, Regulations regulations, Set<String> citations) {
        if (r == null || r.verdicts().isEmpty()) {
            return null;
        }
        int failed = (int) r.verdicts().values().stream().filter("CD"::equals).count();
        return cite(regulations.commentarySemesterResult(r.verdicts().size(), r.verdicts().size(), failed), citations);
    }

    private static int columnNumber(String column) {
        try {
            return Integer.parseInt(column.substring(2));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Each student's learning level from the rules, when every subject of their class has a result. */
    static Map<String, String> levels(List<SubjectResult> results, Regulations regulations, Set<String> citations) {
        Map<String, Set<String>> classSubjects = new LinkedHashMap<>();
        Map<String, List<SubjectResult>> byStudent = new LinkedHashMap<>();
        for (SubjectResult r : results) {
            classSubjects.computeIfAbsent(r.classCode(), k -> new LinkedHashSet<>()).add(r.subject());
            byStudent.computeIfAbsent(r.studentId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, String> levels = new LinkedHashMap<>();
        byStudent.forEach((student, rs) -> {
            Set<String> complete = new LinkedHashSet<>();
            rs.stream().filter(SubjectResult::complete).forEach(r -> complete.add(r.subject()));
            if (!complete.containsAll(classSubjects.get(rs.get(0).classCode()))) {
                levels.put(student, INCOMPLETE);
                return;
            }
            List<BigDecimal> scored = rs.stream().filter(r -> r.average() != null).map(SubjectResult::average).toList();
            int passed = (int) rs.stream().filter(r -> r.verdict() == CommentaryResult.DAT).count();
            int failed = (int) rs.stream().filter(r -> r.verdict() == CommentaryResult.CHUA_DAT).count();
            try {
                Decision<LevelOutcome> d = regulations.learningResult(scored, passed, failed);
                citations.addAll(d.citations());
                levels.put(student, d.value().level().name());
            } catch (InvalidFactException e) {
                levels.put(student, INCOMPLETE);
            }
        });
        return levels;
    }

    private static <T> T cite(Decision<T> decision, Set<String> citations) {
        citations.addAll(decision.citations());
        return decision.value();
    }
}
