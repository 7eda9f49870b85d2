package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The results API's bodies as plain records (api-contract.md, results/mine and results?class=); web writes the JSON. */
public final class ResultViews {

    private ResultViews() {
    }

    /** A subject's result for the period: the cells (a semester) or the semesters' averages (the year). */
    public record SubjectResult(String subject, String name, Map<String, Object> scores, BigDecimal average, String result,
                                List<String> citations) {
    }

    /** One student's results for a period, with every decision's citations. */
    public record StudentResult(String studentId, String name, List<SubjectResult> subjects, String learningLevel,
                                String computedLevel, Boolean adjusted, String conductLevel, Boolean promoted,
                                List<String> retestSubjects, Boolean summerTraining, String award, Integer absences,
                                List<String> missing, List<String> citations) {
    }

    /** A student's own results (results/mine). */
    public record Mine(String studentId, String name, String classCode,
                       String period, List<SubjectResult> subjects, String learningLevel, String computedLevel,
                       Boolean adjusted, String conductLevel, Boolean promoted, List<String> retestSubjects,
                       Boolean summerTraining, String award, List<AppealView> appeals, List<String> citations) {
    }
}
