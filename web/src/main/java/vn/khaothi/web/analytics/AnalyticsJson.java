package vn.khaothi.web.analytics;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import vn.khaothi.engine.application.analytics.GradebookAnalytics;
import vn.khaothi.engine.application.analytics.LearningSummary;
import vn.khaothi.engine.application.analytics.SittingAnalytics;
import vn.khaothi.engine.domain.analytics.ItemFlag;
import vn.khaothi.engine.domain.analytics.PeriodicComparison;
import vn.khaothi.engine.domain.analytics.ScoreSummary;
import vn.khaothi.engine.domain.analytics.TestReport;

/**
 * The one place where the analytics' answers become the API contract's JSON ("Analytics"), with
 * explicit nulls.
 *
 * <p>The comparison (đối sánh) and the leaders' summary: fields beyond the contract are additive —
 * per group {@code periodicMean}, {@code paired}, {@code notes}; per student {@code name},
 * {@code class}, {@code subject}, {@code midterm}, {@code final}; the thresholds used.
 *
 * <p>A sitting's item analysis ({@link TestReport}): nulls come with their reasons under
 * {@code notes}, figures are rounded to four decimals. Additive fields beyond the contract:
 * {@code maxTotal}, per item {@code type}, {@code maxPoints}, {@code attempts}, {@code responses}, per
 * option {@code meanTotal}, {@code pendingGrading}, {@code bankUpdated}.
 */
final class AnalyticsJson {

    private AnalyticsJson() {
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

    // ---- a sitting's item analysis ------------------------------------------------------------

    static JsonObject analysis(SittingAnalytics.Analysis analysis) {
        long sittingId = analysis.sittingId();
        TestReport r = analysis.report();
        int pendingGrading = analysis.pendingGrading();
        boolean bankUpdated = analysis.bankUpdated();
        JsonObjectBuilder reliability = JSON.createObjectBuilder();
        put4(reliability, "kr20", r.reliability().kr20());
        put4(reliability, "alpha", r.reliability().alpha());
        put4(reliability, "sem", r.reliability().sem());
        reliability.add("forms", r.reliability().forms());
        JsonArrayBuilder distribution = JSON.createArrayBuilder();
        for (TestReport.Bin b : r.distribution()) {
            distribution.add(JSON.createObjectBuilder().add("from", b.from()).add("to", b.to()).add("count", b.count()));
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (TestReport.ItemReport i : r.items()) {
            items.add(item(i));
        }
        JsonObjectBuilder out = JSON.createObjectBuilder().add("sittingId", sittingId).add("attempts", r.attempts());
        put4(out, "mean", r.mean());
        put4(out, "sd", r.sd());
        out.add("maxTotal", round4(r.maxTotal()));
        out.add("reliability", reliability).add("distribution", distribution).add("items", items)
                .add("notes", notes(r.notes())).add("pendingGrading", pendingGrading).add("bankUpdated", bankUpdated);
        return out.build();
    }

    private static JsonObjectBuilder item(TestReport.ItemReport i) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("position", i.position()).add("itemId", String.valueOf(i.itemId()));
        if (i.itemVersion() == null) {
            b.addNull("itemVersion");
        } else {
            b.add("itemVersion", i.itemVersion());
        }
        b.add("type", i.type()).add("maxPoints", round4(i.maxPoints())).add("attempts", i.attempts())
                .add("responses", i.responses());
        put4(b, "facility", i.facility());
        put4(b, "discrimination", i.discrimination());
        JsonArrayBuilder options = JSON.createArrayBuilder();
        for (TestReport.OptionReport o : i.options()) {
            JsonObjectBuilder ob = JSON.createObjectBuilder().add("optionId", o.optionId()).add("share", round4(o.share()))
                    .add("key", o.key());
            put4(ob, "meanTotal", o.meanTotal());
            options.add(ob);
        }
        JsonArrayBuilder flags = JSON.createArrayBuilder();
        for (ItemFlag f : i.flags()) {
            flags.add(f.name());
        }
        return b.add("options", options).add("flags", flags).add("notes", notes(i.notes()));
    }

    private static JsonObjectBuilder notes(Map<String, String> notes) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        notes.forEach(b::add);
        return b;
    }

    private static void put4(JsonObjectBuilder b, String name, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            b.addNull(name);
        } else {
            b.add(name, round4(value));
        }
    }

    /** The item analysis's figures: four decimals, trailing zeros dropped. */
    private static BigDecimal round4(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
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
