package vn.khaothi.web.sitting;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.engine.application.sitting.DisputedSitting;
import vn.khaothi.engine.application.sitting.MarkingItemView;
import vn.khaothi.engine.application.sitting.MarkingQueue;

/**
 * The one place where marking's answers become the API contract's JSON ("Marking"): the engine
 * returns {@link MarkingQueue}, {@link MarkingItemView} and {@link DisputedSitting}; these are
 * their bodies field for field, in the contract's order, with explicit nulls (a blind paper's
 * {@code attemptId}, {@code studentId} and {@code studentName}) and {@code itemId} as a string.
 */
final class MarkingJson {

    private MarkingJson() {
    }

    /** {@code GET /sittings/{id}/marking} (and the answer of a policy change or a release). */
    static JsonObject queue(MarkingQueue q) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        q.items().forEach(x -> items.add(item(x)));
        return JSON.createObjectBuilder()
                .add("sittingId", q.sittingId())
                .add("title", text(q.title()))
                .add("blind", q.blind())
                .add("doubleMarking", q.doubleMarking())
                .add("threshold", number(q.threshold()))
                .add("released", q.released())
                .add("complete", q.complete())
                .add("waiting", q.waiting())
                .add("disputed", q.disputed())
                .add("canDecide", q.canDecide())
                .add("canRelease", q.canRelease())
                .add("items", items)
                .build();
    }

    /** One item of the queue, and the answer of {@code POST /sittings/{id}/marking/marks}. */
    static JsonObject item(MarkingItemView v) {
        JsonArrayBuilder rubric = JSON.createArrayBuilder();
        for (MarkingItemView.Criterion c : v.rubric()) {
            JsonArrayBuilder levels = JSON.createArrayBuilder();
            c.levels().forEach(l -> levels.add(JSON.createObjectBuilder().add("label", text(l.label()))
                    .add("points", number(l.points()))));
            rubric.add(JSON.createObjectBuilder().add("id", text(c.id())).add("name", text(c.name()))
                    .add("max", number(c.max())).add("levels", levels));
        }
        JsonArrayBuilder marks = JSON.createArrayBuilder();
        for (MarkingItemView.GivenMark k : v.marks()) {
            JsonObjectBuilder criteria = JSON.createObjectBuilder();
            k.criteria().forEach((id, p) -> criteria.add(id, number(p)));
            marks.add(JSON.createObjectBuilder()
                    .add("round", text(k.round()))
                    .add("marker", text(k.marker()))
                    .add("points", number(k.points()))
                    .add("criteria", criteria)
                    .add("comment", text(k.comment()))
                    .add("reason", text(k.reason()))
                    .add("at", k.at() == null ? JsonValue.NULL : JSON.createValue(k.at().toString())));
        }
        return JSON.createObjectBuilder()
                .add("code", text(v.code()))
                .add("attemptId", v.attemptId() == null ? JsonValue.NULL : JSON.createValue(v.attemptId()))
                .add("studentId", text(v.studentId()))
                .add("studentName", text(v.studentName()))
                .add("versionCode", text(v.versionCode()))
                .add("itemId", String.valueOf(v.itemId()))
                .add("position", v.position())
                .add("maxPoints", number(v.maxPoints()))
                .add("response", v.response() == null ? JsonValue.NULL
                        : JSON.createReader(new StringReader(v.response())).readValue())
                .add("status", v.status().name())
                .add("finalPoints", number(v.finalPoints()))
                .add("yourTurn", v.yourTurn())
                .add("canDecide", v.canDecide())
                .add("stem", text(v.stem()))
                .add("guidance", text(v.guidance()))
                .add("rubric", rubric)
                .add("marks", marks)
                .build();
    }

    /** {@code GET /marking/disputes}: [{sittingId, title, subject, opensAt, disputed}]. */
    static JsonArray disputes(List<DisputedSitting> found) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (DisputedSitting d : found) {
            array.add(JSON.createObjectBuilder()
                    .add("sittingId", d.sittingId())
                    .add("title", text(d.title()))
                    .add("subject", text(d.subject()))
                    .add("opensAt", d.opensAt().toString())
                    .add("disputed", d.disputed()));
        }
        return array.build();
    }

    private static JsonValue text(String s) {
        return s == null ? JsonValue.NULL : JSON.createValue(s);
    }

    // As written before (JSON-B of a BigDecimal): its own digits, no re-scaling; the engine normalised it.
    private static JsonValue number(BigDecimal value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }
}
