package vn.khaothi.web.analytics;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.khaothi.engine.application.analytics.GradebookAnalytics;
import vn.khaothi.engine.application.analytics.LearningSummary;
import vn.khaothi.engine.domain.analytics.PeriodicComparison;
import vn.khaothi.engine.domain.analytics.ScoreSummary;

/**
 * JSON of the comparison (đối sánh) and the leaders' summary, with explicit nulls. Fields beyond the
 * contract are additive: per group {@code periodicMean}, {@code paired}, {@code notes}; per student
 * {@code name}, {@code class}, {@code subject}, {@code midterm}, {@code final}; the thresholds used.
 */
final class GradebookViews {

    private GradebookViews() {
    }

    static JsonObject comparison(GradebookAnalytics.Comparison c) {
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        for (PeriodicComparison.GroupLine g : c.result().groups()) {
            JsonObjectBuilder b = JSON.createObjectBuilder().add("class", g.classCode()).add("subject", g.subject());
            text(b, "teacher", g.teacher());
            b.add("students", g.students());
            put(b, "regularMean", g.regularMean(), 2);
            put(b, "midtermMean", g.midtermMean(), 2);
            put(b, "finalMean", g.finalMean(), 2);
            put(b, "periodicMean", g.periodicMean(), 2);
            put(b, "gap", g.gap(), 2);
            put(b, "correlation", g.correlation(), 3);
            b.add("paired", g.paired()).add("flagged", g.flagged());
            JsonObjectBuilder notes = JSON.createObjectBuilder();
            g.notes().forEach(notes::add);
            groups.add(b.add("notes", notes));
        }
        JsonArrayBuilder students = JSON.createArrayBuilder();
        for (PeriodicComparison.StudentLine s : c.result().students()) {
            JsonObjectBuilder b = JSON.createObjectBuilder().add("studentId", s.studentId());
            text(b, "name", s.name());
            b.add("class", s.classCode()).add("subject", s.subject());
            put(b, "regularMean", s.regularMean(), 2);
            put(b, "midterm", s.midterm(), 1);
            put(b, "final", s.finalScore(), 1);
            put(b, "periodicMean", s.periodicMean(), 2);
            put(b, "gap", s.gap(), 2);
            students.add(b.add("flagged", s.flagged()));
        }
        return JSON.createObjectBuilder().add("groups", groups).add("students", students)
                .add("thresholds", JSON.createObjectBuilder().add("student", round(c.studentGap(), 2))
                        .add("group", round(c.groupGap(), 2))).build();
    }

    static JsonObject summary(LearningSummary.Result r) {
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        for (LearningSummary.Group g : r.groups()) {
            JsonObjectBuilder levels = JSON.createObjectBuilder();
            g.levels().forEach(levels::add);
            ScoreSummary s = g.scores();
            JsonObjectBuilder b = JSON.createObjectBuilder().add("group", g.key()).add("students", g.students())
                    .add("levels", levels).add("scores", s.n());
            put(b, "mean", s.mean(), 2);
            put(b, "sd", s.sd(), 2);
            put(b, "min", s.min(), 1);
            put(b, "q1", s.q1(), 2);
            put(b, "median", s.median(), 2);
            put(b, "q3", s.q3(), 2);
            put(b, "max", s.max(), 1);
            JsonArrayBuilder d = JSON.createArrayBuilder();
            s.distribution().forEach(d::add);
            groups.add(b.add("distribution", d));
        }
        JsonArrayBuilder citations = JSON.createArrayBuilder();
        r.citations().forEach(citations::add);
        return JSON.createObjectBuilder().add("period", r.period()).add("by", r.by()).add("groups", groups)
                .add("citations", citations).build();
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder b, String name, Double value, int scale) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            b.addNull(name);
        } else {
            b.add(name, round(value, scale));
        }
    }

    private static BigDecimal round(double v, int scale) {
        BigDecimal r = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
        return r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
    }
}
