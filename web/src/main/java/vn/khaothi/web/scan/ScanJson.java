package vn.khaothi.web.scan;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import vn.khaothi.engine.scan.ScanViews;

/**
 * The scans' JSON (api-contract.md "Paper tests: scanned answer sheets") from the engine's
 * {@link ScanViews}: a sheet's answers, problems, marks and a correction's details are the scan's
 * stored JSON, shown as stored.
 */
final class ScanJson {

    private ScanJson() {
    }

    /** {@code GET /scans/batches/{id}}. */
    static JsonObject batch(ScanViews.BatchView b) {
        JsonArrayBuilder sheets = JSON.createArrayBuilder();
        b.sheets().forEach(s -> sheets.add(line(s)));
        return JSON.createObjectBuilder().add("batchId", b.batchId()).add("sittingId", b.sittingId())
                .add("status", b.status()).add("state", b.state())
                .add("progress", JSON.createObjectBuilder().add("done", b.done()).add("total", b.total()))
                .add("sheets", sheets).build();
    }

    /** {@code GET /scans/sheets/{id}} and the answer of a correction. */
    static JsonObject sheet(ScanViews.SheetView v) {
        JsonObjectBuilder b = line(v.sheet());
        b.add("batchId", v.batchId()).add("imageWidth", v.imageWidth()).add("imageHeight", v.imageHeight())
                .add("marks", stored(v.marks()));
        JsonArrayBuilder questions = JSON.createArrayBuilder();
        v.questions().forEach(q -> questions.add(JSON.createObjectBuilder().add("number", q.number())
                .add("kind", q.kind()).add("choices", q.choices())));
        b.add("questions", questions);
        if (v.studentName() != null) {
            b.add("studentName", v.studentName());
        }
        JsonArrayBuilder corrections = JSON.createArrayBuilder();
        v.corrections().forEach(c -> corrections.add(JSON.createObjectBuilder().add("by", c.by())
                .add("at", c.at().toString()).add("details", stored(c.details()))));
        return b.add("corrections", corrections).build();
    }

    /** {@code POST /scans/batches/{id}/confirm}. */
    static JsonObject confirmed(ScanViews.ConfirmedBatch c) {
        JsonArrayBuilder done = JSON.createArrayBuilder();
        for (ScanViews.ConfirmedSheet s : c.attempts()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("sheetId", s.sheetId())
                    .add("studentId", s.studentId()).add("attemptId", s.attemptId());
            if (s.score() == null) {
                o.addNull("score");
            } else {
                o.add("score", s.score());
            }
            done.add(o);
        }
        return JSON.createObjectBuilder().add("batchId", c.batchId()).add("confirmed", c.confirmed())
                .add("attempts", done).build();
    }

    /**
     * The body of {@code PUT /scans/sheets/{id}} as the engine takes it: a field that is not text
     * (student number, version code, reason) counts as absent text, as the contract has it.
     */
    static ScanViews.SheetCorrection correction(JsonObject body) {
        return new ScanViews.SheetCorrection(text(body, "reason"), body.containsKey("studentNumber"),
                text(body, "studentNumber"), body.containsKey("versionCode"), text(body, "versionCode"),
                body.containsKey("answers"), body.containsKey("answers") ? body.get("answers").toString() : null);
    }

    /** A sheet as a batch lists it. */
    private static JsonObjectBuilder line(ScanViews.SheetLine s) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("sheetId", s.sheetId()).add("page", s.page());
        nullable(b, "studentId", s.studentId());
        nullable(b, "studentNumber", s.studentNumber());
        nullable(b, "versionCode", s.versionCode());
        b.add("answers", stored(s.answers()));
        if (s.score() == null) {
            b.addNull("score");
        } else {
            b.add("score", s.score());
        }
        b.add("status", s.status()).add("problems", stored(s.problems()));
        if (s.attemptId() != null) {
            b.add("attemptId", s.attemptId());
        }
        return b;
    }

    private static JsonValue stored(String json) {
        return JSON.createReader(new StringReader(json)).readValue();
    }

    private static String text(JsonObject body, String key) {
        JsonValue v = body.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.STRING ? body.getString(key) : null;
    }

    private static void nullable(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }
}
