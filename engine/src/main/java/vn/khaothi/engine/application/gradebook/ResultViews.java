package vn.khaothi.engine.application.gradebook;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The results API's bodies (api-contract.md, results/mine and results?class=). */
public final class ResultViews {

    private ResultViews() {
    }

    /** A subject's result for the period: the cells (a semester) or the semesters' averages (the year). */
    @JsonbNillable
    public record SubjectResult(String subject, String name, Map<String, Object> scores, BigDecimal average, String result,
                                List<String> citations) {
    }

    /** One student's results for a period, with every decision's citations. */
    @JsonbNillable
    public record StudentResult(String studentId, String name, List<SubjectResult> subjects, String learningLevel,
                                String computedLevel, Boolean adjusted, String conductLevel, Boolean promoted,
                                List<String> retestSubjects, Boolean summerTraining, String award, Integer absences,
                                List<String> missing, List<String> citations) {
    }

    /** A student's own results (results/mine). */
    @JsonbNillable
    public record Mine(String studentId, String name, @jakarta.json.bind.annotation.JsonbProperty("class") String classCode,
                       String period, List<SubjectResult> subjects, String learningLevel, String computedLevel,
                       Boolean adjusted, String conductLevel, Boolean promoted, List<String> retestSubjects,
                       Boolean summerTraining, String award, List<Map<String, Object>> appeals, List<String> citations) {
    }
}
