package vn.khaothi.web.gradebook;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.khaothi.engine.application.gradebook.AmendmentView;
import vn.khaothi.engine.application.gradebook.AppealView;
import vn.khaothi.engine.application.gradebook.ConductEntry;
import vn.khaothi.engine.application.gradebook.GradebookLock;
import vn.khaothi.engine.application.gradebook.GradebookOption;
import vn.khaothi.engine.application.gradebook.GradebookViews;
import vn.khaothi.engine.application.gradebook.ImportReport;
import vn.khaothi.engine.application.gradebook.PublishedScores;
import vn.khaothi.engine.application.gradebook.ResultViews;

/**
 * The one place where the gradebook's and the results' answers become the API contract's JSON
 * ("Gradebook (sổ điểm) and results"): the engine returns plain records, these are their bodies —
 * the contract's names ({@code class}, {@code new}) and explicit nulls — written by JSON-B. Appeals
 * and amendments, whose keys the contract lists in order, are built with JSON-P so that order holds.
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
                Boolean summerTraining, String award, List<JsonObject> appeals, List<String> citations) {

        static Mine of(ResultViews.Mine m) {
            return new Mine(m.studentId(), m.name(), m.classCode(), m.period(), SubjectResult.all(m.subjects()),
                    m.learningLevel(), m.computedLevel(), m.adjusted(), m.conductLevel(), m.promoted(), m.retestSubjects(),
                    m.summerTraining(), m.award(), m.appeals() == null ? null : m.appeals().stream().map(GradebookJson::appeal).toList(),
                    m.citations());
        }
    }

    /** An appeal (api-contract.md, "Appeals"): these keys, in this order, nulls explicit. */
    static JsonObject appeal(AppealView a) {
        return JSON.createObjectBuilder()
                .add("id", a.id())
                .add("class", value(a.classCode()))
                .add("subject", value(a.subject()))
                .add("semester", a.semester())
                .add("studentId", value(a.studentId()))
                .add("studentName", value(a.studentName()))
                .add("column", value(a.column()))
                .add("original", value(a.original()))
                .add("reason", value(a.reason()))
                .add("filedBy", value(a.filedBy()))
                .add("filedAt", value(a.filedAt()))
                .add("status", value(a.status()))
                .add("marker", value(a.marker()))
                .add("outcome", value(a.outcome()))
                .add("outcomeNote", value(a.outcomeNote()))
                .add("decidedAt", value(a.decidedAt()))
                .build();
    }

    static JsonArray appeals(List<AppealView> found) {
        return arrayOf(found, GradebookJson::appeal);
    }

    /** One JSON array of one mapping per element, in the list's order. */
    private static <T> JsonArray arrayOf(List<T> found, Function<T, JsonObject> one) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        found.forEach(x -> array.add(one.apply(x)));
        return array.build();
    }

    /** An amendment after the lock (api-contract.md): these keys, in this order; null stays null (no body). */
    static JsonObject amendment(AmendmentView a) {
        if (a == null) {
            return null;
        }
        return JSON.createObjectBuilder()
                .add("id", a.id())
                .add("class", value(a.classCode()))
                .add("subject", value(a.subject()))
                .add("semester", a.semester())
                .add("studentId", value(a.studentId()))
                .add("studentName", value(a.studentName()))
                .add("column", value(a.column()))
                .add("requested", value(a.requested()))
                .add("reason", value(a.reason()))
                .add("requestedBy", value(a.requestedBy()))
                .add("requestedAt", value(a.requestedAt()))
                .add("status", value(a.status()))
                .add("decidedBy", value(a.decidedBy()))
                .add("decidedAt", value(a.decidedAt()))
                .add("note", value(a.note()))
                .build();
    }

    static JsonArray amendments(List<AmendmentView> found) {
        return arrayOf(found, GradebookJson::amendment);
    }

    /** {@code GET /gradebook/options}: [{class, grade, homeroom, subjects:[{code, name, writable}]}]. */
    static JsonArray options(List<GradebookOption> options) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (GradebookOption o : options) {
            JsonArrayBuilder subjects = JSON.createArrayBuilder();
            o.subjects().forEach(x -> subjects.add(JSON.createObjectBuilder().add("code", value(x.code()))
                    .add("name", value(x.name())).add("writable", x.writable())));
            array.add(JSON.createObjectBuilder().add("class", value(o.classCode())).add("grade", o.grade())
                    .add("homeroom", o.homeroom()).add("subjects", subjects));
        }
        return array.build();
    }

    /** {@code POST /gradebook/lock}: {class, semester, locked, lockedBy} and, when this call locked it, onBehalfOf and signature. */
    static JsonObject lock(GradebookLock l) {
        var b = JSON.createObjectBuilder().add("class", value(l.classCode())).add("semester", l.semester())
                .add("locked", true).add("lockedBy", value(l.lockedBy()));
        if (!l.alreadyLocked()) {
            b.add("onBehalfOf", value(l.onBehalfOf())).add("signature", value(l.signature()));
        }
        return b.build();
    }

    /** {@code POST /gradebook/import}: {written, cells, rounded:[…]}. */
    static JsonObject imported(ImportReport r) {
        JsonArrayBuilder rounded = JSON.createArrayBuilder();
        r.rounded().forEach(rounded::add);
        return JSON.createObjectBuilder().add("written", r.written()).add("cells", r.cells()).add("rounded", rounded).build();
    }

    /**
     * {@code POST /sittings/{id}/results/publish}: {written, graded, class, subject, semester, column} and, for a
     * sitting given as a list (class null), classes [{class, semester, graded, written}].
     */
    static JsonObject published(PublishedScores p) {
        var b = JSON.createObjectBuilder().add("written", p.written()).add("graded", p.graded())
                .add("class", value(p.classCode())).add("subject", value(p.subject())).add("semester", value(p.semester()))
                .add("column", value(p.column()));
        if (p.classes() != null) {
            JsonArrayBuilder classes = JSON.createArrayBuilder();
            p.classes().forEach(c -> classes.add(JSON.createObjectBuilder().add("class", value(c.classCode()))
                    .add("semester", c.semester()).add("graded", c.graded()).add("written", c.written())));
            b.add("classes", classes);
        }
        return b.build();
    }

    /** {@code PUT /results/conduct}: {class, period, studentId, old, new, citations}. */
    static JsonObject conduct(ConductEntry c) {
        JsonArrayBuilder citations = JSON.createArrayBuilder();
        c.citations().forEach(citations::add);
        return JSON.createObjectBuilder().add("class", value(c.classCode())).add("period", value(c.period()))
                .add("studentId", value(c.studentId())).add("old", value(c.old())).add("new", value(c.level()))
                .add("citations", citations).build();
    }

    /** A text, a number (its own digits, as JSON-B wrote a BigDecimal), an instant (ISO-8601) or null. */
    static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return JSON.createValue(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return JSON.createValue(new BigDecimal(n.toString()));
        }
        if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return JSON.createValue(v.toString());  // String, Instant (Instant.toString is ISO-8601, as before)
    }
}
