package vn.khaothi.web.gradebook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.application.gradebook.GradebookViews;
import vn.khaothi.engine.application.gradebook.ResultViews;

/**
 * The one place where the gradebook's and the results' answers become the API contract's JSON
 * ("Gradebook (sổ điểm) and results"): the engine returns plain records, these are their bodies —
 * the contract's names ({@code class}, {@code new}) and explicit nulls — written by JSON-B.
 */
public final class GradebookJson {

    private GradebookJson() {
    }

    @JsonbNillable
    public record Sheet(@JsonbProperty("class") String classCode, String subject, String subjectName, int semester,
                 String schoolYear, String scale, List<String> columns, List<String> columnCitations,
                 boolean locked, boolean writable, List<Row> rows) {

        static Sheet of(GradebookViews.Sheet s) {
            return new Sheet(s.classCode(), s.subject(), s.subjectName(), s.semester(), s.schoolYear(), s.scale(), s.columns(),
                    s.columnCitations(), s.locked(), s.writable(), s.rows().stream().map(Row::of).toList());
        }
    }

    @JsonbNillable
    public record Row(String studentId, String code, String name, Map<String, Object> scores,
               Map<String, Integer> versions, BigDecimal average, String result, List<String> citations) {

        static Row of(GradebookViews.Row r) {
            return new Row(r.studentId(), r.code(), r.name(), r.scores(), r.versions(), r.average(), r.result(), r.citations());
        }
    }

    @JsonbNillable
    public record Written(Row row, String column, Object stored, boolean rounded, String notice, List<String> citations) {

        static Written of(GradebookViews.Written w) {
            return new Written(Row.of(w.row()), w.column(), w.stored(), w.rounded(), w.notice(), w.citations());
        }
    }

    @JsonbNillable
    public record HistoryLine(String studentId, String subject, int semester, String column, Object old,
                       @JsonbProperty("new") Object value, String by, String onBehalfOf, Instant at,
                       String reason, String source, long sequence) {

        static HistoryLine of(GradebookViews.HistoryLine h) {
            return new HistoryLine(h.studentId(), h.subject(), h.semester(), h.column(), h.old(), h.value(), h.by(),
                    h.onBehalfOf(), h.at(), h.reason(), h.source(), h.sequence());
        }
    }

    @JsonbNillable
    public record SubjectResult(String subject, String name, Map<String, Object> scores, BigDecimal average, String result,
                         List<String> citations) {

        static SubjectResult of(ResultViews.SubjectResult s) {
            return new SubjectResult(s.subject(), s.name(), s.scores(), s.average(), s.result(), s.citations());
        }

        static List<SubjectResult> all(List<ResultViews.SubjectResult> subjects) {
            return subjects == null ? null : subjects.stream().map(SubjectResult::of).toList();
        }
    }

    @JsonbNillable
    public record StudentResult(String studentId, String name, List<SubjectResult> subjects, String learningLevel,
                         String computedLevel, Boolean adjusted, String conductLevel, Boolean promoted,
                         List<String> retestSubjects, Boolean summerTraining, String award, Integer absences,
                         List<String> missing, List<String> citations) {

        static StudentResult of(ResultViews.StudentResult r) {
            return new StudentResult(r.studentId(), r.name(), SubjectResult.all(r.subjects()), r.learningLevel(),
                    r.computedLevel(), r.adjusted(), r.conductLevel(), r.promoted(), r.retestSubjects(), r.summerTraining(),
                    r.award(), r.absences(), r.missing(), r.citations());
        }
    }

    @JsonbNillable
    public record Mine(String studentId, String name, @JsonbProperty("class") String classCode,
                String period, List<SubjectResult> subjects, String learningLevel, String computedLevel,
                Boolean adjusted, String conductLevel, Boolean promoted, List<String> retestSubjects,
                Boolean summerTraining, String award, List<Map<String, Object>> appeals, List<String> citations) {

        static Mine of(ResultViews.Mine m) {
            return new Mine(m.studentId(), m.name(), m.classCode(), m.period(), SubjectResult.all(m.subjects()),
                    m.learningLevel(), m.computedLevel(), m.adjusted(), m.conductLevel(), m.promoted(), m.retestSubjects(),
                    m.summerTraining(), m.award(), m.appeals(), m.citations());
        }
    }
}
