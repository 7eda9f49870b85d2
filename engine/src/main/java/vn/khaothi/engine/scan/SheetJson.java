package vn.khaothi.engine.scan;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.khaothi.engine.domain.scan.ScanRepository;
import vn.khaothi.engine.scan.reader.BubbleMark;
import vn.khaothi.engine.scan.reader.Problem;
import vn.khaothi.engine.scan.reader.ProblemKind;
import vn.khaothi.engine.scan.reader.SheetReading;

/**
 * A read sheet in the scan's stored format (the JSON columns {@code answers}, {@code problems}, {@code marks}):
 * not a view — web shows a sheet (ScanViews) from these columns as stored.
 */
final class SheetJson {

    private SheetJson() {
    }

    /** The row of a fresh reading (a page that could not even be decoded is NOT_A_SHEET). */
    static ScanRepository.Sheet fromReading(SheetReading reading, Map<String, ScanRepository.Candidate> candidates,
            Function<SheetReading, BigDecimal> preview) {
        if (reading == null) {
            return new ScanRepository.Sheet(0, 0, 0, 0, 0, null, null, null, "{}",
                    problems(List.of(new Problem(null, ProblemKind.NOT_A_SHEET))).toString(), "[]", "REJECTED", null,
                    null);
        }
        List<Problem> problems = new java.util.ArrayList<>(reading.problems());
        ScanRepository.Candidate who = reading.studentNumber() == null ? null : candidates.get(reading.studentNumber());
        if (who == null && reading.studentNumber() != null) {
            problems.add(0, new Problem(null, ProblemKind.UNKNOWN_STUDENT)); // a number, but not of this sitting
        }
        String status = status(problems);
        BigDecimal score = status.equals("REJECTED") ? null : preview.apply(reading);
        return new ScanRepository.Sheet(0, 0, 0, 0, 0, reading.studentNumber(), who == null ? null : who.studentId(),
                reading.versionCode(), answers(reading.answers()).toString(), problems(problems).toString(),
                marks(reading.marks()).toString(), status, null, score);
    }

    static String status(List<Problem> problems) {
        if (problems.stream().anyMatch(p -> p.kind() == ProblemKind.NOT_A_SHEET)) {
            return "REJECTED";
        }
        return problems.stream().anyMatch(p -> p.kind().blocks()) ? "NEEDS_REVIEW" : "READ";
    }

    @SuppressWarnings("unchecked")
    static JsonObject answers(Map<Integer, Object> answers) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (Map.Entry<Integer, Object> e : answers.entrySet()) {
            String key = Integer.toString(e.getKey());
            Object v = e.getValue();
            if (v == null) {
                b.addNull(key);
            } else if (v instanceof Map<?, ?> m) {
                JsonObjectBuilder statements = JSON.createObjectBuilder();
                ((Map<String, Boolean>) m).forEach((s, t) -> {
                    if (t == null) {
                        statements.addNull(s);
                    } else {
                        statements.add(s, t);
                    }
                });
                b.add(key, statements);
            } else {
                b.add(key, v.toString());
            }
        }
        return b.build();
    }

    /** The stored answers back as the reader's map (for the preview score of a corrected sheet). */
    static Map<Integer, Object> answerMap(JsonObject json) {
        Map<Integer, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : json.entrySet()) {
            JsonValue v = e.getValue();
            Object value = switch (v.getValueType()) {
                case NULL -> null;
                case STRING -> ((jakarta.json.JsonString) v).getString();
                case OBJECT -> {
                    Map<String, Boolean> m = new LinkedHashMap<>();
                    v.asJsonObject().forEach((s, t) -> m.put(s, t.getValueType() == JsonValue.ValueType.NULL ? null
                            : t.getValueType() == JsonValue.ValueType.TRUE));
                    yield m;
                }
                default -> v.toString();
            };
            out.put(Integer.valueOf(e.getKey()), value);
        }
        return out;
    }

    static JsonArray problems(List<Problem> problems) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (Problem p : problems) {
            JsonObjectBuilder o = JSON.createObjectBuilder();
            if (p.question() != null) {
                o.add("question", p.question());
            }
            a.add(o.add("kind", p.kind().name()));
        }
        return a.build();
    }

    static List<Problem> problemList(String json) {
        return JSON.createReader(new StringReader(json)).readArray().stream().map(JsonValue::asJsonObject)
                .map(o -> new Problem(o.containsKey("question") ? o.getInt("question") : null,
                        ProblemKind.valueOf(o.getString("kind")))).toList();
    }

    /** [[x, y, r, "F"|"E"|"U", question or 0], …] in photo pixels: what the review screen draws. */
    static JsonArray marks(List<BubbleMark> marks) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (BubbleMark m : marks) {
            a.add(JSON.createArrayBuilder().add(Math.round(m.x())).add(Math.round(m.y()))
                    .add(Math.max(1, Math.round(m.r()))).add(m.state().name().substring(0, 1))
                    .add(m.bubble().question() == null ? 0 : m.bubble().question()));
        }
        return a.build();
    }
}
